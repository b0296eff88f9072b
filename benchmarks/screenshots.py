"""The README's two pictures, made again from the demo corpus with headless Chromium.

    python benchmarks/screenshots.py [--out docs/img]

1. ``review-page.png``: the review page an ingest writes, with a contradicted claim opened.
2. ``prefect-run-artifacts.png``: a Prefect server (``prefect server start``, its home in a
   temporary folder, analytics off), an ingest run against it (``PREFECT_API_URL``), and the
   flow run's page in the Prefect UI, on its Artifacts tab.

Needs Chromium (``apt-get install chromium``; ``make test`` installs it as root).
Everything runs on this machine: the UI is served by the local server; nothing is fetched.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BROWSER = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)


def chromium_shot(url: str, out: Path, size: str, wait_ms: int, profile: Path) -> None:
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
           f"--user-data-dir={profile}", f"--window-size={size}", f"--virtual-time-budget={wait_ms}",
           f"--screenshot={out}", url]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(url: str, body: dict | None = None) -> object:
    req = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Content-Type": "application/json"},
                                 method="POST" if body is not None else "GET")
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "img")
    args = parser.parse_args()
    if BROWSER is None:
        print("chromium is not installed: apt-get install chromium", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="factledger-shots-"))
    for name in ("raw", "curated"):
        shutil.copytree(REPO / name, work / name)
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({"PREFECT_HOME": str(work / "prefect-home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                "DO_NOT_TRACK": "1", "PREFECT_UI_ENABLED": "true"})
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        for _ in range(180):
            try:
                api(f"{api_url}/health")
                break
            except OSError:
                time.sleep(1)
        folders = [f"--{n}={work / n}" for n in ("raw", "curated", "review", "state")]
        run_env = {**env, "PREFECT_API_URL": api_url}
        done = subprocess.run([sys.executable, "-m", "flows.cli", "ingest", *folders], env=run_env, cwd=REPO,
                              capture_output=True, text=True, timeout=600)
        print(done.stdout, done.stderr, sep="")
        (run,) = api(f"{api_url}/flow_runs/filter", {})
        claims = (work / "review" / "claims.csv").read_text(encoding="utf-8").splitlines()
        apollo13 = next(line.split(",")[0] for line in claims if ",Apollo 13, launched" in line
                        or ',"Apollo 13, launched' in line)
        page = (work / "review" / "review.html").resolve().as_uri()
        chromium_shot(f"{page}#claim={apollo13}", args.out / "review-page.png", "1400,1000", 3000, work / "chrome")
        ui = f"http://127.0.0.1:{port}/runs/flow-run/{run['id']}?tab=Artifacts"
        chromium_shot(ui, args.out / "prefect-run-artifacts.png", "1400,1100", 30000, work / "chrome")
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
