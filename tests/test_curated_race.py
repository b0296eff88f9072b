"""A curator's edit made while promote runs is never written over, and promote is all or nothing, on a
full disk too. The full disk is simulated: ``os.fsync`` fails with ENOSPC (a small tmpfs would need
privileges CI does not have), which is where a real full disk shows up at the latest."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pandas as pd
import pytest

import pipeline.articles
from pipeline import facts
from pipeline.errors import PromoteError
from pipeline.ingest import ingest
from pipeline.promote import promote
from pipeline.state import StateStore

CURATOR = "\nA paragraph the curator added while promote ran.\n"


@pytest.fixture
def decided(nlp, demo: Path) -> tuple[Path, list[str]]:
    """The demo ingested; two unverified claims accepted into two different articles."""
    ingest(nlp, demo / "raw", demo / "curated", demo / "review", demo / "state")
    queue = pd.read_csv(demo / "review" / "queue.csv", dtype=str, keep_default_na=False)
    rows = queue.index[queue["verdict"] == "unverified"][:2]
    queue.loc[rows[0], ["decision", "article"]] = ["accept", "apollo-program"]
    queue.loc[rows[1], ["decision", "article"]] = ["accept", "space-race-firsts"]
    queue.to_csv(demo / "review" / "queue.csv", index=False)
    return demo, list(queue.loc[rows, "claim_id"])


def _promote(demo: Path, nlp=None, raw: bool = False):
    return promote(demo / "curated", demo / "review", demo / "state", today="2026-11-23",
                   raw=demo / "raw" if raw else None, nlp=nlp)


def _curator_edits(demo: Path, name: str = "apollo-program.md", text: str = CURATOR) -> None:
    path = demo / "curated" / name
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _provenance(demo: Path, name: str) -> list[str]:
    article = facts.read_article(demo / "curated" / name)
    return [(f.get("provenance") or {}).get("claim_id") for f in article.meta["atomic_facts"]]


def test_an_edit_saved_while_promote_plans_is_kept(decided, monkeypatch: pytest.MonkeyPatch) -> None:
    demo, (first, second) = decided
    real = pipeline.articles.set_updated
    edits = iter([True])

    def curator_saves_meanwhile(text: str, date: str) -> str:
        if next(edits, False):  # once, after promote read the articles and before it writes them
            _curator_edits(demo)
        return real(text, date)

    monkeypatch.setattr(pipeline.articles, "set_updated", curator_saves_meanwhile)
    report = _promote(demo)
    text = (demo / "curated" / "apollo-program.md").read_text(encoding="utf-8")
    assert text.endswith(CURATOR)  # the curator's paragraph is there...
    assert first in _provenance(demo, "apollo-program.md")  # ...and so is the accepted fact
    assert second in _provenance(demo, "space-race-firsts.md")
    assert {c for c, _, _ in report.accepted} == {first, second}


def test_an_edit_saved_while_a_changed_raw_file_is_segmented_again_is_kept(nlp, decided) -> None:
    demo, (first, _) = decided
    queue = pd.read_csv(demo / "review" / "queue.csv", dtype=str, keep_default_na=False)
    note = demo / "raw" / queue.loc[queue["claim_id"] == first, "source"].item()
    note.write_text(note.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # changed since the ingest
    loads = []

    def slow_model_load():
        loads.append(1)
        _curator_edits(demo)  # the 5 s a model load takes: long enough to save an article
        return nlp

    _promote(demo, nlp=slow_model_load, raw=True)
    assert loads  # the claim's file was segmented again
    assert (demo / "curated" / "apollo-program.md").read_text(encoding="utf-8").endswith(CURATOR)
    assert first in _provenance(demo, "apollo-program.md")


def test_a_curator_who_keeps_editing_stops_promote_and_nothing_changes(
        decided, monkeypatch: pytest.MonkeyPatch) -> None:
    demo, (first, second) = decided
    real = pipeline.articles.set_updated
    count = iter(range(100))

    def curator_saves_every_time(text: str, date: str) -> str:
        _curator_edits(demo, "space-race-firsts.md", f"\nedit {next(count)}\n")
        return real(text, date)

    monkeypatch.setattr(pipeline.articles, "set_updated", curator_saves_every_time)
    apollo = (demo / "curated" / "apollo-program.md").read_bytes()
    with pytest.raises(PromoteError, match="space-race-firsts.md kept changing while promote ran; "
                                           "no curated file was changed"):
        _promote(demo)
    assert (demo / "curated" / "apollo-program.md").read_bytes() == apollo  # all or nothing
    assert (demo / "curated" / "space-race-firsts.md").read_text(encoding="utf-8").endswith(
        f"\nedit {next(count) - 1}\n")  # the last edit, as saved
    with StateStore(demo / "state") as store:
        assert not store.decisions()[first].applied_at and not store.decisions()[second].applied_at


def test_a_full_disk_changes_no_article_and_names_the_file(decided, monkeypatch: pytest.MonkeyPatch) -> None:
    demo, (first, second) = decided
    before = {p.name: p.read_bytes() for p in (demo / "curated").glob("*.md")}
    real_fsync, calls = os.fsync, iter(range(100))

    def disk_full_at_the_second_article(fd: int) -> None:
        if next(calls) == 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", disk_full_at_the_second_article)
    with pytest.raises(PromoteError) as exc:
        _promote(demo)
    assert {p.name: p.read_bytes() for p in (demo / "curated").glob("*.md")} == before  # neither changed
    assert [p.name for p in (demo / "curated").iterdir() if p.name.startswith(".")] == []  # no temporary left
    assert re.search(r"/curated/(apollo-program|space-race-firsts)\.md: No space left on device; "
                     r"no curated file was changed$", str(exc.value))
    with StateStore(demo / "state") as store:
        assert not store.decisions()[first].applied_at

    monkeypatch.setattr(os, "fsync", real_fsync)  # space freed: the same promote goes through
    report = _promote(demo)
    assert {c for c, _, _ in report.accepted} == {first, second}


def test_an_article_a_killed_promote_left_aside_still_counts_and_comes_back(nlp, decided) -> None:
    demo, (first, _) = decided
    path = demo / "curated" / "apollo-program.md"
    aside = path.with_name(".apollo-program.md.0badf00d.aside")  # killed between the rename and the link
    path.rename(aside)
    articles, errors = facts.load_facts(demo / "curated")
    assert not errors and "apollo-program" in [a.article_id for a in articles]  # its facts did not vanish
    assert [a.path for a in articles if a.article_id == "apollo-program"] == ["apollo-program.md"]
    _promote(demo)
    assert path.exists() and not aside.exists()
    assert first in _provenance(demo, "apollo-program.md")
