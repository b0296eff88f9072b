"""YAML front matter: find it, parse it safely, say where it is broken."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from .errors import FrontMatterError

# libyaml's loader is about ten times faster; it is as safe (no tags that build objects).
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_OPEN = re.compile(r"\A\ufeff?---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class FrontMatter:
    """The front matter block of a document."""

    yaml_text: str
    yaml_start: int
    """Offset of the YAML's first character in the document."""
    first_line: int
    """1-based document line where the YAML starts."""
    body_start: int
    """Offset of the first character after the closing ``---`` line."""


def find(text: str) -> FrontMatter | None:
    """The front matter block, if the text opens with one (``---`` ... ``---``)."""
    m = _OPEN.match(text)
    if not m:
        return None
    close = _CLOSE.search(text, m.end())
    if not close:
        return None
    body = close.end() + 1 if text[close.end():close.end() + 1] == "\n" else close.end()
    return FrontMatter(text[m.end():close.start()], m.end(), 2, body)


def parse(fm: FrontMatter, path: str) -> dict[str, Any]:
    """``yaml.safe_load`` the block; errors name the document line."""
    try:
        data = yaml.load(fm.yaml_text, Loader=SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = fm.first_line + mark.line if mark is not None else fm.first_line
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise FrontMatterError(f"front matter is not valid YAML: {problem}", path, line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", path, fm.first_line)
    return data


def item_lines(fm: FrontMatter, key: str) -> list[int]:
    """Document line of each item of the top-level sequence ``key`` (for error messages)."""
    try:
        root = yaml.compose(fm.yaml_text, Loader=SafeLoader)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for k, v in root.value:
        if getattr(k, "value", None) == key and isinstance(v, yaml.SequenceNode):
            return [fm.first_line + item.start_mark.line for item in v.value]
    return []
