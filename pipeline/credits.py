"""A note's credit written short: "La bohème, Teatro Regio, Turin - cond. Toscanini" says who conducted it.

Notes credit a work's performance or making with an abbreviation before a name ("cond. Toscanini", "dir. Kubrick",
"trans. Constance Garnett"). Read as written, the parser takes the abbreviation for a noun and the name for a name
beside it, and nothing says what the person did: a fact that names the work would back the line whoever conducted.
``spelled_out(text)`` writes each such abbreviation out as the passive it stands for ("conducted by Toscanini"),
so the claim is read, and judged, by who did what. The claim's text stays as written; only what it is read as
changes. The caller parses the sentence this returns.
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
                     rf"(?=(?P<name>[A-Z][\w'’-]*"
                     rf"(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|der|da|di|du|del|la|le)(?![\w'’]))*))")


def _someone(name: str) -> bool:
    """Could ``name`` be a person's, who did the act: "Toscanini", "Cleofonte Campanini"? Not a place, a body or a
    word the abbreviation stands otherwise before: "prod. Highland Park" (where it was made), "trans. Arsenal" (a
    footballer transferred), "wind dir. West", "cond. Fine" (a coin's condition)."""
    from .verify import lexical  # (WordNet, only for a line with such an abbreviation)

    words = name.split()
    first = words[0].lower()
    return not (lexical.not_a_person(name) or lexical.is_place(tuple(w.lower() for w in words))
                or lexical.known_word(first) and not lexical.given_name(first)
                and "noun.person" not in lexical.kinds(first))


def spelled_out(text: str) -> str:
    """``text`` with each credit abbreviation before a name written out ("cond. Mascagni" -> "conducted by
    Mascagni"); ``text`` itself when it has none."""
    return _CREDIT.sub(lambda m: CREDITS[m.group("short")] + m.group("space") if _someone(m.group("name"))
                       else m.group(0), text)
