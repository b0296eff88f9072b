"""pipeline.facts: curated articles (YAML front matter listing atomic_facts) in."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import facts
from pipeline.errors import FrontMatterError
from pipeline.model import Fact

ARTICLE = """\
---
id: open-weight-models
title: "Open-Weight Models and Their Releases"
confidence: medium
atomic_facts:
  - id: owm-llama-2
    statement: Meta released Llama 2 in July 2023.
    source_title: "Llama 2: Open Foundation and Fine-Tuned Chat Models"
    source_url: https://arxiv.org/abs/2307.09288
    confidence: high
  - id: owm-eleuther-founded
    statement: >-
      EleutherAI was formed in 2020
      as a grassroots collective
      of researchers.
    source_title: EleutherAI about page
    source_url: https://www.eleuther.ai/about
    confidence: medium
  - id: owm-bloom-size
    statement: BLOOM has 176 billion parameters.
---
# Open-weight models

Body text is not read for facts.
"""


def test_loads_seed_schema() -> None:
    article = facts.loads(ARTICLE, "ai/open-weight-models.md")
    assert article.article_id == "open-weight-models"
    assert article.path == "ai/open-weight-models.md"
    assert article.text == ARTICLE
    assert article.meta["title"] == "Open-Weight Models and Their Releases"
    assert article.facts == (
        Fact("owm-llama-2", "Meta released Llama 2 in July 2023.",
             "Llama 2: Open Foundation and Fine-Tuned Chat Models", "https://arxiv.org/abs/2307.09288",
             "high", "open-weight-models", "ai/open-weight-models.md", 6),
        Fact("owm-eleuther-founded",
             "EleutherAI was formed in 2020 as a grassroots collective of researchers.",  # >- folded to one line
             "EleutherAI about page", "https://www.eleuther.ai/about",
             "medium", "open-weight-models", "ai/open-weight-models.md", 11),
        Fact("owm-bloom-size", "BLOOM has 176 billion parameters.",
             "", "", "", "open-weight-models", "ai/open-weight-models.md", 19),  # optional keys default to ""
    )
    lines = ARTICLE.splitlines()
    for f in article.facts:
        assert lines[f.line - 1] == f"  - id: {f.fact_id}"


@pytest.mark.parametrize(
    "statement_yaml, statement",
    [
        ("|\n      Two\n      lines.", "Two lines."),  # a literal block is folded too
        ("'  padded   with   spaces  '", "padded with spaces"),
        ("\"tab\\tand\\nnewline\"", "tab and newline"),
        ("1969", "1969"),  # YAML reads an int; the statement is its text
    ],
)
def test_loads_statement_whitespace(statement_yaml: str, statement: str) -> None:
    text = f"---\nid: a\natomic_facts:\n  - id: f1\n    statement: {statement_yaml}\n---\n"
    [fact] = facts.loads(text, "a.md").facts
    assert fact.statement == statement


def test_loads_article_id_defaults_to_file_stem() -> None:
    article = facts.loads("---\natomic_facts:\n  - id: x\n    statement: S.\n---\n", "space/apollo-program.md")
    assert article.article_id == "apollo-program"
    assert article.facts[0].article_id == "apollo-program"


def test_loads_crlf_article() -> None:
    article = facts.loads(ARTICLE.replace("\n", "\r\n"), "a.md")
    assert [f.line for f in article.facts] == [6, 11, 19]
    assert article.facts[1].statement.startswith("EleutherAI was formed in 2020 as")


@pytest.mark.parametrize("text", ["---\nid: empty\n---\n", "---\nid: empty\natomic_facts:\n---\n",
                                  "---\nid: empty\natomic_facts: []\n---\n"])
def test_loads_no_facts(text: str) -> None:
    assert facts.loads(text, "a.md").facts == ()


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("# Article\n\nNo front matter.\n", 1, "no YAML front matter"),
        ("id: a\natomic_facts: []\n", 2, "atomic_facts outside front matter"),  # meant as an article: an error
        ("---\nid: a\natomic_facts: []\n", 1, "never closed"),  # front matter opened, never closed
        # line 6 of the file is indented under a scalar value
        ("---\nid: a\natomic_facts:\n  - id: x\n    statement: S.\n   source_url: u\n---\n", 6, "not valid YAML"),
        ("---\nid: a\natomic_facts: Meta released Llama 2.\n---\n", None, "must be a list"),
        ("---\nid: a\natomic_facts:\n  id: x\n  statement: S.\n---\n", None, "must be a list"),
        ("---\n- id: x\n---\n", 2, "mapping"),
        # the second fact (line 6) has no statement
        ("---\nid: a\natomic_facts:\n  - id: x\n    statement: S.\n  - id: y\n    source_url: u\n---\n",
         6, "statement"),
        ("---\nid: a\natomic_facts:\n  - id: x\n    statement: '   '\n---\n", 4, "statement"),  # blank
        ("---\nid: a\natomic_facts:\n\n  - statement: No id.\n---\n", 5, "id"),
        ("---\nid: a\natomic_facts:\n  - just a string\n---\n", 4, "mapping"),
    ],
)
def test_loads_errors(text: str, line: int | None, words: str) -> None:
    with pytest.raises(FrontMatterError) as exc:
        facts.loads(text, "curated/a.md")
    err = exc.value
    assert err.path == "curated/a.md"
    if line is not None:
        assert err.line == line
    assert words in err.message


# --- load_facts ----------------------------------------------------------------------------


def _article(article_id: str, *facts_: tuple[str, str]) -> str:
    data = {"id": article_id, "atomic_facts": [{"id": i, "statement": s} for i, s in facts_]}
    return "---\n" + yaml.safe_dump(data, sort_keys=False) + "---\n"


def _write(root: Path, rel: str, text: str | bytes) -> None:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        text = text.encode("utf-8")
    p.write_bytes(text)


def test_load_facts_folder(tmp_path: Path) -> None:
    _write(tmp_path, "space/apollo.md", _article("apollo", ("ap-8", "Apollo 8 orbited the Moon in December 1968.")))
    _write(tmp_path, "ai/llama.md", _article("llama", ("ll-2", "Meta released Llama 2 in July 2023."),
                                             ("ll-1", "Meta released the first LLaMA model in February 2023.")))
    _write(tmp_path, "ai/notes.txt", "not an article")  # only .md files are articles
    _write(tmp_path, ".drafts.md", "---\n: broken\n")  # hidden
    articles, errors = facts.load_facts(tmp_path)
    assert errors == []
    assert [a.path for a in articles] == ["ai/llama.md", "space/apollo.md"]
    assert [f.fact_id for a in articles for f in a.facts] == ["ll-2", "ll-1", "ap-8"]
    assert articles[0].facts[0].path == "ai/llama.md"


def test_load_facts_duplicate_id_names_second_article(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", _article("a", ("shared", "Meta released Llama 2 in July 2023.")))
    _write(tmp_path, "b.md", _article("b", ("own", "BLOOM has 176 billion parameters."),
                                      ("shared", "Meta released Llama 3 in April 2024.")))
    articles, errors = facts.load_facts(tmp_path)
    assert [a.article_id for a in articles] == ["a"]  # the first use is kept
    assert articles[0].facts[0].statement == "Meta released Llama 2 in July 2023."
    [err] = errors
    assert err.path == "b.md"
    b_lines = (tmp_path / "b.md").read_text().splitlines()
    assert b_lines[err.line - 1] == "- id: shared"  # the duplicate's own entry in b.md
    assert "shared" in err.message and "a.md:4" in err.message  # first used on line 4 of a.md


def test_load_facts_duplicate_id_within_one_article(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", _article("a", ("x", "Apollo 8 orbited the Moon."), ("x", "Apollo 11 landed.")))
    articles, errors = facts.load_facts(tmp_path)
    assert len(errors) == 1
    assert "duplicate" in errors[0].message


def test_load_facts_broken_article_does_not_stop_others(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", _article("a", ("fa", "Apollo 8 orbited the Moon in December 1968.")))
    _write(tmp_path, "b.md", "---\nid: b\natomic_facts:\n  - id: fb\n    statement: S.\n   bad: indent\n---\n")
    _write(tmp_path, "c.md", b"---\nid: c\n---\n\xff\n")  # not UTF-8
    _write(tmp_path, "d.md", "No front matter at all.\n")  # a note (a README): neither an article nor an error
    _write(tmp_path, "e.md", _article("e", ("fe", "BLOOM has 176 billion parameters.")))
    articles, errors = facts.load_facts(tmp_path)
    assert [a.article_id for a in articles] == ["a", "e"]
    assert [(e.path, e.line) for e in errors] == [("b.md", 6), ("c.md", None)]


# --- round trip ----------------------------------------------------------------------------

_printable = st.characters(categories=("L", "N", "P", "S", "Zs"))
_fact_id = st.text(_printable, min_size=1, max_size=20).filter(lambda s: s.strip())
_statement = st.text(st.one_of(_printable, st.sampled_from("\n\t ")), min_size=1, max_size=80).filter(
    lambda s: s.strip())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_fact_id, _statement), max_size=6, unique_by=lambda t: str(t[0]).strip()), st.booleans())
def test_loads_round_trip(items: list[tuple[str, str]], unicode: bool) -> None:
    data = {"id": "art", "title": "T", "atomic_facts": [{"id": i, "statement": s} for i, s in items]}
    text = "---\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=unicode) + "---\nBody.\n"
    article = facts.loads(text, "art.md")
    assert [f.fact_id for f in article.facts] == [i.strip() for i, _ in items]
    assert [f.statement for f in article.facts] == [" ".join(s.split()) for _, s in items]
    lines = text.splitlines()
    for f in article.facts:
        assert lines[f.line - 1].startswith("- ")  # each fact's line is where its entry starts
