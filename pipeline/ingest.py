"""The ingest steps as plain functions: raw and curated folders in, review CSVs out.

``flows/ingest.py`` wraps each step in a Prefect task; ``ingest()`` chains them
without Prefect, for tests and for measuring what the orchestration costs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from . import documents, facts, match, review, segment
from .errors import FactledgerError
from .model import Claim, Match


@dataclass
class BatchResult:
    """Claims, verdicts and problems from one batch of raw files."""

    claims: list[Claim] = field(default_factory=list)
    matches: dict[str, Match] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    errors: list[FactledgerError] = field(default_factory=list)

    def extend(self, other: "BatchResult") -> None:
        self.claims.extend(other.claims)
        self.matches.update(other.matches)
        self.sources.extend(other.sources)
        self.errors.extend(other.errors)

    def counts(self) -> dict[str, Counter[str]]:
        """Claims per verdict, per source file (files without claims included)."""
        out: dict[str, Counter[str]] = {s: Counter() for s in self.sources}
        for c in self.claims:
            out.setdefault(c.source, Counter())[self.matches[c.claim_id].verdict] += 1
        return out


@dataclass(frozen=True)
class LoadedFacts:
    """The curated side: the fact index and the articles that could not be read."""

    index: match.FactIndex
    articles: tuple[str, ...]
    errors: tuple[FactledgerError, ...]


def load_facts(curated: Path) -> LoadedFacts:
    """Read every curated article and index its facts; broken articles become errors."""
    if not curated.is_dir():
        raise FactledgerError("curated folder does not exist", str(curated))
    articles, errors = facts.load_facts(curated)
    index = match.FactIndex([f for a in articles for f in a.facts])
    return LoadedFacts(index, tuple(a.path for a in articles), tuple(errors))


def discover(raw: Path) -> list[Path]:
    """The raw files to read, sorted."""
    if not raw.is_dir():
        raise FactledgerError("raw folder does not exist", str(raw))
    return list(documents.discover(raw))


def process_batch(
    nlp: Language, raw: Path, paths: Sequence[Path], index: match.FactIndex,
    thresholds: match.Thresholds = match.Thresholds(),
) -> BatchResult:
    """Read, segment and verify a batch of raw files; a bad file is an error, the others go on."""
    out = BatchResult()
    docs = []
    for path in paths:
        try:
            docs.append(documents.read_document(raw, path))
        except FactledgerError as err:
            out.errors.append(err)
    for doc, claims, _ in segment.segment_documents(nlp, docs):
        out.sources.append(doc.source)
        out.claims.extend(claims)
        out.matches.update((m.claim_id, m) for m in match.verify(claims, index, thresholds))
    return out


def write_outputs(review_dir: Path, result: BatchResult, index: match.FactIndex) -> list[str]:
    """``claims.csv`` and ``queue.csv``; returns the files actually rewritten."""
    by_id = {f.fact_id: f for f in index.facts}
    frame = review.claims_frame(result.claims, result.matches, by_id)
    written = []
    for name, table in (("claims.csv", frame), ("queue.csv", review.queue_frame(frame))):
        if review.write_text_atomic(review_dir / name, review.dumps_csv(table)):
            written.append(name)
    return written


def batched(items: Sequence, size: int) -> Iterator[Sequence]:
    """Consecutive slices of ``items`` of at most ``size``."""
    for i in range(0, len(items), max(1, size)):
        yield items[i:i + size]


def ingest(
    nlp: Language, raw: Path, curated: Path, review_dir: Path, batch_files: int = 50,
    thresholds: match.Thresholds = match.Thresholds(),
    progress: Callable[[int, int], None] | None = None,
) -> BatchResult:
    """The whole ingest without Prefect: the same steps the flow runs as tasks."""
    loaded = load_facts(curated)
    paths = discover(raw)
    result = BatchResult(errors=list(loaded.errors))
    for batch in batched(paths, batch_files):
        result.extend(process_batch(nlp, raw, batch, loaded.index, thresholds))
        if progress:
            progress(len(result.sources) + len(result.errors) - len(loaded.errors), len(paths))
    write_outputs(review_dir, result, loaded.index)
    return result
