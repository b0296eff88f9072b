"""Is a clause of the claim about the fact's event? Then the parts that differ are conflicts.

``align`` finds, part by part, what backs a clause and what stands against it (another place,
person, date, amount ...); ``same_event`` decides whether those differences refute the claim or
only show that the fact tells of another event ("Irène Joliot-Curie won the 1935 prize" is not
refuted by "Marie Curie won the 1911 prize"). The verdict asks it of every clause and candidate
fact (``verdict.judge``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..text import stem
from . import lexical
from .align import align, when_clause
from .alignment import Alignment, CORE, Finding, PARTICIPANTS, _kind, _place, canonical_role
from .backing import (SOMEONE, _day_weight, _owned, _pinned_by_rank, core, in_field_label, pinned_by_specifics,
                      table_label)
from .comparisons import _date
from .dates import compare_dates
from .homes import a_person
from .rivals import _written_short
from .statement import Part, Statement


IDENTITY = frozenset({"who", "recipient", "giver", "what", "which", "to", "with", "by", "from"})
# nouns that say no more of a person than that it is one ("Haines is the guy usually credited as ...")
# (a person's sex as well: another event is not told by it)
_ANYONE = SOMEONE | {"man", "woman", "lady", "one", "someone"}


def _record_act(statement: Statement, clause: int) -> tuple[str, frozenset[str]] | None:
    """The act after a ranked noun of clause ``clause`` that says what it ranks ("the first major to pay
    men and women equal prize money": "pay"), and the words of what the act is done to or with; None
    when the rank says no act after its noun."""
    for r in statement.parts:
        if r.kind != "rank" or r.clause != clause:
            continue
        noun = next((q for q in statement.parts if q.kind in ("thing", "name") and q.clause == clause
                     and q.words[-1:] == (r.anchor,) and q.at > r.at), None)
        act = next((q for q in statement.parts if noun is not None and q.kind == "act"
                    and noun.at < q.at <= noun.at + 3), None) if noun is not None else None
        if act is not None and re.search(rf"\b{re.escape(noun.text.split()[-1])}\s+to\s+{re.escape(act.text)}\b",
                                         statement.text):
            done_to = frozenset(w for q in statement.parts if q.kind in ("thing", "name") and q.at > act.at
                                and q.clause in (act.clause, clause) for w in q.words)
            return act.words[0], done_to
    return None


def _edition_year(date: Part, statement: Statement) -> Part | None:
    """The name ``date`` is the year of, right before it, which says which edition ("the 1956 French
    Championships"), or None. (A name's ``at`` is its last word's.)"""
    return next((n for n in statement.parts if n.kind == "name" and n.clause == date.clause
                 and n.at - len(n.text.split()) == date.at
                 and re.search(rf"\b(?:the|a|an|its|their|his|her)\s+{re.escape(date.text)}\s+{re.escape(n.text)}\b",
                               statement.text, re.IGNORECASE) is not None), None)


def _says_the_act(claim: Statement, clause: int, fact: Statement) -> bool:
    """Does the claim's line name the fact's act by its doer's noun ("Kentucky Derby winner" for "won the
    1973 Kentucky Derby")? A name and an event listed with a year ("Paris Fashion Week, Christian Dior,
    1947") say nothing of what the name did there, that year or another."""
    acts = [c.act for c in fact.clauses if c.act and not c.copula]
    # (or says what the name was there, "Red Rum, Grand National hero", "Super Bowl MVP", or makes the
    # edition the name's own, "Seabiscuit's Santa Anita Handicap")
    return any(p.kind == "thing" and p.clause == clause and (lexical.kind(p.words[0]) == "noun.person" or any(
        lexical.noun_of_act(act, p.words[0]) for act in acts)) for p in claim.parts) or any(
        p.kind == "name" and p.clause == clause and (p.role == "poss" or p.text.isupper() and len(p.text) >= 2)
        for p in claim.parts)


def _edition_only(f: Finding, a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Is the date in conflict (finding ``f``) the fact's year of one edition of the event the claim's clause
    is about, which does not date the event at large ("The French Championships date from 1891" against "at
    the 1956 French Championships")? Not where the act happened ("running 9.58 seconds in Berlin" against "at
    the 2009 World Championships in Berlin"), nor when the claim says what a name it also gives did there
    ("Secretariat, Kentucky Derby winner, 1972")."""
    edition = _edition_year(f.other, fact) if f.other is not None else None
    if edition is None or _edition_year(f.part, claim) is not None:
        return False
    if not any(g.status == "backed" and g.other is edition and not g.part.detail
               and g.part.role in ("subj", "topic", "mod") for g in a.findings):
        return False
    # (a prize's year with the one who won it names the one award: "Zernike -> phase contrast, Nobel Physics
    # 1963" against "won the 1953 Nobel Prize in Physics")
    won = lexical.award_word(edition.words[-1]) and any(
        g.status == "backed" and g.part.kind == "name" and g.other is not None and g.other is not edition
        and a_person(g.other.text) for g in a.findings)
    return not (any(g.status == "backed" and g.part.kind == "name" and g.other is not None and g.other is not edition
                    for g in a.findings) and (_says_the_act(claim, a.clause, fact) or won))


def _another_record(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """"The 2006 US Open became the first major to let players challenge calls" against "In 1973 the US
    Open became the first major to pay men and women equal prize money": the first to do another thing
    to other things is another record, whatever date each gives (not "the first railway to run on
    London time" against "the first railway to adopt London time": the same time, in other words)."""
    mine = _record_act(claim, a.clause)
    if mine is None:
        return False
    theirs = [r for j in range(len(fact.clauses)) if (r := _record_act(fact, j)) is not None]
    return bool(theirs) and not any(lexical.act_relation(mine[0], act) in ("same", "broader", "narrower")
                                    or mine[0] == act or mine[1] & words for act, words in theirs)


def _other_stage(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Does the claim's clause tell one end of a thing's life and the fact only the other, at another
    time ("the factory closed in 1980" against "opened in 1884"; "Bell died in Edinburgh in 1922" against
    "was born in Edinburgh in 1847")? Two events, whatever else they share. (At the same time, "closed
    in 1889" against "opened in 1889", the claim tells the opposite of the one event: a conflict.)"""
    if not any(f.status == "conflict" and f.part.kind == "date" for f in a.findings):
        return False
    act = claim.clauses[a.clause].act
    stage = lexical.life_stage(act)
    acts = [c.act for c in fact.clauses if c.act]
    return bool(stage) and any(lexical.other_stage(act, b) for b in acts) and not any(
        lexical.life_stage(b) == stage or lexical.act_relation(act, b) in ("same", "broader") for b in acts)


def _began_another_act(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Does the fact date the start of an act the claim does not tell ("The Financial Times began
    printing on salmon-pink paper in 1893" against "The Times began life in 1785")? What the fact's
    "began" begins is another event than the thing's own beginning; a claim that tells the act ("began
    printing in 1888") is about the same one."""
    begun = next((f.other for f in a.backed if f.part.kind == "act" and f.part.words[0] in lexical.BEGINNING
                  and f.other is not None and f.other.kind == "act"), None)
    conflicting = [f for f in a.findings if f.status == "conflict"]
    if begun is None or not conflicting:
        return False
    # (the claim may tell the begun act in a clause of its own: "Heinz starts bottling horseradish")
    # (or as a word before a noun, "starts bottling horseradish" read as a modifier)
    told = [p.words[0] for p in claim.parts if p.kind in ("act", "thing", "mod") and p.words]
    for f in conflicting:
        q = f.other
        fc = fact.clauses[q.clause] if q is not None and 0 <= q.clause < len(fact.clauses) else None
        # (the differing part hangs on the begun act, a clause of its own under "began")
        if fc is None or q.clause == begun.clause or fc.dep != "xcomp" or not fc.act or fc.copula \
                or fc.act in lexical.BEGINNING:
            return False
        if any(stem(w) == stem(fc.act) or lexical.act_relation(w, fc.act) or lexical.noun_of_act(fc.act, w) for w in told):
            return False
    return True


def _stems(words: Iterable[str]) -> set[str]:
    return {stem(w) for w in words}


def _alias_like(text: str, words: tuple[str, ...], other: tuple[str, ...], context: str) -> bool:
    """Might a one-word name be another name of ``other``'s holder: a plural for its members ("Jesuits",
    "Franciscans": WordNet's people or groups), or letters of its words ("KaDeWe", "RHS")?"""
    if len(words) != 1:
        return False
    word = words[0]
    if word.endswith("s") and {"noun.person", "noun.group"} & lexical.kinds(word[:-1]):
        return True
    capitals = "".join(c.lower() for c in text if c.isupper())
    if len(capitals) < 2:
        return False
    # (the letters open words that run on in the other statement: "Kaufhaus des Westens", whatever its parse)
    initials = "".join(w[0].lower() for w in re.findall(r"[^\W\d_]+", context))
    return capitals in initials or capitals == "".join(w[0] for w in other if w)




def _another_holder(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Does the claim give a rank only one can hold to another than the fact does ("The Lake District is
    the biggest national park in the UK" against "Cairngorms National Park ... is the largest national park
    in the United Kingdom"; "Largest national park in the UK: Lake District", a verbless line)?
    The rank first on its scale, on the same noun, over the same scope (every place the fact bounds it by
    is the claim's too), and nothing else of the claim's left unbacked: one record, another holder."""
    # (where the fact's holder stands is no second difference: "Tallest lighthouse in the world: the Lanterna,
    # Genoa" against "Jeddah Light in Saudi Arabia")
    rival_placed = _placed_with_its_rival(a)
    holders = [f for f in a.findings if f.status == "conflict" and not (_kind(f.note) == "place" and rival_placed)]
    # (or the one a passive holds to be it: "The Irish Wolfhound is generally considered the tallest dog breed")
    def holds(q: Part) -> bool:
        held = fact.clauses[q.clause] if 0 <= q.clause < len(fact.clauses) else None
        return canonical_role(q, fact) in ("subj", "topic") or held is not None and held.passive \
            and held.act in lexical.DEEMING_ACTS and q.role == "obj"
    if not holders or not all(f.part.kind == "name" and f.part.role in ("subj", "topic") and f.other is not None
                              and holds(f.other) for f in holders):
        return False
    rank = next((f for f in a.backed if f.part.kind == "rank" and f.other is not None and not f.part.detail
                 and f.part.value[:1] == (1,) and f.other.value[:1] == (1,) and not _owned(claim, f.part)), None)
    if rank is None or not any(f.part.kind == "thing" and f.part.words[-1] == rank.part.anchor for f in a.backed):
        return False
    # (a superlative the claim puts in the past, the fact in the present, was another's then: "The Sears Tower was the
    # tallest building in the world" against "The Burj Khalifa is")
    if len(rank.part.value) > 1 and claim.clauses[a.clause].past and 0 <= rank.other.clause < len(fact.clauses) \
            and not fact.clauses[rank.other.clause].past:
        return False
    # (two names of one thing: one holds the other, "the Goss Moors" and "Goss Moor National Nature Reserve",
    # or they share a stem and no word besides the ranked noun's, "the Smokies" and "Great Smoky Mountains
    # National Park"; two that share a word and differ in another are two, "Bodmin Moor" / "Goss Moor")
    noun = {w for q in fact.parts if q.clause == rank.other.clause and q.anchor == rank.other.anchor
            and q.kind in ("mod", "thing") for w in q.words} | {rank.other.anchor}
    for f in holders:
        if f.other is None:
            return False
        mine, theirs = set(f.part.words) - noun, set(f.other.words) - noun
        if lexical.name_relation(f.part.words, f.other.words) in ("same", "part") \
                or _stems(mine) & _stems(theirs) and not mine & theirs:
            return False
        # (or one holds the other once the ranked noun's words are set aside: "Cape Hatteras Lighthouse" and
        # "Cape Hatteras Light")
        if mine and theirs and (mine <= theirs or theirs <= mine):
            return False
        # (a name the fact gives the holder beside it: "The Royal Botanic Gardens, Kew, is ...")
        if any(q.kind == "name" and q is not f.other and q.clause == rank.other.clause
               and canonical_role(q, fact) in ("subj", "topic")
               and lexical.name_relation(f.part.words, q.words) in ("same", "part") for q in fact.parts):
            return False
        # (a name that may be another for the same holder: its members' name, "the Jesuits" for the Society of
        # Jesus, "the Franciscans" for the Order of Friars Minor; or its letters, "KaDeWe" for the Kaufhaus des
        # Westens)
        if _alias_like(f.part.text, f.part.words, f.other.words, fact.text) \
                or _alias_like(f.other.text, f.other.words, f.part.words, claim.text):
            return False
    # (a record the claim or the fact says more of in a clause of its own, "the first hotel in London to
    # have electric lifts": the records may be two, however the holders differ)
    if any(q.kind == "thing" and q.clause != cl and q.words[-1:] == (anchor,)
           for st, cl, anchor in ((claim, a.clause, rank.part.anchor), (fact, rank.other.clause, rank.other.anchor))
           for q in st.parts):
        return False
    # (a record the fact narrows with a word the claim lacks, "the oldest working lighthouse", "the oldest
    # lighthouse still in use", "the tallest brick lighthouse": the claim's holder may hold the wider one)
    # (what the fact says of its holder, "Trebah, near Falmouth, is ...", or in another clause, is no part
    # of the record)
    used = {id(f.other) for f in a.findings if f.other is not None}
    told = {w for q in fact.parts if q.clause != rank.other.clause or id(q) in used or q.anchor != rank.other.anchor
            for w in (*q.words, *q.text.lower().split(), q.role)}
    # (and the world, the scope a rank of those who do something has when no other is said: "Largest exporter of
    # black tea: Sri Lanka" against "Kenya is the world's largest exporter of black tea"; not a place's, "Largest
    # city: Sydney" is a country's own)
    told |= {str(v) for v in rank.other.value[1:]} | set(claim.lemmas)
    if lexical.kind(rank.part.anchor) == "noun.person":
        told.add("world")
    # (nor how the fact holds it to be the record, "is generally considered the tallest": who holds it, not which)
    if fact.clauses[rank.other.clause].act in lexical.DEEMING_ACTS:
        told |= lexical.DEEMING_ACTS | lexical.HELD_WIDELY
    # (a word's lemma beside its form told: "founding" is the rank, its lemma "found" no word more)
    if {w for w in set(fact.lemmas) - told if stem(w) not in _stems(rank.other.text.lower().split())}:
        return False
    backing = {id(f.other) for f in a.backed}
    scope = [q for q in fact.parts if q.kind == "name" and q.clause == rank.other.clause
             and q.anchor == rank.other.anchor and q.role in ("in", "of", "poss")]
    # (a date or a figure, in brackets too, the fact does not give may be another year's record; a name
    # that says more than the fact's narrows the scope: "First Black African Olympic champion" is not
    # "the first modern Olympic champion")
    # (the first of a kind stays the first whatever the year: only a superlative's record may pass to another; a
    # date the line takes from its heading, that is: one the claim writes may be a season's first, "the first race
    # winner in 2019")
    first_ever = rank.part.value == (1,) and rank.other.value == (1,)
    return all(id(q) in backing for q in scope) and not any(
        f.part.kind == "amount" or f.part.kind == "date" and not (first_ever and f.part.resolved)
        or not f.part.detail and f.part.kind in ("name", "thing", "mod", "rank")
        for f in a.unbacked) and not any(
        f.part.kind == "name" and f.other is not None and set(f.other.words) < set(f.part.words) for f in a.backed)


def _opened_to(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Does the claim tell a thing's opening to someone the fact does not give ("opened its doors to
    women in 1931", "opened to the public in 1759") against its opening or making at large ("opened in
    1850", "was founded in 1753")? Opening to the public, or to women, is one stage of many."""
    act = claim.clauses[a.clause].act if 0 <= a.clause < len(claim.clauses) else ""
    if act.split("_")[0] not in ("open", "reopen") and act not in lexical.INCEPTION_ACTS:
        return False
    return any(f.part.kind == "thing" and f.part.role == "to" and f.part.clause == a.clause and not f.part.detail
               for f in a.unbacked) and not any(q.role == "to" for q in fact.parts)


def _eponym(f: Finding, a: Alignment) -> bool:
    """Is ``f`` a person's full name whose thing the fact names after them? "Orville Gibson's company"
    is the fact's Gibson Mandolin-Guitar Manufacturing Company."""
    return f.part.kind == "name" and f.part.role == "poss" and len(f.part.words) > 1 and any(
        g.other is not None and g.other.kind == "name" and f.part.words[-1] in g.other.words
        and g.part.kind == "thing" and g.part.words[0] == f.part.anchor for g in a.backed)


def _card_topic(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Is the conflict only a card's "Who:" name, on a card whose topic field (a name or a thing, not a label)
    the fact names ("Dish: Peach Melba; Who: Marie-Antoine Careme; ..." against "Peach Melba was created by
    Auguste Escoffier")? Then the card and the fact are of one event, whoever the doer."""
    if {_kind(c) for c in a.conflicts} != {"who"} or claim.text.count(":") < 2 or ";" not in claim.text \
            or not re.search(r"(?:^|[;|])\s*who\s*:", claim.text, re.I):
        return False
    low = fact.text.lower()
    return any(p.kind in ("name", "thing") and p.role == "topic" and not p.detail
               and not any(f.status == "conflict" and f.part is p for f in a.findings)
               and not re.search(rf"{re.escape(p.text)}\s*:", claim.text)
               and (re.search(rf"\b{re.escape(p.text.lower())}\b", low) is not None
                    or any(q.kind == "name" and lexical.same_name(p.text, p.words, q.text, q.words) == "same"
                           for q in fact.parts)) for p in claim.parts)


# possessives that sort what they qualify into a kind of its own: "women's ice hockey", "the girls' singles"
# (not "men's": a game or a contest named without a kind is the men's, "The 1500 metres freestyle was first swum
# at the Olympics in 1908" against "The men's 1500 metres freestyle was first swum ... in 1912" is one event; the
# men's against the women's still differ, by the women's)
_SORTING = frozenset({"woman", "women", "child", "children", "boy", "girl", "lady", "junior", "senior", "veteran"})


def _sorted_otherwise(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Is the clause's subject, in the fact, sorted into a kind the claim does not say: "Ice hockey first
    appeared at the Olympics in Antwerp in 1920" against "Women's ice hockey made its Olympic debut at Nagano in
    1998"? The fact tells of that kind's event, not the claim's (nor the other way round: "the women's" against the
    men's or the game at large). Not what was done or won, which the context often sorts: "Georgiadis wins the
    foil" against "won the men's sabre" is one contest of its kind."""
    def sorts(parts: Sequence[Part], head: Part) -> frozenset[str]:
        return frozenset(o.words[0] for o in parts if o.role == "poss" and o.kind == "thing" and o.clause == head.clause
                         and (o.anchor == head.words[-1] or not o.anchor and 0 < head.at - o.at <= 3)
                         and o.words[0] in _SORTING)  # (a line without a verb leaves it unhung: "Women's speed skating, ...")

    return any(f.status == "backed" and f.other is not None and f.part.kind == "thing"
               and f.part.role in ("subj", "topic") and f.other.role in ("subj", "topic")
               and sorts(fact.parts, f.other) != sorts(claim.parts, f.part)
               for f in a.findings)


def _age_at_another_act(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Is the clause's only difference an age said by a copula clause hung on another ("became king when he was about
    nine"), whose act the fact does not tell ("died at about the age of 19")? The age is the one at the other clause's
    act; the fact's is at its own ("He died when he was 29" is its act, and denied)."""
    # (every conflict an age: not a polarity or another difference the clause has besides, which has no finding of its
    # own to ask)
    if not when_clause(claim, a.clause) or not a.conflicts or not all(c.startswith("amount age ") for c in a.conflicts):
        return False
    # (the other act is the fact's where it agrees, or where all it says is the fact's: "became king" against "became
    # king when he was about eight or nine years old", read as a copula with no act)
    mains = [align(claim, k, fact) for k in claim.main_clauses]
    # (the same act, or one a kind of the other: "drowned" and "died" may be; not one that results from the other,
    # "left school" and "emigrated" (review 56b))
    return not any(m.act in ("same", "broader", "converse") or not m.conflicts and not m.unbacked and len(m.backed) > 1
                   for m in mains)


def same_event(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Are the claim's clause and the fact about one event, so that their differences are conflicts?

    The act must agree (or the clause has none, or the acts are opposites), something the clause is
    about must be shared, and the differences must not pile up: another actor *and* another date
    (or more than two differences) is another event ("Irène Joliot-Curie won the 1935 prize" is
    not refuted by "Marie Curie won the 1911 prize").
    """
    if not a.conflicts:
        return False
    # "Senior TT these days = 6 laps" against "The 1907 TT was run over ten laps": what holds now, undated, is
    # not refuted by what a dated fact says held then
    # (a measure or a count, what changes with the years; not a place or a date the claim gives of then, "Today
    # the Louvre houses the Mona Lisa, which Leonardo painted in Milan"; and not against a fact that says what
    # still holds, in the present: "The second Tay Bridge, opened in 1887, carries two tracks")
    if _NOW.search(claim.text) and not any(p.kind == "date" and not p.resolved for p in claim.parts) \
            and any(q.kind == "date" for q in fact.parts) \
            and not any(c.main and c.act and not c.past for c in fact.clauses) \
            and all(f.part.kind == "amount" for f in a.findings if f.status == "conflict"):
        return False
    # ("Place: Salar de Uyuni; Country: Peru" against "Salar de Uyuni in Bolivia": the card's own topic, which the
    # fact names, is where the fact puts it; the field's clause shares nothing else with the fact)
    if all(_kind(c) == "place" and "(the card's " in c for c in a.conflicts):
        return True
    if _age_at_another_act(a, claim, fact):
        return False
    # ("Sneferu's grandson Khufu built the Great Pyramid" against "Khufu was the son of Sneferu": another relation of the
    # same owner to the same person, both named, is one difference whatever the act, as a calling is)
    if all(c.startswith("relation: ") for c in a.conflicts):
        return True
    if _another_record(a, claim, fact) or _other_stage(a, claim, fact) or _began_another_act(a, claim, fact) \
            or _opened_to(a, claim, fact) or _sorted_otherwise(a, claim, fact):
        return False
    # ("won 6 Oscars" against "was nominated for 14 Academy Awards": a candidacy is not what it is for)
    mine = claim.clauses[a.clause].act if 0 <= a.clause < len(claim.clauses) else ""
    if mine:
        # (not where the fact tells the claim's act too: "was nominated several times but never won")
        fact_acts = [q.words[0] for q in fact.parts
                     if q.kind == "act" and 0 <= q.clause < len(fact.clauses) and fact.clauses[q.clause].main]
        if any(lexical.short_of(mine, act) for act in fact_acts) \
                and not any(lexical.act_relation(mine, act) == "same" for act in fact_acts):
            return False
    kinds = {_kind(c) for c in a.conflicts}
    # ("made by early farmers rather than by hunter-gatherers" against "made by hunter-gatherers": the one the claim
    # sets aside is the one the fact gives in the slot where the claim gives another, one difference)
    setting_aside = [f for f in a.findings if f.status == "conflict" and f.note.startswith("polarity: the claim denies")]
    rivals = {id(f.other) for f in a.findings if f.status == "conflict" and f not in setting_aside}
    if setting_aside and all(id(f.other) in rivals for f in setting_aside) \
            and sum(1 for c in a.conflicts if _kind(c) == "polarity") == len(setting_aside):
        kinds = kinds - {"polarity"}
    # ("potassium chloride" against "sodium chloride": "which" on the qualifier and "kind" on the compound it
    # makes are one difference, not another thing and another kind)
    if {"which", "kind"} <= kinds and all(
            f.part.kind in ("mod", "thing", "name") and f.part.role == "mod" and any(
                g.status == "conflict" and _kind(g.note) == "kind" and g.part.words[-1:] == (f.part.anchor,)
                and g.part.role != "subj"
                for g in a.findings)
            for f in a.findings if f.status == "conflict" and _kind(f.note) == "which"):
        kinds = kinds - {"which"}
    if a.act in ("", "none") and kinds == {"date"} and all(
            _edition_only(f, a, claim, fact) for f in a.findings if f.status == "conflict"):
        return False
    if kinds == {"only"}:
        # (the list is the thing compared: the act must agree, and nothing the clause is about besides
        # the list go unbacked: "works by Bach and Handel only" is not refuted by who was born when)
        only = claim.clauses[a.clause].only
        return a.act != "" and a.topic and not any(
            f.part.kind in ("name", "thing") and not f.part.detail and f.part.role in ("subj", "obj", "topic", "attr")
            and f.part.words and f.part.words[-1] not in only for f in a.unbacked)
    if kinds == {"alone"}:
        # "Fleming alone received the 1945 prize" against "was shared by Fleming, Florey and Chain":
        # the thing and its date name the event whatever the verb
        # (or the act itself done to one named thing: "Telford alone designed the Pontcysyllte Aqueduct",
        # or to a thing a name qualifies: "performed the Metamorphosis illusion alone", or to a label the
        # tagger took for a common noun, written with its capital: "Metamorphosis: Houdini performed it alone")
        return a.topic and (any(f.part.kind == "date" for f in a.backed) and any(
            f.part.kind in ("name", "thing") and f.part.role in ("obj", "thing", "attr") for f in a.backed)
            or a.act == "same" and any((f.part.kind in ("name", "pronoun") or f.part.kind == "thing" and
                                        f.part.text[:1].isupper()) and (
                f.part.role == "obj" or f.part.role in ("mod", "poss") and any(
                    g.part.kind == "thing" and g.part.role == "obj" and g.part.words == (f.part.anchor,)
                    for g in a.backed)) for f in a.backed))
    if kinds <= {"nationality", "home"} and any(f.part.kind == "name" and f.other is not None and f.other.kind == "name"
                                        and (f.status == "backed" and len(f.part.text.split()) > 1
                                             or f.status == "conflict" and " of " in f.part.text)
                                        and a_person(f.part.text.split(" of ")[0]) for f in a.findings) and (
            a.act != "" or any(f.part.kind in ("thing", "date", "amount") and not f.part.detail for f in a.backed)
            or sum(1 for f in a.backed if f.part.kind == "name") > 1) and not any(
            f.part.kind in ("thing", "name") and not f.part.detail and f.part.role in ("obj", "thing", "attr")
            and f.part.words[0] not in _ANYONE for f in a.unbacked):
        # ("the idea came from an Englishman, William Paterson" against "the Scottish merchant William
        # Paterson proposed ..."; "Croesus of Persia" against "King Croesus of Lydia"): a person named
        # in full is of one nation, whatever the verb, when the rest is theirs too (not a namesake doing
        # another thing: "King Philip of Spain married Mary Tudor" / "King Philip of France defeated John")
        return True
    if a.act == "" and a.topic and _pinned_despite_act(a, kinds, claim, fact):
        return True
    # ("put together in 1971 by Herbert Saffir, a meteorologist, and Robert Simpson" against "developed
    # in 1971 by the engineer Herbert Saffir and the meteorologist Robert Simpson": names and date pin
    # the event, whatever the verb; the titles are swapped)
    if a.act == "" and a.topic and kinds == {"roles"} and pinned_by_specifics(a):
        return True
    if a.act == "" and a.topic and _act_in_other_words(a, kinds, claim, fact):
        return True
    # ("first Eurostar trains from 14 Nov 1995" against "Eurostar passenger services ... began on 14 November
    # 1994": the day and the month agree, a name the fact gives is the line's, and only the year differs)
    if a.act == "" and a.topic and kinds == {"date"} and _another_year_same_day(a):
        return True
    # ("GoldStar builds Japan's first washing machine, c. 1969" against "produced South Korea's first washing
    # machine in 1969": who, what and when agree, whatever the verb; whose the thing is differs)
    # (two acts of making or bringing it out, "builds" and "opened": not "sold" against "opened")
    if a.act == "" and a.topic and kinds == {"which"} and _whose_thing_differs(a) and _both_making(a, claim, fact):
        return True
    # ("Anne Boleyn was beheaded in 1563" against "was executed at the Tower of London in 1536": a person's death,
    # however each tells it, is one event)
    if a.act == "" and a.topic and kinds <= {"date", "place", "in", "at"} and _one_death(a, claim, fact):
        return True
    if a.act == "" or not a.topic:
        return False
    # ("Alaska -> Tasmania nonstop, ~13,560 mi" against "about 13,560 kilometres": the figure as written
    # in another unit of one measure is a slip in the unit, whatever else the clause leaves unsaid)
    if kinds == {"amount"} and len(a.conflicts) == 1 and a.act in ("same", "broader", "none") \
            and any(_same_figure_other_unit(f) for f in a.findings if f.status == "conflict") \
            and any(f.part.kind in ("name", "thing") and not f.part.detail for f in a.backed):
        return True
    # several differences in who took part are one difference (the German historian Theodor
    # Mommsen against the French poet Sully Prudhomme); another participant *and* another date,
    # place or amount is another event ("Irène Joliot-Curie won the Nobel Prize in 1935")
    identity = kinds & IDENTITY
    # ("a portable cassette player went on sale on 1 July 1979" against "the first CD players went on sale ... on 1
    # October 1982": another kind of the thing that does the act, with another date, is another participant's event;
    # alone it is the difference, "worked by electric locomotives" against "by steam locomotives")
    if kinds - IDENTITY - {"kind"} and any(f.status == "conflict" and _kind(f.note) == "kind" and f.part.role == "subj"
                                           for f in a.findings):
        identity = identity | {"kind"}
    others = kinds - identity
    # (unless the place is only where the rival holder of one of a kind stands, as ``_another_holder`` weighs it)
    rival_holder = bool(identity) and others == {"place"} and _placed_with_its_rival(a) and _another_holder(a, claim, fact)
    if identity and others and not rival_holder:
        return False
    # "the Portuguese never controlled the islands" is not refuted by "Coen conquered the islands":
    # what the claim denies of one, the fact does not say of them
    if identity and a.negation == "claim":
        return False
    if len(others) > 2:
        return False
    # "The first ballpoint patent wasn't Bíró's" against "the Bíró brothers filed a new ballpoint patent in 1943":
    # what the claim denies of the first one, the fact does not say of that one
    if "polarity" in kinds and a.negation == "claim" and any(
            f.part.kind == "rank" and not f.part.detail for f in a.unbacked):
        return False
    # "The north tower is 113 m tall" against "The south tower is 105 m tall": the opposite of what
    # the clause is about, and more differing, is the other one of a pair
    if "opposite" in kinds and len(a.conflicts) > 1 and any(
            f.status == "conflict" and f.note.startswith("opposite") and f.part.role == "mod" and any(
                o.kind == "thing" and o.words[0] == f.part.anchor and o.clause == a.clause
                and o.role in ("subj", "topic") for o in claim.parts) for f in a.findings):
        return False
    # "It fell on 24 July 1938 to a German-Austrian team" (the Eiger, climbed) against "its north face
    # rises 1,800 m": an opposite act on a day the fact does not give is another event, not its undoing
    if kinds == {"opposite"} and any(f.part.kind == "date" and not f.part.detail for f in a.unbacked):
        return False
    # "The Flavian line ended ..." against "Construction of the Colosseum, also called the Flavian Amphitheatre,
    # began ...": an opposite act of a subject the fact does not name is another thing's
    if "opposite" in kinds and any(f.status == "unbacked" and f.part.kind == "thing" and f.part.role == "subj"
                                   and not f.part.detail for f in a.findings) \
            and any(f.status == "conflict" and f.part.kind == "act" for f in a.findings):
        return False
    if len(others) > 1 and any(p.kind == "pronoun" and p.clause == a.clause and (
            p.role == "subj" or claim.clauses[p.clause].passive) for p in claim.parts):
        return False  # "he won at the 2008 Beijing Olympics": an unknown "he", another place and year: another event
    # every name the claim gives that is not itself in conflict must be in the fact: a claim naming
    # someone or something the fact does not is about another event ("he gave his vaccine to Joseph
    # Meister in 1885" is not refuted by a fact on the BCG vaccine in 1921)
    # ("Bolt lost the 100 m final in Beijing to Asafa Powell": with the opposite act, the other
    # party to it is a name the fact has no reason to give)
    # (a place the fact does not speak of too: "Wilbur flew at Le Mans in August 1908" is not refuted
    # by Wilbur's flight of 17 December 1903, which the fact does not place)
    # (a place is one difference, not two: "premieres at the Burgtheater in Vienna" against "at the
    # Estates Theatre in Prague", Vienna against Prague, leaves the theatre without a counterpart)
    # (and so is a town the fact does not name, whose state the claim gives against the fact's: "at Dayton, Ohio"
    # against "at Kill Devil Hills, near Kitty Hawk, North Carolina")
    placed = any(f.status == "conflict" and (_place(f.part.role) == "place" or f.part.role == "locator")
                 for f in a.findings)
    # (a name the fact's written short is no name it lacks: "founded 1964 in NYC" against "in New York")
    # (not a name the parse could hang nowhere after the act both tell, "formed ... in 1896, hence the name 'the
    # Gunners'": what it says is another statement, not another party to the act; a line's label before it,
    # "Klose: 16 World Cup goals", is what the line is about)
    # (after a comma: "Everest takes over 1823; Surveyor General 1830-43" lists another statement)
    stray = {id(f) for f in a.unbacked if f.part.role == "dep" and a.act == "same" and any(
        g.part.kind == "act" and g.part.clause == f.part.clause and g.part.at < f.part.at for g in a.backed)
        and re.search(rf",[^,;:]*\b{re.escape(f.part.text)}\b", claim.text) is not None}
    # (nor a place the claim puts an act in that the fact denies outright, placing it nowhere: "Bradman's side loses
    # only once, at Lord's" against "went through its tour without losing a match", which denies it at Lord's too)
    # (a denial of all of a kind, "without losing a match"; not of one named thing, "never won Wimbledon", which
    # says nothing of Paris)
    # (a name the claim gives too is no other thing: "never lost to Rafael Nadal" covers "lost to Nadal at Roland
    # Garros")
    denied_everywhere = kinds == {"polarity"} and a.negation == "fact" and _denied_outright(a, fact)
    if any(f.part.kind == "name" and id(f) not in stray and not _label_or_within(f.part, claim, fact) and not _eponym(f, a)
           and not (denied_everywhere and _place(f.part.role) == "place")
           and not any(q.kind == "name" and _written_short(f.part, q, claim) for q in fact.parts)
           and (core(f, claim, fact) and not (placed and _place(f.part.role) == "place")
                                      or _place(f.part.role) == "place" and not f.part.detail and not placed
                                      and f.part.anchor == claim.clauses[a.clause].act
                                      and not lexical.broad_place(f.part.words)) and not (
            a.act == "opposite" and f.part.role in ("to", "against", "behind")) for f in a.unbacked):
        return False
    # "Tiangong core module (Tianhe) launched" against "the core module of Mir was launched": a name
    # the fact lacks, qualifying what the clause is about, makes it another thing
    heads = {f.part.words[0] for f in a.backed if f.part.kind == "thing" and not f.part.detail
             and f.part.role in ("subj", "obj", "topic", "attr")}
    # (the fact's own word of another class does give it: "the Soviet gymnast", "Soviet" an adjective)
    # (nor one whose surname the fact's name of the thing bears: "Orville Gibson's company" is the Gibson
    # Mandolin-Guitar Manufacturing Company)
    if any(f.part.kind == "name" and f.part.role in ("mod", "poss") and f.part.anchor in heads and not f.part.detail
           and not any(q.words == f.part.words for q in fact.parts)
           and not _eponym(f, a) for f in a.unbacked):
        return False
    # ("a papal bull of 1538 set up a university in Santo Domingo" against "The University of Glasgow was
    # founded in 1451 by a papal bull": a place the fact does not give, where the thing the clause is about
    # stands, makes it another thing)
    if any(f.part.kind == "name" and _place(f.part.role) == "place" and f.part.anchor in heads and not f.part.detail
           and lexical.is_place(f.part.words) and not any(
               q.kind == "name" and (set(f.part.words) <= set(q.words) or lexical.nested_places(f.part.words, q.words))
               for q in fact.parts) for f in a.unbacked):
        return False
    # "The United States followed with a nationwide ban the next year" against "bees were first found in the
    # United States in 1990": a year the reader counted, no act compared, and what the clause is about (a
    # ban) the fact does not name ("London followed five years later" has nothing else to name)
    counted = [f for f in a.findings if f.status == "conflict"]
    if a.act == "none" and counted and len(counted) == len(a.conflicts) and all(
            f.part.kind == "date" and f.part.resolved and f.part.at >= 0 for f in counted) and any(
            f.part.kind == "thing" and not f.part.detail for f in a.unbacked):
        return False
    if a.act == "none" and _dated_by_another_act(a, fact):
        return False
    # ("Ledecky: 800 free gold London 2012, aged 15" against "Katie Ledecky was born on 17 March 1997 in Washington"):
    # a line without a verb, about a thing the fact does not name, that differs from the fact's act in more than
    # one part, is another event of the same person's
    if a.act == "none" and len(a.conflicts) >= 2 and any(fc.act for fc in fact.clauses) and any(
            f.part.kind == "thing" and f.part.role in ("topic", "subj", "obj") and not f.part.detail
            and f.part.words[0] not in fact.lemmas for f in a.unbacked):
        return False
    # ("1836: second race, Westminster to Putney" against "The Boat Race is rowed ... between Putney and
    # Mortlake": the one race of a rank the claim singles out, which the fact neither ranks nor dates, is not
    # what the fact says of them all)
    if a.act == "none" and claim.clauses[a.clause].act == "" \
            and any(f.part.kind == "rank" and not f.part.detail for f in a.unbacked) \
            and not any(q.kind in ("rank", "date") for q in fact.parts):
        return False
    if a.act == "none":
        # ("Bees can't see ultraviolet" against "Honey bees can see ultraviolet light": a light verb, all
        # the clause says backed, and denied: the denial is the difference)
        # (a main clause's own light verb, not "be" or "have": "there was no machine", "the bees have
        # no brood" deny the thing, not an act; and the fact's clause has that verb: "The route does not
        # include Leeds" is not denied by "The route avoids Leeds")
        light = claim.clauses[a.clause]
        if kinds == {"polarity"} and light.main and light.act and not light.copula and light.act not in ("be", "have") \
                and any(fc.act == light.act and not fc.copula for fc in fact.clauses) \
                and len([f for f in a.backed if not f.part.detail]) >= 2 \
                and not any(not f.part.detail and f.part.kind != "act" for f in a.unbacked):
            return True
        # no act to compare (a verbless line, a copula, "include"): only what dates or measures
        # the named thing can differ; another name in a list is not a rival
        weight = sum(1 for f in a.backed if not f.part.detail) + _day_weight(a)
        # (nor when all the line names is a name the fact gives only the first words of, the maker's: "1977 LEGO
        # Technical Sets" is not dated by LEGO's first bricks)
        # (words of its own the fact nowhere has, not a number, a code or a short form: "Beethoven 9", "Otis HQ",
        # "Boston Manufacturing Co." name the fact's own)
        named = [f for f in a.backed if f.part.kind in ("name", "thing") and not f.part.detail]
        said = fact.text.lower()
        if claim.clauses[a.clause].act == "" and named and all(
                f.part.kind == "name" and f.other is not None and f.other.kind == "name"
                and len(f.part.words) > len(f.other.words) and f.part.words[:len(f.other.words)] == f.other.words
                and all(w.isalpha() and len(w) > 2 and not w.isupper() and w.lower() not in said
                        for w in f.part.text.split()[len(f.other.words):])
                for f in named):
            return False
        # (what a verbless line is about, a thing the fact does not name, makes it another one:
        # "Braidwood: first municipal brigade (Edinburgh, 1824), later head of the LFEE" is not dated
        # by the LFEE's founding)
        # (nor, whatever differs, when the fact shares no more than a word that qualifies it: "1924 - last
        # Olympic tennis for 64 years" against "In 1988 Steffi Graf won ... the Olympic gold medal")
        if claim.clauses[a.clause].act == "" and any(_topic_thing(f) and not in_field_label(f.part, claim)
                                                      for f in a.unbacked) \
                and not any(_topic_thing(f) for f in a.backed) \
                and (all(f.part.detail for f in a.findings if f.status == "conflict")
                     or all(f.part.role == "mod" and len(f.part.words) == 1 and lexical.known_as(f.part.words[0], "a")
                            for f in a.backed if not f.part.detail and f.part.kind in ("name", "thing", "mod"))
                     # (or when all it shares qualifies that thing: "Last Dutch whaling voyage: 1964" against the
                     # Dutch whaling monopoly's end in 1642)
                     # (a line's parse may hang its qualifiers on nothing: the words just before the thing)
                     # (a name among them a nation's only: "Aconcagua, Zurbriggen solo" names the climb)
                     or all(f.part.role == "mod" and (f.part.kind != "name" or lexical.nationality(f.part.text))
                            and any(_qualifies(f, g) for g in a.unbacked if _topic_thing(g))
                            for f in a.backed if not f.part.detail and f.part.kind in ("name", "thing", "mod"))):
            return False
        # (a line without a verb that puts a thing the fact names and dates somewhere else: "Merian: b.
        # Nuremberg 1647" against "born in Frankfurt in 1647", a name and a date agreeing, as a line whose
        # place the fact does not give at all would be weighed by pinned_rivals)
        specifics = [f for f in a.backed if not f.part.detail and f.part.kind in ("name", "date", "amount")]
        if claim.clauses[a.clause].act == "" and kinds == {"place"} and len(specifics) >= 2 \
                and any(f.part.kind == "name" for f in specifics):
            return True
        if not any(_identifies(f, a, fact) for f in a.backed) and weight < 3:
            return False  # "smallpox is the second human disease": three parts agree, a name or not
        # (unless a name and a date or amount of the fact's pin the event down and the other name is who
        # did it or with whom: "English EIC -> charter from James I, 31 Dec 1600" against "received its
        # royal charter from Elizabeth I on 31 December 1600", as ``pinned_rivals`` reads a name the fact
        # does not give; not which thing, "what" or "which", one of a list the line gives)
        # ("Uno -> Merle Robbins, a barber from Reading, Pennsylvania" against "from Reading, Ohio": the
        # person and what they were agree; where they came from is a place in another region)
        if kinds == {"from"} and all(f.other is not None and lexical.is_place(f.part.words)
                                     and lexical.is_place(f.other.words)
                                     and not lexical.nested_places(f.part.words, f.other.words)
                                     for f in a.findings if f.status == "conflict") \
                and (sum(1 for f in a.backed if f.part.kind == "name" and not f.part.detail) >= 2
                     and any(f.part.kind == "thing" and not f.part.detail for f in a.backed)
                     # ("Halloumi is originally from Greece" against "Halloumi is a traditional cheese from
                     # Cyprus": one named thing, and where it is from, is all a copula says of it)
                     or claim.clauses[a.clause].copula and any(
                         f.part.kind == "name" and f.part.role in ("subj", "topic") and not f.part.detail
                         for f in a.backed) and not any(
                         f.part.kind in ("name", "thing") and not f.part.detail and f.part.role in ("attr", "obj")
                         for f in a.unbacked)
                     # (of a thing, not a person: a person is "from" where they were born, grew up and
                     # work, "a politician from California" and "originally from Austria" both hold)
                     and not any(q.kind == "thing" and q.role == "attr" and lexical.kind(q.words[0]) == "noun.person"
                                 for q in (*claim.parts, *fact.parts))):
            return True
        # (where the rival holder stands is no second difference: "Tallest lighthouse in the world: the Lanterna,
        # Genoa" against "Jeddah Light in Saudi Arabia", weighed above)
        if kinds == {"who"} and _another_holder(a, claim, fact) or kinds == {"who", "place"} and rival_holder:
            return True
        if kinds & {"who", "what", "which", "with", "to", "from", "recipient", "giver"} and not _swapped_member(a, claim, fact) \
                and not _other_kin(a, claim) and not (_named_and_dated(a) and kinds <= {"who", "from", "by"}) \
                and not (kinds == {"which"} and _what_it_was(a)) and not _card_topic(a, claim, fact):
            return False
        # "1995: first complete genome of a free-living organism" against "the first complete sequence
        # of a human genome" (2022): a rank over things of another kind is another record
        if any(f.part.kind == "rank" for f in a.backed) and any(
                f.part.kind in ("thing", "name") and f.part.role == "of" and not f.part.detail for f in a.unbacked):
            return False
        if "polarity" in kinds and sum(1 for f in a.backed if f.part.kind in ("thing", "rank", "amount", "date")) < 2:
            return False  # "X did not appear": no act, too little in common to deny the fact
        # ("tooth enamel is the hardest substance in the human body" against "Washington's dentures were not made of
        # wood; they were made from materials such as human and animal teeth": what the clause is about, unbacked)
        if "polarity" in kinds and any(not f.part.detail and f.part.kind in ("name", "thing")
                                       and f.part.role in ("subj", "topic") for f in a.unbacked):
            return False
    # what identifies the event must agree. Another participant is a conflict only when the rest
    # pins the event down: the thing done and its date or amount ("Pierre Curie won the 1911 Nobel
    # Prize in Chemistry"; not "he received the Nobel Prize" against "won the Booker Prize").
    # Another date, place or amount is a conflict only when the same subject did it to the same thing.
    clause = claim.clauses[a.clause]
    subject = [f for f in a.findings if not f.part.detail and f.part.kind in ("name", "thing", "pronoun") and (
        f.part.role in ("subj", "topic") or f.part.role == "obj" and clause.passive)]
    # "the combined MMR shot": a subject is named by the name that qualifies it
    heads_named = {f.part.anchor for f in a.backed if f.part.kind == "name" and f.part.role in ("mod", "poss")}
    subject = [replace(f, status="backed", part=replace(f.part, kind="name")) if f.part.kind == "thing"
               and f.part.words[0] in heads_named else f for f in subject]
    obj = [f for f in a.findings if not f.part.detail and f.part.kind in ("name", "thing", "pronoun") and (
        f.part.role in ("thing", "attr") or f.part.role == "obj" and not clause.passive)]
    # (not a figure that names the thing both give, "won the 100 m freestyle": it says which event, not which time of it)
    things = {f.part.words[-1] for f in a.backed if f.part.kind == "thing"}
    dated = any(f.part.kind == "date" or f.part.kind == "amount" and not (f.part.role == "mod" and f.part.anchor in things)
                for f in a.backed if not f.part.detail)
    if identity - {"roles"}:
        # the other participants must agree, and a date or amount pin the event down
        in_conflict = {id(f) for f in a.findings if f.status == "conflict"}
        others_backed = [f for f in a.findings if f.status == "backed" and id(f) not in in_conflict
                         and f.part.kind in ("name", "thing") and not f.part.detail
                         and f.part.role in PARTICIPANTS | {"topic", "attr", "thing"} - {"poss"}]
        # (or, with no date, two other names: "Earthrise was taken by Frank Borman on Apollo 8";
        # "Element 101 was named nobelium in Mendeleev's honour")
        named = {id(f.other) for f in others_backed if f.part.kind == "name" and f.other is not None}
        # a mission, a voyage, an occasion named where it happened ("on Apollo 8" / "during Apollo 8")
        named |= {id(f.other) for f in a.findings if f.status == "backed" and f.part.kind == "name"
                  and f.part.role in ("on", "during", "aboard") and f.other is not None
                  and not lexical.is_place(f.part.words) and id(f) not in in_conflict}
        # (or one the fact names as an occasion, whatever the claim's phrase: "Tokyo: Rayssa Leal wins ..." against
        # "... won the silver medal in women's street at the Tokyo Olympics")
        named |= {id(f.other) for f in a.findings if f.status == "backed" and f.part.kind == "name"
                  and f.other is not None and f.other.kind == "name" and len(f.other.words) > 1
                  and lexical.kind(f.other.words[-1]) == "noun.event" and id(f) not in in_conflict}
        # (or an occasion a name qualifies, the same in both: "Dharasana protest led by: Jawaharlal Nehru" against
        # "Sarojini Naidu led the protest at the Dharasana Salt Works", one protest, one leader)
        for f in others_backed:
            if f.part.kind != "thing" or f.other is None \
                    or not lexical.first_kinds(f.part.words[-1]) & {"noun.act", "noun.event"}:
                continue
            qualifier = next((g for g in a.findings if g.status == "backed" and g.part.kind == "name"
                              and g.part.role == "mod" and g.part.anchor == f.part.words[-1] and g.other is not None
                              and id(g) not in in_conflict), None)
            if qualifier is not None:
                named |= {id(f.other), id(qualifier.other)}
        # (a card whose topic field the fact names is of the fact's event, whoever its "Who:" gives)
        card = _card_topic(a, claim, fact)
        # (or a rank both give the thing: "the first Best Actress award" went to one person only)
        # (or the making of a thing a name names, which one maker made: "Ludwig I of Bavaria commissioned
        # Neuschwanstein" against "... was commissioned by King Ludwig II of Bavaria")
        # (or the one the claim sets aside in that slot, which is the fact's: "by farmers rather than by
        # hunter-gatherers" says it is not the fact's event's doer)
        if setting_aside and kinds & IDENTITY and "polarity" not in kinds and others_backed:
            return True
        if not (others_backed or card) or not (dated or card or _pinned_by_rank(a, claim) or len(named) >= 2
                                     or _dated_elsewhere(a, claim, fact) or kinds == {"which"} and _what_it_was(a)
                                     or kinds <= {"who", "by"} and _named_work(a, claim, fact)):
            return False
    elif others & {"date", "amount", "place", "rank", "polarity", "opposite", "of", "in", "at", "on", "nationality"}:
        named_subject = any(f.status == "backed" and (f.part.kind == "name" or f.part.kind == "thing"
                                                      and f.part.role == "topic") for f in subject)
        # ("Ben Franklin was in Paris at the time" against "Benjamin Franklin's kite experiment took place in
        # Philadelphia": where the claim says he was, the fact's place is that of a thing of his the claim does
        # not name)
        if others & {"place", "in", "at"} and clause.copula and subject and all(
                f.status == "backed" and f.other is not None and f.other.role == "poss" for f in subject) \
                and not any(g.part.kind == "thing" and g.other is not None and g.other.words[:1] == (f.other.anchor,)
                            for f in subject for g in a.backed):
            return False
        # ("Gaggia's machine, patented in 1948": the participle's thing is named by its owner in the
        # clause it hangs on, who the fact names too)
        # (the owner named in full, and the fact's doer: "Monet's bridge" is one of many works of Monet's)
        owners = [n for n in claim.parts if n.kind == "name" and n.role in ("poss", "mod") and not n.detail
                  and len(n.words) > 1 and any(f.status == "backed" and f.part.kind == "thing"
                                               and f.part.words[0] == n.anchor for f in subject)]
        named_subject = named_subject or any(
            q.kind == "name" and canonical_role(q, fact) == "subj"
            and lexical.same_name(o.text, o.words, q.text, q.words) == "same" for q in fact.parts for o in owners)
        # "18 million children took part in the 1954 field trial": no named subject, but the
        # trial, its year and the act pin the event down
        # (the phase of a named span is that name's qualifier, not one more thing agreeing)
        # (with what the line's label names and dates, when the fact backs it all: "Dreamworld 2016: six
        # people killed on the Thunder River Rapids Ride" against "In October 2016 four people died on the
        # Thunder River Rapids Ride at Dreamworld")
        # (the label is aligned only when its parts can decide)
        agreeing = sum(1 for f in a.backed if not f.part.detail and not f.part.anchor.startswith("phase of "))
        # (and a name in brackets the fact gives as a party to its act: "1979 Sea Shepherd founded (Paul Watson)"
        # against "Paul Watson founded the Sea Shepherd Conservation Society in 1977")
        agreeing += sum(1 for f in a.backed if f.part.detail and f.part.kind == "name" and f.other is not None
                        and f.other.kind == "name" and canonical_role(f.other, fact) in ("subj", "obj"))
        # (the first of a kind is one thing whatever else is said of it: "the first show under the Crufts name"
        # against "the first show held under the name Crufts")
        agreeing += sum(1 for f in a.backed if f.part.kind == "rank" and not f.part.detail and f.other is not None
                        and f.part.value == (1,) and f.other.value == (1,))
        pinned = agreeing >= 3 or not named_subject and agreeing + _label_backed(a, claim, fact) >= 3
        # (not a name that only says whose the line's thing is, when the fact lacks that thing: "Johnson's
        # royal pension: £300 a year from 1762" against "Johnson's Dictionary was published in 1755")
        whose_only = any(f.status != "backed" and f.part.kind == "thing" and f.part.role == "topic" and not f.part.detail
                         for f in a.findings)
        # (nor a name that qualifies such a thing the fact lacks, with another word of it the fact lacks too:
        # "Slinky factory town: Hollidaysburg" against where the Slinky was first demonstrated; not "Otis HQ:
        # Hartford", whose one word says where)
        things_apart = [g for g in a.findings if g.status != "backed" and g.part.kind == "thing" and g.part.role == "topic"
                        and not g.part.detail and any(h.status != "backed" and h.part.kind in ("thing", "mod")
                                                      and h.part.role == "mod" and _qualifies(h, g) for h in a.findings)]
        # (nor a place's name that qualifies another noun there than in the fact: "First US city to require
        # pasteurised milk: Chicago" against "received a US patent": the US of a city is not the US of a patent)
        if not named_subject and not pinned and not (clause.act == "" and any(
                f.status == "backed" and f.part.kind == "name" and not (whose_only and f.part.role == "poss")
                and not (f.part.role == "mod" and any(_qualifies(f, g) for g in things_apart))
                and not (f.part.role == "mod" and f.other is not None and f.other.role == "mod"
                         and f.other.anchor != f.part.anchor and lexical.is_place(f.part.words))
                for f in a.findings)):
            return False
        # (a place the parse made the object, where the backed one is: "builds the first paternoster, Oriel
        # Chambers, Manchester" against "in Oriel Chambers, Liverpool", a conflict of its own)
        # (nor the object itself said with the opposite word: "use more water" against "use less water")
        # (an object said by a pronoun stands for what the sentences before named, which the names and the
        # date that agree pin as the fact's: "Mothes and Dublanc patented them in Italy in 1834" against
        # "Soft gelatin capsules were patented in France in 1834 by Mothes and Dublanc")
        # (a date agreeing, with no amount differing; or only the date differing, the one thing the writer
        # could have slipped on: "He patented it in Switzerland in 1965" against Velcro's 1955 patent there;
        # not "Edison patented it in Britain", with nothing to pin what "it" was)
        conflicting = {f.part.kind for f in a.findings if f.status == "conflict"}
        done_to = any(f.part.kind == "pronoun" for f in obj) and any(q.kind in ("thing", "name") and (q.role == "obj" or q.role == "subj" and 0 <= q.clause < len(
            fact.clauses) and fact.clauses[q.clause].passive) for q in fact.parts) and (
            any(f.part.kind == "date" and not f.part.detail for f in a.backed) and "amount" not in conflicting
            or conflicting == {"date"})
        # (nor the object of another kind WordNet names with the same noun: "took the gold medal" against "the silver
        # medal", the difference itself)
        if any(f.status != "backed"
               and not (f.status == "conflict" and f.note.startswith(("place:", "opposite", "kind:")))
               and not (f.part.kind == "pronoun" and done_to and named_subject)
               for f in obj if f.part.kind != "thing" or core(f, claim, fact)):
            return False
    return True


def _placed_with_its_rival(a: Alignment) -> bool:
    """Is every place that differs where the fact's rival to the claim's one of a kind is ("Tallest lighthouse in
    the world: the Lanterna, Genoa" against "Jeddah Light in Saudi Arabia ... is the tallest lighthouse in the
    world")? The first of a kind is one thing: another one is one difference, wherever it stands."""
    if not any(f.part.kind == "rank" and len(f.part.value) == 2 and f.part.value[0] == 1 and not f.part.detail
               for f in a.backed):
        return False
    conflicts = [f for f in a.findings if f.status == "conflict" and f.other is not None]
    rivals = [f.other for f in conflicts if _kind(f.note) in IDENTITY and f.other.kind == "name"]
    placed = [f for f in conflicts if _kind(f.note) == "place"]
    return bool(rivals) and bool(placed) and all(
        any(f.other.anchor and f.other.anchor in r.words for r in rivals) for f in placed)


def _label_backed(a: Alignment, claim: Statement, fact: Statement) -> int:
    """How many parts of the label the clause follows ("Dreamworld 2016: ...", a main clause with no verb
    before it) the fact backs, with nothing there in conflict; 0 for a clause with no such label."""
    labels = [j for j in range(a.clause) if claim.clauses[j].main and claim.clauses[j].act == ""
              and any(p.clause == j and p.role == "topic" and p.kind == "name" for p in claim.parts)]
    if not labels:
        return 0
    b = align(claim, labels[-1], fact)
    return 0 if b.conflicts or b.unbacked else sum(1 for f in b.backed if not f.part.detail)


# acts by which the subject's own life ends (not "killed", which another's act may tell: "left 24,000 dead")
_DEATHS = frozenset({"die", "pass_away", "perish"})


_PASSED_AWAY = re.compile(r"\bpass(?:es|ed|ing)? away\b", re.IGNORECASE)


def _one_ends_a_life(act: str, fact: Statement, claim_text: str = "") -> bool:
    """Is the claim's act or the fact's, not both, a death? A death is told in no other words: "Adolphe
    Sax moved to Paris in 1842" is not "died in Paris in 1894"."""
    return bool(act) and (act in _DEATHS or act == "pass" and _PASSED_AWAY.search(claim_text) is not None) \
        != any(c.act in _DEATHS for c in fact.clauses if c.act)


def _another_year_same_day(a: Alignment) -> bool:
    """Is the clause's one conflict a date that agrees with the fact's to the day and month, in another year,
    with a name of the fact's backed and no more than the act (or a word for it) left unsaid?"""
    clash = [f for f in a.findings if f.status == "conflict"]
    if len(clash) != 1 or clash[0].part.kind != "date" or clash[0].other is None or clash[0].other.kind != "date":
        return False
    mine, theirs = clash[0].part.value, clash[0].other.value
    if len(mine) < 5 or len(theirs) < 5 or mine[2] is None or mine[3] is None or mine[2:5] != theirs[2:5] \
            or mine[0] != mine[1] or theirs[0] != theirs[1] or mine[0] == theirs[0]:
        return False
    unbacked = [f for f in a.unbacked if not f.part.detail]
    return any(f.part.kind == "name" and not f.part.detail for f in a.backed) and len(unbacked) <= 1 \
        and all(f.part.kind in ("act", "thing") for f in unbacked)


def _act_in_other_words(a: Alignment, kinds: set[str], claim: Statement, fact: Statement) -> bool:
    """"1971 - USPS takes over from the Post Office Department" against "The USPS replaced the Post
    Office Department on 1 July 1971": all the clause says is backed but its verb, a name among it,
    and what differs is a value of the fact's one event (its one date, amount or place): the act is
    the fact's in other words."""
    unbacked = [f for f in a.unbacked if not f.part.detail]
    backed = [f for f in a.backed if not f.part.detail]
    fact_acts = {c.act for c in fact.clauses if c.act}
    if _one_ends_a_life(claim.clauses[a.clause].act, fact, claim.text):
        return False
    if not (len(unbacked) == 1 and unbacked[0].part.kind == "act" and kinds <= {"date", "amount", "place"}
            and len(backed) >= 2 and any(f.part.kind == "name" for f in backed) and len(fact_acts) == 1
            and all(sum(q.kind == kind for q in fact.parts) == 1
                    for kind in {f.part.kind for f in a.findings if f.status == "conflict"})):
        return False
    # (and every name the fact gives is met in the claim: a name of the fact's the claim leaves out says
    # which event the fact is about, "won the 1903 Nobel Prize" is not "married Pierre Curie in 1895")
    # (nor what the fact's act was done to: "moved to Paris in 1842" is not "patented the saxophone in
    # Paris in 1846")
    met = {id(f.other) for f in a.findings if f.other is not None}
    if not all(id(q) in met for q in fact.parts if q.kind == "name" or q.kind == "thing" and q.role == "obj"
               and not q.detail and 0 <= q.clause < len(fact.clauses) and fact.clauses[q.clause].main
               and not fact.clauses[q.clause].passive):
        return False
    # (not when another clause of the claim tells the fact's own act: "took over in 1904 and opened the
    # canal in 1914" against "took over the project in 1904" tells two events)
    return not any(i != a.clause and c.act and lexical.act_relation(c.act, act) in ("same", "broader")
                   for i, c in enumerate(claim.clauses) for act in fact_acts)


def _denied_outright(a: Alignment, fact: Statement) -> bool:
    """Does the fact deny the act it matches with no name in that clause but its subject and names the claim
    gives too, and name no place anywhere? (Asked only of a polarity conflict the fact makes.)"""
    denied = {f.other.clause for f in a.backed if f.part.kind == "act" and f.other is not None}
    met = {(f.other.at, f.other.words) for f in a.backed if f.other is not None}
    return bool(denied) and not any(
        q.kind == "name" and (q.at, q.words) not in met and (
            _place(q.role) == "place" or q.clause in denied and q.role not in ("subj", "poss", "topic"))
        for q in fact.parts)


def _label_or_within(p: Part, claim: Statement, fact: Statement) -> bool:
    """A name that says nothing the fact could lack: a table row's label ("Country: England"), or a
    place that holds one the fact gives ("England" beside "a musician from Birmingham")."""
    if table_label(p, claim) or in_field_label(p, claim):
        return True
    # (not a nation's adjective WordNet also knows as a river: "Canadian")
    return lexical.broad_place(p.words) and any(
        q.kind == "name" and q.words != p.words and not lexical.nation_places(q.words[0])
        and lexical.holds_place(p.words, q.words) for q in fact.parts)


# words that put a claim in the present
_NOW = re.compile(r"\b(?:these days|nowadays|today|currently|at present)\b", re.I)


def _topic_thing(f: Finding) -> bool:
    return f.part.kind == "thing" and f.part.role in ("topic", "subj") and not f.part.detail


def _qualifies(f: Finding, g: Finding) -> bool:
    """Does ``f``'s word qualify ``g``'s thing? (A line's parse may hang its qualifiers on nothing: then the
    words just before the thing.)"""
    return f.part.anchor == g.part.words[-1] or not f.part.anchor and 0 < g.part.at - f.part.at <= 3


# words for a relation in general, which a narrower one does not refute (WordNet does not put "granddaughter"
# under "descendant")
_BROAD_KIN = frozenset({"relative", "relation", "kin", "kinsman", "kinswoman", "descendant", "descendent", "ancestor",
                        "forebear", "offspring", "progeny", "child", "parent", "sibling", "heir", "family"})


def _other_kin(a: Alignment, claim: Statement) -> bool:
    """"He was James Starley's son" against "John Kemp Starley was the nephew of James Starley": one
    person, said to be another relation of the same named relative. The one conflict is the
    relation (two kin words), and both people are backed."""
    conflicts = [f for f in a.findings if f.status == "conflict"]
    if len(conflicts) != 1 or conflicts[0].other is None:
        return False
    mine, theirs = conflicts[0].part, conflicts[0].other
    if mine.kind != "thing" or mine.role != "attr" or not lexical.kin(mine.words[0]) or not lexical.kin(theirs.words[0]):
        return False
    if {mine.words[0], theirs.words[0]} & _BROAD_KIN or lexical.kind_above(mine.words[0], theirs.words[0]) \
            or lexical.kind_above(theirs.words[0], mine.words[0]):
        return False  # "a descendant of George III" against "a granddaughter": said more broadly
    relative = any(f.part.kind == "name" and f.part.role in ("poss", "of") and f.part.anchor == mine.words[0]
                   for f in a.backed)
    person = any(f.part.kind in ("name", "pronoun") and f.part.role in ("subj", "topic") for f in a.backed)
    return relative and person


def _swapped_member(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """One name of a list put in place of another: "1962 - Nobel Prize to Watson, Crick and Franklin"
    against "Watson, Crick and Maurice Wilkins shared the 1962 Nobel Prize".

    A verbless line's list may name more than its fact (another name there is no rival), but when
    it names as many, the others and the date agree and the thing is named, the one that differs
    stands where the fact's other one does.
    """
    conflicts = [f for f in a.findings if f.status == "conflict"]
    if len(conflicts) != 1 or conflicts[0].part.kind != "name" or conflicts[0].other is None:
        return False
    mine, theirs = conflicts[0].part, conflicts[0].other
    members = [p for p in claim.parts if p.clause == a.clause and p.kind == "name" and p.role == mine.role
               and not p.detail and not lexical.is_place(p.words)]
    listed = [q for q in fact.parts if q.kind == "name" and q.role == theirs.role and q.anchor == theirs.anchor
              and q.clause == theirs.clause]
    backed = [f for f in a.backed if f.part in members]
    if not len(members) == len(listed) >= 2 or len(backed) != len(members) - 1:
        return False
    dated = any(f.part.kind == "date" and not f.part.detail for f in a.backed)
    if dated and any(f.part.kind == "name" and f.part not in members and not f.part.detail for f in a.backed):
        return True
    # (or the event itself named by the noun of the fact's act, and dated: "1881 merger w/ James A. Bailey & John
    # Ringling" against "In 1881 Barnum merged his show with the circus of James A. Bailey and James L. Hutchinson")
    # (the names listed as partners, "w/", "with", not qualifiers, and the fact's not who did it nor what it was
    # done to: "1972 signing: Richard Nixon & Mao Zedong" against "Nixon and Brezhnev signed the SALT I treaty";
    # and nothing else the line is about left unsaid: "Apollo-Soyuz docking, first joint US-Soviet crewed flight")
    if dated and mine.role in ("with", "to") and theirs.role not in ("subj", "obj") and any(
            f.part.kind == "thing" and not f.part.detail and f.part.role in ("subj", "topic", "attr", "obj")
            and f.other is not None and f.other.kind == "act" for f in a.backed) and not any(
            f.part.kind in ("thing", "name") and not f.part.detail and f.part.role in CORE for f in a.unbacked):
        return True
    # (or a list of three or more, a rank or a date and the common noun of what is listed agreeing: "orig. 1st
    # growths = Lafite, Latour, Margaux, Mouton" against the four first growths of 1855, Haut-Brion the fourth)
    return len(members) >= 3 and (dated or any(f.part.kind == "rank" and not f.part.detail for f in a.backed)) \
        and any(f.part.kind == "thing" and not f.part.detail and f.part.role in ("subj", "topic", "attr", "obj")
                for f in a.backed)


def _identifies(f: Finding, a: Alignment, fact: Statement) -> bool:
    """Does a backed name say which thing a verbless line is about? Not one it dates by ("7 yrs after
    Apollo 11"), not one qualifying a noun the fact lacks ("US-Soviet crewed flight" against "the
    first US space station"), not one the fact gives only as a qualifier of a bystander ("Rosetta was
    crash-landed" against "the Philae lander of ESA's Rosetta mission")."""
    p, q = f.part, f.other
    if p.kind != "name" or p.role in ("after", "before", "since", "until"):
        return False
    if p.role in ("mod", "poss") and not any(g.part.words[0] == p.anchor for g in a.backed if g.part.kind == "thing") \
            and not (q is not None and q.kind == "name" and p.words == q.words):
        return False
    if q is not None and p.role in CORE and q.role in ("mod", "poss") and not any(
            o.kind in ("thing", "name") and o.role in CORE and q.anchor in o.words for o in fact.parts):
        return False
    return True


def _dated_elsewhere(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Does the claim date its events once, in another clause, and does the fact agree?

    "In 1796 Jenner took matter from ... and used it to inoculate Sarah Nelmes": the year opens the
    sentence and dates the inoculation too, which the fact dates 1796 as well."""
    dates = [p for p in claim.parts if p.kind == "date" and not p.detail and p.main]
    fdates = [_date(q) for q in fact.parts if q.kind == "date"]
    if len(dates) != 1 or dates[0].clause == a.clause or not fdates:
        return False
    if dates[0].at < 0 and not dates[0].resolved:
        # a line's own date ("June: Jaws opens, directed by ...") dates all the line tells
        conflicts, agreements = compare_dates([_date(dates[0])], fdates)
        return bool(agreements) and not conflicts
    # only a date that opens its clause, for a clause joined to it ("and used it to inoculate"), not
    # one in a clause of its own time ("won in 1989, some years before he received the Nobel Prize")
    if claim.clauses[a.clause].dep not in ("conj", "xcomp"):
        return False
    act = next((p for p in claim.parts if p.kind == "act" and p.clause == dates[0].clause), None)
    if act is None or act.at < 0 or dates[0].at < 0 or dates[0].at > act.at:
        return False
    conflicts, agreements = compare_dates([_date(dates[0])], fdates)
    return bool(agreements) and not conflicts


def _dated_by_another_act(a: Alignment, fact: Statement) -> bool:
    """Does each differing part hang on an act the fact does not tell, said aside on a verbless line?
    "Marie Taglioni – born in Stockholm in 1804" is not refuted by the 1832 premiere she danced in: the
    year is her birth's (a fact on her birth does refute it)."""
    # (the fact's acts as its clauses give them too, and as nouns: "went into exile", "his trial")
    fact_acts = [q.words[0] for q in fact.parts if q.kind == "act"] + [c.act for c in fact.clauses if c.act]
    fact_things = [q.words[0] for q in fact.parts if q.kind == "thing"]
    # (and the claim's own noun of the fact's act beside its verb: "put on trial" / "was tried")
    claim_things = [f.part.words[0] for f in a.findings if f.part.kind == "thing"]
    acts = {f.part.words[0]: f.part.at for f in a.unbacked if f.part.kind == "act"
            and not any(lexical.act_relation(f.part.words[0], w) for w in fact_acts)
            and not any(lexical.noun_of_act(f.part.words[0], w) for w in fact_things)
            and not any(lexical.noun_of_act(w, t) for w in fact_acts for t in claim_things)}
    conflicting = [f for f in a.findings if f.status == "conflict"]
    # (written after the act, as its complement; not a line's date before it: "April: Mistral 7B – French
    # model outperforms ..." dates the release the line is about)
    return bool(acts) and bool(conflicting) and all(
        f.part.anchor in acts and f.part.at > acts[f.part.anchor] >= 0 for f in conflicting)


def _pinned_despite_act(a: Alignment, kinds: set[str], claim: Statement, fact: Statement) -> bool:
    """Acts in other words, but the same participants: one date or amount differs.

    "Blue Origin, the company Jeff Bezos started in 2004" against "Jeff Bezos founded Blue Origin
    in 2000"; "It [the Saturn V] flew 15 times between 1967 and 1973" against "was launched 13
    times between 1967 and 1973". The names the clause gives all stand in the fact, and two
    named or dated parts besides the conflict agree; then the one difference is the claim's error,
    not another event. (Only a date or an amount: another actor or place with another verb is
    too often another story.)
    """
    if len(a.conflicts) != 1 or not kinds <= {"date", "amount", "place", "side"}:
        return False
    if any(f.part.kind == "name" and core(f, claim, fact) for f in a.unbacked):
        return False
    clause = claim.clauses[a.clause]
    if _one_ends_a_life(clause.act, fact, claim.text):
        return False
    # (a thing's making against another act the fact tells of it: "1545: botanic garden of Padua founded"
    # is not dated by "was inscribed as a World Heritage Site in 1997"; an act done for the first time is a
    # beginning, "Guinness exports to England start 1796" / "first exported its beer to England in 1769")
    if clause.act.split("_")[0] in lexical.INCEPTION_ACTS and kinds == {"date"} \
            and not any(r.kind == "rank" and r.value[:1] == (1,) for r in fact.parts):
        return False
    intransitive = not any(p.clause == a.clause and p.role == "obj" for p in claim.parts)
    # "TGV test train reaches 574.8 mph" against "set the record at 574.8 km/h": the figure as written,
    # in another unit of the same measure, is the claim's slip whatever the verb
    if kinds == {"amount"} and any(_same_figure_other_unit(f) for f in a.findings if f.status == "conflict") \
            and any(f.part.kind == "name" for f in a.backed):
        return True

    def same_role(f: Finding) -> bool:
        # "It flew" against "was launched": an intransitive subject is what a passive acts on
        if f.part.kind != "name" or f.other is None:
            return True
        mine, theirs = canonical_role(f.part, claim), canonical_role(f.other, fact)
        # ("Dorothea Lange's Migrant Mother was taken ..." / "Dorothea Lange photographed ...": the
        # owner of a work is its maker)
        # ("took the title" / "won the title": the winner is who receives; the taker is the subject)
        # ("Mount Washington clocked 231 mph" / "231 mph was recorded on Mount Washington": what does
        # the act in the claim is where it happened in the fact, a place)
        # ("took over the Gewandhaus orchestra" / "became director of the Gewandhaus Orchestra": the
        # name of what the act is about, qualifying it on one side, after "of" on the other)
        about = {"obj", "mod", "poss", "of"}
        return mine == theirs or (mine == "subj" and theirs == "obj" and intransitive and not clause.passive) or (
            mine in about and theirs in about and "obj" not in (mine, theirs)) or (
            mine == "poss" and theirs == "subj") or {mine, theirs} == {"subj", "recipient"} or (
            mine == "subj" and _place(theirs) == "place" and bool(clause.act) and f.part.anchor == clause.act
            and sum(1 for p in claim.parts if p.clause == a.clause and p.role == "subj") == 1) or \
            _place(mine) == _place(theirs) == "place" or mine == "obj" and _names_the_object(f.other, fact) \
            and _making(clause.act) and clause.dep != "xcomp" and 0 <= f.other.clause < len(fact.clauses) \
            and _making(fact.clauses[f.other.clause].act)

    agreeing = [f for f in a.backed if f.part.kind in ("name", "date", "amount") and not f.part.detail]
    if not all(same_role(f) for f in agreeing):
        return False  # "Humphry Davy used a battery at the Royal Institution" / "joined the Royal Institution as Davy's assistant"
    # distinct parts of the fact: "Warner Bros. incorporated by the Warner brothers" backs one name twice
    distinct = {id(f.other) if f.other is not None else id(f) for f in agreeing}
    if not any(f.part.kind == "name" for f in agreeing):
        return False
    if kinds <= {"place", "side"}:
        # another place (or side of one) is another story more often than another year: three named or dated
        # parts must agree ("Migrant Mother was taken in Nipomo, Arizona, in 1936" / "Dorothea
        # Lange photographed Migrant Mother in Nipomo, California, in 1936")
        # (the first of a thing, both sides, is one of them: there is one first; "Britain's first automatic
        # traffic lights were switched on in Leeds in 1927" / "... were installed in Wolverhampton in 1927")
        first = any(f.part.kind == "rank" and f.part.value[:1] == (1,) and not f.part.detail and f.other is not None
                    and any(g.part.kind == "thing" and g.part.words == (f.part.anchor,) for g in a.backed)
                    for f in a.backed)
        return len(distinct) + first >= 3
    # what the act was done to counts too: "Henry Cavendish isolated hydrogen in 1776" against
    # "Henry Cavendish identified hydrogen in 1766"
    done_to = [f for f in a.backed if f.part.kind == "thing" and f.part.role == "obj" and not f.part.detail
               and f.other is not None and canonical_role(f.other, fact) == "obj"]
    return len(distinct) + min(1, len(done_to)) >= 2


def _whose_thing_differs(a: Alignment) -> bool:
    """Do the doer (a name), what was done to (a thing), and the date agree, and only a name qualifying
    that thing differ?"""
    conflicting = [f for f in a.findings if f.status == "conflict"]
    done_to = {f.part.words[0] for f in a.backed if f.part.kind == "thing" and f.part.role == "obj" and not f.part.detail}
    return bool(conflicting) and all(f.part.kind == "name" and f.part.role in ("poss", "mod") and f.part.anchor in done_to
                                     for f in conflicting) \
        and any(f.part.kind == "name" and f.part.role == "subj" and not f.part.detail for f in a.backed) \
        and any(f.part.kind == "date" and not f.part.detail for f in a.backed)


def _both_making(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Are the claim's act and the fact's act, in the clause that backs what was made, both acts of making
    or bringing out a thing?"""
    done_to = next((f.other for f in a.backed if f.part.kind == "thing" and f.part.role == "obj" and f.other is not None
                    and 0 <= f.other.clause < len(fact.clauses)), None)
    return done_to is not None and _making(claim.clauses[a.clause].act) and _making(fact.clauses[done_to.clause].act)


def _what_it_was(a: Alignment) -> bool:
    """"Calypso was a US Navy minesweeper" against "Calypso was a former Royal Navy minesweeper": the named
    subject and what the copula says it was agree, and only the name qualifying that differs."""
    conflicting = [f for f in a.findings if f.status == "conflict"]
    said = {f.part.words[0] for f in a.backed if f.part.kind == "thing" and f.part.role in ("attr", "as")
            and not f.part.detail}
    return bool(conflicting) and all(f.part.kind == "name" and f.part.role == "mod" and f.part.anchor in said
                                     for f in conflicting) \
        and any(f.part.kind == "name" and f.part.role in ("subj", "topic") and not f.part.detail for f in a.backed)


# the acts that make a thing, or bring it out: what "built their Aqua-Lung" and "developed the Aqua-Lung
# regulator" both tell (not what was done to the thing later: "withdrew", "reissued", "stopped making")
_MAKING = frozenset({"build", "develop", "design", "make", "invent", "devise", "create", "construct", "produce",
                     "introduce", "launch", "unveil", "patent", "release"})


def _making(act: str) -> bool:
    """Is ``act`` the making or bringing out of a thing?"""
    return bool(act) and (act.split("_")[0] in _MAKING | lexical.INCEPTION_ACTS or lexical.life_stage(act) == "begin")


def _named_work(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Is the clause the building, founding, opening or commissioning (or a dated film's directing) of one thing a
    name names, the act the fact's own and that name backed as what was made? Such a thing has one builder or
    founder: another is a conflict, whatever the date. So has a structure's design, a building's or a bridge's one
    architect. (Not another thing's design, its writing or its invention: "The Spitfire was designed by Joseph Smith",
    who took the design on after R. J. Mitchell; many works are called "Requiem".)"""
    clause = claim.clauses[a.clause]
    act = clause.act.split("_")[0]
    # (the acts that make one thing once, or a design, which has one maker when the thing is a structure, below)
    if a.act != "same" or act not in _ONE_MAKER and act != "design":
        return False
    # (not makers listed where the fact names one: "founded by George and Charles Parker" against "by George S.
    # Parker" may add a partner the fact leaves out)
    # (nor where the fact names its maker with one it does not name, "by Tom Kell and his wife": one of several; a
    # list of names the fact gives is all its makers, "opened by the Queen and President Mitterrand")
    conflicting = [f for f in a.findings if f.status == "conflict"]
    open_list = any(f.other is not None and _with_unnamed(f.other.text, fact.text) for f in conflicting)
    claim_list = any(re.search(r"\band\b|&", f.part.text) or _with_another(f.part.text, claim.text) for f in conflicting)
    fact_list = any(f.other is not None and _with_another(f.other.text, fact.text) for f in conflicting)
    listed = open_list or claim_list and not fact_list
    # (the rival the fact's own maker, by that act: not "released by RKO" against "directed by Mankiewicz")
    rivals_by_act = all(f.other is not None and lexical.act_relation(act, f.other.anchor.split("_")[0]) == "same"
                        for f in conflicting)
    # (or the name on the noun made, both backed: "the World Trade Center towers")
    made = {f.part.words[-1] for f in a.backed if f.part.kind == "thing" and not f.part.detail and f.other is not None
            and f.other.words == f.part.words and canonical_role(f.part, claim) == "obj"}
    # (a name on the noun made names a work when it is one itself, a complex's, "World Trade Center": not a place's
    # or an owner's one word, "the Brill mills", "the Velden bakery", any of that place's)
    def names_a_work(p: Part) -> bool:
        kinds = lexical.first_kinds(lexical._singular(p.words[-1]))
        return len(p.words) > 1 and bool(kinds) and not kinds <= {"noun.object", "noun.location", "noun.animal",
                                                                   "noun.plant"}
    # (and the fact's name too what was made, in a clause of that act: not "The spire of the Velden Tower was
    # designed by ...", "The Velden Tower was rebuilt to a design by ...", nor a clause the fact denies)
    def made_in_fact(q: Part) -> bool:
        return 0 <= q.clause < len(fact.clauses) and not fact.clauses[q.clause].negated and lexical.act_relation(
            act, fact.clauses[q.clause].act.split("_")[0]) == "same" and (
            canonical_role(q, fact) == "obj" or q.role == "mod" and any(
                o.kind == "thing" and o.words == (q.anchor,) and o.clause == q.clause and canonical_role(o, fact) == "obj"
                for o in fact.parts))
    work = next((f for f in a.backed if f.part.kind == "name" and not f.part.detail and f.other is not None
                 and f.other.kind == "name" and (canonical_role(f.part, claim) == "obj"
                                                 or f.part.role == "mod" and f.part.anchor in made
                                                 and names_a_work(f.part))
                 and made_in_fact(f.other)), None)
    # (nor a rival the fact denies: "The Brill Bridge was not built by Ann Kell")
    if any(f.other is not None and 0 <= f.other.clause < len(fact.clauses) and fact.clauses[f.other.clause].negated
           for f in conflicting):
        return False
    # (a building's or a bridge's design too: a structure has one architect or one firm, "The Velden Tower was designed
    # by Ann Kell"; not a craft's or a work's, which others take on or share)
    # (a design by an architect, so named on either side, is a building's: "Habitat 67, a housing complex designed by
    # the architect Moshe Safdie")
    # (review 52b: not where WordNet knows the thing as another made thing, a vehicle, a device, furniture, a
    # garment, which an architect may design too: "The Velden Roadster was designed by Tom Vero, an architect")
    if listed or not rivals_by_act or work is None or act == "design" and not (
            _a_structure(work.part) or ("architect" in claim.lemmas or "architect" in fact.lemmas)
            and not _an_object(work.part)):
        return False
    # (a directing names one work only where the fact gives it as a work, its year in brackets after its name, "Red
    # Harbour (1939)": not a museum, a choir or an observatory one directs for a time, nor a play staged again and
    # again, nor a remake's title)
    if act == "direct" and not re.search(rf"\b{re.escape(work.other.text)}\s*\(\s*\d{{4}}\s*\)", fact.text):
        return False
    # (not an occasion, opened or launched at each of its editions: "opened the Tallis Games", a festival, a fair)
    if lexical.kind(lexical._singular(work.part.words[-1])) in ("noun.act", "noun.event", "noun.time"):
        return False
    # (nor one of many of that name: "opened a Calder Bakery", "built the first Calder Bakery")
    for st, name in ((claim, work.part), (fact, work.other)):
        if re.search(rf"\b(?:an?|another|one)\s+(?:[\w'-]+\s+)?{re.escape(name.text)}\b", st.text, re.I) or any(
                p.kind == "rank" and p.words and p.words[-1] == name.words[-1] for p in st.parts):
            return False
    # (nor two of one name told apart by their time: "the original Brill Bridge" and "the present Brill Bridge")
    which = [{w.lower() for w in re.findall(rf"\b([\w'-]+)\s+{re.escape(name.text)}\b", st.text, re.I)} & _WHICH_ONE
             for st, name in ((claim, work.part), (fact, work.other))]
    if which[0] != which[1]:
        return False

    # (nor a person against a body: the engineer and the firm that built, the sponsor and the yard that launched,
    # the founder and the society she founded it through, each said to have made it)
    # (a body by its last word: a group's noun, "Company", "Society", or works in the plural, "Shipyards", "Mills";
    # not a surname that is a thing's noun too, "Ole Kirk")
    def body(p: Part) -> bool:
        last, one = p.text.split()[-1], lexical._singular(p.words[-1])
        kinds = lexical.first_kinds(one)
        # (or people in the plural, a firm's partners: "Kellner Associates", "Vero Brothers", "Kell Architects")
        return not lexical.given_name(p.words[0]) and (
            "noun.group" in kinds or ("noun.artifact" in kinds or "noun.person" in kinds) and last.lower() != one)

    return not any(f.part.kind == "name" and f.other is not None and f.other.kind == "name"
                   and body(f.part) != body(f.other) for f in conflicting)


def _a_structure(name: Part) -> bool:
    """Is the thing ``name`` names a building, a tower, a bridge (WordNet's structures), by its own last word or by the
    noun it stands before ("the World Trade Center towers")?"""
    return _named_kind(name, ("structure",))


def _an_object(name: Part) -> bool:
    """Is the thing ``name`` names, by its own last word or the noun it stands before, a made thing that is no
    building: a vehicle, a device, a piece of furniture, a garment (WordNet's)?"""
    return _named_kind(name, ("vehicle", "device", "furnishing", "covering"))


def _named_kind(name: Part, tops: tuple[str, ...]) -> bool:
    """Is the thing ``name`` names, by its own last word or the noun it stands before, a kind of one of ``tops``?"""
    heads = [name.words[-1]] + ([name.anchor] if name.role == "mod" and name.anchor else [])
    return any(lexical.kind_above(top, lexical._singular(w)) for w in heads for top in tops)


def _one_death(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Do the claim's clause and the fact's clause that backs its person both tell that person's death ("was
    beheaded", "was executed", "died"), the person named in full, who died (not who killed)?"""
    act = claim.clauses[a.clause].act
    if not act or not lexical.ends_a_life(act):
        return False

    def dead(p: Part, st: Statement) -> bool:
        # (the one who died: the subject of "died", or what a killing is done to, "was executed", "killed him"; in a
        # clause that tells the death, not one denying it, "was not executed", nor one only aimed at or foreseen,
        # "was condemned to die", "was due to be executed", "tried to kill him"; not a firm's name, "Ann Kell & Sons")
        if not 0 <= p.clause < len(st.clauses) or re.search(rf"\b{re.escape(p.text)}\s*&", st.text):
            return False
        c = st.clauses[p.clause]
        if not c.act or not lexical.ends_a_life(c.act) or c.negated or c.framed or c.dep == "xcomp":
            return False
        return p.role == "obj" or p.role == "subj" and c.act.split("_")[0] in ("die", "perish")

    for f in a.backed:
        if f.part.kind != "name" or f.part.detail or f.other is None or f.other.kind != "name" \
                or len(f.part.words) < 2 or not a_person(f.part.text):
            continue
        if dead(f.part, claim) and dead(f.other, fact):
            return True
    return False


def _with_unnamed(name: str, text: str) -> bool:
    """Is ``name`` said with makers the text does not name ("Tom Kell and his wife", "Ann Vela and partners")?"""
    return bool(re.search(rf"\b{re.escape(name)}\s+(?:and|&|(?:together )?with)\s+(?:his|her|their|others|partners|"
                          rf"friends|colleagues|associates|a\b|an\b|some\b|several\b|two\b|three\b)", text))


def _with_another(name: str, text: str) -> bool:
    """Is ``name`` one of makers the text lists ("Tom Kell and Ann Vela", "Ann Vela & Co", "and Ann Vela")? (Not
    "... by King Otto II, and building began", another clause.)"""
    name = re.escape(name)
    return bool(re.search(rf"(?:\band|&)\s+{name}\b|\b{name}\s+(?:and\s+(?:[A-Z]|his\b|her\b|their\b)|&|(?:together )?with\b)",
                          text))


# the words that tell one thing of a name from another of that name by its time: "the original Brill Bridge"
_WHICH_ONE = frozenset({"original", "present", "current", "old", "new", "former", "later", "earlier", "previous",
                        "existing", "modern", "first", "second", "third", "rebuilt", "today's"})
# the acts that bring one named thing into being once, by one hand: built, founded, opened, commissioned (and a
# film's directing, which one names)
_ONE_MAKER = frozenset({"build", "construct", "found", "establish", "launch", "inaugurate", "open", "commission", "direct"})


def _names_the_object(q: Part, fact: Statement) -> bool:
    """Is the fact's name ``q`` the name of what its act was done to, qualifying the noun for it ("developed
    the Aqua-Lung open-circuit scuba regulator": the Aqua-Lung was developed)?"""
    return q.role == "mod" and any(o.kind == "thing" and o.words == (q.anchor,) and o.clause == q.clause
                                   and canonical_role(o, fact) == "obj" for o in fact.parts)


def _same_figure_other_unit(f: Finding) -> bool:
    """The same figure written on both sides, in two units of one measure ("574.8 mph" / "574.8 km/h")."""
    if f.other is None or f.part.kind != "amount" or f.other.kind != "amount":
        return False
    mine, theirs = (re.search(r"\d[\d,]*(?:\.\d+)?", x.text) for x in (f.part, f.other))
    return mine is not None and theirs is not None and mine.group(0) == theirs.group(0) \
        and f.part.value[2] == f.other.value[2] and str(f.part.value[2]).startswith("[") \
        and f.part.text.replace(mine.group(0), "").strip() != f.other.text.replace(theirs.group(0), "").strip()


def _named_and_dated(a: Alignment) -> bool:
    """Does the fact back a name and a date or amount of the clause, outside its asides?"""
    kinds = {f.part.kind for f in a.backed if not f.part.detail}
    return "name" in kinds and bool(kinds & {"date", "amount"})

