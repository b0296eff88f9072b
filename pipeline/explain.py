"""Why a claim got its verdict, in words a reviewer reads: ``factledger explain`` and the review page.

``explain(judgement)`` turns what the verifier found (``verify.verdict.Judgement``: every clause
of the claim aligned with every candidate fact, part by part) into an ``Explanation``: the
facts considered with how many of the claim's parts each one states, and, for the fact the
verdict rests on (or the closest one), which parts agree, which conflict ("the claim says
Lyon where the fact says Paris") and which the fact does not state. ``render`` lays it out as
text. Pure functions: the caller judges the claim and reads the files.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .model import Claim, Fact
from .verify.alignment import Alignment, Finding
from .verify.candidates import FactIndex
from .verify.verdict import Judgement
from .verify.verifier import Thresholds, judge_claim, statement_of

MAX_EXPLAINED = 2_000
"""Claims judged again at most for one page (each costs a judgement, 5-10 ms); the next page goes on
(``Explainer`` keeps what it judged), contradicted claims first."""

_VS = re.compile(r"^(?P<label>[a-z][a-z ]*?):? (?P<a>.+?) vs (?P<b>.+?)(?: \((?P<aside>[^()]*)\))?$")
_WHAT = {"who": "who did it", "giver": "who gave it", "recipient": "who received it", "place": "where",
         "which": "which one", "with": "with whom", "by": "by whom"}
"""What a conflict is about, where the two values alone do not say it (dates and amounts do)."""


@dataclass(frozen=True)
class Candidate:
    """A fact the claim was compared with, and how much of the claim it states."""

    fact: Fact
    stated: int
    """Parts of the claim (in the clause it states best) that the fact states too."""
    parts: int
    """Parts of that clause."""


@dataclass(frozen=True)
class Explanation:
    """A verdict in words."""

    claim_id: str
    verdict: str
    summary: str
    """One sentence: why this verdict."""
    fact: Fact | None
    """The fact the verdict rests on, or the closest one for an unverified claim (None: no candidate)."""
    agree: tuple[str, ...] = ()
    """Parts both say (``landed``; ``Gagarin (the fact: Yuri Gagarin)``)."""
    conflict: tuple[str, ...] = ()
    """``the claim says 1958 where the fact says October 1957 (when)``."""
    unstated: tuple[str, ...] = ()
    """Parts of the claim the fact does not state."""
    candidates: tuple[Candidate, ...] = ()
    """Every fact considered, the one stating most first."""


def _same(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def agreement_words(f: Finding) -> str:
    """A part both state: ``Apollo 11``, or ``Gagarin (the fact: Yuri Gagarin)`` when worded otherwise."""
    if f.other is not None and not _same(f.part.text, f.other.text):
        return f"{f.part.text} (the fact: {f.other.text})"
    return f.part.text


def conflict_words(note: str) -> str:
    """A conflict the verifier noted (``place: Lyon vs Paris``, ``date 1958 vs October 1957``,
    ``polarity: the claim denies 'reach'``) as a reviewer reads it."""
    head, _, rest = note.partition(": ")
    if head == "polarity":
        m = re.match(r"the (claim|fact) denies '(.*)'$", rest)
        if m and m.group(1) == "claim":
            return f"the claim says it did not happen ({m.group(2)}); the fact says it did"
        if m:
            return f"the fact says {m.group(2)} did not happen; the claim says it did"
    if head == "alone":
        return f"the claim says it was done alone; {rest}"
    if head.startswith("roles swapped"):
        return f"the two swap roles: {rest}"
    if head == "opposite":
        a, _, b = rest.partition(" vs ")
        return f"the claim says {a} where the fact says the opposite, {b}"
    m = _VS.match(note)
    if m is None:
        return note
    label = m.group("label").strip()
    a, b = m.group("a"), m.group("b")
    if label == "rank":
        b = b.rsplit(" ", 1)[0] if " " in b else b  # "rank first vs second album": the anchor word is noise
    what = _WHAT.get(label, "")
    aside = m.group("aside")
    return (f"the claim says {a} where the fact says {b}" + (f" ({what})" if what else "")
            + (f": {aside}" if aside else ""))


def _share(a: Alignment) -> tuple[int, int]:
    return len(a.backed), len(a.findings)


def candidates(judgement: Judgement) -> tuple[Candidate, ...]:
    """Each fact considered once, with the clause it states best; the one stating most first."""
    best: dict[str, tuple[Fact, Alignment]] = {}
    for fact, a in judgement.alignments:
        old = best.get(fact.fact_id)
        if old is None or (a.weight, len(a.backed)) > (old[1].weight, len(old[1].backed)):
            best[fact.fact_id] = (fact, a)
    out = [Candidate(f, *_share(a)) for f, a in best.values()]
    order = {fid: k for k, fid in enumerate(best)}
    out.sort(key=lambda c: (-(c.stated / c.parts if c.parts else 0.0), -c.stated, order[c.fact.fact_id]))
    return tuple(out)


def explain(judgement: Judgement) -> Explanation:
    """The verdict of ``judgement`` in words (see the module docstring)."""
    match = judgement.match
    cands = candidates(judgement)
    if judgement.decisive is None:
        return Explanation(match.claim_id, match.verdict,
                           "no curated fact shares its names or words: there is nothing to check it against",
                           None, candidates=cands)
    fact, a = judgement.decisive
    agree = tuple(dict.fromkeys(agreement_words(f) for f in a.backed))
    conflict = [conflict_words(c) for c in a.conflicts]
    if a.negation == "claim" and not any("did not happen" in c for c in conflict):
        conflict.append("the claim says it did not happen; the fact says it did")
    elif a.negation == "fact" and not any("did not happen" in c for c in conflict):
        conflict.append("the fact says it did not happen; the claim says it did")
    unstated = tuple(dict.fromkeys(f.part.text for f in a.unbacked))
    stated, parts = _share(a)
    if match.verdict == "supported":
        also = re.search(r"\(and ([^)]*)\)", match.reason)
        summary = f"the fact {fact.fact_id} states what the claim says" + (f", with {also.group(1)}" if also else "")
    elif match.verdict == "contradicted":
        summary = (f"the fact {fact.fact_id} is about the same event and disagrees: "
                   f"{conflict[0] if conflict else match.reason}")
    elif conflict:
        summary = (f"no fact states it all; the closest, {fact.fact_id}, disagrees on a part but may be about "
                   "another event, so a person should look")
    elif not a.topic:
        summary = f"no fact states it all; the closest, {fact.fact_id}, is about something else"
    else:
        summary = (f"no fact states it all; the closest, {fact.fact_id}, states {stated} of the claim's "
                   f"{parts} parts")
    return Explanation(match.claim_id, match.verdict, summary, fact, agree, tuple(dict.fromkeys(conflict)), unstated,
                       cands)


def sentences(ex: Explanation) -> list[str]:
    """The explanation as a few plain sentences (the review page's words)."""
    out = [ex.summary[0].upper() + ex.summary[1:] + "."]  # a summary opens with "the fact" or "no fact"
    if ex.fact is None:
        return out
    if ex.agree:
        out.append(f"Both say: {', '.join(ex.agree)}.")
    for c in ex.conflict:
        if c not in ex.summary:  # the summary names the first conflict already
            out.append(c[0].upper() + c[1:] + ".")
    if ex.unstated:
        out.append(f"{ex.fact.fact_id} does not state: {', '.join(ex.unstated)}.")
    return out


def render(ex: Explanation, claim: Claim, context_lines: Sequence[tuple[int, str]] = (), stored: str = "",
           decision: str = "") -> str:
    """``factledger explain``'s text: the claim where it stands, the verdict and why, the facts
    considered and, part by part, what the chosen (or closest) fact says.

    ``context_lines``: (line number, text) around the claim in its file; ``stored``: the verdict
    and reason of the last run when they differ from this judgement; ``decision``: the reviewer's.
    """
    out = [f"claim {claim.claim_id} in {claim.source}:{claim.line}"
           + (f", under \"{claim.context}\"" if claim.context else ""),
           f"  {claim.text}"]
    if context_lines:
        out.append("in its file:")
        width = len(str(max(n for n, _ in context_lines)))
        for n, text in context_lines:
            out.append(f"  {'>' if n == claim.line else ' '} {n:>{width}} | {text}")
    out.append(f"verdict: {ex.verdict}" + (f" (against {ex.fact.fact_id})" if ex.fact and ex.verdict != "unverified"
                                          else ""))
    out.append(f"  {ex.summary}")
    if stored:
        out.append(f"  (the last ingest stored: {stored}; the facts or settings changed since)")
    if ex.candidates:
        out.append("facts considered (how many of the claim's parts each one states; * the one "
                   + ("the verdict rests on):" if ex.verdict != "unverified" else "closest):"))
        width = max(len(c.fact.fact_id) for c in ex.candidates)
        chosen = ex.fact.fact_id if ex.fact is not None else ""
        for c in ex.candidates:
            mark = "*" if c.fact.fact_id == chosen else " "
            out.append(f" {mark}{c.fact.fact_id:<{width}}  {c.stated} of {c.parts}  {c.fact.statement}")
    if ex.fact is not None:
        f = ex.fact
        source = ", ".join(x for x in (f.source_title, f.source_url) if x)
        out.append(f"{'against' if ex.verdict != 'unverified' else 'closest:'} {f.fact_id} in {f.path or f.article_id}"
                   + (f":{f.line}" if f.line else "") + f": {f.statement}")
        if source:
            out.append(f"  source: {source}")
        out.append(f"  both say:             {', '.join(ex.agree) or 'nothing'}")
        for c in ex.conflict:
            out.append(f"  conflict:             {c}")
        if ex.unstated:
            out.append(f"  the fact does not state: {', '.join(ex.unstated)}")
    if decision:
        out.append(f"decision: {decision}")
    return "\n".join(out)


class Explainer:
    """``explainer(claim, stored_verdict)``: ``sentences`` for a claim, judged again against ``index``
    from its stored statement.

    No words (the stored reason stands alone) when judging it again gives another verdict than
    the one stored (the facts changed since), after ``limit`` judgements, or for a claim stored
    without its statement. ``known`` holds words from an earlier page (claim id -> (key,
    verdict, words)); a claim whose key is unchanged (the same facts, thresholds and statement:
    ``key`` and the claim's statement) costs no judgement. ``fresh`` collects what was judged,
    for the caller to keep.
    """

    def __init__(self, index: FactIndex, thresholds: Thresholds = Thresholds(), limit: int = MAX_EXPLAINED,
                 known: Mapping[str, tuple[str, str, tuple[str, ...]]] | None = None, key: str = "") -> None:
        self.index, self.thresholds, self.left = index, thresholds, limit
        self.known = known or {}
        self.key = key
        self.fresh: dict[str, tuple[str, str, tuple[str, ...]]] = {}

    def claim_key(self, claim: Claim) -> str:
        return claim_key(self.key, claim)

    def __call__(self, claim: Claim, stored: str) -> list[str]:
        if not claim.statement:
            return []
        key = self.claim_key(claim)
        old = self.known.get(claim.claim_id)
        if self.key and old is not None and old[0] == key:
            verdict, words = old[1], old[2]
        elif self.left > 0:
            self.left -= 1
            judgement = judge_claim(claim.claim_id, statement_of(claim, None), self.index, self.thresholds)
            verdict, words = judgement.match.verdict, tuple(sentences(explain(judgement)))
            self.fresh[claim.claim_id] = (key, verdict, words)
        else:
            return []
        return list(words) if verdict == stored else []


def claim_key(key: str, claim: Claim) -> str:
    """What words kept for ``claim`` were made under: ``key`` (the rules) and the claim's statement."""
    return hashlib.sha256(f"{key}\x00{claim.statement}".encode()).hexdigest()[:32]


def words_of(judgement: Judgement) -> tuple[str, ...]:
    """The review page's plain words for a judgement just made (no judging again)."""
    return tuple(sentences(explain(judgement)))


def words_for(index: FactIndex, thresholds: Thresholds = Thresholds(), limit: int = MAX_EXPLAINED) -> Explainer:
    """An ``Explainer`` that keeps nothing between pages."""
    return Explainer(index, thresholds, limit)
