"""A Prefect server for ``factledger serve``: schedules need one, the temporary server cannot run them.

The server runs in its own session, so a ``kill -9`` of ``serve`` leaves it running and holding
the port. ``start_server`` records who started it (``STATE/prefect-server/server.json``); a server
found answering on the port whose recorded owner is dead is stale: it is stopped and replaced.
``stop_everything`` is what ``serve`` does on SIGTERM or Ctrl-C, within ``STOP_SECONDS``: the
flow runs it started are stopped (an interrupted ingest resumes on the next run; its finished
batches are kept) and marked crashed, then the server is stopped.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import psutil

from pipeline.errors import FactledgerError

from .settings import mark_ready, prepare_home

STOP_SECONDS = 5.0
"""``serve`` is gone this long after SIGTERM, whatever it was doing."""
RECORD = "server.json"


@dataclass
class LocalServer:
    """``prefect server start`` on 127.0.0.1, with its database under the state folder."""

    process: subprocess.Popen
    url: str
    log: Path
    record: Path | None = None

    def stop(self, seconds: float = STOP_SECONDS - 1) -> None:
        """Stop the server and everything it started (it runs in its own process group), within ``seconds``."""
        stop_group(self.process.pid, seconds, self.process)
        if self.record is not None:
            self.record.unlink(missing_ok=True)


def stop_group(pgid: int, seconds: float, process: subprocess.Popen | None = None) -> None:
    """SIGINT to a process group (uvicorn then shuts down cleanly), SIGKILL what is left after ``seconds``."""
    for sig, wait in ((signal.SIGINT, seconds), (signal.SIGKILL, 1.0)):
        try:
            os.killpg(pgid, sig)
        except (ProcessLookupError, PermissionError):
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if process is not None:
                process.poll()  # reap the leader, or it stays a zombie and the group looks alive
            try:
                os.killpg(pgid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)


def _alive(pid: int, started: float) -> bool:
    """Is the process that had ``pid`` and started at ``started`` still running (not a reused pid)?"""
    try:
        p = psutil.Process(pid)
        return abs(p.create_time() - started) < 1 and p.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _stale(home: Path, port: int) -> int | None:
    """The process group of a server on ``port`` that an earlier ``serve``, now dead, started; else None."""
    try:
        rec = json.loads((home / RECORD).read_text(encoding="utf-8"))
        if rec["port"] != port or _alive(rec["owner"], rec["owner_started"]):
            return None
        server = psutil.Process(rec["pid"])
        if abs(server.create_time() - rec["started"]) >= 1 or "server" not in server.cmdline():
            return None
    except (OSError, ValueError, KeyError, TypeError, psutil.Error):
        return None
    return rec["pid"]


def healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def start_server(state: Path, port: int, timeout: float = 90.0, say=print) -> LocalServer:
    """Start a server and wait until it answers; its own PREFECT_HOME keeps it apart from CLI runs.

    A server on the port left by a ``serve`` that was killed is stopped first (``say`` tells so).
    """
    api_url = f"http://127.0.0.1:{port}/api"
    home = (state / "prefect-server").resolve()
    if healthy(api_url):
        stale = _stale(home, port)
        if stale is None:
            raise FactledgerError(f"a server already answers at {api_url}; set PREFECT_API_URL to use it, "
                                  "or choose another --port")
        say(f"factledger: stopping the Prefect server (pid {stale}) a killed serve left on port {port}", flush=True)
        stop_group(stale, STOP_SECONDS)
        deadline = time.monotonic() + 10
        while healthy(api_url) and time.monotonic() < deadline:
            time.sleep(0.2)
    note = prepare_home(home)  # a database left half-migrated by a full disk is rebuilt
    if note:
        say(f"factledger: {note}", flush=True)
    log = home / "server.log"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": api_url,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": os.environ.get("PREFECT_UI_ENABLED", "true")}
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    record = home / RECORD
    me = psutil.Process()
    record.write_text(json.dumps({"pid": proc.pid, "started": psutil.Process(proc.pid).create_time(), "port": port,
                                  "owner": me.pid, "owner_started": me.create_time()}), encoding="utf-8")
    server = LocalServer(proc, api_url, log, record)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise FactledgerError(f"prefect server exited with {proc.returncode}; see {log}")
            if healthy(api_url):
                mark_ready(home)
                return server
            time.sleep(0.5)
        raise FactledgerError(f"prefect server did not answer within {timeout:.0f}s; see {log}")
    except BaseException:
        server.stop()  # also on Ctrl-C: it runs in its own session and would outlive us
        raise


def crash_runs(api_url: str, message: str, seconds: float = 1.0) -> None:
    """Mark the runs still pending or running as crashed (their processes are being stopped), so
    the UI does not show them running for ever. Best effort, within ``seconds``."""
    deadline = time.monotonic() + seconds
    try:
        body = {"flow_runs": {"state": {"type": {"any_": ["PENDING", "RUNNING"]}}}}
        runs = _post(f"{api_url}/flow_runs/filter", body, seconds)
        for run in runs:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            _post(f"{api_url}/flow_runs/{run['id']}/set_state",
                  {"state": {"type": "CRASHED", "message": message}, "force": True}, left)
    except (OSError, ValueError, KeyError, TypeError):
        return


def _post(url: str, body: dict, seconds: float) -> object:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=max(0.1, seconds)) as resp:
        return json.loads(resp.read() or b"null")


def own_children(spare: int | None = None) -> list[psutil.Process]:
    """The processes this one started (Prefect's flow-run processes, multiprocessing's helpers), except
    the process group ``spare`` (the server, stopped after them)."""
    children = []
    for p in psutil.Process().children(recursive=True):
        try:
            if spare is None or os.getpgid(p.pid) != spare:
                children.append(p)
        except (ProcessLookupError, PermissionError):
            pass
    return children


def _signal_all(processes: list[psutil.Process], kill: bool) -> None:
    for p in processes:
        try:
            p.kill() if kill else p.terminate()
        except psutil.Error:
            pass


def stop_children(seconds: float, spare: int | None = None) -> int:
    """Stop the processes this one started, except the process group ``spare``: SIGTERM, then
    SIGKILL after ``seconds``. Returns how many there were."""
    children = own_children(spare)
    _signal_all(children, kill=False)
    _, alive = psutil.wait_procs(children, timeout=seconds)
    _signal_all(alive, kill=True)
    psutil.wait_procs(alive, timeout=1)
    return len(children)


def stop_everything(server: LocalServer | None, api_url: str, why: str) -> None:
    """What ``serve`` does on SIGTERM or Ctrl-C, within ``STOP_SECONDS`` whatever the machine is doing:
    the flow-run processes get SIGTERM at once, the runs are marked crashed (at most 1 s), whatever
    of those processes is left 1.5 s after the start is killed, then the server is stopped (SIGINT,
    SIGKILL when it is not gone 3.5 s after the start). Nothing waits for anything else's politeness."""
    start = time.monotonic()
    children = own_children(server.process.pid if server is not None else None)
    _signal_all(children, kill=False)
    if api_url:
        crash_runs(api_url, f"factledger serve stopped ({why}); the next ingest resumes this one", 1.0)
    _, alive = psutil.wait_procs(children, timeout=max(0.0, start + 1.5 - time.monotonic()))
    _signal_all(alive, kill=True)  # (multiprocessing's resource tracker ignores SIGTERM, by design)
    psutil.wait_procs(alive, timeout=0.3)
    if server is not None:
        server.stop(max(0.5, start + 3.5 - time.monotonic()))
