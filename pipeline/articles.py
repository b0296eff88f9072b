"""Edits to curated articles that leave every other byte alone, so ``git diff`` shows only them.

``add_list_item`` appends one entry to a top-level list in the front matter (``atomic_facts``,
``disputed_statements``), in the block style and indentation the article already uses;
``set_updated`` changes the ``updated:`` date. Each returns new text; nothing here touches disk.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import yaml

from . import frontmatter
from .errors import FrontMatterError

_SLUG = re.compile(r"[^a-z0-9]+")


def _dump_item(entry: dict[str, Any], indent: int) -> str:
    """``entry`` as one block-style list item, each line indented by ``indent`` spaces."""
    text = yaml.safe_dump([entry], default_flow_style=False, allow_unicode=True, sort_keys=False, width=100)
    return "".join(" " * indent + line if line.strip() else line for line in text.splitlines(keepends=True))


def _after_content(y: str, at: int) -> int:
    """Back from ``at`` over blank and comment lines: where the last item's own lines end."""
    lines = y[:at].splitlines(keepends=True)
    while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith("#")):
        at -= len(lines.pop())
    return at


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
        at = _after_content(y, last.end_mark.index)
        lead = "" if at == 0 or y[at - 1] == "\n" else "\n"
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
        rest_of_line, newline, following = after.partition("\n")
        # `key: []  # comment` keeps its comment on the key's line; the lines after stay as they were
        new_y = before.rstrip() + (" " + rest_of_line.strip() if rest_of_line.strip() else "") + "\n" + \
            _dump_item(entry, 2) + following
    else:
        raise FrontMatterError(f"{key} is not a list", path, fm.first_line + node.start_mark.line)
    return text[:fm.yaml_start] + new_y + text[fm.yaml_start + len(y):]


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


def new_fact_id(existing: set[str], article_ids: list[str], article_id: str, statement: str) -> str:
    """A readable id unique in ``existing``: the prefix the article's ids share, then the statement's first words."""
    prefixes = [i.split("-", 1)[0] for i in article_ids if "-" in i]
    prefix = max(sorted(set(prefixes)), key=prefixes.count) if prefixes else article_id
    ascii_text = unicodedata.normalize("NFKD", statement).encode("ascii", "ignore").decode()
    words = [w for w in _SLUG.sub(" ", ascii_text.lower()).split() if len(w) > 2][:5]
    base = "-".join([prefix, *words]) or prefix
    candidate, n = base, 2
    while candidate in existing:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
