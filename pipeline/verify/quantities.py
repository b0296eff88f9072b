"""Amounts in a statement: the number (digits or words), its unit or what it counts, and how sure it is.

Number words go through ``text2num`` ("seven hundred billion", "thirty-four"), physical units
through ``pint`` (miles against kilometres, feet against metres, °F against °C). Two amounts
agree when their ranges overlap once each is widened by the rounding its writing implies:
"363 feet" is 363 ± 0.5 ft, "1,800,000" is ± 50,000, "about 40" is ± 10 %, "about 5,730" ± 50
(ten per cent, at most ten times what its digits allow).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token
from text_to_num import text2num

from . import lexical
from .dates import MONTHS, WEEKDAYS
from .words import _is_place

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6,
          "k": 1e3, "m": 1e6, "b": 1e9}
FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25}
SMALL_WORDS = {"dozen": 12, "couple": 2, "score": 20}
CURRENCY = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "dollar": "USD", "euro": "EUR",
            "hk$": "HKD", "nz$": "NZD", "a$": "AUD", "c$": "CAD", "s$": "SGD", "nt$": "TWD"}
# Currencies written as words after a sum: "65B yen", "3.5B dollars" (its "B" a scale, as after a sign)
CURRENCY_WORDS = frozenset({"dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "yuan", "rupee", "rupees",
                            "franc", "francs", "won", "peso", "pesos", "krona", "kronor", "rouble", "roubles"})
# Words before a price: "for", "worth", "cost" ("sold for 5 million pounds").
PRICE_WORDS = frozenset({"for", "worth", "cost", "costs", "costing", "paid", "pay", "fetched", "fetch", "raised",
                         "spent", "sold", "bought", "priced", "price", "budget"})
# What the wording allows around the number.
LOWER = ("more than", "over", "above", "at least", "upwards of", "exceeding", "in excess of", "just over")
UPPER = ("less than", "fewer than", "under", "below", "at most", "up to", "just under", "no more than")
ABOUT = ("about", "around", "approximately", "nearly", "almost", "roughly", "some", "circa", "c.",
         "an estimated", "close to", "estimated", "approx.", "approx", "~")
# Physical dimensions whose units pint may read; other words after a number are what it counts.
DIMENSIONS = {"[length]", "[mass]", "[time]", "[temperature]", "[length] ** 2", "[length] ** 3",
              "[length] / [time]", "[mass] * [length] ** 2 / [time] ** 3", "[mass] * [length] ** 2 / [time] ** 2",
              "1 / [time]"}
# Unit symbols written with a capital, which elsewhere marks a name ("US", "MP"): power, energy and
# frequency as spec sheets write them ("1,200 W", "2 kWh", "50 Hz")
CAPITAL_UNITS = frozenset({"W", "kW", "MW", "GW", "Wh", "kWh", "MWh", "GWh", "TWh", "Hz", "kHz", "MHz", "GHz"})
# Words pint reads as units that in prose are nearly always things counted ("15 stones").
NOT_UNITS = {"calorie", "calories", "cal", "stone", "stones", "bar", "bars", "hand", "hands", "grain", "grains", "point", "points", "cup",
             "cups", "barn", "barns", "pole", "poles", "turn", "turns", "line", "lines", "year", "years",
             "day", "days", "week", "weeks", "month", "months", "hour", "hours", "minute", "minutes",
             "second", "seconds", "degree", "degrees", "drop", "drops", "pi", "percent", "count", "g",
             # (a sports league, not three miles: "five league championships"; "twenty thousand leagues" stays a
             # length, a plural after its figure)
             "league",
             # function words pint also knows ("in" inch, "are" 100 m², "at" atmosphere, "a" year):
             # "the first perfect 10 in Olympic gymnastics"
             "in", "at", "a", "an", "are", "as", "by", "to", "of", "on", "or", "and", "is", "it", "for", "from"}
# ...except time spans, which are units when they measure something ("108 minutes"): kept, by name.
TIME_UNITS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "week": 604800.0,
              "month": 2629746.0, "year": 31556952.0, "decade": 315569520.0, "century": 3155695200.0}
# time units written short, read as the words (a year written short is the year the words count, not pint's Julian one:
# "15k yrs" is "15,000 years")
_TIME_SHORT = {"yr": "year", "yrs": "years", "hr": "hour", "hrs": "hours", "min": "minute", "mins": "minutes",
               "sec": "second", "secs": "seconds", "wk": "week", "wks": "weeks"}
# (a minus sign may be the typographic one, U+2212: "−89.2 °C")
_NUMBER = re.compile(r"^[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_MULTIPLES = {"twice": 2, "thrice": 3}
_VAGUE = {"few": (2.0, 5.0), "several": (3.0, 9.0)}
"""How many a rough count of time units may be ("a few weeks", "several days")."""
# ("M7.0", "Mw9.1", "Mw 9.1"; not "M4", "M16", "BMW M5": a motorway, a rifle, a car)
_MAGNITUDE = re.compile(r"^M(?:[wWsSlLb](\d{1,2}(?:\.\d{1,2})?)?|(\d\.\d{1,2}))$")
_ORDINAL_SUFFIX = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
# a race's time on the clock: "3:59.4" (minutes, seconds and their tenths), "2:01:39" (hours, minutes,
# seconds); not "10:30" or "15:00", more often the time of day, nor "1:2.5", a ratio
_RACE_TIME = re.compile(r"^(?:(\d{1,2}):(?=\d{2}:))?(\d{1,2}):(\d{2})(\.\d{1,3})?$")


@dataclass(frozen=True)
class Quantity:
    """An amount: its range in base units (or in what it counts), the unit, the words it came from."""

    low: float
    high: float
    unit: str
    """A pint dimensionality ("[length]"), "%", a currency code, a counted word's lemma ("child"), or ""."""
    text: str
    start: int
    """Index of its first token in the statement."""
    end: int
    counted: str = ""
    """The word the number counts or measures ("tube", "metre"), whatever the unit."""

    def agrees(self, other: "Quantity") -> bool:
        return self.low <= other.high and other.low <= self.high

    def comparable(self, other: "Quantity") -> bool:
        """Do both measure or count the same kind of thing?"""
        return bool(self.unit) and self.unit == other.unit


@lru_cache(maxsize=1)
def _units():  # pint's registry takes half a second to build: only when a unit shows up
    import pint

    return pint.UnitRegistry()


_POWERS = {"square": "2", "sq": "2", "cubic": "3", "cu": "3"}


def _powered(w: str) -> str:
    """An area's or a volume's unit as pint writes it: "km²", "km2", "sq km", "square kilometres" -> "km ** 2"."""
    m = re.fullmatch(r"([a-z]+)\^?([²³23])", w)
    if m:
        return f"{m.group(1)} ** {'3' if m.group(2) in '³3' else '2'}"
    first, _, rest = w.partition(" ")
    if first in _POWERS and rest.isalpha() and physical(rest) is not None:  # (not "3 square rafts")
        return f"{rest} ** {_POWERS[first]}"
    return w


@lru_cache(maxsize=4096)
def physical(word: str) -> tuple[str, float, float] | None:
    """(dimensionality, factor to base units, offset) for a unit word pint knows, else None."""
    if word in ("Celsius", "Fahrenheit", "Kelvin"):  # (a scale named for a person, capitalised)
        word = word.lower()
    if word.lower() in ("kilo", "kilos"):  # (pint reads "kilos" as kilo-seconds)
        word = "kilogram"
    if word.rstrip(".") in CAPITAL_UNITS:  # (and at a sentence's end, where "kW." and "W." keep their stop)
        word = word.rstrip(".")
        word = {"W": "watt", "Wh": "watt_hour", "kWh": "kilowatt_hour", "MWh": "megawatt_hour",
                "GWh": "gigawatt_hour", "TWh": "terawatt_hour"}.get(word, word)
    elif word != word.lower() and word.strip(".") not in ("°C", "°F") and not word.lower().startswith("°"):
        return None  # "US", "MP": capitals name things, they are not units
    w = _powered(word.lower().strip(".")) if word not in CAPITAL_UNITS else word
    w = _TIME_SHORT.get(w, w)
    if w in TIME_UNITS or w.rstrip("s") in TIME_UNITS or w.replace("ies", "y") in TIME_UNITS:
        key = w if w in TIME_UNITS else (w.rstrip("s") if w.rstrip("s") in TIME_UNITS else w.replace("ies", "y"))
        return "[time]", TIME_UNITS[key], 0.0
    if w in NOT_UNITS or not re.fullmatch(r"[a-z°/ _]+|°[cf]|[a-z]+ \*\* [23]|[kMG]?Hz|[kMG]W", w):
        return None
    if _counted_thing(w):
        return None
    ureg = _units()
    if _prefixed_imperial(ureg, w):
        return None
    try:
        unit = ureg.parse_units(w.replace("°c", "degC").replace("°f", "degF").replace(" per h", " per hour"))
        dim = str(unit.dimensionality)
        if dim not in DIMENSIONS:
            return None
        base = ureg.Quantity(1.0, unit).to_base_units().magnitude
        zero = ureg.Quantity(0.0, unit).to_base_units().magnitude  # temperatures have an offset
    except Exception:  # pint raises a zoo of errors for words that are not units ("decades")
        return None
    return dim, base - zero, zero


# units no one writes with a metric prefix: pint reads "fin" as a femto-inch, "kin" as a kilo-inch
_IMPERIAL = frozenset({"inch", "foot", "yard", "mile", "pound", "ounce", "gallon", "pint", "quart", "acre", "metric_ton"})


def _prefixed_imperial(ureg, word: str) -> bool:
    """Does pint read ``word`` only as a metric prefix on an imperial unit ("fin": femto-inch)? No writer
    means that: the word is an English one ("2 fin" is two fin whales)."""
    # (an English word: "kft", "kgal", "klb" are the thousands of feet, gallons and pounds pilots and engineers write)
    if not word.isalpha() or not _noun_kinds(word):
        return False
    try:
        readings = ureg.parse_unit_name(word)
    except Exception:  # (pint's errors for what it cannot read: then parse_units says so too)
        return False
    return bool(readings) and all(prefix and unit in _IMPERIAL for prefix, unit, _ in readings)


def _counted_thing(word: str) -> bool:
    """Is ``word`` a thing English counts, which pint would read as a unit with a prefix ("pins" as
    pico-inches)? A noun WordNet knows, none of whose senses is a measure, a span of time or a person
    (a scale named for its man: "celsius")."""
    if len(word) < 3 or " " in word:
        return False
    kinds = _noun_kinds(word)
    return bool(kinds) and not kinds & {"noun.quantity", "noun.time", "noun.person"}


def _noun_kinds(word: str) -> frozenset[str]:
    """WordNet's classes of the noun ``word``, or of its singular ("pins", "boxes"), as a noun it knows; else none."""
    from .wordnet import lexicon  # (WordNet loads on first use)

    lex = lexicon()
    for w in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        kinds = lex.kinds(w, "n", 99) if w else frozenset()
        if kinds:
            return kinds
    return frozenset()


def _precision(text: str) -> float:
    """Half the step of the last written digit: "1,800,000" -> 50,000; "110.6" -> 0.05."""
    t = text.replace(",", "").lstrip("+-\u2212")
    if "." in t:
        return 0.5 * 10 ** -len(t.split(".")[1])
    stripped = t.rstrip("0")
    step = 0.5 * 10 ** (len(t) - len(stripped)) if stripped else 0.5
    # a round number may be a rounded one, but not by half of itself: "100 metres" is not 130,
    # "the first perfect 10" is not 14 (5% at most, one unit at least)
    # (a number under a hundred is as written: "aged 20" is not 21, "30 chapters" not 31)
    value = float(t or 0)
    if value < 100:
        return 0.5
    return min(step, max(0.5, 0.05 * value))


def number_value(words: Sequence[str]) -> tuple[float, float] | None:
    """(value, precision) of number tokens: "1,800,000", "1.8", "seventeen hundred", "thirty - four"."""
    ws = [w for w in words if w not in ("-", "and")]
    if len(ws) == 1 and _NUMBER.match(ws[0]):
        return float(ws[0].replace(",", "").replace("\u2212", "-")), _precision(ws[0])
    joined = " ".join(w.lower() for w in ws)
    if joined in SMALL_WORDS:
        return float(SMALL_WORDS[joined]), 0.5
    try:
        value = float(text2num(joined.replace(" - ", "-"), "en"))
    except (ValueError, TypeError):
        try:
            value = float(text2num("-".join(w.lower() for w in ws), "en"))
        except (ValueError, TypeError):
            return None
    return value, _precision(str(int(value))) if value == int(value) else 0.05


def _is_number(t: Token) -> bool:
    if _ORDINAL_SUFFIX.match(t.text):
        return False
    if _NUMBER.match(t.text):
        return True
    low = t.lower_
    if low in ("first", "second", "third") or low.endswith("th") and t.like_num:
        return False  # an ordinal ranks, it counts nothing: "the first seven titles" counts seven
    if low == "one" and t.i > 0 and t.nbor(-1).lower_ in ("only", "just", "exactly", "precisely") \
            and not (t.i > 1 and t.nbor(-2).lower_ == "the"):
        return True  # "losing only one game": a count the writer insists on (not "the only one")
    if low == "one" and _one_in(t):
        return True  # "one in four", "one out of three": a share
    if low in ("one", "a", "an"):
        return False  # "one of the first" counts nothing; a single thing is not an amount worth checking
    if low == "score" and t.i + 2 < len(t.doc) and t.nbor(1).lower_ == "of" and any(ch.isdigit() for ch in t.nbor(2).text):
        return False  # "by a score of 12½–8½": the result, not twenty
    if low == "score" and not (t.i > 0 and (t.nbor(-1).lower_ == "a" or t.nbor(-1).like_num)):
        return False  # "Rohit's ODI score": a score is twenty only as a count, "a score of", "four score and seven"
    return t.like_num and t.is_alpha or low in SMALL_WORDS


# the acts a span of time is spent on ("spent a week in orbit", "the siege lasted a year"), the words
# that take one ("for a day", "within a month") and the words that tell a time from another ("a year
# later", "a decade ago")
_SPAN_ACTS = frozenset({"spend", "last", "take", "stay", "remain", "serve", "wait", "survive", "orbit"})
_SPAN_PREPOSITIONS = frozenset({"for", "within", "after"})
_SPAN_MEASURED = frozenset({"later", "earlier", "ago", "long", "old", "before", "after"})
_RATE_WORDS = frozenset({"once", "twice", "thrice", "times", "per", "a", "an"})


def _single_span(tokens: Sequence[Token], i: int) -> bool:
    """Is "a" or "one" at ``i`` a count of one unit of time the sentence measures a span with ("spent a
    week in orbit", "for one month"), not a rate ("twice a day", "$5 a week"), nor a
    time of its own ("one day he left", "a day to remember")?"""
    t = tokens[i]
    if t.lower_ not in ("a", "an", "one") or i + 1 >= len(tokens):
        return False
    unit = tokens[i + 1]
    # (not "a second", which is as often the ordinal; not "a minute", as often a manner of speaking)
    if unit.lower_ not in ("hour", "day", "week", "fortnight", "month", "year", "decade", "century"):
        return False
    if i > 0 and (tokens[i - 1].like_num or tokens[i - 1].lower_ in _RATE_WORDS or tokens[i - 1].lower_ in CURRENCY
                  or tokens[i - 1].pos_ == "NUM"):
        return False
    # (not "a week later", "a year ago": a time told from another, which the fact gives as its date)
    after = tokens[i + 2].lower_ if i + 2 < len(tokens) else ""
    if after in _SPAN_MEASURED:
        return False
    head = unit.head
    return unit.dep_ in ("dobj", "npadvmod") and head.lemma_.lower() in _SPAN_ACTS \
        or unit.dep_ == "pobj" and head.lower_ in _SPAN_PREPOSITIONS


def _one_in(t: Token) -> bool:
    """Does "one" open a share: "one in four", "one out of three" (not "one in 1905", "one in a million")?"""
    whole = _whole_after(t.doc, t.i + 1)
    return whole is not None and 1 < whole[0] <= 1000


def _whole_after(tokens: Sequence[Token], j: int) -> tuple[float, int] | None:
    """The whole a share is of, after "in" or "out of" at token ``j`` ("in four", "out of three"): its
    value and the index of its token; None when there is none."""
    m = j + 1 if j + 1 < len(tokens) and tokens[j].lower_ == "in" else \
        j + 2 if j + 2 < len(tokens) and tokens[j].lower_ == "out" and tokens[j + 1].lower_ == "of" else None
    whole = number_value([tokens[m].text]) if m is not None else None
    return (whole[0], m) if whole is not None else None


def _designation_plural(noun: Token) -> bool:
    """Is ``noun`` a plural of people or of made things a numbered name may qualify ("the Apollo 11 astronauts",
    "AK 47 rifles", "IBM 360 mainframes")?"""
    return lexical.kind(noun.lemma_.lower()) in ("noun.person", "noun.artifact")


def score_after_name(t: Token) -> bool:
    """Is the figure ``t``, after a name, what the name scored, not a word of the name: a "not out" star or a
    "v" follows ("Kapil 175* v Zim", "Lara 400* v England")? (Not a plural after it: "Apollo 1 astronauts",
    "Formula 1 rules" are the named thing's.)"""
    if not t.text.isdigit() or t.i + 1 >= len(t.doc):
        return False
    # (a star before the side played or the line's end: "Kapil 175* v Zim", "Lara 400*"; not a footnote's,
    # "Apollo 11* landed")
    after = t.nbor(2) if t.i + 2 < len(t.doc) else None
    starred = t.nbor(1).text == "*" and (after is None or after.is_punct or after.lower_.rstrip(".") in _VERSUS)
    return starred or t.nbor(1).lower_.rstrip(".") in ("v", "vs")


_VERSUS = frozenset({"v", "vs", "versus", "against"})


# the words a page number follows in a reference ("p. 212", "pp. 40", "page 7")
_PAGE_WORDS = frozenset({"p", "p.", "pp", "pp.", "page", "pages"})


def after_page_word(tokens: Sequence[Token], i: int) -> bool:
    """Does token ``i`` follow a word for a page ("p. 212", "pp. 40-41", the tokenizer's "pp" "." too)?"""
    k = i - 2 if i >= 2 and tokens[i - 1].text == "." else i - 1
    # (a citation, not a page the claim puts something on: "ran on page 3 of the Gazette" (review 58b))
    return k >= 0 and tokens[k].lower_ in _PAGE_WORDS \
        and not (k >= 1 and tokens[k - 1].lower_ in ("on", "at", "in", "from", "to", "of"))


def _designation(tokens: Sequence[Token], i: int) -> bool:
    """The number of a name ("Apollo 11", "Falcon 9", "STS-1", "F-35", "the 747 flew"), not an amount."""
    if i == 0 or not tokens[i].text.isdigit():
        return False
    prev = tokens[i - 1]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    # (not one joined by a hyphen to what it counts: "the 525-line standard")
    hyphened = nxt is not None and nxt.text in ("-", "–") and not tokens[i].whitespace_
    if nxt is not None and nxt.lower_ == "times" and nxt.tag_ == "NNS" and tokens[i].text != "1":
        return False  # "circled the Earth 3 times", "sheriff of Honolulu 13 times": how often, after whatever name
    if prev.lower_ == "the" and (nxt is None or nxt.pos_ in ("VERB", "AUX", "PUNCT", "ADP", "CCONJ")) and not hyphened:
        return True  # "The 747 had first flown": a number that counts nothing names a model
    if prev.is_upper and len(prev.text) > 1 and nxt is not None and nxt.tag_ == "NNS" and not _designation_plural(nxt):
        return False  # "NTSC 625 lines": after an acronym, a number before a plural counts it
    if score_after_name(tokens[i]):
        return False  # "Kapil 175* v Zim": what the name scored
    if prev.text == "-" and i >= 2:
        prev = tokens[i - 2]
        return prev.text[:1].isupper() and prev.is_alpha
    return (prev.text[:1].isupper() and prev.is_alpha and not prev.is_stop and prev.pos_ in ("PROPN", "NOUN", "X")
            and prev.ent_type_ != "DATE" and prev.lower_ not in SCALES)


_DEGREE = frozenset({"little", "bit", "just", "well", "slightly", "somewhat", "far", "way"})


def _measured_over(over: Token) -> bool:
    """Is what "over" governs a measure other than time ("travelled over 1,450 km", "stretched over 3,200
    metres", "cost over £3 million")? Then it bounds the number: laps, stages, days are what a race is run across."""
    obj = next((c for c in over.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    unit = physical(obj.lower_)
    return unit is not None and unit[0] != "[time]" or any(t.text in CURRENCY or t.lower_ in CURRENCY_WORDS
                                                           for t in obj.subtree)


def _wording(tokens: Sequence[Token], start: int) -> tuple[str, int]:
    """The comparison word(s) right before the number ("more than"), and where they start."""
    before = " ".join(t.lower_ for t in tokens[max(0, start - 3):start])
    # ("run over ten laps", "played over three days": a preposition on the verb says across, not more than;
    # the parser tells the two apart, "sold over a million copies" a bound on the number)
    # (not after a word of degree, which the parse may leave on the verb: "in a little over an hour")
    if start > 0 and tokens[start - 1].lower_ == "over" and tokens[start - 1].dep_ == "prep" \
            and tokens[start - 1].head.pos_ in ("VERB", "AUX") \
            and not (start > 1 and tokens[start - 2].lower_ in _DEGREE) \
            and not _measured_over(tokens[start - 1]):
        return "", start
    # ("> 15k yrs ago", "<5%": a note's sign for the bound; not an arrow's head, "-> 13", "=> 5")
    if start > 0 and tokens[start - 1].text in (">", "≥", "<", "≤") and not (
            start > 1 and tokens[start - 2].text in ("-", "--", "=", "–", "—") and tokens[start - 2].whitespace_ == ""):
        return ("lower" if tokens[start - 1].text in (">", "≥") else "upper"), start - 1
    for group, kind in ((LOWER, "lower"), (UPPER, "upper"), (ABOUT, "about")):
        for phrase in sorted(group, key=len, reverse=True):
            if before == phrase or before.endswith(" " + phrase):
                return kind, start - len(phrase.split())
    return "", start


# bounds said after the figure ("12 months or more", "a year at the very minimum", "two hours at most")
_LOWER_AFTER = ("or more", "or longer", "or over", "or above", "at least", "at the least", "at the very least",
                "at minimum", "at a minimum", "at the minimum", "at the very minimum", "minimum")
_UPPER_AFTER = ("or less", "or fewer", "or under", "or below", "at most", "at the most", "at the very most",
                "at maximum", "at a maximum", "at the maximum", "maximum", "tops")


# (each group's longest first: "at the very minimum" before "minimum")
_BOUNDS_AFTER = tuple((kind, phrase.split()) for group, kind in ((_LOWER_AFTER, "lower"), (_UPPER_AFTER, "upper"))
                      for phrase in sorted(group, key=len, reverse=True))


def _wording_after(tokens: Sequence[Token], end: int) -> tuple[str, int]:
    """The bound said right after a figure and its unit, and where the figure's words then end."""
    after = [t.lower_ for t in tokens[end:end + 4]]
    for kind, words in _BOUNDS_AFTER:
        # (a lone "minimum" or "maximum" only where nothing follows it: not "12 months minimum wage")
        if after[:len(words)] == words and (len(words) > 1 or len(after) == 1
                                            or not tokens[end + 1].is_alpha):
            # (nor "at most" / "at least" that counts the noun after it: "two minutes at most stations", "an
            # hour at least some days" say how many of them, not a bound on the figure)
            nxt = tokens[end + len(words)] if end + len(words) < len(tokens) else None
            if words[0] == "at" and nxt is not None and nxt.is_alpha and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET"):
                continue
            return kind, end + len(words)
    return "", end


# a day or a month after a pair of numbers makes it a range of something, not a score between two sides
_WHEN_WORDS = frozenset(MONTHS) | WEEKDAYS | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
# one side of a match score: "4", "3.5", "12½", "½"
_SIDE = r"(\d{1,2}(?:\.5|½)?|½)"
_SIDES = re.compile(rf"^{_SIDE}\s*[-–]\s*{_SIDE}")


def _side_value(side: str) -> float:
    return float(side.replace("½", ".5"))


def score_sides(text: str) -> tuple[float, float] | None:
    """The two sides of a score as written, in their order ("7-1" -> (7.0, 1.0), "1-7" -> (1.0, 7.0)), or None."""
    m = _SIDES.match(text)
    return (_side_value(m.group(1)), _side_value(m.group(2))) if m else None


def _finite_verb(tokens: Sequence[Token]) -> bool:
    """Has the line a verb of its own (with a subject, or the parse's root), not a note's bare score?"""
    return any(t.pos_ in ("VERB", "AUX") and (t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ == "ROOT"
                                              or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))
               for t in tokens)


def _score(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    """A match score at token ``i`` ("4-2", "3.5-2.5", "12½–8½"): its value (``_score_value``) and where it ends.
    A pair followed by what it counts or measures is a range ("10-15 km"), not a score."""
    one = re.match(rf"^{_SIDE}[-–]{_SIDE}\.?$", tokens[i].text)  # (the tokenizer leaves "12½–8½." whole)
    if one:
        a, b, end = one.group(1), one.group(2), i + 1
    elif i + 2 < len(tokens) and tokens[i + 1].text in ("-", "–") and not tokens[i].whitespace_ \
            and not tokens[i + 1].whitespace_ and re.match(rf"^{_SIDE}$", tokens[i].text) \
            and re.match(rf"^{_SIDE}$", tokens[i + 2].text):
        a, b, end = tokens[i].text, tokens[i + 2].text, i + 3
    else:
        return None
    # (between two names it is the score of their match, as a note writes it: "Germany 7-1 Brazil")
    # (the second a name the tagger may take for a plural noun: "Royal Engineers 1-0 Wanderers")
    # (not "Chapters 3-5 Monday", a range and a day; and only in a line with no verb of its own, where the score's
    # order tells who won: "The Maracanã hosted Brazil 2-1 Uruguay" gives both sides one role, the winner lost)
    between_names = end < len(tokens) and i > 0 and tokens[end].pos_ in ("PROPN", "NOUN") \
        and tokens[i - 1].pos_ in ("PROPN", "NOUN") \
        and tokens[end].text[:1].isupper() and tokens[i - 1].text[:1].isupper() \
        and tokens[end].lower_.rstrip(".") not in _WHEN_WORDS and not _finite_verb(tokens)
    # (a result's noun after it keeps it a score: "finished with a 72–10 record", "a 3–1 win", "a 4-0 defeat"; not
    # one that names another noun, "a 10-12 win streak", nor a season's record, "the 95-96 record", "the 04-05 record")
    result = end < len(tokens) and tokens[end].lower_ in _RESULT_NOUNS \
        and not (end + 1 < len(tokens) and tokens[end + 1].pos_ == "NOUN") \
        and not (tokens[end].lower_ == "record" and _season(a, b))
    if end < len(tokens) and (tokens[end].pos_ in ("NOUN", "PROPN") or physical(tokens[end].text) is not None) \
            and not between_names and not result:
        return None
    # (a plural, not a place the tagger took for one: "Reims 3-4 Real Madrid")
    plural = tokens[i - 1].tag_ == "NNS" and not (between_names and _is_place((tokens[i - 1].lower_,))) if i > 0 else False
    if i > 0 and (plural or tokens[i - 1].lower_ in ("aged", "ages", "from", "between", "open")):
        return None  # "chapters 3-5", "aged 6-8", "open 9-5": a range
    return _score_value(_side_value(a), _side_value(b)), end


def _score_value(x: float, y: float) -> float:
    """A score's value: the larger side times 1000 plus the smaller, so that "won 3½–2½" and "lost 2½–3½" tell one
    match."""
    return max(x, y) * 1000 + min(x, y)


# the acts a match's result is told with, before its score written with "to" ("beat Boston 6 to 5")
_MATCH_ACTS = frozenset({"win", "beat", "defeat", "lose", "edge", "rout", "thrash", "trounce", "down", "top", "take"})


def _score_to(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    """A match's score written with "to" after the act that tells its result ("beat the Knickerbockers 23 to 1",
    "won that first game easily, 23 runs to 1", "took it, five games to three"): its value, as ``_score`` gives one,
    and where it ends; else None. (Not a change or a range: "rose from 6 to 12", "between 6 and 12".)"""
    first = number_value([tokens[i].text])
    j = i + 1
    # (what the sides count, a plural the tagger may take for a verb: "23 runs to 1", "five games to three")
    if j + 1 < len(tokens) and tokens[j].tag_ in ("NNS", "VBZ") and tokens[j].is_alpha and tokens[j].lower_.endswith("s") \
            and tokens[j + 1].lower_ == "to":
        j += 1
    if first is None or j + 1 >= len(tokens) or tokens[j].lower_ != "to" or (i > 0 and tokens[i - 1].lower_ in (
            "from", "between", "of", "up", "by")):
        return None
    second = number_value([tokens[j + 1].text])
    if second is None or not (0 <= first[0] <= 300 and 0 <= second[0] <= 300) \
            or first[0] != int(first[0]) or second[0] != int(second[0]):
        return None
    # (a range of what follows it, not a score: "lost 10 to 15 pounds", "took 2 to 3 hours", "won 5 to 10 percent",
    # "3 to 4 thousand votes", "7 to 9 pm"; a result's noun keeps it a score, "a 3 to 1 win")
    nxt = tokens[j + 2] if j + 2 < len(tokens) else None
    if nxt is not None and nxt.lower_ not in _RESULT_NOUNS and (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.like_num
                                                                 or nxt.text == "%" or physical(nxt.text) is not None):
        return None
    # (the last verb before it tells the result: not "beat Sorrel after trailing 2 to 5 at half time", "beat them in
    # 1867 and outscored them 23 to 1 over the season", where the figures belong to another act)
    verbs = [t for t in tokens[:i] if t.pos_ == "VERB" or t.pos_ == "AUX" and t.lemma_.lower() in _MATCH_ACTS]
    if not verbs or verbs[-1].lemma_.lower() not in _MATCH_ACTS:
        return None
    return _score_value(first[0], second[0]), j + 2


def _season(a: str, b: str) -> bool:
    """Two two-digit sides, the second the year after the first, that no season's won-lost count could be
    ("95-96", "99-00", "04-05"; not "10-11")."""
    if not (re.fullmatch(r"\d\d", a) and re.fullmatch(r"\d\d", b)) or int(b) != (int(a) + 1) % 100:
        return False
    return a.startswith("0") or b == "00" or int(a) + int(b) > 163


# nouns a match's or a season's score qualifies ("a 3–1 win", "a 72–10 record")
_RESULT_NOUNS = frozenset({"record", "win", "wins", "victory", "defeat", "loss", "draw", "tie", "rout", "thrashing",
                           "drubbing", "upset", "scoreline", "result"})


_DIMENSIONS = re.compile(r"^(\d{1,4})[×xX](\d{1,4})$")


SHARE_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
          "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}


def _share(tokens: Sequence[Token], j: int, value: float) -> tuple[float, float, int] | None:
    """A share written after the number ending at ``j`` ("three-quarters", "three in four", "two out of
    three"): its percentage, the precision and where it ends; None when there is none."""
    k = j + 1 if j < len(tokens) and tokens[j].text == "-" else j
    if k < len(tokens) and tokens[k].lower_ in SHARE_WORDS and 0 < value < SHARE_WORDS[tokens[k].lower_] and \
            (k == j or not tokens[j - 1].whitespace_):
        return value / SHARE_WORDS[tokens[k].lower_] * 100, 1.0, k + 1
    whole = _whole_after(tokens, j) if k == j else None
    if whole is not None and _is_number(tokens[whole[1]]) and 0 < value < whole[0] <= 1000 and float(value).is_integer():
        return value / whole[0] * 100, 1.0, whole[1] + 1
    return None


# what "half" may stand before as a share of something ("half the whole Encyclopédie", "half of all cases")
_SHARE_OF = frozenset({"of", "the", "its", "his", "her", "their", "our", "all"})
# (not a half of time or of a match: "the first half of the century", "the second half")
_NOT_A_SHARE = frozenset({"first", "second", "latter", "last", "other", "the", "a", "an", "one", "and", "-"})


def _part_of(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    """A share written in words at token ``i``, "half the Encyclopédie", "a quarter of the articles": its
    percentage and where it ends; None when there is none (nor in "a quarter of an hour", "half a mile":
    a part of one unit, read as an amount of that unit elsewhere)."""
    t = tokens[i].lower_
    if t == "half" and i + 1 < len(tokens) and tokens[i + 1].lower_ in _SHARE_OF \
            and not (i > 0 and tokens[i - 1].lower_ in _NOT_A_SHARE):
        end, pct = i + 1, 50.0
    elif t in ("a", "an") and i + 2 < len(tokens) and tokens[i + 1].lower_ in SHARE_WORDS \
            and not tokens[i + 1].lower_.endswith("s") and tokens[i + 1].lower_ != "half" and tokens[i + 2].lower_ == "of":
        end, pct = i + 2, 100 / SHARE_WORDS[tokens[i + 1].lower_]
    else:
        return None
    if tokens[end].lower_ == "of" and end + 1 < len(tokens) and tokens[end + 1].lower_ in ("a", "an"):
        return None
    return pct, end


# what a share of one whole turns or steps by ("a quarter turn", "a half tone"): no other thing after a
# share word is a share of one ("a third party", "a half brother", "a quarter final")
_WHOLES = frozenset({"turn", "revolution", "rotation", "circle", "lap", "tone", "semitone", "step"})


def share_of_one(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    """A share of one thing at token ``i``, "an eighth of a turn", "a quarter turn", "a third of a mile":
    its value and where the thing it is of is written; None when there is none."""
    if tokens[i].lower_ not in ("a", "an") or i + 2 >= len(tokens):
        return None
    word = tokens[i + 1].lower_
    if word not in SHARE_WORDS or word.endswith("s"):
        return None
    if tokens[i + 2].lower_ == "of" and i + 4 < len(tokens) and tokens[i + 3].lower_ in ("a", "an") \
            and tokens[i + 4].pos_ == "NOUN":
        return 1 / SHARE_WORDS[word], i + 4
    if word != "half" and tokens[i + 2].pos_ == "NOUN" and tokens[i + 2].lemma_.lower() in _WHOLES:
        return 1 / SHARE_WORDS[word], i + 2
    return None


def _dimensions(tokens: Sequence[Token], i: int) -> tuple[float, int] | None:
    """Sizes written as a product at token ``i`` ("5×5", "6 x 6", "1920x1080"): their value and where they end.

    The value is the larger side times 10,000 plus the smaller, so a "6×6 grid" and a "5×5 grid" differ
    and "3×4" is "4×3"."""
    one = _DIMENSIONS.match(tokens[i].text)
    if one:
        a, b, end = one.group(1), one.group(2), i + 1
    elif i + 2 < len(tokens) and tokens[i].text.isdigit() and tokens[i + 1].text in ("×", "x") \
            and tokens[i + 2].text.isdigit() and len(tokens[i].text) <= 4 and len(tokens[i + 2].text) <= 4:
        a, b, end = tokens[i].text, tokens[i + 2].text, i + 3
    else:
        return None
    x, y = int(a), int(b)
    return max(x, y) * 10_000 + min(x, y), end


# the words between a measure and the same measure in another unit: "4,478 m, i.e. about 14,700 ft", "2.45 m is
# roughly 8 ft", "56.8 km ≈ 35.3 miles", "24.5 km / 15.2 mi"
_CONVERSION_WORDS = frozenset({",", "(", "/", "=", "≈", "~", "i.e.", "ie", "or", "is", "roughly", "about", "around",
                               "approximately", "approx", "approx.", "c.", "ca.", "some", "nearly", "almost", "so", "that's",
                               "that", "'s", "which", "works", "out", "to", "equals", "-"})


def _converts(tokens: Sequence[Token], end: int, start: int) -> bool:
    """Do only a conversion's words stand between one measure's end and the next one's start (at most four)?"""
    between = [t.lower_ for t in tokens[end:start]]
    return 0 < len(between) <= 4 and all(w in _CONVERSION_WORDS for w in between) or not between


def _round_step(figure: float) -> float:
    """Half the step of a whole figure's last digit that is not nought: 60 -> 5, 16,000 -> 500; 0 for others."""
    if figure != int(figure) or figure == 0:
        return 0.0
    digits = str(abs(int(figure)))
    return 0.5 * 10 ** (len(digits) - len(digits.rstrip("0")))


def _bounds(value: float, precision: float, kind: str) -> tuple[float, float]:
    """The figure's range as its wording bounds it: from it up ("lower": "more than"), up to it ("upper": "under"),
    else within its precision either way."""
    if kind == "lower":
        return value, math.inf
    if kind == "upper":
        return -math.inf, value
    return value - precision, value + precision


def _race_time(text: str) -> tuple[float, float] | None:
    """A race's time written on the clock ("3:59.4", "2:01:39"): its seconds and half its last digit's
    worth, or None for what is more often a time of day or a ratio ("10:30", "1:2")."""
    m = _RACE_TIME.match(text)
    if m is None or not (m.group(1) or m.group(4)) or int(m.group(3)) >= 60 or m.group(1) and int(m.group(2)) >= 60:
        return None
    hours, minutes, seconds = int(m.group(1) or 0), int(m.group(2)), float(m.group(3) + (m.group(4) or ""))
    return hours * 3600 + minutes * 60 + seconds, _precision(m.group(3) + (m.group(4) or ""))


# the words that say a clock's figure is a time of day, not a time taken: "struck at 04:12:35", "4:12:35 pm"
_AT_THE_CLOCK = frozenset({"at", "@", "until", "till", "til", "from", "since"})
_OF_THE_DAY = re.compile(r"^(?:[ap]\.?m\.?|gmt|utc|bst|cet|est|edt|pst|pdt|local)$", re.IGNORECASE)


def _time_of_day(tokens: Sequence[Token], i: int) -> bool:
    """Is the clock's figure at ``i`` a time of day: after a word of an instant ("at 10:31:15", "from 15:00:00")
    or before a word of the day's hours ("4:12:35 pm", "04:12:35 UTC")?"""
    return i > 0 and tokens[i - 1].lower_ in _AT_THE_CLOCK \
        or i + 1 < len(tokens) and bool(_OF_THE_DAY.match(tokens[i + 1].text))


def prompt_unit(tokens: Sequence[Token], q: Quantity) -> Quantity:
    """A bare figure after a prompt's arrow in the unit the prompt asks for: "Diameter of Hubble's primary mirror,
    in metres -> 2.4" is 2.4 metres; "Length of the first Oscars ceremony, in minutes -> 15" is 15 minutes. Else
    ``q`` as it was."""
    if q.unit or q.counted or q.start < 2:
        return q
    asked = _asked_unit(tokens, q.start)
    if asked is not None and asked[0][0] == "%":
        # ("Share of France's electricity from nuclear, in percent -> about 40": a share, as a percentage is read)
        return replace(q, unit="%", counted="percent")
    if asked is None:
        # "Visits to the Great Exhibition -> about 16 million", "Points France scored in the 1987 final -> 19":
        # a prompt that opens on a plural noun asks how many of those
        counted = _asked_count(tokens, q.start)
        return replace(q, unit=counted, counted=counted) if counted else q
    (dim, factor, offset), word = asked
    return Quantity(q.low * factor + offset, q.high * factor + offset, dim, q.text, q.start, q.end, word)


def _prompt_arrow(tokens: Sequence[Token], start: int) -> int | None:
    """The index of the arrow of the prompt whose answer starts at ``start`` ("... -> 2.4"), with nothing but words
    between the two; or None."""
    arrow = next((k for k in range(start - 1, 0, -1) if tokens[k].text in ("→", "=>")
                  or tokens[k].text == ">" and tokens[k - 1].text in ("-", "--")), None)
    if arrow is None or any(t.like_num for t in tokens[arrow + 1:start]):
        return None
    return arrow


def _asked_count(tokens: Sequence[Token], start: int) -> str:
    """What a prompt opening on a plural noun counts ("Visits to ...", "Clubs in the breakaway", "Goals Germany
    scored"): the noun's lemma, when it is no unit, nor a span of time; or the noun of a sequence it asks the place
    in ("INES level given to ..."); else ""."""
    arrow = _prompt_arrow(tokens, start)
    if arrow is None or arrow < 2:
        return ""
    # (or on the noun its opening words qualify: "Jonny Wilkinson's career World Cup points")
    k = next((k for k in range(arrow) if tokens[k].tag_ == "NNS" or tokens[k].pos_ not in _PROMPT_NOUN_PHRASE
              or k == 0 and tokens[k].pos_ == "NOUN"), 0)
    # ("Number of rock-cut temples Ramesses II built -> 3": a prompt that asks the number of something counts it, the
    # noun after its "of", a group's too, "Number of crew aboard the Kestrel in the 1850 storms" (review 56b))
    if tokens[k].lower_ in _NUMBER_OF and k + 1 < arrow and tokens[k + 1].lower_ == "of":
        counted = next((c for c in tokens[k + 1].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if counted is None or not counted.is_alpha or physical(counted.lower_) is not None:
            return ""
        return _countable(counted.lemma_.lower())
    first = tokens[k]
    # ("INES level given to Three Mile Island -> 4": a prompt opening on a noun of a sequence, not "Round of ...",
    # asks which one of those, as "level 5" says it; the reader takes the answer for that place)
    # (the noun a participle or a phrase after it tells which one of: "INES level given to ...", "Round at which
    # ..."; not one qualifying a noun after it, "Stage wins by ...", "Season ticket holders", "Game attendance", which
    # count or measure something else (review 57))
    h = k - 1 if k > 0 and first.tag_ != "NNS" else k
    head = tokens[h]
    if head.tag_ == "NN" and head.lower_ in SEQUENCE_NOUNS and h + 1 < arrow and tokens[h + 1].lower_ not in _OF_A_MEASURE \
            and (tokens[h + 1].tag_ in ("VBN", "VBD") or tokens[h + 1].pos_ == "ADP"):
        return head.lower_
    # (the first word is capitalised for standing first, so the tagger may call it a name: "Points France scored")
    lemma = first.lemma_.lower() if first.pos_ == "NOUN" else ""
    if not lemma and k == 0 and first.pos_ == "PROPN" and first.text[1:].islower():
        lemma = first.lower_[:-1] if first.lower_.endswith("s") and not first.lower_.endswith("ss") else ""
    if not lemma or lemma == first.lower_ or not first.is_alpha or physical(first.lower_) is not None:
        return ""  # (a plural only: "Age of ...", "Height of ..." ask for a measure, said elsewhere)
    return _countable(lemma)


def _countable(lemma: str) -> str:
    """``lemma``, a noun a prompt asks the count of, where its first sense is no span of time ("" else): "Years Cologne
    was the tallest" asks how long; other senses may stand, "points" in a game."""
    from .wordnet import lexicon

    kinds = lexicon().kinds(lemma, "n", 1)
    return lemma if kinds and "noun.time" not in kinds else ""


_NUMBER_OF = frozenset({"number", "count", "total", "no", "no."})
# nouns of a sequence whose places a number after them says ("round three", "game 7", "Stage 4")
SEQUENCE_NOUNS = frozenset({"round", "game", "stage", "lap", "day", "hole", "heat", "leg", "episode", "season",
                            "chapter", "volume", "scene", "phase", "level", "inning", "innings", "period",
                            "quarter", "race", "step", "movement"})
# the words after a prompt's noun that make it a measure of something ("Height of the arch", "Share in the vote")
_OF_A_MEASURE = frozenset({"of", "in", "for", "per", ","})
# the words of a noun phrase before its noun ("Jonny Wilkinson's career World Cup ...")
_PROMPT_NOUN_PHRASE = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART"})


def _asked_unit(tokens: Sequence[Token], start: int) -> tuple[tuple[str, float, float], str] | None:
    """The unit a prompt asks its answer at ``start`` in ("..., in metres -> 2.4"): pint's reading of it and its
    lemma, or None."""
    if start < 4:
        return None
    arrow = _prompt_arrow(tokens, start)
    if arrow is None:
        return None
    # (the prompt's ", in metres" or "(in inches)", a unit pint knows, as the prompt's last words but an aside)
    first = arrow - 1 if tokens[arrow].text == ">" else arrow
    words = [t for t in tokens[:first] if t.text not in (",", "(", ")")]
    for k in range(len(words) - 1, 0, -1):
        # (a unit's symbol too, "in MW", "in km"; and a unit of area or volume, "in cubic kilometres")
        solid = k >= 2 and words[k - 2].lower_ == "in" and words[k - 1].lower_ in ("cubic", "square")
        if words[k - 1].lower_ != "in" and not solid or not words[k].is_alpha \
                or not (words[k].text.islower() or len(words[k].text) >= 2 and not solid):
            continue
        unit = physical(f"{words[k - 1].lower_} {words[k].text}" if solid else words[k].text)
        if unit is None and not solid and words[k].lower_ in ("percent", "%", "percentage"):
            unit = ("%", 1.0, 0.0)  # (pint takes a percentage for no unit; the reader says "%" for one)
        if unit is None or any(t.is_alpha and t.lower_ not in _PROMPT_HEDGES for t in words[k + 1:]):
            return None
        return unit, (f"{words[k - 1].lower_} " if solid else "") + (
            words[k].lemma_.lower() if words[k].text.islower() else words[k].text)
    # "Minutes to build a Model T chassis on the moving line -> 39": a prompt opening on a unit asks for so many of it
    # (how long an act took; not units counted as things, "Months of the calendar with 31 days", "Days in a week")
    if len(words) > 1 and words[0].tag_ == "NNS" and words[0].is_alpha and words[0].lower_ != "days" \
            and words[1].lower_ not in ("of", "in", "with", "on", "per", "at", "that", "which") \
            and (unit := physical(words[0].lower_)) is not None:
        return unit, words[0].lemma_.lower()
    # ("Emmitt Smith's career rushing yards -> 18,355", "Dickerson's rushing yards in 1984 -> 2,105": a prompt whose
    # noun is a unit of length or weight asks for so many of it; not one counted in the prompt, "5 yards", nor a unit
    # of something, "Tons of coal")
    for w in words:
        if w.tag_ == "NNS" and w.is_alpha and (unit := physical(w.lower_)) is not None \
                and unit[0] in ("[length]", "[mass]") and not (w.i > 0 and w.nbor(-1).like_num) \
                and not (w.i + 1 < len(w.doc) and w.nbor(1).lower_ == "of"):
            return unit, w.lemma_.lower()
    return None


# words a prompt may put after its unit, before the arrow ("in hours, roughly")
_PROMPT_HEDGES = frozenset({"roughly", "approximately", "approx", "about", "around", "nearest", "to", "the"})


@dataclass(frozen=True)
class Offset:
    """A time between two events, said from one to the other: "three days later", "a week after the explosion",
    "the day after", "the following year"."""

    low: float
    high: float
    """In seconds."""
    direction: str
    """"after" or "before"."""
    text: str
    start: int
    end: int
    anchored: bool = False
    """Said from an event the sentence names ("a week after the explosion"), not from the one before ("three days
    later")."""
    reference: tuple[str, ...] = ()
    """The content words (lemmas) of the event it is said from, where one is named: ("explosion",), ("act",
    "become", "law") for "after the act became law"."""


_AFTER_WORDS = {"later": "after", "after": "after", "afterwards": "after", "afterward": "after", "on": "after",
                "before": "before", "earlier": "before", "prior": "before"}
_NEXT_WORDS = frozenset({"next", "following", "subsequent"})


def time_offsets(span: Span | Sequence[Token]) -> list[Offset]:
    """The times between events ``span`` says: a count of a unit of time ("three days", "a week", "the day") right
    before "later", "after", "before", "earlier" ("a week after the explosion", "the day before"), or "the next day",
    "the following year". A count said in figures or words is that many to the unit (weeks, months and years more
    loosely), with its bound or hedge ("more than two years after"); "a week", "one month" a single unit as loosely as a
    word may mean it; "weeks after" says only which way. Not how long something lasted ("for two years after")."""
    tokens = list(span)
    out: list[Offset] = []
    for k in range(1, len(tokens)):
        unit = _TIME_SHORT.get(tokens[k].lower_, tokens[k].lower_)
        unit = unit[:-1] if unit.endswith("s") and unit[:-1] in TIME_UNITS else unit
        if unit not in TIME_UNITS or unit in ("decade", "century"):
            continue
        before = tokens[k - 1].lower_
        after = tokens[k + 1].lower_ if k + 1 < len(tokens) else ""
        if before in _NEXT_WORDS and k >= 2 and tokens[k - 2].lower_ == "the" and tokens[k].lower_ == unit:
            out.append(Offset(TIME_UNITS[unit] / 2, TIME_UNITS[unit] * 1.5, "after", f"the {before} {unit}", k - 2, k + 1))
            continue
        if after not in _AFTER_WORDS or after == "on" and (k + 2 < len(tokens) and not tokens[k + 2].is_punct):
            continue  # (not "two years on the chart": how long it was there)
        # ("lasted for two years after the war": how long, not when)
        j = k - 1
        while tokens[k - 1].like_num and j > 0 and (tokens[j - 1].like_num or tokens[j - 1].lower_ in ("and", "-")
                                                     and j > 1 and tokens[j - 2].like_num):
            j -= 1  # (the whole count: "one hundred and fifty years after")
        if j > 0 and tokens[j - 1].lower_ in ("for", "lasted", "lasting"):
            continue
        if before in ("a", "an", "one", "the") and tokens[k].lower_ == unit:
            n, start = 1.0, k - 1
        elif tokens[k].lower_ != unit and after in ("after", "before") and not tokens[k - 1].like_num \
                and tokens[k - 1].lower_ not in _NEXT_WORDS and not tokens[k - 1].pos_ in ("DET", "NUM", "ADJ"):
            # ("just weeks after the act became law": some of them, how many unsaid; only which way is told)
            text = "".join(t.text_with_ws for t in tokens[k:k + 2]).strip()
            out.append(Offset(0.0, math.inf, _AFTER_WORDS[after], text, k, k + 2, True, _reference(tokens[k + 1])))
            continue
        else:
            read = number_value([t.lower_ for t in tokens[j:k]]) if tokens[k - 1].like_num else None
            if read is None or read[0] <= 0:
                continue
            n, start = read[0], j
        # (a count is that many to the unit, as "three" is 2.5 to 3.5; "a week", "a month", one unit said as a word,
        # as loosely as it may be meant)
        # (weeks, months and years counted are rounded more loosely: "two weeks later" of ten days)
        slack = 0.75 if unit in ("week", "month", "year") and n > 1 else 0.5
        low, high = (n - slack) * TIME_UNITS[unit], (n + slack) * TIME_UNITS[unit]
        if n == 1 and unit in ("week", "month", "year"):
            low, high = TIME_UNITS[unit] * 0.75, TIME_UNITS[unit] * 1.25
        # ("more than two years after", "less than a week after", "about a month later": a bound or a hedge)
        hedge = tokens[start - 1].lower_ if start > 0 else ""
        bound = tokens[start - 2].lower_ + " " + hedge if start > 1 else hedge
        if bound in ("more than", "at least") or hedge in ("over",):
            high = math.inf
        elif bound in ("less than", "fewer than") or hedge in ("under", "within"):
            low = 0.0
        elif hedge in ABOUT or hedge in ("some", "nearly", "almost", "roughly", "around", "about", "approximately"):
            low, high = low * 0.75, high * 1.25
        text = "".join(t.text_with_ws for t in tokens[start:k + 2]).strip()
        anchored = after in ("after", "before", "prior") and k + 2 < len(tokens) and not tokens[k + 2].is_punct
        out.append(Offset(low, high, _AFTER_WORDS[after], text, start, k + 2, anchored,
                          _reference(tokens[k + 1]) if anchored else ()))
    return out


def _reference(word: Token) -> tuple[str, ...]:
    """The content words of the event an "after" or "before" names: its object's phrase ("after Ratzenberger's
    death in qualifying"), or the clause it opens ("before the act became law"); where the parse hangs neither on it
    ("12 days AFTER the accident"), the words after it."""
    if word.dep_ == "mark":
        words = list(word.head.subtree)
    elif (obj := next((c for c in word.children if c.dep_ in ("pobj", "pcomp")), None)) is not None:
        words = list(obj.subtree)
    else:
        words = list(word.doc[word.i + 1:word.sent.end])
    said = [t for t in words if t.is_alpha and t.i > word.i]
    content = {t.lemma_.lower() for t in said if t.pos_ in ("NOUN", "PROPN", "VERB")}
    # (a word the tagger took for no noun is the event all the same: "73 seconds after liftoff")
    return tuple(sorted(content or {t.lemma_.lower() for t in said if not t.is_stop}))


def find_quantities(span: Span | Sequence[Token], skip: frozenset[int] = frozenset()) -> list[Quantity]:
    """The amounts in ``span``; ``skip`` holds indices (into ``span``) of tokens that are dates or names."""
    tokens = list(span)
    out: list[Quantity] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if after_page_word(tokens, i) and re.match(r"^\d+(?:[-–]\d+)?$", t.text):
            # "pp. 40-41: ...": the pages of the book, where the note found it, are no amount
            i += 1
            while i + 1 < len(tokens) and tokens[i].text in ("-", "–") and tokens[i + 1].text.isdigit():
                i += 2
            continue
        score = (_score(tokens, i) or _score_to(tokens, i)) if i not in skip else None
        if score is not None:
            value, end = score
            out.append(Quantity(value - 0.01, value + 0.01, "score",
                                "".join(x.text_with_ws for x in tokens[i:end]).strip().rstrip("."), i, end, "score"))
            i = end
            continue
        # (a pair written as one token before a result's noun that is no score, "a 10–12 win streak", "the 95–96
        # record", is still a figure of the claim's, never dropped: a range of what the noun counts)
        pair = re.match(rf"^{_SIDE}[-–]{_SIDE}$", t.text) if i not in skip and i + 1 < len(tokens) \
            and tokens[i + 1].lower_ in _RESULT_NOUNS else None
        if pair:
            low, high = sorted((_side_value(pair.group(1)), _side_value(pair.group(2))))
            noun = tokens[i + 1].lemma_.lower()
            out.append(Quantity(low - 0.5, high + 0.5, noun, t.text, i, i + 2, noun))
            i += 2
            continue
        size = _dimensions(tokens, i) if i not in skip else None
        if size is not None:
            value, end = size
            out.append(Quantity(value - 0.01, value + 0.01, "dimensions",
                                "".join(x.text_with_ws for x in tokens[i:end]).strip(), i, end, "dimensions"))
            i = end
            continue
        clock = _race_time(t.text) if i not in skip and not _time_of_day(tokens, i) else None
        if clock is not None:
            # "time for the first sub-four-minute mile -> 3:59.6" against "3 minutes 59.4 seconds"
            value, precision = clock
            kind, first = _wording(tokens, i)
            low, high = _bounds(value, precision, kind)
            out.append(Quantity(round(low, 9), round(high, 9), "[time]", " ".join(x.text for x in tokens[first:i + 1]),
                                first, i + 1, "second"))
            i += 1
            continue
        # (not a streak: "twice in a row" is no total)
        if t.lower_ in _MULTIPLES and i not in skip and not " ".join(x.lower_ for x in tokens[i + 1:i + 4]).startswith(
                ("in a row", "running", "consecutively", "straight", "in succession")):
            # "circled the Earth twice": how many times, a count to check like "two orbits"
            n = _MULTIPLES[t.lower_]
            out.append(Quantity(n - 0.5, n + 0.5, "time", t.text, i, i + 1, "time"))
            i += 1
            continue
        magnitude = _MAGNITUDE.match(t.text) if i not in skip else None
        if magnitude:
            # "M8.2", "Mw 9.1": a quake's magnitude as seismologists write it
            number, end = magnitude.group(1) or magnitude.group(2), i + 1
            if number is None and t.text != "M" and i + 1 < len(tokens) \
                    and re.match(r"^\d{1,2}\.\d{1,2}$", tokens[i + 1].text) and i + 1 not in skip:
                number, end = tokens[i + 1].text, i + 2
            if number is not None:
                value, precision = float(number), _precision(number)
                kind, first = _wording(tokens, i)
                low, high = _bounds(value, precision, kind)
                out.append(Quantity(low, high, "", " ".join(x.text for x in tokens[first:end]), first, end,
                                    "magnitude"))
                i = end
                continue
        vague = _VAGUE.get(t.lower_) if i not in skip and i + 1 < len(tokens) and i + 1 not in skip \
            and tokens[i + 1].lemma_.lower() in TIME_UNITS and (t.lower_ != "few" or i > 0 and tokens[i - 1].lower_ == "a") \
            else None
        if vague is not None:
            # "fermented for a few weeks" against "for several days": a span of time counted roughly is
            # still a span (a few: two to five; several: three to nine)
            low, high = vague
            first = i - 1 if t.lower_ == "few" else i
            unit, counted, value, precision, k = _unit_after(tokens, i + 1, (low + high) / 2, (high - low) / 2)
            if unit == "[time]":
                out.append(Quantity(round(value - precision, 9), round(value + precision, 9), unit,
                                    " ".join(x.text for x in tokens[first:k]), first, k, counted))
                i = k
                continue
        fraction = FRACTIONS.get(t.lower_) if i + 2 < len(tokens) and tokens[i + 1].lower_ in ("a", "an") else None
        one = share_of_one(tokens, i) if fraction is None and i not in skip else None
        if one is not None:
            fraction = one[0]
        # "in under a week", "more than an hour": a bounded single unit is an amount
        single = t.lower_ in ("a", "an") and i + 1 < len(tokens) and _wording(tokens, i)[0] in ("lower", "upper") \
            and (tokens[i + 1].lemma_.lower() in TIME_UNITS or physical(tokens[i + 1].text) is not None) \
            or i not in skip and i + 1 not in skip and _single_span(tokens, i)
        part_share = _part_of(tokens, i) if not fraction and not single else None
        if i in skip or not (_is_number(t) or fraction or single or part_share) \
                or (not fraction and not part_share and _designation(tokens, i)):
            i += 1
            continue
        start = i
        if fraction and one is not None:  # "an eighth of a turn": the thing is what it counts
            value, precision, j = fraction, 0.01, one[1]
        elif fraction:  # "half a kilometre": a fraction of one unit
            value, precision, j = fraction, 0.05, i + 2
        elif single:
            # (one unit said as a word is that unit, give or take a tenth of it: "a day" and "24 hours" agree;
            # not half a unit, the rounding of a count, by which "a week" would be ten days, "a year" 225 days and
            # "a decade" twelve years: a single unit is no count rounded to its nearest whole)
            value, precision, j = 1.0, 0.0 if _wording(tokens, i)[0] else 0.1, i + 1
        elif part_share:
            value, precision, j = part_share[0], 1.0, part_share[1]
        else:
            j = i + 1
            while j < len(tokens) and j not in skip and (
                    _is_number(tokens[j]) and not _NUMBER.match(tokens[j].text) and not _NUMBER.match(t.text)
                    or tokens[j].text == "-" and j + 1 < len(tokens) and _is_number(tokens[j + 1])
                    and not _NUMBER.match(tokens[j + 1].text) or tokens[j].lower_ == "and"
                    and j + 1 < len(tokens) and tokens[j + 1].lower_ in ("a", "half")
                    # "a hundred and eighty", "two thousand and five" (not "two hundred and three hundred":
                    # two amounts)
                    or tokens[j].lower_ == "and" and tokens[j - 1].lower_ in ("hundred", "thousand")
                    and j + 1 < len(tokens) and _is_number(tokens[j + 1]) and not _NUMBER.match(tokens[j + 1].text)
                    and not (j + 2 < len(tokens) and tokens[j + 2].lower_ in ("hundred", *SCALES))):
                j += 1
            words = [x.text for x in tokens[i:j]]
            parsed = number_value(words)
            if parsed is None:
                i = j
                continue
            value, precision = parsed
            if i > 0 and tokens[i - 1].lower_ == "minus" and value > 0 and not (i > 1 and _is_number(tokens[i - 2])):
                # "minus 40 °C": the sign said in a word, as "−40 °C" writes it (not a sum's, "ten minus three")
                # (review 52: with the typographic sign read, "minus 40 °C" read as 40 °C would deny "−40 °C")
                value, start = -value, i - 1
            if j + 1 < len(tokens) and tokens[j].lower_ in ("a", "an") and tokens[j + 1].lower_ in ("half", "quarter") \
                    and tokens[j - 1].lower_ == "and":
                # "thirty-three and a half hours"
                value, precision, j = value + (0.5 if tokens[j + 1].lower_ == "half" else 0.25), 0.05, j + 2
            elif j < len(tokens) and j == i + 1 and t.text.isdigit() and (
                    mixed := re.fullmatch(r"([1-9])/([2-9])", tokens[j].text)) is not None \
                    and int(mixed.group(1)) < int(mixed.group(2)):
                # "1 1/2 miles": a whole number and a fraction of one, written as figures
                value, precision, j = value + int(mixed.group(1)) / int(mixed.group(2)), 0.05, j + 1
        # ("sold for $13m.": the tokenizer keeps a sentence's full stop on the scale's letter)
        # (only a sum of money: "the dish is 76m." is 76 metres)
        said = tokens[j].lower_[:-1] if j < len(tokens) and tokens[j].lower_ in ("m.", "bn.", "k.", "mn.") \
            and tokens[j - 1].whitespace_ == "" and (tokens[j].lower_ != "m." or start > 0 and tokens[start - 1].lower_ in CURRENCY) \
            else tokens[j].lower_ if j < len(tokens) else ""
        if said == "b" and not (start > 0 and tokens[start - 1].lower_ in CURRENCY
                                or j + 1 < len(tokens) and tokens[j + 1].lower_ in CURRENCY_WORDS):
            said = ""  # "$3.3B" is billions, "Platform 9B" a name
        if said in SCALES and (len(said) > 1 or tokens[j - 1].whitespace_ == ""):  # "5 m" is metres, "5m" five million
            scale = SCALES[said]
            # "2 million" may be 2.05 million, not 2.4 million (5% at most)
            value, precision, j = value * scale, min(precision * scale, 0.05 * abs(value) * scale), j + 1
        unit, counted = "", ""
        k = j
        share = _share(tokens, j, value) if not fraction and not single and not part_share else None
        if part_share:
            unit, counted = "%", "percent"
        elif share is not None:
            # "three-quarters of them", "three in four of them": a share, as a percentage
            value, precision, k = share
            unit, counted = "%", "percent"
        elif k < len(tokens) and tokens[k].text in ("%",) or k < len(tokens) and tokens[k].lower_ in ("percent",):
            unit, counted, k = "%", "percent", k + 1
        elif k + 1 < len(tokens) and tokens[k].lower_ == "per" and tokens[k + 1].lower_ == "cent":
            unit, counted, k = "%", "percent", k + 2
        currency = CURRENCY.get(tokens[start - 1].lower_) if start > 0 else None
        if currency:
            unit, counted, start = currency, "currency", start - 1
        figure, figure_precision = value, precision  # as written, before a unit converts it
        if not unit:
            # "magnitude 7.0 quake": a scale named right before the number is what it measures
            named = _scale_before(tokens, start)
            before = k
            unit, counted, value, precision, k = _unit_after(tokens, k, value, precision)
            if unit == "[temperature]" and figure > 0 and k + 1 < len(tokens) and tokens[k].lower_ == "below" \
                    and tokens[k + 1].lower_ in ("zero", "freezing"):
                # "40 °C below zero" is "−40 °C" (review 52: as the typographic minus is read), its words no bound
                unit, counted, value, precision, k = _unit_after(tokens, before, -figure, figure_precision)
                k += 2
            # (what it is named stays the word it counts, its unit bare: "a rating of 2882" and "peaked
            # at 2882" are one figure)
            if named and (not unit or tokens[start - 1].lower_ != "of" and not unit.startswith("[")):
                unit, counted = "", named
        kind, first = _wording(tokens, start)
        if not kind:
            kind, k = _wording_after(tokens, k)
        # "above 135 °C (275 °F)": a conversion in brackets says the same bound in other units
        prev = out[-1] if out else None
        if not kind and prev is not None and start >= 1 and tokens[start - 1].text == "(" and prev.end == start - 1 \
                and prev.unit == unit and unit.startswith("[") and (math.isinf(prev.low) or math.isinf(prev.high)):
            kind = "lower" if math.isinf(prev.high) else "upper"
        if unit == "[mass]" and counted in ("pound", "pounds") and first > 0 and tokens[first - 1].lower_ in PRICE_WORDS:
            # "bought for 8.4 million pounds": a price in pounds is money, not a weight
            value, precision = value / physical("pound")[1], precision / physical("pound")[1]
            unit, counted = "GBP", "currency"
        low, high = _bounds(value, precision, kind)
        if kind == "about":
            # ten per cent, but no more than the figure's own digits allow: "about 5,730" is not
            # 5,370 (within 50, as "about 5,700" is within 500); "about 40" is 36 to 44
            # (of the figure as written: "~30 °C" is 27 to 33 °C, not ten per cent of 303 kelvin)
            factor = precision / figure_precision if figure_precision else 1.0
            # (a figure written to its last unit, "approx. 68", was counted, and the hedge spares it less than a
            # round one: 65 to 71, not 63 to 73)
            exact = figure == int(figure) and int(figure) % 5 != 0 and unit != "[temperature]"
            widen = min(abs(figure) * factor * 0.1, precision * (6 if exact else 10))
            # (or the answer to a prompt that asks for it in another unit: "triple jump record in feet -> about 58 ft")
            if prev is not None and unit.startswith("[") and prev.unit == unit and _converts(tokens, prev.end, first) \
                    and counted.lower() != prev.counted.lower() \
                    and value - max(widen, precision) <= prev.high and prev.low <= value + max(widen, precision) \
                    or unit.startswith("[") and (asked := _asked_unit(tokens, first)) is not None and asked[0][0] == unit:
                # (the same measure again in another unit, "4,478 m, i.e. about 16,000 ft": a conversion, rounded as
                # its digits say, a hundredth at least; not the tenth a hedge on a figure of its own allows)
                # (only a figure a tenth's hedge would take for the first one, in another unit: not a part of it or
                # another length, "40 km, about 26 km of it paved", "4,478 m, about 190 m lower"; and a round
                # figure's digits end at its last one not nought, "100 km/h (about 60 mph)" is 55 to 65 mph)
                digits = max(precision, _round_step(figure) * factor)
                widen = min(widen, max(digits, abs(value) * 0.01))
            if unit == "[temperature]":
                # (a temperature's zero is arbitrary: "about 0 °C", "about 4 °C" allow two degrees)
                widen = max(widen, 2 * factor)
            low, high = min(low, value - widen), max(high, value + widen)
        text = " ".join(x.text for x in tokens[first:k])
        out.append(Quantity(round(low, 9), round(high, 9), unit, text, first, k, counted))
        i = max(k, j)
    return _ranges(_bracketed_rates(_compound_measures(out, tokens), tokens), tokens)


def _bracketed_rates(found: list[Quantity], tokens: Sequence[Token]) -> list[Quantity]:
    """"9 metres (30 feet) per minute": a length and its conversion in brackets, then "per" a unit of
    time, are both rates, as "9 m/min" is."""
    out = list(found)
    for n, (q, r) in enumerate(zip(found, found[1:])):
        k = r.end
        if q.unit == r.unit == "[length]" and tokens[q.end].text == "(" and r.start == q.end + 1 \
                and k + 2 < len(tokens) and tokens[k].text == ")" and tokens[k + 1].lower_ == "per":
            per = physical(tokens[k + 2].lower_)
            if per is not None and per[0] == "[time]":
                out[n], out[n + 1] = (Quantity(round(x.low / per[1], 9), round(x.high / per[1], 9), "[length] / [time]",
                                               x.text, x.start, x.end, x.counted) for x in (q, r))
    return out


_AGE_WORDS = frozenset({"aged", "age"})
_PEOPLE_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})
_HEDGES = frozenset({"only", "just", "barely", "nearly", "almost", "about", "around", "roughly", "still"})


def as_age(q: Quantity, tokens: Sequence[Token]) -> Quantity:
    """An amount that says how old someone was, as an age in years: "a 12-year-old boy", "18 years
    old", "aged 16", "age 16", "Edmond Albius, 12, ..." (a bare number set beside a name). One age
    compares with another however it is written ("at the age of forty-four" too); anything else is
    returned as it is."""
    first = tokens[q.start] if q.start < len(tokens) else None
    if first is None:
        return q
    after = [t.lower_ for t in tokens[q.end:q.end + 2]]
    # (over a word that hedges the figure: "aged only 35", "aged just 16")
    k = q.start - 1
    while k >= 0 and tokens[k].pos_ == "ADV" and tokens[k].lower_ in _HEDGES:
        k -= 1
    before = tokens[k] if k >= 0 else None
    years_old = q.counted in ("year", "yr") and "old" in after
    # ("at the age of forty-four"; not "at 21", as often a time or a price: "opens at 9")
    aged = q.unit == "" and before is not None and (
        before.lower_ in _AGE_WORDS or before.lower_ == "of" and k > 0 and tokens[k - 1].lower_ == "age")
    beside = q.unit == "" and q.end - q.start == 1 and before is not None and before.text == "," and k > 0 \
        and tokens[k - 1].pos_ == "PROPN" and q.end < len(tokens) and tokens[q.end].text == ","
    # (a bare number someone was, said of them by a pronoun or a name: "became king when he was about nine", "when
    # she was 12"; not a thing's, "the score was 3")
    span = range(q.start, min(q.end, len(tokens)))
    words = [j for j in span if tokens[j].lower_ not in _HEDGES]
    if not words:
        return q
    figure = tokens[words[-1]]
    head = figure.head if len(words) == 1 and figure.dep_ in ("attr", "acomp") else None
    was = q.unit == "" and head is not None and head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and (c.lower_ in _PEOPLE_PRONOUNS or c.pos_ == "PROPN") for c in head.children)
    if not (years_old or aged or beside or was):
        return q
    # (the figure: the whole of a bare number, "forty - four"; the first word of "12 - year"; past a hedge the amount
    # took in, "about nine"; both ends of two figures, "about eight or nine years old")
    if q.unit == "":
        values = [number_value([tokens[j].text for j in words])]
    else:
        def number_words(at: list[int]) -> list[str]:  # (a number's words: "forty - one")
            run = []
            for j in at:
                if not (tokens[j].like_num or tokens[j].text in ("-", "–") and run):
                    break
                run.append(tokens[j].text)
            return run
        either = next((n for n, j in enumerate(words) if tokens[j].lower_ in ("or", "to")), None)
        values = [number_value(number_words(words[:either])), number_value(number_words(words[either + 1:]))] \
            if either is not None else [number_value([tokens[words[0]].text])]
    if any(v is None or not 0 < v[0] < 130 for v in values):
        return q
    return Quantity(values[0][0] - 0.5, values[-1][0] + 0.5, "age", q.text, q.start, q.end, "age")


_BEFORE_BIRTHDAY = frozenset({"before", "until", "till", "til", "ahead", "short", "shy", "approaching",
                              "towards", "toward", "near", "nearing"})


def birthday_ages(tokens: Sequence[Token]) -> list[Quantity]:
    """How old someone was, said by the birthday it fell on: "died on 14 March 2005, his 94th birthday" is at 94 (an
    ordinal in figures on "birthday")."""
    found = []
    for k, t in enumerate(tokens):
        m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", t.lower_)
        if m is None or t.head.lemma_.lower() != "birthday" or not 0 < int(m.group(1)) < 130:
            continue
        # (not a birthday still to come, nor one never reached: "months before her 67th birthday" is at 66, "on what
        # would have been his 80th birthday" at no age of his)
        if t.head.head.lower_ in _BEFORE_BIRTHDAY or any(c.lower_ in ("would", "could", "might")
                                                        for c in t.head.head.children):
            continue
        n = int(m.group(1))
        found.append(Quantity(n - 0.5, n + 0.5, "age", t.text, k, k + 1, "age"))
    return found


def _ranges(found: list[Quantity], tokens: Sequence[Token]) -> list[Quantity]:
    """"50,000 to 80,000 spectators", "5 to 10 per cent": a bare number, "to", then a number with
    what it counts (or a share), is one range of that count. (A measure's bare first number is in a
    unit not known here: "1 to 2 km" stays two amounts.)"""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        between = [t.lower_ for t in tokens[prev.end:q.start]] if prev is not None else []
        # (a count or a share: a measure's bare first number is in a unit not known here)
        # (nor a measure the noun before it names, its unit after the second: "slopes of 30 to 45 degrees")
        named = prev is not None and not prev.unit and prev.counted and prev.start >= 2 \
            and tokens[prev.start - 1].lower_ == "of" and tokens[prev.start - 2].lemma_.lower() == prev.counted \
            and q.unit in ("degree", "%")
        # (or both ends in degrees, as a range of angles is written with its sign twice: "30° to 45°", "between
        # 30° and 45°", the one range "30 to 45 degrees" says)
        twice = prev is not None and prev.unit == q.unit == "degree" and prev.counted == q.counted
        if prev is not None and (not prev.unit and (not prev.counted or named) or twice) and (q.unit or q.counted) \
                and not q.unit.startswith("[") and q.unit not in CURRENCY.values() \
                and between in (["to"], ["and"], ["-"], ["–"]) and prev.low <= q.high \
                and (between != ["and"] or prev.start > 0 and tokens[prev.start - 1].lower_ == "between"):
            out[-1] = Quantity(prev.low, q.high, q.unit, "".join(t.text_with_ws for t in tokens[prev.start:q.end]).strip(),
                               prev.start, q.end, q.counted)
            continue
        out.append(q)
    return out


def _scale_before(tokens: Sequence[Token], start: int) -> str:
    """What a bare number is the value of, named right before it: "magnitude 7.0", "a magnitude of
    9.2", "a population of 2 million" (a lowercase noun, not a name's number: "Apollo 11")."""
    j = start - 1
    if j >= 1 and tokens[j].lower_ == "of":
        j -= 1
    # (not a word right before it that ranks the figure: "an NBA-record 38,387 career points" counts points; "a
    # record of minus 27 degrees" names it)
    if j >= 0 and tokens[j].pos_ == "NOUN" and tokens[j].text.islower() and tokens[j].is_alpha \
            and tokens[j].lemma_.lower() not in TIME_UNITS and not (tokens[j].lower_ == "record" and j == start - 1):
        return tokens[j].lemma_.lower()
    return ""


def _compound_measures(found: list[Quantity], tokens: Sequence[Token]) -> list[Quantity]:
    """"7 days, 18 hours and 49 minutes", "27 feet 2 inches": one measure written in several units,
    each smaller than the one before, is their sum, as precise as its last part."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        # ("23 ft 9 in": a bare figure straight after feet, then "in" with nothing it governs, is inches)
        if prev is not None and prev.unit == "[length]" and prev.counted in ("ft", "foot", "feet") and not q.unit \
                and q.start == prev.end and q.end < len(tokens) and tokens[q.end].lower_ in ("in", "in.") \
                and (q.end + 1 == len(tokens) or not tokens[q.end + 1].is_alpha
                     or tokens[q.end + 1].lower_ in ("tall", "long", "high", "wide", "deep", "from", "above", "below")):
            inch = physical("inch")
            if inch is not None:
                q = Quantity(round(q.low * inch[1], 9), round(q.high * inch[1], 9), inch[0], f"{q.text} {tokens[q.end].text}",
                             q.start, q.end + 1, "inch")
        between = [t.text.lower() for t in tokens[prev.end:q.start]] if prev is not None else []
        big, small = (physical(x.counted) if x is not None else None for x in (prev, q))
        if prev is not None and q.unit in DIMENSIONS and q.unit == prev.unit and big and small and big[1] > small[1] \
                and all(w in (",", "and") for w in between) and math.isfinite(prev.low + prev.high + q.low + q.high) \
                and q.high < prev.low and not _wording(tokens, q.start)[0] \
                and not any(prev.text.lower().startswith(w + " ") for w in LOWER + UPPER + ABOUT):
            value = (prev.low + prev.high) / 2 + (q.low + q.high) / 2
            half = (q.high - q.low) / 2
            out[-1] = Quantity(round(value - half, 9), round(value + half, 9), q.unit,
                               "".join(t.text_with_ws for t in tokens[prev.start:q.end]).strip(), prev.start, q.end,
                               prev.counted)
            continue
        out.append(q)
    return out


@lru_cache(maxsize=10_000)
def _people_word(word: str) -> bool:
    """Does WordNet know ``word`` as a noun for a kind of people ("the dead", "the wounded")?"""
    from .lexical import same_thing

    return word != "people" and same_thing("people", word)


# possessives that sort what follows them ("men's singles titles"), not ones that count whose ("nations' armies")
_SORTING_POSSESSIVES = frozenset({"men", "women", "children", "boys", "girls", "ladies", "gentlemen", "juniors",
                                  "seniors", "veterans", "people", "man", "woman"})


def _unit_after(tokens: Sequence[Token], k: int, value: float, precision: float
                ) -> tuple[str, str, float, float, int]:
    """The unit (or counted thing) after a number: "metres", "°C", "miles per hour", "vacuum tubes"."""
    if k < len(tokens) and tokens[k].text == "-" and k + 1 < len(tokens):
        k += 1  # hyphenated measures: "eight-year-old", "363-foot"
    if k >= len(tokens):
        return "", "", value, precision, k
    # "36 people died, 22 of them passengers": a share of those just counted, named after "of them"
    if k + 2 < len(tokens) and tokens[k].lower_ == "of" and tokens[k + 1].lower_ in ("them", "whom", "those") \
            and tokens[k + 2].tag_ in ("NNS", "NNPS") and tokens[k + 2].is_alpha:
        return tokens[k + 2].lemma_.lower(), tokens[k + 2].lemma_.lower(), value, precision, k + 3
    t = tokens[k]
    candidates: list[tuple[str, int]] = []
    if t.text == "°" and k + 1 < len(tokens):
        candidates.append(("°" + tokens[k + 1].text, k + 2))
    if t.text == "°" and (k + 1 >= len(tokens) or tokens[k + 1].lower_ not in ("c", "f", "k")):
        # a bare degree sign is an angle's degrees, as the word is ("inclined at 35°" / "at 30 degrees")
        return "degree", "degree", value, precision, k + 1
    if t.lower_ in ("degree", "degrees") and k + 1 < len(tokens) and tokens[k + 1].lower_ in (
            "celsius", "fahrenheit", "c", "f"):
        candidates.append(("°" + tokens[k + 1].text[0], k + 2))
    if k + 2 < len(tokens) and tokens[k + 1].lower_ == "per":
        candidates.append((f"{t.text} per {tokens[k + 2].text}", k + 3))
    if k + 2 < len(tokens) and tokens[k + 1].text == "/" and tokens[k + 2].text.rstrip(".").isalpha():
        candidates.append((f"{t.text} per {tokens[k + 2].text.rstrip('.')}", k + 3))  # "km/h"
    if t.lower_.rstrip(".") in _POWERS and k + 1 < len(tokens) and tokens[k + 1].is_alpha:
        candidates.append((f"{t.lower_.rstrip('.')} {tokens[k + 1].text}", k + 2))  # "square kilometres"
    if "/" in t.text and t.text.count("/") == 1:
        a, b = t.text.split("/")
        if a.isalpha() and b.rstrip(".").isalpha():
            candidates.append((f"{a} per {b.rstrip('.')}", k + 1))
    candidates += [(t.text, k + 1), (t.lemma_, k + 1)]
    for word, end in candidates:
        # the tagger reads "5 m" as a verb ("I'm"): a short abbreviation is a unit all the same
        readable = t.pos_ != "VERB" or len(t.text) <= 3
        unit = physical(word) if readable and (word[:1].islower() or word[:1] == "°" or word.rstrip(".") in CAPITAL_UNITS) \
            else None
        if unit:
            dim, factor, offset = unit
            return dim, t.lemma_.lower(), value * factor + offset, precision * factor, end
    # what the number counts: the noun it modifies ("seventeen hundred vacuum tubes")
    number = tokens[k - 1]
    noun = None
    if number.dep_ in ("nummod", "compound") and number.head.pos_ in ("NOUN", "PROPN") and \
            0 < number.head.i - number.i <= 4 and number.head in tokens \
            and sum(x.text in ("(", "[") for x in number.doc[number.i + 1:number.head.i]) \
            <= sum(x.text in (")", "]") for x in number.doc[number.i + 1:number.head.i]):
        # (not a bracket's word after it: "approx. 238 (UK and Ireland)" counts no "UK")
        noun = number.head
    else:
        for n in tokens[k:k + 3]:
            if n.pos_ == "NOUN":
                noun = n
                break
            if n.pos_ not in ("ADJ", "PROPN", "NOUN"):
                break
    # ("seven US national men's singles titles": a possessive noun says whose; the count is of the titles)
    # (a possessive that sorts the titles, "men's", "girls'", not one that counts whose: "five nations'
    # armies" counts nations, "three players' salaries" players)
    if noun is not None and noun.dep_ == "poss" and noun.head.pos_ == "NOUN" and noun.head in tokens \
            and 0 < noun.head.i - noun.i <= 3 and noun.lower_ in _SORTING_POSSESSIVES:
        noun = noun.head
    if noun is None and t.pos_ == "ADJ" and t.dep_ != "amod" and _people_word(t.lower_):
        # "30,000 dead", "200 injured": an adjective standing for the people it describes
        return t.lower_, t.lower_, value, precision, k + 1
    if noun is None or noun.lower_.rstrip(".") in ("v", "vs", "versus"):
        return "", "", value, precision, k  # "264 v Sri Lanka": the side played against, not what is counted
    lemma = noun.lemma_.lower()
    end = tokens.index(noun) + 1 if noun in tokens else k
    unit = physical(noun.text) if noun.text[:1].islower() else None
    if unit:  # "8,000 US tons": a unit after an adjective
        dim, factor, offset = unit
        return dim, lemma, value * factor + offset, precision * factor, end
    return CURRENCY.get(lemma, lemma), lemma, value, precision, end
