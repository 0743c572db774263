"""备份与恢复: automatic and manual backups, rotation, listing, verification and restore.

What a backup is
    One ``.zip`` file holding ``manifest.json`` (when, what kind, app and schema version, rows per table, the list of
    attachments with their SHA-256), ``dangjian.sqlite3`` (a consistent snapshot taken with the SQLite online backup
    API while the app keeps running), and — for a backup that leaves the PC (备份到U盘, ``dangjian backup --out``) —
    the attachment files themselves under ``attachments/``, so that one file on a USB stick is a complete copy.
    Every backup also holds the branch's package signing key and package counter (``keys/``, a few hundred bytes,
    see ``exchange/identity.py`` and ``backup_keys.py``); a restore puts the key back and never lowers the counter.

Attachments of the backups kept in the data folder
    Photos and scans would be copied again into every daily backup. Instead the automatic and manual backups in
    ``backups/`` list each attachment by hash and the bytes live once in a content-addressed store,
    ``backups/files/<first two hex digits>/<sha256>``; a file that did not change is never copied twice. Rotation
    deletes blobs that no remaining backup lists. A restore takes each attachment from the zip when it is inside,
    otherwise from the store, and checks its hash.

When automatic backups happen
    At start (in the background) and at exit, :meth:`BackupService.auto_backup` takes a snapshot and keeps it only if
    it differs from the newest backup (same database bytes and attachments: nothing to do), so an unchanged store
    writes nothing and a day's work is saved at exit. Rotation then keeps the newest backup of each of the last
    7 days, 4 weeks and 12 months (like ``restic forget --keep-daily 7 --keep-weekly 4 --keep-monthly 12``), so at
    most one backup per day survives. Safety copies taken before a restore are kept 30 days (and the newest 3).

Crash safety
    Every file is written under a ``.part`` name, fsynced and renamed; a kill in the middle leaves a ``.part`` that
    the next backup removes. Restore first backs up the current state, then swaps the database file in with the
    store's connection closed (see ``storage.backups.swap_in``) and the attachments folder by renames.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import threading
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dangjian_desktop import __version__, clock
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.paths import DataPaths
from dangjian_desktop.services.backup_keys import KEYS_PREFIX, key_files, restore_keys
from dangjian_desktop.storage import SCHEMA_VERSION, Store
from dangjian_desktop.storage import backups as files

log = logging.getLogger(__name__)

FORMAT = "dangjian-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_ENTRY = "dangjian.sqlite3"
ATTACHMENTS_PREFIX = "attachments/"
STAGING_NAME = "attachments.restore"  # a restore builds the attachments folder here, then swaps it in
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_SAFETY_DAYS, KEEP_SAFETY_MIN = 30, 3
USB_NAME = "党支部工作台账备份-{stamp}.zip"
# What reading a damaged ZIP raises: a bad CRC or structure (BadZipFile, EOFError), or compressed data that does not
# inflate (zlib.error, which zipfile lets through)
DAMAGED_ZIP = (zipfile.BadZipFile, EOFError, zlib.error)

KIND_LABELS = {
    "auto": "自动备份",
    "manual": "手动备份",
    "usb": "备份到U盘",
    "before-restore": "恢复前的数据",
    "migration": "升级前的数据",
    "file": "数据文件",
}
# Row counts shown to the user: the tables the record kinds mark ``counted``, in declaration order, under their
# labels; other tables are summed up under 其他记录.


def counted_labels() -> dict[str, str]:
    from dangjian_desktop import features

    return {t.table: t.label for t in features.tables() if t.counted}


_NOT_COUNTED = {"branch", "audit_entry", "setting"}
_COMPRESSED = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".zip", ".pdf", ".docx", ".xlsx", ".mp4", ".heic"}


class BackupError(DomainError):
    """A backup cannot be written, read or restored. The message says why in plain Chinese."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime  # local time
    kind: str
    counts: dict[str, int]
    size: int
    schema_version: int = 0
    app_version: str = ""
    attachments: int = 0
    self_contained: bool = False
    problem: str = ""  # non-empty: this file cannot be used (damaged, not a backup, too new)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def date_text(self) -> str:
        return self.created_at.strftime("%Y-%m-%d %H:%M")

    @property
    def size_text(self) -> str:
        return f"{self.size / 1e6:.1f} MB" if self.size >= 1e6 else f"{max(1, round(self.size / 1e3))} KB"

    def summary(self) -> str:
        """e.g. "党员 23，党小组 3，会议 41，附件 12 个文件"."""
        labels = counted_labels()
        parts = [f"{label} {self.counts[t]}" for t, label in labels.items() if self.counts.get(t)]
        others = sum(v for t, v in self.counts.items() if t not in labels and t not in _NOT_COUNTED)
        if others:
            parts.append(f"其他记录 {others}")
        if self.attachments:
            parts.append(f"附件 {self.attachments} 个文件")
        return "，".join(parts) or "没有记录"

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "created_at": self.created_at.isoformat(timespec="seconds"),
                "kind": self.kind, "kind_label": self.kind_label, "size": self.size, "counts": self.counts,
                "schema_version": self.schema_version, "app_version": self.app_version,
                "attachments": self.attachments, "self_contained": self.self_contained, "problem": self.problem}


@dataclass
class RestoreResult:
    restored: BackupInfo
    safety_backup: Path | None  # the state before the restore
    damaged_copy: Path | None = None  # where a damaged database was moved
    attachments_restored: int = 0
    missing_attachments: list[str] = field(default_factory=list)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write_atomic(path: Path, write) -> Path:  # noqa: ANN001 - write(tmp_path)
    tmp = path.with_name(path.name + ".part")
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    files.fsync_dir(path.parent)
    return path


def _os_error_text(exc: OSError, target: Path) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return f"{target} 所在的磁盘或U盘空间不足，备份没有完成。"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES):
        return f"无法写入 {target}：没有权限或U盘写保护。请换一个位置。"
    return f"无法写入 {target}：{exc.strerror or exc}。请检查U盘是否插好。"


class BackupFolder:
    """The backups of one data folder; works without an open store (used when the database is damaged)."""

    def __init__(self, paths: DataPaths):
        self.paths = paths

    @property
    def folder(self) -> Path:
        return self.paths.backups

    @property
    def blobs(self) -> Path:
        return self.paths.backups / "files"

    # -- reading backups --------------------------------------------------------------------------------------
    def list(self) -> list[BackupInfo]:
        """Every backup in ``backups/``, newest first (damaged ones too, with ``problem`` set)."""
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.iterdir()
                 if p.is_file() and p.suffix in (".zip", ".sqlite3") and not p.name.startswith(".")]
        infos = [self.inspect(p) for p in found]
        return sorted(infos, key=lambda i: i.created_at, reverse=True)

    def inspect(self, path: Path | str) -> BackupInfo:
        """Date, kind and counts of a backup, read from the file itself without changing it."""
        path = Path(path)
        if not path.is_file():
            raise BackupError(f"找不到备份文件：{path}")
        size = path.stat().st_size
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime)
        if zipfile.is_zipfile(path):
            try:
                manifest = self._manifest(path)
            except BackupError as exc:
                return BackupInfo(path, mtime, "file", {}, size, problem=str(exc))
            try:
                created = dt.datetime.fromisoformat(str(manifest.get("created_at")))
            except ValueError:
                created = mtime
            version = int(manifest.get("schema_version") or 0)
            too_new = f"由更新版本的程序创建（数据版本 {version}），请先安装最新版本" if version > SCHEMA_VERSION else ""
            return BackupInfo(path, created, str(manifest.get("kind", "manual")),
                              {str(k): int(v) for k, v in dict(manifest.get("counts") or {}).items()}, size,
                              version, str(manifest.get("app_version", "")),
                              len(manifest.get("attachments") or {}), bool(manifest.get("attachments_inline")),
                              problem=too_new)
        # a bare database file (e.g. before-migration-v1-....sqlite3 written by the migrations)
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return BackupInfo(path, mtime, "file", {}, size, problem="这个文件不是本程序的备份")
        problem = files.check_file(path)
        counts: dict[str, int] = {}
        version = 0
        if not problem:
            counts = files.read_counts(path)
            version = files.read_versions(path)[1]
        kind = "migration" if path.name.startswith("before-migration") else "file"
        return BackupInfo(path, mtime, kind, counts, size, version, problem=problem)

    def _manifest(self, path: Path) -> dict[str, Any]:
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
                if MANIFEST not in names or DB_ENTRY not in names:
                    raise BackupError("这个文件不是本程序的备份。")
                manifest = json.loads(zf.read(MANIFEST).decode("utf-8"))
        except (*DAMAGED_ZIP, OSError, ValueError, UnicodeDecodeError) as exc:
            raise BackupError(f"备份文件已损坏，无法读取（{exc.__class__.__name__}）。") from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BackupError("这个文件不是本程序的备份。")
        if int(manifest.get("format_version") or 0) > FORMAT_VERSION:
            raise BackupError("这个备份由更新版本的程序创建，请先安装最新版本。")
        if not isinstance(manifest.get("attachments") or {}, dict):
            raise BackupError("备份文件的目录已损坏。")
        return manifest

    def extract_database(self, backup: Path, target: Path) -> Path:
        """Write the backup's database to ``target`` (fsynced) and check it; raise BackupError if it is unusable."""
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            if zipfile.is_zipfile(backup):
                self._manifest(backup)

                def write(tmp: Path) -> None:
                    with zipfile.ZipFile(backup) as zf, zf.open(DB_ENTRY) as src, open(tmp, "wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)  # the CRC is checked at the end of the entry

                _write_atomic(target, write)
            else:
                _write_atomic(target, lambda tmp: shutil.copyfile(backup, tmp))
        except DAMAGED_ZIP as exc:
            target.unlink(missing_ok=True)
            raise BackupError(f"备份文件已损坏，无法读取（{exc.__class__.__name__}）。") from exc
        except OSError as exc:
            target.unlink(missing_ok=True)
            raise BackupError(f"无法读取备份文件 {backup}：{exc.strerror or exc}") from exc
        problem = files.check_file(target)
        if problem:
            target.unlink(missing_ok=True)
            raise BackupError(f"这个备份不能使用：{problem}。")
        return target

    def verify(self, backup: Path | str) -> BackupInfo:
        """Check a backup completely (database quick_check, attachments present with the right hash)."""
        info = self.inspect(backup)
        if info.problem:
            raise BackupError(f"这个备份不能使用：{info.problem}")
        tmp = self.folder / f".verify-{os.getpid()}-{threading.get_ident()}.sqlite3"
        try:
            self.extract_database(info.path, tmp)
        finally:
            tmp.unlink(missing_ok=True)
        missing = self.missing_attachments(info.path)
        if missing:
            raise BackupError(f"这个备份缺少 {len(missing)} 个附件文件（例如 {missing[0]}）。")
        return info

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes :meth:`verify` (what to offer when the database is damaged)."""
        for info in self.list():
            if info.problem:
                continue
            try:
                return self.verify(info.path)
            except BackupError as exc:
                log.warning("backup %s not usable: %s", info.path, exc)
        return None

    # -- attachments ------------------------------------------------------------------------------------------
    def _attachment_list(self, backup: Path) -> dict[str, dict[str, Any]]:
        if not zipfile.is_zipfile(backup):
            return {}
        return dict(self._manifest(backup).get("attachments") or {})

    def blob_path(self, sha: str) -> Path:
        return self.blobs / sha[:2] / sha

    def missing_attachments(self, backup: Path) -> list[str]:
        listed = self._attachment_list(backup)
        if not listed:
            return []
        with zipfile.ZipFile(backup) as zf:
            inside = set(zf.namelist())
        return [rel for rel, meta in listed.items()
                if ATTACHMENTS_PREFIX + rel not in inside and not self.blob_path(str(meta.get("sha256", ""))).is_file()]

    def stage_attachments(self, backup: Path, staging: Path, keep_from: Path | None = None) -> int:
        """Build the backup's attachments folder at ``staging``. Files of ``keep_from`` that the backup lacks are
        kept too (used after damage: the current attachments are newer than any backup)."""
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir(parents=True)
        listed = self._attachment_list(backup)
        if listed:
            with zipfile.ZipFile(backup) as zf:
                inside = set(zf.namelist())
                for rel, meta in listed.items():
                    target = _safe_join(staging, rel)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    if ATTACHMENTS_PREFIX + rel in inside:
                        try:
                            with zf.open(ATTACHMENTS_PREFIX + rel) as src, open(target, "wb") as dst:
                                shutil.copyfileobj(src, dst, 1 << 20)
                        except DAMAGED_ZIP as exc:
                            raise BackupError(f"备份中的附件 {rel} 已损坏，没有恢复任何数据。") from exc
                    else:
                        shutil.copyfile(self.blob_path(str(meta["sha256"])), target)
                    if _sha256(target) != meta.get("sha256"):
                        raise BackupError(f"备份中的附件 {rel} 已损坏，没有恢复任何数据。")
        if keep_from is not None and keep_from.is_dir():
            for src in keep_from.rglob("*"):
                rel = src.relative_to(keep_from)
                target = staging / rel
                if src.is_file() and not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(src, target)
        return len(listed)

    def swap_attachments(self, staging: Path) -> None:
        live = self.paths.attachments
        old = live.with_name("attachments.old")
        if old.exists():
            shutil.rmtree(old)
        if live.exists():
            os.replace(live, old)
        os.replace(staging, live)
        files.fsync_dir(live.parent)
        shutil.rmtree(old, ignore_errors=True)

    def recover_interrupted_swap(self) -> str | None:
        """Finish or undo a restore's attachment swap that a kill or power cut interrupted. Called when the store
        is opened for writing (this instance holds the lock, so no restore is running). Returns what was done.

        :meth:`swap_attachments` runs after the database swap, with the staging folder complete: it moves the live
        folder to ``attachments.old``, then the staging folder in. Killed in between (no live folder, the old one
        and the staging one present), the swap is finished: the database is already the restored one. With no
        staging folder left, the old folder goes back. Killed before the last clean-up, the old folder is removed.
        """
        live = self.paths.attachments
        old = live.with_name("attachments.old")
        staging = self.paths.root / STAGING_NAME
        if not old.is_dir():
            return None
        live_empty = not live.exists() or (live.is_dir() and not any(live.iterdir()))
        if not live_empty:
            shutil.rmtree(old, ignore_errors=True)
            log.warning("removed %s left by an interrupted restore", old)
            return "cleaned"
        if live.exists():
            live.rmdir()
        if staging.is_dir():
            os.replace(staging, live)
            files.fsync_dir(live.parent)
            shutil.rmtree(old, ignore_errors=True)
            log.warning("finished the attachment swap of an interrupted restore")
            return "finished"
        os.replace(old, live)
        files.fsync_dir(live.parent)
        log.warning("put back %s after an interrupted restore", old)
        return "undone"

    # -- restore without an open store (the database is damaged) ---------------------------------------------
    def restore_after_damage(self, backup: Path | str) -> RestoreResult:
        """Move the damaged database aside untouched, install the backup's database, add back the backup's
        attachments that are missing (current attachments are kept: they are newer)."""
        info = self.verify(backup)
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        prepared = self.extract_database(info.path, self.paths.root / "dangjian.sqlite3.restore")
        staging = self.paths.root / STAGING_NAME
        n = self.stage_attachments(info.path, staging, keep_from=self.paths.attachments)
        aside = self.folder / f"damaged-{stamp}"
        moved = files.replace_damaged(self.paths, prepared, aside)
        self.swap_attachments(staging)
        restore_keys(info.path, self.paths)
        log.warning("restored %s after damage; damaged database kept at %s", info.path, moved)
        return RestoreResult(info, None, damaged_copy=moved, attachments_restored=n)


def _safe_join(root: Path, rel: str) -> Path:
    target = (root / rel).resolve()
    if root.resolve() not in target.parents:
        raise BackupError("备份文件中有不安全的路径，已拒绝。")
    return target


class BackupService:
    """Backups of the open store. One backup or restore at a time (a lock), from any thread."""

    def __init__(self, store: Store):
        self.store = store
        self.paths = store.paths
        self.folder = BackupFolder(store.paths)
        self._lock = threading.RLock()

    # -- listing (delegated) -----------------------------------------------------------------------------------
    def list(self) -> list[BackupInfo]:
        return self.folder.list()

    def inspect(self, path: Path | str) -> BackupInfo:
        return self.folder.inspect(path)

    def verify(self, path: Path | str) -> BackupInfo:
        return self.folder.verify(path)

    def newest(self) -> BackupInfo | None:
        usable = [b for b in self.list() if not b.problem and b.path.suffix == ".zip"]
        return usable[0] if usable else None

    # -- writing backups ---------------------------------------------------------------------------------------
    def create(self, kind: str = "manual") -> BackupInfo:
        """A backup in the data folder's backups/ (attachments in the shared content store), then rotation."""
        with self._lock:
            info = self._write(self.paths.backups, kind, inline=False, skip_if_same=False)
            assert info is not None
            self.rotate()
            return info

    def auto_backup(self) -> BackupInfo | None:
        """The automatic backup at start and at exit: written only when the data changed since the newest
        backup. Returns the new backup, or None when nothing changed (or the store is read-only)."""
        if self.store.read_only:
            return None
        with self._lock:
            info = self._write(self.paths.backups, "auto", inline=False, skip_if_same=True)
            self.rotate()
            return info

    def backup_to_folder(self, folder: Path | str) -> BackupInfo:
        """备份到U盘: one self-contained zip (database + attachment files) in ``folder``."""
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError(_os_error_text(exc, folder)) from exc
        if not folder.is_dir():
            raise BackupError(f"{folder} 不是文件夹。")
        with self._lock:
            info = self._write(folder, "usb", inline=True, skip_if_same=False)
            assert info is not None
            return info

    def _write(self, folder: Path, kind: str, *, inline: bool, skip_if_same: bool) -> BackupInfo | None:
        if not self.paths.database.is_file():
            raise BackupError("还没有数据可以备份。")
        self.paths.backups.mkdir(parents=True, exist_ok=True)
        if self.store.read_only:  # a second window: never touch the files the first one is writing
            import tempfile

            work = Path(tempfile.gettempdir())
        else:
            self._remove_stale_parts()
            work = self.paths.backups
        now = clock.now()
        stamp = now.strftime("%Y%m%d-%H%M%S")
        snap = work / f".snapshot-{os.getpid()}-{threading.get_ident()}.sqlite3"
        try:
            files.snapshot(self.paths.database, snap)
            db_sha = _sha256(snap)
            attachments = self._scan_attachments()
            if skip_if_same:
                newest = self.newest()
                if newest is not None and self._same_as(newest.path, db_sha, attachments):
                    return None
            counts = files.read_counts(snap)
            version = files.read_versions(snap)[1]
            manifest = {
                "format": FORMAT, "format_version": FORMAT_VERSION, "kind": kind,
                "created_at": now.isoformat(timespec="microseconds"), "app_version": __version__,
                "schema_version": version, "counts": counts, "db_sha256": db_sha,
                "attachments": {rel: {"sha256": sha, "size": size} for rel, (sha, size) in attachments.items()},
                "attachments_inline": inline,
            }
            if not inline:
                self._store_blobs(attachments)
            name = USB_NAME.format(stamp=stamp) if kind == "usb" else f"dangjian-backup-{stamp}-{kind}.zip"
            target = _unique(folder / name)

            def write(tmp: Path) -> None:
                with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
                    if os.name == "posix":  # it holds the private signing key (and all personal data): this user only
                        os.chmod(tmp, 0o600)
                    zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
                    zf.write(snap, DB_ENTRY)
                    for key_file in key_files(self.paths):  # tiny, and the branch's identity: in every backup
                        zf.write(key_file, KEYS_PREFIX + key_file.name)
                    if inline:
                        for rel in attachments:
                            src = self.paths.attachments / rel
                            compress = zipfile.ZIP_STORED if src.suffix.lower() in _COMPRESSED else zipfile.ZIP_DEFLATED
                            zf.write(src, ATTACHMENTS_PREFIX + rel, compress_type=compress)
                if inline:  # leaving the PC: read it back once (CRC of every entry) before calling it done
                    with zipfile.ZipFile(tmp) as zf:
                        try:
                            bad = zf.testzip()
                        except DAMAGED_ZIP as exc:  # testzip names an entry with a bad CRC, raises for the rest
                            bad = exc.__class__.__name__
                    if bad:
                        raise BackupError(f"写入的备份读回时校验失败（{bad}），请换一个U盘再试。")

            try:
                _write_atomic(target, write)
            except OSError as exc:
                raise BackupError(_os_error_text(exc, target)) from exc
            log.info("backup written: %s (%s)", target, kind)
            return self.folder.inspect(target)
        finally:
            snap.unlink(missing_ok=True)

    def _same_as(self, backup: Path, db_sha: str, attachments: dict[str, tuple[str, int]]) -> bool:
        try:
            manifest = self.folder._manifest(backup)
        except BackupError:
            return False
        listed = {rel: m.get("sha256") for rel, m in (manifest.get("attachments") or {}).items()}
        return manifest.get("db_sha256") == db_sha and listed == {r: s for r, (s, _) in attachments.items()}

    def _remove_stale_parts(self) -> None:
        # Only the writable instance writes here (the instance lock), one backup at a time (self._lock):
        # a .part or a snapshot found now was left by a kill.
        for pattern in ("*.part", ".snapshot-*"):
            for p in self.paths.backups.glob(pattern):
                with contextlib.suppress(OSError):
                    p.unlink()
        for p in self.paths.backups.glob(".verify-*"):
            with contextlib.suppress(OSError):
                if p.stat().st_mtime < clock.file_time() - 3600:
                    p.unlink()

    def _scan_attachments(self) -> dict[str, tuple[str, int]]:
        """{relative path: (sha256, size)} of every file under attachments/, hashes cached by size + mtime."""
        root = self.paths.attachments
        if not root.is_dir():
            return {}
        cache_file = self.paths.backups / "files" / "hash-cache.json"
        try:
            cache = json.loads(cache_file.read_text(encoding="utf-8"))
            if not isinstance(cache, dict):
                cache = {}
        except (OSError, ValueError):
            cache = {}
        out: dict[str, tuple[str, int]] = {}
        new_cache: dict[str, list[Any]] = {}
        for p in sorted(root.rglob("*")):
            if not p.is_file() or p.name.endswith((".part", ".tmp")):
                continue
            rel = p.relative_to(root).as_posix()
            st = p.stat()
            hit = cache.get(rel)
            if isinstance(hit, list) and len(hit) == 3 and hit[0] == st.st_size and hit[1] == st.st_mtime_ns:
                sha = str(hit[2])
            else:
                sha = _sha256(p)
            out[rel] = (sha, st.st_size)
            new_cache[rel] = [st.st_size, st.st_mtime_ns, sha]
        if new_cache != cache:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(OSError):
                _write_atomic(cache_file, lambda tmp: tmp.write_text(json.dumps(new_cache), encoding="utf-8"))
        return out

    def _store_blobs(self, attachments: dict[str, tuple[str, int]]) -> None:
        for rel, (sha, _size) in attachments.items():
            blob = self.folder.blob_path(sha)
            if blob.is_file():
                continue
            blob.parent.mkdir(parents=True, exist_ok=True)
            src = self.paths.attachments / rel
            _write_atomic(blob, lambda tmp, src=src: shutil.copyfile(src, tmp))

    # -- rotation ----------------------------------------------------------------------------------------------
    def rotate(self, now: dt.datetime | None = None) -> list[Path]:
        """Delete backups beyond 7 daily / 4 weekly / 12 monthly (and old safety copies); then unused blobs."""
        with self._lock:
            now = now or clock.now()
            ours = [b for b in self.folder.list() if b.path.suffix == ".zip" and not b.problem]
            keep = set(select_kept(ours, now))
            removed = []
            for b in ours:
                if b.path not in keep:
                    b.path.unlink(missing_ok=True)
                    removed.append(b.path)
            if removed:
                log.info("rotation removed %d backups", len(removed))
            self._collect_garbage()
            return removed

    def _collect_garbage(self) -> None:
        if not self.folder.blobs.is_dir():
            return
        referenced: set[str] = set()
        for p in self.paths.backups.glob("*.zip"):
            try:
                manifest = self.folder._manifest(p)
            except BackupError:
                continue  # a damaged zip: keep every blob rather than guess
            referenced.update(str(m.get("sha256")) for m in (manifest.get("attachments") or {}).values())
        for blob in self.folder.blobs.glob("??/*"):
            if blob.is_file() and len(blob.name) == 64 and blob.name not in referenced:
                blob.unlink(missing_ok=True)

    # -- restore -----------------------------------------------------------------------------------------------
    def restore(self, backup: Path | str) -> RestoreResult:
        """Replace the current data with a backup. The current state is backed up first ("before-restore");
        nothing changes if any check fails."""
        self.store.require_writable()
        with self._lock:
            info = self.folder.verify(backup)  # the database is healthy, attachments all present
            prepared = self.folder.extract_database(info.path, self.paths.root / "dangjian.sqlite3.restore")
            staging = self.paths.root / STAGING_NAME
            try:
                n = self.folder.stage_attachments(info.path, staging)
                safety = self._write(self.paths.backups, "before-restore", inline=False, skip_if_same=False)
                files.swap_in(self.store, prepared)
            except BaseException:
                prepared.unlink(missing_ok=True)
                shutil.rmtree(staging, ignore_errors=True)
                raise
            self.folder.swap_attachments(staging)
            restore_keys(info.path, self.paths)
            log.warning("restored backup %s (before: %s)", info.path, safety.path if safety else None)
            return RestoreResult(info, safety.path if safety else None, attachments_restored=n)


def select_kept(backups: list[BackupInfo], now: dt.datetime) -> list[Path]:
    """Which backups rotation keeps: the newest of each of the last 7 days, 4 ISO weeks and 12 months that have
    backups, the newest backup overall, and safety copies younger than 30 days (and the newest 3)."""
    regular = sorted((b for b in backups if b.kind != "before-restore"), key=lambda b: b.created_at, reverse=True)
    safety = sorted((b for b in backups if b.kind == "before-restore"), key=lambda b: b.created_at, reverse=True)
    keep: list[Path] = []
    if regular:
        keep.append(regular[0].path)
    for bucket, limit in ((lambda d: d.date(), KEEP_DAILY),
                          (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
                          (lambda d: (d.year, d.month), KEEP_MONTHLY)):
        seen: list[object] = []
        for b in regular:
            key = bucket(b.created_at)
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(key)
            keep.append(b.path)
    for i, b in enumerate(safety):
        if i < KEEP_SAFETY_MIN or now - b.created_at < dt.timedelta(days=KEEP_SAFETY_DAYS):
            keep.append(b.path)
    return list(dict.fromkeys(keep))


def _unique(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate
