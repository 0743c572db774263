"""Restore as one recoverable transaction (the swaps and the intent record are in storage/backups.py).

1. Open the backup: an encrypted one is decrypted into this process's scratch folder (0600), removed afterwards.
2. Prepare in ``tmp/restore/``: the database (every check of backup_archive.extract_database) and the complete
   attachments folder (every file's SHA-256 checked), after a free-space check for both.
3. In the live store: a safety backup of the current state ("before-restore").
4. The intent record, then the swaps; a kill from here on is completed by the next open.
Nothing live changes before 4; any failure before it leaves the data exactly as it was.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dangjian_desktop.paths import DataPaths, ensure_free_space, scratch_dir, scratch_file
from dangjian_desktop.services import backup_crypto
from dangjian_desktop.services.backup_archive import (
    ATTACHMENTS_PREFIX,
    DAMAGED_ZIP,
    BackupError,
    BackupInfo,
    extract_database,
    read_zip,
    safe_relative,
    sha256_file,
)
from dangjian_desktop.services.backup_blobs import BlobStore
from dangjian_desktop.storage import backups as files

log = logging.getLogger(__name__)


@dataclass
class RestoreResult:
    restored: BackupInfo
    safety_backup: Path | None  # the state before the restore
    damaged_copy: Path | None = None  # where a damaged database was moved
    attachments_restored: int = 0
    missing_attachments: list[str] = field(default_factory=list)


@contextlib.contextmanager
def opened(paths: DataPaths, path: Path, password: str | None) -> Iterator[Path]:
    """The backup as a plain file: the file itself, or an encrypted one decrypted into the scratch folder."""
    if not backup_crypto.is_encrypted_backup(path):
        yield path
        return
    ensure_free_space(scratch_dir(paths), path.stat().st_size)
    plain = scratch_file(paths, "backup.zip")
    try:
        with open(plain, "wb") as out:
            backup_crypto.decrypt(path, password, out)
        yield plain
    finally:
        plain.unlink(missing_ok=True)


def missing_attachments(blobs: BlobStore, plain: Path) -> list[str]:
    """Attachments a backup lists that are neither inside it nor in the content store."""
    if not zipfile.is_zipfile(plain):
        return []
    manifest, entries = read_zip(plain)
    return [rel for rel, (sha, _size) in manifest.attachments.items()
            if ATTACHMENTS_PREFIX + rel not in entries and not blobs.has(sha)]


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)  # same disk: no bytes copied (the live folder is moved away, not changed)
    except OSError:
        shutil.copy2(src, dst)


def stage_attachments(blobs: BlobStore, plain: Path, staging: Path, keep_from: Path | None = None) -> int:
    """Build the backup's attachments folder at ``staging``; every file's hash is checked. Files of ``keep_from``
    that the backup lacks are kept too (after damage: the current attachments are newer than any backup)."""
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    n = 0
    if zipfile.is_zipfile(plain):
        manifest, entries = read_zip(plain)
        n = len(manifest.attachments)
        ensure_free_space(staging, sum(size for _sha, size in manifest.attachments.values()))
        with zipfile.ZipFile(plain) as zf:
            for rel, (sha, _size) in manifest.attachments.items():
                target = staging / rel  # safe_relative checked by read_zip
                target.parent.mkdir(parents=True, exist_ok=True)
                name = ATTACHMENTS_PREFIX + rel
                try:
                    if name in entries:
                        with zf.open(entries[name]) as src, open(target, "wb") as dst:
                            shutil.copyfileobj(src, dst, 1 << 20)
                    else:
                        shutil.copyfile(blobs.path(sha), target)
                except DAMAGED_ZIP as exc:
                    raise BackupError(f"备份中的附件 {rel} 已损坏，没有恢复任何数据。") from exc
                except FileNotFoundError as exc:
                    raise BackupError(f"这个备份缺少附件文件（例如 {rel}）。") from exc
                if sha256_file(target) != sha:
                    raise BackupError(f"备份中的附件 {rel} 已损坏，没有恢复任何数据。")
    if keep_from is not None and keep_from.is_dir():
        for src in keep_from.rglob("*"):
            rel = src.relative_to(keep_from).as_posix()
            target = staging / rel
            if src.is_file() and not src.is_symlink() and safe_relative(rel) and not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                _link_or_copy(src, target)
    return n


def prepare(paths: DataPaths, blobs: BlobStore, plain: Path, keep_from: Path | None = None) -> int:
    """Everything the swaps need, in ``tmp/restore/`` and checked; nothing live is touched. Returns the number of
    attachments the backup lists. On any failure ``tmp/restore`` is removed."""
    work = paths.restore_work
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True, mode=0o700)
    try:
        extract_database(plain, files.prepared_database(paths))
        return stage_attachments(blobs, plain, files.prepared_attachments(paths), keep_from)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise


def discard_prepared(paths: DataPaths) -> None:
    shutil.rmtree(paths.restore_work, ignore_errors=True)
