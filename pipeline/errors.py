"""Narrow, named exceptions. Each carries the file (and line, where known) it is about."""

from __future__ import annotations


class FactledgerError(Exception):
    """Base class: the CLI prints these as one line and exits non-zero."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class DocumentError(FactledgerError):
    """A raw file that cannot be read as text (bad encoding, binary content)."""


class FrontMatterError(FactledgerError):
    """YAML front matter that does not parse or has the wrong shape."""


class ReviewQueueError(FactledgerError):
    """A review CSV that cannot be read back."""


class PromoteError(FactledgerError):
    """Decisions that cannot be applied; nothing was written."""

    def __init__(self, problems: list[str], path: str | None = None) -> None:
        self.problems = problems
        super().__init__("; ".join(problems), path)


class RunInProgressError(FactledgerError):
    """Another ingest or promote holds the state folder."""


class StateError(FactledgerError):
    """The state folder cannot be written or read: full, read-only, damaged. Names the file."""


class UnknownClaimError(FactledgerError):
    """A claim id (given to ``factledger explain``) that the state database does not hold."""
