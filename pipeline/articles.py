"""Edits to curated articles that leave every other byte alone, so ``git diff`` shows only them.

``add_list_item`` appends one entry to a top-level list in the front matter (``atomic_facts``,
``disputed_statements``), in the block style and indentation the article already uses;
``set_updated`` changes the ``updated:`` date. Each returns new text; nothing here touches disk.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from . import boundedyaml, frontmatter
from .errors import FrontMatterError



def _dump_items(entries: Sequence[dict[str, Any]], indent: int) -> str:
    """``entries`` as block-style list items, each line indented by ``indent`` spaces."""
    text = yaml.safe_dump(list(entries), default_flow_style=False, allow_unicode=True, sort_keys=False, width=100)
    return "".join(" " * indent + line if line.strip() else line for line in text.splitlines(keepends=True))


def _after_content(y: str, at: int) -> int:
    """Back from ``at`` over blank and comment lines: where the last item's own lines end."""
    lines = y[:at].splitlines(keepends=True)
    while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith("#")):
        at -= len(lines.pop())
    return at


def _insertion(y: str, root: yaml.MappingNode, key: str, entries: Sequence[dict[str, Any]], path: str,
               first_line: int) -> tuple[int, int, str]:
    """(start, end, replacement) in ``y`` that appends ``entries`` to the top-level list ``key``."""
    node = next((v for k, v in root.value if getattr(k, "value", None) == key), None)
    if node is None:
        sep = "" if y.endswith("\n") or not y else "\n"
        return len(y), len(y), f"{sep}{key}:\n{_dump_items(entries, 2)}"
    if isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        first, last = node.value[0], node.value[-1]
        indent = max(0, first.start_mark.column - 2)
        at = _after_content(y, last.end_mark.index)
        lead = "" if at == 0 or y[at - 1] == "\n" else "\n"
        if lead:  # the list ends the file without a newline, or a comment follows on its line
            at = y.find("\n", at) if "\n" in y[at:] else len(y)
            lead = "\n" if at == len(y) else ""
            at = at + (0 if at == len(y) else 1)
        return at, at, lead + _dump_items(entries, indent)
    if isinstance(node, (yaml.SequenceNode, yaml.ScalarNode)) and (
            not node.value or getattr(node, "flow_style", False) or node.value in ("", "~", "null")):
        if isinstance(node, yaml.SequenceNode) and node.value:
            raise FrontMatterError(f"{key} is written as a one-line [...] list; make it a block list first",
                                   path, first_line + node.start_mark.line)
        # `key: []` or `key:` (empty): the list starts here, as a block list
        start, end = node.start_mark.index, node.end_mark.index
        before = y[:start].rstrip(" ")
        rest_of_line, _, _ = y[end:].partition("\n")
        line_end = end + len(rest_of_line) + (1 if end + len(rest_of_line) < len(y) else 0)
        # `key: []  # comment` keeps its comment on the key's line; the lines after stay as they were
        kept = before.rstrip() + (" " + rest_of_line.strip() if rest_of_line.strip() else "") + "\n"
        start_of_key_line = len(before.rstrip())
        return start_of_key_line, line_end, kept[start_of_key_line:] + _dump_items(entries, 2)
    raise FrontMatterError(f"{key} is not a list", path, first_line + node.start_mark.line)


def add_list_items(text: str, additions: Mapping[str, Sequence[dict[str, Any]]], path: str = "",
                   root: yaml.Node | None = None) -> str:
    """Append entries to top-level lists of the front matter (each created if missing), in one pass.

    ``root`` is the front matter's node graph when the caller has it already (``Article.root``
    for this very ``text``): a 20,000-fact article is then not parsed again per addition.
    """
    fm = frontmatter.find(text)
    if fm is None:
        raise FrontMatterError("no YAML front matter", path, 1)
    y = fm.yaml_text
    if root is None:
        root = frontmatter.compose(fm, path, boundedyaml.ARTICLE)
    if not isinstance(root, yaml.MappingNode):
        raise FrontMatterError("front matter must be a mapping", path, fm.first_line)
    edits = sorted((_insertion(y, root, key, entries, path, fm.first_line), n)
                   for n, (key, entries) in enumerate(additions.items()) if entries)
    # from the end backwards, so the positions of earlier edits still hold
    for (start, end, new), _ in reversed(edits):
        y = y[:start] + new + y[end:]
    return text[:fm.yaml_start] + y + text[fm.yaml_start + len(fm.yaml_text):]


def add_list_item(text: str, key: str, entry: dict[str, Any], path: str = "") -> str:
    """Append ``entry`` to the top-level list ``key`` of the front matter (created if missing)."""
    return add_list_items(text, {key: [entry]}, path)


_UPDATED = re.compile(
    r"^updated:(?P<space>[ \t]*)(?:(?P<q>[\"'])[^\"'\n]*(?P=q)|[^#\n]*?)(?P<tail>[ \t]*(?:#[^\n]*)?)$", re.MULTILINE)


def set_updated(text: str, date: str) -> str:
    """Set the top-level ``updated:`` date in the front matter, keeping its quoting and comment; absent: unchanged."""
    fm = frontmatter.find(text)
    if fm is None:
        return text
    y = fm.yaml_text

    def repl(m: re.Match[str]) -> str:
        q = m.group("q") or ""
        return f"updated:{m.group('space') or ' '}{q}{date}{q}{m.group('tail')}"

    new_y, n = _UPDATED.subn(repl, y, count=1)
    return text[:fm.yaml_start] + new_y + text[fm.yaml_start + len(y):] if n else text
