"""pipeline.changes: a run with nothing to do is answered without spaCy or Prefect, and only then."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline import changes
from pipeline.ingest import ingest
from pipeline.state import StateStore

REPO = Path(__file__).resolve().parent.parent

ARTICLE = ("---\nid: moon\natomic_facts:\n  - id: moon-apollo11\n"
           "    statement: The Apollo 11 lunar module Eagle landed on the Moon on 20 July 1969.\n---\n")
NOTE = "# Moon notes\n\nThe Apollo 11 lunar module Eagle landed on the Moon on 20 July 1969.\n" \
       "The lunar regolith is mostly made of fine grey dust.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "raw" / "notes").mkdir(parents=True)
    (tmp_path / "curated").mkdir()
    (tmp_path / "curated" / "moon.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "raw" / "notes" / "moon.md").write_text(NOTE, encoding="utf-8")
    return tmp_path


def key_of(root: Path, semantic: bool | None = None) -> str:
    return changes.inputs_key(root / "curated", root / "factledger.yaml", semantic)


def full_run(nlp: Language, root: Path) -> None:
    ingest(nlp, root / "raw", root / "curated", root / "review", root / "state", inputs_key=key_of(root))


def shortcut(root: Path) -> changes.IngestReport | None:
    return changes.unchanged_run(root / "raw", root / "review", root / "state", key_of(root))


# --- the inputs key --------------------------------------------------------------------------


def test_inputs_key_is_stable_and_follows_every_input(corpus: Path) -> None:
    first = key_of(corpus)
    assert key_of(corpus) == first
    seen = {first}
    (corpus / "factledger.yaml").write_text("thresholds:\n  support: 0.7\n", encoding="utf-8")
    seen.add(key_of(corpus))
    seen.add(key_of(corpus, semantic=True))
    (corpus / "curated" / "moon.md").write_text(ARTICLE + "\nA comment below the facts.\n", encoding="utf-8")
    seen.add(key_of(corpus))
    (corpus / "curated" / "sub").mkdir()
    (corpus / "curated" / "sub" / "more.md").write_text(ARTICLE.replace("moon", "more"), encoding="utf-8")
    seen.add(key_of(corpus))
    assert len(seen) == 5


# --- when the shortcut applies ---------------------------------------------------------------


def test_no_shortcut_before_a_complete_run(corpus: Path) -> None:
    assert shortcut(corpus) is None
    assert not (corpus / "state").exists()  # nothing was created either


def test_second_run_with_nothing_changed_is_answered_and_recorded(nlp: Language, corpus: Path) -> None:
    full_run(nlp, corpus)
    before = {p.name: p.stat().st_mtime_ns for p in (corpus / "review").glob("*.csv")}
    report = shortcut(corpus)
    assert report is not None
    assert (report.parsed, report.unchanged, report.written, report.errors) == (0, 1, [], [])
    assert sum(report.counts["notes/moon.md"].values()) == 2
    assert {p.name: p.stat().st_mtime_ns for p in (corpus / "review").glob("*.csv")} == before
    with StateStore(corpus / "state") as store:
        runs = store.runs()
    assert [r["status"] for r in runs] == ["ok", "ok"]
    assert json.loads(runs[0]["detail"])["nothing_to_do"] is True


@pytest.mark.parametrize("change", ["raw added", "raw edited", "raw removed", "queue edited", "csv deleted",
                                    "fact edited", "config edited", "xlsx saved", "page deleted"])
def test_any_change_takes_the_full_path(nlp: Language, corpus: Path, change: str) -> None:
    full_run(nlp, corpus)
    note = corpus / "raw" / "notes" / "moon.md"
    if change == "raw added":
        (corpus / "raw" / "new.txt").write_text("Sputnik 1 was launched in 1957.\n", encoding="utf-8")
    elif change == "raw edited":
        note.write_text(NOTE + "The Moon has no atmosphere to speak of.\n", encoding="utf-8")
    elif change == "raw removed":
        note.unlink()
    elif change == "queue edited":
        queue = corpus / "review" / "queue.csv"
        queue.write_text(queue.read_text(encoding="utf-8").replace(",,", ",reject,", 1), encoding="utf-8")
    elif change == "csv deleted":
        (corpus / "review" / "claims.csv").unlink()
    elif change == "xlsx saved":  # a queue.xlsx saved after the run wrote queue.csv holds decisions
        (corpus / "review" / "queue.xlsx").write_bytes(b"PK")
        os.utime(corpus / "review" / "queue.xlsx", ns=(2**62, 2**62))
    elif change == "page deleted":
        (corpus / "review" / "review.html").unlink()
    elif change == "fact edited":
        (corpus / "curated" / "moon.md").write_text(ARTICLE.replace("1969", "1970"), encoding="utf-8")
    else:
        (corpus / "factledger.yaml").write_text("thresholds:\n  support: 0.7\n", encoding="utf-8")
    assert shortcut(corpus) is None


def test_an_interrupted_run_leaves_no_shortcut(nlp: Language, corpus: Path) -> None:
    full_run(nlp, corpus)
    with StateStore(corpus / "state") as store:
        changes.begin_run(store)  # a run that starts, saves something, and dies before finishing
    assert shortcut(corpus) is None
    full_run(nlp, corpus)
    assert shortcut(corpus) is not None


def test_a_run_with_errors_never_enables_the_shortcut(nlp: Language, corpus: Path) -> None:
    (corpus / "curated" / "broken.md").write_text("---\nid: [unclosed\n---\n", encoding="utf-8")
    full_run(nlp, corpus)
    assert shortcut(corpus) is None  # the broken article must be reported again on the next run


def test_a_held_lock_is_refused_like_any_ingest(nlp: Language, corpus: Path) -> None:
    from pipeline.errors import RunInProgressError
    from pipeline.lock import run_lock

    full_run(nlp, corpus)
    with run_lock(corpus / "state", "ingest"), pytest.raises(RunInProgressError):
        shortcut(corpus)


# --- the CLI, in a fresh interpreter ----------------------------------------------------------


def test_noop_cli_imports_neither_spacy_nor_prefect(nlp: Language, corpus: Path) -> None:
    full_run(nlp, corpus)
    folders = [f"--{n}={corpus / n}" for n in ("raw", "curated", "review", "state")]
    code = ("import json, sys; from flows.cli import main; "
            f"rc = main(['ingest', *{folders!r}, '--config', {str(corpus / 'factledger.yaml')!r}]); "
            "heavy = sorted(m for m in ('spacy', 'prefect', 'pandas', 'torch') if m in sys.modules); "
            "print(json.dumps({'rc': rc, 'heavy': heavy}))")
    # A PREFECT_API_URL where nothing listens: a run with nothing to do must not even try it.
    env = {**os.environ, "PREFECT_API_URL": "http://127.0.0.1:9/api"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert json.loads(lines[-1]) == {"rc": 0, "heavy": []}
    assert any("(nothing to do)" in line for line in lines)
    assert not (corpus / "state" / "prefect").exists()  # Prefect was not even configured


def test_published_intact_is_still_importable_from_publish() -> None:
    from pipeline import publish

    assert publish.published_intact is changes.published_intact


def test_an_old_queue_xlsx_is_no_change(nlp: Language, corpus: Path) -> None:
    full_run(nlp, corpus)
    (corpus / "review" / "queue.xlsx").write_bytes(b"PK")
    os.utime(corpus / "review" / "queue.xlsx", ns=(10**18, 10**18))  # saved before the run wrote queue.csv
    assert shortcut(corpus) is not None


def test_a_file_with_a_bom_read_before_the_bom_was_stripped_is_read_again(nlp: Language, corpus: Path) -> None:
    (corpus / "raw" / "bom.md").write_bytes(b"\xef\xbb\xbf# BOM notes\n\nSputnik 1 was launched in 1957.\n")
    full_run(nlp, corpus)
    with StateStore(corpus / "state") as store:
        assert [c.context for c in store.claims() if c.source == "bom.md"] == ["BOM notes"]  # the first heading
        assert changes.plan(store, corpus / "raw", forget=False).changed == ()
        with store.transaction():
            store.set_meta("bom_stripped", "")  # as a database from before stripping it
        todo = changes.plan(store, corpus / "raw", forget=False)
    assert [p.name for p in todo.changed] == ["bom.md"]  # only the file with a BOM
