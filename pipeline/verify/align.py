"""Align one clause of a claim with a fact, part by part: ``align`` compares the act, then each name,
date, amount, rank, thing and qualifier with the fact's parts in the same role, and returns an
``alignment.Alignment`` that says what backs the clause and what stands against it.

The typed comparisons it asks (dates, amounts, ranks, qualifiers, names in lists) are in
``comparisons``; what the verdict asks of an alignment afterwards (is the clause backed in its core,
specific enough, pinned down?) is in ``backing``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Sequence
from dataclasses import replace

from . import lexical
from .clauses import DENIALS
from .alignment import (Alignment, CORE, Finding, PARTICIPANTS, PLACES, _DOERS_AND_DONE_TO, _heads, _place,
                        canonical_role)
from .backing import _people_role, in_field_label, only_a_kind
from .comparisons import (loosely, _ASSUMED_NAMES, _SIDE_NOUNS, _amount_agrees, _amount_backs, _anchors_meet, _bare_count, _code,
                          _count_of_named, _comparable, _compound, _compounds, _kind_with, _date, _dates_noun, _enumeration, _in_sequence, _initial,
                          _joined_surnames, _lifetime, _located_inside, _numbered_clash, _one_inside_other, _opposite_qualifier,
                          _outside_enumeration, _paired_with_another, _ranks_differ, _rivals_so_qualified, _same_qualifier_other_head,
                          _FIGURE, _same_rank, _year_of, exact_against_round, is_offset, kin_owner, offsets_meet,
                          said_shorter, same_offset, share_of_said)
from .dates import WEEKDAYS, at_an_end, compare_dates
from .homes import (PEERAGE_TITLES, ROYAL_TITLES, Realms, a_person, card_place_rival, nation_of_card, nation_of_named, nation_of_thing, nation_word,
                    of_another_country, of_another_realm, other_nation, realms)
from .quantities import CURRENCY, physical
from .statement import NUMBERED, PLACE_ROLES, ROUNDS, Clause, Part, Statement, TITLES, name_words
from .words import FORMULAS


def _on_act(p: Part, s: Statement) -> bool:
    """Does ``p`` hang on its clause's act, or on that act's object (the parser's guess either way)?"""
    act = s.clauses[p.clause].act
    return bool(act) and (p.anchor == act or any(o.clause == p.clause and o.role == "obj" and o.anchor == act
                                                 and o.words[:1] == (p.anchor,) for o in s.parts))


def _on_act_or_object(p: Part, s: Statement) -> bool:
    """Does ``p`` hang on its clause's act, or on a word of that act's object, where the parse may hang a phrase
    of the act ("recorded Strange Fruit for Columbia", "for" on "Fruit")? (Unlike ``_on_act``, any word of the
    object, lower-cased: a name's words keep their capitals.)"""
    act = s.clauses[p.clause].act if 0 <= p.clause < len(s.clauses) else ""
    return p.anchor == act or any(o.role == "obj" and o.anchor == act and o.clause == p.clause
                                  and o.kind in ("name", "thing") and p.anchor in (w.lower() for w in o.words)
                                  for o in s.parts)


def _role_label(role: str, part: Part) -> str:
    if role in ("subj", "giver"):
        return "who"
    if role == "recipient":
        return "recipient"
    if role in ("obj", "thing", "topic", "attr"):
        return "what"
    if role in ("in", "at", "near", "locator") and part.kind == "name":
        return "place"
    if role == "between" and part.kind == "name" and lexical.is_place(part.words):
        return "place"  # a route's end
    if role in ("mod", "poss"):
        return "which"
    return role


def _back(act: str) -> bool:
    return act.endswith("_back")


def _act_of(part: Part, statement: Statement) -> str:
    return statement.clauses[part.clause].act if 0 <= part.clause < len(statement.clauses) else ""


def _locator_rival(p: Part, parts: Sequence[Part], findings: dict[int, Finding],
                   fparts: Sequence[Part]) -> tuple[Part, str] | None:
    """Where the fact puts the place a locator ``p`` places, when that is elsewhere: "Ramsar, Iraq"
    against "the Iranian city of Ramsar", "Foc-Foc, Mauritius" against "at Foc-Foc on Réunion". A locator
    the fact does not give is no claim of its own; one the fact gives otherwise is wrong."""
    # (a place after a town no gazetteer knows, "Ramsar, Iraq", is where it is all the same)
    j = next((j for j, o in enumerate(parts) if o.kind == "name" and o.clause == p.clause and o.words and o is not p
              and (p.role == "locator" and o.words[-1] == p.anchor
                   or p.role == o.role and p.role in PLACE_ROLES and o.at == p.at - 2 and lexical.is_place(p.words))),
             None)
    placed = findings.get(j) if j is not None else None
    if placed is None or placed.status != "backed" or placed.other is None:
        return None
    q0 = placed.other
    # ("Kansas City, Missouri" against "Kansas City, Kansas": the fact places it in another place of the same
    # class, two states, whatever the gazetteer says of the town's name, which two towns may bear)
    kind = lexical.place_class(p.words)
    # (nested only as towns and states are, not by a river's sense of a name: the Tennessee runs through Kentucky,
    # the state of Tennessee is not in it; "Sand Cave, Tennessee" against "Sand Cave, Kentucky"; and two states never,
    # whatever town of one's name the other holds: Virginia, Minnesota; England is in the United Kingdom)
    theirs = next((q for q in fparts if q.kind == "name" and q.role == "locator" and q.clause == q0.clause
                   and q.anchor == q0.words[-1].lower() and q.words != p.words and kind
                   and lexical.place_class(q.words) == kind
                   and (kind == "state" or not lexical.settled_nested(p.words, q.words))), None)
    if theirs is not None:
        return theirs, f"place: {p.text} vs {theirs.text}"
    if lexical.holds_settled_place(p.words, q0.words):
        return None  # the gazetteer puts the place in the claim's locator ("Bruges, Belgium"), whatever the fact calls it
    for q in fparts:
        if q is q0 or q.clause != q0.clause:
            continue
        # ("the Iranian city of Ramsar": the nation the fact's word for the place names)
        if q.role == "mod" and q0.role == "of" and q.anchor == q0.anchor and len(q.words) == 1 \
                and lexical.nationality(q.text) and lexical.of_another_nation(q.text, p.words) \
                and any(lexical.is_country(tuple(m.split("_"))) for m in lexical.nation_places(q.text)):
            # (a nation's adjective, not a region's: "the Bengali city of Kolkata" is in India all the
            # same, Bengal being India's and Bangladesh's)
            return q, f"place: {p.text} vs {q.text}"
        # ("at Foc-Foc on Réunion", "in Kurobe, Toyama": the place the fact names right after it)
        if q.kind == "name" and q.role in ("on", "in", "locator") and 0 < q.at - q0.at <= 5 \
                and q.words != p.words and not lexical.nested_places(p.words, q.words) \
                and not lexical.nested_places(q.words, p.words) \
                and (lexical.is_place(q.words) or q.role == "on") \
                and not lexical.water(q.words):  # ("on Réunion": an island WordNet lacks; not "on the Thames")
            return q, f"place: {p.text} vs {q.text}"
    return None


# words that make a maker's name a product's ("Model T", "Type 35", "Mark IV")
_MODEL_WORDS = frozenset({"model", "type", "mark", "mk", "series"})


def _last_of_compound(word: str, fparts: Sequence[Part]) -> bool:
    """Is ``word`` in the fact only as the last word of a thing of more words, which it does not back: "sister" of
    "half_sister", "final" of "semi-final" ("won the final" against "won the semi-final" (review 53))?"""
    return any(q.kind == "thing" and q.words[0].endswith(("_" + word, "-" + word)) for q in fparts)


def _word_of_its_own(word: str, text: str) -> bool:
    """Is ``word`` (a lemma, "subspecie") an English word, as written in ``text`` ("subspecies") or as its lemma?"""
    return lexical.known_word(word) or any(lexical.known_word(x) for x in re.findall(r"[a-z]+", text.lower())
                                           if x.startswith(word[:-1]) and x != word)


def _initials_of_noun(short: str, noun: str, text: str) -> bool:
    """Is ``short`` (a claim's noun, "np") the initials of words of the fact that end in ``noun`` ("park")?"""
    phrase = lexical.initialism(short.upper(), text)
    return phrase is not None and lexical._singular(phrase[-1]) == noun


def _unit_rival(p: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> tuple[Part, str] | None:
    """Another unit of one measure, named without a figure on either side ("matches the width of the
    teeth in centimetres" against "in millimetres"): the scale the fact gives is another. (A unit with
    its figure is the amount's, which weighs it converted: "300 miles" against "480 km".)"""
    def bare(x: Part, xs: Sequence[Part]) -> bool:
        return not any(o.kind == "amount" and (o.words == x.words or x.text.lower() in o.text.lower()) for o in xs)

    mine = physical(p.text)
    if mine is None or mine[0] == "[time]" or not bare(p, parts):
        return None
    q = next((q for q in fparts if q.kind == "thing" and (theirs := physical(q.text)) is not None and bare(q, fparts)
              and theirs[0] == mine[0] and (abs(theirs[1] - mine[1]) > 1e-9 * max(theirs[1], mine[1])
                                            or abs(theirs[2] - mine[2]) > 1e-9)), None)  # (kelvin / celsius)
    return (q, f"unit: {p.text} vs {q.text}") if q is not None else None


def _written_in(p: Part, o: Part) -> bool:
    """Is part ``p`` written among the words of amount ``o`` ("C" of "70 °C"), not elsewhere in the line ("Vitamin
    C")? By token positions, where both have them; else by the amount's text."""
    if p.at >= 0 and o.at >= 0:
        return o.at <= p.at < o.at + len(o.text.split())
    return p.text in o.text.split()


def _holder_rival(p: Part, claim: Statement, findings: dict[int, Finding], fact: Statement,
                  free: Sequence[Part]) -> tuple[Part, str] | None:
    """The holder a fact's copula gives a rank first on its scale, against the name a verbless line gives
    it ("Largest national park in the UK: Lake District" against "Cairngorms National Park ... is the largest
    national park in the United Kingdom"); whether it is the one record, ``events.same_event`` weighs."""
    clause = claim.clauses[p.clause]
    if clause.act and not clause.copula:
        return None
    rank = next((f for f in findings.values() if f.status == "backed" and f.part.kind == "rank"
                 and f.part.clause == p.clause and f.other is not None and f.part.value[:1] == (1,)
                 and f.other.value[:1] == (1,)), None)
    if rank is None:
        return None
    # (not a record the fact gives as one of several: "is one of the tallest dog breeds", "is considered one of
    # the tallest": the rank's noun is what "one of" counts among, and another may hold the first place)
    if any(q.role == "of" and q.anchor == "one" and q.clause == rank.other.clause for q in fact.parts):
        return None
    # (or a passive that says what it is held to be: "is generally considered the tallest dog breed")
    held = fact.clauses[rank.other.clause]
    deemed = held.passive and held.act in lexical.DEEMING_ACTS
    if not (held.copula or deemed):
        return None
    q = next((q for q in free if q.kind == "name" and q.clause == rank.other.clause
              and (q.role == "subj" or deemed and q.role == "obj")), None)
    # (held so plainly, or by a named authority, and no more: not "was once considered", "is sometimes considered",
    # "is considered by some breeders to be", "is wrongly believed to be", where the fact says what some held,
    # or held once, not who holds the record)
    if q is not None and deemed and not _deemed_plainly(fact, rank.other.clause, q, rank.other):
        return None
    return (q, f"who: {p.text} vs {q.text}") if q is not None else None


# the words a deeming passive may say beside its verb and still say what is held widely now: its auxiliary,
# how widely ("generally", "widely"), and what links the verb to the record ("regarded as", "believed to be")
_PLAIN_DEEMING = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "as", "to", "the",
                            "a", "an"}) | lexical.HELD_WIDELY


def _deemed_plainly(fact: Statement, clause: int, holder: Part, rank: Part) -> bool:
    """Does the fact say its holder is held to be the record with nothing that hedges it ("The Irish Wolfhound is
    generally considered the tallest", "is recognised by the American Kennel Club as the tallest")? Every word
    between the holder and the act, and between the act and the rank, is a plain one, or a name the clause gives
    (the authority that holds it so, after "by")."""
    act = next((q for q in fact.parts if q.kind == "act" and q.clause == clause), None)
    if act is None:
        return False
    text = fact.text.lower()
    h = text.find(holder.text.lower())
    a = text.find(act.text.lower(), h + len(holder.text)) if h >= 0 else -1
    r = text.find(rank.text.lower(), a + len(act.text)) if a >= 0 else -1
    if r < 0:
        return False  # (where the words stand, the fact does not show: no rival read from it)
    named = {w for q in fact.parts if q.kind == "name" and q.clause == clause for w in q.text.lower().split()}
    between = re.findall(r"[\w'’-]+", text[h + len(holder.text):a]) + re.findall(r"[\w'’-]+", text[a + len(act.text):r])
    return all(w in _PLAIN_DEEMING or w in named or w == "by" and named for w in between)


_CARD_FIELD = re.compile(r"(?:^|[;|]\s*)(?P<label>[A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(?P<value>[^;|]+)")


def _named_person(p: Part) -> bool:
    """Is the name a person's by its look: a given name first, or two words or more no lexicon calls a thing's
    ("Charles Ranhofer", "Baden Baden-Powell"; not "Barclays", "Encyclopédie")?"""
    # (not a title, "Duke of Wellington", "Earl of Sandwich": another name for a person the card may give by theirs)
    if re.search(r"\s(?:of|de la|of the)\s", p.text):
        return False
    return lexical.given_name(p.words[0]) or len(p.words) >= 2 and a_person(p.text) and not lexical.not_a_person(p.text)


# a card's "Who:" field: the doer of the fact's main act, whatever its verb
_ANY_ACT = frozenset({"*"})


def _doer_label(p: Part, claim: Statement) -> frozenset[str]:
    """The acts a card line's label says its value did ("Maker: ARP", "Inventor / designer: ..." give
    "make"; "Designer: H. Dennis Taylor" "design"): a label that is a person's noun made from a verb.
    Only on a line of two fields or more; empty when the name stands under no such label."""
    fields = list(_CARD_FIELD.finditer(claim.text))
    if len(fields) < 2:
        return frozenset()
    for m in fields:
        if m.group("value").strip().startswith(p.text):
            label = m.group("label").strip().lower().split()[-1]
            if label == "who":
                return _ANY_ACT  # ("Treat: Baked Alaska; Who: Auguste Escoffier": who did what the card is of)
            lex = lexical._lex()
            if lex is None or "noun.person" not in lex.kinds(label, "n", 3):
                return frozenset()
            return frozenset(lex.derived(label, "n", "v"))
    return frozenset()


# Adverbs whose sense is not their adjective's ("closely watched", "virtually cancelled", "highly controversial",
# "fairly narrow", "really a figure of romance"): a degree or a hedge, no backing for "close", "virtual", "high" ...
_SHIFTED_ADVERBS = frozenset({
    "closely", "virtually", "highly", "fairly", "really", "greatly", "totally", "fully", "barely", "scarcely", "lately",
    "presently", "finally", "justly", "evenly", "deadly", "purely", "nearly", "hardly", "shortly", "largely", "widely",
    "freely", "actually", "literally", "ultimately", "eventually", "temporarily", "originally", "early", "dearly",
    "sorely", "terribly", "awfully", "perfectly", "entirely", "completely", "extremely", "simply", "truly", "surely"})


def _adverb_backs(p: Part, fact: Statement) -> bool:
    """Does the fact say the claim's adjective ``p`` as its adverb, on the word for what ``p`` qualifies: on a
    participle qualifying the same noun ("first official powered flight" against "the first officially recognised
    powered flight"), or on a verb whose subject or object is that noun, or that is its verb ("an annual festival"
    against "the festival has been held annually", "the official purchase" against "officially purchased")? Not an
    adverb on another word ("officially fixed" of the distance, for an "official marathon"), not one whose sense
    is a degree ("closely watched", "highly controversial", "virtually cancelled"), not in a denied clause."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", fact.text)
    low = [w.lower() for w in words]
    noun = p.anchor.lower()
    for i, w in enumerate(low):
        if not w.endswith("ly") or w in _SHIFTED_ADVERBS or not lexical.adverb_of(p.words[0], w):
            continue
        near = {x for x in low[max(0, i - 1):i + 3] if x != w}
        for q in fact.parts:
            if q.text.lower() not in near or not 0 <= q.clause < len(fact.clauses) or fact.clauses[q.clause].negated:
                continue
            if q.kind == "mod" and q.anchor == noun and low[i + 1:i + 2] == [q.text.lower()]:
                return True  # (the adverb on a participle qualifying the same noun)
            if q.kind == "act" and (q.anchor == noun or fact.clauses[q.clause].act == noun or any(
                    o.clause == q.clause and o.role in ("subj", "obj") and noun in o.words for o in fact.parts)):
                return True  # (on the verb the noun is subject or object of, or the verb of the noun)
    return False


def _only_country(p: Part, claim: Statement, fparts: Sequence[Part], fact: Statement) -> Part | None:
    """The fact's name of the country the nation's adjective ``p`` is of, where the fact names no other country and
    gives no other nation's adjective ("Malaysian" and "Malaysia's national symbols"; not "Malaysia's neighbour
    Indonesia")."""
    mine = [q for q in fparts if q.kind == "name" and lexical.adjective_of_place(p.text, q.words)]
    # (a country that places or owns something, not one that qualifies another noun: "a United States patent" says
    # nothing of American medicines)
    # (nor one the fact's act is done to: "Charles Dickens, an American, toured ..." against "toured the United States";
    # and a person's nation only where the fact says the person is of it, not where the act was done: "Charles Dickens,
    # an American, lectured ..." against "lectured in the United States"; the parse hangs such an apposition on the act)
    # (nor a firm's or a band's nation, against where it acts: "Chinese company Apple assembles iPhones in China",
    # "French automaker Ford built a factory in France"; a company's nation is not where it works, as a person's
    # is not where he lectured)
    doers = {w for q in claim.parts if q.kind == "name" and q.role in ("subj", "topic") and q.clause == p.clause
             for w in q.words}
    personal = lexical.kind(p.anchor) in ("noun.person", "noun.group") or 0 <= p.clause < len(claim.clauses) \
        and p.anchor == claim.clauses[p.clause].act or any(
        q.kind == "thing" and q.words == (p.anchor,) and q.role == "mod" and q.anchor in doers for q in claim.parts)
    # (and a thing's nation only where the fact speaks of that thing: not "a form of Jamaican dance" against "a form of
    # combat sport originating from Jamaica")
    elsewhere = not personal and bool(p.anchor) and lexical.kind(p.anchor).startswith("noun.") \
        and p.anchor not in fact.lemmas
    if len(mine) != 1 or elsewhere or mine[0].role in ("mod", "subj", "obj") \
            or personal and mine[0].role not in ("of", "from", "poss") \
            or any(
            q is not mine[0] and (q.kind == "name" and lexical.is_country(q.words) and not lexical.adjective_of_place(
                p.text, q.words) or q.kind in ("mod", "name") and len(q.words) == 1 and lexical.nationality(q.text)
                and not lexical.same_mod(p.words[0], q.words[0])) for q in fparts):
        return None
    return mine[0]


# nouns for where a thing comes from ("of French origin"), and acts that say it came into being somewhere
_ORIGIN_NOUNS = frozenset({"origin", "origins", "descent", "ancestry", "provenance", "roots", "extraction"})
_ORIGINATING = frozenset({"originate", "arise", "emerge", "evolve", "develop", "begin", "start"})


def _origin_place(q: Part, fact: Statement) -> bool:
    """Is ``q`` the place the fact has its thing come from ("from Sicily", "originated in Germany")?"""
    return q.kind == "name" and lexical.is_place(q.words) and 0 <= q.clause < len(fact.clauses) and (
        q.role == "from" or q.role == "in" and fact.clauses[q.clause].act.split("_")[0] in _ORIGINATING)


def _origin_rival(p: Part, findings: dict[int, Finding], fact: Statement,
                  free: Sequence[Part]) -> tuple[Part, str] | None:
    """The place a thing comes from in the fact, against the claim's adjective of another ("Granita is a Sardinian
    dessert", "granita = Sardinian" against "Granita is a semi-frozen dessert from Sicily"): the fact's thing is the
    one the claim backs, or what the fact's copula says a backed subject is. (Not where a person was from: a
    person's nation is ``_nation_of_person``'s.)"""
    # (a verbless note's adjective beside the noun: "Poodle -> French origin")
    if p.anchor in _ORIGIN_NOUNS or not p.anchor and any(
            f.part.kind == "thing" and f.part.clause == p.clause and f.part.words[0] in _ORIGIN_NOUNS
            for f in findings.values()):
        # ("Poodle -> French origin" against "it most likely originated in Germany", in a fact that also calls it
        # the national dog of France): the place the fact has it come from, whatever other place it names
        if any(_origin_place(o, fact) and lexical.adjective_of_place(p.text, o.words) for o in fact.parts):
            return None
        q = next((q for q in free if _origin_place(q, fact) and lexical.in_known_country(q.words)
                  and lexical.of_another_nation(p.text, q.words)), None)
        return (q, f"place: {p.text} vs {q.text}") if q is not None else None
    backed = {w for f in findings.values() if f.status == "backed" and f.other is not None for w in f.other.words}
    said_of = {q.words[0] for q in fact.parts if q.kind == "thing" and q.role == "attr" and 0 <= q.clause < len(
        fact.clauses) and fact.clauses[q.clause].copula and any(
        o.role == "subj" and o.clause == q.clause and set(o.words) & backed for o in fact.parts)}
    if any(o.kind == "name" and lexical.adjective_of_place(p.text, o.words) for o in fact.parts):
        return None  # (the fact names the adjective's place: "Sicilian" and "Sicily" agree)
    q = next((q for q in free if q.kind == "name" and q.role == "from" and (q.anchor in backed or q.anchor in said_of)
              and lexical.kind(q.anchor) not in ("noun.person", "noun.group") and lexical.is_place(q.words)
              and lexical.in_known_country(q.words) and lexical.of_another_nation(p.text, q.words)), None)
    # (a place WordNet puts in no country is no other nation's: "Gouda is a Dutch cheese" against "a cheese from
    # South Holland", which it does not know is in the Netherlands)
    return (q, f"place: {p.text} vs {q.text}") if q is not None else None


def _nation_of_person(p: Part, parts: Sequence[Part], findings: dict[int, Finding], fparts: Sequence[Part],
                      free: Sequence[Part]) -> tuple[Part, str] | None:
    """The nation the fact gives the one person both name, against the claim's ("A Hungarian chemist, Otto
    Wichterle" against "The Czech chemist Otto Wichterle"), each the adjective of that person's calling or
    name, however the parse hangs it. A firm's too: "the German firm Philips" against "The Dutch company
    Philips"."""
    # (a body's noun, "firm", "company": the name beside it is the body's, whatever it looks like)
    calling_kind = lexical.kind(p.anchor)
    body = calling_kind == "noun.group"

    def of_a_person(x: Part, xs: Sequence[Part]) -> bool:
        return lexical.kind(x.anchor) == "noun.person" or body and lexical.kind(x.anchor) == "noun.group" or any(
            o.kind == "name" and x.anchor in o.words and a_person(o.text) for o in xs)
    # (the calling itself agreeing: "the Venetian captain Piri Reis" against "the Ottoman admiral" is one
    # difference, in the calling; one the fact says in other words, "a Canadian dancer" against "an American
    # ballet master", is no difference the claim is caught in, and the nation is)
    calling = [f for f in findings.values() if f.part.kind == "thing" and f.part.words[0] == p.anchor]
    if not of_a_person(p, parts) or calling and not all(f.status == "backed" for f in calling) or not calling and not any(
            o.kind == "name" and p.anchor in o.words for o in parts) and calling_kind not in ("noun.person", "noun.group"):
        return None
    # (the person named beside the adjective, as a title or an apposition does)
    # (a body's, the name next to its noun: "the German firm Philips launched the Philishave")
    persons = [f for f in findings.values() if f.status == "backed" and f.part.kind == "name" and f.other is not None
               and (body and abs(f.part.at - p.at) <= 2 or len(f.other.words) > 1 and a_person(f.other.text))
               and 0 <= f.part.at and abs(f.part.at - p.at) <= 5]

    # (one person named twice, "Rimmel: Eugène Rimmel, Italian perfumer", is one)
    if len({id(f.other) for f in persons}) != 1:
        return None
    rivals = [q for q in free if q.kind == "name" and q.role == "mod" and len(q.words) == 1 and not q.detail
              and q.clause == persons[0].other.clause and lexical.nationality(q.text) and of_a_person(q, fparts)]
    # (of another nation, not one inside the other: "Welsh" is "British"; nor "America" the continent:
    # "Canadian" is not "American" all the same)
    if len(rivals) != 1 or not lexical.other_nations(p.text, rivals[0].text):
        return None
    return rivals[0], f"nationality: {p.text} vs {rivals[0].text}"


def _nation_said_of_subject(p: Part, claim: Statement, findings: dict[int, Finding], fact: Statement,
                            free: Sequence[Part]) -> tuple[Part, str] | None:
    """The nation a copula gives the person both name, against the claim's ("Hobbs was British" against
    "Alfred Charles Hobbs was an American locksmith"): the fact's adjective of what the person was, or
    what the person was itself."""
    if not (0 <= p.clause < len(claim.clauses) and claim.clauses[p.clause].copula):
        return None
    subject = next((f for f in findings.values() if f.status == "backed" and f.part.kind == "name"
                    and f.part.role == "subj" and f.part.clause == p.clause and f.other is not None
                    and a_person(f.other.text)), None)
    if subject is None or not (0 <= subject.other.clause < len(fact.clauses)):
        return None
    if not fact.clauses[subject.other.clause].copula:
        # ("Pertti Karppinen is Swedish" against "Pertti Karppinen of Finland won ..."): the country the fact
        # names the person "of", whatever it says they did (not a royal's style, "Isabella of France")
        # (the person named in full, beyond titles: one given name "of" a country is a house, not a nation)
        # (nor a peer's style, "Lord Louis Mountbatten of Burma": any title before the name)
        person = subject.other
        if len(person.words) < 2 or any(w.lower().rstrip(".") in ROYAL_TITLES | PEERAGE_TITLES
                                        for w in person.text.split()):
            return None
        home = next((q for q in free if q.kind == "name" and q.role == "of" and q.anchor in person.words
                     and lexical.is_country(q.words)
                     and re.search(rf"{re.escape(person.text)}\s+of\s+(?:the\s+)?{re.escape(q.text)}", fact.text)), None)
        if home is None or not lexical.of_another_nation(p.text, home.words):
            return None
        return home, f"nationality: {p.text} vs {home.text}"
    at = subject.other.clause
    what = {o.words[0] for o in fact.parts if o.kind == "thing" and o.role == "attr" and o.clause == at}
    rivals = [q for q in free if q.kind in ("name", "mod") and len(q.words) == 1 and not q.detail and q.clause == at
              and lexical.nationality(q.text) and (q.role == "attr" or q.role == "mod" and q.anchor in what)]
    if len(rivals) != 1 or not lexical.other_nations(p.text, rivals[0].text):
        return None
    return rivals[0], f"nationality: {p.text} vs {rivals[0].text}"


def _nation_of_another(p: Part, q: Part, claim: Statement, fact: Statement) -> bool:
    """Is ``p`` a nation a copula gives the claim's subject ("Hobbs was British") and ``q`` the same word
    qualifying a noun of the fact that is neither what its subject was nor the subject ("a British firm")?"""
    if not (p.kind == "name" and p.role == "attr" and len(p.words) == 1 and 0 <= p.clause < len(claim.clauses)
            and claim.clauses[p.clause].copula and lexical.nationality(p.text)) or q.role != "mod":
        return False
    said_of = {w for o in fact.parts if o.clause == q.clause and o.kind in ("thing", "name")
               and o.role in ("attr", "subj") for w in o.words}
    # (a nation by birth is the person's: "a Polish-born French physicist" was Polish)
    return q.anchor not in said_of and q.anchor not in ("bear", "born")


def _both_names(f: Finding) -> bool:
    """Does a backed finding pair two names? A name the tagger took for a noun on one side counts
    ("Singer acquired the Wheeler & Wilson company": "Singer" at the head of a sentence is read as the
    noun "singer", and "Wheeler & Wilson acquired Singer" named it): the same capitalised words."""
    if f.other is None or {f.part.kind, f.other.kind} - {"name", "thing"}:
        return False
    if f.part.kind == f.other.kind == "name":
        return True
    return "name" in (f.part.kind, f.other.kind) and f.part.words == f.other.words \
        and f.part.text[:1].isupper() and f.other.text[:1].isupper()


def when_clause(claim: Statement, clause: int) -> bool:
    """Is ``clause`` a copula clause hung on another ("when he was about nine" of "became king when he was about
    nine"), whose age is the one at the other clause's act?"""
    if not 0 <= clause < len(claim.clauses):
        return False
    own = claim.clauses[clause]
    return not own.main and own.dep == "advcl" and own.copula


def _age_of_another_act(p: Part, q: Part, claim: Statement, fact: Statement) -> bool:
    """Is the claim's ``p`` an age said by a copula clause hung on another ("became king when he was 19"), and the
    fact's ``q`` one it gives at an act none of the claim's main clauses tells ("died aged 19")? The age is the one at
    the main clause's act (review 56)."""
    if p.value[2:3] != ("age",) or not when_clause(claim, p.clause) or not 0 <= q.clause < len(fact.clauses):
        return False
    # (the fact's age in a copula clause of its own is at its other clauses' acts: "married Tom Vero when she was 25",
    # "Mary Vero was 30 when she married Rob Brill" (review 56b))
    # (its own clause's act; for a copula, the act of the clause it hangs on or that hangs on it: not another act
    # joined to it, "became king at the age of nine and died aged 19")
    own = fact.clauses[q.clause]
    theirs = {own.act} | ({c.act for c in fact.clauses if c.act and (c.main if not own.main else c.dep == "advcl")}
                          if own.copula else set())
    mine = [claim.clauses[k].act for k in claim.main_clauses if claim.clauses[k].act]
    # (a main clause the parse left with no act of its own is not read as another act: "Ann Vero wed Rob Brill")
    return bool(mine) and not any(m == a or lexical.act_relation(m, a) in ("same", "broader", "converse")
                                  for m in mine for a in theirs)


def _age_said(p: Part) -> str:
    """An age as a reason gives it: "29", or both ends of one given as two, "8-9" ("about eight or nine")."""
    low, high = p.value[0] + 0.5, p.value[1] - 0.5
    return f"{low:g}" if high - low < 0.5 else f"{low:g}-{high:g}"


def _swap_label(role: str, part: Part) -> str:
    """A role in words, for a swap ("Lindt as the factory's owner")."""
    if role == "poss" and part.anchor:
        return f"the {part.anchor}'s owner"
    return _role_label(role, part)


# --- the comparison ----------------------------------------------------------------------------


_SCALES = ("C", "F", "K")  # a temperature's scale, which the parser reads as a name

# What befalls a thing after it was made or opened (a closed class of acts done to what exists): a fact's
# date for one of them is not the thing's year in a line "X (2012)" ("Wembley Stadium, rebuilt in 2007",
# "the Mona Lisa, stolen in 1911")
# (not what an event itself does, which dates it: "the Great Fire burned from 2 to 6 September 1666", "the
# hurricane struck", "the airship was destroyed in 1937")
# (nor a sale or a move, which may be the line's event: "1886: Coca-Cola first sold", "Vincennes → Sèvres 1756")
LATER_ACTS = frozenset({"restore", "rebuild", "reconstruct", "renovate", "refurbish", "repair", "reopen", "rename",
                        "demolish", "steal", "excavate", "close", "expand", "extend", "convert",
                        "list", "designate", "recover", "upgrade"})


def _hyphened_in(qualifier: str, text: str) -> bool:
    """Does ``text`` write the hyphened ``qualifier``'s words together, hyphened, open or solid ("black tea")?"""
    pattern = r"[- ]?".join(re.escape(w) for w in qualifier.lower().split("-"))
    return re.search(rf"\b{pattern}\b", text.lower()) is not None


# "one", "a single", "only one" before a noun (and a word qualifying it): how many of it the claim says there were
_JUST_ONE = r"\b(?:one|a single|single|just one|only one)\s+(?:[a-z-]+\s+)?"
# the parts of a day, in their order: one two or more apart from another is another time of day ("morning" /
# "evening"); neighbours may be said of the same hour ("evening" / "night", "noon" / "afternoon")
_DAY_PART_RANK = {"dawn": 0, "daybreak": 0, "sunrise": 0, "morning": 1, "noon": 2, "midday": 2, "afternoon": 3,
                  "evening": 4, "dusk": 4, "sunset": 4, "night": 5, "midnight": 5}
_DAY_PART = re.compile(r"\b(?i:in|on|at|during|by|that|this|one|the)\s+(?:the\s+)?(?:early\s+|late\s+)?("
                       + "|".join(_DAY_PART_RANK) + r")\b(?!-)")


def _day_parts(text: str) -> dict[str, int]:
    """The parts of the day a text places something in, by word ("in the evening": {"evening": 4})."""
    return {m.group(1).lower(): _DAY_PART_RANK[m.group(1).lower()] for m in _DAY_PART.finditer(text)}


def _other_subjects(parts: Sequence[Part], fparts: Sequence[Part], fact_clause: int) -> bool:
    """Do the claim's clause (``parts``) and the fact's clause ``fact_clause`` both name a subject, and no word of one
    is the other's? A time that recurs (a day of the week, a part of the day) pins only one doer's act: "The boss met
    the board on Monday" is not denied by "The board met on Tuesday"."""
    mine = {lexical._singular(w.lower()) for o in parts if o.role == "subj" and o.kind in ("name", "thing") for w in o.words}
    theirs = {lexical._singular(w.lower()) for o in fparts if o.clause == fact_clause and o.role == "subj"
              and o.kind in ("name", "thing") for w in o.words}
    return bool(mine and theirs and not mine & theirs)


_ONLY_ONCE = re.compile(r"\b(?:only|just|exactly)\s+once\b|\b(?:only|just) one time\b|\ba single time\b", re.IGNORECASE)


def _kin_person(kin: Part, parts: Sequence[Part]) -> Part | None:
    """The person a family relation is said of: the name right after it ("son Yesüngge") or just before it, set off
    by a comma ("Mercedes Jellinek, the daughter of ..."); None when neither."""
    return next((o for o in parts if o.kind == "name" and o.clause == kin.clause and o.at >= 0 and kin.at >= 0
                 and not (o.role in ("poss", "of") and o.anchor == kin.words[0])  # (not its owner: "Emil's wife")
                 and (kin.at < o.at <= kin.at + len(o.text.split()) or 0 < kin.at - o.at <= 2 + len(o.text.split()))),
                None)


def _said_as_quality(p: Part, q: Part, fparts: Sequence[Part]) -> bool:
    """Does the fact give the claim's noun as a quality of its own ("Go-Daigo loyalist" against "a commander loyal to
    Emperor Go-Daigo": the loyalist is the loyal commander)?"""
    return any(o.kind == "mod" and o.anchor == q.words[0] and len(o.words[0]) >= 4 and p.words[0] != o.words[0]
               and p.words[0].startswith(o.words[0]) for o in fparts)


def _doers_own(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """Is the claim's ``p`` owned by a name the fact gives ``q``'s place, so no rival of it ("Nero's workers start
    cutting at Corinth" against "the Roman emperor Nero began digging": the workers are Nero's, the emperor is)?
    Only many who act for one, a plural or a body ("workers", "army"), not one person of theirs, who acts for
    themself: "Tom Kell's assistant did it" is not what "Tom Kell did it" says (review 59)."""
    many = p.text.lower() != p.words[0] and p.text.lower().endswith("s") or lexical.kind(p.words[0]) == "noun.group"
    return many and any(o.kind == "name" and o.role == "poss" and o.anchor == p.words[0] and o.clause == p.clause
               and any(r.kind == "name" and r.role == q.role and r.anchor == q.anchor and r.clause == q.clause
                       and lexical.same_name(o.text, o.words, r.text, r.words) in ("same", "part") for r in fparts)
               for o in parts)


def _one_owner(parts: Sequence[Part], mine: Part, fparts: Sequence[Part], theirs: Part) -> bool:
    """Is the first doer each side names besides the related person one person ("Augustus dies ...; his grandson
    Tiberius" and "Augustus died ... succeeded by his stepson Tiberius")?"""
    def first(xs: Sequence[Part], person: Part) -> Part | None:
        return min((x for x in xs if x.kind == "name" and x.role == "subj" and x.words != person.words),
                   key=lambda x: (x.clause, x.at), default=None)
    a, b = first(parts, mine), first(fparts, theirs)
    return a is not None and b is not None and lexical.same_name(a.text, a.words, b.text, b.words) in ("same", "part")


def _owned_by_pronoun(kin: str, text: str) -> bool:
    """Is the family relation ``kin`` written once in ``text``, after a possessive pronoun ("his stepson")?"""
    return len(re.findall(rf"\b{re.escape(kin)}\b", text, re.IGNORECASE)) == 1 \
        and re.search(rf"\b(?:his|her|their)\s+{re.escape(kin)}\b", text, re.IGNORECASE) is not None


# a spouse may be a cousin, a niece or a nephew as well ("Claudius's wife Agrippina" and "his niece Agrippina")
_SPOUSES = frozenset({"wife", "husband", "spouse", "consort", "partner", "widow", "widower", "bride", "groom"})
_COLLATERALS = frozenset({"cousin", "niece", "nephew", "aunt", "uncle"})
_TWINS = frozenset({"twin"})
_SIBLING_WORDS = frozenset({"brother", "sister", "sibling"})


def _may_both_hold(a: str, b: str) -> bool:
    """May one person be both relations of the same owner ("wife" and "cousin"; a "twin" and a "brother")?"""
    return bool({a, b} & _SPOUSES and {a, b} & _COLLATERALS) or bool({a, b} & _TWINS and {a, b} & _SIBLING_WORDS)


_YEAR_SECONDS = 31_557_600  # pint's year (365.25 days), what a figure in years is read in


def align(claim: Statement, clause: int, fact: Statement, first_nights: bool = True) -> Alignment:
    """Compare the parts of clause ``clause`` of ``claim`` with every part of ``fact``.

    ``first_nights``: an opening may be read as the fact's premiere (``_first_night``); off when that reading gave
    a conflict, which is then no conflict of the claim's."""
    parts = [p for p in claim.parts if p.clause == clause]
    fparts = list(fact.parts)
    c = claim.clauses[clause]
    if c.main and c.act and not c.shifted and not any(p.kind == "date" for p in parts) and not any(
            p.kind == "date" and p.resolved and p.at < 0 and p.clause != clause and c.past
            and not claim.clauses[p.clause].past for p in claim.parts):
        # a date the line does not write (its timeline year, its heading's) dates the whole line, each act it
        # asserts: "1954: Tonight Show begins on NBC, Johnny Carson hosting" says Carson hosted in 1954 (the reader
        # put it on the first act; unbacked, it is not the claim's to state, but it may conflict)
        # (not an act told as before or after the line's time, "Florey and Chain later purify it", "the GDR had
        # built it"; nor one told in the past under a line whose dated act is told in the present)
        parts += [replace(p, clause=clause, anchor=c.act, main=True) for p in claim.parts
                  if p.kind == "date" and p.resolved and p.at < 0 and p.clause != clause]
    claim_doers = {w for p in parts if p.kind == "name" and p.role == "subj" for w in p.words}

    # the act
    act_rel = "none"
    made_then = False  # the claim's beginning is the fact's making, told in other words ("dates from 1413")
    first_night = False  # the claim's opening is the fact's premiere, told in other words ("opened" / "premiered")
    fact_act: Part | None = None
    winner: Part | None = None  # the one a claim says was beaten, who wins in the fact
    claim_act = next((p for p in parts if p.kind == "act" and not p.detail), None)
    if claim_act is not None:
        act_rel = ""
        for q in (q for q in fparts if q.kind == "act"):
            rel = _act_relation(claim_act.words[0], q.words[0], parts, fparts, claim.text)
            # (the very verb before one like it: "purified" is the fact's "purified", not its "made")
            if rel and (not act_rel or rel == "same") and not (
                    fact_act is not None and fact_act.words[0] == claim_act.words[0] != q.words[0]):
                act_rel, fact_act = rel, q
        # (of two clauses with the very act, the one that shares more of what the clause says, and its polarity:
        # "his dentures were never made of wood" is the fact's "were not made of wood", not its "they were made
        # from ... teeth")
        if act_rel == "same" and fact_act is not None:
            said_words = {w for p in parts if p.kind in ("name", "thing") for w in p.words}

            def shared(q: Part) -> tuple[int, bool]:
                there = {w for o in fparts if o.clause == q.clause and o.kind in ("name", "thing") for w in o.words}
                return len(said_words & there), 0 <= q.clause < len(fact.clauses) \
                    and fact.clauses[q.clause].negated == c.negated

            same_acts = [q for q in fparts if q.kind == "act" and q.words[0] == fact_act.words[0]]
            if len(same_acts) > 1:
                fact_act = max(same_acts, key=shared)
        # (of two clauses with the act, the one whose doer is the claim's: "Schubert died in 1828, after
        # Beethoven died" tells two deaths; the claim's "Schubert died" is the first)
        if act_rel == "same" and claim_doers and fact_act is not None and not any(
                q.kind == "name" and q.role == "subj" and q.clause == fact_act.clause and claim_doers & set(q.words)
                for q in fparts):
            fact_act = next((q for q in fparts if q.kind == "act" and q.clause != fact_act.clause
                             and lexical.act_relation(claim_act.words[0], q.words[0]) == "same" and any(
                                 o.kind == "name" and o.role == "subj" and o.clause == q.clause
                                 and claim_doers & set(o.words)
                                 for o in fparts)), fact_act)
        # (a kind of the act only as the claim's doer does it: "Otis moves to Yonkers" is not told by "stops
        # a platform from falling", the platform's fall)
        # (the claim's doer nowhere in that clause, whose own subject the claim does not name)
        if act_rel == "broader" and claim_doers and fact_act is not None:
            there = [q for q in fparts if q.clause == fact_act.clause and q.kind in ("name", "thing")]
            subjects = [q for q in there if q.role == "subj"]
            clause_words = {w for p in parts for w in p.words}
            # (or a bare act with no one in its clause: "from falling")
            if not there or subjects and not any(claim_doers & set(q.words) for q in there) \
                    and not any(set(q.words) & clause_words for q in subjects):
                act_rel, fact_act = "", None
        if not act_rel:
            # "LeMond beat Fignon by 58 seconds" against "LeMond won the Tour by eight seconds over
            # Fignon": a kind of winning, when the one beaten is named in the fact too (not "beaten by
            # Luz Long" against "Long won silver behind Owens": who was beaten goes unsaid)
            # (and where a loser stands there: not "behind", which says who was ahead: "Luz Long beat Owens" against
            # "Long won silver behind Owens")
            beaten = [p for p in parts if p.kind == "name" and p.role == "obj"]  # (a passive's subject is read as "obj")
            if beaten and all(any(q.kind == "name" and q.role != "behind"
                                  and lexical.same_name(p.text, p.words, q.text, q.words) in ("same", "part")
                                  for q in fparts) for p in beaten):
                q = next((q for q in fparts if q.kind == "act" and lexical.kind_of_defined(claim_act.words[0], q.words[0])),
                         None)
                if q is not None:
                    act_rel, fact_act = "broader", q
                    # ("Deep Blue beats Kasparov in the match" against "... but Kasparov won the match"):
                    # the one beaten is who wins in the fact
                    # (not when the claim's doer is who the winner was behind: "Owens beat Luz Long" / "Long won
                    # silver behind Owens")
                    ahead = any(w.kind == "name" and w.role == "behind" and any(
                        o.kind == "name" and o.role == "subj" and lexical.same_name(o.text, o.words, w.text, w.words)
                        in ("same", "part") for o in parts) for w in fparts)
                    winner = None if ahead else next((w for w in fparts if w.kind == "name" and w.role == "subj" and any(
                        lexical.same_name(p.text, p.words, w.text, w.words) in ("same", "part") for p in beaten)
                        and any(x.kind == "act" and x.clause == w.clause and x.words[0] == q.words[0] for x in fparts)), None)
        if not act_rel and claim_act.words[0] in lexical.BEGINNING:
            # "the Australasian Championships started in Sydney" against "were first held in 1905 in
            # Melbourne": an event begins when it is first held
            # (the event itself held, "was first held / run / staged": not a doer's first time somewhere,
            # "Brady first played for the Patriots in 2000" against "Brady started for the Patriots in 2001";
            # a finite passive, not the participle the parser may make of "The Ramones first played at CBGB";
            # but an aside on the event is one, "The Ideal Home Exhibition, first held in 1908, moved ...")
            q = next((q for q in fparts if q.kind == "act" and q.words[0] in lexical.HOLDING
                      and 0 <= q.clause < len(fact.clauses) and fact.clauses[q.clause].passive
                      and (fact.clauses[q.clause].finite or fact.clauses[q.clause].dep == "acl" and not fact.clauses[q.clause].main
                           and re.search(rf",\s*first\s+{re.escape(q.text)}\b", fact.text) is not None)
                      and any(
                          h.kind in ("name", "thing") and h.role == "obj" and h.clause == q.clause for h in fparts) and any(
                r.kind == "rank" and r.value[:1] == (1,) and r.anchor == q.words[0] for r in fparts)), None)
            if q is not None:
                act_rel, fact_act = "same", q
        # (what the fact made is the claim's subject: not "The Harwick Museum's collection dates back to 1753"
        # against "The Harwick Museum was founded in 1760", nor a gallery against its collection; the same
        # name, or the fact's with only a word for the body besides: "Salamanca" / "the University of
        # Salamanca", not "The Times" / "The New York Times")
        subjects = [o for o in parts if o.kind in ("name", "thing") and o.role == "subj" and not o.detail]

        def the_subject(r: Part) -> bool:
            """Does the fact's name or thing ``r`` name the claim's subject?"""
            return r.kind in ("name", "thing") and not r.detail and any(
                (_body_named(o, r) if o.kind == r.kind == "name" else o.words == r.words) for o in subjects)

        def made_it(q: Part, acts: frozenset[str]) -> bool:
            return q.kind == "act" and q.words[0].split("_")[0] in acts and any(
                r.clause == q.clause and r.role == "obj" and the_subject(r) for r in fparts)

        def opened_bare(q: Part) -> bool:
            """Is ``q`` the fact's "opened" (began, started) of the claim's very thing, with nothing else on it but
            its date: "Melbourne Zoo opened in 1862" (not "opened to the public in 1838", "opened as a museum",
            "opened in Britain": a later opening of what stood before)?"""
            if q.kind != "act" or q.words[0] not in _OPENING:
                return False
            # (dated itself, not by a clause under it: "began to breed platypus in 1862"; and no later than the year
            # the claim gives, since a thing may date from before it opened: "dates from 1753" / "opened in 1759")
            on_it = [r for r in fparts if r.clause == q.clause and r.anchor == q.words[0] and r is not q]
            dated = [r for r in on_it if r.kind == "date"]
            return bool(dated) and all(r.kind == "date" or r.role == "subj" for r in on_it) and any(
                r.role == "subj" and the_subject(r) for r in on_it) and not any(
                o.kind == "date" and o.value[1] is not None and r.value[0] is not None and o.value[1] < r.value[0]
                for o in parts for r in dated)

        if not act_rel and claim_act.words[0] in lexical.BEGINNING and not any(
                o.kind in ("name", "thing") and o.role == "obj" for o in parts):
            # "The Associated Press began in 1846" against "was formed in 1846": a thing that began, with
            # nothing it began on, began when it was made
            q = next((q for q in fparts if made_it(q, _MAKING)), None)
            if q is not None:
                act_rel, fact_act, made_then = "same", q, True
        if not act_rel and claim_act.words[0] == "date" and any(o.kind == "date" and o.anchor == "date" for o in parts) \
                and re.search(r"\bdat(?:es|ed|ing|e)\s+(?:back\s+)?(?:to|from)\b", claim.text) is not None:
            # "St Andrews, which dates from 1413" against "founded in 1413": a thing dates from its making
            # (or against "opened in 1862", of the very thing: "Melbourne Zoo dates from 1882", what opened, with
            # nothing it opened, began then)
            q = next((q for q in fparts if made_it(q, _MAKING | _BUILDING) or opened_bare(q)), None)
            if q is not None:
                act_rel, fact_act, made_then = "same", q, True
        if not act_rel and claim_act.words[0] in lexical.FIRST_SHOWING:
            # "1912 - Water Torture Cell premieres in London" against "Houdini first performed his Water
            # Torture Cell in Berlin in 1912": a premiere is the first performance, a debut the first showing
            q = next((q for q in fparts if q.kind == "act" and any(
                r.kind == "rank" and r.value[:1] == (1,) and r.anchor == q.words[0] for r in fparts)
                and q.words[0] in lexical.SHOWING), None)
            if q is not None:
                act_rel, fact_act = "same", q
        if not act_rel and first_nights and _first_night(claim_act.words[0], parts) == "open":
            # "Nabucco opened at La Scala in 1842" against "Verdi's Nabucco premiered at La Scala": a work that opened,
            # with nothing it opened, had its first night then
            # (one way only: a first night is an opening, but not every opening is the first night, "Wicked premiered
            # in San Francisco" against "opened on Broadway at the Gershwin Theatre", a tryout's and Broadway's)
            # (of the work the claim names, the same name: not "Swan Lake opened at the Bolshoi in 1877" against "Don
            # Quixote premiered at the Bolshoi in 1869", nor "The Phantom of the Opera" against "Phantom of the
            # Paradise", another work's first night)
            mine = [o for o in parts if o.role == "subj" and o.kind in ("name", "thing")]
            q = next((q for q in fparts if q.kind == "act" and _first_night(q.words[0], fparts) == "premiere" and any(
                _same_work(o, r) for o in mine for r in fparts
                if r.role == "subj" and r.clause == q.clause and r.kind in ("name", "thing"))), None)
            if q is not None:
                act_rel, fact_act, first_night = "same", q, True
        if not act_rel:
            # a fact clause whose verb gave no act part ("was named the Booker of Bookers")
            for j, fc in enumerate(fact.clauses):
                rel = _act_relation(claim_act.words[0], fc.act, parts, fparts, claim.text) if fc.act and not fc.copula else ""
                if rel in ("same", "converse"):
                    act_rel = rel
                    fact_act = Part("act", fc.act, (fc.act,), "act", "", j, fc.main)
                    break
        if not act_rel:
            # the tagger made the fact's verb an adjective ("isolated insulin"): same word, same act
            # (not a qualified participle in a clause the fact does not assert: "who lived in company-run
            # boarding houses" runs nothing a mill does)
            q = next((q for q in fparts if q.kind == "mod" and q.words[0] == claim_act.words[0].split("_")[0]
                      and (q.main or not any(r.anchor == q.words[0] and r.role == "mod" and r.clause == q.clause
                                             for r in fparts))), None)
            if q is not None:
                act_rel, fact_act = "same", q
        if not act_rel:
            # "discovered X" against "the discovery of X": the fact names the act as a noun
            # (not an object's name that only says what kind another is: "a ski binding" tells no one skied)
            # (nor a doing's noun that only says what kind a thing, a place or a text is: "a sailing manual", "a
            # boxing gym", "mining rights" tell of no sailing, boxing or mining; "a solo sailing voyage" does)
            q = next((q for q in fparts if q.kind == "thing" and not only_a_kind(q, parts, fparts)
                      and lexical.noun_of_act(claim_act.words[0], q.words[0])), None)
            if q is not None:
                act_rel, fact_act = "same", q
    # "was declared extinct in 2021" against "in 2021 the Service proposed declaring it extinct": the
    # fact puts the act forward, it does not state it done
    framed = "" if fact_act is None or c.framed or fact_act.clause >= len(fact.clauses) \
        else fact.clauses[fact_act.clause].framed
    act_ok = act_rel not in ("",)

    clause_words = {w for p in parts if p.kind in ("name", "thing") and not p.detail for w in p.words}

    def shared(j: int) -> int:
        """How many of fact clause ``j``'s names and things the claim's clause names."""
        return sum(1 for q in fparts if q.clause == j and q.kind in ("name", "thing") and set(q.words) & clause_words)

    def same_act_clause(j: int) -> bool:
        """Does fact clause ``j`` tell the claim's act of something the claim's clause names ("The
        Jikji, printed in Korea in 1377, ..." for "Jikji was printed in 1337"; not "the Gutenberg
        Bible, printed in 1455" in the same fact)? Or the only clause that tells it, about the thing the
        claim names ("Michaux et Cie, founded in Paris in 1868, was the first company ..." for "company
        founded in 1930")"""
        return tells_act(j) and (shared(j) > 0 or not any(tells_act(i) for i in range(len(fact.clauses)) if i != j)
                                 and any(q.kind in ("name", "thing") and q.words[0] in clause_words for q in fparts))

    def tells_act(j: int) -> bool:
        """Is the claim's act the act of fact clause ``j``?"""
        # (or the act matched to it above in other words: "dates from" a founding)
        return claim_act is not None and any(q.kind == "act" and q.clause == j and (lexical.act_relation(
            claim_act.words[0], q.words[0]) == "same" or q is fact_act and made_then) for q in fparts)

    fact_clause = fact_act.clause if fact_act is not None else (fact.main_clauses[0] if fact.main_clauses else 0)
    if fact_act is None and c.act and claim_act is None and not c.copula and c.act != "be":
        # (a light verb the reader gives no act part, "has", is still the clause's: "Épée has no right-of-way" is
        # the fact's "whereas épée has no right-of-way", the clause of "have" that shares its words, not its first;
        # not "be", which half the facts' clauses have: "humans are now the dominant forcing" is no denial of it)
        said_here = {w for p in parts if p.kind in ("name", "thing") for w in p.words}
        light = [(len(said_here & {w for q in fparts if q.clause == j and q.kind in ("name", "thing") for w in q.words}), -j)
                 for j, fc in enumerate(fact.clauses) if fc.act == c.act]
        if light and max(light)[0] > 0:
            fact_clause = -max(light)[1]

    def subj_here(j: int) -> bool:
        """Does fact clause ``j`` have the claim's doer as its subject (a passive's, too: "the Mint was
        created by the Coinage Act of 1792")?"""
        return any(o.kind == "name" and o.clause == j and claim_doers & set(o.words) and (
            o.role == "subj" or o.role == "obj" and j < len(fact.clauses) and fact.clauses[j].passive) for o in fparts)

    def foreign(j: int) -> bool:
        """Another clause of the fact that tells the claim's act of someone else by name, when the
        clause compared has the claim's doer ("Amundsen reached it in December 1911, and Scott reached
        it in January 1912": Amundsen's date is not Scott's)."""
        return j != fact_clause and bool(claim_doers) and tells_act(j) and subj_here(fact_clause) and not subj_here(j) \
            and any(o.kind == "name" and o.role == "subj" and o.clause == j for o in fparts)

    # the clause of the fact that tells the claim's event: its act's, or where the claim's doer is the
    # subject when no act was matched ("India became independent" in "... after India became independent")
    home = fact_clause if fact_act is not None else next((j for j in range(len(fact.clauses)) if subj_here(j)), None)
    home_sequel = home is not None and home < len(fact.clauses) and bool(fact.clauses[home].sequel)

    def later_act(j: int) -> bool:
        """A line without a verb, "X (2012)", dates X's making or opening, not what befell it later."""
        return c.act == "" and 0 <= j < len(fact.clauses) and fact.clauses[j].act.split("_")[0] in LATER_ACTS

    def may_date(q: Part) -> bool:
        """May the fact's date ``q`` date the claim's event? A clause under "after" or "before" with a
        doer of its own is dated by its own date only ("Schubert died in November 1828, after Beethoven
        died" does not date Beethoven's death); nor is the claim's doer dated by another doer's clause
        of the act, nor a thing by what befell it later."""
        return q.kind == "date" and (q.clause == home or not home_sequel) and not foreign(q.clause) \
            and not later_act(q.clause)

    def dates_home_from_frame(q: Part) -> bool:
        """Is ``q`` the date of a reporting frame ("In 2004 it was shown that ...") over the clause that tells
        the claim's act, which has no date of its own?"""
        return home is not None and 0 <= home < len(fact.clauses) and q.clause != home \
            and 0 <= q.clause < len(fact.clauses) and fact.clauses[q.clause].dep == "ROOT" \
            and not fact.clauses[q.clause].main and not any(o.kind == "date" and o.clause == home for o in fparts)

    def reported_earlier(q: Part) -> bool:
        """Is ``q`` a frame's date over a past act it reports ("In 1953 it was shown that Piltdown Man had
        been forged": that is when it was shown, not when it was forged)?"""
        return dates_home_from_frame(q) and fact.clauses[home].past

    used: set[int] = set()  # fact parts already matched
    stand_ins: list[int] = []  # pronouns, and "it" read as a name the fact lacks: placed last
    findings: dict[int, Finding] = {}

    def croles(p: Part, s: Statement) -> str:
        role = canonical_role(p, s)
        if act_rel == "result" and s is fact and role == "obj":
            return "subj"  # "X was killed" (fact) -> "X died" (claim)
        if act_rel == "result" and s is fact and p.role == "obj" and s.clauses[p.clause].passive:
            return "subj"
        return role

    position = {id(q): j for j, q in enumerate(fparts)}

    def back(k: int, p: Part, q: Part, note: str = "") -> None:
        findings[k] = Finding(p, "backed", q, note or p.text)
        if id(q) in position:
            used.add(position[id(q)])

    # 1. names, dates, amounts, ranks, things, mods: find what backs them
    for k, p in enumerate(parts):
        if p.kind == "act":
            if act_ok and fact_act is not None and framed:
                frame = next((q.text for q in fparts if q.kind == "act" and q.words[0] == framed), framed)
                findings[k] = Finding(p, "unbacked", fact_act, f"'{p.text}' (only '{frame} {fact_act.text}')")
            elif act_ok and fact_act is not None:
                back(k, p, fact_act)
            continue
        if p.kind == "name" and p.text in _SCALES and any(o.kind == "amount" and o.value[2] == "[temperature]"
                                                          and _written_in(p, o) for o in parts):
            # "30 °C" against "86 °F": the scale is the temperature's unit, compared with its figure
            # (or the fact's temperature itself, its scale written out: "~300 °C" against "above 1,000 degrees Celsius")
            q = next((q for q in fparts if q.kind == "name" and q.text in _SCALES), None) \
                or next((q for q in fparts if q.kind == "amount" and q.value[2:3] == ("[temperature]",)), None)
            if q is not None:
                back(k, p, q)
                continue
        if p.kind == "name":
            best = None
            # (named twice, the one in the clause that tells the act: "Sylbaris survived because he was
            # locked in a cell", "he" read as Sylbaris; and the one there before the same words in an
            # aside: "Lindt bought Sprüngli's factory" against "Johann Rudolf Sprüngli bought Lindt's
            # factory, forming Lindt & Sprüngli" meets the buyer, not the firm's name)
            # (a surname in that clause, not a word inside another name: "India" is not the British
            # East India Company's)
            n = len(p.words)

            def rank(rel: str, q: Part) -> tuple[bool, bool, int, bool]:
                here = q.clause == fact_clause
                whole = q.words[-n:] == p.words or q.words[:n] == p.words
                return (here and (rel == "same" or whole), rel == "same", len(set(p.words) & set(q.words)), here)
            for q in fparts:
                if q.kind == "name":
                    rel = lexical.same_name(p.text, p.words, q.text, q.words)
                    # ("ICRW" for "the International Convention for the Regulation of Whaling", a name the
                    # parse cut in two at its "for")
                    if rel not in ("same", "part") and len(p.words) == 1 and p.text.isupper() and any(
                            r.kind == "name" and r.role in ("for", "of") and r.anchor == q.words[-1]
                            and lexical.acronym_of(p.words[0], q.words + r.words) for r in fparts):
                        rel = "same"
                    # ("Only a few Hawaiians still surfed" against "his attempt at surfing in Hawaii": a people who
                    # did the act is not the place it was done in, which "the Americans led a boycott" is not either)
                    if rel == "same" and p.role in ("subj", "obj") and _place(q.role) == "place" and len(p.words) == 1 \
                            and p.words[0].endswith("s") and lexical.adjective_of_place(p.words[0][:-1], q.words) \
                            and lexical.name_relation(p.words, q.words) not in ("same", "part"):
                        continue
                    if rel in ("same", "part") and (best is None or rank(rel, q) > rank(*best)):
                        best = (rel, q)
                elif q.kind == "thing" and len(p.words) == 1 and p.text.isupper() and \
                        lexical.acronym_of(p.words[0], _phrase(q, fact)):
                    best = ("same", q)
                elif q.kind == "thing" and best is None and q.text.lower() == p.text.lower():
                    best = ("same", q)  # "Carbon-14" read as a name on one side, "carbon-14" a plain word on the other
                elif q.kind == "mod" and best is None and q.at == 0 and q.text == p.text and p.text[:1].isupper():
                    # ("Thrasher magazine was founded ...": the fact's first word, a name the parse took for a
                    # noun qualifying the next because a sentence's first word is capitalised anyway)
                    best = ("same", q)
                elif q.kind in ("thing", "mod") and best is None and len(p.words) == 1 and p.text.isalpha() \
                        and not p.text.isupper() and q.text.islower() and p.text.lower() != q.text \
                        and lexical._singular(q.text) == lexical._singular(p.text.lower()) != p.text.lower():
                    # ("Trifocals: George Airy, patented 1827": a plural capitalised at a line's start, of a word
                    # the fact writes in lower case, "trifocal lenses"; not a word the fact writes alike, which
                    # may be a name there too: "Tarot", "Modern")
                    best = ("same", q)
            epithet = p.text.split()[-1] if " " in p.text else ""
            if best is not None and best[0] == "part" and epithet.isalpha() and epithet.islower() \
                    and epithet not in best[1].words and not p.resolved:
                # "Penicillium camemberti" is not backed by "Penicillium moulds", nor "Panthera pardus"
                # by "Panthera leo" read as a genus and a word: the species is its epithet (a name read
                # for a pronoun is the reader's guess, as close as the fact's own)
                best = None
            added = set(p.words) - set(best[1].words) if best is not None else set()
            if best is not None and best[0] == "part" and len(best[1].words) < len(p.words) and not p.resolved \
                    and any(any(ch.isdigit() for ch in w) for w in added) and (not all(w.isdigit() for w in added) or any(
                        len(w) >= 3 and not (len(w) == 4 and 1500 <= int(w) <= 2099) for w in added)) \
                    and not all(re.search(rf"\b{re.escape(w)}\b", fact.text, re.I) for w in added):
                # "Otis Elevonic 101" is not backed by "Otis": a maker's name, a model's name and its number
                # name one of its products, not the maker (a number alone may be the version: "LLaMA 1"; not a
                # model's number of three digits or more, "Boeing 747", "Nokia 3310", unless a year: "London 2012")
                best = None
            if best is not None and best[0] == "part" and len(best[1].words) < len(p.words) and not p.resolved \
                    and not any(w in best[1].words for w in _MODEL_WORDS) and any(
                        w in _MODEL_WORDS and p.words[i - 1] in best[1].words for i, w in enumerate(p.words) if i):
                # (after the maker's name: "Mark Spitz" is not a Mark of Spitz's)
                # "John Deere Model D" is not backed by "John Deere": a maker's name and "Model", "Type",
                # "Mark" name one of its products, not the maker
                best = None
            if best is not None and _prefixed(best[1].text, fact.text) != _prefixed(p.text, claim.text):
                # "the Broadway opening" is not backed by "the first off-Broadway preview": a prefix that says
                # not, against, before or after the name makes another thing of it
                best = None
            if best is not None and best[0] == "part" and "upon" in p.words and "upon" not in best[1].words:
                # "Kingston upon Thames" is not backed by a bare "Kingston" (of Jamaica, or of Hull): the town's
                # river says which
                best = None
            if best is not None and best[0] == "part" and len(best[1].words) < len(p.words) and not p.resolved \
                    and _owned_by_another(p, best[1], fparts):
                # "the Admiral's Men" is not backed by "the Lord Chamberlain's Men", read as "Men" owned by the
                # Lord Chamberlain: the possessor the claim's name opens with is the fact's other one
                best = None
            if best is not None and best[0] == "part" and len(best[1].words) < len(p.words) and any(
                    q.kind == "name" and lexical.name_relation(p.words, q.words) == "clash" for q in fparts):
                # "the Moscow Olympics" is not backed by "Olympic gymnastics" in a fact that names the
                # Montreal Olympics: the shorter name is another one's part
                best = None
            if best is not None and best[0] == "part" and len(best[1].words) < len(p.words) \
                    and lexical.is_place(best[1].words) and not lexical.is_place(p.words) \
                    and p.words[:len(best[1].words)] == best[1].words and not p.resolved \
                    and not (best[1].anchor and best[1].role not in ("to", "from") and any(
                        best[1].anchor == w or lexical.same_thing(best[1].anchor, w) for w in p.words[len(best[1].words):])):
                # "Chicago Engine Co. 21" is not backed by "Chicago": a place that opens a longer name
                # names where the thing is, not the thing ("Washington" is not Washington Irving; but
                # one that says where the rest of the name is, "the zoo in London", backs "London Zoo")
                best = None
            if best is not None and best[0] == "part" and len(best[1].words) == 1 < len(p.words) and best[1].role == "mod" \
                    and all(w.isalpha() for w in p.words) and not p.resolved and croles(p, claim) in ("subj", "by") \
                    and lexical.kind(best[1].anchor) != "noun.person" \
                    and any(o.kind == "thing" and o.words[0] == best[1].anchor for o in fparts):
                # "Blaise de Vigenere published it" is not backed by "the Vigenère cipher": a doer named
                # in full is not the name that qualifies a thing (the "Lumière brothers" are people)
                best = None
            if best is not None and best[0] == "part" and len(p.words) < len(best[1].words) and best[1].role == "mod" \
                    and not p.resolved and p.role in ("subj", "by") and c.act and fact_act is not None and any(
                        o.kind == "name" and o.role in ("subj", "by") and o.clause == fact_act.clause and lexical.same_name(
                            p.text, p.words, o.text, o.words) not in ("same", "part") for o in fparts):
                # "Army won the first Army-Navy game" is not backed by "the first Army-Navy football game ... and Navy
                # won it": a doer is not backed by a name that qualifies a thing, where the fact's doer is another
                best = None
            if best is not None and (best[0] == "part" and " " not in p.text and 0 < len(p.words) < len(best[1].words)
                                     or best[0] == "same" and best[1].text.split()[0].lower() in TITLES
                                     and len(best[1].text.split()) > len(p.text.split())) \
                    and _place(p.role) == "place" and _place(best[1].role) != "place" and not p.resolved \
                    and best[1].words[-len(p.words):] == p.words and a_person(best[1].text) and " of " not in best[1].text \
                    and not (best[1].role in ("after", "for") and best[1].anchor in ("name", "rename", "call")) \
                    and any(o.kind == "name" and _place(o.role) == "place" and not any(
                        lexical.same_name(o.text, o.words, c.text, c.words) in ("same", "part")
                        for c in claim.parts if c.kind == "name") for o in fparts):
                # "a mill at Lowell" is not backed by "Francis Cabot Lowell's company opened a mill at
                # Waltham": a place is not named by the surname of a person the fact names, when the
                # fact gives the place ("van Houten of Amsterdam" is a person's place)
                best = None
            if best is not None and best[0] == "part" and len(p.words) < len(best[1].words) and not p.resolved \
                    and p.role == "from" and _place(best[1].role) not in ("place", "from") \
                    and claim.clauses[p.clause].act.split("_")[0] in ("", "come", "descend", "originate", "hail", "derive") \
                    and best[1].words[:len(p.words)] == p.words and " of " not in best[1].text \
                    and lexical.is_place(p.words) and not lexical.is_place(best[1].words) and p.anchor not in best[1].words:
                # "comes from Labrador" is not backed by "the Labrador Retriever descends from ... Newfoundland":
                # the place a thing's name opens with is what it is named for, not where the fact puts it
                # ("the zoo in London" still meets "London Zoo": the rest of the name is the claim's noun)
                # (but the place itself, where the fact names it apart, still backs it: "The Boston Terrier is an
                # American breed first bred in Boston", the longer name ranked first only for standing in the
                # clause the claim's is aligned with)
                best = next((("same", q) for q in fparts if q.kind == "name" and q is not best[1]
                             and lexical.same_name(p.text, p.words, q.text, q.words) == "same"), None)
            if (best is None or best[0] == "part") and len(p.words) == 2 and re.fullmatch(r"[A-Z][\w.]+-[A-Z][\w.]+", p.text):
                # "Milan-Varese autostrada" against "from Milan to Varese": a route named by its two ends,
                # each a name of the fact's
                # (together: the ends of one route, "from Milan to Varese", or two of a kind in one clause,
                # "Hitler and Stalin signed"; not "Born in Detroit, Lindbergh flew ... to Paris")
                ends = [next((q for q in fparts if q.kind == "name" and q.words == (w,)), None) for w in p.words]
                if ends[0] is not None and ends[1] is not None and ends[0].clause == ends[1].clause and (
                        ends[0].role == ends[1].role or {ends[0].role, ends[1].role} == {"from", "to"}):
                    best = ("same", ends[0])
                elif best is not None and not any(q.kind == "name" and set(p.words) <= set(q.words) for q in fparts):
                    best = None  # ("Detroit-Paris" is not backed by "Paris" alone; "Caro–Kann Defence" backs "Caro-Kann")
            if best is None and p.role == "mod" and len(p.words) == 1 and not p.resolved and lexical.nationality(p.text):
                # "the oldest Japanese maker" against "the oldest firework maker in Japan": a nation's adjective on
                # a noun, said by the fact as the place that noun is in
                # (of a thing, not of people: a person's nation is not where the fact has them work, "the top scorer
                # in England" is no English scorer, "the oldest doctor in the British Virgin Islands" no British one)
                best = next((("same", q) for q in fparts if q.kind == "name" and _place(q.role) == "place"
                             and not lexical.people_noun(q.anchor)
                             and ((q.anchor == p.anchor if p.anchor else q.anchor in claim.lemmas)
                                  # ("of German origin" against "originated in Germany")
                                  or (p.anchor in _ORIGIN_NOUNS or not p.anchor and set(claim.lemmas) & _ORIGIN_NOUNS)
                                  and _origin_place(q, fact))
                             and lexical.adjective_of_place(p.text, q.words)), None)
            if best is None and p.role == "of" and lexical.is_country(p.words):
                # "Paul Deman of Belgium" against "the Belgian rider Paul Deman": the country a person
                # is of, given as the fact's word for their nation
                word = nation_of_named(p, parts, fparts)
                if word is not None and lexical.adjective_of_place(word.text, p.words):
                    best = ("same", word)
                # ("Vasa (Sweden)" against "the Swedish warship Vasa": a bracket's country after a thing, the
                # nation's word on the noun the fact names it with, as in any aside)
                if best is None and p.detail:
                    word = nation_of_thing(p, parts, fparts, fact.text)
                    if word is not None and lexical.adjective_of_place(word.text, p.words):
                        best = ("same", word)
            if best is None and lexical.is_country(p.words):
                # ("Inventor: Barthélemy Thimonnier; Country: France" against "The French tailor Barthélemy Thimonnier
                # patented ...": a card's country, the nation the fact gives its person)
                word = nation_of_card(p, parts, fparts, claim.text)
                if word is not None and lexical.adjective_of_place(word.text, p.words):
                    best = ("same", word)
            if best is None and len(p.words) >= 2 and not p.resolved:
                # "Nobel Physics 1963" against "the 1953 Nobel Prize in Physics": a name said short, its
                # first word the fact's name and its last the name that name is "in" or "of"
                best = next((("same", q) for q in fparts if q.kind == "name" and len(q.words) >= 2
                             and q.words[0] == p.words[0] and p.words[1] not in q.words and any(
                                 o.kind == "name" and o.role in ("in", "of") and o.anchor == q.words[-1]
                                 and o.words == p.words[1:] for o in fparts)), None)
            if best is None:
                joined = _joined_surnames(p, fparts)
                if joined:
                    best = ("part", joined[0])
            if best is None and _initial(p) and p.role == "mod":
                # "T. rex", "E. coli": a genus shortened to its initial before the same species word
                named = [q for q in fparts if q.kind == "name" and q.role == "mod" and q.anchor in (p.anchor, "")
                         and q.words and q.words[0][:1] == p.words[0]]
                best = ("same", named[0]) if len(named) == 1 else None
            if best is None and _initial(p):
                # "But K. took the match 4-2": notes shorten a person to an initial; one fact name
                # whose surname it opens, in the same place of the act, is who it is
                mine = _slot(croles(p, claim))
                # (of the clause that tells the act: "C. discovered penicillin" is not Chain, who purified it)
                named = [q for q in fparts if q.kind == "name" and q.words and q.words[-1][:1] == p.words[0]
                         and (fact_act is None or q.clause == fact_act.clause)
                         and (_slot(croles(q, fact)) == mine or {_slot(croles(q, fact)), mine} <= {"doer", "recipient"})]
                best = ("same", named[0]) if len(named) == 1 else None
            if best is None and n == 1 and (phrase := lexical.initialism(p.text, fact.text)) is not None:
                # "Italy's 1st NP" against "Italy's first national park": initials of the fact's words, the
                # part that heads them (the noun, or the name they make)
                head = lexical._singular(phrase[-1])
                # (the name by all its words: "General Electric" keeps "General" in its text, not its words)
                # (or the title a name opens with: "Macmillan (PM)" against "Prime Minister Harold Macmillan")
                best = next((("same", q) for q in fparts if q.kind in ("thing", "name", "mod") and q.words
                             and (q.words == phrase or q.kind == "name" and tuple(re.findall(r"[a-z]+", q.text.lower())) == phrase
                                  or q.kind == "name" and tuple(re.findall(r"[a-z]+", q.text.lower()))[:len(phrase)] == phrase
                                  and lexical.kind(phrase[-1]) == "noun.person"
                                  # (and the person the claim gives it to: not "Prime Minister Harold Wilson")
                                  and any(set(o.words) & set(q.words[len(phrase):]) for o in parts
                                          if o.kind == "name" and o is not p)
                                  or q.kind == "thing" and q.words[-1] == head
                                  # (or qualify a noun, hyphened or not: "AC induction motor" against "alternating-current
                                  # induction motor")
                                  # (a noun of the claim's, in the fact's act's clause; and the initials' last word only
                                  # after a word with the first one's letter: not "direct-current" for "AC" (review 58b))
                                  or q.kind == "mod" and (q.anchor == p.anchor or q.anchor in {
                                      o.words[-1] for o in parts if o.kind == "thing" and o.clause == p.clause})
                                  and (fact_act is None or q.clause == fact_act.clause)
                                  and (q.words[-1] == "-".join(phrase) or q.words[-1] == head and len(phrase) >= 2 and any(
                                      o.kind == "mod" and o.anchor in (head, q.anchor) and q.at - 2 <= o.at < q.at
                                      and o.words[-1][:1] == phrase[-2][:1] for o in fparts)))), None)
            if best is None and p.detail and p.role not in {"from", "attr", "of"} | PLACE_ROLES:
                # "(first sea route Europe -> India)" against "the first European voyage to India": in an
                # aside, a thing of the place (not where anything happened, "crashed in China" / "the
                # Chinese rocket", nor where someone is from, "came from Germany" / "were German")
                best = next((("part", q) for q in fparts if q.kind in ("mod", "name", "thing") and len(q.words) == 1
                             and q.role == "mod" and lexical.adjective_of_place(q.words[0], p.words)), None)
            if best is None and len(p.words) == 1 and p.role in ("subj", "by"):
                # "the French gave up Canada" against "France gave up Canada": a country's people as
                # the doer are the country, in the fact's doer's place
                # (and the other way round: "France took over" against "the French took over")
                best = next((("same", q) for q in fparts if q.kind == "name" and q.role == p.role
                             and (_people_of(p, q.words) or _people_of(q, p.words))), None)
            if best is None and len(p.words) == 1 and p.anchor and lexical.nationality(p.text):
                # "an American patent" against "a United States patent": a nation's adjective for its
                # name, on the same noun
                # (not the place a person is in: "the top scorer in Spain" is no Spanish scorer, see lexical.people_noun)
                best = next((("same", q) for q in fparts if q.kind == "name" and q.anchor == p.anchor
                             and not (_place(q.role) == "place" and lexical.people_noun(p.anchor))
                             and lexical.adjective_of_place(p.text, q.words)), None)
            if best is None and p.role == "mod" and lexical.is_country(p.words):
                # (and the other way round: "the first US woman with a dental degree" against "the first American
                # woman to earn a dental degree"; the noun it stands before, wherever the parse hangs it)
                nouns = {p.anchor} | {o.words[0] for o in parts if o.kind == "thing" and o.at == p.at + 1}
                best = next((("same", q) for q in fparts if q.kind in ("mod", "name") and len(q.words) == 1
                             and q.anchor and q.anchor in nouns and lexical.nationality(q.text)
                             and lexical.adjective_of_place(q.text, p.words)), None)
            if best is None and len(p.words) == 1 and p.role == "mod" and lexical.nationality(p.text):
                # "Malaysian moon kite: wau bulan" against "The wau bulan ... is one of Malaysia's national symbols":
                # the country the fact names, when it names no other and gives no other nation's adjective
                q = _only_country(p, claim, fparts, fact)
                best = ("same", q) if q is not None else None
            if best is None and len(p.words) == 1 and p.anchor:
                # "Egyptian fossils" against "fossils found in Egypt": the adjective of the place where
                # the fact has that very thing found, made or kept
                best = next((("same", q) for q in fparts if q.kind == "name" and q.role in PLACE_ROLES
                             and lexical.adjective_of_place(p.words[0], q.words) and any(
                                 o.kind == "thing" and o.words[0] == p.anchor and o.anchor == q.anchor
                                 and o.clause == q.clause for o in fparts)), None)
            if best is None:
                # a name's last word may be a plain word in the fact: "the Institute" (that word, not
                # another the name is a sense of: "Java" the island is not "coffee")
                best = next((("part", q) for q in fparts if q.kind == "thing" and len(p.words) == 1
                             and lexical.same_thing(p.words[0], q.words[0])
                             and (p.words[0] == q.words[0] or not lexical.is_place(p.words))), None)
            if best is None and p.resolved and p.value:
                # an "it" read as the name before, which the fact does not give: one of the things
                # spoken of before may be what it stands for (below, once the named parts are placed)
                stand_ins.append(k)
                continue
            if best is not None and p.resolved and act_rel in ("same", "broader") and croles(p, claim) in CORE and \
                    croles(best[1], fact) in CORE and _slot(croles(p, claim)) != _slot(croles(best[1], fact)):
                # "It was launched in 1925", "it" read as Leitz, against "Leitz launched a camera": the
                # name stood in on the other side of the act
                best = None
                if p.value:
                    stand_ins.append(k)
                    continue
            if best is not None and p.resolved and p.role in CORE and best[1].kind == "name" and \
                    croles(best[1], fact) in PLACES:
                # a referent taken from the sentences before ("It" for "Berkeley" under "Plutonium:
                # the Berkeley years") is only the fact's participant if the fact has it as one:
                # "produced neptunium ... at Berkeley" does not say what Berkeley did or was
                findings[k] = Finding(p, "unbacked")
                continue
            if best is not None and p.role in PLACE_ROLES and claim_act is not None and p.anchor == claim_act.words[0] \
                    and fact_act is not None and best[1].clause != fact_act.clause and any(
                        o.kind == "name" and o.role in PLACE_ROLES and o.anchor == fact_act.words[0]
                        and o.clause == fact_act.clause and not o.detail for o in fparts):
                # "Fields Medals presented in St Petersburg" against "were presented in Helsinki, after
                # the congress planned for St Petersburg was moved online": the fact has the act
                # done in another place; the name it gives elsewhere is no backing
                findings[k] = Finding(p, "unbacked")
                continue
            if best is not None and best[1].kind == "name" and _only_qualifies(best[1], fact) \
                    and croles(p, claim) in CORE and p.role in ("subj", "obj", "attr", "topic") \
                    and not any(o.kind == "thing" and o.words == (best[1].anchor,) for o in parts):
                # "Brutus stabbed Caesar" against "Brutus stabbed Caesar's friend", "Ruby shot Kennedy"
                # against "Ruby shot Kennedy's assassin": the fact's name only says whose the person
                # done to is; that one is another
                findings[k] = Finding(p, "unbacked", best[1], f"'{p.text}' (only the {best[1].anchor}'s)")
                continue
            head, sep, tail = p.text.rpartition(" of ")
            # (a name the same as the fact's in other spelling has nothing extra: "Univ. of Sydney")
            extra = tuple(w for w in p.words if w not in best[1].words) if best is not None and best[0] != "same" else ()
            if best is not None and best[1].kind == "name" and sep and head and extra:
                word = nation_word(best[1], fparts)
                # "won by Josef Fischer of France" against "the German rider Josef Fischer": the
                # country a person is named "of" is their nation's, and the fact gives another
                nation = of_another_country(p, best[1], word)
                if nation is not None:
                    findings[k] = Finding(p, "conflict", nation[0], nation[1])
                    used.add(position[id(best[1])])
                    continue
                # ("Jesse Owens of Ohio State" against "Jesse Owens": what he is "of" goes unsaid, unless it
                # is the country of the fact's word for his nation: "Marie Curie of Poland" / "the Polish physicist")
                if not (word is not None and lexical.adjective_of_place(word.text, extra)) \
                        and any(w not in fact.lemmas and not any(w in q.words for q in fparts) for w in extra):
                    findings[k] = Finding(p, "unbacked")
                    continue
            if best is not None and best[1].kind == "name" and _other_rank(p.text, best[1].text):
                # "Captain Walter Wingfield" against "Major Walter Clopton Wingfield": the same man, but the
                # claim gives him another rank (as "Colonel John Parry" against "Major John Parry" clash)
                findings[k] = Finding(p, "conflict", best[1], f"title: {p.text} vs {best[1].text}")
                used.add(position[id(best[1])])
                continue
            if best is not None and _nation_of_another(p, best[1], claim, fact):
                # "Hobbs was British" against "Hobbs was the American agent of a British firm": the fact's
                # word qualifies something else than the person; what the person was is left to rival it
                continue
            if best is not None:
                back(k, p, best[1])
        elif p.kind == "pronoun" and p.value:
            stand_ins.append(k)
        elif p.kind == "date":
            # (not a reporting frame's date for a past act it reports: "In 1953 it was shown that Piltdown Man
            # had been forged" does not date the forging)
            # (not a date a span ran until, for a claim's point in time: "a world record until 1991" does not date
            # the jump "in 1991")
            point = not _until(p, claim.text)
            fdates = [q for q in fparts if may_date(q) and not reported_earlier(q) and not _work_year(q, fact)
                      and not (point and _until(q, fact.text))]
            listing = _enumeration(p, parts, fparts)
            if listing is not None and listing[1] in ("outside", "gaps"):
                pass  # "Merckx (1969-73)" against "in 1969, 1970, 1971, 1972 and 1974": found below
            elif listing is not None and listing[1] == "inside":
                back(k, p, listing[0][0], f"date {', '.join(q.text for q in listing[0])}")  # every year of it listed
            elif fdates and _bound(p, claim) == "before":
                pass  # "ended before 1683" is not backed by "ended in 1683": an earlier year, which no fact gives
            elif fdates:
                conflicts, agreements = compare_dates([_date(p)], [_date(q) for q in fdates])
                # (one fact date that agrees on its own: together a span and a year inside it may agree
                # where neither does alone)
                q = next((q for q in fdates if _agrees_alone(p, q)), None) if agreements else None
                if q is not None:
                    # (not when a clause of the fact that shares more with the claim's gives another
                    # date: "Gutenberg, who printed indulgences in 1454, printed the Bible in 1455"; or
                    # one that tells the claim's act when this one does not: "Titanic sinks (14 Apr)"
                    # against "struck an iceberg on 14 April 1912 and sank on 15 April 1912")
                    # (what two clauses say of one subject tells them apart, not the subject: "became an Olympic
                    # medal event in 1960, after being a demonstration event in 1932")
                    def told_apart(j: int, i: int) -> int:
                        common = {w for x in fparts if x.role == "subj" and x.clause == j for w in x.words} \
                            & {w for x in fparts if x.role == "subj" and x.clause == i for w in x.words}
                        return sum(1 for x in fparts if x.clause == j and x.kind in ("name", "thing")
                                   and set(x.words) & clause_words and not (x.role == "subj" and set(x.words) & common)
                                   and not (x.role in ("mod", "poss") and x.anchor in common))

                    # (a participle on what the claim's act is done to dates that thing, when the claim's act
                    # is neither clause's: "ISU brings in new points system from 2004" against "... replaced the
                    # 6.0 system with a points-based judging system, adopted in 2004")
                    objects_named = {w for x in parts if x.role == "obj" and x.kind in ("thing", "name") for w in x.words}

                    def dates_my_object(q: Part, o: Part) -> bool:
                        return not tells_act(q.clause) and not tells_act(o.clause) \
                            and 0 <= q.clause < len(fact.clauses) and fact.clauses[q.clause].dep == "acl" \
                            and fact.clauses[o.clause].dep != "acl" and any(
                                x.clause == q.clause and x.role == "obj" and set(x.words) & objects_named for x in fparts)

                    def tells_more(o: Part) -> bool:
                        if tells_act(o.clause) != tells_act(q.clause):
                            return tells_act(o.clause)
                        return told_apart(o.clause, q.clause) > told_apart(q.clause, o.clause)

                    # (nor one another date of the claim already met: "2002 Salt Lake City judging scandal -> ISU
                    # brings in new points system from 2004" against "After the ... scandal at the 2002 ... Olympics,
                    # the ISU replaced ... with a points-based judging system, adopted in 2004")
                    if not any(tells_more(o) and compare_dates([_date(p)], [_date(o)])[0]
                               and position.get(id(o)) not in used and not dates_my_object(q, o) for o in fdates):
                        back(k, p, q, f"date {q.text}")
                elif not conflicts and _lifetime(p, parts):
                    # "Marie Curie (1867-1934)": a person's years in brackets, backed by a birth or a death
                    q = next((q for q in fdates if at_an_end(_date(p), _date(q))), None)
                    if q is not None:
                        back(k, p, q, f"date {q.text}")
        elif p.kind == "amount":
            # (not a figure another amount of the claim's gives as written, that one's: "sub-four-minute mile ->
            # 3:59.6" against "the first sub-four-minute mile, timed at 3 minutes 59.4 seconds")
            taken = _taken_figures(p, parts, fparts)
            for q in fparts:
                if any(q is t for t in taken):
                    continue
                if q.kind == "amount" and (_comparable(p, q, parts, fparts) or _bare_count(p, q, parts, fparts)
                                           or _count_of_named(p, q, parts, fparts, fact.text)) \
                        and not _someone_elses(q, fparts, parts) \
                        and _amount_backs(p, q) and _in_sequence(p, q, parts, fparts) \
                        and not _age_of_another_act(p, q, claim, fact) and share_of_said(p, parts, q, fparts) \
                        and offsets_meet(p, q, parts, fparts):
                    back(k, p, q, f"amount {q.text}")
                    break
        elif p.kind == "rank":
            claim_words = {w for x in parts if x.kind in ("thing", "name") for w in x.words}
            # "was first tried in 1921" against "was first given to a human in 1921": a rank of each
            # act is the same rank, whatever the verbs (which are weighed as acts, apart)
            main_act = fact_act or next((q for q in fparts if q.kind == "act" and fact.clauses[q.clause].main), None)
            # (acts the lexicon relates: "first recorded" is not backed by "first performed", whose
            # names and date then pass for the same event told in other words)
            on_acts = claim_act is not None and main_act is not None and p.anchor == claim_act.words[0] \
                and act_rel not in ("", "none")
            # "the first piano: Cristofori, c. 1700" against "the piano was invented by Cristofori": an
            # act that brings a thing into the world makes it the first of its kind
            # (of what the act brought about, or of the act itself: not "first on the agenda"; and not
            # the world's first, or the first ever, which a start in one place does not say)
            # (a rank of the act, the claim's verb or one it leaves light: "first appeared")
            of_act = p.anchor == (claim_act.words[0] if claim_act is not None else None) or not any(
                o.kind in ("thing", "name") and p.anchor in o.words for o in parts) and p.anchor != p.text.lower()
            made = main_act is not None and (of_act or any(
                q.kind in ("thing", "name") and p.anchor in q.words and q.anchor == main_act.words[0]
                and canonical_role(q, fact) in ("obj", "subj", "thing") and not _one_of_a_kind(q, fact) for q in fparts))
            if p.value == (1,) and made and main_act.words[0].split("_")[0] in lexical.INCEPTION_ACTS \
                    and not any(q.kind == "rank" for q in fparts) \
                    and not {"world", "ever", "history"} & set(claim.lemmas):
                back(k, p, main_act, f"{p.text} ({main_act.text})")
                continue
            for q in fparts:
                if q.kind == "rank" and on_acts and q.anchor == main_act.words[0] and q.clause == main_act.clause \
                        and _same_rank(p, q):
                    back(k, p, q)
                    break
                # (a place by number is on whatever scale its own noun is ranked by: only that noun's
                # rank backs it, not another the fact ranks, "the No. 2 exporter" against "the largest
                # exporter and the second-biggest economy")
                if q.kind == "rank" and _same_rank(p, q) and NUMBERED in (*p.value[1:], *q.value[1:]) \
                        and not (lexical.same_thing(p.anchor, q.anchor) or p.anchor == q.anchor):
                    continue
                if q.kind == "rank" and _same_rank(p, q) and (
                        lexical.same_thing(p.anchor, q.anchor) or p.anchor == q.anchor or q.anchor in claim_words
                        # "first flew" against "made its first flight"
                        or lexical.noun_of_act(p.anchor, q.anchor) or lexical.noun_of_act(q.anchor, p.anchor)
                        # "first spotted" against "first detected": the same act in other words
                        or claim_act is not None and fact_act is not None and act_rel == "same"
                        and p.anchor == claim_act.words[0] and q.anchor == fact_act.words[0]
                        # (the claim's noun in the fact, ranked there: `_ranked_there`)
                        or p.anchor in fact.lemmas and _ranked_there(p, q, parts, fparts, claim_act, fact_act)
                        # "the first Pulitzers" against "the first Pulitzer Prizes": one name said shorter
                        or any(r.kind == "name" and q.anchor in r.words and any(
                            o.kind == "name" and p.anchor in o.words
                            and lexical.name_relation(o.words, r.words) in ("same", "part") for o in parts)
                            for r in fparts)
                        # "Italy's 1st NP" against "Italy's first national park"
                        or _initials_of_noun(p.anchor, q.anchor, fact.text)
                        # "1st mway" against "first motorway": the noun written short
                        or lexical._abbreviates(p.anchor, q.anchor)):
                    back(k, p, q)
                    break
            # "beat Eng in final" against "in the 1987 World Cup final": a rank word standing as its own noun is
            # backed by the fact's same noun, which the fact ranks no otherwise
            if k not in findings and p.anchor == p.text.lower() and p.anchor in fact.lemmas \
                    and not any(q.kind == "rank" for q in fparts):
                q = next((q for q in fparts if q.anchor == p.anchor and q.kind in ("name", "thing", "mod")), None)
                if q is not None:
                    back(k, p, q, p.text)
        elif p.kind == "thing":
            # (a relative is backed only by the same relation: "grandson" is not "great-grandson")
            # (the one so qualified, in the clause that tells the act, first: "by adding condensed milk"
            # meets "by adding condensed milk to chocolate", not the "milk chocolate" before it)
            mine = {o.words[0] for o in parts if o.anchor == p.words[0] and o.role == "mod" and o.clause == p.clause}
            q = min((q for q in fparts if q.kind == "thing" and lexical.same_thing(p.words[0], q.words[0])
                     and not (lexical.kin(p.words[0]) and lexical.kin(q.words[0])
                              and not lexical.same_thing(q.words[0], p.words[0]))),
                    key=lambda q: (not mine & {o.words[0] for o in fparts if o.anchor == q.words[0] and o.role == "mod"
                                               and o.clause == q.clause}, not tells_act(q.clause)), default=None)
            # ("made from sheepskin" is not backed by the "parchment" vellum is, in another slot, where the fact makes
            # it from calfskin: a thing after a preposition on the act meets the fact's own there, if it has one)
            if q is not None and q.role != p.role and p.role in ("from", "of", "out") and c.act and any(
                    o.kind == "thing" and o.role == p.role and o.anchor == p.anchor and o.anchor == c.act
                    and not lexical.same_thing(p.words[0], o.words[0]) for o in fparts):
                q = None
            if q is None:  # the tagger calls a word a noun on one side, an adjective on the other: "cowpox"
                q = next((q for q in fparts if q.kind == "mod" and q.words[0] == p.words[0]), None)
            if q is None:  # "the Institute" for "Pasteur Institute": the word itself, not a kind of it
                q = next((q for q in fparts if q.kind == "name" and any(
                    lexical._singular(p.words[0]) == lexical._singular(w) for w in q.words)), None)
            if q is None:  # "STS-135": read as a name on one side, a plain word on the other
                q = next((q for q in fparts if q.kind == "name" and q.text.lower() == p.text.lower()), None)
            if q is None and 2 <= len(p.text) <= 5 and p.text.isalpha() and p.text.isupper() \
                    and not re.search(rf"\b(?:a|an|the)\s+{p.text}\b", claim.text, re.IGNORECASE):
                # "MR sank 1545": a name's initials, as a note writes it, that the tagger read as a word ("Mary Rose"),
                # in the name's own place (not "worked as a DJ" against "worked with Dan Jones")
                q = next((q for q in fparts if q.kind == "name" and len(q.words) >= 2 and q.role == p.role
                          and lexical.same_name(p.text, p.words, q.text, q.words) == "same"), None)
            if q is None and p.text[:1].isupper() and p.at > 0:  # "an honorary Oscar" for "an honorary Academy Award"
                q = next((q for q in fparts if q.kind == "name" and len(q.words) > 1 and len(p.words) == 1
                          and lexical.name_relation(p.words, q.words) in ("same", "part")), None)
            if q is None:  # "govt", "bldg", "dept": a word written short, as notes write it
                # (cut short, "pres", "dir", only with its full stop: a bare start of a word may be of many
                # words, "preservation" as well as "president")
                dotted = re.search(rf"\b{re.escape(p.text)}\.", claim.text) is not None
                # (a word of its own cut short only by a full stop inside the sentence: "prod. of the 747"; not the
                # one that ends it, "Hadrian built a new port." against "portico")
                cut = re.search(rf"\b{re.escape(p.text)}\.(?!\s*$)", claim.text) is not None
                shortened = [q for q in fparts if q.kind == "thing" and lexical._abbreviates(p.words[0], q.words[0], cut)
                             and (not q.words[0].startswith(p.words[0]) or dotted)]
                # (one word of the fact's it may stand for, not two: "dept" for "department" or "deposit")
                q = shortened[0] if len({x.words[0] for x in shortened}) == 1 else None
                # (or the short word notes use for it, whatever the fact's word is: "max" for "maximum", on
                # the noun the claim's word is on: not "a maximum fuel load" for "max car weight")
                full = lexical.SHORT_WORDS.get(p.words[0])
                q = q or next((q for q in fparts if q.kind in ("thing", "mod") and q.words[0] == full
                               and _on_heads(q, _qualified_nouns(p, parts), fparts)), None)
            if q is None and len(p.words[0]) >= 6 and not lexical.kin(p.words[0]):
                # "autobahn" against "Reichsautobahn": a word the fact's compound ends with, its kind
                # (written as one word: not "grandson" of "great-grandson", another relation)
                # (and a compound no English word: "grandmaster", "ultraviolet", "subspecies", "Christchurch"
                # are words of their own, no kind of "master", "violet", "species", "church")
                q = next((q for q in fparts if q.kind in ("thing", "name") and any(
                    w.endswith(p.words[0]) and w[:-len(p.words[0])].isalpha() and len(w) >= len(p.words[0]) + 3
                    and not _word_of_its_own(w, q.text) for w in q.words)), None)
            if q is None and claim_act is None:
                q = next((q for q in fparts if q.kind == "act" and lexical.noun_of_act(q.words[0], p.words[0])), None)
            if q is None:
                q = next((q for q in fparts if q.kind == "act" and lexical.noun_of_act(q.words[0], p.words[0])), None)
            if p.role in ("subj", "by") and p.words[0] in TITLES and not c.copula \
                    and not (q is not None and q.kind == "name" and p.text.isupper()):  # ("MR" the Mary Rose's, no "Mr")
                # ("the Queen opened" is not backed by the "Queen" of "the Queen Elizabeth Hospital": only
                # by a doer of the fact's act so titled)
                q = next((q for q in fparts if q.role in ("subj", "by") and (
                    q.kind == "thing" and q.words[0] == p.words[0]
                    or q.kind == "name" and q.text.lower().split()[:1] == [p.words[0]]
                    # (not the place the claim names as its object: "opened the Queen Elizabeth Hospital")
                    and not any(o.kind == "name" and o.words == q.words for o in parts))), None)
                if q is not None:
                    back(k, p, q)
            elif q is not None and q.kind in ("thing", "mod") and _compared_apart(p, q) \
                    and not _compared_swapped(p, q, parts, fparts):
                # "burned less fuel than the old one" against "burned more fuel than the old one": how much of
                # it, compared the other way
                findings[k] = Finding(p, "conflict", q, f"opposite: {p.value[0]} {p.text} vs {q.value[0]} {q.text}")
                used.add(position[id(q)])
            elif q is not None:
                back(k, p, q)
            elif p.words[0] in fact.lemmas and not _last_of_compound(p.words[0], fparts) \
                    and not _title_of_another(p, parts, fparts):  # (not the word of a "great-grandson")
                findings[k] = Finding(p, "backed", None, p.text)  # the fact has the word, whatever its parse
        elif p.kind == "mod" and p.role == "not" and p.words == ("not",):
            # "not in shops" against "rather than in shops": a denial is backed by one of the same words
            # (not by any denial: "not from the damage" against "rather than from measured wind speeds")
            q = next((q for q in fparts if q.kind == "mod" and q.role == "not" and q.words == ("not",)
                      and _denies_the_same(p.text, q.text)), None)
            if q is not None:
                back(k, p, q)
        elif p.kind == "mod":
            q = next((q for q in fparts if q.kind in ("mod", "thing", "act") and lexical.same_mod(p.words[0], q.words[0])),
                     None)
            if q is None and lexical.nationality(p.text):
                # "an American" against "James Connolly of the United States": the country a name is of
                # (not where something happened: "toured the United States", "died in Paris, France")
                named = {w for o in fparts if o.kind == "name" for w in o.words}
                q = next((q for q in fparts if q.kind == "name" and q.role in ("of", "from") and q.anchor in named
                          and lexical.adjective_of_place(p.text, q.words)), None)
                if q is None and p.role == "mod":
                    # (the one country the fact names: "Malaysia's national symbols")
                    q = _only_country(p, claim, fparts, fact)
                if q is None:
                    # ("granita = Sicilian" against "Granita is a dessert from Sicily": where the thing comes from)
                    # (of the noun the claim's adjective qualifies, or of what a note equates it with: not "a form of
                    # Jamaican dance" against "a form of combat sport originating from Jamaica")
                    q = next((q for q in fparts if q.kind == "name" and q.role == "from" and lexical.is_place(q.words)
                              and lexical.kind(q.anchor) not in ("noun.person", "noun.group")
                              and (not p.anchor or p.anchor == q.anchor or lexical.same_thing(p.anchor, q.anchor))
                              and lexical.adjective_of_place(p.text, q.words)), None)
            # (unless the fact compares the two the other way round, "Steam locomotives were far less
            # efficient than diesel ones" for "Diesel locomotives were more efficient than steam ones", which
            # says the same; and then one compared the same way is denied: "Mercury is hotter than Venus"
            # against "Venus is hotter than Mercury")
            swapped = q is not None and q.kind == "mod" and bool(p.value) and bool(q.value) \
                and _compared_swapped(p, q, parts, fparts)
            if q is not None and q.kind == "mod" and bool(p.value) and bool(q.value) and _compared_apart(p, q) != swapped:
                # "more toxic than the white kind" against "far less toxic than white phosphorus": the
                # one quality compared the other way
                findings[k] = Finding(p, "conflict", q, f"opposite: {p.value[0]} {p.words[0]} vs {q.value[0]} {q.words[0]}"
                                      + (" (the two compared the other way round)" if swapped else ""))
                used.add(position[id(q)])
            elif q is not None:
                back(k, p, q)
            elif (p.words[0] in fact.lemmas or p.text.lower() in fact.lemmas) and not _last_of_compound(p.words[0], fparts):
                findings[k] = Finding(p, "backed", None, p.text)
            elif not lexical.nationality(p.text) and p.words[0].isalpha() and len(p.words[0]) > 3 \
                    and _adverb_backs(p, fact):
                # "first official powered flight" against "the first officially recognised powered flight": the
                # adjective's adverb, on the fact's word for what it qualifies
                findings[k] = Finding(p, "backed", None, p.text)
            elif "-" in p.text.strip("-") and _hyphened_in(p.text, fact.text) and not any(
                    q.kind == "mod" and q.anchor == p.anchor and "-" in q.text
                    and q.text.lower().rsplit("-", 1)[-1] == p.text.lower().rsplit("-", 1)[-1]
                    and q.text.lower() != p.text.lower() for q in fparts):
                # ("Largest black-tea exporter" against "the largest exporter of black tea": a hyphened qualifier's
                # words as the fact writes them, open or solid)
                findings[k] = Finding(p, "backed", None, p.text)

    # "He called it dephlogisticated air" after "... collected the gas": "it" is backed by what the
    # fact says in the same core role, when that is one of the things "it" may stand for and no other
    # part of the claim met it ("Digital Equipment bought it" is not "Compaq bought Digital Equipment")
    for k in stand_ins:
        p = parts[k]
        role = croles(p, claim)
        # (what the clause itself names is not what its "it" stands for: "It was climbed by a party")
        named = {w for o in parts if o is not p and o.clause == p.clause and o.kind in ("thing", "name") for w in o.words}
        # (the sides compare under the same act, and under another act as they stand: "It was climbed
        # by a party of four" is not the fact's party that made the climb; "lost to" against "won"
        # turns them round)
        # (a name that names a thing in a core role stands in that role: "performed the Metamorphosis
        # illusion" is what "Metamorphosis: Houdini performed it" says he performed)
        def as_role(q: Part) -> str:
            if q.kind == "name" and q.role == "mod":
                heads = [canonical_role(o, fact) for o in _heads(q, fact)]
                if len(heads) == 1 and heads[0] in CORE:
                    return heads[0]
            return croles(q, fact)

        q = next((q for c in p.value if c.lower() not in named for j, q in enumerate(fparts) if j not in used and (
                  act_rel not in ("same", "broader", "") or _slot(as_role(q)) == _slot(role)) and as_role(q) in CORE
                  and _stands_for(c, q)), None)
        if q is not None:
            back(k, p, q, f"{p.text if p.kind == 'pronoun' else 'it'} ({q.text})")

    # "twelve million US dollars" against "US$12 million": the nation naming the currency is the
    # amount's, compared with it
    for k, p in enumerate(parts):
        if k in findings or p.kind != "name" or p.role != "mod":
            continue
        money = next((findings[j] for j, o in enumerate(parts) if o.kind == "amount" and j in findings
                      and findings[j].status == "backed" and findings[j].other is not None
                      and f" {p.text} " in f" {o.text} " and re.fullmatch(r"[A-Z]{3}", str(o.value[2]))
                      # (the fact's figure names that nation's money too: "US$", not "$" or "C$")
                      and re.search(rf"(?<![A-Za-z]){re.escape(p.text)}(?![a-z])", findings[j].other.text)), None)
        if money is not None:
            back(k, p, money.other, money.note)

    # an amount the fact gives in another clause than the one the rest of the claim's clause meets, where the fact
    # gives another of its kind in that one: "Lead melts at 1,749 °C" against "Lead melts at 327.5 degrees Celsius and
    # boils at 1,749 degrees Celsius", "Mercury: 430 °C at night" against "reaches 430 °C during the day and falls
    # to -180 °C at night": the figure is the other act's or the other time's, so not backed (nor denied: the
    # fact gives it, and step 2 reads no rival where one of the fact's amounts agrees)
    # (by the claim's words that are no name, which the fact's clauses share, nor the amount's own, "degrees"; and only
    # for a clause's one figure: "Channel Tunnel: 50.45 km long, about 37.9 km of it under the sea" gives both, and
    # its "sea" is the other figure's)
    for k, p in enumerate(parts):
        f = findings.get(k)
        if p.kind != "amount" or f is None or f.status != "backed" or f.other is None or f.other.kind != "amount" \
                or sum(1 for o in parts if o.kind == "amount" and o.clause == p.clause) != 1:
            continue
        others = [o for o in fparts if o.kind == "amount" and o is not f.other and o.clause != f.other.clause
                  and o.value[2:3] == f.other.value[2:3]]
        met = {g.other.clause for j, g in findings.items() if j != k and g.status == "backed" and g.other is not None
               and parts[j].clause == p.clause and parts[j].kind in ("thing", "act", "mod") and not parts[j].detail
               and g.other.kind != "amount" and parts[j].text.lower() not in p.text.lower().split()}
        if others and met and f.other.clause not in met and any(o.clause in met for o in others):
            del findings[k]
            if id(f.other) in position and not any(
                    g.other is f.other for j, g in findings.items() if g.other is not None):
                used.discard(position[id(f.other)])

    # 2. what is left may meet a rival in the fact
    free = [q for j, q in enumerate(fparts) if j not in used]
    claim_roles = {k: croles(p, claim) for k, p in enumerate(parts)}
    # (a route written as one name "to" another is from the first: "crosses the Channel, Dover to Calais")
    for k, p in enumerate(parts):
        if p.kind == "name" and p.role not in ("from", "to") and any(
                o.kind == "name" and o.role == "to" and o.anchor == p.words[-1] and o.clause == p.clause for o in parts):
            claim_roles[k] = "from"
    value_rivals: set[int] = set()  # qualifiers in conflict as another value of one quality ("red" / "white")
    realm_lists: list[Realms] = []  # the claim's realms and the fact's (``homes.realms``), once asked
    for k, p in enumerate(parts):
        if k in findings:
            continue
        role = claim_roles[k]
        rival: tuple[Part, str] | None = None
        if p.kind == "name" and lexical.is_place(p.words):
            # "Place: Salar de Uyuni; Country: Peru" against "Salar de Uyuni in Bolivia ...": the place a card's
            # "Country:" field puts what the card is about in, where the fact puts it in another place, neither
            # inside the other ("Country: Nevada, USA" against "in north-western Utah": Nevada against Utah)
            placed = card_place_rival(p, claim.parts, fparts, claim.text)
            if placed is not None:
                rival = (placed[0], f"place: {p.text} vs {placed[0].text} (the card's {placed[1].text})")
        if p.kind == "name" and rival is None and p.role == "of" and lexical.is_country(p.words):
            # "Tabei (China)" against "Junko Tabei of Japan": the country one person is of (not "Scott of
            # the Antarctic", a region)
            q = next((q for q in free if q.kind == "name" and q.role in ("of", "from") and q.anchor == p.anchor
                      and lexical.is_country(q.words) and not lexical.nested_places(p.words, q.words)
                      and lexical.same_name(p.text, p.words, q.text, q.words) not in ("same", "part")), None)
            if q is None:
                # (or the fact's word for the person's nation: "Paul Deman of France" / "the Belgian rider")
                q = nation_of_named(p, parts, fparts)
                q = q if q is not None and lexical.of_another_nation(q.text, p.words) else None
            if q is not None:
                rival = (q, f"nationality: {p.text} vs {q.text}")
        if p.kind == "name" and rival is None:
            # "King Offa of Wessex" against "King Offa of Mercia": the realm a ruler or a person is "of"
            # (each side's realms read once, when the first name asks)
            if not realm_lists:
                realm_lists.extend((realms(parts), realms(fparts)))
            rival = of_another_realm(p, *realm_lists)
        if p.kind == "name" and rival is None and lexical.is_country(p.words):
            # "Paavo Nurmi (Sweden): 9 golds" against "Finnish runner Paavo Nurmi won ...": a country in
            # brackets after a person is the person's, and the fact calls the person another nation's
            q = other_nation(p, parts, fparts, claim.text)
            if q is not None:
                rival = (q, f"nationality: {p.text} vs {q.text}")
        if p.kind == "name" and rival is None:
            rival = _locator_rival(p, parts, findings, fparts)
        if p.kind == "thing" and rival is None and len(p.words) == 1 and p.words[0] in lexical.MEDALS \
                and act_rel == "same" and fact_act is not None and p.role == "obj":
            # "Sky Brown won silver in park" against "won the bronze medal": another medal for the same act (the one a
            # noun's qualifier says, "the gold medal" against "the silver medal", is a value's rival of its own)
            q = next((q for q in free if q.kind in ("thing", "mod") and len(q.words) == 1 and q.words[0] in lexical.MEDALS
                      and q.words != p.words and q.clause == fact_act.clause
                      and (q.role == "obj" or q.anchor in ("medal", "medallist"))), None)
            if q is not None:
                rival = (q, f"which: {p.text} vs {q.text}")
        if p.kind == "name" and rival is None and len(p.words) == 1 and p.words[0] in WEEKDAYS and act_rel == "same" \
                and fact_act is not None and p.anchor == c.act:
            # "ISO weeks start on Sunday" against "the week begins on Monday": another day of the week for the same
            # act (on the fact's act, in the same phrase, or as the same role: "made Saturday the day of rest")
            q = next((q for q in free if q.kind == "name" and len(q.words) == 1 and q.words[0] in WEEKDAYS
                      and q.words != p.words and q.clause == fact_act.clause and q.role == p.role), None)
            # (a day recurs every week, so only one doer's act is pinned by it: "The boss met the board on Monday"
            # is not denied by "The board met on Tuesday", whose subject is another; where both name a subject,
            # the fact's must be the claim's)
            if q is not None and not _other_subjects(parts, fparts, fact_act.clause):
                rival = (q, f"day: {p.text} vs {q.text}")
        if p.kind == "name" and rival is None and (verbs := _doer_label(p, claim)):
            # "Instrument: Minimoog; Maker: ARP; Year: 1970" against "The Minimoog, made by Moog, was
            # introduced in 1970": a card's value under a label that names a doer is who did the label's act
            # (a name sharing no word with the fact's doer: "H. Dennis Taylor" is "Harold Dennis Taylor")
            rival = next(((q, f"who: {p.text} vs {q.text}") for q in fparts if q.kind == "name"
                          and 0 <= q.clause < len(fact.clauses)
                          and (croles(q, fact) == "subj" or verbs == _ANY_ACT and q.role == "to"
                               and fact.clauses[q.clause].act == "credit")
                          and (fact.clauses[q.clause].act in verbs or verbs == _ANY_ACT and fact.clauses[q.clause].main
                               and _named_person(q) and _named_person(p))
                          and not fact.clauses[q.clause].negated
                          and lexical.same_name(p.text, p.words, q.text, q.words) not in ("same", "part")
                          and not set(p.words) & set(q.words)), None)
        # (in brackets too, right after the name: "Gensler (British firm)")
        # (not a nation of another name in the brackets: "Tom Vero (British firm Kellner)" is the firm's)
        if p.kind == "name" and rival is None and p.role == "mod" and len(p.words) == 1 and lexical.nationality(p.text) \
                and (not p.detail or any(o.kind == "name" and not o.detail and 0 < p.at - o.at <= 2 for o in parts)
                     and not any(o.kind == "name" and o.detail and 0 < o.at - p.at <= 4 for o in parts)):
            rival = _nation_of_person(p, parts, findings, fparts, free)
        if p.kind == "name" and rival is None and p.role == "attr" and len(p.words) == 1 and not p.detail \
                and lexical.nationality(p.text):
            rival = _nation_said_of_subject(p, claim, findings, fact, free)
        if p.kind == "name" and rival is None and p.role == "topic" and not p.detail:
            rival = _holder_rival(p, claim, findings, fact, free)
        if p.kind == "name" and rival is None and p.role in ("mod", "attr", "topic") and len(p.words) == 1 \
                and not p.detail and lexical.nationality(p.text):
            rival = _origin_rival(p, findings, fact, free)
        if p.kind == "thing" and rival is None:
            rival = _unit_rival(p, parts, fparts)
        if p.kind == "name" and _code(p) and rival is None:
            # "UTC+5:30" against "UTC+5:45": one code with another number in it
            q = next((q for q in free if q.kind == "name" and _code(q) and _numbered_clash(p, q)), None)
            if q is not None:
                rival = (q, f"{_role_label(role, p)}: {p.text} vs {q.text}")
        # (with no act to compare, "Beaufort was a Scottish-born officer", pinned_rivals weighs it)
        if p.kind == "name" and rival is None and len(p.words) == 1 and p.role == "mod" and act_rel not in ("none", "") \
                and lexical.nationality(p.text):
            # "English-born" against "Scottish-born", "a Polish countess" against "the Hungarian Countess
            # Koscowicz": another nation's adjective on the same noun (or opening the name it heads)
            # (the name it opens may back the claim's noun: "countess")
            for q in fparts:
                if q.kind not in ("name", "mod") or not lexical.nationality(q.text.split()[0]) \
                        or len(q.words) == 1 and q not in free \
                        or lexical.same_mod(p.words[0], q.words[0]) or q.words[0] in claim.lemmas:
                    continue
                # (of a noun the claim names, "the American ornithologist", pinned_rivals weighs it)
                if len(q.words) == 1 and q.anchor == p.anchor and not any(
                        o.kind == "thing" and o.words[0] == p.anchor for o in parts) \
                        or len(q.words) > 1 and q.kind == "name" and p.anchor in q.words[1:]:
                    rival = (q, f"{_role_label(role, p)}: {p.text} vs {q.text.split()[0]}")
                    break
        # ("M." may be anyone, "2.Nf3" is "Nf3" on move two: unbacked, never a rival)
        if p.kind == "name" and not _initial(p) and not _code(p) and rival is None and not (
                p.role == "of" and lexical.broad_place(p.words)):  # ("Scott (Britain)": only a country rivals it)
            # (a city rivals a city before a building: "the Burgtheater in Vienna" against "the Estates
            # Theatre in Prague" differs in Vienna and Prague)
            whole = _place(role) == "place" and lexical.is_place(p.words, whole=True)
            # (and one in the fact's clause that tells the claim's act before one elsewhere: "married
            # Louis XIV" meets "she married Louis XIII", not "Anne of Austria is credited with ...")
            # (none for a name the fact gives said shorter, nor for the name a kin noun is of: "Samuel Pell's uncle"
            # against "John Pell")
            ordered_free = [] if said_shorter(p, fparts) or kin_owner(p) else sorted(
                free, key=lambda q: (q.kind == "name" and whole != lexical.is_place(q.words, whole=True),
                                     not tells_act(q.clause)))
            for q in ordered_free:
                if q.kind != "name":
                    continue
                qrole = croles(q, fact)
                same_slot = _place(qrole) == _place(role) and role in PARTICIPANTS | PLACES and (
                    _anchors_meet(p, q, act_ok)
                    # acts in other words ("took the title in Moscow" / "won the title in Chennai"): where
                    # each act happened is one slot; whether it is one event, same_event decides
                    or act_rel == "" and _place(role) == "place" and _on_act(p, claim) and _on_act(q, fact))
                # ("at President Wilson's request" against "at the request of President Taft": whose request,
                # said either way round, two people)
                same_slot = same_slot or {p.role, q.role} == {"poss", "of"} and p.anchor == q.anchor \
                    and a_person(p.text) and a_person(q.text)
                # ("the McCandless brothers from Dublin" against "of Belfast": where the people are from, either
                # way, the parse may hang the claim's on the verb)
                origin = p.role == "from" and q.role == "of" \
                    and lexical.kind(lexical._singular(q.anchor)) in ("noun.person", "noun.group") \
                    and (lexical._singular(q.anchor) == lexical._singular(p.anchor) or p.anchor == c.act
                         and any(o.kind == "thing" and o.at == p.at - 2 and lexical._singular(o.words[-1])
                                 == lexical._singular(q.anchor) for o in parts)) \
                    and lexical.is_place(p.words) and lexical.is_place(q.words)
                same_slot = same_slot or origin
                if same_slot and _place(role) == "place" and not (lexical.is_place(p.words) and lexical.is_place(q.words)) \
                        and not _town_unlisted(p, q, fparts) and not _towns_of_one_state(p, q, parts, fparts):
                    same_slot = False  # "the Sorbonne" and "Paris" can both be true: only two places rival
                if same_slot and (_one_inside_other(p, q, role) or _located_inside(p, q, parts)):
                    same_slot = False  # Berlin and Germany: one inside the other
                if same_slot or (lexical.name_relation(p.words, q.words) == "clash" and qrole == role):
                    # (not a place named after a country the claim names: "France beat Brazil ... at Wembley" against
                    # "at the Stade de France"; but where the claim's place is that country or inside it, "France beat
                    # Brazil in Paris", the fact's may be too (review 53b))
                    if any(lexical.same_name(q.text, q.words, o.text, o.words) in ("same", "part")
                           and not (len(q.words) > len(o.words) and lexical.is_place(o.words)
                                    and q.words[0] not in o.words and not lexical.is_place(q.words[:1])
                                    and p.words != o.words and not lexical.holds_place(o.words, p.words))
                           for o in parts if o.kind == "name"):
                        continue  # the fact's name is in the claim elsewhere: not a rival
                    rival = (q, f"{'place' if origin else _role_label(role, p)}: {p.text} vs {q.text}")
                    break
            if rival is None and _place(role) == "place" and not p.detail and not lexical.is_place(p.words):
                # "on sale at Macy's" against "at Gimbels department store", "a prisoner at Dachau" against "in
                # Buchenwald concentration camp": the name of the fact's place where the claim names another
                # (neither a town or a country, which may hold the other: "in Paris" and "at the Louvre museum")
                for q in free:
                    if q.kind != "thing" or _place(croles(q, fact)) != "place" or not _anchors_meet(p, q, act_ok) \
                            or q.words[0] in claim.lemmas:
                        continue
                    # (the one name on it, and no nation's adjective: not "Egyptian", nor the "Court" of "Earl's
                    # Court station", a name the parser cut in two)
                    names = [r for r in fparts if r.kind == "name" and r.role in ("mod", "poss") and r.anchor == q.words[0]
                             and r.clause == q.clause]
                    r = names[0] if len(names) == 1 and names[0].role == "mod" and not lexical.is_place(names[0].words) \
                        and not lexical.nationality(names[0].text) else None
                    if r is None or any(lexical.same_name(r.text, r.words, o.text, o.words) in ("same", "part")
                                        for o in parts if o.kind == "name"):
                        continue
                    rival = (r, f"place: {p.text} vs {r.text}")
                    break
            if rival is None and p.role == "by" and claim_act is not None and p.anchor != claim_act.words[0]:
                # "The Sibley Guide to Birds, by Kenn Kaufman" against "David Allen Sibley's The Sibley
                # Guide": who made a work, its maker by name against its owner in the fact (not a place:
                # "London's Globe")
                q = next((q for q in free if q.kind == "name" and q.role == "poss" and not lexical.is_place(q.words)
                          and (q.anchor == p.anchor or lexical.same_thing(p.anchor, q.anchor))), None)
                if q is not None:
                    rival = (q, f"who: {p.text} vs {q.text}")
            if rival is None:
                # a name listed with a backed one ("Paris–Marseille") against the fact's other partner
                # of that name ("between Paris and Lyon")
                sib = next((findings[j] for j, o in enumerate(parts) if j != k and j in findings and o.kind == "name"
                            and (o.at == p.at or (o.role, o.anchor) == (p.role, p.anchor))
                            and findings[j].status == "backed" and findings[j].other is not None), None)
                if sib is not None:
                    q = next((q for q in free if q.kind == "name" and q.clause == sib.other.clause and
                              (q.role, q.anchor) == (sib.other.role, sib.other.anchor)), None)
                    # ("Astoria, Oregon" against "in Astoria, Queens": where the place is, a place)
                    if q is not None:
                        # (each right after the place it locates, with a comma between)
                        mine = p.at == sib.part.at + 2 \
                            and re.search(rf"{re.escape(sib.part.text)},\s*{re.escape(p.text)}", claim.text) is not None
                        theirs = q.at - len(q.text.split()) == sib.other.at + 1 \
                            and re.search(rf"{re.escape(sib.other.text)},\s*{re.escape(q.text)}", fact.text) is not None
                        # (a town after a town is the next of a list, not where the first is: "Portland, Boise"
                        # names two cities, "Portland, Maine" one)
                        located = mine and theirs and not _town_after_town(sib.part, p) \
                            and not _town_after_town(sib.other, q)
                        label = "place" if located and lexical.is_place(p.words) and lexical.is_place(q.words) \
                            and not lexical.nested_places(p.words, q.words) else _role_label(role, p)
                        rival = (q, f"{label}: {p.text} vs {q.text}")
        elif p.kind == "date":
            # (the main clauses' dates, and those of a clause whose act is the claim's: "The Jikji,
            # printed in Korea in 1377, is the oldest ...")
            # (and the fact's one date, for a line with no act to tell which clause it dates, that a name
            # both give pins: "Princess Tongchang and the leaf game, 968 AD" against "describes Princess
            # Tongchang playing the leaf game in 868"; not "first cyclo-cross world championships, 1950"
            # against "won the first road world championship, held in 1927"; and only a participle's, which
            # tells more of what the fact is about, not a clause of its own: "Before he was knighted in
            # 1705, Newton ...", "After returning in 1836, Darwin published ...")
            only_date = c.act == "" and sum(o.kind == "date" for o in fparts) == 1 and any(
                f.status == "backed" and f.part.kind == "name" and not lexical.is_place(f.part.words)
                for f in findings.values())
            # (a participle the parser gave the name that opens the fact as its subject is one all the
            # same: "Xcelerator at Knott's Berry Farm, opened in 2002, was ..." against "Xcelerator
            # (Knott's, 2012)"; not "Although Einstein moved to Princeton in 1933, he ...")
            named = {f.other.words for f in findings.values() if f.status == "backed" and f.part.kind == "name"
                     and f.other is not None}
            # (and a reporting frame's, when the clause it frames tells the claim's act undated: "In 2004 it
            # was shown that Kryptonite locks could be opened with a Bic pen" against "1994 Kryptonite locks
            # opened with a Bic pen", as the frame's date backs the claim's when they agree)
            # (only what the frame shows could be done then, "could be opened", not a past act it reports,
            # "In 1912 it was shown that the canal had been dug by hand": that digging was earlier, when
            # the fact does not say)
            fdates = [q for q in fparts if may_date(q) and not _work_year(q, fact) and (
                fact.clauses[q.clause].main or same_act_clause(q.clause) or _starting_from(q.clause, fact, fparts)
                or dates_home_from_frame(q) and not reported_earlier(q)
                or only_date and fact.clauses[q.clause].dep in ("acl", "advcl") and (
                    not fact.clauses[q.clause].finite or any(
                        o.kind == "name" and o.words in named and o.clause == q.clause and o.role == "subj"
                        and fact.text.lower().removeprefix("the ").startswith(o.text.lower()) for o in fparts)))]
            # "at three Olympics in a row (2008, 2012, 2016)": one of the listed dates agrees
            # (not a list against a list as long: "in 1903 and 1910" against "in 1903 and 1911")
            mine = [o for o in parts if o.kind == "date" and not o.resolved]
            theirs = [q for q in fdates if q.clause == fdates[0].clause] if fdates else []
            # (not the year a line opens with, which the day after it repeats: "1871 - Great Chicago
            # Fire, 8-12 October" gives one date)
            listed = any(o.kind == "date" and o is not p and findings.get(j) is not None
                         and findings[j].status == "backed" and not _year_of(o, p) for j, o in enumerate(parts)) \
                and not len(mine) == len(theirs) >= 2
            # (a date in brackets after a noun dates that noun, which the fact names only as a circumstance
            # of its dated act: "The Smiler crash (2015) ended in a £5 million fine" against "was fined £5
            # million in 2016 over The Smiler crash")
            nouns = [findings[j].other for j, t in enumerate(parts) if p.detail and
                     t.kind == "thing" and t.at in (p.at - 1, p.at - 2) and findings.get(j) is not None
                     and findings[j].status == "backed" and findings[j].other is not None
                     and findings[j].other.role not in ("subj", "obj", "topic", "attr")]
            # (unless the fact dates that noun too: "fined over the 2015 Smiler crash", "the crash of
            # 2015", "the crash, which happened in 2015": the claim's date is then held to that one)
            compared = [q for q in fdates if any(_dates_noun(fact, q, o, fparts) for o in nouns)] if nouns else fdates
            # (only the dates of a clause that tells the claim's act of the claim's doer, where one does: "DC and
            # Archie abandoned the Code in 2001" against "Marvel stopped using the Code in 2001, and DC and Archie
            # abandoned it in 2011", whose 2001 is Marvel's)
            home_dates = [q for q in compared if tells_act(q.clause) and subj_here(q.clause)]
            compared = home_dates or compared
            # ("By 1900 the United States had 100,000 soda fountains" against a patent of 1819: a year the
            # claim says things stood by, or happened before, is met by any year up to it)
            # (not a time counted back from it, "two years before 1900", "just before 1700"; and before a year is
            # earlier than it)
            bound = _bound(p, claim)
            if bound and all(_date(q).year_hi is not None and _date(p).year_lo is not None and (
                    _date(q).year_hi <= _date(p).year_hi if bound == "by" else _date(q).year_hi < _date(p).year_lo)
                    for q in compared):
                compared = []
            listing = _outside_enumeration(p, parts, fparts)
            if listing is not None:
                rival = (listing[0], f"date {p.text} vs {', '.join(q.text for q in listing)}")
            elif compared and not listed:
                conflicts, _ = compare_dates([_date(p)], [_date(q) for q in compared])
                if conflicts:
                    # (named by the fact's date no other date of the claim meets)
                    free_dates = [q for q in compared if not any(
                        findings.get(j) is not None and findings[j].other is q for j, o in enumerate(parts))]
                    other = (free_dates or compared)[0]
                    rival = (other, f"date {p.text} vs {other.text}")
        elif p.kind == "amount" and (opposite := _offset_the_other_way(p, fparts)) is not None:
            # "opened 12 days after the accident" against "12 days before the accident": the other way from one event
            rival = (opposite, f"time: {p.text} vs {opposite.text}")
        elif p.kind == "amount":
            # (not when another of the fact's amounts agrees: "about 50,000" against "50,000 to 80,000")
            comparable = [q for q in fparts if q.kind == "amount" and _comparable(p, q, parts, fparts)
                          and not _someone_elses(q, fparts, parts)]
            # (scores are compared in their order, set by set: "6-4, 6-3" against "6–3, 6–4")
            if p.value[2] == "score":
                q = next((q for q in comparable if not _amount_agrees(p, q)), None)
            else:
                # (the one with the claim's figure first, where the fact gives it in two units: "38 metres (126
                # feet)" against "126 metres" is the figure's unit slipped)
                # (none where another agrees: every comparable one differs)
                # (a single unit said as a word differs only beyond what it may loosely mean: "a week" of ten days is
                # not backed, nor denied; of a day, denied)
                differing = [q for q in comparable if (not _amount_agrees(loosely(p), loosely(q))
                                                       or exact_against_round(p, q))
                             and offsets_meet(p, q, parts, fparts)]
                # (nor a figure of the fact's that another clause of the claim gives as written: "~508 million years
                # ago: Burgess Shale deposited, ... ~252 million years ago: Mesozoic Era begins" has the fact's 508)
                # (only where the fact is not of the clause's own names: "Ann Kell rowed 12 miles in 1850, and Tom
                # Brill rowed 9 miles in 1851" against "Ann Kell rowed 9 miles in 1850" is Ann Kell's 12 denied)
                of_clause = any(c.kind == "name" and c.clause == p.clause and any(
                    f.kind == "name" and lexical.same_name(c.text, c.words, f.text, f.words) in ("same", "part")
                    for f in fparts) for c in claim.parts)
                # (a name of its own: ``free`` is the fact's unmet parts, which later parts of the claim still ask)
                unclaimed = differing if of_clause else [q for q in differing if not any(
                    o.clause != p.clause and o.kind == "amount" and _figure_of(o) == _figure_of(q)
                    and _comparable(o, q, claim.parts, fparts) and _amount_agrees(loosely(o), loosely(q))
                    for o in claim.parts)]
                # (a figure of the fact's that another amount of the claim's says as written agrees with that one,
                # not this one: "sub-four-minute mile -> 3:59.6" against "the first sub-four-minute mile, timed at 3
                # minutes 59.4 seconds")
                taken = _taken_figures(p, claim.parts, fparts)
                agreeing = [q for q in comparable if q not in differing and not any(q is t for t in taken)
                            and offsets_meet(p, q, parts, fparts)]
                q = None if agreeing else min(unclaimed, key=lambda q: _figure_of(q) != _figure_of(p), default=None)
            if q is not None and p.value[2] == "age":
                # (an age however written: "aged 16" against "18 years old")
                rival = (q, f"amount age {_age_said(p)} vs {_age_said(q)}")
            elif q is not None:
                rival = (q, f"amount {p.text} vs {q.text}")
            elif not comparable and p.value[2] in CURRENCY.values():
                # "for 8.4 million pounds" against "for 8.4 million US dollars": the same figure in
                # another currency (other figures may be one price at some rate: no conflict)
                q = next((q for q in fparts if q.kind == "amount" and q.value[2] in CURRENCY.values()
                          and q.value[2] != p.value[2] and (q.role == p.role or q.anchor == p.anchor)
                          and _amount_agrees(p, q)), None)
                if q is not None:
                    rival = (q, f"amount {p.text} vs {q.text} (another currency)")
        elif p.kind == "rank":
            for q in fparts:
                if q.kind == "rank" and _ranks_differ(p, q, parts, fparts) and (
                        p.anchor == q.anchor or lexical.same_thing(p.anchor, q.anchor)
                        or _initials_of_noun(p.anchor, q.anchor, fact.text)):
                    # ("first vs second race"; "level 4 vs level 5", where the place says its noun)
                    said = q.text if q.anchor in q.text.lower().split() else f"{q.text} {q.anchor}"
                    rival = (q, f"rank {p.text} vs {said}")
                    break
        elif p.kind == "thing" and p.words[0] in ROUNDS and "final" in fact.lemmas \
                and not any(p.words[0] in q.words for q in fparts):
            # "player of the match in the 2019 World Cup semi-final" against "in the 2019 World Cup final": the
            # other round (the fact's final is its noun, or what a name qualifies)
            # (or its own other round: "in the 1986 quarter-final")
            q = next((q for q in fparts if q.kind == "thing" and q.words[0] in ROUNDS), None) \
                or next((q for q in fparts if q.anchor == "final" or "final" in q.words), None)
            if q is not None:
                rival = (q, f"round: {p.text} vs {q.text if q.words[0].endswith('-final') else 'final'}")
        elif p.kind == "thing":
            for q in free:
                # ("onion cells" and "the cells of orchids": a noun's qualifier before it or after "of")
                # (a field the fact capitalises is a word all the same: "in chemistry" / "in Physiology or Medicine")
                plain = q.kind == "thing" or q.kind == "name" and len(q.words) == 1 and q.role == role \
                    and role not in ("subj", "obj", "poss", "mod") and lexical.known_as(q.words[0], "n") \
                    and not lexical.person_or_place(q.text)
                # (a copula's word for what the name is, "The real game-changer was the Underwood No. 1", is
                # no rival of the doer of an act in the fact: "let typists see their text")
                described = c.copula and p.role in ("subj", "attr") and 0 <= q.clause < len(fact.clauses) \
                    and not fact.clauses[q.clause].copula
                if plain and not described and not _doers_own(p, q, parts, fparts) and not _said_as_quality(p, q, fparts) \
                        and (croles(q, fact) == role or p.role == "mod" and q.role == "of" and q.anchor == p.anchor) \
                        and _anchors_meet(p, q, act_ok) and (
                        lexical.rivals(p.words[0], q.words[0]) or _same_qualifier_other_head(p, q, parts, fparts)
                        or _rivals_so_qualified(p, q, parts, fparts) or _made_for(p, q)):
                    rival = (q, f"{_role_label(role, p)}: {p.text} vs {q.text}")
                    break
            if rival is None and p.role == "mod":
                rival = _opposite_qualifier(p, fparts, parts)
            # ("max car weight" against "a minimum car weight": the short word's opposite on its noun)
            full = lexical.SHORT_WORDS.get(p.words[0])
            if rival is None and full:
                heads = _qualified_nouns(p, parts)
                q = next((q for q in fparts if q.kind in ("thing", "mod") and q.words[0] != full
                          and lexical.opposite(full, q.words[0], "a") and _on_heads(q, heads, fparts)), None)
                if q is not None:
                    rival = (q, f"opposite: {p.text} vs {q.text}")
        elif p.kind == "mod":
            for q in fparts:
                # (not compared the other way round: "less dangerous" is "safer")
                # (nor an opposite compared the same way with the two compared swapped: "Aluminium is lighter than
                # steel" is "Steel is heavier than aluminium")
                # (a participle the tagger lemmatised is weighed as written too: "small" against "enlarged")
                if q.kind in ("mod", "act") and (lexical.opposite(p.words[0], q.words[0], "a" if q.kind == "mod" else "v")
                                                 or q.kind == "mod" and q.text.lower() != q.words[0]
                                                 and q.text.lower().endswith("ed") and " " not in q.text
                                                 and lexical.opposite(p.words[0], q.text.lower(), "a")) \
                        and (_anchors_meet(p, q, act_ok) or q.kind == "act") \
                        and _compared_apart(p, q) == (
                            q.kind == "mod" and bool(p.value) and bool(q.value) and _compared_swapped(p, q, parts, fparts)):
                    rival = (q, f"opposite: {p.text} vs {q.text}")
                    break
            # "nuclein from red blood cells" against "from white blood cells": another value of one
            # quality on the same noun
            if rival is None and p.anchor:
                q = next((q for q in fparts if q.kind == "mod" and q.anchor == p.anchor and q.words != p.words
                          and lexical.rival_adjectives(p.words[0], q.words[0])
                          and _compared_apart(p, q) == (
                              bool(p.value) and bool(q.value) and _compared_swapped(p, q, parts, fparts))), None)
                if q is not None:
                    rival = (q, f"opposite: {p.text} vs {q.text} (another value of one quality)")
                    value_rivals.add(k)
            if rival is None and p.anchor and lexical.pertains(p.words[0]) and not lexical.nationality(p.text) \
                    and lexical.kind(p.anchor) != "noun.person":
                # "the phylogenetic species concept" against "the biological species concept": a noun
                # qualified by what it pertains to, another domain in the fact (not a person's: a
                # nuclear physicist may be a theoretical one)
                q = next((q for q in free if q.kind == "mod" and q.anchor == p.anchor and lexical.pertains(q.words[0])
                          and not lexical.nationality(q.text) and not lexical.same_mod(p.words[0], q.words[0])
                          and q.words[0] not in claim.lemmas), None)
                if q is not None:
                    noun = next((o.text for o in fparts if o.words[:1] == (q.anchor,) and o.kind == "thing"), q.anchor)
                    rival = (q, f"which: {p.text} vs {q.text} {noun}")
                    value_rivals.add(k)  # (said once, as a kind, where WordNet names both: "lunar eclipse")
            if rival is None:
                rival = _opposite_qualifier(p, fparts, parts)
            # (not when the fact names the claim's country: "an American" and "of the United States")
            if rival is None and lexical.nationality(p.text) and not any(
                    o.kind == "name" and lexical.adjective_of_place(p.text, o.words) for o in fparts):
                # "a Chinese maglev" against "a Japanese L0 series maglev train"
                q = next((q for q in free if q.kind in ("mod", "name") and len(q.words) == 1
                          and lexical.nationality(q.text) and not lexical.same_mod(p.words[0], q.words[0])
                          and q.words[0] not in claim.lemmas
                          # (nor one whose place holds the other's: "French vines" are "European vines")
                          and not lexical.nations_nested(p.text, q.text)
                          # (a country: only another than the adjective's own, "French" and France agree)
                          and not (q.kind == "name" and lexical.is_place(q.words)
                                   and not lexical.of_another_nation(p.text, q.words))), None)
                if q is None:
                    # "Vikelas, a Frenchman" against "Demetrios Vikelas of Greece": the country a
                    # person the claim names is of
                    names = {w for o in parts if o.kind == "name" for w in o.words}
                    q = next((q for q in free if q.kind == "name" and q.role in ("of", "from") and q.anchor in names
                              and lexical.of_another_nation(p.text, q.words) and q.words[0] not in claim.lemmas), None)
                if q is not None:
                    # (a country, "Greece", is the nationality of a person; "Japanese" of a thing)
                    # (and so is the fact's word on a person: "a Dutchman" against "the Belgian rider")
                    label = "nationality" if q.kind == "name" and lexical.is_place(q.words) or lexical.kind(
                        q.anchor) == "noun.person" or any(o.kind == "name" and q.anchor in o.words
                                                           and not lexical.not_a_person(o.text) for o in fparts) else "which"
                    rival = (q, f"{label}: {p.text} vs {q.text}")
        elif p.kind == "act" and not act_ok:
            for q in fparts:
                # (or a kind of its opposite, either way round: "lost the contest" against "beat Louis Traub
                # in a contest"; not when the claim's doer is whom the fact's act was done to, "Federer lost
                # the final to Nadal" against "Nadal won the final against Federer", the same in other words)
                # (nor when one of the two denies its act: "a jury refused to convict Zenger" against "a
                # jury acquitted Zenger" says the same twice over, not the opposite)
                if q.kind == "act" and lexical.opposite_kind(p.words[0], q.words[0]) \
                        and not _done_to_doer(parts, fparts, q) \
                        and (not fact.clauses or c.negated == fact.clauses[q.clause].negated):
                    rival = (q, f"opposite: {p.text} vs {q.text}")
                    act_rel, fact_act = "opposite", q
                    break
        findings[k] = Finding(p, "conflict", rival[0], rival[1]) if rival else Finding(p, "unbacked")


    # "about 842 pounds": the noun an amount counts or measures is the amount's, backed with it
    # (against "382 kilograms" the word "pounds" has no counterpart, the mass does)
    for k, p in enumerate(parts):
        if p.kind == "thing" and findings[k].status == "unbacked":
            # (or one in conflict over its figure, the noun counting what the fact's does: "67 deaths" against
            # "killed 167 people")
            amount = next((j for j, o in enumerate(parts) if o.kind == "amount" and o.words == p.words
                           and o.anchor == p.anchor and (findings[j].status == "backed" or (
                               # (a count's noun: a measure's unit, "100 km" against "11 miles", says no more
                               # than the measure, which is in conflict)
                               # (nor a share's or a sum's: "43 percent" against "25 %" says no thing counted)
                               findings[j].status == "conflict" and str(o.value[2]).isalpha()
                               and o.value[2] not in CURRENCY.values()
                               and findings[j].other is not None and findings[j].other.kind == "amount"))), None)
            if amount is not None:
                findings[k] = Finding(p, "backed", findings[amount].other, p.text)
    # "cold kills many more people than heat" against "cold waves and heat waves cause deaths": a thing the
    # claim compares ("more people than") is backed only by the fact's comparing it the same way
    for k, p in enumerate(parts):
        f = findings[k]
        if p.kind == "thing" and f.status == "backed" and p.value[:1] in (("more",), ("less",)) \
                and (f.other is None or f.other.value[:1] != p.value[:1]) \
                and any(o.role == "than" and o.anchor == p.words[0] and o.clause == p.clause for o in parts):
            findings[k] = Finding(p, "unbacked", None, f"'{p.value[0]} {p.text}' (the fact compares none)")
    # "Thor electric washer" against "The Thor electric washing machine": one word for the kind the fact
    # names with two (WordNet's synonyms, the fact's noun and the word before it)
    # (only a word of its own the claim does not qualify with a kind of its own)
    # (nor one the claim qualifies with a word the fact lacks, which tells another sense: "concrete sleepers"
    # are no sleeping cars)
    for k, p in enumerate(parts):
        if p.kind == "thing" and findings[k].status == "unbacked" and not p.detail and "_" not in _compound(p, parts) \
                and not any(o.anchor == p.words[0] and o.role == "mod" and o.clause == p.clause and o is not p
                            and findings[j].status == "unbacked" for j, o in enumerate(parts)):
            q = next((q for q in fparts if q.kind == "thing" and any(
                "_" in t and lexical.synonyms(p.words[0], t) for t in _compounds(q, fparts))), None)
            if q is not None:
                findings[k] = Finding(p, "backed", q, p.text)
    # "N2 narcosis" against "nitrogen narcosis": a gas written by its formula (and "Max" capitalised, as a
    # card's line opens: "Max ascent rate" against "a maximum ascent rate")
    for k, p in enumerate(parts):
        unbacked_name = p.kind == "name" and findings[k].status == "unbacked"
        element = FORMULAS.get(p.text) if unbacked_name else None
        short = lexical.SHORT_WORDS.get(p.text.lower()) if unbacked_name else None
        q = next((q for q in fparts if q.kind == "thing" and _is_element(p, q, element, fparts, parts)),
                 None) if element else next((q for q in fparts if q.kind in ("thing", "mod") and q.words[0] == short),
                                            None) if short else None
        if q is not None:
            findings[k] = Finding(p, "backed", q, p.text)
    # "built of wrought iron" against "built of cast iron", "a suspension bridge" against "a cantilever
    # bridge": the word is the fact's, the kind it names with the word before it is another
    for k, p in enumerate(parts):
        q = findings[k].other
        if p.kind in ("thing", "mod") and findings[k].status == "backed" and q is not None and q.kind in ("thing", "mod"):
            mine = _compound(p, claim.parts)  # (its qualifier may stand in the clause the noun is written in)
            kinds = _compounds(q, fparts)
            same_word = lexical._singular(p.words[0]) == lexical._singular(q.words[0])
            # (a word like it backs the claim's kind unless the fact names a kind of its own there: "sea
            # floor" for "sea level")
            if "_" in mine and mine not in kinds and not any(lexical.same_thing(mine, t) for t in kinds) \
                    and (same_word or any("_" in t for t in kinds)):
                # "Golda Meir served as foreign minister" against "as prime minister", "a sperm whale"
                # against "an albino whale", "sea level" against "sea floor": a kind the fact does not
                # say is not backed by its noun, nor by a word like it
                findings[k] = Finding(p, "unbacked", None, repr(mine.replace("_", " ")))
                # "a black-footed albatross" against "a Laysan albatross": the fact names its kind
                # with a name WordNet does not hold (not a place: "the Paris metro" says where)
                # (a species or a plant's kind: "Olympic medals", "French wine" say whose, not which kind; and
                # a species, not a class of them: "a Kodiak bear" is a brown bear, "a Holstein" a dairy cow)
                species = same_word and lexical.kind(mine) in ("noun.animal", "noun.plant") \
                    and not lexical.has_kinds_under(mine)
                named = next((o for o in fparts if o.kind == "name" and o.role == "mod" and o.clause == q.clause
                              and o.anchor == q.words[0] and not lexical.compound(o.text, q.words[0])
                              and not lexical.is_place(o.words) and not any(
                                  lexical.same_name(o.text, o.words, x.text, x.words) in ("same", "part")
                                  for x in parts if x.kind == "name")), None) if species else None
                if named is not None:
                    findings[k] = Finding(p, "conflict", named, f"kind: {mine.replace('_', ' ')} vs {named.text} {q.text}")
            if not same_word:
                continue
            # (one of the kinds the fact's noun is said to be in its own phrase is the claim's: "a self-propelled
            # steam fire engine" is a steam engine; not a kind another noun of that word is, "the giant panda,
            # unlike the red panda")
            if any(_kind_with(o, q, fparts) == mine for o in fparts if o.kind in ("thing", "mod") and o.role == "mod"
                   and o.clause == q.clause and q.at - 4 <= o.at < q.at):
                continue
            # (the fact's own thing of that kind, in the claim's slot, backs it; another kind in another slot
            # does not: "one fin whale counted as two blue whales" swaps them)
            own = next((r for r in fparts if r.kind == q.kind and r is not q
                        and lexical._singular(r.words[0]) == lexical._singular(p.words[0])
                        and r.role == p.role and r.anchor == p.anchor and _compound(r, fparts) == mine),
                       None) if mine in kinds else None
            if own is not None:
                findings[k] = Finding(p, "backed", own, p.text)
                continue
            for theirs in kinds:
                # (two kinds WordNet names with one noun and two words are two kinds: "long jump", "triple jump")
                # (a plain noun against a kind of it is the kind said less closely, "won a medal" / "the gold
                # medal", "legs" / "hind legs", unless the plain word itself qualifies: "the heavyweight gold"
                # against "the light heavyweight gold")
                # (a person's post is no kind that excludes another: a prime minister may be foreign minister)
                both = "_" in mine and "_" in theirs
                same_head = both and mine.rsplit("_", 1)[1] == theirs.rsplit("_", 1)[1]
                if mine == theirs:
                    break  # the fact says the claim's kind
                # (not one of a list in the claim's slot: "a medal in the high jump and the long jump")
                listed = p.role != "mod" and _listed_with(p, parts, claim)
                # (or a verbless line's word, which qualifies what the line is about: "Rome 1960
                # gold -> heavyweight" against "the light-heavyweight gold medal")
                qualifies = p.role == "mod" or p.role == "topic" and not c.act
                if (qualifies or both and lexical.kind(mine) != "noun.person") and not listed and (
                        lexical.sibling_kinds(mine, theirs) or same_head and lexical.distinct_kinds(mine, theirs)):
                    findings[k] = Finding(p, "conflict", q, f"kind: {mine.replace('_', ' ')} vs {theirs.replace('_', ' ')}")
                    break
    # "made with powdered milk" against "by adding condensed milk", the fact's milk of another kind in
    # another clause than the one the claim's word met ("milk chocolate"): that kind is the rival
    for k, p in enumerate(parts):
        if p.kind != "thing" or findings[k].status != "unbacked" or p.detail:
            continue
        mine = _compound(p, parts)
        if "_" not in mine:
            continue
        word = lexical._singular(p.words[0])
        # (or of another word in the claim's slot: "won gold in the high jump" against "in the pole vault"; not
        # one of a list there, "won medals in the high jump and the pole vault")
        alone = not _listed_with(p, parts, claim)
        rival = next(((r, t) for r in fparts if r.kind == "thing" and alone and (
                          lexical._singular(r.words[0]) == word
                          or r.role == p.role and r.anchor == p.anchor and p.role not in CORE | {"mod", "poss", "of"})
                      for t in _compounds(r, fparts) if "_" in t and t != mine and lexical.sibling_kinds(mine, t)), None)
        if rival is not None:
            findings[k] = Finding(p, "conflict", rival[0], f"kind: {mine.replace('_', ' ')} vs {rival[1].replace('_', ' ')}")
    # ("a red dwarf" against "a white dwarf": the kind of dwarf differs, said once, not twice)
    kinds_differ = {f.part.words[0] for f in findings.values() if f.status == "conflict" and f.note.startswith("kind:")}
    # ("the Venetian captain Piri Reis" against "the Ottoman admiral": the calling differs, one difference
    # said once; the nation of a calling that goes unbacked, "a Canadian dancer" against "an American
    # ballet master", is the difference)
    callings_differ = {f.part.words[0] for f in findings.values() if f.status == "conflict" and f.part.kind == "thing"}
    for k, f in list(findings.items()):
        if f.status == "conflict" and f.note.startswith("nationality:") and f.part.role == "mod" \
                and f.part.anchor in callings_differ:
            findings[k] = Finding(f.part, "unbacked")
    for k in value_rivals:
        if findings[k].part.anchor in kinds_differ:
            findings[k] = Finding(parts[k], "unbacked")
    # "published it under his own name" against "under the pseudonym Student", "under the pen name
    # George Eliot", "under the name George Orwell", "under her initials": what the fact says the
    # work came out under is another name than the doer's own
    for k, f in findings.items():
        if f.status == "unbacked" and f.part.kind == "mod" and f.part.words == ("own",) and f.part.anchor == "name":
            own = next((o for o in parts if o.kind == "thing" and o.words == ("name",)), None)
            doers = [q for q in fparts if q.kind == "name" and q.role == "subj"]
            assumed = any(o.anchor == "name" and o.words[0] in _ASSUMED_NAMES for o in fparts)
            named = next((q for q in fparts if own is not None and q.role == own.role and q.anchor == own.anchor and (
                q.kind == "thing" and (q.words != ("name",) or assumed)
                or q.kind == "name" and not any(set(q.words) & set(d.words) for d in doers))), None)
            if named is not None:
                findings[k] = Finding(f.part, "conflict", named, f"opposite: own name vs {named.text}")
    ordered = tuple(findings[k] for k in range(len(parts)))
    # "ZIP codes, 1963 -> "Zone Improvement Program"": a claim that writes the initials and a name for
    # them says what they stand for; a fact that gives only the initials does not back that name
    written = {id(f.other) for f in ordered if f.status == "backed" and f.part.kind == "name"
               and f.other is not None and f.part.words == f.other.words and len(f.other.words) == 1}
    ordered = tuple(Finding(f.part, "unbacked") if f.status == "backed" and f.part.kind == "name" and len(f.part.words) > 1
                    and f.other is not None and id(f.other) in written else f for f in ordered)
    # (a word of a row's field label names nothing to conflict over: "Main grape: Nebbiolo" has no place "Main")
    ordered = tuple(Finding(f.part, "unbacked") if f.status == "conflict" and f.part.kind == "name"
                    and in_field_label(f.part, claim) else f for f in ordered)
    conflicts = [f.note for f in ordered if f.status == "conflict"]

    def lifted(role: str, p: Part, s: Statement) -> str:
        """A name that qualifies the doer or the done-to stands in its role ("the Ringling brothers
        bought ..." has the Ringlings buy) when the noun is people of it ("brothers", "family",
        "engineers"), not a thing of it ("a Yankees contract", "the Apollo lander")."""
        if role != "mod" or p.role != "mod" or _people_role(p, s) == p.role:
            return role
        heads = {canonical_role(o, s) for o in _heads(p, s)}
        return next(iter(heads)) if len(heads) == 1 and heads <= _DOERS_AND_DONE_TO else role

    # 3a. one participant on the other side of one transfer ("Méliès sells the theatre" against
    # "Méliès bought the theatre"): the claim's giver is the fact's recipient, or the reverse
    # (not against "bought back", "sent back": handing a thing back runs the other way by its meaning;
    # the claim's return is another event than the fact's transfer: not backed, no conflict)
    returned: set[int] = set()
    # (a headline's "Lizzie Magie granted a patent for ...", with no one it went to, is more often a
    # passive with its "was" left out: no swap is read, and the giver goes unbacked)
    bare_award = lexical.transfer_group(c.act.split("_")[0]) == "award" and not c.passive and not any(
        p.role in ("to", "dative", "by") or claim_roles[j] == "recipient" for j, p in enumerate(parts))
    # (nor when what changed hands is not the fact's: "Harmsworth sold it [the Daily Mail] for a halfpenny"
    # against "Harmsworth bought The Times": another transfer of another thing)
    # (or a thing the fact does not name at all: "began by selling textile remnants" / "bought Milton Bradley")
    other_thing = any(claim_roles[j] in ("obj", "thing") and g.status != "backed" and (
        g.part.kind in ("name", "pronoun") or g.part.kind == "thing" and not g.part.detail
        and not any(lexical._ascii(w) == lexical._ascii(g.part.words[0]) for q in fparts for w in q.words))
        for j, g in enumerate(ordered))
    for k, f in enumerate(ordered):
        if f.status == "backed" and f.part.kind == "name" and f.other is not None and f.other.kind == "name":
            ra, rb = lifted(claim_roles[k], f.part, claim), lifted(croles(f.other, fact), f.other, fact)
            if {ra, rb} == {"giver", "recipient"}:
                if _back(c.act) != _back(_act_of(f.other, fact)) or bare_award or other_thing:
                    returned.add(k)
                    continue
                conflicts.append(f"roles swapped: the claim has {f.part.text} as {ra}, the fact as {rb}")
    if returned:
        ordered = tuple(Finding(f.part, "unbacked") if k in returned else f for k, f in enumerate(ordered))
    # 3a'. one place at the other end of one move ("moved back to Vincennes" against "moved from
    # Vincennes to Sèvres"): where it went in the claim is where it came from in the fact. Not backed;
    # no conflict either: a road runs both ways, and one flight to a city may follow another from it
    # (a claim that gives both ends, "from Denali to Mount McKinley", is weighed as a swap below)
    ends = {claim_roles[k] for k, p in enumerate(parts) if p.kind == "name"}
    if act_rel == "same" and not {"to", "from"} <= ends:
        ordered = tuple(Finding(f.part, "unbacked") if f.status == "backed" and f.part.kind == "name"
                        and f.other is not None and f.other.kind == "name" and {f.part.role, f.other.role} == {"to", "from"}
                        else f for f in ordered)
    # 3. roles swapped: two names both in the fact, each where the other stands in the claim
    backed_names = [(claim_roles[k], f) for k, f in enumerate(ordered) if f.status == "backed" and _both_names(f)]
    # (an act the fact says as a noun, "named Thurston as his successor" for "succeeded", puts its
    # doer and done-to elsewhere in the fact's parse: no swap is read across them, and with both
    # named, which is which goes unchecked: the act is not backed)
    # (unless what the claim's act is done to is the noun's own: "revives the St Matthew Passion"
    # against "conducted the revival of Bach's St Matthew Passion")
    noun = next((f.other for f in ordered if f.part.kind == "act" and f.status == "backed" and f.other is not None
                 and f.other.kind == "thing"), None)
    act_as_noun = noun is not None
    named_here = [f for f in ordered if f.status == "backed" and f.part.kind == "name" and not f.part.detail
                  and f.other is not None]
    # (the reading already puts a passive's agent as "subj" and what it was done to as "obj")
    done_to = [f for f in named_here if f.part.role == "obj"]
    doers_named = [f for f in named_here if f.part.role == "subj"]
    if act_as_noun and done_to and doers_named:
        # the noun's own names: what it was done to ("of Lincoln", "for Newton", "to Anne Boleyn"; a
        # possessive alone, "Lincoln's assassination", "Kellar's successor") and who did it ("by
        # Booth"; a possessive beside an object, "Booth's assassination of Lincoln")
        own = [q for q in fparts if q.kind == "name" and q.clause == noun.clause and q.anchor in noun.words]
        # (after "at" or "on" the noun is who asked for the act, its "of" the asker: "came to the US at the
        # invitation of Lincoln Kirstein", "on the orders of the Shah")
        # (a noun of asking only: "at the coronation of Elizabeth II", "at the defeat of Napoleon" keep
        # their "of" as the one it was done to; the one asked is who came, the noun's clause's subject)
        asked = noun.role in ("at", "on", "upon") and lexical._singular(noun.words[-1]) in _ASKING_NOUNS
        objects = [q for q in own if q.role in ("of", "for", "to", "over", "against") and not (asked and q.role == "of")]
        targets = objects or [q for q in own if q.role == "poss"] or ([
            q for q in fparts if q.kind == "name" and q.clause == noun.clause and croles(q, fact) == "subj"] if asked else [])
        makers = [q for q in own if q.role == "by" or q.role == "poss" and objects or asked and q.role == "of"]
        # (not an act two do together: "Nixon's meeting with Mao", "his marriage to Anne Boleyn")
        mutual = c.act.split("_")[0] in lexical.RECIPROCAL_ACTS
        if mutual:
            targets = makers = own
        if not mutual and (any(f.other in makers for f in done_to) or any(f.other in targets for f in doers_named)):
            conflicts.append(f"roles swapped: the claim has {doers_named[0].part.text} do it to {done_to[0].part.text}; "
                             f"the fact's {noun.text} has it the other way round")
        elif not (all(f.other in targets for f in done_to)
                  and (not makers or all(f.other in makers for f in doers_named))):
            ordered = _act_only_as_noun(ordered)
    for i, (ra, fa) in enumerate(backed_names):
        ra0, ra = ra, lifted(ra, fa.part, claim)
        for rb, fb in backed_names[i + 1:]:
            rb0, rb = rb, lifted(rb, fb.part, claim)
            qa0, qb0 = croles(fa.other, fact), croles(fb.other, fact)
            qa, qb = lifted(qa0, fa.other, fact), lifted(qb0, fb.other, fact)
            # (a name lifted to its noun's role swaps only with a doer or a done-to: not "the D-Day
            # landings on Omaha Beach", "Minard's Napoleon map")
            if (ra, rb, qa, qb) != (ra0, rb0, qa0, qb0) and not {ra, rb} <= _DOERS_AND_DONE_TO \
                    or act_as_noun and {ra, rb} <= _DOERS_AND_DONE_TO:
                continue
            # (not where the two acts are others, neither the same nor the two ends of one transfer:
            # "Thurston succeeded Kellar" and "Kellar named Thurston as his successor")
            # (nor a copula's two sides, which say one thing either way round: "Akhenaten's Great Royal Wife was
            # Nefertiti" is "Nefertiti was the Great Royal Wife of Akhenaten")
            # (and both in one clause of the fact: "Ieyasu's Eastern Army defeated the Western Army led by Ishida
            # Mitsunari" has Mitsunari lead, not defeat)
            if ra != rb and qa == rb and qb == ra and {ra, rb} <= PARTICIPANTS | PLACES and ra != "mod" and rb != "mod" \
                    and {ra, rb} != {"subj", "attr"} and fa.other.clause == fb.other.clause \
                    and not ({ra, rb} <= {"subj", "obj", "with"} and c.act.split("_")[0] in lexical.RECIPROCAL_ACTS) \
                    and not (act_rel == "" and claim_act is not None
                             and {ra, rb} <= {"subj", "obj", "recipient", "giver", "thing"}):
                conflicts.append(f"roles swapped: the claim has {fa.part.text} as {_swap_label(ra, fa.part)} and "
                                 f"{fb.part.text} as {_swap_label(rb, fb.part)}; the fact has them the other way round")

    # 3e. what the claim's act is done to is the fact's doer of that act, where the claim's doer is named elsewhere in
    # the fact, not as its doer: "Ed Roe defeats Tom Kell's Eastern Army" against "Tom Kell's Eastern Army defeated
    # the Western Army led by Ed Roe" (not an act two do together, nor a passive's, which the reading turns about)
    # (each side's own main act: not "the first African American to win an Oscar was Hattie McDaniel")
    if act_rel == "same" and fact_act is not None and not conflicts and not c.passive and not c.copula \
            and c.dep == "ROOT" and 0 <= fact_act.clause < len(fact.clauses) \
            and fact.clauses[fact_act.clause].dep == "ROOT" and not fact.clauses[fact_act.clause].copula \
            and c.act.split("_")[0] not in lexical.RECIPROCAL_ACTS:
        done = next((f for f in ordered if f.status == "backed" and f.part.kind == "name" and f.part.role == "obj"
                     and f.other is not None and f.other.role == "subj" and f.other.clause == fact_act.clause
                     and f.other.anchor == fact_act.words[0]), None)
        doer = next((f for f in ordered if f.status == "backed" and f.part.kind == "name" and f.part.role == "subj"
                     and f.other is not None and f.other.clause != fact_act.clause), None)
        if done is not None and doer is not None and not any(
                q.kind == "name" and q.role == "subj" and q.clause == fact_act.clause and q is not done.other
                and lexical.same_name(doer.part.text, doer.part.words, q.text, q.words) in ("same", "part")
                for q in fparts):
            conflicts.append(f"roles swapped: the claim has {doer.part.text} do it to {done.part.text}; the fact has "
                             f"{done.part.text} do it")
    # 3f. a score line's two sides ("Germany 7-1 Brazil", read as the one with more beating the other) are
    # backed only by a fact that says who beat whom: the winner its doer and the one beaten what it was done
    # to, or against; with "lost to", the other way round. Anything else ("Brazil lost 7-1 to Germany" met
    # name by name, "won ... against the United States" parsed as a modifier) leaves the winner unchecked
    if not c.act and any(p.kind == "amount" and p.value[2:3] == ("score",) for p in parts) \
            and not any(c2.startswith("roles") for c2 in conflicts):
        sides = {f.part.role: f for f in ordered if f.status == "backed" and f.part.kind == "name"
                 and f.part.role in ("subj", "obj") and f.other is not None}
        if len(sides) == 2:
            won, lost = sides["subj"], sides["obj"]
            # (the two as one clause of the fact has them, when a clause shares its subject with another: "Real
            # Madrid won the first European Cup final, beating Stade de Reims 4-3")
            def in_clause(q: Part, k: int) -> Part | None:
                return q if q.clause == k else next(
                    (o for o in fparts if o.kind == "name" and o.clause == k and o.words == q.words), None)

            victor, beaten = next(((w, b) for k in dict.fromkeys((lost.other.clause, won.other.clause))
                                   if (w := in_clause(won.other, k)) is not None
                                   and (b := in_clause(lost.other, k)) is not None), (won.other, lost.other))
            verb = next((q.words[0] for q in fparts if q.kind == "act" and q.clause == victor.clause), "")
            rw, rl = croles(victor, fact), croles(beaten, fact)
            losing = verb.split("_")[0] in ("lose", "concede", "succumb")
            same = victor.clause == beaten.clause
            if same and losing and (rw, rl) == ("subj", "to"):
                conflicts.append(f"roles swapped: the claim has {won.part.text} win and {lost.part.text} lose; "
                                 f"the fact has {victor.text} lose to {beaten.text}")
            elif same and not losing and rl in ("subj", "recipient") and rw in ("obj", "against", "over"):
                conflicts.append(f"roles swapped: the claim has {won.part.text} beat {lost.part.text}; the fact has "
                                 f"{beaten.text} beat {victor.text}")
            elif not (same and ((rw, rl) == ("to", "subj") if losing
                                else rw in ("subj", "recipient") and rl in ("obj", "against", "over"))):
                ordered = tuple(Finding(f.part, "unbacked") if f is won or f is lost else f for f in ordered)

    # 3''. places swapped between the things they are of ("a flap of wings in Texas sets off a tornado in
    # Brazil" against "the flap of a butterfly's wings in Brazil set off a tornado in Texas"), and the
    # names that say whose or where from ("the king of France met the queen of Spain" against "the king of
    # Spain met the queen of France"; "a merchant from Bristol married a sailor from Lisbon")
    placed = [f for f in ordered if f.status == "backed" and f.part.kind == "name" and f.other is not None
              and f.other.kind == "name" and (_place(f.part.role) == "place" and _place(f.other.role) == "place"
                                              or f.part.role == f.other.role and f.part.role in ("of", "from")
                                              # (not a place a place-noun names: "the port of Genoa" is Genoa)
                                              and not _placed(f.part) and not _placed(f.other))]
    # (the same nouns, crossed: "king" and "queen" are kin in WordNet, so words like them would cross
    # a fact that says it as the claim does)
    one = lexical._singular
    for i, fa in enumerate(placed):
        for fb in placed[i + 1:]:
            if one(fa.part.anchor) != one(fb.part.anchor) and one(fa.part.anchor) == one(fb.other.anchor) \
                    and one(fb.part.anchor) == one(fa.other.anchor) and not any(
                        c2.startswith("roles") for c2 in conflicts):
                conflicts.append(f"roles swapped: the claim has {fa.part.text} for the {fa.part.anchor} and "
                                 f"{fb.part.text} for the {fb.part.anchor}; the fact has them the other way round")

    if winner is not None:
        conflicts.append(f"roles swapped: the claim has {winner.text} beaten, the fact has {winner.text} win")
    # 3'. "Nadal defeated Federer" against "Federer won the final against Nadal": the claim's doer is who
    # the fact's act was done against, and what the claim's act was done to is the fact's doer
    elif act_rel in ("same", "broader") and fact_act is not None and not c.passive and not act_as_noun \
            and c.act.split("_")[0] not in lexical.RECIPROCAL_ACTS and not any(c2.startswith("roles") for c2 in conflicts):
        mine = {claim_roles[k]: f for k, f in enumerate(ordered) if f.status == "backed" and f.part.kind == "name"
                and f.other is not None and f.other.kind == "name" and f.other.clause == fact_act.clause}
        doer, done_to = mine.get("subj"), mine.get("obj")
        # (a people's name read as a plural noun at the head of a line, "Mongols use fire arrows", is still
        # who did it when the fact gives it as a name)
        doer_named = doer or next((f for k, f in enumerate(ordered) if claim_roles[k] == "subj" and f.status == "backed"
                                   and f.part.kind == "thing" and f.part.text[:1].isupper() and f.other is not None
                                   and f.other.kind == "name" and f.other.clause == fact_act.clause), None)
        # (the winner of a "won" is its recipient)
        if doer is not None and done_to is not None and croles(done_to.other, fact) in ("subj", "recipient") \
                and doer.other.role in ("against", "over", "obj") \
                and croles(doer.other, fact) not in ("subj", "recipient"):
            conflicts.append(f"roles swapped: the claim has {doer.part.text} do it to {done_to.part.text}; the fact has "
                             f"{done_to.other.text} do it, {doer.other.role} {doer.other.text}")
        # ("Lee Sedol beat DeepMind's AlphaGo four games to one" against "AlphaGo defeated Lee Sedol four
        # games to one": the parse may hang the one beaten anywhere; the fact's one doer is a name the claim
        # gives, not as its doer, and the claim's doer is in the fact under the act, not as a doer)
        elif act_rel in ("same", "broader") and (doer := doer_named) is not None \
                and doer.other.role in ("obj", "to", "against", "over") and croles(doer.other, fact) != "subj":
            # (a name that qualifies the fact's doer and stands for it, "Chinese defenders used fire arrows
            # against the Mongols", is who did it there)
            # (or a name the tagger took for a plural noun at the head of the fact, backing a name of the
            # claim's: "Wanderers beat Royal Engineers 1–0")
            fact_doers = [q for q in fparts if q.clause == fact_act.clause and lifted(croles(q, fact), q, fact) == "subj"
                          and (q.kind == "name" or q.kind == "thing" and q.text[:1].isupper() and any(
                              f.other is q and f.part.kind == "name" and f.status == "backed" for f in ordered))]
            # (the qualifier stands for the one done to only where the parse hung it on a score or on
            # that one's side: "four games", "Wellington's army"; not another person, "Frazier's
            # sparring partner", "Elizabeth I's courtier")
            done_to_things = {p.words[0] for p in parts if p.role == "obj" and (
                p.kind == "amount" or p.kind == "thing" and p.words[0] in _SIDE_NOUNS)}
            turned = [f for k, f in enumerate(ordered) if len(fact_doers) == 1 and f.status == "backed"
                      and f.other is fact_doers[0] and (claim_roles[k] in ("obj", doer.other.role)
                                                        or _people_role(f.part, claim) in ("obj", doer.other.role)
                                                        or f.part.role in ("mod", "poss")
                                                        and f.part.anchor in done_to_things)]
            if turned:
                conflicts.append(f"roles swapped: the claim has {doer.part.text} do it to {turned[0].part.text}; the fact "
                                 f"has {turned[0].other.text} do it to {doer.other.text}")
    # 3g. "Headingley 1981 - Australia won" against "England beat Australia at Headingley in 1981": the claim's
    # winner, with no one beaten named, is the one the fact's winner beat (winning is what beating results in)
    # (or its passive, the winner its doer: "The 1858 Senate race was won by Lincoln")
    if act_rel in ("same", "broader", "result") and fact_act is not None and fact_act.kind == "act" \
            and c.act.split("_")[0] == "win" and (lexical.kind_of_defined(fact_act.words[0], "win")
                                                  or fact_act.words[0].split("_")[0] == "win") \
            and not any(c2.startswith("roles") for c2 in conflicts) \
            and not any(claim_roles[k] == "obj" and f.part.kind == "name" for k, f in enumerate(ordered)):
        # (the winner of a "won" is its recipient; the one beaten, the fact's object as written)
        # (one the claim names, not the reader's guess for a line's missing subject)
        # (a capitalised word the tagger took for a noun, backed by a name of the fact's, is that name: "Singer won")
        doer = next((f for k, f in enumerate(ordered) if claim_roles[k] in ("subj", "recipient") and f.status == "backed"
                     and (f.part.kind == "name" or f.part.kind == "thing" and f.part.text[:1].isupper() and f.other is not None
                          and f.other.kind == "name") and f.part.role == "subj" and not f.part.resolved and f.other is not None
                     and f.other.kind == "name" and (f.other.clause == fact_act.clause or f.other.role == "obj"
                                                     and fact.clauses[fact_act.clause].main and any(
                         q.kind == "name" and q.role == "subj" and q.clause == fact_act.clause and any(
                             o.role == "subj" and o.clause == f.other.clause and o.at == q.at for o in fparts)
                         for q in fparts))), None)
        # (or the one the winner did something to in a clause of the same subject: "Singer wins the suit" against
        # "Howe sued Singer ... and won")
        # (and all else the clause says backed, which pins the match: not "Brazil win a third title in 1970")
        # (or the one the fact's winner played against: "won his first match against IBM's Deep Blue")
        # (or the one the parse hangs on the score the fact's winner won by: "England beat West Germany 4–2")
        if doer is not None and (doer.other.role in ("obj", "against", "over") or doer.other.role == "mod" and any(
                q.kind == "amount" and q.role == "obj" and q.clause == fact_act.clause and q.text == doer.other.anchor
                for q in fparts)) and any(
                q.kind == "name" and q.role == "subj" and q.clause == fact_act.clause for q in fparts) \
                and not any(f.status != "backed" and not f.part.detail and f.part.kind in ("name", "thing", "date", "amount")
                            for f in ordered):
            conflicts.append(f"roles swapped: the claim has {doer.part.text} win; the fact has {doer.other.text} beaten")
    # 3i. "Ottoman admiral beaten at Preveza in 1538 -> Hayreddin Barbarossa" against "The Ottoman admiral Hayreddin
    # Barbarossa defeated a Holy League fleet at ... Preveza": the person the claim's passive has the act done to is
    # the one who does it in the fact, to another
    # (a person named or called so; the fact's own passive and an act two do together tell no side)
    # (a passive said with its auxiliary, or a participle no past tense could be: a note's "Gaulin, patented 1899",
    # "brokers ranked by price" may be the past with its object left out)
    # (and all else the clause names backed: "Jesse Boot was made a baronet" is another making than his business's)
    # (an act of beating, one side's over the other's, is a conflict; another act is only not backed: one who trains
    # horses may be trained, one who photographs a harbour be photographed, though the fact does not say so)
    # (the fact's act said active: not a participle no past tense could be, which the parse may read as one, "Sidse
    # Babett Knudsen (born 22 November 1968) is a Danish actress"; not the act's own base form, a present's
    # "the Brill rebels threaten Tom Vero", "the bishops crown him")
    if act_rel in ("same", "broader") and fact_act is not None and c.passive and 0 <= fact_act.clause < len(fact.clauses) \
            and not fact.clauses[fact_act.clause].passive and not (fact_act.text.lower().endswith(_PARTICIPLE_ONLY)
                                                                   and fact_act.words[-1:] != (fact_act.text.lower(),)) \
            and c.act.split("_")[0] not in lexical.RECIPROCAL_ACTS \
            and claim_act is not None and (claim_act.text.lower().endswith(_PARTICIPLE_ONLY) or re.search(
                rf"\b(?:was|were|is|are|been|being|be|got|gets)\s+(?:\w+ly\s+)?{re.escape(claim_act.text)}\b", claim.text,
                re.IGNORECASE)) \
            and not any(f.status != "backed" and not f.part.detail and f.part.kind in ("name", "thing")
                        for f in ordered) \
            and not any(c2.startswith("roles") for c2 in conflicts):
        turned = next((f for k, f in enumerate(ordered) if claim_roles[k] == "obj" and f.status == "backed"
                       and not f.part.detail and f.other is not None and f.other.clause == fact_act.clause
                       and croles(f.other, fact) == "subj" and (f.part.kind == "name" or f.part.kind == "thing"
                                                               and lexical.kind(f.part.words[-1]) == "noun.person")), None)
        victims = [q for q in fparts if q.clause == fact_act.clause and q.kind in ("thing", "name")
                   and croles(q, fact) == "obj"]
        if turned is not None and victims and not any(f.other in victims for f in ordered if f.status == "backed"):
            if _a_beating(c.act.split("_")[0]):
                conflicts.append(f"roles swapped: the claim has {turned.part.text} {claim_act.text}; "
                                 f"the fact has {turned.other.text} do it to {victims[0].text}")
            # (the one named in full on both sides: "the Zamboni was invented" is the machine Frank Zamboni invented;
            # a part of the name is a thing only with an article, not a person called by surname, "Kell was photographed")
            elif turned.part.kind != "name" or lexical.same_name(turned.part.text, turned.part.words, turned.other.text,
                                                                 turned.other.words) == "same" or not re.search(
                    rf"\b(?:the|an?)\s+{re.escape(turned.part.text)}\b", claim.text, re.IGNORECASE):
                ordered = tuple(Finding(f.part, "unbacked") if f is turned else f for f in ordered)
    # 3h. a row's field named for the doer of the fact's act ("Winner: New Zealand; Runner-up: England"
    # against "England won the 2019 World Cup final against New Zealand"): its name is who did it
    if not c.act and not any(c2.startswith("roles") for c2 in conflicts):
        swapped = _doer_field_swapped(claim, ordered, fact, lambda q: croles(q, fact))
        if swapped:
            conflicts.append(swapped)
    # 3i. the person a noun of the fact's act names ("The founder of Clown College was John Ringling",
    # "Clown College founder: John Ringling", "John Ringling, founder of ...") against "Irvin Feld founded
    # Ringling's Clown College": the name the fact gives, but not as the one who did it
    if (not c.act or c.copula) and not any(c2.startswith(("roles", "who")) for c2 in conflicts):
        other_doer = _agent_noun_doer(ordered, claim_roles, fact, lambda q: croles(q, fact))
        if other_doer:
            conflicts.append(other_doer)
    # 3b. the doer: the claim's subject is in the fact, but not as the one who did it there; another
    # name is ("James Clerk Maxwell photographed ... using a method devised by Thomas Sutton" against
    # "taken by Thomas Sutton using James Clerk Maxwell's method"; "designed by Ernst Leitz II"
    # against "Oskar Barnack designed the Leica at the firm Ernst Leitz")
    # (not where the fact says the act as a noun in a circumstance: its clause's doer did another thing,
    # "Otis supplied the lifts for the tower's opening" does not open the tower)
    aside_noun = act_as_noun and noun.role not in ("subj", "obj", "attr", "topic")
    # (and by the same token that doer is not the claim's: "Churchill was present at the coronation of Elizabeth
    # II", "Andrew Johnson became president after the assassination of Lincoln", "Reagan addressed the nation
    # after the launch of the Challenger" do not have them crown, assassinate or launch; a time's noun, or one
    # a clause of being there or looking on places them at: not "presided at the coronation")
    # (a noun after a preposition, not one qualifying another: "the Brompton folding bicycle")
    if aside_noun and noun.role not in ("mod", "poss") and 0 <= noun.clause < len(fact.clauses):
        nclause = fact.clauses[noun.clause]
        by_noun = [q for q in fparts if q.kind == "name" and q.clause == noun.clause and q.anchor in noun.words
                   and q.role in ("by", "poss")]
        onlookers = noun.role in _TIME_PREPS or nclause.copula or nclause.act.split("_")[0] in _LOOKING_ON
        doer_backers = [f.other for role, f in backed_names if role == "subj"]
        # (or the claim's doer is in the fact as neither the noun's own nor its clause's doer: "was present at the
        # annulment of the marriage of Henry VIII" does not have Henry annul it; "the tower's opening" is the
        # Eiffel Tower's own)
        if not by_noun and any(
                q.clause == noun.clause and croles(q, fact) == "subj" and onlookers
                or q.anchor not in noun.words and croles(q, fact) != "subj" and not re.search(
                    rf"\b(?:its|their|his|her|the\s+(?:{'|'.join(map(re.escape, q.words))})['’]s?)\s+(?:[\w-]+\s+)?"
                    rf"{re.escape(noun.text)}\b", fact.text, re.I)
                for q in doer_backers):
            ordered = _act_only_as_noun(ordered)
    # (a light verb the fact's participle aside says too: "Jimmy White made the final break" against "Hendry
    # beat White ..., making the final break")
    # (a light verb gives no act part: the clause's own act says it)
    light = next((Part("act", fc.act, (fc.act,), "act", "", j, False) for j, fc in enumerate(fact.clauses)
                  if fc.act == c.act and not fc.main and not fc.copula), None) \
        if act_rel == "none" and c.act and not c.copula else None
    # (the aside's own act, what it was done to backing the claim's: not "White made the final" against
    # "..., making the final break", nor "Wintour took the job" against "..., taking the magazine ...")
    if light is not None and not any(f.status == "backed" and f.part.kind in ("thing", "name") and claim_roles[k] == "obj"
                                     and f.other is not None and f.other.clause == light.clause
                                     for k, f in enumerate(ordered)):
        light = None
    if light is not None:
        light_doers = [q for q in fparts if q.kind == "name" and croles(q, fact) in ("subj", "recipient")
                       and q.clause == light.clause]
        for k, f in enumerate(ordered):
            aside = _aside_doer(f, claim_roles[k], claim, parts, fact, light, light_doers)
            if isinstance(aside, Finding):
                ordered = ordered[:k] + (aside,) + ordered[k + 1:]
            elif aside is not None:
                conflicts.append(aside)
    if act_rel in ("same", "broader") and fact_act is not None and not c.copula and not aside_noun:
        # (a giving act's doer is its giver, a person named in full: "Lyell and Hooker presented the paper of
        # Darwin"; not a grant or an act "which gave" it)
        doers = [q for q in fparts if q.kind == "name" and q.clause == fact_act.clause and (
            croles(q, fact) == "subj" or croles(q, fact) == "giver" and len(q.words) > 1 and lexical.given_name(q.words[0]))]
        # the doer of a participle aside that tells the act, when the claim's doer is whom the fact's main
        # clause did something to: "Mahut won the final set" against "Isner beat Mahut ..., winning the
        # final set" (who wins is the act's recipient)
        aside_doers = [q for q in fparts if q.kind == "name" and croles(q, fact) in ("subj", "recipient")
                       and q.clause == fact_act.clause] if not fact.clauses[fact_act.clause].main else []
        # (and what the claim's act was done to is the aside's: not "Robuchon made the shortlist" against
        # "Bocuse beat Robuchon ..., making history")
        if aside_doers and any(claim_roles[k] == "obj" and f.part.kind in ("thing", "name") for k, f in enumerate(ordered)) \
                and not any(claim_roles[k] == "obj" and f.status == "backed" and f.other is not None
                            and f.other.clause == fact_act.clause for k, f in enumerate(ordered)):
            aside_doers = []
        # (what the doers are of or where they are: "Codebreakers at Station Hypo in Pearl Harbor")
        doer_words = {lexical._singular(w) for d in doers for w in d.words}
        for q in fparts:
            if q.kind == "name" and q.role in ("at", "in", "of", "from") and lexical._singular(q.anchor) in doer_words:
                doer_words |= set(q.words)
        for k, f in enumerate(ordered):
            aside = _aside_doer(f, claim_roles[k], claim, parts, fact, fact_act, aside_doers)
            if aside is not None:
                if isinstance(aside, Finding):
                    ordered = ordered[:k] + (aside,) + ordered[k + 1:]
                else:
                    conflicts.append(aside)
                continue
            if not (f.status == "backed" and f.part.kind == "name" and claim_roles[k] in ("subj", "giver")
                    and not _initial(f.part) and f.other is not None and f.other.kind == "name" and f.other not in doers):
                continue
            if any(lexical.same_name(f.part.text, f.part.words, d.text, d.words) in ("same", "part") for d in doers):
                continue
            if f.other.role == "of" and lexical.kin(f.other.anchor) and not doers:
                # "Erasmus Darwin published the Origin" against "Charles Darwin, grandson of Erasmus Darwin,
                # published ...": one the fact names only as another's kin is not who did it
                ordered = ordered[:k] + (Finding(f.part, "unbacked"),) + ordered[k + 1:]
                continue
            where = croles(f.other, fact)
            # (not what a clause under the act's is done to: "The Falkirk Wheel opened in 2002 to link the Forth
            # and Clyde Canal" did not open the canal; but "Parliament passed the Act, offering prizes": the Act
            # offers them)
            # ("La Conquête du Monde released in Italy" against "released in France as La Conquête du Monde")
            # (unless the claim's clause does the act to something of its own, as the fact's doer does: "Gerald
            # Ford chose a vice president" against "Nixon chose Gerald Ford as vice president")
            # (a person named in full: one word may be a thing the parse made a subject, "Nobel 1973, shared w/ ...")
            # (not the maker of a thing the fact names: "choreographed by Fokine to music by Stravinsky"
            # has Stravinsky make the music, not choreograph)
            on_noun = where == "by" and 0 <= f.other.clause < len(fact.clauses) \
                and f.other.anchor != fact.clauses[f.other.clause].act
            # (unless the claim says the maker made that very thing: "Subirachs designed the sculptures",
            # "Picasso painted Guernica" against "Guernica, a painting by Picasso, was commissioned by ...";
            # not "Vermeer stole a painting": stealing makes nothing)
            if on_noun and c.act and (lexical.noun_of_act(c.act, f.other.anchor) or lexical.makes(c.act) and any(
                    o.kind == "thing" and lexical._singular(f.other.anchor) in {lexical._singular(w) for w in o.words}
                    for o in parts)):
                continue
            if (where in CORE - {"subj"} or where in ("by", "giver", "recipient", "as") and not on_noun) and not (
                    f.other.clause != fact_act.clause and fact.clauses[fact_act.clause].main
                    and not fact.clauses[f.other.clause].main) and not (
                    act_rel == "same" and doers and not c.passive and c.finite and f.other.clause == fact_act.clause
                    and any(o.role == "obj" and o.kind in ("thing", "name") and (
                        len(f.part.words) > 1
                        # (or one name the fact gives for both the claim's doer and what it did it to: "Mozart
                        # completed his Requiem" against "Süssmayr completed the Requiem of Mozart")
                        or ordered[j].status == "backed" and ordered[j].other is f.other)
                        for j, o in enumerate(parts) if j != k)):
                continue  # "Pride and Prejudice came out": the claim's subject is what the fact's act was done to
            if f.other.role in ("mod", "of") and any(q.kind == "thing" and q.words[0] == f.other.anchor
                                                     and q.clause == f.other.clause
                                                     and croles(q, fact) in CORE - {"subj"} for q in fparts) \
                    and not any(o.kind == "thing" and o.words[0] == f.other.anchor for o in parts) \
                    and not (f.other.role == "of" and (
                        lexical.noun_of_act(c.act, f.other.anchor) or lexical.given_name(f.part.words[0])
                        or any(o.role == "obj" and o.kind in ("thing", "name") and o.clause == f.part.clause
                               for o in parts))):
                # "Dairy Milk launched in 1905" against "Cadbury launched its Dairy Milk bar": the name of what
                # was launched; "St Jacobi finished 1693" against "Schnitger completed the organ of St. Jacobi":
                # whose it was (not "the wedding of Crown Prince Ludwig": his marrying; nor a person's,
                # "Emily Dickinson published in 1890" against "published the poems of Emily Dickinson", who may
                # be the doer; nor a clause doing the act to a thing of its own)
                continue
            if f.other.role in ("at", "in", "of", "from") and lexical._singular(f.other.anchor) in doer_words:
                continue  # "Station Hypo read JN-25": the codebreakers at Station Hypo did
            if f.other.role == "poss" and any(f.other.anchor in d.words for d in doers):
                continue  # "by Sylvia Beach's bookshop Shakespeare and Company": hers is the doer
            # (a participle aside's doer is read from its head clause: "published New Directions,
            # introducing key exchange" may say the paper introduced it, as the fact does)
            named = parts if c.finite or c.main else claim.parts
            # (nor the country whose people the claim names: "the English gave up Run" / "England gave up")
            rival_doers = [d for d in doers if not any(lexical.same_name(d.text, d.words, o.text, o.words) in
                                                       ("same", "part") for o in named if o.kind == "name")
                           and not _people_of(f.part, d.words)]
            if rival_doers:
                conflicts.append(f"who: {f.part.text} vs {rival_doers[0].text} ({f.part.text} is in the fact, "
                                 f"not as the one who did it)")
                continue
            # (the fact's doer the claim names only as where it happened: "Abbe brought in the 8-hour day at
            # Zeiss" against "Zeiss introduced objectives designed by Abbe" does not say Abbe did it)
            if doers and all(any(lexical.same_name(d.text, d.words, o.text, o.words) in ("same", "part")
                                 for o in named if o.kind == "name" and _place(o.role) == "place") for d in doers) \
                    and where == "subj" and f.other.clause != fact_act.clause and 0 <= f.other.clause < len(fact.clauses) \
                    and not fact.clauses[f.other.clause].main:
                ordered = ordered[:k] + (Finding(f.part, "unbacked", None,
                                                 f"'{f.part.text}' (in the fact, not as the one who did it)"),) + ordered[k + 1:]
                continue
            # "Brazil + San Domingo abstained" against "San Domingo voted against ..., while France and
            # Brazil abstained": the claim's doer does another act of the fact, which has its own doers
            # for the claim's
            # (a list of doers against a list: one of the fact's doers stands beside it in the claim)
            beside = any(claim_roles[j] == "subj" and j != k and any(
                lexical.same_name(o.text, o.words, d.text, d.words) in ("same", "part") for d in doers)
                for j, o in enumerate(parts) if o.kind == "name")
            # (the claim's act the very act of the fact's doers: "travelled to the Moon" is said of all three)
            elsewhere = _another_act_done(f, c.act, fact_act, doers, fact) \
                if doers and beside and where == "subj" and act_rel == "same" else ""
            if elsewhere:
                conflicts.append(elsewhere)
                continue
            # "Turing added the diagonal board to Welchman's Bombe design" against "Turing designed the
            # Bombe; Welchman added the diagonal board": the fact's doer is in the claim, but only as an
            # owner or a qualifier, and the claim's doer does another act of the fact
            owners = [d for d in doers if f.other.clause != d.clause and any(
                claim_roles[j] in ("poss", "mod", "of") and lexical.same_name(o.text, o.words, d.text, d.words) in ("same", "part")
                for j, o in enumerate(parts) if o.kind == "name")]
            # (not a work named beside the fact's noun for it, in which the doer did the act: "Mark Twain's Roughing It
            # describes his try" against "Twain described his attempt ... in his 1872 book Roughing It")
            if owners and not f.other.role == "appos":
                claim_verb = next((o.text for o in parts if o.kind == "act" and o.clause == f.part.clause), c.act)
                their_verb = next((q.text for q in fparts if q.kind == "act" and q.clause == f.other.clause),
                                  fact.clauses[f.other.clause].act)
                conflicts.append(f"roles swapped: in the claim {f.part.text} {claim_verb} it, in the fact {owners[0].text} "
                                 f"{fact_act.text} it and {f.part.text} {their_verb}")
        # "France abstained together with Mexico" against "Mexico voted against ..., while France and Brazil
        # abstained": one who does it with the claim's doer does another act of the fact
        if act_rel == "same" and doers and any(claim_roles[k] == "subj" and f.status == "backed" and f.other in doers
                                               for k, f in enumerate(ordered)):
            for k, f in enumerate(ordered):
                if f.status == "backed" and f.part.kind == "name" and claim_roles[k] == "with" \
                        and f.other is not None and f.other.kind == "name" and f.other not in doers \
                        and croles(f.other, fact) == "subj":
                    elsewhere = _another_act_done(f, c.act, fact_act, doers, fact)
                    if elsewhere:
                        conflicts.append(elsewhere)
    # 3c. titles swapped: "Herbert Saffir, a meteorologist, and Robert Simpson, a structural engineer"
    # against "the civil engineer Herbert Saffir and the meteorologist Robert Simpson" (each title on
    # the other one, both ways)
    fact_titles = _titles(fparts)
    claim_titles = _titles(parts)
    told: set[int] = set()  # (a pair swapped is said once)
    for name, title in claim_titles.items():
        f = next((g for g in ordered if g.part is name), None)
        if f is None or f.status != "backed" or f.other is None or f.other not in fact_titles or id(f.other) in told:
            continue
        own = fact_titles[f.other]
        if _same_word(title, own):
            continue
        holder = next((n for n, t in fact_titles.items()
                       if n is not f.other and (t == title or lexical.same_thing(title, t))), None)
        # (both ways: the fact's holder of the claim's title is in the claim, with the other title)
        if holder is not None and any(g.status == "backed" and g.other is holder and g.part in claim_titles and (
                claim_titles[g.part] == own or lexical.same_thing(claim_titles[g.part], own)) for g in ordered):
            told |= {id(holder), id(f.other)}
            conflicts.append(f"roles swapped: the claim has {name.text} as the {title}, the fact has {holder.text} "
                             f"as the {title} and {f.other.text} as the {own}")
    # 3c'. a trade the fact gives another: "Morton was a surgeon" against "In Morton's ether demonstration,
    # the surgeon John Collins Warren removed a tumour": the fact's surgeon is Warren, and the word backs
    # nothing of Morton's (a title the claim writes by the name, or a copula's "X was a surgeon")
    trades = list(claim_titles.items())
    if c.copula:
        subj = [p for p in parts if p.kind == "name" and p.role == "subj" and not p.detail]
        attr = [p for p in parts if p.kind == "thing" and p.role == "attr" and not p.detail
                and lexical.kind(p.words[0]) == "noun.person"]
        if len(subj) == 1 and len(attr) == 1 and subj[0] not in claim_titles:
            trades.append((subj[0], attr[0].words[0]))
    others_trade: set[int] = set()
    written_before = _titles(fparts, before_only=True) if trades else {}
    if trades:
        # (in apposition too, "John Collins Warren, a surgeon, removed ..."; and just before a name the parse
        # put in another clause: "taken by the chemist Rosalind Franklin, Watson and Crick worked out ...")
        for n, t in _titles(fparts).items():
            if n not in written_before and re.search(
                    rf"\b{re.escape(n.text)},\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{re.escape(t)}\b", fact.text):
                written_before[n] = t
        for t in fparts:
            if t.kind == "thing" and t.at >= 0 and lexical.kind(t.words[0]) == "noun.person":
                for n in fparts:
                    if n.kind == "name" and n.at >= 0 and n.at - len(n.words) == t.at and n not in written_before:
                        written_before[n] = t.words[0]
    for name, title in trades:
        f = next((g for g in ordered if g.part is name), None)
        if f is None or f.status != "backed" or f.other is None or (
                f.other in fact_titles and _same_word(title, fact_titles[f.other])) \
                or re.search(rf"\b{re.escape(title)}\s+{re.escape(f.other.text)}\b", fact.text, re.IGNORECASE):
            # (nor one the fact writes right before the name, whatever clause the parse put it in: "The surgeon
            # Joseph Lister trained under the surgeon James Syme")
            continue
        # (not one the claim's name may be as well: "his son Isambard" is "Isambard Kingdom Brunel", whichever
        # Brunel the name was found as)
        holder = next((n for n, t in written_before.items() if n is not f.other and _same_word(title, t)
                       and lexical.same_name(name.text, name.words, n.text, n.words) not in ("same", "part")), None)
        if holder is not None and not any(g.status == "backed" and g.other is holder for g in ordered):
            others_trade |= {id(g) for g in ordered if g.part.kind == "thing" and g.part.clause == name.clause
                             and g.part.words[0] == title and g.status == "backed"}
    if others_trade:
        ordered = tuple(Finding(f.part, "unbacked") if id(f) in others_trade else f for f in ordered)
    # 3d. what each is shown as, swapped: "Maus: Jews = mice, Germans = pigs" against "Maus portrays Jews
    # as mice, Germans as cats and Poles as pigs" (a list of "X as Y" pairs gives each one its own; the
    # claim gives one of them another's)
    # (the fact's pairs read only for a claim that pairs something: align runs for every clause and fact)
    claimed = _cast_claimed(parts, c, claim.text)
    cast = _cast(fparts, fact.text) if claimed else {}
    if len(cast) >= 2 and not any(c2.startswith("roles") for c2 in conflicts):
        for name, what in claimed.items():
            f = next((g for g in ordered if g.part is name), None)
            if f is None or f.status != "backed" or f.other not in cast:
                continue
            own = cast[f.other]
            if _same_cast(what, own, parts, fparts, name):
                continue
            holder = next((n for n, t in cast.items() if n is not f.other and _same_cast(what, t, parts, fparts, name)), None)
            if holder is not None:
                conflicts.append(f"roles swapped: the claim has {name.text} as {what.text}, the fact has {holder.text} "
                                 f"as {cast[holder].text} and {f.other.text} as {own.text}")
                break
    # 3e. amounts swapped between what they qualify: "2 mph country / 4 mph town" against "4 mph in the
    # country and 2 mph in towns" (both give the same amounts and the same words after them, paired
    # the other way)
    if not any(c2.startswith("roles") for c2 in conflicts):
        swapped_amounts = _amounts_swapped(parts, fparts)
        if swapped_amounts:
            conflicts.append(swapped_amounts)
    # 3f. "a single needle bed" against "two needle beds": one of a thing the fact counts more of, in the clause
    # of its act (the reader takes no figure from "one", too often a pronoun or an article)
    if act_rel == "same":
        for p in parts:
            if p.kind != "thing" or not p.words or p.role in ("mod", "poss", "subj") or p.detail \
                    or not re.search(rf"{_JUST_ONE}{re.escape(p.text)}\b", claim.text):
                continue
            q = next((q for q in fparts if q.kind == "amount" and q.clause == fact_clause and len(q.value) > 2
                      and q.value[2] in (p.words[-1], lexical._singular(p.words[-1])) and q.value[0] > 1), None)
            # (not where the fact counts one of them too, elsewhere: "scored one goal in the final" against "two
            # goals in the semi-final and one goal in the final", "one factory in Ohio" against "three factories in
            # Texas and one factory in Ohio")
            one = rf"{_JUST_ONE}(?:{re.escape(p.words[-1])}|{re.escape(lexical._singular(p.words[-1]))})\b"
            if q is not None and re.search(one, fact.text, re.IGNORECASE) is not None:
                q = None
            if q is not None and not any(o.kind == "amount" and o.value[2:3] == q.value[2:3] for o in parts):
                conflicts.append(f"amount one {p.text} vs {q.text}")
                break
    # 3g. "won the individual foil only once, in 1952" against "won the ... title in 1952 and 1956": once where
    # the fact dates the act twice or more (not "once" for "formerly": only with "only", "just", "exactly")
    # (not where the claim bounds the count, "only once before 2015", nor where the fact's years are not one list,
    # "in 1990 in singles and in 1994 in doubles": each year may be of another kind of the act)
    if act_rel == "same" and not c.negated and _ONLY_ONCE.search(claim.text) \
            and not re.search(r"\b(?:before|after|until|till|since|by|between|from)\s+(?:the\s+)?\d{3,4}\b", claim.text) \
            and re.search(r"\b\d{4}(?:,\s*\d{4})*,?\s+and\s+(?:in\s+)?\d{4}\b", fact.text) \
            and not re.search(r"\b\d{4}\s+(?:in|as|for)\s+[a-z]", fact.text):
        years = sorted({q.value[0] for q in fparts if q.kind == "date" and q.clause == fact_clause
                        and q.anchor == (fact_act.words[0] if fact_act is not None else "") and q.value[:1]
                        and q.value[0] == q.value[1]})
        if len(years) >= 2:
            conflicts.append(f"how often: once vs {' and '.join(str(y) for y in years)}")
    # 3k. "breaks the salt law in the evening" against "broke ... on the morning of 6 April 1930": another part of
    # the day for the same act (the reader drops "morning" and "evening" as words that name no thing; a part next
    # to the other, "evening" and "night", may be either)
    # (only where the fact tells of one act, and not a name's word, "the Morning Post": a part of the day in a fact
    # of two acts may be the other's, "loaded stores that morning", "landed at night")
    if act_rel == "same" and fact_act is not None and sum(1 for fc in fact.clauses if fc.act) == 1:
        mine_day, their_day = _day_parts(claim.text), _day_parts(fact.text)
        if len(mine_day) == 1 and len(their_day) == 1:
            (a_word, a_rank), (b_word, b_rank) = next(iter(mine_day.items())), next(iter(their_day.items()))
            if abs(a_rank - b_rank) >= 2 and not _other_subjects(parts, fparts, fact_act.clause):
                conflicts.append(f"time of day: {a_word} vs {b_word}")
    # 4. polarity and exclusivity of the clause against the fact's clause with the matched act
    negation = ""
    fclause = fact.clauses[fact_clause] if fact.clauses else None
    if fclause is not None:
        claim_neg = c.negated
        fact_neg = fclause.negated
        if claim_neg != fact_neg:
            negation = "claim" if claim_neg else "fact"
            # (not of another subject: "He was not its first president: that went to Vikelas")
            other_subject = any(f.status != "backed" and f.part.kind in ("name", "pronoun")
                                and claim_roles[k] == "subj" for k, f in enumerate(ordered))
            # (nor of nobody, where the fact names who: "won eight competitive Oscars", a clause the parse left
            # without its subject, is not Hitchcock's)
            # (a later clause of the line, "... and won eight competitive Oscars")
            other_subject = other_subject or clause > 0 and not any(
                claim_roles[k] in ("subj", "topic", "recipient", "giver") for k in range(len(ordered))) \
                and not any(q.role in ("subj", "topic") for q in claim.parts if q.clause == clause) \
                and any(q.kind == "name" and q.role == "subj" and q.clause == fact_clause for q in fparts)
            # ("There were no Summer Games in 1940" against "the 1940 Games were cancelled": the
            # fact's act is itself a denial, and the two agree in what they deny)
            # (not when what the claim denies is the fact's act itself: "there was no ban" / "was banned")
            fverb = fact_act.words[0] if fact_act is not None and fact_act.kind == "act" else fclause.act
            privative = claim_neg and c.copula and fverb in lexical.PRIVATIVE_ACTS and not any(
                p.kind == "thing" and lexical.noun_of_act(fverb, p.words[0]) for p in parts)
            # ("no longer plays at Highbury" against "played at Highbury until 2006": what held before;
            # the fact does not say it still holds, nor the claim that it never did)
            ceased = c.ceased and not fact_neg and fclause.past or fclause.ceased and not claim_neg and c.past
            # (a verbless line's "no X" the fact denies too: "a balsa raft, no engine" / "had no engine")
            both_deny = not claim_neg and any(f.part.role == "not" and f.status == "backed"
                                              and f.other is not None and f.other.clause == fact_clause for f in ordered)
            # ("Tarot was not invented for fortune telling" against "Tarot cards were first made ... to play a card
            # game": what the claim denies is what it was made for, which the fact does not give, not the making)
            purpose_denied = claim_neg and lexical.makes(c.act, 2) and any(
                f.status != "backed" and f.part.kind == "thing" and f.part.role == "for" and not f.part.detail
                for f in ordered)
            if (act_ok or act_rel == "none") and not other_subject and not privative and not ceased and not both_deny \
                    and not purpose_denied:
                who = "the claim denies" if claim_neg else "the fact denies"
                what = fact_act.text if fact_act is not None else fclause.act or "it"
                conflicts.append(f"polarity: {who} '{what}'")
        # "died in December 1966, a few months after Walt Disney World opened" against "... before Walt
        # Disney World opened": the same event, on the other side of the one it is told against
        # (a copula's clause, which gives no act to match, is the one with the claim's subject: "India
        # became independent")
        same_event_clause = act_rel == "same" or fact_act is None and home is not None and bool(c.act) \
            and c.act == fact.clauses[home].act
        hc = fact.clauses[home] if fact_act is None and home is not None else fclause
        if c.sequel and hc.sequel and c.sequel != hc.sequel and same_event_clause:
            conflicts.append(f"opposite: {c.sequel} vs {hc.sequel} (the order of the two events)")
        # ("Beethoven died after Schubert died" against "Schubert died in 1828, after Beethoven died"):
        # the claim's main event is the fact's sequel, and the claim's sequel, with the same word, the
        # fact's main event
        told_after = [d for d in claim.clauses if d.sequel]
        main_elsewhere = [j for j, d in enumerate(fact.clauses) if d.main and d is not hc]
        if not c.sequel and hc.sequel and same_event_clause and len(told_after) == 1 \
                and told_after[0].sequel == hc.sequel and sum(bool(d.sequel) for d in fact.clauses) == 1 and any(
                    lexical.act_relation(told_after[0].act, fact.clauses[j].act) == "same" for j in main_elsewhere):
            conflicts.append(f"opposite: {told_after[0].sequel} (the order of the two events is the other way round)")
        if c.exclusive and not fclause.exclusive:
            claimed = {p.words for p in parts if p.kind == "name"}
            others = [q for q in fparts if q.kind == "name" and q.role in ("subj", "with", "by") and
                      not any(lexical.name_relation(q.words, w) in ("same", "part") for w in claimed)]
            # (or people named by what they are, who did it with the claim's one: "sealed by King John and
            # the barons", "issued by Henry IV and his council")
            mine = {p.words[0] for p in parts if p.kind == "thing"}
            others += [q for q in fparts if q.kind == "thing" and q.role in ("subj", "with") and q.clause == fact_clause
                       and q.words[0] not in mine and lexical.kind(q.words[0]) in ("noun.person", "noun.group")
                       and any(o.kind == "name" and o.role == q.role and o.clause == q.clause for o in fparts)]
            if others:
                conflicts.append(f"alone: the fact names {', '.join(q.text for q in others)} too")
        # "14,865 coins, gold + silver only" against "14,865 coins of gold, silver and bronze": the
        # claim keeps to a list the fact's is longer than
        listed = [f for f in ordered if f.status == "backed" and f.other is not None and f.other.role != "mod"
                  and f.part.kind in ("thing", "name") and f.part.words[-1] in c.only] if c.only else []
        # (a name and a plain word may stand in one list: "Latin, Greek and mathematics")
        groups = {(f.other.role, f.other.anchor, f.other.clause) for f in listed}
        backers = {id(f.other) for f in listed}
        # (not what the fact itself leaves out: "England and Scotland, but not Wales")
        extra = [q for q in fparts if q.kind in ("thing", "name") and (q.role, q.anchor, q.clause) in groups
                 and id(q) not in backers
                 and not any(w in claim.lemmas or w in c.only for w in q.words)
                 and not re.search(rf"\b(?:not|except|excluding|without)\b[^.;]*\b{re.escape(q.text)}", fact.text)]
        # (a list of doers is the "alone" rule's: "Only Fleming and Florey received ...")
        if listed and extra and not c.exclusive:
            conflicts.append(f"only: only {', '.join(f.part.text for f in listed)} vs "
                             f"{', '.join(q.text for q in extra)} as well")
        # "3 Olympic golds, all at Antwerp 1920" against "three golds, ... at Antwerp in 1920 and ... at Paris in
        # 1924": where or when the claim puts every one of them, the fact puts some elsewhere, or at another time
        every = _ALL_AT.search(claim.text) if re.search(r"\b(?:all|both|each)\b", claim.text, re.I) else None
        if every:
            elsewhere = [q.text for f in ordered if f.status == "backed" and f.other is not None
                         and f.part.kind in ("name", "date") and f.part.text in every.group(2)
                         for q in fparts if q.clause == f.other.clause and not q.detail and q.kind == f.part.kind
                         and _another_of_the_same(f.part, f.other, q, parts, fact)]
            if elsewhere:
                conflicts.append(f"only: all {every.group(1)} {every.group(2).strip()} vs "
                                 f"{', '.join(dict.fromkeys(elsewhere))} as well")
        # "shared the 1983 Nobel" against "received the unshared 1983 Nobel Prize"
        if c.act == "share" and fclause.exclusive and not c.exclusive:
            conflicts.append("alone: the fact has it unshared")
        # "alone won the Golden Bear", "won the Golden Bear outright" against "shared the Golden Bear" ("outright"
        # only of a win: "killed outright", "bought outright" say how, not alone)
        if (c.exclusive or c.act in ("win", "take", "claim") and re.search(r"\boutright\b", claim.text, re.I)) \
                and fclause.act == "share" and not fclause.negated and not fclause.exclusive:
            conflicts.append("alone: the fact has it shared")
    topic = any(f.status == "backed" and (claim_roles[k] in CORE or f.part.kind == "name")
                for k, f in enumerate(ordered) if f.part.kind in ("name", "thing"))
    # "a Spider-Man drug story, with full Code approval" against "published ... without the Comics Code seal of
    # approval": the same thing, had in the one and gone without in the other
    for f in ordered:
        if f.status == "backed" and f.other is not None and f.part.kind in ("thing", "name") \
                and not _unbacked_qualifier(f.part, ordered):
            mine, theirs = _with_or_without(f.part, parts), _with_or_without(f.other, fparts)
            if {mine, theirs} == {"with", "without"}:
                conflicts.append(f"polarity: the claim has it {mine} {f.part.text}, the fact {theirs}")
                break
    # "learned chess from human grandmaster games" against "after learning chess through self-play, without studying
    # human games": what the claim's act was done with, the fact names only in what was not done
    # (not where the fact names it again in the clause the claim's act is matched with: "won the first Football League
    # title ... without losing a league match"; nor what the claim itself says was gone without)
    if not c.negated and fclause is not None and not any(c2.startswith("polarity") for c2 in conflicts):
        for f in ordered:
            if f.status != "backed" or f.other is None or f.part.kind not in ("thing", "mod") or f.part.detail \
                    or f.other.clause == fact_clause or not 0 <= f.other.clause < len(fact.clauses) \
                    or _said_without(f.part, parts, claim):
                continue
            fc = fact.clauses[f.other.clause]
            # (named again in the clause the claim's act is matched with, not in another one: "played the rematch
            # without seeing Deep Blue's logs, and he asked IBM for the logs afterwards" does not see them)
            if fc.negated and fc.dep == "pcomp" and not fc.main and fc.act and not any(
                    f.other.words[-1] in q.words and q.clause == fact_clause != f.other.clause for q in fparts):
                conflicts.append(f"polarity: the claim has {f.part.text!r}, the fact has it only in what was not done "
                                 f"(without {fc.act})")
                break
    # 3h. a name in a slot of the claim's act that the fact gives only in another clause, where its own act has
    # another name in that slot: "recorded it for Columbia" against "recorded it for Commodore Records after
    # Columbia declined to record it": the name is there as one that did not do it, so it conflicts; as one
    # that did something else ("played for Ajax until 1973, when Barcelona signed him"), it backs nothing
    # (not where the other clause tells the claim's act too: "worked with Becquerel, and Pierre Curie worked
    # with Marie")
    def denied(r: Part) -> bool:
        fc = fact.clauses[r.clause] if 0 <= r.clause < len(fact.clauses) else None
        return fc is not None and croles(r, fact) == "subj" and (fc.negated or fc.act in DENIALS)

    # (the fact's clauses that deny the claim's very act; and a name 3b already finds doing another act of the
    # fact, which keeps its "roles" conflict)
    denied_here = [j for j, fc in enumerate(fact.clauses)
                   if fc.negated and fc.act and lexical.act_relation(c.act, fc.act) == "same"] if c.act else []

    def swapped(p: Part) -> bool:
        return any(x.startswith("roles") and p.text in x for x in conflicts)

    if act_rel in ("same", "broader") and fact_act is not None and not c.copula \
            and 0 <= fact_act.clause < len(fact.clauses):
        # (on the act, or on its object, where the parse may hang the phrase: "built the museum for the city")
        def on_fact_act(r: Part) -> bool:
            return r.clause == fact_act.clause and _on_act_or_object(r, fact)
        doers = {w for o in parts if o.kind == "name" and o.role == "subj" for w in o.words}
        for k, f in enumerate(ordered):
            p, q = f.part, f.other
            if f.status != "backed" or p.kind != "name" or q is None or q.kind != "name" \
                    or p.role in CORE or p.role in ("mod", "poss", "not", "locator") or q.clause == fact_act.clause \
                    or not _on_act_or_object(p, claim) or swapped(p):
                continue
            # (not where the other clause tells the claim's act too, of the claim's doer: "worked with Becquerel,
            # and Pierre Curie worked with Marie"; not "and Florey worked with Chain", another pair)
            if 0 <= q.clause < len(fact.clauses) and lexical.act_relation(c.act, fact.clauses[q.clause].act) == "same" \
                    and not fact.clauses[q.clause].negated and any(
                        r.clause == q.clause and r is not q and (r.kind == "pronoun" or r.kind == "name" and doers & set(r.words))
                        for r in fparts):
                continue
            rival = next((r for r in fparts if r.kind == "name" and r.role == p.role and on_fact_act(r)
                          and lexical.same_name(p.text, p.words, r.text, r.words) not in ("same", "part")), None)
            # (or a thing there, which backs nothing of the name either: "built the museum for the city of Bilbao
            # after the Guggenheim Foundation refused to pay for it")
            held = rival or next((r for r in fparts if r.kind == "thing" and r.role == p.role and on_fact_act(r)), None)
            # (not one the claim says too, the name set beside it: "on another planet, Venus"; nor the thing the
            # claim's name names, "Vostok Station" for the fact's station)
            if held is None or any(g.status == "backed" and g.other is held for g in ordered) \
                    or rival is None and set(held.words) & {w.lower() for w in p.words}:
                continue
            if rival is None:
                ordered = ordered[:k] + (Finding(p, "unbacked", None, f"'{p.text}' (the fact has {held.text} there)"),) \
                    + ordered[k + 1:]
                continue
            # (denied the claim's act, not another: "after Edison refused to pay him" tells no work for him)
            if any(r.kind == "name" and r.clause in denied_here
                   and lexical.same_name(q.text, q.words, r.text, r.words) == "same" for r in fparts) \
                    and (denied(q) or fact.clauses[q.clause].negated):
                note = f"{_role_label(p.role, p)}: {p.text} vs {rival.text}"
                ordered = ordered[:k] + (Finding(p, "conflict", rival, note),) + ordered[k + 1:]
                conflicts.append(note)
            else:
                ordered = ordered[:k] + (Finding(p, "unbacked", None, f"'{p.text}' (the fact has {rival.text} there)"),) \
                    + ordered[k + 1:]
    # a name the fact gives only as one that did not do its act, or declined to, backs nothing the claim says of it
    # when the claim says it did that act, or a line without a verb names it beside the act's: "Strange Fruit |
    # Billie Holiday | 1939 | Columbia" against "... for Commodore Records after Columbia declined to record it"
    # (the one who did not do it, its doer; not whose a thing is, "Kafka's The Castle was published" against
    # "Kafka never finished The Castle, which was published in 1926"; and only where the fact asserts the act
    # the claim met: "cannot fly, and Bombyx mori no longer occurs in the wild" denies all it says)
    if not c.negated and not (fact_act is not None and 0 <= fact_act.clause < len(fact.clauses)
                              and fact.clauses[fact_act.clause].negated):
        for k, f in enumerate(ordered):
            p, q = f.part, f.other
            if f.status == "backed" and p.kind == "name" and p.role not in ("poss", "mod") and q is not None \
                    and q.kind == "name" and denied(q) and (fact_act is None or q.clause != fact_act.clause) \
                    and (not c.act or denied_here) and not any(
                        r.kind == "name" and not denied(r)
                        and lexical.same_name(p.text, p.words, r.text, r.words) in ("same", "part") for r in fparts) \
                    and not swapped(p):
                ordered = ordered[:k] + (Finding(p, "unbacked", None, f"'{p.text}' (in the fact, {q.text} declines or does not do it)"),) \
                    + ordered[k + 1:]
    # 3j. what the fact pairs with another doer: "Frank Oz performed Ernie" (or "Frank Oz -> Ernie, Grover") against
    # "Frank Oz performed Bert and Grover, while Jim Henson performed Ernie": the claim's doer is the subject of one
    # clause of the fact, the name the claim gives them that of another clause, of the same act, with a doer of its
    # own the claim does not name
    paired = _paired_with_another(parts, ordered, fparts, fact, c, act_rel, lambda p: croles(p, fact))
    if paired is not None:
        k, rival, note = paired
        ordered = ordered[:k] + (Finding(ordered[k].part, "conflict", rival, note),) + ordered[k + 1:]
        conflicts.append(note)
    # a name the claim sets aside ("but not Carabosse") that the fact names as its own: the claim denies it
    # (only where the fact has it in the very slot the claim denies it: under the matched act, in the role the
    # claim's other ones of that list hold, "invaded Poland and Denmark"; not a name the fact gives in another
    # clause or role, "invaded Poland, while Sweden remained neutral", "Deep Blue defeated Kasparov")
    # (a verbless line's "no X" after a comma, "a balsa raft, no engine": X denied wherever the fact has it as a
    # participant in a clause it does not deny, "was fitted with an engine", "has two moons")
    for k, f in enumerate(ordered):
        if f.part.role != "not" or f.status != "backed" or f.other is None or f.other.kind not in ("name", "thing"):
            continue
        fc = fact.clauses[f.other.clause] if 0 <= f.other.clause < len(fact.clauses) else None
        # (the fact denies it too, by a word on it: "a continent with no permanent residents")
        if re.search(rf"\b(?:no|without)\s+(?:[\w-]+\s+){{0,2}}{re.escape(f.other.text)}", fact.text, re.I):
            continue
        if act_rel in ("same", "broader") and fact_act is not None:
            # (the slot: where the fact puts the claim's other ones; never the doer's, unless the claim's are there)
            slots = {croles(g.other, fact) for k2, g in enumerate(ordered) if g.status == "backed" and g.other is not None
                     and g.part.role != "not" and claim_roles[k2] != "subj" and g.part.kind in ("name", "thing")
                     and g.other.clause == fact_act.clause}
            denied_here = f.other.clause == fact_act.clause and fc is not None and not fc.negated \
                and (croles(f.other, fact) in slots or croles(f.other, fact) not in ("subj", "giver"))
        else:
            denied_here = act_rel == "none" and fc is not None and not fc.negated \
                and croles(f.other, fact) in CORE | {"with"}
        if denied_here:
            note = f"polarity: the claim denies {f.part.text}, the fact has it"
            ordered = ordered[:k] + (Finding(f.part, "conflict", f.other, note),) + ordered[k + 1:]
            conflicts.append(note)
        elif not (fc is not None and fc.negated):
            # (named elsewhere in the fact, it backs nothing of the denial)
            ordered = ordered[:k] + (Finding(f.part, "unbacked", None, f"'{f.part.text}' (denied; the fact has it otherwise)"),) \
                + ordered[k + 1:]
    # what the fact sets aside where the claim has it: "sells in shops" against "sold through demonstrations
    # rather than in shops", "opened in London" against "opened not in London but in Oxford"
    # (not where the claim denies it too: "was not sold in shops")
    if act_rel in ("same", "broader") and not c.negated:
        denials = [q for q in fparts if q.kind == "mod" and q.role == "not" and q.words == ("not",)]
        for k, f in enumerate(ordered):
            # (unbacked, or met only by the word somewhere in the fact: the word the denial holds)
            if not (f.status == "unbacked" or f.status == "backed" and f.other is None) \
                    or f.part.kind not in ("name", "thing") or f.part.role == "not" or f.part.detail:
                continue
            q = next((q for q in denials if re.search(rf"\b{re.escape(f.part.text)}\b", q.text, re.I)), None)
            if q is not None:
                note = f"polarity: the fact denies {f.part.text}, the claim has it"
                ordered = ordered[:k] + (Finding(f.part, "conflict", q, note),) + ordered[k + 1:]
                conflicts.append(note)
    # what the claim sets aside where the fact has it, under the act both tell: "made by early farmers rather than
    # by hunter-gatherers" against "made by Natufian hunter-gatherers", "printed in yellow instead of red" against
    # "printed in red" (the fact's noun that heads its phrase, in a clause it does not deny)
    if act_rel in ("same", "broader") and not c.negated and fact_act is not None \
            and not fact.clauses[fact_act.clause].negated:
        for k, f in enumerate(ordered):
            p = f.part
            if p.kind != "mod" or p.role != "not" or p.words != ("not",) or f.status != "unbacked" \
                    or not re.match(r"(?:rather than|instead of)\b", p.text, re.I):
                continue
            said = p.text.replace(" - ", "-")
            q = next((q for q in fparts if q.kind in ("name", "thing") and q.role not in ("not", "mod", "poss")
                      and not q.detail and q.clause == fact_act.clause
                      and re.search(rf"\b{re.escape(q.text)}\b", said, re.I)), None)
            if q is not None:
                note = f"polarity: the claim denies {q.text}, the fact has it"
                ordered = ordered[:k] + (Finding(p, "conflict", q, note),) + ordered[k + 1:]
                conflicts.append(note)
    # "The Austrian Alfréd Hajós" against "Alfréd Hajós of Hungary": a nation's word the tagger read into the person's
    # name, against the country the fact says the person is of
    for k, f in enumerate(ordered):
        p, q = f.part, f.other
        if f.status != "backed" or q is None or p.kind != "name" or q.kind != "name" or len(p.words) < 3 \
                or p.words[0] in q.words or not lexical.nationality(p.text.split()[0]) or not a_person(q.text):
            continue
        home = next((o for o in fparts if o.kind == "name" and o.role == "of" and o.anchor == q.words[-1]
                     and lexical.is_country(o.words)), None)
        if home is not None and not lexical.adjective_of_place(p.text.split()[0], home.words):
            note = f"nationality: {p.text.split()[0]} vs {home.text}"
            ordered = ordered[:k] + (Finding(p, "conflict", home, note),) + ordered[k + 1:]
            conflicts.append(note)
    # "Genghis Khan's son Yesüngge" against "Genghis Khan's nephew Yesüngge", "Emil Jellinek's wife" against "Mercedes,
    # the daughter of Emil Jellinek": another family relation of the same owner, to the same person, where the claim
    # names that person as the fact does (not one relation the other is a kind of, "daughter" of "descendant"; nor two
    # that may both hold, a wife who is a cousin or a niece; nor one that another relation in the claim backs, "his son
    # sold the farm to his brother Ed" against "his brother Ed bought the farm")
    for k, f in enumerate(ordered):
        p = f.part
        if f.status != "unbacked" or p.kind != "thing" or not lexical.kin(p.words[0]) or not p.words[0].isalpha():
            continue
        owner = next((o for o in parts if o.kind == "name" and o.role in ("poss", "of") and o.anchor == p.words[0]), None)
        # (or an owner both say with a pronoun, as the same sentence's subject: "Augustus dies; his grandson Tiberius
        # succeeds" against "Augustus died ... and was succeeded by his stepson Tiberius")
        pronoun = owner is None and _owned_by_pronoun(p.text, claim.text)
        if owner is None and not pronoun:
            continue
        q = next((q for q in fparts if q.kind in (("thing", "mod") if pronoun else ("thing",))
                  and lexical.kin(q.words[0]) and q.words[0].isalpha()
                  and not lexical.same_thing(p.words[0], q.words[0]) and not lexical.kind_above(p.words[0], q.words[0])
                  and not lexical.kind_above(q.words[0], p.words[0]) and not _may_both_hold(p.words[0], q.words[0])
                  and (_owned_by_pronoun(q.text, fact.text) if pronoun else any(
                      o.kind == "name" and o.role in ("poss", "of") and o.anchor == q.words[0]
                      and o.words == owner.words for o in fparts))), None)
        if q is None or any(g.other is q and g.status == "backed" for g in ordered):
            continue
        theirs, mine = _kin_person(q, fparts), _kin_person(p, parts)
        # (said with pronouns, the relation names its person on both sides: "his partner on the show" is no one's;
        # the fact's qualifies that person's name, not another noun, "his son's tutor"; and both pronouns stand for
        # one owner, each side's first doer: not "Ed Roe joined ...; his son" against "Tom Kell handed ... to his
        # nephew" (review 59))
        if pronoun and (mine is None or theirs is None or q.kind == "mod" and q.anchor not in theirs.words
                        or "poss" in (p.role, q.role)
                        or not _one_owner(claim.parts, mine, fparts, theirs)):
            continue
        if theirs is None or not any(
                g.status == "backed" and g.part.kind == "name" and (mine is None or g.part is mine)
                and lexical.same_name(g.part.text, g.part.words, theirs.text, theirs.words) in ("same", "part")
                for g in ordered):
            continue
        note = f"relation: {p.text} vs {q.text}" + (f" of {owner.text}" if owner is not None else "")
        ordered = ordered[:k] + (Finding(p, "conflict", q, note),) + ordered[k + 1:]
        conflicts.append(note)
    # "held the Blue Riband for thirty years" against "from 1909 until 1929": how long, against the span between the
    # two years the fact gives its act (a year either way: counted with both ends or not)
    if act_rel == "same" and fact_act is not None and claim_act is not None:
        for k, f in enumerate(ordered):
            p = f.part
            # (for so long on the act, "for thirty years", or a prompt's bare answer in the years it asks: "Years
            # Mauretania held the Blue Riband -> 22"; not a rate, "24 hours a day", nor how long one time took, "in
            # three hours")
            if f.status != "unbacked" or p.kind != "amount" or len(p.value) < 3 or p.value[2] != "[time]" \
                    or not (p.anchor == claim_act.words[0] and p.role == "for" or p.text.isdigit()) \
                    or re.search(rf"{re.escape(p.text)}\s+(?:a|an|per|each|every)\b", claim.text):
                continue
            # (the one span the fact writes for it, "from 1909 until 1929": not years in brackets, a life's, nor a
            # window "between" two years, nor one of two spans)
            spans = re.findall(r"\bfrom\s+(\d{3,4})\s+(?:until|till|to|through)\s+(\d{3,4})\b", fact.text)
            q = next((q for q in fparts if q.kind == "date" and q.anchor == fact_act.words[0] and q.value[0] is not None
                      and q.value[1] is not None and q.value[1] > q.value[0] and q.value[2] is None
                      and spans == [(str(q.value[0]), str(q.value[1]))]), None)
            # (and only where each name, thing, date and figure else the clause says is the fact's: not "ran the Brill
            # bakery for ten years" against the Velden mill's years; a relation aside, "her sister Mauretania")
            if q is None or any(g.status != "backed" and g.part.kind in ("name", "thing", "date", "amount")
                                and not (g.part.kind == "thing" and lexical.kin(g.part.words[0]))
                                for g in ordered if g is not f):
                continue
            # (nor where the fact's act has a place or a thing the claim leaves out: "lived for only 30 years" against
            # "lived in Velden from 1850 to 1860", the years in one place)
            if any(r.kind in ("name", "thing") and r.anchor == fact_act.words[0] and r.clause == fact_act.clause
                   and r.role not in ("subj", "by") and not r.detail and not any(g.other is r for g in ordered)
                   for r in fparts):
                continue
            span, low, high = q.value[1] - q.value[0], p.value[0] / _YEAR_SECONDS, p.value[1] / _YEAR_SECONDS
            if low - 1 <= span <= high + 1:
                ordered = ordered[:k] + (Finding(p, "backed", q, f"{p.text}: {q.text}"),) + ordered[k + 1:]
            else:
                note = f"duration: {p.text} vs {q.text} ({span} years)"
                ordered = ordered[:k] + (Finding(p, "conflict", q, note),) + ordered[k + 1:]
                conflicts.append(note)
    # "the Whirlpool Rapids above Niagara Falls" against "below Niagara Falls": the same place, on its other side (the
    # prepositions WordNet has as opposite adverbs: above and below, inside and outside, upstream and downstream)
    for k, f in enumerate(ordered):
        if f.status == "backed" and f.other is not None and f.part.kind in ("name", "thing") \
                and f.other.kind in ("name", "thing") and f.part.role != f.other.role \
                and f.part.role.isalpha() and f.other.role.isalpha() and lexical.opposite(f.part.role, f.other.role, "r"):
            note = f"opposite: {f.part.role} {f.part.text} vs {f.other.role} {f.other.text}"
            ordered = ordered[:k] + (Finding(f.part, "conflict", f.other, note),) + ordered[k + 1:]
            conflicts.append(note)
    ordered = _siblings_named(ordered, parts, fparts)
    # (an opening read as the first night backs, but it conflicts with nothing: a show opens again in another city,
    # on Broadway after its tryout, a film in cinemas after its festival premiere, "Pulp Fiction opened in US
    # cinemas in October 1994" against "premiered at Cannes in May 1994"; unless it opened before its first night,
    # "Ferula opened in 1870" against "premiered in 1872")
    if first_night and conflicts and not any(
            o.kind == "date" and o.anchor == claim_act.words[0] and r.kind == "date" and r.anchor == fact_act.words[0]
            and o.value[1] is not None and r.value[0] is not None and o.value[1] < r.value[0]
            for o in parts for r in fparts):
        return align(claim, clause, fact, first_nights=False)
    # ("evacuated three days later": a time between events, which the claim's reader may count from the dates; a
    # fact need not give it, only not give another)
    ordered = tuple(f for f in ordered if not (f.status == "unbacked" and _an_offset(f.part)))
    return Alignment(clause, ordered, act_rel, topic, tuple(dict.fromkeys(conflicts)), negation)


def _offset_the_other_way(p: Part, fparts: Sequence[Part]) -> Part | None:
    """The fact's time between events said the other way from the same event as the claim's ``p`` ("weeks after the
    act became law" against "weeks before the Equal Franchise Act became law"), or None."""
    if not is_offset(p) or len(p.words) < 2:
        return None
    return next((q for q in fparts if is_offset(q) and len(q.words) > 1 and same_offset(p, q)
                 and q.value[2] != p.value[2]), None)


def _an_offset(p: Part) -> bool:
    """Is ``p`` a time from the event before ("three days later"), which the reader may count?"""
    return is_offset(p) and p.resolved


def _ranked_there(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part], claim_act: Part | None,
                  fact_act: Part | None) -> bool:
    """May the fact's rank ``q`` back the claim's rank ``p``, whose noun the fact gives but does not rank itself?"""
    # not where the fact ranks the claim's noun otherwise: "First lighthouse in the US" against "first lit in 1764,
    # ... the oldest working lighthouse"
    if any(r.kind == "rank" and r.anchor == p.anchor and not _same_rank(p, r) for r in fparts):
        return False
    # nor the rank of the fact's act where the claim ranks a thing the act was not done to: "Bishop Rock's first
    # tower" against "first lit in 1858 after an earlier iron tower ... was washed away" (the act's own thing is
    # ranked by it, "first installed the Fresnel lens"; a thing the claim makes is ranked by a first making, "first
    # nylon made" / "first synthesised"; and so is one the claim's act, the fact's, is done to, "The first florin was
    # struck" / "first struck the gold florin")
    of_act = any(o.kind == "act" and o.words[0] == q.anchor for o in fparts) \
        and not any(o.kind == "act" and o.words[0] == p.anchor for o in parts) \
        and any(o.kind == "thing" and o.words[:1] == (p.anchor,) for o in parts)
    made_or_done = claim_act is not None and (lexical.makes(claim_act.words[0]) or claim_act.words[0] == q.anchor and any(
        o.kind == "thing" and o.words[:1] == (p.anchor,) and o.anchor == q.anchor for o in parts))
    done_to = any(o.kind in ("thing", "name") and o.anchor == q.anchor
                  and (p.anchor in o.words or p.anchor in o.text.lower().split()) for o in fparts)
    if of_act and not made_or_done and not done_to:
        return False
    # a count's superlative, of the claim's noun or of the fact's noun the claim names by its qualifier ("Most Tests"
    # against "200 Test matches, more than any other player"; not "the most games" for trophies), in the clause of
    # the act the claim's is ("the most Tonys won" is not backed by "received a record 16 Tony nominations")
    if p.value[1:] in (("many",), ("few",)):
        if fact_act is not None and q.clause != fact_act.clause:
            return False
        return any(o.kind in ("thing", "name", "mod") and p.anchor in o.words
                   and (o.anchor == q.anchor or lexical._singular(o.words[-1]) == q.anchor) for o in fparts)
    return True


# prefixes that make another thing of the name they are hyphened to: "off-Broadway", "non-European",
# "anti-British", "ex-Soviet", "pre-Columbian", "post-Impressionist"
_NAME_PREFIX = r"(off|non|anti|ex|pre|post)[-‐]"
_ANY_PREFIX = re.compile(rf"(?i)\b{_NAME_PREFIX}")


@lru_cache(maxsize=50_000)
def _prefixed(name: str, text: str) -> str:
    """The prefix every writing of ``name`` in ``text`` bears ("off" for "the first off-Broadway preview"), or
    "" where the name stands bare at least once."""
    # (or the name itself opens on one: "Non-Aligned Movement", "Post-Impressionist")
    own = _ANY_PREFIX.match(name)
    if own is not None:
        return own.group(1).lower()
    if not name or _ANY_PREFIX.search(text) is None:
        return ""  # (most texts have none: no search for the name)
    found = [m.group(1).lower() if m.group(1) else ""
             for m in re.finditer(rf"(?i)(?:\b{_NAME_PREFIX}|(?<![\w-])){re.escape(name)}\b", text)] if name else []
    return found[0] if found and all(f == found[0] for f in found) else ""


def _owned_by_another(p: Part, q: Part, fparts: Sequence[Part]) -> bool:
    """Does the claim's name ``p`` open with a possessor ("the Admiral's Men") or a maker's name ("Gillette
    Quattro") where the fact's shorter name ``q`` ("Men", "Quattro") has a possessor of its own that is not among
    ``p``'s words ("the Lord Chamberlain's", "Schick's")?"""
    owner = re.match(r"(.+?)['’]s\s", p.text)
    # (or a maker's name before the fact's, "Gillette Quattro" against "Schick's Quattro": a person's word, or
    # one English does not have; not "his Eighth Symphony" against "Mahler's Symphony No. 8", nor a place's,
    # "Sydney Opera House" against "Jørn Utzon's Opera House")
    maker = p.words[:-len(q.words)] if owner is None and q.words and len(p.words) > len(q.words) \
        and p.words[-len(q.words):] == q.words else ()
    if owner is None and not (maker and not lexical.is_place(maker) and all(
            not lexical.known_word(w) or lexical.person_or_place(w, 2) for w in maker)):
        return False
    head = lexical._singular(q.words[-1])
    # (the owner's anchor is the owned word's lemma, "man" for "Men"; or it stands just before, its "'s" between)
    # (against a maker's name, a firm's one word: a person named in full is the thing's maker, "Sony Walkman"
    # against "Akio Morita's Walkman")
    return any(o.kind == "name" and o.role == "poss" and (o.anchor in (q.words[-1], head) or q.at == o.at + 2) and o.words
               and not set(o.words) <= set(p.words) and not (maker and len(o.words) > 1) for o in fparts)


def _listed_with(p: Part, parts: Sequence[Part], claim: Statement) -> bool:
    """Is the thing ``p`` one of a list the claim joins with "and" or "or" in one phrase's slot ("in the high
    jump and the long jump"), not set beside another by a comma ("wins the long jump, the first Olympic title")?"""
    if p.role in CORE:
        return False  # (a phrase's list only: "2 fin whales or 3 humpbacks" says what one unit equals)
    for o in parts:
        if o is p or o.kind != "thing" or o.role != p.role or o.anchor != p.anchor:
            continue
        a, b = (p, o) if p.at < o.at else (o, p)
        if re.search(rf"\b{re.escape(a.text)}\s+(?:and|or|&)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}{re.escape(b.text)}\b",
                     claim.text, re.I):
            return True
    return False


def _bound(p: Part, claim: Statement) -> str:
    """"by" or "before" when the claim's date is one things stood by or happened before ("By 1900", "before
    1683"), not a time counted back from it ("two years before 1900"); else ""."""
    low = claim.text.lower()
    if "by " not in low and "before " not in low:
        return ""  # (most claims have neither: no pattern built for them)
    m = re.search(rf"(?:^|(?P<w>[\w-]+)\s+)(?P<p>by|before)\s+(?:the\s+)?{re.escape(p.text)}", claim.text, re.IGNORECASE)
    return m.group("p").lower() if m and (m.group("w") or "").lower() not in _COUNTED_BACK else ""


# the kin a surname is said of as a group ("the Wright brothers")
_SIBLINGS = frozenset({"brothers"})
# words before "by" or "before" that count back from its date: "two years before 1900", "just before 1700"
_COUNTED_BACK = frozenset({"year", "years", "decade", "decades", "month", "months", "week", "weeks", "day", "days",
                           "century", "centuries", "just", "shortly", "soon", "long", "right", "immediately", "little",
                           "not", "only", "well", "hours", "hour", "generation", "generations"})


def _siblings_named(ordered: tuple[Finding, ...], parts: Sequence[Part], fparts: Sequence[Part]) -> tuple[Finding, ...]:
    """"The Wright brothers" against "Orville and Wilbur Wright": the siblings of a surname are the fact's
    two or more people in one role that share it, the surname backed by one of them. (Only brothers: a
    fact's given names do not tell sisters.)"""
    out = list(ordered)
    for k, f in enumerate(ordered):
        if f.status != "unbacked" or f.part.kind != "thing" or f.part.text.lower() not in _SIBLINGS:
            continue
        surname = next((g for g in ordered if g.status == "backed" and g.part.kind == "name" and g.part.role == "mod"
                        and g.part.anchor == f.part.words[0] and g.other is not None), None)
        if surname is None:
            continue
        them = [q for q in fparts if q.kind == "name" and q.role == surname.other.role and q.anchor == surname.other.anchor
                and q.clause == surname.other.clause]
        # (or one name that joins them: "François and Pieter Hemony")
        if (len(them) >= 2 or " and " in surname.other.text) and surname.other in them:
            out[k] = Finding(f.part, "backed", surname.other)
    return tuple(out)


def _is_element(p: Part, q: Part, element: str, fparts: Sequence[Part], parts: Sequence[Part]) -> bool:
    """Is the fact's noun ``q`` the substance a claim's formula ``p`` names: the element's noun with no kind
    of its own ("nitrogen", not "heavy water" nor "Epsom salt"), or the kind its words make ("carbon dioxide",
    "sulphur dioxide" in WordNet's other spelling); and, where it qualifies another noun ("an oxygen bar", "a
    hydrogen bus"), only for a formula qualifying that noun too ("an H2 bus"; "the O2" is no oxygen bar)?"""
    kinds = _compounds(q, fparts)
    if q.words[0] == element:
        named = any(o.anchor == q.words[0] and o.role in ("mod", "poss") and o.kind == "name" and o.clause == q.clause
                    for o in fparts)
        found = not named and not any("_" in t for t in kinds)
    else:
        found = any(t == element or "_" in t and lexical.synonyms(element, t) for t in kinds)
    # (the noun a state of it: "nitrogen gas", "water vapour" are the substance all the same)
    if found and q.role == "mod" and q.anchor and q.anchor not in _STATE_NOUNS:
        return p.role == "mod" and (bool(p.anchor) and (p.anchor == q.anchor or lexical.same_thing(p.anchor, q.anchor))
                                    or q.anchor in {o.words[0] for o in parts if o.kind == "thing"})
    return found


_STATE_NOUNS = frozenset({"gas", "vapour", "vapor", "liquid", "ice", "molecule", "atom"})


_DENIAL_WORDS = frozenset({"not", "rather", "than", "instead", "of", "in", "from", "by", "at", "on", "to", "for",
                           "with", "the", "a", "an", "but"})


def _denies_the_same(mine: str, theirs: str) -> bool:
    """Do two denied phrases ("not in shops", "rather than in shops") hold the same words?"""
    def words(text: str) -> set[str]:
        return {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower()) if w not in _DENIAL_WORDS}
    mine_words = words(mine)
    return bool(mine_words) and mine_words <= words(theirs)


def _unbacked_qualifier(p: Part, ordered: Sequence[Finding]) -> bool:
    """Does a name the claim says of thing ``p`` ("the support of the Liberal party") go unbacked? (only a name:
    an unbacked thing there, "the sauce of the region", does not keep the claim from support, so the polarity
    conflict is kept)"""
    heads, seen = {p.words[-1]}, True
    while seen:
        seen = False
        for g in ordered:
            if g.part.clause == p.clause and g.part is not p and g.part.anchor in heads and g.part.role in ("of", "mod", "compound") \
                    and g.part.words[-1] not in heads:
                if g.status != "backed" and g.part.kind == "name":
                    return True
                heads.add(g.part.words[-1]); seen = True
    return False


def _said_without(p: Part, parts: Sequence[Part], statement: Statement) -> bool:
    """Does the claim itself say ``p`` (a thing, or a modifier of one) was gone without, in a "without" phrase or a
    clause it denies ("climbed Everest without supplemental oxygen", "without using ropes")?"""
    q = p if p.kind != "mod" else next((o for o in parts if o.kind == "thing" and o.clause == p.clause
                                        and o.words[-1:] == (p.anchor,)), p)
    return _with_or_without(q, parts) == "without" or (
        0 <= p.clause < len(statement.clauses) and statement.clauses[p.clause].negated)


def _with_or_without(p: Part, parts: Sequence[Part]) -> str:
    """"with" or "without" when ``p`` (a thing or a name) is what its clause is said to be had with or without,
    itself or as the word a noun after one of them is "of" ("without the seal of approval"); "" otherwise."""
    q: Part | None = p
    for _ in range(3):
        if q is None:
            return ""
        if q.role in ("with", "without"):
            return q.role
        if q.role != "of":
            return ""
        q = next((o for o in parts if o.kind == "thing" and o.clause == q.clause and o.words[-1:] == (q.anchor,)), None)
    return ""


def _phrase(q: Part, fact: Statement) -> tuple[str, ...]:
    """The words of ``q`` with the modifiers before it: "human papillomavirus"."""
    mods = [p.words[0] for p in fact.parts if p.anchor == q.words[0] and p.kind in ("mod", "thing") and p.role == "mod"]
    return tuple(mods) + q.words


def _body_named(p: Part, q: Part) -> bool:
    """Is the claim's name ``p`` the fact's ``q``, or ``q`` with only words for a body besides ("Salamanca" for
    "the University of Salamanca", not "Times" for "the New York Times")?"""
    rel = lexical.same_name(p.text, p.words, q.text, q.words)
    extra = set(q.words) - set(p.words)
    return rel == "same" or rel == "part" and bool(extra) and set(p.words) <= set(q.words) \
        and all(lexical.kind(w) == "noun.group" for w in extra)


# acts that make a body, a school, a paper: when it was made, it began
_MAKING = lexical.INCEPTION_ACTS | {"form", "set_up", "open", "charter", "incorporate"}
# what a thing does when it begins, with nothing it acts on: "Melbourne Zoo opened in 1862"
_OPENING = lexical.BEGINNING | {"open"}
# (and a building or a work dates from its making, not from when it was begun: "dates from 1452" / "built in 1452")
_BUILDING = frozenset({"build", "construct", "erect", "write", "compose", "paint", "carve", "cast", "make"})


def _slot(role: str) -> str:
    """Which side of the act a core role is on: the doer, what is done, or who receives it."""
    if role in ("subj", "giver", "topic"):
        return "doer"
    if role in ("obj", "thing", "attr"):
        return "done"
    return role


def _stands_for(candidate: str, q: Part) -> bool:
    """Is fact part ``q`` what ``candidate`` (a name as written, a thing's lemma) names?"""
    if q.kind == "pronoun":
        # the fact's own "it" ("nominated for the Nobel Prize several times but never received it")
        return q.words == ("it",) and any(v == candidate or v[:1].isupper() and candidate[:1].isupper() and
                                          lexical.same_name(candidate, name_words(candidate), v, name_words(v)) == "same"
                                          for v in q.value[:1])
    if q.kind == "name":
        if candidate[:1].isupper():
            return lexical.same_name(candidate, name_words(candidate), q.text, q.words) in ("same", "part")
        return candidate in q.words  # "the press" and "the Hogarth Press"
    # (a common noun capitalised at the start of its sentence: "Lithography is a printing method.")
    word = candidate.lower() if candidate[:1].isupper() and candidate.isalpha() else candidate
    return q.kind == "thing" and not word[:1].isupper() and lexical.same_thing(word, q.words[0])


def _agrees_alone(p: Part, q: Part) -> bool:
    """Does the fact's date ``q`` agree with the claim's ``p`` on its own, conflicting in nothing?"""
    conflicts, agreements = compare_dates([_date(p)], [_date(q)])
    return not conflicts and bool(agreements)


def _another_act_done(f: Finding, act: str, fact_act: Part, doers: Sequence[Part], fact: Statement) -> str:
    """The conflict when the name the claim has doing ``act`` (``f``, backed by a name of the fact) does
    another, unrelated act in another clause of the fact, whose doers of the claim's act are ``doers``
    ("San Domingo voted against ..., while France and Brazil abstained"); "" when it does not."""
    j = f.other.clause if f.other is not None else -1
    if j == fact_act.clause or not 0 <= j < len(fact.clauses):
        return ""
    other_act = fact.clauses[j].act
    if not other_act or lexical.act_relation(act, other_act):
        return ""
    their_verb = next((q.text for q in fact.parts if q.kind == "act" and q.clause == j), other_act)
    return f"roles: in the fact {f.part.text} {their_verb}; {' and '.join(d.text for d in doers)} {fact_act.text}"


def _made_for(p: Part, q: Part) -> bool:
    """"a patent for the phonograph" against "a patent for the telephone": two made things of
    distinct kinds after "for" on the same noun."""
    return p.role == q.role == "for" and bool(p.anchor) and p.anchor == q.anchor \
        and lexical.kind(p.words[0]) == lexical.kind(q.words[0]) == "noun.artifact" \
        and lexical.distinct_kinds(p.words[0], q.words[0])


def _amount_pairs(side: Sequence[Part]) -> dict[str, tuple] | None:
    """Each amount of one statement by the first noun written after it and before the next amount
    ("4 mph in the country and 2 mph in towns": country 4 mph, town 2 mph); None when an amount has
    none, two share one, or the noun is also written before the first amount ("the country limit was
    4 mph and the town limit 2 mph" pairs each with the noun before it)."""
    amounts = sorted((p for p in side if p.kind == "amount" and p.at >= 0 and p.value), key=lambda p: p.at)
    if len(amounts) < 2:
        return None
    pairs: dict[str, tuple] = {}
    for k, a in enumerate(amounts):
        end = amounts[k + 1].at if k + 1 < len(amounts) else 10 ** 6
        # (after the amount's own words: "23 feet 9 inches from the basket" pairs the basket, not the inches)
        own = a.at + len(a.text.split())
        after = sorted((o for o in side if o.kind == "thing" and max(a.at, own - 1) < o.at < end and o.words != a.words
                        and o.clause == a.clause), key=lambda o: o.at)
        if not after or after[0].words[0] in pairs:
            return None
        pairs[after[0].words[0]] = a.value
    if any(o.kind == "thing" and o.at < amounts[0].at and o.words[0] in pairs for o in side):
        return None
    return pairs


def _amounts_swapped(parts: Sequence[Part], fparts: Sequence[Part]) -> str:
    """The claim's amounts are the fact's, and each qualifies a word the fact has too, but another
    amount of the fact's qualifies it: "roles swapped: ..." or ""."""
    if sum(1 for p in parts if p.kind == "amount") < 2:
        return ""  # (most claims give one amount or none: nothing is paired, the fact's are not read)
    mine = _amount_pairs(parts)
    theirs = _amount_pairs(fparts) if mine else None
    if not mine or not theirs or len(set(map(str, mine.values()))) != len(mine):
        return ""
    if set(mine) != set(theirs) or sorted(map(str, mine.values())) != sorted(map(str, theirs.values())):
        # (a fact that gives more amounts, "The NBA three-point line is 23 feet 9 inches ... at the top of the arc and
        # 22 feet in the corners": two of the claim's, each where the other stands in the fact)
        crossed = [(a, b) for a in mine for b in mine if a < b and a in theirs and b in theirs
                   and mine[a] != mine[b] and mine[a] == theirs[b] and mine[b] == theirs[a]]
        if not crossed:
            return ""
        moved = [crossed[0][0]]
    else:
        moved = [w for w in mine if mine[w] != theirs[w]]
    if not moved:
        return ""
    said = {str(p.value): p.text for p in parts if p.kind == "amount"}
    told = {str(p.value): p.text for p in fparts if p.kind == "amount"}
    return (f"roles swapped: the claim has {said[str(mine[moved[0]])]} for the {moved[0]}, the fact has "
            f"{told[str(theirs[moved[0]])]}")


def _title_of_another(p: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """Is the claim's word ``p`` a title the fact gives only before a name the claim does not give? "Owen Chase
    was the captain" is not backed by the "Captain" of "Captain George Pollard Jr."."""
    titled = [q for q in fparts if q.kind == "name" and q.text.lower().split()[:1] == [p.words[0]]]
    return p.words[0] in TITLES and bool(titled) and not any(
        o.kind == "name" and set(o.words) & set(q.words[1:]) for q in titled for o in parts) \
        and not any(q.kind in ("thing", "mod") and q.words[0] == p.words[0] for q in fparts)


def _compared_apart(p: Part, q: Part) -> bool:
    """Does one of the two compare "more" and the other "less" ("more toxic" / "less toxic")?"""
    return {p.value[:1], q.value[:1]} == {("more",), ("less",)}


def _compared_phrase(head: Part, parts: Sequence[Part]) -> frozenset[str]:
    """The words of a compared noun phrase: its head and the names or nouns just before it ("diesel
    locomotives", "the Flying Scotsman")."""
    return frozenset(head.words) | {w for o in parts if o.kind in ("name", "thing", "mod") and o.role == "mod"
                                    and o.clause == head.clause and o.anchor == head.words[-1]
                                    and head.at - 3 <= o.at < head.at for w in o.words}


def _compared_swapped(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """Do the claim and the fact compare the same two things the other way round: what the claim's
    subject is compared with ("than") the fact's subject, and the other way ("The Mallard ran faster than
    the Flying Scotsman" / "The Flying Scotsman ran slower than the Mallard")?"""
    def ends(x: Part, side: Sequence[Part]) -> tuple[frozenset[str], frozenset[str]] | None:
        subj = [o for o in side if o.kind in ("name", "thing") and o.role == "subj" and o.clause == x.clause]
        than = [o for o in side if o.kind in ("name", "thing") and o.role == "than" and o.clause == x.clause]
        if len(subj) != 1 or len(than) != 1:
            return None
        return _compared_phrase(subj[0], side), _compared_phrase(than[0], side)

    mine, theirs = ends(p, parts), ends(q, fparts)
    return mine is not None and theirs is not None and mine[0] != mine[1] \
        and mine[0] == theirs[1] and mine[1] == theirs[0]


def _town_unlisted(p: Part, q: Part, fparts: Sequence[Part]) -> bool:
    """Is the claim's ``p`` a town and the fact's ``q`` another WordNet does not list ("made in Birmingham"
    against "manufactured in Wolverhampton", "founded in Pittsburgh" against "in Bradford, Pennsylvania")?
    Both "in" a place (a firm or a school is "at" one); the fact's no word WordNet knows at all, or one
    the fact gives a place it lies in. (Not the other way round: "Legnani's fouettés in Coppélia" is in
    a ballet, not a town.)"""
    # (or "at" a town's name of words English does not know, no institution's: "died at Porto Ercole" is at a town,
    # "at Balliol College" is not (round 3))
    last = q.words[-1] if q.words else ""
    at_town = q.role == "at" and not (lexical.known_as(last, "n") or lexical.known_as(lexical._singular(last), "n"))
    if p.role != "in" or q.role != "in" and not at_town or lexical.nested_places(p.words, q.words):
        return False
    if not (lexical.is_place(p.words, whole=True) and lexical.place_class(p.words) in ("city", "town")) \
            or lexical.is_place(q.words):
        return False
    # (the place the fact puts its town in, right after it: "in Bradford, Pennsylvania", "in Bow, in the
    # East End of London"; not the claim's town itself, or a place inside it: "in London" against "in Bow,
    # London")
    around = [o for o in fparts if o.kind == "name" and lexical.is_place(o.words) and (
        o.role == "locator" and o.anchor == q.words[-1] or o.role == q.role and 2 <= o.at - q.at <= 6)]
    if any(p.words[-1] in o.words or lexical.holds_place(p.words, o.words) for o in around):
        return False
    return bool(around) or len(q.words) == 1 and not lexical.given_name(q.words[0]) \
        and not lexical.known_as(q.words[0], "n")


def _towns_of_one_state(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """Are ``p`` and ``q`` two towns each side puts in one state or country, neither known to WordNet
    ("Stowe VT" against "Woodstock, Vermont")? Two places by their locator, whatever their names."""
    if p.words == q.words or lexical.same_name(p.text, p.words, q.text, q.words) in ("same", "part"):
        return False
    mine = [o for o in parts if o.kind == "name" and o.role == "locator" and o.anchor == p.words[-1]]
    theirs = [o for o in fparts if o.kind == "name" and lexical.is_place(o.words) and (
        o.role == "locator" and o.anchor == q.words[-1] or o.role == q.role and 2 <= o.at - q.at <= 3)]
    return any(lexical.same_name(m.text, m.words, t.text, t.words) == "same" for m in mine for t in theirs)


def _placed(q: Part) -> bool:
    """A name a place-noun says is one: "the island of Reunion", "the town of Deventer" (a noun of
    places, or of land and water: not "the collection of Smith", "the treaty of Paris")."""
    if q.kind != "name" or q.role != "of":
        return False
    return lexical.kind(q.anchor) == "noun.location" or lexical.landform(q.anchor)


# ranks a name may open with, of the forces and of the sea
# (written out: ``_RANK_SHORT`` gives the full word of one written short)
_RANKS = frozenset({"captain", "major", "colonel", "general", "lieutenant", "admiral", "commander", "sergeant",
                    "corporal", "commodore", "brigadier", "marshal"})
_RANK_SHORT = {"capt": "captain", "col": "colonel", "gen": "general", "lt": "lieutenant", "cdr": "commander",
               "sgt": "sergeant", "cpl": "corporal", "adm": "admiral", "maj": "major", "brig": "brigadier"}
# words that open a compound rank before its head ("Lieutenant Colonel", "Major General", "Rear Admiral")
_RANK_PREFIX = frozenset({"lieutenant", "major", "brigadier", "rear", "vice", "field", "staff", "master", "first",
                          "lance", "chief", "flight", "wing", "squadron", "sub"})


def _rank_head(name: str) -> str:
    """The rank a name opens with, by its head word ("Lt. Col. Oliver North": "colonel"), or ""."""
    words = _rank_words(name)
    return words[-1] if words and words[-1] in _RANKS else ""


# what is designed by drawing it: a typeface, a logo, an emblem
_DRAWN_DESIGNS = frozenset({"typeface", "font", "type", "logo", "logotype", "emblem", "insignia", "crest", "seal", "flag",
                            "badge", "poster", "banknote", "stamp", "letterform", "alphabet", "symbol", "trademark",
                            "mascot", "monogram", "wordmark", "livery", "arms", "icon", "pattern", "blueprint"})


# words for an event's holding, said of the event in the passive: "is held", "is run", "is staged"
_HELD = frozenset({"hold", "run", "stage", "contest"})


def _an_event(o: Part) -> bool:
    """Is a name or a thing an event: the whole of it by WordNet ("Kentucky Derby", "Tour de France"), a word of it
    that names a doing ("the Boston Marathon", "the Boat Race", "the Preakness Stakes"), or a race's name ("the Brill
    Stakes", "the Lincoln Handicap")? Not "the Stanley Cup", "the Jules Rimet Trophy", "Shergar", "the Zinoviev
    letter": what is held is kept there."""
    return lexical.kind("_".join(o.words)) in ("noun.event", "noun.act") \
        or any(lexical.names_a_doing(w) for w in o.words) \
        or o.kind == "name" and len(o.words) > 1 and o.words[-1] in _RACE_NAMES


# the last word of a race's or a tournament's name, which WordNet does not take for an event: "the Brill Stakes"
_RACE_NAMES = frozenset({"stakes", "derby", "handicap", "oaks", "guineas", "classic", "open", "prix", "national"})


def _act_relation(a: str, b: str, parts: Sequence[Part], fparts: Sequence[Part], text: str = "") -> str:
    """``lexical.act_relation``, but "drawn by" for "designed by" only of a design made on paper, a typeface, a
    logo: not "the Teddy bear, drawn by Clifford Berryman" in a cartoon, nor "the charter drafted by Hamilton"."""
    rel = lexical.act_relation(a, b)
    # "The Preakness is held at Saratoga" against "is traditionally run at Pimlico": two words for holding an event,
    # said of the event itself (passive, no one holding it: not "Ruth ran the club" against "held the record", nor "was
    # run by Vero" against "was held by the Crown")
    # (what is held an event on each side, by WordNet: not a trophy kept, "The Stanley Cup is held at the Hockey Hall
    # of Fame" against "was first contested in Montreal", nor a horse, "Shergar was held for ransom" against "was run
    # in the Derby", nor a will contested and kept)
    if not rel and a != b and {a, b} <= _HELD and all(
            not any(o.anchor in (a, b) and o.role in ("subj", "by") for o in side)
            and any(o.anchor in (a, b) and o.role == "obj" and o.kind in ("name", "thing") and _an_event(o)
                    for o in side)
            for side in (parts, fparts)):
        return "same"
    # ("holds" is a taking place only of an event held, or of what is held, passive: not "The British Museum holds
    # the Rosetta Stone" against "the unveiling of the Rosetta Stone took place at the British Museum", nor "holds
    # the record")
    if rel == "same" and a != b and {a, b} == lexical.HAPPENING:
        side = parts if a == "hold" else fparts
        held = [o for o in side if o.kind in ("thing", "name") and o.role == "obj" and o.anchor == "hold"]
        # (active: one who holds it; a passive's subject, "The festival is held in June", is the event itself)
        if any(o.role == "subj" and o.anchor == "hold" for o in side) and any(
                o.kind == "name" or lexical.kind(o.words[-1]) not in ("noun.event", "noun.act", "noun.group", "noun.time")
                for o in held):
            return ""
    # ("started" is a setting up only of what it started, a firm or a school, not "started work on the
    # Thames Tunnel", "started the Salt March", "started production": an act, an event or nothing named)
    if rel == "same" and a != b and {a, b} <= lexical.SETTING_UP and "start" in (a, b):
        started = [o for o in (parts if a == "start" else fparts) if o.kind in ("thing", "name") and o.role == "obj"
                   and o.anchor == "start"]
        if not started or any(o.kind == "thing" and lexical.kind(o.words[-1]) in (
                "noun.act", "noun.event", "noun.process", "noun.time", "noun.state") for o in started):
            return ""
    # ("started out" is a setting up only of what started out, a firm, not a person: "He started out as a clerk",
    # "Carnegie started out as a messenger" when the other side has Carnegie found something; nor a setting off:
    # "started out from Camp Dubois")
    if rel == "same" and a != b and "start_out" in (a, b):
        mine, theirs = (parts, fparts) if a == "start_out" else (fparts, parts)
        founders = {o.text for o in theirs if o.kind == "name" and o.role == "subj"} if any(
            o.role == "obj" and o.kind in ("thing", "name") for o in theirs) else set()
        if any(o.anchor == "start_out" and (o.role == "from" or o.role == "subj" and (
                o.kind == "pronoun" or o.kind == "name" and (lexical.given_name(o.text.split()[0]) or o.text in founders)
                or o.kind == "thing" and lexical.kind(o.words[-1]) == "noun.person")) for o in mine):
            return ""
    # ("brought out" is a launch only of a product: not "Rescuers brought out 33 miners" against "Chile launched
    # the rescue of 33 miners", people brought out of a place, or a doing launched)
    if rel == "same" and a != b and {a, b} & {"bring_out", "roll_out"}:
        brought = [o for o in (*parts, *fparts) if o.kind in ("thing", "amount") and o.role == "obj"
                   and o.anchor in (a, b)]
        # (people, counted or with no sense of a made thing: not "its S 50 shaver", a "shaver" first a boy)
        if any(lexical.kind(o.words[-1]) in ("noun.act", "noun.event", "noun.process")
               or lexical.kind(o.words[-1]) in ("noun.person", "noun.group") and (
                   o.kind == "amount" or "noun.artifact" not in lexical.kinds(o.words[-1])) for o in brought):
            return ""
    # ("cut 'One O'Clock Jump' for Columbia" against "recorded ... for Decca": a rare sense of the claim's verb
    # that is a kind of the fact's, where what it was done to is a recording, a title in quotes or a record's
    # noun, as the fact's is: not "cut the ribbon" against "recorded the opening")
    def recording(o: Part, side: Sequence[Part], act: str) -> bool:
        return o.role == "obj" and o.anchor == act and (
            o.kind == "thing" and lexical.kind(o.words[-1]) == "noun.communication"
            or o.kind == "name" and (side is fparts or _quoted_title(o.text, text)))
    if not rel and lexical.kind_in_some_sense(a, b) and any(recording(o, parts, a) for o in parts) \
            and any(recording(o, fparts, b) for o in fparts):
        return "same"
    # ("The guttie arrived around 1858" against "was introduced in 1848": a made thing's arriving is its bringing
    # out, where what arrived is what the other side brings out, and a made thing, a stuff, a food or an idea: not
    # "Winnie arrived at the zoo", "the bill arrived", nor a ship that arrived where it was launched)
    if not rel and (a in lexical.ARRIVING and b in lexical.BRINGING_OUT or b in lexical.ARRIVING
                    and a in lexical.BRINGING_OUT):
        (arriving, side), (bringing, other) = ((a, parts), (b, fparts)) if a in lexical.ARRIVING \
            else ((b, fparts), (a, parts))
        doers = [o for o in side if o.anchor == arriving and o.role == "subj"]
        # (what arrived is what was brought out, or a word of it: "MIDI arrived" / "the MIDI standard was introduced";
        # not the one who brought something out, "Apple emerged" / "Apple released the iMac", nor a word of a word
        # of it, "the storm arrived" / "a storm warning system was introduced")
        brought = [o for o in other if o.anchor == bringing and o.role == "obj" and o.kind in ("thing", "name")]
        brought += [m for m in other if m.role == "mod" and m.kind in ("thing", "name")
                    and any(m.anchor == o.words[-1] for o in brought)]
        if doers and all(_brought_out_thing(o) for o in doers) \
                and any(d.words[-1] == o.words[-1] for d in doers for o in brought):
            return "same"
    # ("Royal Charter lost off Anglesey", "all 15 crew lost" against "sank", "died": lost with nothing lost, a ship
    # or a life, is its end; not "lost their homes", "lost its trademark status", "lost to Frazier")
    if not rel and (a == "lose" and b in lexical.PERISHING or b == "lose" and a in lexical.PERISHING):
        side, other, ended = (parts, fparts, b) if a == "lose" else (fparts, parts, a)
        # (a named doer of "lost" is a ship or a craft only where the other side wrecks that very one: "San Juan
        # lost at Red Bay" / "the galleon San Juan sank"; not "Carter lost in 1980" / "Carter died")
        # (a count of those lost is lives lost, whatever names the line gives: "all 15 crew lost")
        named = [o for o in side if o.anchor == "lose" and o.role == "subj" and o.kind == "name"] if not any(
            o.anchor == "lose" and o.role == "subj" and o.kind == "amount" for o in side) else []
        wrecked = [o for o in other if o.anchor == ended and o.role == "subj" and o.kind == "name"]
        if not any(o.anchor == "lose" and (o.role in ("to", "against") or o.role == "obj" and not _lost_passive(o, side))
                   for o in side) and (not named or ended in lexical.WRECKING and any(
                       lexical.same_name(n.text, n.words, w.text, w.words) in ("same", "part")
                       for n in named for w in wrecked)):
            return "same"
    if rel == "same" and a != b and {a, b} <= lexical.DRAWING_UP:
        # (what was drawn or designed: a design on one side at least, and nothing else on either)
        made = [o for o in (*parts, *fparts) if o.kind in ("thing", "name") and o.role == "obj"
                and o.anchor in lexical.DRAWING_UP]
        # (a thing that is the design's name on the other side is the design: "Courier was drawn" against
        # "the Courier typeface was designed")
        names = {x.words for x in (*parts, *fparts) if x.role == "mod" and x.kind in ("name", "thing", "mod")
                 and x.text[:1].isupper()}
        if not any(o.kind == "thing" and o.words[-1] in _DRAWN_DESIGNS for o in made) or any(
                o.kind == "thing" and o.words[-1] not in _DRAWN_DESIGNS and o.words not in names for o in made):
            return ""
    return rel


def _lost_passive(o: Part, side: Sequence[Part]) -> bool:
    """Is ``o`` the subject of "was lost" (a passive's subject is read as its object), what was lost, not what
    someone lost: the thing of "the ship was lost", not of "they lost their homes"?"""
    return not any(x.anchor == "lose" and x.clause == o.clause and x.role == "subj" for x in side)


def _brought_out_thing(o: Part) -> bool:
    """May the doer of an arriving be a thing brought out: a made thing, a stuff, a food or an idea (not a ship or a
    rocket, which arrive after their launch), or a name that is no person's ("MIDI")?"""
    if o.kind == "thing":
        return lexical.kind(o.words[-1]) in _MADE_KINDS and not lexical.conveyance(o.words[-1])
    return o.kind == "name" and not lexical.given_name(o.text.split()[0]) and lexical.not_a_person(o.text)


# WordNet's classes of what comes into use when it is brought out: a made thing, a stuff, a food, an idea (and a
# word WordNet does not know, "the guttie")
_MADE_KINDS = frozenset({"noun.artifact", "noun.substance", "noun.food", "noun.cognition", ""})


def _quoted_title(name: str, text: str) -> bool:
    """Is the name written in quotation marks in the claim's text, a title ('cut "One O'Clock Jump"')?"""
    return re.search(rf'["“][^"”]*\b{re.escape(name)}["”]', text) is not None


def _town_after_town(first: Part, second: Part) -> bool:
    """Are two names, one right after the other, both towns or cities ("Portland, Boise"): two places of
    a list, not a place and its locator ("Portland, Maine", "Oriel Chambers, Liverpool")?"""
    return lexical.place_class(first.words) in ("city", "town") and lexical.place_class(second.words) in ("city", "town")


def _rank_words(name: str) -> tuple[str, ...]:
    """The words of the rank a name opens with, written out ("Lt. Gen. X": ("lieutenant", "general"))."""
    words = [_RANK_SHORT.get(w.lower().rstrip("."), w.lower().rstrip(".")) for w in name.split()]
    k = 0
    while k < len(words) and (words[k] in _RANKS or words[k] in _RANK_PREFIX):
        k += 1
    return tuple(words[:k])


def _other_rank(claimed: str, fact: str) -> bool:
    """Do two names open with two different ranks ("Captain Walter Wingfield" / "Major Walter Wingfield")?
    Not a rank written short ("Gen." / "General"), nor a compound rank and its head ("General" for a
    "Lieutenant General", "Colonel" for a "Lieutenant Colonel"); but two compounds of one head are two
    ranks ("Major General" / "Lieutenant General", "Rear Admiral" / "Vice Admiral")."""
    a, b = _rank_head(claimed), _rank_head(fact)
    if a and b and a == b:
        wa, wb = _rank_words(claimed), _rank_words(fact)
        return len(wa) > 1 and len(wb) > 1 and wa != wb
    return bool(a and b) and a != b


def _aside_doer(f: Finding, claim_role: str, claim: Statement, parts: Sequence[Part], fact: Statement,
                fact_act: Part, aside_doers: Sequence[Part]) -> Finding | str | None:
    """Is the claim's doer (finding ``f``) whom the fact's main clause did something to, where a participle
    aside of the fact tells the act with a doer of its own ("Mahut won the final set" against "Isner beat
    Mahut ..., winning the final set")? Then a conflict ("who: ..."); or, against some such act of the
    claim's, not the one the aside tells of, an unbacked finding ("Stallard hit a home run in 1961" against
    "Maris homered off Stallard, hitting his 61st"); else None."""
    if not (f.status == "backed" and f.part.kind == "name" and claim_role in ("subj", "recipient")
            and f.other is not None and f.other.kind == "name" and f.other.clause != fact_act.clause
            and canonical_role(f.other, fact) == "obj" and 0 <= f.other.clause < len(fact.clauses)
            and fact.clauses[f.other.clause].main and aside_doers
            and a_person(f.part.text) and (not lexical.known_word(f.part.words[-1])
                                           or lexical.person_or_place(f.part.text.split()[-1], 2))
            and not any(lexical.same_name(f.part.text, f.part.words, d.text, d.words) in ("same", "part")
                        for d in aside_doers)):
        return None
    if any(p.kind == "thing" and p.role == "obj" and re.search(
            rf"\b(?:a|an|one|some|several|many|two|three)\s+(?:[\w-]+\s+){{0,2}}{re.escape(p.text)}\b",
            claim.text, re.IGNORECASE) for p in parts):
        return Finding(f.part, "unbacked", None, f"'{f.part.text}' (in the fact, not as the one who did it)")
    return f"who: {f.part.text} vs {aside_doers[0].text} ({f.part.text} is in the fact, not as the one who did it)"


def _done_to_doer(parts: Sequence[Part], fparts: Sequence[Part], fact_act: Part) -> bool:
    """Is the claim's doer a name the fact's act ``fact_act`` was done to, or by whom, to whom or from whom
    it was done ("lost to the Mets", "bought from Google"), in any of the fact's clauses ("Faldo beat
    Norman to win the Masters")? Not a doer of the fact's own."""
    # (a plain noun only as the doer of an act with a partner of its own, "the home side lost the final to
    # the visitors": not "The Savoy hotel closed in 1889" against "Carte opened the Savoy hotel in 1889")
    partnered = any(o.role in ("obj", "to", "from", "against") for o in parts if o.kind in ("name", "thing"))
    doers = [p for p in parts if (p.kind == "name" or p.kind == "thing" and partnered) and p.role == "subj"]
    return any(q.kind == p.kind and q.role in ("obj", "against", "over", "to", "from", "by", "recipient") and (
        lexical.same_name(p.text, p.words, q.text, q.words) in ("same", "part") if p.kind == "name" else p.words == q.words)
        for p in doers for q in fparts)


def _people_of(p: Part, place: tuple[str, ...]) -> bool:
    """Is the one-word name ``p`` the people of ``place`` ("the French" of France)? As the doer, they
    are the country: "the French gave up Canada" / "France gave up Canada"."""
    return len(p.words) == 1 and lexical.adjective_of_place(p.words[0], place)


def _titles(parts: Sequence[Part], before_only: bool = False) -> dict[Part, str]:
    """Each name's title, a noun for a person written next to it: before it ("the meteorologist
    Robert Simpson") or after it, in apposition ("Herbert Saffir, a meteorologist"); with ``before_only``
    the first kind alone (a noun a few words after a name may be another's: "Junko Tabei of Japan became
    the first woman ...")."""
    names = [p for p in parts if p.kind == "name" and p.at >= 0]
    out: dict[Part, str] = {}
    for t in parts:
        if t.kind != "thing" or t.at < 0 or lexical.kind(t.words[0]) != "noun.person":
            continue
        near = [n for n in names if n.clause == t.clause]
        # (a name's part ``at`` is its last word: the title stands just before its first)
        before = next((n for n in near if n.at - len(n.words) == t.at), None)
        after = max((n for n in near if n.at + 2 <= t.at <= n.at + 4), key=lambda n: n.at, default=None)
        name = before if before_only else before or after
        # (the nearest name on that side: "Saffir, a meteorologist, and Simpson" gives Saffir the title)
        if name is not None and name not in out and not any(
                n is not name and (n.at < t.at) == (name.at < t.at) and abs(n.at - t.at) < abs(name.at - t.at) for n in near):
            out[name] = t.words[0]
    return out


def _cast(parts: Sequence[Part], text: str) -> dict[Part, Part]:
    """Each name's "as": in "portrays Jews as mice, Germans as cats", the thing after "as" belongs to
    the name just before it (the parse hangs it on the verb, the name or the thing before); a name after
    "as" too ("cast Leonardo DiCaprio as Romeo and Claire Danes as Juliet"), where "as" is written before it
    (the parse may list the next holder with it)."""
    out: dict[Part, Part] = {}
    shown = sorted((t for t in parts if t.role == "as" and t.at >= 0 and (t.kind == "thing" or t.kind == "name" and re.search(
        rf"\bas\s+(?:(?!and\b)[\w'’-]+\s+){{0,2}}{re.escape(t.text)}\b", text))), key=lambda t: t.at)
    last = -1
    for t in shown:
        name = max((n for n in parts if n.kind == "name" and n.clause == t.clause and last < n.at < t.at),
                   key=lambda n: n.at, default=None)
        if name is not None:
            out[name] = t
        last = t.at
    return out


def _same_word(x: str, y: str) -> bool:
    """Are words ``x`` and ``y`` one thing, either way round ("mouse" / "mice", "car" / "automobile")?"""
    return lexical.same_thing(x, y) or lexical.same_thing(y, x)


def _qualifiers(t: Part, parts: Sequence[Part], skip: Part | None = None) -> list[str]:
    """The words that qualify thing ``t`` ("god of war": war; "family car": family), each given to the
    nearest thing with that head word (two "god"s in one fact keep their own)."""
    same_head = [o for o in parts if o.kind == "thing" and o.clause == t.clause and o.words[-1:] == t.words[-1:]]
    out = []
    for q in parts:
        if q.clause != t.clause or q.anchor != t.words[-1] or q.role not in ("of", "mod", "compound") \
                or q.kind not in ("thing", "name", "mod") or q is t or q is skip:
            continue
        if min(same_head, key=lambda o: abs(o.at - q.at)) is t:
            out.append(q.words[-1])
    return out


def _same_cast(a: Part, b: Part, pa: Sequence[Part] = (), pb: Sequence[Part] = (), holder: Part | None = None) -> bool:
    """Is ``a`` (the claim's) the thing ``b`` is: the same head word, and whatever qualifies ``a`` ("god of
    war") qualifying ``b`` too ("god of doors" is another); not the claim's own name, which the parse may
    hang on its thing ("England = unicorn")."""
    if not _same_word(a.words[-1], b.words[-1]):
        return False
    theirs = _qualifiers(b, pb)
    return all(any(_same_word(q, r) for r in theirs) for q in _qualifiers(a, pa, holder))


def _cast_claimed(parts: Sequence[Part], clause: Clause, text: str) -> dict[Part, Part]:
    """What a claim's clause says its name is ("Germans = pigs", "the Germans are cats") or shows it as."""
    out = _cast(parts, text)
    # (an equals sign between two words says it whatever the parse makes of the line: "Foxes = owls, Hares = bears")
    for m in re.finditer(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)\s*=\s*([A-Za-z][\w'’-]*)", text):
        holder = next((p for p in parts if p.kind in ("name", "thing") and p.text == m.group(1)), None)
        what = next((p for p in parts if p.kind in ("thing", "act") and p.text == m.group(2)), None)
        if holder is not None and what is not None:
            out[holder] = what
    if clause.copula:
        subj = [p for p in parts if p.kind == "name" and p.role == "subj" and not p.detail]
        attr = [p for p in parts if p.kind == "thing" and p.role == "attr" and not p.detail]
        if len(subj) == 1 and len(attr) == 1:
            out[subj[0]] = attr[0]
    return out


def _until(p: Part, text: str) -> bool:
    """Is the date ``p`` where a span ended ("until 1991", "till 1914", "up to 2004")? Not "not published until
    1777", which dates the act itself."""
    if "until" not in text and "till" not in text and "up to" not in text:
        return False  # (most texts have none: no pattern to build)
    date = rf"\b(?:until|till|up\s+to)\s+(?:the\s+)?(?:end\s+of\s+)?{re.escape(p.text)}\b"
    return re.search(date, text) is not None and re.search(rf"\b(?:not|n't|never)\b[^.;,]*{date}", text) is None


def _first_night(act: str, parts: Sequence[Part]) -> str | None:
    """"premiere" for a premiere or a debut with nothing premiered (a work's own, "Nabucco premiered at La Scala"; not
    "the Met premiered La fanciulla del West", "Apple debuted the Mac Pro", a venue's or a maker's), "open" for an
    opening with nothing opened (a show's first night, "the opera opened at La Fenice"; not "opened the bridge",
    "opened with Faust", "opened for Roy Orbison", a support act, nor "opened at $42.05", a share's first trade),
    None otherwise."""
    if act in lexical.FIRST_SHOWING or act == "premier":
        return "premiere" if not any(o.anchor == act and o.role == "obj" for o in parts) else None
    if act == "open" and not any(o.anchor == "open" and (o.role in ("obj", "with", "for") or o.kind == "amount")
                                 for o in parts):
        return "open"
    return None


def _same_work(o: Part, r: Part) -> bool:
    """Do a claim's subject ``o`` and a fact's ``r`` name the same work: the same name, or one a part of the other
    ("Nabucco" / "Verdi's Nabucco"), or the same thing's words?"""
    if o.kind == r.kind == "name":
        return lexical.same_name(o.text, o.words, r.text, r.words) in ("same", "part")
    return o.kind == r.kind and o.words == r.words


def _starting_from(j: int, fact: Statement, fparts: Sequence[Part]) -> bool:
    """Is the fact's clause ``j`` a participle of starting that dates the act it hangs on: "became the first
    goaltender to wear a mask regularly, starting on 1 November 1959"? Its date is when that act began, no act of
    its own (not one that starts something, "starting a war in 1939", nor a finite clause, "when he started").
    Only where the fact tells a first, which happened once, on that date: an act that went on from it ("served as
    prime minister for eleven years, beginning in 1979", "ran between Paris and Istanbul, beginning in 1889") was
    still done in any later year, which the date does not deny."""
    if not 0 <= j < len(fact.clauses):
        return False
    c = fact.clauses[j]
    return c.act in ("start", "begin") and c.dep == "advcl" and not c.finite and not any(
        o.clause == j and o.role in ("obj", "attr") for o in fparts) and any(
        o.kind == "rank" and o.value[:1] == (1,) and o.main for o in fparts)


def _work_year(q: Part, fact: Statement) -> bool:
    """Is the fact's date ``q`` a year in brackets after a work's name, which the fact dates its act by otherwise
    ("DreamWorks' Shrek (2001) won the first Academy Award ..., presented in 2002", "Casablanca (1942) won Best
    Picture in 1944"): the work's year, not the act's? Not a place's or an event's ("Berlin (1936)"), nor where
    the other date is another clause's, with a doer of its own ("Woodstock (1969) drew 400,000 people, and an
    anniversary festival followed in 1994")."""
    # (the year written once in the fact, so the bracket is this date's; and no act told again, "re-released in
    # 1997", "topped the charts in 1942 and again in 1945": the bracket year is then the first time)
    if q.kind != "date" or "(" not in fact.text or not re.fullmatch(r"\d{4}", q.text) or fact.text.count(q.text) != 1 \
            or re.search(r"\bagain\b|\bre-?[a-z]+ed\b", fact.text, re.I):
        return False
    named = re.search(rf"([A-Z][\w'’.-]*)\s*\(\s*{re.escape(q.text)}\s*\)", fact.text)
    # (the name of the clause's doer or of what it was done to, not where: "at Berlin (1936)")
    if named is None or not any(o.kind == "name" and o.clause == q.clause and o.role in ("subj", "obj")
                                and o.text.split()[-1] == named.group(1) for o in fact.parts):
        return False
    # (the other date, of the same clause or of a participle on it, with no doer of its own: "presented in 2002")
    return any(o.kind == "date" and o is not q and o.value != q.value and 0 <= o.clause < len(fact.clauses) and (
        o.clause == q.clause or fact.clauses[o.clause].dep in ("acl", "advcl") and not fact.clauses[o.clause].finite)
        for o in fact.parts)


# "all at Antwerp 1920", "both in 1936", "each of them in Paris": where or when every one of them was
# (not "both in London and in Paris", which lists; what follows stops at a list's "and")
_ALL_AT = re.compile(r"\b(?:all|both|each)(?:\s+of\s+them)?\s+(at|in)\s+((?:(?!\band\b)[^,;.()])+)"
                     r"(?!.*\band\s+(?:at|in)\b)", re.IGNORECASE)


def _another_of_the_same(mine: Part, backer: Part, q: Part, parts: Sequence[Part], fact: Statement) -> bool:
    """Is the fact's part ``q`` another place or date beside ``backer`` (the fact's part that backs the claim's
    ``mine``), one the claim names nowhere?"""
    # (said of the same thing or act as the claim's: not "... and Olympic singles gold at Beijing", where another
    # thing won stands between)
    # (a count between the two, or a noun neither the claim nor the fact before them names: "and two more at
    # Moscow"; not "... the double sculls at Paris" after "in the single and double sculls at Antwerp")
    lo, hi = min(backer.at, q.at), max(backer.at, q.at)
    claimed = {w for p in parts for w in p.words}
    before = {w for o in fact.parts if o.at < lo and o.kind in ("thing", "name", "amount") for w in o.words}
    if q is backer or q.anchor != backer.anchor or any(
            lo < o.at < hi and (o.kind == "amount" or o.kind == "thing" and o.role not in ("mod", "poss", "of")
                                and not set(o.words) & (claimed | before)) for o in fact.parts):
        return False
    if mine.kind == "date":
        def apart(x: Part) -> bool:  # (no year of the one within the other's)
            return q.value[0] > x.value[1] or q.value[1] < x.value[0]
        # (nor a date the claim gives too, of something else: "all in 1920 at Antwerp and a silver in 1924")
        return bool(q.value and mine.value) and apart(mine) and not any(
            p.kind == "date" and p.value and not apart(p) for p in parts)
    # (not a place that holds the claim's or lies in it: "all at Antwerp" against "at Antwerp, Belgium")
    return q.role in PLACES and mine.role in PLACES and lexical.is_place(q.words) and not any(
        p.kind == "name" and (lexical.name_relation(q.words, p.words) in ("same", "part")
                              or lexical.nested_places(q.words, p.words) or lexical.nested_places(p.words, q.words))
        for p in parts) and not lexical.nested_places(q.words, backer.words) \
        and not lexical.nested_places(backer.words, q.words) \
        and not re.search(rf"{re.escape(backer.text)}\s*(?:,|\bin\b)\s*(?:the\s+)?{re.escape(q.text)}", fact.text)


_ONE_OF = re.compile(r"\b(?:a|an|another|one|some|his|her|its|their|our|my|your)\s+(?:[\w'’&.-]+\s+){0,4}?")


def _one_of_a_kind(q: Part, s: Statement) -> bool:
    """Is thing ``q`` one of its kind, not the kind itself ("launched a search engine", "founded his
    company", against "invented the piano")? Founding one does not make it the first of them."""
    return re.search(_ONE_OF.pattern + re.escape(q.text) + r"\b", s.text, re.IGNORECASE) is not None


def _only_qualifies(q: Part, s: Statement) -> bool:
    """Does name ``q`` only say whose a person in a core role of its clause is ("Caesar's friend",
    "Kennedy's assassin")?"""
    # (a possessive on a noun for a person: a name before a noun names it more often than not, "the
    # Kodachrome film", "the Apollo 8 astronaut William Anders")
    if q.role != "poss":
        return False
    core = ("subj", "obj", "attr", "dative")
    if lexical.kind(q.anchor) == "noun.person" and any(o.role in core for o in _heads(q, s)):
        return True
    # (or on the person noun before the name of the one in that role, wherever the parser hangs the
    # possessive: "Gandhi's assassin Nathuram Godse was hanged", "Edison's assistant Francis Upton")
    return any(o.kind == "thing" and o.role == "mod" and o.clause == q.clause and lexical.kind(o.words[0]) == "noun.person"
               and q.anchor in (o.words[0], o.anchor) and any(
                   n.kind == "name" and n is not q and n.role in core and n.clause == q.clause and o.anchor in n.words
                   for n in s.parts) for o in s.parts)


# prepositions that put a noun of an act at a time: its clause's doer did something else then
_TIME_PREPS = frozenset({"after", "before", "during", "following", "since", "until", "till", "amid", "throughout"})
# acts of being at, looking on or marking an event, which its noun's doer does not do
_LOOKING_ON = frozenset({"attend", "witness", "watch", "see", "observe", "describe", "report", "cover", "celebrate",
                         "mourn", "protest", "host", "congratulate", "address", "anchor", "broadcast", "film",
                         "photograph", "miss", "survive", "welcome", "praise", "condemn", "criticize", "criticise",
                         "commemorate", "mark", "fund", "finance", "charter", "organize", "organise", "prepare", "be"})


# nouns of asking someone to do a thing: after "at" or "on", their "of" names who asked
_ASKING_NOUNS = frozenset({"invitation", "invite", "request", "order", "behest", "bidding", "urging", "suggestion",
                           "instigation", "instruction", "command", "advice", "recommendation", "insistence",
                           "initiative", "direction", "demand", "prompting", "encouragement", "summons", "instance",
                           "wish", "call", "entreaty", "plea", "petition"})


def _act_only_as_noun(ordered: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """The findings with the act unbacked where the fact says it only as a noun whose roles do not fit."""
    return tuple(Finding(f.part, "unbacked", f.other, f"'{f.part.text}' (only the noun '{f.other.text}')")
                 if f.part.kind == "act" and f.status == "backed" else f for f in ordered)


def _qualified_nouns(p: Part, parts: Sequence[Part]) -> set[str]:
    """The nouns a qualifier ``p`` is on: its own, and the one that noun qualifies in turn ("max car
    weight": the car's weight); in a line the parse hangs it on nothing, its clause's nouns ("N700S max
    speed: 360 km/h")."""
    if not p.anchor:
        return {o.words[0] for o in parts if o.kind == "thing" and o.clause == p.clause and o is not p}
    return {p.anchor} | {o.anchor for o in parts if o.words[:1] == (p.anchor,) and o.role == "mod"
                         and o.clause == p.clause and o.anchor}


def _on_heads(q: Part, heads: set[str], fparts: Sequence[Part]) -> bool:
    """Is the fact's qualifier ``q`` on one of ``heads`` (or on the same thing), or beside one of them on one
    noun ("ascent: max 9 m/min" against "a maximum ascent rate": the ascent's rate)?"""
    return bool(q.anchor) and any(h and (q.anchor == h or lexical.same_thing(q.anchor, h)) for h in heads) or any(
        o is not q and o.anchor == q.anchor and o.role == "mod" and o.words[0] in heads for o in fparts if q.anchor)


def _doer_field_swapped(claim: Statement, findings: Sequence[Finding], fact: Statement, role_of) -> str:
    """The conflict where a row's field is named for the doer of the fact's act ("Winner", "Founder",
    "Inventor": ``_doer_label``), the name in it is in the fact as the one the act was done to or against, and
    the fact's doer is a name the row gives elsewhere: "Year: 2019; Winner: New Zealand; Runner-up: England"
    against "England won the 2019 World Cup final against New Zealand". Else ""."""
    for mine in findings:
        if mine.status != "backed" or mine.part.kind != "name" or mine.other is None:
            continue
        verbs = _doer_label(mine.part, claim)
        # (the act the label is made from, or one defined by it: a winner is who beat the other)
        acts = [q for q in fact.parts if q.kind == "act" and not fact.clauses[q.clause].copula and any(
            q.words[0].split("_")[0] == v or lexical.kind_of_defined(q.words[0], v) or lexical.defined_by(q.words[0], v)
            for v in verbs)]
        for act in acts:
            doers = [q for q in fact.parts if q.kind == "name" and q.clause == act.clause
                     and role_of(q) in ("subj", "recipient")]
            # (parts compared by place and words: the alignment's copies are not the statement's objects)
            # (only one the act was done to or against: "with Francis Crick" did it too)
            if len(doers) != 1 or mine.other.clause != act.clause \
                    or role_of(mine.other) not in ("obj", "against", "over", "thing") \
                    or (mine.other.at, mine.other.words) == (doers[0].at, doers[0].words):
                continue
            theirs = next((f for f in findings if f.status == "backed" and f.other is not None
                           and (f.other.at, f.other.words) == (doers[0].at, doers[0].words)), None)
            if theirs is not None:
                noun = next((m.group("label").strip().lower() for m in _CARD_FIELD.finditer(claim.text)
                             if m.group("value").strip().startswith(mine.part.text)), "the doer")
                done_to = mine.other.text if mine.other.role in ("obj", "thing") \
                    else f"{mine.other.role} {mine.other.text}"
                return (f"roles swapped: the claim has {mine.part.text} as {noun}; in the fact {doers[0].text} "
                        f"{act.text} {done_to}")
    return ""


# (the parts a fact names but not as its act's doer: what it was done to, whose that was; not "with" or "and", who
# did it too, nor "for", a patron a builder or a founder is often called: "built ... for Louis XIV")
_NOT_DOERS = ("obj", "poss", "of", "mod", "thing", "against", "over")


def _agent_noun_doer(findings: Sequence[Finding], claim_roles: Sequence[str], fact: Statement, role_of) -> str:
    """The conflict where the claim calls a name by a person's noun made from the fact's act ("founder",
    "inventor") with no act of its own, that name is in the fact as something other than its doer (what the
    act was done to, or whose that was), and the fact's act has one doer the claim does not name: "The founder
    of Clown College was John Ringling" against "Irvin Feld founded Ringling's Clown College". Else ""."""
    lex = lexical._lex()
    if lex is None:
        return ""
    for noun in findings:
        # (a noun for the doer, not for the one the act is done to: "inductee", "trainee", "interviewee")
        if noun.status != "backed" or noun.part.kind != "thing" or noun.other is None or noun.other.kind != "act" \
                or len(noun.part.words) != 1 or "noun.person" not in lex.kinds(noun.part.words[0], "n", 3) \
                or noun.part.words[0].endswith("ee"):
            continue
        act = noun.other
        if act.words[0].split("_")[0] not in lex.derived(noun.part.words[0], "n", "v") \
                or fact.clauses[act.clause].copula or fact.clauses[act.clause].negated:
            continue
        # (the doer as the fact's roles have it: a winner, a buyer is the act's recipient)
        doers = [q for q in fact.parts if q.kind == "name" and q.clause == act.clause
                 and role_of(q) in ("subj", "recipient")]
        if len(doers) != 1:
            continue
        done_to = [q for q in fact.parts if q.clause == act.clause and role_of(q) == "obj" and q.kind in ("name", "thing")]
        # (the claim's name for the person: the other side of its copula, or a topic beside the noun; not the
        # noun's own "of" or qualifier, what was founded)
        names = [k for k, f in enumerate(findings) if f.part.kind == "name" and f.part.clause == noun.part.clause
                 and f.part.anchor != noun.part.words[0] and claim_roles[k] in ("subj", "attr", "topic")]
        if any(findings[k].status == "backed" and findings[k].other is not None
               and (findings[k].other.at, findings[k].other.words) == (doers[0].at, doers[0].words) for k in names):
            continue
        for k in names:
            mine = findings[k]
            # (a person's name, by its given name: "Zenith Flash-Matic, inventor Robert Adler" names the
            # thing invented beside the noun)
            if mine.status == "backed" and mine.other is not None and mine.other.clause == act.clause \
                    and len(mine.part.words) > 1 and lexical.given_name(mine.part.words[0]) \
                    and mine.other.role in _NOT_DOERS and not lexical.same_name(
                        mine.part.text, mine.part.words, doers[0].text, doers[0].words) in ("same", "part") \
                    and not _owner_of_what_was_done(mine.other, done_to):
                return (f"roles swapped: the claim has {mine.part.text} as {noun.part.text}; in the fact "
                        f"{doers[0].text} {act.text} {done_to[0].text if done_to else 'it'}")
    return ""


def _owner_of_what_was_done(q: Part, done_to: Sequence[Part]) -> bool:
    """Is the fact's possessor ``q`` one the claim may rightly call the act's doer, or not the owner of what the act
    was done to at all? A possessor named in full owns it ("Agnes Baden-Powell founded her brother Robert
    Baden-Powell's Girl Guides"); one of another noun is no one the act touched ("founded with money from
    Joseph Pulitzer's will"). Only a possessor by a short name of the thing done, "Ringling's Clown College",
    is its namesake and not its founder. ``done_to``: the fact's parts the act was done to."""
    return q.role == "poss" and (len(q.words) > 1 or not any(q.anchor in o.words for o in done_to))


def _figure_of(p: Part) -> str:
    """An amount's figure as written ("126" of "some 126 metres"), or ""."""
    m = _FIGURE.search(p.text)
    return m.group(0).rstrip(",") if m else ""


# the endings of a participle no simple past shares: "beaten", "shown", "done", "born"
_PARTICIPLE_ONLY = ("en", "wn", "ne", "rn")


def _a_beating(act: str) -> bool:
    """Is the act a beating of one side by another ("defeat", "beat", "rout": a winning over), where the one it
    is done to is not the one who does it?"""
    return act == "win" or any(f(act, w) for f in (lexical.defined_by, lexical.kind_of_defined) for w in ("win", "defeat"))


def _written_alike(o: Part, q: Part) -> bool:
    """Do two amounts give one figure as written ("four-minute" and "four-minute", "126" of "126 metres" and
    of "some 126 m")?"""
    return o.text.lower() == q.text.lower() or bool(_figure_of(o)) and _figure_of(o) == _figure_of(q)


def _taken_figures(p: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> list[Part]:
    """The fact's amounts another amount of the claim's gives as written, which the fact also says more finely:
    they are that other one's, not ``p``'s to be met by ("sub-four-minute mile -> 3:59.6" against "the first
    sub-four-minute mile, timed at 3 minutes 59.4 seconds": "four-minute" is the mile's; not a figure the claim
    converts, "24.5 km / 15.2 mi" against "24.5 km", whose 15.2 mi is the 24.5 km)."""
    theirs = [q for q in fparts if q.kind == "amount"]
    taken = [q for q in theirs if not _written_alike(p, q) and any(
        o is not p and o.kind == "amount" and _written_alike(o, q) for o in parts)]
    def width(x: Part) -> float:
        return x.value[1] - x.value[0] if len(x.value) > 2 and isinstance(x.value[0], float) else 0.0

    def finer_within(q: Part) -> bool:  # (a figure of the fact's own, in the same unit, inside ``q`` and finer)
        return any(r is not q and not any(r is t for t in taken) and len(r.value) > 2 and len(q.value) > 2
                   and r.value[2] == q.value[2] and q.value[0] <= r.value[0] and r.value[1] <= q.value[1]
                   and width(r) < width(q) for r in theirs)

    # (or one said so much more coarsely than ``p`` that it tells nothing of it: "four-minute" of "3:59.6")
    return [q for q in taken if 0 < 50 * width(p) < width(q) or finer_within(q)]


def _someone_elses(q: Part, fparts: Sequence[Part], parts: Sequence[Part]) -> bool:
    """Is the fact's amount ``q`` in a phrase on a noun the fact gives as someone's the claim does not name
    ("Spitz's record of seven gold medals", against "Phelps 7 golds at Beijing 2008")? It backs no figure of
    the claim's: that one is theirs."""
    # (the noun right before the figure's "of": not another of that word further back, "broke Beamon's long jump
    # world record with a jump of 8.95 metres"; however far the noun stands from the name, "Kell's long jump world
    # record of 8.13 metres")
    def same_noun(o: Part) -> bool:
        nouns = [x.at for x in fparts if x.kind == "thing" and x.clause == q.clause and x.words[-1:] == (q.anchor,)]
        theirs = min((a for a in nouns if a > o.at), default=None)
        of = max((a for a in nouns if a < q.at), default=None)
        return theirs is None or of is None or theirs == of

    return q.role == "of" and any(
        o.kind == "name" and o.role == "poss" and o.anchor == q.anchor and o.clause == q.clause
        and same_noun(o) and not any(x.kind == "name" and set(x.words) & set(o.words) for x in parts) for o in fparts)
