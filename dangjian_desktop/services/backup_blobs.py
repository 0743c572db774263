"""The content-addressed store of attachment bytes for the backups kept in the data folder.

Photos and scans would be copied again into every daily backup. Instead the automatic and manual backups in
``backups/`` list each attachment by hash, and the bytes live once in ``backups/files/<first two hex>/<sha256>``; a
file that did not change is never copied twice. Rotation deletes the blobs that no remaining backup lists.
"""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dangjian_desktop import fileio
from dangjian_desktop.paths import DataPaths
from dangjian_desktop.services.backup_archive import sha256_file

log = logging.getLogger(__name__)


class BlobStore:
    def __init__(self, paths: DataPaths):
        self.paths = paths

    @property
    def folder(self) -> Path:
        return self.paths.backups / "files"

    def path(self, sha: str) -> Path:
        return self.folder / sha[:2] / sha

    def has(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def new_bytes(self, attachments: dict[str, tuple[str, int]]) -> int:
        """How many bytes :meth:`store` would copy (for the free-space check)."""
        seen: set[str] = set()
        total = 0
        for sha, size in attachments.values():
            if sha not in seen and not self.has(sha):
                seen.add(sha)
                total += size
        return total

    def store(self, attachments: dict[str, tuple[str, int]]) -> None:
        """Copy each attachment not stored yet (temp name, fsync, rename)."""
        for rel, (sha, _size) in attachments.items():
            blob = self.path(sha)
            if blob.is_file():
                continue
            blob.parent.mkdir(parents=True, exist_ok=True)
            src = self.paths.attachments / rel
            fileio.write_atomic(blob, lambda tmp, src=src: shutil.copyfile(src, tmp))

    def collect_garbage(self, referenced: Iterable[str]) -> int:
        """Delete the blobs no backup lists; returns how many."""
        if not self.folder.is_dir():
            return 0
        keep = set(referenced)
        removed = 0
        for blob in self.folder.glob("??/*"):
            if blob.is_file() and len(blob.name) == 64 and blob.name not in keep:
                blob.unlink(missing_ok=True)
                removed += 1
        return removed

    def scan_attachments(self) -> dict[str, tuple[str, int]]:
        """{relative path: (sha256, size)} of every file under attachments/, hashes cached by size + mtime."""
        root = self.paths.attachments
        if not root.is_dir():
            return {}
        cache_file = self.folder / "hash-cache.json"
        try:
            cache = json.loads(cache_file.read_text(encoding="utf-8"))
            if not isinstance(cache, dict):
                cache = {}
        except (OSError, ValueError, RecursionError):
            cache = {}
        out: dict[str, tuple[str, int]] = {}
        new_cache: dict[str, list[Any]] = {}
        for p in sorted(root.rglob("*")):
            if not p.is_file() or p.is_symlink() or p.name.endswith((".part", ".tmp")):
                continue
            rel = p.relative_to(root).as_posix()
            st = p.stat()
            hit = cache.get(rel)
            if (isinstance(hit, list) and len(hit) == 3 and hit[0] == st.st_size and hit[1] == st.st_mtime_ns
                    and isinstance(hit[2], str)):
                sha = hit[2]
            else:
                sha = sha256_file(p)
            out[rel] = (sha, st.st_size)
            new_cache[rel] = [st.st_size, st.st_mtime_ns, sha]
        if new_cache != cache:
            with contextlib.suppress(OSError):  # only a cache: a full disk or read-only folder must not fail here
                cache_file.parent.mkdir(parents=True, exist_ok=True)
                fileio.write_atomic(cache_file, lambda tmp: tmp.write_text(json.dumps(new_cache), encoding="utf-8"))
        return out
