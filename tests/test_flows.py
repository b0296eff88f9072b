"""The ingest flow: tasks wrap library calls; one real flow run under the Prefect test harness."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from flows import ingest as flow_module
from pipeline.errors import ReviewQueueError
from pipeline.state import StateStore


def test_flow_and_tasks_import() -> None:
    assert flow_module.ingest_flow.name == "factledger-ingest"
    for t in (flow_module.load_facts, flow_module.plan, flow_module.process_batch, flow_module.save_batch,
              flow_module.merge_queue, flow_module.finish):
        assert callable(t.fn)


def test_task_bodies_run_without_prefect(tiny_corpus: tuple[Path, Path, Path, Path]) -> None:
    raw, curated, review, state = tiny_corpus
    loaded = flow_module.load_facts.fn(curated)
    assert loaded.articles == ("tiny",) and len(loaded.index.facts) == 2
    todo = flow_module.plan.fn(state, raw)
    assert [p.name for p in todo.changed] == ["a.md"]
    key = flow_module.steps.fingerprint(loaded.facts, flow_module.Thresholds())
    result = flow_module.process_batch.fn(raw, list(todo.changed), curated, key, flow_module.Thresholds(), True, state)
    verdicts = {c.text.split(":")[0]: result.matches[c.claim_id].verdict for c in result.claims}
    assert verdicts["2015"] == "supported"
    assert verdicts["2019"] == "contradicted"  # 2019 vs 2020


def test_flow_run_completes_and_reruns_incrementally(
        prefect_harness: None, tiny_corpus: tuple[Path, Path, Path, Path]) -> None:
    raw, curated, review, state = tiny_corpus
    first = flow_module.ingest_flow(raw=raw, curated=curated, review=review, state=state, return_state=True)
    assert first.is_completed(), first.message
    report = first.result()
    assert report.parsed == 1 and not report.errors
    claims = pd.read_csv(review / "claims.csv")
    assert set(claims["verdict"]) == {"supported", "contradicted", "unverified"}
    assert set(pd.read_csv(review / "queue.csv")["verdict"]) <= {"contradicted", "unverified"}

    again = flow_module.ingest_flow(raw=raw, curated=curated, review=review, state=state, return_state=True)
    assert again.is_completed()
    assert (again.result().parsed, again.result().written) == (0, [])  # nothing changed, nothing rewritten
    with StateStore(state) as store:
        assert [r["status"] for r in store.runs()] == ["ok", "ok"]


def test_flow_ends_failed_on_bad_input_but_writes_good_files(
        prefect_harness: None, tiny_corpus: tuple[Path, Path, Path, Path]) -> None:
    raw, curated, review, state = tiny_corpus
    (raw / "notes" / "broken.txt").write_bytes(b"caf\xe9 au lait\n")
    run = flow_module.ingest_flow(raw=raw, curated=curated, review=review, state=state, return_state=True)
    assert run.is_failed()
    report = run.result(raise_on_failure=False)
    assert [e.path for e in report.errors] == ["notes/broken.txt"]
    assert set(pd.read_csv(review / "claims.csv")["source"]) == {"notes/a.md"}


def test_flow_refuses_a_queue_with_an_unknown_decision(
        prefect_harness: None, tiny_corpus: tuple[Path, Path, Path, Path]) -> None:
    raw, curated, review, state = tiny_corpus
    assert flow_module.ingest_flow(raw=raw, curated=curated, review=review, state=state,
                                   return_state=True).is_completed()
    queue = pd.read_csv(review / "queue.csv", dtype=str, keep_default_na=False)
    queue.loc[0, "decision"] = "maybe"
    queue.to_csv(review / "queue.csv", index=False)
    before = (review / "queue.csv").read_bytes()
    run = flow_module.ingest_flow(raw=raw, curated=curated, review=review, state=state, return_state=True)
    assert run.is_failed()
    with pytest.raises(ReviewQueueError, match="row 2"):
        run.result()
    assert (review / "queue.csv").read_bytes() == before  # the reviewer's file is left as it was


def test_flow_on_worker_processes_gives_the_claims_of_one_process(prefect_harness: None, demo: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline import ingest as steps
    from pipeline import pool

    monkeypatch.setattr(pool, "SERVER_MIN_BYTES", 0)  # the demo corpus is small: use the workers anyway
    monkeypatch.setattr(pool, "FORK_MIN_BYTES", 0)
    rejudged: list[int] = []
    real = steps.reverify
    monkeypatch.setattr(steps, "reverify", lambda *a, **k: rejudged.append(1) or real(*a, **k))
    on_workers: list[bool] = []
    real_run = pool.BatchRunner.run

    def run_batch(self, job):
        on_workers.append(self._pool is not None)
        return real_run(self, job)

    monkeypatch.setattr(pool.BatchRunner, "run", run_batch)

    def run(workers: int) -> bytes:
        out = demo / f"w{workers}"
        state = flow_module.ingest_flow(raw=demo / "raw", curated=demo / "curated", review=out / "review",
                                        state=out / "state", batch_files=1, workers=workers, return_state=True)
        assert state.is_completed(), state.message
        assert state.result().parsed == 3
        return (out / "review" / "claims.csv").read_bytes()

    single = run(1)
    assert single.count(b"\n") > 20
    assert on_workers == []  # one worker: the batch tasks parse in the flow's own process
    assert run(2) == single
    assert on_workers == [True] * 3  # each batch task handed its batch to a worker process
    assert rejudged == []  # first runs: every batch was verified as it was parsed


def test_flow_run_enables_the_clis_shortcut(
        prefect_harness: None, tmp_path: Path, tiny_corpus: tuple[Path, Path, Path, Path]) -> None:
    from pipeline import changes

    raw, curated, review, state = tiny_corpus
    config = tmp_path / "factledger.yaml"
    config.write_text("thresholds:\n  semantic_act: 0.8\n", encoding="utf-8")
    assert flow_module.ingest_flow(raw=raw, curated=curated, review=review, state=state, config=config,
                                   return_state=True).is_completed()
    key = changes.inputs_key(curated, config, None)
    report = changes.unchanged_run(raw, review, state, key)
    assert report is not None and report.unchanged == 1
    assert changes.unchanged_run(raw, review, state, changes.inputs_key(curated, config, True)) is None
