"""One statement (a claim or a fact) as the parts a reader checks: who, did what, to what, where, when, how much.

``read(span)`` walks spaCy's dependency parse of one sentence and returns a ``Statement``:
its clauses (the act, its polarity, whether it is the main assertion or an aside such as a
relative clause) and its parts, each tied to its clause, its role there (subject, object,
``in``, ``with``, a modifier of a noun ...) and what it hangs on (the act, or the noun it
modifies). Claims and facts go through the same function, so they can be compared part by part.

A ``Statement`` is plain data (tuples, strings, numbers): it is stored with its claim in the
state database and cached for facts, so a re-verification needs no parse.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace

from spacy.tokens import Span, Token

from ..nlp import REGNAL_ONE

from .dates import MONTHS, DateSpan, find_dates, with_context
from .quantities import ABOUT, DIMENSIONS, SCALES, TIME_UNITS, as_age, find_quantities, number_value

from . import STATEMENT_VERSION as VERSION  # noqa: E402  (kept where nothing heavy is imported)

Kind = str  # "name" | "thing" | "act" | "mod" | "date" | "amount" | "rank"

# Dependencies that open a clause of their own, and which of them carry the main assertion.
_CLAUSAL = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "pcomp", "parataxis"}
_ASIDE = {"advcl", "relcl", "acl", "csubj", "csubjpass", "pcomp", "parataxis"}
# Verbs that report another clause: the reported clause is what is claimed ("X announced that Y").
_REPORTING = {"say", "tell", "report", "announce", "state", "claim", "note", "show", "find", "reveal", "confirm",
              "write", "explain", "argue", "suggest", "believe", "know", "think", "declare", "prove", "demonstrate",
              "describe", "recount", "mention", "conclude", "recall", "add", "stress", "emphasise", "emphasize",
              "point", "observe", "insist", "remind", "acknowledge", "admit"}
# Verbs a summary frames what it reports with ("The text covers the Channel Tunnel, which ..."), and
# the subjects that make them a frame: the text itself or its author, never a name.
_FRAMING = _REPORTING | {"cover", "discuss", "trace", "outline", "survey", "chronicle", "profile", "examine",
                         "review", "summarise", "summarize", "introduce", "present"}
# Who frames a summary: a text or its author, never a pronoun ("She presented the Leica, which Leitz
# launched": she did present it)
_FRAME_SUBJECTS = {"text", "author", "book", "article", "chapter", "essay", "piece", "writer", "biography",
                   "summary", "paper", "source", "post", "study"}
# Roles that say where (``align.PLACES`` adds the locator of "Paris, France").
PLACE_ROLES = frozenset({"in", "at", "near", "from", "to", "into", "across", "outside", "inside", "off", "on"})
# Verbs that assert little beyond their arguments ("X involved 1.8 million children"): no act to back.
_LIGHT_ACTS = {"involve", "include", "feature", "comprise", "see", "have", "mark", "contain", "follow", "appear",
               "come"}
# Prepositions whose phrase adds circumstance, not the assertion: its words may go unbacked.
CIRCUMSTANCE = {"for", "because", "as", "despite", "like", "via", "through", "about", "among", "amid", "toward",
                "towards", "upon", "thanks", "unlike", "besides", "beyond", "throughout"}
_COPULAS = {"be", "become", "remain", "seem", "appear", "stay"}
# verbs whose "as" phrase is the post held, what the claim says ("served as foreign minister"), not a
# circumstance ("as a child")
OFFICE_VERBS = {"serve", "work", "act", "elect", "appoint", "name", "crown", "install", "hire", "employ",
                 "succeed", "replace", "join", "return", "retire", "resign", "reign", "swear", "choose", "select"}
# Nouns that name no particular thing: a claim is not unbacked for lacking them in the fact.
LIGHT_NOUNS = {"thing", "part", "way", "kind", "sort", "type", "lot", "number", "time", "one", "other", "others",
               "fact", "case", "example", "place", "people", "person", "something", "anything", "everything",
               "world", "history", "today", "end", "beginning", "start", "lead", "idea", "instance", "use",
               "work", "career", "life", "story", "name", "term", "form", "role", "result", "rest", "course",
               "year", "month", "day", "week", "decade", "century", "hour", "minute", "moment", "period",
               "era", "age", "date", "list", "series", "set", "group", "total", "amount", "deal", "bit",
               "morning", "evening", "night", "afternoon", "noon", "midnight", "dawn", "dusk", "daybreak"}
# Adverbs and adjectives that judge or hedge rather than state.
LIGHT_MODS = {"remarkably", "famously", "notably", "reportedly", "arguably", "eventually", "finally", "later",
              "also", "then", "still", "even", "just", "really", "very", "well", "now", "today", "originally",
              "actually", "indeed", "perhaps", "probably", "famous", "important", "great", "major", "key",
              "significant", "huge", "big", "real", "own", "same", "such", "many", "much", "several", "few",
              "various", "certain", "new", "more", "most", "further", "other", "different", "main", "early",
              "late", "widely", "largely", "mostly", "formally", "officially", "successfully", "publicly",
              "soon", "already", "again", "long", "old", "ever", "once", "first", "roughly", "some"}
_NEGATIONS = {"not", "never", "n't", "no", "neither", "nor", "nobody", "nothing", "none", "cannot"}
_DENIALS = {"refuse", "decline", "fail", "neglect", "cease"}
# Verbs whose denial passes to the act after "to" ("never had to file", "did not manage to win");
# not "want" or "try", whose denial leaves the act open.
_CARRIERS = {"have", "need", "manage", "get", "happen", "bother", "dare", "succeed", "live"}
# Verbs whose complement is put forward, not done ("proposed declaring", "planned to build", "hoped
# to reach"): the complement's act is no fact of its own. (Not "manage", "begin", "go on": their
# complement happened. Not "decide", "agree", "vote": notes and facts use them for the act done.)
# ("hop": spaCy's lemma of "hoped".) In the passive, only a schedule frames: "was expected to win", "was
# planned to open"; "is considered to be", "was asked to design" are another's view or bidding, left alone.
_FRAMES = {"propose", "plan", "hope", "hop", "try", "attempt", "want", "wish", "seek", "intend", "aim", "expect",
           "promise", "offer", "threaten", "recommend", "urge", "suggest", "dream", "request"}
_PASSIVE_FRAMES = {"expect", "plan", "schedule", "intend", "propose"}
_EXCLUSIVE = {"alone", "solely", "only", "sole", "single-handedly", "singlehandedly", "exclusively", "unshared"}
_TITLES = {"sir", "dame", "lady", "lord", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.",
           "professor", "president", "king", "queen", "prince", "princess", "saint", "st", "st.", "captain",
           "general", "admiral", "commander", "lieutenant", "emperor", "pope", "rev", "rev.", "the"}
TITLES = frozenset(_TITLES - {"the"})
"""Words that title a person ("the Queen", "King Charles I")."""
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them"}
_INTENSIFIERS = {"himself", "herself", "itself", "themselves"}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": 10_000, "final": 10_000}
_ORDINAL_NUM = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
_DESIGNATION = re.compile(r"^(?:\d+[A-Za-z]{1,3}|[A-Za-z]{1,3}\d+)$")
_CODE = re.compile(r"^(?:\d+\.)?[A-Za-z]{1,3}\d{1,2}$")
# "UTC+5:30", "GMT-3": a standard and a signed offset from it, one token
_OFFSET = re.compile(r"^[A-Z]{2,5}[+\-−–]\d{1,2}(?::\d{2})?$")
INITIAL = re.compile(r"^[A-Z]\.$")
"""A person shortened to an initial, as notes do ("But K. took the match")."""
_MODEL_NUMBER = re.compile(r"^[A-Z][A-Za-z]{0,5}-\d{1,4}[A-Za-z]?$")
_MONTHS = frozenset(MONTHS)
# Dash, quote and space variants mapped one character for one, so offsets survive.
_SAME_LENGTH = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-",
                              "\u2212": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                              "\u00a0": " ", "\u2009": " ", "\u202f": " "})


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
    """The compared words of a name: lower case, no titles or possessive, a plural surname made singular."""
    out = []
    for w in re.findall(r"[^\W_]+(?:['.][^\W_]+)*", text.replace("’", "'").replace(REGNAL_ONE, "I")):
        lw = w.lower()
        possessive = lw.endswith("'s")
        if possessive:
            lw = lw[:-2]
        if lw in _TITLES and not possessive or lw in ("of", "and", "de", "du", "von", "van", "der", "la", "le"):
            continue
        out.append(lw)
    return tuple(out)


# --- reading a parse -------------------------------------------------------------------------


def _is_clause_head(t: Token) -> bool:
    if t.dep_ == "ROOT":
        return True
    if t.tag_ == "VBN" and t.dep_ == "appos" and any(c.dep_ == "agent" for c in t.children):
        return True  # "London, first international tournament - won by Howard Staunton": a passive told of it
    if t.dep_ not in _CLAUSAL:
        return False
    if t.lower_ == "aged" and t.dep_ in ("advcl", "acl") and any(c.like_num for c in t.subtree if c != t):
        return False  # "died in Vienna, aged 35": the age at the act, as "at the age of 35" says it
    if t.pos_ in ("VERB",):
        return True
    if t.pos_ == "AUX" and t.dep_ in ("conj", "ccomp", "relcl", "advcl"):
        return True
    return t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and t.pos_ in ("VERB", "AUX")


def _clause_of(t: Token, heads: dict[int, int]) -> int:
    while t.i not in heads and t.head.i != t.i:
        t = t.head
    return heads.get(t.i, 0)


_RESTRICTING = ("only", "solely", "exclusively", "strictly")


def _only_listed(head: Token, heads: dict[int, int]) -> tuple[str, ...]:
    """The items of a list an "only" restricts clause ``head`` to: "only nectar and pollen", "gold +
    silver only" (the parser hangs a final "only" on the verb: the list is the one just before it).
    Not a single thing ("the only survivor", "only 3 survived"): a list of two or more, the claim
    says all there is."""
    mine = heads.get(head.i, 0)
    for t in head.subtree:
        if t.lower_ not in _RESTRICTING or t.dep_ != "advmod" or _clause_of(t, heads) != mine \
                or t.i > 0 and t.doc[t.i - 1].lower_ == "not":
            continue
        # one thing a preposition keeps the act to is a list of one: "only for men", "strictly for
        # men", "for men only" (against "for both men and women")
        prev = t.doc[t.i - 1] if t.i > 0 else t
        kept = next((x for x in t.head.children if x.dep_ == "pobj"), None) if t.head.pos_ == "ADP" \
            and t.head.i == t.i + 1 else prev if prev.dep_ == "pobj" and not prev.conjuncts and t.head.i < t.i \
            and t.lower_ != "strictly" else None
        if kept is not None and kept.pos_ == "NOUN" and not kept.like_num and not kept.conjuncts:
            return (kept.lemma_.lower(),)
        if t.lower_ == "strictly":
            continue
        # (after the list, it ends there: "... of gold and silver only", wherever the parser hangs it;
        # before, the list starts at the item it stands on: "coins, only gold and silver", or at the
        # first noun after it when the parser hangs it on the verb: "tested only on mice and rats")
        prev = t.doc[t.i - 1] if t.i > 0 else t
        after = t.head.i < t.i and prev.pos_ in ("NOUN", "PROPN", "ADJ") and bool(prev.conjuncts)
        target = prev if after else t.head
        if not after and target.pos_ in ("VERB", "AUX", "ADP"):
            target = next((x for x in t.doc[t.i + 1:t.i + 4] if x.pos_ in ("NOUN", "PROPN") and x.conjuncts), target)
        if target.pos_ not in ("NOUN", "PROPN", "ADJ") or target.like_num or not target.conjuncts:
            continue
        items = sorted((x for x in (target, *target.conjuncts) if (x.i <= target.i if after else x.i >= target.i)),
                       key=lambda x: x.i)
        if len(items) < 2:
            continue
        return tuple(x.lower_ if x.pos_ == "PROPN" else x.lemma_.lower() for x in items)
    return ()


def _particle(t: Token) -> str:
    # (not the "up" of "up to" a figure: "can lay up to 2,000 eggs" lays, it does not lay up)
    prt = [c for c in t.children if c.dep_ == "prt" and not (
        c.i + 2 < len(c.doc) and c.doc[c.i + 1].lower_ == "to" and (c.doc[c.i + 2].like_num or c.doc[c.i + 2].lower_ in (
            "about", "around", "some", "nearly", "almost", "roughly", "approximately")))]
    return f"{t.lemma_.lower()}_{prt[0].lower_}" if prt else t.lemma_.lower()


_HEARSAY = {"suppose", "say", "believe", "think", "know", "report", "rumour", "rumor", "reckon", "consider",
            "allege", "reput", "repute", "claim", "credit", "presume", "understand"}


def _hearsay(h: Token) -> bool:
    """"is supposed to have brought", "is said to have introduced": a passive verb of hearsay frames
    the act after it, which is what the sentence claims (a hedge does not change the claim)."""
    if not (h.lemma_.lower() in _HEARSAY and any(c.dep_ == "auxpass" for c in h.children)):
        return False
    x = next((c for c in h.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if x is None or any(c.dep_ == "neg" or c.lower_ in _DISCREDITED for c in h.subtree if c.i < x.i):
        return False  # "is not thought to have", "is wrongly said to have", "was once said to have"
    if h.lemma_.lower() == "suppose":  # "was supposed to open": a plan, not hearsay
        return any(c.lower_ in ("is", "are") for c in h.children if c.dep_ == "auxpass") \
            and any(c.lemma_ == "have" and c.dep_ == "aux" for c in x.children)
    return True


_DISCREDITED = frozenset({"wrongly", "falsely", "mistakenly", "erroneously", "incorrectly", "once", "formerly",
                          "longer", "never", "no"})


_GLOSSING = frozenset({"mean", "call", "know", "name", "nickname", "dub", "translate", "signify", "title"})
"""Participles that gloss a word rather than tell an event ("meaning", "known as", "called")."""


def _set_off_by_comma(tokens: Sequence[Token], k: int) -> bool:
    """Does the date at ``k`` follow a comma, alone or with its preposition (", in 1753")?"""
    before = k - 1 if k >= 1 and tokens[k - 1].dep_ == "prep" else k
    return before >= 1 and tokens[before - 1].text == ","


def _negated(head: Token) -> bool:
    if any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in head.children):
        return False  # "did not publish it until 1777": it was published, in 1777
    for c in head.children:
        if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't"):
            return True
        # "no longer has a brakeman", "no more runs on coal": what held before holds no more
        if c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(d.lower_ == "no" for d in c.children):
            return True
        if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and any(d.dep_ == "det" and d.lower_ == "no"
                                                                    for d in c.children):
            # "No country has won more medals than Norway": a superlative, not a denial ("No
            # country sent more than 10 athletes" denies: "than" compares with a number)
            than = next((d for d in head.subtree if d.lower_ == "than"), None)
            if than is not None and any(d.lower_ in ("more", "fewer", "less") or d.tag_ in ("JJR", "RBR")
                                        for d in head.subtree) and not any(
                    d.like_num for d in than.doc[than.i + 1:min(than.i + 3, len(than.doc))]):
                continue
            return True
    if head.lemma_.lower() in _DENIALS and any(c.dep_ == "xcomp" for c in head.children):
        return True
    # a verbless line's "no X" denies X ("Rutschebanen (1914): no brakeman any more"); not the
    # number sign ("No. 5", "No 10 Downing Street")
    if head.dep_ == "ROOT" and head.pos_ not in ("VERB", "AUX") and any(
            d.dep_ == "det" and d.text.lower() == "no" and d.head.pos_ == "NOUN"
            and not (d.i + 1 < len(d.doc) and d.doc[d.i + 1].like_num)
            and not any(v.pos_ in ("VERB", "AUX") for v in d.head.ancestors) for d in head.subtree):
        return True
    # "with no negative from which copies could be printed": what "no" denies, its relative
    # clause cannot do either
    # ("No astronaut who flew on Apollo 13 walked on the Moon": a subject's "no" denies the main verb)
    if head.dep_ == "relcl" and head.head.dep_ not in ("nsubj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in head.head.children):
        return True
    return False


def _set_aside_alternatives(tokens: Sequence[Token]) -> tuple[set[int], list[tuple[int, int]]]:
    """The words of ", not X": positions of the noun phrases set aside ("Sony, not Kodak, showed",
    "a compound, not an element"), and the spans of the adjuncts denied ("climbed it, not by the
    north ridge", "not from the north but from the south")."""
    aside: set[int] = set()
    denied: list[tuple[int, int]] = []
    for k, t in enumerate(tokens):
        # (or with no comma, a "not" on the preposition itself: "opened not in London but in Oxford")
        if not (t.lower_ == "not" and k > 0 and k + 1 < len(tokens) and (
                tokens[k - 1].text in (",", "—", "–", "(") or t.dep_ == "neg" and t.head == tokens[k + 1]
                and t.head.pos_ == "ADP")):
            continue
        nxt = tokens[k + 1]
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].is_punct or tokens[j].lower_ in ("but", "and")),
                   len(tokens))
        if nxt.pos_ == "ADP":
            denied.append((k, end))
        elif nxt.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and nxt.lower_ not in _NOT_ONLY and not any(
                tokens[j].pos_ in ("VERB", "AUX", "ADP") for j in range(k + 1, end)):
            # only a noun phrase: "not only in Mainz", "not having reached" qualify the act itself
            aside.update(range(k + 1, end))
    return aside, denied


_NOT_ONLY = frozenset({"only", "just", "merely", "simply", "even", "yet", "least", "necessarily", "quite", "all", "much"})


def _denied_by_parent(head: Token) -> bool:
    """An xcomp under "refused to", "failed to", "has yet to": the act did not happen."""
    parent = head.head
    if head.dep_ != "xcomp" or parent is head:
        return False
    if parent.lemma_.lower() in _DENIALS:
        return True
    # "never had to file", "did not manage to win": denying the way to the act denies the act
    if parent.lemma_.lower() in _CARRIERS and _negated(parent):
        return True
    return any(c.lower_ == "yet" for c in parent.children) and parent.lemma_.lower() in ("have", "be")


def _passive(head: Token) -> bool:
    # ("Ulysses published in Paris by Sylvia Beach": a headline's passive without "was"; the parser
    # marks its "by" as the agent)
    # ("- found Sept 1940 by five teenagers": a note's passive, with no subject, tagged a past tense; its
    # "by" names who did it, unless it measures: "- won by 0.2 seconds")
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in head.children) or (
        head.tag_ == "VBN" and head.dep_ in ("acl", "ROOT") and not any(c.dep_ == "aux" for c in head.children)) or (
        head.tag_ == "VBD" and head.dep_ == "ROOT" and not any(c.dep_ in ("aux", "nsubj", "expl") for c in head.children)
        and any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" and not _measure_noun(g) for g in c.children)
                for c in head.children))


_COMPASS = {"n": "north", "s": "south", "e": "east", "w": "west", "ne": "northeast", "nw": "northwest",
            "se": "southeast", "sw": "southwest"}


def _compass(tokens: Sequence[Token], k: int) -> str:
    """The direction token ``k`` gives before "of" and a name ("E of Port-au-Prince", "west of
    Lima"), spelled out; "" when it gives none."""
    if k + 2 >= len(tokens) or tokens[k + 1].lower_ != "of" or not tokens[k + 2].text[:1].isupper():
        return ""
    t = tokens[k].text
    if t.isupper() and t.lower() in _COMPASS:
        return _COMPASS[t.lower()]
    return t.lower() if t.lower() in _COMPASS.values() else ""


# Words naming a phase of a span of time, and the phase.
_PHASES = {"start": "start", "beginning": "start", "outset": "start", "dawn": "start", "early": "start",
           "middle": "middle", "mid": "middle", "midst": "middle",
           "end": "end", "close": "end", "late": "end"}


def _phase_of(t: Token) -> Token | None:
    """The span whose phase ``t`` names: "the end of the Cretaceous period" (a noun with "of"),
    "the middle Cambrian" (an adjective before a name); None when it names none. "the late
    Queen" names no phase, but a phase no fact speaks to goes unbacked without harm."""
    word = t.lower_
    if word not in _PHASES:
        return None
    if t.pos_ == "NOUN" and t.dep_ == "pobj":
        span = _after_of(t)
        return span if span is not None and span.pos_ in ("NOUN", "PROPN") else None
    if t.dep_ in ("amod", "compound") and t.head.pos_ in ("PROPN", "ADJ") and t.head.text[:1].isupper() \
            and word not in ("start", "end", "close", "dawn", "outset", "beginning", "midst"):
        return t.head
    return None


# Latin that English writes between its own words ("Mainz circa 1420", "London via Paris"): no epithet
_LATIN_IN_ENGLISH = frozenset({"circa", "via", "versus", "per", "vice", "anno", "ergo", "viz", "sic", "pro", "contra"})
# how a species epithet ends ("roqueforti", "thermophilus", "sapiens", "coli", "rex")
_LATIN_ENDING = re.compile(r"(i|ae|us|um|is|a|es|ens|ans|ex|ix|ax|or|ides|oides)$")


def _name_chunks(tokens: Sequence[Token], skip: set[int], use_ner: bool) -> list[list[Token]]:
    """Runs of proper nouns (with a designation number and inner "of": "University of Toronto")."""
    chunks: list[list[Token]] = []
    run: list[Token] = []

    def properish(t: Token, k: int) -> bool:
        if t.i in skip or t.lower_ in _MONTHS or _compass(tokens, k):
            return False
        if t.text == REGNAL_ONE and k > 0 and tokens[k - 1].pos_ == "PROPN":
            return True  # ("King Charles Ⅰ granted ...": the tagger may take the numeral for a plural noun)
        # (one word after it: "20th Century Fox", "82nd Airborne Division" are names whole)
        if _ORDINAL_NUM.match(t.text) and (k == 0 or tokens[k - 1].pos_ != "PROPN") and k + 1 < len(tokens) \
                and tokens[k + 1].pos_ == "PROPN" and not (k + 2 < len(tokens) and tokens[k + 2].pos_ == "PROPN"):
            return False  # "20th Amendment": the ordinal ranks the name after it, as "the 21st Amendment" does
        if t.pos_ == "PROPN" and (t.text[:1].isupper() or t.text[:1].isdigit()):
            first = k == 0 or tokens[k - 1].text in (":", ".", "\"", "(")
            # "Films were shown ...": a plural common noun the tagger took for a name at the start
            if first and t.is_alpha and t.tag_ == "NNPS" and _known_word(t.lemma_.lower()) \
                    and not _person_or_place(t.text):
                return False
            # "LLaMA 2 released – Sparks debate", "License – Ethical use clauses": after a dash a
            # capital is the writer's typography; a lone English word there is no name
            after_dash = k > 0 and tokens[k - 1].text in ("-", "–", "—")
            # (a plural of a common word is one too, whatever town bears it: "Sparks")
            common = _known_word(t.lower_) and not _person_or_place(t.text) or t.lower_.endswith("s") and \
                _known_word(t.lower_[:-1]) and not _person_or_place(t.text[:-1])
            if after_dash and t.is_alpha and not t.is_upper and common \
                    and not (k + 1 < len(tokens) and tokens[k + 1].pos_ == "PROPN"):
                return False
            return True
        if _MODEL_NUMBER.match(t.text) or _OFFSET.match(t.text):
            return True  # "Tu-144", "STS-135", "X-1": a model or mission number, one token; "UTC+5:30"
        if _CODE.match(t.text) and not (k > 0 and tokens[k - 1].like_num):
            return True  # "e4", "1.e4", "2.f3", "h2": a code, compared as written (not "500 km2")
        if t.text[:1].isupper() and _DESIGNATION.match(t.text) and t.text[-1:].isdigit():
            return True  # "K2", "V2", "B29": a letter and a number, whatever the tagger calls it
        if use_ner and t.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT",
                                       "WORK_OF_ART", "LAW") and t.text[:1].isupper() and t.is_alpha:
            return True
        if t.is_alpha and t.is_upper and len(t.text) >= 2 and t.lower_ not in ("i",) and t.pos_ != "VERB":
            return True  # UNICEF, WHO, FDA
        first = k == 0 or tokens[k - 1].text in (":", ".", "\"", "(", "-", "–", "—")
        if t.text[:1].isupper() and t.is_alpha and k + 1 < len(tokens) and _DESIGNATION.match(tokens[k + 1].text) \
                and tokens[k + 1].i not in skip and not t.is_stop:
            return True  # a capitalised word with a model number: "Mistral 7B"
        if _opening_label(tokens, k):
            return True  # "Category 5 begins at 157 mph": a capitalised noun and its number open the line
        if first and t.text[:1].isupper() and t.is_alpha and t.dep_ == "compound" and t.head.pos_ == "PROPN" \
                and t.head.i == t.i + 1:
            return True  # "Hugging Face": the tagger read the first word as a verb
        # (not "Many died", "Originally founded in Boston": a quantifier, an adverb of manner or time)
        if first and t.text[:1].isupper() and t.is_alpha and t.pos_ in ("ADJ", "ADV") and not t.is_stop \
                and not t.lower_.endswith("ly") and (
                t.dep_ in ("nsubj", "nsubjpass") or t.head.lower_ in _INTENSIFIERS and t.head.i == t.i + 1
                or t.dep_ == "amod" and t.pos_ == "ADJ" and t.head.pos_ == "VERB"
                and t.head.i == t.i + 1 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children)):
            return True  # "Titanic struck an iceberg": an adjective is no subject; the capital names a ship
        if first and t.text[:1].isupper() and t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "PROPN", "ADJ", "X"):
            # a sentence's first word is a name when English does not know it ("Blériot", "Earhart"),
            # or when it opens a title with another capitalised word ("Pride and Prejudice")
            nxt = tokens[k + 2] if k + 2 < len(tokens) else None
            # (a common noun for a person, which WordNet files with the persons it names, is none:
            # "Winner of the first Tour got 3,000 francs")
            if not (_known_word(t.lower_) or _known_word(t.lemma_.lower())) or _person_or_place(t.text) and not (
                    t.tag_ == "NN" and _person_word(t.lower_)) or (
                    nxt is not None and tokens[k + 1].lower_ in ("and", "of", "&") and nxt.text[:1].isupper()):
                return True
        # capitalised inside a sentence, not after a sentence start: a name the tagger missed
        return (t.text[:1].isupper() and k > 0 and t.is_alpha and not t.is_stop and t.pos_ in ("NOUN", "ADJ", "X")
                and tokens[k - 1].text not in (":", ".", "\"", "(", "-", "–"))

    # hyphen-glued names written without spaces: "Pouilly-le-Fort", "Joliot-Curie"
    glued: set[int] = set()
    k = 0
    while k < len(tokens):
        j = k
        # (an unspaced en dash too: "Caro–Kann", "Hewlett–Packard"; not "Paris–Marseille", a route)
        while j + 2 < len(tokens) and tokens[j + 1].text in ("-", "–") and not tokens[j].whitespace_ \
                and not tokens[j + 1].whitespace_ and not (tokens[j + 1].text == "–" and _is_place(
                    (tokens[j].lower_,)) and _is_place((tokens[j + 2].lower_,))):
            j += 2
        if j > k and tokens[k].text[:1].isupper() and tokens[j].text[:1].isupper() and tokens[k].i not in skip:
            glued.update(x.i for x in tokens[k:j + 1])
        k = j + 1

    for k, t in enumerate(tokens):
        if run and run[-1].dep_ == "pobj" and t.dep_ in ("nsubj", "nsubjpass", "compound") \
                and run[-1].head.i < run[0].i and t.head.i > t.i and t.head not in run:
            chunks.append(run)  # "During the First World War | Curie set up": the phrase ends, the subject starts
            run = []
        if t.i in glued and (run and t.i - 1 in glued or properish(t, k) or t.text[:1].isupper()):
            run.append(t)
            continue
        if run and t.lower_ == "the" and run[-1].whitespace_ and k + 1 < len(tokens) \
                and run[-1].pos_ == "PROPN" and tokens[k + 1].text[:1].isupper() and tokens[k + 1].is_alpha \
                and tokens[k + 1].pos_ in ("PROPN", "ADJ", "NOUN") and tokens[k + 1].i not in skip \
                and not (k + 2 < len(tokens) and tokens[k + 2].pos_ in ("PROPN", "NOUN", "ADJ")) \
                and (tokens[k + 1].head in run or run[-1].head == tokens[k + 1]
                     or tokens[k + 1].head == run[-1].head and run[-1].dep_ != "pobj"):
            run.append(t)  # "Pliny the Younger", "Alfred the Great": an epithet is the name's
            continue
        if len(run) == 1 and t.text in ("'s", "’s") and k + 1 < len(tokens) and properish(tokens[k + 1], k + 1) \
                and tokens[k + 1].text[:1].isupper() and run[0].is_alpha and run[0].lower_ != "the" and (
                    run[0].lower_ in _TITLES or _known_word(run[0].lower_) and not _person_or_place(run[0].text)):
            run.append(t)  # "King's Gambit", "Queen's College": a common word's possessive opens the name
            continue
        if run and _epithet(run, t) and t.i not in skip:
            # "Penicillium roqueforti", "L. bulgaricus": a species is its genus and its epithet (and
            # no word before the genus that a line opens with: "Wild Saccharomyces eubayanus")
            run = run[-1:] if len(run) == 2 and run[0].is_alpha and _known_word(run[0].lower_) and (
                run[0].i == tokens[0].i or run[0].nbor(-1).text in (":", ".", "\"", "(", "-", "–", "—")) else run
            run.append(t)
            continue
        if run and (_DESIGNATION.match(t.text) or t.text.isdigit() and len(t.text) <= 4) and t.i not in skip \
                and t.i == run[-1].i + 1:
            run.append(t)  # "Mistral 7B", "Boeing 747", "Apollo 1"
            continue
        if properish(t, k) or (run and t.text.isdigit() and t.i not in skip and t.head in run) or (
                run and t.lower_ in ("of", "de", "du", "von", "van") and k + 1 < len(tokens)
                and properish(tokens[k + 1], k + 1) and t.head in run and not _of_country(run, tokens[k + 1])) or (
                # "Wernher von Braun", "Vincent van Gogh": a particle inside a person's name, whatever the parse
                run and t.text in ("von", "van", "der", "den", "de", "du", "da", "di", "ter") and k + 1 < len(tokens)
                and properish(tokens[k + 1], k + 1) and tokens[k + 1].text[:1].isupper()):
            run.append(t)
            continue
        # (a spaced dash parts two things: "Kangchenjunga - Band & Brown")
        if run and t.text in ("-",) and not (run[-1].whitespace_ and t.whitespace_) and k + 1 < len(tokens) and (
                tokens[k + 1].text.isdigit() or
                                                                 properish(tokens[k + 1], k + 1)):
            run.append(t)  # "STS-1", "Joliot-Curie", "Pouilly-le-Fort" when split
            continue
        if run:
            chunks.append(run)
            run = []
    if run:
        chunks.append(run)
    # "Food and Drug Administration": a name joined by "and" whose first half modifies the second
    merged: list[list[Token]] = []
    for c in chunks:
        if merged:
            prev = merged[-1]
            h = _chunk_head(prev)
            gap = c[0].i - prev[-1].i
            if gap == 2 and prev[-1].nbor(1).lower_ in ("and", "&") and h.dep_ in ("compound", "nmod", "amod") \
                    and h.head in c:
                merged[-1] = prev + [prev[-1].nbor(1)] + c
                continue
        merged.append(c)
    # "First Black African Olympic champion: ...": a rank word opening a line opens no name when what
    # it ranks is a common noun after the run ("the First World War" keeps its "First")
    # (and "First" ranks that noun itself, not a word of the run: "First World War poet" keeps it)
    merged = [c[1:] if _ranks_the_noun_after(c) else c for c in merged]
    # (a letter and a number is a name too: "K2", "V2")
    # (a lone capital letter in brackets is a mark, not a name: "Anderssen (W)" is White; "rebranded as X" is one)
    return [[t for t in c if t.text != "-" or c.index(t) not in (0, len(c) - 1)] for c in merged
            if not (len(c) == 1 and _bracketed_letter(c[0])) and any(
                t.is_alpha or _MODEL_NUMBER.match(t.text) or _OFFSET.match(t.text)
                or t.text[:1].isupper() and _DESIGNATION.match(t.text)
                or _CODE.match(t.text) or INITIAL.match(t.text) for t in c)]


# the scale of a place a ranking gives by number ("No. 2"): whatever its noun is ranked by
NUMBERED = "#"


def _numbered_ranks(tokens: Sequence[Token]) -> dict[int, tuple[int, int, Token]]:
    """Places in a ranking written with a number: "No. 2", "no. 1", "number two", "#1". By the index
    of the number: (the index of its mark, the place, the noun ranked)."""
    out: dict[int, tuple[int, int, Token]] = {}
    for k, t in enumerate(tokens):
        if t.lower_ not in ("no", "no.", "number", "#"):
            continue
        m = k + 1
        if t.lower_ == "no" and m < len(tokens) and tokens[m].text == ".":
            m += 1
        if m >= len(tokens) or not tokens[m].like_num:
            continue
        read_as = number_value([tokens[m].lower_])
        n = read_as[0] if read_as is not None else None
        if n is None or n != int(n) or not 1 <= n <= 100:
            continue
        # (the noun it ranks: "the No. 2 milk producer"; not "number 10 Downing Street", a name)
        noun = next((h for h in (t.head, tokens[m].head, tokens[m].head.head) if h.pos_ == "NOUN"
                     and h.i > tokens[m].i and h.lower_ not in ("no", "number")), None)
        if noun is None or (t.lower_ == "number" and t.text[:1].isupper() and k > 0):
            continue
        # (the head of a compound: "the number two milk producer" ranks producers, not milk)
        while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
            noun = noun.head
        out[m] = (k, int(n), noun)
    return out


def _epithet(run: Sequence[Token], t: Token) -> bool:
    """Is ``t`` the species epithet after a genus that ends ``run`` ("Penicillium roqueforti",
    "Streptococcus thermophilus", "E. coli")? A lower-case Latin word English does not know, right
    after one capitalised word or an initial: with its genus it names one species, and another
    epithet is another species ("Penicillium camemberti")."""
    from .lexical import nationality
    from .wordnet import lexicon

    genus = run[-1]
    # ("Panthera tigris altaica": a subspecies is its species and one more Latin word)
    if len(run) >= 2 and genus.is_lower and _epithet(run[:-1], genus) and t.i == genus.i + 1 and t.is_alpha \
            and t.is_lower and len(t.text) >= 3 and t.pos_ not in ("VERB", "AUX", "ADP") \
            and _LATIN_ENDING.search(t.lower_):
        return True
    if t.i != genus.i + 1 or not t.is_alpha or not t.is_lower or len(t.text) < 3 or t.pos_ == "ADP":
        return False
    # (a Latin word the tagger took for a verb, with no clause of its own: "Caenorhabditis briggsae")
    if t.pos_ in ("VERB", "AUX") and (_is_clause_head(t) or _verb_word(t.lemma_.lower())):
        return False
    # (not a people's or a language's adjective: "the Italian porcellana", "a Roman denarius", "Arabic naqala")
    if not (genus.is_alpha and genus.text[:1].isupper() and genus.text[1:].islower() and len(genus.text) >= 3
            and not nationality(genus.text) and not lexicon().senses(genus.lower_, "a", 1)
            or INITIAL.match(genus.text)):
        return False
    w = t.lower_
    # (nor Latin that English writes between words, "Mainz circa 1420", "London via Paris")
    if w in _LATIN_IN_ENGLISH or t.i + 1 < len(t.doc) and t.nbor(1).like_num:
        return False
    # (nor an English word, in any of its forms: "Cavendish identifies")
    stems = {w, t.lemma_.lower()} | ({w[:-1]} if w.endswith("s") else set()) \
        | ({w[:-2]} if w.endswith("es") else set()) | ({w[:-3] + "y"} if w.endswith("ies") else set())
    english = any(_known_word(x) for x in stems if len(x) >= 3)
    # (after a genus WordNet knows, "Homo", "Panthera", "Mycobacterium", or one cut to its initial, a
    # Latin word English has too is its epithet all the same, "Homo erectus", "Panthera leo",
    # "Mycobacterium tuberculosis", "T. rex"; not an English plural, "Drosophila flies",
    # "Lactobacillus bacteria")
    if english and (INITIAL.match(genus.text) is not None or _genus(genus.lower_)) and not (
            t.tag_ == "NNS" and any(_known_word(x) for x in stems - {w} if len(x) >= 3)):
        return bool(_LATIN_ENDING.search(w) or w.endswith("o"))
    return bool(_LATIN_ENDING.search(w)) and not english


def _genus(word: str) -> bool:
    """Does WordNet know ``word`` as a kind of animal or plant (a genus: "panthera", "penicillium")?"""
    from .wordnet import lexicon

    lex = lexicon()
    return any(lex.lexname(s) in ("noun.animal", "noun.plant") for s in lex.senses(word, "n", 3))


def _opening_label(tokens: Sequence[Token], k: int) -> bool:
    """Is token ``k`` a line's first word, a capitalised noun, with a small number right after it that
    qualifies it ("Category 5", "Room 40", "Force 12")?"""
    if k < 0 or k + 1 >= len(tokens):
        return False
    t, n = tokens[k], tokens[k + 1]
    first = k == 0 or tokens[k - 1].text in (":", ".", "\"", "(", "-", "–", "—")
    return first and t.text[:1].isupper() and t.is_alpha and not t.is_stop and t.tag_ in ("NN", "NNP") \
        and n.text.isdigit() and len(n.text) <= 3 and n.head.i == t.i and n.dep_ in ("nummod", "compound", "appos")


def _ranks_the_noun_after(chunk: Sequence[Token]) -> bool:
    """Does the run open on an ordinal that ranks the common noun after the run, as the run itself
    does ("First Black African Olympic champion")?"""
    if len(chunk) < 2 or not _ORDINALS.get(chunk[0].lower_):
        return False
    noun = _chunk_head(chunk).head
    return noun.i not in {t.i for t in chunk} and chunk[0].head == noun and noun.pos_ == "NOUN" and noun.text.islower()


def _bracketed_letter(t: Token) -> bool:
    """"(W)": a capital letter alone in brackets."""
    return re.fullmatch(r"[A-Z]", t.text) is not None and t.i > 0 and t.nbor(-1).text == "(" \
        and t.i + 1 < len(t.doc) and t.nbor(1).text == ")"


def _of_country(run: Sequence[Token], after: Token) -> bool:
    """"Demetrios Vikelas of Greece": a surname, then the country the person is of (not "University
    of Toronto", "Duke of Wellington": an English word before "of" makes one name). After a first
    name and a surname, a town too: "Salomon Coster of Amsterdam" is Coster, of Amsterdam."""
    # (one name and a region or a town is one name: "Eleanor of Aquitaine", "Francis of Assisi")
    before = run[-1]
    if not before.is_alpha or _known_word(before.lower_):
        return False
    return _broad_place((after.lower_,)) or len(run) >= 2 and run[-2].is_alpha and run[-2].text[:1].isupper() \
        and _is_place((after.lower_,))


def _chunk_head(chunk: Sequence[Token]) -> Token:
    ids = {t.i for t in chunk}
    outside = [t for t in chunk if t.head.i not in ids or t.head.i == t.i]
    return outside[-1] if outside else chunk[-1]


def _role(t: Token, passive_clause: bool) -> tuple[str, Token | None]:
    """(role, what it hangs on) for the head token of a name or noun."""
    seen = 0
    while t.dep_ in ("conj", "appos", "flat") and t.head.i != t.i and seen < 8:
        t = t.head  # a listed or apposed item plays the role of the first
        seen += 1
    if t.dep_ in ("compound", "amod", "nmod", "appos") and t.head.lower_ in _INTENSIFIERS and t.head.i == t.i + 1:
        t = t.head  # "Titanic herself had been built", "Edison himself said": the name is in the pronoun's place
    dep = t.dep_
    head = t.head
    if dep in ("nsubj", "csubj", "expl"):
        # (the subject of a verb with an agent is what was done to: "Ulysses published ... by Sylvia Beach")
        return ("obj" if dep == "nsubj" and any(c.dep_ == "agent" for c in head.children) else "subj"), head
    if dep == "nsubjpass":
        return "obj", head
    if dep in ("dobj", "obj"):
        return ("attr" if head.text == "=" else "obj"), head  # ("X = the first Y": what X is)
    if dep == "dative":
        return "to", head
    if dep in ("attr", "oprd", "acomp"):
        return "attr", head
    if dep == "pobj":
        prep = head
        if (prep.dep_ == "agent" or (prep.lower_ == "by" and passive_clause)) and not _measure_noun(t):
            return "subj", prep.head  # ("ordered by atomic number": a measure is how, not who)
        outer = prep.head
        # "from near Calais": a preposition nested in another without an object of its own
        if outer.pos_ == "ADP" and outer.i != prep.i and not any(c.dep_ == "pobj" for c in outer.children):
            return outer.lower_, outer.head
        # "from Dover to Calais": the second phrase hangs on the first preposition; it belongs to the verb
        while outer.pos_ == "ADP" and outer.head.i != outer.i:
            outer = outer.head
        # "came up with the word", "did away with the rule": the object of a phrasal verb's
        # preposition is what was done to
        # (not a name: "worked out with Fred Archer" says with whom; nor a place, "carried up in the
        # payload bay", "touched down on the comet")
        if t.pos_ != "PROPN" and prep.lower_ in ("with", "of", "for") and outer.i == prep.head.i and outer.pos_ == "VERB" and not any(c.dep_ in ("dobj", "obj") for c in outer.children) \
                and any(c.dep_ == "prt" and c.i == prep.i - 1 for c in outer.children):
            return "obj", outer
        return prep.lower_, outer
    if dep == "compound" and head.tag_ == "VBN" and any(c.dep_ == "agent" for c in head.children):
        return "obj", head  # "tournament - won by Staunton": what the passive tells of, the parser's compound
    if dep in ("compound", "poss", "amod", "nmod", "nummod", "npadvmod", "advmod", "quantmod"):
        return ("poss" if dep == "poss" else "mod"), head
    if dep == "ROOT":
        return "topic", None
    return dep, head


def read(span: Span | Sequence[Token], referent: str = "", context_dates: Sequence[DateSpan] = (),
         use_ner: bool = False, text: str | None = None, topic: str = "",
         before: Sequence[str] = (), owner: str = "", earlier_year: int | None = None) -> Statement:
    """The statement one parsed sentence makes.

    ``referent`` is the name a pronoun subject ("She", "It") stands for, found by the caller in
    the sentences before; ``topic`` the name the section is about (its heading), which a line
    with no subject at all ("- isolated calcium in 1808") is about; ``context_dates`` give a
    month-only date its year (a timeline heading); ``before`` what the sentence before spoke of
    (``antecedents`` of its statement), which an "it" nothing else resolves may stand for;
    ``owner`` the person whose work ``referent`` is ("Toni Morrison's Beloved"), whom "she" stands for;
    ``earlier_year`` the last year the sentences before it in the paragraph gave, from which "two
    years later" counts.
    """
    tokens = [t for t in span if not t.is_space]
    if not tokens:
        return Statement(text or "", (), ())
    _repair_unknown_verb(tokens)
    _repair_fronted_phrase(tokens)
    _repair_compound_subject(tokens)
    _repair_implicative(tokens)
    base = tokens[0].idx
    raw = text if text is not None else "".join(t.text_with_ws for t in tokens)
    norm = same_length("".join(t.text_with_ws for t in tokens))
    # a URL's digits are never a date or an amount ("/prizes/physics/1903/")
    for t in tokens:
        if t.like_url or t.text.lower().startswith(("http", "www.")):
            a = t.idx - base
            norm = norm[:a] + " " * len(t.text) + norm[a + len(t.text):]
    local = {t.i: k for k, t in enumerate(tokens)}

    # dates first: their tokens are neither amounts nor names
    date_spans_found, spans = find_dates(norm)
    dates: list[tuple[DateSpan, list[int]]] = []
    date_tokens: set[int] = set()
    for d, (a, b) in zip(date_spans_found, spans):
        covered = [t.i for t in tokens if a <= t.idx - base < b]
        date_tokens.update(covered)
        dates.append((d, covered))
    if context_dates and not dates:
        dates = [(d, []) for d in context_dates]  # the timeline line's or heading's date
    elif context_dates:
        filled = with_context([d for d, _ in dates], list(context_dates))
        dates = [(f, toks) for f, (_, toks) in zip(filled, dates)]
    # "1972: Apollo 17 in December": a month alone takes the year the same line gives, when it gives one
    years = {(d.year_lo, d.year_hi) for d, _ in dates if d.year_lo is not None and d.month is None}
    if len(years) == 1 and any(d.year_lo is None for d, _ in dates):
        filled = with_context([d for d, _ in dates], [DateSpan(*next(iter(years)))])
        dates = [(f, toks) for f, (_, toks) in zip(filled, dates)]

    # what the writer set apart: in brackets, or after a spaced dash ("LLaMA 2 released – sparks debate")
    aside_tokens = _set_apart(tokens)
    # "Blériot crosses the Channel": a headline verb the tagger took for a plural noun
    # ("Luna 2 slams into the Moon": a "noun" with a subject is a verb all the same)
    # ("Water Torture Cell premieres in London": a headline's verb after a name, with where or when after it)
    verbal_nouns = {t.i for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN") and t.text[:1].islower()
                    and (any(c.dep_ == "dobj" or c.dep_ == "nsubj" and c.i < t.i for c in t.children)
                         or t.tag_ == "NNS" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1
                                                    for c in t.children)
                         and any(c.dep_ == "prep" and c.i > t.i and c.lower_ in _HEADLINE_PREPS for c in t.children))
                    and _verb_word(t.lemma_.lower())}
    # clauses
    heads = [t for t in tokens if _is_clause_head(t)]
    if not heads:
        heads = [tokens[0]]
    head_index = {t.i: k for k, t in enumerate(heads)}
    clauses: list[Clause] = []
    root = next((t for t in tokens if t.dep_ == "ROOT"), tokens[0])
    verbless = root.pos_ not in ("VERB", "AUX")
    # "It describes how X", "researchers told the world that X": the frame says nothing to check.
    # "Davy proved in 1810 that X" says who and when: both clauses are claimed.
    root_subj = _subject_token(root)
    reporting_root = root.lemma_.lower() in _REPORTING and any(c.dep_ == "ccomp" for c in root.children) and (
        root_subj is None or root_subj.pos_ != "PROPN" and not (root_subj.text[:1].isupper() and
                                                                 root_subj.i > tokens[0].i))
    participles: dict[int, Token] = {}
    # "- isolated calcium and magnesium in 1818": a note's participle the tagger made an adjective
    if verbless and root.i not in date_tokens:
        for t in tokens:
            if t.tag_ in ("VBN", "VBD") and t.pos_ in ("ADJ", "VERB") and t.i < root.i + 2 and t.dep_ in (
                    "amod", "compound", "ROOT") and t.head == root and _verb_word(t.lemma_.lower()):
                participles[root.i] = t
                break
    # "Munich should have been a celebration, but eleven athletes were murdered": what should have
    # been is no claim when another clause states what was
    def counterfactual(h: Token) -> bool:
        aux = [c.lower_ for c in h.children if c.dep_ == "aux"]
        return any(a in ("should", "would", "could", "might") for a in aux) and "have" in aux
    stated = any(not counterfactual(h) and h.pos_ in ("VERB", "AUX") and _subject_token(h) is not None
                 for h in heads)
    for h in heads:
        main = _is_main(h, root, verbless, reporting_root) and not (h.dep_ != "ROOT" and _detail(h, root)) \
            and not (counterfactual(h) and stated) and not _hearsay(h)
        if h.i in participles:  # the note's participle is its act; its noun is what was done
            v = participles[h.i]
            clauses.append(Clause(act=v.lemma_.lower(), negated=False, passive=v.tag_ == "VBN" and v.i > h.i, main=main,
                                  dep=h.dep_, finite=False))
            continue
        is_verb = h.pos_ in ("VERB", "AUX") or h.i in verbal_nouns
        act = (_event_act(h) or _particle(h)) if is_verb else ""
        copula = is_verb and h.lemma_.lower() in _COPULAS or h.text == "="  # ("X = Y" in notes says "X is Y")
        # "it was serialised in ...": the tagger took the participle for an adjective after "be"
        vbn = next((c for c in h.children if c.dep_ == "acomp" and c.tag_ == "VBN"), None) if copula else None
        if vbn is not None and _verb_word(vbn.lemma_.lower()):
            participles[h.i] = vbn
            clauses.append(Clause(act=vbn.lemma_.lower(), negated=_negated(h), passive=True, main=main,
                                  copula=False, dep=h.dep_, finite=True))
            continue
        subj = _subject_token(h)
        only = _only_listed(h, head_index)
        # (or what was won, "received the unshared 1983 prize"; not a list of things the clause keeps
        # to, but a list of doers all the same: "Only Watson and Crick discovered ..." says no one else did)
        doers = bool(only) and any(c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ if c.pos_ == "PROPN" else c.lemma_.lower()) in only for c in h.children)
        exclusive = (not only or doers) and any(c.lower_ in _EXCLUSIVE for c in h.subtree if c.dep_ in ("advmod", "amod")
                        and (c.head == h or subj is not None and c.head == subj or c.lower_ == "unshared"
                             # ("was the work of one engraver, Charles Heath, alone": of the name it says)
                             or c.head.dep_ == "attr" and c.head.head == h and c.head.pos_ == "PROPN"
                             # ("was issued by Duke Wilhelm IV alone": of the passive's doer)
                             or c.head.dep_ == "pobj" and c.head.head.dep_ == "agent" and c.head.head.head == h)
                        and _clause_of(c, head_index) == head_index[h.i]) or _by_oneself(h)
        frame = h.head.lemma_.lower()
        frames = _PASSIVE_FRAMES if any(c.dep_ == "auxpass" for c in h.head.children) else _FRAMES
        framed = ("hope" if frame == "hop" else frame) if h.dep_ == "xcomp" and h.head is not h and frame in frames else ""
        clauses.append(Clause(act=act if not copula else "be", negated=_negated(h) or _denied_by_parent(h),
                              passive=_passive(h) if is_verb else False, main=main, exclusive=exclusive, only=only,
                              copula=copula, dep=h.dep_,
                              finite=h.dep_ == "ROOT" or _subject_token(h) is not None, framed=framed,
                              sequel=_sequel(h)))
    # "Its great selling point was that X", "The trouble is that X": the copula frames X, which
    # is what the sentence claims
    copula_frame = root.lemma_.lower() == "be" and any(c.dep_ == "ccomp" for c in root.children) and \
        not any(c.dep_ in ("attr", "acomp") for c in root.children)
    if (reporting_root or copula_frame) and root.i in head_index:
        k = head_index[root.i]
        clauses[k] = replace(clauses[k], main=False)
    # "1888: Institute opens in Lyon": the root is the timeline date; the clause is the one after it
    dated_root = root.i in date_tokens and len(heads) > 1

    parts: list[Part] = []

    def clause_of(t: Token) -> int:
        return _clause_of(t, head_index)

    def anchor_of(h: Token | None) -> str:
        if h is None:
            return ""
        if h.i in head_index:
            c = clauses[head_index[h.i]]
            return c.act
        return h.lemma_.lower()

    url_tokens = {k for k, t in enumerate(tokens) if t.like_url or t.text.lower().startswith(("http", "www."))}
    # "the world's No. 2 milk producer", "number two", "#1": a place in a ranking, not an amount
    numbered = _numbered_ranks(tokens)
    numbered_tokens = {tokens[k].i for k in numbered} | {tokens[m].i for k, (m, _, _) in numbered.items()}
    amounts = [as_age(q, tokens) for q in find_quantities(tokens, frozenset(k for k, t in enumerate(tokens)
                                                                          if t.i in date_tokens) | url_tokens
                                                          | set(numbered))
               # "two years later", "a month before": a time between events, not an amount to check
               # ("73 seconds after launch" measures something: it is kept)
               if not _relative_time(tokens, q.end)]
    amount_tokens = {tokens[k].i for q in amounts for k in range(q.start, q.end)}
    # "the three Apollo 1 astronauts": a number right after the proper noun it qualifies designates
    # (Apollo 1), whatever span the count was read from
    # (and after a line's first word, capitalised whatever it is: "Category 5 begins at 157 mph", "Room 40 broke it")
    designations = {i for i in amount_tokens if tokens[local[i]].text.isdigit() and (
                        tokens[local[i]].head.pos_ == "PROPN" or _opening_label(tokens, local[i] - 1))
                    and tokens[local[i]].head.i == i - 1 and tokens[local[i]].dep_ in ("nummod", "compound", "appos")}
    chunks = _name_chunks(tokens, date_tokens | {i for i in amount_tokens - designations
                                                 if not tokens[local[i]].is_alpha}, use_ner)
    name_tokens = {t.i for c in chunks for t in c}

    for chunk in chunks:
        h = _chunk_head(chunk)
        c = clause_of(h)
        role, on = _role(h, clauses[c].passive)
        if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in h.children) and len(chunk) == 1:
            # "BLOOM, a multilingual LLM": a capitalised word after "a" names a kind, not someone
            parts.append(Part("thing", h.text, (h.lower_,), role, anchor_of(on), c, clauses[c].main,
                              detail=_detail(h, heads[c]), at=local[h.i]))
            continue
        if on is not None and on.i in verbal_nouns and role == "mod" and h.i < on.i:
            role = "subj"  # "Blériot crosses ...": the noun-tagged verb's compound is its subject
        if on is not None and role == "mod" and on.pos_ == "VERB" and h.dep_ in ("amod", "advmod") and h.i < on.i \
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in on.children):
            role = "subj"  # "Titanic left Southampton": the name the tagger took for an adjective does it
        # (not a possessor: "from Friedrich Schiller's poem" is the poem's, Schiller's the poss)
        role = (_surface_direction(tokens, local[chunk[0].i]) if h.dep_ != "poss" else "") or role
        # "Tabei (China)": a country in brackets after a name is where that one is from, as "of Japan"
        first_k, last_k = local[chunk[0].i], local[chunk[-1].i]
        if 2 <= first_k and last_k + 1 < len(tokens) and tokens[first_k - 1].text == "(" \
                and tokens[last_k + 1].text == ")" and tokens[first_k - 2].i in name_tokens \
                and _broad_place(tuple(t.lower_ for t in chunk)):
            role, on = "of", tokens[first_k - 2]
        shown = " ".join(h.doc.text[chunk[0].idx:chunk[-1].idx + len(chunk[-1].text)].split()).replace(REGNAL_ONE, "I")
        # "Paris–Marseille", "New York–London": two places joined by a dash are two names (not
        # "Caro–Kann Defence", "Hewlett–Packard": one name)
        pieces = re.split(r"\s*[–—/]\s*", shown)
        if len(pieces) > 1 and not all(_is_place(name_words(x)) for x in pieces if name_words(x)):
            pieces = [shown]
        for piece in pieces:
            words = name_words(piece)
            if not words and len(chunk) == 1 and chunk[0].lower_ in TITLES:
                # "King penguin", "Emperor penguin": a title qualifying a noun names a kind of it;
                # "opened by the Queen": a title alone is who did it, a thing a fact must name
                parts.append(Part("thing", piece, (chunk[0].lower_,), role, anchor_of(on), c, clauses[c].main,
                                  detail=_detail(h, heads[c]), at=local[h.i]))
                continue
            if not words:
                continue
            parts.append(Part("name", piece, words, role, anchor_of(on), c,
                              clauses[c].main, h.ent_type_ if use_ner else "", detail=_detail(h, heads[c]),
                              at=local[h.i]))

    first_act = next((k for k, x in enumerate(clauses) if x.main and (x.act or x.copula) and
                      heads[k].i != root.i), None)
    written_dates: list[DateSpan] | None = None
    for d, toks in dates:
        t = next((tokens[local[i]] for i in toks), None)
        c = clause_of(t) if t is not None else (clauses.index(next(x for x in clauses if x.main))
                                                if any(x.main for x in clauses) else 0)
        if (t is None or dated_root and c == head_index.get(root.i)) and first_act is not None:
            c = first_act  # a heading's or a timeline prefix's date dates the first act
        elif t is not None and not clauses[c].main and not clauses[c].finite and heads[c].dep_ in ("advcl", "acl") \
                and heads[c].head.i < heads[c].i and heads[c].lemma_.lower() in _GLOSSING \
                and _set_off_by_comma(tokens, min(local[i] for i in toks)):
            # "named the genus Theobroma, meaning "food of the gods", in 1753": a date set off by a
            # comma after an aside that glosses a word dates the clause the aside hangs on (not an
            # aside that tells an event of its own: "sailed on the Beagle, returning to England, in 1836")
            c = clause_of(heads[c].head)
        label = d.label()
        # a date the claim does not write (a bullet under "1957: ...", a line under "## 1965"): it
        # may conflict with a fact, but a fact need not state it for the claim to hold
        inherited = t is None and not any(re.search(rf"\b{w}\b", raw)
                                          for w in re.findall(r"\d{4}|[A-Z][a-z]+", label))
        # (the line's own date is written, "c. 300 BC: ...", "415: ...", "c. 1275 - ...", whatever its label reads)
        if inherited and d.year_lo is not None:
            written_dates = find_dates(raw)[0] if written_dates is None else written_dates
            inherited = d not in written_dates
        parts.append(Part("date", label, (label,), "time", clauses[c].act, c, clauses[c].main,
                          value=(d.year_lo, d.year_hi, d.month, d.day_lo, d.day_hi) + ((True,) if d.century_free else ()),
                          at=local[t.i] if t is not None else -1,
                          resolved=inherited))

    # "Two years later came the Year Without a Summer" (after "In April 1815 ..."): a year counted from
    # the last one given before, in this sentence or the ones before it. The writer does not write it,
    # so it is the reader's: it may conflict with a fact's year, a fact need not state it.
    # (counted from the one year written before it in the sentence, or the one "later" before it
    # counted to, or the paragraph's; none when two years came before: "published in 1961 and set in
    # 1944, was filmed nine years later" does not say from which)
    counted: int | None = None
    for k, n, about in _relative_years(tokens):
        given = {d.year_lo for d, toks in dates
                 if toks and d.year_lo is not None and d.year_lo == d.year_hi and min(local[i] for i in toks) < k}
        # (or the line's own date, its timeline prefix: "1930 - ... ; company founded the same year")
        lead = {d.year_lo for d, toks in dates if not toks and d.year_lo is not None and d.year_lo == d.year_hi}
        start = counted if counted is not None else (given.pop() if len(given) == 1 else
                                                     earlier_year if not given and earlier_year is not None else
                                                     lead.pop() if not given and len(lead) == 1 else None)
        c = clause_of(tokens[k])
        if start is None or any(p.kind == "date" and p.clause == c and not p.resolved for p in parts):
            continue
        year = counted = start + n
        span = DateSpan(year - about, year + about)
        parts.append(Part("date", span.label(), (span.label(),), "time", clauses[c].act, c, clauses[c].main,
                          value=(span.year_lo, span.year_hi, None, None, None), at=k, resolved=True))

    for q in amounts:
        t = tokens[min(q.end, len(tokens)) - 1]
        c = clause_of(t)
        role, on = _role(t, clauses[c].passive)
        # (not the figure it came from or changed by: "had fallen to 120 from 300")
        unit = q.unit or _partitive(tokens[q.start:q.end]) \
            or ("" if role in ("from", "by", "since", "including", "mod") else _number_of(heads[c], on))
        parts.append(Part("amount", q.text, (q.counted or unit,), role, anchor_of(on), c, clauses[c].main,
                          value=(q.low, q.high, unit), detail=_detail(t, heads[c]), at=q.start))

    # the second half of a unit written with a slash ("km / h."): the amount says it
    unit_tokens = {tokens[k].i for q in amounts if q.unit in DIMENSIONS for k in range(q.start + 1, q.end)
                   if tokens[k - 1].text == "/"}
    for k, (mark, n, noun) in numbered.items():
        c = clause_of(noun)
        said = "".join(x.text_with_ws for x in tokens[mark:k + 1]).strip()
        parts.append(Part("rank", said, (noun.lemma_.lower(),), "rank", noun.lemma_.lower(), c, clauses[c].main,
                          value=(n, NUMBERED), at=k, detail=_detail(noun, heads[c])))
    for k, t in enumerate(tokens):
        if t.i in numbered_tokens:
            continue
        if t.i in name_tokens or t.i in date_tokens or t.is_punct or (t.like_num or not t.is_alpha) and t.i in amount_tokens \
                or t.i in unit_tokens or t.i in amount_tokens and t.lower_ in SCALES:  # ("50mn": the amount's scale)
            continue
        lemma = t.lemma_.lower()
        c = clause_of(t)
        rank = _ORDINALS.get(t.lower_) or (int(m.group(1)) if (m := _ORDINAL_NUM.match(t.text)) else None)
        # ("First leap second": right after a common noun, the word that makes a noun with it is the unit
        # that noun qualifies, not a rank; "the mission first to land" keeps its rank)
        if rank and t.i > 0 and t.nbor(-1).pos_ == "NOUN" and t.nbor(-1).text.islower() and (
                t.head == t.nbor(-1) or t.nbor(-1).head == t) and _noun_word(f"{t.nbor(-1).lower_}_{t.lower_}"):
            rank = None
        if rank and t.dep_ in ("amod", "advmod", "nummod", "attr", "npadvmod", "ROOT", "nsubj", "dobj", "appos", "compound"):
            # "its first flight" ranks the flight, "first flew" the flying
            of = t.head if t.head.i != t.i and (t.head.pos_ in ("NOUN", "PROPN") or t.dep_ == "advmod"
                                                and t.head.pos_ == "VERB") else t
            value: tuple = (rank,)
            if t.dep_ == "advmod" and t.head.tag_ == "JJS" and t.head.dep_ == "amod" and t.head.head.pos_ in ("NOUN", "PROPN"):
                # "the second-oldest orchestra": second on the scale of age, of the orchestra
                of, value = t.head.head, (rank, t.head.lemma_.lower())
            parts.append(Part("rank", t.text, (of.lemma_.lower(),), "rank", of.lemma_.lower(), c,
                              clauses[c].main, value=value, at=k, detail=_detail(t, heads[c])))
            continue
        if t.i in head_index and t.i in participles and tokens[k].pos_ in ("VERB", "AUX"):
            continue
        vbn_of = next((h for h, v in participles.items() if v.i == t.i), None)
        if vbn_of is not None:
            clause = clauses[head_index[vbn_of]]
            parts.append(Part("act", t.text, (clause.act,), "act", "", head_index[vbn_of], clause.main, at=k))
            continue
        if t.i in head_index and (t.pos_ in ("VERB", "AUX") or t.i in verbal_nouns):
            clause = clauses[head_index[t.i]]
            if clause.act and not clause.copula and clause.act not in _LIGHT_ACTS and not _complement_make(t) \
                    and not _light_with_event(t) and not _posture_with_state(t):
                parts.append(Part("act", t.text, (clause.act,), "act", "", c, clause.main, at=k))
            continue
        # (spaCy lists "name" among its stop words: "under his own name" is no stop word's doing)
        if (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.text[:1].islower()) and (not t.is_stop or _own_name(t)) \
                and (lemma not in LIGHT_NOUNS or _qualified(t)) and len(lemma) > 1:
            role, on = _role(t, clauses[c].passive)
            if on is not None and on.i in verbal_nouns and role == "mod" and t.i < on.i:
                role = "subj"
            parts.append(Part("thing", t.text, (lemma,), role, anchor_of(on), c, clauses[c].main,
                              detail=_detail(t, heads[c]), at=k))
            if _own_name(t):  # (one's own name is no pen name, which is a name too)
                own = next(x for x in t.children if x.lower_ == "own")
                parts.append(Part("mod", own.text, ("own",), "mod", lemma, c, clauses[c].main,
                                  detail=_detail(t, heads[c]), at=local[own.i]))
        elif t.lower_ in ("only", "sole") and t.dep_ == "amod" and t.head.pos_ == "NOUN":
            # "the only city to have hosted them three times": one of a kind, which "the first city
            # to host them three times" does not say
            parts.append(Part("mod", t.text, ("only",), "mod", anchor_of(t.head), c, clauses[c].main,
                              detail=_detail(t, heads[c]), at=k))
        elif t.pos_ in ("ADJ", "VERB", "ADV") and t.dep_ in ("amod", "acomp", "advmod", "npadvmod", "attr",
                                                           "oprd", "compound", "conj") \
                and (lemma not in LIGHT_MODS or _compared(t) or _names_a_kind(t)) and t.lower_ not in _EXCLUSIVE and not t.is_stop \
                and t.is_alpha and lemma not in _NEGATIONS:
            if t.pos_ == "ADV" and not lemma.endswith(("ward", "wards")) and t.dep_ == "advmod":
                continue  # "quickly", "later": manner and sequence words are not checked
            on = t.head if t.head.i != t.i else None
            # (a verbless line's head noun is what its adjectives qualify: "Darwin's paternal grandfather")
            anchor = anchor_of(on) or (on.lemma_.lower() if on is not None and on.pos_ == "NOUN" and t.dep_ == "amod" else "")
            parts.append(Part("mod", t.text, (lemma,), "mod", anchor, c, clauses[c].main,
                              detail=_detail(t, heads[c]), at=k))

    # "the most powerful earthquake", "the largest eruption": a superlative ranks its noun first on
    # its scale (unless an ordinal says otherwise: "the second most powerful" is ranked above)
    for k, t in enumerate(tokens):
        adj = t.head if t.lower_ in ("most", "least") and t.dep_ == "advmod" and t.head.pos_ == "ADJ" else \
            t if t.tag_ == "JJS" and t.lower_ not in ("most", "least") else None
        if adj is None or adj.dep_ != "amod" or adj.head.pos_ not in ("NOUN", "PROPN") or adj.head not in tokens:
            continue
        noun = adj.head
        if any(_ORDINALS.get(x.lower_) or _ORDINAL_NUM.match(x.text) for x in [*noun.children, *adj.children]):
            continue
        scale = ("least " if t.lower_ == "least" else "") + adj.lemma_.lower()
        c = clause_of(noun)
        parts.append(Part("rank", " ".join(x.text for x in tokens[min(k, local[adj.i]):local[adj.i] + 1]),
                          (noun.lemma_.lower(),), "rank", noun.lemma_.lower(), c, clauses[c].main,
                          value=(1, scale), at=k, detail=_detail(noun, heads[c])))

    # "25 km E of Port-au-Prince", "west of Port-au-Prince": which side of a named place, one
    # qualifier of that place (so "E" and "west" meet as opposites)
    for k, t in enumerate(tokens):
        word = _compass(tokens, k)
        if word and tokens[k + 2].i in name_tokens:
            place = next(c for c in chunks if tokens[k + 2] in c)
            parts = [p for p in parts if p.at != k or p.kind not in ("thing", "mod", "name")]
            parts.append(Part("mod", t.text, (word,), "mod", "side of " + " ".join(
                name_words(" ".join(x.text for x in place))), clause_of(t), clauses[clause_of(t)].main,
                detail=_detail(t, heads[clause_of(t)]), at=k))

    # "at the very start of the Cretaceous", "the early Cambrian": which phase of a span, one qualifier
    # of the span (so "start" and "end", "early" and "middle" meet as different phases of it)
    for k, t in enumerate(tokens):
        span = _phase_of(t)
        if span is None or span not in tokens:
            continue
        # (the span by its name when it has one: "the Cretaceous period" is the Cretaceous)
        named = [x for x in [*span.lefts, span] if x.dep_ in ("amod", "compound") and x.text[:1].isupper()
                 or x == span and (x.pos_ == "PROPN" or x.text[:1].isupper() and x.i > x.sent.start)]
        chunk = next((c for c in chunks if any(x in c for x in named)), None)
        what = " ".join(name_words(" ".join(x.text for x in chunk))) if chunk else \
            named[0].lower_ if named else span.lemma_.lower()
        parts = [p for p in parts if p.at != k or p.kind not in ("thing", "mod")]
        parts.append(Part("mod", t.text, (_PHASES[t.lower_],), "mod", "phase of " + what, clause_of(t),
                          clauses[clause_of(t)].main, detail=_detail(t, heads[clause_of(t)]), at=k))

    # a conjoined verb with no subject of its own shares its head's ("X took ... and used ..."), and so
    # does a participle or infinitive clause ("Earhart flew ..., landing in Wales")
    for k, h in enumerate(heads):
        if h.dep_ in ("conj", "advcl", "xcomp") and h.head.i in head_index and _subject_token(h) is None:
            src = head_index[h.head.i]
            subj = _subject_token(h.head)
            role = "obj" if clauses[k].passive else "subj"
            for p in [p for p in parts if p.clause == src and p.kind in ("name", "thing") and (
                    p.role == "subj" or subj is not None and p.at >= 0 and tokens[p.at].i in
                    {x.i for x in subj.subtree} and p.role in ("obj", "subj"))]:
                parts.append(replace(p, clause=k, role=role, anchor=clauses[k].act, main=clauses[k].main,
                                     detail=False))
        # "Midnight's Children, which was named ...", "a flight powered by ...": the clause is about the
        # noun it modifies, standing where its relative pronoun (or the participle's subject) would
        elif h.dep_ in ("relcl", "acl") and (h.head.i not in head_index or not clauses[head_index[h.head.i]].act):
            rel = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ in (
                "WDT", "WP", "WP$") or c.lower_ in ("that", "which", "who", "whom")), None)
            if rel is None and _subject_token(h) is not None:
                continue
            role = ("obj" if rel.dep_ in ("nsubjpass", "dobj") else "subj") if rel is not None else (
                "obj" if clauses[k].passive else "subj")
            noun = h.head
            for p in [p for p in parts if p.kind in ("name", "thing") and p.clause != k and (
                    p.words == (noun.lemma_.lower(),) or p.kind == "name" and noun.i in {
                        t.i for t in tokens if t.i in name_tokens} and noun.lower_ in p.words)]:
                parts.append(replace(p, clause=k, role=role, anchor=clauses[k].act, main=clauses[k].main,
                                     detail=False))
                break
    # "isolated calcium and magnesium": the noun a note's participle governs is what was acted on
    for h, v in participles.items():
        if h in head_index and clauses[head_index[h]].act == v.lemma_.lower():
            k = head_index[h]
            parts = [replace(p, role="obj", anchor=clauses[k].act) if p.clause == k and p.role == "topic" else p
                     for p in parts]
    # a pronoun subject ("She", "The company") or a missing one ("1891: moves to Paris") stands for
    # the name the sentences before it were about
    used_referent = ""
    # (with neither, a later clause's "he" or "she" may still stand for the sentence's own subject:
    # "Sylbaris survived because he was sheltering ..."; not an "it": "who had watched it performed")
    gendered = any(t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") for t in tokens)
    # (and a later clause's "it" the one thing named before it: "Tower Bridge opened in 1894; it's a
    # bascule bridge"; not a person, "Curie isolated radium; it glowed")
    def names_before(t: Token) -> dict[str, Part]:
        """The names written before ``t`` in a role a pronoun may take, by text."""
        return {p.text: p for p in parts if p.kind == "name" and 0 <= p.at < local[t.i] and not p.resolved
                and p.role in ("subj", "obj", "attr", "topic", "with", "to")}

    def people_before(t: Token) -> dict[str, Part]:
        """The names before ``t`` a "he" or "she" may stand for: not a nation's or a place's
        ("Anne of Austria ... to the French court when she married": she is Anne)."""
        from .lexical import is_place, nationality

        return {k: p for k, p in names_before(t).items()
                if p.role in ("subj", "topic") or p.role == "obj" and clauses[p.clause].passive
                or not nationality(p.text) and not is_place(p.words, whole=True)}

    def thing_before(it: Token) -> bool:
        before = names_before(it)
        return len(before) == 1 and _thing_name(next(iter(before.values())).words)
    thing_it = any(t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass") and thing_before(t) for t in tokens)

    # (and a verb with no subject the one who did what the sentence told first, in a clause under it:
    # "Cathy Freeman lights the cauldron, then wins the 200 m")
    def leading(k: int) -> str:
        h = heads[k]
        if _subject_token(h) is not None:
            return ""
        found = {p.text for p in parts if p.kind == "name" and p.role == "subj" and p.clause != k
                 and not p.detail and not p.resolved and 0 <= p.at < local[h.i]
                 and heads[p.clause].head.i == h.i and heads[p.clause].dep_ in ("advcl", "ccomp")}
        return next(iter(found)) if len(found) == 1 else ""
    led = any(leading(k) for k in range(len(clauses)))
    if referent or topic or gendered or thing_it or led:
        # a heading's common noun ("Vaccines") is no "he", and no better than "the vaccine"
        plain_topic = bool(topic) and len(name_words(topic)) == 1 and (
            _common_word(topic.lower()) or topic.endswith("s") and _common_word(topic.lower()[:-1]))
        for k, clause in enumerate(clauses):
            h = heads[k]
            subj = _subject_token(h)
            if subj is not None and (subj.i in date_tokens or subj.like_num):
                subj = None  # "1934: dies in July": the parser took the date for the subject
            if any(p.role == "subj" and p.clause == k and p.kind == "name" for p in parts):
                continue
            if subj is not None and subj.lower_ == "it" and h.lemma_ == "be" and any(
                    c.dep_ == "attr" and any(d.dep_ == "relcl" for d in c.children) for c in h.children):
                continue  # "It was Lavoisier who named it": the "it" of a cleft stands for nothing
            if not (referent or topic) and not (subj is not None and subj.lower_ == "it" and thing_before(subj)) \
                    and not (subj is None and leading(k)) and (
                    subj is None or subj.lower_ not in ("he", "she") or len(people_before(subj)) != 1):
                continue  # (two people before it: "Pierre Curie married Marie Sklodowska, and she won ...")
            if subj is not None and (subj.lower_ in _PRONOUNS or _DEFINITE_STANDINS(subj)):
                role = "obj" if subj.dep_ == "nsubjpass" else "subj"
                # "Great Expectations came later: it was serialised ...": the sentence's own subject first
                earlier = next((p.text for p in parts if p.kind == "name" and p.clause < k and not p.detail
                                and not p.resolved and (p.role in ("subj", "topic") or p.role == "obj"
                                                        and clauses[p.clause].passive)), "")
                # "Toni Morrison's Beloved won ... Five years later she became": she is the writer
                personal = owner if subj.lower_ in ("he", "she") else ""
                name = earlier or personal or referent or (
                    "" if plain_topic and (subj.lower_ in ("he", "she") or _DEFINITE_STANDINS(subj)) else topic)
                if name and not earlier and not personal and subj.lower_ in ("he", "she") and _not_a_person(name):
                    continue  # "the Committee was set up at his congress. He was not ...": he is no committee
                # (nor what the clause does something to: "the house released Jicky" under a heading
                # "Jicky" is not Jicky releasing itself)
                if name and any(p.kind == "name" and p.clause == k and not p.resolved and p.role in ("obj", "attr")
                                and p.text == name for p in parts):
                    continue
            elif subj is None and clause.main and (clause.act or clause.copula) and h.dep_ not in (
                    "conj", "xcomp", "acl", "relcl", "advcl") \
                    and not any(p.role in ("subj", "topic", "obj" if clause.passive else "subj") and p.clause == k
                                for p in parts):
                role = "obj" if clause.passive else "subj"
                name = leading(k) or topic or referent
                # (a line's own label is what its verb with no subject tells of: "indole: in jasmine; at
                # high conc. smells like poo" speaks of indole, not of the name the line before gave)
                label = next((p for p in parts if p.role == "topic" and p.kind in ("name", "thing") and not p.resolved
                              and p.clause != k and not clauses[p.clause].act and not clauses[p.clause].copula
                              and 0 <= p.at < local[h.i]), None)
                if label is not None and label.kind == "thing":
                    continue
            else:
                continue
            if not name:
                continue
            parts = [p for p in parts if not (p.clause == k and p.kind == "thing" and subj is not None
                                              and p.words == (subj.lemma_.lower(),) and p.role in ("subj", "obj"))]
            # an "it" read as a name may yet be one of the things spoken of before ("Barnack designed a
            # small camera. It was launched as the Leica I"): those ride along, for the fact to back
            also = tuple(c for c in before if c != name)[:_ANTECEDENTS] if subj is not None and \
                subj.lower_ == "it" else ()
            parts.append(Part("name", name, name_words(name), role, clause.act, k, clause.main, value=also,
                              resolved=True))
            # ("She struck an iceberg ... and sank ...": the joined verb with no subject shares hers)
            # (not "He persuaded Crick to join": an infinitive after an object is the object's doing)
            for j, hj in enumerate(heads if subj is not None else ()):
                if hj.dep_ in ("conj", "advcl", "xcomp") and hj.head.i == h.i and _subject_token(hj) is None and \
                        not (hj.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj") for c in h.children)) and \
                        not any(p.clause == j and p.role in ("subj", "obj") and p.kind == "name" for p in parts):
                    parts.append(Part("name", name, name_words(name), "obj" if clauses[j].passive else "subj",
                                      clauses[j].act, j, clauses[j].main, value=also, resolved=True))
            used_referent = name
    # a main clause that names one thing and says nothing of it ("Michael Faraday, who joined him
    # in 1831") makes its relative clause the assertion; so does a summary's frame ("The text also
    # covers the Channel Tunnel, which the Queen opened in May 1994")
    for k, clause in enumerate(clauses):
        own = [p for p in parts if p.clause == k]
        subj = _subject_token(heads[k])
        cleft = clause.copula and subj is not None and subj.lower_ == "it"
        frame = clause.act in _FRAMING and subj is not None and subj.lemma_.lower() in _FRAME_SUBJECTS and \
            subj.pos_ != "PROPN" and not any(p.resolved and p.clause == k for p in parts) and any(
                h.dep_ == "relcl" and _clause_of(h.head, head_index) == k for h in heads)
        if frame and clause.main:
            clauses[k] = replace(clause, main=False)
            parts = [replace(p, main=False) if p.clause == k else p for p in parts]
        if clause.main and (not clause.act and not clause.copula or cleft) and len(own) <= 1 or frame:
            for j, h in enumerate(heads):
                if h.dep_ in ("relcl", "acl", "appos") and _clause_of(h.head, head_index) == k:
                    clauses[j] = replace(clauses[j], main=True)
                    parts = [replace(p, main=True) if p.clause == j else p for p in parts]
                    # (with what its causative makes happen: "Copperfield, who made the tower vanish")
                    for m, c in enumerate(heads):
                        if c.dep_ == "ccomp" and c.head.i == h.i and h.lemma_.lower() in _CAUSATIVES and h.i < c.i:
                            clauses[m] = replace(clauses[m], main=True)
                            parts = [replace(p, main=True) if p.clause == m else p for p in parts]
    lemmas = tuple(sorted({t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop} |
                          {t.lower_ for t in tokens if t.is_alpha and not t.is_stop}))
    # "That made smallpox the second disease": smallpox is what the clause says something of
    for k, h in enumerate(heads):
        if _complement_make(h):
            first = min((p.at for p in parts if p.clause == k and p.role == "obj" and p.at >= 0), default=None)
            parts = [replace(p, role="subj") if p.clause == k and p.at == first and p.role == "obj" else p
                     for p in parts]
    # a pronoun object ("Ramsay found it on Earth"): something unnamed the claim says something of.
    # What it may stand for ("value"): what the same sentence spoke of before it ("reached a similar
    # arrangement and published it"), then what the sentence before spoke of ("He called it ...")
    def candidates(at: int, k: int) -> tuple[str, ...]:
        # ("was nominated for the Nobel Prize ... and finally won it": what it was nominated for)
        # (and a note's label: "Metamorphosis: Houdini performed it with Bess")
        own = [p for p in parts if 0 <= p.at < at and p.kind in ("name", "thing") and p.role in
               ("obj", "attr", "thing", "for", "topic") and not p.resolved]
        doer = {p.text for p in parts if p.clause == k and p.kind == "name" and p.role == "subj"}  # not "it"
        found = [antecedent_of(p) for p in reversed(own) if p.text not in doer] + [c for c in before if c not in doer]
        return tuple(dict.fromkeys(found))[:_ANTECEDENTS]

    for k, clause in enumerate(clauses):
        obj = next((c for c in heads[k].children if c.dep_ == "dobj" and c.lower_ in ("it", "them", "him", "her")), None)
        if obj is not None and clause.main:
            # "He sued him" after "... borrowed money from Johann Fust": "him" is someone named before
            value = candidates(local[obj.i], k) if obj.lower_ == "it" else tuple(
                c for c in candidates(local[obj.i], k) if c[:1].isupper()) if obj.lower_ in ("him", "her") else ()
            parts.append(Part("pronoun", obj.text, (obj.lower_,), "obj", clause.act, k, True, value=value,
                              at=local[obj.i]))
    # a pronoun subject nothing resolved: the claim says something of someone unnamed; no fact backs it
    for k, clause in enumerate(clauses):
        subj = _subject_token(heads[k])
        if subj is not None and subj.lower_ == "it" and heads[k].lemma_ == "be" and any(
                c.dep_ == "attr" and any(d.dep_ == "relcl" for d in c.children) for c in heads[k].children):
            continue
        if subj is not None and subj.lower_ in _PRONOUNS and clause.main and not any(
                p.clause == k and p.kind == "name" and p.role in ("subj", "obj") and p.resolved for p in parts):
            parts.append(Part("pronoun", subj.text, (subj.lower_,), "obj" if subj.dep_ == "nsubjpass" else "subj",
                              clause.act, k, True,
                              value=tuple(before)[:_ANTECEDENTS] if subj.lower_ == "it" else (), at=local[subj.i]))
    # "Their prize", "its last flight": a possessive pronoun names its owner
    if referent or topic or parts:
        for k, t in enumerate(tokens):
            if t.dep_ == "poss" and t.lower_ in ("his", "her", "its", "their") and t.head.pos_ in ("NOUN", "PROPN"):
                c = clause_of(t)
                # "Dickens died at his London home": the owner is the sentence's own subject first
                # ("its" is never a person's: "Lavoisier who gave the gas its name")
                holder = next((p.text for p in parts if p.kind == "name" and p.clause == c and p.role == "subj"
                               and not p.resolved and p.at >= 0 and p.at < k
                               and (t.lower_ != "its" or _not_a_person(p.text))), "")
                if not holder:
                    continue  # another sentence's name is too often the wrong owner: leave it out
                if not any(p.kind == "name" and p.role == "poss" and p.anchor == t.head.lemma_.lower() for p in parts):
                    parts.append(Part("name", holder, name_words(holder), "poss", t.head.lemma_.lower(), c,
                                      clauses[c].main, resolved=True, at=k, detail=_detail(t, heads[c])))
                    used_referent = used_referent or holder
    from .lexical import is_place, nested_places as lexical_nested  # WordNet loads on first use

    # "first TGV line, Paris–Marseille": two places joined by a dash are the ends of a route, as
    # "between Paris and Marseille" would say
    for j, p in enumerate(parts):
        if p.kind != "name" or p.role != "mod" or p.at < 0 or p.at + 2 >= len(tokens) or \
                tokens[p.at + 1].text not in ("–", "—"):
            continue
        q = next((q for q in parts if q.kind == "name" and q.role == "mod" and q.anchor == p.anchor and
                  q.clause == p.clause and p.at + 2 <= q.at <= p.at + 4), None)
        if q is not None and is_place(p.words) and is_place(q.words):
            parts = [replace(o, role="between") if o is p or o is q else o for o in parts]
    # "in Paris, France", "At Subiaco, Italy, Sweynheym printed": a place after a place and a comma says
    # where the first one is, not where else it happened; a fact need not state it
    for p in [p for p in parts if p.kind == "name" and p.role in PLACE_ROLES and p.at >= 0]:
        q = next((q for q in parts if q.kind == "name" and p.at + 2 in (q.at, q.at - len(q.words) + 1) and
                  (q.role in (p.role, "appos", "mod") or q.role == "subj" and sum(
                      1 for o in parts if o.role == "subj" and o.clause == q.clause) > 1)
                  and p.at + 1 < len(tokens) and tokens[p.at + 1].text == ","),
                 None)
        if q is None or any(t.lower_ in ("and", "or") for t in tokens[q.at + 1:q.at + 3]):
            continue
        if is_place(p.words) and is_place(q.words) and lexical_nested(p.words, q.words):
            parts = [replace(o, role="locator", anchor=p.words[-1]) if o is q else o for o in parts]
    # "great-grandson", "great-uncle": the tokenizer splits off "great-", which makes another relation
    parts = [replace(p, text=f"great-{p.text}", words=(f"great_{p.words[0]}",) + p.words[1:])
             if p.kind == "thing" and p.at >= 2 and tokens[p.at - 1].text == "-" and tokens[p.at - 2].lower_ == "great"
             else p for p in parts]
    # "Sony, not Kodak, showed the Mavica": the alternative set aside is not said to have done it, and
    # a fact naming Kodak there is the claim's rival, which "Sony" already meets
    aside, denied = _set_aside_alternatives(tokens)
    if aside:
        # (a figure or a date too: "46 chromosomes, not 48", "born in 1867, not 1868")
        parts = [p for p in parts if not (p.at >= 0 and p.at in aside and p.kind in ("name", "thing", "mod", "amount", "date"))]
    for start, end in denied:
        # "climbed the peak, not by the north ridge": what is denied is one part no fact states, so a
        # fact with the north ridge does not support the claim
        inside = [p for p in parts if start < p.at < end and p.kind in ("name", "thing", "mod", "date", "amount")]
        if inside:
            first = inside[0]
            text = " ".join(t.text for t in tokens[start:end])
            parts = [p for p in parts if p not in inside] + [
                Part("mod", text, ("not",), "not", clauses[first.clause].act, first.clause, first.main, at=start)]
    # ("from an Englishman, William Paterson": the people's noun first, bare, the name in apposition
    # to it; not "the first American in orbit: Alan Shepard", a rank's noun)
    # (or read as qualifying the name, a comma between: "an Austrian, Karl Benz")
    def as_said(t: Token) -> str:
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children) and all(
                c.dep_ in ("appos", "punct") or c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            return "appos"
        if t.dep_ == "nmod" and t.head.pos_ == "PROPN" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ",":
            return "appos"
        return t.dep_

    parts = [_as_nationality(p, as_said(tokens[p.at]) if 0 <= p.at < len(tokens) else "") for p in parts]
    clauses, parts = _went_to(clauses, parts)
    if aside_tokens:
        parts = [replace(p, detail=True) if p.at >= 0 and tokens[p.at].i in aside_tokens else p for p in parts]
        for k, h in enumerate(heads):
            own = [p for p in parts if p.clause == k]
            if h.i in aside_tokens and clauses[k].main and all(p.detail for p in own):
                clauses[k] = replace(clauses[k], main=False)
                parts = [replace(p, main=False) if p.clause == k else p for p in parts]
    # what should have been says nothing to check, its date neither ("should have opened in 1880, but
    # it opened in 1883")
    if stated:
        unasserted = {k for k, h in enumerate(heads) if counterfactual(h)}
        parts = [p for p in parts if p.clause not in unasserted]
    parts += _equations(tokens, head_index, clauses)
    return Statement(raw.strip(), tuple(clauses), tuple(parts), used_referent, lemmas)


def _equations(tokens: Sequence[Token], head_index: dict[int, int], clauses: Sequence[Clause]) -> list[Part]:
    """"A = G and T = C": an equation between symbols pairs them, and the pairing is what it says.

    Each letter alone is backed by its word ("G" by guanine, "P" by phosphorus); the pair is one
    more part, which only a fact writing it so backs (Chargaff's rule pairs A with T).
    """
    out = []
    for k in range(1, len(tokens) - 1):
        left, eq, right = tokens[k - 1], tokens[k], tokens[k + 1]
        if eq.text in ("=", "≠") and all(len(t.text) == 1 and t.is_alpha for t in (left, right)):
            c = _clause_of(eq, head_index)
            text = f"{left.text} {eq.text} {right.text}"
            out.append(Part("thing", text, (text.lower(),), "attr", clauses[c].act, c, clauses[c].main, at=k))
    return out


def _went_to(clauses: list[Clause], parts: list[Part]) -> tuple[list[Clause], list[Part]]:
    """"The top prize went to The Jazz Singer", "the title went to Karpov": an award that goes to
    someone is one they won; the clause is read as "X won the prize", so that it meets facts told so."""
    from .lexical import award_word  # WordNet loads on first use

    for k, clause in enumerate(clauses):
        if clause.act != "go" or clause.negated:
            continue
        own = [p for p in parts if p.clause == k]
        award = next((p for p in own if p.role == "subj" and p.kind in ("thing", "name") and award_word(p.words[-1])), None)
        winner = next((p for p in own if p.role == "to" and p.kind == "name" and p.anchor == "go"), None)
        if award is None or winner is None:
            continue
        clauses[k] = replace(clause, act="win")

        def as_won(p: Part) -> Part:
            if p is award:
                return replace(p, role="obj", anchor="win")
            if p is winner:
                return replace(p, role="subj", anchor="win")
            if p.kind == "act" and p.clause == k:
                return replace(p, words=("win",))
            return replace(p, anchor="win") if p.clause == k and p.anchor == "go" else p

        parts = [as_won(p) for p in parts]
    return clauses, parts


def _as_nationality(p: Part, dep: str) -> Part:
    """"Vikelas, a Frenchman", "an Englishman, William Paterson", "were Austrians": a noun for a
    people, said of someone (in apposition, either way round, or after "be"), says a nationality, as
    "French" would, and is compared as one. ("Germans invaded Poland": a people that acts is a
    participant, compared as names are.)"""
    from .lexical import demonym  # WordNet loads on first use

    if p.kind not in ("thing", "name") or len(p.words) != 1 or p.resolved or dep not in ("appos", "attr"):
        return p
    nation = demonym(p.text)
    if not nation:
        return p
    return Part("mod", nation, (nation.lower(),), "mod", p.anchor, p.clause, p.main, detail=p.detail, at=p.at)


def _repair_unknown_verb(tokens: Sequence[Token]) -> None:
    """Make a capitalised "verb" that stands as a noun and is no verb WordNet knows a proper noun
    (edits the parse in place): "Turing added the diagonal board" tags Turing VBG, lemma "ture",
    and would lose the one who did it. "Swimming is ..." stays a verb (swim is one)."""
    for t in tokens:
        if t.pos_ == "VERB" and t.text[:1].isupper() and t.text[1:2].islower() and t.is_alpha \
                and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "compound", "appos", "conj") \
                and not _verb_word(t.lower_) and not _verb_word(t.lemma_.lower()):
            t.pos_, t.tag_, t.lemma_ = "PROPN", "NNP", t.text


def _repair_fronted_phrase(tokens: Sequence[Token]) -> None:
    """Give back the subject a fronted phrase without its comma swallowed (edits the parse in place).

    Notes drop the comma after an opening phrase, and the parser then reads on into the name that
    follows: "In 1807 Humphry Davy used ..." makes Davy the object of "In" and leaves "used" with
    no subject; "After World War II Truman ordered ..." makes "World War II Truman" one name.
    ``tokens`` are the sentence's tokens without whitespace: positions go by ``Token.i``, never
    by place in the list. Every new head is outside the subtree of the token it governs, so the
    parse stays a tree.
    """
    first = tokens[0]
    if first.dep_ != "prep" or first.pos_ != "ADP" or first.head.pos_ not in ("VERB", "AUX"):
        return
    verb = first.head
    if verb.i < first.i or any(t.i > verb.i or t.i < first.i for t in first.subtree):
        return
    words = [t for t in tokens if first.i < t.i < verb.i]  # between the preposition and the verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj = subjects[0] if subjects else None
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if len(subjects) >= 2 and pobj is None and words and words[0] == subjects[0] and subjects[0].pos_ == "PROPN" \
            and any(t.text == "," and subjects[0].i < t.i < subjects[1].i for t in words):
        # "At Subiaco, Italy, Sweynheym printed": the verb has its own subject; the place the parser
        # made a second one is what "At" governs, and a name listed with it is where that place is
        place = subjects[0]
        place.head, place.dep_ = first, "pobj"
        for c in place.children:
            if c.dep_ == "conj":
                c.dep_ = "appos"
        return
    # "In Wetzlar, Oskar Barnack of Carl Zeiss designed ...": the parser listed the subject with the
    # place (as the preposition's object, or as a subject the preposition lost); no "and" lists them
    place = pobj if subj is None else subj if pobj is None and words and words[0] == subj else None
    conj = next((c for c in place.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None) \
        if place is not None and place.pos_ == "PROPN" else None
    if conj is not None and place is not None and not any(c.dep_ == "cc" for c in place.children) and any(
            t.text == "," and place.i < t.i < conj.i for t in words):
        if place is subj:
            place.head, place.dep_ = first, "pobj"
        conj.head, conj.dep_ = verb, "nsubj"
        return
    if subj is None and pobj is not None and pobj.pos_ == "PROPN":
        # "On 3 June 1950 Maurice Herzog and Louis Lachenal ... reached": the date before the name
        # (day, month, year) is what "On" governs; the name and those listed with it are the subject
        start = min([pobj.i] + [c.i for c in pobj.children if c.dep_ == "compound" and c.i < pobj.i])
        lead = [t for t in words if t.i < start]
        month = next((t for t in lead if t.lower_ in _MONTHS), None)
        if month is not None and len(lead) <= 3 and all(t.like_num or t is month for t in lead):
            month.head, month.dep_ = first, "pobj"
            for t in lead:
                if t is not month:
                    t.head, t.dep_ = month, "nummod"
            pobj.head, pobj.dep_ = verb, "nsubj"
            return
    if subj is None and pobj is not None and pobj.pos_ == "PROPN" and words and words[-1] == pobj:
        # "In 1921 Einstein won": the number before the name is what "In" governs
        num = next((c for c in pobj.children if c.dep_ == "nummod" and c.i < pobj.i and c.like_num), None)
        if num is None or any(t.pos_ != "PROPN" for t in words if num.i < t.i <= pobj.i):
            return
        pobj.head, pobj.dep_ = verb, "nsubj"
        num.head, num.dep_ = first, "pobj"
    elif subj is not None and pobj is None and subj.pos_ == "PROPN" and words and words[-1] == subj \
            and len(words) >= 3:
        # "After World War II Truman ordered": the chain of capitalised words holds both; the
        # subject is its tail of words that are names only (WordNet has "war" and "world" as nouns)
        chain = words[:-1]
        if not all(t.head == subj or t.head in chain for t in chain) or \
                any(t.dep_ not in ("compound", "det", "amod", "nummod") for t in chain):
            return
        k = len(chain)  # chain[k:] joins the subject
        while k - 1 >= 1 and chain[k - 1].pos_ == "PROPN" and not _common_word(chain[k - 1].lower_):
            k -= 1
        if k == 0 or _common_word(subj.lower_):
            return
        obj = chain[k - 1]
        obj.head, obj.dep_ = first, "pobj"
        for t in chain[:k - 1]:
            if t.head.i >= obj.i:
                t.head = obj


def _repair_compound_subject(tokens: Sequence[Token]) -> None:
    """Names the parser did not make the subject of the verb after them (edits the parse in place).

    At the start of a note ("Caxton prints the Recuyell in Ghent") the parser reads the name and
    the verb as one noun phrase and tags the verb a verb all the same: a verb has no compound
    modifiers, and one that has no subject takes the name as its subject.
    """
    for t in tokens:
        verb = t.head
        if t.dep_ == "compound" and t.pos_ == "PROPN" and verb.pos_ == "VERB" and t.i < verb.i and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) and all(
                x.dep_ in ("compound", "punct") or x.pos_ == "PROPN" for x in tokens if t.i < x.i < verb.i):
            t.dep_ = "nsubj"
            return
    # "Herzog and Lachenal climbed Annapurna": the parser made the first name the root and the verb
    # one more item of the list of names; a finite verb right after the names is their predicate
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "PROPN" or root.i != tokens[0].i:
        return
    verb = next((c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBZ", "VBP")),
                None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    between = [t for t in tokens if root.i < t.i < verb.i]
    if not between or between[-1].pos_ != "PROPN" or not all(
            t.pos_ in ("PROPN", "CCONJ", "PUNCT") and t.lower_ not in (";", ":") for t in between):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for c in [c for c in root.children if c.i > verb.i]:
        c.head = verb  # what follows the verb (the full stop) is the verb's


# verbs that say their complement happened and add nothing a fact would state ("went on to publish",
# "managed to reach"); "tried to", "began to", "planned to" do not say it happened
_IMPLICATIVE = frozenset({"manage", "proceed", "happen"})


def _repair_implicative(tokens: Sequence[Token]) -> None:
    """Make the act of "went on to publish", "managed to reach" the complement's (edits the parse in place).

    The frame verb becomes an auxiliary of its complement, and what it governed (its subject,
    when, where) the complement's, so "He went on to publish his results in 1798" is one act,
    publishing, done by him in 1798.
    """
    for t in tokens:
        if t.pos_ not in ("VERB", "AUX") or t.dep_ == "aux":
            continue
        implicative = t.lemma_.lower() in _IMPLICATIVE or t.lemma_.lower() == "go" and any(
            c.dep_ == "prt" and c.lower_ == "on" for c in t.children)
        comp = next((c for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > t.i and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if not implicative or comp is None:
            continue
        for c in [c for c in t.children if c is not comp and c.dep_ != "prt"]:
            c.head = comp
        comp.head, comp.dep_ = (comp, "ROOT") if t.dep_ == "ROOT" else (t.head, t.dep_)
        t.head, t.dep_ = comp, "aux"
        return


def _compared(t: Token) -> bool:
    """"(is) older (than)", "(was) the longest": a comparison a copula asserts, however light the word."""
    return t.tag_ in ("JJR", "JJS", "RBR") and t.dep_ in ("acomp", "attr") and t.head.lemma_ == "be"


def _common_word(word: str) -> bool:
    """Is ``word`` a common noun or a number word in WordNet ("war", "world", "ii"), not only a
    person or a place ("Truman", "Curie")?"""
    from .lexical import person_or_place
    from .wordnet import lexicon

    return (bool(lexicon().senses(word, "n", 1)) or bool(lexicon().senses(word, "a", 1))) \
        and not person_or_place(word)


def _DEFINITE_STANDINS(subj: Token) -> set[str]:
    """"The company", "the tower": a definite common noun standing for a name already given."""
    # (not "declared that smallpox had been eradicated": a "that" after a verb begins a clause)
    if subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") and not (
            c.lower_ == "that" and c.i > 0 and c.doc[c.i - 1].pos_ in ("VERB", "AUX")) for c in subj.children) \
            and not any(c.dep_ in ("compound", "amod", "prep", "poss") for c in subj.children):
        return {subj.lower_}
    return set()


def _noun_word(word: str) -> bool:
    from .lexical import known_as

    return known_as(word, "n")


def _verb_word(lemma: str) -> bool:
    from .lexical import known_as

    return known_as(lemma, "v")


def _measure_noun(t: Token) -> bool:
    """A common noun that measures or ranks ("number", "weight", "size"), never a doer."""
    from .lexical import kind

    return t.pos_ == "NOUN" and kind(t.lemma_.lower()) in ("noun.quantity", "noun.attribute")


def _qualified(t: Token) -> bool:
    """"atomic number", "record time": a light noun a relational adjective or a noun qualifies
    is a term of its own ("a number", "the same year", "the following day" stay light)."""
    from .lexical import pertains

    # ("half-life": a word joined to it by a hyphen, as WordNet has the noun, makes a term too; not
    # "long-term", an adjective, nor "four-year")
    # ("a bath of molten lead": after "of" and a noun that is no light one, what the noun is made of or holds)
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" \
            and t.head.head.lemma_.lower() not in LIGHT_NOUNS:
        return True
    # ("published it under his own name": not under a pen name, which a fact may give)
    if _own_name(t) and t.dep_ == "pobj":
        return True
    return any(c.dep_ == "amod" and pertains(c.lemma_.lower()) or c.dep_ == "compound" and c.pos_ == "NOUN"
               and c.text.islower() or c.i == t.i - 2 and t.nbor(-1).text == "-" and c.is_alpha
               and not t.nbor(-1).whitespace_ and _noun_word(f"{c.lower_}-{t.lower_}") for c in t.children if c.i < t.i)


def _own_name(t: Token) -> bool:
    """"under his own name": one's own name, which "actor name Marcus Bentley" (a slip for "named") is not."""
    return t.lemma_.lower() == "name" and any(c.lower_ == "own" for c in t.children)


def _known_word(word: str) -> bool:
    from .lexical import known_word

    return known_word(word)


def _light_with_event(t: Token) -> bool:
    """"made the first flight", "took part": a light verb whose object names the event itself."""
    if t.lemma_.lower() not in ("make", "take", "have", "do", "give", "carry", "perform", "conduct", "undertake"):
        return False
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "prt" for c in t.children):
        return False
    from .wordnet import lexicon

    lex = lexicon()
    # the first two senses: "flight" is first a formation of aircraft, then the act of flying
    return any(lex.lexname(s) in ("noun.act", "noun.event") for s in lex.senses(obj.lemma_.lower(), "n", 2))


def _person_word(word: str) -> bool:
    """Is ``word`` first of all a common noun for a person, with kinds under it ("winner",
    "founder"), not one person ("Fleming")?"""
    from .lexical import has_kinds_under, kind

    return kind(word) == "noun.person" and has_kinds_under(word)


def _person_or_place(word: str) -> bool:
    from .lexical import person_or_place

    return person_or_place(word)


def _event_act(h: Token) -> str:
    """"Beethoven's baptism took place in Bonn", "the eruption occurred in 79": the act is the event
    the subject names (baptise, erupt), as "was baptised in Bonn" says it; "" otherwise."""
    lemma = h.lemma_.lower()
    if not (lemma == "occur" or lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in h.children)):
        return ""  # (not "happen": "climate change is happening" is no changing)
    subj = _subject_token(h)
    if subj is None or subj.pos_ != "NOUN":
        return ""
    from .wordnet import lexicon

    noun = subj.lemma_.lower()
    # (an act or event first: a baptism, an eruption, a wedding; not "the storm", "the change")
    if not any(lexicon().lexname(s) in ("noun.act", "noun.event") for s in lexicon().senses(noun, "n", 1)):
        return ""
    # (the verb spelled like the noun: "baptism" gives "baptise", not "birth" a "be_born")
    verbs = sorted(v for v in lexicon().derived(noun, "n", "v") if "_" not in v and v[:3] == noun[:3])
    return verbs[0] if verbs else ""


def _posture_with_state(t: Token) -> bool:
    """"lies buried", "lay abandoned", "stands empty": a verb of posture with the state right after it
    says little more than "is"; the state is the act told."""
    return t.lemma_.lower() in ("lie", "sit", "stand", "rest") and t.i + 1 < len(t.doc) and \
        t.nbor(1).head == t and t.nbor(1).dep_ in ("acomp", "advcl", "oprd", "xcomp") and t.nbor(1).tag_ in ("VBN", "JJ")


def _complement_make(t: Token) -> bool:
    """"made smallpox the second disease": make with an object complement says "is", no act."""
    return t.lemma_.lower() in ("make", "call", "name", "consider", "declare") and \
        sum(1 for c in t.children if c.dep_ in ("dobj", "oprd", "ccomp", "attr")) >= 2


def _set_apart(tokens: Sequence[Token]) -> set[int]:
    """Token ids in brackets or after a spaced dash: the writer's aside, not the assertion.

    A dash right after the first words ("BigScience (France) – Hosts BLOOM") still leaves what
    comes before it as the assertion; a sentence that is all aside keeps its words.
    """
    out: set[int] = set()
    depth = 0
    for k, t in enumerate(tokens):
        if t.text in ("(", "["):
            depth += 1
        if depth:
            out.add(t.i)
        if t.text in (")", "]") and depth:
            depth -= 1
    dashes = [k for k, t in enumerate(tokens) if t.text in ("–", "—", "--") and not _joining_dash(tokens, k) or (
        t.text == "-" and k > 0 and tokens[k - 1].whitespace_ and t.whitespace_)]
    if len(dashes) >= 2:  # "Segment Anything—released by Meta AI—are repurposed": only what is between
        out.update(x.i for x in tokens[dashes[0]:dashes[1] + 1])
    elif dashes and any(x.is_alpha for x in tokens[:dashes[0]]) and dashes[0] < len(tokens) - 1 and not (
            # "London, first international tournament - won by Howard Staunton": a passive with its doer
            # after the dash tells what the label names; it is the line's statement, no aside
            _is_clause_head(tokens[dashes[0] + 1]) and tokens[dashes[0] + 1].dep_ == "appos") \
            and not _place_label(tokens, dashes[0]) and not _name_label(tokens, dashes[0]) \
            and not _date_label(tokens, dashes[0]):
        out.update(x.i for x in tokens[dashes[0]:])
    if all(t.i in out for t in tokens if not t.is_punct):
        return set()
    return out


def _names_a_kind(t: Token) -> bool:
    """"the long jump", "the high jump": a plain adjective that with its noun is the name of a kind."""
    from .lexical import compound  # WordNet loads on first use

    return t.dep_ == "amod" and t.head.i == t.i + 1 and t.head.pos_ == "NOUN" \
        and bool(compound(t.lower_, t.head.lemma_.lower()))


def _not_a_person(name: str) -> bool:
    from .lexical import not_a_person  # WordNet loads on first use

    return not_a_person(name)


def _thing_name(words: tuple[str, ...]) -> bool:
    """Does a name end in a word for a built or natural thing, a group or an event ("Tower Bridge",
    "Channel Tunnel", "Rome Olympics"), never a person's?"""
    from .lexical import THING_CLASSES, kind  # WordNet loads on first use

    return len(words) > 1 and kind(words[-1]) in THING_CLASSES


def _broad_place(words: tuple[str, ...]) -> bool:
    from .lexical import broad_place  # WordNet loads on first use

    return broad_place(words)


def _is_place(words: tuple[str, ...]) -> bool:
    from .lexical import is_place  # WordNet loads on first use

    return is_place(words)


def _date_label(tokens: Sequence[Token], dash: int) -> bool:
    """"December 5 - 21st Amendment ratified": a day and month (or a month alone) before the dash
    date the line, as a year does; what follows is the line's statement."""
    label = [t for t in tokens[:dash] if not t.is_punct]
    return 0 < len(label) <= 3 and any(t.lower_.rstrip(".") in _MONTHS for t in label) and all(
        t.lower_.rstrip(".") in _MONTHS or t.text.isdigit() and len(t.text) <= 4 or _ORDINAL_NUM.match(t.text)
        for t in label)


def _place_label(tokens: Sequence[Token], dash: int) -> bool:
    """"Hastings - Pillsbury wins": a lone proper name, then a dash, then a clause with its own subject
    and verb: the name says where (or of what) the clause tells; the clause is the line's statement."""
    label = [t for t in tokens[:dash] if not t.is_punct]
    rest = tokens[dash + 1:]
    if any(t.tag_ == "PRP" and t.lower_ in ("him", "her", "it", "them") for t in rest):
        return False  # "Lincoln - Booth shot him": the clause speaks of the label; the label line stays as it was
    return 0 < len(label) <= 3 and all(t.pos_ == "PROPN" for t in label) and any(
        t.pos_ == "VERB" and t.tag_ in ("VBZ", "VBD", "VBP") and any(c.dep_ == "nsubj" for c in t.children)
        for t in rest)


def _name_label(tokens: Sequence[Token], dash: int) -> bool:
    """"Luna 3 - first images of the far side": a lone name, a dash, then a phrase with no verb that
    says what the name did or was; the phrase is the line's statement, not an aside."""
    # (after a day's date and a colon, "5 May: Shepard (Freedom 7) - first American in orbit"; a
    # bracket is the name's own aside)
    start = max((k + 1 for k, t in enumerate(tokens[:dash]) if t.text == ":"), default=0)
    depth, label = 0, []
    for t in tokens[start:dash]:
        depth += (t.text == "(") - (t.text == ")")
        if not t.is_punct and not depth:
            label.append(t)
    rest = [t for t in tokens[dash + 1:] if not t.is_punct]
    if len(rest) > 1 and rest[0].lower_.endswith("s") and rest[1].pos_ in ("PROPN", "DET", "NUM") \
            and (_verb_word(rest[0].lemma_.lower()) or _verb_word(rest[0].lower_[:-1])):
        return False  # "BigScience (France) – Hosts BLOOM": a headline verb the tagger took for a noun
    return 0 < len(label) <= 4 and all(t.pos_ == "PROPN" or t.like_num for t in label) \
        and any(t.pos_ == "PROPN" for t in label) and any(t.pos_ == "NOUN" for t in rest) \
        and not any(t.pos_ in ("VERB", "AUX") for t in rest)


def _joining_dash(tokens: Sequence[Token], k: int) -> bool:
    """An en dash glued to two words joins them ("Caro–Kann", "Paris–Roubaix"); it sets nothing apart."""
    return tokens[k].text == "–" and 0 < k < len(tokens) - 1 and not tokens[k - 1].whitespace_ \
        and not tokens[k].whitespace_ and tokens[k - 1].is_alpha and tokens[k + 1].is_alpha


def _relative_years(tokens: Sequence[Token]) -> list[tuple[int, int, int]]:
    """Each "two years later", "a year later", "about a year later", "ten years on", "the same
    year", "the following year": (index of "later" or "year", years, 1 when hedged else 0)."""
    found = []
    for k, t in enumerate(tokens):
        # "the same year", "that year", "the following year", "the year after": counted from the year before
        if t.lemma_.lower() == "year" and t.lower_ == "year" and k >= 1:
            words = [x.lower_ for x in tokens[max(0, k - 2):k]]
            after = tokens[k + 1].lower_ if k + 1 < len(tokens) else ""
            # (not "born the same year" of two: "Lincoln and Darwin were born the same year", "the same
            # year as ..."; nor "the year after the war began", counted from something else)
            ends = k + 2 >= len(tokens) or tokens[k + 2].is_punct
            together = any(x.dep_ in ("nsubj", "nsubjpass") and (any(c.dep_ == "conj" for c in x.children)
                                                                 or x.tag_ in ("NNS", "NNPS"))
                           for x in tokens if x.head == t.head or x.head == t.head.head)
            if words[-1:] == ["same"] and words[-2:-1] in (["the"], ["that"]) and after != "as" and not together \
                    or words[-1:] == ["that"] and after not in ("of", "when", "in", "as"):
                found.append((k, 0, 0))
            elif words[-1:] in (["following"], ["next"]) and words[-2:-1] == ["the"] and after not in ("of", "as") \
                    or words[-1:] == ["the"] and after == "after" and ends:
                found.append((k, 1, 0))
            continue
        if t.lower_ not in ("later", "afterwards", "afterward", "on") or k < 2 or tokens[k - 1].lemma_.lower() != "year":
            continue
        if t.lower_ == "on" and not _on_ends(tokens, k):
            continue  # "ten years on the throne": how long, not when
        j = k - 2
        if tokens[j].lower_ in ("a", "an"):
            n = 1
        else:
            # ("one hundred and fifty years later")
            while j > 0 and (tokens[j - 1].like_num or tokens[j - 1].text == "-" or tokens[j - 1].lower_ == "and"
                             and j > 1 and tokens[j - 2].like_num):
                j -= 1
            value = number_value([x.text for x in tokens[j:k - 1]])
            if value is None or value[0] != int(value[0]) or not 0 < value[0] < 200:
                continue
            n = int(value[0])
        hedge = " ".join(x.lower_ for x in tokens[max(0, j - 2):j])
        about = int(any(hedge == w or hedge.endswith(" " + w) for w in ABOUT + ("some", "a few", "over", "more than")))
        found.append((k, n, about))
    return found


def _on_ends(tokens: Sequence[Token], k: int) -> bool:
    """Does the "on" at ``k`` end its phrase ("ten years on, the Armada sailed"), a time after
    something, rather than open one ("ten years on the throne")?"""
    return k + 1 >= len(tokens) or tokens[k + 1].is_punct


def _relative_time(tokens: Sequence[Token], end: int) -> bool:
    """Is the amount ending before ``end`` a span between events ("two years later", "a day before")?"""
    if end >= len(tokens):
        return False
    if end > 0 and tokens[end - 1].lemma_.lower() not in TIME_UNITS:
        return False  # "rated 6 on the Volcanic Explosivity Index": a score, not a time after something
    word = tokens[end].lower_
    if word == "on":  # "two years on, ..." (not "12 weeks on the chart": how long it was there)
        return _on_ends(tokens, end)
    if word in ("later", "earlier", "ago", "afterwards"):
        return True
    # "after"/"before" with nothing after them but the end of the clause
    return word in ("after", "before") and (end + 1 >= len(tokens) or tokens[end + 1].is_punct)


def _surface_direction(tokens: Sequence[Token], k: int) -> str:
    """"from" or "to" when the words right before a name are "from (near)" or "to": the parser
    often hangs "to Calais" on "from Dover"; the words themselves say which way."""
    j = k - 1
    while j >= 0 and tokens[j].lower_ in ("the", "near", "a", "an", "nearby"):
        j -= 1
    if j >= 0 and tokens[j].lower_ in ("from", "to", "into"):
        return "to" if tokens[j].lower_ == "into" else tokens[j].lower_
    return ""


def _detail(t: Token, clause_head: Token) -> bool:
    """Is ``t`` inside a circumstance phrase ("for her work on radium", "after being hit") of its clause?"""
    seen = 0
    while t != clause_head and t.head.i != t.i and seen < 12:
        if t.dep_ == "prep" and t.lemma_.lower() in CIRCUMSTANCE and not (
                t.lower_ == "as" and (t.head.lemma_.lower() in OFFICE_VERBS or _as_a_person(t))) and not _predicate_phrase(t):
            return True
        if t.dep_ == "pcomp" and t.head.lemma_.lower() in CIRCUMSTANCE:
            return True
        t = t.head
        seen += 1
    return False


def _as_a_person(prep: Token) -> bool:
    """"sailed on the Beagle as Darwin's naturalist", "joined as an engineer": "as" and a person's
    role says what someone was, which the fact must tell, not a circumstance."""
    from .lexical import kind

    return any(c.dep_ == "pobj" and c.pos_ == "NOUN" and kind(c.lemma_.lower()) == "noun.person" for c in prep.children)


def _predicate_phrase(prep: Token) -> bool:
    """"Velociraptor was about the size of a turkey", "The book is about war": the phrase that is a
    copula's only complement is what the clause says, not its circumstance."""
    head = prep.head
    return head.lemma_.lower() in _COPULAS and not any(
        c.dep_ in ("attr", "acomp", "oprd", "prep") and c != prep for c in head.children)


def _sequel(h: Token) -> str:
    """"after they'd first turned it down": a clause under "after" or "before" with its own subject
    and verb tells an event of its own, which the claim asserts too."""
    mark = next((c.lower_ for c in h.children if c.dep_ == "mark"), "")
    if h.dep_ == "advcl" and h.pos_ in ("VERB", "AUX") and mark in ("after", "before") \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
        return mark
    return ""


def _partitive(span: Sequence[Token]) -> str:
    """"killing six of her crew": a bare number with "of" and a noun after it counts that noun."""
    return _counted_after_of(span[0]) if len(span) == 1 and span[0].like_num else ""


def _number_of(head: Token, on: Token | None) -> str:
    """"the number of breweries had fallen to 89": a bare figure the clause's act reaches, whose
    subject is the number of something, counts that thing (as "890 breweries" does)."""
    subj = _subject_token(head)
    if subj is None or subj.lemma_.lower() != "number" or on is None or on.i != head.i:
        return ""
    return _counted_after_of(subj)


def _after_of(t: Token) -> Token | None:
    """The noun after ``t``'s "of" ("the end of the Cretaceous", "six of her crew"), or None."""
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _counted_after_of(t: Token) -> str:
    """The lemma of a common noun after ``t``'s "of": what a count or "the number" counts."""
    noun = _after_of(t)
    return noun.lemma_.lower() if noun is not None and noun.pos_ == "NOUN" else ""


def _subject_token(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)


_CAUSATIVES = frozenset({"make", "let", "have", "help"})
# where or when a headline's verb happens ("premieres in London"; not "caves, including Lascaux")
_HEADLINE_PREPS = frozenset({"in", "at", "on", "from", "to", "into", "across", "over", "off", "near", "after",
                             "before", "during", "with"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})


def _by_oneself(h: Token) -> bool:
    """"performed it all by himself", "did it on her own": the doer alone, as "alone" says."""
    return any(c.dep_ == "prep" and (c.lower_ == "by" and any(g.dep_ == "pobj" and g.lower_ in _REFLEXIVES
                                                              for g in c.children)
                                     or c.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ == "own" and any(
                                         d.dep_ == "poss" for d in g.children) for g in c.children))
               for c in h.children)


def _is_main(h: Token, root: Token, verbless: bool, reporting_root: bool) -> bool:
    """Is the clause headed by ``h`` part of what the sentence asserts?"""
    t = h
    for _ in range(12):
        if t.dep_ == "ROOT":
            return True
        # (and what a causative makes happen, whatever clause makes it: "Copperfield, who made the
        # Statue of Liberty vanish")
        if t.dep_ in ("conj", "xcomp") or (t.dep_ == "ccomp" and (
                t.head.dep_ == "ROOT" or t.head.lemma_.lower() in _CAUSATIVES and t.head.i < t.i)):
            t = t.head
            continue
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "because" for c in t.children):
            t = t.head  # "survived because he was sheltering in the crypt" asserts why, to be checked too
            continue
        if t.dep_ == "acl" and t.head.pos_ not in ("VERB", "AUX") and (t.head == root or t.head.dep_ in (
                "ROOT", "appos", "dep", "npadvmod") and t.head.head == root and verbless):
            return True  # "Nobel Prize in Physics, shared with ...": the participle is the assertion
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ == "attr" and t.head.head == root \
                and root.lemma_.lower() == "be" and t.i == t.head.i + 1:
            return True  # "X was the pen name adopted by Y": what restricts the attribute is said of X
        if t.dep_ == "relcl" and t.head.dep_ == "attr" and t.head.head == root and root.lemma_.lower() == "be" \
                and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in root.children):
            return True  # "It was Lavoisier who named the gas": the cleft's clause is the assertion
        if t.dep_ == "csubj" and t.head == root and t.tag_ == "VBG" and root.lemma_.lower() in _COPULAS \
                and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < t.i for c in t.children):
            # "The oldest brewery still working is the one at Weltenburg": the noun and its participle,
            # which spaCy makes a clausal subject, are the copula's subject
            return True
        if t.dep_ == "relcl" and _non_restrictive(t):
            t = t.head  # "the silkworm, which eats only oak leaves": said of the silkworm, as a clause of its own
            continue
        if t.dep_ in _ASIDE or t.dep_ == "ccomp":
            return reporting_root and t.dep_ == "ccomp" and t.head == root
        t = t.head
    return False


def _non_restrictive(h: Token) -> bool:
    """A relative clause set off by a comma and opened by "which" or "who", with an act and something
    it is done to or where: it tells more of its noun ("Bombyx mori, which eats only oak leaves"),
    not which one is meant ("the mill that Slater built")."""
    first = min(h.subtree, key=lambda t: t.i)
    if first.lower_ not in ("which", "who") or first.i == 0 or first.doc[first.i - 1].text != ",":
        return False
    return h.pos_ == "VERB" and h.lemma_.lower() not in _COPULAS and any(
        c.dep_ in ("dobj", "prep", "attr", "acomp") for c in h.children)


def pronoun_subject(span: Span) -> Token | None:
    """The pronoun (or "the company"-like noun) that is the subject of the sentence's root, if any."""
    root = span.root
    subj = _subject_token(root)
    if subj is None:
        return None
    if subj.lower_ in _PRONOUNS or _DEFINITE_STANDINS(subj):
        return subj
    return None


_ANTECEDENTS = 6


def antecedent_of(p: Part) -> str:
    """How a part is offered as what a later "it" stands for: a name as written, a thing by its lemma."""
    return p.text if p.kind == "name" else p.words[0]


def antecedents(statement: Statement) -> tuple[str, ...]:
    """What a statement spoke of, for an "it" in the sentence after it: the names and things of its
    main clauses that are acted on or said to be something, nearest the end first, what its own
    "it" stood for, then who acted ("Barnack designed a small camera." -> camera, Barnack)."""
    said = [p for p in reversed(statement.parts) if p.main and not p.detail and p.kind in ("name", "thing") and
            p.role in ("subj", "obj", "attr", "thing", "topic")]
    # what was acted on before who acted: "it" is more often the camera Barnack designed than Barnack
    acted_on = [antecedent_of(p) for p in said if p.role != "subj"]
    actors = [antecedent_of(p) for p in said if p.role == "subj"]
    chained = [c for p in statement.parts if p.kind == "pronoun" for c in p.value]
    return tuple(dict.fromkeys(acted_on + chained + actors))[:_ANTECEDENTS]


def owner_name(statement: Statement, name: str) -> str:
    """The name whose possession ``name`` is in the statement ("Toni Morrison" for "Toni Morrison's
    Beloved"), or ""."""
    from .lexical import kind  # WordNet loads on first use

    words = name_words(name)
    if not words:
        # "Pasteur's anthrax vaccine had been demonstrated ... In July 1885 he gave": no name is the
        # subject, but a thing of someone's is
        for p in statement.parts:
            passive = 0 <= p.clause < len(statement.clauses) and statement.clauses[p.clause].passive
            if p.kind == "thing" and p.main and not p.detail and p.role == ("obj" if passive else "subj"):
                if kind(p.words[0]) == "noun.person":
                    return ""  # "Einstein's wife ... She": the wife
                return next((q.text for q in statement.parts if q.kind == "name" and q.role == "poss"
                             and q.anchor == p.words[0]), "")
        return ""
    if any(p.kind == "thing" and p.role == "mod" and p.anchor == words[-1] and kind(p.words[0]) == "noun.person"
           for p in statement.parts):
        return ""  # "Leonardo's pupil Salaì": the one possessed is a person, and "he" after it is more likely them
    return next((p.text for p in statement.parts if p.kind == "name" and p.role == "poss" and p.anchor == words[-1]), "")


def subject_name(statement: Statement) -> str:
    """The name a statement is about, for the sentences after it ("" when none): the subject of its
    last main clause that has a named one ("... and Hilary Mantel has won it twice." -> Hilary Mantel)."""
    for p in reversed(statement.parts):
        # "Concorde was developed by BAC. The prototype first flew ...": a passive clause is about
        # its grammatical subject (Concorde), not about the doer
        passive = 0 <= p.clause < len(statement.clauses) and statement.clauses[p.clause].passive
        if p.kind == "name" and p.role == ("obj" if passive else "subj") and p.main and not p.detail:
            return p.text
    for p in reversed(statement.parts):
        # "The star of the 1948 Games was Fanny Blankers-Koen ... She won ...": a copula's named
        # complement is who a thing subject is
        # (not "Pierre Curie's wife was Marie Sklodowska. He ...": an owner's sentence is about the owner)
        if p.kind == "name" and p.role == "attr" and p.main and not p.detail and \
                0 <= p.clause < len(statement.clauses) and statement.clauses[p.clause].copula and not any(
                o.role == "poss" and o.clause == p.clause for o in statement.parts):
            return p.text
    for p in reversed(statement.parts):
        # "The first camera was built by Steven Sasson. It weighed ...": no name is the subject;
        # the doer's is the nearest
        if p.kind == "name" and p.role == "subj" and p.main and not p.detail:
            return p.text
    for p in statement.parts:
        if p.kind == "name" and p.main and p.role in ("topic", "obj") and not p.detail:
            return p.text
    return ""


def subordinate_subject(statement: Statement) -> str:
    """The name that acts in a clause the statement does not assert in its own right ("..., when John
    Kemp Starley built the Rover" -> John Kemp Starley), the last one, or ""."""
    for p in reversed(statement.parts):
        clause = statement.clauses[p.clause] if 0 <= p.clause < len(statement.clauses) else None
        if clause is not None and not clause.main and not clause.passive and p.kind == "name" and p.role == "subj" \
                and not p.detail and not p.resolved:
            return p.text
    return ""


def all_words(statements: Iterable[Statement]) -> frozenset[str]:
    return frozenset(w for s in statements for w in s.words())


__all__ = ["Clause", "Part", "Statement", "dumps", "loads", "read", "name_words", "same_length",
           "pronoun_subject", "subject_name", "subordinate_subject", "field"]
