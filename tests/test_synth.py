"""benchmarks/synth.py: a deterministic synthetic corpus that factledger reads as it reads the demo corpus."""

from __future__ import annotations

import csv
import importlib.util
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline import facts as curated_facts
from pipeline.ingest import ingest

SYNTH = Path(__file__).resolve().parent.parent / "benchmarks" / "synth.py"


def _load_synth():
    # benchmarks/ is not a package: load the script as a module (registered first, as dataclasses need).
    spec = importlib.util.spec_from_file_location("factledger_bench_synth", SYNTH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


synth = _load_synth()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# --- facts ---------------------------------------------------------------------------------------


def test_facts_are_deterministic_for_a_seed() -> None:
    assert synth.make_facts(300, random.Random(7)) == synth.make_facts(300, random.Random(7))
    assert synth.make_facts(300, random.Random(7)) != synth.make_facts(300, random.Random(8))


@pytest.mark.parametrize("n", [1, 49, 50, 51, 333])
def test_as_many_facts_as_asked_with_unique_article_prefixed_ids(n: int) -> None:
    facts = synth.make_facts(n, random.Random(0))
    assert len(facts) == n
    assert len({f["id"] for f in facts}) == n
    for f in facts:
        assert f["id"].startswith(f["_parts"]["article"] + "-")
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", f["id"]), f["id"]


def test_a_fact_is_one_dated_or_measured_sentence_about_a_named_entity() -> None:
    facts = synth.make_facts(2000, random.Random(1))
    for f in facts:
        p = f["_parts"]
        assert set(f) == {"id", "statement", "source_title", "source_url", "confidence", "_parts"}
        assert f["statement"].endswith(".") and f["statement"].count(". ") == 0, f["statement"]
        assert p["entity"] in f["statement"] or _cap(p["actor"]) in f["statement"]  # or its product
        assert p["year"] is not None or p["quantity"] is not None
        if p["year"] is not None:
            assert 1900 <= p["year"] <= 2025 and str(p["year"]) in f["statement"]
        if p["month"]:
            assert synth.MONTHS[p["month"]] in f["statement"]
        if p["quantity"]:
            assert p["quantity"]["text"] in f["statement"]
        assert f["confidence"] in {"high", "medium", "low"}
        assert f["source_url"].startswith("https://")
    verbs = Counter(f["_parts"]["verb"] for f in facts)
    assert len(verbs) >= 12  # released, founded, acquired, employs, weighs ...
    assert sum(1 for f in facts if f["_parts"]["month"]) > 200
    assert sum(1 for f in facts if f["_parts"]["quantity"]) > 200


def test_entities_have_several_facts_and_mostly_distinct_names() -> None:
    facts = synth.make_facts(5000, random.Random(2))
    per_entity = Counter(f["_parts"]["entity"] for f in facts)
    assert 3 <= len(facts) / len(per_entity) <= 7  # about five facts each
    statements = [f["statement"] for f in facts]
    assert len(set(statements)) > 0.99 * len(statements)


# --- curated articles --------------------------------------------------------------------------


def test_curated_articles_load_and_keep_every_fact(tmp_path: Path) -> None:
    facts = synth.make_facts(530, random.Random(3))
    assert any(synth._yaml_str(f["statement"]).startswith("'") for f in facts)  # some need quoting (Łukasz ...)
    synth.write_curated(facts, tmp_path)
    paths = sorted((tmp_path / "curated").glob("*.md"))
    assert len(paths) == 11  # 50 per article, the last one short
    loaded = {}
    for path in paths:
        article = curated_facts.loads(path.read_text(encoding="utf-8"), path.name)
        assert article.article_id == path.stem
        assert article.meta["disputed_statements"] == []
        assert {"title", "atomic_facts", "updated"} <= set(article.meta)
        for fact in article.facts:
            assert fact.fact_id not in loaded  # unique across articles
            assert fact.fact_id.startswith(article.article_id + "-")
            loaded[fact.fact_id] = fact
    assert {i: (f.statement, f.source_title, f.source_url, f.confidence) for i, f in loaded.items()} == {
        f["id"]: (f["statement"], f["source_title"], f["source_url"], f["confidence"]) for f in facts}
    articles, errors = curated_facts.load_facts(tmp_path / "curated")
    assert errors == [] and len(articles) == 11


@pytest.mark.parametrize("text", [
    "Plain words.", "A title: with a colon", "It's 4,200 people", "yes", "#hash", "'quoted'",
    "Zürich – São Paulo", "https://example.org/a_b?c=d", "ends with colon:", "- dash",
])
def test_yaml_scalars_read_back_as_written(text: str) -> None:
    import yaml

    assert yaml.safe_load(f"k: {synth._yaml_str(text)}") == {"k": text}


# --- raw notes ---------------------------------------------------------------------------------


def test_raw_files_are_deterministic_sized_and_varied() -> None:
    facts = synth.make_facts(400, random.Random(4))
    files = synth.make_raw_files(60, facts, random.Random(5))
    assert files == synth.make_raw_files(60, facts, random.Random(5))
    assert len(files) == 60
    for rel, text in files.items():
        assert not rel.startswith("/") and ".." not in rel and rel.endswith((".md", ".txt"))
        assert text.strip() and text.endswith("\n")
        assert 12 <= text.count("\n") <= 110, rel  # 15-60 lines of content, plus wrapping and a tail
    joined = "\n".join(files.values())
    assert len({rel.split("/")[0] for rel in files}) >= 3  # nested folders of several kinds
    assert any(text.startswith("---\ntitle:") for text in files.values())  # some front matter
    for pattern in (r"^\d{4}: ", r"^(January|February|March|April|May|June|July|August|September|"
                    r"October|November|December): ", r"^#+ ", r"^[-*•] ", r"^\|", r"\?$",
                    r"^Tags: ", r"^https://", r"\bnever\b|\bdid not\b", r" was \w+ by "):
        assert re.search(pattern, joined, re.MULTILINE), pattern


def test_write_corpus_is_byte_identical_for_a_seed(tmp_path: Path) -> None:
    a = synth.write_corpus(tmp_path / "a", 15, 120, seed=3)
    synth.write_corpus(tmp_path / "b", 15, 120, seed=3)
    synth.write_corpus(tmp_path / "c", 15, 120, seed=4)
    tree = _tree(tmp_path / "a")
    assert tree == _tree(tmp_path / "b") != _tree(tmp_path / "c")
    assert a == {"files": 15, "articles": 3, "facts": 120, "bytes": sum(len(b) for b in tree.values())}
    raw = {k: v for k, v in tree.items() if k.startswith("raw/")}
    assert len(raw) == 15
    for data in raw.values():
        assert data.decode("utf-8").strip()  # valid UTF-8, not empty


def test_claims_and_facts_pairs() -> None:
    claims, facts = synth.claims_and_facts(500, 300, seed=1)
    assert (len(claims), len(facts)) == (500, 300)
    assert (claims, facts) == synth.claims_and_facts(500, 300, seed=1)
    assert all(c.strip() and c[-1] in ".?!" for c in claims)
    assert not set(claims) & set(facts)  # restated in other words, never copied


def test_the_script_writes_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert synth.main(["--files", "3", "--facts", "60", "--out", str(tmp_path), "--seed", "2"]) == 0
    assert "3 raw files, 2 articles, 60 facts" in capsys.readouterr().out
    assert len(list((tmp_path / "raw").rglob("*.*"))) == 3


# --- what factledger makes of it ------------------------------------------------------------------


def test_a_small_corpus_gets_all_three_verdicts(nlp: Language, tmp_path: Path) -> None:
    synth.write_corpus(tmp_path, 20, 200, seed=0)
    report = ingest(nlp, tmp_path / "raw", tmp_path / "curated", tmp_path / "review", tmp_path / "state")
    assert report.errors == []
    assert report.parsed == 20
    with open(tmp_path / "review" / "claims.csv", newline="", encoding="utf-8-sig") as fh:
        verdicts = Counter(row["verdict"] for row in csv.DictReader(fh))
    assert set(verdicts) == {"supported", "contradicted", "unverified"}
    total = sum(verdicts.values())
    assert total > 200  # 20 files of 15-60 lines
    assert verdicts["supported"] > 0.1 * total and verdicts["contradicted"] > 0.03 * total
