"""Reviewer decisions into curated articles.

``accept`` appends a new atomic fact (with provenance) to an article, ``dispute`` records
the claim under the article's ``disputed_statements``, ``reject`` writes nothing there.
Every edit is computed and re-parsed in memory first; if any decision cannot be applied,
``PromoteError`` lists them all and no file is touched. Applying twice adds nothing twice:
an article that already holds a claim's provenance counts as done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from collections.abc import Callable

from spacy.language import Language

from . import articles, documents, facts, review, segment, spoofing
from .errors import FactledgerError, FrontMatterError, PromoteError
from .facts import Article
from .identity import identity_text
from .ingest import merge_or_refuse, merge_queue
from .lock import run_lock
from .nlp import load_nlp
from .publish import publish
from .state import Decision, StateStore

_ARTICLE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass
class PromoteReport:
    accepted: list[tuple[str, str, str]] = field(default_factory=list)
    """(claim id, new fact id, article id)."""
    disputed: list[tuple[str, str, str]] = field(default_factory=list)
    """(claim id, disputed fact id, article id)."""
    rejected: int = 0
    merged_rows: int = 0
    changed_files: list[str] = field(default_factory=list)


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


def plan_edits(store: StateStore, by_article: dict[str, Article], fact_article: dict[str, str],
               today: str, confidence: str, fresh: dict[str, bool] | None = None,
               ) -> tuple[list[_Edit], list[tuple[Decision, str]], list[str]]:
    """The edits the pending decisions ask for, decisions already present in the articles, and problems."""
    claims = store.claim_rows()
    docs = store.documents()
    edits: list[_Edit] = []
    done: list[tuple[Decision, str]] = []
    problems: list[str] = []
    taken = set(fact_article)
    for d in sorted(store.decisions().values(), key=lambda d: d.claim_id):
        if d.decision not in ("accept", "dispute") or d.applied_at:
            continue
        label = f"claim {d.claim_id}"
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
        article = by_article[article_id]
        key = "atomic_facts" if d.decision == "accept" else "disputed_statements"
        already = _provenance_ids(article, key)
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
            fact_id = articles.new_fact_id(taken, [f.fact_id for f in article.facts], article_id, statement)
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


def promote(curated: Path, review_dir: Path, state: Path, today: str | None = None,
            confidence: str = "medium", raw: Path | None = None,
            nlp: Callable[[], Language] | None = None) -> PromoteReport:
    """Apply every pending accept and dispute; all of them or, on any problem, none.

    With ``raw``, each claim must still stand in its raw file as it is now (files changed
    since the last ingest are segmented again with ``nlp()``, by default the trained model).
    """
    today = today or date.today().isoformat()
    report = PromoteReport()
    with run_lock(state, "promote"), StateStore(state) as store:
        run_id = store.start_run("promote")
        report.merged_rows = merge_or_refuse(store, review_dir, run_id)
        loaded, errors = facts.load_facts(curated)
        if errors:
            raise PromoteError([f"fix the curated article first: {e}" for e in errors])
        by_article = {a.article_id: a for a in loaded}
        fact_article = {f.fact_id: a.article_id for a in loaded for f in a.facts}
        fresh = None
        if raw is not None:
            known = store.claim_rows()
            pending = [d.claim_id for d in store.decisions().values()
                       if d.decision in ("accept", "dispute") and not d.applied_at and d.claim_id in known]
            fresh = still_in_raw(store, raw, pending, nlp or load_nlp)
        edits, done, problems = plan_edits(store, by_article, fact_article, today, confidence, fresh)
        if problems:
            with store.transaction():
                store.finish_run(run_id, "refused", {"problems": problems})
            raise PromoteError(problems, str(review_dir / "queue.csv"))
        texts = {a: by_article[a].text for a in {e.article_id for e in edits}}
        for e in edits:
            texts[e.article_id] = articles.add_list_item(texts[e.article_id], e.key, e.entry, by_article[e.article_id].path)
        for article_id, text in texts.items():
            text = articles.set_updated(text, today)
            try:
                facts.loads(text, by_article[article_id].path)
            except FrontMatterError as err:
                with store.transaction():
                    store.finish_run(run_id, "refused", {"problems": [str(err)]})
                raise PromoteError([f"the edited article would not load: {err}"]) from None
            texts[article_id] = text
        for article_id, text in texts.items():
            path = curated / by_article[article_id].path
            if b"\r\n" in path.read_bytes():
                text = text.replace("\n", "\r\n")  # keep the article's line ends, so the diff is the addition only
            if review.write_text_atomic(path, text):
                report.changed_files.append(str(path))
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
            store.finish_run(run_id, "ok", {"accepted": len(report.accepted), "disputed": len(report.disputed)})
        merge_queue(store, review_dir, run_id)  # a save made while promote ran is kept too
        publish(store, review_dir, {f.fact_id: f for a in loaded for f in a.facts})
    return report


__all__ = ["FactledgerError", "PromoteError", "PromoteReport", "promote"]
