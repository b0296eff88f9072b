"""flows.settings: analytics off wherever factledger starts Prefect; user errors off the console, not the API."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows import settings
from pipeline.errors import ReviewQueueError

REPO = Path(__file__).resolve().parent.parent


def test_configure_prefect_turns_analytics_off_and_keeps_the_console_quiet(tmp_path: Path) -> None:
    code = ("import json, os, sys; from pathlib import Path; from flows.settings import configure_prefect; "
            "configure_prefect(Path(sys.argv[1])); "
            "from prefect._internal.analytics import is_telemetry_enabled; "
            "print(json.dumps({'env': {k: os.environ.get(k) for k in ('DO_NOT_TRACK', "
            "'PREFECT_SERVER_ANALYTICS_ENABLED', 'PREFECT_LOGGING_LEVEL', 'PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL')}, "
            "'telemetry': is_telemetry_enabled()}))")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "DO_NOT_TRACK", "CI", "GITHUB_"))}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "state")], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out == {"env": {"DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                           "PREFECT_LOGGING_LEVEL": "INFO", "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING"},
                   "telemetry": False}  # no usage data, and so no first-run notice either
    assert "usage" not in done.stderr.lower() and "telemetry" not in done.stderr.lower()


def _record(message: str, exc: BaseException | None = None, **extra: object) -> logging.LogRecord:
    record = logging.LogRecord("prefect.flow_runs", logging.ERROR, __file__, 1, message, (),
                               (type(exc), exc, None) if exc else None)
    record.__dict__.update(extra)
    return record


@pytest.mark.parametrize("record, shown", [
    (_record("Task run failed", ReviewQueueError("row 4: unknown decision 'yes'", "queue.csv", 4)), False),
    (_record("Finished in state Failed('Flow run encountered an exception: ReviewQueueError(...)')"), False),
    (_record("Task run failed", OSError(28, "No space left on device")), False),
    (_record("Crash detected! Execution was aborted by a termination signal."), False),  # serve stopping its run
    (_record("1 files parsed", **{settings.SHOWN: True}), False),  # printed by factledger itself
    (_record("Task run failed", ZeroDivisionError("a bug")), True),  # a bug keeps its traceback
    (_record("Something Prefect wants you to see"), True),
])
def test_expected_failures(record: logging.LogRecord, shown: bool) -> None:
    assert settings.ExpectedFailures().filter(record) is shown


def test_the_filter_sits_on_the_console_only(prefect_harness: None) -> None:
    import prefect.main  # noqa: F401  (configures Prefect's logging, as any flow run does)
    from prefect.logging.handlers import APILogHandler, PrefectConsoleHandler

    console = PrefectConsoleHandler()  # on the root logger outside pytest, which keeps its own there
    logging.getLogger("prefect").addHandler(console)
    try:
        settings.quiet_expected_failures()
        assert any(isinstance(f, settings.ExpectedFailures) for f in console.filters)
    finally:
        logging.getLogger("prefect").removeHandler(console)
    api = [h for h in logging.getLogger("prefect.flow_runs").handlers if isinstance(h, APILogHandler)]
    assert api and not any(h.filters for h in api)  # the run's log in Prefect keeps the details
    assert not any(isinstance(f, settings.ExpectedFailures) for f in logging.getLogger("prefect.flow_runs").filters)
