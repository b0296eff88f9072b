"""Curated articles: Markdown whose YAML front matter lists ``atomic_facts``."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import boundedyaml, frontmatter
from .errors import FrontMatterError
from .model import Fact

FACT_KEYS = ("id", "statement", "source_title", "source_url", "confidence")
MAX_STATEMENT = 5_000
"""Characters in one fact's statement: a claim is a sentence; a longer text is not an atomic fact."""
_SCALARS = (str, int, float, bool)
_ATOMIC_OUTSIDE = re.compile(r"^atomic_facts[ \t]*:", re.MULTILINE)


class NoFrontMatter(FrontMatterError):
    """A Markdown file without front matter: a note (a README) in the curated folder, not an article."""


@dataclass(frozen=True)
class Article:
    """A curated article: its id, its facts and the exact text it was read from."""

    article_id: str
    path: str
    text: str
    facts: tuple[Fact, ...]
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    root: yaml.Node | None = field(default=None, hash=False, compare=False, repr=False)
    """The front matter's YAML nodes (positions in ``text``), so an edit need not parse it again."""
    sha256: str = ""
    """Hash of the file's bytes as read: promote replaces the file only if it still has them."""
    crlf: bool = False
    """The file's lines end in CRLF (``text`` has LF): an edit keeps them."""


def _text(item: dict[str, Any], key: str, path: str, line: int) -> str:
    """A fact's field as text; a list or mapping there is an error, not its Python repr."""
    value = item.get(key)
    if value is None:
        return ""
    if not isinstance(value, _SCALARS) and not hasattr(value, "isoformat"):
        kind = "a list" if isinstance(value, list) else "a mapping" if isinstance(value, dict) else type(value).__name__
        raise FrontMatterError(f"{key} must be text, not {kind}", path, line)
    return str(value)


def loads(text: str, path: str) -> Article:
    """Parse an article; a missing or malformed front matter is a ``FrontMatterError`` naming the line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fm = frontmatter.find(text)
    if fm is None:
        if frontmatter.opens(text):
            raise FrontMatterError("the front matter opened on line 1 is never closed: end it with a line '---'",
                                   path, 1)
        at = _ATOMIC_OUTSIDE.search(text)
        if at is not None:
            line = text.count("\n", 0, at.start()) + 1
            raise FrontMatterError("atomic_facts outside front matter: open the file with a line '---' and close "
                                   "the front matter after the facts with another", path, line)
        raise NoFrontMatter("no YAML front matter (a curated article opens with ---)", path, 1)
    root = frontmatter.compose(fm, path, boundedyaml.ARTICLE)
    data = frontmatter.mapping(root, fm, path)
    article_id = _text(data, "id", path, fm.first_line) or Path(path).stem
    raw_facts = data.get("atomic_facts") or []
    if not isinstance(raw_facts, list):
        raise FrontMatterError("atomic_facts must be a list", path, fm.first_line)
    lines = frontmatter.item_lines(fm, "atomic_facts", root)
    facts = []
    seen: set[str] = set()  # a set, not a scan of the facts so far: 20,000 facts took 13 s that way
    for i, item in enumerate(raw_facts):
        line = lines[i] if i < len(lines) else fm.first_line
        if not isinstance(item, dict):
            raise FrontMatterError("an atomic fact must be a mapping with id and statement", path, line)
        fact_id, statement = _text(item, "id", path, line).strip(), _text(item, "statement", path, line)
        missing = [k for k, v in (("id", fact_id), ("statement", statement)) if not v.strip()]
        if missing:
            raise FrontMatterError(f"atomic fact lacks {', '.join(missing)}", path, line)
        if len(statement) > MAX_STATEMENT:
            raise FrontMatterError(f"statement is {len(statement):,} characters; the limit is {MAX_STATEMENT:,}",
                                   path, line)
        if fact_id in seen:
            raise FrontMatterError(f"duplicate fact id {fact_id!r} in this article", path, line)
        seen.add(fact_id)
        facts.append(Fact(
            fact_id=fact_id,
            statement=" ".join(statement.split()),
            source_title=_text(item, "source_title", path, line),
            source_url=_text(item, "source_url", path, line),
            confidence=_text(item, "confidence", path, line),
            article_id=article_id, path=path, line=line,
        ))
    return Article(article_id, path, text, tuple(facts), data, root)


def read_article(path: Path, root: Path | None = None, name: str | None = None) -> Article:
    """Read one curated article from disk (``name``: how to call it, when not by its path)."""
    name = name or (path.relative_to(root).as_posix() if root else str(path))
    try:
        data = path.read_bytes()
    except OSError as err:
        raise FrontMatterError(f"cannot read: {err.strerror}", name) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise FrontMatterError(f"not valid UTF-8 (byte {err.start})", name) from None
    article = loads(text, name)
    return dataclasses.replace(article, sha256=hashlib.sha256(data).hexdigest(), crlf=b"\r\n" in data)


def discover(root: Path) -> Iterator[tuple[Path, Path]]:
    """(file to read, its path) of the curated articles under ``root`` (``**/*.md``), sorted by path.

    An article a killed promote left renamed aside (``.a.md.<token>.aside``, with no ``a.md``)
    is read from there under its own name: its facts do not vanish until the next promote puts
    it back.
    """
    found = {p: p for p in root.rglob("*.md") if p.is_file() and not p.name.startswith(".")}
    for aside in root.rglob(".*.md.*.aside"):
        original = aside.with_name(aside.name[1:].rsplit(".", 2)[0])
        if original not in found and not original.exists():
            found[original] = aside
    yield from ((found[p], p) for p in sorted(found))


def load_facts(root: Path) -> tuple[list[Article], list[FrontMatterError]]:
    """Every article under ``root``; broken ones are returned as errors, not raised.

    A file without front matter (a README, notes) is not an article and is left out quietly; one
    whose front matter is broken is an error. A fact id used twice is an error on the second
    article that uses it.
    """
    articles: list[Article] = []
    errors: list[FrontMatterError] = []
    seen: dict[str, Fact] = {}
    for source, path in discover(root):
        try:
            article = read_article(source, root, path.relative_to(root).as_posix())
        except NoFrontMatter:
            continue
        except FrontMatterError as err:
            errors.append(err)
            continue
        dup = next((f for f in article.facts if f.fact_id in seen), None)
        if dup is not None:
            first = seen[dup.fact_id]
            errors.append(FrontMatterError(
                f"duplicate fact id {dup.fact_id!r} (first in {first.path}:{first.line})", dup.path, dup.line))
            continue
        seen.update((f.fact_id, f) for f in article.facts)
        articles.append(article)
    return articles, errors
