"""Parsing and verifying batches of raw files on every core.

A batch is the unit of work: read its files, segment them with spaCy, verify the claims
against the curated facts, return claims and verdicts (``ingest.process_batch``).
``BatchRunner`` runs batches in this process, or in worker processes that each hold one
spaCy pipeline and one fact index for their whole life. The caller saves each result as it
arrives while the workers go on, so parsing and verifying of different batches overlap and
every core is busy. The same worker body (``run_job``) serves the Prefect flow's batch tasks
and Dask workers (``flows/ingest.py``).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from spacy.language import Language

from . import ingest as steps
from .errors import FactledgerError
from .verify.verifier import Thresholds
from .nlp import load_nlp
from .semantic import Embedder, load_embedder

FORK_MIN_BYTES = 150_000
"""Below this much changed text (about three seconds of work on one core), one process does it:
forked workers start in a fraction of a second, but each builds its own fact index."""
SERVER_MIN_BYTES = 1_000_000
"""The same where workers start from a fork server, which first imports spaCy (3-5 s here)."""


@dataclass(frozen=True)
class BatchJob:
    """One batch of raw files to parse and verify. Small on purpose: it travels to a worker,
    which reads the files and the facts itself (the fact index is far too big to send)."""

    raw: Path
    paths: tuple[Path, ...]
    curated: Path
    facts_key: str
    """The facts fingerprint the run saw: a worker that reads other facts refuses the batch."""
    thresholds: Thresholds
    state: Path
    """The state folder, where the semantic stage caches its vectors."""
    verify: bool = True


# --- what each process holds once ------------------------------------------------------------

_nlp: Language | None = None
_loaded: dict[tuple[str, str], steps.LoadedFacts] = {}
_embedders: dict[Path, Embedder] = {}


def worker_nlp() -> Language:
    """The spaCy pipeline of this process: loaded on first use (or copied from the parent by fork)."""
    global _nlp
    if _nlp is None:
        _nlp = load_nlp()
    return _nlp


def remember(nlp: Language | None = None, curated: Path | None = None, key: str = "",
             loaded: steps.LoadedFacts | None = None) -> None:
    """Make this process's pipeline and facts the ones ``run_job`` uses (and a forked worker inherits)."""
    global _nlp
    if nlp is not None:
        _nlp = nlp
    if curated is not None and loaded is not None:
        _loaded.clear()
        _loaded[(str(curated), key)] = loaded


def loaded_facts(curated: Path, key: str, thresholds: Thresholds, state: Path | None = None) -> steps.LoadedFacts:
    """The facts and their index, built once per process from the curated folder (on a cluster:
    once per worker).

    Workers read the curated folder themselves instead of receiving the index with every
    batch; ``key`` (the facts fingerprint the run saw) makes sure they read the same facts.
    """
    if (str(curated), key) not in _loaded:
        loaded = steps.load_facts(curated, state)  # fact statements from the state folder's cache
        if steps.fingerprint(loaded.facts, thresholds) != key:
            raise FactledgerError("the curated facts changed while the ingest was running; run it again",
                                  str(curated))
        _loaded.clear()
        _loaded[(str(curated), key)] = loaded
    return _loaded[(str(curated), key)]


def worker_embedder(state: Path) -> Embedder:
    """The sentence-embedding model of this process (semantic stage), caching its vectors under ``state``."""
    if state not in _embedders:
        _embedders[state] = load_embedder(steps.embedding_cache(state))
    return _embedders[state]


def run_job(job: BatchJob) -> steps.BatchResult:
    """Parse and verify one batch with this process's pipeline, facts and embedder."""
    loaded = loaded_facts(job.curated, job.facts_key, job.thresholds, job.state)
    sem = None
    if job.verify and job.thresholds.semantic:
        sem = loaded.semantic_index(job.thresholds, worker_embedder(job.state))
    return steps.process_batch(worker_nlp(), job.raw, job.paths, loaded.index, job.thresholds, job.verify, sem)


def init_worker() -> None:
    """Set up a worker process: it ends with its parent, and runs PyTorch on one thread."""
    _follow_parent(os.getppid())
    torch = sys.modules.get("torch")  # thinc imports it when it is installed; only the semantic stage uses it
    if torch is not None:
        torch.set_num_threads(1)


def _follow_parent(parent: int, every: float = 0.5) -> None:
    # A killed parent (SIGKILL, an unhandled SIGTERM, the OOM killer) runs no clean-up, and a
    # process-pool worker never notices: it would finish its batch, then wait forever for the
    # next. A daemon thread ends it once it is orphaned (its parent pid changes).
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="factledger-follow-parent", daemon=True).start()


# --- how the batches are cut and where they run ----------------------------------------------


def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, multiprocessing.cpu_count())


def workers_for(paths: Sequence[Path], workers: int, semantic: bool = False) -> int:
    """How many worker processes the changed files are worth: 1 (this process) for a little text."""
    if workers <= 1 or len(paths) < 2:
        return 1
    least = FORK_MIN_BYTES if start_method(semantic) == "fork" else SERVER_MIN_BYTES
    size = 0
    for path in paths:
        try:
            size += path.stat().st_size
        except OSError:
            continue
        if size >= least:
            return min(workers, len(paths))
    return 1


def split(paths: Sequence[Path], batch_files: int, workers: int = 1) -> list[tuple[Path, ...]]:
    """Consecutive batches of at most ``batch_files`` files, as even as possible, and as many as
    a multiple of ``workers`` so that no worker idles while another finishes a last batch."""
    if not paths:
        return []
    n = math.ceil(len(paths) / max(1, batch_files))
    if workers > 1:
        n = workers * math.ceil(n / workers)
    n = min(n, len(paths))
    size, extra = divmod(len(paths), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (1 if i < extra else 0)
        out.append(tuple(paths[start:end]))
        start = end
    return out


def start_method(semantic: bool) -> str:
    """How worker processes start: fork where that is safe, else a fork server."""
    # fork gives each worker the parent's loaded pipeline and facts for free (0.1 s instead of
    # the 3-5 s a fresh interpreter spends importing spaCy and loading the model). It is safe
    # only from a process with a single Python thread (a lock another thread held at the fork
    # stays locked in the child: the Prefect flow's process has several), and not once PyTorch
    # may have started its own thread pool (the semantic stage). The fork server imports
    # spaCy once, then forks each worker from that clean process.
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and threading.active_count() == 1 and not semantic and "fork" in methods:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


class BatchRunner:
    """Runs batches in this process (``workers`` 1) or in a pool of worker processes.

    ``results`` yields each batch's result in the order of the jobs, keeping at most two
    batches per worker in flight, so memory stays flat however many files there are;
    ``submit`` hands over one job (from any thread: the Prefect flow's batch tasks).
    ``nlp`` and ``embedder`` are this process's, used here and inherited by forked workers;
    other workers load their own.
    """

    def __init__(self, workers: int, loaded: steps.LoadedFacts, curated: Path, facts_key: str, *,
                 nlp: Language | None = None, embedder: Embedder | None = None, semantic: bool = False) -> None:
        self.workers = max(1, workers)
        self.loaded, self.curated, self.facts_key = loaded, curated, facts_key
        self.nlp, self.embedder = nlp, embedder
        self.semantic = semantic or embedder is not None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "BatchRunner":
        if self.workers > 1:
            method = start_method(self.semantic)
            context = multiprocessing.get_context(method)
            if method == "fork":
                remember(self.nlp, self.curated, self.facts_key, self.loaded)
            elif method == "forkserver":
                context.set_forkserver_preload(["pipeline.pool"])  # imported once by the server, then forked
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=init_worker)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._pool is not None:
            if exc_type is not None:
                # Interrupted (Ctrl-C) or failed: the batches in flight, and those already queued
                # to the workers, are not saved and the next run redoes them; do not wait for them.
                for process in list((getattr(self._pool, "_processes", None) or {}).values()):
                    process.terminate()
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _here(self, job: BatchJob) -> steps.BatchResult:
        sem = None
        if job.verify and job.thresholds.semantic:
            sem = self.loaded.semantic_index(job.thresholds, self.embedder or worker_embedder(job.state))
        # steps.process_batch looked up at call time: tests replace it to simulate a crash
        return steps.process_batch(self.nlp or worker_nlp(), job.raw, job.paths, self.loaded.index, job.thresholds,
                                   job.verify, sem)

    def run(self, job: BatchJob) -> steps.BatchResult:
        """One batch, on a worker if there are any; waits for its result."""
        if self._pool is None:
            return self._here(job)
        try:
            return self._pool.submit(run_job, job).result()
        except BrokenProcessPool as err:
            raise _died(err) from None

    def results(self, jobs: Sequence[BatchJob]) -> Iterator[tuple[BatchJob, steps.BatchResult]]:
        if self._pool is None:
            for job in jobs:
                yield job, self._here(job)
            return
        todo = deque(jobs)
        in_flight: deque[tuple[BatchJob, Future[steps.BatchResult]]] = deque()
        try:
            while todo or in_flight:
                while todo and len(in_flight) < 2 * self.workers:
                    job = todo.popleft()
                    in_flight.append((job, self._pool.submit(run_job, job)))
                job, future = in_flight.popleft()
                yield job, future.result()
        except BrokenProcessPool as err:
            raise _died(err) from None


def _died(err: BaseException) -> FactledgerError:
    return FactledgerError(f"a worker process died ({err}); every batch saved so far is kept: "
                           "run the ingest again, or use --workers 1")
