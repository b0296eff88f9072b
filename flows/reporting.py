"""What an ingest flow run tells Prefect, and ``serve``'s console: artifacts, a summary line, warnings.

Each run publishes two artifacts (Prefect's artifact API), shown on the run page's Artifacts
tab and, by key, on the Artifacts page with their history:

- ``factledger-run-summary``, a table: claims per verdict and per file, new queue items, the
  files that could not be read with the reason (``runsummary.table``);
- ``factledger-review-files``, Markdown linking the review files (``runsummary.note``).

The run's log gets one INFO summary line and a WARNING per ``runsummary.warnings``. Under
``factledger serve`` (a deployment run), the same line goes to the console, where a person
watching ``serve`` sees one line per run; a run refused for its input (an unreadable queue)
says so in one line too. Lines the CLI prints itself are kept off Prefect's console handler.
"""

from __future__ import annotations

import time
from pathlib import Path

from prefect import get_run_logger
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.runtime import deployment, flow_run

from pipeline import runsummary
from pipeline.changes import IngestReport

from .settings import SHOWN

SUMMARY_KEY = "factledger-run-summary"
NOTE_KEY = "factledger-review-files"


def served() -> bool:
    """Is this run a deployment's (``factledger serve``), not one the CLI started?"""
    return bool(deployment.id)


def console(line: str) -> None:
    """One line on ``serve``'s console (the flow-run process writes to it)."""
    print(f"{time.strftime('%H:%M:%S')} factledger: run {flow_run.name!s}: {line}", flush=True)


def announce(report: IngestReport, raw: Path, curated: Path, review: Path) -> None:
    """The artifacts, the run log's summary line and warnings; the console line under ``serve``."""
    logger = get_run_logger()
    warnings = runsummary.warnings(report, raw, curated)
    for w in warnings:
        logger.warning(w, extra={SHOWN: True})
    line = runsummary.summary_line(report)
    logger.info(line, extra={SHOWN: True})
    create_table_artifact(runsummary.table(report), key=SUMMARY_KEY,
                          description="Claims per verdict and per file; new queue items; files that could not be read")
    create_markdown_artifact(runsummary.note(report, review), key=NOTE_KEY,
                             description=f"The review files in {review.resolve()}")
    if served():
        console(line + "; review page: " + str((review / runsummary.PAGE).resolve()))
        for w in warnings:
            console(f"warning: {w}")
        for err in report.errors:
            console(f"skipped {err}")


def refused(err: BaseException) -> None:
    """A run that stopped on a person's input: one line on ``serve``'s console (Prefect's log has the rest)."""
    if served():  # (the CLI prints the error itself)
        console(f"refused, nothing was changed: {err}")
