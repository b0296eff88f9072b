"""``factledger explain CLAIM_ID`` and ``factledger report``: the reviewer's commands.

Both only read the state database (a read-only state folder is fine) and the curated and raw
folders, and need no Prefect. ``explain`` judges the claim again against the curated facts as
they are now and prints why (``pipeline.explain``); ``report`` writes the review page
(``pipeline.reviewpage``), which every ingest also writes.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import FactledgerError

if TYPE_CHECKING:
    from pipeline.ingest import LoadedFacts
    from pipeline.state import Decision
    from pipeline.verify.verifier import Thresholds

Options = Callable[[argparse.ArgumentParser], None]


def add_parsers(sub: argparse._SubParsersAction, folders: Options, matching: Options) -> None:  # type: ignore[type-arg]
    """The ``explain`` and ``report`` subcommands (``folders``, ``matching``: the CLI's shared options)."""
    exp = sub.add_parser(
        "explain", help="why a claim got its verdict: its context, the facts considered, what agrees and what not",
        description="Judge one claim again against the curated facts as they are now and say why: the claim "
                    "where it stands in its file, the facts considered with how many of the claim's parts each "
                    "one states, and, for the fact the verdict rests on (or the closest one), which parts agree, "
                    "which conflict and which the fact does not state. CLAIM_ID is the claim_id column of "
                    "claims.csv or queue.csv (an id from before an upgrade, or a unique prefix, works too).")
    exp.add_argument("claim_id", metavar="CLAIM_ID", help="the claim's id, from claims.csv or queue.csv")
    folders(exp)
    matching(exp)
    rep = sub.add_parser(
        "report", help="write the review page: every raw file with its claims highlighted by verdict",
        description="Write REVIEW/review.html, one self-contained page (no network needed to view it): each raw "
                    "file's text with every claim highlighted by verdict, its fact, source and reason on hover or "
                    "click, the queue items marked, filters by verdict and file. Every ingest writes it too.")
    folders(rep)
    matching(rep)


def _thresholds(args: argparse.Namespace) -> Thresholds:
    from pipeline.config import load_thresholds

    thresholds = load_thresholds(args.config)
    return dataclasses.replace(thresholds, semantic=args.semantic) if args.semantic is not None else thresholds


def _facts(args: argparse.Namespace) -> LoadedFacts:
    from pipeline.ingest import load_facts

    loaded = load_facts(args.curated, args.state)
    for err in loaded.errors:
        print(f"factledger: skipped {err}", file=sys.stderr)
    return loaded


def _needs_state(state: Path) -> bool:
    from pipeline.state import DB_NAME

    if (state / DB_NAME).exists():
        return True
    print(f"factledger: no state database in {state}: run `factledger ingest` first", file=sys.stderr)
    return False


def context_lines(raw: Path, source: str, first: int, last: int, around: int = 1) -> list[tuple[int, str]]:
    """Lines ``first - around`` .. ``last + around`` of a raw file as it is now ([] when unreadable)."""
    from pipeline import documents, spoofing

    try:
        text = documents.read_document(raw.resolve(), raw / source).text
    except (FactledgerError, OSError):
        return []
    lines = text.split("\n")
    lo, hi = max(1, first - around), min(len(lines), last + around)
    return [(n, _clip(spoofing.visible(lines[n - 1]))) for n in range(lo, hi + 1)]


def _clip(line: str, width: int = 400) -> str:
    return line if len(line) <= width else line[:width - 1] + "…"


def _decision_words(d: Decision | None) -> str:
    if d is None:
        return ""
    what = d.decision or "pending"
    if d.decision in ("accept", "dispute"):
        what += f" (promoted: {d.result})" if d.applied_at else " (not promoted yet: run `factledger promote`)"
    return what + (f"; note: {d.note}" if d.note else "")


def cmd_explain(args: argparse.Namespace) -> int:
    from pipeline import explain, spoofing
    from pipeline.nlp import shared_nlp
    from pipeline.state import StateStore
    from pipeline.verify.verifier import judge_claim, statement_of

    if not _needs_state(args.state):
        return 2
    with StateStore(args.state, readonly=True) as store:
        claim, present = store.find_claim(args.claim_id)
        stored = store.matches().get(claim.claim_id)
        decision = store.decisions().get(claim.claim_id)
    thresholds = _thresholds(args)
    loaded = _facts(args)
    hidden = spoofing.suspicious(claim.text)
    # judged as it reads (hidden characters out), as ingest judges it
    judged = dataclasses.replace(claim, text=spoofing.clean(claim.text), statement="") if hidden else claim
    statement = statement_of(judged, None if judged.statement else shared_nlp())
    similarity: Callable[[str], float] | None = None
    if thresholds.semantic:
        from pipeline.ingest import embedding_cache
        from pipeline.semantic import load_embedder

        index = loaded.semantic_index(thresholds, load_embedder(embedding_cache(args.state)))
        row, by_id = index.similarities([judged.text])[0], loaded.index.by_id

        def cosine(fact_id: str) -> float:
            return float(row[by_id[fact_id]])
        similarity = cosine
    judgement = judge_claim(claim.claim_id, statement, loaded.index, thresholds, similarity=similarity)
    ex = explain.explain(judgement)
    last = claim.line + claim.text.count("\n")
    was = ""
    if stored is not None and stored.verdict != ex.verdict:
        was = f"{stored.verdict} ({stored.reason})"
    print(explain.render(ex, claim, context_lines(args.raw, claim.source, claim.line, last), was,
                        _decision_words(decision)))
    if hidden:
        print(f"note: the claim carries hidden characters ({spoofing.describe(hidden)}): it is judged as it reads "
              "without them, and never counts as supported: check what it really says")
    if not present:
        print("note: this claim is no longer in its raw file (it was edited or removed since)")
    page = args.review / "review.html"
    if page.exists():
        print(f"on the review page: {page.resolve().as_uri()}#claim={claim.claim_id}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from pipeline import reviewpage
    from pipeline.ingest import review_page
    from pipeline.state import StateStore

    if not _needs_state(args.state):
        return 2
    thresholds = _thresholds(args)
    loaded = _facts(args)
    with StateStore(args.state, readonly=True) as store:  # reads only: a read-only state folder is fine
        changed = review_page(store, args.raw.resolve(), args.review, loaded, thresholds, keep=False)
    page = (args.review / reviewpage.PAGE).resolve()
    print(f"{'wrote' if changed else 'unchanged:'} {page}")
    print(f"open it in a browser: {page.as_uri()}")
    return 0


def refresh_page(args: argparse.Namespace, config: Path) -> None:
    """After ``promote``: the review page again (accepted and disputed claims have left the queue);
    a problem is one line on stderr, not a failed promote."""
    from pipeline.config import load_thresholds
    from pipeline.ingest import load_facts, review_page
    from pipeline.state import StateStore

    try:
        loaded = load_facts(args.curated, args.state)
        with StateStore(args.state) as store:
            review_page(store, args.raw.resolve(), args.review, loaded, load_thresholds(config))
    except (FactledgerError, OSError) as err:
        print(f"factledger: the review page was not rewritten: {err}", file=sys.stderr)
