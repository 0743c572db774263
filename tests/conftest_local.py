"""Helpers for the local-safety tests: a real read-only folder or a real full disk (a small tmpfs, as root), and
injected faults where that is not possible."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _run(*cmd: str) -> bool:
    return subprocess.run(list(cmd), capture_output=True).returncode == 0


@contextlib.contextmanager
def tmpfs(size: str) -> Iterator[Path]:
    """A small tmpfs mounted for the test (root only): a disk that really fills up, or really turns read-only."""
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    point = Path("/tmp") / f"dj-tmpfs-{uuid.uuid4().hex[:8]}"
    point.mkdir()
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)):
        point.rmdir()
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield point
    finally:
        _run("umount", "-l", str(point))
        with contextlib.suppress(OSError):
            point.rmdir()


def remount_read_only(point: Path) -> None:
    assert _run("mount", "-o", "remount,ro", str(point)), "remount read-only failed"


def remount_read_write(point: Path) -> None:
    assert _run("mount", "-o", "remount,rw", str(point)), "remount read-write failed"


def fill_disk(point: Path) -> Path:
    """Fill the file system of ``point`` to the last block; returns the filler (delete it to free the space)."""
    filler = point / "filler.bin"
    block = b"\0" * 65536
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(block)
        except OSError:
            pass
        with contextlib.suppress(OSError):
            while True:
                fh.write(b"\0" * 512)
    return filler
