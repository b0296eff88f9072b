"""A Prefect server for ``factledger serve``: schedules need one, the temporary server cannot run them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import FactledgerError


@dataclass
class LocalServer:
    """``prefect server start`` on 127.0.0.1, with its database under the state folder."""

    process: subprocess.Popen
    url: str
    log: Path

    def stop(self) -> None:
        """Stop the server and everything it started (it runs in its own process group)."""
        for sig, wait in ((signal.SIGINT, 15), (signal.SIGTERM, 10), (signal.SIGKILL, 10)):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                break
            try:
                self.process.wait(timeout=wait)
            except subprocess.TimeoutExpired:
                continue
            # the group leader is gone; give any worker it left a moment to follow
            deadline = time.monotonic() + 5
            while healthy(self.url) and time.monotonic() < deadline:
                time.sleep(0.2)
            if not healthy(self.url):
                break


def healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def start_server(state: Path, port: int, timeout: float = 90.0) -> LocalServer:
    """Start a server and wait until it answers; its own PREFECT_HOME keeps it apart from CLI runs."""
    api_url = f"http://127.0.0.1:{port}/api"
    if healthy(api_url):
        raise FactledgerError(f"a server already answers at {api_url}; set PREFECT_API_URL to use it")
    home = (state / "prefect-server").resolve()
    home.mkdir(parents=True, exist_ok=True)
    log = home / "server.log"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": api_url,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": os.environ.get("PREFECT_UI_ENABLED", "true")}
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    server = LocalServer(proc, api_url, log)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise FactledgerError(f"prefect server exited with {proc.returncode}; see {log}")
            if healthy(api_url):
                return server
            time.sleep(0.5)
        raise FactledgerError(f"prefect server did not answer within {timeout:.0f}s; see {log}")
    except BaseException:
        server.stop()  # also on Ctrl-C: it runs in its own session and would outlive us
        raise
