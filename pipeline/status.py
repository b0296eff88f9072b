"""A read-only summary of the state database, for ``factledger status``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .publish import in_queue
from .state import DB_NAME, StateStore


def status(state: Path) -> dict[str, Any]:
    """Claims per verdict, decisions per kind, pending count, the oldest pending claim, the last runs."""
    if not (state / DB_NAME).exists():
        return {"verdicts": {}, "decisions": {}, "pending": 0, "oldest_pending": None, "runs": []}
    with StateStore(state, readonly=True) as store:  # reads only: works on a read-only state folder
        verdicts = dict(store.conn.execute(
            "SELECT verdict, COUNT(*) FROM claims WHERE present = 1 GROUP BY 1 ORDER BY 1").fetchall())
        decisions = store.decisions()
        kinds: dict[str, int] = {}
        for d in decisions.values():
            key = d.decision or "note only"
            if d.decision in ("accept", "dispute"):
                key += " (applied)" if d.applied_at else " (to promote)"
            kinds[key] = kinds.get(key, 0) + 1
        claims = store.claims()
        queued = {c.claim_id for c in in_queue(claims, store.matches(), decisions)}
        pending = [r for r in store.conn.execute(
            "SELECT claim_id, source, line, text, first_seen FROM claims WHERE present = 1 "
            "ORDER BY first_seen, source, start") if r["claim_id"] in queued]
        oldest = pending[0] if pending else None
        return {
            "verdicts": verdicts,
            "decisions": dict(sorted(kinds.items())),
            "pending": len(pending),
            "oldest_pending": None if oldest is None else {
                "claim_id": oldest["claim_id"], "source": oldest["source"], "line": oldest["line"],
                "claim": oldest["text"], "first_seen": oldest["first_seen"]},
            "runs": [dict(r) for r in store.runs(5)],
        }
