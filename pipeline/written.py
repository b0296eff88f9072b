"""When a document's words were written: the year "120 years ago" counts back from.

A blog post's own date is its front matter's ``date``; a comment under it was written on the date
its byline gives ("**Ruth K.** · August 22, 2024"), which may be years later. A sentence's year is
that of the last byline above it, else the post's. Pure: text and front matter in, years out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

# a commenter's byline on a line of its own: a name (often in bold), a separator, a date and
# perhaps a clock time ("**Dan W.** — March 17, 2024 at 9:12 pm", "**Mike_B** · Nov 3, 2024")
_BYLINE = re.compile(
    r"^[ \t]*(?:[-*][ \t]+)?(?:\*\*|__)?[^\s*_·•|—–][^\n*·•|—–]{0,40}?(?:\*\*|__)?[ \t]*[·•|—–][ \t]*"
    r"(?:posted[ \t]+|on[ \t]+)?"
    r"(?:(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?,?)[ \t]+"
    r"(?P<year>(?:19|20)\d\d)|(?P<iso>(?:19|20)\d\d)-\d\d-\d\d)"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?)?[ \t]*$",
    re.MULTILINE | re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class WrittenYears:
    """The year each part of one document was written in."""

    own: int | None
    """The front matter's date, if it gives a year."""
    bylines: tuple[tuple[int, int], ...] = ()
    """(offset of the byline, its year), in order."""

    def at(self, offset: int) -> int | None:
        """The year the words at ``offset`` were written in, if the document says."""
        k = bisect_right(self.bylines, (offset, 10 ** 4))
        return self.bylines[k - 1][1] if k else self.own


def _a_name(line: str) -> bool:
    """Is what stands before the byline's separator a commenter's name: in bold, one handle, or words
    that all open with a capital ("Ruth K.", "Mike_B"); not "Moon landing — July 20, 1969", a dated event?"""
    said = re.split(r"[·•|—–]", line, maxsplit=1)[0].strip().lstrip("-* \t")
    if said.startswith(("**", "__")):
        return True
    words = said.split()
    return len(words) == 1 or all(w[:1].isupper() for w in words)


def written_years(text: str, meta: Mapping[str, str]) -> WrittenYears:
    """The front matter's year and every commenter's byline date in ``text``: a comment is not written
    before the post it is under, and with no date for the post, a byline's name looks like a name
    ("Sputnik launched — October 4, 1957" in a list of dates is no byline)."""
    found = _YEAR.search(str(meta.get("date", "")))
    own = int(found.group(1)) if found else None
    bylines = []
    for m in _BYLINE.finditer(text):
        year = int(m.group("year") or m.group("iso"))
        # (a handle in lower case, "old timer — March 3, 2024", under a post of 2023; not "Moon Landing —
        # July 20, 1969" under it, whatever its capitals)
        if (year >= own) if own is not None else _a_name(m.group(0)):
            bylines.append((m.start(), year))
    return WrittenYears(own, tuple(bylines))
