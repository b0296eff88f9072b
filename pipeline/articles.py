"""Edits to curated articles that leave every other byte alone, so ``git diff`` shows only them.

``add_list_item`` appends one entry to a top-level list in the front matter (``atomic_facts``,
``disputed_statements``), in the block style and indentation the article already uses;
``set_updated`` changes the ``updated:`` date. Each returns new text; nothing here touches disk.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from . import frontmatter
from .errors import FrontMatterError

_SLUG = re.compile(r"[^a-z0-9]+")


def _dump_item(entry: dict[str, Any], indent: int) -> str:
    """``entry`` as one block-style list item, each line indented by ``indent`` spaces."""
    text = yaml.safe_dump([entry], default_flow_style=False, allow_unicode=True, sort_keys=False, width=100)
    return "".join(" " * indent + line if line.strip() else line for line in text.splitlines(keepends=True))


def add_list_item(text: str, key: str, entry: dict[str, Any], path: str = "") -> str:
    """Append ``entry`` to the top-level list ``key`` of the front matter (created if missing)."""
    fm = frontmatter.find(text)
    if fm is None:
        raise FrontMatterError("no YAML front matter", path, 1)
    y = fm.yaml_text
    try:
        root = yaml.compose(y, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise FrontMatterError("front matter is not valid YAML", path,
                               fm.first_line + (mark.line if mark else 0)) from None
    if not isinstance(root, yaml.MappingNode):
        raise FrontMatterError("front matter must be a mapping", path, fm.first_line)
    node = next((v for k, v in root.value if getattr(k, "value", None) == key), None)
    if node is None:
        sep = "" if y.endswith("\n") or not y else "\n"
        new_y = f"{y}{sep}{key}:\n{_dump_item(entry, 2)}"
    elif isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        first, last = node.value[0], node.value[-1]
        indent = max(0, first.start_mark.column - 2)
        at = last.end_mark.index
        lead = "" if last.end_mark.column == 0 else "\n"
        if lead:  # the list ends the file without a newline, or a comment follows on its line
            at = y.find("\n", at) if "\n" in y[at:] else len(y)
            lead = "\n" if at == len(y) else ""
            at = at + (0 if at == len(y) else 1)
        new_y = y[:at] + lead + _dump_item(entry, indent) + y[at:]
    elif isinstance(node, (yaml.SequenceNode, yaml.ScalarNode)) and (
            not node.value or getattr(node, "flow_style", False) or node.value in ("", "~", "null")):
        if isinstance(node, yaml.SequenceNode) and node.value:
            raise FrontMatterError(f"{key} is written as a one-line [...] list; make it a block list first",
                                   path, fm.first_line + node.start_mark.line)
        # `key: []` or `key:` (empty): the list starts here, as a block list
        start, end = node.start_mark.index, node.end_mark.index
        before = y[:start].rstrip(" ")
        after = y[end:]
        new_y = before + "\n" + _dump_item(entry, 2) + after.lstrip("\n") if after.startswith("\n") else (
            before + "\n" + _dump_item(entry, 2) + after)
    else:
        raise FrontMatterError(f"{key} is not a list", path, fm.first_line + node.start_mark.line)
    return text[:fm.yaml_start] + new_y + text[fm.yaml_start + len(y):]


_UPDATED = re.compile(r"^(updated:[ \t]*)([\"']?)([^\"'\n]*)(\2)([ \t]*)$", re.MULTILINE)


def set_updated(text: str, date: str) -> str:
    """Set the top-level ``updated:`` date in the front matter, keeping its quoting; absent: unchanged."""
    fm = frontmatter.find(text)
    if fm is None:
        return text
    y = fm.yaml_text
    new_y, n = _UPDATED.subn(lambda m: f"{m.group(1)}{m.group(2)}{date}{m.group(4)}{m.group(5)}", y, count=1)
    return text[:fm.yaml_start] + new_y + text[fm.yaml_start + len(y):] if n else text


def new_fact_id(existing: set[str], article_ids: list[str], article_id: str, statement: str) -> str:
    """A readable id unique in ``existing``: the prefix the article's ids share, then the statement's first words."""
    prefixes = [i.split("-", 1)[0] for i in article_ids if "-" in i]
    prefix = max(set(prefixes), key=prefixes.count) if prefixes else article_id
    words = [w for w in _SLUG.sub(" ", statement.lower()).split() if len(w) > 2][:5]
    base = "-".join([prefix, *words]) or prefix
    candidate, n = base, 2
    while candidate in existing:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
