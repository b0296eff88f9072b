"""Run state in an embedded SQLite database: documents, claims, decisions, runs, an audit log.

Every change happens inside a transaction (``with store.transaction():``), so a run
killed half way leaves the database as it was before that transaction began.
"""

from __future__ import annotations

import json
import sqlite3
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import identity
from .errors import StateError, UnknownClaimError
from .model import Claim, Match

SCHEMA_VERSION = 2
"""1: claim ids made of the file name and the words; 2: of the words alone (``identity.py``)."""
DB_NAME = "factledger.db"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, meta TEXT NOT NULL DEFAULT '{}',
    seen_at TEXT NOT NULL, error TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS claims (
    claim_id TEXT PRIMARY KEY, source TEXT NOT NULL, line INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, text TEXT NOT NULL, context TEXT NOT NULL, date_context TEXT NOT NULL,
    verdict TEXT NOT NULL DEFAULT 'unverified', fact_id TEXT NOT NULL DEFAULT '',
    score REAL NOT NULL DEFAULT 0, reason TEXT NOT NULL DEFAULT '',
    present INTEGER NOT NULL DEFAULT 1, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
    statement TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS claims_by_source ON claims (source, present);
CREATE TABLE IF NOT EXISTS decisions (
    claim_id TEXT PRIMARY KEY, decision TEXT NOT NULL DEFAULT '', statement TEXT NOT NULL DEFAULT '',
    article TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', extra TEXT NOT NULL DEFAULT '{}',
    source TEXT NOT NULL DEFAULT '', claim_text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '',
    new_fact_id TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'running', detail TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS claim_aliases (old_id TEXT PRIMARY KEY, claim_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS explanations (
    claim_id TEXT PRIMARY KEY, key TEXT NOT NULL, verdict TEXT NOT NULL, words TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS judged_facts (fact_id TEXT PRIMARY KEY, statement TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, run_id INTEGER, action TEXT NOT NULL,
    claim_id TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '');
"""


def now() -> str:
    """UTC timestamp, second precision, ISO 8601."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class StoredDocument:
    source: str
    sha256: str
    meta: dict[str, str]
    error: str


@dataclass(frozen=True)
class Decision:
    """What a reviewer decided on a claim (or only noted: ``decision`` empty means pending)."""

    claim_id: str
    decision: str
    statement: str = ""
    article: str = ""
    note: str = ""
    extra: dict[str, str] | None = None
    """Columns the reviewer added to the queue, kept with the row."""
    source: str = ""
    claim_text: str = ""
    applied_at: str = ""
    """When promote applied it to the curated articles ("" while pending)."""
    result: str = ""
    """The fact id it became (accept) or the fact it disputes (dispute)."""
    new_fact_id: str = ""
    """The id the reviewer chose for the fact an accept makes ("" = generated)."""


_REASONS = (
    ("database or disk is full", "the disk is full: free some space and run again"),
    ("readonly database", "it is read-only: make the state folder writable (or use --state)"),
    ("unable to open database", "it cannot be opened: check the state folder exists and is writable"),
    ("disk i/o error", "a disk I/O error (full, read-only or failing disk?)"),
    ("file is not a database", "it is damaged (not an SQLite database): move it away to start afresh"),
    ("malformed", "it is damaged: move it away to start afresh"),
)


def state_error(err: BaseException, path: Path) -> StateError:
    """One line naming the database file and what to do, from SQLite's or the OS's message."""
    text = str(err)
    if isinstance(err, OSError) and err.strerror:
        text = err.strerror
    reason = next((f"{r} ({text})" for key, r in _REASONS if key in text.lower()), text)
    return StateError(f"{reason}; nothing of the failed step was stored", str(path))


class _Connection(sqlite3.Connection):
    """A connection whose errors name the database file: "disk I/O error" alone says nothing of where."""

    db_path: Path

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:  # type: ignore[override]
        try:
            return super().execute(sql, parameters)
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as err:
            if isinstance(err, sqlite3.IntegrityError):
                raise
            raise state_error(err, self.db_path) from err

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:  # type: ignore[override]
        try:
            return super().executemany(sql, parameters)
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as err:
            if isinstance(err, sqlite3.IntegrityError):
                raise
            raise state_error(err, self.db_path) from err


def _connect(path: Path, readonly: bool) -> _Connection:
    if not readonly:
        conn = sqlite3.connect(path, timeout=60, isolation_level=None, factory=_Connection)
    else:
        uri = f"file:{urllib.parse.quote(str(path))}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=60, isolation_level=None, factory=_Connection)
            conn.db_path = path
            conn.execute("SELECT 1 FROM meta LIMIT 1")
        except (sqlite3.Error, StateError):
            # a WAL database in a folder we cannot write: SQLite cannot make its -shm file there;
            # immutable=1 reads the file as it is (nobody can be writing to a read-only folder)
            conn = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None, factory=_Connection)
    conn.db_path = path
    return conn


class StateStore:
    """The SQLite database under the state folder.

    ``readonly=True`` (for ``status``) opens it without writing anything, so a read-only state
    folder can still be summarised. Errors from SQLite or the OS are ``StateError`` naming the file.
    """

    def __init__(self, state_dir: Path, readonly: bool = False) -> None:
        self.path = state_dir / DB_NAME
        try:
            if not readonly:
                state_dir.mkdir(parents=True, exist_ok=True)
            self.conn = _connect(self.path, readonly)
        except (OSError, sqlite3.Error) as err:
            raise state_error(err, self.path if not isinstance(err, OSError) else state_dir) from None
        self.conn.row_factory = sqlite3.Row
        if readonly:
            return
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        with self.transaction():
            for stmt in _SCHEMA.strip().split(";"):
                if stmt.strip():
                    self.conn.execute(stmt)
            self.conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            columns = {r[1] for r in self.conn.execute("PRAGMA table_info(claims)")}
            if "statement" not in columns:  # a database from before claims kept their statement
                self.conn.execute("ALTER TABLE claims ADD COLUMN statement TEXT NOT NULL DEFAULT ''")
            if "new_fact_id" not in {r[1] for r in self.conn.execute("PRAGMA table_info(decisions)")}:
                self.conn.execute("ALTER TABLE decisions ADD COLUMN new_fact_id TEXT NOT NULL DEFAULT ''")
            if self.get_meta("schema_version") == "1":
                self._migrate_ids()
                self.set_meta("schema_version", str(SCHEMA_VERSION))

    def _migrate_ids(self) -> None:
        """Schema 1 to 2: every claim, decision and audit line gets the id made of its words; the old
        ids stay as aliases, so a queue.csv written before still reads (and history is kept)."""
        rows = self.conn.execute('SELECT claim_id, source, text FROM claims ORDER BY present DESC, source, start')
        mapping: dict[str, str] = {}
        taken: set[str] = set()
        for old, source, text in rows.fetchall():
            n = next((k for k in range(10_000) if identity.legacy_claim_id(source, text, k) == old), None)
            if n is None:
                continue  # not an id this code ever made: leave it as it is
            new = identity.claim_id(text, n)
            if new in taken:  # the same words in a file that sorts first: this one is the second
                new = identity.claim_id(text, n, source)
            taken.add(new)
            mapping[old] = new
        for table in ("claims", "decisions", "audit"):  # via temporary ids: no new id may meet an old one
            self.conn.executemany(f"UPDATE {table} SET claim_id = ? WHERE claim_id = ?",
                                  ((f"migrating:{old}", old) for old in mapping))
            self.conn.executemany(f"UPDATE {table} SET claim_id = ? WHERE claim_id = ?",
                                  ((new, f"migrating:{old}") for old, new in mapping.items()))
        self.conn.executemany("INSERT OR REPLACE INTO claim_aliases VALUES (?, ?)", mapping.items())

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "StateStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:  # SQLite may have rolled back already (a full disk does)
                try:
                    self.conn.execute("ROLLBACK")
                except StateError:
                    pass  # the error that got us here says more
            raise
        try:
            self.conn.execute("COMMIT")
        except StateError:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise

    # --- meta ---------------------------------------------------------------------------

    def get_meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                          (key, value))

    # --- documents and claims -----------------------------------------------------------

    def documents(self) -> dict[str, StoredDocument]:
        rows = self.conn.execute("SELECT source, sha256, meta, error FROM documents")
        return {r["source"]: StoredDocument(r["source"], r["sha256"], json.loads(r["meta"]), r["error"])
                for r in rows}

    def save_document(self, source: str, sha256: str, meta: dict[str, str], error: str = "") -> None:
        self.conn.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?) ON CONFLICT(source) DO UPDATE SET "
            "sha256 = excluded.sha256, meta = excluded.meta, seen_at = excluded.seen_at, error = excluded.error",
            (source, sha256, json.dumps(meta, sort_keys=True), now(), error))

    def aliases(self) -> dict[str, str]:
        """Old claim id -> its id now (ids changed with schema 2)."""
        return dict(self.conn.execute("SELECT old_id, claim_id FROM claim_aliases").fetchall())

    def assign_ids(self, source: str, claims: Iterable[Claim]) -> dict[str, str]:
        """The id to store for each claim of ``source`` (its id so far -> the id to use).

        A claim's id is made of its words; the same words in two files need two ids. The file
        that holds an id keeps it; another file with the same words gets its scoped id. An id
        whose claim has left its file (or whose file was renamed or moved: ``plan`` forgets the
        old name first) passes to the file that has the words now, with its decision.
        """
        out = {}
        for c, plain, scoped in identity.candidates(claims):
            held = self.conn.execute("SELECT source FROM claims WHERE claim_id = ?", (scoped,)).fetchone()
            if held is not None and held[0] == source:
                out[c.claim_id] = scoped
                continue
            row = self.conn.execute("SELECT source, present FROM claims WHERE claim_id = ?", (plain,)).fetchone()
            out[c.claim_id] = plain if row is None or row[0] == source or not row[1] else scoped
        return out

    def judged_facts(self) -> dict[str, str]:
        """The facts (id to statement) the stored verdicts were made against."""
        return dict(self.conn.execute("SELECT fact_id, statement FROM judged_facts").fetchall())

    def save_judged_facts(self, facts: Iterable[tuple[str, str]]) -> None:
        self.conn.execute("DELETE FROM judged_facts")
        self.conn.executemany("INSERT OR REPLACE INTO judged_facts VALUES (?, ?)", facts)

    def explanations(self) -> dict[str, tuple[str, str, tuple[str, ...]]]:
        """claim id -> (key, verdict, words): the review page's plain words, kept from the last page
        (``explain.Explainer``); a database from before has none."""
        try:
            rows = self.conn.execute("SELECT claim_id, key, verdict, words FROM explanations").fetchall()
        except StateError:  # opened read-only before the table existed
            return {}
        return {r[0]: (r[1], r[2], tuple(json.loads(r[3]))) for r in rows}

    def save_explanations(self, rows: Mapping[str, tuple[str, str, tuple[str, ...]]]) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO explanations VALUES (?, ?, ?, ?)",
                              ((c, k, v, json.dumps(list(w))) for c, (k, v, w) in rows.items()))

    def forget_documents(self, sources: Iterable[str]) -> None:
        """Files gone from the raw folder: their claims leave the outputs (decisions stay)."""
        for source in sources:
            self.conn.execute("DELETE FROM documents WHERE source = ?", (source,))
            self.conn.execute("UPDATE claims SET present = 0 WHERE source = ?", (source,))

    def replace_claims(self, source: str, claims: Iterable[Claim]) -> None:
        """The claims now in ``source``: new ones added, vanished ones marked absent."""
        stamp = now()
        ids = []
        for c in claims:
            ids.append(c.claim_id)
            self.conn.execute(
                'INSERT INTO claims (claim_id, source, line, start, "end", text, context, date_context, '
                "present, first_seen, last_seen, statement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) "
                'ON CONFLICT(claim_id) DO UPDATE SET source = excluded.source, line = excluded.line, '
                'start = excluded.start, "end" = excluded."end", '
                "text = excluded.text, context = excluded.context, date_context = excluded.date_context, "
                "present = 1, last_seen = excluded.last_seen, statement = excluded.statement",
                (c.claim_id, c.source, c.line, c.start, c.end, c.text, c.context, c.date_context, stamp, stamp,
                 c.statement))
        marks = ",".join("?" * len(ids))
        self.conn.execute(f"UPDATE claims SET present = 0 WHERE source = ? AND claim_id NOT IN ({marks})",
                          (source, *ids))

    def claims(self, present_only: bool = True) -> list[Claim]:
        """Claims still in their files (or all of them), in file and offset order."""
        return self._claims(" WHERE present = 1" if present_only else "")

    def absent_claims(self) -> list[Claim]:
        """Claims whose text has left their file (kept for the decisions that name them)."""
        return self._claims(" WHERE present = 0")

    def _claims(self, where: str) -> list[Claim]:
        sql = f'SELECT claim_id, source, line, start, "end", text, context, date_context, statement FROM claims{where}'
        return [Claim(*r) for r in self.conn.execute(sql + " ORDER BY source, start")]

    def find_claim(self, given: str) -> tuple[Claim, bool]:
        """The claim with id ``given`` (or the id it had before ids changed, ``claim_aliases``, or a
        prefix of one id), and whether it is still in its file; ``StateError`` naming what to do when
        there is no such claim or the prefix fits several (``UnknownClaimError``)."""
        given = given.strip()
        sql = ('SELECT claim_id, source, line, start, "end", text, context, date_context, statement, present '
               "FROM claims WHERE claim_id = ?")
        row = self.conn.execute(sql, (given,)).fetchone()
        if row is None:
            alias = self.conn.execute("SELECT claim_id FROM claim_aliases WHERE old_id = ?", (given,)).fetchone()
            if alias is not None:
                row = self.conn.execute(sql, (alias[0],)).fetchone()
        if row is None and len(given) >= 4:
            like = given.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            rows = self.conn.execute(sql.replace("claim_id = ?", "claim_id LIKE ? ESCAPE '\\'") + " LIMIT 3",
                                     (like,)).fetchall()
            if len(rows) > 1:
                raise UnknownClaimError(f"claim id {given!r} fits several claims ({', '.join(r[0] for r in rows)}...): "
                                 "give more of it", str(self.path))
            row = rows[0] if rows else None
        if row is None:
            raise UnknownClaimError(f"no claim {given!r}: take the claim_id from claims.csv or queue.csv (the last "
                             "ingest wrote them)", str(self.path))
        return Claim(*tuple(row)[:9]), bool(row["present"])

    def claim_rows(self) -> dict[str, sqlite3.Row]:
        return {r["claim_id"]: r for r in self.conn.execute("SELECT * FROM claims")}

    def save_matches(self, matches: Iterable[Match]) -> None:
        self.conn.executemany(
            "UPDATE claims SET verdict = ?, fact_id = ?, score = ?, reason = ? WHERE claim_id = ?",
            ((m.verdict, m.fact_id, m.score, m.reason, m.claim_id) for m in matches))

    def matches(self) -> dict[str, Match]:
        rows = self.conn.execute("SELECT claim_id, verdict, fact_id, score, reason FROM claims WHERE present = 1")
        return {r[0]: Match(r[0], r[1], r[2], r[3], r[4]) for r in rows}

    # --- decisions ----------------------------------------------------------------------

    def decisions(self) -> dict[str, Decision]:
        rows = self.conn.execute("SELECT * FROM decisions")
        return {r["claim_id"]: Decision(r["claim_id"], r["decision"], r["statement"], r["article"], r["note"],
                                        json.loads(r["extra"]), r["source"], r["claim_text"], r["applied_at"],
                                        r["result"], r["new_fact_id"] if "new_fact_id" in r.keys() else "")
                for r in rows}

    def save_decision(self, d: Decision) -> None:
        self.conn.execute(
            "INSERT INTO decisions (claim_id, decision, statement, article, note, extra, source, claim_text, "
            "updated_at, new_fact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(claim_id) DO UPDATE SET "
            "decision = excluded.decision, statement = excluded.statement, article = excluded.article, "
            "note = excluded.note, extra = excluded.extra, updated_at = excluded.updated_at, "
            "new_fact_id = excluded.new_fact_id",
            (d.claim_id, d.decision, d.statement, d.article, d.note, json.dumps(d.extra or {}, sort_keys=True),
             d.source, d.claim_text, now(), d.new_fact_id))

    def mark_applied(self, claim_id: str, result: str) -> None:
        self.conn.execute("UPDATE decisions SET applied_at = ?, result = ? WHERE claim_id = ?",
                          (now(), result, claim_id))

    # --- runs and audit -----------------------------------------------------------------

    def start_run(self, kind: str) -> int:
        cur = self.conn.execute("INSERT INTO runs (kind, started_at) VALUES (?, ?)", (kind, now()))
        return int(cur.lastrowid)

    def finish_run(self, run_id: int, status: str, detail: dict[str, object]) -> None:
        self.conn.execute("UPDATE runs SET finished_at = ?, status = ?, detail = ? WHERE run_id = ?",
                          (now(), status, json.dumps(detail, sort_keys=True), run_id))

    def audit(self, run_id: int | None, action: str, claim_id: str = "", detail: str = "") -> None:
        self.conn.execute("INSERT INTO audit (at, run_id, action, claim_id, detail) VALUES (?, ?, ?, ?, ?)",
                          (now(), run_id, action, claim_id, detail))

    def runs(self, limit: int = 5) -> list[sqlite3.Row]:
        return list(self.conn.execute("SELECT * FROM runs ORDER BY run_id DESC LIMIT ?", (limit,)))
