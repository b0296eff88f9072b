"""The review folder written from the state database: claims.csv, queue.csv, history.csv."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import review, swap
from .changes import OUTPUTS
from .changes import published_intact  # noqa: F401  (lives in changes.py, which needs no pandas)
from .errors import FactledgerError, ReviewQueueError
from .identity import identity_text
from .model import Claim, Fact, Match
from .state import Decision, StateStore


def rejected_keys(decisions: Mapping[str, Decision]) -> set[tuple[str, str]]:
    """(source, claim text) of rejected claims (and of those that are no claim): they stay out even if
    their id changes."""
    return {(d.source, identity_text(d.claim_text)) for d in decisions.values() if d.decision in review.SETTLING}


def history_frame(decisions: Mapping[str, Decision]) -> pd.DataFrame:
    rows = [{"claim_id": d.claim_id, "decision": d.decision, "statement": d.statement, "article": d.article,
             "note": d.note, "source": d.source, "claim": d.claim_text, "applied_at": d.applied_at,
             "result": d.result} for d in decisions.values() if d.decision]
    frame = pd.DataFrame(rows, columns=review.HISTORY_COLUMNS)
    return frame.sort_values(["source", "claim_id"], kind="stable").reset_index(drop=True)


def settled_ids(claims: list[Claim], decisions: Mapping[str, Decision]) -> set[str]:
    """Claims that have left the queue for good.

    A reject or not-a-claim settles at once (also for a claim whose id changed but whose file and
    text did not); an accept or dispute once promote applied it. Until then the row stays in the
    queue, decision and all, so it can still be corrected or withdrawn.
    """
    rejected = rejected_keys(decisions)
    settled = {c for c, d in decisions.items() if d.decision in review.SETTLING or d.applied_at}
    return settled | {c.claim_id for c in claims if (c.source, identity_text(c.text)) in rejected}


def in_queue(claims: list[Claim], matches: Mapping[str, Match], decisions: Mapping[str, Decision]) -> list[Claim]:
    """The claims queue.csv lists: contradicted or unverified, or decided but not yet applied; never settled."""
    settled = settled_ids(claims, decisions)
    return [c for c in claims if c.claim_id not in settled and (
        matches[c.claim_id].verdict in review.QUEUE_VERDICTS
        or (c.claim_id in decisions and decisions[c.claim_id].decision))]


def _GONE(claim_id: str) -> Match:
    return Match(claim_id, "gone", "", 0.0,  # type: ignore[arg-type]
                 "no longer in its raw file: clear the decision, or restore the text")


def _written(d: Decision) -> bool:
    """Does a pending row carry text a person wrote (a note, a statement, an added column)? An article
    name alone is left from a withdrawn decision, not something to keep in view."""
    return not d.decision and bool(d.note or d.statement or any((d.extra or {}).values()))


def gone_decided(store: StateStore, decisions: Mapping[str, Decision]) -> list[Claim]:
    """Claims whose text has left the raw file (or whose file was deleted) that carry an accept or
    dispute not yet applied, or a note or statement on a pending row.

    They stay in the queue (verdict "gone") so that the reviewer can withdraw the decision
    (otherwise it would block every promote without being visible anywhere) and still sees
    what they wrote, until they clear it or reject the row.
    """
    waiting = {c for c, d in decisions.items()
               if (d.decision in ("accept", "dispute") and not d.applied_at) or _written(d)}
    if not waiting:
        return []
    return [c for c in store.absent_claims() if c.claim_id in waiting]


QUEUE_ATTEMPTS = 5
"""Times the queue is merged and swapped in before a reviewer who keeps saving wins (their file stays)."""


@dataclass
class Published:
    """What ``publish_review`` did."""

    written: list[str] = field(default_factory=list)
    """Names of the files whose content changed."""
    merged: int = 0
    """Queue rows stored by the merges made right before the queue was rewritten."""
    kept: str = ""
    """Why queue.csv was left as the reviewer saved it ("" when it was rewritten or unchanged)."""
    error: FactledgerError | None = None
    """A queue saved during the run that cannot be read: left as saved, read again next run."""
    new: list[dict[str, str]] = field(default_factory=list)
    """Queue rows the previous queue did not list: claim_id, verdict, source, line, claim."""


def _frames(store: StateStore, facts: Mapping[str, Fact],
            matches: Mapping[str, Match] | None) -> list[tuple[str, pd.DataFrame]]:
    claims = store.claims()
    matches = matches if matches is not None else store.matches()
    frame = review.claims_frame(claims, matches, facts)
    decisions = store.decisions()
    queued = in_queue(claims, matches, decisions)
    gone = gone_decided(store, decisions)
    pending = {c.claim_id: review.ReviewItem(c.claim_id, d.decision, d.statement, d.article, d.note, 0, d.extra or {},
                                             d.new_fact_id)
               for c in queued + gone if (d := decisions.get(c.claim_id))}
    rows = pd.concat([frame[frame["claim_id"].isin({c.claim_id for c in queued})],
                      review.claims_frame(gone, {c.claim_id: _GONE(c.claim_id) for c in gone}, facts)])
    queue = review.queue_frame(queue_order(rows), pending)
    return [("claims.csv", frame), ("queue.csv", queue), ("history.csv", history_frame(decisions))]


QUEUE_ORDER = {"contradicted": 0, "unverified": 1, "gone": 2}
"""The queue lists contradicted claims first (a curated fact may be wrong, or the note is), then the
unverified ones, then those whose text left their file; each group by file and line."""


def queue_order(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` sorted for the reviewer: by verdict (``QUEUE_ORDER``), then file, line and offset."""
    key = rows["verdict"].map(lambda v: QUEUE_ORDER.get(v, len(QUEUE_ORDER)))
    lines = pd.to_numeric(rows["line"], errors="coerce").fillna(0)
    starts = pd.to_numeric(rows["start"], errors="coerce").fillna(0)
    order = pd.DataFrame({"k": key.to_numpy(), "s": rows["source"].to_numpy(), "l": lines.to_numpy(),
                          "o": starts.to_numpy()}).sort_values(["k", "s", "l", "o"], kind="stable").index
    return rows.iloc[list(order)].reset_index(drop=True)


def new_in_queue(store: StateStore, queue: pd.DataFrame) -> list[dict[str, str]]:
    """Rows of ``queue`` that the queue last published did not list (all of them the first time)."""
    before = set(json.loads(store.get_meta("published:queue_ids", "[]")))
    cols = ["claim_id", "verdict", "source", "line", "claim"]
    return [{k: str(r[k]) for k in cols} for r in queue[cols].to_dict("records") if r["claim_id"] not in before]


def _write(store: StateStore, review_dir: Path, name: str, text: str, out: Published) -> None:
    if review.write_text_atomic(review_dir / name, text):
        out.written.append(name)
    with store.transaction():
        store.set_meta(f"published:{name}", hashlib.sha256(text.encode("utf-8")).hexdigest())


def publish_review(store: StateStore, review_dir: Path, facts: Mapping[str, Fact],
                   matches: Mapping[str, Match] | None = None,
                   merge: Callable[[bytes | None], int] | None = None) -> Published:
    """Write the three CSVs from the database, never dropping a reviewer's save of queue.csv.

    With ``merge`` (which stores the rows of the queue's bytes and returns how many carried
    something), the queue is read and merged immediately before it is rewritten, and replaced
    only if it still holds what was merged (``swap.replace``); a save that lands in between is
    merged in the next round. After ``QUEUE_ATTEMPTS`` rounds, or when the save cannot be read,
    the reviewer's file stays as it is, for the next run.
    """
    out = Published()
    queue_path = review_dir / "queue.csv"
    review_dir.mkdir(parents=True, exist_ok=True)
    swap.recover(queue_path)  # a run killed mid-swap left the reviewer's queue aside
    for _ in range(QUEUE_ATTEMPTS):
        seen = swap.read(queue_path)
        if merge is not None:
            try:
                out.merged += merge(seen)
            except ReviewQueueError as err:
                out.error, out.kept = err, "it cannot be read; it was left as saved and is read again next run"
                merge = None  # publish the rest from what is stored; leave the queue alone
        frames = dict(_frames(store, facts, matches))
        tables = {name: review.dumps_csv(frame) for name, frame in frames.items()}
        out.new = new_in_queue(store, frames["queue.csv"])
        for name in ("claims.csv", "history.csv"):
            _write(store, review_dir, name, tables[name], out)
        if out.error is not None:
            with store.transaction():
                store.set_meta("published:queue.csv", "")  # so the next run writes it again
            return _in_order(out)
        data = tables["queue.csv"].encode("utf-8")
        try:
            if data == seen:  # nothing to write; but a save since the read must still be merged
                if swap.read(queue_path) != seen:
                    raise swap.Changed(queue_path)
            else:
                swap.replace(queue_path, swap.digest(seen), data)
                out.written.append("queue.csv")
        except swap.Changed:
            continue  # the reviewer saved meanwhile: merge that save too, then try again
        with store.transaction():
            store.set_meta("published:queue.csv", hashlib.sha256(data).hexdigest())
            store.set_meta("published:queue_ids", json.dumps(sorted(frames["queue.csv"]["claim_id"])))
        return _in_order(out)
    out.kept = "it kept changing while this run wrote it; it was left as saved and is merged next run"
    with store.transaction():
        store.set_meta("published:queue.csv", "")
    return _in_order(out)


def publish(store: StateStore, review_dir: Path, facts: Mapping[str, Fact],
            matches: Mapping[str, Match] | None = None) -> list[str]:
    """Write the three CSVs from the database; returns the names of files whose content changed."""
    return publish_review(store, review_dir, facts, matches).written


def _in_order(out: Published) -> Published:
    out.written.sort(key=OUTPUTS.index)
    return out
