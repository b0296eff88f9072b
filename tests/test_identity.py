"""Stable identity: a claim keeps its id under NFC/NFD, line endings and a rename or move of its file,
so a reviewer's decision and notes follow it."""

from __future__ import annotations

import hashlib
import shutil
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest import ingest
from pipeline.state import StateStore

ARTICLE = """---
id: moon
atomic_facts:
  - id: moon-apollo11
    statement: The Apollo 11 lunar module Eagle landed on the Moon on 20 July 1969.
---
"""
# Three claims no fact speaks to (so all three reach the queue), with accents that NFD decomposes.
NOTE = ("# Notes from the café\n\n"
        "The lunar regolith near the Mare Tranquillitatis is mostly fine grey dust.\n\n"
        "Pierre Auger studied cosmic-ray showers in the Alps in 1938.\n\n"
        "The Réseau Lune observers logged 412 transient flashes between 1950 and 1960.\n")


def _corpus(root: Path) -> tuple[Path, Path, Path, Path]:
    raw, curated = root / "raw", root / "curated"
    (raw / "notes").mkdir(parents=True)
    curated.mkdir()
    (raw / "notes" / "moon.md").write_text(NOTE, encoding="utf-8")
    (curated / "moon.md").write_text(ARTICLE, encoding="utf-8")
    return raw, curated, root / "review", root / "state"


def _queue(review: Path) -> pd.DataFrame:
    return pd.read_csv(review / "queue.csv", dtype=str, keep_default_na=False)


def _decide(review: Path) -> tuple[str, str, str]:
    """Reject the first row, note the second, leave the third; returns their claim ids."""
    queue = _queue(review)
    assert len(queue) == 3
    queue.loc[0, "decision"] = "reject"
    queue.loc[1, "note"] = "ask the archive for the 1938 logbook"
    queue.to_csv(review / "queue.csv", index=False)
    return tuple(queue["claim_id"])  # type: ignore[return-value]


def _nfd(path: Path) -> None:
    path.write_text(unicodedata.normalize("NFD", path.read_text(encoding="utf-8")), encoding="utf-8")


def _crlf(path: Path) -> None:
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))


def _move(path: Path) -> None:
    target = path.parent.parent / "archive" / "2026" / "moon-notes.md"
    target.parent.mkdir(parents=True)
    path.rename(target)


@pytest.mark.parametrize("change", [_nfd, _crlf, _move], ids=["re-saved in NFD", "re-saved with CRLF",
                                                              "renamed and moved"])
def test_a_decision_and_a_note_follow_their_claim(nlp, tmp_path: Path, change) -> None:
    raw, curated, review, state = _corpus(tmp_path)
    ingest(nlp, raw, curated, review, state)
    before = pd.read_csv(review / "claims.csv", dtype=str, keep_default_na=False)
    rejected, noted, pending = _decide(review)
    ingest(nlp, raw, curated, review, state)
    change(raw / "notes" / "moon.md")
    ingest(nlp, raw, curated, review, state)

    after = pd.read_csv(review / "claims.csv", dtype=str, keep_default_na=False)
    assert list(after["claim_id"]) == list(before["claim_id"])  # the same ids
    queue = _queue(review)
    assert list(queue["claim_id"]) == [noted, pending]  # the rejected claim did not come back
    assert queue.loc[0, "note"] == "ask the archive for the 1938 logbook"  # the note is still in view
    with StateStore(state) as store:
        assert store.decisions()[rejected].decision == "reject"


def test_a_noted_row_of_a_deleted_file_stays_in_view_as_gone(nlp, tmp_path: Path) -> None:
    raw, curated, review, state = _corpus(tmp_path)
    ingest(nlp, raw, curated, review, state)
    _, noted, _ = _decide(review)
    ingest(nlp, raw, curated, review, state)
    (raw / "notes" / "moon.md").unlink()
    ingest(nlp, raw, curated, review, state)
    queue = _queue(review)
    assert list(queue["claim_id"]) == [noted]
    assert (queue.loc[0, "verdict"], queue.loc[0, "note"]) == ("gone", "ask the archive for the 1938 logbook")
    # clearing the note lets it go
    queue.loc[0, "note"] = ""
    queue.to_csv(review / "queue.csv", index=False)
    ingest(nlp, raw, curated, review, state)
    assert _queue(review).empty


def test_the_same_sentence_in_two_files_gives_two_claims(nlp, tmp_path: Path) -> None:
    raw, curated, review, state = _corpus(tmp_path)
    shutil.copy(raw / "notes" / "moon.md", raw / "notes" / "copy.md")
    ingest(nlp, raw, curated, review, state)
    claims = pd.read_csv(review / "claims.csv", dtype=str, keep_default_na=False)
    assert len(claims) == 6 and claims["claim_id"].is_unique
    assert sorted(set(claims["source"])) == ["notes/copy.md", "notes/moon.md"]
    # ids survive another run and a change to one of the two files
    (raw / "notes" / "copy.md").write_text(NOTE + "\nIt rained on the way home.\n", encoding="utf-8")
    ingest(nlp, raw, curated, review, state)
    again = pd.read_csv(review / "claims.csv", dtype=str, keep_default_na=False)
    assert set(claims["claim_id"]) <= set(again["claim_id"])


def _old_id(source: str, text: str, occurrence: int) -> str:
    """How ids were made before (schema 1): from the file name, so a rename changed them."""
    key = f"{source}\x00{' '.join(text.split())}\x00{occurrence}"
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:11]


def test_a_database_with_the_old_ids_keeps_its_decisions_and_reads_an_old_queue(nlp, tmp_path: Path) -> None:
    raw, curated, review, state = _corpus(tmp_path)
    ingest(nlp, raw, curated, review, state)
    claims = pd.read_csv(review / "claims.csv", dtype=str, keep_default_na=False)
    queue = _queue(review)
    # turn the database and the queue into what the previous version left: old ids, schema 1
    with StateStore(state) as store, store.transaction():
        old = {}
        for row in store.conn.execute("SELECT claim_id, source, text FROM claims").fetchall():
            old[row[0]] = _old_id(row[1], row[2], 0)
            store.conn.execute("UPDATE claims SET claim_id = ? WHERE claim_id = ?", (old[row[0]], row[0]))
        store.set_meta("schema_version", "1")
    queue["claim_id"] = queue["claim_id"].map(old)
    queue.loc[0, "decision"] = "reject"
    queue.loc[1, "note"] = "written with the old version"
    queue.to_csv(review / "queue.csv", index=False)

    report = ingest(nlp, raw, curated, review, state)
    assert report.merged_rows == 2  # the old ids in queue.csv were understood
    after = pd.read_csv(review / "claims.csv", dtype=str, keep_default_na=False)
    assert list(after["claim_id"]) == list(claims["claim_id"])  # migrated to the new ids
    with StateStore(state) as store:
        decisions = store.decisions()
        assert store.get_meta("schema_version") == "2"
    assert decisions[claims.loc[0, "claim_id"]].decision == "reject"
    assert decisions[claims.loc[1, "claim_id"]].note == "written with the old version"


@pytest.mark.parametrize("a, b", [
    ("Le café a ouvert en 1686.", unicodedata.normalize("NFD", "Le café a ouvert en 1686.")),
    ("Apollo 11  landed\non the Moon.", "Apollo 11 landed on the Moon."),
])
def test_claim_id_is_the_same_for_the_same_words(a: str, b: str) -> None:
    from pipeline.segment import claim_id

    assert a != b and claim_id(a, 0) == claim_id(b, 0)
    assert claim_id(a, 0) != claim_id(a, 1)  # the second occurrence in a file is another claim
    assert claim_id(a, 0) != claim_id(a, 0, scope="other.md")  # the same words held by another file


def test_the_same_words_in_two_files_of_a_batch_keep_their_statement() -> None:
    # the second file's copy gets the scoped id, and keeps everything else: above all the
    # statement read in context, without which it would be judged from its text alone
    from pipeline.identity import distinct_ids
    from pipeline.model import Claim

    text = "In October, Freya founded Venlarkal Robotics."
    a = Claim("c1", "a.md", 3, 0, len(text), text, "ctx", "2007", statement='{"x": 1}')
    b = Claim("c1", "b.md", 3, 0, len(text), text, "ctx", "2007", statement='{"x": 1}')
    first, second = distinct_ids([a, b])
    assert first is a
    assert second.claim_id != "c1" and second.source == "b.md"
    assert (second.statement, second.context, second.date_context) == ('{"x": 1}', "ctx", "2007")
