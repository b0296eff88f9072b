"""The review folder written from the state database: claims.csv, queue.csv, history.csv."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from . import review
from .changes import published_intact  # noqa: F401  (lives in changes.py, which needs no pandas)
from .model import Claim, Fact, Match
from .state import Decision, StateStore


def rejected_keys(decisions: Mapping[str, Decision]) -> set[tuple[str, str]]:
    """(source, claim text) of rejected claims: they stay out even if their id changes."""
    return {(d.source, d.claim_text) for d in decisions.values() if d.decision == "reject"}


def history_frame(decisions: Mapping[str, Decision]) -> pd.DataFrame:
    rows = [{"claim_id": d.claim_id, "decision": d.decision, "statement": d.statement, "article": d.article,
             "note": d.note, "source": d.source, "claim": d.claim_text, "applied_at": d.applied_at,
             "result": d.result} for d in decisions.values() if d.decision]
    frame = pd.DataFrame(rows, columns=review.HISTORY_COLUMNS)
    return frame.sort_values(["source", "claim_id"], kind="stable").reset_index(drop=True)


def settled_ids(claims: list[Claim], decisions: Mapping[str, Decision]) -> set[str]:
    """Claims that have left the queue for good.

    A reject settles at once (also for a claim whose id changed but whose file and text did
    not); an accept or dispute once promote applied it. Until then the row stays in the
    queue, decision and all, so it can still be corrected or withdrawn.
    """
    rejected = rejected_keys(decisions)
    settled = {c for c, d in decisions.items() if d.decision == "reject" or d.applied_at}
    return settled | {c.claim_id for c in claims if (c.source, c.text) in rejected}


def in_queue(claims: list[Claim], matches: Mapping[str, Match], decisions: Mapping[str, Decision]) -> list[Claim]:
    """The claims queue.csv lists: contradicted or unverified, or decided but not yet applied; never settled."""
    settled = settled_ids(claims, decisions)
    return [c for c in claims if c.claim_id not in settled and (
        matches[c.claim_id].verdict in review.QUEUE_VERDICTS
        or (c.claim_id in decisions and decisions[c.claim_id].decision))]


def _GONE(claim_id: str) -> Match:
    return Match(claim_id, "gone", "", 0.0,  # type: ignore[arg-type]
                 "no longer in its raw file: clear the decision, or restore the text")


def gone_decided(store: StateStore, decisions: Mapping[str, Decision]) -> list[Claim]:
    """Claims with an accept or dispute not yet applied whose text has left the raw file.

    They stay in the queue (verdict "gone") so that the reviewer can withdraw the decision;
    otherwise it would block every promote without being visible anywhere.
    """
    waiting = {c for c, d in decisions.items() if d.decision in ("accept", "dispute") and not d.applied_at}
    if not waiting:
        return []
    return [c for c in store.absent_claims() if c.claim_id in waiting]


def publish(store: StateStore, review_dir: Path, facts: Mapping[str, Fact],
            matches: Mapping[str, Match] | None = None) -> list[str]:
    """Write the three CSVs from the database; returns the names of files whose content changed."""
    claims = store.claims()
    matches = matches if matches is not None else store.matches()
    frame = review.claims_frame(claims, matches, facts)
    decisions = store.decisions()
    queued = in_queue(claims, matches, decisions)
    gone = gone_decided(store, decisions)
    pending = {c.claim_id: review.ReviewItem(c.claim_id, d.decision, d.statement, d.article, d.note, 0, d.extra or {})
               for c in queued + gone if (d := decisions.get(c.claim_id))}
    rows = pd.concat([frame[frame["claim_id"].isin({c.claim_id for c in queued})],
                      review.claims_frame(gone, {c.claim_id: _GONE(c.claim_id) for c in gone}, facts)])
    queue = review.queue_frame(rows.reset_index(drop=True), pending)
    written = []
    for name, table in (("claims.csv", frame), ("queue.csv", queue), ("history.csv", history_frame(decisions))):
        text = review.dumps_csv(table)
        if review.write_text_atomic(review_dir / name, text):
            written.append(name)
        with store.transaction():
            store.set_meta(f"published:{name}", hashlib.sha256(text.encode("utf-8")).hexdigest())
    return written
