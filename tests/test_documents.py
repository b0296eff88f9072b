"""pipeline.documents: decode raw bytes, read provenance, discover files under the raw folder."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import documents
from pipeline.errors import DocumentError, FrontMatterError


def read_text_like_python(data: bytes) -> str:
    """What ``Path.read_text(encoding="utf-8-sig")`` gives for these bytes (universal newlines, no BOM)."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "f.md"
        p.write_bytes(data)
        return p.read_text(encoding="utf-8-sig")


# --- decode --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, text",
    [
        (b"a\nb\n", "a\nb\n"),
        (b"a\r\nb\r\n", "a\nb\n"),
        (b"a\rb\r", "a\nb\n"),  # classic Mac line ends
        (b"a\r\r\nb", "a\n\nb"),  # CR then CRLF: two line ends
        (b"a\n\rb", "a\n\nb"),  # LF then CR: two line ends, not one
        (b"\xef\xbb\xbfhi", "hi"),  # a leading BOM is no character of the text (it hid the first heading)
        (b"\xef\xbb\xbf# Notes\n", "# Notes\n"),
        (b"a\xef\xbb\xbfb", "a\ufeffb"),  # elsewhere it is a character (spoofing.py names it)
        ("caf\u00e9 \u2014 na\u00efve".encode(), "caf\u00e9 \u2014 na\u00efve"),
    ],
)
def test_decode(data: bytes, text: str) -> None:
    assert documents.decode(data, "x.md") == text
    assert documents.decode(data, "x.md") == read_text_like_python(data)


@given(st.lists(st.sampled_from(["a", "\u00e9", " ", "\r", "\n", "\r\n", "\ufeff", "---"]), max_size=30))
def test_decode_matches_read_text(parts: list[str]) -> None:
    data = "".join(parts).encode("utf-8")
    assert documents.decode(data, "x.md") == read_text_like_python(data)


@pytest.mark.parametrize(
    "data, line",
    [
        (b"\xffstart", 1),
        (b"one\ntwo\n\xff three\n", 3),
        (b"one\r\ntwo\r\nth\xe9e\r\n", 3),  # latin-1 on line 3 of a CRLF file
        (b"ok\n\xe2\x82", 2),  # a truncated UTF-8 sequence at the end
    ],
)
def test_decode_invalid_utf8_names_file_and_line(data: bytes, line: int) -> None:
    with pytest.raises(DocumentError) as exc:
        documents.decode(data, "notes/bad.md")
    assert exc.value.path == "notes/bad.md"
    assert exc.value.line == line
    assert "UTF-8" in exc.value.message
    assert str(exc.value).startswith(f"notes/bad.md:{line}: ")


def test_decode_invalid_utf8_line_in_cr_only_file() -> None:
    with pytest.raises(DocumentError) as exc:
        documents.decode(b"one\rtwo\r\xff three\r", "mac.txt")
    assert exc.value.line == 3  # the decoded text would show the bad byte on line 3


@pytest.mark.parametrize("data", [b"\x00", b"text\x00more", "hi".encode("utf-16")])
def test_decode_nul_bytes_are_binary(data: bytes) -> None:
    with pytest.raises(DocumentError) as exc:
        documents.decode(data, "img.md")
    assert exc.value.path == "img.md"
    assert "binary" in exc.value.message


# --- loads ---------------------------------------------------------------------------------


NOTE = """\
---
title: Apollo notes
url: https://example.org/apollo
date: 2019-07-20
author: Ada Lovelace
tags: [space]
empty:
---
Apollo 11 landed on the Moon in July 1969.
"""


def test_loads_provenance_from_front_matter() -> None:
    doc = documents.loads(NOTE, "notes/apollo.md")
    assert doc.source == "notes/apollo.md"
    assert doc.text == NOTE
    assert doc.meta == {
        "title": "Apollo notes",
        "url": "https://example.org/apollo",
        "date": "2019-07-20",  # YAML reads a date; meta keeps it as its ISO text
        "author": "Ada Lovelace",
    }  # tags and empty are not provenance
    assert doc.text[doc.body_start:] == "Apollo 11 landed on the Moon in July 1969.\n"
    assert doc.sha256 == hashlib.sha256(NOTE.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    "text, meta",
    [
        ("---\ntitle: T\nauthor:\nurl: ''\n---\nx\n", {"title": "T"}),  # empty values are left out
        ("---\ndate: 2021\n---\nx\n", {"date": "2021"}),
        ("---\n---\nx\n", {}),
    ],
)
def test_loads_meta_variants(text: str, meta: dict[str, str]) -> None:
    doc = documents.loads(text, "a.md")
    assert doc.meta == meta
    assert doc.text[doc.body_start:] == "x\n"


def test_loads_without_front_matter() -> None:
    doc = documents.loads("Plain note.\n---\nnot: yaml\n", "a.txt", sha256="abc")
    assert doc.meta == {}
    assert doc.body_start == 0
    assert doc.sha256 == "abc"  # a given hash (of the file's bytes) is kept


def test_loads_bad_front_matter_names_source() -> None:
    with pytest.raises(FrontMatterError) as exc:
        documents.loads("---\ntitle: ok\n  bad: indent\n---\n", "notes/a.md")
    assert exc.value.path == "notes/a.md"
    assert exc.value.line == 3


# --- discover / read_document --------------------------------------------------------------


def _tree(root: Path, files: dict[str, bytes | str]) -> None:
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        p.write_bytes(content)


def _rel(root: Path, paths) -> list[str]:
    return [p.relative_to(root.resolve()).as_posix() for p in paths]


def test_discover_tree(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    outside = tmp_path / "outside"
    _tree(raw, {
        "b.md": "b", "a.txt": "a", "c.markdown": "c", "d.MD": "d",
        "notes.rst": "no", "data.json": "{}", "README": "no",
        ".hidden.md": "no", ".git/HEAD.md": "no",
        "sub/e.md": "e", "sub/deeper/f.txt": "f", "sub/.secret/g.md": "no",
    })
    _tree(outside, {"o.md": "outside", "dir/p.md": "outside"})
    (raw / "link-in.md").symlink_to(raw / "sub" / "e.md")
    (raw / "link-out.md").symlink_to(outside / "o.md")
    (raw / "link-up.md").symlink_to(Path("..") / "outside" / "o.md")  # relative, still outside
    (raw / "broken.md").symlink_to(raw / "missing.md")
    (raw / "linkdir").symlink_to(outside / "dir", target_is_directory=True)

    found = _rel(raw, documents.discover(raw))
    assert found == [
        "a.txt", "b.md", "c.markdown", "d.MD", "link-in.md",  # sorted by relative path
        "sub/deeper/f.txt", "sub/e.md",
    ]


def test_discover_is_sorted(tmp_path: Path) -> None:
    _tree(tmp_path, {"z.md": "z", "a/x.md": "x", "m.md": "m"})
    found = _rel(tmp_path, documents.discover(tmp_path))
    assert found == sorted(found)  # ["a/x.md", "m.md", "z.md"]


def test_discover_is_deterministic(tmp_path: Path) -> None:
    _tree(tmp_path, {f"{d}/{n}.md": n for d in ("q", "b", "k") for n in ("3", "1", "2")})
    first = list(documents.discover(tmp_path))
    assert first == list(documents.discover(tmp_path))
    assert len(first) == 9


def test_read_document(tmp_path: Path) -> None:
    data = b"---\r\ntitle: Win note\r\n---\r\nLine one.\r\nLine two.\r\n"
    _tree(tmp_path, {"sub/dir/note.md": data})
    [path] = documents.discover(tmp_path)
    doc = documents.read_document(tmp_path.resolve(), path)
    assert doc.source == "sub/dir/note.md"  # forward slashes, relative to the root
    assert doc.text == "---\ntitle: Win note\n---\nLine one.\nLine two.\n"
    assert doc.meta == {"title": "Win note"}
    assert doc.text[doc.body_start:] == "Line one.\nLine two.\n"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()  # of the bytes, CRLF and all
    assert doc.sha256 != hashlib.sha256(doc.text.encode()).hexdigest()


def test_read_document_errors_name_the_source(tmp_path: Path) -> None:
    _tree(tmp_path, {"a/bad.md": b"fine\n\xff\n", "a/bin.txt": b"\x00\x01"})
    with pytest.raises(DocumentError) as exc:
        documents.read_document(tmp_path, tmp_path / "a" / "bad.md")
    assert (exc.value.path, exc.value.line) == ("a/bad.md", 2)
    with pytest.raises(DocumentError) as exc:
        documents.read_document(tmp_path, tmp_path / "a" / "bin.txt")
    assert exc.value.path == "a/bin.txt"
    with pytest.raises(DocumentError) as exc:
        documents.read_document(tmp_path, tmp_path / "a" / "gone.md")
    assert exc.value.path == "a/gone.md"
    assert "cannot read" in exc.value.message


def test_discover_then_read_with_relative_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path, {"raw/a.md": "Alpha.\n"})
    monkeypatch.chdir(tmp_path)
    raw = Path("raw")
    docs = [documents.read_document(raw, p) for p in documents.discover(raw)]
    assert [d.source for d in docs] == ["a.md"]


@pytest.mark.skipif(os.name == "nt", reason="symlinks")
def test_discover_root_itself_a_symlink(tmp_path: Path) -> None:
    _tree(tmp_path, {"real/a.md": "a", "real/sub/b.md": "b"})
    (tmp_path / "raw").symlink_to(tmp_path / "real", target_is_directory=True)
    found = _rel(tmp_path / "real", documents.discover(tmp_path / "raw"))
    assert found == ["a.md", "sub/b.md"]  # the root's own link is followed, once
