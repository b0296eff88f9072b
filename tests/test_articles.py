"""pipeline.articles: edits to curated articles that leave every other byte alone."""

from __future__ import annotations

import difflib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import articles, facts
from pipeline.errors import FrontMatterError

# A trimmed copy of the shared example article, /work/shared/eval/dev/curated/open-weight-models.md
EXAMPLE = """\
---
id: open-weight-models
title: "Open-Weight Models and Their Releases"
confidence: medium
last_verified: "2026-11-01"
atomic_facts:
  - id: owm-llama-1
    statement: Meta released the first LLaMA model in February 2023.
    source_title: "LLaMA: Open and Efficient Foundation Language Models"
    source_url: https://arxiv.org/abs/2302.13971
    confidence: high
  - id: owm-llama-2
    statement: Meta released Llama 2 in July 2023.
    source_title: "Llama 2: Open Foundation and Fine-Tuned Chat Models"
    source_url: https://arxiv.org/abs/2307.09288
    confidence: high
  - id: owm-bloom-size
    statement: BLOOM has 176 billion parameters.
    source_title: "BLOOM: A 176B-Parameter Open-Access Multilingual Language Model"
    source_url: https://arxiv.org/abs/2211.05100
    confidence: high
completeness: 0.6
known_gaps:
  - Release dates are given to the month only.
disputed_statements: []
primary_sources:
  - title: "Llama 2: Open Foundation and Fine-Tuned Chat Models"
    year: 2023
secondary_sources: []
updated: "2026-11-01"
---

## TL;DR

Release facts for the best-known open-weight models.
atomic_facts:
updated: 2020-01-01
"""

SIMPLE = {"id": "owm-llama-3", "statement": "Meta released Llama 3 in April 2024."}


def inserted(before: str, after: str) -> tuple[int, list[str]]:
    """Where lines were inserted and which; fails unless every old line is still there, byte for byte, in order."""
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    assert len(ops) == 1 and ops[0][0] == "insert", ops
    _, i1, _, j1, j2 = ops[0]
    return i1, b[j1:j2]


def line_index(text: str, line: str) -> int:
    return text.splitlines(keepends=True).index(line)


# --- add_list_item: atomic_facts ---------------------------------------------------------


def test_add_fact_to_example() -> None:
    out = articles.add_list_item(EXAMPLE, "atomic_facts", SIMPLE)
    at, lines = inserted(EXAMPLE, out)
    assert at == line_index(EXAMPLE, "completeness: 0.6\n")  # right after the last fact
    assert lines == ["  - id: owm-llama-3\n", "    statement: Meta released Llama 3 in April 2024.\n"]
    article = facts.loads(out, "ai/open-weight-models.md")
    assert [f.fact_id for f in article.facts] == ["owm-llama-1", "owm-llama-2", "owm-bloom-size", "owm-llama-3"]
    assert article.facts[-1].statement == SIMPLE["statement"]
    assert out.endswith("atomic_facts:\nupdated: 2020-01-01\n")  # the body is not front matter


@pytest.mark.parametrize(
    "items, dash",
    [
        ("  - id: a-1\n    statement: One.\n  - id: a-2\n    statement: Two.\n", "  - "),
        ("    - id: a-1\n      statement: One.\n    - id: a-2\n      statement: Two.\n", "    - "),
        ("- id: a-1\n  statement: One.\n- id: a-2\n  statement: Two.\n", "- "),  # dash at column 0
    ],
)
def test_add_fact_keeps_indentation_style(items: str, dash: str) -> None:
    text = f"---\nid: a\natomic_facts:\n{items}title: T\n---\nBody.\n"
    out = articles.add_list_item(text, "atomic_facts", {"id": "a-3", "statement": "Three."})
    at, lines = inserted(text, out)
    assert at == line_index(text, "title: T\n")
    pad = " " * len(dash)  # keys of the item line up under the first key
    assert lines == [f"{dash}id: a-3\n", f"{pad}statement: Three.\n"]
    assert [f.statement for f in facts.loads(out, "a.md").facts] == ["One.", "Two.", "Three."]


def test_add_fact_when_list_ends_the_front_matter() -> None:
    text = "---\nid: a\natomic_facts:\n  - id: a-1\n    statement: One.\n---\nBody.\n"
    out = articles.add_list_item(text, "atomic_facts", {"id": "a-2", "statement": "Two."})
    at, lines = inserted(text, out)
    assert at == 5  # just before the closing ---
    assert lines == ["  - id: a-2\n", "    statement: Two.\n"]


def test_add_fact_after_a_trailing_comment_and_block_scalar() -> None:
    text = ("---\nid: a\natomic_facts:\n  - id: a-1\n    statement: >-\n      One\n      folded.\n"
            "  - id: a-2\n    statement: Two.  # checked\ntitle: T\n---\n")
    out = articles.add_list_item(text, "atomic_facts", {"id": "a-3", "statement": "Three."})
    at, _ = inserted(text, out)
    assert at == line_index(text, "title: T\n")
    assert [f.statement for f in facts.loads(out, "a.md").facts] == ["One folded.", "Two.", "Three."]


def test_add_fact_before_a_comment_on_the_next_key() -> None:
    text = "---\nid: a\natomic_facts:\n  - id: a-1\n    statement: One.\n\n# where the facts come from\nsources: []\n---\n"
    out = articles.add_list_item(text, "atomic_facts", {"id": "a-2", "statement": "Two."})
    at, _ = inserted(text, out)
    assert at == 5  # right after the last item, before the blank line and the comment


@pytest.mark.parametrize(
    "value",
    [
        "Ratio: 3:1, says \"Bob\" — it's O'Brien's #1 pick",
        "- starts like a list item",
        "{not: a mapping}",
        "null",
        "yes",
        "1969",
        "  leading and trailing spaces  ",
        "Zoë Čapek • 東京 • emoji 🚀",
        "line one\nline two\n---\nafter a rule",
        "ends with a colon:",
        "'single' and \"double\"",
        "a\\b\ttab",
        "x" * 150,  # longer than the dump width: folded, still one value
    ],
)
def test_add_fact_values_survive(value: str) -> None:
    entry = {"id": "owm-new", "statement": value, "source_title": value, "source_url": "https://x.org/a?b=c#d:e",
             "confidence": "high", "provenance": {"claim_id": "c1", "source": "notes/ä b.md", "line": 7,
                                                  "note": value}}
    out = articles.add_list_item(EXAMPLE, "atomic_facts", entry)
    inserted(EXAMPLE, out)
    article = facts.loads(out, "a.md")
    new = article.facts[-1]
    assert (new.fact_id, new.source_title, new.source_url, new.confidence) == (
        "owm-new", value, "https://x.org/a?b=c#d:e", "high")
    assert new.statement == " ".join(value.split())  # facts.loads folds whitespace in statements
    assert article.meta["atomic_facts"][-1]["provenance"] == entry["provenance"]  # notes kept exactly
    assert article.meta["title"] == "Open-Weight Models and Their Releases"


def test_add_two_facts_in_a_row() -> None:
    once = articles.add_list_item(EXAMPLE, "atomic_facts", {"id": "n1", "statement": "First."})
    twice = articles.add_list_item(once, "atomic_facts", {"id": "n2", "statement": "Second."})
    at, lines = inserted(once, twice)
    assert lines == ["  - id: n2\n", "    statement: Second.\n"]
    assert [f.fact_id for f in facts.loads(twice, "a.md").facts][-2:] == ["n1", "n2"]


# --- add_list_item: empty, missing, refused ----------------------------------------------

DISPUTE = {"claim": "BLOOM has 175 billion parameters.", "contradicts": "owm-bloom-size", "claim_id": "c9"}


@pytest.mark.parametrize("keys", [("atomic_facts", "disputed_statements"), ("disputed_statements", "atomic_facts"),
                                  ("atomic_facts", "brand_new_list")])
def test_add_items_to_two_lists_in_one_pass_equals_one_at_a_time(keys: tuple[str, str]) -> None:
    first = [{"id": "n1", "statement": "First."}, {"id": "n2", "statement": "Second."}]
    additions = {keys[0]: first, keys[1]: [DISPUTE]}
    article = facts.loads(EXAMPLE, "a.md")
    one_pass = articles.add_list_items(article.text, additions, "a.md", article.root)  # no second parse
    stepwise = article.text
    for key, entries in additions.items():
        for entry in entries:
            stepwise = articles.add_list_item(stepwise, key, entry)
    assert one_pass == stepwise


def test_empty_flow_list_becomes_block_list() -> None:
    out = articles.add_list_item(EXAMPLE, "disputed_statements", DISPUTE)
    a, b = EXAMPLE.splitlines(keepends=True), out.splitlines(keepends=True)
    changes = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    # one line changed (`[]` dropped) and the entry's lines follow it; nothing else moves
    assert [(tag, a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in changes] == [(
        "replace", ["disputed_statements: []\n"],
        ["disputed_statements:\n", "  - claim: BLOOM has 175 billion parameters.\n",
         "    contradicts: owm-bloom-size\n", "    claim_id: c9\n"])]
    assert facts.loads(out, "a.md").meta["disputed_statements"] == [DISPUTE]
    again = articles.add_list_item(out, "disputed_statements", {**DISPUTE, "claim_id": "c10"})
    inserted(out, again)
    assert [d["claim_id"] for d in facts.loads(again, "a.md").meta["disputed_statements"]] == ["c9", "c10"]


@pytest.mark.parametrize("empty", ["disputed_statements:", "disputed_statements: ~", "disputed_statements: null",
                                   "disputed_statements: [ ]"])
def test_other_empty_values_become_block_list(empty: str) -> None:
    text = f"---\nid: a\n{empty}\ntitle: T\n---\n"
    out = articles.add_list_item(text, "disputed_statements", DISPUTE)
    assert out == ("---\nid: a\ndisputed_statements:\n  - claim: BLOOM has 175 billion parameters.\n"
                   "    contradicts: owm-bloom-size\n    claim_id: c9\ntitle: T\n---\n")


def test_empty_flow_list_keeps_following_blank_line() -> None:
    text = "---\nid: a\ndisputed_statements: []\n\ntitle: T\n---\n"
    out = articles.add_list_item(text, "disputed_statements", {"claim": "C."})
    assert out == "---\nid: a\ndisputed_statements:\n  - claim: C.\n\ntitle: T\n---\n"


def test_missing_key_is_added_at_the_end() -> None:
    text = "---\nid: a\ntitle: T\n---\nBody with disputed_statements: [] in it.\n"
    out = articles.add_list_item(text, "disputed_statements", {"claim": "C.", "contradicts": "f"})
    at, lines = inserted(text, out)
    assert at == 3  # before the closing ---
    assert lines == ["disputed_statements:\n", "  - claim: C.\n", "    contradicts: f\n"]
    assert facts.loads(out, "a.md").meta["disputed_statements"] == [{"claim": "C.", "contradicts": "f"}]


def test_missing_atomic_facts_is_added() -> None:
    text = "---\nid: a\n---\n"
    out = articles.add_list_item(text, "atomic_facts", {"id": "a-1", "statement": "One."})
    assert [f.fact_id for f in facts.loads(out, "a.md").facts] == ["a-1"]


def test_one_line_list_is_refused() -> None:
    text = "---\nid: a\ntitle: T\natomic_facts: [{id: a-1, statement: One.}, {id: a-2, statement: Two.}]\n---\n"
    with pytest.raises(FrontMatterError) as exc:
        articles.add_list_item(text, "atomic_facts", SIMPLE, "curated/a.md")
    assert (exc.value.path, exc.value.line) == ("curated/a.md", 4)  # the file line of the list
    assert "one-line" in exc.value.message


@pytest.mark.parametrize(
    "text, words",
    [
        ("---\nid: a\ndisputed_statements: none\n---\n", "not a list"),
        ("---\nid: a\ndisputed_statements:\n  claim: C.\n---\n", "not a list"),
        ("---\n- a\n- b\n---\n", "mapping"),
        ("---\nid: a\n  bad: indent\n---\n", "not valid YAML"),
        ("No front matter.\n", "front matter"),
    ],
)
def test_add_list_item_refuses(text: str, words: str) -> None:
    with pytest.raises(FrontMatterError) as exc:
        articles.add_list_item(text, "disputed_statements", DISPUTE, "a.md")
    assert words in exc.value.message
    assert exc.value.path == "a.md"


# --- add_list_item: property ------------------------------------------------------------

_statement = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=120).filter(
    lambda s: s.strip())


# PyYAML writes these unescaped and reads them back as line breaks (folded to a space); the
# statement a fact carries is whitespace-folded anyway, so only the exact-text check skips them.
YAML_BREAKS = "\x85\u2028\u2029"


@settings(max_examples=300, deadline=None)
@given(_statement)
def test_added_statement_reloads(statement: str) -> None:
    out = articles.add_list_item(EXAMPLE, "atomic_facts", {"id": "owm-new", "statement": statement})
    at, _ = inserted(EXAMPLE, out)
    assert at == line_index(EXAMPLE, "completeness: 0.6\n")
    article = facts.loads(out, "a.md")
    assert [f.fact_id for f in article.facts] == ["owm-llama-1", "owm-llama-2", "owm-bloom-size", "owm-new"]
    assert article.facts[-1].statement == " ".join(statement.split())
    if not set(statement) & set(YAML_BREAKS):
        assert article.meta["atomic_facts"][-1]["statement"] == statement  # the exact text, before folding


# --- set_updated ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, new",
    [
        ('updated: "2026-11-01"', 'updated: "2027-01-02"'),
        ("updated: '2026-11-01'", "updated: '2027-01-02'"),
        ("updated: 2026-11-01", "updated: 2027-01-02"),
        ("updated:   2026-11-01", "updated:   2027-01-02"),  # spacing kept too
        ("updated: ''", "updated: '2027-01-02'"),
    ],
)
def test_set_updated_keeps_quoting(line: str, new: str) -> None:
    text = f"---\nid: a\n{line}\ntitle: T\n---\nupdated: 2020-01-01\n"
    out = articles.set_updated(text, "2027-01-02")
    assert out == f"---\nid: a\n{new}\ntitle: T\n---\nupdated: 2020-01-01\n"  # the body is left alone


def test_set_updated_example_changes_one_line() -> None:
    out = articles.set_updated(EXAMPLE, "2027-01-02")
    diff = [d for d in difflib.ndiff(EXAMPLE.splitlines(), out.splitlines()) if d[:1] in "+-"]
    assert diff == ['- updated: "2026-11-01"', '+ updated: "2027-01-02"']
    assert facts.loads(out, "a.md").meta["last_verified"] == "2026-11-01"


def test_set_updated_only_top_level_key() -> None:
    text = "---\nid: a\nsources:\n  - url: u\n    updated: 2020-01-01\nupdated: 2026-11-01\n---\n"
    assert articles.set_updated(text, "2027-01-02") == text.replace("updated: 2026-11-01", "updated: 2027-01-02")


@pytest.mark.parametrize("text", ["---\nid: a\nlast_updated: 2026-11-01\n---\nupdated: 2020-01-01\n",
                                  "No front matter.\nupdated: 2020-01-01\n", ""])
def test_set_updated_without_updated_key(text: str) -> None:
    assert articles.set_updated(text, "2027-01-02") == text


def test_set_updated_empty_value() -> None:
    out = articles.set_updated("---\nid: a\nupdated:\n---\n", "2027-01-02")
    assert str(facts.loads(out, "a.md").meta["updated"]) == "2027-01-02"


@pytest.mark.parametrize("line, new", [("updated: 2026-11-01  # bump on edit", "updated: 2027-01-02  # bump on edit"),
                                       ('updated: "2026-11-01" # bump', 'updated: "2027-01-02" # bump')])
def test_set_updated_keeps_trailing_comment(line: str, new: str) -> None:
    assert articles.set_updated(f"---\n{line}\n---\n", "2027-01-02") == f"---\n{new}\n---\n"
