"""Migration step 3 (issue 15) on an old store and on a fresh one: the branch's table of exported revisions, and the
revision of each imported row at headquarters; nothing held before is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import SCHEMA_VERSION


def _columns(con: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}


def _make_version_2(db_file: Path) -> None:
    """Turn a store back into schema version 2: exchange_origin without its revision, no exchange_revision."""
    con = sqlite3.connect(db_file)
    with con:
        con.execute("DROP TABLE exchange_revision")
        con.execute('CREATE TABLE "origin_v2" ("uuid" VARCHAR(64) NOT NULL PRIMARY KEY, "table" VARCHAR(50) NOT NULL,'
                    ' "branch_uuid" VARCHAR(64) NOT NULL)')
        con.execute('INSERT INTO origin_v2 SELECT "uuid", "table", "branch_uuid" FROM exchange_origin')
        con.execute("DROP TABLE exchange_origin")
        con.execute("ALTER TABLE origin_v2 RENAME TO exchange_origin")
        con.execute('CREATE INDEX "exchange_origin_branch_uuid" ON "exchange_origin" ("branch_uuid")')
        con.execute("PRAGMA user_version = 2")
    con.close()


def test_a_version_2_store_is_migrated_keeping_its_origins(tmp_path: Path) -> None:
    data = tmp_path / "hq"
    with Services.open(data) as s:
        s.branch.init_headquarters("示范党委")
    con = sqlite3.connect(data / "dangjian.sqlite3")
    with con:
        con.execute("INSERT INTO exchange_origin (uuid, \"table\", branch_uuid, revision) VALUES ('m1', 'member', 'b1', 3)")
    con.close()
    _make_version_2(data / "dangjian.sqlite3")
    con = sqlite3.connect(data / "dangjian.sqlite3")
    assert "revision" not in _columns(con, "exchange_origin")
    con.close()
    with Services.open(data) as s:
        assert s.store.schema_version == SCHEMA_VERSION == 3
    assert list((data / "backups").glob("before-migration-v2-*.sqlite3"))
    con = sqlite3.connect(data / "dangjian.sqlite3")
    try:
        assert "revision" in _columns(con, "exchange_origin")
        assert _columns(con, "exchange_revision") == {"uuid", "table", "revision", "digest", "stamp"}
        assert con.execute("SELECT uuid, \"table\", branch_uuid, revision FROM exchange_origin").fetchall() == [
            ("m1", "member", "b1", None)]
    finally:
        con.close()


def test_a_fresh_store_runs_the_step_too(tmp_path: Path) -> None:
    with Services.open(tmp_path / "new") as s:
        assert s.store.schema_version == 3
        names = {r[0] for r in s.store.database.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"exchange_origin", "exchange_revision"} <= names
