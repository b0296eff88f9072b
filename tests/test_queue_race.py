"""A reviewer who saves queue.csv while a run works never loses a save: it is merged before the queue
is rewritten, or, when it lands later than that, left on disk for the next run."""

from __future__ import annotations

import csv
import io
import os
import threading
import time
from pathlib import Path

import pytest

import pipeline.ingest
import pipeline.review
from pipeline.ingest import ingest
from pipeline.state import StateStore


def _rows(review: Path) -> tuple[list[str], list[list[str]]]:
    # While a run swaps the queue in, the name is free for an instant (renamed aside, compared,
    # linked in): a spreadsheet opening it then fails and the person tries again. So does this.
    deadline = time.monotonic() + 2
    while True:
        try:
            data = (review / "queue.csv").read_bytes()
            break
        except FileNotFoundError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.01)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    return rows[0], rows[1:]


def _save(review: Path, claim_id: str, note: str, decision: str = "") -> None:
    """What a spreadsheet does: the whole sheet into a temporary file, renamed over queue.csv."""
    header, rows = _rows(review)
    for row in rows:
        if row[0] == claim_id:
            row[header.index("note")], row[header.index("decision")] = note, decision
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows([header, *rows])
    tmp = review / f"~queue.{threading.get_ident()}.tmp"
    tmp.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    os.replace(tmp, review / "queue.csv")


def _first_unverified(review: Path) -> str:
    header, rows = _rows(review)
    return next(r[0] for r in rows if r[header.index("verdict")] == "unverified")


def _edit_a_fact(demo: Path) -> None:
    """One curated fact edited: every stored claim is verified again (the long part of the run)."""
    path = demo / "curated" / "apollo-program.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("statement: ", "statement: Notably, ", 1), encoding="utf-8")


def _stored(state: Path, claim_id: str) -> tuple[str, str]:
    with StateStore(state) as store:
        d = store.decisions().get(claim_id)
    return (d.decision, d.note) if d else ("", "")


@pytest.fixture
def ran(nlp, demo: Path) -> Path:
    ingest(nlp, demo / "raw", demo / "curated", demo / "review", demo / "state")
    return demo


def test_a_save_during_re_verification_is_merged(nlp, ran: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    demo, review = ran, ran / "review"
    claim = _first_unverified(review)
    real = pipeline.ingest.reverify

    def reviewer_saves_while_verifying(*args, **kwargs):
        n = real(*args, **kwargs)
        _save(review, claim, "saved during re-verification", "reject")
        return n

    monkeypatch.setattr(pipeline.ingest, "reverify", reviewer_saves_while_verifying)
    _edit_a_fact(demo)
    ingest(nlp, demo / "raw", demo / "curated", review, demo / "state")
    assert _stored(demo / "state", claim) == ("reject", "saved during re-verification")
    assert claim not in {r[0] for r in _rows(review)[1]}  # rejected: it has left the queue


def test_a_save_after_the_last_merge_is_merged_before_the_queue_is_replaced(
        nlp, ran: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    demo, review = ran, ran / "review"
    claim = _first_unverified(review)
    real = pipeline.review.dumps_csv
    saves = iter(["first save, while the queue is being written", "second save, in the same gap"])

    def reviewer_saves_as_the_queue_is_rendered(frame):
        if "decision" in frame.columns and (note := next(saves, None)):  # the queue, after it was read
            _save(review, claim, note)
        return real(frame)

    monkeypatch.setattr(pipeline.review, "dumps_csv", reviewer_saves_as_the_queue_is_rendered)
    _edit_a_fact(demo)
    ingest(nlp, demo / "raw", demo / "curated", review, demo / "state")
    assert _stored(demo / "state", claim)[1] == "second save, in the same gap"
    header, rows = _rows(review)
    assert [r[header.index("note")] for r in rows if r[0] == claim] == ["second save, in the same gap"]


def test_a_reviewer_who_keeps_saving_keeps_their_file_for_the_next_run(
        nlp, ran: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    demo, review = ran, ran / "review"
    claim = _first_unverified(review)
    real = pipeline.review.dumps_csv
    count = iter(range(1000))

    def reviewer_saves_every_time(frame):
        if "decision" in frame.columns:
            _save(review, claim, f"save {next(count)}")
        return real(frame)

    monkeypatch.setattr(pipeline.review, "dumps_csv", reviewer_saves_every_time)
    _edit_a_fact(demo)
    report = ingest(nlp, demo / "raw", demo / "curated", review, demo / "state")
    last = f"save {next(count) - 1}"
    assert "left as saved" in report.queue_kept
    header, rows = _rows(review)
    assert [r[header.index("note")] for r in rows if r[0] == claim] == [last]  # their file, untouched
    monkeypatch.setattr(pipeline.review, "dumps_csv", real)
    ingest(nlp, demo / "raw", demo / "curated", review, demo / "state")
    assert _stored(demo / "state", claim)[1] == last


@pytest.mark.parametrize("saving_for", [0.3, 0.9, 1.6])
def test_the_last_of_many_saves_during_a_long_run_survives(nlp, ran: Path, monkeypatch: pytest.MonkeyPatch,
                                                           saving_for: float) -> None:
    """A reviewer saves every 10 ms from the moment the claims are verified again (made 1.2 s longer,
    as on a corpus of thousands of claims), then stops: in that gap, in the rewrite, or after the
    run. Whenever they stop, their last save ends in the database (at the latest on the next run)."""
    demo, review = ran, ran / "review"
    claim = _first_unverified(review)
    real = pipeline.ingest.reverify
    started, last = threading.Event(), [""]

    def long_reverify(*args, **kwargs):
        started.set()
        n = real(*args, **kwargs)
        time.sleep(1.2)
        return n

    def saver() -> None:
        started.wait(30)
        end, k = time.monotonic() + saving_for, 0
        while time.monotonic() < end or k < 3:  # three saves at least, however loaded the machine
            k += 1
            last[0] = f"save {k}" + (" reject" if k % 7 == 0 else "")
            _save(review, claim, last[0], "reject" if k % 7 == 0 else "")
            time.sleep(0.01)

    monkeypatch.setattr(pipeline.ingest, "reverify", long_reverify)
    _edit_a_fact(demo)
    thread = threading.Thread(target=saver)
    thread.start()
    try:
        ingest(nlp, demo / "raw", demo / "curated", review, demo / "state")
    finally:
        thread.join()
    assert last[0] not in ("", "save 1")  # it saved many times
    monkeypatch.setattr(pipeline.ingest, "reverify", real)
    ingest(nlp, demo / "raw", demo / "curated", review, demo / "state")  # merges a save left on disk
    decision, note = _stored(demo / "state", claim)
    assert (decision, note) == ("reject" if last[0].endswith("reject") else "", last[0])
