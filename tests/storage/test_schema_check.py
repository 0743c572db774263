"""The restore's schema check: every store this program (or an older one) made passes; any added, missing or changed
table, index, trigger or view is found; versions and record kinds this build does not know are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from dangjian_desktop import features
from dangjian_desktop.storage import SCHEMA_VERSION, Store, migrations
from dangjian_desktop.storage.schema_check import differences
from tests.storage.test_migrations import _note_kind


def _store_at(path: Path, version: int) -> Path:
    database = SqliteDatabase(str(path))
    for v, step in migrations.CORE_STEPS[:version]:
        with database.atomic():
            step(database)
            database.execute_sql(f"PRAGMA user_version = {v}")
    database.close()
    return path


def test_a_fresh_store_passes(data_dir):
    Store.open(data_dir).close()
    assert differences(data_dir / "dangjian.sqlite3") == []


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_stores_of_every_version_pass_before_and_after_migrating(data_dir, version):
    db = _store_at(data_dir / "dangjian.sqlite3", version)
    assert differences(db) == []  # e.g. a before-migration copy of that version
    Store.open(data_dir).close()
    assert differences(db) == []


@pytest.mark.parametrize("sql, found", [
    ("CREATE TRIGGER wipe AFTER UPDATE ON member BEGIN UPDATE member SET id_number = ''; END", "多出了触发器“wipe”"),
    ("CREATE VIEW everyone AS SELECT name, phone FROM member", "多出了视图“everyone”"),
    ("CREATE INDEX member_x ON member(phone)", "多出了索引“member_x”"),
    ("CREATE TABLE stash (x)", "多出了表“stash”"),
    ("DROP INDEX member_uuid", "缺少索引“member_uuid”"),
    ("DROP TRIGGER meeting_search_ai", "缺少触发器“meeting_search_ai”"),
    ("ALTER TABLE member ADD COLUMN secret TEXT", "表“member”与本程序创建的不同"),
])
def test_any_change_of_the_schema_is_found(data_dir, sql, found):
    Store.open(data_dir).close()
    db = data_dir / "dangjian.sqlite3"
    con = sqlite3.connect(db)
    con.execute(sql)
    con.commit()
    con.close()
    assert found in differences(db)


def test_a_trigger_replaced_under_the_same_name_is_found(data_dir):
    Store.open(data_dir).close()
    db = data_dir / "dangjian.sqlite3"
    con = sqlite3.connect(db)
    con.execute("DROP TRIGGER meeting_search_ad")
    con.execute("CREATE TRIGGER meeting_search_ad AFTER DELETE ON meeting BEGIN DELETE FROM member; END")
    con.commit()
    con.close()
    assert differences(db) == ["触发器“meeting_search_ad”与本程序创建的不同"]


def test_unknown_versions_and_record_kinds_are_refused(data_dir, tmp_path):
    Store.open(data_dir).close()
    db = data_dir / "dangjian.sqlite3"
    con = sqlite3.connect(db)
    con.execute("INSERT INTO schema_feature (feature, version) VALUES ('unknown_kind', 1)")
    con.commit()
    con.close()
    assert "不认识" in differences(db)[0]
    other = tmp_path / "other"
    with features.registered(_note_kind("STEPS_V2")):  # a record kind with its own steps: its store passes
        Store.open(other).close()
        assert differences(other / "dangjian.sqlite3") == []
    assert "不认识" in differences(other / "dangjian.sqlite3")[0]  # a build without that kind refuses it
