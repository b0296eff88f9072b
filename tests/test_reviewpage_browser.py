"""The review page in a real browser: headless Chromium (Debian's ``chromium``) renders what an ingest
wrote, runs its script under its own Content-Security-Policy, and shows every claim highlighted.

``make test`` installs Chromium with apt-get when it is missing and the user is root; otherwise
these tests skip and say so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest import ingest

BROWSER = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="Chromium is not installed: `make test` installs it (apt-get install chromium) when "
                            "run as root; otherwise install Debian's chromium package to run the browser test")

ARTICLE = """---
id: space
atomic_facts:
  - id: sp-sputnik
    statement: The Soviet Union launched Sputnik 1 in October 1957.
    source_title: Sputnik 1
    source_url: https://en.wikipedia.org/wiki/Sputnik_1
    confidence: high
  - id: sp-apollo11
    statement: Apollo 11 landed on the Moon in July 1969.
    source_title: Apollo 11
    source_url: https://en.wikipedia.org/wiki/Apollo_11
    confidence: high
---
"""
NOTES = ("# Space notes\n\nApollo 11 landed on the Moon in July 1969.\n"
         "The Soviet Union launched Sputnik 1 in October 1958.\n"
         "Evil <img src=x onerror=\"document.title='pwned'\"> Voyager 1 left the heliosphere in 2012.\n")


def chromium(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Headless Chromium; its profile in ``home``; root needs --no-sandbox."""
    cmd = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
           f"--user-data-dir={home}", "--virtual-time-budget=5000", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(home)})


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.shown = ""
        self._in_shown = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_shown = tag == "output"

    def handle_data(self, data: str) -> None:
        if self._in_shown:
            self.shown += data
            self._in_shown = False


def dom(page: Path, home: Path, fragment: str = "") -> _Dom:
    out = chromium("--dump-dom", page.resolve().as_uri() + fragment, home=home)
    assert out.returncode == 0, out.stderr[-2000:]
    parsed = _Dom()
    parsed.feed(out.stdout)
    return parsed


@pytest.fixture(scope="module")
def page(nlp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    (root / "raw").mkdir()
    (root / "curated").mkdir()
    (root / "curated" / "space.md").write_text(ARTICLE, encoding="utf-8")
    (root / "raw" / "notes.md").write_text(NOTES, encoding="utf-8")
    report = ingest(nlp, root / "raw", root / "curated", root / "review", root / "state")
    assert "review.html" in report.written and not report.errors
    return root / "review" / "review.html"


def test_the_browser_shows_every_claim_highlighted_by_verdict(page: Path, tmp_path: Path) -> None:
    claims = pd.read_csv(page.parent / "claims.csv", dtype=str, keep_default_na=False)
    queue = pd.read_csv(page.parent / "queue.csv", dtype=str, keep_default_na=False)
    seen = dom(page, tmp_path)
    body = next(attrs for tag, attrs in seen.tags if tag == "body")
    assert body.get("data-ready") == "1"  # the page's script ran (its hash is what the policy allows)
    marks = {attrs["data-claim"]: attrs for tag, attrs in seen.tags if tag == "mark"}
    assert set(marks) == set(claims["claim_id"])  # every claim, highlighted
    for row in claims.to_dict("records"):
        assert f"v-{row['verdict']}" in marks[row["claim_id"]]["class"]
        assert ("queued" in marks[row["claim_id"]]["class"]) == (row["claim_id"] in set(queue["claim_id"]))
    assert set(claims["verdict"]) >= {"supported", "contradicted"}
    assert seen.shown == str(len(claims))
    assert not any(tag == "img" for tag, _ in seen.tags)  # the raw text's markup stayed text
    # the details moved into the side panel, one per claim, hidden until a claim is chosen
    details = [attrs for tag, attrs in seen.tags if tag == "div" and "details" in (attrs.get("class") or "")]
    assert len(details) == len(claims) and all("hidden" in d for d in details)


def test_the_filters_apply_from_the_address(page: Path, tmp_path: Path) -> None:
    claims = pd.read_csv(page.parent / "claims.csv", dtype=str, keep_default_na=False)
    contradicted = claims.loc[claims["verdict"] == "contradicted", "claim_id"].tolist()
    seen = dom(page, tmp_path, "#verdict=contradicted&claim=" + contradicted[0])
    assert seen.shown == str(len(contradicted))
    marks = {attrs["data-claim"]: attrs["class"] for tag, attrs in seen.tags if tag == "mark"}
    assert all(("off" in cls) != (cid in contradicted) for cid, cls in marks.items())
    assert "selected" in marks[contradicted[0]]
    opened = [attrs for tag, attrs in seen.tags if tag == "div" and attrs.get("data-claim") == contradicted[0]]
    assert opened and "hidden" not in opened[0]  # the chosen claim's details are shown


def test_a_screenshot_of_the_page(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "review-page.png"
    out = chromium("--window-size=1280,900", f"--screenshot={shot}", page.resolve().as_uri(), home=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a real picture, not a blank one
