"""The README's two pictures, made again from the demo corpus with headless Chromium.

    python benchmarks/screenshots.py [--out docs/img]

1. ``review-page.png``: the review page an ingest writes, showing the timeline note with a
   contradicted claim opened.
2. ``prefect-run-artifacts.png``: a Prefect server (``prefect server start``, its home in a
   temporary folder, analytics off), an ingest run against it (``PREFECT_API_URL``), and the
   flow run's page in the Prefect UI, on its Artifacts tab (clicked through Chromium's
   DevTools protocol: the UI picks its tab once the run has loaded); then
   ``prefect-run-summary.png``, the run's summary table artifact opened.

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


def devtools_shots(url: str, steps: list[tuple[str, Path]], profile: Path, width: int = 1400,
                   height: int = 1100) -> None:
    """Open ``url`` in headless Chromium through its DevTools protocol, wait for the JS app, then for
    each (text, file) step click what shows that text (the Prefect UI picks its tab after loading,
    so an address cannot) and save a screenshot."""
    import base64

    from websockets.sync.client import connect  # installed with Prefect

    port = free_port()
    browser = subprocess.Popen([BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                "--no-first-run", f"--user-data-dir={profile}", f"--remote-debugging-port={port}",
                                f"--window-size={width},{height}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(60):
            try:
                target = next(t for t in api(f"http://127.0.0.1:{port}/json") if t["type"] == "page")
                break
            except (OSError, StopIteration):
                time.sleep(0.5)
        with connect(target["webSocketDebuggerUrl"], max_size=2**26) as ws:
            ids = iter(range(1, 10**6))

            def call(method: str, **params: object) -> dict:
                n = next(ids)
                ws.send(json.dumps({"id": n, "method": method, "params": params}))
                while True:
                    msg = json.loads(ws.recv(timeout=60))
                    if msg.get("id") == n:
                        return msg.get("result", {})

            call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
            call("Page.navigate", url=url)
            for click, out in steps:
                script = (f"(() => {{ const el = [...document.querySelectorAll('button, a, [role=tab], li, span, "
                          f"h2, h3, div')].reverse().find(e => e.textContent.trim() === {json.dumps(click)}); "
                          "if (el) { el.click(); return true; } return false; })()")
                for _ in range(60):
                    time.sleep(1)
                    if call("Runtime.evaluate", expression=script)["result"].get("value"):
                        break
                time.sleep(4)  # what the click opened loads
                out.write_bytes(base64.b64decode(call("Page.captureScreenshot", format="png")["data"]))
                print(f"wrote {out} ({out.stat().st_size:,} bytes)")
    finally:
        browser.terminate()
        browser.wait(timeout=10)


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
                "DO_NOT_TRACK": "1", "PREFECT_UI_ENABLED": "true", "PREFECT_UI_API_URL": api_url})
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
        # the timeline (all three verdicts) with a claim it gets wrong opened: Tereshkova flew in 1963
        tereshkova = next(line.split(",")[0] for line in claims if "Valentina Tereshkova flies Vostok 6" in line)
        page = (work / "review" / "review.html").resolve().as_uri()
        chromium_shot(f"{page}#file=notes/space-race-timeline.txt&claim={tereshkova}", args.out / "review-page.png",
                      "1400,1000", 3000, work / "chrome")
        ui = f"http://127.0.0.1:{port}/runs/flow-run/{run['id']}"
        devtools_shots(ui, [("Artifacts", args.out / "prefect-run-artifacts.png"),
                            ("factledger-run-summary", args.out / "prefect-run-summary.png")], work / "chrome-ui")
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
