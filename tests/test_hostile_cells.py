"""Text that would run as a spreadsheet formula is inert in every CSV a person opens, and round-trips."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.ingest import ingest
from pipeline.review import read_queue
from pipeline.state import StateStore

HOSTILE = ["=HYPERLINK(\"http://x\",\"click\")", "+1+2", "-3-4 is what it says", "@SUM(A1:A9)",
           "\tleading tab", "'=quoted already"]


def test_hostile_claims_and_notes_are_inert_and_round_trip(nlp, tmp_path: Path) -> None:
    raw, curated = tmp_path / "raw", tmp_path / "curated"
    raw.mkdir()
    curated.mkdir()
    lines = [f"- {h} and Apollo 11 landed in {1960 + i}, the notes say." for i, h in enumerate(HOSTILE)]
    (raw / "notes.md").write_text("# Notes\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    (curated / "a.md").write_text("---\nid: a\natomic_facts: []\n---\n", encoding="utf-8")
    review, state = tmp_path / "review", tmp_path / "state"
    ingest(nlp, raw, curated, review, state)

    # what a spreadsheet sees: no cell starts with a formula character
    for name in ("claims.csv", "queue.csv"):
        with open(review / name, newline="", encoding="utf-8") as fh:
            for row in csv.reader(fh):
                assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row), row

    # a reviewer writes hostile notes; they come back exactly
    queue = (review / "queue.csv").read_text(encoding="utf-8").splitlines()
    header, rows = queue[0].split(","), list(csv.reader(queue[1:]))
    note = header.index("note")
    for row, text in zip(rows, HOSTILE):
        row[note] = "'" + text if text[:1] in "=+-@\t'" else text  # as our writer neutralises it
    with open(review / "queue.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([header, *rows])
    assert [i.note for i in read_queue(review / "queue.csv")][:len(HOSTILE)] == HOSTILE
    ingest(nlp, raw, curated, review, state)
    with StateStore(state) as store:
        assert sorted(d.note for d in store.decisions().values()) == sorted(HOSTILE)
    assert sorted(i.note for i in read_queue(review / "queue.csv") if i.note) == sorted(HOSTILE)


@pytest.mark.parametrize("text", HOSTILE)
def test_claim_text_starting_with_a_formula_character_round_trips(text: str) -> None:
    from pipeline.review import dumps_csv, loads_csv
    import pandas as pd

    frame = pd.DataFrame({"claim": [text], "note": [text]})
    written = dumps_csv(frame)
    assert not written.splitlines()[1].startswith(("=", "+", "-", "@"))
    assert loads_csv(written).to_dict("records") == [{"claim": text, "note": text}]
