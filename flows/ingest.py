"""The ingest flow: Prefect tasks around ``pipeline.ingest``, one task per batch of files."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.states import Completed, Failed, State
from spacy.language import Language

from pipeline import ingest as steps
from pipeline.match import FactIndex, Thresholds
from pipeline.nlp import load_nlp


@cache
def nlp() -> Language:
    """The spaCy pipeline, loaded once per process (per worker on a cluster), never passed to tasks."""
    return load_nlp()


@task(cache_policy=NO_CACHE)
def load_facts(curated: Path) -> steps.LoadedFacts:
    return steps.load_facts(curated)


@task(cache_policy=NO_CACHE)
def discover(raw: Path) -> list[Path]:
    return steps.discover(raw)


@task(cache_policy=NO_CACHE, retries=1, retry_delay_seconds=1)
def process_batch(raw: Path, paths: list[Path], index: FactIndex, thresholds: Thresholds) -> steps.BatchResult:
    return steps.process_batch(nlp(), raw, paths, index, thresholds)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def write_outputs(review: Path, result: steps.BatchResult, index: FactIndex) -> list[str]:
    return steps.write_outputs(review, result, index)


def _report(done: int, total: int, show: bool) -> None:
    if show:
        print(f"factledger: {done}/{total} files", file=sys.stderr, flush=True)


@flow(name="factledger-ingest", validate_parameters=False)
def ingest_flow(
    raw: Path, curated: Path, review: Path, batch_files: int = 50,
    thresholds: Thresholds = Thresholds(), show_progress: bool = False,
) -> State:
    """Segment new raw files into claims, verify them against the curated facts, write the review CSVs.

    Completes with the run's ``BatchResult``; ends Failed (still with its result, and the
    outputs written for every good file) when some file or article could not be read.
    """
    loaded = load_facts(curated)
    paths = discover(raw)
    result = steps.BatchResult(errors=list(loaded.errors))
    futures = [process_batch.submit(raw, list(b), loaded.index, thresholds)
               for b in steps.batched(paths, batch_files)]
    done = 0
    for future, batch in zip(futures, steps.batched(paths, batch_files)):
        result.extend(future.result())
        done += len(batch)
        _report(done, len(paths), show_progress)
    write_outputs(review, result, loaded.index)
    if result.errors:
        return Failed(message=f"{len(result.errors)} file(s) could not be read", data=result)
    return Completed(message=f"{len(result.claims)} claims from {len(result.sources)} files", data=result)
