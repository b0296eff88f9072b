"""pipeline.runsummary: the line, the table and the note a run leaves in Prefect; the warnings."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline import runsummary
from pipeline.changes import IngestReport
from pipeline.errors import DocumentError


def _report() -> IngestReport:
    return IngestReport(
        counts={"notes/a.md": Counter(supported=2, unverified=1), "blog/b.md": Counter(contradicted=1)},
        parsed=2, unchanged=1, merged_rows=3, written=["claims.csv", "queue.csv", "review.html"],
        errors=[DocumentError("not valid UTF-8 (byte 3)", "notes/latin1.txt", 1)], facts=12, files=3,
        queue_new=[{"claim_id": "c1", "verdict": "contradicted", "source": "blog/b.md", "line": "4",
                    "claim": "Sputnik | flew in 1958."}])


def test_summary_line() -> None:
    assert runsummary.summary_line(_report()) == (
        "2 files parsed, 1 unchanged, 0 removed; 4 claims (2 supported, 1 contradicted, 1 unverified); "
        "1 new in the queue; 3 queue rows stored; 1 could not be read")


def test_table_has_a_row_per_file_per_problem_and_the_totals() -> None:
    rows = runsummary.table(_report())
    assert [r["file"] for r in rows] == ["blog/b.md", "notes/a.md", "notes/latin1.txt:1", "all files"]
    assert rows[0] == {"file": "blog/b.md", "supported": 0, "contradicted": 1, "unverified": 0, "new in queue": 1,
                       "could not be read": ""}
    assert rows[2]["could not be read"] == "not valid UTF-8 (byte 3)"  # the reason, per file
    assert (rows[3]["supported"], rows[3]["new in queue"], rows[3]["could not be read"]) == (2, 1, 1)


def test_note_links_the_review_files_and_lists_what_is_new(tmp_path: Path) -> None:
    note = runsummary.note(_report(), tmp_path)
    assert f"[review.html]({(tmp_path / 'review.html').as_uri()})" in note
    assert "(rewritten by this run)" in note and "history.csv" in note
    assert "| contradicted | blog/b.md:4 | Sputnik \\| flew in 1958. |" in note  # a cell's | does not split it
    assert "notes/latin1.txt:1: not valid UTF-8" in note


def test_warnings_when_there_is_nothing_to_check_against_or_to_read(tmp_path: Path) -> None:
    assert runsummary.warnings(_report(), tmp_path / "raw", tmp_path / "curated") == []
    empty = IngestReport(facts=0, files=0)
    first, second = runsummary.warnings(empty, tmp_path / "raw", tmp_path / "curated")
    assert first.startswith(f"no curated fact was loaded from {tmp_path / 'curated'}")
    assert second.startswith(f"no raw file was found under {tmp_path / 'raw'}")
    assert runsummary.warnings(IngestReport(), tmp_path, tmp_path) == []  # a run with nothing to do counts nothing
