"""pipeline.lock: one run at a time per state folder, released when its process dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pipeline.errors import RunInProgressError
from pipeline.lock import run_lock

REPO = Path(__file__).resolve().parent.parent

# Takes the lock, says so, then sleeps until killed.
HOLDER = """
import sys, time
from pathlib import Path
from pipeline.lock import run_lock
with run_lock(Path(sys.argv[1]), "ingest"):
    print("locked", flush=True)
    time.sleep(120)
"""


def _holder(state: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(state)], stdout=subprocess.PIPE, text=True,
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.stdout is not None
    assert proc.stdout.readline() == "locked\n"
    return proc


def test_lock_creates_state_folder(tmp_path: Path) -> None:
    state = tmp_path / "new" / "state"
    with run_lock(state, "ingest"):
        assert (state / "lock").read_text() == f"ingest (pid {os.getpid()})"


def test_second_holder_is_refused_and_told_who_holds_it(tmp_path: Path) -> None:
    # flock belongs to the open file description, so a second open in this process conflicts too
    with run_lock(tmp_path, "ingest"):
        with pytest.raises(RunInProgressError) as exc, run_lock(tmp_path, "promote", wait_seconds=0):
            pytest.fail("the second run got the lock")
        assert f"ingest (pid {os.getpid()}) is in progress" in exc.value.message
        assert exc.value.path == str(tmp_path)
        # the refused attempt does not disturb the holder's record
        assert (tmp_path / "lock").read_text() == f"ingest (pid {os.getpid()})"
    with run_lock(tmp_path, "promote"):  # free again once the first run ends
        assert (tmp_path / "lock").read_text() == f"promote (pid {os.getpid()})"


def test_refused_after_short_wait(tmp_path: Path) -> None:
    with run_lock(tmp_path, "ingest"):
        start = time.monotonic()
        with pytest.raises(RunInProgressError), run_lock(tmp_path, "promote", wait_seconds=0.5):
            pass
        assert 0.5 <= time.monotonic() - start < 5


def test_waiter_gets_the_lock_when_released(tmp_path: Path) -> None:
    taken, release, released_at = threading.Event(), threading.Event(), []

    def first() -> None:
        with run_lock(tmp_path, "ingest"):
            taken.set()
            release.wait(10)
            released_at.append(time.monotonic())

    thread = threading.Thread(target=first)
    thread.start()
    try:
        assert taken.wait(10)
        threading.Timer(0.5, release.set).start()
        with run_lock(tmp_path, "promote", wait_seconds=10):
            got_at = time.monotonic()
            assert (tmp_path / "lock").read_text() == f"promote (pid {os.getpid()})"
    finally:
        release.set()
        thread.join(10)
    assert got_at >= released_at[0]  # not before the first holder let go


def test_lock_released_when_body_raises(tmp_path: Path) -> None:
    with pytest.raises(ValueError), run_lock(tmp_path, "ingest"):
        raise ValueError("run failed")
    with run_lock(tmp_path, "promote", wait_seconds=0):
        pass


def test_other_process_holds_the_lock(tmp_path: Path) -> None:
    proc = _holder(tmp_path)
    try:
        with pytest.raises(RunInProgressError, match=rf"ingest \(pid {proc.pid}\) is in progress"), \
                run_lock(tmp_path, "promote"):
            pass
    finally:
        proc.kill()
        proc.wait(10)


def test_lock_released_when_holder_is_killed(tmp_path: Path) -> None:
    proc = _holder(tmp_path)
    os.kill(proc.pid, signal.SIGKILL)  # no finally, no atexit: only the OS can let go
    assert proc.wait(10) == -signal.SIGKILL
    with run_lock(tmp_path, "promote", wait_seconds=0):
        assert (tmp_path / "lock").read_text() == f"promote (pid {os.getpid()})"


def test_waiter_gets_the_lock_when_holder_is_killed(tmp_path: Path) -> None:
    proc = _holder(tmp_path)
    threading.Timer(0.5, os.kill, (proc.pid, signal.SIGKILL)).start()
    try:
        with run_lock(tmp_path, "promote", wait_seconds=20):
            assert proc.poll() is not None or proc.wait(10) is not None
    finally:
        proc.kill()
        proc.wait(10)
