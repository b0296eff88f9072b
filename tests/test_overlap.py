"""Overlapping runs on one state folder: the second one says a run is in progress; nothing is mixed up."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.errors import RunInProgressError
from pipeline.ingest import ingest
from pipeline.lock import run_lock
from pipeline.promote import promote

REPO = Path(__file__).resolve().parent.parent
HOLD = """
import sys, time
from pathlib import Path
sys.path.insert(0, {repo!r})
from pipeline.lock import run_lock
with run_lock(Path({state!r}), "ingest"):
    print("locked", flush=True)
    time.sleep(30)
"""


@pytest.fixture
def held(demo: Path):
    """Another process in the middle of a run on demo/state."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD.format(repo=str(REPO), state=str(demo / "state"))],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    proc.kill()
    proc.wait()


def test_ingest_during_another_run_says_so_and_writes_nothing(nlp, demo: Path, held) -> None:
    with pytest.raises(RunInProgressError, match=r"ingest \(pid \d+\) is in progress"):
        ingest(nlp, demo / "raw", demo / "curated", demo / "review", demo / "state")
    assert not (demo / "review").exists()


def test_promote_during_an_ingest_says_so(demo: Path, held) -> None:
    with pytest.raises(RunInProgressError):
        promote(demo / "curated", demo / "review", demo / "state")


def test_a_waiting_run_goes_ahead_when_the_first_ends(demo: Path, held) -> None:
    held.kill()  # the holder dies: the OS drops its lock at once
    held.wait()
    start = time.monotonic()
    with run_lock(demo / "state", "ingest", wait_seconds=10):
        pass
    assert time.monotonic() - start < 5


def test_two_ingests_at_once_give_the_result_of_one(demo: Path, tmp_path: Path) -> None:
    code = ("import sys; sys.path.insert(0, {repo!r});"
            "from pathlib import Path; from pipeline.nlp import load_nlp; from pipeline.ingest import ingest;"
            "from pipeline.errors import RunInProgressError\n"
            "try:\n    ingest(load_nlp(), Path({d!r})/'raw', Path({d!r})/'curated', Path({d!r})/'review', Path({d!r})/'state')\n"
            "except RunInProgressError as e:\n    print('busy', e); sys.exit(3)\n")
    cmd = [sys.executable, "-c", code.format(repo=str(REPO), d=str(demo))]
    runs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    codes = sorted(p.wait() for p in runs)
    assert codes[0] == 0 and codes[1] in (0, 3)  # one ran; the other ran after it or said it was busy
    claims = (demo / "review" / "claims.csv").read_bytes()

    alone = tmp_path / "alone"
    for name in ("raw", "curated"):
        shutil.copytree(demo / name, alone / name)
    single = subprocess.run([sys.executable, "-c", code.format(repo=str(REPO), d=str(alone))])
    assert single.returncode == 0
    assert (alone / "review" / "claims.csv").read_bytes() == claims
