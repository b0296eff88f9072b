"""Dates in a statement: a year, a month of a year, a decade, a range; and how two compare.

Plain regular expressions over text whose characters were mapped one for one
(``text.same_length``), so every date keeps the offsets of the words it came from.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# the days of the week, written out
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
_MONTH_ALT = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_YEAR = r"(?:1[5-9]\d{2}|20\d{2})"
# Years before 1500 ("1066", "1455") look like counts ("1200 pages", "1000 km"): one counts as a year
# beside a month, after a word that introduces a time ("in 1455", "c. 1440", "between 1450 and
# 1455"), or alone at the start (a timeline line's "1455:", a "## 1476" heading)
_ANY_YEAR = r"(?:1\d{3}|20\d{2})"
_CLIPPED = r"['’]\d{2}"
# (what may close a note's bare two-figure year: an arrow, a bracket, a spaced dash, the end; not a time, "5 May
# 10:30", nor a count, "on 5 May 10 people", nor one of a list of counts, "Jul 38, Aug 41" (review 60))
_IN_THREE = re.compile(r"\b[Ii]n \d{3}(?!\d)")
_TWO_FIGURES = re.compile(r"(?<![\d,.])\d\d(?![\d:.,]\d|\d)")
_MONTH_FIGURES = re.compile(rf"\b(?:{_MONTH_ALT})\.?\s+\d{{2}}(?![\d:.,]\d)")
_CLIP_CLOSES = r"(?=\s*(?:->|→|\)|\s[-–—]\s)|\s*$)"
_PIVOT = 25
"""A clipped year up to '25 is of this century ("'05"), one after it of the last ("'72", "'29"). A
guess either way for the years near it ("'12" is 2012, never the Titanic's)."""


def _year(text: str) -> int:
    """A year as written, in full or clipped ("'72" -> 1972), or before the common era ("44 BC" -> -44)."""
    if text[:1] in "'’":
        yy = int(text[1:])
        return 2000 + yy if yy <= _PIVOT else 1900 + yy
    if (bc := re.fullmatch(r"(\d{1,4})\s?(?:BCE?|B\.C\.(?:E\.)?)", text)) is not None:
        return -int(bc.group(1))
    return int(text)
_EARLY = r"1[0-4]\d{2}"
# ("of", "to" and "and" only where they cannot end a count: "the summer of 1066", "dates back to 1220", not "a
# crew of 1200" or "grew to 1400"; a range's second year is read with its first)
_TIME_WORD = "|".join(rf"(?<=\b{re.escape(v)} )" for w in (
    "in", "by", "from", "until", "till", "since", "around", "before", "after", "circa", "year", "between", "c.", "ca.",
    "summer of", "winter of", "spring of", "autumn of", "fall of", "end of", "start of", "beginning of",
    "middle of", "year of", "years of", "late as", "early as", "dates back to", "date back to", "dated back to",
    "dating back to", "dates to", "date to", "dated to")
    for v in (w, w.capitalize()))
# (or after a verb that dates a beginning or an end, as notes write it: "Cambridge founded 1209", "est. 1088";
# or the making of a work, "Kissa Yojoki, written 1241", "Magna Carta sealed 1215"; a count after it takes its
# noun: "built 1200 ships")
_MAKING = ("written", "composed", "completed", "begun", "built", "sealed", "signed", "painted", "printed")
_DATING_VERB = "|".join(rf"(?<=\b{v} )" for w in (
    "founded", "established", "est.", "estd.", "chartered", "born", "died", "crowned", "consecrated", "opened",
    # (and the acts notes write short: "Yoshitsune d. 1189", "b. 1412", "pub. 1455")
    "d.", "b.", "pub.", "publ.", *_MAKING)
    for v in (re.escape(w), re.escape(w.capitalize())))
# (not a count a time after it dates: "Locomotives built 1250 by 1900", "built 1250 by the end of the war", "completed
# 1400 in four years"; "sealed 1215 by the king" is the year)
# the nouns of a period a span of early years follows: "Genpei War 1180-85", "Onin War 1467-77"
_PERIOD_WORD = "|".join(rf"(?<=\b{v} )" for w in (
    "war", "wars", "reign", "rebellion", "revolt", "uprising", "dynasty", "era", "period", "crusade", "siege",
    "campaign", "council", "schism", "plague", "famine", "papacy") for v in (w, w.capitalize()))
_SPELLED = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|\d+)"
_AFTER_COUNT = (rf"(?:\d|the\s+(?:end|close|start|beginning|middle|time|turn|outbreak|year|years|war)\b"
                rf"|{_SPELLED}\s+(?:years?|months?|weeks?|days?|decades?)\b)")
_DATED_IN = "|".join(rf"(?<=\b{v} in )" for v in ("founded", "established", "built", "born", "died", "crowned",
                                                   "consecrated", "opened", "signed"))
_EARLY_AT = (rf"(?:^|{_TIME_WORD}|(?:{_DATING_VERB})(?!{_EARLY}\s+(?:by|in|within|over|between|from|until|before|after|"
             rf"during)\s+{_AFTER_COUNT})|(?<=\bc\.)|(?<=\bca\.)|(?<=~))")  # ("c.1450", no space)
# a count's noun or measure after it: "around 1400 men", "1200 a day", "1200 m", "1450 hPa"
_NOT_AFTER_EARLY = (r"(?!\s*(?:km|m|kg|g|lb|lbs|ft|mi|mph|cm|mm|hPa|p|pp|BC|BCE|%|percent|per|men|women|people|"
                    r"children|feet|sheep|cattle|a\s+(?:day|week|month|year))\b)")

# Feasts on a fixed day of the Western calendar (not a moveable one, as Easter; not one country's own
# day, as an Independence Day), as (month, day).
FEASTS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
          "new year's eve": (12, 31), "new year's day": (1, 1), "halloween": (10, 31),
          "valentine's day": (2, 14), "st patrick's day": (3, 17), "st. patrick's day": (3, 17)}
_FEAST_ALT = "|".join(w.title().replace("'S", "'s").replace(" ", r"\s+").replace("'", "['’]")
                      .replace(".", r"\.") for w in sorted(FEASTS, key=len, reverse=True))

_CENTURY_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth", "twenty-first")
_CENTURY_ALT = r"1st|2nd|3rd|[4-9]th|1\dth|20th|21st|" + "|".join(sorted(_CENTURY_WORDS, key=len, reverse=True))
# the part of a century said before it: its share of the hundred years, as offsets from its start
_CENTURY_PARTS = {"early": (0, 33), "mid": (33, 66), "middle": (33, 66), "late": (66, 99), "end": (80, 99),
                  "beginning": (0, 20), "start": (0, 20), "turn": (-10, 10), "first half": (0, 49), "second half": (50, 99)}
_CENTURY_PART_SPANS = frozenset(_CENTURY_PARTS.values())
_CENTURY_PART = "|".join(sorted((k.replace(" ", r"\s") for k in _CENTURY_PARTS), key=len, reverse=True))


def _century(word: str) -> int:
    """The number of a century written "18th" or "eighteenth"."""
    w = word.lower()
    return int(re.sub(r"\D", "", w)) if w[:1].isdigit() else _CENTURY_WORDS.index(w) + 1


def _part_of_century(start: int, part: str) -> DateSpan:
    """The years of a century starting at ``start`` (its year furthest back) that ``part`` ("early", "turn", or ""
    for all of it) gives. A century's turn is said roughly, no span with written ends: "the turn of the 20th century"."""
    a, b = _CENTURY_PARTS[re.sub(r"\s+", " ", part.lower())] if part else (0, 99)
    return DateSpan(start + a, start + b, rough=(a, b) == _CENTURY_PARTS["turn"])


# "20-21 May", "from 8 to 10 October", "between 3 and 5 June": a range of days in one month
_DAYS = r"(?:(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]|to|until|through|and)\s*)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"

# Order matters: the longer forms are tried first and claim their span.
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b({_ANY_YEAR})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b")),
    # "on Christmas Eve 1871": a feast on a fixed day of the calendar is that day
    ("feast", re.compile(rf"\b({_FEAST_ALT})(?:,?\s+(?:of\s+)?({_ANY_YEAR}))?\b")),
    # "20-21 May 1927": a range of days is one date
    ("day_month_year", re.compile(rf"\b{_DAYS}({_MONTH_ALT})\.?,?\s+({_ANY_YEAR})\b")),
    # "15 March 44 BC", "February 44 BC": a day or a month of a year before the common era is one date
    ("day_month_bc", re.compile(rf"\b{_DAYS}({_MONTH_ALT})\.?,?\s+(\d{{1,4}}\s?(?:BCE?|B\.C\.(?:E\.)?))(?!\w)")),
    ("month_bc", re.compile(rf"\b({_MONTH_ALT})\.?()\s+(\d{{1,4}}\s?(?:BCE?|B\.C\.(?:E\.)?))(?!\w)")),
    # "25 Oct '72", "Oct '72": notes clip the century off a year after a month
    ("day_month_year", re.compile(rf"\b{_DAYS}({_MONTH_ALT})\.?,?\s+({_CLIPPED})(?!\w)")),
    ("month_year", re.compile(rf"\b({_MONTH_ALT})\.?()\s+({_CLIPPED})(?!\w)")),
    # "5 May 89 ->", "Valmy 20 Sep 92", "(28 Jul 94)", "Apr 92": a note's day and month, or a month, and then two
    # bare figures that close the note or its clause are a year with its century left off (a month's two figures
    # can be no day above 31); its century is the other side's, as a clipped year's is
    ("day_month_clip", re.compile(rf"\b{_DAYS}({_MONTH_ALT})\.?,?\s+(\d{{2}}){_CLIP_CLOSES}")),
    ("month_clip", re.compile(rf"\b({_MONTH_ALT})\.?()\s+(3[2-9]|[4-9]\d){_CLIP_CLOSES}")),
    ("early_range", re.compile(rf"{_EARLY_AT}(?:between\s+|from\s+)?({_EARLY})\s*(?:-|–|to|until|and|through)\s*"
                               rf"({_ANY_YEAR}|\d{{2}})\b(?!\s*(?:-|,)?\d)(?!\s+[a-z]+s\b){_NOT_AFTER_EARLY}")),
    # "Genpei War 1180-85": an early year and a later one, joined by a dash, a span of a few decades at most
    # (not a count's range, "1100-1150 men", nor a page's, "pp. 1180-85")
    # (only after the name of a period, a war or a reign: not a score, "lost to Brill 1210-1240", a model, "the
    # Velden 1200-40 tractor", house numbers, prices or times of day (review 59b))
    ("early_dash_range", re.compile(rf"(?:{_PERIOD_WORD})({_EARLY})\s*[-–]\s*({_EARLY}|\d{{2}})\b"
                                    rf"(?!\s*(?:-|,)?\d)(?!\s+[a-z]+s\b){_NOT_AFTER_EARLY}")),
    ("range", re.compile(rf"\b(?:between\s+|from\s+)?({_YEAR})\s*(?:-|to|until|and|through)\s*({_YEAR}|\d{{2}})\b"
                         rf"(?!\s*(?:-|,)?\d)(?!\s+[a-z]+s\b(?<!\bas\b)(?<!\bis\b)(?<!\bwas\b))")),
    # "the 5th century BC", "c. 5th century BC", "early 3rd century BCE", "3rd c. BC": a century before the common era
    # (its era says it is one, with or without "the")
    ("century_bc", re.compile(rf"(?:\b({_CENTURY_PART})(?:\s+of\s+the|-|\s)\s*)?\b({_CENTURY_ALT})[- ](?:century|c\.)\s*"
                              rf"(?:BCE?|B\.C\.(?:E\.)?|before\s+Christ)(?!\w)", re.IGNORECASE)),
    # "the 18th century", "the eighteenth-century trade", "the late 18th century" (after "the": "its
    # first century" is a count of years; not one before the common era)
    # (with the era it may name, "the 6th century AD", "CE")
    ("century", re.compile(rf"(?:(?<=\bthe )|(?<=\ba ))(?:({_CENTURY_PART})(?:\s+of\s+the|-|\s)\s*)?({_CENTURY_ALT})[- ]century\b"
                           rf"(?!\s*(?:BCE?|B\.C\.|before\s+Christ))(?-i:\s*(?:CE|C\.E\.|AD|A\.D\.)(?!\w))?",
                           re.IGNORECASE)),
    # "6th century CE", "the 2nd century AD": its era says it is one of the common era, with or without "the"
    ("century", re.compile(rf"(?:\b({_CENTURY_PART})(?:\s+of\s+the|-|\s)\s*)?\b({_CENTURY_ALT})[- ]century\s*"
                           rf"(?:CE|C\.E\.|AD|A\.D\.)(?!\w)")),
    # "18th c. luxury candle", "late 17th c.": notes clip "century" to "c." (circa stands before a year)
    # (not one before the common era, as above: "3rd c. BC" is no third century AD)
    ("century", re.compile(rf"(?:\b({_CENTURY_PART})[- ])?\b({_CENTURY_ALT})[- ]?c\.(?=[\s,;:)]|$)"
                           rf"(?!\s*(?:BCE?|B\.C\.|before\s+Christ))", re.IGNORECASE)),
    ("decade", re.compile(r"\b(1\d{2}0|20\d0)'?s\b")),
    # "born in the fifties", "the '60s": a decade of the twentieth century said short (after "the":
    # "in his fifties" is an age; "in the 60s" may be a temperature)
    ("decade_word", re.compile(r"(?<=\bthe )(?:(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
                               r"|['’]([2-9]0)s)\b", re.IGNORECASE)),
    # "In 408 Alaric ...", "in 455, the Vandals ...": three figures after "in" and before a name or a
    # comma are a year (not "in 300 cases")
    # (or, opening a sentence, before an article: "In 911 the Treaty ...", "In 845 a Viking fleet ..."; not "in 300
    # the fever returned", "in 150 his first season" (review 60))
    ("in_year", re.compile(r"(?<=\b[Ii]n )(\d{3})(?!\s*(?:BCE?|B\.C\.))(?=,|\.|\s+[A-Z]|\s*$)")),
    ("in_year", re.compile(r"(?:(?<=^In )|(?<=[.;:!?] In ))(\d{3})(?=\s+the\s|\s+an?\s+[A-Z])")),
    # (or after a verb that dates a beginning or an end, before where: "was founded in 930 at Thingvellir"; not "meets
    # in 204 at the town hall", "finished in 245 at the games")
    ("in_year", re.compile(rf"(?:{_DATED_IN})(\d{{3}})(?=\s+at\s+[^\W\d_])")),
    # "AD 408", "A.D. 79", "408 AD", "79 CE": a year of the common era, said so
    ("ad_year", re.compile(r"(?<![\w.])(?:AD|A\.D\.)\s?(\d{1,4})\b")),
    ("ad_year", re.compile(r"\b(\d{1,4})\s?(?:AD|A\.D\.)(?![\w])")),
    # ("CE" after a line's start or a word of time only: not "Studio 3 CE", "a Brill 280 CE" (review 59b))
    ("ce_year", re.compile(rf"(?:^|{_TIME_WORD}|(?<=\bc\.)|(?<=~))(\d{{1,4}})\s?(?:CE|C\.E\.)(?![\w])")),
    # "410 - The Visigoths sack Rome", "c. 760: Lu Yu writes ...": a year of three figures opening a
    # timeline's line, before a colon or a spaced dash and a capital
    ("lead_year", re.compile(r"^\s*((?:\bc\.|\bca\.|\bcirca|~)\s*)?(\d{3})(?=\s*(?::|\s[-–—])\s+[A-Z])")),
    # (or before a name that is no plural, what was done there, and a note's arrow later in the line: "845 Paris
    # sacked -> ..."; not "300 Spartans -> ...", "500 British troops -> landed", a count, "147 Brill -> maximum
    # break", a score, "145 Kell describes ...", a page (review 60))
    ("lead_year", re.compile(r"^\s*((?:\bc\.|\bca\.|\bcirca|~)\s*)?(\d{3})(?=\s+[A-Z][\w'’.-]*?(?:[^\WsS]|[iuIUsS][sS])\b(?!')"
                             r"\s+[a-z]+ed\b[^\n]*?(?:->|→))")),
    # "214 BC", "c. 300 BCE": a year before the common era, counted below zero
    ("bc_year", re.compile(r"\b(\d{1,4})\s?(?:BCE?|B\.C\.(?:E\.)?)(?!\w)")),
    ("month_year", re.compile(rf"\b({_MONTH_ALT})\.?(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?,?)?\s+({_ANY_YEAR})\b")),
    # (not the first end of a range of counts: "climbs from 1000 to 1200 m")
    # (not a count before its plural noun, "around 1400 men"; "as", "is" and "was" are no plurals: "in 1222 as a
    # breakaway")
    ("early_year", re.compile(rf"{_EARLY_AT}({_EARLY})(?!\d|,\d|\.\d|s\b)"
                              rf"(?!\s*[-–]?\s*[a-z]+s\b(?<!\bas\b)(?<!\bis\b)(?<!\bwas\b))"
                              rf"(?!\s*(?:-|–|to|and|until|through)\s*\d){_NOT_AFTER_EARLY}")),
    # (or alone in brackets after a name: "Naples (1224): set up by Frederick II")
    ("early_year", re.compile(rf"(?<=[A-Za-z] \()({_EARLY})(?=\))")),
    # (or a note's, after a capitalised name and before an arrow, a comma, a colon or "w/": "Kraków 1364 -> founded
    # by ...", "back from China 1191 w/ tea seeds")
    # (and before a timeline's spaced dash, "Kyoto 1467 - Onin War begins")
    # (and a year after a place before a plural noun, the things of that year there: "Berlin 1936 games", "Mexico 1968
    # protests"; the place is asked in find_dates)
    ("place_year", re.compile(rf"(?<=[^\W\d_] )({_YEAR})(?=\s+[a-z]+s\b)")),
    ("named_early_year", re.compile(rf"(?<=[^\W\d_] )({_EARLY})(?=\s*(?:->|→|[,;:)]|\s+w/|$)|\s+[-–—]\s)")),
    # "came to the US in '33", "Agon ('57)": a clipped year after a word that introduces a time, or alone
    # in brackets
    # (or a note's, after a name and before a colon, a comma, an arrow or the line's end: "Wimbledon '75 ->",
    # "Becker '85: 17 yrs old")
    # (or an edition's, after "the" and before what it dates: "lost the '74 final", "the '66 World Cup")
    ("clipped_year", re.compile(rf"(?:{_TIME_WORD}|(?<=\())({_CLIPPED})(?![\w'’])"
                                rf"|(?<=[A-Za-z] )({_CLIPPED})(?=\s*(?:[:,;)]|->|[-–—]\s|$))"
                                rf"|(?<=\b[Tt]he )({_CLIPPED})(?=\s+[A-Za-z])"
                                # (or an edition's after its capitalised name, whatever follows: "Expo '70 attracted
                                # ...", "Woodstock '69 drew ...")
                                rf"|(?<=[A-Za-z] )({_CLIPPED})(?=\s+[a-z])")),
    ("year", re.compile(rf"(?<![\d,.])({_YEAR})(?!\d|,\d|\.\d|s\b)(?!\s+[a-z]+s\b(?<!\bas\b)(?<!\bis\b)(?<!\bwas\b))")),
    # (not a numbered part: "chapter 5 March")
    ("day_month", re.compile(rf"(?<!chapter )(?<!Chapter )(?<!page )(?<!section )(?<!part )"
                             rf"\b{_DAYS}({_MONTH_ALT})\b")),
    ("month_day", re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d)")),
    ("month", re.compile(rf"\b({_MONTH_ALT})\b\.?")),
]


_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90}


@dataclass(frozen=True, order=True)
class DateSpan:
    """A date at year, month or day precision; a decade or range spans several years, and
    "20-21 May 1927" several days."""

    year_lo: int | None
    year_hi: int | None
    month: int | None = None
    day_lo: int | None = None
    day_hi: int | None = None
    century_free: bool = False
    """A decade said without its century ("the seventies", "the '70s"): read in the twentieth, it
    takes the century of the date it is compared with ("in the seventies" against 1876)."""
    rough: bool = False
    """Years the reader counted, not the writer's span: "120 years ago" in 2024 is 1903 or 1904, one
    of them, not the time between; a fact's year inside it agrees."""

    def label(self) -> str:
        def year(y: int) -> str:
            return f"{-y} BC" if y < 0 else str(y)

        years = "" if self.year_lo is None or self.year_hi is None else (
            # (a year written without its century is said so: "Apr 92" is April '92, not 1992)
            f"'{self.year_lo % 100:02d}" if self.century_free and self.year_lo == self.year_hi else
            year(self.year_lo) if self.year_lo == self.year_hi else
            # (a count's two years are one or the other: "120 years ago" in 2024 is "1903 or 1904")
            f"{year(self.year_lo)} or {year(self.year_hi)}" if self.rough and self.year_hi == self.year_lo + 1 else
            f"{year(self.year_lo)}-{year(self.year_hi)}")
        if self.rough:
            return years  # (a month the reader counted to is said where it conflicts: ``compare_dates``)
        month = MONTH_NAMES[self.month] if self.month else ""
        day = "" if not (self.month and self.day_lo) else (
            str(self.day_lo) if self.day_lo == self.day_hi else f"{self.day_lo}-{self.day_hi}")
        return " ".join(p for p in (day, month, years) if p)

    def days_differ(self, other: DateSpan) -> bool:
        """Both give the day of one month, and the days do not meet; or both give a span of days
        ("8-12 October" against "from 8 to 10 October"), and the spans start or end apart."""
        if not (self.day_lo and other.day_lo and self.month and self.month == other.month):
            return False
        if self.day_lo != self.day_hi and other.day_lo != other.day_hi:
            return (self.day_lo, self.day_hi) != (other.day_lo, other.day_hi)
        return self.day_hi < other.day_lo or other.day_hi < self.day_lo  # type: ignore[operator]


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _days(first: str | None, last: str | None) -> tuple[int | None, int | None]:
    """The days a date names ("20-21", "20"), or none when the day is not a day of a month."""
    if not last:
        return None, None
    hi = int(last)
    lo = int(first) if first else hi
    if not 1 <= lo <= hi <= 31:
        return None, None
    return lo, hi


CIRCA = r"(?:\bc\.|\bca\.|\bcirca|~)"
"""What says "about" before a year ("c.1450", "circa 1450", "~1450"); ``layout`` reads timeline lines with it."""
_CIRCA = re.compile(rf"{CIRCA}\s*$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?:^|[^.:;!?]\s)([A-Z][a-z]+)\s$")
# capitalised words before a month that are no first name ("In March Curie ...", "Early May")
_NOT_A_NAME = STOP_WORDS | {"early", "late", "mid", "last", "next", "since", "until", "during", "from", "till"}
_NAME_AFTER = re.compile(r"\s[A-Z][a-z]+")


def _listed_days(text: str, a: int, m: re.Match[str]) -> bool:
    """"on 3 and 5 June": two days listed, not a span (only "between 3 and 5 June" spans them)."""
    return re.match(r"\d{1,2}(?:st|nd|rd|th)?\s+and\b", m.group(0)) is not None \
        and not re.search(r"\bbetween\s+$", text[max(0, a - 12):a], re.IGNORECASE)


_CLIPPED_ANYWHERE = re.compile(_CLIPPED)


_NOT_PLURALS = frozenset({"was", "has", "is", "as", "its", "this", "thus", "his", "hers", "us", "yes", "whereas"})


def _count_after_making(before: str) -> bool:
    """Does ``before`` end on a plural noun and a participle of making ("copies printed ", "cars built "), after
    which a number counts what was made?"""
    # (capitalised only as a line's first word: "Copies signed 1200 by the author", not "Canterbury Tales written 1387")
    m = re.search(rf"(?:\b([a-z]+s)|^\s*([A-Z][a-z]+s))\s+(?:{'|'.join(_MAKING)})\s+$", before)
    word = m and (m.group(1) or m.group(2).lower())
    return bool(word) and word not in _NOT_PLURALS and not word.endswith("ss")


def _after_place(before: str) -> bool:
    """Is the word before a place's name ("Berlin", "Mexico")?"""
    words = before.split()
    if not words or not words[-1][:1].isupper():
        return False
    from . import lexical

    return lexical.is_place((words[-1].strip("([\"'").lower(),))


def _names_a_where_or_who(before: str) -> bool:
    """Is the word before a note's early year a place's or a person's name ("China 1191", "Kraków 1364", "Eisai
    1191"), not letters or a capitalised common noun that numbers things ("NGC 1300", "BWV 1046", "Flight 1380")?"""
    words = before.split()
    if not words or not words[-1][:1].isupper():
        return False
    word = words[-1].strip("([\"'")
    if len(word) > 1 and word.isupper():
        return False
    from . import lexical  # (WordNet, asked only of a capitalised word before an early year)

    # (a common noun is a name after "the": "rounded the Cape 1488")
    return _after_place(before) or not lexical.known_word(word.lower()) \
        or len(words) > 1 and words[-2].lower() == "the"


# what says a year and the next written short ("2010-11") is a span of years, not an ISO month: "the", "in",
# "during" or "FY" before it ("won the league in 2009-10"; a note writes a month in ISO form bare, "released
# 2009-10"), a season's word after it, or a run before it ("three Cups in a row, 2002-04")
_SPAN_BEFORE = re.compile(r"\b(?:the|in|during|fy)\s+$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s*(?:season|campaign|term|session|series|winter"
                         r"|(?:school|academic|fiscal|financial|tax)\s+year)s?\b", re.IGNORECASE)
_SPAN_RUN = re.compile(r"\b(?:in\s+a\s+row|straight|consecutive|successive|back-to-back|running)\b", re.IGNORECASE)


def _span_said(text: str, a: int, b: int) -> bool:
    """Do the words around ``text[a:b]`` ("2010-11") say a span of years?"""
    return _SPAN_BEFORE.search(text[max(0, a - 8):a]) is not None or _SPAN_AFTER.match(text, b) is not None \
        or _SPAN_RUN.search(text[:a]) is not None


def find_dates(text: str) -> tuple[list[DateSpan], list[tuple[int, int]]]:
    """Dates in normalised text, with the character spans they occupy."""
    found: list[tuple[int, DateSpan]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    clipped = _CLIPPED_ANYWHERE.search(text) is not None
    dashed = re.search(r"\d\s*[-–]\s*\d", text) is not None
    before_era, common_era = "B" in text, "CE" in text or "C.E." in text
    # (two figures standing alone first, a plain pattern: the month's alternation costs a pass over every text)
    bare_clip = _TWO_FIGURES.search(text) is not None and _MONTH_FIGURES.search(text) is not None
    in_three = _IN_THREE.search(text) is not None
    for kind, pat in _DATE_PATTERNS:
        if kind == "clipped_year" and not clipped:
            continue  # (its many look-behinds cost a pass over every text; few have a clipped year at all)
        # (so do these, for the few texts with a dash between figures, a year BC or one of the common era)
        if kind == "in_year" and not in_three:
            continue  # (its look-behinds cost a pass over every text; few have "in" and three figures at all)
        if kind in ("day_month_clip", "month_clip") and (not bare_clip or len(_MONTH_FIGURES.findall(text)) > 1):
            continue  # (a month's figures listed, "highs: Jul 38, Aug 41", are counts)
        if kind == "early_dash_range" and not dashed or kind in ("day_month_bc", "month_bc") and not before_era \
                or kind == "ce_year" and not common_era:
            continue
        for m in pat.finditer(text):
            a, b = m.span()
            if kind == "clipped_year" and (m.group(2) or m.group(4)) and not text[:a].split()[-1][:1].isupper():
                continue  # (after a name: "Wimbledon '75", not "the Class of '72")
            if kind == "clipped_year" and m.group(4) and _a_persons_name_before(text[:a]):
                continue  # (review 52b: after a person's name it is her class's year, "Ann Kell '72 founded ...", no
                # edition's; only an event's name has one, "Expo '70 attracted ...")
            if not free(a, b):
                continue
            if kind == "named_early_year" and not _names_a_where_or_who(text[:a]):
                continue  # (after a name only: "Kraków 1364 ->", not "sold for 1200, a fortune")
            if kind == "place_year" and not _after_place(text[:a]):
                continue
            if kind == "early_year" and _count_after_making(text[:a]):
                continue  # ("copies printed 1250, Nov 1859": what a plural's making counted)
            g = m.groups()
            if kind == "feast":
                # (with a year, or said as a day, "on Christmas Eve": not "A Christmas Carol", "Halloween" the film)
                if not g[1] and not re.search(r"\b(?:on|by|until|till|before|after)\s+$", text[max(0, a - 8):a], re.IGNORECASE):
                    continue
                month, day = FEASTS[re.sub(r"\s+", " ", g[0].lower().replace("’", "'"))]
                year = int(g[1]) if g[1] else None
                span = DateSpan(year, year, month, day, day)
            elif kind == "iso":
                year, month = int(g[0]), int(g[1])
                # ("the 2010-11 season", "3 Cups in a row, 2002-04": a year and the next year or two written short
                # span the years, as "1981-82" does; not "2019-05", "2002-03-14", a month in ISO form)
                # (only where the words say a span, `_span_said`: a note's "released 2009-10", "filed for bankruptcy
                # 2008-09" is a month, October, September)
                if g[2] is None and 0 < month - year % 100 <= 3 and _span_said(text, a, b):
                    span = DateSpan(year, year - year % 100 + month)
                else:
                    span = DateSpan(year, year, month, *_days(None, g[2]))
            elif kind in ("range", "early_range", "early_dash_range"):
                lo = int(g[0])
                hi = int(g[1]) if len(g[1]) == 4 else (lo // 100) * 100 + int(g[1])
                if hi <= lo or kind == "early_dash_range" and hi - lo > 50:
                    continue
                # (not a timeline's year and then its day: "1909 - 25 July: Blériot crosses the Channel")
                after = re.match(r"\s*([A-Za-z]+)", text[b:])
                if len(g[1]) <= 2 and after is not None and after.group(1).lower().rstrip(".") in MONTHS:
                    continue
                # ("in 1972 and 1974" lists two years; only "between 1972 and 1974" spans them)
                if re.search(r"\band\b", m.group(0)) and len(g[1]) == 4 \
                        and not re.search(r"\bbetween\s+$", text[max(0, a - 12):a] + m.group(0)[:m.start(1) - a],
                                          re.IGNORECASE):
                    first, second = m.span(len(g) - 1), m.span(len(g))
                    found.extend([(first[0], DateSpan(lo, lo)), (second[0], DateSpan(hi, hi))])
                    taken.extend([first, second])
                    continue
                span = DateSpan(lo, hi)
            elif kind == "century_bc":
                # (the 5th century BC runs from 500 to 401 BC: its start is the year furthest back)
                span = _part_of_century(-_century(g[1]) * 100, g[0])
            elif kind == "century":
                span = _part_of_century((_century(g[1]) - 1) * 100, g[0])
            elif kind == "decade_word":
                lo = 1900 + (_DECADE_WORDS[g[0].lower()] if g[0] else int(g[1]))
                span = DateSpan(lo, lo + 9, century_free=True)
            elif kind == "decade":
                # ("the 1700s" is a century; "the 1900s" and "the 2000s" are more often read as decades)
                lo = int(g[0])
                span = DateSpan(lo, lo + (99 if lo % 100 == 0 and lo < 1900 else 9))
            elif kind in ("month_year", "month_bc"):
                span = DateSpan(_year(g[2]), _year(g[2]), _month(g[0]), *_days(None, g[1]))
            elif kind in ("day_month_clip", "month_clip"):
                year = 1900 + int(g[3] if kind == "day_month_clip" else g[2])
                span = DateSpan(year, year, _month(g[2] if kind == "day_month_clip" else g[0]),
                                *(_days(g[0], g[1]) if kind == "day_month_clip" else _days(None, g[1])), century_free=True)
            elif kind in ("day_month_year", "day_month", "day_month_bc"):
                years = (_year(g[3]),) * 2 if kind != "day_month" else (None, None)
                if g[0] and _listed_days(text, a, m):
                    found.extend([(a, DateSpan(*years, _month(g[2]), *_days(None, g[0]))),
                                  (m.start(2), DateSpan(*years, _month(g[2]), *_days(None, g[1])))])
                    taken.extend([m.span(1), (m.start(2), b)])
                    continue
                span = DateSpan(*years, _month(g[2]), *_days(g[0], g[1]))
            elif kind == "bc_year":
                year = -int(g[0])
                span = _about(year) if _CIRCA.search(text[max(0, a - 8):a]) else DateSpan(year, year)
            elif kind == "clipped_year":
                # (its century a guess: "Petrushka ('11)" is held to the fact's 1911)
                clip = g[0] or g[1] or g[2] or g[3]
                span = DateSpan(_year(clip), _year(clip), century_free=True)
            elif kind in ("in_year", "ad_year", "ce_year"):
                span = DateSpan(int(g[0]), int(g[0]))
            elif kind == "lead_year":
                year = int(g[1])
                span = _about(year) if g[0] else DateSpan(year, year)
            elif kind in ("year", "early_year", "named_early_year", "place_year"):
                year = int(g[0])
                # "c.1450", "circa 1450": about then, a few years either way
                span = _about(year) if _CIRCA.search(text[max(0, a - 8):a]) else DateSpan(year, year)
            elif kind == "month_day":
                span = DateSpan(None, None, _month(g[0]), *_days(None, g[1]))
            else:
                # "May" is also a verb: only a capitalised May away from the start counts.
                if g[0] == "May" and (a == 0 or text[max(0, a - 2):a].strip() in {".", ":"}):
                    continue
                # "Richard March Hoe", "Theresa May Smith": a month between two names is a name
                before = _NAME_BEFORE.search(text[:a])
                if before and before.group(1).lower() not in _NOT_A_NAME and _NAME_AFTER.match(text[b:]):
                    continue
                # ("In 1875 Jan Smit of Delft", "Jun Maekawa": "Jan" or "Jun" with no full stop before a capitalised
                # word is a first name; a month is written "Jan." or in full there)
                after = _NAME_AFTER.match(text[b:])
                if g[0] in ("Jan", "Jun") and not text[a:b].endswith(".") and text[b:b + 1] != "." and after \
                        and after.group(0).strip().lower() not in MONTHS:
                    continue
                span = DateSpan(None, None, _month(g[0]))
            if span.day_hi is not None and span.month is not None and span.day_hi > _month_length(span):
                span = DateSpan(span.year_lo, span.year_hi, span.month)  # "2020-02-31": no such day
            found.append((a, span))
            taken.append((a, b))
    found.sort(key=lambda t: t[0])
    taken.sort()
    # "from 27 April to 29 October 1967": the first end of a range written without its year has the second's (the
    # year before, where its month comes later in the year: "from 12 December to 3 January 1900")
    spans = dict(taken)
    for k in range(len(found) - 1):
        (a, d), (c, e) = found[k], found[k + 1]
        if d.year_lo is None and d.month is not None and e.year_lo is not None and e.year_lo == e.year_hi \
                and e.month is not None and a in spans and _RANGE_JOIN.fullmatch(text[spans[a]:c]):
            # (review 52b: "and" joins a range only after "between"; elsewhere it lists dates, in no order, "on 9 June
            # and 5 May 1990", each of the year written: no year before)
            listed = re.match(r"\s*and\b", text[spans[a]:c], re.IGNORECASE) is not None and not re.search(
                r"\bbetween\s+$", text[max(0, a - 12):a], re.IGNORECASE)
            later = d.month > e.month and not listed
            # (review 52b: and the year before only where the range so read runs less than half a year, over the
            # new year, "from 12 December to 3 January 1900": a first end a month or few earlier in the year than the
            # second is as likely a day moved back, "brought forward from 6 June to 3 May 1990", as a range of
            # eleven months: it keeps no year, as before)
            if later and d.month - e.month < 6:
                continue
            year = e.year_lo - (1 if later else 0)
            found[k] = (a, DateSpan(year, year, d.month, d.day_lo, d.day_hi))
    return [d for _, d in found], taken


def _a_persons_name_before(text: str) -> bool:
    """Do the capitalised words that end ``text`` open on a given name ("Ann Kell ", "Tom Vero's ")?"""
    from .lexical import given_name  # (lexical is heavy, and only a clipped year after a name asks it)
    words = text.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    return k < len(words) and given_name(re.sub(r"['’]s$|\W", "", words[k]))


# what joins a range's two ends ("27 April to 29 October 1967", "3–9 May", "May until June 1990")
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|and|[-–—])\s*", re.IGNORECASE)


def with_context(dates: list[DateSpan], context: list[DateSpan]) -> list[DateSpan]:
    """Give month-only dates the year of their context (a timeline heading); keep the rest."""
    years = [c for c in context if c.year_lo is not None]
    if not years:
        return dates
    ctx = years[-1]
    if not dates:
        return [DateSpan(ctx.year_lo, ctx.year_hi)]
    return [DateSpan(ctx.year_lo, ctx.year_hi, d.month, d.day_lo, d.day_hi) if d.year_lo is None else d
            for d in dates]


def _finer(claim: DateSpan, fact: DateSpan) -> bool:
    """Does the claim's date say more than the fact's: a month the fact lacks, a day it lacks, a
    year inside the fact's decade or span?"""
    if claim.month and not fact.month and not claim.rough:
        return True  # (a month the reader counted to is no more than the year: "a year later" than 10 December 1868)
    if claim.day_lo and not fact.day_lo and claim.month == fact.month:
        return True
    # ("8-12 October" against "10 October": the span's ends are the claim's own)
    if claim.day_lo != claim.day_hi and fact.day_lo and fact.day_lo == fact.day_hi and claim.month == fact.month:
        return True
    return (claim.year_hi - claim.year_lo) < (fact.year_hi - fact.year_lo)  # type: ignore[operator]


_ABOUT = 5
"""How many years either way "c. 1450" spans."""


def _about(year: int) -> DateSpan:
    return DateSpan(year - _ABOUT, year + _ABOUT)


def at_an_end(claim: DateSpan, fact: DateSpan) -> bool:
    """Is the fact's one year an end of the claim's written span ("1867" of "1867-1934")?"""
    return _span(claim) and fact.year_lo == fact.year_hi and fact.year_lo in (claim.year_lo, claim.year_hi) \
        and not fact.month


def within(claim: DateSpan, fact: DateSpan) -> bool:
    """Does the claim's date fall inside the fact's and say more ("c. 1310" in "the early 14th
    century")? The fact dates the same thing, less finely."""
    return claim.year_lo is not None and fact.year_lo is not None and _years_overlap(claim, fact) \
        and _finer(claim, fact)


def _inside(fact: DateSpan, claim: DateSpan) -> bool:
    """Is the fact's one year inside a span of years the claim writes out ("Merckx (1969-73)"
    against his hour record of 1972; "built in 1887-1895" against "built in 1887")? It dates
    something in that time, not the span. (A lifetime after a name is backed by a birth or a death
    at one end: ``align`` says so, knowing where the span stands.)"""
    # (not "c. 300 BC", a year said roughly, read as a span about it: its width and ends give it away)
    roughly = claim.year_hi - claim.year_lo == 2 * _ABOUT or claim.rough  # type: ignore[operator]
    return _span(claim) and not roughly and fact.year_lo == fact.year_hi \
        and claim.year_lo <= fact.year_lo <= claim.year_hi  # type: ignore[operator]


def _same_month(claim: DateSpan, fact: DateSpan) -> bool:
    """The same month; or, of a month the reader counted to ("barely a year later" than 10 December
    1868), one within three months of it (not January 1869, eleven months before)."""
    if not claim.rough:
        return claim.month == fact.month
    return abs(claim.month - fact.month) <= 3  # type: ignore[operator]


def _years_overlap(a: DateSpan, b: DateSpan) -> bool:
    return a.year_lo <= b.year_hi and b.year_lo <= a.year_hi  # type: ignore[operator]


def _month_length(d: DateSpan) -> int:
    if d.year_lo is None or d.year_lo != d.year_hi:
        return 29 if d.month == 2 else calendar.monthrange(2000, d.month)[1]  # type: ignore[arg-type]
    return calendar.monthrange(d.year_lo, d.month)[1]  # type: ignore[arg-type]


def _span(d: DateSpan) -> bool:
    """A span of years ("1956-1964") that says where a period starts and ends: not a decade or a
    century (a written "1950-1959" reads as the 1950s too)."""
    if d.year_lo is None or d.year_hi is None or d.year_hi == d.year_lo or d.rough:
        return False
    # (nor a part of a century: "the early 14th century" has no written ends)
    start = d.year_lo // 100 * 100
    part = (d.year_lo - start, d.year_hi - start) in _CENTURY_PART_SPANS
    return not part and not (d.year_lo % 10 == 0 and d.year_hi - d.year_lo in (9, 99))


def _in_century_of(d: DateSpan, others: Sequence[DateSpan]) -> DateSpan:
    """A decade or a clipped year said without its century, in the century of the first year the other
    side writes."""
    years = [o.year_lo for o in others if o.year_lo is not None and o.year_lo > 0 and not o.century_free]
    if not d.century_free or d.year_lo is None or not years:
        return d
    # (the century of a year the other side writes with the same last digits, if one does: "in '33" against
    # "born in 1879, emigrated in 1933" is 1933)
    first = next((y for y in years if y % 100 == d.year_lo % 100 or d.year_hi - d.year_lo == 9
                  and y % 100 // 10 == d.year_lo % 100 // 10), years[0])
    lo = first // 100 * 100 + d.year_lo % 100
    return DateSpan(lo, lo + d.year_hi - d.year_lo, d.month, d.day_lo, d.day_hi)


def compare_dates(claim: Sequence[DateSpan], fact: Sequence[DateSpan]) -> tuple[list[str], list[str]]:
    """(conflicts, agreements) between the dates of a claim and a fact, as readable labels."""
    claim, fact = [_in_century_of(d, fact) for d in claim], [_in_century_of(d, claim) for d in fact]
    cy = [d for d in claim if d.year_lo is not None]
    fy = [d for d in fact if d.year_lo is not None]
    conflicts: list[str] = []
    agreements: list[str] = []
    if cy and fy:
        pairs = [(c, f) for c in cy for f in fy if _years_overlap(c, f)]
        spans = [(c, f) for c, f in pairs if _span(c) and _span(f)]
        if not pairs:
            conflicts.append(f"{cy[0].label()} vs {fy[0].label()}")
        elif spans and all((c.year_lo, c.year_hi) != (f.year_lo, f.year_hi) for c, f in spans) and len(spans) == len(pairs):
            # "between 1956 and 1968" against "between 1956 and 1964": two spans that say where
            # the period ends (or starts) differ, however much they overlap
            c, f = spans[0]
            conflicts.append(f"{c.label()} vs {f.label()}")
        else:
            months = [(c, f) for c, f in pairs if c.month and f.month]
            if months and not any(_same_month(c, f) for c, f in months):
                c, f = months[0]
                said = f"about {MONTH_NAMES[c.month]} {c.label()}" if c.rough and c.month else c.label()
                conflicts.append(f"{said} vs {f.label()}")
            elif months and all(not _same_month(c, f) or c.days_differ(f) for c, f in months):
                # "21 July 1969" against "20 July 1969": the same month, another day
                c, f = next((c, f) for c, f in months if c.days_differ(f))
                conflicts.append(f"{c.label()} vs {f.label()}")
            elif not all(_finer(c, f) or _inside(f, c) for c, f in pairs):
                agreements.append(next(f for c, f in pairs if not (_finer(c, f) or _inside(f, c))).label())
            # else the claim says more than the fact: "on 21 July 1969" against "in July 1969" neither
            # agrees nor conflicts (the day is the claim's own, and may be wrong)
    cm = [d for d in claim if d.year_lo is None and d.month]
    fm = [d for d in fact if d.month]
    if cm and fm and not conflicts and not agreements:
        # "released in March" against "released on 30 October 2007": the month alone can differ
        if any(c.month == f.month and not c.days_differ(f) and not (c.day_lo and not f.day_lo) for c in cm for f in fm):
            agreements.append(cm[0].label())
        elif any(c.month == f.month and c.days_differ(f) for c in cm for f in fm):
            c, f = next((c, f) for c in cm for f in fm if c.days_differ(f))
            conflicts.append(f"{c.label()} vs {f.label()}")
        elif any(c.month == f.month for c in cm for f in fm):
            pass  # "12 March" against "March 1955": the day is the claim's own
        else:
            conflicts.append(f"{cm[0].label()} vs {fm[0].label()}")
    return conflicts, agreements
