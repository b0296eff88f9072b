"""What the verdict asks of an alignment: is every core part of the clause backed (``core``,
``supports``, ``backs_core``), is what agrees specific enough to stand on (``specific_enough``,
``pinned_by_specifics``), is the act the only thing missing (``act_only_gap``), does the clause say
what a rank is of (``narrows_rank``)?
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import lexical
from .alignment import Alignment, CORE, Finding, PLACES, PLACE_CLASS, SUBSTANCE_KINDS, _heads, canonical_role
from .comparisons import TIME_WORDS, _compound, _compounds, _date, _names_kind
from .clauses import purpose
from .dates import compare_dates
from .statement import OFFICE_VERBS, RESULT_ACTS, ROUNDS, Part, Statement


def _day_weight(a: Alignment) -> int:
    """What a verbless line's dates to the day add to what pins its event: a date to the day counts
    twice ("12 Oct: first landfall, in Cuba" against the landfall of 12 October 1492 in the Bahamas),
    but only when the line names nothing else the fact does not ("22 November 1963: death of C. S.
    Lewis, in Oxford" is not Kennedy's death in Dallas that day) and the places in conflict are
    known by their whole names ("in Normandy" against "on Omaha Beach" may be one place)."""
    if any(g.part.kind == "name" for g in a.unbacked) or not all(
            lexical.is_place(g.part.words, whole=True) and lexical.is_place(g.other.words, whole=True)
            for g in a.findings if g.status == "conflict" and g.part.kind == "name" and g.other is not None):
        return 0
    return sum(1 for f in a.backed if f.part.kind == "date" and not f.part.detail and f.part.value[3] is not None)


def _pinned_by_rank(a: Alignment, claim: Statement) -> bool:
    """Does a rank the fact gives the same thing pin the clause's event ("the first Best Actress
    award went to ...")? Not a rank of the act ("first made"), nor one of someone's own ("its first
    feature"), nor with a date of the claim's left unsaid."""
    act = claim.clauses[a.clause].act
    return not any(f.part.kind == "date" and f.status != "backed" for f in a.findings) and any(
        f.status == "backed" and f.part.kind == "rank" and not f.part.detail and f.part.main
        and f.other is not None and f.other.value == f.part.value and f.other.anchor == f.part.anchor
        and f.part.anchor != act and not _owned(claim, f.part)
        and not any(o.role == "poss" and o.anchor == f.part.anchor for o in claim.parts)
        for f in a.findings)


def _owned(claim: Statement, rank: Part) -> bool:
    """Does a possessive word own the ranked noun: "its first feature", "her second title"?"""
    return re.search(rf"\b(?:its|his|her|their|our|my|your)\s+{re.escape(rank.text)}\b", claim.text,
                     re.IGNORECASE) is not None


def _said_of(noun: str, q: Part, fact: Statement) -> bool:
    """Is ``q`` in a participle the fact says of ``noun`` ("Penicillin, obtained from Penicillium mould")?"""
    return bool(noun) and 0 <= q.clause < len(fact.clauses) and fact.clauses[q.clause].dep == "acl" and any(
        o.clause == q.clause and o.kind in ("thing", "name") and o.role in ("subj", "obj") and noun in o.words
        for o in fact.parts)


# ("as a result", "as a whole", "as a tribute to", "as a rule": how or why, not what the act made it)
_AS_CIRCUMSTANCE = frozenset({"result", "part", "consequence", "gift", "well", "such", "whole", "reward", "tribute",
                              "precaution", "rule", "matter", "token", "favour", "favor", "courtesy", "joke", "protest",
                              "punishment"})


def _kind_said_otherwise(p: Part, fact: Statement) -> bool:
    """Does the fact qualify the noun ``p`` qualifies with another noun of ``p``'s WordNet class ("lever" and
    "piston", both artifacts, on "filler"), neither a kind of the other?"""
    # (of the first two senses: WordNet's first "piston" is the composer Walter Piston)
    mine = lexical.first_kinds(p.words[0])
    return bool(mine) and any(
        q.kind == "thing" and q.role == "mod" and q.anchor == p.anchor and q.words != p.words
        and mine & lexical.first_kinds(q.words[0]) and not lexical.same_thing(p.words[0], q.words[0])
        and not lexical.same_thing(q.words[0], p.words[0]) for q in fact.parts)


# nouns that say no more of a person than that it is one
# (not "man", "woman", "lady": "Einstein, a woman, ..." says something false of him)
SOMEONE = frozenset({"guy", "fellow", "chap", "bloke", "person"})


def _dated_otherwise(p: Part, fact: Statement) -> bool:
    """Does the fact give years, none of them the date ``p`` (one a claim took from its heading)?"""
    theirs = [_date(q) for q in fact.parts if q.kind == "date" and q.value and q.value[0] is not None]
    if not theirs or p.value[0] is None:
        return False
    conflicts, agreements = compare_dates([_date(p)], theirs)
    return bool(conflicts) and not agreements



# what is done to a cup that its final decides (review 53)
_WON_OR_LOST = frozenset({"win", "lose"})


# the prepositions that give what a noun is on: "his work on digestion", "a book about whaling", "research into fusion"
_TOPIC_ROLES = frozenset({"on", "about", "into", "concerning", "regarding"})


def core(finding: Finding, claim: Statement, fact: Statement) -> bool:
    """Must this part of the claim be backed for the claim to be supported?

    What the claim asserts must be: who, the act, to what, when, how much, and where when the
    fact says where. Circumstance and colour may go unbacked (a conflict in them still counts):
    modifiers ("formal", "oral"), words in an aside or in brackets, a common noun in a
    prepositional phrase ("at a sanatorium", "from academia"), a name qualifying a noun
    ("a sanatorium in Passy"), and a place the fact does not speak to at all.
    """
    p = finding.part
    clause = claim.clauses[p.clause] if 0 <= p.clause < len(claim.clauses) else None
    if p.kind == "thing" and p.role == "mod" and p.anchor in fact.lemmas and (p.detail and any(
            q.kind in ("thing", "mod") and q.role == "mod" and q.anchor == p.anchor and q.words != p.words
            for q in fact.parts) or _kind_said_otherwise(p, fact)):
        # "(a swing bridge)" where the fact says "a suspension bridge": the kind is what it says; and aside or
        # not, a noun of the same class on the same noun ("its first fountain pen, a lever filler" against "a
        # piston filler"; not "a road tunnel" against "an underwater tunnel", an adjective, both of which may hold)
        return True
    if p.detail and p.kind == "thing" and p.role == "from" and any(
            q.kind in ("thing", "name") and q.role == "from" and q.words != p.words
            and (q.anchor == p.anchor or not p.anchor and q.anchor in claim.lemmas or _said_of(p.anchor, q, fact))
            for q in fact.parts):
        return True  # "spermaceti (from walrus blubber)" where the fact says "from sperm whales": what it came from
    if p.detail and p.kind == "thing" and p.role == "for" and (not p.anchor or clause is not None and not clause.act) and any(
            q.kind in ("thing", "name") and q.role == "for" and q.words != p.words
            and (not lexical.kind(q.words[-1]) or lexical.kind(q.words[-1]) == lexical.kind(p.words[-1]))
            for q in fact.parts):
        # "Berlin: first Olympic use of electric scoring, for the foil" where the fact says "for épée": which one a
        # line without a verb says its record is for, a thing of the same kind, or one English has no word for (not a
        # verb's circumstance, "listen for contact points"; nor another way of saying it, "for a book of maps"
        # against "for a collection of maps")
        return True
    if p.kind == "thing" and p.role == "for" and p.anchor and clause is not None and p.anchor != clause.act and any(
            q.kind == "thing" and q.role == "for" and q.anchor == p.anchor and not lexical.same_thing(p.words[-1], q.words[-1])
            for q in fact.parts):
        # "Kraft is the German word for paper" against "the German and Swedish word for strength": what a noun the fact
        # gives with its own "for" is for, the claim says
        return True
    if p.kind == "thing" and p.role in _TOPIC_ROLES and p.anchor and clause is not None and p.anchor != clause.act \
            and any(q.kind in ("thing", "name") and q.role == p.role and q.anchor == p.anchor
                    and not lexical.same_thing(p.words[-1], q.words[-1]) and not lexical.same_thing(q.words[-1], p.words[-1])
                    and not lexical.kind_above(p.words[-1], q.words[-1])  # ("a patent on a device": a telescope is one)
                    for q in fact.parts):
        # "won the Nobel Prize for his work on conditioned reflexes" against "for his work on the physiology of
        # digestion": what a noun the fact gives its own subject ("on", "about", "into") is on, the claim says
        return True
    if p.detail and p.kind in ("thing", "mod") and p.role == "mod" and clause is not None and not clause.act and any(
            o.role == "for" and o.kind in ("thing", "name") and o.clause == p.clause and o.words[-1] == p.anchor
            for o in claim.parts):
        # "1965 - first Conn Smythe Trophy, for the regular-season MVP" against "goes to the most valuable player of
        # the Stanley Cup playoffs": which one a line without a verb says its record is for, its qualifier too
        return True
    if p.role == "not" and p.kind in ("name", "thing"):
        return True  # "a balsa raft, no engine", "but not Wales": what the claim denies, it says, aside or not
    if p.kind == "thing" and p.role == "as" and clause is not None and p.anchor == clause.act \
            and p.words[0] not in _AS_CIRCUMSTANCE:
        # "founded in 1895 ... as a repair shop for farm engines": what the act made it, or took it
        # for, is what the claim says, aside or not (not "as a result", "as part of the deal")
        return True
    if p.kind in ("thing", "mod") and p.words[0] in lexical.SHORT_WORDS:
        return True  # "min speed 360 km/h": the bound a figure is, the claim says (not the fact's "maximum speed")
    if p.kind in ("thing", "mod") and p.role == "mod" and p.anchor and not p.detail and lexical.multiple(p.words[0]):
        return True  # "a triple bypass", "a triple concerto": how many, the claim says, as a figure would
    if p.kind == "thing" and p.words[0] in _MEASURES and any(
            q.kind == "amount" and q.clause == p.clause and len(q.value) > 2 and q.value[2] == _MEASURES[p.words[0]][0]
            for q in claim.parts) and (set(_MEASURES[p.words[0]][1]) & set(fact.lemmas) or _measured_unnamed(
                p, claim, fact)):
        # "Course length: 4 miles 374 yards" against "is 4 miles 374 yards long": the measure the fact says it in
        # (not "height" against "long": both lengths, not one measure)
        # ("Length of the first Wright flight -> 120 ft" against "covered 120 feet": a length in figures where the fact
        # names no measure of it at all, `_measured_unnamed`)
        return False
    if p.kind == "thing" and p.words[0] in ROUNDS and "final" in fact.lemmas:
        return True  # "beat England in the semi-final" where the fact says the final: which round, the claim says
    if p.kind in ("thing", "mod") and p.words == ("final",) and any(
            q.kind == "thing" and q.words[0] in ROUNDS for q in fact.parts):
        return True  # (and "won the final" where the fact says the semi-final (review 53))
    if p.kind == "thing" and p.words == ("final",) and not (ROUNDS | {"final", "round"}) & set(fact.lemmas) \
            and p.anchor in _WON_OR_LOST and any(
            q.kind == "name" and q.anchor == "final" and q.clause == p.clause and set(q.words) <= set(fact.lemmas)
            and any(o.kind == "name" and o.role == "obj" and o.anchor in _WON_OR_LOST and set(q.words) <= set(o.words)
                    for o in fact.parts)
            for q in claim.parts):
        # "lose the FA Cup final" against "winning the 1889 FA Cup": a cup's final is how the cup is won or lost,
        # where the fact names the cup and no round of it
        # (the final won or lost, the cup won or lost: not "knocked out of the 1889 FA Cup", "played in the FA Cup",
        # which may be any round of it (review 53))
        return False
    if p.kind == "date" and p.resolved and not p.detail:
        # (a date the claim takes from its heading is not one it states; but where every date the fact gives is
        # another year, the fact tells another time for it: "1654 / John Bate's book describes a kite" against
        # "John Bate's book, published in 1634, describes a kite" is no support)
        return _dated_otherwise(p, fact)
    if p.detail and p.kind == "rank" and p.value[:1] and any(q.kind == "rank" and q.value[:1] for q in fact.parts) \
            and not any(q.kind == "rank" and q.value[:1] == p.value[:1] for q in fact.parts):
        # "HMS Dreadnought commissioned -- Britain's second nuclear boat" against "the United Kingdom's first
        # nuclear-powered submarine": which one in a row the aside says, where the fact ranks it otherwise (a rank
        # the fact gives too, on a noun of its own, "first 8000er" / "the first ascent of an 8000 m peak", is said)
        return True
    if p.detail:
        return False
    if p.kind == "thing" and p.words[0] in SOMEONE and p.role in ("subj", "topic") and any(
            q.kind == "name" and q.role == p.role and q.clause == p.clause and not q.detail for q in claim.parts) \
            and not any(q.kind == "mod" and q.anchor == p.words[0] and q.clause == p.clause for q in claim.parts) \
            and not any(q is not p and q.clause == p.clause and q.anchor == p.words[0] and q.role != "mod"
                        for q in claim.parts) \
            and not any(q.kind == "thing" and q.at == p.at and q.clause != p.clause for q in claim.parts) \
            and all(q.words[0] in fact.lemmas for q in claim.parts
                    if q.kind == "thing" and q.role == "mod" and q.anchor == p.words[0] and q.clause == p.clause):
        # "Paul Revere, the midnight ride guy, ...": beside a name, a noun that says only "a person" (not what
        # an adjective says of them, "a tall man"; nor what a phrase or a clause of its own says, "the man behind
        # the light bulb", "the woman who discovered radium"; nor a noun on it the fact does not give, which says
        # what they are known for: "the lightbulb guy" is not Paul Revere)
        return False
    if p.role == "not":
        # "climbed it, not by the north ridge": a denial no fact states; but "opened not in London but
        # in Oxford" denies one place for another, which the fact gives: it was there, so not elsewhere
        # (not when the fact names the place denied too: "offices in Paris, not in London" against "in
        # London and in Paris")
        # (the denied phrase's second word is its preposition: "not in London")
        words = p.text.lower().split()
        denied = " ".join(words[2:])
        return not (len(words) > 2 and words[1] in PLACE_CLASS and any(
            q.clause == p.clause and q.kind == "name" and q.role in PLACE_CLASS and not q.detail
            and any(r.kind == "name" and r.words == q.words and r.role in PLACE_CLASS for r in fact.parts)
            for q in claim.parts) and not any(r.kind == "name" and r.text.lower() in denied for r in fact.parts))
    if p.kind == "mod" and "-" in p.text.strip("-"):
        # "an off-duty lifeguard" where the fact says "an on-duty lifeguard", "single-engine" against "twin-engine":
        # a hyphened qualifier the fact gives the noun with another first word is what the claim says of it
        # (its words, parts of their own too, are weighed as ever: "one of the 1st car-only roads")
        return any(q.kind in ("mod", "thing") and q.role == "mod" and q.anchor == p.anchor and q.words != p.words
                   and q.words[0].endswith(p.text.lower().rsplit("-", 1)[1]) for q in fact.parts)
    if p.kind == "mod" and clause is not None and not clause.act and not p.detail \
            and p.text.lower().endswith("est") and p.words[0] != p.text.lower():
        # "Notes: the easiest one to get right": a superlative in a line without a verb is the record it says
        return True
    if p.kind == "mod" and clause is not None and p.anchor == clause.act and p.anchor in RESULT_ACTS:
        # "make colours paler", "turns the flame green": the state the act leaves its object in is what
        # the claim says it does ("make" alone says only that it does something)
        return True
    if p.kind == "mod" and p.role == "mod" and p.anchor and not p.detail and p.text[:1].isupper() \
            and lexical.pertains(p.words[0]) and any(
                q.kind == "name" and len(q.words) > 1 and q.words[-1] == p.anchor and p.words[0] not in q.words
                or q.kind in ("name", "mod") and q.role == "mod" and q.anchor == p.anchor and q.text[:1].isupper()
                and q.words != p.words for q in fact.parts):
        # "Coptic calendar: 13 months" against "Cotsworth's International Fixed Calendar had thirteen months" or "The
        # Ethiopian calendar has thirteen months": the fact names its noun by a name or a people of its own, and the
        # claim's word of a people, a faith or a founder ("Coptic", "Gregorian") says which one is meant (not a
        # word capitalised for standing first, "Western lowland gorilla")
        return True
    if p.kind == "mod":
        # "The noble gases are colourless", "the most important single idea": what a copula says is
        # its attribute, modifiers included; a nationality ("a Chinese maglev") and what narrows a
        # rank ("the first *elevated* railway") are checkable whatever the clause
        if lexical.nationality(p.text):
            return True
        if any(q.kind == "rank" and q.anchor == p.anchor for q in claim.parts):
            return True
        if p.value[:1] in (("more",), ("less",)) and 0 <= p.at and re.search(r"\bthan\b", claim.text, re.IGNORECASE) \
                and p.anchor and not any(c.act == p.anchor for c in claim.clauses):
            # "an army that was smaller than his own": a noun's comparison said out, as a copula says its attribute
            # (not how an act was done, "ran faster than the Flying Scotsman", which a fact may say the other way round)
            return True
        if p.anchor and p.role == "mod" and p.words[0].isalpha() and _another_kind_of_noun(p, claim, fact):
            return True
        # (and a line without a verb whose adjective stands after its noun says that adjective, as a
        # copula would: "Saffron -> expensive in Spain")
        # (and one of what a note equates its subject with: "Union Fire Company = a paid brigade")
        # (and what a verb of naming or deeming makes its object: "called the phonograph his favourite invention")
        return bool(clause is not None and (clause.copula or clause.act == "" and (
            _predicative(p, claim) or _equated(p, claim)) or p.role == "mod" and any(
                q.kind == "thing" and q.clause == p.clause and q.words[-1:] == (p.anchor,) and (
                    q.role == "attr" or q.role == "obj" and clause.act in lexical.DEEMING_ACTS)
                for q in claim.parts)))
    on_act = clause is not None and p.anchor == clause.act
    if clause is not None and clause.copula and p.kind in ("thing", "name") and on_act:
        return True  # "Méliès was in the audience": the phrase after "be" is what it says
    if p.role == "than":
        return True
    if p.kind == "thing" and p.role == "for" and on_act and clause is not None and lexical.makes(clause.act, 2) \
            and purpose(p.words[-1], p.words[-1]):
        return True  # "invented for fortune-telling", "designed for racing": what a thing was made for, the claim says
    if p.kind == "thing" and p.role in TIME_WORDS and on_act:
        return True  # "named after him only after his death": when it happened, as a date would say
    if p.kind == "thing" and p.role == "on" and on_act and lexical.kind(p.words[0]) == "noun.time":
        return True  # "died in 1776, on his birthday": a day named by what it was, as a date would say
    if p.kind in ("thing", "mod") and narrows_rank(claim, p.clause):
        return True  # "the first book printed in colour": what narrows a rank is what the claim says
    if p.kind == "thing" and p.role not in ("mod", "poss") and any(
            q.kind == "rank" and q.anchor == p.anchor and q.clause == p.clause for q in claim.parts):
        return True  # "the first American in orbit" (the fact: "in space"): where or what the rank is in
    if p.kind == "thing" and p.role == "as" and clause is not None and clause.act in OFFICE_VERBS:
        return True  # "served as foreign minister": the post is what the claim says
    if p.kind == "thing" and p.role == "as" and lexical.kind(p.words[0]) == "noun.person":
        return True  # "sailed on the Beagle as Darwin's naturalist": what someone was, the claim says
    if p.kind == "thing" and p.role == "mod" and p.anchor and (lexical.award_word(p.anchor) or p.anchor in lexical.MEDALS) \
            and clause is not None and clause.act and (not clause.copula or p.anchor in fact.lemmas):
        # "won the men's park gold", "the Hugo award": which event or which prize, the claim says (and so does a
        # copula's prize the fact gives: "Ramsay's 1904 Nobel was the physics prize" against "in Chemistry")
        return True
    if _names_kind(p, claim.parts):
        return True  # "the long jump gold medal": which kind of thing, the claim says with a kind's name
    if p.kind == "thing" and clause is not None and not clause.act and _phrasal_verb(p, claim):
        return True  # "cold water on face -> HR speeds up": the tagger's noun is the note's verb
    if p.kind == "thing" and clause is not None and not clause.act and _predicate_phrase(p, claim):
        return True  # "Ambergris -> from the gut of the humpback": a line without a verb says what its phrase says
    if p.kind == "thing" and p.role not in CORE and on_act and p.at > 0 and p.text[:1].isupper() \
            and not p.text.isupper():
        return True  # "won the title on a Norton": a make the claim names after "a" is what it says, as a name is
    if p.kind == "thing" and p.role not in CORE and p.role not in ("mod", "poss", "of") and on_act \
            and (_event_in_slot_otherwise(p, claim, fact) or _qualifier_on_another_noun(p, claim, fact)):
        # "won gold in the marathon" against "in the pole vault": which event, the claim says; "came in the coxless
        # pair" against "in the coxless four": which one of a kind
        return True
    if p.kind == "thing" and p.role == "of" and p.anchor and _of_another(p, claim, fact):
        # "the principle of the dynamo" against "the principle of the electric motor": what the noun the fact gives
        # with an "of" of its own is of, the claim says
        return True
    if p.kind == "thing" and p.role in ("from", "of") and clause is not None and clause.act and lexical.makes(clause.act, 2) \
            and p.anchor in (clause.act, *(q.words[-1] for q in claim.parts if q.clause == p.clause
                                            and q.kind == "thing" and q.anchor == clause.act)) \
            and len(p.words[0]) > 2 and (lexical.material(p.words[0]) or lexical.kind(p.words[0]) in SUBSTANCE_KINDS):
        # "knitted in one piece from thick handspun wool", "pressed from seven plies of maple": what a thing was made
        # from, the claim says, whatever phrase of the act's the parse hangs it on
        return True
    if p.kind == "thing" and p.role in ("in", "by") and on_act and lexical.kind(p.words[-1]) in _CAUSE_KINDS and any(
            q.kind == "thing" and q.anchor == p.anchor and q.role in ("subj", "by", "in") and q.words != p.words
            and lexical.kind(q.words[-1]) in _CAUSE_KINDS and lexical.distinct_kinds(p.words[-1], q.words[-1])
            for q in fact.parts):
        # "Crystal Palace destroyed in a storm" against "destroyed by fire": what did it, the claim says
        return True
    if p.kind == "thing" and p.role not in CORE | {"mod", "poss"} and clause is not None and _set_after_equals(p, claim):
        return True  # "baking powder = bicarb + a weak base + starch": each thing a note equates its subject with
    if p.kind == "thing" and p.role not in CORE:
        # "an iodine-based method": stuff, creatures and food the claim names are what it says, and so
        # they are where the act's own phrase names them ("ran on steam", "came from insects")
        # (or what a word of the clause is full of, or made with: "hold full of cinnamon", "beer with honey")
        # (not a word of two letters, more often an abbreviation: "co's" is companies, not carbon monoxide)
        return (p.role in ("mod", "of", "with") or on_act) and len(p.words[0]) > 2 \
            and lexical.kind(p.words[0]) in SUBSTANCE_KINDS
    if p.kind == "name" and p.role in PLACES:
        if not on_act:
            return False
        if not any(q.kind == "name" and q.role in PLACES for q in fact.parts):
            return False
    if p.kind == "name" and p.role not in CORE and p.role not in PLACES and not on_act and p.role != "poss":
        return False
    return True


def _another_kind_of_noun(p: Part, claim: Statement, fact: Statement) -> bool:
    """Does the fact qualify the noun the claim's modifier ``p`` stands on otherwise, where one of the two makes a
    kind of it WordNet knows? "won 15-12 in normal time" against "after extra time", "on a unanimous decision"
    against "a split decision", and the other way round, "after extra time" against "in normal time": which kind the
    claim means is what it says (not any other adjective: "a rough draft" against "a working draft" is colour)."""
    mine = lexical.compound(p.words[0], p.anchor)
    for q in fact.parts:
        if q.kind != "mod" or q.role != "mod" or q.anchor != p.anchor or q.words == p.words or not q.words[0].isalpha():
            continue
        theirs = lexical.compound(q.text, p.anchor)
        if not (theirs or mine):
            continue
        # (not where the claim names the fact's kind too, its other adjective colour, "a brilliant free kick" against
        # "a free kick"; nor a kind the fact's is, or is one of, "a secondary school" against "a high school" (review 52))
        if any(r.kind in ("mod", "thing") and r.role == "mod" and r.anchor == p.anchor and r.words == q.words
               and r.clause == p.clause for r in claim.parts):
            continue
        if mine and theirs and not lexical.distinct_kinds(mine, theirs):
            continue
        return True
    return False


# WordNet's kinds of what may happen to something and undo it: a storm, a fire, a blaze
_CAUSE_KINDS = frozenset({"noun.phenomenon", "noun.event", "noun.process"})
# nouns that name what a figure in a unit of that dimension measures (pint's dimensions)
_MEASURES = {"length": ("[length]", ("length", "long")), "distance": ("[length]", ("distance", "long", "far")),
             "height": ("[length]", ("height", "high", "tall")), "width": ("[length]", ("width", "wide")),
             "depth": ("[length]", ("depth", "deep")), "altitude": ("[length]", ("altitude", "high")),
             "elevation": ("[length]", ("elevation", "high")), "weight": ("[mass]", ("weight", "heavy", "weigh")),
             "mass": ("[mass]", ("mass", "weigh")), "duration": ("[time]", ("duration", "last", "long")),
             "speed": ("[length] / [time]", ("speed", "fast")), "temperature": ("[temperature]", ("temperature", "hot"))}


def _measured_unnamed(p: Part, claim: Statement, fact: Statement) -> bool:
    """Is the claim's "length" or "distance" ``p`` one the fact gives as a figure with no word that names a measure
    of it ("covered 120 feet", "measured ... at about 21,196 km"; not "70 metres long", "70 metres high")? Not a
    measure the claim qualifies ("top speed", "average length"), nor a length the fact gives from somewhere ("lies 12
    km from Brill"), nor another measure (a height, a speed, a weight a fact gives so may be of something else:
    "stands 90 metres from the river", "averaged 126 mph", "its clapper is 900 kg")."""
    if p.words[0] not in ("length", "distance") or any(
            q.kind in ("mod", "thing") and q.anchor == p.words[0] and q.words[0] in _STATISTICS for q in claim.parts):
        return False
    dimension = _MEASURES[p.words[0]][0]
    named = {w for dim, words in _MEASURES.values() if dim == dimension for w in words}
    return not named & set(fact.lemmas) and any(
        q.kind == "amount" and len(q.value) > 2 and q.value[2] == dimension and (p.words[0] == "distance" or not re.search(
            rf"{re.escape(q.text)}\W*(?:\([^)]*\)\W*)?(?:from|away)\b", fact.text)) for q in fact.parts)


# words that say which figure of a measure is meant ("top speed", "average length")
_STATISTICS = frozenset({"top", "average", "mean", "median", "maximum", "max", "minimum", "min", "record", "cruising",
                         "typical", "greatest", "least", "peak"})


def _event_in_slot_otherwise(p: Part, claim: Statement, fact: Statement) -> bool:
    """Does the fact fill the phrase of the act the claim's event or doing ``p`` stands in (its preposition, its
    act) with another thing, no kind of it, nor it of that, nor a time or a place ("in the marathon" against "in
    the pole vault", "in the slalom" against "in the downhill"; not "in a crash" against "in a car accident")?"""
    mine = _compound(p, claim.parts)
    # (or a building or a made thing the act was done in, against another the fact's act was done in: "opens in a
    # converted bank building" against "opened ... in a renovated gas station")
    # (or hung from, or set on: "hung from the stern of Maynard's sloop" against "from the bowsprit")
    housed = p.role in ("in", "at", "from", "on") and lexical.kind(mine) == "noun.artifact"
    if lexical.kind(mine) not in _EVENT_KINDS and not housed:
        return False
    return any(q.kind == "thing" and q.role == p.role and q.anchor == p.anchor and not q.detail
               and q.words != p.words and lexical.kind(theirs) not in ("noun.time", "noun.location", "")
               and (not housed or lexical.kind(theirs) == "noun.artifact")
               and lexical.distinct_kinds(mine, theirs)
               for q in fact.parts for theirs in _compounds(q, fact.parts)[:1])


def _of_another(p: Part, claim: Statement, fact: Statement) -> bool:
    """Does the fact give the noun the claim's "of" phrase ``p`` stands on an "of" phrase of its own, a thing of
    another kind, neither a kind of the other, nor backing it ("the principle of the dynamo" against "the principle
    of the electric motor"; not "a collection of maps" against "a collection of charts")?"""
    # (not a make, "the crash of a Flyer" against "of an aeroplane", which says which one; nor where either side
    # names the other's noun too, "centres of origin idea" against "centres of origin of cultivated plants")
    if p.text[:1].isupper() or p.words[-1] in fact.lemmas:
        return False
    mine = _compound(p, claim.parts)
    return any(q.kind == "thing" and q.role == "of" and q.anchor == p.anchor and not q.detail and q.words != p.words
               and q.words[-1] not in claim.lemmas
               and lexical.distinct_kinds(mine, theirs) and not lexical.same_thing(mine, theirs)
               and not lexical.same_thing(theirs, mine)
               for q in fact.parts for theirs in _compounds(q, fact.parts)[:1])


def _qualifier_on_another_noun(p: Part, claim: Statement, fact: Statement) -> bool:
    """Does the fact fill the phrase of its act that the claim's noun ``p`` stands in (the same preposition)
    with the claim's qualifier of ``p`` on another noun, and nowhere name ``p``'s noun ("in the coxless pair"
    against "in the coxless four", "in a single-seat glider" against "in a single-seat fighter")? The two name
    two kinds of one thing; which one, the claim says."""
    mine = {q.words[0] for q in claim.parts if q.kind in ("thing", "mod") and q.role == "mod"
            and q.anchor == p.words[0] and q.clause == p.clause}
    if not mine or p.words[0] in fact.lemmas:
        return False
    for q in fact.parts:
        if q.kind != "thing" or q.role != p.role or q.detail or not 0 <= q.clause < len(fact.clauses) \
                or q.anchor != fact.clauses[q.clause].act:
            continue
        # (the parser may make the qualifier the phrase's head when a number word ends it: "the coxless four";
        # else the two nouns are two kinds, neither of which is the other: not "in a car crash" against "in a
        # car accident")
        if q.words[0] in mine and any(w.lower() in lexical.NUMBER_WORDS or w.isdigit()
                                      for w in re.findall(rf"\b{re.escape(q.text)}\s+(\w+)", fact.text, re.I)):
            return True
        if any(o.kind in ("thing", "mod") and o.role == "mod" and o.anchor == q.words[0] and o.clause == q.clause
               and any(_same_qualifier(o.words[0], m) for m in mine) for o in fact.parts) \
                and lexical.distinct_kinds(p.words[0], q.words[0]):
            return True
    return False


def _same_qualifier(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one qualifier, a participle's lemma against the adjective spelled as the participle
    ("on an injured knee", lemma "injure", against "on an injured ankle", the tagger's adjective "injured")?"""
    return a == b or a in (b + "d", b + "ed") or b in (a + "d", a + "ed")


# WordNet's classes of a noun for an event or a doing: what an act was done in ("won gold in the marathon")
_EVENT_KINDS = frozenset({"noun.event", "noun.act"})


def _predicate_phrase(p: Part, claim: Statement) -> bool:
    """Is the thing ``p`` of a line without a verb where its subject comes from, hung on nothing ("from the gut"
    in "Ambergris -> from the gut of the humpback"), or what qualifies that phrase's noun ("of the humpback")?"""
    # (where it comes from is what such a line says; not where or when, "1986 moratorium in force", "Founded:
    # 1545; Notes: still on its original site", which colour it)
    def bare(q: Part) -> bool:
        return q.kind == "thing" and q.role == "from" and not q.anchor \
            and not q.detail and q.clause == p.clause
    if bare(p):
        return True
    return p.role == "of" and not p.detail and any(bare(q) and q.words[-1:] == (p.anchor,) for q in claim.parts)


def _phrasal_verb(p: Part, claim: Statement) -> bool:
    """Is the noun ``p`` of a line without a verb a verb with its particle ("HR speeds up", "demand
    slows down"), as WordNet knows the two together?"""
    found = re.search(rf"\b{re.escape(p.text)}\s+(up|down|off|out)\b", claim.text)
    return found is not None and lexical.known_as(f"{p.words[0]}_{found.group(1)}", "v")


def narrows_rank(claim: Statement, clause: int) -> bool:
    """Is ``clause`` a participle or relative clause on a ranked noun ("the first book printed in
    colour", "the first woman who flew ...")? What it says is what the rank is of."""
    if not 0 <= clause < len(claim.clauses) or claim.clauses[clause].dep not in ("acl", "relcl"):
        return False
    return any(q.kind == "rank" and any(o.clause == clause and o.kind == "thing" and o.words == (q.anchor,)
                                        for o in claim.parts) for q in claim.parts)


def supports(a: Alignment, claim: Statement, fact: Statement, paraphrase: bool = False) -> bool:
    """Does the fact back every core part of the clause and every name it gives, with nothing in conflict?

    ``paraphrase``: the act may go unmatched (the semantic stage judged the two to say the same
    in other words); every other core part must still be backed.
    """
    # a name the clause gives is what it says, wherever it stands ("the 1904 Nobel Prize in
    # Physics", "a sanatorium in Passy"): the fact must give it too
    # (but for where a place is: "Paris, France" against "in Paris"; another one is a conflict)
    # (a line without a verb says nothing but its names: "Kangchenjunga - Band & Hillary, 25 May
    # 1955" names Hillary, aside or not)
    verbless = _verbless(claim, a.clause)
    # (a line without a verb names who did the fact's act: not a name the fact gives only as whose
    # someone is, while that someone, the fact's doer, goes unnamed: "Bell Burnell - Nobel Physics 1974"
    # against "Bell Burnell's supervisor Antony Hewish won the 1974 Nobel Prize in Physics")
    if verbless:
        met = {id(f.other) for f in a.findings if f.other is not None}
        if any(q.kind == "name" and q.role == "subj" and id(q) not in met and 0 <= q.clause < len(fact.clauses)
               and fact.clauses[q.clause].main for q in fact.parts) \
                and any(f.part.kind == "name" and f.other is not None and f.other.role == "poss"
                        and lexical.kind(f.other.anchor) == "noun.person" for f in a.backed):
            return False
    # (not a row's field label, "Founded: 1850; Notes: ...", which says what the value is)
    # (a place the claim puts a place in may go unsaid, "Paris, France" against "in Paris"; not where the
    # fact puts it elsewhere: "Signal Hill, Nova Scotia" against "Signal Hill, St John's, Newfoundland")
    return backs_core(a, claim, fact, paraphrase) and not any(
        f.part.kind == "name" and (not f.part.detail or verbless and f.part.clause == a.clause)
        and (f.part.role != "locator" or _placed_otherwise(f.part, fact))
        and not table_label(f.part, claim) for f in a.unbacked)


def _placed_otherwise(p: Part, fact: Statement) -> bool:
    """Does the fact put the place the claim's locator ``p`` locates in places none of which is, holds
    or lies in ``p``?"""
    for q in fact.parts:
        if q.kind != "name" or q.words[-1:] != (p.anchor,):
            continue
        # (a place beside it, set off by commas, "Signal Hill, St John's, Newfoundland"; not the next one of
        # a list or a route, "between Liverpool and New York")
        theirs = [o for o in fact.parts if o.kind == "name" and o is not q and lexical.is_place(o.words) and (
            o.role == "locator" and o.anchor == q.words[-1] or o.role == q.role and 2 <= o.at - q.at <= 6
            and re.search(rf"{re.escape(q.text)}\s*,\s*(?:[^,;.()]+,\s*)?{re.escape(o.text)}", fact.text))]
        # (a place one holds as a town, a county or a state, not by a river's sense of its name: the Tennessee
        # flows through Kentucky, the state of Tennessee is not in it)
        if theirs and not any(lexical.same_name(p.text, p.words, o.text, o.words) in ("same", "part")
                              or lexical.settled_nested(p.words, o.words) for o in theirs):
            return True
    return False


def table_label(p: Part, claim: Statement) -> bool:
    """A one-word name that labels a field of a row ("Country: England", "Inventor / maker: Anthony
    Pratt"): it says what the value is, not a name to find in a fact."""
    # (a row has fields: "Lyon: capital of France since 987", one name and what it is, labels nothing)
    fields = re.findall(r"(?:^|[;|,]\s*)[A-Z]\w*(?:\s*/\s*\w+)?\s*:", claim.text)
    return len(p.words) == 1 and len(fields) >= 2 \
        and re.search(rf"(?:^|[;|,]\s*){re.escape(p.text)}\s*(?::|/\s*\w+\s*:)", claim.text) is not None


def in_field_label(p: Part, claim: Statement) -> bool:
    """Is the part a word of a row's field label, of up to three words ("Runner" of "Runner-up: England",
    "venue" of "Final venue: Lord's"), in a line of two fields or more? It says what the value is, not what
    the line is about: no name of another event. (What the label says still counts for support: "Runner-up"
    and "Winner" say who won, which nothing compares yet.)"""
    labels = re.findall(r"(?:^|[;|,]\s*)([A-Z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?:\s*/\s*\w+)?\s*:", claim.text)
    return len(labels) >= 2 and any(p.text.lower() in re.split(r"[\s-]+", label.lower()) for label in labels)


def backs_core(a: Alignment, claim: Statement, fact: Statement, paraphrase: bool = False) -> bool:
    """Does the fact back the clause's core (who, the act, to what, when, how much), with nothing in
    conflict? Less than support: a name in a circumstance may go unbacked. A clause backed this far
    is not contradicted by another fact (that one is about something else)."""
    if a.conflicts or a.negation:
        return False
    if a.act == "" and not paraphrase:
        return False
    if not a.topic:
        return False
    if any(core(f, claim, fact) and not (paraphrase and f.part.kind == "act") and not table_label(f.part, claim)
           for f in a.unbacked):
        return False
    # (a thing the claim puts in an act's phrase, where the fact's same phrase holds another, is not backed by a word
    # of the fact said elsewhere: "The company started in an office" against "started in a basement ... and then
    # moved to an office downtown"; "opened in a converted bank building" against "The restaurant opened in a
    # renovated gas station", the building backed by the restaurant)
    # (not a word of the fact's that qualifies the noun in that very phrase: "in sprint events" backs "in the sprints")
    if any(f.part.kind == "thing" and f.other is not None and f.other.role != f.part.role
           and not (f.other.role in ("mod", "poss") and any(
               q.kind == "thing" and q.role == f.part.role and f.other.anchor in q.words for q in fact.parts))
           and f.part.role not in CORE and f.part.role not in ("mod", "poss", "of")
           and _event_in_slot_otherwise(f.part, claim, fact) for f in a.backed):
        return False
    # with no act compared, a fact backing only who the clause is about backs nothing it says of them:
    # "The United States followed with a nationwide ban" against "... were first found in the United States"
    # (what qualifies who: "Tyrian purple came from insects" backs only "Tyrian purple" in "Tyrian purple is named ...")
    backed_here = [f for f in a.backed if not f.part.detail]
    if a.act == "none" and backed_here:
        heads = {p.words[0] for p in claim.parts if p.clause == a.clause and p.kind == "thing"
                 and p.role in ("subj", "topic")}
        if all(f.part.role in ("subj", "topic") or f.part.role in ("mod", "poss") and f.part.anchor in heads
               for f in backed_here) and any(f.part.kind in ("thing", "name") and not f.part.detail for f in a.unbacked):
            return False
    # an act the fact names only in a noun qualifying another ("his skiing manual"): it tells of no doing, so
    # what the claim's act is done with or on must be there ("skied with one long pole"; not "he spun the
    # first soft lenses on a machine" against "made the first soft lenses on a spin-casting machine")
    act = claim.clauses[a.clause].act if 0 <= a.clause < len(claim.clauses) else ""
    if act and any(f.part.kind == "act" and f.other is not None and f.other.kind == "thing" and f.other.role == "mod"
                   for f in a.backed) and any(f.part.kind == "thing" and f.part.anchor == act and not f.part.detail
                                              for f in a.unbacked):
        return False
    if act_in_compound(a, claim):
        return False
    # a line opening on a passive verb that names only who did it says nothing of what was done to ("won by
    # Australia", under a note on the 1973 World Cup, is not backed by "Australia won the 2006-07 Ashes"; a label
    # before the verb says what, "1811 - Bell Rock light first lit", and a date or a place pins which:
    # "Founded 1888 in Rochester by George Eastman")
    # (a score says by how much, not what: "won by Australia 5-0")
    if 0 <= a.clause < len(claim.clauses) and claim.clauses[a.clause].passive and act and all(
            p.kind == "act" or p.role == "subj" or p.kind == "amount" and p.value[2:3] == ("score",)
            for p in claim.parts if p.clause == a.clause):
        return False
    # a fact that says almost nothing ("Results.", "It was big.") cannot back a claim on its own
    said = [p for p in fact.parts if p.kind in ("name", "thing", "date", "amount")]
    if len(said) < 2 and not any(p.kind == "name" for p in said):
        return False
    return bool(a.backed)


def act_in_compound(a: Alignment, claim: Statement) -> bool:
    """Is the clause's act backed only by a noun (or a gerund) qualifying another in the fact, and what it is
    done to only by that other noun? "patent medicines" tells nothing of medicines being patented, nor
    "blasting caps" of caps blasted (a participle does: "a mechanically ventilated tunnel" was ventilated)."""
    act = claim.clauses[a.clause].act if 0 <= a.clause < len(claim.clauses) else ""
    heads = {f.other.anchor for f in a.backed if f.part.kind == "act" and f.other is not None
             and (f.other.kind == "thing" or f.other.kind == "mod" and f.other.text.lower().endswith("ing"))
             and f.other.role == "mod"}
    # (what it was done to: its object, or the passive's subject; not where or when)
    passive = 0 <= a.clause < len(claim.clauses) and claim.clauses[a.clause].passive
    done_to = [f for f in a.backed if f.part.kind in ("thing", "name") and f.part.anchor == act and not f.part.detail
               and (f.part.role in ("obj", "dep") or f.part.role == "subj" and passive)]
    if not (act and heads and done_to):
        return False
    # (not the claim's own compound, which the parse took for a verb and its object: "Brompton folding bike")
    said = [p.text for p in claim.parts if p.kind == "act" and p.clause == a.clause]
    if any(re.search(rf"\b{re.escape(w)}\s+{re.escape(f.part.text)}\b", claim.text) for w in said for f in done_to):
        return False
    return all(f.other is not None and f.other.words[-1:] and f.other.words[-1] in heads for f in done_to)


def says_only_who(a: Alignment, claim: Statement) -> bool:
    """Is the claim's clause a copula whose only parts are its subject: what it says of it stands in a word for
    something said before ("Babe Zaharias was one of them", "Ouimet was there")? Nothing of it a fact could back."""
    # (a date or a place is what such a clause says: "Il Cannone is in Genoa", "Los Angeles is up next, in 2028")
    return 0 <= a.clause < len(claim.clauses) and claim.clauses[a.clause].copula and bool(a.findings) and all(
        f.part.role in ("subj", "topic") for f in a.findings)


def specific_enough(alignments: Sequence[Alignment], claim: Statement, facts: Sequence[Statement]) -> bool:
    """Is a claim backed in more than generalities ("Women writers often published ...")? Something
    specific (a name, a date, an amount) or three core parts must agree, across its main clauses."""
    # a referent the claim takes from the sentences before ("this one's for you", this one = the
    # heading's Gutenberg) is what it speaks of, not something it says
    backed = [f for a in alignments for f in a.backed if not f.part.detail and not f.part.resolved]
    # (a place alone, where the rest of what the clause names goes unbacked, says nothing of it: "that
    # quirk is what made crib-dragging work at Bletchley" against "10,000 people worked at Bletchley")
    if backed and all(f.part.kind == "name" and f.part.role in PLACES for f in backed) and any(
            f.part.kind in ("thing", "mod") and not f.part.detail for a in alignments for f in a.unbacked):
        return False
    if backed and all(says_only_who(a, claim) for a in alignments):
        return False
    # (nor a name alone, in a line without a verb whose nouns the fact does not give: "Beckett centenary -
    # revivals everywhere" against Godot's premiere says the centenary, not Beckett)
    if backed and all(f.part.kind == "name" for f in backed) and not any(c.act for c in claim.clauses) \
            and any(f.part.kind == "thing" and not f.part.anchor and f.part.role in ("mod", "topic") and not f.part.resolved
                    for a in alignments for f in a.unbacked):
        return False
    if any(f.part.kind in ("name", "date", "amount") for f in backed):
        return True
    # (a noun qualifying another is one thing with it: "sea level rise" is not three)
    return sum(1 for a, fact in zip(alignments, facts) for f in a.backed if core(f, claim, fact)
               and not _names_kind(f.part, claim.parts)) >= 3


def _predicative(p: Part, claim: Statement) -> bool:
    """An adjective after the noun it is said of (or hanging on no noun, after an arrow), in a line
    that gives no date or figure: what a verbless note says of it ("Vanilla -> native to Madagascar"),
    not a word that qualifies a noun after it ("last natural smallpox case"). (A line with a figure says
    that figure: "Christchurch, 22 Feb: 185 dead".)"""
    # (an adjective set off by a comma after its noun is said of it, figures or not: "1812: perforated
    # pipe sprinkler, fully automatic")
    set_off = re.search(rf",\s+(?:[a-z]+ly\s+)?{re.escape(p.text)}\s*(?:$|[,;.])", claim.text) is not None
    if not set_off and any(q.kind in ("date", "amount") and q.clause == p.clause for q in claim.parts):
        return False
    return any(q.kind in ("thing", "name") and (p.anchor in q.words or not p.anchor) and 0 <= q.at < p.at
               and q.clause == p.clause for q in claim.parts)


def _equated(p: Part, claim: Statement) -> bool:
    """Does the modifier ``p`` qualify what a verbless note sets after "=" ("X = a paid brigade")?"""
    eq = claim.text.find(" = ")
    return eq >= 0 and claim.text.find(p.text, eq) > eq and any(
        q.kind == "thing" and q.clause == p.clause and q.words[0] == p.anchor and claim.text.find(q.text, eq) > eq
        for q in claim.parts)


# (a word or two after a preposition, "in", "w/o", at the end of what stands before a noun)
_AFTER_A_PREPOSITION = re.compile(r"(?:\b(?:in|on|at|of|for|from|with|without|no|not|by|to|as|since|until)|\bw/o)"
                                  r"\s+(?:\S+\s+){0,2}$")


def _set_after_equals(p: Part, claim: Statement) -> bool:
    """Is the noun ``p`` one of what a verbless note sets after "=", on its own (no preposition's: "X = a
    paid brigade", "baking powder = bicarb + a weak base"; not "X = NaHCO3 (in water)")?"""
    eq = claim.text.find(" = ")
    at = claim.text.find(p.text, eq + 3) if eq >= 0 else -1
    # (no act of the clause after the "=": "Berliner = gramophone, patented 1887" says what was done)
    acts = [q for q in claim.parts if q.kind == "act" and q.clause == p.clause]
    if any(claim.text.find(q.text, eq + 3) > eq for q in acts):
        return False
    return at > eq >= 0 and not _AFTER_A_PREPOSITION.search(claim.text[eq + 3:at])


def _verbless(claim: Statement, clause: int) -> bool:
    """Is the claim's clause a line without a verb ("Kangchenjunga - Band & Hillary, 25 May 1955")?"""
    return 0 <= clause < len(claim.clauses) and not claim.clauses[clause].act


def pinned_by_specifics(a: Alignment) -> bool:
    """Do names, dates and amounts pin the event down, whatever the verb ("NASA opens for business
    in October 1958" and "NASA began operations on 1 October 1958")? Two kinds of them and three in
    all agree (measured on the tuning corpora: 20 of 21 such claims were labelled supported)."""
    specific = [f for f in a.backed if f.part.kind in ("name", "date", "amount") and not f.part.detail]
    return len({f.part.kind for f in specific}) >= 2 and len(specific) >= 3


def act_only_gap(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Would the fact back the clause if only the acts matched? (What the semantic stage may settle.)
    Not when the fact's act says the opposite ("Napoleon beat Wellington" / "Napoleon lost to Wellington")."""
    act = claim.clauses[a.clause].act if 0 <= a.clause < len(claim.clauses) else ""
    # (nor an act that is only the candidacy for the other: "won 14 Oscars" / "was nominated for 14")
    return a.act == "" and supports(a, claim, fact, paraphrase=True) and not any(
        q.kind == "act" and act and (lexical.contrary_acts(act, q.words[0]) or lexical.short_of(act, q.words[0]))
        for q in fact.parts) \
        and not _turned_round(a, claim, fact) and not _act_only_as_a_kind(act, claim, fact) \
        and not _undone(a.clause, act, claim, fact)


def _undone(clause: int, act: str, claim: Statement, fact: Statement) -> bool:
    """Does the claim's act undo the fact's ("FA lifts its ban on women's football" against "the FA banned
    women's football")? Its names and dates agreeing then tell of the act it undoes, no paraphrase of it."""
    return any(p.kind == "thing" and p.role == "obj" and p.clause == clause and p.anchor == act
               and any(q.kind == "act" and lexical.undoes(act, p.words[-1], q.words[0]) for q in fact.parts)
               for p in claim.parts)


def _act_only_as_a_kind(act: str, claim: Statement, fact: Statement) -> bool:
    """Does the fact name the claim's act only in a noun that says what kind a thing is ("Harris sailed to
    Lisbon" against "ran a sail loft in Lisbon", "Ali boxed in Kinshasa" against "opened a boxing gym in
    Kinshasa")? Then its names and dates agreeing tell of the thing, not of the act: no paraphrase."""
    verb = act.split("_")[0] if act else ""
    return bool(verb) and any(q.kind == "thing" and q.role == "mod" and lexical.noun_of_act(verb, q.words[0])
                              and only_a_kind(q, claim.parts, fact.parts) for q in fact.parts)


def only_a_kind(q: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """Does the fact's noun of a doing, ``q``, only say what kind of thing another is: an object's name
    ("a ski binding"), or a doing's before a noun of no doing ("a sailing manual", "a boxing gym", "mining
    rights"), unless the claim names that thing too, what its act is done with or on ("spun the lenses on a
    machine" against "made them on a spin-casting machine", through "casting" to "machine")?"""
    if q.role != "mod":
        return False
    if lexical.names_an_object(q.words[0]):
        return True
    # (a doing the claim measures is not held to this: "Bob Beamon long jumps 8.90 m" against "set a long jump
    # world record of 8.90 metres"; nor the very word the fact qualifies with, which the tagger made the claim's
    # verb: "Brompton folding bike", "1988 - Guinness draught in a can", "Rubel discovers offset onto paper")
    if any(o.kind == "amount" for o in parts) or any(o.kind == "act" and o.text.lower() == q.text.lower() for o in parts):
        return False
    head, seen = q.anchor, {q.anchor}
    while True:  # (a modifier's modifier: "spin" -> "casting" -> "machine")
        up = next((o for o in fparts if o.role == "mod" and o.words[-1] == head and o.anchor not in seen), None)
        if up is None:
            break
        head = up.anchor
        seen.add(head)
    claimed = {w for o in parts if o.kind == "thing" for w in o.words}
    return not lexical.names_a_doing(head) and head not in claimed


def _turned_round(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """"Nadal thrashed Federer" against "Federer won the final against Nadal": whatever the verbs, what the
    claim's act was done to is the fact's doer, and the claim's doer is not."""
    doers = ("subj", "recipient", "giver", "topic")
    roles = {canonical_role(f.part, claim): f for f in a.backed if f.part.kind == "name" and f.other is not None
             and f.other.kind == "name"}
    doer, done_to = roles.get("subj"), roles.get("obj")
    # (or the one it was done to is who the fact's doer came behind: "Luz Long beat Owens" / "won silver behind Owens")
    if doer is not None and done_to is not None and not claim.clauses[a.clause].passive \
            and (canonical_role(done_to.other, fact) in doers and canonical_role(doer.other, fact) in ("obj", "against", "over")
                 or done_to.other.role == "behind"):
        return True
    # "Thurston hands his show over to Kellar" against "Kellar named Thurston as his successor": the
    # claim's doer is in the fact, but not as its doer, and the fact's doer is in the claim, but not as
    # its doer: two acts, told from the other side (not a transfer seen from its two ends, "Y sold it
    # to X" and "X bought it from Y", which canonical roles settle)
    acts = {claim.clauses[a.clause].act.split("_")[0]} | {q.words[0] for q in fact.parts if q.kind == "act"}
    if acts & lexical.GIVING and acts & lexical.RECEIVING:
        return False

    # (each where the act lands in the other: not "Davy hired Faraday" against "Faraday joined as
    # Davy's assistant", where Davy only owns what Faraday became)
    # (by name, wherever the fact names it: "his successor" read as Kellar's is still Kellar)
    done_to_roles = ("obj", "to", "dative", "as")
    named = [f for f in a.backed if f.part.kind == "name" and f.other is not None and f.other.kind == "name"]

    def in_fact(f: Finding) -> list[Part]:
        return [q for q in fact.parts if q.kind == "name"
                and lexical.same_name(f.part.text, f.part.words, q.text, q.words) in ("same", "part")]

    # (the reading already puts a passive's agent as "subj" and what it was done to as "obj", so the
    # clause's voice is not asked again; and a name that qualifies the people who do it or have it
    # done stands where they do: "appointed Cleopatra queen", "the Ringling brothers bought ...")
    role = _people_role
    return any(role(f.part, claim) == "subj" and any(role(q, fact) in done_to_roles for q in in_fact(f))
               and not any(role(q, fact) == "subj" for q in in_fact(f)) for f in named) and any(
        role(g.part, claim) in done_to_roles and any(role(q, fact) == "subj" for q in in_fact(g))
        for g in named)


def _people_role(q: Part, s: Statement) -> str:
    """The role of name ``q``, or of the people it qualifies ("the Ringling brothers", "Cleopatra
    queen"): a noun for persons or a group, the one thing of its clause with that word."""
    if q.role != "mod" or not lexical.kinds(q.anchor) & {"noun.person", "noun.group"}:
        return q.role
    heads = {o.role for o in _heads(q, s)}
    return next(iter(heads)) if len(heads) == 1 else q.role


def missing(a: Alignment, claim: Statement, fact: Statement) -> tuple[Finding, ...]:
    """The core parts of the clause the fact does not back."""
    return tuple(f for f in a.unbacked if core(f, claim, fact))
