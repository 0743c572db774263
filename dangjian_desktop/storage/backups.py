"""Consistent copies of the live database with the SQLite online backup API (never a file copy of a WAL db),
reading backup files without writing to them, and a restore as one recoverable transaction.

The file-level parts of 备份与恢复. The zip format, rotation and attachments live in ``services/backup_*.py``.

A restore, crash-safe
    1. The service prepares everything in ``tmp/restore/``: ``dangjian.sqlite3`` (checked) and ``attachments/``
       (complete, every hash checked). Killed now: the next open removes ``tmp/restore`` (nothing live changed).
    2. :func:`begin_restore` writes the intent record ``restore-intent.json`` (temp name, fsync, rename, fsync of the
       folder). From here on the restore is decided: it will be completed.
    3. :func:`finish_restore` swaps, each step idempotent: the database (the damaged one first moved aside into
       ``backups/damaged-<time>/`` when restoring after damage; else its -wal/-shm removed and the prepared file
       renamed over it), then the attachments folder (live -> ``tmp/restore/attachments.old``, prepared -> live),
       then removes the intent and ``tmp/restore``.
    4. A kill anywhere in 3: the next open (holding the instance lock, before reading the database) sees the intent
       and runs :func:`finish_restore` again, which skips what was done. Database and attachments always end up of
       the same backup.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain import faults
from dangjian_desktop.fileio import fsync_dir, write_atomic, write_bytes_atomic
from dangjian_desktop.paths import DataPaths, FileLock, sweep_tmp
from dangjian_desktop.storage.database import APPLICATION_ID, SCHEMA_VERSION, Store, StoreLockedError

log = logging.getLogger(__name__)

INTENT_VERSION = 1
PREPARED_DB = "dangjian.sqlite3"
PREPARED_ATTACHMENTS = "attachments"
OLD_ATTACHMENTS = "attachments.old"

# test seam: called with the name of each step of finish_restore (the kill-loop test prints them)
phase_hook: Callable[[str], None] | None = None


def _phase(name: str) -> None:
    if phase_hook is not None:
        phase_hook(name)


def _copy_from(src: sqlite3.Connection, target: Path, compact: bool = False, durable: bool = True) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)

    def fill(tmp: Path) -> None:  # tmp: created empty and 0600 first (SQLite keeps the mode of a file that exists)
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)  # one step: a consistent snapshot inside one read transaction
            dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file, no -wal beside it
            dst.commit()
            if compact:  # mostly free (zeroed) pages would compress like a "zip bomb" (backup_archive): drop them
                pages = dst.execute("PRAGMA page_count").fetchone()[0]
                if dst.execute("PRAGMA freelist_count").fetchone()[0] * 4 > pages:
                    dst.execute("VACUUM")
        finally:
            dst.close()

    return write_atomic(target, fill, private=True, sync=durable)


def backup_to(store: Store, target: Path) -> Path:
    """Write a consistent copy of the store's database to ``target`` (written to a temp name, then renamed)."""
    return _copy_from(store.database.connection(), target)


def snapshot(database_file: Path, target: Path, *, read_only_folder: bool = False, compact: bool = False) -> Path:
    """Like :func:`backup_to`, over a private connection: safe from any thread while the app keeps writing
    (WAL lets this reader take a consistent snapshot without blocking the writer). The copy is 0600; ``compact``
    vacuums it (a copy of a small store, cheaply)."""
    if not database_file.is_file():
        raise FileNotFoundError(database_file)
    uri = f"file:{database_file.as_posix()}?mode=ro"
    if read_only_folder and not Path(str(database_file) + "-wal").exists():
        uri += "&immutable=1"  # nobody can write there; SQLite could not create the -shm
    src = sqlite3.connect(uri, uri=True, timeout=30)
    try:  # a scratch copy, read and removed at once: no fsync (the backup written from it is synced)
        return _copy_from(src, target, compact, durable=False)
    finally:
        src.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    # immutable=1: a backup file is never being written, so SQLite needs no lock and creates no -shm/-journal.
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)


def _reason_unless_fault(exc: sqlite3.Error, path: Path, reason: str) -> str:
    """A disk fault raises its StorageFault (it says nothing about the file); any other error is ``reason``."""
    fault = faults.classify(exc, path)
    if fault is not None and not isinstance(fault, faults.AccessDeniedError):
        raise fault from exc
    return reason


def check_file(path: Path) -> str:
    """``""`` if ``path`` is a healthy database of ours that this program can open, else a Chinese reason.
    A disk fault while reading raises ``StorageFault`` (it says nothing about the file)."""
    try:
        con = _open_read_only(path)
    except sqlite3.Error as exc:
        return _reason_unless_fault(exc, path, f"无法打开：{exc}")
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if app_id not in (0, APPLICATION_ID) or version == 0:
            return "不是本程序的数据文件"
        if version > SCHEMA_VERSION:
            return f"由更新版本的程序创建（数据版本 {version}），请先安装最新版本"
        rows = con.execute("PRAGMA quick_check").fetchall()
        if not rows or rows[0][0] != "ok":
            return "文件已损坏（" + "; ".join(str(r[0]) for r in rows[:2]) + "）"
        return ""
    except sqlite3.Error as exc:
        return _reason_unless_fault(exc, path, f"文件已损坏（{exc}）")
    finally:
        con.close()


def schema_ok(path: Path) -> bool:
    """True when the file's schema objects are exactly those this app creates for its version."""
    from dangjian_desktop.storage.schema_check import differences

    return not differences(path)


def read_counts(path: Path) -> dict[str, int]:
    """Rows per record table, read from a database file without writing to it (tables it lacks are left out)."""
    from dangjian_desktop.storage.schema import record_models

    con = _open_read_only(path)
    try:
        present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        out = {}
        for model in record_models():
            name = model._meta.table_name
            if name in present:
                out[name] = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        return out
    finally:
        con.close()


def read_versions(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of a backup file."""
    con = _open_read_only(path)
    try:
        return con.execute("PRAGMA application_id").fetchone()[0], con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def integrity_check(path: Path) -> str:
    """The full ``PRAGMA integrity_check`` of a file ("ok" when healthy)."""
    con = _open_read_only(path)
    try:
        return "; ".join(str(r[0]) for r in con.execute("PRAGMA integrity_check").fetchall()[:5])
    finally:
        con.close()


def _remove_sidecars(database_file: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(database_file) + suffix).unlink(missing_ok=True)


# -- leftovers of killed processes -------------------------------------------------------------------------------
def sweep_leftovers(paths: DataPaths) -> list[str]:
    """At open, holding the instance lock, after a half-done restore was completed: remove what killed processes
    left behind (scratch folders in tmp/, half-written backups, a store being created). Returns what went."""
    removed = [f"tmp/{n}" for n in sweep_tmp(paths)]
    if paths.backups.is_dir():
        for p in paths.backups.iterdir():
            if p.name.endswith(".part") or p.name.startswith((".snapshot-", ".verify-")):
                with contextlib.suppress(OSError):
                    p.unlink()
                    removed.append(f"backups/{p.name}")
    for p in paths.root.glob(".write-test-*"):  # paths.write_problem's probe, if a kill came in between
        with contextlib.suppress(OSError):
            p.unlink()
    for name in ("dangjian.sqlite3.new", "dangjian.sqlite3.new-wal", "dangjian.sqlite3.new-shm",
                 "dangjian.sqlite3.restore", "attachments.restore"):  # the last two: names of an older version
        p = paths.root / name
        if p.exists():
            with contextlib.suppress(OSError):
                shutil.rmtree(p) if p.is_dir() else p.unlink()
                removed.append(name)
    if removed:
        log.warning("removed leftovers of interrupted work: %s", ", ".join(removed[:20]))
    return removed


# -- the restore transaction ---------------------------------------------------------------------------------------
def prepared_database(paths: DataPaths) -> Path:
    return paths.restore_work / PREPARED_DB


def prepared_attachments(paths: DataPaths) -> Path:
    return paths.restore_work / PREPARED_ATTACHMENTS


def begin_restore(paths: DataPaths, backup: str, damaged_aside: Path | None = None) -> None:
    """Write the intent record: everything in ``tmp/restore`` is prepared and checked, the swaps may begin."""
    if not prepared_database(paths).is_file() or not prepared_attachments(paths).is_dir():
        raise FileNotFoundError(paths.restore_work)
    intent = {"version": INTENT_VERSION, "backup": str(backup), "started_at": clock.now().isoformat(),
              "damaged_aside": damaged_aside.relative_to(paths.root).as_posix() if damaged_aside else None}
    write_bytes_atomic(paths.restore_intent, json.dumps(intent).encode("utf-8"))
    _phase("intent")


def _read_intent(paths: DataPaths) -> dict:
    try:
        intent = json.loads(paths.restore_intent.read_text(encoding="utf-8"))
        if isinstance(intent, dict):
            return intent
    except (OSError, ValueError):
        pass
    # unreadable (a disk fault): finish anyway, keeping the current database aside rather than dropping it
    log.error("restore intent unreadable; completing the restore, keeping the old database aside")
    return {"damaged_aside": f"backups/replaced-{clock.now():%Y%m%d-%H%M%S}"}


def _move_aside(database_file: Path, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        src = Path(str(database_file) + suffix)
        if src.exists():
            os.replace(src, folder / src.name)
    fsync_dir(folder)


def finish_restore(paths: DataPaths, copy_pages: Callable[[Path], None] | None = None) -> None:
    """Do the swaps of the restore whose intent is written; every step is skipped when already done. No
    connection may be open on the live database, except through ``copy_pages`` (see :func:`complete_restore`)."""
    intent = _read_intent(paths)
    prepared = prepared_database(paths)
    staged = prepared_attachments(paths)
    old = paths.restore_work / OLD_ATTACHMENTS
    live_db = paths.database
    if prepared.exists():
        _phase("database")
        aside = intent.get("damaged_aside")
        if isinstance(aside, str) and aside and live_db.exists():
            _move_aside(live_db, paths.root / aside)
            _phase("moved-aside")
        replaced = False
        if copy_pages is None or not Path(str(live_db) + "-wal").exists():
            try:
                _remove_sidecars(live_db)  # never let SQLite replay an old -wal onto the new file
                os.replace(prepared, live_db)
                replaced = True
            except OSError:
                if copy_pages is None:
                    raise
        if not replaced:
            # another connection of this process (a report job's thread) still has the file open; Windows refuses
            # the rename then: copy the pages into the live database instead, one transaction, as atomic
            log.warning("database file in use: restoring by copying pages into the live database")
            assert copy_pages is not None
            copy_pages(prepared)
            prepared.unlink()
        fsync_dir(paths.root)
    if staged.exists():
        _phase("attachments-out")
        live = paths.attachments
        if live.exists():
            if old.exists():  # moved out by an earlier attempt; what is there now was created since
                if live.is_dir() and not any(live.iterdir()):
                    live.rmdir()
                else:
                    os.replace(live, old.with_name(f"{OLD_ATTACHMENTS}-{clock.now():%H%M%S%f}"))
            else:
                os.replace(live, old)
        _phase("attachments-in")
        os.replace(staged, live)
        fsync_dir(paths.root)
    _phase("cleanup")
    paths.restore_intent.unlink(missing_ok=True)
    fsync_dir(paths.root)
    shutil.rmtree(paths.restore_work, ignore_errors=True)
    _phase("done")


def recover_restore(paths: DataPaths) -> str | None:
    """At open, holding the instance lock: complete a restore a kill interrupted ("completed"), or drop one that
    had not begun its swaps ("rolled back": ``tmp/restore`` is removed by the sweep). None when there was none."""
    if paths.restore_intent.exists():
        finish_restore(paths)
        log.warning("completed a restore that was interrupted")
        return "completed"
    legacy_old = paths.attachments.with_name("attachments.old")  # an older version's interrupted swap
    if legacy_old.is_dir():
        if paths.attachments.is_dir() and any(paths.attachments.iterdir()):
            shutil.rmtree(legacy_old, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                paths.attachments.rmdir()
            staged = paths.root / "attachments.restore"
            os.replace(staged if staged.is_dir() else legacy_old, paths.attachments)
            shutil.rmtree(legacy_old, ignore_errors=True)
        return "completed"
    if paths.restore_work.exists():
        return "rolled back"
    return None


def complete_restore(store: Store) -> None:
    """Run :func:`finish_restore` on an open store: its connection is closed for the swaps (SQLite checkpoints and
    removes the -wal), reopened, checked and migrated. Holds the instance lock throughout."""
    from dangjian_desktop.storage import migrations
    from dangjian_desktop.storage.bulk import wait_for_checkpoint

    store.require_writable()
    wait_for_checkpoint(store.paths.database)  # an import's WAL still being copied on its own connection
    database = store.database
    if not database.is_closed():
        database.close()

    def copy_pages(prepared: Path) -> None:
        database.connect(reuse_if_open=True)
        src = sqlite3.connect(str(prepared))
        try:
            src.backup(database.connection())
        finally:
            src.close()

    try:
        finish_restore(store.paths, copy_pages)
    finally:
        database.connect(reuse_if_open=True)
    store.quick_check()
    migrations.migrate(store)


def take_lock(paths: DataPaths) -> FileLock:
    """The instance lock, for work on a data folder without an open store (restore after damage)."""
    lock = FileLock(paths.lock_file)
    if not lock.acquire():
        raise StoreLockedError()
    return lock


def damaged_folder(paths: DataPaths) -> Path:
    return paths.backups / f"damaged-{clock.now():%Y%m%d-%H%M%S}"


def move_damaged_aside(paths: DataPaths) -> Path:
    """Move a damaged (e.g. zero-byte) database, untouched, into ``backups/damaged-<time>/`` so that a new store can
    be created in its place. Holds the instance lock. Returns where it went."""
    lock = take_lock(paths)
    try:
        folder = damaged_folder(paths)
        _move_aside(paths.database, folder)
        fsync_dir(paths.root)
        return folder / paths.database.name
    finally:
        lock.release()
