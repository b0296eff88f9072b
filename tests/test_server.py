"""`factledger serve`: a real Prefect server, the deployment with its cron schedule, a triggered run."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from flows.server import healthy

DEPLOYMENT = "factledger-ingest"
CRON = "0 3 * * 1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


RETRYABLE = {429, 502, 503}


def _api(url: str, body: dict | None = None, patience: float = 60.0) -> object:
    """One API call, retried the way Prefect's own client retries.

    On SQLite the server answers 503 while its scheduler holds the database lock (CI saw it
    on a 2-core runner); that is its way of saying "try again", not a failure of ours.
    """
    req = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Content-Type": "application/json"},
                                 method="POST" if body is not None else "GET")
    deadline = time.monotonic() + patience
    delay = 0.5
    while True:
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return json.loads(resp.read())
        except urllib.error.HTTPError as exc:
            if exc.code not in RETRYABLE or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 8.0)


def _wait(what: str, check, timeout: float) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def test_healthy_is_false_where_nothing_listens() -> None:
    assert not healthy(f"http://127.0.0.1:{_free_port()}/api")


def _serve(demo: Path, port: int) -> subprocess.Popen:
    """``factledger serve`` in its own session, its output appended to demo/serve.log."""
    # factledger's own Prefect settings (the tests run Prefect at WARNING): run logs at INFO to the API
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_LOGGING_LEVEL")}
    env["PREFECT_HOME"] = str(demo / "home")
    env["PREFECT_UI_ENABLED"] = "false"
    folders = [f"--{n}={demo / n}" for n in ("raw", "curated", "review", "state")]
    with open(demo / "serve.log", "ab") as log:
        return subprocess.Popen([sys.executable, "-m", "flows.cli", "serve", *folders, "--port", str(port),
                                 "--cron", CRON], env=env, stdout=log, stderr=subprocess.STDOUT,
                                cwd=Path(__file__).resolve().parent.parent, start_new_session=True)


def _kill_all(port: int, *procs: subprocess.Popen) -> None:
    """Whatever happened, leave nothing running: the serve processes' groups and any server on the port."""
    import psutil

    groups = {p.pid for p in procs if p.poll() is None}
    for p in psutil.process_iter(["cmdline"]):
        cmd = p.info["cmdline"] or []
        if "server" in cmd and "--port" in cmd and str(port) in cmd:
            groups.add(os.getpgid(p.pid))
    for g in groups:
        try:
            os.killpg(g, signal.SIGKILL)
        except ProcessLookupError:
            pass
    for p in procs:
        p.wait()


def _deployment(api: str) -> dict:
    return _wait("the deployment", lambda: next(iter(_api(f"{api}/deployments/filter", {}) if healthy(api) else []),
                                                 None), 120)


def test_serve_runs_on_schedule_outlives_a_kill_and_stops_within_5s(demo: Path) -> None:
    """One server start per phase (each costs ~15 s): the schedule and a triggered run; a `kill -9`
    of serve, whose server keeps the port, and a second serve that replaces that stale server;
    SIGTERM to it in the middle of a run."""
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    first, second = _serve(demo, port), None
    try:
        deployment = _deployment(api)
        assert deployment["name"] == DEPLOYMENT
        assert [s["schedule"]["cron"] for s in deployment["schedules"]] == [CRON]
        assert deployment["parameters"]["review"] == str(demo / "review")
        run = _api(f"{api}/deployments/{deployment['id']}/create_flow_run", {})
        final = _wait("the triggered run", lambda: (lambda r: r if r["state_type"] in (
            "COMPLETED", "FAILED", "CRASHED") else None)(_api(f"{api}/flow_runs/{run['id']}")), 180)
        assert final["state_type"] == "COMPLETED", (demo / "serve.log").read_text()
        assert (demo / "review" / "queue.csv").stat().st_size > 0
        assert (demo / "review" / "claims.csv").read_text().count("\n") > 20
        # serve's console: one line for the run; the run page: its artifacts and its summary line
        line = _wait("serve's line for the run", lambda: [ln for ln in (demo / "serve.log").read_text().splitlines()
                                                          if f"run {final['name']}:" in ln], 30)
        assert len(line) == 1 and "3 files parsed" in line[0] and "review.html" in line[0], line
        artifacts = _api(f"{api}/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [run["id"]]}}})
        assert sorted((a["key"], a["type"]) for a in artifacts) == [
            ("factledger-review-files", "markdown"), ("factledger-run-summary", "table")]
        logs = _wait("the run's summary line", lambda: [g["message"] for g in _api(
            f"{api}/logs/filter", {"logs": {"flow_run_id": {"any_": [run["id"]]}, "level": {"ge_": 20}}})
            if "new in the queue" in g["message"]], 30)
        assert logs == [line[0].split(f"run {final['name']}: ")[1].split("; review page")[0]]

        # An ingest from the command line (no PREFECT_API_URL) finds the server serve started
        # and runs its flow there, where it shows beside the scheduled runs.
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        env["PREFECT_HOME"] = str(demo / "home")
        folders = [f"--{n}={demo / n}" for n in ("raw", "curated", "review", "state")]
        (demo / "raw" / "notes" / "extra.md").write_text("Apollo 12 landed on the Moon in November 1969.\n",
                                                        encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "flows.cli", "ingest", *folders], env=env, capture_output=True,
                              text=True, cwd=Path(__file__).resolve().parent.parent, timeout=300)
        assert done.returncode == 0, done.stderr
        assert f"(Prefect flow on {api})" in done.stdout
        runs = _api(f"{api}/flow_runs/filter", {})
        assert [(r["state_type"], r["parameters"]["review"]) for r in runs if not r["deployment_id"]] == [
            ("COMPLETED", str(demo / "review"))]

        # kill -9: the server, in its own session, outlives serve and holds the port
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
        assert healthy(api)
        second = _serve(demo, port)
        _wait("the second serve", lambda: second.poll() is not None or
              (demo / "serve.log").read_text().count("factledger: serving") == 2, 120)
        log = (demo / "serve.log").read_text()
        assert second.poll() is None, log  # it did not refuse to start
        assert "stopping the Prefect server (pid" in log and f"a killed serve left on port {port}" in log
        deployment = _deployment(api)  # served again, on the same port

        # SIGTERM in the middle of a run: serve, its run and its server are gone within 5 s
        for k in range(30):  # enough new files that the run parses for a while
            shutil.copytree(demo / "raw" / "notes", demo / "raw" / f"more-{k}")
        run = _api(f"{api}/deployments/{deployment['id']}/create_flow_run", {})
        _wait("the run to start", lambda: _api(f"{api}/flow_runs/{run['id']}")["state_type"] == "RUNNING", 120)
        time.sleep(2)
        assert _api(f"{api}/flow_runs/{run['id']}")["state_type"] == "RUNNING"
        sent = time.monotonic()
        os.kill(second.pid, signal.SIGTERM)
        second.wait(timeout=60)
        took = time.monotonic() - sent
    finally:
        _kill_all(port, first, *([second] if second else []))
    assert took < 5, f"serve took {took:.1f}s to stop"
    assert not healthy(api), "the server started by serve must stop with it"
    log = (demo / "serve.log").read_text()
    assert "Connection refused" not in log and "Traceback" not in log, log[-3000:]
    assert "Warning" not in log and "never awaited" not in log and "Crash detected" not in log, log[-3000:]
    with pytest.raises(ProcessLookupError):
        os.killpg(second.pid, 0)  # no flow-run process of serve's left behind


def test_ctrl_c_stops_serve_within_5s_without_warnings(demo: Path) -> None:
    """Ctrl-C in a terminal sends SIGINT to serve's whole process group (its flow-run processes too),
    in the middle of a run; it once took over 20 s and printed a RuntimeWarning."""
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    serve = _serve(demo, port)
    try:
        deployment = _deployment(api)
        for k in range(30):
            shutil.copytree(demo / "raw" / "notes", demo / "raw" / f"more-{k}")
        run = _api(f"{api}/deployments/{deployment['id']}/create_flow_run", {})
        _wait("the run to start", lambda: _api(f"{api}/flow_runs/{run['id']}")["state_type"] == "RUNNING", 120)
        time.sleep(2)
        sent = time.monotonic()
        os.killpg(serve.pid, signal.SIGINT)
        serve.wait(timeout=60)
        took = time.monotonic() - sent
    finally:
        _kill_all(port, serve)
    assert took < 5, f"serve took {took:.1f}s to stop"
    assert serve.returncode == 130 and not healthy(api)
    log = (demo / "serve.log").read_text()
    assert "SIGINT: stopping the runs and the server" in log
    for noise in ("Traceback", "Warning", "never awaited", "Crash detected", "KeyboardInterrupt"):
        assert noise not in log, log[-3000:]
