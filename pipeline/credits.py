"""A note's credit written short: "La bohème, Teatro Regio, Turin - cond. Toscanini" says who conducted it.

Notes credit a work's performance or making with an abbreviation before a name ("cond. Toscanini", "dir. Kubrick",
"trans. Constance Garnett"). Read as written, the parser takes the abbreviation for a noun and the name for a name
beside it, and nothing says what the person did: a fact that names the work would back the line whoever conducted.
``spelled_out(text)`` writes each such abbreviation out as the passive it stands for ("conducted by Toscanini"),
so the claim is read, and judged, by who did what. The claim's text stays as written; only what it is read as
changes. Pure: the caller parses the sentence this returns.
"""

from __future__ import annotations

import re

# Only abbreviations that stand for one act before a name. Not "arr." (arranged, or arrived: "arr. Plymouth"),
# "ed." (edited, or edition), "pub." (published: a date follows, read by ``repairs._NOTE_ACTS``).
CREDITS = {"cond": "conducted by", "dir": "directed by", "prod": "produced by", "trans": "translated by",
           "transl": "translated by", "illus": "illustrated by", "choreog": "choreographed by"}

# (the abbreviation with its full stop, after a word boundary, before a capitalised name: "cond. Richard Strauss";
# not "Dir. of Music", a title, where a capital opens the abbreviation; nor "dir. 1968", a date)
_CREDIT = re.compile(rf"(?<![\w.])(?P<short>{'|'.join(sorted(CREDITS, key=len, reverse=True))})\.(?P<space>\s+)"
                     rf"(?=[A-Z][\w'’-]*)")


def spelled_out(text: str) -> str:
    """``text`` with each credit abbreviation before a name written out ("cond. Mascagni" -> "conducted by
    Mascagni"); ``text`` itself when it has none."""
    return _CREDIT.sub(lambda m: CREDITS[m.group("short")] + m.group("space"), text)
