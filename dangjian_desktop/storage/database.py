"""Opening the SQLite store: pragmas, single-writer lock, schema version and migrations.

* ``PRAGMA user_version`` holds the schema version; ``PRAGMA application_id`` marks the file as ours.
* A file written by a newer app (user_version > SCHEMA_VERSION) is refused before anything is written.
* A second app instance on the same data folder cannot take the lock file and opens the store read-only.
* ``PRAGMA quick_check`` runs at open for stores up to ``QUICK_CHECK_AT_OPEN_MAX_BYTES`` (every branch store).
  It reads the whole file: a headquarters store of several GB would keep the window from opening for half a
  minute, so there the check is deferred (``Store.integrity_check_deferred``): the window runs
  ``check_file_integrity`` in a worker on its own connection after the first paint. A failure found that way is
  remembered in ``integrity-failed`` next to the database, and the next open checks at once and refuses the file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import peewee
from peewee import DatabaseProxy, SqliteDatabase

from dangjian_desktop.domain.errors import DomainError, ReadOnlyError
from dangjian_desktop.paths import DataPaths

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4  # 2: meeting_fts keyed by (date, id); 3: schema_feature; 4: member 籍贯 and date precision
# The version of the tables and fields that travel in data packages (manifest "schema_version"). Bumped only by a
# migration that changes them, not by one that only adds indexes (as 2 did): a headquarters that has not upgraded
# yet keeps accepting packages from branches that have.
RECORD_FORMAT_VERSION = 2  # 2: member.native_place and member.*_precision
APPLICATION_ID = 0x444A4458  # "DJDX"
# a branch's store is a few MB even after years (photos are files beside it); headquarters' reaches GB
QUICK_CHECK_AT_OPEN_MAX_BYTES = 256 * 1024 * 1024
INTEGRITY_FAILED_MARKER = "integrity-failed"

db = DatabaseProxy()


class SchemaTooNewError(DomainError):
    def __init__(self, found: int, supported: int):
        self.found, self.supported = found, supported
        super().__init__(
            f"这个数据文件由更新版本的程序创建（数据版本 {found}，本程序支持到 {supported}）。"
            "为保护数据，本程序不会打开或修改它，请安装最新版本后再打开。"
        )


class DatabaseCorruptError(DomainError):
    def __init__(self, detail: str):
        self.detail = detail
        super().__init__(
            "数据文件已损坏，程序不会再向其中写入内容。可以从最近的备份恢复。" + (f"（{detail}）" if detail else "")
        )


class NotOurDatabaseError(DomainError):
    def __init__(self, path: Path):
        super().__init__(f"文件 {path} 不是本程序的数据文件。")


class StoreLockedError(ReadOnlyError):
    def __init__(self) -> None:
        super().__init__("另一个“党支部工作台账”窗口正在使用这份数据，本窗口只能查看、不能修改。请先关闭另一个窗口。")


class _InstanceLock:
    """An OS file lock held for the life of the process (released by the OS if the process dies)."""

    def __init__(self, path: Path):
        self.path = path
        self._fh = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open deliberately
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()).encode())
        fh.flush()
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None


def read_user_version(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of a file, read without writing anything."""
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        return app_id, version
    finally:
        con.close()


class Store:
    """One open data folder. Create with :meth:`open`; close with :meth:`close` (or use as a context manager)."""

    def __init__(self, paths: DataPaths, database: SqliteDatabase, read_only: bool, lock: _InstanceLock | None):
        self.paths = paths
        self.database = database
        self.read_only = read_only
        self.read_only_reason = StoreLockedError().args[0] if read_only else ""
        self._lock = lock
        self.integrity_check_deferred = False

    # -- opening -----------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | str, *, read_only: bool = False, check_integrity: bool = True) -> Store:
        paths = DataPaths(Path(data_dir))
        paths.root.mkdir(parents=True, exist_ok=True)
        lock = None
        if not read_only:
            lock = _InstanceLock(paths.lock_file)
            if not lock.acquire():
                lock = None
                read_only = True
        exists = paths.database.exists() and paths.database.stat().st_size > 0
        if exists:
            try:
                app_id, version = read_user_version(paths.database)
            except sqlite3.DatabaseError as exc:
                if lock:
                    lock.release()
                raise DatabaseCorruptError(str(exc)) from exc
            if app_id not in (0, APPLICATION_ID):
                if lock:
                    lock.release()
                raise NotOurDatabaseError(paths.database)
            if version > SCHEMA_VERSION:
                if lock:
                    lock.release()
                raise SchemaTooNewError(version, SCHEMA_VERSION)
        elif read_only:
            raise DomainError(f"数据文件夹 {paths.root} 中还没有数据。")
        if not read_only:
            paths.ensure()
        database = _make_database(paths.database, read_only and exists)
        db.initialize(database)
        store = cls(paths, database, read_only, lock)
        try:
            database.connect(reuse_if_open=True)
            if check_integrity and exists:
                marker = _integrity_marker(paths.database)
                if paths.database.stat().st_size <= QUICK_CHECK_AT_OPEN_MAX_BYTES or marker.exists():
                    store.quick_check()
                    if marker.exists() and not read_only:
                        marker.unlink(missing_ok=True)  # repaired or restored since: checked good now
                else:
                    store.integrity_check_deferred = True
            if not read_only:
                from dangjian_desktop.storage import migrations

                migrations.migrate(store)
        except peewee.DatabaseError as exc:
            store.close()
            if isinstance(exc, peewee.OperationalError | peewee.IntegrityError):
                raise  # locked, I/O error...: not damage
            raise DatabaseCorruptError(str(exc)) from exc  # "database disk image is malformed" at connect
        except Exception:
            store.close()
            raise
        return store

    def quick_check(self) -> None:
        try:
            rows = self.database.execute_sql("PRAGMA quick_check").fetchall()
        except Exception as exc:  # sqlite3.DatabaseError: file is not a database, malformed
            raise DatabaseCorruptError(str(exc)) from exc
        if not rows or rows[0][0] != "ok":
            raise DatabaseCorruptError("; ".join(str(r[0]) for r in rows[:3]))

    def mark_damaged(self, detail: str) -> None:
        """A deferred check found damage: stop writing now, and make the next open check at once and refuse."""
        self.read_only = True
        self.read_only_reason = DatabaseCorruptError(detail).args[0]
        with contextlib.suppress(OSError):
            _integrity_marker(self.paths.database).write_text(detail, encoding="utf-8")

    # -- use ------------------------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One write transaction. Raises ReadOnlyError on a read-only store before anything happens."""
        self.require_writable()
        with self.database.atomic():
            yield

    def require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason or "数据为只读，不能修改。")

    @property
    def schema_version(self) -> int:
        return self.database.execute_sql("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        try:
            if not self.database.is_closed():
                if not self.read_only:
                    with contextlib.suppress(Exception):
                        self.database.execute_sql("PRAGMA optimize")
                self.database.close()
        finally:
            if self._lock:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _integrity_marker(database: Path) -> Path:
    return database.with_name(INTEGRITY_FAILED_MARKER)


def check_file_integrity(path: Path) -> str | None:
    """``PRAGMA quick_check`` of a database file on a connection of its own (safe in a worker thread while the
    store is in use: WAL readers see a consistent snapshot). None when good, else what SQLite reported."""
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3]) or "quick_check returned nothing"


def _make_database(path: Path, read_only: bool) -> SqliteDatabase:
    if read_only:
        return SqliteDatabase(
            f"file:{path.as_posix()}?mode=ro",
            uri=True,
            pragmas={"foreign_keys": 1, "query_only": 1, "cache_size": -16000},
        )
    return SqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            # FULL: a save the user saw confirmed survives a power cut at the wall, not only an app crash.
            # The cost is per commit; bulk writes go through insert_many in one transaction.
            "synchronous": "full",
            "foreign_keys": 1,
            "cache_size": -32000,
            "busy_timeout": 5000,
        },
        timeout=5,
    )
