"""What a run did, for people: the summary line, the table and note Prefect shows, the warnings.

From an ``IngestReport``: ``summary_line`` (the run log's INFO line and ``serve``'s console
line), ``table`` (claims per verdict and file, new queue items, files that could not be read,
with the reason: Prefect's table artifact), ``note`` (Markdown linking the review files:
Prefect's Markdown artifact) and ``warnings`` (nothing to check against, nothing to read).
Pure functions of the report and the folders' paths.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .changes import PAGE
from .model import VERDICTS

if TYPE_CHECKING:
    from .ingest import IngestReport

REVIEW_FILES = ("claims.csv", "queue.csv", "history.csv", PAGE)
MAX_LISTED = 20
"""New queue items the note lists one by one."""


def _totals(report: IngestReport) -> Counter[str]:
    total: Counter[str] = Counter()
    for c in report.counts.values():
        total.update(c)
    return total


def summary_line(report: IngestReport) -> str:
    """One line: files, claims per verdict, new queue items, problems."""
    total = _totals(report)
    claims = ", ".join(f"{total[v]} {v}" for v in VERDICTS)
    line = (f"{report.parsed} files parsed, {report.unchanged} unchanged, {report.removed} removed; "
            f"{sum(total.values())} claims ({claims}); {len(report.queue_new)} new in the queue; "
            f"{report.merged_rows} queue rows stored")
    if report.errors:
        line += f"; {len(report.errors)} could not be read"
    return line


def table(report: IngestReport) -> list[dict[str, Any]]:
    """Rows of the run's table: one per file with claims per verdict and new queue items, one per
    input that could not be read (with the reason), and the totals."""
    new = Counter(item["source"] for item in report.queue_new)
    rows: list[dict[str, Any]] = []
    for source in sorted(set(report.counts) | set(new)):
        c = report.counts.get(source, Counter())
        rows.append({"file": source, **{v: c[v] for v in VERDICTS}, "new in queue": new[source],
                     "could not be read": ""})
    for err in report.errors:
        where = f"{err.path}:{err.line}" if err.path and err.line else (err.path or "")
        rows.append({"file": where, **{v: "" for v in VERDICTS}, "new in queue": "",
                     "could not be read": err.message})
    total = _totals(report)
    rows.append({"file": "all files", **{v: total[v] for v in VERDICTS}, "new in queue": len(report.queue_new),
                 "could not be read": len(report.errors) or ""})
    return rows


def note(report: IngestReport, review_dir: Path) -> str:
    """Markdown for the run: where the review files are (links), what is new in the queue, what to do."""
    lines = ["# factledger review files", "",
             "Open the review page in a browser; decide the queue in a spreadsheet, then run `factledger promote`.", ""]
    for name in REVIEW_FILES:
        path = (review_dir / name).resolve()
        changed = " (rewritten by this run)" if name in report.written else ""
        lines.append(f"- [{name}]({path.as_uri()}): `{path}`{changed}")
    if report.queue_new:
        lines += ["", f"## New in the queue ({len(report.queue_new)})", "",
                  "| verdict | where | claim |", "|---|---|---|"]
        for item in report.queue_new[:MAX_LISTED]:
            claim = item["claim"].replace("|", "\\|").replace("\n", " ")
            lines.append(f"| {item['verdict']} | {item['source']}:{item['line']} | {claim} |")
        if len(report.queue_new) > MAX_LISTED:
            lines.append(f"| | | … and {len(report.queue_new) - MAX_LISTED} more in queue.csv |")
    if report.errors:
        lines += ["", f"## Could not be read ({len(report.errors)})", ""]
        lines += [f"- `{err}`" for err in report.errors]
    return "\n".join(lines) + "\n"


def warnings(report: IngestReport, raw: Path, curated: Path) -> list[str]:
    """What makes a run pointless without being an error: no fact to check against, no raw file."""
    out = []
    if report.facts == 0:
        out.append(f"no curated fact was loaded from {curated}: every claim is unverified. Add Markdown articles "
                   "whose front matter lists atomic_facts (files without front matter are notes and are skipped)")
    if report.files == 0 and not report.errors:
        out.append(f"no raw file was found under {raw}: put .md, .markdown or .txt files there")
    return out
