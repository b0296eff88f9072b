"""YAML from untrusted text, with limits: size, nesting depth, alias expansion, duplicate keys.

Front matter comes from clippings and hand-edited articles, so it may be hostile or broken:

- an alias chain (``a: &a [x, x]``, ``b: &b [*a, *a]``, ...) is a few hundred bytes that
  expand to billions of items as soon as anything walks the data (``str()`` took 7 GB);
- 50,000 nested ``[`` overflow the C stack of libyaml's recursive composer (a segfault);
- a duplicate key is legal for PyYAML, which silently keeps the last value
  (a second ``atomic_facts:`` hid most of an article's facts).

This module builds PyYAML's node graph itself from the C parser's event stream (the parser is
iterative; only its composer recurses), so it can stop at a depth or size limit, name the line,
and count each node's size as it would be after alias expansion (linear time, whatever the
expansion). Values are then built by PyYAML's ``SafeConstructor``, as ``yaml.safe_load`` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml import events, nodes

from .errors import FrontMatterError

# libyaml's parser is about ten times faster than the pure-Python one, and as safe.
_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"
# Tag resolution only reads the implicit-resolver table (no path resolvers are registered).
_RESOLVER = yaml.resolver.Resolver()


@dataclass(frozen=True)
class Limits:
    """What a block of YAML may be."""

    max_chars: int
    max_depth: int
    """Nesting of sequences and mappings."""
    max_nodes: int
    """Scalars, sequences and mappings, counted as if every alias were expanded."""


NOTE = Limits(max_chars=64_000, max_depth=32, max_nodes=10_000)
"""A raw note's front matter: title, url, date, author, tags. 64 kB is pages of text."""
ARTICLE = Limits(max_chars=64_000_000, max_depth=32, max_nodes=5_000_000)
"""A curated article's front matter: 20,000 facts are about 4 MB and 200,000 nodes."""


class _Frame:
    """An open sequence or mapping: its node, the size so far, a pending key, the keys seen."""

    __slots__ = ("node", "anchor", "size", "key", "keys")

    def __init__(self, node: nodes.CollectionNode, anchor: str | None) -> None:
        self.node = node
        self.anchor = anchor
        self.size = 1
        self.key: nodes.Node | None = None
        self.keys: dict[tuple[str, str], int] = {}


def _error(message: str, path: str, first_line: int, mark: Any) -> FrontMatterError:
    return FrontMatterError(message, path, first_line + (mark.line if mark is not None else 0))


def compose(text: str, path: str, first_line: int = 1, limits: Limits = ARTICLE) -> nodes.Node | None:
    """The node graph of one YAML document (None when empty), within ``limits``.

    ``first_line`` is the file line of the YAML's first line: errors name file lines.
    Raises ``FrontMatterError`` on invalid YAML, a limit exceeded, a duplicate key, a
    duplicate anchor, an undefined or recursive alias.
    """
    if len(text) > limits.max_chars:
        raise FrontMatterError(f"front matter is {len(text):,} characters; the limit is {limits.max_chars:,}",
                               path, first_line)
    stack: list[_Frame] = []
    anchors: dict[str, tuple[nodes.Node, int | None]] = {}
    """anchor -> (node, expanded size; None while the node is still open)"""
    root: nodes.Node | None = None
    documents = 0
    try:
        for event in yaml.parse(text, Loader=_PARSER):
            kind = type(event)
            if kind is events.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _error("front matter holds more than one YAML document", path, first_line,
                                 event.start_mark)
                continue
            if kind is events.ScalarEvent:
                tag = event.tag
                if tag is None or tag == "!":
                    tag = _RESOLVER.resolve(nodes.ScalarNode, event.value, event.implicit)
                node: nodes.Node = nodes.ScalarNode(tag, event.value, event.start_mark, event.end_mark,
                                                    style=event.style)
                size = 1
                if event.anchor is not None:
                    _anchor(anchors, event, node, 1, path, first_line)
            elif kind is events.AliasEvent:
                if event.anchor not in anchors:
                    raise _error(f"alias *{event.anchor} names no anchor", path, first_line, event.start_mark)
                node, known = anchors[event.anchor]
                if known is None:
                    raise _error(f"alias *{event.anchor} refers to itself", path, first_line, event.start_mark)
                size = known
            elif kind is events.SequenceStartEvent or kind is events.MappingStartEvent:
                if len(stack) >= limits.max_depth:
                    raise _error(f"front matter nests deeper than {limits.max_depth} levels", path, first_line,
                                 event.start_mark)
                tag = event.tag
                if kind is events.SequenceStartEvent:
                    node = nodes.SequenceNode(_SEQ if tag in (None, "!") else tag, [], event.start_mark, None,
                                              flow_style=event.flow_style)
                else:
                    node = nodes.MappingNode(_MAP if tag in (None, "!") else tag, [], event.start_mark, None,
                                             flow_style=event.flow_style)
                if event.anchor is not None:
                    _anchor(anchors, event, node, None, path, first_line)
                stack.append(_Frame(node, event.anchor))
                continue
            elif kind is events.SequenceEndEvent or kind is events.MappingEndEvent:
                frame = stack.pop()
                node, size = frame.node, frame.size
                node.end_mark = event.end_mark
                if frame.anchor is not None:
                    anchors[frame.anchor] = (node, size)
            else:
                continue  # stream start and end, document end
            if not stack:
                root = node
                continue
            parent = stack[-1]
            parent.size += size
            if parent.size > limits.max_nodes:
                raise _error(f"front matter expands to more than {limits.max_nodes:,} items (aliases counted "
                             "as often as they are used)", path, first_line, event.start_mark)
            if isinstance(parent.node, nodes.SequenceNode):
                parent.node.value.append(node)
            elif parent.key is None:
                _check_key(parent, node, path, first_line)
                parent.key = node
            else:
                parent.node.value.append((parent.key, node))
                parent.key = None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise _error(f"front matter is not valid YAML: {problem}", path, first_line, mark) from None
    return root


def _anchor(anchors: dict[str, tuple[nodes.Node, int | None]], event: events.NodeEvent, node: nodes.Node,
            size: int | None, path: str, first_line: int) -> None:
    if event.anchor in anchors:
        raise _error(f"anchor &{event.anchor} is defined twice", path, first_line, event.start_mark)
    anchors[event.anchor] = (node, size)


def _check_key(frame: _Frame, key: nodes.Node, path: str, first_line: int) -> None:
    """A key used twice in one mapping is an error: PyYAML would silently keep the last value."""
    if not isinstance(key, nodes.ScalarNode) or key.tag == _MERGE:
        return
    line = first_line + key.start_mark.line
    first = frame.keys.get((key.tag, key.value))
    if first is None:
        frame.keys[(key.tag, key.value)] = line
    else:
        raise FrontMatterError(f"duplicate key {key.value!r} (first on line {first}): YAML would keep only "
                               "the last one", path, line)


def construct(root: nodes.Node | None, path: str, first_line: int = 1) -> Any:
    """Python values from a node graph made by ``compose``, as ``yaml.safe_load`` builds them."""
    if root is None:
        return None
    try:
        return yaml.constructor.SafeConstructor().construct_document(root)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise _error(f"front matter is not valid YAML: {problem}", path, first_line, mark) from None
    except (ValueError, TypeError, OverflowError) as err:
        # e.g. ``date: 2024-02-30``: PyYAML's timestamp constructor raises a bare ValueError
        raise FrontMatterError(f"front matter holds a value that cannot be read: {err}", path, first_line) from None


def load(text: str, path: str, first_line: int = 1, limits: Limits = ARTICLE) -> Any:
    """``yaml.safe_load`` within ``limits``; errors are ``FrontMatterError`` naming the file line."""
    return construct(compose(text, path, first_line, limits), path, first_line)
