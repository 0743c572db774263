"""Writing a file whole or not at all, and a file's SHA-256 (standard library only, so every layer may use it).

``write_atomic`` is the one place that knows the order: fill a temporary file beside the target, fsync it, rename it
over the target, sync the folder; on any failure the temporary file is removed and the old target is untouched.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import sys
from collections.abc import Callable
from pathlib import Path


def sha256_file(path: Path) -> str:
    """The SHA-256 (hex) of the file at ``path``, read a megabyte at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_file(path: Path) -> None:
    """Flush ``path`` (written and closed before) to disk; Windows flushes only a handle open for writing."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles to sync)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(str(folder), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(path: Path, write: Callable[[Path], object], *, private: bool = False, sync: bool = True) -> Path:
    """``write(tmp)`` fills a temporary file beside ``path``, which is then fsynced and renamed over ``path``.

    The temporary file is ``<name>.part``; it is removed on any failure (also one ``write`` raises on purpose,
    e.g. a hash that does not match), so the old ``path`` stays as it was. ``private=True``: the temporary file is
    created first, readable by this user only (0600), under a fresh hidden name ``.<name>.<hex>.part`` — a key is
    never readable by others, not even half-written. ``sync=False`` leaves both fsyncs to the caller (many files
    are synced faster together, see ``services.attachments.sync_files``)."""
    if private:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    else:
        tmp = path.with_name(path.name + ".part")
    try:
        write(tmp)
        if sync:
            fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if sync:
        fsync_dir(path.parent)
    return path


def write_bytes_atomic(path: Path, data: bytes, *, private: bool = False) -> Path:
    """``data`` as the whole new content of ``path`` (see ``write_atomic``)."""
    return write_atomic(path, lambda tmp: tmp.write_bytes(data), private=private)
