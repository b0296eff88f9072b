"""pipeline.state: the SQLite run state (documents, claims, decisions, runs, audit)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from pipeline import state
from pipeline.model import Claim, Match
from pipeline.state import Decision, StateStore, StoredDocument


def _claim(claim_id: str, source: str = "a.md", start: int = 0, text: str = "") -> Claim:
    return Claim(claim_id, source, 1 + start // 100, start, start + 10, text or f"Claim {claim_id}.")


@pytest.fixture
def store(tmp_path: Path):
    with StateStore(tmp_path / "state") as s:
        yield s


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_new_store_creates_schema(tmp_path: Path) -> None:
    with StateStore(tmp_path / "deep" / "state") as s:  # the folder is created
        assert s.path == tmp_path / "deep" / "state" / state.DB_NAME
        assert {"meta", "documents", "claims", "decisions", "runs", "audit"} <= _tables(s.conn)
        assert s.get_meta("schema_version") == str(state.SCHEMA_VERSION)
        assert s.claims() == [] and s.decisions() == {} and s.documents() == {} and s.runs() == []


def test_reopening_an_existing_store_keeps_schema_version(tmp_path: Path) -> None:
    with StateStore(tmp_path) as s, s.transaction():
        s.set_meta("schema_version", "1")
        s.set_meta("facts_fingerprint", "abc")
    with StateStore(tmp_path) as s:  # CREATE ... IF NOT EXISTS and INSERT OR IGNORE: nothing reset
        assert s.get_meta("facts_fingerprint") == "abc"
        assert s.get_meta("missing", "dflt") == "dflt"


# --- transactions --------------------------------------------------------------------------


def test_transaction_rolls_back_on_exception(store: StateStore) -> None:
    with store.transaction():
        store.replace_claims("a.md", [_claim("keep")])
    with pytest.raises(RuntimeError), store.transaction():
        store.replace_claims("a.md", [_claim("new")])  # also marks "keep" absent
        store.save_decision(Decision("keep", "reject"))
        store.set_meta("k", "v")
        store.start_run("ingest")
        raise RuntimeError("killed half way")
    assert [c.claim_id for c in store.claims()] == ["keep"]
    assert store.decisions() == {}
    assert store.get_meta("k") == ""
    assert store.runs() == []
    with store.transaction():  # the connection is usable again
        store.set_meta("k", "v")
    assert store.get_meta("k") == "v"


def test_transaction_rolls_back_on_keyboard_interrupt(tmp_path: Path) -> None:
    with StateStore(tmp_path) as s:
        with pytest.raises(KeyboardInterrupt), s.transaction():
            s.save_decision(Decision("c1", "accept"))
            raise KeyboardInterrupt
    with StateStore(tmp_path) as s:  # a new connection sees nothing either
        assert s.decisions() == {}


def test_uncommitted_transaction_is_invisible_to_other_connections(tmp_path: Path) -> None:
    with StateStore(tmp_path) as writer, StateStore(tmp_path) as reader:
        with writer.transaction():
            writer.replace_claims("a.md", [_claim("c1")])
            assert reader.claims() == []
        assert [c.claim_id for c in reader.claims()] == ["c1"]


# --- documents and claims ------------------------------------------------------------------


def test_save_document_upsert(store: StateStore) -> None:
    with store.transaction():
        store.save_document("a.md", "h1", {"title": "A"})
        store.save_document("b.md", "h2", {}, error="not UTF-8")
        store.save_document("a.md", "h3", {"title": "A2", "url": "u"})
    assert store.documents() == {
        "a.md": StoredDocument("a.md", "h3", {"title": "A2", "url": "u"}, ""),
        "b.md": StoredDocument("b.md", "h2", {}, "not UTF-8"),
    }


def test_replace_claims_adds_updates_and_marks_vanished(store: StateStore,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state, "now", lambda: "2026-01-01T00:00:00+00:00")
    with store.transaction():
        store.replace_claims("a.md", [_claim("c1", start=0), _claim("c2", start=100)])
        store.replace_claims("b.md", [_claim("b1", "b.md")])
    monkeypatch.setattr(state, "now", lambda: "2026-01-02T00:00:00+00:00")
    moved = Claim("c2", "a.md", 9, 800, 810, "Claim c2.", "New heading", "2023")
    with store.transaction():
        store.replace_claims("a.md", [moved, _claim("c3", start=300)])  # c1 vanished
    assert store.claims() == [_claim("c3", start=300), moved, _claim("b1", "b.md")]  # by source, then start
    assert [c.claim_id for c in store.claims(present_only=False)] == ["c1", "c3", "c2", "b1"]
    rows = store.claim_rows()
    assert rows["c1"]["present"] == 0
    assert (rows["c2"]["first_seen"], rows["c2"]["last_seen"]) == ("2026-01-01T00:00:00+00:00",
                                                                   "2026-01-02T00:00:00+00:00")
    assert rows["b1"]["present"] == 1  # another source is untouched
    assert set(store.matches()) == {"c2", "c3", "b1"}  # absent claims have no verdict to show


def test_replace_claims_empty_marks_all_absent_and_reappearing_claim_returns(store: StateStore) -> None:
    with store.transaction():
        store.replace_claims("a.md", [_claim("c1"), _claim("c2", start=100)])
        store.replace_claims("a.md", [])
    assert store.claims() == []
    with store.transaction():
        store.replace_claims("a.md", [_claim("c1")])
    assert [c.claim_id for c in store.claims()] == ["c1"]


def test_forget_documents(store: StateStore) -> None:
    with store.transaction():
        for source in ("a.md", "b.md"):
            store.save_document(source, "h", {})
            store.replace_claims(source, [_claim(f"{source}-1", source)])
        store.save_decision(Decision("a.md-1", "reject", source="a.md", claim_text="Claim a.md-1."))
        store.forget_documents(["a.md", "never-seen.md"])
    assert set(store.documents()) == {"b.md"}
    assert [c.claim_id for c in store.claims()] == ["b.md-1"]
    assert set(store.decisions()) == {"a.md-1"}  # decisions stay


def test_save_matches(store: StateStore) -> None:
    with store.transaction():
        store.replace_claims("a.md", [_claim("c1"), _claim("c2", start=100)])
    assert store.matches() == {"c1": Match("c1", "unverified", "", 0.0, ""),  # the defaults
                               "c2": Match("c2", "unverified", "", 0.0, "")}
    with store.transaction():
        store.save_matches([Match("c1", "contradicted", "f1", 0.75, "year 2019 vs 2020 in f1"),
                            Match("unknown", "supported", "f1", 1.0, "")])  # no such claim: ignored
    assert store.matches()["c1"] == Match("c1", "contradicted", "f1", 0.75, "year 2019 vs 2020 in f1")
    with store.transaction():  # re-found claims keep their verdict until judged again
        store.replace_claims("a.md", [_claim("c1"), _claim("c2", start=100)])
    assert store.matches()["c1"].verdict == "contradicted"


# --- decisions -----------------------------------------------------------------------------


def test_save_decision_upsert_one_row(store: StateStore) -> None:
    with store.transaction():
        store.save_decision(Decision("c1", "", note="ask Bo", extra={"Reviewer": "ana"},
                                     source="a.md", claim_text="Claim c1."))
        store.save_decision(Decision("c1", "accept", statement="Better.", article="art", note="done",
                                     source="a.md", claim_text="Claim c1."))
    assert store.conn.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 1
    assert store.decisions() == {
        "c1": Decision("c1", "accept", "Better.", "art", "done", {}, "a.md", "Claim c1.", "", ""),
    }


def test_decision_extra_round_trips(store: StateStore) -> None:
    extra = {"Reviewer": "Zoë", "Due": "2026-05-01, \"soon\""}
    with store.transaction():
        store.save_decision(Decision("c1", "", extra=extra))
    assert store.decisions()["c1"].extra == extra


def test_mark_applied(store: StateStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state, "now", lambda: "2026-03-04T05:06:07+00:00")
    with store.transaction():
        store.save_decision(Decision("c1", "accept", source="a.md", claim_text="T."))
        store.save_decision(Decision("c2", "dispute"))
        store.mark_applied("c1", "owm-new-fact")
    d = store.decisions()
    assert (d["c1"].applied_at, d["c1"].result) == ("2026-03-04T05:06:07+00:00", "owm-new-fact")
    assert (d["c2"].applied_at, d["c2"].result) == ("", "")


# --- runs and audit ------------------------------------------------------------------------


def test_runs_and_audit(store: StateStore) -> None:
    with store.transaction():
        first = store.start_run("ingest")
        store.audit(first, "review:accept", "c1", "note")
        store.finish_run(first, "ok", {"parsed": 2, "errors": []})
        second = store.start_run("promote")
        store.audit(None, "promote:accept", "c1")
    assert second > first
    runs = store.runs()
    assert [(r["run_id"], r["kind"], r["status"]) for r in runs] == [(second, "promote", "running"),
                                                                     (first, "ingest", "ok")]  # newest first
    assert json.loads(runs[1]["detail"]) == {"errors": [], "parsed": 2}
    assert runs[1]["finished_at"] and not runs[0]["finished_at"]
    audit = [tuple(r) for r in store.conn.execute("SELECT run_id, action, claim_id, detail FROM audit ORDER BY id")]
    assert audit == [(first, "review:accept", "c1", "note"), (None, "promote:accept", "c1", "")]


def test_runs_limit(store: StateStore) -> None:
    with store.transaction():
        ids = [store.start_run("ingest") for _ in range(7)]
    assert [r["run_id"] for r in store.runs()] == ids[::-1][:5]
    assert len(store.runs(10)) == 7


# --- persistence ---------------------------------------------------------------------------


def test_reopen_keeps_everything(tmp_path: Path) -> None:
    with StateStore(tmp_path) as s, s.transaction():
        s.save_document("a.md", "h", {"title": "A"})
        s.replace_claims("a.md", [_claim("c1"), _claim("c2", start=100)])
        s.replace_claims("a.md", [_claim("c1")])
        s.save_matches([Match("c1", "supported", "f1", 0.9, "same")])
        s.save_decision(Decision("c1", "accept", "S.", "art", "n", {"X": "y"}, "a.md", "Claim c1."))
        s.mark_applied("c1", "f2")
        run = s.start_run("ingest")
        s.audit(run, "review:accept", "c1")
        s.finish_run(run, "ok", {})
        s.set_meta("facts_fingerprint", "abc")
    with StateStore(tmp_path) as s:
        assert s.documents() == {"a.md": StoredDocument("a.md", "h", {"title": "A"}, "")}
        assert s.claims() == [_claim("c1")]
        assert [c.claim_id for c in s.claims(present_only=False)] == ["c1", "c2"]
        assert s.matches() == {"c1": Match("c1", "supported", "f1", 0.9, "same")}
        d = s.decisions()["c1"]
        assert (d.decision, d.statement, d.article, d.note, d.extra, d.source, d.claim_text, d.result) == (
            "accept", "S.", "art", "n", {"X": "y"}, "a.md", "Claim c1.", "f2")
        assert d.applied_at
        assert [(r["kind"], r["status"]) for r in s.runs()] == [("ingest", "ok")]
        assert s.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 1
        assert s.get_meta("facts_fingerprint") == "abc"


def test_find_claim_by_id_alias_or_prefix(store: StateStore) -> None:
    from pipeline.errors import UnknownClaimError

    a = Claim("c1234567890a", "a.md", 1, 0, 10, "Apollo 11.")
    b = Claim("c1234599999b", "a.md", 2, 11, 20, "Apollo 12.")
    with store.transaction():
        store.replace_claims("a.md", [a, b])
        store.conn.execute("INSERT INTO claim_aliases VALUES ('oldid0000000', 'c1234567890a')")
    assert store.find_claim("c1234567890a") == (a, True)
    assert store.find_claim("oldid0000000")[0] == a  # an id from before ids changed (schema 1)
    assert store.find_claim("c12345678")[0] == a  # a unique prefix
    with pytest.raises(UnknownClaimError, match="fits several claims"):
        store.find_claim("c12345")
    with pytest.raises(UnknownClaimError, match="no claim 'c99'"):
        store.find_claim("c99")
    with store.transaction():
        store.replace_claims("a.md", [b])
    assert store.find_claim("c1234567890a") == (a, False)  # no longer in its file, still explained


def test_decision_new_fact_id_and_explanations_round_trip(store: StateStore) -> None:
    with store.transaction():
        store.save_decision(Decision("c1", "accept", new_fact_id="ap-saturn-v-crews-1968"))
        store.save_explanations({"c1": ("k1", "unverified", ("No fact states it all.", "Both say: x."))})
    assert store.decisions()["c1"].new_fact_id == "ap-saturn-v-crews-1968"
    assert store.explanations() == {"c1": ("k1", "unverified", ("No fact states it all.", "Both say: x."))}


def test_a_database_from_before_new_fact_id_gets_the_column(tmp_path: Path) -> None:
    (tmp_path / "state").mkdir()
    conn = sqlite3.connect(tmp_path / "state" / state.DB_NAME)
    conn.execute("CREATE TABLE decisions (claim_id TEXT PRIMARY KEY, decision TEXT NOT NULL DEFAULT '', "
                 "statement TEXT NOT NULL DEFAULT '', article TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
                 "extra TEXT NOT NULL DEFAULT '{}', source TEXT NOT NULL DEFAULT '', claim_text TEXT NOT NULL DEFAULT '', "
                 "updated_at TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '')")
    conn.execute("INSERT INTO decisions (claim_id, decision, updated_at) VALUES ('c1', 'reject', 'then')")
    conn.commit()
    conn.close()
    with StateStore(tmp_path / "state") as s:
        assert s.decisions()["c1"] == Decision("c1", "reject", extra={})  # kept, with an empty new_fact_id
