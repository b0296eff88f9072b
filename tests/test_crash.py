"""kill -9 at any moment of ingest or promote, then a normal run: the same claims, every decision kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline import facts
from pipeline.ingest import ingest
from pipeline.promote import promote
from pipeline.state import StateStore

REPO = Path(__file__).resolve().parent.parent
RUN = """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
d = Path({d!r})
if {what!r} == "ingest":
    from pipeline.nlp import load_nlp
    from pipeline.ingest import ingest
    print("start", flush=True)
    ingest(load_nlp(), d / "raw", d / "curated", d / "review", d / "state", batch_files=1)
else:
    from pipeline.promote import promote
    print("start", flush=True)
    promote(d / "curated", d / "review", d / "state", today="2026-11-23")
"""
# Moments after the child says "start" (seconds): early, mid-parse, late; the model load takes ~1 s.
DELAYS = [0.05, 0.6, 1.2, 1.8, 2.5]


def _kill_after(demo: Path, what: str, delay: float) -> None:
    proc = subprocess.Popen([sys.executable, "-c", RUN.format(repo=str(REPO), d=str(demo), what=what)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "start"
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def _decide(review: Path) -> dict[str, tuple[str, str]]:
    """Accept one unverified claim, reject another, note a third; save. Returns what was decided."""
    queue = pd.read_csv(review / "queue.csv", dtype=str, keep_default_na=False)
    rows = queue.index[queue["verdict"] == "unverified"][:3]
    queue.loc[rows[0], ["decision", "article"]] = ["accept", "apollo-program"]
    queue.loc[rows[1], "decision"] = "reject"
    queue.loc[rows[2], "note"] = "=check later, keep me"
    queue.to_csv(review / "queue.csv", index=False)
    return {queue.loc[r, "claim_id"]: (queue.loc[r, "decision"], queue.loc[r, "note"]) for r in rows}


@pytest.fixture(scope="module")
def clean(nlp, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """claims.csv of an uninterrupted run of the demo corpus."""
    root = tmp_path_factory.mktemp("clean")
    import shutil
    for name in ("raw", "curated"):
        shutil.copytree(REPO / name, root / name)
    ingest(nlp, root / "raw", root / "curated", root / "review", root / "state")
    return (root / "review" / "claims.csv").read_bytes()


@pytest.mark.parametrize("delay", DELAYS)
def test_killed_ingest_then_a_normal_run_gives_the_clean_result(nlp, demo: Path, clean: bytes, delay: float) -> None:
    ingest(nlp, demo / "raw", demo / "curated", demo / "review", demo / "state")
    decided = _decide(demo / "review")
    # a file changes, so the killed run has parsing to do
    note = demo / "raw" / "notes" / "space-race-timeline.txt"
    note.write_text(note.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _kill_after(demo, "ingest", delay)
    report = ingest(nlp, demo / "raw", demo / "curated", demo / "review", demo / "state")
    assert not report.errors
    assert (demo / "review" / "claims.csv").read_bytes() == clean
    with StateStore(demo / "state") as store:
        stored = store.decisions()
    for claim_id, (decision, note_text) in decided.items():
        assert (stored[claim_id].decision, stored[claim_id].note) == (decision, note_text)


@pytest.mark.parametrize("delay", [0.0, 0.1, 0.3])
def test_killed_promote_then_a_normal_run_applies_each_decision_once(nlp, demo: Path, delay: float) -> None:
    ingest(nlp, demo / "raw", demo / "curated", demo / "review", demo / "state")
    decided = _decide(demo / "review")
    accepted = next(c for c, (d, _) in decided.items() if d == "accept")
    _kill_after(demo, "promote", delay)
    promote(demo / "curated", demo / "review", demo / "state", today="2026-11-23")
    article = facts.read_article(demo / "curated" / "apollo-program.md")  # still loads
    from_claim = [f for f in article.meta["atomic_facts"] if (f.get("provenance") or {}).get("claim_id") == accepted]
    assert len(from_claim) == 1  # applied exactly once, however the kill fell
    with StateStore(demo / "state") as store:
        assert store.decisions()[accepted].applied_at
    assert not list((demo / "curated").glob(".*.tmp"))  # no half-written article left among the articles
