"""The checkable parts of a statement: dates, quantities, versions, actors, polarity.

``profile(text)`` turns one statement (a claim or a fact) into a ``Profile``;
``match.py`` compares two profiles. Everything here is plain regular expressions
over normalised text, so facts never need a spaCy parse.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .text import NEGATIONS, STOPS, URL_RE, content_stems, normalize, stem, words

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
_MONTH_ALT = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_YEAR = r"(?:1[5-9]\d{2}|20\d{2})"

# Order matters: the longer forms are tried first and claim their span.
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b({_YEAR})-(0[1-9]|1[0-2])(?:-(\d{{2}}))?\b")),
    ("day_month_year", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\.?,?\s+({_YEAR})\b")),
    ("range", re.compile(rf"\b(?:between\s+|from\s+)?({_YEAR})\s*(?:-|to|until|and|through)\s*({_YEAR}|\d{{2}})\b"
                         rf"(?!\s*(?:-|,)?\d)(?!\s+[a-z]+s\b(?<!\bas\b)(?<!\bis\b)(?<!\bwas\b))")),
    ("decade", re.compile(r"\b(1[5-9]\d0|20\d0)'?s\b")),
    ("month_year", re.compile(rf"\b({_MONTH_ALT})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+({_YEAR})\b")),
    ("year", re.compile(rf"(?<![\d,.])({_YEAR})(?!\d|,\d|\.\d|s\b)(?!\s+[a-z]+s\b(?<!\bas\b)(?<!\bis\b)(?<!\bwas\b))")),
    ("day_month", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\b")),
    ("month_day", re.compile(rf"\b({_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d)")),
    ("month", re.compile(rf"\b({_MONTH_ALT})\b\.?")),
]


@dataclass(frozen=True, order=True)
class DateSpan:
    """A date at year or month precision; a decade or range spans several years."""

    year_lo: int | None
    year_hi: int | None
    month: int | None = None

    def label(self) -> str:
        years = "" if self.year_lo is None else (
            str(self.year_lo) if self.year_lo == self.year_hi else f"{self.year_lo}-{self.year_hi}")
        month = MONTH_NAMES[self.month] if self.month else ""
        return " ".join(p for p in (month, years) if p)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def find_dates(text: str) -> tuple[list[DateSpan], list[tuple[int, int]]]:
    """Dates in normalised text, with the character spans they occupy."""
    found: list[tuple[int, DateSpan]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, pat in _DATE_PATTERNS:
        for m in pat.finditer(text):
            a, b = m.span()
            if not free(a, b):
                continue
            g = m.groups()
            if kind == "iso":
                span = DateSpan(int(g[0]), int(g[0]), int(g[1]))
            elif kind == "range":
                lo = int(g[0])
                hi = int(g[1]) if len(g[1]) == 4 else (lo // 100) * 100 + int(g[1])
                if hi <= lo:
                    continue
                span = DateSpan(lo, hi)
            elif kind == "decade":
                lo = int(g[0])
                span = DateSpan(lo, lo + (99 if lo % 100 == 0 and "century" in text[b:b + 9] else 9))
            elif kind == "month_year":
                span = DateSpan(int(g[1]), int(g[1]), _month(g[0]))
            elif kind == "day_month_year":
                span = DateSpan(int(g[1]), int(g[1]), _month(g[0]))
            elif kind == "year":
                span = DateSpan(int(g[0]), int(g[0]))
            elif kind in ("day_month", "month_day"):
                span = DateSpan(None, None, _month(g[0]))
            else:
                # "May" is also a verb: only a capitalised May away from the start counts.
                if g[0] == "May" and (a == 0 or text[max(0, a - 2):a].strip() in {".", ":"}):
                    continue
                span = DateSpan(None, None, _month(g[0]))
            found.append((a, span))
            taken.append((a, b))
    found.sort(key=lambda t: t[0])
    return [d for _, d in found], sorted(taken)


def with_context(dates: list[DateSpan], context: list[DateSpan]) -> list[DateSpan]:
    """Give month-only dates the year of their context (a timeline heading); keep the rest."""
    years = [c for c in context if c.year_lo is not None]
    if not years:
        return dates
    ctx = years[-1]
    if not dates:
        return [DateSpan(ctx.year_lo, ctx.year_hi)]
    return [DateSpan(ctx.year_lo, ctx.year_hi, d.month) if d.year_lo is None else d for d in dates]


# --- quantities -------------------------------------------------------------------------

_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
           "b": 1e9, "bn": 1e9, "trillion": 1e12, "t": 1e12}
_LOWER = {"over", "more than", "above", "exceeding", "at least", "upwards of"}
_UPPER = {"under", "less than", "fewer than", "below", "at most", "up to"}
_ABOUT = {"about", "around", "approximately", "nearly", "almost", "roughly", "some", "circa", "c.",
          "an estimated", "close to"}
_CMP_ALT = "|".join(sorted((re.escape(c) for c in _LOWER | _UPPER | _ABOUT), key=len, reverse=True))
# "one" is left out: "one of the first" counts nothing.
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "_ _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split()) if i >= 2}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                      "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200})
_NUMBER_WORD_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_QTY = re.compile(
    rf"(?:\b(?P<cmp>{_CMP_ALT})\s+)?"
    # not the digits of a designation ("F-35", "A380") nor an ordinal ("1st")
    rf"(?<![A-Za-z]-)(?<![A-Za-z\d])"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?(?!st\b|nd\b|rd\b|th\b)|\b(?:{_NUMBER_WORD_ALT})\b)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn)\b|(?P<suffix>[kKmMbBtT])\b)?"
    r"(?:\s*(?P<pct>%|percent\b|per cent\b))?"
    r"(?:[\s-]+(?P<unit>[A-Za-z][a-z]+))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A number with its unit and what its wording allows: ``over 1,000 researchers``."""

    low: float
    high: float
    unit: str
    """Stem of the counted noun ("research"), "%" or "" when unknown."""
    text: str

    def overlaps(self, other: "Quantity") -> bool:
        return self.low <= other.high and other.low <= self.high


def find_quantities(text: str, skip: list[tuple[int, int]]) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """Quantities outside the ``skip`` spans (dates, versions), with their spans."""
    out: list[Quantity] = []
    spans: list[tuple[int, int]] = []
    for m in _QTY.finditer(text):
        a = m.start("num")
        if any(s <= a < e for s, e in skip):
            continue
        num = m.group("num").lower()
        value = float(_NUMBER_WORDS[num]) if num in _NUMBER_WORDS else float(num.replace(",", ""))
        scale = m.group("scale") or m.group("suffix") or ""
        value *= _SCALES.get(scale.lower(), 1.0)
        unit = ""
        if m.group("pct"):
            unit = "%"
        elif m.group("unit") and m.group("unit").lower() not in STOPS:
            unit = stem(m.group("unit"))
        cmp = (m.group("cmp") or "").lower()
        if cmp in _LOWER:
            low, high = value, math.inf
        elif cmp in _UPPER:
            low, high = -math.inf, value
        elif cmp in _ABOUT:
            low, high = value * 0.9, value * 1.1
        else:
            low = high = value
        out.append(Quantity(low, high, unit, m.group(0).strip()))
        spans.append((m.start(), m.start("unit") if m.group("unit") else m.end()))
    return out, spans


# --- versions: "Llama 2", "GPT-4", "Mistral 7B", "the first LLaMA" ----------------------

_VERSION = re.compile(r"\b([A-Z][\w]*[A-Za-z])[\s-]?(v?\d+(?:\.\d+)*[A-Za-z]?)\b(?![,.]?\d)")
# Words that start a sentence before a number without naming anything ("Roughly 300 engineers").
_NOT_NAMES = {w for c in (_LOWER | _UPPER | _ABOUT) for w in c.split()} | {"exactly", "only", "just", "nearly", "over", "some"}
_VERSION_WORD = re.compile(r"\b(?:version|v\.?|release|edition)\s*(\d+(?:\.\d+)*)\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth)\s+([A-Z][\w]*)")
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}


def find_versions(text: str, skip: list[tuple[int, int]]) -> tuple[dict[str, frozenset[str]], list[tuple[int, int]]]:
    """Named things with a version number: ``{"llama": {"2"}}``, and the spans of the numbers."""
    found: dict[str, set[str]] = {}
    spans: list[tuple[int, int]] = []
    for m in _VERSION.finditer(text):
        name, ver = m.group(1), m.group(2).lower().lstrip("v")
        if (name.lower() in STOPS or name.lower() in MONTHS or name.lower() in _NOT_NAMES
                or any(s <= m.start(2) < e for s, e in skip)):
            continue
        found.setdefault(stem(name), set()).add(ver)
        spans.append(m.span(2))
    for m in _VERSION_WORD.finditer(text):
        if not any(s <= m.start(1) < e for s, e in skip):
            found.setdefault("version", set()).add(m.group(1).lower())
            spans.append(m.span(1))
    for m in _ORDINAL.finditer(text):
        found.setdefault(stem(m.group(2)), set()).add(_ORDINALS[m.group(1)])
    return {k: frozenset(v) for k, v in found.items()}, spans


# --- actors -----------------------------------------------------------------------------

_NAME = r"(?:[A-Z][\w.&'-]*|of|the|for|de|du|van|von)"
_NAMES = rf"[A-Z][\w.&'-]*(?:\s+{_NAME})*"
_BY = re.compile(rf"\bby\s+(?:the\s+)?({_NAMES})")
_SUBJECT = re.compile(rf"^(?:The\s+)?({_NAMES})\s+(?:(?:has|have|had|first|later|also|then|officially)\s+)?([a-z]+(?:ed|s)|built|made|began|founded|wrote|won|led|ran|bought|sold|took)\b")
_POSSESSIVE = re.compile(rf"({_NAMES})'s\s+(?:\w+\s+)?(release|launch|founding|creation|development|acquisition|invention|introduction|publication|discovery)\b")
_POSS_SUBJECT = re.compile(
    rf"^(?:(?:In|On|By|During|After|Before)\s[^,]{{1,30}},\s*)?({_NAMES})'s\s+(?:[\w-]+\s+){{0,5}}?"
    r"([a-z]+ed|took|made|built|flew|won|ran|led|began|sent)\b")
_NOT_ACTION = {"is", "was", "has", "does", "remains", "seems", "means", "uses", "includes", "contains",
               "comprises", "consists", "follows", "reflects", "represents", "lies", "sits"}
# Verbs that name the same kind of event, so "developed" and "built" can be compared.
PREDICATE_CLASSES = {
    "releas": "release", "launch": "release", "publish": "release", "introduc": "release",
    "unveil": "release", "announc": "release", "open-sourc": "release", "ship": "release",
    "develop": "create", "creat": "create", "built": "create", "build": "create", "made": "create",
    "design": "create", "invent": "create", "wrote": "create", "write": "create", "train": "create",
    "found": "found", "establish": "found", "form": "found", "start": "found", "began": "found",
    "acquir": "acquire", "bought": "acquire", "buy": "acquire",
    "host": "host", "fund": "fund", "discov": "discover", "discover": "discover", "led": "lead", "lead": "lead",
}


@dataclass(frozen=True)
class Actor:
    """Who did what: the name's stems and the stem of the event verb ("" if unknown)."""

    name: str
    stems: frozenset[str]
    predicate: str


def predicate_class(word: str) -> str:
    s = stem(word)
    return PREDICATE_CLASSES.get(s, s)


_DATE_PREFIX = re.compile(r"^[\w ,.'-]{0,24}?\d{4}s?\s*[:-]\s+|^[A-Z][a-z]+\.?(?: \d{1,2})?\s*:\s+")


def find_actors(text: str) -> list[Actor]:
    """Agents of the statement: its capitalised subject, a ``by X`` phrase, ``X's release``."""
    actors: list[Actor] = []
    undated = _DATE_PREFIX.sub("", text, count=1)
    m = _SUBJECT.match(undated)
    if m and m.group(2).lower() not in _NOT_ACTION:
        actors.append(Actor(_clean_name(m.group(1)), frozenset(content_stems(m.group(1))), predicate_class(m.group(2))))
    for m in _BY.finditer(text):
        before = words(text[max(0, m.start() - 40):m.start()])
        verb = next((w for w in reversed(before) if w.lower().endswith(("ed", "en", "de", "lt"))), "")
        actors.append(Actor(_clean_name(m.group(1)), frozenset(content_stems(m.group(1))), predicate_class(verb) if verb else ""))
    m = _POSS_SUBJECT.match(undated)
    if m:
        actors.append(Actor(_clean_name(m.group(1)), frozenset(content_stems(m.group(1))), predicate_class(m.group(2))))
    for m in _POSSESSIVE.finditer(text):
        actors.append(Actor(_clean_name(m.group(1)), frozenset(content_stems(m.group(1))), predicate_class(m.group(2))))
    return [a for a in actors if a.stems and not _is_date_name(a.name)]


def _is_date_name(name: str) -> bool:
    first = name.split()[0].lower().rstrip(".,") if name.split() else ""
    return first in MONTHS or bool(re.fullmatch(r"\d{4}s?", first))


def _clean_name(name: str) -> str:
    return name.rstrip(".'-")


_SKIP_AFTER_NEGATION = STOPS | {"ever", "even", "yet", "actually", "really", "fully", "officially", "once"}


_NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|merely|simply)\b", re.IGNORECASE)
# Verbs that deny what follows them: "refused to model" says she did not model.
_IMPLICIT_NOT = re.compile(
    r"\b(?:refus|declin|fail|neglect|ceas)(?:e|es|ed|ing|s)?\s+to\b|\b(?:stay|stays|stayed|kept|keeps)\s+away\s+from\b"
    r"|\b(?:has|have|had|is|was|are|were)\s+yet\s+to\b|\bunable\s+to\b",
    re.IGNORECASE)


def _polar(text: str) -> str:
    """The text with "not only" dropped and implicit denials written as "not"."""
    return _IMPLICIT_NOT.sub(" not ", _NOT_ONLY.sub(" ", text))



def negated_heads(text: str) -> frozenset[str]:
    """The first content word after each negation: the verb or noun a clause denies."""
    out: set[str] = set()
    for clause in _CLAUSE.split(_polar(text)):
        ws = words(clause)
        for i, w in enumerate(ws):
            lw = w.lower()
            if lw not in NEGATIONS and not lw.endswith("n't"):
                continue
            nxt = next((n for n in ws[i + 1:i + 6] if n.lower() not in _SKIP_AFTER_NEGATION
                        and not n.lower().endswith("ly")), None)
            if nxt:
                out.add(stem(nxt))
    return frozenset(out)


def negated_stems(text: str) -> frozenset[str]:
    """Stems of the first three content words after each negation: what the statement denies."""
    out: set[str] = set()
    for clause in _CLAUSE.split(_polar(text)):
        out |= _denied_in_clause(words(clause))
    return frozenset(out)


_CLAUSE = re.compile(r"[,;:.()!?]|\s-\s|\b(?:so|but|and|because|while|which|who|although|though|whereas)\b")


def _denied_in_clause(ws: list[str]) -> set[str]:
    out: set[str] = set()
    for i, w in enumerate(ws):
        lw = w.lower()
        if lw not in NEGATIONS and not lw.endswith("n't"):
            continue
        taken = 0
        for nxt in ws[i + 1:i + 6]:
            ln = nxt.lower()
            if ln in NEGATIONS or ln.endswith("n't"):
                break
            if ln in _SKIP_AFTER_NEGATION or ln.endswith("ly"):
                continue
            out.add(stem(nxt))
            taken += 1
            if taken == 3:
                break
    return out


def is_negated(text: str) -> bool:
    """Does the statement carry a negation (not, never, n't, no ...)?"""
    return any(w.lower() in NEGATIONS or w.lower().endswith("n't") for w in words(_polar(text)))


# --- ordinals and opposites --------------------------------------------------------------

_ORDINAL_WORDS = {w: i for i, w in enumerate(
    "_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()) if i}
_ORDINAL_WORDS["last"] = 10_000
_RANK = re.compile(r"\b(?:(" + "|".join(_ORDINAL_WORDS) + r")|(\d{1,3})(?:st|nd|rd|th))\b\s+([^\W\d_]+(?:[\s-]+[^\W\d_]+)?)",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Rank:
    """An ordinal and what it ranks: ``second studio album`` is (2, {studio, album})."""

    rank: int
    of: frozenset[str]
    text: str


def find_ranks(text: str) -> tuple[Rank, ...]:
    """Ordinals with the (up to two) words after them."""
    out = []
    for m in _RANK.finditer(text):
        rank = _ORDINAL_WORDS[m.group(1).lower()] if m.group(1) else int(m.group(2))
        of = frozenset(content_stems(m.group(3)))
        if of:
            out.append(Rank(rank, of, m.group(0)))
    return tuple(out)


# Generic English opposites (stems are compared): a claim that says one where its fact says
# the other, about the same thing, contradicts it. No domain words: these hold in any text.
# Pairs that name two events of one thing (born/died, opened/closed, started/ended) are left
# out: both can be true.
_OPPOSITES = [
    ("best", "worst"), ("greatest", "worst"), ("male", "female"), ("alive", "dead"), ("win", "lose"),
    ("won", "lost"), ("victory", "defeat"), ("increase", "decrease"), ("increase", "decline"),
    ("rise", "fall"), ("rise", "decline"), ("rising", "falling"), ("gain", "loss"), ("profit", "loss"),
    ("fictional", "real"), ("fiction", "nonfiction"), ("true", "false"), ("public", "private"),
    ("major", "minor"), ("success", "failure"), ("successful", "unsuccessful"), ("higher", "lower"),
    ("larger", "smaller"), ("bigger", "smaller"), ("longer", "shorter"), ("faster", "slower"),
    ("older", "younger"), ("earlier", "later"), ("north", "south"), ("east", "west"),
    ("northern", "southern"), ("eastern", "western"), ("accept", "reject"), ("legal", "illegal"),
    ("possible", "impossible"), ("include", "exclude"), ("internal", "external"), ("ancient", "modern"),
    ("large", "small"), ("big", "small"), ("long", "short"), ("wide", "narrow"), ("heavy", "light"),
    ("positive", "negative"), ("hot", "cold"), ("warm", "cold"), ("wet", "dry"), ("rich", "poor"),
    ("strong", "weak"), ("fast", "slow"), ("cheap", "expensive"), ("love", "hate"), ("friend", "enemy"),
    ("permanent", "temporary"), ("natural", "artificial"), 
    ("domestic", "foreign"), ("urban", "rural"), ("amateur", "professional"), ("civilian", "military"),
    ("warming", "cooling"), ("expand", "shrink"), ("grow", "shrink"),
    ("present", "absent"), ("common", "rare"), ("safe", "dangerous"), ("healthy", "unhealthy"),
    ("mortal", "immortal"), ("visible", "invisible"), ("voluntary", "compulsory"), ("entire", "partial"),
    ("maximum", "minimum"),
]
OPPOSITES: dict[str, frozenset[str]] = {}
for _a, _b in _OPPOSITES:
    _sa, _sb = stem(_a), stem(_b)
    OPPOSITES[_sa] = OPPOSITES.get(_sa, frozenset()) | {_sb}
    OPPOSITES[_sb] = OPPOSITES.get(_sb, frozenset()) | {_sa}


# --- the profile ------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """What matching needs to know about one statement."""

    text: str
    """Normalised text."""
    stems: frozenset[str]
    """Content stems, without dates and quantities: what the statement is about."""
    dates: tuple[DateSpan, ...]
    quantities: tuple[Quantity, ...]
    versions: dict[str, frozenset[str]]
    actors: tuple[Actor, ...]
    negated: bool
    denied: frozenset[str]
    """Stems right after a negation: ``never reached orbit`` denies {reach, orbit}."""
    denied_heads: frozenset[str]
    """The first of them per negation: ``never reached orbit`` -> {reach}."""
    anchors: frozenset[str]
    """Stems of capitalised words and versioned names: the things it names."""
    places: frozenset[str] = frozenset()
    """Anchors that follow "in", "at", "near", "from": where, not what."""
    names: tuple[frozenset[str], ...] = ()
    """Each run of capitalised words (and each versioned name) as one set of stems: "Meta AI"."""
    common: frozenset[str] = frozenset()
    """Stems of the words written in lower case: the actions and things, not the names."""
    ranks: tuple[Rank, ...] = ()
    """Ordinals and what they rank: ``first studio album``."""


_LOCATIVE = re.compile(r"\b(?:in|at|near|from|outside|inside|across)\s+(?:the\s+)?$", re.IGNORECASE)


def _strip_spans(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def profile(text: str, context_dates: list[DateSpan] | None = None) -> Profile:
    """Profile one statement; ``context_dates`` fill in a year the text leaves out."""
    norm = normalize(URL_RE.sub(" ", text))
    dates, date_spans = find_dates(norm)
    if context_dates:
        dates = with_context(dates, context_dates)
    versions, version_spans = find_versions(norm, date_spans)
    quantities, qty_spans = find_quantities(norm, date_spans + version_spans)
    rest = _strip_spans(norm, date_spans + qty_spans)
    named_versions = {f"{name}#{v}" for name, vers in versions.items() for v in vers}
    stems = frozenset(content_stems(rest)) | named_versions
    anchors = set(named_versions)
    places: set[str] = set()
    names: list[frozenset[str]] = [frozenset({v}) for v in named_versions]
    run: list[str] = []
    run_is_place = False
    last_end = -1
    for m in re.finditer(r"\S+", rest):
        for w in words(m.group(0)):
            lw = w.lower()
            sentence_start = m.start() == 0 or rest[:m.start()].rstrip()[-1:] in ".:!?-\"("
            named = lw not in STOPS and w[:1].isupper() and (not sentence_start or any(c.isupper() for c in w[1:]))
            if named or (lw not in STOPS and any(c.isdigit() for c in w) and any(c.isalpha() for c in w)):
                token = m.group(0)
                if not run or rest[last_end:m.start()].strip() or token[:1] in "([\"'" or \
                        rest[last_end - 1:last_end] in ",;:.)]\"'":
                    if run:
                        names.append(frozenset(run))
                        (places.update(run) if run_is_place else None)
                    run, run_is_place = [], bool(_LOCATIVE.search(rest[max(0, m.start() - 8):m.start()]))
                run.append(stem(w))
                anchors.add(stem(w))
                last_end = m.end()
            elif run:
                names.append(frozenset(run))
                (places.update(run) if run_is_place else None)
                run = []
    if run:
        names.append(frozenset(run))
        (places.update(run) if run_is_place else None)
    return Profile(
        text=norm,
        stems=stems,
        dates=tuple(dates),
        quantities=tuple(quantities),
        versions=versions,
        actors=tuple(find_actors(norm)),
        negated=is_negated(norm),
        denied=negated_stems(norm),
        denied_heads=negated_heads(norm),
        anchors=frozenset(anchors) & stems,
        common=frozenset(stem(w) for w in words(rest) if w[:1].islower() and w.lower() not in STOPS) & stems,
        places=frozenset(places - named_versions),
        names=tuple(n for n in names if n),
        ranks=find_ranks(norm),
    )
