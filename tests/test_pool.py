"""pipeline.pool: batches cut evenly, worker processes that give exactly what one process gives."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from pipeline import ingest as steps
from pipeline import pool
from pipeline.errors import FactledgerError
from pipeline.ingest import ingest
from pipeline.verify.verifier import Thresholds

REPO = Path(__file__).resolve().parent.parent


# --- cutting the work ---------------------------------------------------------------------------


@given(n=st.integers(0, 400), batch_files=st.integers(1, 120), workers=st.integers(1, 4))
def test_split_keeps_every_file_in_order_in_even_batches(n: int, batch_files: int, workers: int) -> None:
    paths = [Path(f"f{i:03}.md") for i in range(n)]
    batches = pool.split(paths, batch_files, workers)
    assert [p for b in batches for p in b] == paths
    assert all(1 <= len(b) <= batch_files for b in batches)
    if batches:
        assert max(map(len, batches)) - min(map(len, batches)) <= 1
    if workers > 1:  # no worker idles while another does a last batch (unless every file is a batch)
        assert len(batches) % workers == 0 or len(batches) == n


@pytest.mark.parametrize("n, batch_files, workers, sizes", [
    (300, 25, 1, [25] * 12),
    (300, 40, 1, [38] * 4 + [37] * 4),
    (120, 100, 2, [60, 60]),
    (250, 100, 2, [63, 63, 62, 62]),
    (3, 100, 2, [2, 1]),
])
def test_split_sizes(n: int, batch_files: int, workers: int, sizes: list[int]) -> None:
    assert [len(b) for b in pool.split([Path(str(i)) for i in range(n)], batch_files, workers)] == sizes


def test_a_little_text_stays_in_this_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = []
    for i in range(4):
        paths.append(tmp_path / f"{i}.md")
        paths[-1].write_text("x" * 1000, encoding="utf-8")
    monkeypatch.setattr(pool, "FORK_MIN_BYTES", 10_000)
    monkeypatch.setattr(pool, "SERVER_MIN_BYTES", 10_000)
    assert pool.workers_for(paths, 2) == 1
    assert pool.workers_for(paths, 1) == 1
    monkeypatch.setattr(pool, "FORK_MIN_BYTES", 3_000)
    monkeypatch.setattr(pool, "SERVER_MIN_BYTES", 3_000)
    assert pool.workers_for(paths, 2) == 2
    assert pool.workers_for(paths[:1], 2) == 1  # one file is one batch


def test_semantic_workers_never_fork() -> None:
    assert pool.start_method(semantic=True) != "fork"


# --- the workers' own copies of the facts -------------------------------------------------------


def test_workers_refuse_facts_other_than_the_runs(demo: Path) -> None:
    loaded = steps.load_facts(demo / "curated")
    key = steps.fingerprint(loaded.facts, Thresholds())
    pool._loaded.clear()
    assert pool.loaded_facts(demo / "curated", key, Thresholds()).facts == loaded.facts
    assert pool.loaded_facts(demo / "curated", key, Thresholds()) is pool.loaded_facts(demo / "curated", key,
                                                                                       Thresholds())
    with pytest.raises(FactledgerError, match="changed while the ingest was running"):
        pool.loaded_facts(demo / "curated", "another fingerprint", Thresholds())
    pool._loaded.clear()


# --- worker processes give what one process gives ------------------------------------------------


def _with_bad_file(demo: Path) -> Path:
    (demo / "raw" / "notes" / "broken.txt").write_bytes(b"caf\xe9 au lait\n")
    return demo


def _run(nlp: Language, demo: Path, name: str, workers: int) -> tuple[bytes, list[tuple[str | None, str]]]:
    out = demo / name
    report = ingest(nlp, demo / "raw", demo / "curated", out / "review", out / "state", batch_files=1,
                    workers=workers)
    return (out / "review" / "claims.csv").read_bytes(), [(e.path, e.message) for e in report.errors]


def test_worker_processes_give_byte_identical_claims(nlp: Language, demo: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # In a test process (Prefect's harness runs threads) the workers start from a fork server.
    monkeypatch.setattr(pool, "start_method", lambda semantic: "forkserver")
    monkeypatch.setattr(pool, "SERVER_MIN_BYTES", 0)
    _with_bad_file(demo)
    single, single_errors = _run(nlp, demo, "single", 1)
    assert single.count(b"\n") > 20
    assert single_errors == [("notes/broken.txt", single_errors[0][1])]  # a bad file is named, with its path
    assert _run(nlp, demo, "workers", 2) == (single, single_errors)


FORKED = """
import json, sys
from pathlib import Path
from pipeline import pool
from pipeline.ingest import ingest
from pipeline.nlp import load_nlp
pool.FORK_MIN_BYTES = 0
demo = Path(sys.argv[1])
nlp = load_nlp()
method = pool.start_method(False)
out = {}
for workers in (1, 2):
    ingest(nlp, demo / "raw", demo / "curated", demo / f"r{workers}", demo / f"s{workers}", batch_files=1,
           workers=workers)
    out[workers] = (demo / f"r{workers}" / "claims.csv").read_text(encoding="utf-8")
print(json.dumps({"method": method, "same": out[1] == out[2], "lines": out[1].count("\\n")}))
"""


def test_forked_workers_give_byte_identical_claims(demo: Path) -> None:
    # fork is used only from a single-threaded process: a fresh interpreter, as the CLI is.
    _with_bad_file(demo)
    done = subprocess.run([sys.executable, "-c", FORKED, str(demo)], capture_output=True, text=True, cwd=REPO,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["method"] == "fork" and result["lines"] > 20
    assert result["same"]


def test_an_error_in_a_worker_reaches_the_caller(nlp: Language, demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "start_method", lambda semantic: "forkserver")
    monkeypatch.setattr(pool, "SERVER_MIN_BYTES", 0)
    # This process sees other facts than the workers read from disk (as if an article changed mid-run).
    monkeypatch.setattr(steps, "fingerprint", lambda facts, thresholds: "a fingerprint no worker reproduces")
    with pytest.raises(FactledgerError, match="changed while the ingest was running"):
        ingest(nlp, demo / "raw", demo / "curated", demo / "review", demo / "state", batch_files=1, workers=2)


# --- stopping ---------------------------------------------------------------------------------


class FakeProcess:
    def __init__(self) -> None:
        self.terminated = False

    def terminate(self) -> None:
        self.terminated = True


class FakeExecutor:
    def __init__(self) -> None:
        self._processes = {1: FakeProcess(), 2: FakeProcess()}
        self.shutdowns: list[tuple[bool, bool]] = []

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        self.shutdowns.append((wait, cancel_futures))


@pytest.mark.parametrize("error, terminated", [
    (None, False),  # a run that ends well waits for nothing: every batch is done
    (KeyboardInterrupt(), True),
    (FactledgerError("a batch failed"), True),
])
def test_an_interrupted_run_stops_its_workers_instead_of_waiting(demo: Path, error: BaseException | None,
                                                                 terminated: bool) -> None:
    runner = pool.BatchRunner(2, steps.load_facts(demo / "curated"), demo / "curated", "key")
    fake = FakeExecutor()
    runner._pool = fake  # type: ignore[assignment]
    runner.__exit__(type(error) if error else None, error, None)
    assert [p.terminated for p in fake._processes.values()] == [terminated, terminated]
    assert fake.shutdowns == [(True, True)] and runner._pool is None


ORPHAN = """
import multiprocessing, os, sys, time
from pipeline import pool

def child():
    pool._follow_parent(os.getppid(), every=0.05)
    time.sleep(120)

if __name__ == "__main__":
    worker = multiprocessing.get_context("fork").Process(target=child)
    worker.start()
    print(worker.pid, flush=True)
    time.sleep(120)
"""


def test_a_worker_ends_when_its_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "orphan.py"
    script.write_text(ORPHAN, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    worker = 0
    try:
        worker = int(parent.stdout.readline())  # type: ignore[union-attr]
        assert _alive(worker)
        parent.kill()  # SIGKILL: no clean-up of any kind in the parent
        parent.wait()
        for _ in range(200):  # the worker checks twenty times a second; give it up to 20 s on a busy machine
            if not _alive(worker):
                break
            time.sleep(0.1)
        assert not _alive(worker)
    finally:
        parent.kill()
        if worker and _alive(worker):
            os.kill(worker, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False
