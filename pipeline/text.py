"""Text normalisation and the word stems that matching compares.

Matching is symmetric: claims and facts go through the same functions, with no
spaCy parse, so the 100,000 facts of a large knowledge base cost no parsing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": " - ",
        "\u2015": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
        "\u200b": "", "\ufeff": "",
    }
)
# FEVER and Penn Treebank escape brackets and quotes as tokens.
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
        "``": '"', "''": '"', "-COLON-": ":"}
_PTB_RE = re.compile("|".join(re.escape(k) for k in _PTB))
_SPACES = re.compile(r"\s+")
# Tokenised text (FEVER, Penn Treebank) puts spaces around punctuation: "born 1 May , 1990 ."
_SPACE_BEFORE = re.compile(r"(?<=\S)\s+(?=[,.;:!?%)\]}]|'s\b|n't\b)")
_SPACE_AFTER = re.compile(r"(?<=[(\[{])\s+")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s)\]>\"']+", re.IGNORECASE)
# the arrows notes write between a thing and what it leads to ("Landsat 1 -> July 1972", "Rules in the list → 13")
ARROW = r"(?:-{1,2}>|→|=>)"

# A word: letters/digits, keeping decimals ("2.0") and thousands ("1,000") whole.
WORD_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?[a-zA-Z]*|[^\W\d_]+(?:'[^\W\d_]+)?")

NEGATIONS = frozenset({"not", "no", "never", "n't", "neither", "nor", "cannot", "nobody", "nothing", "none"})
# Stop words minus the ones that carry polarity or quantity: those are compared on their own.
STOPS = frozenset(STOP_WORDS - NEGATIONS) | {"s", "e.g", "eg", "i.e", "ie", "etc", "via", "vs"}

_stemmer = snowballstemmer.stemmer("english")


def normalize(text: str) -> str:
    """Unicode-normalise quotes, dashes and spaces; undo FEVER tokenisation; collapse spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    text = _PTB_RE.sub(lambda m: _PTB[m.group(0)], text)
    text = _SPACE_AFTER.sub("", _SPACE_BEFORE.sub("", text))
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Lower-case Snowball stem of one word; numbers lose their thousands commas."""
    w = word.lower()
    if w[:1].isdigit():
        return w.replace(",", "")
    if w.endswith("'s"):
        w = w[:-2]
    return _stemmer.stemWord(w)


def words(text: str) -> list[str]:
    """The words of already-normalised text, in order (URLs dropped)."""
    return WORD_RE.findall(URL_RE.sub(" ", text))


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content: no stop words, no one-letter words."""
    out = []
    for w in words(text):
        lw = w.lower()
        if lw in STOPS or lw in NEGATIONS or lw.endswith("n't") or (len(lw) < 2 and not lw.isdigit()):
            continue
        out.append(stem(w))
    return out
