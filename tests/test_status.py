"""pipeline.status: the read-only summary behind ``factledger status``."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import review, state
from pipeline.model import Claim, Match
from pipeline.publish import publish
from pipeline.state import DB_NAME, Decision, StateStore
from pipeline.status import status

EMPTY = {"verdicts": {}, "decisions": {}, "pending": 0, "oldest_pending": None, "runs": []}


def test_status_without_database(tmp_path: Path) -> None:
    assert status(tmp_path / "state") == EMPTY
    assert not (tmp_path / "state").exists()  # looking does not create anything


def test_status_of_fresh_database(tmp_path: Path) -> None:
    StateStore(tmp_path).close()
    assert (tmp_path / DB_NAME).exists()
    assert status(tmp_path) == EMPTY


def _claim(claim_id: str, source: str, start: int) -> Claim:
    return Claim(claim_id, source, start // 10 + 1, start, start + 5, f"Text of {claim_id}.")


def _at(monkeypatch: pytest.MonkeyPatch, day: str) -> None:
    monkeypatch.setattr(state, "now", lambda: f"{day}T00:00:00+00:00")


@pytest.fixture
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    with StateStore(tmp_path) as s, s.transaction():
        _at(monkeypatch, "2025-11-01")
        s.replace_claims("b.md", [_claim("b-rej", "b.md", 0), _claim("b-gone", "b.md", 10),
                                  _claim("b-supp", "b.md", 20)])
        _at(monkeypatch, "2025-12-01")  # b-gone vanishes, b-old appears
        s.replace_claims("b.md", [_claim("b-rej", "b.md", 0), _claim("b-supp", "b.md", 20),
                                  _claim("b-old", "b.md", 30)])
        _at(monkeypatch, "2026-01-01")
        s.replace_claims("a.md", [_claim(f"a{i}", "a.md", i * 10) for i in range(1, 7)])
        verdicts = {"b-rej": "contradicted", "b-gone": "unverified", "b-supp": "supported",
                    "b-old": "unverified", "a1": "contradicted", "a2": "supported", "a3": "unverified",
                    "a4": "unverified", "a5": "contradicted", "a6": "unverified"}
        s.save_matches(Match(c, v, "f1", 0.5, "") for c, v in verdicts.items())
        s.save_decision(Decision("b-rej", "reject", source="b.md", claim_text="Text of b-rej."))
        s.save_decision(Decision("a3", "accept", source="a.md", claim_text="Text of a3."))
        s.mark_applied("a3", "f-new")
        s.save_decision(Decision("a4", "accept", source="a.md", claim_text="Text of a4."))
        s.save_decision(Decision("a5", "dispute", source="a.md", claim_text="Text of a5."))
        s.save_decision(Decision("a6", "", note="ask Bo", source="a.md", claim_text="Text of a6."))
        first = s.start_run("ingest")
        s.finish_run(first, "ok", {"parsed": 2})
        s.start_run("promote")
    return tmp_path


def test_status_counts(filled: Path) -> None:
    got = status(filled)
    # present claims only: b-gone has vanished from b.md
    assert got["verdicts"] == {"contradicted": 3, "supported": 2, "unverified": 4}
    assert got["decisions"] == {"accept (applied)": 1, "accept (to promote)": 1, "dispute (to promote)": 1,
                                "note only": 1, "reject": 1}
    # the rows of the queue: contradicted or unverified and not settled (a1, a6 with only a note, b-old),
    # and accepts or disputes not yet promoted (a4, a5)
    assert got["pending"] == 5
    # b-old is the first seen of those, although a.md sorts before b.md
    assert got["oldest_pending"] == {"claim_id": "b-old", "source": "b.md", "line": 4, "claim": "Text of b-old.",
                                     "first_seen": "2025-12-01T00:00:00+00:00"}
    assert [(r["kind"], r["status"]) for r in got["runs"]] == [("promote", "running"), ("ingest", "ok")]


def test_status_pending_is_the_queue(filled: Path, tmp_path: Path) -> None:
    with StateStore(filled) as s:
        publish(s, tmp_path / "review", {})
    queue = review.read_queue(tmp_path / "review" / "queue.csv")
    assert status(filled)["pending"] == len(queue) == 5


def test_status_rejected_claim_under_a_new_id(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # b-old is rejected; then its text gets a new id: it stays out of the pending count
    with StateStore(filled) as s, s.transaction():
        s.save_decision(Decision("b-old", "reject", source="b.md", claim_text="Text of b-old."))
        s.replace_claims("b.md", [_claim("b-rej", "b.md", 0), _claim("b-supp", "b.md", 20),
                                  Claim("b-old-2", "b.md", 4, 30, 35, "Text of b-old.")])
        s.save_matches([Match("b-old-2", "unverified", "", 0.0, "")])
    got = status(filled)
    assert got["pending"] == 4  # a1, a4, a5, a6
    assert got["oldest_pending"]["claim_id"] == "a1"  # first seen on 2026-01-01 with a6, earlier in a.md


def test_status_keeps_the_last_five_runs(tmp_path: Path) -> None:
    with StateStore(tmp_path) as s, s.transaction():
        ids = [s.start_run("ingest") for _ in range(7)]
    assert [r["run_id"] for r in status(tmp_path)["runs"]] == ids[::-1][:5]


def test_status_records_no_run(filled: Path) -> None:
    status(filled)
    assert status(filled) == status(filled)
    with StateStore(filled) as s:
        assert s.conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 2
        assert s.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 0
