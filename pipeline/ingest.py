"""The ingest steps as plain functions, incremental and idempotent.

1. ``merge_queue``: the reviewer's edits in ``queue.csv`` go into the state database first,
   so nothing they wrote can be overwritten.
2. ``plan``: hash every raw file; only new or changed ones are parsed again (``changes.py``,
   which also answers a run with nothing to do before spaCy is even imported).
3. ``process_batch``: read, segment and verify a batch of files (the expensive part; on
   several cores through ``pool.py``).
4. ``save_batch``: one transaction per batch, so an interrupted run resumes where it stopped.
5. ``reverify``: when the curated facts changed, the stored claims this run did not judge and
   that a changed fact could matter to are judged again (every one when the rules changed).
6. ``publish``: the review CSVs, rewritten only where their content changed.

``flows/ingest.py`` runs these as Prefect tasks; ``ingest()`` chains them without Prefect.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from . import __version__, documents, explain, facts, identity, review, reviewpage, segment, semantic, spoofing, swap
from .changes import IngestReport, Plan, begin_run, complete, counts, file_digest, plan, published_intact
from .errors import FactledgerError, ReviewQueueError
from .lock import run_lock
from .model import Claim, Fact, Match
from .nlp import shared_nlp
from .publish import publish_review
from .state import Decision, StateStore
from .verify import factcache, verifier
from .verify.candidates import FactIndex
from .verify.candidates import affected as candidates_affected
from .verify import STATEMENT_VERSION
from .verify.verifier import Thresholds


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
    words: dict[str, tuple[str, str, tuple[str, ...]]] = field(default_factory=dict)
    """The review page's plain words for the claims judged (claim id -> (key, verdict, words)),
    made from the judgement itself so that the page need not judge them again."""


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
    path = review.queue_source(review_dir)  # queue.xlsx when the reviewer saved one after queue.csv
    return merge_items(store, review.read_queue(path), path, run_id)


def queue_merger(store: StateStore, review_dir: Path, run_id: int | None,
                 seen: str = "") -> Callable[[bytes | None], int]:
    """``merge_queue`` for the queue bytes ``publish_review`` reads right before it rewrites the queue.

    ``seen``: the digest of the queue the run merged at its start; the same bytes again hold
    nothing new, and are not parsed a second time.
    """
    path = review_dir / "queue.csv"

    def merge(data: bytes | None) -> int:
        source = review.queue_source(review_dir)
        if source != path:  # a newer queue.xlsx: queue.csv holds what the last run wrote, not the reviewer's save
            return merge_items(store, review.read_queue(source), source, run_id)
        if seen and data is not None and hashlib.sha256(data).hexdigest() == seen:
            return 0
        return merge_items(store, review.queue_items(data, path), path, run_id)
    return merge


def merge_items(store: StateStore, items: Sequence[review.ReviewItem], path: Path, run_id: int | None = None) -> int:
    """Store the rows of a queue; ``ReviewQueueError`` before anything is stored on an unknown claim id."""
    known = store.claim_rows()
    aliases = store.aliases()  # a queue written before the ids changed (schema 1) still reads
    items = [dataclasses.replace(i, claim_id=aliases[i.claim_id]) if i.claim_id not in known and i.claim_id in aliases
             else i for i in items]
    for item in items:
        if item.claim_id not in known:
            raise ReviewQueueError(f"row {item.row}: unknown claim id {item.claim_id!r}: put back the id factledger "
                                   "wrote, or delete the row", str(path), item.row)
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
                           item.extra, row["source"], row["text"], new_fact_id=item.new_fact_id)
            if old and (old.decision, old.statement, old.article, old.note, old.extra or {}, old.new_fact_id) == (
                    new.decision, new.statement, new.article, new.note, new.extra or {}, new.new_fact_id):
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


def hidden_characters(claim: Claim) -> list[str]:
    """The invisible or bidirectional control characters in a claim (a file's leading BOM aside)."""
    text = claim.text[1:] if claim.start == 0 and claim.text.startswith("\ufeff") else claim.text
    return spoofing.suspicious(text)


def verify_claims(claims: Sequence[Claim], index: FactIndex, thresholds: Thresholds, nlp: Language | None,
                  semantic_index: semantic.SemanticIndex | None = None,
                  words: dict[str, tuple[str, str, tuple[str, ...]]] | None = None) -> list[Match]:
    """``verifier.verify`` on what each claim says, then the spoofing rule on the verdicts.

    A claim is compared without its hidden characters (a right-to-left override reverses the
    digits a reader sees, so "2202" shows as "2022"); one that carries any is never
    ``supported``: it goes to a person, with a reason naming the characters. ``words``, when
    given, receives the review page's plain words for each claim (``explain.words_of``, keyed
    by ``explain_key``), made from the judgement at hand.
    """
    marked = {c.claim_id: chars for c in claims if (chars := hidden_characters(c))}
    originals = {c.claim_id: c for c in claims}
    if marked:
        # read again from the text a reader sees (the stored statement was read with the characters in)
        claims = [dataclasses.replace(c, text=spoofing.clean(c.text), statement="") if c.claim_id in marked else c
                  for c in claims]
    judged = verifier.judge_all(claims, index, thresholds, nlp if nlp is not None or not marked else shared_nlp(),
                                semantic_index)
    if words is not None:
        key = explain_key(thresholds)
        for j in judged:
            claim = originals[j.match.claim_id]
            if j.match.claim_id not in marked and claim.statement:
                words[claim.claim_id] = (explain.claim_key(key, claim), j.match.verdict, explain.words_of(j))
    return [flag_hidden(j.match, marked[j.match.claim_id]) if j.match.claim_id in marked else j.match for j in judged]


def explain_key(thresholds: Thresholds) -> str:
    """What the review page's kept words depend on beyond the claim: the rules. Not the facts: a
    claim that a changed fact could matter to is judged again (``reverify``), and its words with it."""
    return rules_fingerprint(thresholds)


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
                                                                      semantic_index, out.words))
    return out


def promoted(decisions: Mapping[str, Decision], facts_: Sequence[Fact]) -> dict[str, Match]:
    """Claims a reviewer accepted into a fact that is still curated: supported by that fact."""
    ids = {f.fact_id for f in facts_}
    return {c: Match(c, "supported", d.result, 1.0, f"accepted by a reviewer and promoted to {d.result}")
            for c, d in decisions.items() if d.decision == "accept" and d.applied_at and d.result in ids}


def save_batch(store: StateStore, batch: BatchResult, overrides: Mapping[str, Match]) -> set[str]:
    """Store one batch's documents, claims and verdicts in a single transaction; returns the ids
    (as stored) of the claims it judged.

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
        matches = [dataclasses.replace(m, claim_id=final.get(m.claim_id, m.claim_id)) for m in batch.matches.values()]
        store.save_matches(overrides.get(m.claim_id, m) for m in matches)
        store.save_explanations({final.get(c, c): w for c, w in batch.words.items()})
    return {m.claim_id for m in matches}


def reverify(store: StateStore, loaded: LoadedFacts, thresholds: Thresholds,
             overrides: Mapping[str, Match], semantic_index: semantic.SemanticIndex | None = None,
             *, claims: Sequence[Claim] | None = None) -> int:
    """Judge stored claims again (the facts changed): ``claims``, or else every stored claim; returns how many.

    Of those, only the ones a changed fact could matter to: those sharing an index key (a name, a
    lemma, a year) with a fact that was added, removed or edited (``candidates.affected``), and
    of these the ones whose candidates are not the same facts in the same order as before, or
    include a changed fact. A claim sharing no key keeps the same candidates, so its verdict
    cannot change; the result is the same as judging every claim again (tested). Every claim is
    judged again when the rules changed, or when the state does not record which facts the
    verdicts were made against.
    """
    claims = list(store.claims() if claims is None else claims)
    if claims and not rules_changed(store, thresholds) and store.get_meta("rules_fingerprint"):
        before = store.judged_facts()
        now = {f.fact_id: f.statement for f in loaded.facts}
        edited = {fid for fid in before.keys() | now.keys() if before.get(fid) != now.get(fid)}
        index = loaded.index
        # the old wording of each changed fact, parsed (or read from the cache) once
        old_texts = sorted({before[fid] for fid in edited if fid in before})
        old_read = dict(zip(old_texts, factcache.statements(shared_nlp(), old_texts, loaded.cache)))
        changed = [old_read[before[fid]] for fid in sorted(edited) if fid in before] + \
            [index.statements[index.by_id[fid]] for fid in sorted(edited) if fid in index.by_id]
        own = [verifier.statement_of(c, shared_nlp()) for c in claims]
        touched = candidates_affected(own, changed)
        if touched:
            # of those, a claim whose candidates (which facts, in which order) are the same before
            # and after, none of them changed, gets the same judgement: the verdict is made from
            # the claim's statement and its candidates alone. An edited year shares "founded" with
            # thousands of claims but enters the first ten of almost none. The old index reuses
            # the current statements of the facts that did not change.
            old_index = FactIndex([Fact(fid, t, "", "", "", "") for fid, t in before.items()],
                                  [old_read[t] if fid in edited else index.statements[index.by_id[fid]]
                                   for fid, t in before.items()])
            k = thresholds.candidates

            def moved(i: int) -> bool:
                new = [index.fact_ids[j] for j in index.candidates(own[i], k)]
                old = [old_index.fact_ids[j] for j in old_index.candidates(own[i], k)]
                return new != old or not edited.isdisjoint(new) or bool(hidden_characters(claims[i]))

            touched = [i for i in touched if moved(i)]
        claims = [claims[i] for i in touched]
    words: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    matches = verify_claims(claims, loaded.index, thresholds, shared_nlp(), semantic_index, words)
    with store.transaction():
        store.save_matches(overrides.get(m.claim_id, m) for m in matches)
        store.save_explanations(words)
    return len(claims)


def record_judged(store: StateStore, loaded: LoadedFacts, thresholds: Thresholds) -> None:
    """Remember what the stored verdicts were made against (in the caller's transaction)."""
    store.set_meta("facts_fingerprint", fingerprint(loaded.facts, thresholds))
    store.set_meta("rules_fingerprint", rules_fingerprint(thresholds))
    store.save_judged_facts((f.fact_id, f.statement) for f in loaded.facts)


def add_timings(total: dict[str, float], part: Mapping[str, float]) -> None:
    for stage, seconds in part.items():
        total[stage] = total.get(stage, 0.0) + seconds


def ingest(
    nlp: Language, raw: Path, curated: Path, review_dir: Path, state: Path, batch_files: int = 100,
    thresholds: Thresholds = Thresholds(),
    progress: Callable[[int, int], None] | None = None,
    embedder: semantic.Embedder | None = None,
    *, workers: int = 1, inputs_key: str = "",
) -> IngestReport:
    """The whole ingest without Prefect: the same steps the flow runs as tasks.

    ``embedder`` is needed when ``thresholds.semantic`` is on (the semantic stage).
    ``workers`` above 1 parses and verifies the batches in that many worker processes when
    there is enough changed text to be worth it (``pool.py``); ``nlp`` is then what they run
    where they can be forked from this process, else each loads ``nlp.load_nlp()``.
    ``inputs_key`` (``changes.inputs_key``) is remembered after a clean run, so that the next
    run with nothing to do can say so without this function (``changes.unchanged_run``).
    """
    from .pool import BatchJob, BatchRunner, split, workers_for  # pool.py imports this module

    report = IngestReport()
    with timed(report.timings, "load_facts"):
        loaded = load_facts(curated, state)
    report.errors.extend(loaded.errors)
    if thresholds.semantic and embedder is None:  # fail before any work, not at the first batch
        raise semantic.SemanticUnavailable("the semantic stage is on but no embedder was given")
    key = fingerprint(loaded.facts, thresholds)
    with run_lock(state, "ingest"), StateStore(state) as store:
        run_id = begin_run(store)
        queue_seen = file_digest(review_dir / "queue.csv")
        report.merged_rows = merge_or_refuse(store, review_dir, run_id)
        with timed(report.timings, "plan"):
            todo = plan(store, raw)
        overrides = promoted(store.decisions(), loaded.facts)
        n = workers_for(todo.changed, workers, thresholds.semantic)
        jobs = [BatchJob(raw, batch, curated, key, thresholds, state) for batch in split(todo.changed, batch_files, n)]
        judged: set[str] = set()
        done = 0
        # Every batch is verified as it is parsed, also on a first run or after the facts
        # changed: ``finish`` then judges again only the stored claims this run did not touch.
        with BatchRunner(n, loaded, curated, key, nlp=nlp, embedder=embedder) as runner:
            for job, result in runner.results(jobs):
                with timed(report.timings, "save"):
                    judged |= save_batch(store, result, overrides)
                add_timings(report.timings, result.timings)
                report.errors.extend(result.errors)
                report.parsed += len(result.documents)
                done += len(job.paths)
                if progress:
                    progress(done, len(todo.changed))
        finish(store, run_id, report, todo, loaded, thresholds, overrides, review_dir, embedder,
               judged=judged, inputs_key=inputs_key, queue_seen=queue_seen)
        review_page(store, raw, review_dir, loaded, thresholds, report)
    return report


def review_page(store: StateStore, raw: Path, review_dir: Path, loaded: LoadedFacts, thresholds: Thresholds,
                report: IngestReport | None = None, keep: bool = True) -> bool:
    """Write ``REVIEW/review.html`` (``reviewpage``) with each queued claim's verdict in plain words;
    with ``report``, only when the run changed something or the page is missing (then it is named
    in ``report.written``). The words judged are kept in the state for the next page, unless
    ``keep`` is false (a read-only state folder). True when the page changed."""
    if report is not None and not (report.parsed or report.removed or report.written
                                   or not (review_dir / reviewpage.PAGE).exists()):
        return False
    # the words verification made are kept in the state; only claims judged before it kept them
    # (an older state folder) are judged again here, a bounded number per page
    words = explain.Explainer(loaded.index, thresholds, known=store.explanations(), key=explain_key(thresholds))
    changed = reviewpage.publish_page(store, raw, review_dir, loaded.facts, words)
    if words.fresh and keep:
        with store.transaction():  # the next page need not judge these claims again
            store.save_explanations(words.fresh)
    if changed and report is not None:
        report.written.append(reviewpage.PAGE)
    return changed


def finish(store: StateStore, run_id: int, report: IngestReport, todo: Plan, loaded: LoadedFacts,
           thresholds: Thresholds, overrides: Mapping[str, Match], review_dir: Path,
           embedder: semantic.Embedder | None = None, *, judged: Collection[str] = frozenset(),
           inputs_key: str = "", queue_seen: str = "") -> None:
    """After the batches: forget removed files, re-verify if the facts changed, publish, close the run.

    ``judged``: claims this run verified against the current facts (in its batches); when the
    facts changed, only the other stored claims are judged again (and of those, only the ones a
    changed fact could matter to, ``reverify``). ``inputs_key``: remembered for the next run's
    shortcut when this one ends without errors (``changes.complete``). ``queue_seen``: the
    digest of queue.csv taken just before the run's first merge; if the file still has exactly
    those bytes when the queue is rewritten, merging it again would store nothing, and is skipped.
    """
    report.errors.extend(todo.errors)
    with store.transaction():
        store.forget_documents(todo.removed)
    changed = bool(report.parsed or todo.removed or report.merged_rows)
    with store.transaction():
        store.set_meta("statement_version", STATEMENT_VERSION)
        store.set_meta("bom_stripped", "1")
    if facts_changed(store, loaded, thresholds):
        changed = True
        with timed(report.timings, "verify"):
            stale = [c for c in store.claims() if c.claim_id not in judged]
            if stale:  # on a first run there are none: the index and the embedder are not even needed here
                report.reverified = reverify(store, loaded, thresholds, overrides,
                                             loaded.semantic_index(thresholds, embedder), claims=stale)
            with store.transaction():
                record_judged(store, loaded, thresholds)
    report.unchanged = len(todo.unchanged)
    report.removed = len(todo.removed)
    report.facts, report.files = len(loaded.facts), len(todo.changed) + len(todo.unchanged)
    with timed(report.timings, "publish"):
        if changed or not published_intact(store, review_dir):
            # The reviewer may have saved the queue while this run parsed and verified: publish
            # merges the queue right before rewriting it, and never replaces a save it has not merged.
            done = publish_review(store, review_dir, {f.fact_id: f for f in loaded.facts},
                                  merge=queue_merger(store, review_dir, run_id, queue_seen))
            report.written, report.queue_kept, report.queue_new = done.written, done.kept, done.new
            report.merged_rows += done.merged
            if done.error is not None:
                report.errors.append(ReviewQueueError(f"{done.error.message}; it was left as saved and is read "
                                                      "again on the next run", done.error.path, done.error.line))
    report.counts = counts(store)
    with store.transaction():
        store.finish_run(run_id, "problems" if report.errors else "ok", {
            "parsed": report.parsed, "unchanged": report.unchanged, "removed": report.removed,
            "errors": [str(e) for e in report.errors], "written": report.written})
    complete(store, inputs_key, report)
