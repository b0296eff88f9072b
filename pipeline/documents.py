"""Raw files in: discover them under the raw folder, decode them, read their front matter."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from . import frontmatter
from .errors import DocumentError, FrontMatterError
from .model import Document

RAW_SUFFIXES = (".md", ".markdown", ".txt")
PROVENANCE_KEYS = ("title", "url", "date", "author")


def decode(data: bytes, source: str) -> str:
    """UTF-8 (a BOM is kept as a character) with universal newlines, as ``Path.read_text`` gives."""
    if b"\x00" in data:
        raise DocumentError("binary content (NUL bytes), not text", source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        before = data[:err.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        line = before.count(b"\n") + 1
        raise DocumentError(f"not valid UTF-8 (byte {err.start})", source, line) from None
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
        data = path.read_bytes()
    except OSError as err:
        raise DocumentError(f"cannot read: {err.strerror}", source) from None
    return loads(decode(data, source), source, hashlib.sha256(data).hexdigest())


def discover(root: Path) -> Iterator[Path]:
    """Raw files under ``root``, sorted; symlinks that leave the tree are never followed."""
    root = root.resolve()
    found = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            path = Path(dirpath) / name
            if name.startswith(".") or path.suffix.lower() not in RAW_SUFFIXES:
                continue
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root) or not target.is_file():
                    continue
            found.append(path)
    yield from sorted(found, key=lambda p: p.relative_to(root).as_posix())


__all__ = ["DocumentError", "FrontMatterError", "decode", "discover", "loads", "read_document"]
