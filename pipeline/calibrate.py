"""Learning from reviewers: what their decisions imply for the match thresholds.

Every claim in the queue was one the matcher could not settle, and a person decided it:

- ``accept``: the claim is true (and the curated facts lacked it: it became a new fact);
- ``reject`` or ``dispute``: the claim is wrong, or at odds with the curated facts.

So a reviewed claim is a labelled example. Reviewers never see the claims the matcher
supports, so on their own the decisions would always argue for contradicting more: a
sample of the supported claims nobody disputed joins them, taken as true (a lower bar that
turns them into contradictions is wrong about them). ``calibrate`` judges each one again against the
current facts (leaving out the fact it was itself promoted to) at a range of values of one
threshold at a time, the others as they are, and reports:

- for the contradiction thresholds, precision and recall of ``contradicted`` against the
  claims reviewers rejected or disputed; it suggests the value with the best F1;
- for the support thresholds, how many reviewed claims each value would have supported
  without review, and how many of those a reviewer rejected. Reviewers never see supported
  claims, so there are no positive examples: a support threshold is only ever suggested
  upwards, to the lowest value that would have supported no rejected claim.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from . import match
from .model import Claim
from .semantic import SemanticIndex
from .state import StateStore

CONTRADICTION_KNOBS = ("contradict", "contradict_unnamed", "contradict_actor", "focus", "semantic_topic",
                      "semantic_conflict")
SUPPORT_KNOBS = ("support", "support_agreeing", "entailed", "semantic_support")
GRID = tuple(round(0.05 * i, 2) for i in range(2, 20))  # 0.10 .. 0.95
PRESUMED_TRUE = 2000
"""Supported, undisputed claims taken as true examples, at most (a stable sample by claim id)."""
MIN_EXAMPLES = 10
"""Fewer labelled claims than this (or fewer than 3 of either kind) and nothing is suggested."""


@dataclass(frozen=True)
class Reviewed:
    """A claim a reviewer decided: ``wrong`` when rejected or disputed, not when accepted."""

    claim: Claim
    wrong: bool
    promoted_to: str = ""
    """The fact an accepted claim became: left out when the claim is judged again."""
    presumed: bool = False
    """Not decided by a person: a supported claim nobody disputed, taken as true."""


@dataclass(frozen=True)
class Point:
    """One threshold value: what the reviewed claims imply for it."""

    value: float
    flagged: int
    """Reviewed claims the matcher would call contradicted (or supported, for support knobs)."""
    hits: int
    """Of those, the ones a reviewer rejected or disputed."""
    wrong_total: int

    @property
    def precision(self) -> float:
        return self.hits / self.flagged if self.flagged else 0.0

    @property
    def recall(self) -> float:
        return self.hits / self.wrong_total if self.wrong_total else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Knob:
    """The sweep of one threshold and, when the decisions justify one, a suggested value."""

    name: str
    current: float
    points: tuple[Point, ...]
    suggested: float | None
    why: str


def reviewed_claims(store: StateStore, presumed_true: int = PRESUMED_TRUE) -> list[Reviewed]:
    """Claims with an accept, reject or dispute decision, present in their file or not; then up to
    ``presumed_true`` supported claims without a decision, taken as true."""
    known = {c.claim_id: c for c in store.claims(present_only=False)}
    decisions = store.decisions()
    out = []
    for claim_id, d in sorted(decisions.items()):
        if d.decision not in ("accept", "reject", "dispute"):
            continue
        claim = known.get(claim_id) or Claim(claim_id, d.source, 0, 0, len(d.claim_text), d.claim_text)
        promoted = d.result if d.decision == "accept" else ""
        out.append(Reviewed(claim, d.decision != "accept", promoted))
    supported = sorted(c for c, m in store.matches().items()
                       if m.verdict == "supported" and c not in decisions and c in known)
    supported.sort(key=lambda c: hashlib.sha1(c.encode()).hexdigest())  # a stable, unbiased sample
    out += [Reviewed(known[c], False, presumed=True) for c in supported[:presumed_true]]
    return out


def _assessments(items: Sequence[Reviewed], index: match.FactIndex, t: match.Thresholds,
                 semantic: SemanticIndex | None) -> list[list[match.Assessment]]:
    """Each claim against its candidate facts, once (deciding is cheap; assessing is not).

    One candidate more than ``verify`` looks at leaves room for the fact an accepted claim
    was promoted to, which is left out: judged against itself, every accepted claim is supported.
    """
    claims = [r.claim for r in items]
    return [[a for a in found if a.fact.fact_id != r.promoted_to]
            for r, found in zip(items, match.assessed(claims, index, t, semantic, extra=1))]


def _point(items: Sequence[Reviewed], assessed: Sequence[list[match.Assessment]], t: match.Thresholds,
           verdict: str, value: float) -> Point:
    flagged = hits = 0
    for r, a in zip(items, assessed):
        if match.decide(r.claim.claim_id, a, t).verdict == verdict:
            flagged += 1
            hits += r.wrong
    return Point(value, flagged, hits, sum(r.wrong for r in items))


def suggest_contradiction(points: Sequence[Point], current: float) -> tuple[float | None, str]:
    """The value with the best F1, if it beats the current one (ties go to the nearest value)."""
    now = next(p for p in points if p.value == current)
    best = max(points, key=lambda p: (round(p.f1, 6), -abs(p.value - current)))
    if best.f1 > now.f1:
        return best.value, f"F1 {best.f1:.2f} against {now.f1:.2f} now"
    return None, "the current value has the best F1"


def suggest_support(points: Sequence[Point], current: float) -> tuple[float | None, str]:
    """Upwards only: the lowest value above the current one that supports no rejected claim."""
    now = next(p for p in points if p.value == current)
    if not now.hits:
        return None, "supports no rejected claim now"
    safe = [p for p in points if p.hits == 0 and p.value > current]
    if not safe:
        return None, f"every value would support a rejected claim ({now.hits} now): another rule supports it"
    why = f"at {current} it would support {now.hits} claim(s) a reviewer rejected"
    return min(safe, key=lambda p: p.value).value, why


def sweep(items: Sequence[Reviewed], index: match.FactIndex, t: match.Thresholds,
          semantic: SemanticIndex | None = None, grid: Iterable[float] = GRID) -> list[Knob]:
    """Every threshold swept over ``grid``, with a suggestion where the decisions support one."""
    assessed = _assessments(items, index, t, semantic)
    wrong = sum(r.wrong for r in items)
    decided = sum(not r.presumed for r in items)
    enough = decided >= MIN_EXAMPLES and wrong >= 3 and decided - wrong >= 3
    knobs = []
    names = CONTRADICTION_KNOBS + SUPPORT_KNOBS
    for name in names:
        if name.startswith("semantic") and semantic is None:
            continue
        verdict = "contradicted" if name in CONTRADICTION_KNOBS else "supported"
        current = getattr(t, name)
        values = sorted(set(grid) | {current})
        points = tuple(_point(items, assessed, replace(t, **{name: v}), verdict, v) for v in values)
        if not enough:
            suggested: float | None = None
            why = f"too few decisions to suggest a value ({decided} reviewed, {wrong} rejected or disputed)"
        elif verdict == "contradicted":
            suggested, why = suggest_contradiction(points, current)
        else:
            suggested, why = suggest_support(points, current)
        knobs.append(Knob(name, current, points, suggested, why))
    return knobs


def report(items: Sequence[Reviewed], knobs: Sequence[Knob]) -> str:
    """The sweep as text for a person: one table per threshold, the suggestion under it."""
    wrong = sum(r.wrong for r in items)
    presumed = sum(r.presumed for r in items)
    decided = len(items) - presumed
    lines = [f"{decided} reviewed claims: {decided - wrong} accepted, {wrong} rejected or disputed; "
             f"{presumed} supported claims nobody disputed taken as true", ""]
    for k in knobs:
        contra = k.name in CONTRADICTION_KNOBS
        head = "contradicted  precision  recall    F1" if contra else "supported  of them rejected"
        lines.append(f"{k.name} (now {k.current})")
        lines.append(f"   value  {head}")
        for p in k.points:
            mark = "*" if p.value == k.current else ("+" if p.value == k.suggested else " ")
            if contra:
                lines.append(f" {mark} {p.value:.2f}  {p.flagged:>12}  {p.precision:>9.2f}  {p.recall:>6.2f}"
                             f"  {p.f1:.2f}")
            else:
                lines.append(f" {mark} {p.value:.2f}  {p.flagged:>9}  {p.hits:>15}")
        verdict = f"suggest {k.suggested}: {k.why}" if k.suggested is not None else f"keep: {k.why}"
        lines += [f"   {verdict}", ""]
    lines.append("* the current value; + the suggested one")
    return "\n".join(lines)
