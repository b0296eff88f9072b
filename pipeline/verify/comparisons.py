"""Typed comparisons of one part of a claim with one of a fact: ranks, dates and the lists they stand
in, amounts (ranges, "up to", counts, another unit or currency), qualifiers and the kinds of thing they
make ("a steel cantilever bridge"), numbered and joined names. ``align`` asks them part by part.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from . import lexical
from .alignment import Finding, _place
from .dates import DateSpan
from .quantities import ABOUT, CURRENCY, number_value
from .statement import INITIAL, NUMBERED, Clause, Part, Statement


def _anchors_meet(a: Part, b: Part, act_ok: bool) -> bool:
    """Do two parts hang on the same thing (the aligned act, or the same noun)?"""
    if a.anchor == b.anchor:
        return True
    if a.role in ("mod", "poss") or b.role in ("mod", "poss"):
        # (or one the last word of WordNet's phrase for the other: "rock light" is a lighthouse, a "beacon light")
        return bool(a.anchor and b.anchor) and (lexical.same_thing(a.anchor, b.anchor) or
                                                 lexical.name_relation((a.anchor,), (b.anchor,)) in ("same", "part")
                                                 or lexical._tail_synonym(a.anchor, b.anchor)
                                                 or lexical._tail_synonym(b.anchor, a.anchor))
    # a preposition's attachment to the act or to its object is a parser's guess: accept either
    return act_ok


def _opposite_qualifier(p: Part, fparts: Sequence[Part], parts: Sequence[Part] = ()) -> tuple[Part, str] | None:
    """The fact's opposite qualifier of the same noun, whichever word class the tagger gave either:
    "the Moon's north pole" against "the south pole of the Moon" (a compound noun against an
    adjective), "the near side" against "the far side"."""
    for q in fparts:
        if q.kind in ("mod", "thing") and q.role == "mod" and (p.kind, q.kind) != ("mod", "mod") \
                and q.anchor == p.anchor and lexical.opposite(p.words[0], q.words[0], "a"):
            return q, f"opposite: {p.text} vs {q.text}"
        # "Rudyerd's stone tower" against "a wooden tower by John Rudyerd": another stuff the noun is made of
        # (where no other qualifier of the fact's on it says the claim's: "a stone and iron tower")
        # (nor the claim's stuff named with the fact's word: "carbon dioxide content" against "carbon content")
        if q.kind in ("mod", "thing") and q.role == "mod" and q.anchor == p.anchor and p.anchor \
                and lexical.other_materials(p.words[0], q.words[0], p.anchor) \
                and not any(o.anchor == p.words[0] and o.words[:1] == q.words[:1] for o in parts) and not any(
                    o.kind in ("mod", "thing") and o.role == "mod" and o.anchor == p.anchor
                    and not lexical.other_materials(p.words[0], o.words[0], p.anchor) and lexical.material(o.words[0])
                    for o in fparts):
            return q, f"material: {p.text} vs {q.text}"
        # "the first triple somersault" against "the first quadruple somersault": another count the noun is of
        # (one both pin down by a rank on it: "Brahms wrote a double concerto in 1887" does not deny he wrote a
        # triple one; "Hanyu landed a quadruple jump at the 2018 Olympics" may be another jump than the triple)
        if q.kind in ("mod", "thing") and q.role == "mod" and q.anchor == p.anchor and p.anchor \
                and 0 < lexical.multiple(p.words[0]) != lexical.multiple(q.words[0]) > 0 \
                and any(o.kind == "rank" and o.anchor == q.anchor for o in fparts) \
                and any(o.kind == "rank" and o.anchor == p.anchor for o in parts):
            return q, f"amount: {p.text} vs {q.text} {p.anchor}"
        # "the northern hemisphere" against "the Southern Hemisphere": a name's own qualifier
        if q.kind == "name" and len(q.words) >= 2 and lexical._singular(q.words[-1]) == lexical._singular(p.anchor) \
                and lexical.opposite(p.words[0], q.words[0], "a"):
            return q, f"opposite: {p.text} vs {q.text}"
        # the side of a named place: "north of Port-au-Prince" is not "west of" it ("northwest" is both)
        if p.anchor.startswith("side of ") and q.anchor == p.anchor and q.kind == "mod" \
                and p.words[0] not in q.words[0] and q.words[0] not in p.words[0]:
            return q, f"side: {p.text} vs {q.text} of {_named(q.anchor[len('side of '):], fparts)}"
        # the phase of a span: "the start of the Cretaceous" is not "the end of" it
        if p.anchor.startswith("phase of ") and q.anchor == p.anchor and q.kind == "mod" and p.words != q.words:
            return q, f"phase: {p.text} vs {q.text} of {_named(q.anchor[len('phase of '):], fparts)}"
    return None


def _named(words: str, fparts: Sequence[Part]) -> str:
    """The name as the fact writes it, from its compared words."""
    return next((q.text for q in fparts if q.kind == "name" and " ".join(q.words) == words), words)


def _ranks_differ(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """Another place on one scale: "the second most powerful quake" against "the most powerful
    earthquake"; not "the second largest city" against "the most populous" (two scales), nor a
    superlative against a plain ordinal's own scale ("the first woman" / "the most famous woman")."""
    if p.value[0] == q.value[0]:
        return False
    # ("hole 18" / "the final hole": the last of a count no one gave may be any place after the first)
    if 10_000 in (p.value[0], q.value[0]) and min(p.value[0], q.value[0]) > 1:
        return False
    if len(p.value) == 1 and len(q.value) == 1:
        return True  # two ordinals

    def scale(r: Part, own: Sequence[Part]) -> str:
        # a superlative's scale is its adjective; an ordinal's, the adjective on its noun ("second most powerful")
        if len(r.value) > 1:
            return r.value[1]
        return next((o.words[0] for o in own if o.kind == "mod" and o.anchor == r.anchor), "")

    a, b = scale(p, parts), scale(q, fparts)
    # (a place in a ranking, "No. 2 producer", is on whatever scale its noun is ranked by)
    return bool(a) and bool(b) and (a == b or NUMBERED in (a, b) or lexical.same_mod(a, b))


def _same_rank(p: Part, q: Part) -> bool:
    """One place on one scale: "the biggest producer" and "the largest producer" (a synonym's scale); the most
    of a count and the largest of a number of it ("more vessels than any other port" and "the largest fleet")."""
    if p.value == q.value:
        return True
    for x, y in ((p, q), (q, p)):
        if x.value[1:] == ("many",) and len(y.value) == 2 and y.value[0] == 1 and y.value[1] in _GREAT \
                and y.anchor in _TALLIES:
            return True
    return len(p.value) == len(q.value) == 2 and p.value[0] == q.value[0] and (
        lexical.same_mod(p.value[1], q.value[1]) or NUMBERED in (p.value[1], q.value[1]))


# the scales a number, a tally or a collection is largest on, and the nouns that are one
_GREAT = frozenset({"large", "big", "high", "great"})
_TALLIES = frozenset({"number", "total", "tally", "count", "haul", "fleet", "collection", "amount"})


def _code(p: Part) -> bool:
    """"1.e4 e5", "2.Nf3": moves or codes, compared as written; another spelling is no other thing."""
    return all(any(ch.isdigit() for ch in w) for w in p.text.split())


def _initial(p: Part) -> bool:
    """"K.": a person shortened to an initial, as notes do."""
    return INITIAL.match(p.text) is not None


def _year_of(year: Part, date: Part) -> bool:
    """Is ``year`` a bare year that ``date`` gives with its month ("1871" of "8-12 October 1871")?"""
    return len(year.value) == 5 and len(date.value) == 5 and year.value[2] is None and date.value[2] is not None \
        and year.value[:2] == date.value[:2]


def _date(p: Part) -> DateSpan:
    return DateSpan(*p.value)


def _in_sequence(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """Several scores are a sequence ("won 6-4, 6-3"): the claim's n-th is backed only by the fact's n-th."""
    if p.value[2] != "score":
        return True
    mine = [x for x in parts if x.kind == "amount" and x.value[2] == "score"]
    theirs = [x for x in fparts if x.kind == "amount" and x.value[2] == "score"]
    if len(mine) < 2 and len(theirs) < 2:
        return True
    return len(mine) == len(theirs) and mine.index(p) == theirs.index(q)


# counted nouns for each death
_DEATHS = frozenset({"death", "fatality"})
# acts whose lives counted are deaths ("the disaster claimed 144 lives", "cost 1,500 lives", "took 97 lives")
_LIVES_TAKEN = frozenset({"claim", "cost", "take"})


def _dead_counted(a: Part, unit: str) -> bool:
    """Does the amount count the people an act of killing or dying counts ("killed 167 people", "1,500 people
    died"), each death one of them? Not casualties, survivors or soldiers who fought, nor a group of those who
    died ("killed 832 passengers": the crew died too)."""
    # (or the lives an act "claimed", "cost" or "took": English's idiom for deaths)
    return unit in ("people", "person") and bool(a.anchor) and (
        lexical.act_relation(a.anchor, "kill") == "same" or lexical.act_relation(a.anchor, "die") == "same") \
        or unit == "life" and a.anchor in _LIVES_TAKEN


def _bare_count(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """"tsunami kills 61", "185 dead" against "killed 61 people": a bare figure of the claim backed by
    the fact's count of the same figure, each the only amount on its side (to back only: a bare
    figure names nothing to conflict over)."""
    return not p.value[2] and bool(q.value[2]) and not q.value[2].startswith("[") and q.value[2] != "%" \
        and q.value[2] not in CURRENCY.values() and sum(x.kind == "amount" for x in parts) == 1 \
        and sum(x.kind == "amount" for x in fparts) == 1


def _count_of_named(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part], text: str) -> bool:
    """"Rules in Velden's original list -> 13" against "Velden's original rules numbered 13": a count of the
    claim's backed by the fact's bare figure (in its ``text``), where the fact names what it counts, each the only
    amount on its side (to back only, as ``_bare_count``). Not how often: "borrowed the painting three times" is
    not three paintings."""
    # (the noun an argument of the figure's own act, "rules numbered 13", not of another clause's or phrase's:
    # "Velden's bridges were designed by Vero when he was 40" counts no bridges, "paid 40 for the bridges" neither,
    # nor "the ships weighed 900 each" ships) (review 52)
    return bool(p.value[2]) and not q.value[2] and not p.value[2].startswith("[") \
        and re.search(r"\btimes\b", q.text, re.IGNORECASE) is None \
        and re.search(rf"(?<![\w.]){re.escape(q.text)}\s+times\b", text, re.IGNORECASE) is None \
        and any(x.kind == "thing" and x.words[-1] == p.value[2] and x.clause == q.clause and x.anchor == q.anchor
                and x.role in ("subj", "obj", "topic") for x in fparts) \
        and sum(x.kind == "amount" for x in parts) == 1 and sum(x.kind == "amount" for x in fparts) == 1


def _amount_backs(p: Part, q: Part) -> bool:
    """Does the fact's amount ``q`` back the claim's ``p``? A bound ("up to £20,000", "more than 300")
    backs only a claim that says no more than it does ("up to £25,000"), not a figure inside it
    ("the top prize was £10,000"): that figure is the claim's own. Figures that merely overlap back
    each other (rounding: "about 1,500" and "1,520")."""
    # (a range is a bound at each end: "60,000" inside "50,000 to 80,000 spectators" is the claim's own)
    if math.isinf(q.value[0]) or math.isinf(q.value[1]) or q.value[2] != "score" and _RANGE_WRITTEN.search(q.text):
        return p.value[0] <= q.value[0] and q.value[1] <= p.value[1] and not _up_to_clash(p, q)
    # (a claim may be vaguer than its fact, not more exact: "442 Hz" is inside what a bare "440 Hz" allows as
    # rounding, but it is another figure, which the fact does not give; "about 440" would allow it)
    mine, theirs = _FIGURE.search(p.text), _FIGURE.search(q.text)
    if mine is not None and theirs is not None and p.words == q.words and not _hedged(q.text) and not _hedged(p.text) \
            and p.value[1] - p.value[0] < q.value[1] - q.value[0] \
            and float(mine.group(0).replace(",", "")) != float(theirs.group(0).replace(",", "")):
        return False
    return _amount_agrees(p, q) and not exact_against_round(p, q)


def exact_against_round(p: Part, q: Part) -> bool:
    """Is the claim's figure ``p`` a count written more exactly than the fact's round one ``q``, and another
    figure? "a record 198 Tests" against "200 Test matches" (or "210 Tests": tens against hundreds): a count is
    one figure whatever it counts it in, and a fact's bare "200" says 200 (not "about 200", which would allow
    198)."""
    # (a sum or a share may be a rounded one, and a physical measure in another unit a rounded conversion:
    # "1,600 m" against "1 mile"; only a count, what no unit measures)
    # (and only a figure written out in full under ten thousand: "1.8 million", "331 million", "60,000" are
    # rounded as a rule, "1,808,581 vehicles" is no other figure)
    def count(x: Part) -> bool:
        return len(x.value) > 2 and "[" not in x.value[2] and x.value[2] not in CURRENCY.values() \
            and x.value[2] not in ("%", "score", "age", "magnitude") and not any(math.isinf(v) for v in x.value[:2])
    # (nor a range, "from 100 to 200 wolves", whose ends are bounds; and the figure's value, not its digits:
    # "200 million" is no 200)
    mine, theirs = _PLAIN.fullmatch(p.text.split()[0]), _PLAIN.fullmatch(q.text.split()[0]) if q.text else None
    if not (count(p) and count(q) and mine and theirs) or _hedged(p.text) or _hedged(q.text) \
            or _RANGE_WRITTEN.search(p.text) or _RANGE_WRITTEN.search(q.text):
        return False
    a, b = int(mine.group(0).replace(",", "")), int(theirs.group(0).replace(",", ""))
    if not math.isclose((q.value[0] + q.value[1]) / 2, b) or not math.isclose((p.value[0] + p.value[1]) / 2, a):
        return False

    def zeros(n: int) -> int:
        return len(str(n)) - len(str(n).rstrip("0")) if n else 0
    return a != b and 100 <= b < 10_000 and zeros(a) < zeros(b)


# a figure written out in digits, with no decimals ("198", "1,808")
_PLAIN = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _hedged(text: str) -> bool:
    """Is an amount written as a rough one ("about 1,500", "c. 300", "~40")?"""
    low = text.lower()
    return low.startswith(tuple(w + " " for w in ABOUT)) or low.startswith("~")


_RANGE_WRITTEN = re.compile(r"\d\s*(?:to|and|-|–)\s*\d", re.IGNORECASE)


# what qualifies a name as another than one's own ("the pen name George Eliot")
_ASSUMED_NAMES = frozenset({"pen", "stage", "assumed", "false"})

_SIDE_NOUNS = frozenset({"army", "force", "forces", "troops", "team", "side", "fleet", "navy", "squad", "crew",
                         "program", "programme", "machine", "computer", "game", "match"})


def _up_to_clash(p: Part, q: Part) -> bool:
    """Does the claim say "up to" a figure well above the most the fact allows ("up to 20,000 eggs"
    against "up to about 2,000", or "about 2,000")? "Up to" names the most there was. Two bounds
    name one limit: they must agree as figures do ("up to 4%" against "up to 3.2%")."""
    both = math.isinf(q.value[0]) and q.text.lower().startswith("up to")
    # (and two floors name one threshold: "above 135 °F" is not the "above 135 °C" UHT needs, nor
    # "more than 300 died" the "more than 1,500")
    # (a floor that is what there was, "more than 1,500 people died", "is more than 8,800 m tall", is
    # said rounded down: "more than 1,000 died", "over 8,000 m" are what the fact says; only one far
    # below it is another figure. A floor a thing happens above, "heated above 135 °C", "snow falls
    # above 2,000 m", is a threshold: another is another)
    # (a temperature as its degrees are written, not in kelvin, where 60 °C and 72 °C are near)
    def floor(x: Part) -> float:
        return x.value[0] - 273.15 if x.value[2] == "[temperature]" else x.value[0]

    amount_of = not {p.role, q.role} & {"above", "below", "over", "under", "beyond", "past"}
    floors = math.isinf(p.value[1]) and math.isinf(q.value[1]) and not math.isinf(p.value[0]) \
        and not math.isinf(q.value[0]) and min(floor(p), floor(q)) > 0 \
        and (floor(q) < 0.95 * floor(p) or floor(p) < (0.5 if amount_of else 0.95) * floor(q))
    return floors or math.isinf(p.value[0]) and not math.isinf(p.value[1]) and not math.isinf(q.value[1]) \
        and q.value[1] < (0.95 if both else 0.8) * p.value[1]


# one unit of time said as a word: "a week", "an hour", "one year"
_SINGLE_UNIT = re.compile(r"(?:a|an|one)\s+[^\W\d_]+", re.IGNORECASE)


def loosely(x: Part) -> Part:
    """The amount as loosely as it may be meant: a single unit said as a word ("a week", "a year") is backed only
    by what is that unit to a tenth, but may be said of half as much again or half as little ("spent a week" of
    ten days, "took a year" of ten months): between the two, the figure is neither the fact's nor another."""
    # (of time only, as ``quantities._single_span`` reads it: not a share, "a quarter of Europe's population")
    if not _SINGLE_UNIT.fullmatch(x.text.strip()) or len(x.value) < 3 or x.value[2] != "[time]" \
            or any(math.isinf(v) for v in x.value[:2]):
        return x
    mid = (x.value[0] + x.value[1]) / 2
    return replace(x, value=(mid * 0.5, mid * 1.5, *x.value[2:]))


def _amount_agrees(p: Part, q: Part) -> bool:
    # strictly: "three" (2.5-3.5) and "four" (3.5-4.5) only touch
    if _cut_short(p, q) or _cut_short(q, p):
        return True
    if not (p.value[0] < q.value[1] and q.value[0] < p.value[1]) or _up_to_clash(p, q):
        return False
    if any(math.isinf(v) for v in (*p.value[:2], *q.value[:2])):
        return True
    # two figures each hedged ("~30 °C" and "about 35 °C") may overlap at their edges; they agree
    # only when one of them falls within what the other allows (written ranges agree by overlapping:
    # "7,000-8,000" and "7,800-9,000")
    if _RANGE_WRITTEN.search(p.text) or _RANGE_WRITTEN.search(q.text):
        return True
    return any(o.value[0] <= (x.value[0] + x.value[1]) / 2 <= o.value[1] for x, o in ((p, q), (q, p)))


# a whole figure of three digits or more as written, and one with its decimals: "38,915", "38,915.87"
_WHOLE_FIGURE = re.compile(r"[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d{3,})")
_DECIMAL_FIGURE = re.compile(r"[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+")


def _cut_short(p: Part, q: Part) -> bool:
    """Is ``p`` ``q``'s figure with its decimals cut off, as notes write an index's level or a price ("Nikkei peak
    38,915" of "38,915.87", "Nasdaq 5,048" of "5,048.62"): the whole figure, a thousand or more, in the same unit?"""
    pw, qw = p.text.split(), q.text.split()
    if not pw or not qw or not _WHOLE_FIGURE.fullmatch(pw[0]) or not _DECIMAL_FIGURE.fullmatch(qw[0]) \
            or pw[1:] != qw[1:] or len(p.value) < 3 or len(q.value) < 3 or p.value[2:] != q.value[2:]:
        return False
    (whole, _), (exact, _) = number_value(pw[:1]), number_value(qw[:1])
    # (of a thousand or more: "120 m" is not "120.9 m", which rounds to 121 (review 60))
    return whole == math.trunc(exact) and abs(whole) >= 1000


# acts by which a title, a prize or an award is had each time anew
_WINNING = frozenset({"win", "take", "claim", "capture", "earn", "receive", "award", "clinch", "collect", "lift",
                      "scoop", "secure", "land"})


def _won(p: Part, parts: Sequence[Part], q: Part, qparts: Sequence[Part]) -> bool:
    """Is the count of times ``p`` one of winning or being awarded ("won the title 14 times"), and does the
    count of things ``q`` name the kind the thing won is of, as the fact does ("14 French Open titles"; not
    "eight titles", maybe all of them, against "won the Best Baguette title six times")?"""
    # (the words that qualify the count, each one the fact's too: the fact may say more, "men's singles")
    mine = {w.lower() for w in re.findall(r"[^\W\d_]+", " ".join(q.text.split()[1:-1]))}
    said = {w.lower() for o in parts if o.clause == p.clause for w in re.findall(r"[^\W\d_]+", o.text)}
    return any(o.kind == "act" and o.clause == p.clause and o.words[0] in _WINNING for o in parts) and bool(mine) \
        and mine <= said


def _times(p: Part) -> bool:
    """Is the amount a count of times ("14 times")?"""
    return re.search(r"\btimes?\b", p.text) is not None


def _doers_counted(p: Part, parts: Sequence[Part], q: Part, fparts: Sequence[Part]) -> bool:
    """Is one amount a count of "people" under an act, and the other a count of those who do that act ("viewers"
    of "watched")?"""
    for (a, side), (b, _) in (((p, parts), (q, fparts)), ((q, fparts), (p, parts))):
        if a.value[2] == "people" and b.value[2] != "people" and any(
                o.kind == "act" and o.words[0] == a.anchor for o in side) and lexical.agent_of(a.anchor, b.value[2]):
            return True
    return False


# WordNet's kinds of noun that measure or describe rather than count things ("a high", "a degree", "a state")
_MEASURE_KINDS = frozenset({"noun.attribute", "noun.quantity", "noun.state", "noun.time", "noun.cognition",
                            "noun.relation", "noun.shape"})


def _comparable(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """Do two amounts measure the same kind of thing?"""
    # ("cut its fights to twelve rounds" against "from 15 rounds to 12": the end of a change is compared with that end)
    if {p.role, q.role} == {"from", "to"}:
        return False
    # ("won 8 Oscars" against "was nominated for eight Academy Awards and won three": a count of candidacies is
    # not one of wins)
    if p.anchor and q.anchor and lexical.short_of(p.anchor, q.anchor):
        return False
    # "beats it by 32 metres": a difference, never the measure itself ("whose span is 1,991 m"); under
    # one act it is the same change ("increased 43 percent", "increased by about 40%")
    if (p.role == "by") != (q.role == "by") and p.anchor != q.anchor:
        return False
    pu, qu = p.value[2], q.value[2]
    # ("14 French Open titles" against "won the French Open title 14 times": the reader counts the titles
    # won each time, the count with no unit of its own)
    # (only for what is won or awarded each time: "borrowed the Vermeer painting three times" is one
    # painting, "rebuilt its library four times" one library)
    if pu and not qu and q.words[:1] == (pu,) and _times(q) and _won(q, fparts, p, parts) \
            or qu and not pu and p.words[:1] == (qu,) and _times(p) and _won(p, parts, q, fparts):
        return True
    if pu and qu:
        # (a time between events only with one said the same way; whether the two are of one event, see
        # offsets_meet)
        if pu.startswith("[offset") or qu.startswith("[offset"):
            return pu == qu
        if pu == qu:
            return not _kinds_apart(p, q)
        # "five wins" against "won ... five times": a count of the act, said with its noun
        # (an act's count: "three times the size" is no count of sizing)
        if qu == "time" and any(o.kind == "act" and o.words[0] == q.anchor for o in fparts) \
                and lexical.noun_of_act(q.anchor, pu) or pu == "time" \
                and any(o.kind == "act" and o.words[0] == p.anchor for o in parts) and lexical.noun_of_act(p.anchor, qu):
            return True
        # ("Joey: 26 wins" against "won 26 Isle of Man TT races": a count of the act's noun is one of what
        # each act was done to)
        if any(o.kind == "act" and o.words[0] == q.anchor for o in fparts) and lexical.noun_of_act(q.anchor, pu) \
                or any(o.kind == "act" and o.words[0] == p.anchor for o in parts) and lexical.noun_of_act(p.anchor, qu):
            return True
        if pu.startswith("[") or qu.startswith("["):
            return False
        # "nine golds" against "nine Olympic gold medals": the word a count names is the fact's
        # counted noun's modifier (or the other way round)
        # (a stuff's word for what is made of it, never a count noun's own: "12 hospitals" are no
        # "12 hospital beds")
        if any(o.kind in ("thing", "mod") and o.anchor == qu and o.words[0] == pu for o in fparts) \
                and "noun.substance" in lexical.kinds(pu) or any(
                o.kind in ("thing", "mod") and o.anchor == pu and o.words[0] == qu for o in parts) \
                and "noun.substance" in lexical.kinds(qu):
            return True
        # ("six of her crew" against "seven crew members": a count of a group's members is one of the group's)
        if any(o.kind in ("thing", "mod") and o.anchor == qu and o.words[0] == pu for o in fparts) \
                and "noun.group" in lexical.kinds(pu) and lexical.kind(qu) == "noun.person" or any(
                o.kind in ("thing", "mod") and o.anchor == pu and o.words[0] == qu for o in parts) \
                and "noun.group" in lexical.kinds(qu) and lexical.kind(pu) == "noun.person":
            return True
        # ("30,000 dead" against "300,000 people" killed: a count of some people is one of people; "73 dead"
        # against "killing 73 men": the dead are counted as the people they were)
        if "dead" in (pu, qu) and lexical.kind(qu if pu == "dead" else pu) == "noun.person":
            return True
        # (and "67 deaths", "12 fatalities": each death is one of the people a killing or a dying counts)
        if pu in _DEATHS and _dead_counted(q, qu) or qu in _DEATHS and _dead_counted(p, pu):
            return True
        # ("73 million viewers" against "watched by 73 million people": the people counted as doers of the act are
        # counted by what they did)
        if "people" in (pu, qu) and _doers_counted(p, parts, q, fparts):
            return True
        # ("seven Oscars" against "seven Academy Awards": one thing counted under two names)
        if lexical.name_relation(_counted_words(p), _counted_words(q)) == "same":
            return True
        # (either way round: two counts of one kind measure the same thing whichever names it more narrowly, "230
        # straight wins" against "203 consecutive victories"; whether one backs the other is the figures' to say)
        # (but a claim's narrower noun counts a part of what the fact counts: it is denied only where it counts
        # more than the whole, never backed, "700 oaks" against "planted 500 trees", not "300 oaks" nor "500 oaks";
        # people are counted as the people they were either way, "185 dead" against "killed 185 people")
        # (and only two words first read as one kind of countable thing, not of a measure or a state: "5,000 daily
        # record highs" counts no degrees)
        return lexical.same_thing(pu, qu) or lexical.same_thing(qu, pu) and lexical.kind(pu) == lexical.kind(qu) \
            and lexical.kind(pu) not in _MEASURE_KINDS and (p.value[0] > q.value[1] or "people" in (pu, qu))
    # "Scrabble tiles in a set: 104" against "contains 100 tiles": a line's bare figure after a label counts the
    # noun the label names
    if not pu and qu and _labelled_count(p, parts, qu) or not qu and pu and _labelled_count(q, fparts, pu):
        return True
    # a bare number can only be compared with a bare number (or an age: "died at 30" / "aged 31"), when
    # each is the only amount on its side
    # (not a bare number that is an act's doer or what it was done to, a count: "Most Masters wins: Jack
    # Nicklaus, 6" counts wins, not years, against "won the 1986 Masters at the age of 46")
    # (or two bare counts of one name in one slot: "one at LSU and five at Alabama" against "one at LSU and six at
    # Alabama" count Alabama's titles)
    if not pu and not qu and _of_one_name(p, parts, q, fparts):
        return True
    bare = p if not pu else q if not qu else None
    if "age" in (pu, qu) and bare is not None and bare.role in ("subj", "obj"):
        return False
    # (nor the figure of a thing's "of": "a maximum break of 147" is no one's age, "a man of 53", "a mare of 20" may be)
    if "age" in (pu, qu) and bare is not None and bare.role == "of" and bare.anchor \
            and lexical.kind(bare.anchor) not in ("noun.person", "noun.animal"):
        return False
    return {pu, qu} <= {"", "age"} and sum(x.kind == "amount" for x in parts) == 1 and \
        sum(x.kind == "amount" for x in fparts) == 1


def share_of_said(p: Part, parts: Sequence[Part], q: Part, fparts: Sequence[Part]) -> bool:
    """May the fact's percentage ``q`` back the claim's ``p``: a prompt's answer "in percent" ("Turnout in the 1990
    election, in percent -> 71") only where the prompt names what the fact's is a share of ("71 percent of the vote"
    is no turnout; "about 70 percent of France's electricity" is the share of electricity)? Others are compared as
    their acts are. To back only: another figure still conflicts."""
    if p.role != "asked" or p.value[2:3] != ("%",) or q.value[2:3] != ("%",):
        return True
    of = [o for o in fparts if o.kind in ("thing", "name") and o.role == "of" and o.clause == q.clause
          and o.anchor in _PERCENT_WORDS]
    return not of or any(x.kind in ("thing", "name") and (x.words[-1] == o.words[-1] or lexical.same_thing(
        x.words[-1], o.words[-1])) for o in of for x in parts)


_PERCENT_WORDS = frozenset({"percent", "%", "percentage", "cent", "per cent"})


def is_offset(x: Part) -> bool:
    """Is ``x`` a time between two events ("three days later", "a week after the explosion"; reading's offsets)?"""
    return x.kind == "amount" and len(x.value) > 2 and str(x.value[2]).startswith("[offset")


def offsets_meet(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """May the claim's ``p`` and the fact's ``q`` be compared as times between events (to back or to conflict): one
    from the same event (``same_offset``), or each side's only one, said of the same act from an event named in
    other words ("37 seconds after liftoff" against "73 seconds after launch"); not one of another event ("two years
    after his conviction and three years after his arrest")."""
    if same_offset(p, q):
        return True
    return len(p.words) > 1 and len(q.words) > 1 and p.anchor == q.anchor \
        and sum(map(is_offset, parts)) == sum(map(is_offset, fparts)) == 1


def same_offset(p: Part, q: Part) -> bool:
    """May the amounts ``p`` and ``q`` conflict as times between events: either is none, or both are from the same
    event, or both from the one before ("joined two years later" against "joined in 1970, a year after leaving
    school" is counted from another event: no conflict (review 57c))?"""
    if not (is_offset(p) or is_offset(q)):
        return True
    # (both from the event before, by the same act: "joined two years later" is not "left them three years later"
    # (review 57c))
    if len(p.words) == len(q.words) == 1:
        return p.anchor == q.anchor
    # (the same event in other words: "after Ratzenberger's death in qualifying", "after Roland Ratzenberger died in
    # qualifying" share some of theirs)
    return bool(set(p.words[1:]) & set(q.words[1:]))


def _of_one_name(p: Part, parts: Sequence[Part], q: Part, fparts: Sequence[Part]) -> bool:
    """Do bare figures ``p`` and ``q`` each carry the same name in the same slot ("five at Alabama", "six at Alabama")?"""
    mine = [o for o in parts if o.kind == "name" and o.clause == p.clause and o.anchor == p.text.lower()]
    theirs = [o for o in fparts if o.kind == "name" and o.clause == q.clause and o.anchor == q.text.lower()]
    return any(a.role == b.role and lexical.same_name(a.text, a.words, b.text, b.words) == "same"
               for a in mine for b in theirs)


def _labelled_count(p: Part, parts: Sequence[Part], unit: str) -> bool:
    """Is the bare figure ``p`` the one amount of a line whose label, before it, names ``unit`` as what the line is
    about ("Scrabble tiles in a set: 104")?"""
    return p.role == "topic" and sum(x.kind == "amount" for x in parts) == 1 and any(
        o.kind == "thing" and o.role == "topic" and o.clause == p.clause and not o.detail and 0 <= o.at < p.at
        and o.words[0] == unit for o in parts)


def _counted_words(p: Part) -> tuple[str, ...]:
    """The words an amount counts with, after its figure ("Academy Awards" of "seven Academy Awards")."""
    words = re.findall(r"[^\W\d_]+", p.text.lower())
    return tuple(w for w in words if w not in lexical.NUMBER_WORDS and w not in ABOUT)


# prepositions that date an act by another event ("after his death", "before the war")
TIME_WORDS = frozenset({"after", "before", "until", "till", "during", "since"})


def _rivals_so_qualified(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """"molten lead" against "molten tin": one qualifier on both nouns, and the claim's noun has among
    its senses the fact's noun's class ("lead" is first an advantage, but also a metal)."""
    theirs = lexical.kind(q.words[0])
    return theirs in lexical.RIVAL_KINDS and theirs in lexical.kinds(p.words[0]) \
        and not lexical.same_thing(p.words[0], q.words[0]) and any(
            o.kind == "mod" and o.anchor == p.words[0] and any(
                x.kind == "mod" and x.anchor == q.words[0] and x.words == o.words for x in fparts) for o in parts)


def _same_qualifier_other_head(p: Part, q: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> bool:
    """"by atomic weight" against "by atomic number": one qualifier, two nouns in one place."""
    if p.words[0] == q.words[0] or lexical.same_thing(p.words[0], q.words[0]) or \
            lexical.same_thing(q.words[0], p.words[0]):
        return False
    # (two nouns of one class, a term's: not "a suborbital hop" against "a suborbital flight", a trip
    # told in other words)
    if lexical.kind(p.words[0]) != lexical.kind(q.words[0]) or lexical.kind(p.words[0]) not in lexical.TERM_KINDS:
        return False
    mine = {m.words[0] for m in parts if m.kind in ("mod", "thing") and m.role == "mod" and m.anchor == p.words[0]}
    theirs = {m.words[0] for m in fparts if m.kind in ("mod", "thing") and m.role == "mod" and m.anchor == q.words[0]}
    return bool(mine & theirs)


def _lifetime(p: Part, parts: Sequence[Part]) -> bool:
    """Is the date a span in brackets right after a person's name ("Curie (1867-1934)")?"""
    return p.detail and p.at >= 0 and any(o.kind == "name" and 0 <= p.at - o.at <= 2 and not lexical.is_place(o.words)
                                          for o in parts)


def _outside_enumeration(p: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> tuple[Part, ...] | None:
    """The years a fact lists for one act ("won ... in 2013, 2015, 2016 and 2017"), when the claim's
    date ``p`` reaches outside them: a year of a list the claim gives that the fact's list lacks
    ("Froome (2013, 2015-17, 2018)"), or a range whose ends are not both in it ("Merckx (1969-73)"
    against 1969 to 1972 and 1974). Three or more single years in one clause of the fact are all
    the years there were; a claim that gives one year alone may speak of another event."""
    listing = _enumeration(p, parts, fparts)
    return listing[0] if listing is not None and listing[1] == "outside" else None


def _enumeration(p: Part, parts: Sequence[Part], fparts: Sequence[Part]) -> tuple[tuple[Part, ...], str] | None:
    """The years a fact lists for one act, and how the claim's date ``p`` stands to them: "outside"
    (see ``_outside_enumeration``), "gaps" (a range whose ends are listed but whose years between are
    not all: "Brazil won from 1958 to 1970" against 1958, 1962, 1970: no backing, no conflict), or
    "inside"."""
    d = _date(p)
    if d.year_lo is None or d.month:
        return None
    mine = [o for o in parts if o.kind == "date" and o.clause == p.clause]
    for clause in {q.clause for q in fparts if q.kind == "date"}:
        listed = [q for q in fparts if q.kind == "date" and q.clause == clause]
        years = [_date(q) for q in listed]
        if len(listed) < 3 or any(y.year_lo is None or y.year_lo != y.year_hi or y.month for y in years):
            continue
        enumerated = {y.year_lo for y in years}
        if not min(enumerated) <= d.year_hi and d.year_lo <= max(enumerated) + 1:
            continue  # another span altogether: another event, or none of the list's
        if d.year_lo != d.year_hi:
            # (a span around the whole list is a lifetime or a window, "Dickens (1812-1870) visited
            # America in 1842"; and a clause that gives a listed year is dated by it)
            if d.year_lo <= min(enumerated) and max(enumerated) <= d.year_hi and (
                    d.year_lo not in enumerated or d.year_hi not in enumerated):
                return None
            if any(o is not p and _date(o).year_lo in enumerated and _date(o).year_lo == _date(o).year_hi for o in mine):
                return None
            if d.year_lo not in enumerated or d.year_hi not in enumerated:
                return tuple(listed), "outside"
            if any(y not in enumerated for y in range(d.year_lo, d.year_hi + 1)):
                return tuple(listed), "gaps"
            return tuple(listed), "inside"
        if len(mine) >= 2 and d.year_lo not in enumerated:
            return tuple(listed), "outside"
    return None


def _before(p: Part, parts: Sequence[Part]) -> Part | None:
    """The modifier written right before ``p``, if it is a part."""
    # (also where ``p`` is the noun a relative clause is about, filed under that clause: "a portable cassette player
    # that went on sale": the qualifier stays in the clause the noun is written in)
    return next((o for o in parts if p.at > 0 and o.at == p.at - 1 and o.kind in ("thing", "mod") and (
        o.clause == p.clause or o.role == "mod" and o.anchor == p.words[0])), None)


def _compound(p: Part, parts: Sequence[Part]) -> str:
    """The noun ``p`` makes with the word right before it when WordNet knows the two as one
    ("wrought iron", "light heavyweight"), else ``p``'s own lemma."""
    before = _before(p, parts)
    return (_kind_with(before, p, parts) if before is not None else "") or p.words[0]


def _kind_with(o: Part, p: Part, parts: Sequence[Part]) -> str:
    """The noun WordNet knows qualifier ``o`` and noun ``p`` to make, or "". A hyphened qualifier
    comes to the parts as two ("black-footed albatross", "ivory-billed woodpecker"): its first half
    is the part two tokens before."""
    first = next((x for x in parts if o.at > 1 and x.at == o.at - 2 and x.clause == o.clause
                  and x.kind in ("thing", "mod")), None)
    hyphened = lexical.compound(f"{first.text}-{o.text}", p.words[0]) if first is not None else ""
    return hyphened or lexical.compound(o.text, p.words[0])


def _names_kind(p: Part, parts: Sequence[Part]) -> bool:
    """Is ``p`` a noun qualifying another that, with the word before it, names a kind ("the *long
    jump* gold medal", "*sea level* rise")?"""
    return p.kind == "thing" and p.role == "mod" and "_" in _compound(p, parts)


def _kinds_apart(p: Part, q: Part) -> bool:
    """Do two counts name two kinds of their noun ("six fin whales", "six sei whales")?"""
    def kind(x: Part) -> str:
        words = x.text.split()
        return lexical.compound(words[-2], x.value[2]) if len(words) >= 2 and words[-2].isalpha() else ""
    a, b = kind(p), kind(q)
    return bool(a and b) and a != b


def _compounds(q: Part, fparts: Sequence[Part]) -> list[str]:
    """The kinds a fact's noun is said to be: the noun WordNet knows it to make with each word that
    qualifies it, near or through another ("a steel cantilever railway bridge": cantilever bridge),
    the word right before it first; else the noun alone."""
    chain, frontier = [], {q.words[0]}
    for _ in range(3):
        # (an initialism that qualifies the noun itself names a kind with it where WordNet knows the two as one:
        # "CD players" are no cassette players; not a capitalised word, "Roller coasters", "a Kodiak bear")
        found = [o for o in fparts if (o.kind in ("thing", "mod") or o.kind == "name" and o.anchor == q.words[0]
                                       and len(o.text) > 1 and o.text.isupper())
                 and o.role == "mod" and o.clause == q.clause and o.anchor in frontier and o not in chain and o is not q]
        chain += found
        frontier = {o.words[0] for o in found}
    before = _before(q, fparts)
    ordered = ([before] if before is not None else []) + [o for o in chain if o is not before]
    kinds = [c for o in ordered if (c := _kind_with(o, q, fparts))]
    return list(dict.fromkeys(kinds)) or [q.words[0]]


def _joined_surnames(p: Part, fparts: Sequence[Part]) -> list[Part]:
    """The people whose surnames a hyphenated name joins ("Diffie-Hellman", "Watson-Crick"), when the
    fact names them all; else none."""
    if "-" not in p.text or len(p.words) < 2:
        return []
    joined = [q for q in fparts if q.kind == "name" and len(q.words) >= 2 and q.words[-1] in p.words]
    return joined if {q.words[-1] for q in joined} == set(p.words) else []


def _numbered_clash(p: Part, q: Part) -> bool:
    """Two names that differ only in their number: "Category 4" and "Category 5", "Force 8" and "Force 12"."""
    if lexical.name_relation(p.words, q.words) != "clash":
        return False
    mine, theirs = set(p.words) - set(q.words), set(q.words) - set(p.words)
    return bool(mine) and bool(theirs) and all(w.isdigit() for w in mine | theirs)


def said_shorter(p: Part, fparts: Sequence[Part]) -> bool:
    """Is the claim's name ``p`` one of the fact's names said shorter, in words of that name and of the name
    it is "of" ("the Massachusetts General Court" for "the Great and General Court of the Massachusetts Bay
    Colony")? One body, not a rival."""
    def of_it(q: Part) -> bool:
        of = {w for o in fparts if o.kind == "name" and o is not q and o.role == "of" and o.anchor in q.words
              for w in o.words}
        return bool(of) and bool(set(p.words) & set(q.words)) and bool(set(p.words) & of) \
            and set(p.words) <= set(q.words) | of

    return any(of_it(q) for q in fparts if q.kind == "name")


def kin_owner(p: Part) -> bool:
    """Is the claim's name whose a kin noun is ("Samuel Pell's uncle")? The relative is another person of the
    family, whose name may share its surname: no rival of the fact's."""
    return p.role == "poss" and bool(p.anchor) and lexical.kin(p.anchor)


def _one_inside_other(p: Part, q: Part, role: str) -> bool:
    """Is one of two names where the act happened, or two places in any role, inside the other (Berlin
    and Germany; "a singer from England" and "from Birmingham")? Or two words of nations, one's land inside the
    other's ("French" and "European")? Then both can be true."""
    return (_place(role) == "place" or lexical.is_place(p.words) and lexical.is_place(q.words)) \
        and lexical.nested_places(p.words, q.words) \
        or len(p.words) == len(q.words) == 1 and lexical.nations_nested(p.text, q.text)


def _located_inside(p: Part, q: Part, parts: Sequence[Part]) -> bool:
    """Is place ``p`` said to be in ``q`` by the place written after it ("Hamilton, Illinois" against "the
    United States")? Then the two are no rivals; the town itself, which no gazetteer here knows, is still
    the claim's to back ("Hamilton, Illinois" is its locator only where both are known places)."""
    return any(o.kind == "name" and o is not p and o.clause == p.clause and lexical.is_place(o.words)
               and (o.role == "locator" and o.anchor == p.words[-1] or o.role == p.role and o.at == p.at + 2)
               and (o.words == q.words or lexical.holds_settled_place(q.words, o.words)) for o in parts)


# words that end a name's run before a noun: a date this far off dates another thing
_NOT_IN_A_NAME = frozenset({"the", "a", "an", "over", "after", "before", "in", "on", "at", "of", "for", "into",
                            "from", "by", "with", "and", "to", "during", "following", "since", "until"})


def _dates_noun(fact: Statement, q: Part, noun: Part, fparts: Sequence[Part]) -> bool:
    """Does the fact's date ``q`` date the fact's ``noun`` itself, not its act: written before it in
    its phrase ("the 2015 Smiler crash", "the June 1972 Watergate break-in"), right after it ("the
    crash of 2015", "the crash (2015)") or in a clause on it ("the crash, which happened in May 1915")?"""
    if q.clause != noun.clause:
        return any(o.clause == q.clause and o.kind == "thing" and o.role in ("subj", "obj") and o.at == noun.at
                   and o.words == noun.words for o in fparts)
    text = fact.text
    for m in re.finditer(rf"\b{re.escape(q.text)}((?:\s+[\w'’.&-]+){{0,4}}?)\s+{re.escape(noun.text)}\b", text):
        if not any(w.lower() in _NOT_IN_A_NAME for w in m.group(1).split()):
            return True
    return re.search(rf"\b{re.escape(noun.text)}\s+(?:of\s+|\()(?:[\w.]+\s+){{0,2}}?{re.escape(q.text)}\b", text) is not None


def _paired_with_another(parts: Sequence[Part], ordered: Sequence[Finding], fparts: Sequence[Part], fact: Statement,
                         clause: Clause, act_rel: str, frole: Callable[[Part], str]) -> tuple[int, Part, str] | None:
    """(index of the finding, the fact's other doer, the note) where a name the claim pairs with its doer is one
    the fact gives another doer, in another clause of the same act; else None.

    "Frank Oz performed Ernie", "Frank Oz -> Ernie, Grover" against "Frank Oz performed Bert and Grover, while Jim
    Henson performed Ernie and Kermit". ``ordered``: the clause's findings; ``frole``: a fact part's canonical role.
    """
    act = clause.act
    if act and act_rel not in ("same", "broader"):
        return None
    # the claim's doer: its subject, or a verbless line's first name ("Frank Oz -> Ernie, ...")
    names = [(k, f) for k, f in enumerate(ordered) if f.part.kind == "name" and f.part.role not in ("poss", "not")]
    if act:
        doer = next(((k, f) for k, f in names if f.part.role == "subj"), None)
    else:
        doer = min(names, key=lambda kf: kf[1].part.at, default=None)
    if doer is None or doer[1].status != "backed" or doer[1].other is None or frole(doer[1].other) != "subj":
        return None
    mine = doer[1].other
    if not 0 <= mine.clause < len(fact.clauses) or not fact.clauses[mine.clause].act:
        return None
    # (only where the doer's own clause names what they did it to, and by name: "and Scott reached it in January
    # 1912" may have reached the very pole the clause before names)
    own = [r for r in fparts if r.clause == mine.clause and frole(r) in ("obj", "attr")]
    if not own or any(r.kind != "name" for r in own):
        return None
    said = {id(f.other) for f in ordered if f.status == "backed" and f.other is not None}
    for k, f in names:
        q = f.other
        if k == doer[0] or f.status != "backed" or q is None or q.kind != "name" or q.clause == mine.clause \
                or frole(q) not in ("obj", "attr") or not 0 <= q.clause < len(fact.clauses):
            continue
        # (of the very act, told twice over: "Oz performed ..., while Henson performed ...")
        if fact.clauses[q.clause].act != fact.clauses[mine.clause].act or fact.clauses[q.clause].negated:
            continue
        other = next((r for r in fparts if r.kind == "name" and r.clause == q.clause and frole(r) == "subj"
                      and id(r) not in said and not set(r.words) & set(mine.words)), None)
        if other is not None:
            return k, other, f"who: {doer[1].part.text} vs {other.text} ({f.part.text})"
    return None
