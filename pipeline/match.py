"""Claims against curated facts: candidate search, then a verdict with a readable reason.

1. ``FactIndex`` profiles every fact once and keeps an inverted index from content
   stems to facts, so a claim is compared only with facts that share a rare word with
   it (sub-quadratic), then ranked with rapidfuzz.
2. ``assess`` compares a claim's profile with one fact's: how much of the fact the
   claim covers, and whether they conflict on a year or month, a quantity, polarity
   or the actor.
3. ``decide`` turns the assessments into a verdict. A checkable conflict with a fact
   about the same thing outweighs agreement with another fact: a claim that says
   two things is wrong if one of them is.
"""

from __future__ import annotations

import math
import re

import numpy as np
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from rapidfuzz import process as fuzz_process

from .model import Claim, Fact, Match
from .text import content_stems, normalize
if TYPE_CHECKING:
    from .semantic import SemanticIndex
from .specifics import OPPOSITES, PREDICATE_CLASSES, DateSpan, Profile, Quantity, Rank, find_dates, profile

RULES = frozenset({"dates", "numbers", "ranks", "opposites", "polarity", "actors", "entailment"})
"""The conflict and support rules ``assess`` and ``decide`` apply; a benchmark can switch each off."""


@dataclass(frozen=True)
class Thresholds:
    """The knobs of ``decide``; defaults were set on the dev corpus and the demo corpus."""

    support: float = 0.6
    """Share of the fact's (IDF-weighted) content the claim must cover to be supported by it."""
    contradict: float = 0.4
    """Coverage needed before a conflict counts: below it the claim is about something else."""
    support_agreeing: float = 0.4
    """A lower bar when a date or number agrees and a distinctive name is shared."""
    contradict_actor: float = 0.3
    """An actor conflict already requires the fact's object in the claim: a lower bar."""
    contradict_unnamed: float = 0.6
    """Without a shared distinctive name, the topic overlap a conflict needs."""
    focus: float = 0.7
    """Or: share of the claim's named things the fact names, for short claims about one thing."""
    entailed: float = 0.6
    """Or: share of the claim's own content the fact states (the fact says all the claim says)."""
    candidates: int = 20
    """Facts compared in full per claim, after the index has ranked them."""
    rules: frozenset[str] = RULES
    """Which of ``RULES`` apply."""
    semantic: bool = False
    """Ask the sentence-embedding model for a second opinion (``pipeline.semantic``)."""
    semantic_support: float = 0.65
    """Cosine similarity at which a claim the rules leave unverified is supported by a fact."""
    semantic_topic: float = 0.6
    """Cosine similarity at which a fact that conflicts with the claim is about the same thing."""
    semantic_candidates: int = 10
    """Facts closest in meaning added to the lexical candidates."""
    semantic_conflict: float = 0.5
    """Cosine below which a date or number conflict is about another event or measure: not counted."""


@dataclass(frozen=True)
class Assessment:
    """One claim compared with one fact."""

    fact: Fact
    coverage: float
    """IDF-weighted share of the fact's content stems found in the claim: the topic overlap."""
    support: float
    """Like ``coverage``, but the fact's dates and quantities count too, and must agree."""
    focus: float
    """IDF-weighted share of the claim's named things (anchors) that the fact names too."""
    fuzzy: float
    """rapidfuzz token_set_ratio of the two normalised texts, 0..1."""
    conflicts: tuple[str, ...]
    """Readable conflicts: ``year 2019 vs 2020``."""
    agreements: tuple[str, ...]
    """Readable agreements on checkable details: ``date 2015``."""
    same_subject: bool
    """False when both name one thing with different versions (Llama 2 vs the first LLaMA)."""
    shared_name: bool
    """Claim and fact share a distinctive named thing (an anchor few facts use)."""
    shared_rare: bool = False
    """Claim and fact share a word few facts use, named or not."""
    polarity_differs: bool = False
    """One of the two is negated and the other is not."""
    fact_asserts: bool = False
    """The fact is the one that is not negated (when ``polarity_differs``)."""
    entailed: float = 0.0
    """IDF-weighted share of the claim's content stems (and dates, numbers) that the fact states."""
    similarity: float | None = None
    """Cosine similarity of the two sentence embeddings; None without the semantic stage."""
    set_aside: tuple[str, ...] = ()
    """Date conflicts not counted because no event word is shared: maybe another event."""

    @property
    def score(self) -> float:
        return round(0.8 * self.support + 0.2 * self.fuzzy, 4)


@dataclass
class FactIndex:
    """The curated facts, profiled once, with an inverted index over their content stems."""

    facts: list[Fact]
    profiles: list[Profile] = field(init=False)
    idf: dict[str, float] = field(init=False)
    df: dict[str, int] = field(init=False)
    postings: dict[str, list[int]] = field(init=False)
    default_idf: float = field(init=False)
    totals: list[float] = field(init=False)
    """Per fact: the summed weight of its stems (the denominator of coverage)."""
    texts: list[str] = field(init=False)
    """Per fact: lower-cased normalised text, what rapidfuzz compares."""

    def __post_init__(self) -> None:
        self.profiles = [profile(f.statement) for f in self.facts]
        df: Counter[str] = Counter()
        self.postings = defaultdict(list)
        for i, p in enumerate(self.profiles):
            df.update(p.stems)
            for s in p.stems:
                self.postings[s].append(i)
        n = len(self.facts)
        self.df = dict(df)
        self.idf = {s: math.log((n + 1) / (c + 1)) + 1.0 for s, c in df.items()}
        self.default_idf = math.log(n + 1) + 1.0
        self.totals = [sum(self.idf[s] for s in p.stems) or 1.0 for p in self.profiles]
        self.texts = [p.text.lower() for p in self.profiles]
        # Words in more than this many facts only re-score candidates that rarer words found.
        self.common_df = max(256, n // 50)
        self._arrays = {s: np.asarray(p, dtype=np.int32) for s, p in self.postings.items()}
        self._totals = np.asarray(self.totals, dtype=np.float32)
        self._scratch = np.zeros(n, dtype=np.float32)

    def weight(self, stem: str) -> float:
        return self.idf.get(stem, self.default_idf)

    def distinctive(self, stem: str) -> bool:
        """A word few facts use: sharing one is evidence of talking about the same thing."""
        return self.df.get(stem, 0) <= 2 or self.weight(stem) >= 0.6 * self.default_idf

    def candidates(self, claim: Profile, k: int) -> list[int]:
        """At most ``k`` facts to judge the claim against.

        Rare shared words find the candidates (an inverted index, so the cost follows the
        postings of the claim's words, not the number of facts); common words only add to
        the score of candidates already found. Half of the places go to rapidfuzz's best
        token_set_ratio over that pool (so the fact a brute-force rapidfuzz search would pick
        is among them), the rest to the best IDF-weighted overlap.
        """
        stems = sorted((s for s in claim.stems if s in self._arrays), key=lambda s: (self.df[s], s))
        if not stems:
            return []
        rare = [s for s in stems if self.df[s] <= self.common_df] or stems[:1]
        found = np.unique(np.concatenate([self._arrays[s] for s in rare]))
        scores = self._scratch
        for s in stems:
            scores[self._arrays[s]] += self.idf[s]
        got = scores[found]
        for s in stems:
            scores[self._arrays[s]] = 0.0  # leave the scratch array clean for the next claim
        rank = got / self._totals[found] + 0.1 * got / self.default_idf
        if len(found) > POOL:
            top = np.argpartition(-rank, POOL)[:POOL]
            found, rank = found[top], rank[top]
        order = found[np.lexsort((found, -rank))]  # best first; ties by fact order, for stable results
        pool = order[:POOL].tolist()
        half = max(1, k // 2)
        query = claim.text.lower()
        best = fuzz_process.extract(query, [self.texts[i] for i in pool], scorer=fuzz.token_set_ratio, limit=half)
        chosen = dict.fromkeys(pool[j] for _, _, j in best)
        if not best or best[0][1] < WEAK:
            # Nothing close among the rare-word candidates: look through every fact sharing any word.
            wide = np.unique(np.concatenate([self._arrays[s] for s in stems]))[:WIDE_POOL].tolist()
            best = fuzz_process.extract(query, [self.texts[i] for i in wide], scorer=fuzz.token_set_ratio, limit=half)
            chosen = dict.fromkeys(wide[j] for _, _, j in best)
        for i in order[:k].tolist():
            if len(chosen) >= k:
                break
            chosen.setdefault(i, None)
        return list(chosen)


POOL = 3000
"""Candidates ranked by rapidfuzz per claim, at most."""
WEAK = 70
"""Below this token_set_ratio the best pooled candidate is no real match: widen the pool."""
WIDE_POOL = 30_000


# --- comparing two profiles -------------------------------------------------------------


def _years_overlap(a: DateSpan, b: DateSpan) -> bool:
    return a.year_lo <= b.year_hi and b.year_lo <= a.year_hi  # type: ignore[operator]


def compare_dates(claim: Sequence[DateSpan], fact: Sequence[DateSpan]) -> tuple[list[str], list[str]]:
    """(conflicts, agreements) between the dates of a claim and a fact."""
    cy = [d for d in claim if d.year_lo is not None]
    fy = [d for d in fact if d.year_lo is not None]
    conflicts: list[str] = []
    agreements: list[str] = []
    if cy and fy:
        pairs = [(c, f) for c in cy for f in fy if _years_overlap(c, f)]
        if not pairs:
            conflicts.append(f"year {cy[0].label()} vs {fy[0].label()}")
        else:
            months = [(c, f) for c, f in pairs if c.month and f.month]
            if months and not any(c.month == f.month for c, f in months):
                c, f = months[0]
                conflicts.append(f"month {c.label()} vs {f.label()}")
            else:
                agreements.append(f"date {pairs[0][1].label()}")
    cm = [d for d in claim if d.year_lo is None and d.month]
    fm = [d for d in fact if d.month]
    if cm and fm and not conflicts and not agreements:
        # "released in March" against "released on 30 October 2007": the month alone can differ
        if any(c.month == f.month for c in cm for f in fm):
            agreements.append(f"month {cm[0].label()}")
        else:
            conflicts.append(f"month {cm[0].label()} vs {fm[0].label()}")
    return conflicts, agreements


def compare_quantities(claim: Sequence[Quantity], fact: Sequence[Quantity]) -> tuple[list[str], list[str]]:
    """Quantities that count the same unit and cannot both be true are conflicts."""
    conflicts: list[str] = []
    agreements: list[str] = []
    for q in fact:
        same_unit = [c for c in claim if c.unit == q.unit or (not c.unit or not q.unit) and len(claim) == len(fact) == 1]
        if not same_unit:
            continue
        if any(c.overlaps(q) for c in same_unit):
            agreements.append(f"number {q.text}")
        else:
            conflicts.append(f"number {same_unit[0].text} vs {q.text}")
    return conflicts, agreements


def compare_ranks(claim: Sequence[Rank], fact: Sequence[Rank]) -> list[str]:
    """The same kind of thing ranked differently: ``second studio album vs first studio album``."""
    for c in claim:
        for f in fact:
            if c.rank != f.rank and c.of & f.of:
                return [f"rank {c.text} vs {f.text}"]
    return []


def compare_opposites(claim: Profile, fact: Profile) -> list[str]:
    """A word in the claim whose opposite stands in the fact instead: ``worst vs greatest``."""
    for s in sorted(claim.stems - fact.stems):
        hit = sorted(OPPOSITES.get(s, frozenset()) & (fact.stems - claim.stems))
        if hit:
            return [f"opposite {s} vs {hit[0]}"]
    return []


def compare_actors(index: "FactIndex", claim: Profile, fact: Profile) -> list[str]:
    """The same event credited to someone else: ``actor Meta AI vs OpenAI``."""
    out = []
    for fa in fact.actors:
        if fa.stems & claim.stems:
            continue  # the fact's actor is named in the claim
        objects = fact.stems - fa.stems - {s for s in fact.stems if PREDICATE_CLASSES.get(s, s) == fa.predicate}
        if not objects:
            continue
        top = max(index.weight(o) for o in objects)
        shared = sum(index.weight(o) for o in objects & claim.stems) / sum(index.weight(o) for o in objects)
        if shared < 0.5 and not any(index.weight(o) == top for o in objects & claim.stems):
            continue  # the claim is not about the thing the fact's actor acted on
        for ca in claim.actors:
            if ca.stems & fact.stems:
                continue
            if fa.predicate and ca.predicate and fa.predicate != ca.predicate:
                continue
            out.append(f"actor {ca.name} vs {fa.name}")
            break
    return out[:1]


def same_subject(claim: Profile, fact: Profile) -> bool:
    """False when a thing both name carries different versions in each (LLaMA 1 vs Llama 2)."""
    return not any(name in claim.versions and not (claim.versions[name] & vers)
                   for name, vers in fact.versions.items())


def coverage(index: FactIndex, claim: Profile, fact: Profile, ignore: frozenset[str] = frozenset()) -> float:
    """IDF-weighted share of the fact's content stems that the claim contains."""
    stems = fact.stems - ignore
    total = sum(index.weight(s) for s in stems)
    if not total:
        return 0.0
    return sum(index.weight(s) for s in stems & claim.stems) / total


def support_coverage(index: FactIndex, claim: Profile, fact: Profile, agreed: int) -> float:
    """Coverage where each of the fact's dates and quantities weighs as much as a rare word."""
    specifics = len(fact.dates) + len(fact.quantities)
    spec_weight = index.default_idf
    total = sum(index.weight(s) for s in fact.stems) + specifics * spec_weight
    if not total:
        return 0.0
    shared = sum(index.weight(s) for s in fact.stems & claim.stems) + min(agreed, specifics) * spec_weight
    return shared / total


_PRONOUN_START = re.compile(r"^\W*(?:he|she|it|they|his|her|its|their)\b", re.IGNORECASE)
_LEADING_NAME = re.compile(r"^\W*(?:The\s+)?((?:[A-Z0-9][\w'.&-]*\s*)+)")


def leading_name(text: str) -> frozenset[str]:
    """Stems of the capitalised words a statement opens with: its subject, usually."""
    m = _LEADING_NAME.match(text)
    return frozenset(content_stems(m.group(1))) if m else frozenset()


def entailed(index: FactIndex, claim: Profile, fact: Profile, agreed: int) -> float:
    """IDF-weighted share of what the claim says of its subject (dates, numbers too) that the fact states.

    The subject is the name the claim opens with; it must be in the fact too, unless the fact
    opens with a pronoun ("She studied ..."), which is taken to speak of it. The rest, the
    predicate, is what gets measured: "The Eiffel Tower is in Paris" says nothing the fact
    "The Eiffel Tower was completed in 1889" states.
    """
    subject = leading_name(claim.text) & claim.stems
    if subject and not subject & fact.stems and not _PRONOUN_START.match(fact.text):
        return 0.0
    said = claim.stems - subject or claim.stems
    specifics = len(claim.dates) + len(claim.quantities)
    total = sum(index.weight(s) for s in said) + specifics * index.default_idf
    if not total or not said & fact.stems and not agreed:
        return 0.0
    shared = sum(index.weight(s) for s in said & fact.stems) + min(agreed, specifics) * index.default_idf
    return shared / total


def focus(index: FactIndex, claim: Profile, fact: Profile) -> float:
    """Share of the things the claim names that the fact names too."""
    total = sum(index.weight(s) for s in claim.anchors)
    if not total:
        return 0.0
    return sum(index.weight(s) for s in claim.anchors & fact.stems) / total


def same_event(claim: Profile, fact: Profile) -> bool:
    """Do they share a word beyond the names: the action or the thing done (launch, found, orbit)?"""
    def events(p: Profile) -> set[str]:
        return {PREDICATE_CLASSES.get(s, s) for s in p.common - p.anchors if not s[:1].isdigit()}
    return bool(events(claim) & events(fact))


def names_object(claim: Profile, fact: Profile) -> bool:
    """Does the claim name what the fact is about beyond its actor (BLOOM in "BigScience released BLOOM")?

    A dated timeline line speaks for the thing it names; a line that names only the actor
    ("2010: Yara Tarford takes a sabbatical") is about another event of that actor.
    """
    actor = frozenset().union(*(a.stems for a in fact.actors)) if fact.actors else frozenset()
    if not (fact.anchors - actor - fact.places) & claim.stems:
        return False
    # and it names two of the fact's things, or one versioned name ("Mistral 7B"): not just one company
    shared = [n for n in fact.names if n & claim.stems and not n <= fact.places]
    return len(shared) >= 2 or any("#" in s for n in shared for s in n & claim.stems)


def assess(index: FactIndex, i: int, claim: Profile, timeline: bool = False,
           rules: frozenset[str] = RULES) -> Assessment:
    """Compare a claim with fact ``i`` of the index.

    ``timeline``: the claim is a dated timeline entry, whose date belongs to the thing it names
    whatever the verb, so a date conflict needs no shared event word.
    """
    fact = index.profiles[i]
    date_conflicts, date_agree = compare_dates(claim.dates, fact.dates)
    set_aside: list[str] = []
    if date_conflicts and not same_event(claim, fact) and not (timeline and names_object(claim, fact)):
        set_aside, date_conflicts = date_conflicts, []  # another event of the same thing: its own date
    if "dates" not in rules:
        date_conflicts = []
    qty_conflicts, qty_agree = compare_quantities(claim.quantities, fact.quantities)
    if "numbers" not in rules:
        qty_conflicts = []
    conflicts = date_conflicts + qty_conflicts
    agreements = date_agree + qty_agree
    if "ranks" in rules:
        conflicts += compare_ranks(claim.ranks, fact.ranks)
    if "opposites" in rules:
        conflicts += compare_opposites(claim, fact)
    actor = compare_actors(index, claim, fact) if "actors" in rules else []
    cov = coverage(index, claim, fact)
    if actor:
        conflicts += actor
        ignore = frozenset().union(*(a.stems for a in fact.actors))
        cov = max(cov, coverage(index, claim, fact, ignore))
    shared_focus = focus(index, claim, fact)
    if claim.negated != fact.negated:
        denier, asserter = (claim, fact) if claim.negated else (fact, claim)
        asserted = {PREDICATE_CLASSES.get(s, s) for s in asserter.stems}
        heads = {PREDICATE_CLASSES.get(h, h) for h in denier.denied_heads}
        hit = sorted(heads & asserted)
        # Only the statement itself, negated: the denied word heads a clause, and the claim names
        # nothing the fact does not (else "X did not found B" would contradict "X founded A").
        if hit and shared_focus >= 0.99 and "polarity" in rules:
            who = "the claim denies" if claim.negated else "the fact denies"
            conflicts.append(f"polarity: {who} '{' '.join(hit)}'")
    fuzzy = fuzz.token_set_ratio(claim.text.lower(), fact.text.lower()) / 100.0
    return Assessment(
        fact=index.facts[i], coverage=cov, support=support_coverage(index, claim, fact, len(agreements)),
        focus=shared_focus, fuzzy=fuzzy, conflicts=tuple(conflicts),
        agreements=tuple(agreements), same_subject=same_subject(claim, fact),
        polarity_differs=claim.negated != fact.negated,
        fact_asserts=claim.negated and not fact.negated,
        set_aside=tuple(set_aside) if "dates" in rules else (),
        entailed=entailed(index, claim, fact, len(agreements)) if "entailment" in rules else 0.0,
        shared_rare=any(index.distinctive(s) for s in claim.stems & fact.stems),
        shared_name=any(index.distinctive(s) for s in
                        ((claim.anchors | fact.anchors) - claim.places - fact.places) & claim.stems & fact.stems),
    )


# --- the verdict --------------------------------------------------------------------------


SEMANTIC_ENTAILED_WEIGHT = 0.3
"""How much the share of the claim a fact states adds to its cosine when ranking by meaning."""


def fit(a: Assessment) -> float:
    """How well a fact fits a claim: by meaning when the semantic stage is on, else by the rules' score."""
    if a.similarity is None:
        return a.score
    return a.similarity + SEMANTIC_ENTAILED_WEIGHT * a.entailed


MEASURES = ("year ", "month ", "number ")
"""Conflicts in a date or an amount: the ones that are often about another event or measure."""


def decide(claim_id: str, assessments: Iterable[Assessment], t: Thresholds) -> Match:
    """Supported, contradicted or unverified, with the fact it rests on and why."""
    contradicting: list[Assessment] = []
    supporting: list[Assessment] = []
    best: Assessment | None = None
    assessed = list(assessments)
    for a in assessed:
        if best is None or a.score > best.score:
            best = a
        if not a.same_subject:
            continue
        if a.similarity is not None and a.similarity < t.semantic_conflict and a.conflicts and all(
                c.startswith(MEASURES) for c in a.conflicts):
            continue  # a year or number of something else: "sea level rose 20 cm" vs "CO2 rose 40%"
        if a.conflicts:
            bar = t.contradict_actor if any(c.startswith("actor") for c in a.conflicts) else t.contradict
            if (a.shared_name and (a.coverage >= bar or a.focus >= t.focus)
                    or a.coverage >= t.contradict_unnamed):
                contradicting.append(a)
        elif a.polarity_differs:
            continue  # "X never did Y" is not backed by "X did Z", nor is it refuted by it
        elif (a.support >= t.support or (a.agreements and a.shared_name and a.support >= t.support_agreeing)
              or a.shared_rare and a.entailed >= t.entailed):
            supporting.append(a)
    support = max(supporting, key=lambda a: (fit(a), bool(a.agreements)), default=None)
    contra = max(contradicting, key=lambda a: (max(a.coverage, a.focus), a.score), default=None)
    # A fact that agrees on the claim's date or number and fits it better outweighs a conflict
    # with a looser fact; otherwise a conflict wins: one wrong part makes a claim wrong.
    if contra and not (support and support.agreements and support.coverage > contra.coverage):
        return Match(claim_id, "contradicted", contra.fact.fact_id, contra.score,
                     f"{'; '.join(contra.conflicts)} in {contra.fact.fact_id}")
    if support:
        details = f"; {', '.join(support.agreements)} agrees" if support.agreements else ""
        return Match(claim_id, "supported", support.fact.fact_id, support.score,
                     f"says what {support.fact.fact_id} says "
                     f"(covers {max(support.support, support.entailed):.0%}{details})")
    second = second_opinion(claim_id, assessed, t)
    if second is not None:
        return second
    if best is None:
        return Match(claim_id, "unverified", "", 0.0, "no curated fact shares its content words")
    return Match(claim_id, "unverified", "", best.score,
                 f"no fact speaks to it (closest: {best.fact.fact_id}, covers {best.support:.0%})")


def second_opinion(claim_id: str, assessed: Sequence[Assessment], t: Thresholds) -> Match | None:
    """The semantic stage's verdict on a claim the rules left unverified, or None.

    The fact closest in meaning (its cosine, plus a little for stating the claim's words)
    supports the claim when it is close enough and nothing conflicts; it contradicts the
    claim when it is about the same thing and a typed rule found a conflict, or when one of
    the two is negated and the other is not.
    """
    near = [a for a in assessed if a.similarity is not None and a.same_subject]
    if not near:
        return None
    a = max(near, key=lambda a: (fit(a), a.score))
    cosine = a.similarity or 0.0
    # Close enough in meaning to be the same event: a date the rules set aside (no shared
    # event word, "opened" vs "began") counts after all.
    conflicts = a.conflicts + (a.set_aside if cosine >= t.semantic_topic else ())
    if not conflicts and a.polarity_differs and "polarity" in t.rules:
        # one of two statements that mean nearly the same denies what the other asserts
        conflicts = ("polarity: " + ("the claim" if a.fact_asserts else "the fact") + " is negated",)
    if conflicts and cosine >= t.semantic_topic:
        return Match(claim_id, "contradicted", a.fact.fact_id, round(cosine, 4),
                     f"{'; '.join(conflicts)} in {a.fact.fact_id} (close in meaning: cosine {cosine:.2f})")
    if not conflicts and not a.polarity_differs and cosine >= t.semantic_support:
        return Match(claim_id, "supported", a.fact.fact_id, round(cosine, 4),
                     f"means what {a.fact.fact_id} says (cosine {cosine:.2f}, covers {a.entailed:.0%} of the claim)")
    return None


TIMELINE_PREFIX = re.compile(r"^\W*(?:1[5-9]|20)\d\d(?:s|\s*[-–]\s*\d+)?\s*[:|–-]\s")


def claim_profile(claim: Claim) -> Profile:
    """Profile a claim, giving month-only dates the year of its timeline heading."""
    context = find_dates(normalize(claim.date_context))[0] if claim.date_context else None
    return profile(claim.text, context)


SEMANTIC_CHUNK = 256
"""Claims whose similarities to every fact are held in memory at once (256 x 100k facts: 100 MB)."""


def assessed(claims: Sequence[Claim], index: FactIndex, t: Thresholds = Thresholds(),
             semantic: SemanticIndex | None = None, extra: int = 0) -> Iterator[list[Assessment]]:
    """Each claim compared with its candidate facts, in order: what ``decide`` judges.

    The candidates are the index's best ``t.candidates + extra``, and with ``semantic`` also
    the facts closest in meaning (each assessment then carries its cosine). Similarities
    are computed a chunk of claims at a time, so memory stays flat however many claims.
    """
    for start in range(0, len(claims), SEMANTIC_CHUNK):
        chunk = claims[start:start + SEMANTIC_CHUNK]
        sims = semantic.similarities([c.text for c in chunk]) if semantic is not None else None
        for row, claim in enumerate(chunk):
            p = claim_profile(claim)
            timeline = bool(claim.date_context) or bool(TIMELINE_PREFIX.match(claim.text))
            found = index.candidates(p, t.candidates + extra)
            if sims is None:
                yield [assess(index, i, p, timeline, t.rules) for i in found]
            else:
                near = semantic.nearest(sims[row], t.semantic_candidates)  # type: ignore[union-attr]
                yield [replace(assess(index, i, p, timeline, t.rules), similarity=float(sims[row][i]))
                       for i in dict.fromkeys(found + near)]


def verify(claims: Iterable[Claim], index: FactIndex, t: Thresholds = Thresholds(),
           semantic: SemanticIndex | None = None) -> list[Match]:
    """A verdict for every claim; ``semantic`` adds the second opinion of ``pipeline.semantic``."""
    claims = list(claims)
    return [decide(c.claim_id, a, t) for c, a in zip(claims, assessed(claims, index, t, semantic))]


def verify_pair(claim: str, fact: str, t: Thresholds = Thresholds()) -> Match:
    """Judge one claim against one fact on their own (for pairwise benchmarks such as FEVER)."""
    index = FactIndex([Fact("fact", fact, "", "", "", "")])
    p = profile(claim)
    return decide("claim", [assess(index, 0, p, rules=t.rules)], t)
