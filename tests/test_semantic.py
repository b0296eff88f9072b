"""pipeline.semantic: the embedding second opinion, its cache, and how verify uses it.

Most tests use a tiny embedder (word-count vectors over a fixed vocabulary, with synonyms
mapped together) so they say exactly which texts are close; one test loads the real
packaged model, which CI installs with the semantic extra.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from pipeline.match import RULES, FactIndex, Thresholds, verify
from pipeline.model import Claim, Fact
from pipeline.semantic import CachedEmbedder, SemanticIndex, available, load_embedder

SYNONYMS = {"began": "start", "opened": "start", "operations": "business", "agency": "nasa"}


class WordEmbedder:
    """Counts of (synonym-folded) words, L2-normalised: close texts share words or synonyms."""

    name = "words"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.vocab: dict[str, int] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        rows = []
        for t in texts:
            v = np.zeros(64, dtype=np.float32)
            for w in t.lower().replace(".", " ").replace(",", " ").split():
                w = SYNONYMS.get(w, w)
                v[self.vocab.setdefault(w, len(self.vocab) % 64)] += 1.0
            rows.append(v / (np.linalg.norm(v) or 1.0))
        return np.stack(rows) if rows else np.zeros((0, 64), dtype=np.float32)


FACTS = [
    Fact("nasa-start", "NASA began operations on October 1, 1958.", "", "", "high", "space"),
    Fact("a11", "Apollo 11 landed on the Moon in July 1969.", "", "", "high", "space"),
]


def _claim(text: str) -> Claim:
    return Claim("c1", "a.md", 1, 0, len(text), text)


def test_cache_encodes_each_text_once(tmp_path: Path) -> None:
    inner = WordEmbedder()
    cached = CachedEmbedder(inner, tmp_path / "vectors.sqlite")
    first = cached.encode(["a b", "b c", "a b"])
    assert inner.calls == [["a b", "b c"]]  # a repeated text is encoded once
    again = CachedEmbedder(inner, tmp_path / "vectors.sqlite").encode(["b c", "a b", "c d"])
    assert inner.calls[-1] == ["c d"]  # across runs too: only the new text
    assert np.allclose(again[0], first[1]) and np.allclose(again[1], first[0])
    assert cached.encode([]).shape[0] == 0


def test_nearest_is_best_first_with_stable_ties() -> None:
    sims = np.array([0.2, 0.9, 0.5, 0.9], dtype=np.float32)
    assert SemanticIndex.nearest(sims, 3) == [1, 3, 2]
    assert SemanticIndex.nearest(sims, 10) == [1, 3, 2, 0]
    assert SemanticIndex.nearest(sims, 0) == []


def test_paraphrase_is_supported_only_with_the_semantic_stage() -> None:
    index = FactIndex(FACTS)
    claim = _claim("The agency opened for business in 1958.")
    [off] = verify([claim], index, Thresholds())
    assert off.verdict == "unverified", off.reason
    sem = SemanticIndex(WordEmbedder(), [f.statement for f in FACTS])
    [on] = verify([claim], index, Thresholds(semantic=True, semantic_support=0.5), sem)
    assert (on.verdict, on.fact_id) == ("supported", "nasa-start"), on.reason
    assert "cosine" in on.reason
    # a bar above the similarity leaves it unverified
    [strict] = verify([claim], index, Thresholds(semantic=True, semantic_support=0.99), sem)
    assert strict.verdict == "unverified"


def test_close_in_meaning_but_conflicting_is_contradicted() -> None:
    index = FactIndex(FACTS)
    sem = SemanticIndex(WordEmbedder(), [f.statement for f in FACTS])
    claim = _claim("The agency opened for business in 1961.")
    [m] = verify([claim], index, Thresholds(semantic=True, semantic_support=0.5, semantic_topic=0.4), sem)
    assert (m.verdict, m.fact_id) == ("contradicted", "nasa-start"), m.reason
    assert "year 1961 vs October 1958" in m.reason  # a date the rules set aside (opened vs began)
    [far] = verify([claim], index, Thresholds(semantic=True, semantic_support=0.5, semantic_topic=0.9), sem)
    assert far.verdict == "unverified", far.reason  # not close enough to be the same event


def test_a_date_conflict_far_in_meaning_is_about_something_else() -> None:
    facts = [*FACTS, Fact("a11-crew", "Apollo 11 was flown by Neil Armstrong.", "", "", "high", "space")]
    index = FactIndex(facts)
    sem = SemanticIndex(WordEmbedder(), [f.statement for f in facts])
    dated = _claim("Apollo 11 landed on the Moon in July 1970.")
    [near] = verify([dated], index, Thresholds(semantic=True, semantic_conflict=0.5), sem)
    assert (near.verdict, near.fact_id) == ("contradicted", "a11"), near.reason
    # the same conflict below the bar: counted as another event or measure, not as a contradiction
    [far] = verify([dated], index, Thresholds(semantic=True, semantic_conflict=0.99, semantic_topic=0.99), sem)
    assert far.verdict != "contradicted", far.reason
    # the bar is for dates and numbers only: an actor swap is a conflict whatever the cosine
    actor = _claim("Apollo 11 was flown by Yuri Gagarin.")
    [swap] = verify([actor], index, Thresholds(semantic=True, semantic_conflict=0.99, semantic_topic=0.99), sem)
    assert (swap.verdict, swap.fact_id) == ("contradicted", "a11-crew"), swap.reason


def test_verify_with_semantic_handles_more_claims_than_a_chunk() -> None:
    index = FactIndex(FACTS)
    sem = SemanticIndex(WordEmbedder(), [f.statement for f in FACTS])
    claims = [Claim(f"c{i}", "a.md", i + 1, 0, 5, "Apollo 11 landed on the Moon in July 1969.") for i in range(300)]
    matches = verify(claims, index, Thresholds(semantic=True), sem)
    assert len(matches) == 300 and {m.verdict for m in matches} == {"supported"}


@pytest.mark.skipif(not available(), reason="the semantic extra is not installed")
def test_packaged_model_embeds_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    model = load_embedder(tmp_path / "vectors.sqlite")
    v = model.encode(["NASA began operations in 1958.", "NASA opened for business in 1958.",
                      "Octopuses have three hearts."])
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > 0.7 > v[0] @ v[2]  # a paraphrase is close, another topic is not
    import os
    assert os.environ["HF_HUB_OFFLINE"] == "1"  # the hub is never asked


def test_close_in_meaning_with_opposite_polarity_is_contradicted() -> None:
    index = FactIndex(FACTS)
    sem = SemanticIndex(WordEmbedder(), [f.statement for f in FACTS])
    claim = _claim("The agency never opened for business in 1958.")
    t = Thresholds(semantic=True, semantic_support=0.5, semantic_topic=0.5)
    [m] = verify([claim], index, t, sem)
    assert (m.verdict, m.fact_id) == ("contradicted", "nasa-start"), m.reason
    assert "polarity: the claim is negated" in m.reason
    # it is the polarity rule's doing
    [off] = verify([claim], index, Thresholds(semantic=True, semantic_support=0.5, semantic_topic=0.5,
                                              rules=RULES - {"polarity"}), sem)
    assert off.verdict != "contradicted", off.reason


@pytest.mark.skipif(not available(), reason="the semantic extra is not installed")
def test_packaged_model_links_a_paraphrased_event_to_its_date(tmp_path: Path) -> None:
    # "opened for business" and "began operations" share no event word: the rules set the
    # date conflict aside; the model says the two sentences mean the same event
    facts = FACTS + [Fact("a8", "Apollo 8 orbited the Moon in December 1968.", "", "", "high", "space")]
    claim = _claim("NASA opened for business in 1961.")
    [off] = verify([claim], FactIndex(facts), Thresholds())
    assert off.verdict != "contradicted", off.reason
    sem = SemanticIndex(load_embedder(tmp_path / "vectors.sqlite"), [f.statement for f in facts])
    [on] = verify([claim], FactIndex(facts), Thresholds(semantic=True), sem)
    assert (on.verdict, on.fact_id) == ("contradicted", "nasa-start"), on.reason
    assert "year 1961 vs October 1958" in on.reason
