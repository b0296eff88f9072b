"""Characters that change what a reader sees without changing what a program compares.

A right-to-left override makes ``July \u202e2202\u202c`` display as "July 2022"; a zero-width
space splits a word a reader sees whole. In a claim they can make text that says one thing
look like another: such a claim must reach a person, and must be compared as what it says.

- ``suspicious(text)``: the distinct characters of these kinds, in order of appearance;
- ``clean(text)``: the text without them (what it says, logically, and what is compared);
- ``visible(text)``: each one written out as ``[U+202E]``, for the CSVs a person reads;
- ``describe(chars)``: ``U+202E RIGHT-TO-LEFT OVERRIDE``, for a reason a person reads.

Pure functions, no I/O.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Arabic letter mark, LRM, RLM, the embeddings and overrides (LRE RLE PDF LRO RLO), the isolates."""
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
"""Hangul fillers and the braille blank: letters (or symbols) that draw nothing."""
_ALLOWED_CONTROLS = frozenset("\t\n\r")


@lru_cache(maxsize=4096)
def is_suspicious(ch: str) -> bool:
    """A bidirectional control, an invisible format character (zero-width space and joiners, word
    joiner, soft hyphen, BOM, tag characters...), a variation selector, a blank letter, or a control
    character other than tab and line ends."""
    if ch in BIDI_CONTROLS or ch in _BLANK_LETTERS:
        return True
    category = unicodedata.category(ch)
    if category == "Cf":
        return True
    if category == "Cc":
        return ch not in _ALLOWED_CONTROLS
    code = ord(ch)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF or 0x180B <= code <= 0x180F


def suspicious(text: str) -> list[str]:
    """The distinct suspicious characters of ``text``, in order of first appearance."""
    if text.isascii() and text.isprintable():
        return []
    seen: dict[str, None] = {}
    for ch in text:
        if ch not in seen and is_suspicious(ch):
            seen[ch] = None
    return list(seen)


def clean(text: str) -> str:
    """``text`` without its suspicious characters: what it says, in logical order."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(ch for ch in text if not is_suspicious(ch))


def visible(text: str) -> str:
    """``text`` with each suspicious character written as ``[U+XXXX]``, so a spreadsheet shows it."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(f"[U+{ord(ch):04X}]" if is_suspicious(ch) else ch for ch in text)


def describe(chars: Iterable[str]) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE, U+200B ZERO WIDTH SPACE``."""
    return ", ".join(f"U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed control')}" for ch in chars)
