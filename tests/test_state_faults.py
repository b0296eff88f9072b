"""Faults on the state folder: full, read-only, or holding a Prefect database a killed run left
half-made. Each gives one line naming the path (no traceback); a later run, once the fault is
gone, works.

How the faults are made, unprivileged and as root (CI runs the suite as root, which writes
through permission bits, and cannot mount a small tmpfs in its container):
- a full disk for SQLite: ``PRAGMA max_page_count`` caps the database, and SQLite then fails
  exactly as on a full disk (SQLITE_FULL, "database or disk is full");
- a full disk for files: ``os.fsync`` raises ENOSPC;
- a read-only folder: ``os.open`` for writing raises EROFS and SQLite opens the database with
  ``mode=ro``, as a read-only mount does.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest

import pipeline.state
from flows import settings
from flows.cli import main
from pipeline.ingest import ingest

REPO = Path(__file__).resolve().parent.parent


def _folders(demo: Path) -> list[str]:
    return [f"--{n}={demo / n}" for n in ("raw", "curated", "review", "state")]


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch):
    """Make a folder read-only as a read-only mount would, for this process."""

    def make(folder: Path) -> None:
        folder = folder.resolve()

        def inside(path) -> bool:
            try:
                return Path(os.path.abspath(os.fsdecode(path))).is_relative_to(folder)
            except (TypeError, ValueError):
                return False

        real_open, real_connect = os.open, sqlite3.connect
        writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

        def ro_open(path, flags, mode=0o777, *args, **kwargs):
            if flags & writing and inside(path):
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(path))
            return real_open(path, flags, mode, *args, **kwargs)

        def ro_connect(database, *args, uri: bool = False, **kwargs):
            if not uri and inside(database):
                database, uri = f"file:{urllib.parse.quote(os.fsdecode(database))}?mode=ro", True
            return real_connect(database, *args, uri=uri, **kwargs)

        monkeypatch.setattr(os, "open", ro_open)
        monkeypatch.setattr(sqlite3, "connect", ro_connect)

    return make


@pytest.fixture
def ran(nlp, demo: Path) -> Path:
    ingest(nlp, demo / "raw", demo / "curated", demo / "review", demo / "state")
    return demo


def test_status_reads_a_read_only_state_folder(ran: Path, read_only, capsys: pytest.CaptureFixture[str]) -> None:
    read_only(ran / "state")
    assert main(["status", f"--state={ran / 'state'}"]) == 0
    out = capsys.readouterr().out
    assert "claims: contradicted" in out and "last runs:" in out


@pytest.mark.parametrize("command", ["ingest", "promote"])
def test_a_run_on_a_read_only_state_folder_is_one_line_naming_it(
        ran: Path, read_only, capsys: pytest.CaptureFixture[str], command: str) -> None:
    read_only(ran / "state")
    start = time.monotonic()
    assert main([command, *_folders(ran)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert f"{ran / 'state'}" in err and "Read-only file system" in err
    assert time.monotonic() - start < 10  # refused before Prefect spends half a minute starting


def test_a_full_state_database_names_it_and_a_later_run_works(nlp, demo: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    real = getattr(pipeline.state, "_connect", None) or pytest.fail("no way to reach the connection")

    def capped(path: Path, readonly: bool):
        conn = real(path, readonly)
        conn.execute("PRAGMA max_page_count = 16")  # room for the tables, not for the claims
        return conn

    from pipeline.errors import StateError

    monkeypatch.setattr(pipeline.state, "_connect", capped)
    with pytest.raises(StateError) as exc:
        ingest(nlp, demo / "raw", demo / "curated", demo / "review", demo / "state")
    assert str(exc.value).startswith(f"{demo / 'state' / 'factledger.db'}: the disk is full: free some space")

    monkeypatch.setattr(pipeline.state, "_connect", real)  # space freed
    report = ingest(nlp, demo / "raw", demo / "curated", demo / "review", demo / "state")
    assert not report.errors
    clean = tmp_path / "clean"
    for name in ("raw", "curated"):
        shutil.copytree(demo / name, clean / name)
    ingest(nlp, clean / "raw", clean / "curated", clean / "review", clean / "state")
    assert (demo / "review" / "claims.csv").read_bytes() == (clean / "review" / "claims.csv").read_bytes()


def test_a_full_review_folder_is_one_line_naming_the_file(prefect_harness: None, demo: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    def enospc(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", enospc)
    assert main(["ingest", *_folders(demo), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err == f"factledger: {demo / 'review' / 'claims.csv'}: No space left on device\n"


# --- Prefect's home ----------------------------------------------------------------------


def _release(home: Path) -> None:
    """What the end of the process does: let go of the shared lock on the home."""
    fd = settings._held.pop(str(home.resolve()), None)
    if fd is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _half_made(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "prefect.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # cut short by a full disk


def test_a_home_a_run_left_unfinished_is_rebuilt(tmp_path: Path) -> None:
    home = tmp_path / "state" / "prefect"
    _half_made(home)
    note = settings.prepare_home(home)
    _release(home)
    assert "rebuilt Prefect's database" in note and "left it unfinished" in note
    assert home.is_dir() and list(home.iterdir()) == []
    assert [p.name for p in home.parent.iterdir() if "broken" in p.name] == []  # moved away, then removed


def test_a_home_a_run_finished_with_is_kept_and_another_version_is_rebuilt(tmp_path: Path) -> None:
    home = tmp_path / "prefect"
    _half_made(home)
    settings.mark_ready(home)
    assert settings.prepare_home(home) == "" and (home / "prefect.db").exists()
    _release(home)
    (home / settings.READY).write_text("prefect 3.0.0\n", encoding="utf-8")
    assert "Prefect 3.0.0 used it" in settings.prepare_home(home)
    _release(home)
    assert not (home / "prefect.db").exists()


def test_a_home_in_use_by_another_run_is_left_alone(tmp_path: Path) -> None:
    home = tmp_path / "prefect"
    _half_made(home)  # another process's first run, still migrating
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, os, sys, time\n"
        f"fd = os.open({str(tmp_path / '.prefect.lock')!r}, os.O_RDWR | os.O_CREAT)\n"
        "fcntl.flock(fd, fcntl.LOCK_SH)\nprint('held', flush=True)\ntime.sleep(30)\n")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert settings.prepare_home(home) == ""
        assert (home / "prefect.db").exists()
    finally:
        holder.kill()
        holder.wait()
        _release(home)


def test_an_ingest_after_a_half_made_prefect_database_works(demo: Path) -> None:
    """End to end, with the temporary server a run through Prefect starts: before, every later run
    failed after 60 s and 2,865 lines of errors; now the home is rebuilt and the run goes through."""
    _half_made(demo / "state" / "prefect")
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_HOME")}
    run = subprocess.run([sys.executable, "-m", "flows.cli", "ingest", "--prefect", "always", *_folders(demo)],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "rebuilt Prefect's database in" in run.stderr
    assert (demo / "review" / "claims.csv").exists()
    assert (demo / "state" / "prefect" / settings.READY).read_text(encoding="utf-8").startswith("prefect ")
