"""Consistent copies of the live database with the SQLite online backup API (never a file copy of a WAL db),
reading backup files without writing to them, and swapping a restored file in place of the live one.

The file-level parts of 备份与恢复. Zip packing, rotation and attachments live in ``services/backups.py``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from pathlib import Path

from dangjian_desktop.paths import DataPaths
from dangjian_desktop.storage.database import APPLICATION_ID, SCHEMA_VERSION, Store

log = logging.getLogger(__name__)


def _fsync_file(path: Path) -> None:
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


def _copy_from(src: sqlite3.Connection, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst)  # one step: a consistent snapshot inside one read transaction
        dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file, no -wal beside it
        dst.commit()
    finally:
        dst.close()
    _fsync_file(tmp)
    os.replace(tmp, target)
    fsync_dir(target.parent)
    return target


def backup_to(store: Store, target: Path) -> Path:
    """Write a consistent copy of the store's database to ``target`` (written to a temp name, then renamed)."""
    return _copy_from(store.database.connection(), target)


def snapshot(database_file: Path, target: Path) -> Path:
    """Like :func:`backup_to`, over a private connection: safe from any thread while the app keeps writing
    (WAL lets this reader take a consistent snapshot without blocking the writer)."""
    if not database_file.is_file():
        raise FileNotFoundError(database_file)
    src = sqlite3.connect(str(database_file), timeout=30)
    try:
        return _copy_from(src, target)
    finally:
        src.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    # immutable=1: a backup file is never being written, so SQLite needs no lock and creates no -shm/-journal.
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)


def check_file(path: Path) -> str:
    """``""`` if ``path`` is a healthy database of ours that this program can open, else a Chinese reason."""
    try:
        con = _open_read_only(path)
    except sqlite3.Error as exc:
        return f"无法打开：{exc}"
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
        return f"文件已损坏（{exc}）"
    finally:
        con.close()


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


def swap_in(store: Store, prepared: Path) -> None:
    """Make ``prepared`` (a checked database file in the data folder) the live database of ``store``.

    The store's connection is closed (SQLite checkpoints and removes the -wal), stale -wal/-shm files are removed
    *before* the rename so that SQLite can never replay an old WAL onto the new file, the file is renamed into
    place atomically, and the connection is reopened and migrated. The instance lock is held throughout.
    If another connection still has the file open (its -wal remains) or the rename is refused (Windows), the
    pages are copied into the live database with the backup API instead — one transaction, just as atomic.
    """
    store.require_writable()
    target = store.paths.database
    database = store.database
    if not database.is_closed():
        database.close()
    try:
        if Path(str(target) + "-wal").exists():
            # the last connection to close removes the -wal: another one (e.g. a report job's thread) still has
            # the database open, so never pull files from under it
            raise OSError("database still open elsewhere")
        _remove_sidecars(target)  # a stale -shm
        os.replace(prepared, target)
        fsync_dir(target.parent)
        swapped = True
    except OSError:
        # Windows refuses to replace a file another connection still holds open (e.g. a report job's thread).
        # Then copy the pages into the live database with the backup API instead: one transaction, atomic too.
        swapped = False
    finally:
        database.connect(reuse_if_open=True)
    if not swapped:
        log.warning("database file in use: restoring by copying pages into the live database")
        src = sqlite3.connect(str(prepared))
        try:
            src.backup(database.connection())
        finally:
            src.close()
        prepared.unlink(missing_ok=True)
    store.quick_check()
    from dangjian_desktop.storage import migrations

    migrations.migrate(store)


def move_damaged_aside(database_file: Path, folder: Path) -> Path:
    """Move a damaged database and its -wal/-shm, untouched, into ``folder`` (kept for a specialist)."""
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        src = Path(str(database_file) + suffix)
        if src.exists():
            os.replace(src, folder / src.name)
    fsync_dir(database_file.parent)
    return folder / database_file.name


def install_file(prepared: Path, database_file: Path) -> None:
    """Put ``prepared`` in place of a database that is not open (restore after damage)."""
    _remove_sidecars(database_file)
    os.replace(prepared, database_file)
    fsync_dir(database_file.parent)


def replace_damaged(paths: DataPaths, prepared: Path, aside: Path) -> Path:
    """After damage (no store open): take the instance lock, move the damaged files aside, install ``prepared``.
    Returns where the damaged database now is."""
    from dangjian_desktop.storage.database import StoreLockedError, _InstanceLock

    lock = _InstanceLock(paths.lock_file)
    if not lock.acquire():
        raise StoreLockedError()
    try:
        moved = move_damaged_aside(paths.database, aside)
        install_file(prepared, paths.database)
        return moved
    finally:
        lock.release()
