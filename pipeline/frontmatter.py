"""YAML front matter: find it, parse it safely and within limits, say where it is broken."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from . import boundedyaml
from .boundedyaml import Limits
from .errors import FrontMatterError

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


def opens(text: str) -> bool:
    """Does the text open with a front matter line (``---``), closed or not?"""
    return _OPEN.match(text) is not None


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


def compose(fm: FrontMatter, path: str, limits: Limits = boundedyaml.NOTE) -> yaml.Node | None:
    """The block's YAML node graph, within ``limits``; errors name the document line."""
    return boundedyaml.compose(fm.yaml_text, path, fm.first_line, limits)


def mapping(root: yaml.Node | None, fm: FrontMatter, path: str) -> dict[str, Any]:
    """The values of a composed block, which must be a mapping (empty: ``{}``)."""
    data = boundedyaml.construct(root, path, fm.first_line)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", path, fm.first_line)
    return data


def parse(fm: FrontMatter, path: str, limits: Limits = boundedyaml.NOTE) -> dict[str, Any]:
    """``yaml.safe_load`` the block within ``limits`` (duplicate keys refused); errors name the document line."""
    return mapping(compose(fm, path, limits), fm, path)


def item_lines(fm: FrontMatter, key: str, root: yaml.Node | None = None) -> list[int]:
    """Document line of each item of the top-level sequence ``key`` (for error messages)."""
    if root is None:
        try:
            root = compose(fm, "", boundedyaml.ARTICLE)
        except FrontMatterError:
            return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for k, v in root.value:
        if getattr(k, "value", None) == key and isinstance(v, yaml.SequenceNode):
            return [fm.first_line + item.start_mark.line for item in v.value]
    return []
