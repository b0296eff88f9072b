"""pipeline.publish: claims.csv, queue.csv and history.csv written from the state database."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import review
from pipeline.model import Claim, Fact, Match
from pipeline.publish import in_queue, publish, publish_review, rejected_keys, settled_ids
from pipeline.state import Decision, StateStore

FACTS = {"f-bloom": Fact("f-bloom", "BLOOM has 176 billion parameters.", "t", "u", "high", "owm")}
FILES = ["claims.csv", "queue.csv", "history.csv"]


def _claim(claim_id: str, start: int, text: str, source: str = "notes/a.md") -> Claim:
    return Claim(claim_id, source, 1 + start // 100, start, start + len(text), text)


def _verdict(claim_id: str, verdict: str, fact_id: str = "") -> Match:
    return Match(claim_id, verdict, fact_id, 0.5 if fact_id else 0.0, f"{verdict} reason")


@pytest.fixture
def store(tmp_path: Path):
    """Eight claims in notes/a.md, a rejected claim that has since vanished, and decisions of every kind."""
    with StateStore(tmp_path / "state") as s:
        with s.transaction():
            # "old" was rejected, then the text moved and re-segmenting gave it a new id ("moved")
            s.replace_claims("notes/a.md", [_claim("old", 900, "BLOOM has 175 billion parameters.")])
            s.save_decision(Decision("old", "reject", note="typo in the notes", source="notes/a.md",
                                     claim_text="BLOOM has 175 billion parameters."))
            s.replace_claims("notes/a.md", [
                _claim("open-c", 0, "BLOOM has 175 billion parameters, said Bo."),
                _claim("open-u", 100, "=SUM(A1) is a claim that looks like a formula."),
                _claim("supp", 200, "BLOOM has 176 billion parameters."),
                _claim("acc", 300, "Meta released Llama 3 in April 2024."),
                _claim("rej", 400, "Pythia was released in 2019."),
                _claim("noted", 500, "Mistral was founded in 2022."),
                _claim("moved", 600, "BLOOM has 175 billion parameters."),
                _claim("acc2", 700, "Falcon was developed by TII in 2023."),
            ])
            s.save_matches([
                _verdict("open-c", "contradicted", "f-bloom"), _verdict("open-u", "unverified"),
                _verdict("supp", "supported", "f-bloom"), _verdict("acc", "unverified"),
                _verdict("rej", "contradicted", "f-bloom"), _verdict("noted", "unverified"),
                _verdict("moved", "contradicted", "f-bloom"), _verdict("acc2", "unverified"),
            ])
            s.save_decision(Decision("acc", "accept", statement="Meta released Llama 3 in April 2024.",
                                     article="owm", source="notes/a.md",
                                     claim_text="Meta released Llama 3 in April 2024."))
            s.mark_applied("acc", "owm-meta-released-llama-april-2024")
            s.save_decision(Decision("acc2", "accept", statement="TII developed Falcon.", article="owm",
                                     source="notes/a.md", claim_text="Falcon was developed by TII in 2023."))
            s.save_decision(Decision("rej", "reject", source="notes/a.md", claim_text="Pythia was released in 2019."))
            s.save_decision(Decision("noted", "", note="ask Bo, \"maybe\"", extra={"Reviewer": "ana"},
                                     source="notes/a.md", claim_text="Mistral was founded in 2022."))
        yield s


def test_publish_writes_three_files(store: StateStore, tmp_path: Path) -> None:
    out = tmp_path / "review"
    assert publish(store, out, FACTS) == FILES
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)  # no temporary files left

    claims = review.read_claims(out / "claims.csv")
    assert list(claims.columns) == review.CLAIM_COLUMNS
    # every present claim, in offset order; "old" has vanished from its file
    assert list(claims["claim_id"]) == ["open-c", "open-u", "supp", "acc", "rej", "noted", "moved", "acc2"]
    assert claims.loc[1, "claim"] == "=SUM(A1) is a claim that looks like a formula."  # read back as written
    assert claims.loc[0, "fact_statement"] == "BLOOM has 176 billion parameters."
    raw = (out / "claims.csv").read_text(encoding="utf-8")
    assert ",'=SUM(A1) is a claim" in raw  # and inert on disk


def test_queue_holds_only_open_claims(store: StateStore, tmp_path: Path) -> None:
    out = tmp_path / "review"
    publish(store, out, FACTS)
    items = {i.claim_id: i for i in review.read_queue(out / "queue.csv")}
    # out: supp (supported), acc (accepted and promoted), rej (rejected), moved (same source and
    # text as the rejected "old"); acc2 is accepted but not promoted yet, so it can still be corrected
    assert sorted(items) == ["acc2", "noted", "open-c", "open-u"]
    assert (items["acc2"].decision, items["acc2"].statement, items["acc2"].article) == (
        "accept", "TII developed Falcon.", "owm")
    assert items["noted"].note == "ask Bo, \"maybe\""  # what the reviewer wrote so far is carried
    assert items["noted"].extra == {"Reviewer": "ana"}
    assert not items["open-c"].touched


def test_history(store: StateStore, tmp_path: Path) -> None:
    out = tmp_path / "review"
    publish(store, out, FACTS)
    history = review.loads_csv((out / "history.csv").read_text(encoding="utf-8"))
    assert list(history.columns) == review.HISTORY_COLUMNS
    # decided rows only (the note-only row is still pending), by source then claim id
    assert history[["claim_id", "decision", "result"]].to_dict("records") == [
        {"claim_id": "acc", "decision": "accept", "result": "owm-meta-released-llama-april-2024"},
        {"claim_id": "acc2", "decision": "accept", "result": ""},
        {"claim_id": "old", "decision": "reject", "result": ""},
        {"claim_id": "rej", "decision": "reject", "result": ""},
    ]
    assert history.loc[0, "applied_at"] != "" and history.loc[1, "applied_at"] == ""


def test_second_publish_rewrites_nothing(store: StateStore, tmp_path: Path) -> None:
    out = tmp_path / "review"
    publish(store, out, FACTS)
    before = {name: ((out / name).read_bytes(), (out / name).stat().st_mtime_ns, (out / name).stat().st_ino)
              for name in FILES}
    assert publish(store, out, FACTS) == []
    with StateStore(store.path.parent) as reopened:  # a new run, another connection
        assert publish(reopened, out, FACTS) == []
    after = {name: ((out / name).read_bytes(), (out / name).stat().st_mtime_ns, (out / name).stat().st_ino)
             for name in FILES}
    assert after == before


def test_publish_writes_only_what_changed(store: StateStore, tmp_path: Path) -> None:
    out = tmp_path / "review"
    publish(store, out, FACTS)
    claims_before = (out / "claims.csv").read_bytes()
    with store.transaction():
        store.save_decision(Decision("open-c", "dispute", source="notes/a.md",
                                     claim_text="BLOOM has 175 billion parameters, said Bo."))
    assert publish(store, out, FACTS) == ["queue.csv", "history.csv"]  # the verdicts did not change
    assert (out / "claims.csv").read_bytes() == claims_before
    queue = {i.claim_id: i.decision for i in review.read_queue(out / "queue.csv")}
    assert queue["open-c"] == "dispute"  # stays, decision shown, until promote applies it
    with store.transaction():
        store.mark_applied("open-c", "f-bloom")
        store.save_decision(Decision("open-u", "reject", source="notes/a.md",
                                     claim_text="=SUM(A1) is a claim that looks like a formula."))
    assert publish(store, out, FACTS) == ["queue.csv", "history.csv"]
    assert (out / "claims.csv").read_bytes() == claims_before
    # applied, and rejected (at once): both leave the queue
    assert sorted(i.claim_id for i in review.read_queue(out / "queue.csv")) == ["acc2", "noted"]


def test_publish_after_queue_edit_round_trip(store: StateStore, tmp_path: Path) -> None:
    # what the reviewer saved, laid out again over the published claims, is the same file
    out = tmp_path / "review"
    publish(store, out, FACTS)
    pending = {i.claim_id: i for i in review.read_queue(out / "queue.csv")}
    claims = review.read_claims(out / "claims.csv")
    again = review.dumps_csv(review.queue_frame(claims[claims["claim_id"].isin(pending)], pending))
    assert again == (out / "queue.csv").read_text(encoding="utf-8")


def test_in_queue_and_settled_ids(store: StateStore) -> None:
    claims, decisions = store.claims(), store.decisions()
    # rejects settle at once ("moved" too: same file and text as the rejected "old"); accepts once applied
    assert settled_ids(claims, decisions) == {"old", "rej", "moved", "acc"}
    assert [c.claim_id for c in in_queue(claims, store.matches(), decisions)] == ["open-c", "open-u", "noted", "acc2"]


def test_in_queue_keeps_a_decided_claim_whose_verdict_changed(store: StateStore) -> None:
    claims, decisions = store.claims(), store.decisions()
    matches = {c.claim_id: _verdict(c.claim_id, "supported", "f-bloom") for c in claims}
    # nothing is open any more, but acc2 is accepted and not yet promoted: it stays to be corrected
    assert [c.claim_id for c in in_queue(claims, matches, decisions)] == ["acc2"]


def test_publish_with_explicit_matches(store: StateStore, tmp_path: Path) -> None:
    out = tmp_path / "review"
    matches = {c.claim_id: _verdict(c.claim_id, "supported", "f-bloom") for c in store.claims()}
    publish(store, out, FACTS, matches)
    assert set(review.read_claims(out / "claims.csv")["verdict"]) == {"supported"}
    # nothing left to decide; the accepted, not yet promoted claim stays whatever its verdict now
    assert [i.claim_id for i in review.read_queue(out / "queue.csv")] == ["acc2"]


def test_publish_empty_store(tmp_path: Path) -> None:
    with StateStore(tmp_path / "state") as s:
        out = tmp_path / "review"
        assert publish(s, out, {}) == FILES
        assert (out / "claims.csv").read_text(encoding="utf-8") == ",".join(review.CLAIM_COLUMNS) + "\n"
        assert (out / "queue.csv").read_text(encoding="utf-8") == ",".join(review.QUEUE_COLUMNS) + "\n"
        assert review.read_queue(out / "queue.csv") == []


def test_rejected_keys() -> None:
    decisions = {
        "a": Decision("a", "reject", source="x.md", claim_text="A."),
        "b": Decision("b", "accept", source="x.md", claim_text="B."),
        "c": Decision("c", "", source="x.md", claim_text="C."),
    }
    assert rejected_keys(decisions) == {("x.md", "A.")}


def test_queue_lists_contradicted_first_then_by_file_and_line(tmp_path: Path) -> None:
    with StateStore(tmp_path / "state") as s:
        with s.transaction():
            s.replace_claims("b.md", [_claim("b1", 0, "Sputnik flew in 1958.", "b.md"),
                                      _claim("b2", 300, "Pythia came out in 2019.", "b.md")])
            s.replace_claims("a.md", [_claim("a1", 0, "Mistral was founded in 2022.", "a.md"),
                                      _claim("a2", 200, "BLOOM has 175 billion parameters.", "a.md")])
            s.save_matches([_verdict("b1", "unverified"), _verdict("b2", "contradicted", "f-bloom"),
                            _verdict("a1", "unverified"), _verdict("a2", "contradicted", "f-bloom")])
        publish(s, tmp_path / "review", FACTS)
    order = [i.claim_id for i in review.read_queue(tmp_path / "review" / "queue.csv")]
    assert order == ["a2", "b2", "a1", "b1"]  # contradicted (a, then b), then unverified (a, then b)


def test_publish_names_the_rows_new_to_the_queue(store: StateStore, tmp_path: Path) -> None:
    out = tmp_path / "review"
    first = publish_review(store, out, FACTS)
    assert sorted(r["claim_id"] for r in first.new) == ["acc2", "noted", "open-c", "open-u"]
    assert publish_review(store, out, FACTS).new == []  # the same queue: nothing new
    with store.transaction():
        store.replace_claims("notes/b.md", [_claim("fresh", 0, "Gemma was released in 2024.", "notes/b.md")])
        store.save_matches([_verdict("fresh", "unverified")])
    (new,) = publish_review(store, out, FACTS).new
    assert new == {"claim_id": "fresh", "verdict": "unverified", "source": "notes/b.md", "line": "1",
                   "claim": "Gemma was released in 2024."}
