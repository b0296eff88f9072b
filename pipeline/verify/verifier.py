"""Verification end to end: facts indexed, each claim's candidates aligned, a verdict per claim."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language

from ..model import Claim, Fact, Match
from . import factcache
from .candidates import FactIndex
from .statement import Statement, loads
from .verdict import Judgement, judge, needs_paraphrase

if TYPE_CHECKING:
    from ..semantic import SemanticIndex

RULES = frozenset({"names", "places", "things", "dates", "amounts", "ranks", "opposites", "polarity", "roles",
                   "alone"})
"""The kinds of conflict a verdict may rest on; a benchmark switches each off to measure what it is worth."""


@dataclass(frozen=True)
class Thresholds:
    """The knobs of verification (``factledger.yaml``)."""

    candidates: int = 10
    """Facts aligned in full per claim, after the index has ranked them."""
    rules: frozenset[str] = RULES
    """Which kinds of conflict count (``RULES``)."""
    semantic: bool = False
    """Ask the sentence-embedding model whether a claim says a fact's act in other words."""
    semantic_act: float = 0.75
    """Cosine at which a claim and a fact whose acts the rules cannot relate say the same act,
    when every other part agrees (it never outweighs a conflict)."""


def rule_of(conflict: str) -> str:
    """Which rule a readable conflict comes from."""
    head = conflict.split(":")[0].split(" ")[0]
    if head in ("who", "recipient", "what", "which", "with", "to", "from", "by", "giver", "nationality"):
        return "names"
    if head in ("place", "home"):
        return "places"
    return {"date": "dates", "amount": "amounts", "rank": "ranks", "opposite": "opposites",
            "polarity": "polarity", "roles": "roles", "alone": "alone", "only": "alone"}.get(head, "things")


def build_index(facts: Sequence[Fact], nlp: Language | None, cache: Path | None = None,
                ner: bool = False) -> FactIndex:
    """Parse (or read from ``cache``) every fact's statement and index them."""
    return FactIndex(list(facts), factcache.statements(nlp, [f.statement for f in facts], cache, ner))


def statement_of(claim: Claim, nlp: Language | None) -> Statement:
    """The claim's statement as segmentation read it (in context), or read now from its text alone."""
    if claim.statement:
        return loads(claim.statement)
    if nlp is None:
        raise ValueError(f"claim {claim.claim_id} has no stored statement and no spaCy pipeline was given")
    return factcache.read_texts(nlp, [claim.text])[0]


def judge_claim(claim_id: str, statement: Statement, index: FactIndex, t: Thresholds = Thresholds(),
                extra: Iterable[int] = (), similarity: Callable[[str], float] | None = None) -> Judgement:
    """Judge one claim statement against its candidates in ``index``."""
    found = index.candidates(statement, t.candidates)
    ids = list(dict.fromkeys(list(found) + list(extra)))
    rules = None if t.rules == RULES else t.rules  # all rules on: nothing to leave out
    return judge(claim_id, statement, index.pairs(ids), rules=rules, similarity=similarity,
                 paraphrase=t.semantic_act)


def verify(claims: Iterable[Claim], index: FactIndex, t: Thresholds = Thresholds(),
           nlp: Language | None = None, semantic: SemanticIndex | None = None) -> list[Match]:
    """A verdict for every claim, in order (``judge_all``'s matches)."""
    return [j.match for j in judge_all(claims, index, t, nlp, semantic)]


def judge_all(claims: Iterable[Claim], index: FactIndex, t: Thresholds = Thresholds(),
              nlp: Language | None = None, semantic: SemanticIndex | None = None) -> list[Judgement]:
    """A judgement for every claim, in order: its verdict and every alignment behind it.

    With ``semantic`` (the facts' sentence embeddings, in ``index`` order), the claims the rules
    leave unverified only because no fact uses their verb are embedded, in one batch, and judged
    again: a fact that backs every other part and is close enough in meaning says the same act
    in other words. Only those claims are embedded.
    """
    claims = list(claims)
    statements = [statement_of(c, nlp) for c in claims]
    judged = [judge_claim(c.claim_id, s, index, t) for c, s in zip(claims, statements)]
    if semantic is None or not claims:
        return judged
    by_id = {f.fact_id: s for f, s in zip(index.facts, index.statements)}
    todo = [i for i, (j, s) in enumerate(zip(judged, statements)) if needs_paraphrase(j, s, by_id)]
    if todo:
        # only the claims the rules left at a verb said in other words are embedded, and only the
        # facts each is aligned with (its candidates)
        wanted = [index.candidates(statements[i], t.candidates) for i in todo]
        sims = semantic.cosines([claims[i].text for i in todo], wanted)
        for row, i in enumerate(todo):
            cosine = sims[row]
            judged[i] = judge_claim(claims[i].claim_id, statements[i], index, t,
                                    similarity=lambda fid, c=cosine: c.get(index.by_id[fid], 0.0))
    return judged


def verify_pair(nlp: Language, claim: str, fact: str, t: Thresholds = Thresholds()) -> Match:
    """Judge one claim against one fact on their own (for pairwise benchmarks such as FEVER)."""
    claim_st, fact_st = factcache.read_texts(nlp, [claim, fact], "ner" in nlp.pipe_names)
    index = FactIndex([Fact("fact", fact, "", "", "", "")], [fact_st])
    return judge("claim", claim_st, index.pairs([0]), rules=t.rules).match


def knobs(t: Thresholds) -> dict:
    """The thresholds as plain data (sorted rules), for fingerprints."""
    return {k: sorted(v) if isinstance(v, frozenset) else v for k, v in dataclasses.asdict(t).items()}
