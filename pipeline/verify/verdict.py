"""The verdict on a claim, from its clauses aligned with each candidate fact.

* **contradicted** when one clause of the claim (its main assertion or an aside) differs from a
  fact about the same event in some part: another place, actor, date, amount, rank, polarity,
  an antonym, swapped roles. A clause that another fact backs in full is not contradicted.
* **supported** when every main clause is backed in full by a fact: every core part (who, the
  act, to what, where, when, how much) has its counterpart, and nothing conflicts.
* **unverified** otherwise: a person should look. The reason names what no fact states.

This is the one place to read to learn why a claim got its verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from . import lexical
from ..model import Fact, Match
from .align import align
from .alignment import Alignment, Finding, PLACES, canonical_role
from .backing import (act_in_compound, act_only_gap, core, narrows_rank, pinned_by_specifics, says_only_who,
                      specific_enough, supports, table_label)
from .dates import DateSpan, within
from .events import same_event
from .homes import a_person
from .lexical import name_relation
from .rivals import crossed_owners, pinned_rivals, rival_names
from .statement import Part, Statement


@dataclass(frozen=True)
class Judgement:
    """A verdict with everything that led to it (what ``factledger explain`` prints)."""

    match: Match
    alignments: tuple[tuple[Fact, Alignment], ...]
    """Every clause of the claim against every candidate fact."""
    decisive: tuple[Fact, Alignment] | None = None


def _own_complement(claim: Statement, i: int) -> bool:
    """Is clause ``i`` a verb's own complement, done by its head's doer, with no doer of its own ("trying it" in "wrote
    about trying it", "inventing the Hollander beater" in "credited with inventing ...")? Not a participle on a noun,
    "the first book written on change ringing", nor a passive."""
    c = claim.clauses[i]
    return not (c.main or c.finite or c.passive or c.dep not in ("pcomp", "xcomp", "advcl")
                or any(p.clause == i and p.role in ("subj", "poss") for p in claim.parts))


def _done_by_another(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Does a clause with no doer of its own, whose act the sentence's named doer does, meet a fact that has
    another named person do it ("Jack London wrote about trying it in Roughing It" against "Mark Twain described
    his attempt at surfing ... in his 1872 book Roughing It": London's try is not Twain's)?"""
    if not _own_complement(claim, a.clause):
        return False
    # (a person named, not a people: "only a few Hawaiians still surfed" names no one the fact could name)
    doers = [p for p in claim.parts if p.kind == "name" and p.role == "subj" and p.clause != a.clause
             and 0 <= p.clause < len(claim.clauses) and claim.clauses[p.clause].main and a_person(p.text)
             and not (len(p.words) == 1 and p.words[0].endswith("s") and lexical.nationality(p.text[:-1]))]
    theirs = [q for q in fact.parts if q.kind == "name" and q.role in ("subj", "poss") and a_person(q.text)]
    # (not where the fact names the claim's doer at all: "Samuel Clemens, writing as Mark Twain, described ...", "Aldrin
    # walked on the Moon with Armstrong": the other may be a second name or a companion)
    return bool(doers) and bool(theirs) and not any(
        lexical.same_name(d.text, d.words, q.text, q.words) in ("same", "part") for d in doers for q in fact.parts
        if q.kind == "name")


def _ranked_otherwise(claim: Statement, main: Sequence[int], fact: Statement) -> str:
    """A rank a clause of the claim's outside ``main`` gives a noun that the fact ranks otherwise by the same
    measure ("making it the second-tallest building" against "the world's tallest building"), as a conflict; or ""."""
    for p in claim.parts:
        if p.kind != "rank" or p.clause in main or p.detail or len(p.value) < 2:
            continue
        q = next((q for q in fact.parts if q.kind == "rank" and q.words == p.words and q.value[1:] == p.value[1:]
                  and q.value[:1] != p.value[:1]), None)
        if q is not None:
            return f"rank {p.text} ({p.value[1]}) vs {q.text}"
    return ""


def judge(claim_id: str, claim: Statement, candidates: Sequence[tuple[Fact, Statement]],
          rules: frozenset[str] | None = None, similarity: Callable[[str], float] | None = None,
          paraphrase: float = 1.01) -> Judgement:
    """Judge one claim (its statement) against candidate facts (with theirs).

    ``rules``: the kinds of conflict that count (``verifier.RULES``); None for all.
    ``similarity``: the cosine of the claim with a fact (by fact id), from the semantic stage; a
    clause the fact backs in every part but its act is backed when the cosine reaches
    ``paraphrase`` (the two say the same act in other words). It never outweighs a conflict.
    """
    clauses = [i for i, c in enumerate(claim.clauses) if any(p.clause == i for p in claim.parts)]
    # the clauses to back: the main ones, and any other that names, dates or measures something
    # the facts backing the main ones do not ("..., powered by Frank Whittle's engine")
    main = [i for i in clauses if claim.clauses[i].main]
    # (and one that says what a rank is of: "the first book printed in colour")
    # (and a complement that says what a main clause's act is about or rests on: "rests on how hard
    # it is to compute discrete logarithms", "on the difficulty of factoring ...")
    extra = [i for i in clauses if not claim.clauses[i].main and (any(
        p.clause == i and p.kind in ("name", "date", "amount") and not p.resolved for p in claim.parts)
        or narrows_rank(claim, i) or _complement(claim, i) or _depicted(claim, i) or _held_as(claim, i)
        or bool(_stuff(claim, i)) or claim.clauses[i].sequel)]
    # (and what a verbless main clause hangs a finite verb's clause on, when the parse makes the line's
    # subject its root: "Ballet as we know it grew up at the French court" says that ballet grew up)
    asserted = [i for i in clauses if claim.clauses[i].dep == "ccomp" and claim.clauses[i].finite
                and claim.clauses[i].act] if main and all(not claim.clauses[i].act for i in main) else []
    extra += [i for i in asserted if i not in extra]
    main_only = list(main)
    main = sorted(main + extra)
    pairs: list[tuple[Fact, Alignment]] = []
    for fact, statement in candidates:
        for i in clauses:
            a = align(claim, i, statement)
            pairs.append((fact, a if rules is None else a.only(rules)))
    # a name of the claim's that another fact gives as a second name for one of this fact's is backed by it
    # ("Red Flag Act (1865): 4 mph in the country" against "The Locomotive Act of 1865 set speed limits of
    # 4 mph ...", when a fact says "the Locomotive Act of 1865, known as the Red Flag Act")
    by_id = {f.fact_id: st for f, st in candidates}
    # (the candidates that may give a second name, found once for the claim, not once per alignment)
    glossing = {f.fact_id for f, _ in candidates if _GLOSSED.search(f.statement)}
    pairs = [(fact, _with_second_names(a, fact, by_id[fact.fact_id], pairs, glossing)) for fact, a in pairs]
    # "More than 1,500 people died when the Titanic sank in 1912": a main clause that names only a
    # count of people is about what its "when" clause names, when the same fact backs that clause
    about = {f.fact_id for f, a in pairs if a.topic and not a.conflicts and claim.clauses[a.clause].dep == "advcl"
             and not claim.clauses[a.clause].main and a.act == "same"}
    pairs = [(f, replace(a, topic=True)) if not a.topic and f.fact_id in about and claim.clauses[a.clause].main
             and a.act == "same" and any(b.part.kind == "amount" and b.part.role == "subj" for b in a.backed)
             else (f, a) for f, a in pairs]
    supporting: dict[int, tuple[Fact, Alignment]] = {}
    statements = {f.fact_id: s for f, s in candidates}
    # every name, date and amount the claim gives is checkable, in an aside, a circumstance ("for
    # Wolf Hall and its sequel The Mirror and the Light") or a subordinate clause ("when Louis B.
    # Mayer bought ..."): one that no candidate fact backs keeps the claim unverified
    # (a place's locator, "Paris, France", is where the place is, not another claim)
    # (a name read for a pronoun is the reader's guess, checked where the pronoun stands, not here)
    # (nor a row's field label: "Founded: 1850; Notes: ...")
    loose = [p for p in claim.parts if p.kind in ("name", "date", "amount") and not p.resolved
             and p.role != "locator" and not (p.kind == "name" and table_label(p, claim))]
    paraphrased: set[tuple[int, str]] = set()
    backs: dict[tuple[int, str], tuple[Fact, Alignment]] = {}  # (clause, fact id): the fact backs the clause
    for fact, a in pairs:
        if a.clause not in main:
            continue
        ok = supports(a, claim, statements[fact.fact_id])
        if not ok and act_only_gap(a, claim, statements[fact.fact_id]) and (
                pinned_by_specifics(a) or similarity is not None and similarity(fact.fact_id) >= paraphrase) \
                and not _says_more(fact, main, pairs) and not _plain_act_unsaid(a, claim, statements[fact.fact_id]):
            ok = True
            paraphrased.add((a.clause, fact.fact_id))
        if ok and _part_of_another_name(a, fact.fact_id, statements):
            ok = False
        if ok and _done_by_another(a, claim, statements[fact.fact_id]):
            ok = False
        if ok and _aside_said_otherwise(fact, pairs, statements[fact.fact_id], claim):
            ok = False
        if ok:
            backs[a.clause, fact.fact_id] = (fact, a)
            best = supporting.get(a.clause)
            if best is None or a.weight > best[1].weight:
                supporting[a.clause] = (fact, a)
    # "Stallman launched the GNU Project and the Free Software Foundation": each listed thing may
    # be backed by its own fact, as long as one fact backs the act and the rest
    helpers: set[str] = set()
    for i in main:
        if i not in supporting:
            joint = _jointly(i, pairs, claim, statements)
            if joint is not None:
                supporting[i] = joint[:2]
                helpers |= joint[2]
    # "Fabriano's papermakers are credited with inventing the Hollander beater": a verb's own complement with no doer
    # of its own is done by its head's doer; a fact of its own that backs it but not that doer ("The Hollander beater,
    # invented in the Netherlands ...") leaves who did it unchecked
    for i in [i for i in supporting if _doer_left_behind(i, supporting, main_only, pairs, claim)]:
        supporting.pop(i)
    # "Olympic gold medals won by Sawao Kato -> 9": a count of a noun that a participle restricts is the count of
    # those the participle's clause says: one fact must back both (not Latynina's nine and Kato's golds)
    for j, i in _counted_through(claim, supporting):
        if j not in supporting:
            continue  # (one count restricted by two participles: dropped already)
        fact_id = supporting[j][0].fact_id
        if (i, fact_id) in backs:
            supporting[i] = backs[i, fact_id]
        else:
            supporting.pop(j)
    # a clause one fact backs in its core (a name in a circumstance aside) is not contradicted by
    # another fact: that one is about something else ("Phelps won eight gold medals in the Water
    # Cube" is backed by the Beijing fact, not refuted by his career total of 28)
    nearly = {a.clause: (f, a) for f, a in pairs if a.clause in main and a.clause not in supporting
              and _backed_but_names(a, claim, statements[f.fact_id])}
    # (a fact "backing" the clause while silent on the very date or amount another fact gives
    # otherwise backs nothing of it: "Merckx (1969-73)" against his hour record of 1972 and the
    # years of his Tour wins)
    contradicting = [(f, a) for f, a in pairs if (same_event(a, claim, statements[f.fact_id])
                                                  or _first_taken(a, f, pairs, claim, statements[f.fact_id]))
                     and not _guess_only(a)
                     and (a.clause not in supporting or _silent_on_conflict(a, *supporting[a.clause], statements)
                          or _outweighs_paraphrase(a, supporting[a.clause][0], paraphrased))
                     and (a.clause not in nearly or nearly[a.clause][0] is f
                          or _conflict_where_silent(a, nearly[a.clause][1]))
                     and not _settled_elsewhere(a, pairs) and not _named_in_full_elsewhere(a, f, pairs)
                     and not _another_name_elsewhere(a, f, pairs)]
    # a fact that backs the assertion but names another place, publisher, sponsor ... elsewhere
    for i, (fact, a) in list(supporting.items()) + list(nearly.items()):
        if not any(not f.part.detail for f in a.backed):
            continue  # an aside the fact happens to back ("— Woolf famously disliked it") ties nothing to it
        rivals = _not_one_thing(rival_names(claim, statements[fact.fact_id], i), fact, pairs) \
            or crossed_owners(claim, statements[fact.fact_id])
        if rules is not None:
            from .verifier import rule_of
            rivals = [r for r in rivals if rule_of(r) in rules]
        if rivals:
            contradicting.append((fact, replace(a, conflicts=tuple(rivals))))
            supporting.pop(i, None)
    # a fact plainly about the same event that names another place, person, hotel ... where the
    # claim names one it does not give
    # (or, where it backs the clause but for a name given in a circumstance, one numbered otherwise:
    # "as a Category 4" against "as a Category 5 hurricane")
    backed_all = bool(main) and all(i in supporting for i in main)
    # (``supporting`` is settled from here on: whether a given name, date or amount is backed nowhere is asked once)
    unbacked_specifics = _unbacked_specifics(loose, supporting, pairs)
    if not contradicting and (not backed_all or unbacked_specifics):
        # (a line listing several dated events: a name another fact backs with one of its dates)
        dated = len({p.value for p in claim.parts if p.kind == "date" and not p.resolved}) > 1
        for fact, statement in candidates:
            # (not a clause that shares nothing it is about with the fact, whatever differs there: "Britain
            # had its own disaster in 1930, when the R101 crashed ..." is the R101's story, not Britain's)
            mine = [a for f, a in pairs if f is fact and a.clause in main and (a.topic or not a.conflicts)]
            elsewhere = frozenset(f.part for g, a in pairs if dated and g is not fact and any(
                d.part.kind == "date" and not d.part.resolved for d in a.backed) for f in a.backed)
            rivals = _not_one_thing(pinned_rivals(claim, statement, mine, numbered_only=backed_all, settled=elsewhere),
                                    fact, pairs)
            if rules is not None:
                from .verifier import rule_of
                rivals = [r for r in rivals if rule_of(r) in rules]
            if rivals:
                best = max(mine, key=lambda a: a.weight)
                contradicting.append((fact, replace(best, conflicts=tuple(rivals))))
    # "Karl Wallenda fell to his death in San Juan in 1978, aged 83" against "Karl Wallenda was 73 years old
    # when he died": the age is the one difference, what else the clause says another fact tells of him
    if not contradicting and not backed_all:
        contradicting += _jointly_contradicted(main, supporting, pairs, claim, statements)
    if contradicting:
        fact, a = max(contradicting, key=lambda fa: (fa[1].weight - len(fa[1].conflicts), -_order(candidates, fa[0])))
        return Judgement(Match(claim_id, "contradicted", fact.fact_id, _score(a), f"{'; '.join(a.conflicts)} in {fact.fact_id}"),
                         tuple(pairs), (fact, a))
    # "Pocock, a Bristol clergyman, builds the charvolant" against "George Pocock, a Bristol schoolmaster, developed
    # the charvolant": what the claim calls the person, the fact calls otherwise, whatever the act
    # (not where another fact gives the person the claim's calling: "Benjamin Franklin, a printer" is backed by
    # "Benjamin Franklin, a printer, bought the Gazette", whatever "Franklin, a diplomat, negotiated ..." adds)
    called = _claim_callings(claim) if pairs and (rules is None or "names" in rules) else []
    if called and not any(_calling_given(called, statement) for _, statement in candidates):
        for fact, statement in candidates:
            rival = _calling_rival(called, statement)
            if rival is not None:
                a = max((a for f, a in pairs if f is fact), key=lambda a: a.weight)
                return Judgement(Match(claim_id, "contradicted", fact.fact_id, _score(a), f"{rival} in {fact.fact_id}"),
                                 tuple(pairs), (fact, replace(a, conflicts=(rival,))))
    # a subordinate clause whose names, dates and amounts the main clauses' facts give is told by them
    # ("Pierre Curie died in 1906 after being hit by a wagon in Paris": killed in Paris in 1906)
    told = {supporting[i][0].fact_id for i in main_only if i in supporting}
    # (not when its act is another one and its doer is not the fact's: "MGM was created in 1924, when
    # Louis B. Mayer bought Marcus Loew's Metro Pictures" against "... when Marcus Loew merged Metro
    # Pictures, Goldwyn Pictures and Louis B. Mayer Pictures")
    # (and what a clause says a thing was made of, the stuff: "built entirely of metal" by "an all-metal bicycle")
    for i in extra:
        # (and a make it names after "a", as a name: "..., driving a Peugeot" against "driving a Panhard et Levassor car")
        said = [p for p in claim.parts if p.clause == i and not p.resolved and (
            p.kind in ("name", "date", "amount") or _a_make(p, claim, [statements[f] for f in told]))]
        if i not in supporting and i not in asserted and not narrows_rank(claim, i) and not _complement(claim, i) \
                and not _depicted(claim, i) and not _held_as(claim, i) and all(
                any(f.part == p and f.status == "backed" for fact, a in pairs if fact.fact_id in told and a.clause == i
                    for f in a.findings)
                for p in said + _stuff(claim, i)) \
                and not any(_doer_elsewhere(a, claim, statements[fact.fact_id]) for fact, a in pairs
                            if fact.fact_id in told and a.clause == i) \
                and not (claim.clauses[i].sequel and not _act_told(i, pairs, told)):
            main.remove(i)
    # "..., making it the second-tallest building in the world" against "... was briefly the world's tallest
    # building": a subordinate clause's rank the backing fact gives the same noun otherwise
    if main and all(i in supporting for i in main) and not unbacked_specifics:
        for i in main:
            fact, a = supporting[i]
            ranked = _ranked_otherwise(claim, main, statements[fact.fact_id])
            if ranked:
                return Judgement(Match(claim_id, "contradicted", fact.fact_id, _score(a), f"{ranked} in {fact.fact_id}"),
                                 tuple(pairs), (fact, replace(a, conflicts=(ranked,))))
    if main and all(i in supporting for i in main) and not unbacked_specifics and \
            specific_enough([supporting[i][1] for i in main], claim, [statements[supporting[i][0].fact_id] for i in main]):
        fact, a = supporting[main[0]]
        others = sorted(({supporting[i][0].fact_id for i in main} | helpers) - {fact.fact_id})
        also = f" (and {', '.join(others)})" if others else ""
        # what an "it" was read as is said as such: "it (Leica I)", never the name it was not
        said = ", ".join(dict.fromkeys(f.note if f.part.kind == "pronoun" or f.part.resolved and f.note.startswith("it (")
                                       else f.part.text for f in a.backed if f.part.kind != "act"))
        act = next((f.part.text for f in a.backed if f.part.kind == "act"), "")
        if (main[0], fact.fact_id) in paraphrased:
            how = (f"cosine {similarity(fact.fact_id):.2f}" if similarity is not None and not pinned_by_specifics(a)
                   else "the same names, dates and amounts")
            reason = f"{fact.fact_id}{also} says it in other words ({how}): {said}"
        else:
            reason = f"{fact.fact_id}{also} states it: {act + ' ' if act else ''}{said}".strip()
        return Judgement(Match(claim_id, "supported", fact.fact_id, _score(a), reason), tuple(pairs), (fact, a))
    if not pairs:
        return Judgement(Match(claim_id, "unverified", "", 0.0, "no curated fact shares its names or words"), ())
    # (the closest fact on a clause left unbacked: "rests on ... discrete logarithms" names the logarithms)
    open_pairs = [(f, a) for f, a in pairs if a.clause in main and a.clause not in supporting] or pairs
    fact, a = max(open_pairs, key=lambda fa: (fa[1].weight, -_order(candidates, fa[0])))
    # (quoted as written; a part with a note says itself why: "'declared' (only 'proposed declaring')")
    missing = [f.note or repr(f.part.text) for f in a.unbacked if core(f, claim, statements[fact.fact_id])]
    if a.act == "" and not any(f.part.kind == "act" for f in a.unbacked):
        missing = [repr(next((p.text for p in claim.parts if p.kind == "act" and p.clause == a.clause), "the act"))] + missing
    if not missing and not a.conflicts and not a.negation and a.topic:
        # backed in all it must be, but too little of it to stand on ("... work at Bletchley"): what it
        # names besides goes unsaid
        missing = [repr(f.part.text) for f in a.unbacked if f.part.kind in ("name", "thing", "amount", "date")]
    if not missing and says_only_who(a, claim):
        # ("Babe Zaharias was one of them": what it says of her stands in a word for something said before)
        who = ", ".join(dict.fromkeys(f.part.text for f in a.findings if f.part.role in ("subj", "topic")))
        missing = [f"what the claim says of {who} (only 'be' and words standing for something said before)"]
    why = (f"{fact.fact_id} does not state {', '.join(dict.fromkeys(missing))}" if missing else
           f"{fact.fact_id} is about something else" if not a.topic else
           f"{fact.fact_id} " + ("is negated" if a.negation == "fact" else "states it, the claim denies it"
                                 if a.negation == "claim" else "differs, but about another event"))
    return Judgement(Match(claim_id, "unverified", "", _score(a), f"no fact states it all (closest: {why})"),
                     tuple(pairs), (fact, a))


# callings as broad as "maker": what someone made or did besides a trade, no gainsaying of it ("Johannes Gutenberg, a
# goldsmith" and "the German inventor Johannes Gutenberg"; "Ada Lovelace, a mathematician" and "a writer")
_BROAD_CALLINGS = frozenset({"maker", "man", "woman", "inventor", "writer", "author", "creator", "artist", "innovator",
                             "pioneer", "founder", "entrepreneur", "scholar", "intellectual", "thinker", "philanthropist"})


def _callings(st: Statement, name: Part) -> list[Part]:
    """The callings ``st`` gives the person ``name`` in an apposition or a title: "George Pocock, a Bristol
    schoolmaster", "Christian Kent Nelson, a schoolteacher and confectioner", "the chemist Otto Wichterle"."""
    # (a title is the word right before the name, "the chemist Otto Wichterle"; not "Many skaters believe Haines")
    after = re.search(rf"{re.escape(name.text)}\s*,\s*((?:an?|the)\s+[^,;:()]+)", st.text)
    before = re.search(rf"(?:^|\b(?:an?|the|The|A|An)\s+)(?:[\w'.-]+\s+){{0,2}}?([a-z]+)\s+{re.escape(name.text)}\b",
                       st.text)
    # (the noun a phrase ends on, not one another noun qualifies: "a British cutlery and surgical-instrument maker"
    # calls him a maker, of what it says; nor a calling as broad as "maker" or "worker", which says too little to deny)
    # (an apposition's head only, not a calling said of another in its "of" phrase: "Charles Darwin, the grandson of
    # the physician Erasmus Darwin", "Mozart, the son of the violinist Leopold Mozart")
    head = re.split(r"\s(?:of|to|for|with|by|from|at|in|under|beside)\s", after.group(1), maxsplit=1)[0] if after else ""
    phrase = " ".join(x for x in (head, before.group(1) if before else "") if x)
    return [q for q in st.parts if q.kind == "thing" and not q.resolved and lexical.calling(q.words[0])
            and q.words[0] not in lexical.CALLING_CLASSES and q.words[0] not in _BROAD_CALLINGS
            and re.search(rf"\b{re.escape(q.text)}\b(?!\s+(?:of|for)\b)", phrase)
            # (nor a calling the person had before or after: "a former naval officer", "later president")
            and not re.search(rf"\b(?:former|formerly|later|future|one-?time|ex|retired|erstwhile|eventual|onetime)"
                              rf"\b[\w\s'-]*?\b{re.escape(q.text)}\b", phrase)]


def _claim_callings(claim: Statement) -> list[tuple[Part, list[Part]]]:
    """Each person the claim names with the callings it gives them (most claims give none: found once a claim)."""
    return [(p, mine) for p in claim.parts if p.kind == "name" and not p.resolved and a_person(p.text)
            and (mine := _callings(claim, p))]


def _callings_meet(mine: Part, theirs: Part) -> bool:
    """Is one calling the other, or a kind of it, or not told apart from it ("schoolmaster" and "teacher")?"""
    m, t = mine.words[0], theirs.words[0]
    return not lexical.distinct_kinds(m, t) or lexical.same_thing(m, t) or lexical.same_thing(t, m)


def _fact_callings(called: Sequence[tuple[Part, list[Part]]],
                   fact: Statement) -> Iterator[tuple[list[Part], list[Part]]]:
    """For each person the claim gives callings and the fact names, the claim's callings and the fact's for them."""
    for p, mine in called:
        for q in fact.parts:
            if q.kind == "name" and lexical.same_name(p.text, p.words, q.text, q.words) in ("same", "part"):
                yield mine, _callings(fact, q)


def _calling_given(called: Sequence[tuple[Part, list[Part]]], fact: Statement) -> bool:
    """Does the fact give a person the claim names a calling the claim gives them, or one of its kinds?"""
    return any(_callings_meet(m, t) for mine, theirs in _fact_callings(called, fact) for m in mine for t in theirs)


def _calling_rival(called: Sequence[tuple[Part, list[Part]]], fact: Statement) -> str | None:
    """The calling the claim gives a person the fact names, against every calling the fact gives them, none a kind of
    the other ("a Bristol clergyman" against "a Bristol schoolmaster", "a dentist" against "a schoolteacher and
    confectioner"); "who: clergyman vs schoolmaster", or None."""
    for mine, theirs in _fact_callings(called, fact):
        if theirs and not any(_callings_meet(m, t) for m in mine for t in theirs):
            return f"who: {mine[0].text} vs {' and '.join(t.text for t in theirs)}"
    return None


def _first_taken(a: Alignment, fact: Fact, pairs: Sequence[tuple[Fact, Alignment]], claim: Statement,
                 statement: Statement) -> bool:
    """Does the claim say someone was the first (second ...) of a kind to do something the fact says another was:
    "Harry Truman became the first US president to appear on TV" against "Franklin D. Roosevelt became the first US
    president to appear on television"? One may hold a rank, so another name in it is a conflict, though the
    copula tells no act to compare. Only when the claim's rank and what it is of are the fact's, every clause
    of the claim besides is backed by the fact but for that name, and the fact's own clauses besides are met
    ("Washington was the first US president" is not gainsaid by the first to appear on television)."""
    c = claim.clauses[a.clause]
    clashing = [f for f in a.findings if f.status == "conflict"]
    if not c.copula or not clashing or any(f.part.kind != "name" or f.part.role != "subj" for f in clashing):
        return False
    ranks = [f for f in a.backed if f.part.kind == "rank" and f.part.value[:1] and f.other is not None]
    if not any(g.part.kind == "thing" and g.part.role == "attr" and g.part.words[-1] == f.part.anchor
               for f in ranks for g in a.backed):
        return False
    # (all it says of the rank is the fact's: not "the first American woman" against "the first woman")
    if any(not f.part.detail and not f.part.resolved for f in a.unbacked):
        return False
    others = [b for g, b in pairs if g is fact and b.clause != a.clause]
    if not others or len({b.clause for b in others}) != len(claim.clauses) - 1:
        return False
    # (each other clause of the claim the fact's, but for the name; what it says of its own, the fact's too)
    if any(b.conflicts and any(f.status == "conflict" and f.part.role != "subj" for f in b.findings)
           or any(not f.part.detail and not f.part.resolved for f in b.unbacked)
           for b in others):
        return False
    # (a denial is no claim of the rank: "Sally Ride was not the first woman to fly in space")
    if a.negation or any(b.negation for b in others):
        return False
    # (the act the rank is for must be the fact's own, not one it entails: "to fly on" is not "to pilot")
    if any(f.part.kind == "act" and f.other is not None and f.other.words != f.part.words
           for b in others for f in b.findings):
        return False
    met = {id(f.other) for b in [a, *others] for f in b.findings if f.other is not None}
    rank_clause = next((f.other.clause for f in ranks), -1)
    # (what narrows the fact's rank, where or as what, in its own clause too: "the first country in Europe",
    # "to qualify as a doctor in the United States", "as a registered entrant")
    # (not where or when the fact's holder did it, "at Shea Stadium in 1965": a place on the act, not the noun)
    acts = {cl.act for cl in statement.clauses}
    return all(id(q) in met for q in statement.parts if q.kind in ("name", "thing")
               and q.role not in ("subj", "poss", "of") and not (q.clause == rank_clause and q.role == "attr")
               and not ((q.role in PLACES or q.detail) and q.anchor in acts and q.role != "as"))


def _a_make(p: Part, claim: Statement, facts: Sequence[Statement]) -> bool:
    """Is ``p`` a capitalised noun after "a" that its clause's act is done to or with ("driving a Peugeot"), where a
    fact names a make of its own for that act ("driving a Panhard et Levassor car")? Then it is a name the fact must
    give (not against a fact that says only "an aeroplane" for "a Flyer")."""
    if not (p.kind == "thing" and p.at > 0 and p.text[:1].isupper() and not p.text.isupper()
            and 0 <= p.clause < len(claim.clauses) and p.anchor == claim.clauses[p.clause].act
            and re.search(rf"\b[Aa]n? {re.escape(p.text)}\b", claim.text) is not None):
        return False
    return any(q.kind == "name" and (q.anchor == p.anchor and q.role == p.role or any(
        o.kind == "thing" and o.anchor == p.anchor and o.clause == q.clause and q.anchor in o.words for o in fact.parts))
        for fact in facts for q in fact.parts)


def _guess_only(a: Alignment) -> bool:
    """Is every conflict ``a`` finds on a name the reader put in for a pronoun or a missing subject? A note under
    "Tiger" whose sibling line spoke of the Masters ("held all 4 majors at once after the 2001 Masters") is not
    refuted by Tiger Woods: the guess was wrong, not the claim."""
    clashing = [f for f in a.findings if f.status == "conflict"]
    # (a date counted from the one before, "two years later", is the claim's own: it conflicts)
    return bool(clashing) and len(clashing) == len(a.conflicts) and all(
        f.part.resolved and f.part.kind in ("name", "pronoun") for f in clashing)


def _says_more(fact: Fact, main: Sequence[int], pairs: Sequence[tuple[Fact, Alignment]]) -> bool:
    """Does a clause of the claim besides the main ones do something to someone or something the
    fact does not name? A fact that says the main act only in other words then backs too little:
    "got his start in Tacoma in 1911, selling butter-cream candies his mother had taught him to make"
    against "started his first candy business in Tacoma in 1911" (the mother, the teaching)."""
    return any(g is fact and a.clause not in main and any(f.part.kind == "act" for f in a.unbacked) and any(
        f.part.kind in ("thing", "name") and f.part.role in ("subj", "obj", "attr") and not f.part.detail
        and not f.part.resolved for f in a.unbacked) for g, a in pairs)


# Acts no other words say: a death, a marriage ("Tom Kell died at Velden in 1470" is not "was crowned at Velden in
# 1470", whatever names and dates the two share (review 59b)); and the acts a note writes short before a year, "b.",
# "d.", "pub.", which say that act and no other ("Velden Psalter pub. 1457" is not "was bound in 1457"; written in
# full, "published" may be a fact's "presented" or "introduced")
_PLAIN_ACTS = frozenset({"die", "marry", "baptise", "baptize"})
_SHORT_ACTS = re.compile(r"(?<![\w.])(?:b|d|pub|publ)\.\s*(?:c\.\s*)?\d")


def _plain_act_unsaid(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Is the claim's act one of ``_PLAIN_ACTS``, or one a note writes short, that no act of the fact is, or says the
    same as?"""
    act = claim.clauses[a.clause].act.split("_")[0] if 0 <= a.clause < len(claim.clauses) else ""
    plain = act in _PLAIN_ACTS or act in ("bear", "die", "publish") and _SHORT_ACTS.search(claim.text) is not None
    return plain and not any(
        lexical.act_relation(act, c.act) in ("same", "broader", "converse") for c in fact.clauses if c.act)


def _aside_said_otherwise(fact: Fact, pairs: Sequence[tuple[Fact, Alignment]], statement: Statement,
                          claim: Statement) -> bool:
    """Does a purpose the claim gives do the fact's act to something the fact gives that act otherwise? "founded it in
    1889 to make mahjong tiles" against "founded ... as a maker of hanafuda playing cards": the making is the fact's,
    what is made is not. (Only an infinitive of purpose, without a subject of its own: "before they ever built a
    flying machine" against "before building aircraft" tells of the same building in other words.)"""
    mine = [a for g, a in pairs if g is fact]
    met = {id(f.other) for a in mine for f in a.findings if f.other is not None}
    # (any such clause: a purpose the parse gives as a main clause is set aside later, "to make mahjong tiles")
    for a in mine:
        c = claim.clauses[a.clause] if 0 <= a.clause < len(claim.clauses) else None
        if c is None or c.dep not in ("advcl", "xcomp") or c.finite or c.sequel:
            continue
        act = next((f.other for f in a.backed if f.part.kind == "act" and f.other is not None), None)
        if act is None:
            continue
        # (a thing of the same class: "tiles" against "cards", both made things; not "hits" against "touches",
        # which WordNet files as an act and an event, one thing said two ways)
        kinds = {lexical.kind(f.part.words[-1]) for f in a.unbacked if f.part.kind == "thing" and f.part.role == "obj"
                 and not f.part.detail and not f.part.resolved}
        if any(r.kind == "thing" and r.anchor == act.words[0] and r.role in ("obj", "of") and r.clause == act.clause
               and id(r) not in met and lexical.kind(r.words[-1]) in kinds - {""} for r in statement.parts):
            return True
    return False


def _act_told(i: int, pairs: Sequence[tuple[Fact, Alignment]], told: set[str]) -> bool:
    """Does a fact that backs the main clauses back clause ``i``'s act? An event told before or after
    the act is told by the fact only then: "sold Monopoly in 1935 after they had first turned it down"
    is not told by "sold Monopoly in 1935"."""
    return any(f.part.kind == "act" for fact, a in pairs if fact.fact_id in told and a.clause == i for f in a.backed)


# verbs whose object is what a work shows: a participle on it says what is shown
_DEPICTING = frozenset({"show", "depict", "picture", "portray", "illustrate", "feature"})


def _depicted(claim: Statement, i: int) -> bool:
    """A participle on what a main clause's work shows, with something it is done to: "a manuscript shows a kite
    lifting a soldier over a wall" says what the kite does there, which a fact showing it carry a bomb does not
    back."""
    c = claim.clauses[i]
    if c.main or c.finite or c.dep != "acl" or not c.act:
        return False
    shown = {p.words for p in claim.parts if p.role == "obj" and p.kind in ("thing", "name")
             and claim.clauses[p.clause].main and claim.clauses[p.clause].act in _DEPICTING}
    return any(p.clause == i and p.role == "subj" and p.words in shown for p in claim.parts) and any(
        p.clause == i and p.kind in ("thing", "name") and p.role == "obj" and not p.detail for p in claim.parts)


def _held_as(claim: Statement, i: int) -> bool:
    """A subordinate clause that says what someone worked or served as: "designed it in his spare time while
    working as a dental technician" says he was one, which a fact that he designed it does not back."""
    c = claim.clauses[i]
    return not c.main and bool(c.act) and any(
        p.clause == i and p.kind == "thing" and p.role == "as" and p.anchor == c.act and not p.detail
        and lexical.kind(p.words[-1]) == "noun.person" for p in claim.parts)


def _stuff(claim: Statement, i: int) -> list[Part]:
    """What a subordinate clause says a thing was made of: "Kevin Tuohy's corneal lens followed in 1948, made of glass"
    says it was glass, which a fact dating the lens does not back (none when the clause says no such thing)."""
    c = claim.clauses[i]
    if c.main or c.act not in ("make", "build", "cast", "carve", "weave", "forge"):
        return []
    return [p for p in claim.parts if p.clause == i and p.kind == "thing" and p.role in ("of", "from", "in")
            and p.anchor == c.act and not p.detail and lexical.kind(p.words[-1]) == "noun.substance"]


def _complement(claim: Statement, i: int) -> bool:
    """A clause that completes what another says (a verb after a preposition or an adjective, "on
    factoring", "hard to compute"), with something it is done to: what it says is the claim's.
    Only in a claim of two clauses, the one and its complement: in a longer sentence such a clause is
    more often a detail ("information about training data")."""
    return len(claim.clauses) == 2 and claim.clauses[i].dep in ("pcomp", "xcomp") and any(
        p.clause == i and p.kind == "thing" and p.role == "obj" and not p.detail for p in claim.parts)


def _silent_on_conflict(a: Alignment, fact: Fact, support: Alignment, statements: dict[str, Statement]) -> bool:
    """Are the parts ``a`` finds in conflict dates or amounts the supporting fact leaves unbacked,
    and not dates it gives less finely ("c. 1310" in its "early 14th century": that fact dates it)?"""
    conflicting = [f.part for f in a.findings if f.status == "conflict"]
    fdates = [DateSpan(*q.value) for q in statements[fact.fact_id].parts if q.kind == "date"]
    return bool(conflicting) and all(p.kind in ("date", "amount") for p in conflicting) and all(
        any(g.part == p and g.status == "unbacked" for g in support.findings)
        and not (p.kind == "date" and any(within(DateSpan(*p.value), d) for d in fdates)) for p in conflicting)


def _outweighs_paraphrase(a: Alignment, fact: Fact, paraphrased: set[tuple[int, str]]) -> bool:
    """Does ``a`` deny the claim's very act, where the fact backing the clause says it only in other
    words? "Lipperhey was granted a patent in 1608": a fact that he applied for one in 1608 tells
    another act; the fact that he was not granted one denies this one."""
    # (not "did not open in New York in 1952" against "opened in London in 1952": another place or date is
    # another event, which the denial leaves untouched)
    return (a.clause, fact.fact_id) in paraphrased and a.act == "same" and bool(a.negation) and bool(a.conflicts) \
        and all(c.startswith("polarity") for c in a.conflicts)


def _settled_elsewhere(a: Alignment, pairs: Sequence[tuple[Fact, Alignment]]) -> bool:
    """Does another fact back the dates and amounts this alignment finds in conflict, with the names it
    backs and more, and nothing in conflict? ("1888: Eastman's Kodak camera" is dated by the Kodak fact
    of 1888, not refuted by the Eastman Kodak digital camera of 1975: that one is another event; "EU
    motor cap: 900 W since September 2017" is the 2017 step of a cap, not the 1,600 W one of 2014.)"""
    conflicting = [f.part for f in a.findings if f.status == "conflict"]
    if not conflicting or any(p.kind not in ("date", "amount") for p in conflicting):
        return False
    named = [f.part for f in a.backed if f.part.kind == "name"]
    # (an amount only with a name both back: "less than half of published scientists" is not settled by
    # any fact on some share under a half)
    if any(p.kind == "amount" for p in conflicting) and not named:
        return False
    return any(b.clause == a.clause and b is not a and not b.conflicts and not b.negation and len(b.backed) > len(a.backed)
               and all(any(g.part == p for g in b.backed) for p in conflicting + named) for _, b in pairs)


def _doer_elsewhere(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Another act, and the one who does it in the claim is in the fact in another role."""
    if a.act != "":
        return False
    doers = ("subj", "recipient", "giver")
    return any(f.part.kind == "name" and canonical_role(f.part, claim) in doers and f.other is not None
               and canonical_role(f.other, fact) not in doers for f in a.backed)


def _conflict_where_silent(a: Alignment, near: Alignment) -> bool:
    """Are the parts ``a`` finds in conflict all ones the fact that backs the clause but for some names
    leaves unbacked? "The Sleeping Beauty premiered at the Bolshoi in Moscow in 1890": a fact on its 1890
    premiere that gives no place does not outweigh the one placing it in St Petersburg."""
    silent = {id(f.part) for f in near.unbacked}
    conflicting = [f for f in a.findings if f.status == "conflict"]
    return bool(conflicting) and all(id(f.part) in silent for f in conflicting)


def _backed_but_names(a: Alignment, claim: Statement, fact: Statement) -> bool:
    """Does the fact back the clause in everything but some names (a place it does not give)?"""
    if a.conflicts or a.negation or a.act == "" or not a.topic or not a.backed or act_in_compound(a, claim):
        return False
    # only where: another participant ("Models like CLIP and SAM, released by Meta AI") is a rival
    # (a name agreeing, or a date and an amount: "1c magenta sells at Christie's for ~$9.5m, 2014")
    # (a name the writer wrote: not only the one a pronoun was read as, "He was the work of the writer Bob Kane
    # and ..." is not backed by a fact on another Batman book)
    return all(f.part.kind == "name" and f.part.role in PLACES for f in a.unbacked if core(f, claim, fact)) and (
        any(f.part.kind == "name" and not f.part.resolved for f in a.backed)
        or {"date", "amount"} <= {f.part.kind for f in a.backed if not f.part.detail})


def _unbacked_specifics(loose: Sequence, supporting: dict, pairs: Sequence[tuple[Fact, Alignment]]) -> bool:
    """Is a name, date or amount of the claim backed by no candidate fact at all?"""
    # (by a fact about what the claim is about: one that also backs another of its names or dates;
    # "Junko Tabei (from China) reached the summit" is not backed by a fact on China's independence)
    backers = {fact.fact_id for fact, _ in supporting.values()}
    for p in loose:
        if not any(f.part == p and f.status == "backed" and (fact.fact_id in backers or _about_it(fact, p, pairs))
                   for fact, a in pairs for f in a.findings):
            return True
    return False


def _about_it(fact: Fact, p: Part, pairs: Sequence[tuple[Fact, Alignment]]) -> bool:
    """Does ``fact`` back a name or date of the claim besides ``p``, not one that only says where ``p`` is ("Super
    Bowl I at the Rose Bowl in Pasadena" is not told by a fact on the Rose Bowl game in Pasadena)?"""
    return any(g.status == "backed" and g.part != p and g.part.kind in ("name", "date") and not g.part.resolved
               and not (g.part.anchor and g.part.anchor in p.words or p.anchor and p.anchor in g.part.words)
               for f, a in pairs if f is fact for g in a.findings)


# a name's first word that ranks what it names, when the line opens on it
_RANKED_NAME = frozenset({"first", "last", "only", "earliest", "latest", "oldest", "largest", "biggest"})


def _counted_through(claim: Statement, supporting: dict[int, tuple[Fact, Alignment]]) -> list[tuple[int, int]]:
    """Pairs (j, i) of backed clauses, each backed by its own fact, where clause ``j`` counts a noun that clause
    ``i``, a participle on it, restricts ("Olympic gold medals won by Sawao Kato -> 9": 9 counts the medals Kato
    won)."""
    found = []
    for i, clause in enumerate(claim.clauses):
        if clause.dep != "acl" or clause.finite or i not in supporting:
            continue
        nouns = {p.words[-1] for p in claim.parts if p.clause == i and p.kind == "thing"}
        for j in supporting:
            if j != i and supporting[j][0].fact_id != supporting[i][0].fact_id and any(
                    p.kind == "amount" and p.clause == j and len(p.value) > 2 and p.value[2] in nouns
                    for p in claim.parts):
                found.append((j, i))
    return found


def _doer_left_behind(i: int, supporting: dict[int, tuple[Fact, Alignment]], main: Sequence[int],
                      pairs: Sequence[tuple[Fact, Alignment]], claim: Statement) -> bool:
    """Is clause ``i`` a verb's own complement without a doer of its own ("credited with inventing the Hollander
    beater"), backed by a fact that backs no main clause and not the main clauses' doer?"""
    if not _own_complement(claim, i):
        return False
    fact = supporting[i][0]
    if any(k in supporting and supporting[k][0].fact_id == fact.fact_id for k in main):
        return False
    # (not a cause the head's doer does not do: "predicted warming due to increasing CO2", "because of rising seas")
    act = next((p.text for p in claim.parts if p.clause == i and p.kind == "act"), "")
    if act and re.search(rf"\b(?:(?:due|owing|thanks)\s+to|because\s+of|as\s+a\s+result\s+of)\s+{re.escape(act)}\b",
                         claim.text, re.IGNORECASE):
        return False
    # (a passive's subject, read as what it was done to, does the complement: "papermakers are credited with ...")
    doers = [p for p in claim.parts if p.clause in main and p.kind in ("name", "thing", "pronoun") and (
        p.role == "subj" or p.role == "obj" and claim.clauses[p.clause].passive)]
    return bool(doers) and not any(f.fact_id == fact.fact_id and a.clause in main and any(
        g.part in doers for g in a.backed) for f, a in pairs)


def _jointly(clause: int, pairs: Sequence[tuple[Fact, Alignment]], claim: Statement,
             statements: dict[str, Statement]) -> tuple[Fact, Alignment, set[str]] | None:
    """A fact that backs the clause but for some listed names or things, each backed by another fact."""
    mine = [(f, a) for f, a in pairs if a.clause == clause]
    # a rank ties one holder to its scope ("First modern Olympic champion: Spyridon Louis"): one fact
    # must tell both, never the holder from one and "the first champion" from another
    # (a rank the reader kept in a name, the line's first word capitalised, ties them as well: "First World Cup
    # goal: Lucien Laurent, v Argentina" is not one fact's World Cup goals and another's Lucien Laurent)
    if any(p.clause == clause and (p.kind == "rank" or p.kind == "name" and p.text.split()[0].lower() in _RANKED_NAME)
           for p in claim.parts):
        return None
    for fact, a in sorted(mine, key=lambda fa: -fa[1].weight):
        if a.conflicts or a.negation or a.act == "" or not a.topic or _part_of_another_name(a, fact.fact_id, statements):
            continue
        gaps = [k for k, f in enumerate(a.findings) if f.status == "unbacked" and core(f, claim, statements[fact.fact_id])]
        # a line without a verb about one named thing ("| Corinth | Greece | 1893 | ~6.4 km |") lists what
        # several facts tell of it: its date from one, its length from another, each fact naming the thing
        # (a date or an amount the fact does not give at all: one it gives otherwise is no gap, "A = 442 Hz"
        # against "at 440 Hz"; the helper names the row's first name, what the row is about)
        own = {q.kind for q in statements[fact.fact_id].parts}
        first = min((f.part for f in a.backed if f.part.kind == "name" and not f.part.detail), key=lambda p: p.at,
                    default=None)
        # (an amount's unit, read as a thing too, goes with it: "~6.4 km")
        units = {a.findings[k].part.words for k in gaps if a.findings[k].part.kind == "amount"}
        row = not claim.clauses[clause].act and first is not None and bool(gaps) and all(
            a.findings[k].part.kind in {"date", "amount"} - own
            or a.findings[k].part.kind == "thing" and a.findings[k].part.words in units for k in gaps)
        if not gaps or not row and any(a.findings[k].part.kind not in ("name", "thing") for k in gaps):
            continue
        # (in any line without a verb, the fact and each helper name what the line is about: "Jacques
        # Guerlain: founder of the Guerlain house" is not Jacques Guerlain of one fact and the founder of
        # another)
        opening = None if claim.clauses[clause].act or row else min(
            (f.part for f in a.findings if f.part.kind == "name" and not f.part.detail), key=lambda p: p.at, default=None)
        if opening is not None and not any(f.part is opening for f in a.backed):
            continue
        # only a listed item: one that shares its place (role and what it hangs on) with a backed one
        places = {(f.part.role, f.part.anchor) for f in a.backed}
        if not row and any((a.findings[k].part.role, a.findings[k].part.anchor) not in places for k in gaps):
            continue
        # (an amount is what the listed ones did together: "The eruption and its tsunamis killed fewer
        # than 3,000" is not backed by one fact's 61 killed by a tsunami and another's eruption)
        if not row and any(f.part.kind == "amount" for f in a.backed):
            continue
        helpers = []
        for k in gaps:
            # (each helper tells the act too: it backs the item as doing or undergoing it; in a row, it
            # names the row's thing; in any other line without a verb, what the line is about)
            # (but for what a person named in the same place is: "John Landis Mason, a tinsmith, patented ...",
            # which a fact saying what Mason was tells, naming him)
            person = _apposed_person(a.findings[k].part, a)
            other = next((f for f, b in mine if f.fact_id != fact.fact_id and not b.conflicts and not b.negation
                          and (b.act not in ("", "opposite") or person is not None and any(
                              c.copula for c in statements[f.fact_id].clauses) and any(
                              g.part is person for g in b.backed))
                          and (not row or any(g.part is first for g in b.backed))
                          and (opening is None or any(g.part is opening for g in b.backed))
                          and b.findings[k].status == "backed"), None)
            if other is None:
                break
            helpers.append(other)
        else:
            return fact, a, {h.fact_id for h in helpers}
    return None


def _once_in_a_life(word: str) -> bool:
    """Is ``word`` (a fact's act or a noun for it) dying or being born, what happens to one once?"""
    base = word.split("_")[0]
    return base in ("death", "birth", "born", "bear") or lexical.act_relation(base, "die") == "same"


def _jointly_contradicted(main: Sequence[int], supporting: dict, pairs: Sequence[tuple[Fact, Alignment]],
                          claim: Statement, statements: dict[str, Statement]) -> list[tuple[Fact, Alignment]]:
    """Facts a clause contradicts in a date or an amount, where what else the clause says, which that fact
    does not, another fact tells of the same one with nothing against it: the event as the two tell it is
    the clause's, and the date or amount differs."""
    out = []
    for i in main:
        if i in supporting:
            continue
        mine = [(f, a) for f, a in pairs if a.clause == i]
        for fact, a in mine:
            if not a.conflicts or a.negation or not a.topic or any(
                    f.status == "conflict" and f.part.kind not in ("date", "amount") for f in a.findings):
                continue
            gaps = [k for k, f in enumerate(a.findings) if f.status == "unbacked" and not f.part.detail]
            # (one difference; the fact itself tells the event, by its act or a noun for it, "death" by "died",
            # not only whom it is about: "Niépce makes the View ... 1826" is not dated by Niépce's partnership
            # of 1829; and what the helper adds is where, when and how, not who took part: "Brady won the Super
            # Bowl with Tampa Bay in 2021" is not his 2002 win, which another fact has him win with Tampa Bay)
            # (and an event that happens once to one: a death or a birth; a title won, a championship, a visit
            # happen again, and the helper may tell another of them: "Foreman won the heavyweight title in 1994,
            # aged 45" against "won the heavyweight title aged 24")
            if not gaps or sum(1 for f in a.findings if f.status == "conflict") != 1 or not any(
                    f.status == "backed" and not f.part.detail and f.part.kind in ("act", "thing")
                    and f.other is not None and _once_in_a_life(f.other.words[0]) for f in a.findings) \
                    or any(a.findings[k].part.kind == "name" and a.findings[k].part.role not in PLACES for k in gaps):
                continue
            # (the helper names the one the clause is about, as this fact does, and is silent where they differ:
            # a fact backing the claim's age or date is no helper, it is a fact that disagrees with this one)
            subjects = {k for k, f in enumerate(a.findings) if f.status == "backed" and f.part.kind == "name"
                        and f.part.role in ("subj", "topic")}
            clashing = {k for k, f in enumerate(a.findings) if f.status == "conflict"}
            helper = next((b for g, b in mine if g.fact_id != fact.fact_id and not b.conflicts and not b.negation
                           and b.topic and b.act not in ("", "opposite", "none")
                           and subjects and all(b.findings[k].status == "backed" for k in subjects)
                           and all(b.findings[k].status == "backed" for k in gaps)
                           and all(b.findings[k].status == "unbacked" for k in clashing)), None)
            if helper is None:
                continue
            joint = replace(a, act=helper.act, findings=tuple(
                helper.findings[k] if k in gaps else f for k, f in enumerate(a.findings)))
            if same_event(joint, claim, statements[fact.fact_id]):
                out.append((fact, a))
    return out


def _apposed_person(p: Part, a: Alignment) -> Part | None:
    """The backed name a common noun for a person stands beside in the same place ("John Landis Mason, a
    tinsmith": the noun says what Mason was), or None."""
    if p.kind != "thing" or p.detail or lexical.kind(p.words[0]) != "noun.person":
        return None
    return next((f.part for f in a.backed if f.part.kind == "name" and f.part.role == p.role
                 and f.part.anchor == p.anchor and f.part.clause == p.clause and 0 <= f.part.at < p.at), None)


# words a place's name may go with or without ("Mount Tambora", "Lake Baikal")
_PLACE_PREFIXES = frozenset({"mount", "mt", "lake", "river", "cape", "isle", "island", "fort", "port", "saint", "st",
                             "city", "the"})


# "X, known as Y", "X (also called Y)", "X, nicknamed Y": a fact giving a second name for what it names
# (the gloss must follow the name itself, set off by a comma or a bracket: the rest of the name may come
# between, "the Locomotive Act of 1865, known as ...", but no other words; not "hired a machinist named
# John Kruesi", "whether Preston or Aston Villa", "Jumbo's companion, an elephant called Alice")
_AKA = (r"(?:\s+(?:of|the|[A-Z0-9][\w'’.-]*))*\s*[,(]\s*(?:(?:also|commonly|popularly|better|often|sometimes|"
        r"locally|now)\s+)?(?:known|called|nicknamed|dubbed|a\.k\.a\.|aka|or)\b(?: as)?\s+(?:the\s+)?")


# a fact that may give a second name ("known as", "called", "nicknamed", "dubbed", "aka", ", or", "(or")
_GLOSSED = re.compile(r"\b(?:known|called|nicknamed|dubbed|aka)\b|a\.k\.a\.|[,(]\s*or\b")


def _another_name_elsewhere(a: Alignment, fact: Fact, pairs: Sequence[tuple[Fact, Alignment]]) -> bool:
    """Are the names this alignment finds in conflict one thing's two names, as another candidate fact
    gives them? ("Red Flag Act (1865): 4 mph in the country" against "The Locomotive Act of 1865 set
    speed limits ...", when a fact says "the Locomotive Act of 1865, known as the Red Flag Act".)"""
    conflicting = [f for f in a.findings if f.status == "conflict"]
    if not conflicting or any(f.part.kind != "name" or f.other is None or f.other.kind != "name" for f in conflicting):
        return False
    return all(_one_thing(f.part.text, f.other.text, fact, pairs) for f in conflicting if f.other is not None)


def _with_second_names(a: Alignment, fact: Fact, statement: Statement,
                       pairs: Sequence[tuple[Fact, Alignment]], glossing: set[str]) -> Alignment:
    """``a`` with each unbacked name of the claim that another candidate fact gives as a second name for a
    name of ``statement`` (the fact's) backed by that name. ``glossing``: the ids of the candidate facts that
    may give a second name at all."""
    # (only where the act is the fact's, or there is none: a name backed by its second name pins no act said
    # in other words, "The Canaries won the FA Cup in 1959" against "Norwich City reached the semi-final")
    if not any(f.status == "unbacked" and f.part.kind == "name" for f in a.findings) \
            or any(f.status == "unbacked" and f.part.kind == "act" for f in a.findings) \
            or not glossing - {fact.fact_id}:
        return a
    names = [q for q in statement.parts if q.kind == "name"]
    findings = []
    for f in a.findings:
        q = next((q for q in names if f.status == "unbacked" and f.part.kind == "name"
                  and _one_thing(f.part.text, q.text, fact, pairs)), None)
        findings.append(f if q is None else Finding(f.part, "backed", q, f"{f.part.text} ({q.text})"))
    return replace(a, findings=tuple(findings))


def _one_thing(mine: str, theirs: str, fact: Fact, pairs: Sequence[tuple[Fact, Alignment]]) -> bool:
    """Does a candidate fact other than ``fact`` give the two names as names of one thing?"""
    def glossed(one: str, other: str, text: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(one)}{_AKA}{re.escape(other)}(?!\w)", text) is not None

    # (the names written in it first, a cheap test: a claim meets many candidates, few with a gloss)
    return any(mine in g.statement and theirs in g.statement
               and (glossed(theirs, mine, g.statement) or glossed(mine, theirs, g.statement))
               for g, _ in pairs if g.fact_id != fact.fact_id)


_NAMED_RIVAL = re.compile(r"^(?:who|for|by|place|which|what): (.+?) vs (.+?)(?: \(|$)")


def _not_one_thing(rivals: list[str], fact: Fact, pairs: Sequence[tuple[Fact, Alignment]]) -> list[str]:
    """The rival names left once those another fact gives as one thing's two names are set aside."""
    def aliased(r: str) -> bool:
        m = _NAMED_RIVAL.match(r)
        return m is not None and _one_thing(m.group(1), m.group(2), fact, pairs)

    return [r for r in rivals if not aliased(r)]


def _named_in_full_elsewhere(a: Alignment, fact: Fact, pairs: Sequence[tuple[Fact, Alignment]]) -> bool:
    """Does the fact give only part of a name the claim gives in full, while another fact gives all of
    it, with the claim's act and nothing in conflict? ("Gotthard Base Tunnel opens, 2016" is not
    refuted by the 1882 Gotthard Tunnel's fact when a fact says the Gotthard Base Tunnel opened.)"""
    for f in a.backed:
        q = f.other
        if f.part.kind != "name" or q is None or q.kind != "name" or len(f.part.words) <= len(q.words) \
                or name_relation(f.part.words, q.words) != "part":
            continue
        if set(f.part.words) - set(q.words) <= _PLACE_PREFIXES:
            continue  # "Mount Tambora" is Tambora
        if any(g.fact_id != fact.fact_id and b.clause == a.clause and b.act == "same" and not b.conflicts
               and any(h.part == f.part and h.other is not None and name_relation(f.part.words, h.other.words) == "same"
                       for h in b.backed) for g, b in pairs):
            return True
    return False


# kinds of a one-word name that is no person's surname ("India" of "SW India", "Symphony" of "Eighth
# Symphony"); a surname WordNet also knows as a unit or a thing ("Curie", "Watt", "Bell") is one
_NOT_A_SURNAME = frozenset({"noun.location", "noun.communication", "noun.group", "noun.act", "noun.event"})


def _part_of_another_name(a: Alignment, fact_id: str, statements: dict[str, Statement]) -> bool:
    """Does the fact back a name the claim gives in full only with a part of it, a part another
    candidate fact gives to someone else? ("Shalimar, by Aimé Guerlain" is not backed by "Guerlain's
    Shalimar" when a fact says Jacques Guerlain created it: the fact's Guerlain may be either.)"""
    for f in a.backed:
        q = f.other
        # (a surname: one word, the last of both names, and the claim's a person's name; not "Symphony"
        # of "Eighth Symphony" nor "India" of "SW India")
        if f.part.kind != "name" or f.part.resolved or q is None or q.kind != "name" or len(q.words) != 1 \
                or len(f.part.words) < 2 or f.part.words[-1] != q.words[0] or not a_person(f.part.text) \
                or lexical.kind(q.words[0]) in _NOT_A_SURNAME:
            continue
        if any(g != fact_id and r.kind == "name" and len(r.words) > 1 and r.words[-1] == q.words[0]
               and a_person(r.text) and name_relation(f.part.words, r.words) == "clash" and _competes(st, a, f.part)
               for g, st in statements.items() for r in st.parts):
            return True
    return False


def _competes(other: Statement, a: Alignment, person: Part) -> bool:
    """Is the fact naming another person of that surname about what the claim tells, so that the
    surname may be theirs? It shares a name or a thing with the claim besides the person ("Jacques
    Guerlain created Shalimar"), or calls them by the claim's act ("Siegfried Wagner ... was a
    composer"), or names the claim's person as well; not "Lance Armstrong won the Tour de France"
    against "Neil Armstrong walked on the Moon"."""
    mine = {w for f in a.findings if f.part.kind in ("name", "thing") and f.part is not person for w in f.part.words}
    mine -= set(person.words)
    acts = [f.part.words[0].split("_")[0] for f in a.findings if f.part.kind == "act"]
    for q in other.parts:
        # (or names the claim's person too: the facts know both, and the bare surname may be either's,
        # "Mary Shelley was married to Percy Bysshe Shelley")
        if q.kind == "name" and q.words == person.words:
            return True
        if q.kind in ("name", "thing") and mine & (set(q.words) - set(person.words)):
            return True
        if q.kind == "thing" and any(q.words[0] != act and q.words[0].startswith(act[:-1] if act.endswith("e") else act)
                                     for act in acts):
            return True
    return False


def _order(candidates: Sequence[tuple[Fact, Statement]], fact: Fact) -> int:
    return next(i for i, (f, _) in enumerate(candidates) if f.fact_id == fact.fact_id)


def _score(a: Alignment) -> float:
    """Share of the clause's parts the fact backs, 0..1 (the ``score`` column)."""
    return round(len(a.backed) / len(a.findings), 4) if a.findings else 0.0


def needs_paraphrase(j: Judgement, claim: Statement, statements: dict[str, Statement]) -> bool:
    """Is this unverified claim one the semantic stage could settle (a fact backs all but its act)?"""
    return j.match.verdict == "unverified" and any(
        act_only_gap(a, claim, statements[f.fact_id]) for f, a in j.alignments)
