"""Reviewer decisions into curated articles.

``accept`` appends a new atomic fact (with provenance) to an article, under the id the reviewer
chose (``new_fact_id``) or one made from the statement (``factids``); ``dispute`` records the
claim under the article's ``disputed_statements``; ``reject`` and ``not-a-claim`` write nothing there.
Every edit is computed and re-parsed in memory first; if any decision cannot be applied,
``PromoteError`` lists them all and no file is touched. Applying twice adds nothing twice:
an article that already holds a claim's provenance counts as done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from collections.abc import Callable

from spacy.language import Language

from . import articles, documents, factids, facts, review, segment, spoofing, swap
from .errors import FactledgerError, FrontMatterError, PromoteError
from .facts import Article
from .identity import identity_text
from .ingest import merge_or_refuse, queue_merger
from .lock import run_lock
from .nlp import load_nlp
from .publish import publish_review
from .state import Decision, StateStore
from .verify import factcache
from .verify import statement as statements
from .verify.statement import Statement

_ARTICLE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass
class PromoteReport:
    accepted: list[tuple[str, str, str]] = field(default_factory=list)
    """(claim id, new fact id, article id)."""
    disputed: list[tuple[str, str, str]] = field(default_factory=list)
    """(claim id, disputed fact id, article id)."""
    rejected: int = 0
    not_claims: int = 0
    """Rows decided ``not-a-claim`` so far (they never return to the queue)."""
    merged_rows: int = 0
    changed_files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Things a person should know that did not stop the promote (a queue saved meanwhile that cannot be read)."""


@dataclass(frozen=True)
class _Edit:
    decision: Decision
    article_id: str
    key: str
    entry: dict


def _provenance_ids(article: Article, key: str) -> dict[str, str]:
    """claim id -> fact id (or disputed fact id) already recorded in the article."""
    out = {}
    for item in article.meta.get(key) or []:
        if isinstance(item, dict):
            prov = item.get("provenance") if key == "atomic_facts" else item
            if isinstance(prov, dict) and prov.get("claim_id"):
                out[str(prov["claim_id"])] = str(item.get("id") or item.get("contradicts") or "")
    return out


def still_in_raw(store: StateStore, raw: Path, claim_ids: list[str], nlp: Callable[[], Language]) -> dict[str, bool]:
    """Is each claim still in its raw file as it is now? Files changed since the last ingest are segmented again.

    Compared by words (``identity_text``), not ids: the store may have given a claim its file's
    scoped id, which segmenting one file alone cannot know.
    """
    claims = store.claim_rows()
    docs = store.documents()
    present: dict[str, bool] = {}
    current: dict[str, set[str]] = {}
    for claim_id in claim_ids:
        source = claims[claim_id]["source"]
        if source not in current:
            path = raw / source
            try:
                doc = documents.read_document(raw, path)
            except (FactledgerError, OSError):
                current[source] = set()
                continue
            if source in docs and docs[source].sha256 == doc.sha256:
                current[source] = {identity_text(r["text"]) for r in claims.values()
                                   if r["source"] == source and r["present"]}
            else:
                current[source] = {identity_text(c.text) for c in segment.segment(nlp(), doc)}
        present[claim_id] = identity_text(claims[claim_id]["text"]) in current[source]
    return present


def statements_for_ids(store: StateStore, nlp: Callable[[], Language]) -> dict[str, Statement]:
    """The parse of what each pending accept without a chosen id will state, to name its fact:
    the claim's stored statement when it is promoted as written, else the reviewer's text parsed
    (spaCy is loaded only then)."""
    claims = store.claim_rows()
    out: dict[str, Statement] = {}
    todo: dict[str, str] = {}
    for d in store.decisions().values():
        if d.decision != "accept" or d.applied_at or d.new_fact_id or d.claim_id not in claims:
            continue
        row = claims[d.claim_id]
        if (not d.statement or d.statement == row["text"]) and row["statement"]:
            out[d.claim_id] = statements.loads(row["statement"])
        else:
            todo[d.claim_id] = " ".join(spoofing.clean(d.statement or row["text"]).split())
    if todo:
        out.update(zip(todo, factcache.read_texts(nlp(), list(todo.values()))))
    return out


def plan_edits(store: StateStore, by_article: dict[str, Article], fact_article: dict[str, str],
               today: str, confidence: str, fresh: dict[str, bool] | None = None,
               parsed: dict[str, Statement] | None = None, rows: dict[str, int] | None = None,
               ) -> tuple[list[_Edit], list[tuple[Decision, str]], list[str]]:
    """The edits the pending decisions ask for, decisions already present in the articles, and problems.

    ``parsed``: statements to name new facts by (``statements_for_ids``); ``rows``: each claim's
    row in the queue, for the messages.
    """
    claims = store.claim_rows()
    docs = store.documents()
    edits: list[_Edit] = []
    done: list[tuple[Decision, str]] = []
    problems: list[str] = []
    parsed, rows = parsed or {}, rows or {}
    pending = sorted(store.decisions().values(), key=lambda d: d.claim_id)
    facts_at = {f.fact_id: f"{f.path}:{f.line}" for a in by_article.values() for f in a.facts}
    # chosen ids first: a generated id never takes one a reviewer chose
    taken = set(fact_article) | {d.new_fact_id for d in pending if d.decision == "accept" and not d.applied_at
                                 and d.new_fact_id}
    chosen: set[str] = set()
    recorded: dict[tuple[str, str], dict[str, str]] = {}  # once per article and list, not per decision
    fact_ids: dict[str, list[str]] = {}
    for d in pending:
        if d.decision not in ("accept", "dispute") or d.applied_at:
            continue
        label = f"claim {d.claim_id}" + (f" (queue row {rows[d.claim_id]})" if d.claim_id in rows else "")
        row = claims.get(d.claim_id)
        if row is None or not row["present"] or (fresh is not None and not fresh.get(d.claim_id, False)):
            problems.append(f"{label}: no longer in its raw file ({d.source}); clear its decision or restore the text")
            continue
        article_id = d.article or fact_article.get(row["fact_id"], "")
        if not article_id:
            problems.append(f"{label}: no article to add it to; fill the article column")
            continue
        if not _ARTICLE_ID.match(article_id) or article_id not in by_article:
            problems.append(f"{label}: unknown article {article_id!r} (known: {', '.join(sorted(by_article))})")
            continue
        if len(d.note) > review.MAX_NOTE or len(d.statement) > facts.MAX_STATEMENT:
            what, size, limit = (("note", len(d.note), review.MAX_NOTE) if len(d.note) > review.MAX_NOTE
                                 else ("statement", len(d.statement), facts.MAX_STATEMENT))
            problems.append(f"{label}: its {what} is {size:,} characters; the limit is {limit:,}: shorten it")
            continue
        article = by_article[article_id]
        key = "atomic_facts" if d.decision == "accept" else "disputed_statements"
        if (article_id, key) not in recorded:
            recorded[(article_id, key)] = _provenance_ids(article, key)
        already = recorded[(article_id, key)]
        if d.claim_id in already:
            done.append((d, already[d.claim_id]))
            continue
        meta = docs[row["source"]].meta if row["source"] in docs else {}
        where = {"claim_id": d.claim_id, "source": row["source"], "line": row["line"], "reviewed": today}
        if d.note:
            where["note"] = d.note
        if d.decision == "accept":
            # what the claim says, without characters that would make the fact display otherwise
            statement = " ".join(spoofing.clean(d.statement or row["text"]).split())
            if d.new_fact_id:
                why = factids.check_chosen(d.new_fact_id, facts_at, chosen)
                if why:
                    problems.append(f"{label}: {why}")
                    continue
                fact_id = d.new_fact_id
                chosen.add(fact_id)
            else:
                if article_id not in fact_ids:
                    fact_ids[article_id] = [f.fact_id for f in article.facts]
                fact_id = factids.new_fact_id(taken, fact_ids[article_id], statement, parsed.get(d.claim_id))
                taken.add(fact_id)
            entry = {"id": fact_id, "statement": statement,
                     "source_title": meta.get("title") or row["source"],
                     "source_url": meta.get("url") or f"raw/{row['source']}",
                     "confidence": confidence, "provenance": where}
        else:
            if not row["fact_id"]:
                problems.append(f"{label}: dispute needs a fact it contradicts, and the claim has none")
                continue
            entry = {"claim": spoofing.visible(row["text"]), "contradicts": row["fact_id"], **where}
        edits.append(_Edit(d, article_id, key, entry))
    return edits, done, problems


def render(edits: list[_Edit], by_article: dict[str, Article], curated: Path,
           today: str) -> list[tuple[Path, str, bytes]]:
    """(path, digest of the article as read, new bytes) per article to change; each edited article
    must load again. One pass per article, from the nodes it was read with: linear in its size."""
    additions: dict[str, dict[str, list[dict]]] = {}
    for e in edits:
        additions.setdefault(e.article_id, {}).setdefault(e.key, []).append(e.entry)
    changes = []
    for article_id, lists in additions.items():
        article = by_article[article_id]
        text = articles.add_list_items(article.text, lists, article.path, article.root)
        text = articles.set_updated(text, today)
        try:
            facts.loads(text, article.path)
        except FrontMatterError as err:
            raise PromoteError([f"the edited article would not load: {err}"]) from None
        if article.crlf:
            text = text.replace("\n", "\r\n")  # keep the article's line ends, so the diff is the addition only
        changes.append((curated / article.path, article.sha256, text.encode("utf-8")))
    return changes


def queue_rows(review_dir: Path) -> dict[str, int]:
    """Claim id -> its row in the queue the reviewer saved (for messages; {} when it cannot be read)."""
    try:
        return {i.claim_id: i.row for i in review.read_queue(review.queue_source(review_dir))}
    except (FactledgerError, OSError):
        return {}


ATTEMPTS = 3
"""Times promote plans again from an article a curator saved meanwhile, before it gives up."""


def promote(curated: Path, review_dir: Path, state: Path, today: str | None = None,
            confidence: str = "medium", raw: Path | None = None,
            nlp: Callable[[], Language] | None = None) -> PromoteReport:
    """Apply every pending accept and dispute; all of them or, on any problem, none.

    With ``raw``, each claim must still stand in its raw file as it is now (files changed
    since the last ingest are segmented again with ``nlp()``, by default the trained model).
    An article is replaced only if it still holds what was read (a curator's edit made
    meanwhile is planned again from, never written over); every new article is written to
    a temporary file before any is replaced, so a full disk changes nothing.
    """
    today = today or date.today().isoformat()
    report = PromoteReport()
    with run_lock(state, "promote"), StateStore(state) as store:
        swap.recover_folder(curated)  # a promote killed mid-replace left an article aside
        run_id = store.start_run("promote")

        def refuse(problems: list[str], path: str | None = None) -> PromoteError:
            with store.transaction():
                store.finish_run(run_id, "refused", {"problems": problems})
            return PromoteError(problems, path)

        report.merged_rows = merge_or_refuse(store, review_dir, run_id)
        get_nlp = cache(nlp or load_nlp)  # loaded once, and only if a file changed or a statement was rewritten
        fresh = None
        if raw is not None:  # before the articles are read: it may load spaCy, which takes seconds
            known = store.claim_rows()
            pending = [d.claim_id for d in store.decisions().values()
                       if d.decision in ("accept", "dispute") and not d.applied_at and d.claim_id in known]
            fresh = still_in_raw(store, raw, pending, get_nlp)
        parsed = statements_for_ids(store, get_nlp)
        rows = queue_rows(review_dir)
        for _ in range(ATTEMPTS):
            loaded, errors = facts.load_facts(curated)
            if errors:
                raise refuse([f"fix the curated article first: {e}" for e in errors])
            by_article = {a.article_id: a for a in loaded}
            fact_article = {f.fact_id: a.article_id for a in loaded for f in a.facts}
            edits, done, problems = plan_edits(store, by_article, fact_article, today, confidence, fresh, parsed,
                                               rows)
            if problems:
                raise refuse(problems, str(review_dir / "queue.csv"))
            try:
                changes = render(edits, by_article, curated, today)
            except PromoteError as err:
                raise refuse(err.problems) from None
            try:
                swap.replace_all(changes)
            except swap.Changed as err:
                changed = err.path
                continue  # a curator saved it since it was read: plan again from their text
            except OSError as err:
                raise refuse([f"{err.filename or curated}: {err.strerror or err}; no curated file was changed"]
                             ) from None
            report.changed_files = [str(path) for path, _, _ in changes]
            break
        else:
            raise refuse([f"{changed} kept changing while promote ran; no curated file was changed: "
                          "run promote again when the edits are saved"])
        with store.transaction():
            for d, result in done:
                store.mark_applied(d.claim_id, result)
            for e in edits:
                result = e.entry.get("id") or e.entry["contradicts"]
                store.mark_applied(e.decision.claim_id, result)
                store.audit(run_id, f"promote:{e.decision.decision}", e.decision.claim_id,
                            f"{result} in {e.article_id}")
                (report.accepted if e.decision.decision == "accept" else report.disputed).append(
                    (e.decision.claim_id, result, e.article_id))
            report.rejected = sum(1 for d in store.decisions().values() if d.decision == "reject")
            report.not_claims = sum(1 for d in store.decisions().values() if d.decision == "not-a-claim")
            store.finish_run(run_id, "ok", {"accepted": len(report.accepted), "disputed": len(report.disputed)})
        # a save made while promote ran is merged right before the queue is rewritten, never dropped
        published = publish_review(store, review_dir, {f.fact_id: f for a in loaded for f in a.facts},
                                   merge=queue_merger(store, review_dir, run_id))
        report.merged_rows += published.merged
        if published.error is not None:
            report.warnings.append(f"{published.error}; it was left as saved and is read again on the next run")
        elif published.kept:
            report.warnings.append(f"{review_dir / 'queue.csv'}: {published.kept}")
    return report


__all__ = ["FactledgerError", "PromoteError", "PromoteReport", "promote"]
