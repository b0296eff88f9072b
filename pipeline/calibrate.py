"""Learning from reviewers: what their decisions say about the verification settings.

Every claim in the queue was one the verifier could not settle, and a person decided it:

- ``accept``: the claim is true (and the curated facts lacked it: it became a new fact);
- ``reject`` or ``dispute``: the claim is wrong, or at odds with the curated facts;
- ``not-a-claim``: the text is no claim at all. That is an error of extraction, not a judgement
  of truth: it is left out of the examples, and counted for ``extraction`` instead.

So a reviewed claim is a labelled example. Reviewers never see the claims the verifier
supports, so a sample of the supported claims nobody disputed joins them, taken as true.
``calibrate`` judges each one again against the current facts (leaving out the fact it was
itself promoted to) and reports:

- for each kind of conflict (``rules``), the claims it alone makes contradicted and how many
  of those a reviewer found wrong. A rule whose contradictions reviewers mostly overturn is
  suggested off; a rule that is off is suggested back on when what it would contradict
  reviewers found wrong;
- with the semantic stage, for ``semantic_act`` over a grid: how many reviewed claims each
  value supports without review, and how many of those a reviewer rejected. Only ever
  suggested upwards, to the lowest value that supports no rejected claim.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .model import Claim
from .state import StateStore
from .verify.candidates import FactIndex
from .verify.verifier import RULES, Thresholds, judge_claim, statement_of

if TYPE_CHECKING:
    from .semantic import SemanticIndex

GRID = tuple(round(0.05 * i, 2) for i in range(10, 20))  # 0.50 .. 0.95
PRESUMED_TRUE = 2000
"""Supported, undisputed claims taken as true examples, at most (a stable sample by claim id)."""
MIN_EXAMPLES = 10
"""Fewer labelled claims than this (or fewer than 3 of either kind) and nothing is suggested."""
MIN_RULE_CASES = 3
"""A rule is judged on at least this many claims it alone decides."""


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
    """One setting: the reviewed claims it flags and how many of them reviewers found wrong."""

    value: Any
    flagged: int
    hits: int
    """Of the flagged claims, those a reviewer rejected or disputed."""

    @property
    def precision(self) -> float:
        return self.hits / self.flagged if self.flagged else 0.0


@dataclass(frozen=True)
class Knob:
    """What the decisions say about one setting and, when they justify one, a suggested value."""

    name: str
    current: Any
    points: tuple[Point, ...]
    suggested: Any | None
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


@dataclass(frozen=True)
class Extraction:
    """How many decided rows were claims at all: ``not-a-claim`` against every decision."""

    decided: int
    not_claims: int

    @property
    def precision(self) -> float:
        """Share of decided rows that were claims (1.0 when nothing was decided)."""
        return (self.decided - self.not_claims) / self.decided if self.decided else 1.0


def extraction(store: StateStore) -> Extraction:
    """The reviewers' verdict on extraction: of the rows they decided, those that were no claim."""
    kinds = [d.decision for d in store.decisions().values() if d.decision]
    return Extraction(len(kinds), kinds.count("not-a-claim"))


def enough(items: Sequence[Reviewed]) -> bool:
    """Are there decisions enough to suggest anything (``MIN_EXAMPLES``, 3 of each kind)?"""
    wrong = sum(r.wrong for r in items)
    decided = sum(not r.presumed for r in items)
    return decided >= MIN_EXAMPLES and wrong >= 3 and decided - wrong >= 3


def _verdicts(items: Sequence[Reviewed], index: FactIndex, t: Thresholds,
              cosines: Sequence[dict[str, float]] | None = None) -> list[str]:
    """Each reviewed claim judged again (without the fact it was promoted to)."""
    out = []
    for k, r in enumerate(items):
        statement = statement_of(r.claim, None) if r.claim.statement else None
        if statement is None:
            from .nlp import shared_nlp

            statement = statement_of(r.claim, shared_nlp())
        keep = [i for i in index.candidates(statement, t.candidates + 1) if index.facts[i].fact_id != r.promoted_to]
        sim = (lambda fid, c=cosines[k]: c.get(fid, 0.0)) if cosines is not None else None
        sub = FactIndex([index.facts[i] for i in keep], [index.statements[i] for i in keep])
        out.append(judge_claim(r.claim.claim_id, statement, sub, replace(t, candidates=len(keep)),
                               similarity=sim).match.verdict)
    return out


def _rule_knob(items: Sequence[Reviewed], index: FactIndex, t: Thresholds, enough: bool) -> Knob:
    """For each rule: the claims it alone contradicts, and the share of them reviewers found wrong."""
    base = _verdicts(items, index, replace(t, rules=RULES))
    points = []
    off, on = set(), set()
    for rule in sorted(RULES):
        without = _verdicts(items, index, replace(t, rules=RULES - {rule}))
        decided = [r for r, a, b in zip(items, base, without) if a == "contradicted" and b != "contradicted"]
        p = Point(rule, len(decided), sum(r.wrong for r in decided))
        points.append(p)
        if not enough or p.flagged < MIN_RULE_CASES:
            continue
        if rule in t.rules and p.precision < 0.5:
            off.add(rule)
        elif rule not in t.rules and p.precision >= 0.7:
            on.add(rule)
    suggested = (frozenset(t.rules) - off) | on if (off or on) else None
    if not enough:
        why = "too few decisions to suggest a change"
    elif suggested is None:
        why = "reviewers agree with what each rule contradicts (or it decided too few claims)"
    else:
        why = "; ".join([f"switch off {r}: reviewers accepted most claims it contradicts" for r in sorted(off)] +
                        [f"switch on {r}: reviewers rejected what it would contradict" for r in sorted(on)])
    return Knob("rules", frozenset(t.rules), tuple(points), suggested, why)


def _semantic_knob(items: Sequence[Reviewed], index: FactIndex, t: Thresholds, semantic: SemanticIndex,
                   grid: Iterable[float], enough: bool) -> Knob:
    sims = semantic.similarities([r.claim.text for r in items])
    cosines = [{f.fact_id: float(row[i]) for i, f in enumerate(index.facts)} for row in sims]
    points = []
    for v in sorted(set(grid) | {t.semantic_act}):
        verdicts = _verdicts(items, index, replace(t, semantic_act=v), cosines)
        flagged = [r for r, x in zip(items, verdicts) if x == "supported" and not r.presumed]
        points.append(Point(v, len(flagged), sum(r.wrong for r in flagged)))
    now = next(p for p in points if p.value == t.semantic_act)
    if not enough:
        return Knob("semantic_act", t.semantic_act, tuple(points), None, "too few decisions to suggest a value")
    if not now.hits:
        return Knob("semantic_act", t.semantic_act, tuple(points), None, "supports no rejected claim now")
    safe = [p for p in points if p.hits == 0 and p.value > t.semantic_act]
    if not safe:
        return Knob("semantic_act", t.semantic_act, tuple(points), None,
                    f"every value would support a rejected claim ({now.hits} now): the rules support it")
    return Knob("semantic_act", t.semantic_act, tuple(points), min(safe, key=lambda p: p.value).value,
                f"at {t.semantic_act} it would support {now.hits} claim(s) a reviewer rejected")


def sweep(items: Sequence[Reviewed], index: FactIndex, t: Thresholds,
          semantic: SemanticIndex | None = None, grid: Iterable[float] = GRID) -> list[Knob]:
    """What the decisions say about the rules and, with the semantic stage, about ``semantic_act``."""
    ok = enough(items)
    knobs = [_rule_knob(items, index, t, ok)]
    if semantic is not None:
        knobs.append(_semantic_knob(items, index, t, semantic, grid, ok))
    return knobs


def _counts(items: Sequence[Reviewed]) -> str:
    wrong = sum(r.wrong for r in items)
    presumed = sum(r.presumed for r in items)
    decided = len(items) - presumed
    return (f"{decided} reviewed claims: {decided - wrong} accepted, {wrong} rejected or disputed; "
            f"{presumed} supported claims nobody disputed taken as true")


def _extraction_line(ex: Extraction) -> list[str]:
    if not ex.not_claims:
        return []
    return [f"{ex.not_claims} of {ex.decided} decided rows were not claims (extraction precision "
            f"{ex.precision:.0%}); they are left out of the examples above"]


def summary(items: Sequence[Reviewed], knobs: Sequence[Knob], ex: Extraction | None = None) -> str:
    """A few lines for a person: the decisions counted, extraction precision, and per setting the
    suggestion or why there is none (``report`` has the full sweep)."""
    lines = [_counts(items), *_extraction_line(ex or Extraction(0, 0))]
    if not enough(items):
        wrong = sum(r.wrong for r in items)
        right = sum(not r.presumed for r in items) - wrong
        lines.append(f"too few decisions to suggest a change: {MIN_EXAMPLES} needed, 3 of each kind "
                     f"(so far {right} accepted, {wrong} rejected or disputed)")
        return "\n".join(lines)
    for k in knobs:
        shown = sorted(k.suggested) if isinstance(k.suggested, frozenset) else k.suggested
        lines.append(f"{k.name}: suggest {shown} ({k.why})" if k.suggested is not None else f"{k.name}: keep ({k.why})")
    return "\n".join(lines)


def report(items: Sequence[Reviewed], knobs: Sequence[Knob], ex: Extraction | None = None) -> str:
    """The findings as text for a person: one table per setting, the suggestion under it."""
    lines = [_counts(items), *_extraction_line(ex or Extraction(0, 0)), ""]
    for k in knobs:
        if k.name == "rules":
            lines.append(f"rules (now {', '.join(sorted(k.current))})")
            lines.append("   rule        contradicts alone  of them wrong")
            for p in k.points:
                mark = " " if p.value in k.current else "-"
                lines.append(f" {mark} {p.value:<11} {p.flagged:>17}  {p.hits:>13}")
        else:
            lines.append(f"{k.name} (now {k.current})")
            lines.append("   value  supported  of them rejected")
            for p in k.points:
                mark = "*" if p.value == k.current else ("+" if p.value == k.suggested else " ")
                lines.append(f" {mark} {p.value:.2f}  {p.flagged:>9}  {p.hits:>15}")
        shown = sorted(k.suggested) if isinstance(k.suggested, frozenset) else k.suggested
        lines += [f"   suggest {shown}: {k.why}" if k.suggested is not None else f"   keep: {k.why}", ""]
    return "\n".join(lines)
