"""What an ingest has to do, decided before anything expensive is imported.

``plan`` compares the raw folder with the state database by content hash. ``inputs_key``
digests everything else a verdict depends on (the curated articles, the thresholds file,
the semantic switch, factledger's own code). A complete run stores that key; the next run
with the same key, no raw file changed or removed and the review files exactly as they were
published has nothing to do, and ``unchanged_run`` answers it in a fraction of a second:
no spaCy, no Prefect, no pandas. Anything else goes through the full ingest, which decides
again from scratch, so this module can only skip work that is certainly not needed.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, documents, facts
from .errors import FactledgerError
from .lock import run_lock
from .state import DB_NAME, StateStore
from .verify import STATEMENT_VERSION

INPUTS_KEY = "inputs_key"
"""Meta key of the inputs digest of the last complete, clean run; cleared when a run starts."""
OUTPUTS = ("claims.csv", "queue.csv", "history.csv")
PAGE = "review.html"
"""The review page (``reviewpage.PAGE``; named here too, as this module imports no pandas)."""
CODE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Plan:
    """Which raw files need parsing."""

    changed: tuple[Path, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]
    errors: tuple[FactledgerError, ...] = ()
    """Entries of the raw folder that were named and skipped (a name that is not UTF-8, a symlink loop...)."""


@dataclass
class IngestReport:
    """What a run did, for the summary table and the exit status."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)
    parsed: int = 0
    unchanged: int = 0
    removed: int = 0
    merged_rows: int = 0
    reverified: int = 0
    """Stored claims judged again because facts or rules changed."""
    written: list[str] = field(default_factory=list)
    queue_kept: str = ""
    """Why queue.csv was left as the reviewer saved it, if it was (it is merged next run)."""
    errors: list[FactledgerError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds per stage: load_facts, plan, read, segment, verify, save, reverify, publish."""
    facts: int = -1
    """Curated facts loaded (-1: not counted, a run with nothing to do)."""
    files: int = -1
    """Raw files found, parsed or unchanged (-1: not counted)."""
    queue_new: list[dict[str, str]] = field(default_factory=list)
    """Rows the queue did not list before this run (``publish.new_in_queue``)."""


def plan(store: StateStore, raw: Path, forget: bool = True) -> Plan:
    """Compare the raw folder with the database: new or changed files, unchanged ones, removed ones.

    ``forget``: the removed files' claims leave the store now (before any batch is saved);
    False only looks.
    """
    if not raw.is_dir():
        raise FactledgerError("raw folder does not exist", str(raw))
    known = store.documents()
    if store.get_meta("statement_version", STATEMENT_VERSION) != STATEMENT_VERSION:
        known = {}  # claims were read by an older reader: parse every file again
    bom_kept = store.get_meta("bom_stripped") != "1"
    changed, unchanged, seen = [], [], set()
    problems: list[documents.DocumentError] = []
    for path in documents.discover(raw, problems):
        source = documents.source_of(raw, path)
        seen.add(source)
        try:
            data = path.read_bytes()
        except OSError:
            changed.append(path)  # read_document will report it
            continue
        digest = hashlib.sha256(data).hexdigest()
        old = known.get(source)
        # a file with a BOM read before the BOM was stripped: its offsets and first heading are read again
        stale_bom = bom_kept and data.startswith(documents.BOM)
        if old and old.sha256 == digest and not old.error and not stale_bom:
            unchanged.append(source)
        else:
            changed.append(path)
    # a file that could not be taken this time (its folder unreadable, its link broken) is not gone
    held = tuple(e.path for e in problems if e.path)
    removed = tuple(sorted(s for s in set(known) - seen if not any(s == h or s.startswith(h + "/") for h in held)))
    if removed and forget:
        # Forgotten before any batch is saved: a renamed or moved file's claims then find their
        # ids free, and keep them (and their decisions) under the new name.
        with store.transaction():
            store.forget_documents(removed)
    return Plan(tuple(changed), tuple(unchanged), removed, tuple(problems))


def counts(store: StateStore) -> dict[str, Counter[str]]:
    """Claims per verdict, per source file."""
    out: dict[str, Counter[str]] = {s: Counter() for s in store.documents()}
    for row in store.conn.execute("SELECT source, verdict, COUNT(*) FROM claims WHERE present = 1 GROUP BY 1, 2"):
        out.setdefault(row[0], Counter())[row[1]] = row[2]
    return out


def published_intact(store: StateStore, review_dir: Path) -> bool:
    """Are the review files on disk exactly what was last published (nobody edited, deleted or damaged them)?"""
    for name in OUTPUTS:
        path = review_dir / name
        if not path.exists() or hashlib.sha256(path.read_bytes()).hexdigest() != store.get_meta(f"published:{name}"):
            return False
    return True


def file_mtime(path: Path) -> int:
    """Modification time in nanoseconds, or 0 when the file cannot be seen."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def file_digest(path: Path) -> str:
    """The sha256 of a file's bytes, or "" when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def inputs_key(curated: Path, config: Path | None, semantic: bool | None) -> str:
    """A digest of what, besides the raw files and the queue, decides the verdicts.

    Bytes rather than meaning: any edit to an article (even a comment), to the thresholds file
    or to factledger's code changes it, and the next run takes the full path, which then
    decides for itself whether the facts changed. Reading a few files costs milliseconds.
    """
    h = hashlib.sha256(f"factledger {__version__}\x00semantic={semantic!r}".encode())
    for path in sorted(CODE.rglob("*.py")):  # the verify subpackage too
        h.update(f"\x00code:{path.relative_to(CODE).as_posix()}\x00".encode() + path.read_bytes())
    if config is not None and config.is_file():
        h.update(b"\x00config\x00" + config.read_bytes())
    else:
        h.update(b"\x00config:none")
    root = curated.resolve()
    for source, path in facts.discover(root):  # (the file read, the article's path)
        h.update(f"\x00curated:{path.relative_to(root).as_posix()}\x00".encode() + source.read_bytes())
    return h.hexdigest()


def begin_run(store: StateStore) -> int:
    """Open a run; until it completes, the next one cannot take the shortcut (its key is cleared)."""
    with store.transaction():
        run_id = store.start_run("ingest")
        store.set_meta(INPUTS_KEY, "")
    return run_id


def complete(store: StateStore, key: str, report: IngestReport) -> None:
    """Remember ``key`` after a complete run without errors (a run that reported a broken article
    or file must report it again next time, so it never enables the shortcut)."""
    if key and not report.errors:
        with store.transaction():
            store.set_meta(INPUTS_KEY, key)


def unchanged_run(raw: Path, review_dir: Path, state: Path, key: str) -> IngestReport | None:
    """Record and report a run with nothing to do; None when there is something to do.

    Nothing to do means: the last run completed cleanly with the same ``inputs_key``, no raw
    file was added, changed or removed since, and the review files are exactly what it
    published (so the queue holds no new decision). Holds the run lock like any ingest.
    """
    if not key or not (state / DB_NAME).exists() or not raw.is_dir():
        return None
    with run_lock(state, "ingest"), StateStore(state) as store:
        if store.get_meta(INPUTS_KEY) != key:
            return None
        todo = plan(store, raw, forget=False)
        if todo.changed or todo.removed or todo.errors or not published_intact(store, review_dir) \
                or not (review_dir / PAGE).exists() or (review_dir / "queue.xlsx").exists() and \
                file_mtime(review_dir / "queue.xlsx") > file_mtime(review_dir / "queue.csv"):
            return None  # (a queue.xlsx saved after queue.csv holds decisions to store)
        report = IngestReport(counts=counts(store), unchanged=len(todo.unchanged))
        with store.transaction():
            run_id = store.start_run("ingest")
            store.finish_run(run_id, "ok", {"parsed": 0, "unchanged": report.unchanged, "removed": 0,
                                            "errors": [], "written": [], "nothing_to_do": True})
        return report
