"""Claim identity: ids made of a claim's words, not of its file's name, so that they survive
NFC/NFD re-saves, line-end changes, renames and moves.

- ``claim_id(text, occurrence)``: the id of the ``occurrence``-th claim with these words in
  its file. The same words in a second file get the id scoped by that file's name
  (``claim_id(text, occurrence, scope=source)``); the state store decides which file is second
  (``StateStore.assign_ids``): the one that did not hold the words first.
- ``legacy_claim_id``: how ids were made up to schema 1 (from the file's name), for the
  migration of an old database.

``segment.claim_id`` is this function. Pure, no spaCy, so the state store can import it.
"""

from __future__ import annotations

import dataclasses

import hashlib
import unicodedata
from collections.abc import Iterable, Iterator

from .model import Claim


def identity_text(text: str) -> str:
    """What a claim's id is made of: its words in NFC (an editor that re-saves in NFD changes no
    id), with runs of white space (line ends included) as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _id(key: str) -> str:
    # The leading letter keeps spreadsheets from reading an id like "1234e567..." as a number.
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:11]


def claim_id(text: str, occurrence: int, scope: str = "") -> str:
    """Stable id from the claim's words and which occurrence of them in its file it is.

    Neither offsets nor the file's name go in, so edits elsewhere in the file, a rename or a
    move keep it. ``scope`` (a file name) tells apart the same words in two files.
    """
    return _id(f"{identity_text(text)}\x00{occurrence}" + (f"\x00{identity_text(scope)}" if scope else ""))


def legacy_claim_id(source: str, text: str, occurrence: int) -> str:
    """The id schema 1 gave: from the file name and the words, so a rename changed it."""
    return _id(f"{source}\x00{' '.join(text.split())}\x00{occurrence}")


def numbered(claims: Iterable[Claim]) -> Iterator[tuple[Claim, int]]:
    """Each claim with its occurrence: how many claims of its file with the same words came before."""
    seen: dict[tuple[str, str], int] = {}
    for c in claims:
        key = (c.source, identity_text(c.text))
        n = seen.get(key, 0)
        seen[key] = n + 1
        yield c, n


def candidates(claims: Iterable[Claim]) -> Iterator[tuple[Claim, str, str]]:
    """(claim, plain id, id scoped by its file) for each claim."""
    for c, n in numbered(claims):
        yield c, claim_id(c.text, n), claim_id(c.text, n, c.source)


def distinct_ids(claims: list[Claim]) -> list[Claim]:
    """The claims of one batch with distinct ids: the same words in a later file of the batch get
    the scoped id (the store may still change ids against what it holds)."""
    owner: dict[str, str] = {}
    out = []
    for c, plain, scoped in candidates(claims):
        first = owner.setdefault(c.claim_id, c.source)
        # replace(), not a new Claim: the statement read in context goes with it
        out.append(c if first == c.source else dataclasses.replace(c, claim_id=scoped))
    return out
