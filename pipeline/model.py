"""The domain: documents, claims, facts and the verdicts that join them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Verdict = Literal["supported", "contradicted", "unverified"]
VERDICTS: tuple[Verdict, ...] = ("supported", "contradicted", "unverified")


@dataclass(frozen=True)
class Document:
    """A raw file, decoded."""

    source: str
    """Path under the raw folder, with forward slashes."""
    text: str
    """Decoded text with universal newlines: the text all offsets index into."""
    meta: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    """Provenance from optional front matter: title, url, date, author."""
    body_start: int = 0
    """Offset of the first character after the front matter."""
    sha256: str = ""
    """Hash of the file's bytes, to tell changed files from unchanged ones."""


@dataclass(frozen=True)
class Claim:
    """A check-worthy statement found in a raw document."""

    claim_id: str
    """Stable: the same text in the same file keeps its id across runs."""
    source: str
    line: int
    """1-based line of ``start``."""
    start: int
    end: int
    """``document.text[start:end]`` is where the claim stands."""
    text: str
    context: str = ""
    """Heading path above the claim, outermost first, joined with " > "."""
    date_context: str = ""
    """A year (or year range) inherited from a timeline heading, e.g. "2023"."""
    statement: str = field(default="", compare=False, repr=False)
    """What the claim says, part by part (``pipeline.verify.statement``, as JSON), read from its
    parse in context: a pronoun subject already stands for the name before it."""


@dataclass(frozen=True)
class Fact:
    """One curated atomic fact."""

    fact_id: str
    statement: str
    source_title: str
    source_url: str
    confidence: str
    article_id: str
    """The ``id`` of the curated article holding the fact."""
    path: str = ""
    line: int = 0
    """Where the fact's entry starts in its article, for error messages."""


@dataclass(frozen=True)
class Match:
    """The verdict on one claim."""

    claim_id: str
    verdict: Verdict
    fact_id: str
    """The fact the verdict rests on; empty when unverified with no candidate."""
    score: float
    """Topic similarity to that fact, 0..1."""
    reason: str
    """One line a reviewer can read, e.g. ``year 2019 vs 2020 in owm-eleuther-founded``."""
