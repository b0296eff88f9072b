"""The distributed engine: the ingest flow on a local Dask cluster of two workers gives the same claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.ingest import ingest_flow
from flows.runners import with_runner

pytest.importorskip("prefect_dask")


def test_no_address_keeps_the_default_runner() -> None:
    assert with_runner(ingest_flow, "") is ingest_flow


def test_dask_cluster_gives_the_same_claims_as_one_process(prefect_harness: None, demo: Path) -> None:
    def run(runner: str, name: str) -> bytes:
        out = demo / name
        flow = with_runner(ingest_flow, runner)
        state = flow(raw=demo / "raw", curated=demo / "curated", review=out / "review", state=out / "state",
                     batch_files=1, return_state=True)
        assert state.is_completed(), state.message
        return (out / "review" / "claims.csv").read_bytes()

    single = run("", "single")
    assert single.count(b"\n") > 20
    assert run("local", "dask") == single
