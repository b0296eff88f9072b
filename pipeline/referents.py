"""What a pronoun stands for: the name the sentences just before it were about.

"Marie Curie set up 20 radiography units. She died in July 1934." The second claim is
checked as a claim about Marie Curie; its text stays as written. A referent is taken only
from the same paragraph, or the same list of bullets or timeline lines: a blank line or a
heading starts afresh.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layout import Unit
from .verify.dates import MONTHS


_FUNCTION_WORDS = {"the", "a", "an", "of", "in", "on", "and", "to", "for", "my", "our", "some", "notes", "note"}
_MONTHS = rf"(?i)\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b\.?"


def heading_name(context: str, body: str) -> str:
    """The name the innermost heading gives ("Davy" under "## Davy", "Curie" in "Curie timeline",
    also under its date sub-heading "1898").

    A heading word counts as a name when the document also writes it capitalised inside a
    sentence: "Timeline" or "Notes" never are, "Davy" is ("... that Davy proved ...").
    """
    # a heading that is only a date ("1898", "July 1969") leaves the name of the one around it:
    # the lines under "Curie timeline > 1898" are still about Curie. Any other heading decides,
    # even naming nobody: "Noble gases > Argon" is not about "Noble".
    headings = context.split(" > ") if context else []
    while len(headings) > 1 and not re.search(r"[^\W\d_]", re.sub(_MONTHS, "", headings[-1])):
        headings.pop()
    if not headings or _only_a_date(headings[-1]):
        return ""  # ("6th century CE", "c. 2600 BCE": a date, its era no name either)
    # ("Ötzi (bonus segment)": what the writer adds in brackets is no part of the name)
    heading = re.sub(r"\s*\([^()]*\)\s*$", "", headings[-1]) or headings[-1]
    run: list[str] = []
    # ("Godot, Osborne and a detour to Stratford": a heading that lists names, a comma then "and", names no one
    # thing; "Whitechapel and Loughborough" opens on the first, "Tower Bridge, London" is one thing and where)
    if re.search(r"\b[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)*\s*,\s*[A-Z][^,]*\s(?:and|&)\s", heading) \
            and not heading.isupper():
        return ""
    words = re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", heading)
    # "MODERN OLYMPICS - QUICK TIMELINE": capitals throughout are typography; a word there names
    # something only as the document writes it inside a sentence ("the Olympics")
    # (or a title shouted before the writer's note on it, "COMPUTER ANIMATION TIMELINE -- draft for slide 7": two
    # words or more in capitals open it)
    opening = next((k for k, w in enumerate(words) if not w.isupper()), len(words))
    shouted = len(words) > 1 and all(w.isupper() for w in words) or opening >= 2
    words = words[:opening] if shouted else words
    for word in words:
        if shouted:
            if _capitalised_inside(word.title(), body):
                run.append(word.title())
            elif len(word) <= 5 and _capitalised_inside(word, body.replace(headings[-1], " ")):
                run.append(word)  # (an acronym the body writes as such, beyond the heading: "JFK", "NASA")
            elif run:
                break
            continue
        # (a word after the run's own, as the body writes them together: "Ben" of "Big Ben")
        if word[:1].isupper() and word.lower() not in _FUNCTION_WORDS and (
                _capitalised_inside(word, body) or _known_name(word)
                or run and _capitalised_inside(" ".join(run + [word]), body)):
            run.append(word)
        elif run:
            break
    if run:
        return " ".join(run)
    return _whole_name(heading) or _lone_name(heading)


def _only_a_date(heading: str) -> bool:
    """Is the heading a date and nothing else but marks ("6th century CE", "c. 2600 BCE")?"""
    from .verify.dates import find_dates

    _, spans = find_dates(heading)
    rest = heading
    for a, b in sorted(spans, reverse=True):
        rest = rest[:a] + rest[b:]
    return bool(spans) and not re.search(r"[^\W\d_]", re.sub(r"\b(?:c|ca|circa)\b\.?", "", rest))


def _lone_name(heading: str) -> str:
    """"## Ötzi", "## Vindolanda": a heading of one capitalised word English has in no sense (nor
    its singular), and not one of the words notes are laid out with ("Misc", "Takeaways")."""
    from .verify.lexical import known_word

    word = heading.strip().strip("*_:")
    low = word.lower()
    if not re.fullmatch(r"[^\W\d_][^\W\d_'’-]{2,}", word) or not word[:1].isupper() or word.isupper():
        return ""
    if known_word(low) or low.endswith("s") and known_word(low[:-1]) or low in _LAYOUT_WORDS:
        return ""
    return word


# words of a blog's or a notebook's layout that WordNet lacks
_LAYOUT_WORDS = frozenset({"misc", "todo", "todos", "tldr", "outro", "wrapup", "vlog", "cheatsheet", "faq", "faqs",
                           "recap", "intro", "eli5", "ama", "refs", "lol", "btw", "imo", "imho", "tbc", "tbd"})


def _whole_name(heading: str) -> str:
    """"## Usain Bolt", "## Abebe Bikila": a heading that is a whole name of two to four capitalised
    words, one of which English does not know, whether or not the notes under it ever write it.
    "Further Reading", "Key Dates" are English; "ChatGPT Release Notes", "COVID Timeline" end in a
    word that names a kind of text, act or time, which no name ends in."""
    words = heading.split()
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[^\W\d_][^\W\d_'’.-]*", w) and w[:1].isupper()
                                           for w in words):
        return ""
    if all(_english(w) for w in words) or _section_word(words[-1]):
        return ""
    return heading.strip()


def _section_word(word: str) -> bool:
    """Is ``word`` first of all a kind of text, act, time or idea ("Notes", "Timeline", "Release")?"""
    from .verify.wordnet import lexicon

    lex = lexicon()
    w = word.lower()
    for form in (w, w[:-1] if w.endswith("s") else w):
        senses = lex.senses(form, "n", 1)
        if senses:
            return lex.lexname(senses[0]) in ("noun.communication", "noun.act", "noun.time", "noun.cognition",
                                              "noun.event")
    return False


def _english(word: str) -> bool:
    """Does WordNet know ``word`` as a common word of any kind?"""
    from .verify.lexical import known_word

    w = word.lower()
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w}  # "Dates", "Churches"
    return any(known_word(f) for f in sorted(forms))


def _known_name(word: str) -> bool:
    """Does WordNet know ``word`` as a person or a place in one of its first two senses (Curie,
    Davy, Woolf, Paris)? Not "Key" or "Reading", whose person or town comes later, nor a
    nationality ("English"), nor a word that is an adjective too ("Equal area")."""
    from .verify.lexical import known_as, nationality, person_or_place

    # ("English", "French": a language, a people; "Equal", "Young": first an adjective, whatever the noun)
    return not nationality(word) and person_or_place(word, 2) and not known_as(word.lower(), "a")


def _capitalised_inside(word: str, body: str) -> bool:
    """Does ``word`` follow a lower-case word somewhere ("... that Davy proved")?"""
    return re.search(rf"(?:(?:^|[\s(\"'])[a-z][\w'’-]*,?|[—–-]) {re.escape(word)}\b", body) is not None


@dataclass(frozen=True)
class _Sentence:
    """What one document's sentence just read left for the next one."""

    name: str = ""
    """What it was about."""
    line: int = -10
    """The last line of the unit it came from."""
    kind: str = ""
    """That unit's kind (bullet, paragraph ...)."""
    things: tuple[str, ...] = ()
    """What it spoke of, for an "it"."""
    owner: str = ""
    """Whose ``name`` was ("Toni Morrison" for "Toni Morrison's Beloved")."""
    person: bool = False
    """Was ``name`` a "he" or "she" there (so no "it" stands for it)?"""
    someone: str = ""
    """The last person a he, she, him or her stood for, up to this sentence ("Congress awarded her
    the Cross. She disappeared ...": she is still Earhart)."""
    actor: str = ""
    """A person who acts in a clause of its own when the sentence's subject is no name ("The
    breakthrough came in 1885, when John Kemp Starley built the Rover. He ...": he is Starley)."""
    doer: bool = False
    """Was ``name`` only who did what a passive tells ("The replacement was poured ... by George Mears")?"""
    it_done_to: bool = False
    """Was what its act was done to an "it" ("Kosmos published it in 1995"), which a next "It" goes on with?"""
    gender: str = ""
    """Was ``someone`` a "he" ("m") or a "she" ("f")?"""
    crowded: bool = False
    """Did it name someone besides what it was about (not a place, not a people)?"""
    voice: str = ""
    """Did it say he, him or his ("m"), she or her ("f"), both ("") or neither ("n")?"""


@dataclass
class Referents:
    """The last name each document's current paragraph or list was about."""

    _last: dict[str, _Sentence] = field(default_factory=dict)
    """source -> the sentence just read."""
    _items: dict[str, list[tuple[int, int, int, str]]] = field(default_factory=dict)
    """source -> the list items read so far: (indent, first line, last line, what each was about)."""
    _closed: dict[str, _Sentence] = field(default_factory=dict)
    """source -> the last sentence of the paragraph or list before the current one."""
    _units: dict[str, tuple[Unit | None, Unit]] = field(default_factory=dict)
    """source -> the unit before the current one (None at the first), and the current one."""

    def parent(self, source: str, unit: Unit, indent: int) -> str:
        """What the item a list item is nested under was about ("- Fauchard -> father of modern dentistry" /
        "  - died in Lyon, 1761": Fauchard died), or "" when it is nested under none, or the list broke off
        before it (call before ``item``)."""
        line = unit.line
        for ind, first, last, name in reversed(self._items.get(source, [])):
            if last != line - 1:
                return ""
            if ind < indent:
                return name
            line = first
        return ""

    def item(self, source: str, unit: Unit, indent: int, name: str, text: str) -> None:
        """Record list item ``unit``, indented ``indent`` columns, as about ``name`` ("" if nothing)."""
        items = self._items.setdefault(source, [])
        if items and items[-1][2] != unit.line - 1:
            items.clear()  # (a new list)
        items.append((indent, unit.line, unit.line + text.count("\n"), name))

    def before(self, source: str, unit: Unit, first_sentence: bool, joined: str = "") -> str:
        """The referent available to a sentence of ``unit`` (call in document order); ``joined`` the he or she it
        opens on when the unit is prose that goes on from the prose unit before it with no blank line between (a
        hard-wrapped paragraph the layout cut where a line ended a sentence: one paragraph to its reader)."""
        last = self._last.get(source, _Sentence())
        if not first_sentence:
            return last.name
        self._units[source] = (self._units[source][1] if source in self._units else None, unit)
        # a new unit continues the same list only when it is the next line of the same kind
        # timeline lines are separate events: only bullets of one list carry a name on
        # (a he or she across such a cut only as across a blank line, ``across``: from a sentence that called the one
        # it is about so and named no one else (review 60b))
        same_list = unit.kind == "bullet" and last.kind == unit.kind and unit.line == last.line + 1 \
            or bool(joined) and unit.kind == "prose" and last.kind == "prose" and not last.crowded and bool(last.name) \
            and (_called_so(last, joined)
                 # (or a sentence about them by name that calls no one he or she: "Claude Monet moved to Giverny in 1883."
                 # / "Ten years later he bought land ...")
                 or last.voice == "n")
        if not same_list:
            if (closed := self._last.pop(source, None)) is not None:
                self._closed[source] = closed
            return ""
        return last.name

    def across(self, source: str, unit: Unit, pronoun: str) -> str:
        """The person a paragraph's opening "he" or "she" goes on with from the paragraph just before, under the
        same heading, with nothing but blank lines between: the one a he or she of that paragraph last stood for, when its
        last sentence called them so, as its subject, and named no one else ("Napoleon was born in Ajaccio ... He made his name
        at Toulon." / "In December 1804 he was crowned ..."); "" otherwise (call after ``before``).
        A heading, a list or a line of another kind between starts afresh, as within a paragraph."""
        closed = self._closed.get(source)
        before = self._units.get(source, (None, unit))[0]
        if closed is None or source in self._last or unit.kind != "prose" or before is None or before.kind != "prose" \
                or before.context != unit.context or closed.line < before.line:
            return ""
        # (the last sentence called them he or she, as its subject, and named no one else: not "The king visited him
        # there." nor "In 1885 he took on an apprentice, Brill." (review 60))
        return closed.someone if closed.person and _called_so(closed, pronoun.lower()) else ""

    def earlier(self, source: str) -> tuple[str, ...]:
        """What the sentence before spoke of, for an "it" (call after ``before``, which forgets it
        when a new paragraph or list starts)."""
        return self._last.get(source, _Sentence()).things

    def owner(self, source: str) -> str:
        """Whose the name the sentence before was about is ("Toni Morrison" for "Toni Morrison's
        Beloved"), for a "he" or "she" (call after ``before``)."""
        return self._last.get(source, _Sentence()).owner

    def person(self, source: str) -> bool:
        """Was the name the sentence before was about a "he" or "she" in it ("... he printed the
        first book in English. It was ...": the "it" is the book, not him)?"""
        return self._last.get(source, _Sentence()).person

    def someone(self, source: str) -> str:
        """The person a he or she of the paragraph last stood for (call after ``before``)."""
        return self._last.get(source, _Sentence()).someone

    def actor(self, source: str) -> str:
        """A person acting in a subordinate clause of the sentence before, whose subject was no
        name: who a "he" or "she" is (call after ``before``)."""
        return self._last.get(source, _Sentence()).actor

    def doer(self, source: str) -> bool:
        """Was the name the sentence before was about only the doer of its passive, no subject of it (call
        after ``before``)?"""
        return self._last.get(source, _Sentence()).doer

    def it_done_to(self, source: str) -> bool:
        """Was what the sentence before did something to an "it" ("Kosmos published it in 1995. It won ...": the game,
        not Kosmos)? (call after ``before``)"""
        return self._last.get(source, _Sentence()).it_done_to

    def after(self, source: str, unit: Unit, name: str, text: str, things: tuple[str, ...] = (),
              owner: str = "", person: bool = False, someone: str = "", actor: str = "", doer: bool = False,
              it_done_to: bool = False, crowded: bool = False) -> None:
        """Record the sentence just read; ``name`` is what it was about ("" if nothing), ``things``
        what it spoke of, ``owner`` whose ``name`` is, ``person`` whether it called ``name`` he or
        she, ``someone`` the person a he, she, him or her in it stood for (if any), ``actor`` a
        person acting in a subordinate clause of it when its subject is no name, ``doer`` whether ``name``
        was only who did what its passive tells, ``it_done_to`` whether what its act was done to was an "it",
        ``crowded`` whether it named someone besides ``name``."""
        # only the sentence just before: a subject that is not a name ("Seaborg's team ...") leaves
        # nothing for "It" to stand for, rather than a name from further back
        last = self._last.get(source)
        carried = someone or (last.someone if last is not None else "")
        voice = _voice(text)
        # (whether the one a he or she stood for was a he or a she, as the sentence that said so calls them)
        gender = (voice if voice != "n" else "") if someone else (last.gender if last is not None else "")
        self._last[source] = _Sentence(name, unit.line + text.count("\n"), unit.kind, things, owner, person, carried,
                                       actor, doer, it_done_to, gender, crowded, voice)


def _called_so(s: _Sentence, pronoun: str) -> bool:
    """Did the sentence ``s`` call the one it was about by ``pronoun`` ("he" or "she"), naming no one else?"""
    return bool(s.someone) and s.name == s.someone and not s.crowded and s.gender == ("m" if pronoun == "he" else "f")


_HE = re.compile(r"(?i)\b(?:he|him|his|himself)\b")
_SHE = re.compile(r"(?i)\b(?:she|her|hers|herself)\b")


def _voice(text: str) -> str:
    """"m" for a text that says he, him or his and no she or her, "f" for the other way round, "" for both, "n" for
    neither."""
    he, she = _HE.search(text) is not None, _SHE.search(text) is not None
    return "m" if he and not she else "f" if she and not he else "" if he else "n"
