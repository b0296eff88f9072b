"""The review folder: ``claims.csv`` (every claim) and ``queue.csv`` (what a person must look at)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from .model import Claim, Fact, Match

CLAIM_COLUMNS = ["claim_id", "source", "line", "start", "end", "claim", "context", "verdict",
                 "fact_id", "fact_statement", "score", "reason"]
QUEUE_VERDICTS = ("contradicted", "unverified")


def claims_frame(claims: Iterable[Claim], matches: Mapping[str, Match], facts: Mapping[str, Fact]) -> pd.DataFrame:
    """One row per claim, in file and offset order."""
    rows = []
    for c in claims:
        m = matches[c.claim_id]
        fact = facts.get(m.fact_id)
        rows.append({
            "claim_id": c.claim_id, "source": c.source, "line": c.line, "start": c.start, "end": c.end,
            "claim": c.text, "context": c.context, "verdict": m.verdict, "fact_id": m.fact_id,
            "fact_statement": fact.statement if fact else "", "score": round(m.score, 3), "reason": m.reason,
        })
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    return frame.sort_values(["source", "start"], kind="stable").reset_index(drop=True)


def queue_frame(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims a person must decide on: contradicted and unverified ones."""
    return claims[claims["verdict"].isin(QUEUE_VERDICTS)].reset_index(drop=True)


def dumps_csv(frame: pd.DataFrame) -> str:
    """CSV text as written to disk: UTF-8, LF line ends."""
    return frame.to_csv(index=False, lineterminator="\n")


def write_text_atomic(path: Path, text: str) -> bool:
    """Write through a temporary file and a rename; skip the write (return False) if nothing changed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def read_claims(path: Path) -> pd.DataFrame:
    """Read a ``claims.csv`` back (strings stay strings)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
