"""One statement (a claim or a fact) as the parts a reader checks: who, did what, to what, where, when, how much.

A ``Statement`` holds its clauses (the act, its polarity, whether it is the main assertion or an
aside such as a relative clause) and its parts, each tied to its clause, its role there (subject,
object, ``in``, ``with``, a modifier of a noun ...) and what it hangs on (the act, or the noun it
modifies). ``reading.read`` makes one from a sentence's parse; claims and facts go through the same
function, so they can be compared part by part.

A ``Statement`` is plain data (tuples, strings, numbers): it is stored with its claim in the
state database and cached for facts, so a re-verification needs no parse.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace

from ..nlp import REGNAL_ONE


Kind = str  # "name" | "thing" | "act" | "mod" | "date" | "amount" | "rank"


# Roles that say where (``align.PLACES`` adds the locator of "Paris, France").
PLACE_ROLES = frozenset({"in", "at", "near", "from", "to", "into", "across", "outside", "inside", "off", "on"})


# verbs whose "as" phrase is the post held, what the claim says ("served as foreign minister"), not a
# circumstance ("as a child")
OFFICE_VERBS = {"serve", "work", "act", "elect", "appoint", "name", "crown", "install", "hire", "employ",
                 "succeed", "replace", "join", "return", "retire", "resign", "reign", "swear", "choose", "select"}


_TITLES = {"sir", "dame", "lady", "lord", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.",
           "professor", "president", "king", "queen", "prince", "princess", "saint", "st", "st.", "captain",
           "general", "admiral", "commander", "lieutenant", "emperor", "pope", "rev", "rev.", "the"}
TITLES = frozenset(_TITLES - {"the"})
"""Words that title a person ("the Queen", "King Charles I")."""


INITIAL = re.compile(r"^[A-Z]\.$")
"""A person shortened to an initial, as notes do ("But K. took the match")."""


# Dash, quote and space variants mapped one character for one, so offsets survive.
_SAME_LENGTH = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-",
                              "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                              "\u00a0": " ", "\u2009": " ", "\u202f": " "})


# acts that leave their object in the state an adjective after it names ("make it paler", "turn it green")
# (not "leave": "left 242,000 dead" is the killing told by its toll)
RESULT_ACTS = frozenset({"make", "render", "turn"})


@dataclass(frozen=True)
class Part:
    """One checkable piece of a statement."""

    kind: Kind
    text: str
    """As written ("Lyon", "killed", "July 1934"): what a reason quotes."""
    words: tuple[str, ...]
    """What is compared: a name's lower-cased words, else the lemma."""
    role: str
    """Its relation to ``anchor``: subj, obj, attr, a preposition (in, with, from ...), mod, poss, time."""
    anchor: str
    """The lemma it hangs on: the act for an argument, the noun for a modifier."""
    clause: int
    main: bool
    """In a clause that carries the assertion (not a relative clause or another aside)."""
    entity: str = ""
    """The entity label spaCy gave a name (GPE, PERSON, ORG ...), when it ran ``ner``."""
    value: tuple = ()
    """A date (year_lo, year_hi, month, day_lo, day_hi), an amount (low, high, unit), a rank (n,),
    what an "it" may stand for (names as written, things by lemma)."""
    resolved: bool = False
    """Not written in the claim but taken from its context: a name standing in for a pronoun
    ("She" -> Marie Curie), or a date from the line or heading above ("1957: ..." over a bullet)."""
    detail: bool = False
    """Circumstance rather than assertion: under "for", "because of" ... ("for her work on radium")."""
    at: int = -1
    """Index of its (head) token in the sentence; -1 when it has none (a date from a heading)."""


@dataclass(frozen=True)
class Clause:
    """One clause: its act and how it is asserted."""

    act: str
    """Lemma of its verb (with a particle: "set_up"); "" for a verbless line ("1888: Institute opens")."""
    negated: bool
    passive: bool
    main: bool
    exclusive: bool = False
    """Says someone did it alone ("Fleming alone received")."""
    copula: bool = False
    dep: str = "ROOT"
    """How the clause hangs on the sentence: ROOT, conj, relcl (about a noun), acl, advcl ..."""
    finite: bool = True
    """Has a subject of its own; a participle ("taking off from Orly") tells more of its head's event."""
    framed: str = ""
    """The verb that puts the act forward without stating it ("proposed declaring it extinct",
    "planned to build"): its lemma, or ""."""
    only: tuple[str, ...] = ()
    """The items of a list the clause restricts itself to ("gold + silver only", "only nectar and
    pollen"): their lemmas, or ()."""
    sequel: str = ""
    """For a clause with its own subject that tells what happened before or after the act it hangs
    on ("sold it in 1935 after they had turned it down"): "after" or "before"; else ""."""
    ceased: bool = False
    """Denied by "no longer" / "no more" ("no longer plays at Highbury"): it held before."""
    past: bool = False
    """Told in the past tense ("played at Highbury until 2006", "was backed by gold")."""
    shifted: bool = False
    """Told as before or after the line's own time ("later purify", "had built", "having quit")."""


@dataclass(frozen=True)
class Statement:
    """What a statement says, part by part."""

    text: str
    clauses: tuple[Clause, ...]
    parts: tuple[Part, ...]
    referent: str = ""
    """The name a pronoun subject was read as, if any."""
    lemmas: tuple[str, ...] = ()
    """Every content word's lemma, whatever the tagger made of it: a fallback when the parse is wrong."""

    def in_clause(self, i: int) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.clause == i)

    @property
    def main_clauses(self) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(self.clauses) if c.main)

    def words(self) -> frozenset[str]:
        """Every compared word, for candidate search."""
        return frozenset(w for p in self.parts if p.kind in ("name", "thing", "act", "mod") for w in p.words)


def dumps(statement: Statement) -> str:
    """JSON text of a statement (what the state database keeps)."""
    return json.dumps(asdict(statement), ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Statement:
    data = json.loads(text)
    return Statement(
        text=data["text"],
        clauses=tuple(Clause(**{**c, "only": tuple(c.get("only", ()))}) for c in data["clauses"]),
        parts=tuple(Part(**{**p, "words": tuple(p["words"]), "value": tuple(p["value"])}) for p in data["parts"]),
        referent=data.get("referent", ""),
        lemmas=tuple(data.get("lemmas", ())),
    )


def same_length(text: str) -> str:
    """Dashes, quotes and spaces in one form, character for character (offsets are kept)."""
    return text.translate(_SAME_LENGTH)


def name_words(text: str) -> tuple[str, ...]:
    """The compared words of a name: lower case, no titles or possessive, a plural surname or acronym made singular."""
    out = []
    for w in re.findall(r"[^\W_]+(?:['.][^\W_]+)*", text.replace("’", "'").replace(REGNAL_ONE, "I")):
        lw = w.lower()
        possessive = lw.endswith("'s")
        if possessive:
            lw = lw[:-2]
        if lw in _TITLES and not possessive or lw in ("of", "and", "de", "du", "von", "van", "der", "la", "le"):
            continue
        if re.fullmatch(r"[A-Z]{2,}s", w):
            lw = lw[:-1]  # "men's ODIs": an acronym's plural is the acronym
        out.append(lw)
    return tuple(out)


def with_shorthand(statement: Statement, keys: dict[str, str]) -> Statement:
    """The statement with each name the note writes short ("AS d. 1894 in Brussels") read as the name its
    key gives ("abbrev: AS = Adolphe Sax"); the claim's text stays as written."""
    if not keys:
        return statement
    parts = []
    for p in statement.parts:
        short = p.text[:-2] if p.text.endswith(("'s", "’s")) else p.text
        full = keys.get(short) if p.kind in ("name", "thing", "mod") else None
        parts.append(replace(p, kind="name", text=full, words=name_words(full)) if full else p)
    return replace(statement, parts=tuple(parts))


# the scale of a place a ranking gives by number ("No. 2"): whatever its noun is ranked by
NUMBERED = "#"

# the rounds before a final, read as a noun of their own ("semi-final", "quarter-final"), which a final does not back
ROUNDS = frozenset({"semi-final", "quarter-final"})


__all__ = ["Clause", "Part", "Statement", "dumps", "loads", "name_words", "same_length", "with_shorthand", "PLACE_ROLES",
           "OFFICE_VERBS", "TITLES", "INITIAL", "NUMBERED", "ROUNDS"]
