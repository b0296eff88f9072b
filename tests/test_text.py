"""pipeline.text: normalisation, stems and the content words that matching compares."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text import content_stems, normalize, stem, words


# --- normalize ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("\u201cquoted\u201d", '"quoted"'),
        ("it\u2019s Meta\u2018s", "it's Meta's"),
        ("\u201elow\u201c", '"low"'),  # German opening quote
        ("2011\u20132019", "2011-2019"),  # en dash between years
        ("a\u2014b", "a - b"),  # em dash is a clause break, so it gets spaces
        ("a \u2014 b", "a - b"),  # ... which collapse with the spaces already there
        ("10\u00a0000", "10 000"),  # no-break space
        ("x\u2009y\u202fz", "x y z"),  # thin and narrow no-break spaces
        ("zero\u200bwidth", "zerowidth"),
        ("\ufeffBOM", "BOM"),
        ("\u22122", "-2"),  # minus sign
        ("\ufb01le", "file"),  # NFKC splits the ligature
        ("\uff12\uff10\uff12\uff13", "2023"),  # full-width digits
    ],
)
def test_normalize_unicode_punctuation(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Paris -LRB- France -RRB-", "Paris (France)"),
        ("-LSB-1-RSB-", "[1]"),
        ("-LCB-x-RCB-", "{x}"),
        ("``Hello''", '"Hello"'),
        ("Time -COLON- 5", "Time: 5"),
    ],
)
def test_normalize_undoes_fever_tokens(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("born on February 10 , 1894 .", "born on February 10, 1894."),
        ("Katy Perry 's album", "Katy Perry's album"),
        ("it does n't", "it doesn't"),
        ("a ( b ) c ; d : e ! f ? 50 %", "a (b) c; d: e! f? 50%"),
        ("x - y , z", "x - y, z"),  # a spaced dash stays a dash
    ],
)
def test_normalize_joins_tokenised_punctuation(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("  a  b  ", "a b"),
        ("a\n\tb", "a b"),
        ("line one\r\nline two", "line one line two"),
        ("", ""),
        (" \n ", ""),
    ],
)
def test_normalize_collapses_whitespace(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


_PIECES = st.sampled_from([
    "a", "B", "7", " ", "  ", "\n", "\t", "'", '"', "`", "-", "\u2018", "\u2019", "\u201c", "\u201d",
    "\u2013", "\u2014", "\u00a0", "\u200b", "-LRB-", "-RRB-", "``", "''", "-COLON-", "\u2033",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_normalize_is_idempotent_and_tidy(raw: str) -> None:
    once = normalize(raw)
    assert normalize(once) == once
    assert once == once.strip()
    assert "  " not in once and "\n" not in once and "\t" not in once
    assert not set(once) & set("\u2018\u2019\u201c\u201d\u2013\u2014\u00a0\u200b")


# --- stem --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Released", "release"),  # case does not matter
        ("RELEASES", "released"),
        ("models", "Model"),
        ("Google's", "Google"),  # possessive dropped
        ("Meta's", "meta"),
    ],
)
def test_stem_conflates_forms(a: str, b: str) -> None:
    assert stem(a) == stem(b)


@pytest.mark.parametrize(
    "word, expected",
    [
        ("1,000", "1000"),  # thousands commas dropped so "1,000" meets "1000"
        ("12,345,678", "12345678"),
        ("2.5", "2.5"),  # a decimal point is not a thousands separator
        ("7B", "7b"),  # numbers are lower-cased, not stemmed
        ("2023", "2023"),
    ],
)
def test_stem_numbers(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize("a, b", [("launch", "lunch"), ("model", "modal"), ("1,000", "1.000")])
def test_stem_keeps_different_words_apart(a: str, b: str) -> None:
    assert stem(a) != stem(b)


# --- words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Meta released LLaMA.", ["Meta", "released", "LLaMA"]),
        ("over 1,000 researchers", ["over", "1,000", "researchers"]),  # thousands kept whole
        ("version 2.0 shipped", ["version", "2.0", "shipped"]),  # decimals kept whole
        ("Mistral 7B", ["Mistral", "7B"]),  # a size suffix stays on its number
        ("GPT-4", ["GPT", "4"]),
        ("it wasn't", ["it", "wasn't"]),  # a contraction is one word
        ("Google's model", ["Google's", "model"]),
        ("see https://example.com/a_b?x=1 now", ["see", "now"]),  # URL dropped
        ("at www.example.org today", ["at", "today"]),
        ("(a) [b] {c}", ["a", "b", "c"]),
        ("Zürich café", ["Zürich", "café"]),  # non-ASCII letters are letters
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


# --- content_stems -----------------------------------------------------------------------


def test_content_stems_drop_stop_words() -> None:
    assert content_stems("The model was released by the team") == [stem("model"), stem("released"), stem("team")]


def test_content_stems_drop_urls() -> None:
    assert content_stems("Weights https://llama.meta.com/weights released") == [stem("weights"), stem("released")]


@pytest.mark.parametrize("contraction", ["wasn't", "isn't", "didn't", "can't", "won't"])
def test_content_stems_drop_negative_contractions(contraction: str) -> None:
    # Polarity is compared separately (specifics.is_negated), not as a topic word.
    assert content_stems(f"Apollo {contraction} launched") == [stem("Apollo"), stem("launched")]


def test_content_stems_drop_one_letter_words_but_keep_digits() -> None:
    # "X" is a one-letter word; "7" is a number and stays.
    assert content_stems("X has 7 engines") == ["7", stem("engines")]


def test_content_stems_are_stems() -> None:
    assert content_stems("Researchers launched rockets") == ["research", "launch", "rocket"]


def test_content_stems_of_empty_text() -> None:
    assert content_stems("") == []
    assert content_stems("the and of") == []
