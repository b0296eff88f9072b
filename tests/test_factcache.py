"""pipeline.verify.factcache: fact statements parsed once, cached by content hash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.verify import factcache


def test_cached_statements_need_no_parse(nlp: Language, tmp_path: Path) -> None:
    cache = tmp_path / "statements.sqlite"
    texts = ["The Pasteur Institute opened in Paris in 1888.", "Smallpox is caused by the variola virus."]
    first = factcache.statements(nlp, texts, cache)
    again = factcache.statements(None, list(reversed(texts)), cache)  # no pipeline: all from the cache
    assert again == list(reversed(first))
    with pytest.raises(ValueError, match="not cached"):
        factcache.statements(None, ["A new fact."], cache)


def test_an_edited_fact_is_parsed_again(nlp: Language, tmp_path: Path) -> None:
    cache = tmp_path / "statements.sqlite"
    factcache.statements(nlp, ["Apollo 11 landed in 1969."], cache)
    (edited,) = factcache.statements(nlp, ["Apollo 11 landed in July 1969."], cache)
    assert any(p.text == "July 1969" for p in edited.parts)
    assert sqlite3.connect(cache).execute("SELECT COUNT(*) FROM statements").fetchone()[0] == 2


def test_unwritable_cache_only_costs_a_parse(nlp: Language, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    (s,) = factcache.statements(nlp, ["Apollo 11 landed in 1969."], blocker / "statements.sqlite")
    assert s.parts
