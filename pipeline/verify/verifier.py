"""Verification end to end: facts indexed, each claim's candidates aligned, a verdict per claim."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from ..model import Claim, Fact, Match
from . import factcache
from .candidates import FactIndex
from .statement import Statement, loads
from .verdict import Judgement, judge

RULES = frozenset({"names", "places", "things", "dates", "amounts", "ranks", "opposites", "polarity", "roles",
                   "alone"})
"""The kinds of conflict a verdict may rest on; a benchmark switches each off to measure what it is worth."""


@dataclass(frozen=True)
class Thresholds:
    """The knobs of verification (``factledger.yaml``)."""

    candidates: int = 20
    """Facts aligned in full per claim, after the index has ranked them."""
    rules: frozenset[str] = RULES
    """Which kinds of conflict count (``RULES``)."""
    ner: bool = False
    """Also run spaCy's entity recognizer (costs about 2.3x the parse; see docs/quality.md)."""
    semantic: bool = False
    """Ask the sentence-embedding model to rank candidates and to read paraphrased acts."""
    semantic_candidates: int = 10
    """Facts closest in meaning added to each claim's candidates."""
    semantic_act: float = 0.75
    """Cosine at which a claim and a fact whose acts the rules cannot relate say the same act,
    when every other part agrees (it never outweighs a conflict)."""


def rule_of(conflict: str) -> str:
    """Which rule a readable conflict comes from."""
    head = conflict.split(":")[0].split(" ")[0]
    if head in ("who", "recipient", "what", "which", "with", "to", "from", "by", "giver"):
        return "names"
    if head == "place":
        return "places"
    return {"date": "dates", "amount": "amounts", "rank": "ranks", "opposite": "opposites",
            "polarity": "polarity", "roles": "roles", "alone": "alone"}.get(head, "things")


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
                extra: Iterable[int] = ()) -> Judgement:
    """Judge one claim statement against its candidates in ``index``."""
    found = index.candidates(statement, t.candidates)
    ids = list(dict.fromkeys(list(found) + list(extra)))
    return judge(claim_id, statement, index.pairs(ids), rules=t.rules)


def verify(claims: Iterable[Claim], index: FactIndex, t: Thresholds = Thresholds(),
           nlp: Language | None = None) -> list[Match]:
    """A verdict for every claim, in order."""
    return [judge_claim(c.claim_id, statement_of(c, nlp), index, t).match for c in claims]


def verify_pair(nlp: Language, claim: str, fact: str, t: Thresholds = Thresholds()) -> Match:
    """Judge one claim against one fact on their own (for pairwise benchmarks such as FEVER)."""
    claim_st, fact_st = factcache.read_texts(nlp, [claim, fact], t.ner)
    index = FactIndex([Fact("fact", fact, "", "", "", "")], [fact_st])
    return judge("claim", claim_st, index.pairs([0]), rules=t.rules).match


def knobs(t: Thresholds) -> dict:
    """The thresholds as plain data (sorted rules), for fingerprints."""
    return {k: sorted(v) if isinstance(v, frozenset) else v for k, v in dataclasses.asdict(t).items()}
