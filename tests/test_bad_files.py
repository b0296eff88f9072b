"""One bad entry in raw/ never stops a run: it is named (printably) and skipped, the rest is processed,
and the exit status and the Prefect state say there were problems.

Unreadable folders are simulated (``os.scandir`` raising EACCES): the suite runs as root in CI, and
root reads through any permission bits.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.ingest import ingest
from pipeline.state import StateStore

GOOD = "# Notes\n\nGoogle released TensorFlow as open source in 2015.\n"


def _run(nlp, root: Path):
    raw, curated = root / "raw", root / "curated"
    report = ingest(nlp, raw, curated, root / "review", root / "state")
    claims = pd.read_csv(root / "review" / "claims.csv", dtype=str, keep_default_na=False)
    return report, claims


def _bad_name(raw: Path) -> None:
    os.close(os.open(os.fsencode(raw) + b"/caf\xe9 notes.md", os.O_WRONLY | os.O_CREAT, 0o644))


def _loop(raw: Path) -> None:
    os.symlink("loop.md", raw / "loop.md")


def _two_step_loop(raw: Path) -> None:
    os.symlink("b.md", raw / "a.md")
    os.symlink("a.md", raw / "b.md")


def _dangling(raw: Path) -> None:
    os.symlink("nowhere.md", raw / "dangling.md")


def _fifo(raw: Path) -> None:
    os.mkfifo(raw / "pipe.md")  # reading it would wait for a writer for ever


def _bad_folder_name(raw: Path) -> None:
    folder = os.fsencode(raw) + b"/\xff\xfe clips"
    os.mkdir(folder)
    with open(folder + b"/inside.md", "w", encoding="utf-8") as fh:
        fh.write(GOOD)


def _control_characters(raw: Path) -> None:
    (raw / "new\nline \u202eevil.md").write_text("Apollo 11 landed on the Moon in 1969.\n", encoding="utf-8")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("make, name, words", [
    (_bad_name, "caf\\xe9 notes.md", "file name is not valid UTF-8"),
    (_loop, "loop.md", "symlink loop"),
    (_two_step_loop, "a.md", "symlink loop"),
    (_dangling, "dangling.md", "broken symlink"),
    (_fifo, "pipe.md", "not a regular file"),
    (_bad_folder_name, "\\xff\\xfe clips", "folder name is not valid UTF-8"),
], ids=["undecodable name", "self-referencing symlink", "symlink loop", "dangling symlink", "named pipe",
        "undecodable folder"])
def test_a_bad_entry_is_named_printably_and_skipped(
        nlp, tmp_path: Path, good_corpus: tuple[Path, Path], make, name: str, words: str) -> None:
    raw, _ = good_corpus
    make(raw)
    report, claims = _run(nlp, tmp_path)
    assert any(e.path == name and words in e.message for e in report.errors), [str(e) for e in report.errors]
    assert all(str(e).isprintable() for e in report.errors)
    assert list(claims["source"]) == ["good.md"] and list(claims["verdict"]) == ["supported"]


def test_a_name_with_control_characters_is_read_and_shown_printably(
        nlp, tmp_path: Path, good_corpus: tuple[Path, Path]) -> None:
    raw, _ = good_corpus
    _control_characters(raw)
    (raw / "bad.md").write_bytes(b"\xff\n")  # an error about a file whose name is fine, for contrast
    report, claims = _run(nlp, tmp_path)
    assert [str(e) for e in report.errors] == ["bad.md:1: not valid UTF-8 (byte 0): save it as UTF-8"]
    assert set(claims["source"]) == {"good.md", "new\nline \u202eevil.md"}  # an odd name is still a name


def test_an_unreadable_folder_is_named_and_its_files_are_not_forgotten(
        nlp, tmp_path: Path, good_corpus: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    raw, _ = good_corpus
    (raw / "clips").mkdir()
    (raw / "clips" / "moon.md").write_text("# Moon\n\nApollo 11 landed on the Moon in July 1969.\n",
                                          encoding="utf-8")
    _run(nlp, tmp_path)
    real = os.scandir

    def denied(path=".", *args):
        if os.fspath(path).endswith("clips"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return real(path, *args)

    monkeypatch.setattr(os, "scandir", denied)
    report, claims = _run(nlp, tmp_path)
    assert [(e.path, e.message) for e in report.errors] == [
        ("clips", "folder cannot be read: Permission denied (its files were not read)")]
    assert set(claims["source"]) == {"good.md", "clips/moon.md"}  # not taken for deleted: its claims stay
    with StateStore(tmp_path / "state") as store:
        assert "clips/moon.md" in store.documents()


def test_an_io_error_on_one_file_is_named_and_the_others_go_on(nlp, tmp_path: Path, good_corpus: tuple[Path, Path],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    raw, _ = good_corpus
    (raw / "scratched.md").write_text("Apollo 12 landed in 1969.\n", encoding="utf-8")
    real = Path.read_bytes

    def eio(self: Path) -> bytes:
        if self.name == "scratched.md":
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", eio)
    report, claims = _run(nlp, tmp_path)
    assert [str(e) for e in report.errors] == ["scratched.md: cannot read: Input/output error"]
    assert list(claims["source"]) == ["good.md"]


def test_the_cli_exits_1_and_names_the_file(prefect_harness: None, tmp_path: Path, good_corpus: tuple[Path, Path],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import main

    raw, curated = good_corpus
    _bad_name(raw)
    _loop(raw)
    code = main(["ingest", "--raw", str(raw), "--curated", str(curated), "--review", str(tmp_path / "review"),
                 "--state", str(tmp_path / "state"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "caf\\xe9 notes.md: file name is not valid UTF-8" in err and "loop.md: symlink loop" in err
    assert (tmp_path / "review" / "claims.csv").exists()
