"""Store opening rules: schema version, newer files refused untouched, single writer, corrupt files refused."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from dangjian_desktop.domain.errors import ReadOnlyError
from dangjian_desktop.storage import SCHEMA_VERSION, DatabaseCorruptError, SchemaTooNewError, Store


def test_new_store_has_current_schema_and_wal(data_dir):
    with Store.open(data_dir) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_newer_database_is_refused_and_left_untouched(data_dir):
    Store.open(data_dir).close()
    db = data_dir / "dangjian.sqlite3"
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.commit()
    con.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    mtime = db.stat().st_mtime_ns
    with pytest.raises(SchemaTooNewError) as err:
        Store.open(data_dir)
    assert "更新版本" in str(err.value)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert db.stat().st_mtime_ns == mtime


def test_second_instance_is_read_only(data_dir):
    first = Store.open(data_dir)
    try:
        second = Store.open(data_dir)
        try:
            assert second.read_only
            assert "另一个" in second.read_only_reason
            with pytest.raises(ReadOnlyError):
                with second.atomic():
                    pass
        finally:
            second.close()
    finally:
        first.close()
    third = Store.open(data_dir)
    assert not third.read_only
    third.close()


def test_garbage_file_is_refused(data_dir):
    (data_dir / "dangjian.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseCorruptError):
        Store.open(data_dir)
    assert (data_dir / "dangjian.sqlite3").read_bytes().startswith(b"this is not sqlite")


def test_migration_from_older_version_backs_up_first(data_dir, monkeypatch):
    from dangjian_desktop.storage import migrations

    Store.open(data_dir).close()
    calls = []
    monkeypatch.setattr(migrations, "CORE_STEPS", [*migrations.CORE_STEPS, (SCHEMA_VERSION + 1, lambda d: calls.append(1))])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(data_dir) as store:  # open() migrates
        assert store.schema_version == SCHEMA_VERSION + 1
        assert migrations.migrate(store) == 0
    assert calls == [1]
    backups = list((data_dir / "backups").glob("before-migration-*.sqlite3"))
    assert backups, "a backup is written before migrating an existing store"
