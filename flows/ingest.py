"""The ingest flow: Prefect tasks around ``pipeline.ingest``, one task per batch of files.

Each batch is a task run (visible in the Prefect UI). On a Dask cluster (``flows/runners.py``)
the task runs on a Dask worker. Otherwise the task runs in a thread of this process and
hands its batch to ``pipeline.pool``'s worker processes (one per core, each loading spaCy
and the fact index once, started from a fork server), when there is enough changed text to
be worth starting them; else it parses the batch itself. Prefect's own ProcessPoolTaskRunner
was measured here first: its spawned workers each import Prefect, spaCy and PyTorch before
the first batch (9.2 s to a first trivial result, 3.9 s to stop, against 7.0 s for the fork
server with the model loaded), and 100 files took 29 s on it against 11 s in one process.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.states import Completed, Failed, State
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote
from spacy.language import Language

from pipeline import changes, pool
from pipeline import ingest as steps
from pipeline.config import load_thresholds
from pipeline.errors import FactledgerError
from pipeline.lock import run_lock
from pipeline.verify.verifier import Thresholds
from pipeline.semantic import Embedder
from pipeline.state import StateStore

from . import reporting
from .progress import Progress
from .settings import quiet_expected_failures

loaded_facts = pool.loaded_facts
"""The facts and their index, built once per process (per worker on a cluster)."""

_processes: ContextVar[pool.BatchRunner | None] = ContextVar("factledger_processes", default=None)
"""The worker processes of the running flow, if it uses any (Prefect copies the context into task threads)."""


def nlp() -> Language:
    """The spaCy pipeline, loaded once per process (per worker on a cluster), never passed to tasks."""
    return pool.worker_nlp()


def embedder(state: Path) -> Embedder:
    """The sentence-embedding model (semantic stage), loaded once per process, caching in ``state``."""
    return pool.worker_embedder(state)


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


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1)
def process_batch(raw: Path, paths: list[Path], curated: Path, facts_key: str, thresholds: Thresholds,
                  verify: bool, state: Path) -> steps.BatchResult:
    return run_batch(pool.BatchJob(raw, tuple(paths), curated, facts_key, thresholds, state, verify))


def run_batch(job: pool.BatchJob) -> steps.BatchResult:
    """On the flow's worker processes if it started any, else here (a thread of the flow, or a Dask worker).

    A module function rather than inline in the task: Dask pickles the task's body by value,
    and a ContextVar among its globals cannot be pickled (this function is pickled by name).
    """
    processes = _processes.get()
    return processes.run(job) if processes is not None else pool.run_job(job)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def save_batch(state: Path, result: steps.BatchResult, loaded: steps.LoadedFacts) -> set[str]:
    with StateStore(state) as store:
        return steps.save_batch(store, result, steps.promoted(store.decisions(), loaded.facts))


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def finish(state: Path, run_id: int, report: steps.IngestReport, todo: steps.Plan,
           loaded: steps.LoadedFacts, thresholds: Thresholds, review: Path,
           judged: frozenset[str] = frozenset(), inputs_key: str = "", queue_seen: str = "") -> steps.IngestReport:
    with StateStore(state) as store:
        steps.finish(store, run_id, report, todo, loaded, thresholds,
                     steps.promoted(store.decisions(), loaded.facts), review,
                     embedder(state) if thresholds.semantic else None, judged=judged, inputs_key=inputs_key,
                     queue_seen=queue_seen)
    return report


@task(cache_policy=NO_CACHE)
def review_page(state: Path, raw: Path, review: Path, loaded: steps.LoadedFacts, thresholds: Thresholds,
                report: steps.IngestReport) -> steps.IngestReport:
    with StateStore(state) as store:
        steps.review_page(store, raw, review, loaded, thresholds, report)
    return report


@contextmanager
def batch_runner(workers: int, max_in_flight: int, loaded: steps.LoadedFacts, curated: Path, key: str,
                 semantic: bool) -> Iterator[int]:
    """Start the worker processes the batch tasks hand their work to; yields how many batches to keep in flight.

    A runner given to the flow (Dask) is used as it is, with ``max_in_flight`` batches.
    Otherwise the batch tasks run in threads, each waiting on a worker process: two per worker
    keep every worker busy while this process saves results.
    """
    ctx = FlowRunContext.get()
    runner = ctx.task_runner if ctx else None
    if runner is not None and not isinstance(runner, ThreadPoolTaskRunner):
        yield max_in_flight
        return
    with pool.BatchRunner(workers, loaded, curated, key, semantic=semantic) as processes:
        token = _processes.set(processes if workers > 1 else None)
        try:
            yield 2 * workers if workers > 1 else 1
        finally:
            _processes.reset(token)


@flow(name="factledger-ingest", validate_parameters=False)
def ingest_flow(
    raw: Path, curated: Path, review: Path, state: Path, batch_files: int = 100,
    thresholds: Thresholds | None = None, show_progress: bool = False, max_in_flight: int = 1,
    config: Path | None = None, semantic: bool | None = None, workers: int = 0,
) -> State:
    """Segment new or changed raw files into claims, verify them, merge the reviewer's queue, write the CSVs.

    The thresholds are ``thresholds``, or else read from the ``config`` file at the start of
    each run (so a scheduled deployment picks up edits); ``semantic`` overrides that file's switch.
    ``workers``: processes that parse and verify (0: one per core; 1: this process);
    ``max_in_flight``: batches handed at once to a runner given to the flow (Dask).
    Completes with an ``IngestReport``; ends Failed (still with its report, and every good
    file processed and written) when some raw file or curated article could not be read.
    """
    raw, curated, review, state = (Path(p) for p in (raw, curated, review, state))
    quiet_expected_failures()  # also in a flow-run process `serve` started: one line per refusal on its console
    try:
        return _ingest(raw, curated, review, state, batch_files, thresholds, show_progress, max_in_flight, config,
                       semantic, workers)
    except FactledgerError as err:
        reporting.refused(err)
        raise


def _ingest(raw: Path, curated: Path, review: Path, state: Path, batch_files: int, thresholds: Thresholds | None,
            show_progress: bool, max_in_flight: int, config: Path | None, semantic: bool | None,
            workers: int) -> State:
    """The body of ``ingest_flow`` (its tasks run in the flow's context)."""
    # The shortcut key is read before the facts, and only when the thresholds come from the
    # config file (thresholds given by a caller are not in it).
    inputs_key = changes.inputs_key(curated, Path(config) if config else None, semantic) if thresholds is None else ""
    thresholds = thresholds or load_thresholds(Path(config) if config else None)
    if semantic is not None:
        thresholds = replace(thresholds, semantic=semantic)
    if thresholds.semantic:
        embedder(state)  # load the model (and fail on a missing extra) before any work
    with run_lock(state, "ingest", wait_seconds=0):
        loaded = load_facts(curated, state)
        report = steps.IngestReport(errors=list(loaded.errors))
        with StateStore(state) as store:
            run_id = changes.begin_run(store)
        key = steps.fingerprint(loaded.facts, thresholds)
        pool.remember(curated=curated, key=key, loaded=loaded)  # this process need not read the facts again
        queue_seen = changes.file_digest(review / "queue.csv")
        report.merged_rows = merge_queue(state, review, run_id)
        todo = plan(state, raw)
        n = pool.workers_for(todo.changed, workers or pool.cores(), thresholds.semantic)
        batches = deque(pool.split(todo.changed, batch_files, n))
        judged: set[str] = set()
        in_flight: deque = deque()
        with batch_runner(n, max_in_flight, loaded, curated, key, thresholds.semantic) as limit, \
                Progress(len(todo.changed), show_progress) as progress:
            # Every batch is verified as it is parsed (also on a first run); each result is
            # saved as it arrives, then dropped, so memory stays flat.
            while batches or in_flight:
                while batches and len(in_flight) < max(1, limit):
                    batch = batches.popleft()
                    params = {"raw": raw, "paths": list(batch), "curated": curated, "facts_key": key,
                              "thresholds": thresholds, "verify": True, "state": state}
                    in_flight.append((process_batch.submit(**params), batch))
                future, batch = in_flight.popleft()
                result = future.result()
                judged |= save_batch(state, quote(result), quote(loaded))
                steps.add_timings(report.timings, result.timings)
                report.errors.extend(result.errors)
                report.parsed += len(result.documents)
                progress.advance(len(batch))
                del future, result
        # quote(): Prefect walks task arguments looking for futures; a batch of claims or the
        # fact index is far too big to walk (that walk once cost more than the parsing).
        report = finish(state, run_id, quote(report), quote(todo), quote(loaded), thresholds, review,
                        quote(frozenset(judged)), inputs_key, queue_seen)
        report = review_page(state, raw, review, quote(loaded), thresholds, quote(report))
    reporting.announce(report, raw, curated, review)  # artifacts, the run log's summary line, serve's console
    if report.errors:
        return Failed(message=f"{len(report.errors)} input file(s) could not be read", data=report)
    return Completed(message=f"{report.parsed} files parsed, {report.unchanged} unchanged", data=report)
