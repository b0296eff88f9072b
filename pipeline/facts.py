"""Curated articles: Markdown whose YAML front matter lists ``atomic_facts``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import frontmatter
from .errors import FrontMatterError
from .model import Fact

FACT_KEYS = ("id", "statement", "source_title", "source_url", "confidence")


@dataclass(frozen=True)
class Article:
    """A curated article: its id, its facts and the exact text it was read from."""

    article_id: str
    path: str
    text: str
    facts: tuple[Fact, ...]
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


def loads(text: str, path: str) -> Article:
    """Parse an article; a missing or malformed front matter is a ``FrontMatterError`` naming the line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fm = frontmatter.find(text)
    if fm is None:
        raise FrontMatterError("no YAML front matter (a curated article opens with ---)", path, 1)
    data = frontmatter.parse(fm, path)
    article_id = str(data.get("id") or Path(path).stem)
    raw_facts = data.get("atomic_facts") or []
    if not isinstance(raw_facts, list):
        raise FrontMatterError("atomic_facts must be a list", path, fm.first_line)
    lines = frontmatter.item_lines(fm, "atomic_facts")
    facts = []
    for i, item in enumerate(raw_facts):
        line = lines[i] if i < len(lines) else fm.first_line
        if not isinstance(item, dict):
            raise FrontMatterError("an atomic fact must be a mapping with id and statement", path, line)
        missing = [k for k in ("id", "statement") if not str(item.get(k) or "").strip()]
        if missing:
            raise FrontMatterError(f"atomic fact lacks {', '.join(missing)}", path, line)
        fact_id = str(item["id"]).strip()
        if any(f.fact_id == fact_id for f in facts):
            raise FrontMatterError(f"duplicate fact id {fact_id!r} in this article", path, line)
        facts.append(Fact(
            fact_id=str(item["id"]).strip(),
            statement=" ".join(str(item["statement"]).split()),
            source_title=str(item.get("source_title") or ""),
            source_url=str(item.get("source_url") or ""),
            confidence=str(item.get("confidence") or ""),
            article_id=article_id, path=path, line=line,
        ))
    return Article(article_id, path, text, tuple(facts), data)


def read_article(path: Path, root: Path | None = None) -> Article:
    """Read one curated article from disk."""
    name = path.relative_to(root).as_posix() if root else str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise FrontMatterError(f"not valid UTF-8 (byte {err.start})", name) from None
    return loads(text, name)


def discover(root: Path) -> Iterator[Path]:
    """Curated articles under ``root`` (``**/*.md``), sorted."""
    yield from sorted(p for p in root.rglob("*.md") if p.is_file() and not p.name.startswith("."))


def load_facts(root: Path) -> tuple[list[Article], list[FrontMatterError]]:
    """Every article under ``root``; broken ones are returned as errors, not raised.

    A fact id used twice is an error on the second article that uses it.
    """
    articles: list[Article] = []
    errors: list[FrontMatterError] = []
    seen: dict[str, Fact] = {}
    for path in discover(root):
        try:
            article = read_article(path, root)
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
