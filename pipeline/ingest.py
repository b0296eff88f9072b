"""The ingest steps as plain functions, incremental and idempotent.

1. ``merge_queue``: the reviewer's edits in ``queue.csv`` go into the state database first,
   so nothing they wrote can be overwritten.
2. ``plan``: hash every raw file; only new or changed ones are parsed again (``changes.py``,
   which also answers a run with nothing to do before spaCy is even imported).
3. ``process_batch``: read, segment and verify a batch of files (the expensive part; on
   several cores through ``pool.py``).
4. ``save_batch``: one transaction per batch, so an interrupted run resumes where it stopped.
5. ``reverify``: when the curated facts changed, the stored claims not judged in this run
   are judged again.
6. ``publish``: the review CSVs, rewritten only where their content changed.

``flows/ingest.py`` runs these as Prefect tasks; ``ingest()`` chains them without Prefect.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from . import __version__, documents, facts, match, review, segment, semantic
from .changes import IngestReport, Plan, begin_run, complete, counts, file_digest, plan, published_intact
from .errors import FactledgerError, ReviewQueueError
from .lock import run_lock
from .model import Claim, Fact, Match
from .publish import publish
from .state import Decision, StateStore


@dataclass
class BatchResult:
    """Claims, verdicts and problems from one batch of raw files."""

    claims: list[Claim] = field(default_factory=list)
    matches: dict[str, Match] = field(default_factory=dict)
    documents: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    """(source, sha256, provenance) of every file read."""
    errors: list[FactledgerError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent per stage (read, segment, verify), for benchmarks."""


@contextmanager
def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    """Add the seconds the block takes to ``timings[stage]``."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


@dataclass
class LoadedFacts:
    """The curated side: the facts, the article ids and the articles that could not be read.

    The fact index is built on first use: a run with nothing to verify never pays for it.
    """

    facts: list[Fact]
    articles: tuple[str, ...]
    errors: tuple[FactledgerError, ...]
    _index: match.FactIndex | None = field(default=None, repr=False)
    _semantic: semantic.SemanticIndex | None = field(default=None, repr=False)

    @property
    def index(self) -> match.FactIndex:
        if self._index is None:
            self._index = match.FactIndex(self.facts)
        return self._index

    def semantic_index(self, thresholds: match.Thresholds,
                       embedder: semantic.Embedder | None) -> semantic.SemanticIndex | None:
        """The facts' embeddings when ``thresholds.semantic`` is on (else None), computed (or read
        from the embedder's cache) on first use."""
        if not thresholds.semantic:
            return None
        if embedder is None:
            raise semantic.SemanticUnavailable("the semantic stage is on but no embedder was given")
        if self._semantic is None or self._semantic.embedder is not embedder:
            self._semantic = semantic.SemanticIndex(embedder, [f.statement for f in self.facts])
        return self._semantic


def embedding_cache(state: Path) -> Path:
    """Where the semantic stage keeps its vectors: beside the state database."""
    return state / "embeddings.sqlite"


def load_facts(curated: Path) -> LoadedFacts:
    """Read every curated article and index its facts; broken articles become errors."""
    if not curated.is_dir():
        raise FactledgerError("curated folder does not exist", str(curated))
    articles, errors = facts.load_facts(curated)
    return LoadedFacts([f for a in articles for f in a.facts], tuple(a.article_id for a in articles), tuple(errors))


def fingerprint(facts_: Sequence[Fact], thresholds: match.Thresholds) -> str:
    """Changes when anything a verdict depends on changes: the facts, the thresholds, the code."""
    # sorted, not repr(): a frozenset's order changes with each process's string hashing
    knobs = {k: sorted(v) if isinstance(v, frozenset) else v for k, v in dataclasses.asdict(thresholds).items()}
    h = hashlib.sha256(f"{__version__}\x00{json.dumps(knobs, sort_keys=True)}".encode())
    for f in facts_:
        h.update(f"\x00{f.fact_id}\x00{f.statement}".encode())
    return h.hexdigest()


def facts_changed(store: StateStore, loaded: LoadedFacts, thresholds: match.Thresholds) -> bool:
    """Were the stored verdicts made against other facts (or thresholds, or code)?"""
    return store.get_meta("facts_fingerprint") != fingerprint(loaded.facts, thresholds)


def merge_queue(store: StateStore, review_dir: Path, run_id: int | None = None) -> int:
    """Store what the reviewer wrote in queue.csv; returns the rows that carried something.

    Raises ``ReviewQueueError`` (naming the row) before anything is stored when a row
    has an unknown decision or a claim id that was never issued.
    """
    items = review.read_queue(review_dir / "queue.csv")
    known = store.claim_rows()
    for item in items:
        if item.claim_id not in known:
            raise ReviewQueueError(f"row {item.row}: unknown claim id {item.claim_id!r}",
                                   str(review_dir / "queue.csv"), item.row)
    previous = store.decisions()
    merged = 0
    with store.transaction():
        for item in items:
            old = previous.get(item.claim_id)
            if old and old.applied_at and item.decision != old.decision:
                continue  # already in the curated articles: undo that with git, not the queue
            if not item.touched and not old:
                continue
            row = known[item.claim_id]
            new = Decision(item.claim_id, item.decision, item.statement, item.article, item.note,
                           item.extra, row["source"], row["text"])
            if old and (old.decision, old.statement, old.article, old.note, old.extra or {}) == (
                    new.decision, new.statement, new.article, new.note, new.extra or {}):
                continue
            store.save_decision(new)
            store.audit(run_id, f"review:{item.decision or 'note'}", item.claim_id,
                        item.note[:200] if item.note else "")
            merged += 1
    return merged


def merge_or_refuse(store: StateStore, review_dir: Path, run_id: int) -> int:
    """``merge_queue``; a queue that cannot be read closes the run as refused before the error goes up."""
    try:
        return merge_queue(store, review_dir, run_id)
    except FactledgerError as err:
        with store.transaction():
            store.finish_run(run_id, "refused", {"errors": [str(err)]})
        raise


def process_batch(
    nlp: Language, raw: Path, paths: Sequence[Path], index: match.FactIndex,
    thresholds: match.Thresholds = match.Thresholds(), verify: bool = True,
    semantic_index: semantic.SemanticIndex | None = None,
) -> BatchResult:
    """Read, segment and verify a batch of raw files; a bad file is an error, the others go on.

    ``verify=False`` only segments (the claims then have no verdicts until ``reverify``).
    """
    out = BatchResult()
    docs = []
    root = raw.resolve()
    with timed(out.timings, "read"):
        for path in paths:
            try:
                docs.append(documents.read_document(root, path))
            except FactledgerError as err:
                out.errors.append(err)
    with timed(out.timings, "segment"):
        for doc, claims, _ in segment.segment_documents(nlp, docs):
            out.documents.append((doc.source, doc.sha256, dict(doc.meta)))
            out.claims.extend(claims)
    if verify:
        with timed(out.timings, "verify"):
            out.matches.update((m.claim_id, m) for m in match.verify(out.claims, index, thresholds, semantic_index))
    return out


def promoted(decisions: Mapping[str, Decision], facts_: Sequence[Fact]) -> dict[str, Match]:
    """Claims a reviewer accepted into a fact that is still curated: supported by that fact."""
    ids = {f.fact_id for f in facts_}
    return {c: Match(c, "supported", d.result, 1.0, f"accepted by a reviewer and promoted to {d.result}")
            for c, d in decisions.items() if d.decision == "accept" and d.applied_at and d.result in ids}


def save_batch(store: StateStore, batch: BatchResult, overrides: Mapping[str, Match]) -> None:
    """Store one batch's documents, claims and verdicts in a single transaction."""
    by_source: dict[str, list[Claim]] = {s: [] for s, _, _ in batch.documents}
    for c in batch.claims:
        by_source[c.source].append(c)
    with store.transaction():
        for source, sha, meta in batch.documents:
            store.replace_claims(source, by_source[source])
            store.save_document(source, sha, meta)
        store.save_matches(overrides.get(m.claim_id, m) for m in batch.matches.values())


def reverify(store: StateStore, index: match.FactIndex, thresholds: match.Thresholds,
             overrides: Mapping[str, Match], semantic_index: semantic.SemanticIndex | None = None,
             *, claims: Sequence[Claim] | None = None) -> int:
    """Judge stored claims again (the facts changed): ``claims``, or else every stored claim; returns how many."""
    claims = store.claims() if claims is None else claims
    matches = match.verify(claims, index, thresholds, semantic_index)
    with store.transaction():
        store.save_matches(overrides.get(m.claim_id, m) for m in matches)
    return len(claims)


def add_timings(total: dict[str, float], part: Mapping[str, float]) -> None:
    for stage, seconds in part.items():
        total[stage] = total.get(stage, 0.0) + seconds


def ingest(
    nlp: Language, raw: Path, curated: Path, review_dir: Path, state: Path, batch_files: int = 100,
    thresholds: match.Thresholds = match.Thresholds(),
    progress: Callable[[int, int], None] | None = None,
    embedder: semantic.Embedder | None = None,
    *, workers: int = 1, inputs_key: str = "",
) -> IngestReport:
    """The whole ingest without Prefect: the same steps the flow runs as tasks.

    ``embedder`` is needed when ``thresholds.semantic`` is on (the semantic stage).
    ``workers`` above 1 parses and verifies the batches in that many worker processes when
    there is enough changed text to be worth it (``pool.py``); ``nlp`` is then what they run
    where they can be forked from this process, else each loads ``nlp.load_nlp()``.
    ``inputs_key`` (``changes.inputs_key``) is remembered after a clean run, so that the next
    run with nothing to do can say so without this function (``changes.unchanged_run``).
    """
    from .pool import BatchJob, BatchRunner, split, workers_for  # pool.py imports this module

    report = IngestReport()
    with timed(report.timings, "load_facts"):
        loaded = load_facts(curated)
    report.errors.extend(loaded.errors)
    if thresholds.semantic and embedder is None:  # fail before any work, not at the first batch
        raise semantic.SemanticUnavailable("the semantic stage is on but no embedder was given")
    key = fingerprint(loaded.facts, thresholds)
    with run_lock(state, "ingest"), StateStore(state) as store:
        run_id = begin_run(store)
        queue_seen = file_digest(review_dir / "queue.csv")
        report.merged_rows = merge_or_refuse(store, review_dir, run_id)
        with timed(report.timings, "plan"):
            todo = plan(store, raw)
        overrides = promoted(store.decisions(), loaded.facts)
        n = workers_for(todo.changed, workers, thresholds.semantic)
        jobs = [BatchJob(raw, batch, curated, key, thresholds, state) for batch in split(todo.changed, batch_files, n)]
        judged: set[str] = set()
        done = 0
        # Every batch is verified as it is parsed, also on a first run or after the facts
        # changed: ``finish`` then judges again only the stored claims this run did not touch.
        with BatchRunner(n, loaded, curated, key, nlp=nlp, embedder=embedder) as runner:
            for job, result in runner.results(jobs):
                with timed(report.timings, "save"):
                    save_batch(store, result, overrides)
                add_timings(report.timings, result.timings)
                report.errors.extend(result.errors)
                report.parsed += len(result.documents)
                judged.update(result.matches)
                done += len(job.paths)
                if progress:
                    progress(done, len(todo.changed))
        finish(store, run_id, report, todo, loaded, thresholds, overrides, review_dir, embedder,
               judged=judged, inputs_key=inputs_key, queue_seen=queue_seen)
    return report


def finish(store: StateStore, run_id: int, report: IngestReport, todo: Plan, loaded: LoadedFacts,
           thresholds: match.Thresholds, overrides: Mapping[str, Match], review_dir: Path,
           embedder: semantic.Embedder | None = None, *, judged: Collection[str] = frozenset(),
           inputs_key: str = "", queue_seen: str = "") -> None:
    """After the batches: forget removed files, re-verify if the facts changed, publish, close the run.

    ``judged``: claims this run verified against the current facts (in its batches); when the
    facts changed, only the other stored claims are judged again. ``inputs_key``: remembered
    for the next run's shortcut when this one ends without errors (``changes.complete``).
    ``queue_seen``: the digest of queue.csv taken just before the run's first merge; if the file
    still has exactly those bytes, merging it again would store nothing, and is skipped.
    """
    with store.transaction():
        store.forget_documents(todo.removed)
    # The reviewer may have saved the queue while this run was parsing: store that too, now,
    # right before the queue is rewritten, so their edit is not overwritten.
    if not queue_seen or file_digest(review_dir / "queue.csv") != queue_seen:
        report.merged_rows += merge_queue(store, review_dir, run_id)
    changed = bool(report.parsed or todo.removed or report.merged_rows)
    if facts_changed(store, loaded, thresholds):
        changed = True
        with timed(report.timings, "verify"):
            stale = [c for c in store.claims() if c.claim_id not in judged]
            if stale:  # on a first run there are none: the index and the embedder are not even needed here
                reverify(store, loaded.index, thresholds, overrides, loaded.semantic_index(thresholds, embedder),
                         claims=stale)
            with store.transaction():
                store.set_meta("facts_fingerprint", fingerprint(loaded.facts, thresholds))
    report.unchanged = len(todo.unchanged)
    report.removed = len(todo.removed)
    with timed(report.timings, "publish"):
        if changed or not published_intact(store, review_dir):
            report.written = publish(store, review_dir, {f.fact_id: f for f in loaded.facts})
    report.counts = counts(store)
    with store.transaction():
        store.finish_run(run_id, "problems" if report.errors else "ok", {
            "parsed": report.parsed, "unchanged": report.unchanged, "removed": report.removed,
            "errors": [str(e) for e in report.errors], "written": report.written})
    complete(store, inputs_key, report)
