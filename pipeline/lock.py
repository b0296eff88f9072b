"""One run at a time per state folder: an advisory lock that the OS drops when a process dies."""

from __future__ import annotations

import errno
import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import RunInProgressError, StateError


@contextmanager
def run_lock(state: Path, what: str, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold ``STATE/lock`` for the duration; wait up to ``wait_seconds`` for another run to end.

    A state folder that cannot be created or written is a ``StateError`` naming it.
    """
    path = state / "lock"
    try:
        state.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise StateError(f"the state folder cannot be written: {err.strerror} (use a writable --state)",
                         str(err.filename or state)) from None
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another run"
                    raise RunInProgressError(f"{holder} is in progress; try again when it ends", str(state)) from None
                time.sleep(0.2)
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{what} (pid {os.getpid()})".encode(), 0)
        except OSError as err:  # a full disk: the holder's name cannot be written, the lock still holds
            if err.errno != errno.ENOSPC:
                raise StateError(f"the state folder cannot be written: {err.strerror}", str(path)) from None
        yield
    finally:
        os.close(fd)
