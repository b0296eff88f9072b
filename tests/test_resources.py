"""Resources are bounded: a note or statement has a size and a type; a large article loads in linear
time and takes many accepts in one pass."""

from __future__ import annotations

import time
from pathlib import Path

import pandas as pd
import pytest
import yaml

from pipeline import facts
from pipeline.errors import FrontMatterError, PromoteError, ReviewQueueError
from pipeline.ingest import ingest
from pipeline.promote import promote
from pipeline.state import Decision, StateStore

ARTICLE = """---
id: ai
atomic_facts:
  - id: ai-tf
    statement: Google released TensorFlow as open source in 2015.
---
"""
NOTES = "# Notes\n\n" + "".join(f"The probe Explorer {i} carried {i + 3} cosmic-ray counters.\n\n" for i in range(20))


def _run(nlp, root: Path, article: str = ARTICLE) -> tuple[Path, Path, Path, Path]:
    raw, curated, review, state = root / "raw", root / "curated", root / "review", root / "state"
    raw.mkdir()
    curated.mkdir()
    (raw / "notes.md").write_text(NOTES, encoding="utf-8")
    (curated / "ai.md").write_text(article, encoding="utf-8")
    ingest(nlp, raw, curated, review, state)
    return raw, curated, review, state


@pytest.mark.parametrize("column, size, limit", [("note", 10_001, "10,000"), ("statement", 5_001, "5,000")])
def test_an_oversized_cell_is_refused_with_its_row(nlp, tmp_path: Path, column: str, size: int, limit: str) -> None:
    # (the attack was a 100 MB note copied into the article; the limit is what matters, not the size)
    raw, curated, review, state = _run(nlp, tmp_path)
    queue = pd.read_csv(review / "queue.csv", dtype=str, keep_default_na=False)
    queue.loc[2, [column, "decision", "article"]] = ["x" * size, "accept", "ai"]
    queue.to_csv(review / "queue.csv", index=False)
    with pytest.raises(ReviewQueueError) as exc:
        ingest(nlp, raw, curated, review, state)
    assert exc.value.line == 4 and f"the {column} is {size:,} characters; the limit is {limit}" in exc.value.message
    with StateStore(state) as store:
        assert store.decisions() == {}  # nothing stored


def test_promote_refuses_an_oversized_note_stored_before_the_limit(nlp, tmp_path: Path) -> None:
    raw, curated, review, state = _run(nlp, tmp_path)
    claim = pd.read_csv(review / "queue.csv", dtype=str, keep_default_na=False).loc[0, "claim_id"]
    with StateStore(state) as store, store.transaction():  # as an older version would have stored it
        store.save_decision(Decision(claim, "accept", article="ai", note="n" * 20_000))
    (review / "queue.csv").unlink()  # (the queue on disk would otherwise be merged over it first)
    with pytest.raises(PromoteError, match=r"its note is 20,000 characters; the limit is 10,000"):
        promote(curated, review, state, today="2026-11-23")
    assert (curated / "ai.md").read_text(encoding="utf-8") == ARTICLE


@pytest.mark.parametrize("statement, words", [
    ("[Apollo, landed]", "statement must be text, not a list"),  # was stored as "['Apollo', 'landed']"
    ("{a: b}", "statement must be text, not a mapping"),
    ("'" + "x" * 5_001 + "'", "statement is 5,001 characters; the limit is 5,000"),
])
def test_a_curated_statement_must_be_bounded_text(statement: str, words: str) -> None:
    text = f"---\nid: a\natomic_facts:\n  - id: a-1\n    statement: {statement}\n---\n"
    with pytest.raises(FrontMatterError) as exc:
        facts.loads(text, "a.md")
    assert (exc.value.line, words in exc.value.message) == (4, True), exc.value


def _big_article(n: int) -> str:
    items = "".join(f"  - id: big-{i:05d}\n    statement: Station {i} logged {i % 97} quakes in {1900 + i % 120}.\n"
                    f"    source_title: Log {i}\n    source_url: https://example.org/{i}\n    confidence: high\n"
                    for i in range(n))
    return f"---\nid: big\natomic_facts:\n{items}updated: '2026-01-01'\n---\n"


def test_loading_a_large_article_costs_about_what_parsing_its_yaml_does() -> None:
    """Linear: 12,000 facts load in about the time libyaml takes to parse them (the check for a
    duplicate id scanned every earlier fact: four times the parse here, quadratic beyond). Both
    measured in this process, one after the other, so the machine's speed cancels out."""
    text = _big_article(12_000)
    yaml_text = text[4:text.index("\n---\n") + 1]
    start = time.perf_counter()
    yaml.load(yaml_text, Loader=yaml.CSafeLoader)
    parse = time.perf_counter() - start
    start = time.perf_counter()
    article = facts.loads(text, "big.md")
    load = time.perf_counter() - start
    assert len(article.facts) == 12_000
    assert load < 2.5 * parse, (load, parse)


def test_many_accepts_into_a_large_article_parse_it_twice_not_once_per_accept(
        nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """20 accepts: the article is parsed when read and once more to check the edit (it was parsed
    again for every accept, and 20 accepts into 20,000 facts took 143 s)."""
    raw, curated, review, state = _run(nlp, tmp_path, _big_article(2_000))
    queue = pd.read_csv(review / "queue.csv", dtype=str, keep_default_na=False)
    assert len(queue) == 20
    queue["decision"], queue["article"] = "accept", "big"
    queue.to_csv(review / "queue.csv", index=False)
    parses: list[int] = []
    for name in ("load", "compose", "parse"):
        real = getattr(yaml, name)

        def counted(stream, *args, _real=real, **kwargs):
            if isinstance(stream, str) and len(stream) > 100_000:  # the big article, not a small YAML
                parses.append(1)
            return _real(stream, *args, **kwargs)

        monkeypatch.setattr(yaml, name, counted)
    report = promote(curated, review, state, today="2026-11-23")
    assert len(report.accepted) == 20
    assert len(parses) == 2
    article = facts.read_article(curated / "ai.md")
    assert len(article.facts) == 2_020
