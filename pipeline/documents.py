"""Raw files in: discover them under the raw folder, decode them, read their front matter."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from . import frontmatter, spoofing
from .errors import DocumentError, FrontMatterError
from .model import Document

RAW_SUFFIXES = (".md", ".markdown", ".txt")
PROVENANCE_KEYS = ("title", "url", "date", "author")
MAX_BYTES = 64 * 2**20
"""A raw file larger than this (64 MiB) is not a note: it is named and skipped, not read into memory."""


def printable(name: str) -> str:
    """A file name as one readable line: bytes that are not UTF-8 as ``\\xe9``, control and
    invisible characters (a newline, a right-to-left override) as ``\\u202e``."""
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() and not spoofing.is_suspicious(ch) else
                   ch.encode("unicode_escape").decode("ascii") for ch in text)


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # os.walk hands undecodable bytes over as lone surrogates
        return False
    return True


BOM = b"\xef\xbb\xbf"


def decode(data: bytes, source: str) -> str:
    """UTF-8 without its BOM, with universal newlines: what ``Path.read_text(encoding="utf-8-sig")``
    gives, and the text every offset indexes into. (A BOM kept as a character hid the first
    heading: ``\ufeff# Notes`` is no heading.)"""
    data = data.removeprefix(BOM)
    if b"\x00" in data:
        raise DocumentError("binary content (NUL bytes), not text", source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        before = data[:err.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        line = before.count(b"\n") + 1
        raise DocumentError(f"not valid UTF-8 (byte {err.start}): save it as UTF-8", source, line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def loads(text: str, source: str, sha256: str = "") -> Document:
    """A document from decoded text; optional front matter becomes its provenance."""
    fm = frontmatter.find(text)
    meta: dict[str, str] = {}
    body_start = 0
    if fm is not None:
        data = frontmatter.parse(fm, source)  # within the limits for a note's front matter
        # provenance is text: a list or mapping under `title` is not a title (nor its Python repr)
        meta = {k: str(data[k]) for k in PROVENANCE_KEYS
                if data.get(k) not in (None, "") and not isinstance(data[k], (list, dict))}
        body_start = fm.body_start
    return Document(source=source, text=text, meta=meta, body_start=body_start,
                    sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest())


def source_of(root: Path, path: Path) -> str:
    """``path`` relative to the raw root, with forward slashes (symlinks inside the tree keep their name)."""
    absolute = Path(os.path.abspath(path))
    for base in (root.resolve(), Path(os.path.abspath(root))):
        if absolute.is_relative_to(base):
            return absolute.relative_to(base).as_posix()
    raise DocumentError("is not under the raw folder", str(path))


def read_document(root: Path, path: Path) -> Document:
    """Read one raw file; ``DocumentError``/``FrontMatterError`` name it."""
    source = source_of(root, path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise DocumentError(f"is {path.stat().st_size:,} bytes; the limit for a raw file is {MAX_BYTES:,}",
                                printable(source))
        data = path.read_bytes()
    except OSError as err:
        raise DocumentError(f"cannot read: {err.strerror}", printable(source)) from None
    return loads(decode(data, source), source, hashlib.sha256(data).hexdigest())


def discover(root: Path, problems: list[DocumentError] | None = None) -> Iterator[Path]:
    """Raw files under ``root``, sorted; symlinks that leave the tree are never followed.

    What cannot be taken (a name that is not UTF-8, a looping or broken symlink, something that
    is not a regular file, a folder that cannot be listed) is named in ``problems`` and skipped:
    one bad entry never stops the others.
    """
    root = root.resolve()
    found = []
    problems = problems if problems is not None else []

    def problem(path: str, message: str) -> None:
        rel = os.path.relpath(path, root) if os.path.isabs(path) else path
        problems.append(DocumentError(message, printable(Path(rel).as_posix())))

    def unlisted(err: OSError) -> None:
        problem(err.filename or str(root), f"folder cannot be read: {err.strerror} (its files were not read)")

    for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted, followlinks=False):
        for d in [d for d in dirnames if not d.startswith(".") and not _utf8(d)]:
            problem(os.path.join(dirpath, d), "folder name is not valid UTF-8: rename it (its files were not read)")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and _utf8(d))
        for name in filenames:
            path = Path(dirpath) / name
            if name.startswith(".") or path.suffix.lower() not in RAW_SUFFIXES:
                continue
            if not _utf8(name):
                problem(str(path), "file name is not valid UTF-8: rename it")
                continue
            if path.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except RuntimeError:
                    problem(str(path), "symlink loop (the link leads back to itself)")
                    continue
                except OSError as err:
                    reason = "broken symlink (its target does not exist)" if err.errno == errno.ENOENT else \
                        f"symlink cannot be followed: {err.strerror}"
                    problem(str(path), reason)
                    continue
                if not target.is_relative_to(root):
                    continue  # leaves the raw folder: never followed, by design
                if not target.is_file():
                    problem(str(path), "symlink to something that is not a file")
                    continue
            else:
                try:
                    mode = path.lstat().st_mode
                except OSError as err:
                    problem(str(path), f"cannot read: {err.strerror}")
                    continue
                if not stat.S_ISREG(mode):  # a named pipe would block the run for ever
                    problem(str(path), "not a regular file (a pipe, socket or device)")
                    continue
            found.append(path)
    yield from sorted(found, key=lambda p: p.relative_to(root).as_posix())


__all__ = ["DocumentError", "FrontMatterError", "decode", "discover", "loads", "read_document"]
