"""Many files: progress is reported, an interrupted run resumes without redoing finished files.

The 10,000-file run and its peak memory are measured by `make bench` (benchmarks/bench.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline import ingest as steps
from pipeline.ingest import ingest

ARTICLE = "---\nid: a\natomic_facts:\n  - id: a-1\n    statement: Probe 7 reached Mars in 1999.\n---\n"


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    raw, curated = tmp_path / "raw", tmp_path / "curated"
    for i in range(300):
        folder = raw / f"d{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"n{i:03}.md").write_text(f"# Note {i}\n\nProbe {i} reached Mars in {1900 + i % 120}.\n",
                                            encoding="utf-8")
    curated.mkdir()
    (curated / "a.md").write_text(ARTICLE, encoding="utf-8")
    return raw, curated


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_interrupted_run_resumes_where_it_stopped(blank, corpus, tmp_path: Path, monkeypatch) -> None:
    raw, curated = corpus
    calls = {"n": 0}
    real = steps.process_batch

    def dies_after_four(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > 4:
            raise KeyboardInterrupt  # the user pressed Ctrl-C, or the machine went down
        return real(*args, **kwargs)

    monkeypatch.setattr(steps, "process_batch", dies_after_four)
    with pytest.raises(KeyboardInterrupt):
        ingest(blank, raw, curated, tmp_path / "review", tmp_path / "state", batch_files=25)
    monkeypatch.setattr(steps, "process_batch", real)

    seen: list[tuple[int, int]] = []
    report = ingest(blank, raw, curated, tmp_path / "review", tmp_path / "state", batch_files=25,
                    progress=lambda done, total: seen.append((done, total)))
    assert (report.parsed, report.unchanged) == (300 - 4 * 25, 4 * 25)  # the four finished batches are kept
    assert seen[-1] == (200, 200) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(report.counts) == 300  # every file is in the state, once


def test_progress_reaches_the_total(blank, corpus, tmp_path: Path) -> None:
    raw, curated = corpus
    seen: list[tuple[int, int]] = []
    ingest(blank, raw, curated, tmp_path / "review", tmp_path / "state", batch_files=40,
           progress=lambda done, total: seen.append((done, total)))
    assert len(seen) == 8 and seen[-1] == (300, 300)
