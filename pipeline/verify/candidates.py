"""Candidate search: the few facts worth aligning with a claim, found through the words they share.

An inverted index maps each compared word (a name's words, lemmas of things, acts and
modifiers, years) to the facts that use it. A claim's candidates are the facts sharing its
rarer words, ranked by the weight of what they share. Weights depend only on the word's
kind and on how many facts use *that* word (never on the size of the knowledge base), so a
claim's candidates change only when a fact sharing one of its words changes: that is what
makes incremental re-verification exact (``affected``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..model import Fact
from .statement import Statement

KIND_WEIGHT = {"name": 3.0, "thing": 1.5, "act": 1.0, "mod": 0.5, "date": 1.0, "amount": 0.5, "rank": 0.5}
COMMON = 2000
"""A word in more facts than this finds no candidates by itself (it still adds to the score of
facts a rarer word found): the cost of a claim then follows its rare words, not the base's size."""


def keys(statement: Statement) -> dict[str, float]:
    """The index keys of a statement with their kind weights (a key's highest)."""
    out: dict[str, float] = {}
    for p in statement.parts:
        w = KIND_WEIGHT.get(p.kind, 0.5)
        if p.kind == "date":
            ks = [f"year:{p.value[0]}"] if p.value and p.value[0] else []
        elif p.kind == "amount":
            ks = [p.words[0]] if p.words and p.words[0] and not p.words[0].startswith("[") else []
        else:
            ks = list(p.words)
        for k in ks:
            if k and out.get(k, 0.0) < w:
                out[k] = w
    return out


@dataclass
class FactIndex:
    """The curated facts with their statements and an inverted index over their keys."""

    facts: list[Fact]
    statements: list[Statement]
    postings: dict[str, np.ndarray] = field(init=False)
    """key -> the positions of the facts using it, ascending (an array: a common verb in a base of
    100,000 facts lists thousands, scored at once)."""

    def __post_init__(self) -> None:
        lists: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self.statements):
            for k in keys(s):
                lists[k].append(i)
        self.postings = {k: np.asarray(v, dtype=np.int64) for k, v in lists.items()}
        self.by_id = {f.fact_id: i for i, f in enumerate(self.facts)}
        self.fact_ids = [f.fact_id for f in self.facts]
        # ties are broken by fact id (string order), never by position
        self._id_rank = np.empty(len(self.facts), dtype=np.int64)
        self._id_rank[sorted(range(len(self.facts)), key=self.fact_ids.__getitem__)] = np.arange(len(self.facts))

    def __len__(self) -> int:
        return len(self.facts)

    def weight(self, key: str, kind_weight: float) -> float:
        postings = self.postings.get(key)
        return kind_weight / math.log2(2 + (0 if postings is None else len(postings)))

    def candidates(self, statement: Statement, k: int = 10) -> list[int]:
        """At most ``k`` facts to align with the statement, best first (ties by fact id).

        Rare keys find the facts and score them through their postings; a key in more than
        ``COMMON`` facts only adds to the score of facts a rarer key found (and finds the facts
        itself when the statement has no rarer key). Keys are added in one fixed order, so a
        fact's score is the same sum wherever it is computed.
        """
        ks = keys(statement)
        present = sorted((key for key in ks if key in self.postings), key=lambda key: (len(self.postings[key]), key))
        if not present:
            return []
        rare = [key for key in present if len(self.postings[key]) <= COMMON] or present[:1]
        scores = np.zeros(len(self.facts))
        for key in rare:
            scores[self.postings[key]] += self.weight(key, ks[key])  # a key lists a fact once
        found = scores > 0
        for key in present:
            if key in rare:
                continue
            a = self.postings[key]
            scores[a[found[a]]] += self.weight(key, ks[key])
        hits = np.flatnonzero(found)
        order = np.lexsort((self._id_rank[hits], -scores[hits]))[:k]
        return [int(i) for i in hits[order]]

    def pairs(self, ids: Iterable[int]) -> list[tuple[Fact, Statement]]:
        return [(self.facts[i], self.statements[i]) for i in ids]


def affected(claims: Sequence[Statement], changed: Iterable[Statement]) -> list[int]:
    """Indices of the claims that share an index key with any changed (added, removed, edited) fact."""
    touched = set()
    for s in changed:
        touched.update(keys(s))
    return [i for i, c in enumerate(claims) if touched & set(keys(c))]
