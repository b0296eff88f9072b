"""pipeline.frontmatter: find the block, parse it, name the document line of a problem."""

from __future__ import annotations

import pytest

from pipeline import frontmatter
from pipeline.errors import FrontMatterError


# --- find ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Just a note.\n",
        "# Title\n---\na: 1\n---\n",  # --- on line 2 is a rule, not front matter
        " ---\na: 1\n---\n",  # the opening --- must start the file
        "---\na: 1\n",  # never closed
        "----\na: 1\n----\n",  # four dashes are not a fence
    ],
)
def test_find_without_front_matter(text: str) -> None:
    assert frontmatter.find(text) is None


def test_find_offsets() -> None:
    text = "---\ntitle: x\n---\nBody.\n"
    fm = frontmatter.find(text)
    assert fm is not None
    assert fm.yaml_text == "title: x\n"
    assert fm.yaml_start == 4  # just after "---\n"
    assert text[fm.yaml_start:].startswith("title: x")
    assert fm.first_line == 2
    assert fm.body_start == 17  # 4 + len("title: x\n") + len("---\n")
    assert text[fm.body_start:] == "Body.\n"


@pytest.mark.parametrize(
    "text, yaml_text, body",
    [
        ("\ufeff---\na: 1\n---\nB\n", "a: 1\n", "B\n"),  # a BOM before --- is still front matter
        ("---  \na: 1\n---\t\nB\n", "a: 1\n", "B\n"),  # trailing blanks on the fences
        ("---\na: 1\n...\nB\n", "a: 1\n", "B\n"),  # YAML's document end closes it too
        ("---\na: 1\n---", "a: 1\n", ""),  # closing fence at end of file, no newline
        ("---\n---\nB\n", "", "B\n"),  # empty block
        ("---\na: |\n  x\n  ---\n---\nB\n", "a: |\n  x\n  ---\n", "B\n"),  # indented --- is content
    ],
)
def test_find_variants(text: str, yaml_text: str, body: str) -> None:
    fm = frontmatter.find(text)
    assert fm is not None
    assert fm.yaml_text == yaml_text
    assert text[fm.yaml_start:fm.yaml_start + len(yaml_text)] == yaml_text
    assert text[fm.body_start:] == body


def test_find_stops_at_first_closing_fence() -> None:
    text = "---\na: 1\n---\nbody\n---\nmore\n"
    fm = frontmatter.find(text)
    assert fm is not None
    assert fm.yaml_text == "a: 1\n"
    assert text[fm.body_start:] == "body\n---\nmore\n"


# --- parse ---------------------------------------------------------------------------------


def _parse(text: str, path: str = "notes/a.md") -> dict:
    fm = frontmatter.find(text)
    assert fm is not None
    return frontmatter.parse(fm, path)


def test_parse_mapping() -> None:
    assert _parse("---\ntitle: Apollo\nyear: 1969\ntags: [space, nasa]\n---\n") == {
        "title": "Apollo", "year": 1969, "tags": ["space", "nasa"]}


@pytest.mark.parametrize("text", ["---\n---\n", "---\n# only a comment\n---\n"])
def test_parse_empty_is_empty_mapping(text: str) -> None:
    assert _parse(text) == {}


@pytest.mark.parametrize(
    "text, line",
    [
        # line 4 of the file is indented under a scalar value: "mapping values are not allowed"
        ("---\ntitle: ok\nauthor: me\n  bad: indent\n---\nbody\n", 4),
        # a tab cannot indent YAML; the tab is on line 3 of the file
        ("---\na:\n\tb: 1\n---\n", 3),
        # a BOM does not shift the lines: the problem is still on file line 4
        ("\ufeff---\ntitle: ok\nauthor: me\n  bad: indent\n---\n", 4),
        # a sequence item after a mapping key at the same level, on line 5
        ("---\ntitle: ok\nauthor: me\nyear: 2020\n- stray\n---\n", 5),
    ],
)
def test_parse_error_names_document_line(text: str, line: int) -> None:
    with pytest.raises(FrontMatterError) as exc:
        _parse(text, "notes/a.md")
    err = exc.value
    assert err.path == "notes/a.md"
    assert err.line == line
    assert str(err).startswith(f"notes/a.md:{line}: ")
    assert "YAML" in err.message


@pytest.mark.parametrize(
    "text",
    [
        "---\n- a\n- b\n---\n",  # a list
        "---\njust a sentence\n---\n",  # a scalar
        "---\n42\n---\n",
    ],
)
def test_parse_non_mapping_is_error(text: str) -> None:
    with pytest.raises(FrontMatterError) as exc:
        _parse(text, "x.md")
    assert exc.value.path == "x.md"
    assert exc.value.line == 2  # the first YAML line
    assert "mapping" in exc.value.message


def test_parse_is_safe() -> None:
    # safe_load: a Python tag is an error, never an object
    with pytest.raises(FrontMatterError):
        _parse("---\nx: !!python/object/apply:os.system ['true']\n---\n")


# --- item_lines ----------------------------------------------------------------------------


ARTICLE = """\
---
id: art
title: T

atomic_facts:
  # a comment line
  - id: a
    statement: First.
  - id: b
    statement: >-
      Folded over
      two lines.
  - {id: c, statement: Flow style.}
other: [x]
---
Body.
"""


def test_item_lines() -> None:
    fm = frontmatter.find(ARTICLE)
    assert fm is not None
    lines = frontmatter.item_lines(fm, "atomic_facts")
    assert lines == [7, 9, 13]
    doc = ARTICLE.splitlines()
    assert [doc[n - 1].strip() for n in lines] == ["- id: a", "- id: b", "- {id: c, statement: Flow style.}"]


def test_item_lines_flow_sequence_on_one_line() -> None:
    fm = frontmatter.find("---\nid: x\natomic_facts: [{id: a}, {id: b}]\n---\n")
    assert fm is not None
    assert frontmatter.item_lines(fm, "atomic_facts") == [3, 3]


@pytest.mark.parametrize(
    "text",
    [
        "---\nid: x\n---\n",  # no such key
        "---\natomic_facts: none\n---\n",  # not a sequence
        "---\n- a\n---\n",  # root is not a mapping
        "---\natomic_facts:\n  - a\n bad\n---\n",  # broken YAML: no lines, no exception
    ],
)
def test_item_lines_absent(text: str) -> None:
    fm = frontmatter.find(text)
    assert fm is not None
    assert frontmatter.item_lines(fm, "atomic_facts") == []
