"""The review folder written from the state database: claims.csv, queue.csv, history.csv."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from . import review
from .model import Fact, Match
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


def publish(store: StateStore, review_dir: Path, facts: Mapping[str, Fact],
            matches: Mapping[str, Match] | None = None) -> list[str]:
    """Write the three CSVs from the database; returns the names of files whose content changed."""
    claims = store.claims()
    matches = matches if matches is not None else store.matches()
    frame = review.claims_frame(claims, matches, facts)
    decisions = store.decisions()
    rejected = rejected_keys(decisions)
    decided = {c for c, d in decisions.items() if d.decision} | {
        c.claim_id for c in claims if (c.source, c.text) in rejected}
    pending = {c: review.ReviewItem(c, "", d.statement, d.article, d.note, 0, d.extra or {})
               for c, d in decisions.items() if not d.decision}
    queue = review.queue_frame(frame, pending, decided)
    written = []
    for name, table in (("claims.csv", frame), ("queue.csv", queue), ("history.csv", history_frame(decisions))):
        if review.write_text_atomic(review_dir / name, review.dumps_csv(table)):
            written.append(name)
    return written
