"""The ingest steps as plain functions, incremental and idempotent.

1. ``merge_queue``: the reviewer's edits in ``queue.csv`` go into the state database first,
   so nothing they wrote can be overwritten.
2. ``plan``: hash every raw file; only new or changed ones are parsed again.
3. ``process_batch``: read, segment and verify a batch of files (the expensive part).
4. ``save_batch``: one transaction per batch, so an interrupted run resumes where it stopped.
5. ``reverify``: when the curated facts changed, every stored claim is judged again.
6. ``publish``: the review CSVs, rewritten only where their content changed.

``flows/ingest.py`` runs these as Prefect tasks; ``ingest()`` chains them without Prefect.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from . import __version__, documents, facts, identity, review, segment, semantic, spoofing, swap
from .nlp import shared_nlp
from .verify import factcache, verifier
from .verify.candidates import FactIndex
from .verify.candidates import affected as candidates_affected
from .verify.statement import VERSION as STATEMENT_VERSION
from .verify.verifier import Thresholds
from .errors import FactledgerError, ReviewQueueError
from .lock import run_lock
from .model import Claim, Fact, Match
from .publish import publish_review, published_intact
from .state import Decision, StateStore


@dataclass
class BatchResult:
    """Claims, verdicts and problems from one batch of raw files."""

    claims: list[Claim] = field(default_factory=list)
    matches: dict[str, Match] = field(default_factory=dict)
    documents: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    """(source, sha256, provenance) of every file read."""
    errors: list[FactledgerError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent per stage (read, segment, verify), for benchmarks."""


@contextmanager
def timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    """Add the seconds the block takes to ``timings[stage]``."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


@dataclass
class LoadedFacts:
    """The curated side: the facts, the article ids and the articles that could not be read.

    The fact index is built on first use: a run with nothing to verify never pays for it.
    """

    facts: list[Fact]
    articles: tuple[str, ...]
    errors: tuple[FactledgerError, ...]
    cache: Path | None = None
    """Where parsed fact statements are kept (``STATE/statements.sqlite``); None parses every time."""
    _index: FactIndex | None = field(default=None, repr=False)
    _semantic: semantic.SemanticIndex | None = field(default=None, repr=False)

    @property
    def index(self) -> FactIndex:
        """The facts with their statements, parsed with spaCy (or read from the cache) on first use."""
        if self._index is None:
            self._index = verifier.build_index(self.facts, shared_nlp(), self.cache)
        return self._index

    def semantic_index(self, thresholds: Thresholds,
                       embedder: semantic.Embedder | None) -> semantic.SemanticIndex | None:
        """The facts' embeddings when ``thresholds.semantic`` is on (else None), computed (or read
        from the embedder's cache) on first use."""
        if not thresholds.semantic:
            return None
        if embedder is None:
            raise semantic.SemanticUnavailable("the semantic stage is on but no embedder was given")
        if self._semantic is None or self._semantic.embedder is not embedder:
            self._semantic = semantic.SemanticIndex(embedder, [f.statement for f in self.facts])
        return self._semantic


def embedding_cache(state: Path) -> Path:
    """Where the semantic stage keeps its vectors: beside the state database."""
    return state / "embeddings.sqlite"


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


def load_facts(curated: Path, state: Path | None = None) -> LoadedFacts:
    """Read every curated article; broken articles become errors. With ``state``, parsed fact
    statements are cached there."""
    if not curated.is_dir():
        raise FactledgerError("curated folder does not exist", str(curated))
    articles, errors = facts.load_facts(curated)
    cache = state / factcache.CACHE_NAME if state is not None else None
    return LoadedFacts([f for a in articles for f in a.facts], tuple(a.article_id for a in articles), tuple(errors),
                       cache)


def fingerprint(facts_: Sequence[Fact], thresholds: Thresholds) -> str:
    """Changes when anything a verdict depends on changes: the facts, the thresholds, the code."""
    h = hashlib.sha256(rules_fingerprint(thresholds).encode())
    for f in facts_:
        h.update(f"\x00{f.fact_id}\x00{f.statement}".encode())
    return h.hexdigest()


def rules_fingerprint(thresholds: Thresholds) -> str:
    """Changes when the way verdicts are made changes: the thresholds, the code, the statement reader."""
    # sorted, not repr(): a frozenset's order changes with each process's string hashing
    knobs = verifier.knobs(thresholds)
    return hashlib.sha256(f"{__version__}\x00{STATEMENT_VERSION}\x00{json.dumps(knobs, sort_keys=True)}".encode()
                          ).hexdigest()


def rules_changed(store: StateStore, thresholds: Thresholds) -> bool:
    """Must every stored verdict be made again (not only those the changed facts touch)?"""
    return store.get_meta("rules_fingerprint") != rules_fingerprint(thresholds)


def facts_changed(store: StateStore, loaded: LoadedFacts, thresholds: Thresholds) -> bool:
    """Were the stored verdicts made against other facts (or thresholds, or code)?"""
    return store.get_meta("facts_fingerprint") != fingerprint(loaded.facts, thresholds)


def merge_queue(store: StateStore, review_dir: Path, run_id: int | None = None) -> int:
    """Store what the reviewer wrote in queue.csv; returns the rows that carried something.

    Raises ``ReviewQueueError`` (naming the row) before anything is stored when a row
    has an unknown decision or a claim id that was never issued.
    """
    path = review_dir / "queue.csv"
    return merge_items(store, review.read_queue(path), path, run_id)


def queue_merger(store: StateStore, review_dir: Path, run_id: int | None) -> Callable[[bytes | None], int]:
    """``merge_queue`` for the queue bytes ``publish_review`` reads right before it rewrites the queue."""
    path = review_dir / "queue.csv"
    return lambda data: merge_items(store, review.queue_items(data, path), path, run_id)


def merge_items(store: StateStore, items: Sequence[review.ReviewItem], path: Path, run_id: int | None = None) -> int:
    """Store the rows of a queue; ``ReviewQueueError`` before anything is stored on an unknown claim id."""
    review_dir = path.parent
    known = store.claim_rows()
    aliases = store.aliases()  # a queue written before the ids changed (schema 1) still reads
    items = [dataclasses.replace(i, claim_id=aliases[i.claim_id]) if i.claim_id not in known and i.claim_id in aliases
             else i for i in items]
    for item in items:
        if item.claim_id not in known:
            raise ReviewQueueError(f"row {item.row}: unknown claim id {item.claim_id!r}",
                                   str(review_dir / "queue.csv"), item.row)
    previous = store.decisions()
    merged = 0
    with store.transaction():
        for item in items:
            old = previous.get(item.claim_id)
            if old and old.applied_at and item.decision != old.decision:
                continue  # already in the curated articles: undo that with git, not the queue
            if not item.touched and not old:
                continue
            row = known[item.claim_id]
            new = Decision(item.claim_id, item.decision, item.statement, item.article, item.note,
                           item.extra, row["source"], row["text"])
            if old and (old.decision, old.statement, old.article, old.note, old.extra or {}) == (
                    new.decision, new.statement, new.article, new.note, new.extra or {}):
                continue
            store.save_decision(new)
            store.audit(run_id, f"review:{item.decision or 'note'}", item.claim_id,
                        item.note[:200] if item.note else "")
            merged += 1
    return merged


def merge_or_refuse(store: StateStore, review_dir: Path, run_id: int) -> int:
    """``merge_queue``; a queue that cannot be read closes the run as refused before the error goes up."""
    swap.recover(review_dir / "queue.csv")  # a run killed while replacing it left the reviewer's file aside
    try:
        return merge_queue(store, review_dir, run_id)
    except FactledgerError as err:
        with store.transaction():
            store.finish_run(run_id, "refused", {"errors": [str(err)]})
        raise


def plan(store: StateStore, raw: Path) -> Plan:
    """Compare the raw folder with the database: new or changed files, unchanged ones, removed ones."""
    if not raw.is_dir():
        raise FactledgerError("raw folder does not exist", str(raw))
    known = store.documents()
    if store.get_meta("statement_version", STATEMENT_VERSION) != STATEMENT_VERSION:
        known = {}  # claims were read by an older reader: parse every file again
    changed, unchanged, seen = [], [], set()
    problems: list[documents.DocumentError] = []
    for path in documents.discover(raw, problems):
        source = documents.source_of(raw, path)
        seen.add(source)
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            changed.append(path)  # read_document will report it
            continue
        old = known.get(source)
        if old and old.sha256 == digest and not old.error:
            unchanged.append(source)
        else:
            changed.append(path)
    # a file that could not be taken this time (its folder unreadable, its link broken) is not gone
    held = tuple(e.path for e in problems if e.path)
    removed = tuple(sorted(s for s in set(known) - seen if not any(s == h or s.startswith(h + "/") for h in held)))
    if removed:
        # Forgotten before any batch is saved: a renamed or moved file's claims then find their
        # ids free, and keep them (and their decisions) under the new name.
        with store.transaction():
            store.forget_documents(removed)
    return Plan(tuple(changed), tuple(unchanged), removed, tuple(problems))


def hidden_characters(claim: Claim) -> list[str]:
    """The invisible or bidirectional control characters in a claim (a file's leading BOM aside)."""
    text = claim.text[1:] if claim.start == 0 and claim.text.startswith("\ufeff") else claim.text
    return spoofing.suspicious(text)


def verify_claims(claims: Sequence[Claim], index: FactIndex, thresholds: Thresholds, nlp: Language | None,
                  semantic_index: semantic.SemanticIndex | None = None) -> list[Match]:
    """``verifier.verify`` on what each claim says, then the spoofing rule on the verdicts.

    A claim is compared without its hidden characters (a right-to-left override reverses the
    digits a reader sees, so "2202" shows as "2022"); one that carries any is never
    ``supported``: it goes to a person, with a reason naming the characters.
    """
    marked = {c.claim_id: chars for c in claims if (chars := hidden_characters(c))}
    if marked:
        # read again from the text a reader sees (the stored statement was read with the characters in)
        claims = [dataclasses.replace(c, text=spoofing.clean(c.text), statement="") if c.claim_id in marked else c
                  for c in claims]
    matches = verifier.verify(claims, index, thresholds, nlp if nlp is not None or not marked else shared_nlp(),
                              semantic_index)
    return [flag_hidden(m, marked[m.claim_id]) if m.claim_id in marked else m for m in matches]


def flag_hidden(m: Match, chars: Sequence[str]) -> Match:
    """The verdict on a claim carrying hidden characters: never supported, and the reason says why."""
    note = f"hidden characters in the claim ({spoofing.describe(chars)}): check what it really says"
    if m.verdict == "supported":
        return Match(m.claim_id, "unverified", m.fact_id, m.score, f"{note}; without them: {m.reason}")
    return dataclasses.replace(m, reason=f"{note}; {m.reason}")


def process_batch(
    nlp: Language, raw: Path, paths: Sequence[Path], index: FactIndex,
    thresholds: Thresholds = Thresholds(), verify: bool = True,
    semantic_index: semantic.SemanticIndex | None = None,
) -> BatchResult:
    """Read, segment and verify a batch of raw files; a bad file is an error, the others go on.

    ``verify=False`` leaves the verdicts to ``reverify`` (when every claim is judged again anyway).
    """
    out = BatchResult()
    docs = []
    root = raw.resolve()
    with timed(out.timings, "read"):
        for path in paths:
            try:
                docs.append(documents.read_document(root, path))
            except FactledgerError as err:
                out.errors.append(err)
    with timed(out.timings, "segment"):
        for doc, claims, _ in segment.segment_documents(nlp, docs):
            out.documents.append((doc.source, doc.sha256, dict(doc.meta)))
            out.claims.extend(claims)
        out.claims = identity.distinct_ids(out.claims)  # the same sentence in two files of the batch
    if verify:
        with timed(out.timings, "verify"):
            out.matches.update((m.claim_id, m) for m in verify_claims(out.claims, index, thresholds, nlp,
                                                                      semantic_index))
    return out


def promoted(decisions: Mapping[str, Decision], facts_: Sequence[Fact]) -> dict[str, Match]:
    """Claims a reviewer accepted into a fact that is still curated: supported by that fact."""
    ids = {f.fact_id for f in facts_}
    return {c: Match(c, "supported", d.result, 1.0, f"accepted by a reviewer and promoted to {d.result}")
            for c, d in decisions.items() if d.decision == "accept" and d.applied_at and d.result in ids}


def save_batch(store: StateStore, batch: BatchResult, overrides: Mapping[str, Match]) -> None:
    """Store one batch's documents, claims and verdicts in a single transaction.

    Ids are settled against the store here (``StateStore.assign_ids``): the same words already
    held by another file get this file's scoped id.
    """
    by_source: dict[str, list[Claim]] = {s: [] for s, _, _ in batch.documents}
    for c in batch.claims:
        by_source[c.source].append(c)
    final: dict[str, str] = {}
    with store.transaction():
        for source, sha, meta in batch.documents:
            ids = store.assign_ids(source, by_source[source])
            final.update(ids)
            store.replace_claims(source, [dataclasses.replace(c, claim_id=ids[c.claim_id]) if ids[c.claim_id] != c.claim_id
                                          else c for c in by_source[source]])
            store.save_document(source, sha, meta)
        matches = (dataclasses.replace(m, claim_id=final.get(m.claim_id, m.claim_id)) for m in batch.matches.values())
        store.save_matches(overrides.get(m.claim_id, m) for m in matches)


def reverify(store: StateStore, loaded: LoadedFacts, thresholds: Thresholds,
             overrides: Mapping[str, Match], semantic_index: semantic.SemanticIndex | None = None) -> int:
    """Judge the stored claims again (the facts changed); returns how many.

    Only the claims a changed fact could matter to: those sharing an index key (a name, a
    lemma, a year) with a fact that was added, removed or edited (``candidates.affected``). A
    claim sharing none keeps the same candidates, so its verdict cannot change; the result is
    the same as judging every claim again (tested). Every claim is judged again when the rules
    changed, or when the state does not record which facts the verdicts were made against.
    """
    claims = store.claims()
    if not rules_changed(store, thresholds) and store.get_meta("rules_fingerprint"):
        before = store.judged_facts()
        now = {f.fact_id: f.statement for f in loaded.facts}
        old_texts = [t for fid, t in before.items() if now.get(fid) != t]
        changed = factcache.statements(shared_nlp(), old_texts, loaded.cache) + \
            [loaded.index.statements[loaded.index.by_id[fid]] for fid, t in now.items() if before.get(fid) != t
             and fid in loaded.index.by_id]
        own = [verifier.statement_of(c, shared_nlp()) for c in claims]
        claims = [claims[i] for i in candidates_affected(own, changed)]
    matches = verify_claims(claims, loaded.index, thresholds, shared_nlp(), semantic_index)
    with store.transaction():
        store.save_matches(overrides.get(m.claim_id, m) for m in matches)
    return len(claims)


def record_judged(store: StateStore, loaded: LoadedFacts, thresholds: Thresholds) -> None:
    """Remember what the stored verdicts were made against (in the caller's transaction)."""
    store.set_meta("facts_fingerprint", fingerprint(loaded.facts, thresholds))
    store.set_meta("rules_fingerprint", rules_fingerprint(thresholds))
    store.save_judged_facts((f.fact_id, f.statement) for f in loaded.facts)


def add_timings(total: dict[str, float], part: Mapping[str, float]) -> None:
    for stage, seconds in part.items():
        total[stage] = total.get(stage, 0.0) + seconds


def batched(items: Sequence, size: int) -> Iterator[Sequence]:
    """Consecutive slices of ``items`` of at most ``size``."""
    size = max(1, size)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def counts(store: StateStore) -> dict[str, Counter[str]]:
    """Claims per verdict, per source file."""
    out: dict[str, Counter[str]] = {s: Counter() for s in store.documents()}
    for row in store.conn.execute("SELECT source, verdict, COUNT(*) FROM claims WHERE present = 1 GROUP BY 1, 2"):
        out.setdefault(row[0], Counter())[row[1]] = row[2]
    return out


def ingest(
    nlp: Language, raw: Path, curated: Path, review_dir: Path, state: Path, batch_files: int = 100,
    thresholds: Thresholds = Thresholds(),
    progress: Callable[[int, int], None] | None = None,
    embedder: semantic.Embedder | None = None,
) -> IngestReport:
    """The whole ingest without Prefect: the same steps the flow runs as tasks.

    ``embedder`` is needed when ``thresholds.semantic`` is on (the semantic stage).
    """
    report = IngestReport()
    with timed(report.timings, "load_facts"):
        loaded = load_facts(curated, state)
    report.errors.extend(loaded.errors)
    if thresholds.semantic and embedder is None:  # fail before any work, not at the first batch
        raise semantic.SemanticUnavailable("the semantic stage is on but no embedder was given")
    with run_lock(state, "ingest"), StateStore(state) as store:
        run_id = store.start_run("ingest")
        report.merged_rows = merge_or_refuse(store, review_dir, run_id)
        with timed(report.timings, "plan"):
            todo = plan(store, raw)
        overrides = promoted(store.decisions(), loaded.facts)
        # claims parsed now are judged against today's facts; only new rules make them wait for
        # the full re-verification at the end
        stale = rules_changed(store, thresholds)
        done = 0
        for batch in batched(todo.changed, batch_files):
            sem = None if stale else loaded.semantic_index(thresholds, embedder)
            result = process_batch(nlp, raw, batch, loaded.index, thresholds, not stale, sem)
            with timed(report.timings, "save"):
                save_batch(store, result, overrides)
            add_timings(report.timings, result.timings)
            report.errors.extend(result.errors)
            report.parsed += len(result.documents)
            done += len(batch)
            if progress:
                progress(done, len(todo.changed))
        finish(store, run_id, report, todo, loaded, thresholds, overrides, review_dir, embedder)
    return report


def finish(store: StateStore, run_id: int, report: IngestReport, todo: Plan, loaded: LoadedFacts,
           thresholds: Thresholds, overrides: Mapping[str, Match], review_dir: Path,
           embedder: semantic.Embedder | None = None) -> None:
    """After the batches: forget removed files, re-verify if the facts changed, publish, close the run."""
    report.errors.extend(todo.errors)
    with store.transaction():
        store.forget_documents(todo.removed)
    changed = bool(report.parsed or todo.removed or report.merged_rows)
    with store.transaction():
        store.set_meta("statement_version", STATEMENT_VERSION)
    if facts_changed(store, loaded, thresholds):
        changed = True
        with timed(report.timings, "verify"):
            report.reverified = reverify(store, loaded, thresholds, overrides,
                                         loaded.semantic_index(thresholds, embedder))
            with store.transaction():
                record_judged(store, loaded, thresholds)
    report.unchanged = len(todo.unchanged)
    report.removed = len(todo.removed)
    with timed(report.timings, "publish"):
        if changed or not published_intact(store, review_dir):
            # The reviewer may have saved the queue while this run parsed and verified: publish
            # merges the queue right before rewriting it, and never replaces a save it has not merged.
            done = publish_review(store, review_dir, {f.fact_id: f for f in loaded.facts},
                                  merge=queue_merger(store, review_dir, run_id))
            report.written, report.queue_kept = done.written, done.kept
            report.merged_rows += done.merged
            if done.error is not None:
                report.errors.append(ReviewQueueError(f"{done.error.message}; it was left as saved and is read "
                                                      "again on the next run", done.error.path, done.error.line))
    report.counts = counts(store)
    with store.transaction():
        store.finish_run(run_id, "problems" if report.errors else "ok", {
            "parsed": report.parsed, "unchanged": report.unchanged, "removed": report.removed,
            "errors": [str(e) for e in report.errors], "written": report.written})
