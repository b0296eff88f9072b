"""Progress of a long ingest on stderr: a live bar on a terminal, a line per step otherwise."""

from __future__ import annotations

import sys
import time
from types import TracebackType

from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
from rich.progress import Progress as RichProgress


class Progress:
    """Counts files parsed; silent when ``show`` is false or there is nothing to do."""

    def __init__(self, total: int, show: bool) -> None:
        self.total, self.done, self.wanted = total, 0, show
        self.show = show and total > 0
        self.bar: RichProgress | None = None
        self.started = time.monotonic()

    def __enter__(self) -> "Progress":
        if self.show and self.bar is None and sys.stderr.isatty():
            self.bar = RichProgress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                                    TimeRemainingColumn(), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("parse", total=self.total)
        return self

    def __call__(self, done: int, total: int) -> None:
        """The library's progress callback (``pipeline.ingest.ingest``): ``done`` of ``total`` files;
        the total is known only once the run has planned, so the bar starts at the first call."""
        if self.total == 0 and total:
            self.total = total
            self.show = self.wanted and total > 0
            self.__enter__()
        self.advance(done - self.done)

    def advance(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(self.task, completed=self.done)
        elif self.show:
            rate = self.done / max(time.monotonic() - self.started, 1e-6)
            print(f"factledger: parsed {self.done}/{self.total} changed files ({rate:.1f} files/s)",
                  file=sys.stderr, flush=True)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.stop()
