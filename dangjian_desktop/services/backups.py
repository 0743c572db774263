"""备份与恢复: automatic and manual backups, rotation, listing, verification and restore.

The pieces, by job:
    backup_archive.py    the file format, written and read (every backup file is hostile input)
    backup_crypto.py     the encrypted USB backup (.djbak), on exchange/crypto.py's scheme
    backup_blobs.py      the content-addressed store of attachments in backups/files/
    backup_retention.py  which backups rotation keeps
    backup_keys.py       the branch's package signing key and counter (keys/, see exchange/identity.py): in every
                         backup; a restore puts the key back and never lowers the counter
    backup_restore.py    restore as one recoverable transaction (swaps: storage/backups.py)
    backups.py           this module: the service the window and the CLI use

When automatic backups happen
    At start (in the background) and at exit, :meth:`BackupService.auto_backup` takes a snapshot and keeps it only if
    it differs from the newest backup (same database bytes and attachments: nothing to do), so an unchanged store
    writes nothing and a day's work is saved at exit. A snapshot of a store up to 256 MB is ``quick_check``ed first:
    a damaged store is never backed up over a good backup. Then rotation (backup_retention.py).

Where files go
    The backups in the data folder (``backups/``) are plain zips. A backup that leaves the PC (备份到U盘, ``dangjian
    backup --out``) holds the attachment files too and is encrypted with a password unless the user chooses
    otherwise after a warning. Snapshots and decrypted backups live only in this process's scratch folder in
    ``tmp/`` (paths.py), 0600, removed when done; a kill leaves them for the next start to remove. Every file is
    written under a ``.part`` name, fsynced and renamed; a ``.part`` is removed on failure.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import os
import threading
import zipfile
from pathlib import Path

from dangjian_desktop import __version__, clock
from dangjian_desktop.domain import faults
from dangjian_desktop.domain.errors import DomainError, ReadOnlyError
from dangjian_desktop.domain.progress import Progress, no_progress
from dangjian_desktop.paths import DataPaths, ensure_free_space, scratch_dir, scratch_file
from dangjian_desktop.services import backup_crypto, backup_keys, backup_restore
from dangjian_desktop.services.backup_archive import (  # noqa: F401 - the names callers import from here
    ATTACHMENTS_PREFIX,
    DB_ENTRY,
    FORMAT,
    FORMAT_VERSION,
    KIND_LABELS,
    counted_labels,
    MANIFEST,
    BackupError,
    BackupInfo,
    BackupPasswordRequired,
    WrongBackupPassword,
    fault_or_backup_error,
    read_zip,
    sha256_file,
    test_zip,
    write_atomic,
    write_zip,
)
from dangjian_desktop.services.backup_blobs import BlobStore
from dangjian_desktop.services.backup_restore import RestoreResult  # noqa: F401
from dangjian_desktop.services.backup_retention import CheckedCache, select_kept  # noqa: F401
from dangjian_desktop.storage import SCHEMA_VERSION, Store
from dangjian_desktop.storage import backups as files
from dangjian_desktop.storage.database import QUICK_CHECK_AT_OPEN_MAX_BYTES

log = logging.getLogger(__name__)

USB_NAME = "党支部工作台账备份-{stamp}"
PLAIN_USB_WARNING = ("不加密的备份中，全体党员的姓名、身份证号和电话任何人都能读取。"
                     "U盘丢失或借给别人时，这些个人信息就会泄露。建议设置密码。")


class BackupFolder:
    """The backups of one data folder; works without an open store (used when the database is damaged)."""

    def __init__(self, paths: DataPaths):
        self.paths = paths
        self.blob_store = BlobStore(paths)

    @property
    def folder(self) -> Path:
        return self.paths.backups

    @property
    def blobs(self) -> Path:
        return self.blob_store.folder

    def blob_path(self, sha: str) -> Path:
        return self.blob_store.path(sha)

    # -- reading backups --------------------------------------------------------------------------------------
    def list(self) -> list[BackupInfo]:
        """Every backup in ``backups/``: the usable ones newest first, then those that cannot be used (with
        ``problem`` set, and a warning in the log). A malformed file never breaks the listing, new backups or
        :meth:`newest_good`."""
        try:
            found = [p for p in self.folder.iterdir()
                     if p.is_file() and p.suffix in (".zip", ".sqlite3", backup_crypto.EXTENSION)
                     and not p.name.startswith(".")]
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise faults.classify(exc, self.folder) or exc from exc
        infos = []
        for p in found:
            info = self.inspect(p)
            if info.problem:
                log.warning("backup %s cannot be used: %s", p.name, info.problem)
            infos.append(info)
        return sorted(infos, key=lambda i: (not i.problem, i.created_at), reverse=True)

    def inspect(self, path: Path | str) -> BackupInfo:
        """Date, kind and counts of a backup, read from the file itself without changing it. A file that cannot be
        used comes back with ``problem`` set, whatever is wrong with it."""
        path = Path(path)
        if not path.is_file():
            raise BackupError(f"找不到备份文件：{path}")
        try:
            st = path.stat()
        except OSError as exc:
            raise faults.classify(exc, path) or BackupError(f"无法读取备份文件：{path}") from exc
        mtime = dt.datetime.fromtimestamp(st.st_mtime)
        try:
            return self._inspect(path, st.st_size, mtime)
        except BackupError as exc:
            return BackupInfo(path, mtime, "file", {}, st.st_size, problem=str(exc))
        except DomainError:
            raise
        except Exception as exc:  # noqa: BLE001 - a hostile file must never break the listing
            log.warning("backup %s unreadable", path, exc_info=exc)
            return BackupInfo(path, mtime, "file", {}, st.st_size, problem=f"无法读取（{exc.__class__.__name__}）")

    def _inspect(self, path: Path, size: int, mtime: dt.datetime) -> BackupInfo:
        if backup_crypto.is_encrypted_backup(path):
            shown = backup_crypto.shown_fields(path)
            version = shown["schema_version"]
            return BackupInfo(path, shown["created_at"], "usb", {}, size, version, shown["app_version"],
                              self_contained=True, encrypted=True, problem=_too_new(version))
        if zipfile.is_zipfile(path):
            m, _entries = read_zip(path)
            return BackupInfo(path, m.created_at, m.kind, m.counts, size, m.schema_version, m.app_version,
                              len(m.attachments), m.inline, problem=_too_new(m.schema_version))
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

    def manifest_hashes(self, path: Path) -> tuple[str, dict[str, str]] | None:
        """(database SHA-256, {attachment: SHA-256}) a backup zip declares, or None if it cannot be read."""
        try:
            m, _ = read_zip(path)
        except (BackupError, OSError, faults.StorageFault):
            return None
        return m.db_sha256, {rel: sha for rel, (sha, _size) in m.attachments.items()}

    def verify(self, backup: Path | str, password: str | None = None) -> BackupInfo:
        """Check a backup completely (database: size, hash, quick_check, schema; attachments present)."""
        path = Path(backup)
        info = self.inspect(path)
        if info.problem:
            raise BackupError(f"这个备份不能使用：{info.problem}")
        with backup_restore.opened(self.paths, path, password) as plain:
            info = self._detail(info, plain)
            tmp = scratch_file(self.paths, "verify.sqlite3")
            try:
                backup_restore.extract_database(plain, tmp)
            finally:
                tmp.unlink(missing_ok=True)
            missing = backup_restore.missing_attachments(self.blob_store, plain)
        if missing:
            raise BackupError(f"这个备份缺少 {len(missing)} 个附件文件（例如 {missing[0]}）。")
        return info

    def _detail(self, info: BackupInfo, plain: Path) -> BackupInfo:
        """An encrypted backup's counts, once it is decrypted."""
        if not info.encrypted:
            return info
        inner = self._inspect(plain, info.size, info.created_at)
        if inner.problem:
            raise BackupError(f"这个备份不能使用：{inner.problem}")
        return BackupInfo(info.path, inner.created_at, inner.kind, inner.counts, info.size, inner.schema_version,
                          inner.app_version, inner.attachments, True, encrypted=True)

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes :meth:`verify` (what to offer when the database is damaged)."""
        for info in self.list():
            if info.problem or info.encrypted:
                continue
            try:
                return self.verify(info.path)
            except (BackupError, faults.StorageFault) as exc:
                log.warning("backup %s not usable: %s", info.path, exc)
        return None

    def missing_attachments(self, backup: Path) -> list[str]:
        return backup_restore.missing_attachments(self.blob_store, Path(backup))

    # -- restore without an open store (the database is damaged) ---------------------------------------------
    def restore_after_damage(self, backup: Path | str, password: str | None = None) -> RestoreResult:
        """Move the damaged database aside untouched (``backups/damaged-<time>/``), install the backup's database,
        add back the backup's attachments that are missing (current attachments are kept: they are newer). One
        recoverable transaction under the instance lock."""
        path = Path(backup)
        lock = files.take_lock(self.paths)
        try:
            files.recover_restore(self.paths)
            info = self.inspect(path)
            if info.problem:
                raise BackupError(f"这个备份不能使用：{info.problem}")
            with backup_restore.opened(self.paths, path, password) as plain:
                info = self._detail(info, plain)
                missing = backup_restore.missing_attachments(self.blob_store, plain)
                if missing:
                    raise BackupError(f"这个备份缺少 {len(missing)} 个附件文件（例如 {missing[0]}）。")
                n = backup_restore.prepare(self.paths, self.blob_store, plain, keep_from=self.paths.attachments)
                keys = backup_keys.read_keys(plain)
            aside = files.damaged_folder(self.paths)
            backup_keys.stage(self.paths, keys)  # a kill from here on: settled at the next open
            files.begin_restore(self.paths, str(path), damaged_aside=aside)
            backup_keys.put_keys(self.paths, keys)
            files.finish_restore(self.paths)
            backup_keys.unstage(self.paths)
        except BaseException as exc:
            if not self.paths.restore_intent.exists():
                backup_restore.discard_prepared(self.paths)
            if isinstance(exc, OSError):
                raise faults.classify(exc, self.paths.root) or exc from exc
            raise
        finally:
            lock.release()
        moved = aside / self.paths.database.name
        log.warning("restored %s after damage; damaged database kept at %s", path, moved)
        return RestoreResult(info, None, damaged_copy=moved, attachments_restored=n)


def _too_new(version: int) -> str:
    return f"由更新版本的程序创建（数据版本 {version}），请先安装最新版本" if version > SCHEMA_VERSION else ""


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

    def verify(self, path: Path | str, password: str | None = None) -> BackupInfo:
        return self.folder.verify(path, password)

    def newest(self) -> BackupInfo | None:
        usable = [b for b in self.list() if not b.problem and b.path.suffix == ".zip"]
        return usable[0] if usable else None

    # -- writing backups ---------------------------------------------------------------------------------------
    def create(self, kind: str = "manual") -> BackupInfo:
        """A backup in the data folder's backups/ (attachments in the shared content store), then rotation."""
        self._require_writable_folder()
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

    def backup_to_folder(self, folder: Path | str, password: str | None = None, *,
                         allow_unencrypted: bool = False) -> BackupInfo:
        """备份到U盘: one self-contained file (database + attachment files) in ``folder``: encrypted with
        ``password`` (``.djbak``), or a plain ``.zip`` only when ``allow_unencrypted`` says the user chose so
        after the warning (:data:`PLAIN_USB_WARNING`). Works from a read-only store too."""
        if password is None and not allow_unencrypted:
            raise BackupError("备份到U盘需要设置密码；如确需不加密，请明确选择“不加密”。")
        if password is not None:
            from dangjian_desktop.services.exchange import check_new_password

            check_new_password(password)
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise fault_or_backup_error(exc, folder) from exc
        if not folder.is_dir():
            raise BackupError(f"{folder} 不是文件夹。")
        with self._lock:
            info = self._write(folder, "usb", inline=True, skip_if_same=False, password=password)
            assert info is not None
            return info

    def _require_writable_folder(self) -> None:
        if self.store.read_only and self.store.state != "in_use":
            # a read-only folder, a full disk, a damaged store: nothing may be written into it
            raise ReadOnlyError(self.store.read_only_reason + "（不能在数据文件夹中备份；可以用“备份到U盘”备份到其他位置。）")

    def _write(self, folder: Path, kind: str, *, inline: bool, skip_if_same: bool,
               password: str | None = None) -> BackupInfo | None:
        if not self.paths.database.is_file():
            raise BackupError("还没有数据可以备份。")
        now = clock.now()
        stamp = now.strftime("%Y%m%d-%H%M%S")
        db_size = self.paths.database.stat().st_size
        # the snapshot goes to the scratch folder: tmp/ on the data's disk (or, for a folder that cannot be
        # written, the system's temp folder)
        ensure_free_space(self.paths.root if self.store.state != "read_only" else scratch_dir(self.paths), db_size)
        snap = scratch_file(self.paths, "snapshot.sqlite3")
        try:
            try:
                files.snapshot(self.paths.database, snap, read_only_folder=self.store.state == "read_only",
                               compact=db_size <= QUICK_CHECK_AT_OPEN_MAX_BYTES)
            except OSError as exc:
                raise fault_or_backup_error(exc, snap) from exc
            except Exception as exc:
                raise faults.classify(exc, self.paths.database) or exc from exc
            size = snap.stat().st_size
            if size <= QUICK_CHECK_AT_OPEN_MAX_BYTES:  # never a backup of a damaged store over a good one
                problem = files.check_file(snap)
                if problem:
                    raise BackupError(f"数据文件检查未通过，没有备份（{problem}）。请重新打开程序，按提示处理。")
            db_sha = sha256_file(snap)
            attachments = self.folder.blob_store.scan_attachments()
            if skip_if_same:
                newest = self.newest()
                if newest is not None and self.folder.manifest_hashes(newest.path) == (
                        db_sha, {r: s for r, (s, _) in attachments.items()}):
                    return None
            counts = files.read_counts(snap)
            version = files.read_versions(snap)[1]
            manifest = {
                "format": FORMAT, "format_version": FORMAT_VERSION, "kind": kind,
                "created_at": now.isoformat(timespec="microseconds"), "app_version": __version__,
                "schema_version": version, "counts": counts, "db_sha256": db_sha, "db_size": size,
                "attachments": {rel: {"sha256": sha, "size": n} for rel, (sha, n) in attachments.items()},
                "attachments_inline": inline,
            }
            extra = sum(n for _sha, n in attachments.values()) if inline else self.folder.blob_store.new_bytes(
                attachments)
            ensure_free_space(folder, size + extra)
            if not inline:
                try:
                    self.folder.blob_store.store(attachments)
                except OSError as exc:
                    raise fault_or_backup_error(exc, self.folder.blobs) from exc
            sources = [(rel, self.paths.attachments / rel) for rel in attachments] if inline else []
            if kind == "usb":
                self._remove_stale_parts(folder)
                ext = backup_crypto.EXTENSION if password is not None else ".zip"
                target = _unique(folder / (USB_NAME.format(stamp=stamp) + ext))
            else:
                target = _unique(folder / f"dangjian-backup-{stamp}-{kind}.zip")
            try:
                if password is None:
                    def write(tmp: Path) -> None:
                        _private(tmp)
                        write_zip(tmp, manifest, snap, sources, backup_keys.entries(self.paths))
                        if inline:  # leaving the PC: read it back once (CRC of every entry) before calling it done
                            test_zip(tmp)

                    write_atomic(target, write)
                else:
                    shown = {"created_at": manifest["created_at"], "app_version": __version__,
                             "schema_version": version}
                    keys = backup_keys.entries(self.paths)
                    write_atomic(target, lambda tmp: _write_sealed(tmp, password, shown, manifest, snap, sources,
                                                                   keys))
            except OSError as exc:
                raise fault_or_backup_error(exc, target) from exc
            log.info("backup written: %s (%s)", target, kind)
            if not inline and size <= QUICK_CHECK_AT_OPEN_MAX_BYTES:  # its snapshot passed quick_check above
                cache = CheckedCache(self.paths.backups)
                cache.put(target, files.schema_ok(snap))
                cache.save({p.name for p in self.paths.backups.glob("*.zip")})
            info = self.folder.inspect(target)
            if password is not None:
                return BackupInfo(info.path, info.created_at, info.kind, counts, info.size, version, __version__,
                                  len(attachments), True, encrypted=True)
            return info
        finally:
            snap.unlink(missing_ok=True)

    @staticmethod
    def _remove_stale_parts(folder: Path) -> None:
        """``.part`` files of our USB backups that a kill left on the stick (a failure removes its own)."""
        limit = clock.file_time() - 600
        for p in folder.glob(USB_NAME.format(stamp="*.part")):
            with contextlib.suppress(OSError):
                if p.stat().st_mtime < limit:
                    p.unlink()

    # -- rotation ----------------------------------------------------------------------------------------------
    def rotate(self, now: dt.datetime | None = None) -> list[Path]:
        """Delete backups rotation does not keep (backup_retention.py); then the blobs no backup lists."""
        with self._lock:
            now = now or clock.now()
            listed = self.folder.list()
            ours = [b for b in listed if b.path.suffix == ".zip" and not b.problem]
            keep = set(select_kept(ours, now, self._newest_checked(ours)))
            removed = []
            for b in ours:
                if b.path not in keep:
                    b.path.unlink(missing_ok=True)
                    removed.append(b.path)
            if removed:
                log.info("rotation removed %d backups", len(removed))
            self._collect_garbage()
            return removed

    def _newest_checked(self, backups: list[BackupInfo]) -> Path | None:
        """The newest backup (of a store with records) that passes the full check; results cached."""
        cache = CheckedCache(self.paths.backups)
        found = None
        for b in sorted(backups, key=lambda b: b.created_at, reverse=True):
            if b.is_empty:
                continue
            passed = cache.get(b.path)
            if passed is None:
                try:
                    self.folder.verify(b.path)
                    passed = True
                except BackupError as exc:
                    log.warning("backup %s fails its check: %s", b.path.name, exc)
                    passed = False
                cache.put(b.path, passed)
            if passed:
                found = b.path
                break
        cache.save({b.path.name for b in backups})
        return found

    def _collect_garbage(self) -> None:
        if not self.folder.blobs.is_dir():
            return
        referenced: set[str] = set()
        for p in self.paths.backups.glob("*.zip"):
            hashes = self.folder.manifest_hashes(p)
            if hashes is None:
                if zipfile.is_zipfile(p):
                    return  # a zip that cannot be read: keep every blob rather than guess
                continue
            referenced.update(hashes[1].values())
        self.folder.blob_store.collect_garbage(referenced)

    # -- restore -----------------------------------------------------------------------------------------------
    def restore(self, backup: Path | str, password: str | None = None, *,
                progress: Progress | None = None) -> RestoreResult:
        """Replace the current data with a backup. The current state is backed up first ("before-restore");
        nothing changes if any check fails; once the swaps begin, a kill is completed by the next open.
        Must run on the thread that uses the store (the swaps close and reopen its connection); the window
        runs :meth:`stage_restore` in a worker and :meth:`finish_restore` on its own thread instead."""
        return self.finish_restore(self.stage_restore(backup, password, progress=progress))

    def stage_restore(self, backup: Path | str, password: str | None = None, *,
                      progress: Progress | None = None) -> StagedRestore:
        """The slow part of a restore, safe on any thread: check the backup, prepare its database and
        attachments, write the safety backup, then record the intent to swap. ``progress`` hears 「第 n / 4 步」
        before each step and may cancel there: everything prepared is discarded, the data is untouched. After
        this returns the restore is committed (the next open completes it): call :meth:`finish_restore`."""
        self.store.require_writable()
        path = Path(backup)
        report = progress or no_progress
        steps = ("正在核对备份", "正在准备恢复的数据", "正在备份现在的数据", "正在恢复")

        def step(n: int) -> None:
            report(n, len(steps), f"{steps[n]}：第 {n + 1} / {len(steps)} 步")

        with self._lock:
            step(0)
            info = self.folder.inspect(path)
            if info.problem:
                raise BackupError(f"这个备份不能使用：{info.problem}")
            db_now = self.paths.database.stat().st_size
            try:
                with backup_restore.opened(self.paths, path, password) as plain:
                    info = self.folder._detail(info, plain)
                    missing = backup_restore.missing_attachments(self.folder.blob_store, plain)
                    if missing:
                        raise BackupError(f"这个备份缺少 {len(missing)} 个附件文件（例如 {missing[0]}）。")
                    ensure_free_space(self.paths.root, db_now)  # the safety backup, on top of what prepare checks
                    step(1)
                    n = backup_restore.prepare(self.paths, self.folder.blob_store, plain)
                    keys = backup_keys.read_keys(plain)
                step(2)
                safety = self._write(self.paths.backups, "before-restore", inline=False, skip_if_same=False)
                step(3)  # the last point to cancel
                backup_keys.stage(self.paths, keys)  # a kill from here on: settled at the next open
                files.begin_restore(self.paths, str(path))
            except Exception:  # (a kill leaves tmp/restore to the next start, which removes it)
                if not self.paths.restore_intent.exists():
                    backup_restore.discard_prepared(self.paths)
                raise
            backup_keys.put_keys(self.paths, keys)  # the restore is decided: the backup's identity goes with it
            return StagedRestore(path, info, safety.path if safety else None, n, keys)

    def finish_restore(self, staged: StagedRestore) -> RestoreResult:
        """The swaps of a staged restore, on the thread that uses the store (quick: pages copied, reopened)."""
        with self._lock:
            try:
                files.complete_restore(self.store)
            except Exception as first:  # noqa: BLE001 - try once more; the swaps are idempotent
                log.warning("restore swaps failed once (%s); trying again", first)
                try:
                    files.complete_restore(self.store)
                except Exception as exc:
                    self.store.mark_unfinished("恢复没有全部完成，为保护数据已停止保存修改。请关闭程序后重新打开，"
                                               "程序会自动完成恢复。")
                    raise BackupError("恢复没有全部完成（" + str(faults.classify(exc) or exc) +
                                      "）。请关闭程序后重新打开，程序会自动完成恢复。") from exc
            backup_keys.unstage(self.paths)
            log.warning("restored backup %s (before: %s)", staged.path, staged.safety)
            return RestoreResult(staged.info, staged.safety, attachments_restored=staged.attachments)


@dataclasses.dataclass(frozen=True)
class StagedRestore:
    """A restore whose checks, prepared files, safety backup, staged keys and intent are written; the swaps
    remain."""

    path: Path
    info: BackupInfo
    safety: Path | None
    attachments: int
    keys: backup_keys.HeldKeys


def _write_sealed(tmp: Path, password: str, shown: dict, manifest: dict, snap: Path,
                  sources: list[tuple[str, Path]], keys: list[tuple[str, Path]]) -> None:
    """The encrypted USB backup: the zip streamed through the sealer into ``tmp``, then every chunk read back."""
    with open(tmp, "wb") as out:
        _private(tmp)
        sealer = backup_crypto.SealingWriter(out, password, shown)
        write_zip(sealer, manifest, snap, sources, keys)  # type: ignore[arg-type]
        sealer.close()
        out.flush()
        os.fsync(out.fileno())
    if backup_crypto.read_back(tmp, sealer.key) != sealer.plain_sha256:
        raise BackupError("写入的备份读回时校验失败，请换一个U盘再试。")


def _private(path: Path) -> None:
    """A backup holds the branch's private signing key (and all personal data): readable by this user only."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.touch(exist_ok=True)
            os.chmod(path, 0o600)


def _unique(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate
