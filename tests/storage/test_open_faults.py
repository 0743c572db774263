"""Opening a data folder: an empty or non-SQLite file is damage (never a new store), faults of the disk are told
apart from damage, a folder that cannot be written opens read-only, a new store is created atomically."""

from __future__ import annotations

import errno
import sqlite3

import peewee
import pytest

from dangjian_desktop.domain import faults
from dangjian_desktop.domain.errors import ReadOnlyError
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.paths import DataPaths
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import DatabaseCorruptError, Store
from dangjian_desktop.storage import database as dbmod
from dangjian_desktop.storage.database import EmptyDatabaseError
from tests.conftest_local import remount_read_only, tmpfs


def _store_with_backup(data_dir) -> DataPaths:  # noqa: ANN001
    with Services.open(data_dir) as s:
        s.branch.save_profile(Branch(name="测试党支部"))
        s.roster.save_member(Member(name="张三", phone="13800000001"))
        s.backups.create()
    return DataPaths(data_dir)


def test_zero_byte_database_is_damage_and_nothing_is_created_or_deleted(data_dir):
    paths = _store_with_backup(data_dir)
    backups_before = sorted(p.name for p in paths.backups.iterdir())
    paths.database.write_bytes(b"")
    with pytest.raises(EmptyDatabaseError) as err:
        Store.open(data_dir)
    assert isinstance(err.value, DatabaseCorruptError) and "0 字节" in str(err.value)
    assert paths.database.stat().st_size == 0  # not turned into a new, empty store
    assert sorted(p.name for p in paths.backups.iterdir()) == backups_before
    with pytest.raises(EmptyDatabaseError):  # a second try gives the same answer
        Store.open(data_dir)


def test_non_sqlite_file_is_damage(data_dir):
    _store_with_backup(data_dir)
    db = DataPaths(data_dir).database
    db.write_bytes(b"PK\x03\x04" + b"x" * 5000)  # e.g. a sync tool's placeholder
    with pytest.raises(DatabaseCorruptError):
        Store.open(data_dir)
    assert db.read_bytes().startswith(b"PK\x03\x04")


class _Killed(BaseException):
    pass


def test_a_new_store_is_created_atomically(data_dir, monkeypatch):
    from dangjian_desktop.storage import migrations

    real = migrations.migrate

    def killed(store):  # noqa: ANN001
        raise _Killed

    monkeypatch.setattr(migrations, "migrate", killed)
    with pytest.raises(_Killed):
        Store.open(data_dir)
    paths = DataPaths(data_dir)
    assert not paths.database.exists()  # no zero-byte or half-made file under the real name
    monkeypatch.setattr(migrations, "migrate", real)
    with Store.open(data_dir) as store:
        assert store.schema_version >= 1
    assert not (paths.root / "dangjian.sqlite3.new").exists()


class _FaultyDatabase(peewee.SqliteDatabase):
    """A database whose quick_check fails the way a failing disk makes it fail."""

    error: Exception = sqlite3.OperationalError("disk I/O error")

    def execute_sql(self, sql, params=None, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        if "quick_check" in sql:
            raise peewee.OperationalError(self.error, *self.error.args)
        return super().execute_sql(sql, params, *args, **kwargs)


@pytest.mark.parametrize("error, fault", [
    (sqlite3.OperationalError("disk I/O error"), faults.DiskIOError),
    (sqlite3.OperationalError("database or disk is full"), faults.DiskFullError),
    (sqlite3.OperationalError("database is locked"), faults.FileLockedError),
])
def test_disk_faults_while_opening_are_not_damage(data_dir, monkeypatch, error, fault):
    _store_with_backup(data_dir)
    monkeypatch.setattr(_FaultyDatabase, "error", error)
    monkeypatch.setattr(dbmod, "SqliteDatabase", _FaultyDatabase)
    with pytest.raises(fault) as err:
        Store.open(data_dir)
    assert not isinstance(err.value, DatabaseCorruptError)
    assert not (data_dir / dbmod.INTEGRITY_FAILED_MARKER).exists()  # never remembered as damage
    monkeypatch.undo()
    with Services.open(data_dir) as s:  # the disk is fine again: so is the store
        assert s.info.state() == "ok" and [m.name for m in s.roster.members()] == ["张三"]


def test_deferred_check_with_an_io_error_raises_a_fault_not_damage(data_dir, monkeypatch):
    _store_with_backup(data_dir)
    real_connect = sqlite3.connect

    class _Con:
        def __init__(self, con):  # noqa: ANN001
            self._con = con

        def execute(self, sql, *a):  # noqa: ANN001, ANN002
            if "quick_check" in sql:
                exc = sqlite3.OperationalError("disk I/O error")
                exc.sqlite_errorcode = 10  # SQLITE_IOERR, as sqlite3 sets it
                raise exc
            return self._con.execute(sql, *a)

        def close(self):
            self._con.close()

    monkeypatch.setattr(dbmod.sqlite3, "connect", lambda *a, **k: _Con(real_connect(*a, **k)))
    with pytest.raises(faults.DiskIOError, match="读写"):
        dbmod.check_file_integrity(DataPaths(data_dir).database)


def test_classify_real_sqlite_and_os_errors(tmp_path):
    db = tmp_path / "x.sqlite3"
    holder = sqlite3.connect(db)
    holder.execute("create table t(x)")
    holder.commit()
    holder.execute("begin exclusive")
    other = sqlite3.connect(db, timeout=0)
    with pytest.raises(sqlite3.OperationalError) as locked:
        other.execute("select * from t")
    holder.rollback()
    holder.close()
    other.close()
    assert isinstance(faults.classify(locked.value, db), faults.FileLockedError)
    assert isinstance(faults.classify(OSError(errno.ENOSPC, "No space left on device")), faults.DiskFullError)
    assert isinstance(faults.classify(OSError(errno.EROFS, "Read-only file system")), faults.AccessDeniedError)
    assert isinstance(faults.classify(PermissionError(errno.EACCES, "Permission denied")), faults.AccessDeniedError)
    assert isinstance(faults.classify(OSError(errno.EIO, "Input/output error")), faults.DiskIOError)
    assert faults.classify(FileNotFoundError(errno.ENOENT, "no such file")) is None
    assert faults.classify(sqlite3.DatabaseError("database disk image is malformed")) is None  # damage, not a fault
    wrapped = peewee.OperationalError(sqlite3.OperationalError("database or disk is full"))
    assert isinstance(faults.classify(wrapped), faults.DiskFullError)
    assert "磁盘空间不足" in str(faults.classify(wrapped))


def test_read_only_folder_injected(data_dir, monkeypatch):
    """A folder that refuses new files (EROFS, injected) opens read-only: reads work, writes are refused."""
    _store_with_backup(data_dir)
    monkeypatch.setattr(dbmod, "write_problem", lambda folder: OSError(errno.EROFS, "Read-only file system"))
    with Services.open(data_dir) as s:
        assert s.store.read_only and s.store.state == "read_only"
        assert "不允许写入" in s.store.read_only_reason
        assert [m.name for m in s.roster.members()] == ["张三"]
        with pytest.raises(ReadOnlyError, match="只读"):
            s.roster.save_member(Member(name="李四"))
        info = s.info.info()
        assert info["read_only"] is True and info["state"] == "read_only"


def test_read_only_folder_real_mount(tmp_path):
    """A really read-only file system (a remounted tmpfs): the store opens read-only with its data."""
    with tmpfs("20m") as point:
        data_dir = point / "data"
        with Services.open(data_dir) as s:
            s.branch.save_profile(Branch(name="只读测试党支部"))
            s.roster.save_member(Member(name="王五", phone="13800000002"))
        remount_read_only(point)
        with Services.open(data_dir) as s:
            assert s.store.read_only and s.store.state == "read_only"
            assert [m.name for m in s.roster.members()] == ["王五"]
            assert s.store.database.execute_sql("pragma quick_check").fetchone()[0] == "ok"
            with pytest.raises(ReadOnlyError):
                s.roster.save_member(Member(name="赵六"))


def test_a_hot_journal_left_by_a_kill_is_rolled_back_and_the_store_opens(data_dir, tmp_path):
    # a process killed mid-write while the file was in rollback mode (a restored backup before the app switched it to
    # WAL) leaves a hot journal; a read-only connection cannot roll it back ("attempt to write a readonly
    # database"), which the open once told the secretary as 没有权限 (seen in tests/test_restore_kill_loop.py)
    with Services.open(data_dir) as s:
        s.branch.save_profile(Branch(name="测试党支部"))
        for i in range(200):
            s.roster.save_member(Member(name=f"党员{i:03d}"))
    paths = DataPaths(data_dir)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    con = sqlite3.connect(paths.database, isolation_level=None)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("PRAGMA cache_size=2")  # the change spills into the file before the commit: the journal is needed
    con.execute("BEGIN")
    con.execute("UPDATE member SET name = '改过的名字', phone = ?", ("1" * 500,))
    journal = paths.database.with_name(paths.database.name + "-journal")
    assert journal.stat().st_size > 0
    (crashed / paths.database.name).write_bytes(paths.database.read_bytes())  # the disk as a kill leaves it
    (crashed / journal.name).write_bytes(journal.read_bytes())
    con.execute("ROLLBACK")
    con.close()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):  # what the open met
        dbmod.read_user_version(crashed / paths.database.name)
    with Services.open(crashed) as s:
        names = sorted(m.name for m in s.roster.members())
    assert len(names) == 200 and names[0] == "党员000" and "改过的名字" not in names  # the write undone, not half kept
    assert not (crashed / journal.name).exists()
