"""Bad input, one file at a time: a clear message naming the file (and line), the good files go on."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
import spacy

from flows.cli import main
from pipeline.ingest import ingest
from pipeline.state import StateStore

BAD_RAW = {
    # file name: (content, what the error says, its line)
    "latin1.txt": (b"Caf\xe9 culture began in 1650.\n", "not valid UTF-8", 1),
    "second-line.md": (b"fine\nbad \xff byte\n", "not valid UTF-8", 2),
    "binary.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content", None),
    "front.md": (b"---\ntitle: [unclosed\n---\nText about 2015.\n", "not valid YAML", 3),
}


@pytest.mark.parametrize("name", sorted(BAD_RAW))
def test_a_bad_raw_file_is_named_and_the_good_one_processed(
        nlp, tmp_path: Path, good_corpus: tuple[Path, Path], name: str) -> None:
    raw, curated = good_corpus
    content, message, line = BAD_RAW[name]
    (raw / name).write_bytes(content)
    report = ingest(nlp, raw, curated, tmp_path / "review", tmp_path / "state")
    [err] = report.errors
    assert (err.path, err.line) == (name, line) and message in err.message
    claims = pd.read_csv(tmp_path / "review" / "claims.csv")
    assert list(claims["source"]) == ["good.md"] and list(claims["verdict"]) == ["supported"]


def test_empty_file_and_a_two_megabyte_line(tmp_path: Path, good_corpus: tuple[Path, Path]) -> None:
    # Robustness, not model quality: a blank pipeline with a sentencizer keeps this test fast.
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    raw, curated = good_corpus
    (raw / "empty.md").write_bytes(b"")
    sentence = "Google released TensorFlow as open source in 2015. "
    (raw / "long.txt").write_text(sentence * (2_000_000 // len(sentence)), encoding="utf-8")
    report = ingest(blank, raw, curated, tmp_path / "review", tmp_path / "state", batch_files=1)
    assert not report.errors
    assert report.parsed == 3  # all three read, the long one in pieces
    with StateStore(tmp_path / "state") as store:
        assert set(store.documents()) == {"empty.md", "good.md", "long.txt"}


def test_symlink_out_of_the_raw_tree_is_never_followed(nlp, tmp_path: Path, good_corpus: tuple[Path, Path]) -> None:
    raw, curated = good_corpus
    secret = tmp_path / "secret.md"
    secret.write_text("The launch code was set in 1962.\n", encoding="utf-8")
    os.symlink(secret, raw / "leak.md")
    os.symlink(tmp_path, raw / "up")  # a folder link out of the tree
    report = ingest(nlp, raw, curated, tmp_path / "review", tmp_path / "state")
    assert not report.errors
    assert set(pd.read_csv(tmp_path / "review" / "claims.csv")["source"]) == {"good.md"}


@pytest.mark.parametrize("text, message, line", [
    ("---\nid: x\natomic_facts:\n  - id: x-1\n   statement: bad indent\n---\n", "not valid YAML", 5),
    ("---\nid: x\natomic_facts:\n  - id: ai-tf\n    statement: Same id as in ai.md.\n---\n", "duplicate fact id", 4),
    ("---\nid: x\natomic_facts:\n  - id: x-1\n    statement: a\n  - id: x-1\n    statement: b\n---\n",
     "duplicate fact id", 6),
    ("---\nid: x\natomic_facts: []\nno closing line\n", "never closed", 1),  # broken front matter is an error
])
def test_a_bad_curated_article_is_named_and_the_others_count(
        nlp, tmp_path: Path, good_corpus: tuple[Path, Path], text: str, message: str,
                                                              line: int) -> None:
    raw, curated = good_corpus
    (curated / "zz.md").write_text(text, encoding="utf-8")
    report = ingest(nlp, raw, curated, tmp_path / "review", tmp_path / "state")
    [err] = report.errors
    assert (err.path, err.line) == ("zz.md", line) and message in err.message
    assert list(pd.read_csv(tmp_path / "review" / "claims.csv")["verdict"]) == ["supported"]


def test_a_curated_note_without_front_matter_is_no_error(nlp, tmp_path: Path, good_corpus: tuple[Path, Path]) -> None:
    raw, curated = good_corpus
    (curated / "README.md").write_text("# About these articles\n\nEach file lists atomic facts.\n", encoding="utf-8")
    report = ingest(nlp, raw, curated, tmp_path / "review", tmp_path / "state")
    assert report.errors == []  # a README in the curated folder made every run exit 1
    assert list(pd.read_csv(tmp_path / "review" / "claims.csv")["verdict"]) == ["supported"]


def test_cli_exit_status_and_message_say_there_were_problems(
        prefect_harness: None, tmp_path: Path, good_corpus: tuple[Path, Path],
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    raw, curated = good_corpus
    (raw / "latin1.txt").write_bytes(BAD_RAW["latin1.txt"][0])
    code = main(["ingest", "--raw", str(raw), "--curated", str(curated), "--review", str(tmp_path / "review"),
                 "--state", str(tmp_path / "state"), "--quiet"])
    assert code == 1
    assert "latin1.txt:1: not valid UTF-8" in capsys.readouterr().err
    assert (tmp_path / "review" / "claims.csv").exists()
