"""Fact statements parsed once: spaCy reads each curated statement, the result is kept by content hash.

Facts are few and change rarely; a knowledge base of 100,000 facts costs its parse once, then
a table lookup per fact. The cache is an SQLite file in the state folder, keyed by the hash
of the reader's version and the statement's text, so an edited fact (or a new reader) is
parsed again and nothing else is.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language

from ..nlp import for_parser
from . import STATEMENT_VERSION as VERSION
from .reading import read
from .statement import Statement, dumps, loads

CACHE_NAME = "statements.sqlite"


def key(text: str, use_ner: bool = False) -> str:
    return hashlib.sha256(f"{VERSION}\x00{int(use_ner)}\x00{text}".encode("utf-8")).hexdigest()


def read_texts(nlp: Language, texts: Sequence[str], use_ner: bool = False, batch_size: int = 256) -> list[Statement]:
    """Statements of standalone sentences (facts, pairwise benchmarks), parsed in batches."""
    parsed = nlp.pipe((for_parser(t) for t in texts), batch_size=batch_size)
    return [read(doc[:], use_ner=use_ner, text=text) for text, doc in zip(texts, parsed)]


def statements(nlp: Language | None, texts: Sequence[str], cache: Path | None = None,
               use_ner: bool = False) -> list[Statement]:
    """The statement of every text, from the cache where it has it, parsed (and cached) where not.

    ``nlp`` may be None only when every text is cached.
    """
    keys = [key(t, use_ner) for t in texts]
    found: dict[str, Statement] = {}
    db = _open(cache) if cache is not None else None
    try:
        if db is not None:
            for start in range(0, len(keys), 900):
                chunk = keys[start:start + 900]
                rows = db.execute(f"SELECT key, statement FROM statements WHERE key IN ({','.join('?' * len(chunk))})",
                                  chunk).fetchall()
                found.update((k, loads(v)) for k, v in rows)
        missing = sorted({(k, t) for k, t in zip(keys, texts) if k not in found})
        if missing:
            if nlp is None:
                raise ValueError(f"{len(missing)} fact statement(s) are not cached and no spaCy pipeline was given")
            parsed = read_texts(nlp, [t for _, t in missing], use_ner)
            found.update((k, s) for (k, _), s in zip(missing, parsed))
            if db is not None:
                try:
                    with db:
                        db.executemany("INSERT OR REPLACE INTO statements VALUES (?, ?)",
                                       [(k, dumps(s)) for (k, _), s in zip(missing, parsed)])
                except sqlite3.Error:
                    pass  # a full or read-only disk: the statements are still right, only not kept
    finally:
        if db is not None:
            db.close()
    return [found[k] for k in keys]


def _open(path: Path) -> sqlite3.Connection | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=60)
        db.execute("CREATE TABLE IF NOT EXISTS statements (key TEXT PRIMARY KEY, statement TEXT NOT NULL)")
        return db
    except (sqlite3.Error, OSError):
        return None  # a cache that cannot be opened (read-only state) only costs a parse
