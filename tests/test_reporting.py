"""flows.reporting: a flow run's artifacts and summary line in Prefect; serve's console line per run."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from flows import ingest as flow_module
from flows import reporting
from pipeline.changes import IngestReport
from pipeline.errors import ReviewQueueError


def _prefect_records(flow_run_id) -> tuple[list, list]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (ArtifactFilter, ArtifactFilterFlowRunId, LogFilter,
                                                LogFilterFlowRunId)
    from prefect.logging.handlers import APILogHandler

    APILogHandler().flush()  # the run's logs are sent in the background
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
    return artifacts, logs


def test_a_flow_run_publishes_its_artifacts_and_one_summary_line(
        prefect_harness: None, tiny_corpus: tuple[Path, Path, Path, Path],
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="prefect.flow_runs")  # the tests run Prefect at WARNING
    raw, curated, review, state = tiny_corpus
    (raw / "notes" / "broken.txt").write_bytes(b"caf\xe9\n")
    run = flow_module.ingest_flow(raw=raw, curated=curated, review=review, state=state, return_state=True)
    report = run.result(raise_on_failure=False)
    artifacts, logs = _prefect_records(run.state_details.flow_run_id)
    by_key = {a.key: a for a in artifacts}
    table = by_key[reporting.SUMMARY_KEY]
    assert table.type == "table"
    rows = {r["file"]: r for r in json.loads(table.data)}
    assert rows["notes/a.md"]["supported"] == 1 and rows["notes/a.md"]["contradicted"] == 1
    assert rows["notes/a.md"]["new in queue"] == len(report.queue_new) > 0
    assert "not valid UTF-8" in rows["notes/broken.txt:1"]["could not be read"]  # unreadable, with the reason
    note = by_key[reporting.NOTE_KEY]
    assert note.type == "markdown" and (review / "review.html").resolve().as_uri() in note.data
    summary = [log for log in logs if log.level == logging.INFO and "files parsed" in log.message]
    assert [log.message for log in summary] == [f"1 files parsed, 0 unchanged, 0 removed; 3 claims (1 supported, "
                                                f"1 contradicted, 1 unverified); {len(report.queue_new)} new in the "
                                                "queue; 0 queue rows stored; 1 could not be read"]


def test_a_refused_queue_keeps_its_details_in_the_run_log(
        prefect_harness: None, tiny_corpus: tuple[Path, Path, Path, Path]) -> None:
    raw, curated, review, state = tiny_corpus
    assert flow_module.ingest_flow(raw=raw, curated=curated, review=review, state=state,
                                   return_state=True).is_completed()
    text = (review / "queue.csv").read_text(encoding="utf-8").splitlines()
    text[1] = text[1].replace(",,,,,", ",yes,,,,", 1)  # the decision cell
    (review / "queue.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    run = flow_module.ingest_flow(raw=raw, curated=curated, review=review, state=state, return_state=True)
    assert run.is_failed()
    with pytest.raises(ReviewQueueError, match="row 2"):
        run.result()
    _, logs = _prefect_records(run.state_details.flow_run_id)
    assert any("unknown decision 'yes'" in log.message for log in logs)  # the details stay in Prefect's log


def test_serve_prints_one_line_per_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    monkeypatch.setattr(reporting, "served", lambda: True)
    monkeypatch.setattr(reporting, "get_run_logger", lambda: logging.getLogger("test"))
    made: list[str] = []
    monkeypatch.setattr(reporting, "create_table_artifact", lambda *a, key, **k: made.append(key))
    monkeypatch.setattr(reporting, "create_markdown_artifact", lambda *a, key, **k: made.append(key))
    reporting.announce(IngestReport(parsed=1, facts=0, files=1), tmp_path / "raw", tmp_path / "curated",
                       tmp_path / "review")
    reporting.refused(ReviewQueueError("row 4 (claim c1): unknown decision 'yes'", "review/queue.csv", 4))
    out = capsys.readouterr().out.splitlines()
    assert made == [reporting.SUMMARY_KEY, reporting.NOTE_KEY]
    assert "factledger: run" in out[0] and "1 files parsed" in out[0] and "review.html" in out[0]
    assert "warning: no curated fact was loaded" in out[1]
    assert out[2].endswith("refused, nothing was changed: review/queue.csv:4: row 4 (claim c1): unknown decision "
                           "'yes'")
    assert len(out) == 3


def test_outside_serve_the_cli_prints_the_lines_itself(monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(reporting, "served", lambda: False)
    reporting.refused(ReviewQueueError("bad", "q.csv", 2))
    assert capsys.readouterr().out == ""
