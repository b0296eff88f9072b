"""Unicode spoofing: hidden characters never let a claim pass as supported; formula cells in every disguise are inert."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import facts
from pipeline.ingest import ingest
from pipeline.promote import promote
from pipeline.review import dumps_csv, loads_csv
from pipeline.state import StateStore

RLO, PDF, ZWSP = "\u202e", "\u202c", "\u200b"
ARTICLE = """---
id: ai
atomic_facts:
  - id: ai-llama-2
    statement: Meta released Llama 2 in July 2023.
    source_title: Llama 2
    source_url: https://arxiv.org/abs/2307.09288
    confidence: high
---
"""


# --- the module (imported in each test, so that each fails on its own where it is missing) --------------------------------------------------------------------------


@pytest.mark.parametrize("text, found, cleaned, shown", [
    (f"in July {RLO}3202{PDF}", [RLO, PDF], "in July 3202", "in July [U+202E]3202[U+202C]"),
    (f"Ll{ZWSP}ama 2", [ZWSP], "Llama 2", "Ll[U+200B]ama 2"),
    ("soft\u00adhyphen, word\u2060joiner, tag\U000e0041", ["\u00ad", "\u2060", "\U000e0041"],
     "softhyphen, wordjoiner, tag", "soft[U+00AD]hyphen, word[U+2060]joiner, tag[U+E0041]"),
    ("isolate \u2067x\u2069 and mark \u200f", ["\u2067", "\u2069", "\u200f"], "isolate x and mark ", None),
    ("Hangul filler\u3164 bell\x07", ["\u3164", "\x07"], "Hangul filler bell", None),
    ("plain ASCII, tabs\tand\nlines", [], "plain ASCII, tabs\tand\nlines", "plain ASCII, tabs\tand\nlines"),
    ("café, naïve, Ελληνικά, 日本語", [], "café, naïve, Ελληνικά, 日本語", "café, naïve, Ελληνικά, 日本語"),
])
def test_suspicious_clean_visible(text: str, found: list[str], cleaned: str, shown: str | None) -> None:
    from pipeline import spoofing

    assert spoofing.suspicious(text) == found
    assert spoofing.clean(text) == cleaned
    if shown is not None:
        assert spoofing.visible(text) == shown


def test_describe_names_each_character() -> None:
    from pipeline import spoofing

    assert spoofing.describe([RLO, ZWSP]) == "U+202E RIGHT-TO-LEFT OVERRIDE, U+200B ZERO WIDTH SPACE"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_leaves_nothing_suspicious_and_visible_hides_nothing(text: str) -> None:
    from pipeline import spoofing

    assert spoofing.suspicious(spoofing.clean(text)) == []
    assert spoofing.suspicious(spoofing.visible(text)) == []


# --- in a run ----------------------------------------------------------------------------


def _corpus(root: Path, claim: str) -> tuple[Path, Path]:
    raw, curated = root / "raw", root / "curated"
    raw.mkdir()
    curated.mkdir()
    (raw / "notes.md").write_text(f"# Models\n\n{claim}\n", encoding="utf-8")
    (curated / "ai.md").write_text(ARTICLE, encoding="utf-8")
    return raw, curated


@pytest.mark.parametrize("claim", [
    f"Meta released Llama 2 in July {RLO}3202{PDF}.",  # shows as "July 2023"; says 3202
    f"Meta released Llama 2 in July 20{ZWSP}23.",  # a zero-width space inside the year
    f"Meta released Lla{ZWSP}ma 2 in July 2023.",  # what it says is true: still a person looks
])
def test_a_claim_with_hidden_characters_never_passes_as_supported(nlp, tmp_path: Path, claim: str) -> None:
    raw, curated = _corpus(tmp_path, claim)
    ingest(nlp, raw, curated, tmp_path / "review", tmp_path / "state")
    [row] = pd.read_csv(tmp_path / "review" / "claims.csv", dtype=str, keep_default_na=False).to_dict("records")
    assert row["verdict"] != "supported"
    assert "hidden characters in the claim (U+" in row["reason"]
    assert "[U+" in row["claim"]  # the spreadsheet shows the characters instead of obeying them
    queue = pd.read_csv(tmp_path / "review" / "queue.csv", dtype=str, keep_default_na=False)
    assert list(queue["claim_id"]) == [row["claim_id"]]  # a person sees it


def test_a_claim_is_compared_as_what_it_says(nlp, tmp_path: Path) -> None:
    raw, curated = _corpus(tmp_path, f"Meta released Llama 2 in July 20{ZWSP}25.")
    ingest(nlp, raw, curated, tmp_path / "review", tmp_path / "state")
    [row] = pd.read_csv(tmp_path / "review" / "claims.csv", dtype=str, keep_default_na=False).to_dict("records")
    # without the zero-width space the year is 2025, not the fact's 2023 (with it: no year at all)
    assert (row["verdict"], row["fact_id"]) == ("contradicted", "ai-llama-2")
    assert row["reason"].startswith("hidden characters in the claim (U+200B ZERO WIDTH SPACE)")


def test_a_promoted_claim_becomes_a_fact_without_its_hidden_characters(nlp, tmp_path: Path) -> None:
    raw, curated = _corpus(tmp_path, f"Meta released Llama 3 in April 20{ZWSP}24.")
    review, state = tmp_path / "review", tmp_path / "state"
    ingest(nlp, raw, curated, review, state)
    queue = pd.read_csv(review / "queue.csv", dtype=str, keep_default_na=False)
    queue.loc[0, ["decision", "article"]] = ["accept", "ai"]
    queue.to_csv(review / "queue.csv", index=False)
    report = promote(curated, review, state, today="2026-11-23")
    [(_, fact_id, _)] = report.accepted
    article = facts.read_article(curated / "ai.md")
    assert [f.statement for f in article.facts if f.fact_id == fact_id] == ["Meta released Llama 3 in April 2024."]
    with StateStore(state) as store:
        assert store.decisions()[queue.loc[0, "claim_id"]].applied_at


# --- formula cells -------------------------------------------------------------------------

DISGUISED = [
    "\uff1dHYPERLINK(\"http://x\",\"click\")",  # full-width equals
    "\uff0b1\uff0b2", "\uff0d3", "\uff20SUM(A1)", "\ufe66small form equals",
    " =1+1", "   @SUM(A1:A9)", "\n=1+1", "\u3000=1+1",  # after spaces, a line feed, an ideographic space
    "|calc'!A0", "\uff5cfull-width bar",  # a DDE link
    f"{ZWSP}=1+1", f"{RLO}=1+1",  # behind an invisible character
    "\r\nline", "\ttab",
]


@pytest.mark.parametrize("text", DISGUISED)
def test_disguised_formulas_are_neutralised_and_round_trip(text: str) -> None:
    written = dumps_csv(pd.DataFrame({"note": [text]}))
    [cell] = [row[0] for row in csv.reader(io.StringIO(written))][1:]
    assert cell.startswith("'"), repr(cell)  # what a spreadsheet reads: text, not a formula
    assert loads_csv(written).to_dict("records") == [{"note": text}]


@pytest.mark.parametrize("text", ["plain", "'quoted", "''twice", "a = b", "x|y", "", " ", "1-2", "e-mail"])
def test_ordinary_cells_are_written_as_they_are(text: str) -> None:
    written = dumps_csv(pd.DataFrame({"note": [text]}))
    assert loads_csv(written).to_dict("records") == [{"note": text}]
    if not text.startswith("'"):
        assert [row[0] for row in csv.reader(io.StringIO(written))][1:] == [text]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_every_cell_round_trips(text: str) -> None:
    written = dumps_csv(pd.DataFrame({"note": [text]}))
    assert loads_csv(written).fillna("").to_dict("records") == [{"note": text}]
