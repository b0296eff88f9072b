"""pipeline.semantic: the embedding model, its cache and the facts' vectors.

How verification uses the model (acts said in other words) is tested in test_verifier.py.
Most tests use a tiny embedder (word-count vectors over a fixed vocabulary, with synonyms
mapped together) so they say exactly which texts are close; two tests load the real
packaged model, which CI installs with the semantic extra.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from spacy.language import Language

from pipeline.model import Claim, Fact
from pipeline.semantic import CachedEmbedder, SemanticIndex, available, load_embedder
from pipeline.verify.factcache import read_texts
from pipeline.verify.statement import dumps
from pipeline.verify.verifier import Thresholds, build_index, verify

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


@pytest.mark.skipif(not available(), reason="the semantic extra is not installed")
def test_packaged_model_reads_a_paraphrased_act(nlp: Language, tmp_path: Path) -> None:
    # "opened for business" and "began operations": no WordNet relation; the model says they mean one act
    text = "NASA opened for business on 1 October 1958."
    (s,) = read_texts(nlp, [text])
    claim = Claim("c1", "a.md", 1, 0, len(text), text, statement=dumps(s))
    index = build_index(FACTS, nlp)
    (off,) = verify([claim], index, Thresholds(), nlp)
    assert off.verdict == "unverified", off.reason
    sem = SemanticIndex(load_embedder(tmp_path / "vectors.sqlite"), [f.statement for f in FACTS])
    (on,) = verify([claim], index, Thresholds(semantic=True), nlp, sem)
    assert (on.verdict, on.fact_id) == ("supported", "nasa-start"), on.reason
