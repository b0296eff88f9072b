"""Hostile front matter is bounded: an alias bomb, deep nesting, oversized, duplicate keys, an impossible date.

Each is named with its file and line and skipped; the good files are processed. The bomb and
the nesting run in a child process under a 2 GiB address-space cap, so that a loader without
limits fails this test (MemoryError, or the segfault) instead of taking the machine's memory.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.errors import PromoteError
from pipeline.ingest import ingest
from pipeline.promote import promote
from pipeline.state import StateStore

REPO = Path(__file__).resolve().parent.parent


def _alias_chain(levels: int = 9) -> list[str]:
    """``a: &a [9 x "lol"]``, ``b: &b [9 x *a]``, ...: the last anchor stands for 9**levels strings."""
    names = "abcdefghij"[:levels]
    lines = [f"{names[0]}: &{names[0]} [" + ",".join(['"lol"'] * 9) + "]"]
    for p, q in zip(names, names[1:]):
        lines.append(f"{q}: &{q} [" + ",".join([f"*{p}"] * 9) + "]")
    return lines


BOMB_RAW = "---\n" + "\n".join(_alias_chain()) + "\ntitle: *i\n---\nApollo 11 landed on the Moon in 1969.\n"
BOMB_ARTICLE = ("---\nid: bomb\n" + "\n".join(_alias_chain()) +
                "\natomic_facts:\n  - id: bomb-1\n    statement: *i\n---\n")
DEEP_RAW = "---\ntitle: " + "[" * 50_000 + "\n---\nApollo 11 landed on the Moon in 1969.\n"
DEEP_ARTICLE = "---\nid: deep\natomic_facts: " + "[" * 50_000 + "\n---\n"

CHILD = """
import json, sys
sys.path.insert(0, {repo!r})
from pathlib import Path
import spacy
from pipeline.ingest import ingest
blank = spacy.blank("en")
blank.add_pipe("sentencizer")
d = Path({d!r})
report = ingest(blank, d / "raw", d / "curated", d / "review", d / "state")
print(json.dumps([[e.path, e.line, e.message] for e in report.errors]))
"""


def _capped() -> None:
    cap = 2 * 2**30
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def test_alias_bombs_and_deep_nesting_are_named_and_skipped_within_bounded_memory(
        tmp_path: Path, good_corpus: tuple[Path, Path]) -> None:
    raw, curated = good_corpus
    (raw / "bomb.md").write_text(BOMB_RAW, encoding="utf-8")  # ~400 bytes; 9**9 strings expanded
    (raw / "deep.md").write_text(DEEP_RAW, encoding="utf-8")
    (curated / "bomb.md").write_text(BOMB_ARTICLE, encoding="utf-8")
    (curated / "deep.md").write_text(DEEP_ARTICLE, encoding="utf-8")
    child = subprocess.run([sys.executable, "-c", CHILD.format(repo=str(REPO), d=str(tmp_path))],
                           capture_output=True, text=True, preexec_fn=_capped, timeout=120)
    assert child.returncode == 0, (child.returncode, child.stderr[-2000:])  # -11 was the segfault
    errors = {(path, line): message for path, line, message in json.loads(child.stdout.splitlines()[-1])}
    # each error names the line where its limit was crossed: the anchor of the chain whose expansion
    # passes it (9**5 items on the note's line 6, 9**7 on the article's line 9), the level too deep
    assert set(errors) == {("bomb.md", 6), ("deep.md", 2), ("bomb.md", 9), ("deep.md", 3)}, errors
    assert "expands to more than 10,000 items" in errors[("bomb.md", 6)]
    assert "expands to more than 5,000,000 items" in errors[("bomb.md", 9)]
    assert "nests deeper than 32 levels" in errors[("deep.md", 2)] and "32 levels" in errors[("deep.md", 3)]
    with StateStore(tmp_path / "state") as store:  # the good file was read (a blank pipeline finds no claims)
        assert set(store.documents()) == {"good.md"}
    assert (tmp_path / "review" / "claims.csv").exists()


def test_oversized_front_matter_is_refused_before_parsing(nlp, tmp_path: Path, good_corpus: tuple[Path, Path]) -> None:
    raw, curated = good_corpus
    (raw / "huge.md").write_text("---\ntitle: " + "x" * 70_000 + "\n---\nBody text from 2015.\n", encoding="utf-8")
    report = ingest(nlp, raw, curated, tmp_path / "review", tmp_path / "state")
    [err] = report.errors
    assert (err.path, err.line) == ("huge.md", 2)
    assert "70,008 characters; the limit is 64,000" in err.message


def test_a_duplicate_key_in_a_raw_file_is_an_error_naming_key_and_line(
        nlp, tmp_path: Path, good_corpus: tuple[Path, Path]) -> None:
    raw, curated = good_corpus
    (raw / "twice.md").write_text("---\ntitle: First\nurl: https://a.example\ntitle: Second\n---\n"
                                  "Apollo 11 landed on the Moon in 1969.\n", encoding="utf-8")
    report = ingest(nlp, raw, curated, tmp_path / "review", tmp_path / "state")
    [err] = report.errors
    assert (err.path, err.line) == ("twice.md", 4)
    assert "duplicate key 'title' (first on line 2)" in err.message


TWO_LISTS = """---
id: space
atomic_facts:
  - id: sp-apollo-11
    statement: Apollo 11 landed on the Moon in July 1969.
  - id: sp-apollo-8
    statement: Apollo 8 orbited the Moon in December 1968.
updated: "2026-01-01"
atomic_facts:
  - id: sp-late
    statement: Voyager 1 launched in 1977.
---
"""


def test_a_duplicate_atomic_facts_key_is_reported_not_silently_dropped(
        nlp, tmp_path: Path, good_corpus: tuple[Path, Path]) -> None:
    raw, curated = good_corpus
    (curated / "space.md").write_text(TWO_LISTS, encoding="utf-8")
    (raw / "moon.md").write_text("# Moon\n\nApollo 11 landed on the Moon in July 1970.\n", encoding="utf-8")
    report = ingest(nlp, raw, curated, tmp_path / "review", tmp_path / "state")
    [err] = report.errors  # before: no error, and the first two facts silently gone
    assert (err.path, err.line) == ("space.md", 9)
    assert "duplicate key 'atomic_facts' (first on line 3)" in err.message


def test_promote_refuses_an_article_with_a_duplicate_key_and_writes_nothing(
        nlp, tmp_path: Path, good_corpus: tuple[Path, Path]) -> None:
    raw, curated = good_corpus
    (raw / "moon.md").write_text("# Moon\n\nThe Saturn V rocket flew 13 times between 1967 and 1973.\n",
                                 encoding="utf-8")
    review, state = tmp_path / "review", tmp_path / "state"
    ingest(nlp, raw, curated, review, state)
    (curated / "space.md").write_text(TWO_LISTS, encoding="utf-8")
    queue = pd.read_csv(review / "queue.csv", dtype=str, keep_default_na=False)
    queue.loc[0, ["decision", "article"]] = ["accept", "space"]
    queue.to_csv(review / "queue.csv", index=False)
    with pytest.raises(PromoteError) as exc:
        promote(curated, review, state, today="2026-11-23", raw=raw, nlp=lambda: nlp)
    assert "space.md:9: duplicate key 'atomic_facts'" in str(exc.value)
    assert (curated / "space.md").read_text(encoding="utf-8") == TWO_LISTS
    with StateStore(state) as store:
        assert not any(d.applied_at for d in store.decisions().values())


def test_an_impossible_date_is_an_error_not_a_crash(nlp, tmp_path: Path, good_corpus: tuple[Path, Path]) -> None:
    raw, curated = good_corpus
    (raw / "feb.md").write_text("---\ndate: 2024-02-30\n---\nApollo 11 landed in 1969.\n", encoding="utf-8")
    report = ingest(nlp, raw, curated, tmp_path / "review", tmp_path / "state")
    [err] = report.errors  # PyYAML raises a bare ValueError here, which used to end the run
    assert err.path == "feb.md" and "day is out of range" in err.message
