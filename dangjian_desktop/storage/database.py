"""Opening the SQLite store: pragmas, single-writer lock, schema version and migrations.

* ``PRAGMA user_version`` holds the schema version; ``PRAGMA application_id`` marks the file as ours.
* A file written by a newer app (user_version > SCHEMA_VERSION) is refused before anything is written.
* A second app instance on the same data folder cannot take the lock file and opens the store read-only; so does a
  folder that cannot be written (write-protected stick, read-only share) or a full disk (``Store.state`` says which).
* A missing database is created under a temporary name and renamed into place; a zero-byte or non-SQLite file is
  damage (never a new store). Disk faults (full, I/O error, locked, no permission) raise ``domain.faults`` errors,
  never ``DatabaseCorruptError``: they say nothing about the file.
* ``PRAGMA quick_check`` runs at open for stores up to ``QUICK_CHECK_AT_OPEN_MAX_BYTES`` (every branch store).
  It reads the whole file: a headquarters store of several GB would keep the window from opening for half a
  minute, so there the check is deferred (``Store.integrity_check_deferred``): the window runs
  ``check_file_integrity`` in a worker on its own connection after the first paint. A failure found that way is
  remembered in ``integrity-failed`` next to the database, and the next open checks at once and refuses the file.

A headquarters store may instead live on PostgreSQL (``Store.open_postgresql``, ``storage/pg.py``): the data
folder then holds only what is the PC's own (logs, scratch files, received attachments, keys).
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

from dangjian_desktop.domain import faults
from dangjian_desktop.domain.errors import ReadOnlyError
from dangjian_desktop.paths import DataPaths, FileLock, done_with_scratch, use_scratch, write_problem
from dangjian_desktop.storage.engine import POSTGRESQL, SQLITE, PgTarget
from dangjian_desktop.storage.store_errors import (  # noqa: F401 - imported from here too
    SchemaTooNewError,
    DatabaseCorruptError,
    EmptyDatabaseError,
    NotOurDatabaseError,
    NoDataError,
    PASSWORD_REFUSED,
    DatabaseUnreachableError,
    StoreLockedError,
    READ_ONLY_FOLDER,
    READ_ONLY_FILE,
    READ_ONLY_DISK_FULL,
    STATE_OK,
    STATE_IN_USE,
    STATE_READ_ONLY,
    STATE_DISK_FULL,
    STATE_DAMAGED,
)
from dangjian_desktop.storefile import (  # noqa: F401 - SCHEMA_VERSION and the marks are imported from here too
    APPLICATION_ID,
    INTEGRITY_FAILED_MARKER,
    QUICK_CHECK_AT_OPEN_MAX_BYTES,
    SCHEMA_VERSION,
    SQLITE_HEADER,
)

log = logging.getLogger(__name__)

# SCHEMA_VERSION (the core schema's version) and the file's marks live in dangjian_desktop/storefile.py (no peewee)
# The version of the tables and fields that travel in data packages (manifest "schema_version"). Bumped only by a
# migration that changes them, not by one that only adds indexes (as 2 did): a headquarters that has not upgraded
# yet keeps accepting packages from branches that have.
RECORD_FORMAT_VERSION = 3  # 2: member.native_place and member.*_precision; 3: meeting_agenda_item.study_*

db = DatabaseProxy()


def read_version(database: object) -> int:
    """The core schema version of an open database: ``PRAGMA user_version`` on SQLite, the table
    ``dangjian_schema`` on PostgreSQL."""
    if getattr(database, "engine", SQLITE) == POSTGRESQL:
        from dangjian_desktop.storage import pg

        return pg.read_version(database)
    return database.execute_sql("PRAGMA user_version").fetchone()[0]  # type: ignore[attr-defined]


_InstanceLock = FileLock  # the data folder's single-writer lock (storage/backups.py takes it for a restore)


def _versions(uri: str) -> tuple[int, int]:
    con = sqlite3.connect(uri, uri=True, timeout=30)
    try:
        return con.execute("PRAGMA application_id").fetchone()[0], con.execute("PRAGMA user_version").fetchone()[0]
    finally:
        con.close()


def read_user_version(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of a file, read without writing anything."""
    return _versions(f"file:{path.as_posix()}?mode=ro")


def _read_versions_any(path: Path, folder_writable: bool) -> tuple[int, int]:
    """As :func:`read_user_version`, also where a read-only connection cannot read: a hot journal (a process killed
    mid-write while the file was in rollback mode, e.g. just after a restore put a backup in place) or a WAL to
    recover ("attempt to write a readonly database"). In a writable folder SQLite does that first, as every open
    for writing does; in one that cannot be written the file is read as it is (no -shm can be made there). If that
    fails too, the first error stands."""
    try:
        return read_user_version(path)
    except sqlite3.OperationalError as exc:
        try:
            return _versions(f"file:{path.as_posix()}" + ("" if folder_writable else "?mode=ro&immutable=1"))
        except sqlite3.Error:
            raise exc from None


def _fault_or(exc: BaseException, where: Path) -> BaseException:
    """The disk/OS fault behind ``exc`` if there is one (never damage), else ``exc`` itself."""
    return faults.classify(exc, where) or exc


class Store:
    """One open data folder. Create with :meth:`open`; close with :meth:`close` (or use as a context manager).

    ``state`` says why a store is read-only ("in_use", "read_only", "disk_full", "damaged") or "ok"."""

    def __init__(self, paths: DataPaths, database: SqliteDatabase, read_only: bool, lock: FileLock | None,
                 state: str = STATE_OK, reason: str = ""):
        self.paths = paths
        self.database = database
        self.read_only = read_only
        self.state = state if read_only else STATE_OK
        self.read_only_reason = reason or (StoreLockedError().args[0] if read_only else "")
        self._lock = lock
        self.integrity_check_deferred = False
        # a restore that a kill interrupted was completed by this open (services then put the backup's keys back)
        self.restore_completed_at_open = False
        self._scratch_counted = False
        self.engine: str = getattr(database, "engine", SQLITE)
        self.target: PgTarget | None = None  # the PostgreSQL database, when not the folder's SQLite file

    @property
    def location(self) -> str:
        """Where the records are, for people: the SQLite file, or the PostgreSQL URL without its password."""
        return self.target.display() if self.target is not None else str(self.paths.database)

    # -- opening -----------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | str, *, read_only: bool = False, check_integrity: bool = True,
             lock: FileLock | None = None) -> Store:
        """Open the data folder. Writable when this is the only instance and the folder can be written; read-only
        (with ``state`` and ``read_only_reason`` saying why) when another window has it, the folder or the file
        cannot be written, or the disk is full. A missing database file is created (atomically); a zero-byte or
        non-SQLite file is damage (DatabaseCorruptError), never a new store. Disk and permission faults raise
        ``domain.faults.StorageFault`` subclasses, never DatabaseCorruptError. ``lock``: the folder's
        single-writer lock, already taken (by ``glimpse.take`` at start-up); released if the open fails."""
        if lock is not None:
            try:
                return cls._open_locked(DataPaths(Path(data_dir)), lock, False, STATE_OK, "", True, check_integrity)
            except BaseException:
                lock.release()
                raise
        paths = DataPaths(Path(data_dir))
        try:
            paths.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if not paths.root.is_dir():
                raise _fault_or(exc, paths.root) from exc
        state, reason = STATE_OK, ""
        writable_folder = True
        if read_only:  # asked for (e.g. to report on a folder that cannot be opened for writing)
            state, reason = STATE_READ_ONLY, "以只读方式打开，不能修改。"
            writable_folder = write_problem(paths.root) is None
        else:
            problem = write_problem(paths.root)
            if problem is not None:
                fault = faults.classify(problem, paths.root)
                if isinstance(fault, faults.DiskFullError):
                    state, reason = STATE_DISK_FULL, READ_ONLY_DISK_FULL
                elif isinstance(fault, faults.AccessDeniedError):
                    state, reason = STATE_READ_ONLY, READ_ONLY_FOLDER
                elif fault is not None:
                    raise fault from problem
                else:
                    raise problem
                read_only = True
                writable_folder = False
        lock = None
        if not read_only:
            lock = FileLock(paths.lock_file)
            try:
                taken = lock.acquire()
            except OSError as exc:
                fault = faults.classify(exc, paths.lock_file)
                if not isinstance(fault, faults.AccessDeniedError | faults.FileLockedError):
                    raise (fault or exc) from exc
                taken = False
                state, reason = STATE_READ_ONLY, READ_ONLY_FOLDER
            if not taken:
                lock = None
                read_only = True
                if state == STATE_OK:
                    state = STATE_IN_USE
        try:
            return cls._open_locked(paths, lock, read_only, state, reason, writable_folder, check_integrity)
        except BaseException:
            if lock:
                lock.release()
            raise

    @classmethod
    def _open_locked(cls, paths: DataPaths, lock: FileLock | None, read_only: bool, state: str, reason: str,
                     writable_folder: bool, check_integrity: bool) -> Store:
        database_file = paths.database
        restore_completed = False
        if lock is not None:
            # holding the single-writer lock: no restore of another instance is under way. A restore that a kill
            # interrupted is completed now, before anything reads the database; then the leftovers of killed
            # processes in tmp/ go (decrypted packages, snapshots)
            from dangjian_desktop.storage import backups as files

            if paths.restore_intent.exists() or paths.attachments.with_name("attachments.old").is_dir():
                files.recover_restore(paths)
                restore_completed = True
            files.sweep_leftovers(paths)
        exists = database_file.exists()
        if exists:
            try:
                size = database_file.stat().st_size
                with open(database_file, "rb") as fh:
                    header = fh.read(len(SQLITE_HEADER))
            except OSError as exc:
                raise _fault_or(exc, database_file) from exc
            if size == 0:
                raise EmptyDatabaseError()
            if header != SQLITE_HEADER:
                raise DatabaseCorruptError("不是SQLite数据库文件（文件开头不对）")
            try:
                app_id, version = _read_versions_any(database_file, writable_folder)
            except sqlite3.DatabaseError as exc:
                fault = faults.classify(exc, database_file)
                if fault is not None:
                    raise fault from exc
                raise DatabaseCorruptError(str(exc)) from exc
            if app_id not in (0, APPLICATION_ID):
                raise NotOurDatabaseError(database_file)
            if version > SCHEMA_VERSION:
                raise SchemaTooNewError(version, SCHEMA_VERSION)
            if not read_only and not os.access(database_file, os.W_OK):
                read_only, state, reason = True, STATE_READ_ONLY, READ_ONLY_FILE
                lock.release()  # type: ignore[union-attr]
                lock = None
        elif read_only:
            raise NoDataError(f"数据文件夹 {paths.root} 中还没有数据。")
        else:
            _create_new(paths)  # atomically: a kill leaves no file, or a complete empty store
            exists = True
        if not read_only:
            try:
                paths.ensure()
            except OSError as exc:
                raise _fault_or(exc, paths.root) from exc
        immutable = read_only and not writable_folder and not _has_wal(database_file)
        database = _make_database(database_file, read_only, immutable=immutable)
        db.initialize(database)
        store = cls(paths, database, read_only, lock, state, reason)
        store.restore_completed_at_open = restore_completed
        try:
            try:
                database.connect(reuse_if_open=True)
                database.execute_sql("PRAGMA schema_version")  # the first read opens the -wal/-shm
            except peewee.OperationalError:
                if not read_only or writable_folder or immutable:
                    raise
                # a -wal but no -shm in a folder that cannot be written: read the main file as it is
                log.warning("opening %s immutable: its -shm cannot be created", database_file)
                database.close()
                store.database = database = _make_database(database_file, True, immutable=True)
                db.initialize(database)
                database.connect(reuse_if_open=True)
            if check_integrity and exists:
                marker = _integrity_marker(database_file)
                if database_file.stat().st_size <= QUICK_CHECK_AT_OPEN_MAX_BYTES or marker.exists():
                    store.quick_check()
                    if marker.exists() and not read_only:
                        marker.unlink(missing_ok=True)  # repaired or restored since: checked good now
                else:
                    store.integrity_check_deferred = True
            if not read_only:
                from dangjian_desktop.storage import migrations

                migrations.migrate(store)
            _use_own_branch_prefix()
        except peewee.DatabaseError as exc:
            store._lock = None  # released by open()
            store.close()
            fault = faults.classify(exc, database_file)
            if fault is not None:
                raise fault from exc  # full, I/O error, locked, no permission: never damage
            if isinstance(exc, peewee.OperationalError | peewee.IntegrityError):
                raise
            raise DatabaseCorruptError(str(exc)) from exc  # "database disk image is malformed" at connect
        except BaseException:
            store._lock = None
            store.close()
            raise
        use_scratch(paths)
        store._scratch_counted = True
        return store

    @classmethod
    def open_postgresql(cls, target: PgTarget, data_dir: Path | str, *, read_only: bool = False) -> Store:
        """Open (and, when writable, create or migrate) the PostgreSQL database ``target``. ``data_dir`` is this
        PC's folder for logs, scratch files and received attachments. No file lock: several staff share the
        database, and writes that must not interleave take advisory locks (``Store.lock``)."""
        from dangjian_desktop.storage import pg

        paths = DataPaths(Path(data_dir))
        try:
            paths.root.mkdir(parents=True, exist_ok=True)
            paths.ensure()
        except OSError as exc:
            raise _fault_or(exc, paths.root) from exc
        database = pg.make_database(target)
        try:
            database.connect()
        except peewee.DatabaseError as exc:
            raise DatabaseUnreachableError(target, exc) from exc
        db.initialize(database)
        store = cls(paths, database, read_only, None, STATE_READ_ONLY if read_only else STATE_OK,
                    "以只读方式打开，不能修改。" if read_only else "")
        store.target = target
        try:
            version = pg.read_version(database)
            if version == 0 and pg.user_tables(database):
                raise NotOurDatabaseError(target.display())
            if version > SCHEMA_VERSION:
                raise SchemaTooNewError(version, SCHEMA_VERSION)
            if version == 0 and read_only:
                raise NoDataError(f"数据库 {target.display()} 中还没有数据。")
            if not read_only:
                from dangjian_desktop.storage import migrations

                migrations.migrate(store)
            _use_own_branch_prefix()
        except BaseException:
            store.close()
            raise
        use_scratch(paths)
        store._scratch_counted = True
        return store

    def lock(self, name: str) -> None:
        """Inside a transaction: wait until no other connection holds the lock ``name`` and hold it until this
        transaction ends (PostgreSQL advisory lock). On SQLite nothing to do: one writer per file (the folder's
        instance lock, and SQLite's own write lock)."""
        if self.engine == POSTGRESQL:
            from dangjian_desktop.storage import pg

            pg.lock(self.database, name)

    def quick_check(self) -> None:
        if self.engine != SQLITE:
            return  # the server keeps its own integrity (WAL, constraints, checksums if enabled)
        try:
            rows = self.database.execute_sql("PRAGMA quick_check").fetchall()
        except Exception as exc:  # sqlite3.DatabaseError: file is not a database, malformed; or a disk fault
            fault = faults.classify(exc, self.paths.database)
            if fault is not None:
                raise fault from exc
            raise DatabaseCorruptError(str(exc)) from exc
        if not rows or rows[0][0] != "ok":
            raise DatabaseCorruptError("; ".join(str(r[0]) for r in rows[:3]))

    def mark_damaged(self, detail: str) -> None:
        """A deferred check found damage: stop writing now, and make the next open check at once and refuse."""
        self.read_only = True
        self.state = STATE_DAMAGED
        self.read_only_reason = DatabaseCorruptError(detail).args[0]
        with contextlib.suppress(OSError):
            _integrity_marker(self.paths.database).write_text(detail, encoding="utf-8")

    def mark_unfinished(self, reason: str) -> None:
        """Stop writing until the next start (e.g. a restore whose swaps could not all be done: the next open
        completes it)."""
        self.read_only = True
        self.state = STATE_READ_ONLY
        self.read_only_reason = reason

    # -- use ------------------------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One write transaction. Raises ReadOnlyError on a read-only store before anything happens."""
        self.require_writable()
        with self.database.atomic():
            yield

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Several reads that see one moment of the store, whatever other staff commit meanwhile (PostgreSQL:
        a REPEATABLE READ, READ ONLY transaction; SQLite: one read transaction, a WAL snapshot)."""
        with self.database.atomic():
            if self.engine == POSTGRESQL:
                self.database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield

    def require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason or "数据为只读，不能修改。")

    @property
    def holds_lock(self) -> bool:
        return self._lock is not None

    @property
    def schema_version(self) -> int:
        return read_version(self.database)

    def change_mark(self) -> tuple[int, int]:
        """What changes whenever anything is written to the store, by this thread's connection
        (``total_changes``) or by any other connection (SQLite's ``data_version``): equal marks, same data."""
        if self.engine == POSTGRESQL:  # the server's write-ahead log position moves with any write anywhere
            hi, _, lo = self.database.execute_sql("SELECT pg_current_wal_lsn()::text").fetchone()[0].partition("/")
            return int(hi, 16), int(lo, 16)
        conn = self.database.connection()
        return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes

    def close_thread_connection(self) -> None:
        """Close this (worker) thread's own connection; the store stays open for the others."""
        if not self.database.is_closed():
            self.database.close()

    def close(self) -> None:
        sqlite_file = not self.read_only and self.engine == SQLITE
        try:
            if sqlite_file:
                from dangjian_desktop.storage.bulk import wait_for_checkpoint

                wait_for_checkpoint(self.paths.database)  # an import's WAL still being copied (storage/bulk.py)
            if not self.database.is_closed():
                if sqlite_file:
                    with contextlib.suppress(Exception):
                        self.database.execute_sql("PRAGMA optimize")
                self.database.close()
        finally:
            if self._lock:
                self._lock.release()
                self._lock = None
            if self._scratch_counted:
                self._scratch_counted = False
                done_with_scratch(self.paths)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _use_own_branch_prefix() -> None:
    """The UUIDs the store makes from now on begin as its own branch's (``models.use_uuid_prefix``). Only where
    the records sit in headquarters' indexes depends on it: a store it cannot be read from opens as before, its
    UUIDs random."""
    from dangjian_desktop.storage import models
    from dangjian_desktop.storage.repos import roster

    try:
        models.use_uuid_prefix(roster.own_branch_uuid())
    except peewee.DatabaseError:
        log.warning("the own branch could not be read for the UUID prefix", exc_info=True)
        models.use_uuid_prefix(None)


def _has_wal(database_file: Path) -> bool:
    wal = Path(str(database_file) + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _create_new(paths: DataPaths) -> None:
    """Create the store under a temporary name, bring it to SCHEMA_VERSION and rename it into place: the database
    file either does not exist or is complete (a kill during the first start never leaves a zero-byte file)."""
    from dangjian_desktop.storage import migrations

    final = paths.database
    temp = final.with_name(final.name + ".new")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(temp) + suffix).unlink(missing_ok=True)
    database = _make_database(temp, False)
    previous = db.obj
    db.initialize(database)
    try:
        database.connect()
        migrations.migrate(Store(paths, database, False, None))
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.close()
        for suffix in ("-wal", "-shm"):
            Path(str(temp) + suffix).unlink(missing_ok=True)
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, final)
    except BaseException as exc:
        if not database.is_closed():
            database.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(temp) + suffix).unlink(missing_ok=True)
        if previous is not None:
            db.initialize(previous)
        fault = faults.classify(exc, final)
        if fault is not None:
            raise fault from exc
        raise
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            fd = os.open(str(final.parent), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _integrity_marker(database: Path) -> Path:
    return database.with_name(INTEGRITY_FAILED_MARKER)


def check_file_integrity(path: Path) -> str | None:
    """``PRAGMA quick_check`` of a database file on a connection of its own (safe in a worker thread while the
    store is in use: WAL readers see a consistent snapshot). None when good, else what SQLite reported. A disk
    fault (I/O error, full disk, locked) raises ``StorageFault``: it says nothing about damage."""
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        fault = faults.classify(exc, path)
        if fault is not None:
            raise fault from exc
        return str(exc)
    if rows and rows[0][0] == "ok":
        return None
    return "; ".join(str(r[0]) for r in rows[:3]) or "quick_check returned nothing"


def _make_database(path: Path, read_only: bool, immutable: bool = False) -> SqliteDatabase:
    if read_only:
        # immutable: a folder that cannot be written has no -shm for SQLite to create; nobody writes there either
        return SqliteDatabase(
            f"file:{path.as_posix()}?mode=ro" + ("&immutable=1" if immutable else ""),
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
            # the WAL file cut down to 64 MB when it starts over (after a headquarters import: GBs, storage/bulk.py)
            "journal_size_limit": 64 * 1024 * 1024,
        },
        timeout=5,
    )
