"""The ingest flow: Prefect tasks around ``pipeline.ingest``, one task per batch of files."""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from functools import cache
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.states import Completed, Failed, State
from prefect.utilities.annotations import quote
from spacy.language import Language

from pipeline import ingest as steps
from pipeline.config import load_thresholds
from pipeline.lock import run_lock
from pipeline.verify.verifier import Thresholds
from pipeline.nlp import load_nlp
from pipeline.semantic import Embedder, load_embedder
from pipeline.state import StateStore

from .progress import Progress


@cache
def nlp() -> Language:
    """The spaCy pipeline, loaded once per process (per worker on a cluster), never passed to tasks."""
    return load_nlp()


@cache
def embedder(state: Path) -> Embedder:
    """The sentence-embedding model (semantic stage), loaded once per process, caching in ``state``."""
    return load_embedder(steps.embedding_cache(state))


@task(cache_policy=NO_CACHE)
def load_facts(curated: Path, state: Path | None = None) -> steps.LoadedFacts:
    return steps.load_facts(curated, state)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def merge_queue(state: Path, review: Path, run_id: int) -> int:
    with StateStore(state) as store:
        return steps.merge_or_refuse(store, review, run_id)


@task(cache_policy=NO_CACHE)
def plan(state: Path, raw: Path) -> steps.Plan:
    with StateStore(state) as store:
        return steps.plan(store, raw)


_loaded: dict[tuple[str, str], steps.LoadedFacts] = {}


def loaded_facts(curated: Path, key: str, thresholds: Thresholds, state: Path | None = None) -> steps.LoadedFacts:
    """The facts and their indexes, built once per process from the curated folder (on a cluster:
    once per worker).

    Workers read the curated folder themselves instead of receiving the index with every
    task; ``key`` (the facts fingerprint the flow saw) makes sure they read the same facts.
    """
    if (str(curated), key) not in _loaded:
        loaded = steps.load_facts(curated, state)
        if steps.fingerprint(loaded.facts, thresholds) != key:
            raise RuntimeError(f"{curated} changed while the ingest was running; run it again")
        _loaded.clear()
        _loaded[(str(curated), key)] = loaded
    return _loaded[(str(curated), key)]


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1)
def process_batch(raw: Path, paths: list[Path], curated: Path, facts_key: str, thresholds: Thresholds,
                  verify: bool, state: Path) -> steps.BatchResult:
    loaded = loaded_facts(curated, facts_key, thresholds, state)
    sem = loaded.semantic_index(thresholds, embedder(state) if thresholds.semantic else None) if verify else None
    return steps.process_batch(nlp(), raw, paths, loaded.index, thresholds, verify, sem)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def save_batch(state: Path, result: steps.BatchResult, loaded: steps.LoadedFacts) -> None:
    with StateStore(state) as store:
        steps.save_batch(store, result, steps.promoted(store.decisions(), loaded.facts))


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def finish(state: Path, run_id: int, report: steps.IngestReport, todo: steps.Plan,
           loaded: steps.LoadedFacts, thresholds: Thresholds, review: Path) -> steps.IngestReport:
    with StateStore(state) as store:
        steps.finish(store, run_id, report, todo, loaded, thresholds,
                     steps.promoted(store.decisions(), loaded.facts), review,
                     embedder(state) if thresholds.semantic else None)
    return report


@flow(name="factledger-ingest", validate_parameters=False)
def ingest_flow(
    raw: Path, curated: Path, review: Path, state: Path, batch_files: int = 100,
    thresholds: Thresholds | None = None, show_progress: bool = False, max_in_flight: int = 1,
    config: Path | None = None, semantic: bool | None = None,
) -> State:
    """Segment new or changed raw files into claims, verify them, merge the reviewer's queue, write the CSVs.

    The thresholds are ``thresholds``, or else read from the ``config`` file at the start of
    each run (so a scheduled deployment picks up edits); ``semantic`` overrides that file's switch.
    Completes with an ``IngestReport``; ends Failed (still with its report, and every good
    file processed and written) when some raw file or curated article could not be read.
    """
    raw, curated, review, state = (Path(p) for p in (raw, curated, review, state))
    thresholds = thresholds or load_thresholds(Path(config) if config else None)
    if semantic is not None:
        thresholds = replace(thresholds, semantic=semantic)
    if thresholds.semantic:
        embedder(state)  # load the model (and fail on a missing extra) before any work
    with run_lock(state, "ingest", wait_seconds=0):
        loaded = load_facts(curated, state)
        report = steps.IngestReport(errors=list(loaded.errors))
        with StateStore(state) as store:
            with store.transaction():
                run_id = store.start_run("ingest")
            stale = steps.rules_changed(store, thresholds)
        key = steps.fingerprint(loaded.facts, thresholds)
        _loaded[(str(curated), key)] = loaded  # this process (and its threads) need not read it again
        report.merged_rows = merge_queue(state, review, run_id)
        todo = plan(state, raw)
        batches = deque(list(b) for b in steps.batched(todo.changed, batch_files))
        in_flight: deque = deque()
        with Progress(len(todo.changed), show_progress) as progress:
            # On a cluster a few batches in flight keep the workers busy (the CLI asks for 4);
            # in one process, spaCy in two threads only contend for the GIL, so one at a time.
            # Saving each result as it arrives, then dropping it, keeps memory flat.
            while batches or in_flight:
                while batches and len(in_flight) < max_in_flight:
                    batch = batches.popleft()
                    in_flight.append((process_batch.submit(raw, batch, curated, key, thresholds, not stale, state), batch))
                future, batch = in_flight.popleft()
                result = future.result()
                save_batch(state, quote(result), quote(loaded))
                steps.add_timings(report.timings, result.timings)
                report.errors.extend(result.errors)
                report.parsed += len(result.documents)
                progress.advance(len(batch))
                del future, result
        # quote(): Prefect walks task arguments looking for futures; a batch of claims or the
        # fact index is far too big to walk (that walk once cost more than the parsing).
        report = finish(state, run_id, quote(report), quote(todo), quote(loaded), thresholds, review)
    if report.errors:
        return Failed(message=f"{len(report.errors)} input file(s) could not be read", data=report)
    return Completed(message=f"{report.parsed} files parsed, {report.unchanged} unchanged", data=report)
