"""Replace files that people edit only if they still hold what was read: compare and swap.

A reviewer saves ``queue.csv`` and a curator edits an article while a run works; a plain
``os.replace`` at the end would drop whatever they saved since the run read the file. Here the
file is first renamed aside (atomically: from then on a save creates a new file), the aside is
compared with what was read, and the new content is linked into place only if the name is
still free (``os.link`` never replaces). Any other outcome leaves the person's file in place
and raises ``Changed``. No window remains in which a save can be overwritten.

``replace_all`` does this for several files all or nothing: every temporary file is written
(and synced) first, so a full disk fails before any file changes; a file changed meanwhile, or
a failing rename, puts back the ones already swapped.

A process killed between the rename and the link leaves the old file aside; ``recover`` (called
under the run lock before the next swap) puts it back.
"""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import secrets
import tempfile
from collections.abc import Sequence
from pathlib import Path

ASIDE = ".aside"
TEMP = ".tmp"


class Changed(Exception):
    """The file is no longer what was read: someone saved it meanwhile. It was left as they saved it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} changed while it was being rewritten")


def digest(data: bytes | None) -> str | None:
    """sha256 of the content (None: no file)."""
    return None if data is None else hashlib.sha256(data).hexdigest()


def read(path: Path) -> bytes | None:
    """The file's bytes, or None when there is no file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_dir(folder: Path) -> None:
    """Make a rename durable (a crash right after it must not bring the old name back)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the rename itself is still atomic
    finally:
        os.close(fd)


def write_temp(path: Path, data: bytes) -> Path:
    """``data`` in a synced temporary file beside ``path``, with ``path``'s mode (or 0666 under the umask)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP)
    tmp = Path(name)
    try:
        try:
            mode = path.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)  # mkstemp makes it private (0600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise OSError(err.errno, err.strerror or str(err), str(path)) from None  # name the file, not "[Errno 28]" alone
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _aside(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}{ASIDE}")


def _link_unsupported(err: OSError) -> bool:
    return err.errno in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS)


def swap(path: Path, tmp: Path, expected: str | None) -> Path | None:
    """Move ``tmp`` to ``path`` if ``path`` still has the digest ``expected`` (None: no file).

    Returns the old file, renamed aside (the caller deletes it, or puts it back with
    ``undo``), or None when there was none. Raises ``Changed`` and leaves ``tmp`` alone when
    ``path`` changed; the person's file is then where they saved it.
    """
    if expected is None:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise Changed(path) from None
        except OSError as err:
            if not _link_unsupported(err):
                raise
            if path.exists():
                raise Changed(path) from None
            os.replace(tmp, path)
            _sync_dir(path.parent)
            return None
        tmp.unlink()
        _sync_dir(path.parent)
        return None
    aside = _aside(path)
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        raise Changed(path) from None  # deleted meanwhile: that is a change too
    if digest(aside.read_bytes()) != expected:
        _put_back(aside, path)
        raise Changed(path)
    try:
        os.link(tmp, path)
    except FileExistsError:  # a save in the instant since the rename: it stays
        aside.unlink()
        raise Changed(path) from None
    except OSError as err:
        if not _link_unsupported(err):
            _put_back(aside, path)
            raise
        os.replace(tmp, path)  # no hard links here (a FAT or network share): the best left is a replace
        _sync_dir(path.parent)
        return aside
    tmp.unlink()
    _sync_dir(path.parent)
    return aside


def _put_back(aside: Path, path: Path) -> None:
    """The person's file goes back under its name, unless they have saved a newer one there since."""
    try:
        os.link(aside, path)
    except FileExistsError:
        pass
    except OSError as err:
        if not _link_unsupported(err):
            raise
        if not path.exists():
            os.replace(aside, path)
            return
    aside.unlink(missing_ok=True)


def undo(path: Path, aside: Path | None) -> None:
    """Put back the file ``swap`` moved aside (or remove the new one when there was none)."""
    if aside is None:
        path.unlink(missing_ok=True)
    else:
        os.replace(aside, path)
    _sync_dir(path.parent)


def replace_all(changes: Sequence[tuple[Path, str | None, bytes]]) -> None:
    """For each (path, digest read, new content): all files replaced, or none.

    Raises ``Changed`` (naming the file) when one was edited since it was read, ``OSError``
    (e.g. ENOSPC, with the file name) when a write fails; either way no file has changed.
    """
    temps: list[Path] = []
    done: list[tuple[Path, Path | None]] = []
    try:
        for path, _, data in changes:  # the disk fills up here, if anywhere: nothing swapped yet
            temps.append(write_temp(path, data))
        try:
            for (path, expected, _), tmp in zip(changes, temps):
                done.append((path, swap(path, tmp, expected)))
        except BaseException:
            for path, aside in reversed(done):
                undo(path, aside)
            raise
        for _, aside in done:
            if aside is not None:
                aside.unlink(missing_ok=True)
    finally:
        for tmp in temps:
            tmp.unlink(missing_ok=True)


def replace(path: Path, expected: str | None, data: bytes) -> None:
    """``replace_all`` for one file."""
    replace_all([(path, expected, data)])


def recover(path: Path) -> bool:
    """After a killed swap: put ``path``'s aside copy back if ``path`` is missing; drop leftovers.

    Returns True when a file was put back.
    """
    name = glob.escape(path.name)
    asides = sorted(path.parent.glob(f".{name}.*{ASIDE}"), key=lambda p: p.stat().st_mtime)
    restored = False
    if asides and not path.exists():
        os.replace(asides.pop(), path)
        restored = True
    for leftover in [*asides, *path.parent.glob(f".{name}.*{TEMP}")]:
        leftover.unlink(missing_ok=True)
    return restored


def recover_folder(folder: Path) -> list[Path]:
    """``recover`` for every file of ``folder`` (recursively) that has an aside copy; the files put back."""
    names = {p.with_name(p.name[1:].rsplit(".", 2)[0]) for p in folder.rglob(f".*{ASIDE}")}
    return [p for p in sorted(names) if recover(p)]
