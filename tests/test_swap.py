"""pipeline.swap: replace a file only if it still holds what was read; all or nothing over several."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from pipeline import swap


def _file(tmp_path: Path, name: str, data: bytes) -> tuple[Path, str]:
    path = tmp_path / name
    path.write_bytes(data)
    return path, swap.digest(data)


def test_replace_when_unchanged(tmp_path: Path) -> None:
    path, seen = _file(tmp_path, "q.csv", b"old")
    path.chmod(0o640)
    swap.replace(path, seen, b"new")
    assert path.read_bytes() == b"new" and path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q.csv"]  # no aside, no temporary


def test_a_save_since_the_read_is_left_in_place(tmp_path: Path) -> None:
    path, seen = _file(tmp_path, "q.csv", b"old")
    path.write_bytes(b"the reviewer's save")
    with pytest.raises(swap.Changed):
        swap.replace(path, seen, b"new")
    assert path.read_bytes() == b"the reviewer's save"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q.csv"]


def test_a_file_that_appeared_or_vanished_is_a_change(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_bytes(b"created meanwhile")
    with pytest.raises(swap.Changed):
        swap.replace(path, None, b"new")  # read as absent
    assert path.read_bytes() == b"created meanwhile"
    gone, seen = _file(tmp_path, "g.csv", b"old")
    gone.unlink()
    with pytest.raises(swap.Changed):
        swap.replace(gone, seen, b"new")
    swap.replace(gone, None, b"new")  # absent as read: created
    assert gone.read_bytes() == b"new"


def test_a_save_in_the_instant_after_the_rename_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, seen = _file(tmp_path, "q.csv", b"old")
    real_rename = os.rename

    def reviewer_saves_right_after(src, dst):
        real_rename(src, dst)
        Path(src).write_bytes(b"saved in between")  # the name is free: their save creates it

    monkeypatch.setattr(os, "rename", reviewer_saves_right_after)
    with pytest.raises(swap.Changed):
        swap.replace(path, seen, b"new")
    assert path.read_bytes() == b"saved in between"


def test_replace_all_puts_back_what_it_swapped_when_a_later_file_changed(tmp_path: Path) -> None:
    a, seen_a = _file(tmp_path, "a.md", b"a old")
    b, seen_b = _file(tmp_path, "b.md", b"b old")
    b.write_bytes(b"b edited by a curator")
    with pytest.raises(swap.Changed) as exc:
        swap.replace_all([(a, seen_a, b"a new"), (b, seen_b, b"b new")])
    assert exc.value.path == b
    assert (a.read_bytes(), b.read_bytes()) == (b"a old", b"b edited by a curator")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.md"]


def test_replace_all_on_a_full_disk_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, seen_a = _file(tmp_path, "a.md", b"a old")
    b, seen_b = _file(tmp_path, "b.md", b"b old")
    real, calls = os.fsync, iter(range(10))

    def enospc_on_the_second(fd: int) -> None:
        if next(calls) == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", enospc_on_the_second)
    with pytest.raises(OSError) as exc:
        swap.replace_all([(a, seen_a, b"a new"), (b, seen_b, b"b new")])
    assert (exc.value.errno, exc.value.filename) == (errno.ENOSPC, str(b))
    assert (a.read_bytes(), b.read_bytes()) == (b"a old", b"b old")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.md"]


def test_without_hard_links_it_falls_back_to_a_checked_replace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*_):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    path, seen = _file(tmp_path, "q.csv", b"old")
    swap.replace(path, seen, b"new")
    assert path.read_bytes() == b"new"
    path.write_bytes(b"saved")
    with pytest.raises(swap.Changed):
        swap.replace(path, seen, b"newer")
    assert path.read_bytes() == b"saved"


def test_recover_puts_back_a_file_left_aside_by_a_killed_swap(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "a.md"
    aside = tmp_path / "sub" / ".a.md.0123abcd.aside"  # renamed aside, then the process was killed
    aside.write_bytes(b"the article")
    (tmp_path / "sub" / ".a.md.xyz.tmp").write_bytes(b"half of the new one")
    assert swap.recover_folder(tmp_path) == [path]
    assert path.read_bytes() == b"the article"
    assert sorted(p.name for p in path.parent.iterdir()) == ["a.md"]


def test_recover_drops_an_aside_once_the_file_is_back(tmp_path: Path) -> None:
    path, _ = _file(tmp_path, "q.csv", b"new")
    (tmp_path / ".q.csv.0123abcd.aside").write_bytes(b"old")
    assert not swap.recover(path)
    assert path.read_bytes() == b"new" and sorted(p.name for p in tmp_path.iterdir()) == ["q.csv"]
