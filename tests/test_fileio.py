"""fileio.write_atomic: the guarantees each caller (keys, attachments, drafts, spreadsheets, backups, package
extraction) relies on, each checked on its own."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dangjian_desktop import fileio


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_new_content_replaces_the_old_whole(tmp_path):
    target = tmp_path / "a.json"
    target.write_bytes(b"old")
    fileio.write_bytes_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert _leftovers(tmp_path) == []


def test_a_failing_writer_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"old")

    def half_then_fail(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        fileio.write_atomic(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_refusal_by_the_writer_itself_also_leaves_nothing(tmp_path):
    """Package extraction checks a hash after writing and raises: the half file must go too."""
    target = tmp_path / "photo.jpg"

    def wrong_hash(tmp: Path) -> None:
        tmp.write_bytes(b"x" * 10)
        raise ValueError("damaged")

    with pytest.raises(ValueError):
        fileio.write_atomic(target, wrong_hash)
    assert not target.exists()
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_private_is_0600_already_while_being_written(tmp_path):
    target = tmp_path / "branch.key"
    modes = []

    def write(tmp: Path) -> None:
        modes.append(stat.S_IMODE(os.stat(tmp).st_mode))
        assert tmp.name.startswith(".") and tmp.name.endswith(".part")  # hidden, fresh name
        tmp.write_bytes(b"-----BEGIN PRIVATE KEY-----")

    old = os.umask(0o022)
    try:
        fileio.write_atomic(target, write, private=True)
    finally:
        os.umask(old)
    assert modes == [0o600]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_not_private_follows_the_umask(tmp_path):
    target = tmp_path / "draft.json"
    old = os.umask(0o022)
    try:
        fileio.write_bytes_atomic(target, b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_sync_flushes_the_file_and_sync_false_leaves_it_to_the_caller(tmp_path, monkeypatch):
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd)))
    fileio.write_bytes_atomic(tmp_path / "a", b"1")
    assert len(synced) >= 1  # the file (and on POSIX its folder)
    synced.clear()
    fileio.write_atomic(tmp_path / "b", lambda tmp: tmp.write_bytes(b"2"), sync=False)
    assert synced == []
    assert (tmp_path / "b").read_bytes() == b"2"
