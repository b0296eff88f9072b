"""The line structure people write: headings, bullets, timelines, tables, wrapped prose.

``units(text, body_start)`` cuts a document body into the spans that may hold claims,
each with the heading path above it and the date a timeline heading gives it. It
needs no spaCy: ``segment.py`` splits the prose units into sentences afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .verify.dates import CIRCA, MONTHS
from .text import ARROW, URL_RE

UnitKind = Literal["prose", "bullet", "timeline", "table"]

_MONTH = r"(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:1\d{3}|20\d{2})"  # a line that starts "1455:" is dated, however early
# a century, with its era if written: "6th century CE", "early 14th century"
_CENTURY = r"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])?\d{1,2}(?:st|nd|rd|th)[- ][Cc]entury(?:\s*(?:BCE?|AD|CE))?"
# a day of a month, or a month alone: "14 March", "March 14", "March"
_DAY_MONTH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)"
_DATE_HEAD = (
    rf"(?P<date>{_YEAR}s\s*(?:--?|–|—|to)\s*{_YEAR}s"  # 1870s-1880s
    rf"|{_YEAR}\s*(?:--?|–|—|to)\s*(?:{_YEAR}|\d{{2}})"  # 2011-2019, 1914 -- 1918
    rf"|{_YEAR}-\d{{2}}(?:-\d{{2}})?"  # 2023-03(-14)
    rf"|(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR})"  # March 14, 2023
    rf"|(?:\d{{1,2}}\s+{_MONTH}\s+{_YEAR})"  # 14 March 2023
    rf"|(?:{_MONTH}\s+{_YEAR})"  # March 2023
    rf"|{_DAY_MONTH}"  # 14 March (under a year: "1865:" / "  14 July: ..."), March, March 14
    rf"|(?:{_YEAR}'?s?)"  # 2023, 1990s
    r"|(?:\d{1,4}\s?(?:BCE?|B\.C\.|CE|AD|A\.D\.))"  # 214 BC, 455 AD
    r"|(?:(?:AD|A\.D\.)\s?\d{1,4})"  # AD 455: an era written first
    rf"|(?:{_CENTURY})"  # 6th century CE
    r"|(?:\d{3}(?=\s*(?::|\s-|–|—)\s*[A-Z])))"  # "415: Hypatia murdered", "408 - Alaric ...": an early year
)
# (the date's separator may be a run of spaces or a tab, as in a plain-text table: "1851  London, ...")
# (a short tag in brackets may follow the date: "1924 (W): first Winter Games")
# (with one space, only a bare year, or one of an era, before a capital or the writer's doubt: "c. 1790 Vorley's
# challenge lock", "c. 1000 BCE ??? - Egyptian leavened bread"; not a count, "~1200 navvies
# worked on the tunnel", "c. 2000 spectators", nor a line of prose that goes on, "c. 1800 the owners began",
# nor an era's date, "c. 1200 BC Hittite smiths", which would head the lines below it)
_ONE_SPACE_AFTER_CIRCA = (r"(?(circa)(?:(?<=\d)|(?<=BC)|(?<=CE)|(?<=AD)|(?<=\.))\s(?!(?:BCE?|B\.C\.|AD|A\.D\.|CE)\b)(?=[A-Z?])"
                          r"|(?!))")
_TIMELINE = re.compile(rf"^\**(?P<circa>{CIRCA}\s*)?{_DATE_HEAD}\**(?:\s*\([^()]{{1,15}}\))?"
                       rf"(?:(?:\s*(?P<sep>[:–—]|--?(?=\s)|\|)|\t|\s{{2,}}|{_ONE_SPACE_AFTER_CIRCA})\s*(?P<rest>.*))?\s*$")
# a day and month, or a month, labelling what follows ("16 July: ...", "Sept 3 - ...", "Jan: ...")
_DAY_LABEL = re.compile(rf"^{_DAY_MONTH}\s*(?::|[–—]|--?(?=\s))\s*(?P<rest>\S.*)$")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_WIKI_HEADING = re.compile(r"^\s*(={2,6})\s*(.+?)\s*=*\s*$")
# "-- Europe --", "— Part two —": a short title between matching dashes (a sentence there, longer
# or ending in a full stop, stays a line of text)
# (or tildes, three or more: "~~1090~~" is a figure struck through (review 59b))
_FENCED_HEADING = re.compile(r"^\s*(-{2,}|[–—]+|~{3,})\s*([^-–—~\s](?:.*?[^-–—~.!?\s])?)\s*\1\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
# a writer's note to self or question opens a line of its own, never a wrapped line's continuation
# ("- Prokofiev's R&J first staged in Leningrad, 1938" / "TODO: look up MacMillan's R&J")
# ("q:" ends in no word character: "\b" after it would want a letter right after the colon)
# the words a writer opens a note to self with ("TODO: check ...", "FIXME"), here and in segment.py
NOTE_TO_SELF_WORDS = r"todo|to-do|fixme|xxx|tbd|note to self"
# a line that gives a prompt and, after an arrow, its answer: "Rules in Naismith's original list -> 13"
_ARROWED = re.compile(rf"\w\S*\s+(?P<arrow>{ARROW})\s+\S")


def _prompt_line(line: str) -> bool:
    """Does ``line`` give a prompt and its answer after an arrow, one such line of a numbers round? (Not one that goes
    on in lower case from the line above, a wrapped note's arrows: "... Ann Kell joined" / "in 1853 -> the bank
    failed".)"""
    return bool(_ARROWED.search(line)) and not line.lstrip()[:1].islower()


def _answered_prompt(line: str) -> bool:
    """Is ``line`` a prompt and its answer, never a heading? Its prompt says something in lower case, or its answer is
    a figure ("Year Kell and Vero Opened the Brill Lock -> 1761", "LOCKS ON THE ASHBY CANAL -> 12"); a route's title
    is still a heading ("Dunmere -> Carrowby Run"), and so is an answer's label ("ANSWER -> Ann Kell")."""
    m = _ARROWED.search(line)
    if m is None:
        return False
    prompt, answer = line[:m.start("arrow")], line[m.end("arrow"):]
    return any(w[:1].islower() for w in re.findall(r"[^\W\d_]+", prompt)) or any(ch.isdigit() for ch in answer)
_OWN_LINE = re.compile(rf"^(?:(?:{NOTE_TO_SELF_WORDS})\b|q:)|^\?{{2,}}", re.IGNORECASE)
# (a line opened by an arrow is an item of its own, under the one above: "  --> or was it 1668??")
_BULLET = re.compile(r"^(\s*(?:>\s*)*)(-{1,2}>|=>|→|[-*+•▪‣◦]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^\s*(?:>\s*)+")
_TABLE = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_SEP = re.compile(r"^[\s|:\-+]+$")
# (not a title between runs of tildes, a plain-text timeline's rule: "~~~~~~~~ FLAVIANS ~~~~~~~~" opens no code)
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})(?!.*(?:`{3,}|~{3,})\s*$)")
_URL_START = re.compile(r"^[(<\[]?(?:https?://|www\.)", re.IGNORECASE)
_METADATA = re.compile(r"^[A-Z][\w /&'-]{0,30}:\s+(?P<value>.+)$")
# a card's line: a label of a few words, then its value ("First Black man to win Wimbledon: Arthur Ashe")
# (a label may hold a year in brackets: "Naples (1224): set up by Emperor Frederick II", or an issue's number:
# "Record sale for a copy of Action Comics #1: $3.2 million (2014)")
# (a label may open with a title in quotes: '"The Great American Fraud" written by: Upton Sinclair')
# (a label may open on a year or a count before its word: "2026 hosts: USA, Canada & Mexico", "1954 final: ...")
_CARD_LINE = re.compile(r"^(?:[\"“][A-Z][^\"”\n]{0,50}[\"”][\w /&'.,()#-]{0,30}|[A-Z][\w /&'.,()#-]{0,50}"
                        r"|\d[\d,.]*\s+[A-Za-z][\w /&'.,()#-]{0,45}):\s+(?P<value>.+)$")
# (a sentence's end: a word, not one written short ("Approx.", "Capt.", "Est."), then
# a capital)
_SENTENCE_IN_LABEL = re.compile(r"\b(?!(?i:approx|capt|dept|govt|prof|est|gen|col|lieut|sgt|cpl|adm|rev|ave|blvd|"
                                r"vol|fig|no|nos|ref|etc|inc|ltd|corp|bros|jr|sr|mt|ft|st|dist|max|min|vs)\.)"
                                r"[A-Za-z]*[a-z]{2}\.\s+[A-Z]")
_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
                "with", "from", "via", "vs", "as", "into", "over", "per", "is", "are", "its", "&"}
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]*_]*$")
# the roles a page, a lecture or a podcast credits for itself ("Guest: Prof. H. Marsh", "Lecturer: Dr
# Okafor (guest lecture)"): a credit line, not someone's name in a note
PAGE_ROLES = frozenset({"guest", "guests", "host", "hosts", "presenter", "narrator", "interviewer", "moderator",
                        "reporter", "writer", "editor", "photographer", "illustrator", "translator", "reviewer",
                        "contributor", "reader", "readers", "author", "today", "critic", "staff", "lecturer",
                        "speaker", "speakers", "tutor", "instructor", "teacher", "panellist", "panelist",
                        "interviewee", "chair", "maintainer", "curator", "guide"})
# (the role may say what of the page's it holds: "Quiz host: Jo", "Podcast guest: Dr Lee")
_ROLE_LINE = re.compile(r"^[\s*_]*(?:(?:quiz|podcast|episode|show|radio|series|panel|guest|keynote|special)\s+)?"
                        r"(?P<role>[A-Za-z]+)\s*:\s*\S", re.IGNORECASE)
# of the fields below, the ones a note also tells history with: "Made for: Louis XIV", "Printing: Mainz, c. 1455"
_HISTORY_FIELDS = frozenset({"made for", "prepared for", "compiled for", "written for", "print", "printing"})
# the fields a document's header or footer gives, whatever their value: a date is no claim there
_FIELDS = frozenset({"name", "title", "maintainer", "maintained by", "compiled by",
                     "tags", "tag", "category", "categories", "keywords", "topics", "topic", "also known as",
                     "see also", "links", "link", "sources", "source", "author", "authors", "by", "date",
                     "published", "updated", "last updated", "posted", "filed under", "status", "version",
                     "license", "licence", "reading time", "read time", "time to read", "word count", "words",
                     "last reviewed", "reviewed", "last modified", "modified", "edited", "revised",
                     "date published", "date modified", "image", "image source", "image credit", "photo",
                     "photo credit", "credit", "credits", "caption", "sponsored by", "presented by", "powered by",
                     "brought to you by", "in partnership with"}) | _HISTORY_FIELDS
# a ruler or a patron of old, as a history field names one: "Louis XIV", "Frederick the Great", "Queen Anne"
_RULER = re.compile(r"\b[A-Z][a-z]+ (?:[IVX]{1,5}\b|the (?:Great|Magnificent|Elder|Younger|Bold|Wise|Pious)\b)"
                    r"|\b(?:King|Queen|Emperor|Empress|Tsar|Tsarina|Czar|Pope|Sultan|Shah|Elector|Archduke|Margrave|"
                    r"Doge|Cardinal|Prince|Princess|Duke|Duchess) [A-Z]")


# the labels of a key to a note's shorthand
_SHORTHAND = re.compile(r"^[*_]*(?P<key>[A-Za-z][A-Za-z.]{1,14})[*_]*\s*:\s+\S")
_SHORTHAND_KEYS = frozenset({"abbrevs", "abbrev", "abbreviations", "abbr", "abbrs", "acronyms", "legend", "glossary",
                             "shorthand", "key"})


@dataclass(frozen=True)
class Unit:
    """A span of the document that may hold one or more claims."""

    kind: UnitKind
    start: int
    end: int
    line: int
    context: str
    date_context: str
    body_start: int
    """Where the text to parse begins: after a bullet marker or a timeline date."""
    header: tuple[str, ...] = ()
    """For a table row: the column names of its table."""
    marker: int = -1
    """For a list item: where its marker ("-", "3.") begins; its first claim's span starts there."""


@dataclass
class _Line:
    number: int
    start: int
    end: int
    raw: str
    kind: str = "text"  # blank | heading | table | table_sep | bullet | text | skip | code
    level: int = 0
    content_start: int = 0
    title: str = ""
    marker: int = -1  # a list item's marker ("-", "3.") begins here


def _lines(text: str, body_start: int) -> list[_Line]:
    out: list[_Line] = []
    number = text.count("\n", 0, body_start) + 1
    pos = body_start
    for raw in text[body_start:].split("\n"):
        out.append(_Line(number, pos, pos + len(raw), raw, content_start=pos))
        pos += len(raw) + 1
        number += 1
    return out


def _is_title_case(words: list[str]) -> bool:
    significant = [w for w in words if w.lower() not in _SMALL_WORDS and any(c.isalpha() for c in w)]
    if not significant:
        return False
    capital = sum(1 for w in significant if w.lstrip("\"'“‘(*_")[:1].isupper())
    return capital / len(significant) >= 0.75


def looks_like_heading(line: str) -> bool:
    """A standalone line with no sentence ending: a title-cased one, a short label, or one ending in ':'."""
    s = line.strip().strip("*_")
    if not s or _TERMINAL.search(s) or len(s) > 120:
        return False
    words = s.split()
    if len(words) > 14:
        return False
    if s.endswith(":") and len(words) <= 10:
        return True
    if len(words) <= 3 and not any(c.isdigit() for c in s):
        return True
    return _is_title_case(words)


def shorthand_key(line: str) -> bool:
    """A key to the note's shorthand: "abbrevs: NYJ = NY Journal", "Legend: * = disputed, ? = uncertain";
    under key/legend/glossary/shorthand only a list of short "X = Y" items ("Key: Einstein published E = mc2
    in 1905" and "Legend: Pelé = the only player to win three World Cups" say something)."""
    key = _SHORTHAND.match(line.strip())
    if key is None or key.group("key").lower().rstrip(".") not in _SHORTHAND_KEYS:
        return False
    if key.group("key").lower().startswith(("abbr", "acronym")):
        return True
    value = line.strip()[key.end("key"):].lstrip("*_ ").lstrip(":").strip()
    items = [x for x in re.split(r"[,;]\s+", value) if x.strip()]
    return bool(items) and all(
        x.count("=") == 1 and len(x.split("=")[0].split()) <= 2 and len(x.split("=")[1].split()) <= 6 for x in items)


def shorthand(text: str) -> dict[str, str]:
    """What a note's key to its shorthand says each short form stands for ("abbrev: AS = Adolphe Sax,
    TB = Theobald Boehm" gives {"AS": "Adolphe Sax", "TB": "Theobald Boehm"}): a short form with a
    capital, for a name (capitalised) of a few words. Only such keys; "instr. = instrument(s)" is a word."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip().lstrip("-*+ ")
        if not shorthand_key(stripped):
            continue
        value = stripped[stripped.index(":") + 1:]
        for item in re.split(r"[,;]\s+", value):
            short, eq, full = item.partition("=")
            short, full = short.strip(" *_"), re.sub(r"\s*\([^()]*\)\s*$", "", full.strip(" *_.")).strip()
            if eq and re.fullmatch(r"[A-Za-z][A-Za-z.&]{0,5}", short) and any(c.isupper() for c in short) \
                    and re.fullmatch(r"[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|de|van|von|da|di|du|&))*", full) \
                    and 1 <= len(full.split()) <= 5:
                out[short] = full
    return out


def is_metadata(line: str) -> bool:
    """``Tags: a, b, c`` / ``Category: AI``: a short label and a list, not a sentence."""
    # (a key to the note's shorthand, "abbrevs: NYJ = NY Journal, CCA = Comics Code Authority": it says how
    # the note writes, not what happened)
    if shorthand_key(line):
        return True
    m = _METADATA.match(line.strip())
    if not m or _TERMINAL.search(m.group("value")):
        return False
    key = line.strip()[:line.strip().index(":")].strip()
    # (a quiz's answer, "A: Sergeant Ezra Lee", says what its question asks)
    if key.lower() in ("a", "ans", "answer"):
        return False
    # (who made the page, however long the line: "Compiled by: Jen, for the Red Lion Tuesday quiz")
    # (not one that goes on to tell what the person did: "Author: Mary Shelley, who wrote it aged 18 in 1816")
    if key.lower() in _CREDIT_FIELDS and not re.search(r"\d|\b(?:who|which|whose)\b", m.group("value")):
        return True
    # (a remark in brackets is no item: "Uni founding dates (pub quiz edition)")
    items = [i.strip() for i in re.split(r"[,;]", re.sub(r"\([^()]*\)", " ", m.group("value"))) if i.strip()]
    if not all(len(i.split()) <= 4 for i in items):
        return False
    # (a year before the page's time, or a ruler it was made for, is the note's statement: "Made for: Louis
    # XIV", "Printing: Mainz, c. 1455"; a recent year, or a client's or a firm's name, is the page's own:
    # "Prepared for: Johnson Controls, 2024", "Made for: Paris Fashion Week")
    if key.lower() in _FIELDS:
        if key.lower() in _HISTORY_FIELDS:
            years = [int(y) for y in re.findall(r"(?<![\d,.])(1\d{3}|20\d{2})(?![\d,])", m.group("value"))]
            if years:
                return min(years) >= 1900
            return not _RULER.search(m.group("value"))
        return True
    # (a document's own fields are a word or three, "Reading time", "Image Source"; a longer label heads
    # what a note says: "First power loom patent holder: Edmund Cartwright")
    if len(key.split()) >= 4 and key.split()[0].lower() not in _FIELDS and not URL_RE.search(m.group("value")):
        return False
    # a note's label that names something ("Forth Bridge: Fowler & Baker", "MSH: 57 dead") or counts
    # ("First perfect 10 in gymnastics: ...") heads what the note says of it; a value with a figure
    # outside its links says something ("Tambora: VEI 7"): neither is a document's field
    from .verify.lexical import given_name, kind, known_word, person_or_place  # WordNet loads on first use

    # (a capital on an English word is a title's typography: "Image Source", "Word Count")
    words = key.split()
    # (the first word too when English has it in no sense: "McClintock: jumping genes in maize")
    # (but not where the label's other words are lower case: "Davis Cup donor" names the cup; nor a
    # possessive, "Lacoste's nickname", which names whose; nor a person's full name, "Harry Truman:
    # signed ANILCA", whose surname English has as a word too)
    content = [w for w in words[1:] if w.lower() not in _SMALL_WORDS]
    mixed = any(w[:1].isupper() for w in content) and any(w[:1].islower() for w in content)
    named = any(w[:1].isupper() and (mixed or not known_word(w.lower())) for w in content) \
        or any(w.endswith(("'s", "’s")) and w[:1].isupper() for w in words) \
        or any(w.isupper() and len(w) >= 2 for w in words) \
        or len(words) >= 2 and words[-1][:1].isupper() and person_or_place(words[-1], 2) and given_name(words[0]) \
        or bool(words) and words[0].isalpha() and (not known_word(words[0].lower()) or person_or_place(words[0], 2)) \
        or len(words) == 1 and kind(words[0].lower()) in _STUFF and not _PARTICIPLE.match(m.group("value").strip())
    # (a label ending on a word for a person, and a person's name after it, tells who that is: "Floss pioneer:
    # Levi Spear Parmly, Boston dentist"; not the page's own people, "Quiz host: Jo", "Photo credit: Ann Lee")
    # (or a name English has no word for, or knows as a person's or a place's, given or family: "Sunshine Clown:
    # Oleg Popov", "Soviet cosmonaut: Yuri Gagarin"; not under a job a page's or a firm's own staff hold, "Art
    # director: Chidi Okonkwo", "Scrum master: Agnieszka Nowak")
    value_words = m.group("value").split()
    named = named or len(words) >= 2 and words[-1].lower() not in PAGE_ROLES | _PAGE_CREW \
        and kind(words[-1].lower()) == "noun.person" \
        and len(value_words) >= 2 and value_words[1][:1].isupper() and (given_name(value_words[0]) or (
            value_words[0][:1].isupper() and words[-1].lower() not in _STAFF and all(
                not known_word(w.lower().strip(",.")) or person_or_place(w.strip(",."), 1) for w in value_words[:2])))
    # (a label that ranks what it names heads a record: "Longest rail tunnel: the Seikan Tunnel"; not the page's
    # "Latest posts", "Most shared", "First published on")
    named = named or _ranking_label(key)
    figure = any(ch.isdigit() for ch in key + URL_RE.sub(" ", m.group("value")))
    return not named and not figure


# words that rank whatever they are said of, and ordinals
_RANKS = frozenset({"first", "last", "only", "most", "least", "second", "third", "fourth", "fifth", "sixth", "seventh",
                    "eighth", "ninth", "tenth"})
# a page's own things a rank may be said of ("Latest posts", "Greatest hits", "Quickest read", "First name")
_PAGE_THINGS = frozenset({"post", "posts", "read", "reads", "hit", "hits", "comment", "comments", "article", "articles",
                          "story", "stories", "entry", "entries", "episode", "episodes", "page", "pages", "video",
                          "videos", "edition", "update", "updates", "edit", "edits", "price", "prices", "news", "name",
                          "issue", "issues", "review", "reviews", "recipe", "recipes", "deal", "deals", "podcast"})
# jobs a page's or a firm's own staff hold, for a name English has no word for
_STAFF = frozenset({"manager", "developer", "programmer", "stylist", "tester", "knitter", "organiser", "organizer",
                    "secretary", "treasurer", "owner", "sponsor", "coach", "leader", "master", "director", "artist",
                    "engineer", "operator", "editor", "writer", "photographer", "illustrator", "translator",
                    "composer", "doctor", "chef", "officer", "analyst", "consultant", "intern", "trainer"})


def _superlative(word: str) -> bool:
    """Is ``word`` an adjective's superlative or a rank ("longest", "earliest", "biggest", "northernmost", "first"),
    not a word that merely ends like one ("contest", "interest", "forest", "request")?"""
    from .verify.lexical import known_as

    w = word.lower()
    if w in _RANKS or len(w) > 6 and w.endswith("most"):
        return True
    if not w.endswith("est") or len(w) < 5 or known_as(w, "n") or known_as(w, "v"):
        return False
    stem = w[:-3]
    bases = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem,
             stem[:-1] + "y" if stem.endswith("i") else stem}
    return any(known_as(b, "a") for b in bases)


def _ranking_label(key: str) -> bool:
    """Does a label rank what it names ("Longest rail tunnel", "Northernmost capital", "Second largest ocean",
    "Longest-lived mammal"), a record a note keeps, not a page's own list ("Latest posts", "Most shared",
    "Most recently updated", "First published on", "First name")?"""
    words = [w for w in re.split(r"[\s-]+", key.strip().lower()) if w]
    if len(words) < 2 or not _superlative(words[0]):
        return False
    rest = words[1:]
    from .verify.lexical import known_as

    # (what it ranks, a noun that is none of the page's own things; not a participle, an adverb or a preposition)
    nouns = [w for w in rest if not w.endswith(("ed", "ing", "ly")) and w not in ("by", "on", "in", "at", "for", "of")
             and known_as(w, "n")]
    return bool(nouns) and rest[-1] not in _PAGE_THINGS


# (who else made the page, for the label of a person: "Fact checker: Sam Jones", "Series producer: Ann Lee")
_PAGE_CREW = frozenset({"checker", "producer", "proofreader", "designer", "coordinator", "assistant", "blogger",
                        "columnist", "correspondent", "videographer", "cameraman", "webmaster", "administrator"})


# a page's credit fields, whatever follows them
_CREDIT_FIELDS = frozenset({"compiled by", "maintained by", "maintainer", "author", "authors", "sponsored by",
                            "presented by", "powered by", "brought to you by", "in partnership with", "photo credit",
                            "image credit", "credit", "credits"})


# (a value opening with a participle is the page's note on the thing: "Keyboard: borrowed from Sam")
_PARTICIPLE = re.compile(r"^[a-z]+(?:ed|en|ing)\b")
# what a one-word label names when it is a stuff or a made thing ("Laudanum: opium dissolved in water"), not
# a page's field: the note says what it is
_STUFF = frozenset({"noun.substance", "noun.food", "noun.plant", "noun.animal", "noun.artifact", "noun.object",
                    "noun.body"})


def credit_line(line: str) -> bool:
    """Is ``line`` a page's credit, a role and who holds it ("Lecturer: Dr Okafor", "guest: Prof. H. Marsh")?"""
    m = _ROLE_LINE.match(line)
    return m is not None and m.group("role").lower() in PAGE_ROLES


def _field_key(line: str) -> bool:
    """Is the label before the colon one of a document's own fields ("Tags", "Author", "Updated")?"""
    key = re.sub(r"^\s*(?:[-*+•]|\d+[.)])\s+", "", line).split(":", 1)[0].strip().strip("*_").lower()
    return key in _FIELDS


def label_value(line: str) -> str | None:
    """The value of a "Label: value" line ("Opened: 4 March 1890" gives "4 March 1890"), or None."""
    m = _CARD_LINE.match(line.strip())
    return m.group("value") if m else None


def table_cells(row: str) -> tuple[str, ...]:
    """The cells of a Markdown table row, stripped."""
    return tuple(c.strip() for c in row.strip().strip("|").split("|"))


def _goes_on_paragraph(lines: list[_Line], i: int, marker: str, width: int) -> bool:
    """Is the ordered-list marker ``marker`` opening line ``i`` a number inside the paragraph above it: not "1."
    nor "1)", right under a line of a paragraph that no list item or heading opened, which the writer's wrap broke
    (it reaches near the ``width`` the document is wrapped at, its sentence left open)?

    A list may go on after a line of its own ("here are numbers six to ten." / "6. ...", "Checklist (continued)" /
    "4. ..."): only a broken sentence's number is read as words of it (review 57)."""
    if not marker[:1].isdigit() or int(marker[:-1]) == 1 or i == 0 or lines[i - 1].kind != "text" \
            or _indent(lines[i].raw) > _indent(lines[i - 1].raw):
        return False
    # (a short note's width is not known: a line as long as a wrapped one, its sentence open, goes on; review 57b)
    prev = lines[i - 1].raw.strip()
    if len(prev) < (width - 20 if width else 45) or prev.endswith((".", "!", "?", ":", ";", ")")):
        return False
    j = i - 1
    while j >= 0 and lines[j].kind == "text":
        j -= 1
    # (the paragraph's first line is a text line after a blank, a heading or the file's start; under a list item
    # its lines go on the item, and the number opens the list's next item)
    return j < 0 or lines[j].kind in ("blank", "heading", "skip")


def _classify(lines: list[_Line], width: int = 0) -> None:
    in_code = False
    for i, ln in enumerate(lines):
        s = ln.raw
        if _FENCE.match(s):
            ln.kind, in_code = "skip", not in_code
            continue
        if in_code:
            ln.kind = "skip"
            continue
        if not s.strip():
            ln.kind = "blank"
            continue
        if m := _MD_HEADING.match(s):
            ln.kind, ln.level, ln.title = "heading", len(m.group(1)), m.group(2).strip()
            ln.content_start = ln.start + m.start(2)
            continue
        # (not under a dated event, a rule a timeline draws between its eras: "1893 - Legnani's 32
        # fouettés" / "=====")
        if _SETEXT.match(s) and i > 0 and lines[i - 1].kind == "text" and not _dated_event(lines[i - 1].raw):
            prev = lines[i - 1]
            prev.kind, prev.level, prev.title = "heading", 1 if s.strip()[0] == "=" else 2, prev.raw.strip()
            ln.kind = "skip"
            continue
        if _SETEXT.match(s) or s.strip() in {"***", "___"}:
            ln.kind = "skip"
            continue
        if m := _WIKI_HEADING.match(s) or (_FENCED_HEADING.match(s) if len(s.split()) <= 7 else None):
            ln.kind, ln.level, ln.title = "heading", 7, m.group(2).strip()
            ln.content_start = ln.start + m.start(2)
            continue
        if _TABLE.match(s) or (s.lstrip().startswith("|") and s.count("|") >= 2):
            ln.kind = "table_sep" if _TABLE_SEP.match(s) else "table"
            continue
        # (a number that opens a line of a paragraph goes on it unless it is 1, as CommonMark reads an ordered list
        # that would interrupt one: "... made the first maximum in 1955, when he was" / "53. The first one on
        # television ..." is a sentence the wrap broke, not item 53)
        if (m := _BULLET.match(s)) and _goes_on_paragraph(lines, i, m.group(2), width):
            m = None
        if m:
            ln.kind = "bullet"
            ln.content_start = ln.start + m.end()
            ln.marker = ln.start + m.start(2)
            continue
        if m := _QUOTE.match(s):
            ln.content_start = ln.start + m.end()
        ln.kind = "text"
        ln.content_start = ln.content_start + (len(s[ln.content_start - ln.start:]) -
                                               len(s[ln.content_start - ln.start:].lstrip()))


def _dated_event(line: str) -> bool:
    """A timeline's line telling what happened on a date, in three words or more ("1893 - Legnani's 32
    fouettés, in Coppélia"), not a dated title ("1890s")."""
    # (or one whose date the writer did not know: "??? - thyssenkrupp's elevator arm sold to Blackstone")
    m = _timeline(line.strip()) or re.match(r"^\?{2,}\s*[-–—:]\s+(?P<rest>.*)$", line.strip())
    rest = (m.group("rest") or "") if m else ""
    # (not a span of years the regex read as a year and a dash: "1405 - 1433 The Ming treasure voyages"
    # is a section's title)
    return bool(m and len(rest.split()) >= 3 and not re.match(rf"(?:{_YEAR}|\d{{2}})\b", rest))


def wrap_width(text: str) -> int:
    """The width a document was hard-wrapped at, or 0 when its lines were not wrapped.

    Wrapped prose has most of its long lines close to one width (70, 72, 80 ...); notes written
    a statement per line vary freely. The width is the 90th percentile of the line lengths when
    at least 40 % of the lines over 30 characters lie within 20 characters under it.
    """
    lengths = sorted(len(ln.rstrip()) for ln in text.split("\n") if len(ln.strip()) > 30
                     and not _BULLET.match(ln) and not _MD_HEADING.match(ln) and not _TABLE.match(ln))
    # wrap widths are 100 or less; a few long unwrapped lines (a pasted paragraph, a link) in an
    # otherwise wrapped document do not hide its width
    short = [n for n in lengths if n <= 100]
    if len(short) < 4:
        return 0
    width = short[int(0.9 * (len(short) - 1))]
    near = sum(1 for n in lengths if width - 20 <= n <= width)
    return width if near >= 0.4 * len(lengths) else 0


def _wrapped(line: str, following: str, width: int) -> bool:
    """Is ``line`` a hard-wrapped line of prose that ``following`` continues, whatever its first letter?

    "... at NASA's Marshall" / "Space Flight Center in Huntsville, Alabama." is one sentence. Only in
    a document wrapped at ``width``, for a line that reaches near it without ending its sentence.
    """
    s = line.strip()
    # a sentence may end at the end of a wrapped line; the paragraph goes on (and so does what its
    # pronouns stand for)
    if not width or len(s) < width - 20 or s.endswith(":") or _timeline(following.strip()) \
            or _OWN_LINE.match(following.strip()):
        return False
    # (nor does a note to self run on into a line that opens a sentence: "TODO: check the toll" /
    # "The United States took over ...": the unit it opens is dropped whole, with what follows it)
    if _OWN_LINE.match(s) and following.strip()[:1].isupper():
        return False
    # (nor does a card's "Label: value" line run on into the next label's: "Selectric type element: 96
    # characters" / "Steno keyboard: 22 keys" are two lines of a list, however long they happen to be)
    # (not a sentence's end before the next line's colon: "...farm near" / "Bethel, New York. Headliners:
    # Jimi Hendrix ...": the next line goes on with the sentence before it gives a label of its own)
    if _CARD_LINE.match(s) and _CARD_LINE.match(following.strip()) \
            and not _SENTENCE_IN_LABEL.search(following.strip().split(":", 1)[0]):
        return False
    # (nor a prompt's line with its answer after an arrow into the next such line: "Rules in Naismith's original list
    # -> 13" / "NBA three-point distance at the top of the arc -> 23 ft 9 in", a quiz's numbers round)
    if _prompt_line(s) and _prompt_line(following.strip()):
        return False
    return not _BULLET.match(following) and not _MD_HEADING.match(following) and not _TABLE.match(following)


def _next_content(lines: list[_Line], i: int) -> _Line | None:
    for ln in lines[i + 1:]:
        if ln.kind not in ("blank", "skip"):
            return ln
    return None


# titles that stand before a name, a line's last word that the next line's name completes ("at President" /
# "Woodrow Wilson's request")
_TITLE_BEFORE_NAME = frozenset({"president", "mayor", "governor", "senator", "king", "queen", "prince", "princess",
                                "emperor", "empress", "pope", "sir", "lord", "lady", "dame", "saint", "st", "st.",
                                "dr", "dr.", "general", "admiral", "captain", "colonel", "bishop", "archbishop", "tsar"})


def _goes_on(entry: str, line: _Line, column: int, last: str = "", room: int = 0, hangs: bool = False) -> bool:
    """Does a timeline entry's text go on in ``line``, indented to the entry's text ``column``?

    Only where the entry cannot end: the next line opens lower-case ("... the first public" / "railway to use
    steam"), or the entry ends on a small word, a comma or a dash ("... in" / "33.5 hours"), or on a title
    before its name ("at President" / "Woodrow Wilson's request"). Not a note of its own under the entry:
    capitalised after a word that may end it ("Blériot crosses the Channel" / "Flight takes 36 minutes"),
    an aside in brackets, an arrow, a dash, a question, a note to self, the next dated line. A line that is
    only a name goes on an entry left on a person's role ("...; architect" / "Eero Saarinen").
    A lower-case opening goes on the entry only when its first word would not have fit on the entry's
    ``last`` line within the ``room`` the writer's longest line takes: "1949      Honda Motor Co. founded,
    Hamamatsu" / "          first FIM road-racing world championship season" are two entries of one year.
    ``hangs``: the line is indented as the document hangs the lines that go on an entry (``_hanging_indents``),
    short of the entry's text: "    17 Feb. -- Hunley sinks ...; lost with" / "      all 8 crew".
    """
    following = line.raw.strip()
    if line.kind != "text" or not following or len(line.raw) - len(line.raw.lstrip()) < column and not hangs \
            or _timeline(following) or _OWN_LINE.match(following) or following[:1] in "([-–—=>→*•" \
            or following.endswith("?") or _TERMINAL.search(entry):
        return False
    word = entry.rstrip().rsplit(None, 1)[-1] if entry.strip() else ""
    # (a line that could have held the next one's first word was ended on purpose where the next line opens a
    # phrase of its own: "..., Hamamatsu" / "first FIM ..."; not "... her maiden voyage" / "after striking an
    # iceberg", nor a participle, "... the bridge" / "built by ...")
    first = following.split()[0].lower()
    wrapped = not last or not room or len(last.rstrip()) + 1 + len(first) > room \
        or first in _SMALL_WORDS or first in _GOES_ON_WORDS or first.endswith(("ing", "ed"))
    # (or the entry ends on a preposition, whatever the next line opens with: "..., landing near" / "Dover Castle")
    return following[:1].islower() and wrapped or entry.rstrip().endswith((",", ";", "-", "–", "—", "&")) \
        or word.lower() in _SMALL_WORDS or word.lower() in _TITLE_BEFORE_NAME or word.lower() in _PREPOSITIONS \
        or _title_broken(entry, following)


# prepositions that leave a phrase open at a line's end
_PREPOSITIONS = frozenset({"near", "after", "before", "between", "during", "until", "since", "under", "against", "without",
                           "within", "through", "across", "about", "around", "toward", "towards", "upon", "onto", "along",
                           "among", "beyond", "below", "above", "behind", "beside", "via"})
# words that open the rest of a phrase, not a phrase of its own
# words that open a note's own noun phrase ("the first show was put on ...")
_NOTE_OPENERS = frozenset({"the", "a", "an", "this", "these", "its", "their"})
_GOES_ON_WORDS = frozenset({"after", "before", "between", "during", "until", "till", "since", "while", "when", "where",
                            "which", "who", "whose", "that", "than", "then", "under", "near", "against", "without",
                            "within", "through", "across", "about", "around", "off", "out", "up", "down", "known",
                            "named", "called", "built", "won", "so", "not", "plus", "including", "except", "above",
                            "below", "beyond", "toward", "towards", "upon", "onto", "along", "amid", "among"})


# (an early year too, with its era or a circa: "c. 400 BC", "AD 105", "c. 1290s")
_YEAR_LINE = re.compile(rf"(?:c\.\s*|ca\.\s*)?(?:(?:AD|CE)\s*)?"
                        rf"(?:{_YEAR}|\d{{2,4}}(?=\s*(?:BC|BCE|AD|CE)\b)|(?<=AD )\d{{2,3}}|(?<=CE )\d{{2,3}})"
                        rf"s?(?:\s*(?:BC|BCE|AD|CE))?(?:\s*[-–]\s*\d{{2,4}}s?)?\s*:?"
                        rf"|{_CENTURY}\s*:?")  # (or a century: "6th century CE", "early 14th century")


def _under_a_year(lines: list[_Line], i: int) -> bool:
    """Is line ``i`` indented under a line that gives only a year ("1988", "c. 1450", "1914-18"), with only
    other indented lines between them?"""
    if not lines[i].raw[:1].isspace():
        return False
    # (not a sub-heading over lines indented deeper: "1924" / "  Summer Games" / "    Paris hosts the Games"; an entry
    # with a note under it is no title: "Yoshizawa show at the Stedelijk Museum, Amsterdam" / "    the show runs ...")
    after = next((ln for ln in lines[i + 1:] if ln.kind not in ("blank", "skip")), None)
    if after is not None and _indent(after.raw) > _indent(lines[i].raw) and _title_like(lines[i].raw.strip()):
        return False
    # (a timeline's entries under one year are few: looking back a few dozen lines is enough)
    for ln in reversed(lines[max(0, i - 50):i]):
        if ln.kind in ("blank", "skip"):
            return False
        if not ln.raw[:1].isspace():
            return _YEAR_LINE.fullmatch(ln.raw.strip()) is not None
    return False


# words that open a longer name, never a line's last word in a name of its own: "Cape" / "Canaveral", "HMS" / "Endeavour"
_NAME_OPENERS = frozenset({"hms", "uss", "rms", "ss", "st", "st.", "saint", "mount", "mt", "mt.", "cape", "lake", "port",
                           "fort", "east", "west", "north", "south", "new", "san", "santa", "sir", "dr", "dr.", "captain",
                           "king", "queen", "lord", "lady", "general", "president", "upper", "lower", "great", "little",
                           "de", "van", "von", "le", "la", "el", "al"})
# capitalised words that open a sentence, never go on with a name: "The Soviet Union boycotts ..."
_OPENING_WORDS = frozenset({"the", "a", "an", "in", "on", "at", "by", "after", "before", "during", "first", "this",
                            "his", "her", "its", "their", "it", "he", "she", "they", "we", "i"})


def _name_broken(prev: str, following: str) -> bool:
    """Does ``prev`` (a line, or the unit so far) end in the first words of a name that ``following`` finishes: a
    given name ("by Alexander" / "Fleming"), a word that opens a name ("from Cape" / "Canaveral", "aboard HMS" /
    "Endeavour"), or two words WordNet knows as one name ("Cape Canaveral")?"""
    last = prev.rsplit(None, 1)[-1:] or [""]
    first = following.split(None, 1)[:1] or [""]
    a, b = last[0].strip("\"'(),"), first[0].strip("\"'(),;:")
    if not a[:1].isupper() or not b[:1].isupper() or b.lower() in _OPENING_WORDS or _TERMINAL.search(prev):
        return False
    if a.lower() in _NAME_OPENERS:
        return True
    from .verify import lexical  # (WordNet and the given names, only for a line that may break a name)
    return lexical.given_name(a) or lexical.known_as(f"{a}_{b}".lower(), "n")


# (words a name is written with, lower case: "Ludwig van Beethoven", "Hans von Bülow", "Leonardo da Vinci")
_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la", "ter", "bin",
                             "ibn", "al", "el"})


def _title_broken(prev: str, following: str) -> bool:
    """Does ``prev`` end on a noun for a person's role that ``following``, a line that is only a name, names:
    "... opened by Queen Elizabeth II; architect" / "Eero Saarinen"? The line is the rest of the entry, not an
    entry of its own: a name alone says nothing, and the role left at the line's end is whose name it is."""
    last = prev.rsplit(None, 1)[-1:] or [""]
    words = following.rstrip(".").split()
    if not last[0].isalpha() or not last[0].islower() or _TERMINAL.search(prev) or not 1 <= len(words) <= 4 \
            or not words[0][:1].isupper() or _timeline(following) or any(
                not (w[:1].isupper() and w.replace("-", "").replace("'", "").replace(".", "").isalpha())
                and w not in _NAME_PARTICLES for w in words):
        return False
    from .verify import lexical  # (WordNet, only for a line that may be a name alone)
    return lexical.people_noun(last[0])


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _timeline(text: str) -> re.Match[str] | None:
    return _TIMELINE.match(text.strip())


def _year_outside(date: str, span: str) -> bool:
    """Does ``date`` give a year outside the range ``span`` ("1628" after "1577-80")?"""
    years = [int(y) for y in re.findall(r"\d{4}", date)]
    ends = re.findall(r"\d+", span)
    if not years or len(ends) < 2 or len(ends[0]) != 4:
        return False
    first, last = int(ends[0]), ends[1]
    # "1577-80": the end year shares the first one's century
    last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    return any(y < first or y > last_year for y in years)


def _capitalised(text: str) -> bool:
    """"First World War", "The Deep Learning Boom": every longer word capitalised, as titles are."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if len(w) > 3]
    return bool(words) and all(w[:1].isupper() for w in words)


def _title_like(text: str) -> bool:
    """"Corporate Co-optation", "Early Days", "Women in space": capitalised or few words, as a title
    is written (not "Columbus sails from Palos, 3 Aug")."""
    # (or short and plain, as a section's name is: "Women in space")
    short = len(text.split()) <= 4 and not re.search(r"[\d,]", text)
    return short or _capitalised(text)


def _has_year(date: str) -> bool:
    """Does a heading's date give a year, or a century of years ("6th century CE")?"""
    return re.search(_YEAR, date) is not None or re.search(rf"{_CENTURY}\b", date) is not None


# the words a line opens with when it says something of its own ("he still finishes second")
_OWN_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this", "these", "there"})


def _hanging_indents(lines: list[_Line]) -> frozenset[int]:
    """How much deeper than a line the writer indents the line that goes on it, where a line left open shows it:
    "    17 Feb. -- Hunley sinks USS Housatonic off Charleston; lost with" / "      all 8 crew" hangs by 2. A
    document that hangs its wrapped lines so hangs them all: "... a submersible rowing" / "  boat -- it was never
    built" is one entry, where its first word would not have fit on the line before; in another, a deeper line
    under a finished one is a note on it."""
    out = set()
    for a, b in zip(lines, lines[1:]):
        if a.kind != "text" or b.kind != "text" or _indent(b.raw) <= _indent(a.raw) or not b.raw.strip()[:1].isalnum():
            continue
        end = a.raw.rstrip()
        word = end.rsplit(None, 1)[-1].lower() if end.strip() else ""
        if end.endswith((",", ";", "-", "–", "&")) or word in _SMALL_WORDS or word in _PREPOSITIONS:
            out.add(_indent(b.raw) - _indent(a.raw))
    return frozenset(out)


def units(text: str, body_start: int = 0) -> list[Unit]:
    """The claim-bearing spans of ``text[body_start:]``, in order."""
    lines = _lines(text, body_start)
    width = wrap_width(text[body_start:])
    _classify(lines, width)
    # (the longest line the writer let stand: an entry that broke well short of it was ended on purpose)
    # (the timeline's own lines, dated or indented under one, not a heading's or a paragraph's)
    room = max((len(ln.raw.rstrip()) for ln in lines if ln.kind == "text"
                and (_timeline(ln.raw.strip()) or ln.raw[:1].isspace())), default=0)
    hangs = _hanging_indents(lines)
    out: list[Unit] = []
    headings: list[tuple[int, str]] = []
    table_header: tuple[str, ...] = ()
    date_context, date_level = "", 99  # the inherited date, and the heading level that set it
    # (set by an event's line, "- 1904: Garin ... DQ'd", the date is for the month lines and the
    # indented notes under it, not for the notes after it: "- Froome won four" is no event of 1904)
    event_dated = False
    heading_date = ""  # the date in force before an event's line set its own
    open_unit: dict | None = None  # prose being joined across wrapped lines

    def flush() -> None:
        nonlocal open_unit
        if open_unit:
            span = text[open_unit["start"]:open_unit["end"]]
            if open_unit["kind"] == "prose" and not out and not headings and not _TERMINAL.search(span):
                push_heading(1, " ".join(span.split()))  # an unpunctuated opening paragraph is a title
            else:
                out.append(Unit(**open_unit))
            open_unit = None

    def push_heading(level: int, title: str, date: str = "") -> None:
        nonlocal headings, date_context, date_level, event_dated
        headings = [h for h in headings if h[0] < level] + [(level, title)]
        event_dated = False
        if date:
            date_context, date_level = date, level
        elif level <= date_level:
            date_context, date_level = "", 99

    def context() -> str:
        return " > ".join(t for _, t in headings)

    def standalone(i: int) -> bool:
        """Not followed by a wrapped continuation (a next line starting in lower case, or any next
        line when this one is a hard-wrapped line of prose)."""
        ln, nxt = lines[i], _next_content(lines, i)
        if nxt is None or nxt.start > ln.end + 1 or nxt.kind != "text":
            return True
        following = text[nxt.content_start:nxt.end].strip()
        return not (following[:1].islower() or _wrapped(text[ln.content_start:ln.end], following, width))

    hanging: set[int] = set()  # lines that go on a timeline entry above them

    def run_on(i: int, start: int, end: int, column: int) -> int:
        """Where the timeline entry whose text begins at ``start`` on line ``i`` ends, taking in the lines that
        go on it (marked hanging); ``end`` is where its own line ends."""
        j = i + 1
        while j < len(lines) and _goes_on(text[start:end], lines[j], column,
                                          text[text.rfind("\n", 0, end) + 1:end], room,
                                          _indent(lines[j].raw) - _indent(lines[i].raw) in hangs):
            hanging.add(j)
            end = lines[j].start + len(lines[j].raw.rstrip())
            j += 1
        return end

    entry_column = 0  # where the text of the timeline entry just read begins, while lines stay under it
    for i, ln in enumerate(lines):
        if i in hanging:
            continue
        if ln.kind in ("blank", "skip", "table_sep"):
            if ln.kind == "blank":
                flush()
                entry_column = 0
            continue
        content = text[ln.content_start:ln.end]
        stripped = content.strip()
        # "1949      Honda Motor Co. founded, Hamamatsu" / "          first FIM road-racing world championship season" /
        # "          500cc title: Les Graham, on a Norton": a line indented to an entry's text that does not go on
        # it is an entry of its own, of the same date
        if entry_column and ln.kind == "text" and len(ln.raw) - len(ln.raw.lstrip()) >= entry_column \
                and not _timeline(stripped):
            flush()
            # (such an entry goes on in the lines under it as a dated one does: "..., won" / "by Les Graham")
            end = run_on(i, ln.content_start, ln.start + len(ln.raw.rstrip()), entry_column)
            out.append(Unit("timeline", ln.content_start, end, ln.number, context(),
                            date_context, ln.content_start, marker=ln.marker))
            continue
        entry_column = 0
        if ln.kind == "heading":
            flush()
            m = _timeline(ln.title)
            push_heading(ln.level, ln.title.strip("*_ "),
                         m.group("date") if m and _has_year(m.group("date")) else "")
            continue
        if ln.kind == "table":
            flush()
            nxt = _next_content(lines, i)
            if nxt is not None and nxt.kind == "table_sep":
                table_header = table_cells(ln.raw)
                continue  # the header row names columns; it states nothing
            out.append(Unit("table", ln.start, ln.end, ln.number, context(), date_context, ln.start, table_header))
            continue
        # A wrapped continuation of the open prose unit.
        if open_unit is not None and ln.kind == "text":
            prev = text[open_unit["start"]:open_unit["end"]].rstrip()
            # (nor onto a lecture's or a podcast's credit line: "guest: Prof. H. Marsh (Girton historian)" /
            # "listened 3 Oct, ~55 min")
            credit = "\n" not in prev and credit_line(prev)
            # (a line that is only a name, after a role left open at the line's end, is whose name it is: "...;
            # architect" / "Eero Saarinen", however the two are indented)
            if not credit and _title_broken(prev.rsplit("\n", 1)[-1], stripped):
                open_unit["end"] = ln.start + len(ln.raw.rstrip())
                continue
            # (never a key to the note's shorthand, a line of its own however long: "Key: † = killed in action")
            # (nor a timeline's entry about a year, lower case as it opens: "EARLY DAYS" / "c. 1150    iron gall
            # ink becomes ...")
            # (a line left open on a comma, a dash or a small word goes on whatever comes next)
            unfinished = prev.endswith((",", ";", "-", "–")) or any(w.lower() in _SMALL_WORDS for w in prev.rsplit(None, 1)[-1:])
            circa_entry = (m_c := _timeline(stripped)) is not None and bool(m_c.group("circa")) and bool(m_c.group("rest")) \
                and not unfinished
            # (nor, however open it is left, onto a line that gives only a year, less indented than the unit:
            # "    Headingley -- Botham 149*, England win after following on" / "1993" opens the next year's entries)
            unit_line = text[text.rfind("\n", 0, open_unit["start"]) + 1:open_unit["start"] + 1]
            year_out = _YEAR_LINE.fullmatch(stripped) is not None and _indent(ln.raw) < _indent(unit_line)
            # (nor a capitalised line under a year-only line onto the entry before it, finished or not by a mark:
            # "1984" / "    Italian brothers (Legaignoux) patent the inflatable kitesurf kite" / "    Weifang holds its
            # first international kite festival" are two of that year's entries)
            # (but not where the line before ends inside a name the wrap broke: "... from Cape" / "Canaveral, killing
            # all seven", "... by Alexander" / "Fleming at St Mary's", "... aboard HMS" / "Endeavour")
            # (nor a line that opens a phrase of its own with "the", "a", whose first word would have fit on the line
            # before within the room the writer's longest line takes: "first Sumida River fireworks in Edo (Tokyo)" /
            # "the first show was put on to honour the dead" are two notes of one year)
            last = prev.rsplit("\n", 1)[-1]
            opener = stripped.split()[0].lower() if stripped.split() else ""
            # (any word but one that carries a phrase on, "in", "after", "built", "-ing": "it's a tiny insect", "most of
            # France's vineyards wiped out" are notes of their own too)
            ended = stripped[:1].islower() and bool(room) and len(last.rstrip()) + 1 + len(opener) <= room - 10 \
                and (opener in _NOTE_OPENERS or opener not in _SMALL_WORDS and opener not in _GOES_ON_WORDS
                     and not opener.endswith(("ing", "ed"))) \
                and not last.rstrip().rsplit(None, 1)[-1].lower() in _PREPOSITIONS
            next_entry = open_unit["kind"] == "timeline" and (stripped[:1].isupper() or ended) and not unfinished \
                and _indent(ln.raw) == _indent(unit_line) and not _name_broken(prev, stripped)
            # (nor a line indented deeper under an entry that opens on its own words, one line long, left finished: a
            # note on it, "    Royal Game of Ur boards buried in the royal graves at Ur" / "        each board has twenty
            # squares"; an entry that opens on its date keeps its wrapped lines whatever their indent, "1903  Lizzie
            # Magie files the patent for" / "      The Landlord's Game")
            # (an entry under a year line given "c.", which dates nothing below it, is read as prose: the same holds)
            sub_note = (open_unit["kind"] == "timeline" or open_unit["kind"] == "prose" and unit_line[:1].isspace()) \
                and "\n" not in prev and not unfinished \
                and _indent(ln.raw) >= _indent(unit_line) + 2 and unit_line.strip()[:1].isalpha() \
                and not _name_broken(prev, stripped) and not prev.rstrip().rsplit(None, 1)[-1].lower() in _PREPOSITIONS \
                and not (stripped[:1].islower() and _indent(ln.raw) - _indent(unit_line) in hangs
                         and not (room and len(last.rstrip()) + 1 + len(opener) <= room - 10)
                         # (not after a name, which may end the entry, "... completed at Promontory" / "golden spike
                         # driven by Stanford"; nor before a line of its own subject, "he still finishes second")
                         and not last.rstrip().rsplit(None, 1)[-1][:1].isupper() and opener not in _OWN_SUBJECTS)
            if not credit and not shorthand_key(stripped) and not circa_entry and not year_out and not next_entry \
                    and not sub_note and (
                    (_wrapped(prev.rsplit("\n", 1)[-1], stripped, width) and not _URL_START.match(stripped)) or (
                    not _TERMINAL.search(prev) and not prev.endswith(":") and not _URL_START.match(stripped) and
                    not (_CARD_LINE.match(prev.rsplit("\n", 1)[-1]) and _CARD_LINE.match(stripped)) and
                    not (_prompt_line(prev.rsplit("\n", 1)[-1]) and _prompt_line(stripped)) and
                    (stripped[:1].islower() or stripped[:1] in "(\"'“" or unfinished
                     or stripped[:1].isdigit() and not _timeline(stripped)))):
                open_unit["end"] = ln.start + len(ln.raw.rstrip())
                continue
            if ln.raw[:1].isspace() and open_unit["kind"] == "bullet" and not _TERMINAL.search(prev):
                open_unit["end"] = ln.start + len(ln.raw.rstrip())
                continue
        flush()
        m = _timeline(stripped)
        if m:
            rest = (m.group("rest") or "").strip()
            date = m.group("date")
            nxt = _next_content(lines, i)
            nxt_m = _timeline(text[nxt.content_start:nxt.end].strip()) if nxt else None
            heads_months = bool(nxt_m and not _has_year(nxt_m.group("date")) and _has_year(date)
                                and not re.match(rf"^{_YEAR}$", nxt_m.group("date")))
            is_range = bool(re.search(rf"{_YEAR}\s*(?:--?|–|—|to)\s*(?:{_YEAR}|\d{{2}})", date))
            # "2011–2019: The deep learning boom" above a paragraph or the years inside it is a
            # heading; "1577-80 - Drake's voyage ..." between "1522 - ..." and "1628 - ..." is an event
            section = is_range and (not (nxt_m and _year_outside(nxt_m.group("date"), date)) or _capitalised(rest))
            # "2023: Corporate Co-optation" above "March: ..." lines is a heading;
            # "2023: Meta releases LLaMA." and "1492 - Columbus sails from Palos" are events that also
            # date the lines below them.
            if (not rest or (rest.endswith(":") and len(rest.split()) <= 8) or section
                    or (heads_months and not _TERMINAL.search(rest) and _title_like(rest))):
                push_heading(8, stripped.rstrip(":"), date if _has_year(date) else "")
                continue
            if m.group("circa"):
                date_context = ""  # "c.1450:": about then; the lines below take no year from it
            elif _has_year(date) and not re.search(r"[A-Za-z]", date.rstrip("s")):  # 1455, 1750s
                if not event_dated:
                    heading_date = date_context
                date_context, date_level = date, 8
                event_dated = True
            # ("1935      16 July: first parking meter, Tulsa": a day and month after the year column are
            # the line's date too, not its text)
            if re.fullmatch(_YEAR, date) and (day := _DAY_LABEL.match(rest)):
                rest = day.group("rest")
            offset = ln.content_start + (len(content) - len(content.lstrip()))
            rest_start = text.find(rest, offset, ln.end) if rest else ln.end
            end = ln.start + len(ln.raw.rstrip())
            # "1911   Diamond Match gives up its patent at President" / "       Woodrow Wilson's request":
            # an unfinished entry goes on in the next line, indented to where its text begins
            column = rest_start - ln.start
            if rest and column >= 2:
                end = run_on(i, rest_start, end, column)
            out.append(Unit("timeline", offset, end, ln.number, context(), date_context, rest_start, marker=ln.marker))
            entry_column = column if rest and column >= 2 else 0
            continue
        # (a list item is a note, not a document's field, unless its label is one: "- Metal zip: teeth
        # stamped from brass, nickel or aluminium" says what it labels; "- Tags: parks, history" does not)
        if is_metadata(stripped) and (ln.kind != "bullet" or _field_key(stripped)):
            continue
        under_year = ln.kind == "text" and _under_a_year(lines, i)
        if ln.kind == "text" and standalone(i):
            first_line = not any(x.kind not in ("blank", "skip") for x in lines[:i])
            if first_line and not _TERMINAL.search(stripped):
                push_heading(1, stripped.strip("*_# "))  # a document's unpunctuated first line is its title
                continue
            # (a fact card's "Opened: 4 March 1890" is a value under its label, no heading)
            card = label_value(stripped.strip("*_ "))
            # (nor a line of a card of them, "Davis Cup donor: Dwight F. Davis" between two others)
            in_card = bool(card) and _CARD_LINE.match(stripped) is not None and any(
                0 <= j < len(lines) and lines[j].kind == "text"
                and _CARD_LINE.match(text[lines[j].content_start:lines[j].end].strip()) is not None for j in (i - 1, i + 1))
            # (not a line the writer left undated or a note, "??? - the Endurance found in the Weddell Sea")
            # (nor an entry indented under a line that gives only its year: "1988" / "    Tin Toy, Pixar's
            # Oscar-winning short" is what happened that year, however capitalised)
            # (nor a prompt and its answer, capitalised as it may be: "Year Boyle and Smith shared the Nobel Prize for
            # the CCD -> 2007")
            if looks_like_heading(stripped) and not (card and any(ch.isdigit() for ch in card)) and not in_card \
                    and not stripped.startswith("??") and not under_year and not _answered_prompt(stripped):
                push_heading(7, stripped.rstrip(":").strip("*_ "))
                continue
        start = ln.content_start + (len(content) - len(content.lstrip()))
        # (an entry indented under a year-only line is a timeline's entry, verb or none: "1927" / "    first
        # Women's Boat Race, on the Cam")
        open_unit = dict(kind="bullet" if ln.kind == "bullet" else "timeline" if under_year else "prose",
                         start=start,
                         end=ln.start + len(ln.raw.rstrip()), line=ln.number, context=context(),
                         date_context=heading_date if event_dated and not ln.raw[:1].isspace() else date_context,
                         body_start=start, marker=ln.marker)
    flush()
    return [u for u in out if u.end > u.start]
