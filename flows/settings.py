"""Prefect's settings, fixed before Prefect is imported: state under the project, quiet console, no analytics.

Run logs reach Prefect's API (the UI's log tab) from INFO up, while the console shows Prefect's
warnings and errors only: factledger prints its own summary. Analytics are off on both sides:
the server's (``PREFECT_SERVER_ANALYTICS_ENABLED``) and the client's usage data and its
first-run notice (``DO_NOT_TRACK``, which Prefect's SDK honours).

Prefect keeps the temporary server's database in ``STATE/prefect`` (``PREFECT_HOME``). That
database only holds the history of the temporary server's runs; factledger's own state is in
``STATE/factledger.db``. Prefect migrates it the first time it starts, and a migration cut short
(a full disk, a kill) leaves it half-migrated: every later run then failed after a minute of
errors. So the home is marked ready only after a run that got through, and a home with a
database but no mark for this Prefect version is rebuilt (moved away) before Prefect starts.
A shared lock held while a process uses the home keeps one run from rebuilding it under another.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import time
from pathlib import Path

from pipeline.errors import FactledgerError

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "INFO",
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "60",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "DASK_LOGGING__DISTRIBUTED": "error",
}
READY = ".factledger-ready"
"""In the Prefect home: the Prefect version that last finished a run with it."""
DATABASE = "prefect.db"
_held: dict[str, int] = {}
"""Prefect homes this process uses: their lock file's descriptor (the shared lock lasts as long)."""


def prefect_version() -> str:
    from importlib.metadata import version  # not `import prefect`: that reads the settings too early

    return version("prefect")


def _lock(home: Path) -> tuple[int, bool]:
    """A shared lock on the home for this process's lifetime; True when no other process uses it
    (the lock could be taken exclusively first), so it may be rebuilt."""
    fd = os.open(home.parent / f".{home.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        alone = True
    except BlockingIOError:
        alone = False
    return fd, alone


def prepare_home(home: Path) -> str:
    """Make ``home`` fit for Prefect; returns a line saying what was rebuilt ("" when nothing was).

    A home with a database that no run with this Prefect version finished (``READY`` absent or
    naming another version) is moved to ``.prefect-broken-<time>`` beside it and removed, unless
    another process uses it right now.
    """
    home.parent.mkdir(parents=True, exist_ok=True)
    key = str(home.resolve())
    if key in _held:
        return ""
    fd, alone = _lock(home)
    note = ""
    try:
        marker = home / READY
        ready = marker.read_text(encoding="utf-8").strip() if marker.exists() else ""
        if alone and (home / DATABASE).exists() and ready != f"prefect {prefect_version()}":
            broken = home.parent / f".{home.name}-broken-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
            os.rename(home, broken)  # atomic: Prefect never sees a half-removed home
            shutil.rmtree(broken, ignore_errors=True)
            why = f"an earlier run of Prefect {ready.split()[-1]} used it" if ready else "an earlier run left it unfinished"
            note = f"rebuilt Prefect's database in {home} ({why}; it holds only the temporary server's run history)"
        home.mkdir(parents=True, exist_ok=True)
    finally:
        fcntl.flock(fd, fcntl.LOCK_SH)  # keep using it; others may use it too, none may rebuild it
    _held[key] = fd
    return note


def mark_ready(home: Path) -> None:
    """A run got through with this home: its database is whole (written atomically)."""
    tmp = home / f"{READY}.{os.getpid()}.tmp"
    try:
        tmp.write_text(f"prefect {prefect_version()}\n", encoding="utf-8")
        os.replace(tmp, home / READY)
    except OSError:
        tmp.unlink(missing_ok=True)  # a full disk: the home is rebuilt next time, which costs nothing


def mark_unready(home: Path) -> None:
    """Prefect could not start with this home: rebuild it on the next run."""
    try:
        (home / READY).unlink(missing_ok=True)
    except OSError:
        pass


def own_home(state: Path) -> Path | None:
    """``STATE/prefect`` when factledger chose the Prefect home (not the user's PREFECT_HOME)."""
    home = (state / "prefect").resolve()
    return home if os.environ.get("PREFECT_HOME") == str(home) else None


def configure_prefect(state: Path) -> str:
    """Point ``PREFECT_HOME`` at ``STATE/prefect`` unless the user set one; quiet defaults.

    Returns a line to show when the home had to be rebuilt (see ``prepare_home``).
    """
    state.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_HOME", str((state / "prefect").resolve()))
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
    home = own_home(state)
    return prepare_home(home) if home is not None else ""


def _subclass_names(cls: type) -> set[str]:
    return {cls.__name__}.union(*(_subclass_names(c) for c in cls.__subclasses__()))


SHOWN = "factledger_shown"
"""A log record with this attribute set is one factledger prints itself: the console filter drops it."""


class ExpectedFailures(logging.Filter):
    """Drops, on the console, Prefect's report (a traceback, a "Finished in state Failed" line) of a
    failure the CLI reports itself in one line naming the file: factledger's named errors and OS
    errors (a full disk); a run stopped by ``serve`` stopping; and the lines factledger prints itself
    (``SHOWN``). Anything else, a bug, still shows its traceback. Prefect's API (the run's logs in
    the UI) keeps everything."""

    def __init__(self) -> None:
        super().__init__()
        self.names = _subclass_names(FactledgerError) | _subclass_names(OSError)

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, SHOWN, False):
            return False
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None:
            return not isinstance(exc, (FactledgerError, OSError))
        message = record.getMessage()
        if "aborted by a termination signal" in message or "aborted by an interrupt signal" in message:
            return False  # `serve` stopping its runs (it says so itself); the run is marked crashed
        return not any(f"exception {name}:" in message or f"exception: {name}(" in message for name in self.names)


def console_handlers() -> list[logging.Handler]:
    """Prefect's console handlers (on the root logger, from its logging config), not its API handler."""
    from prefect.logging.handlers import PrefectConsoleHandler

    seen: list[logging.Handler] = []
    for name in ("", "prefect", "prefect.flow_runs", "prefect.task_runs"):
        for h in logging.getLogger(name).handlers:
            if isinstance(h, PrefectConsoleHandler) and h not in seen:
                seen.append(h)
    return seen


def quiet_expected_failures() -> None:
    """Install ``ExpectedFailures`` on the console handlers (after Prefect configured its logging),
    so that the API handler, and with it the run's logs in the UI, keeps the details."""
    for handler in console_handlers():
        if not any(isinstance(f, ExpectedFailures) for f in handler.filters):
            handler.addFilter(ExpectedFailures())
