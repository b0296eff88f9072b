"""The review folder a person works in.

- ``claims.csv``: every claim with its verdict (read-only for people; the benchmark reads it).
- ``queue.csv``: contradicted and unverified claims awaiting a decision. A person fills in
  ``decision`` (accept, reject, dispute, not-a-claim; empty = pending), ``statement`` (the
  text to promote; the claim when empty), ``article`` (where to add it; the matched fact's
  article when empty), ``new_fact_id`` (the id of the fact an accept makes; generated when
  empty) and ``note``, in any spreadsheet, and saves: as CSV with commas, semicolons or tabs,
  or as ``queue.xlsx`` (read when it is newer than ``queue.csv``).
- ``history.csv``: every decision so far, with when it was applied.

Cells that a spreadsheet would run as a formula are written with a leading ``'`` and
read back without it, so the text round-trips unchanged. "Would run" follows OWASP's CSV
injection advice, widened: ``= + - @ |`` (``|`` starts a DDE link) also in their full-width
and small forms (``＝``), also after leading spaces, line feeds or invisible characters, and
any cell opening with a tab, CR or LF.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import spoofing, spreadsheet
from .errors import ReviewQueueError
from .facts import MAX_STATEMENT as _FACT_STATEMENT
from .model import Claim, Fact, Match

CLAIM_COLUMNS = ["claim_id", "source", "line", "start", "end", "claim", "context", "verdict",
                 "fact_id", "fact_statement", "score", "reason"]
EDITABLE = ["decision", "statement", "article", "new_fact_id", "note"]
QUEUE_COLUMNS = ["claim_id", "verdict", "claim", "fact_id", "fact_statement", "reason", *EDITABLE,
                 "source", "line", "start", "end", "context", "score"]
HISTORY_COLUMNS = ["claim_id", "decision", "statement", "article", "note", "source", "claim", "applied_at", "result"]
DECISIONS = ("accept", "reject", "dispute", "not-a-claim")
"""``not-a-claim``: the text is no claim at all ("Let's dive in!"): an extraction error, not a
judgement of truth. It leaves the queue for good, like ``reject``; ``calibrate`` counts it apart."""
SETTLING = ("reject", "not-a-claim")
"""Decisions that take a claim out of the queue at once, for good."""
FACT_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""What a chosen ``new_fact_id`` must look like: a slug (lower-case letters, digits, single hyphens)."""
MAX_FACT_ID = 80
MAX_NOTE = 10_000
"""Characters in a note: it is copied into the article's provenance on promote."""
MAX_STATEMENT = _FACT_STATEMENT
"""Characters in a statement to promote: what every fact must keep to."""
QUEUE_VERDICTS = ("contradicted", "unverified")
_FORMULA_CHARS = frozenset("=+-@|")
_OPENS_FORMULA = ("\t", "\r", "\n")


def formula_like(cell: str) -> bool:
    """Would a spreadsheet run this cell (or a DDE link in it)?

    The first character that is not white space or invisible, in its NFKC form (so the
    full-width ``＝`` counts as ``=``), is one of ``= + - @ |``; or the cell opens with a tab,
    CR or LF.
    """
    if cell.startswith(_OPENS_FORMULA):
        return True
    for ch in cell:
        if ch.isspace() or spoofing.is_suspicious(ch):
            continue
        return unicodedata.normalize("NFKC", ch)[:1] in _FORMULA_CHARS
    return False


def neutralize(cell: str) -> str:
    """Make a cell inert in a spreadsheet: a formula-like cell gets a ``'`` in front (and so does a
    cell whose own text starts with ``'`` before something that needs it, so the reading is unambiguous)."""
    if formula_like(cell) or (cell.startswith("'") and (cell[1:2] == "'" or formula_like(cell[1:]))):
        return "'" + cell
    return cell


def unneutralize(cell: str) -> str:
    """Undo ``neutralize``."""
    if cell.startswith("'") and (cell[1:2] == "'" or formula_like(cell[1:])):
        return cell[1:]
    return cell


@dataclass(frozen=True)
class ReviewItem:
    """One row of the queue as the reviewer left it."""

    claim_id: str
    decision: str
    statement: str
    article: str
    note: str
    row: int
    """Spreadsheet row number (the header is row 1), for error messages."""
    extra: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    """Columns the reviewer added; kept with the row."""
    new_fact_id: str = ""
    """The id the reviewer chose for the fact an accept makes ("" = generated)."""

    @property
    def touched(self) -> bool:
        return bool(self.decision or self.statement or self.article or self.note or self.new_fact_id
                    or any(self.extra.values()))


def claims_frame(claims: Iterable[Claim], matches: Mapping[str, Match], facts: Mapping[str, Fact]) -> pd.DataFrame:
    """One row per claim, in file and offset order."""
    rows = []
    for c in claims:
        m = matches[c.claim_id]
        fact = facts.get(m.fact_id)
        rows.append({
            "claim_id": c.claim_id, "source": c.source, "line": c.line, "start": c.start, "end": c.end,
            # hidden characters written out: a right-to-left override would reorder the cell on screen too
            "claim": spoofing.visible(c.text), "context": spoofing.visible(c.context), "verdict": m.verdict,
            "fact_id": m.fact_id,
            "fact_statement": fact.statement if fact else "", "score": round(m.score, 3), "reason": m.reason,
        })
    frame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    return frame.sort_values(["source", "start"], kind="stable").reset_index(drop=True)


def queue_frame(claims: pd.DataFrame, pending: Mapping[str, ReviewItem] | None = None) -> pd.DataFrame:
    """The queue's rows for the given claims, with what the reviewer wrote so far (and any columns they added)."""
    pending = pending or {}
    queue = claims.copy()
    extra_columns = sorted({k for item in pending.values() for k in item.extra})
    for col in EDITABLE:
        queue[col] = [getattr(pending[c], col) if c in pending else "" for c in queue["claim_id"]]
    for col in extra_columns:
        queue[col] = [pending[c].extra.get(col, "") if c in pending else "" for c in queue["claim_id"]]
    return queue[QUEUE_COLUMNS + extra_columns].reset_index(drop=True)


def dumps_csv(frame: pd.DataFrame) -> str:
    """CSV text as written to disk: UTF-8, LF line ends, formula-like cells neutralised."""
    safe = frame.copy()
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col]):
            safe[col] = safe[col].map(lambda v: neutralize(v) if isinstance(v, str) else v)
    # csv quotes a cell only for characters of the line terminator: a bare CR needs QUOTE_ALL.
    has_cr = any(safe[c].astype(str).str.contains("\r", regex=False).any() for c in safe.columns)
    return safe.to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_ALL if has_cr else csv.QUOTE_MINIMAL)


def loads_csv(text: str, delimiter: str = ",") -> pd.DataFrame:
    """Read CSV text as strings, undoing ``neutralize``; a BOM and CRLF line ends are fine."""
    # Blank lines are kept as empty rows so that row numbers match what a spreadsheet shows.
    frame = pd.read_csv(io.StringIO(text.lstrip("\ufeff")), dtype=str, keep_default_na=False,
                        skip_blank_lines=False, sep=delimiter)
    return frame.map(unneutralize)


def normal_decision(cell: str) -> str:
    """A decision as typed (``Accept``, ``not a claim``, ``Not_A_Claim``) in its one spelling."""
    return "-".join(cell.strip().lower().replace("_", " ").replace("-", " ").split())


def suggest_slug(text: str) -> str:
    """The slug nearest to ``text``: ``Saturn V crews`` -> ``saturn-v-crews``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(re.sub(r"[^a-z0-9]+", " ", ascii_text).split())


_TOKENIZING = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def _unreadable(err: Exception, delimiter: str, path: str) -> ReviewQueueError:
    """One line for a CSV pandas cannot split: the row, the separator found, what to do."""
    found = f"cells separated by {spreadsheet.delimiter_name(delimiter)}, as on the first line"
    m = _TOKENIZING.search(str(err))
    if m:
        want, line, saw = (int(g) for g in m.groups())
        return ReviewQueueError(f"cannot be read as CSV: row {line} has {saw} cells where the header has {want} "
                                f"({found}): check that row's separators and quotes, or save the file again as CSV",
                                path, line)
    first = next((ln for ln in str(err).splitlines() if ln.strip()), type(err).__name__)
    return ReviewQueueError(f"cannot be read as CSV ({found}): {first}; save it again as CSV UTF-8", path)


def loads_queue(text: str, path: str = "queue.csv") -> list[ReviewItem]:
    """The reviewer's rows: ``ReviewQueueError`` names the row of an unknown decision or a duplicate.

    The delimiter (comma, semicolon or tab) is read from the header line.
    """
    if not text.strip():
        return []
    delimiter = spreadsheet.sniff_delimiter(text)
    try:
        frame = loads_csv(text, delimiter)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
        raise _unreadable(err, delimiter, path) from None
    return frame_items(frame, path, f" (cells separated by {spreadsheet.delimiter_name(delimiter)})"
                       if delimiter != "," else "")


def frame_items(frame: pd.DataFrame, path: str = "queue.csv", how: str = "") -> list[ReviewItem]:
    """The reviewer's rows of a queue read as a frame of strings (from CSV or .xlsx); each refusal
    is a ``ReviewQueueError`` naming the row and what to do. ``how`` says how the file was read."""
    frame.columns = [str(c).strip() for c in frame.columns]
    if "claim_id" not in frame.columns:
        raise ReviewQueueError(f"has no claim_id column{how}: keep the header row factledger wrote", path, 1)
    known = set(QUEUE_COLUMNS) | set(CLAIM_COLUMNS)
    extra_cols = [c for c in frame.columns if c not in known and not c.startswith("Unnamed:")]
    items: list[ReviewItem] = []
    seen: dict[str, int] = {}
    chosen: dict[str, int] = {}
    for i, rec in enumerate(frame.to_dict("records")):
        row = i + 2
        rec = {k: v if isinstance(v, str) else "" for k, v in rec.items()}
        claim_id = rec.get("claim_id", "").strip()
        if not claim_id:
            if any(str(v).strip() for v in rec.values()):
                raise ReviewQueueError(f"row {row} has no claim_id{how}: put the row's claim id back, or delete "
                                       "the row", path, row)
            continue
        bad = next(((c, v) for c, v in rec.items() if spreadsheet.error_value(v)), None)
        if bad is not None:
            raise ReviewQueueError(f"row {row} (claim {claim_id}): the {bad[0]} cell holds the spreadsheet error "
                                   f"{bad[1].strip()!r}, not text: retype the cell as plain text and save again",
                                   path, row)
        decision = normal_decision(rec.get("decision", ""))
        if decision and decision not in DECISIONS:
            raise ReviewQueueError(
                f"row {row} (claim {claim_id}): unknown decision {rec.get('decision')!r}; "
                f"use one of {', '.join(DECISIONS)} or leave it empty", path, row)
        if claim_id in seen:
            raise ReviewQueueError(f"row {row}: claim {claim_id} also on row {seen[claim_id]}: keep one of the "
                                   "two rows", path, row)
        for col, limit in (("note", MAX_NOTE), ("statement", MAX_STATEMENT)):
            if len(rec.get(col, "")) > limit:
                raise ReviewQueueError(f"row {row} (claim {claim_id}): the {col} is {len(rec[col]):,} characters; "
                                       f"the limit is {limit:,}: shorten it", path, row)
        fact_id = rec.get("new_fact_id", "").strip()
        if fact_id:
            if len(fact_id) > MAX_FACT_ID or not FACT_ID.fullmatch(fact_id):
                hint = suggest_slug(fact_id)[:MAX_FACT_ID].strip("-")
                raise ReviewQueueError(
                    f"row {row} (claim {claim_id}): new_fact_id {fact_id!r} is not a slug: use lower-case letters, "
                    f"digits and single hyphens, at most {MAX_FACT_ID} characters"
                    + (f" (e.g. {hint!r})" if hint else ""), path, row)
            if fact_id in chosen:
                raise ReviewQueueError(f"row {row} (claim {claim_id}): new_fact_id {fact_id!r} is also chosen on "
                                       f"row {chosen[fact_id]}: fact ids must be unique", path, row)
            chosen[fact_id] = row
        seen[claim_id] = row
        items.append(ReviewItem(
            claim_id=claim_id, decision=decision, statement=rec.get("statement", "").strip(),
            article=rec.get("article", "").strip(), note=rec.get("note", ""), row=row,
            extra={c: rec.get(c, "") for c in extra_cols}, new_fact_id=fact_id))
    return items


def loads_queue_xlsx(data: bytes, path: str = "queue.xlsx") -> list[ReviewItem]:
    """The reviewer's rows from an .xlsx workbook's first sheet (as ``loads_queue``)."""
    try:
        frame = spreadsheet.xlsx_frame(data)
    except spreadsheet.NotASpreadsheet as err:
        raise ReviewQueueError(f"cannot be read as an .xlsx workbook ({err}): save it again from the spreadsheet "
                               "as 'Excel 2007-365 (.xlsx)'", path) from None
    if frame.empty and not len(frame.columns):
        return []
    return frame_items(frame.map(unneutralize), path, " (first sheet of the workbook)")


def queue_items(data: bytes | None, path: Path) -> list[ReviewItem]:
    """The rows of a queue file's bytes (None, no file: no items); an .xlsx path is read as a workbook."""
    if data is None:
        return []
    if path.suffix.lower() == ".xlsx":
        return loads_queue_xlsx(data, str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        # Guessing a code page (cp1252, MacRoman) could garble a note into a curated fact.
        line = data[:err.start].count(b"\n") + 1
        raise ReviewQueueError("is not UTF-8 (some spreadsheets save in a local code page): save it again as "
                               "'CSV UTF-8'; nothing was read or written", str(path), line) from None
    return loads_queue(text.replace("\r\n", "\n").replace("\r", "\n"), str(path))


def read_queue(path: Path) -> list[ReviewItem]:
    """The queue file as the reviewer saved it (no file: no items)."""
    return queue_items(path.read_bytes() if path.exists() else None, path)


def queue_source(review_dir: Path) -> Path:
    """The queue to read: ``queue.xlsx`` when the reviewer saved one after ``queue.csv`` was last
    written (or there is no CSV), else ``queue.csv``."""
    csv_path, xlsx_path = review_dir / "queue.csv", review_dir / "queue.xlsx"
    try:
        xlsx_time = xlsx_path.stat().st_mtime_ns
    except OSError:
        return csv_path
    try:
        return xlsx_path if xlsx_time > csv_path.stat().st_mtime_ns else csv_path
    except OSError:
        return xlsx_path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str) -> bool:
    """Write via a temporary file, fsync and rename; skip (return False) when the content is unchanged."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    for stale in path.parent.glob(f".{path.name}.*.tmp"):  # left by a writer killed mid-write
        stale.unlink(missing_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); keep the target's mode, or the usual 0644 under umask.
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as err:
        Path(tmp).unlink(missing_ok=True)
        raise OSError(err.errno, err.strerror or str(err), str(path)) from None  # name the file, not "[Errno 28]" alone
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def read_claims(path: Path) -> pd.DataFrame:
    """Read a ``claims.csv`` back (strings stay strings)."""
    return loads_csv(path.read_text(encoding="utf-8-sig"))
