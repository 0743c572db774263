"""The data exchange's own schema step 1 (issue 15), on a store made before it and on a fresh one: the revision of
each imported row at headquarters and the branch's table of exported revisions; nothing held before is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dangjian_desktop.services.container import Services


def _columns(con: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}


def _before_the_step(db_file: Path) -> None:
    """Turn a store back into one the exchange step has not run on: exchange_origin as the frozen baseline made
    it, no exchange_revision, and the kind's version gone from schema_feature."""
    con = sqlite3.connect(db_file)
    with con:
        con.execute("DROP TABLE exchange_revision")
        con.execute('CREATE TABLE "origin_v1" ("uuid" VARCHAR(64) NOT NULL PRIMARY KEY, "table" VARCHAR(50) NOT NULL,'
                    ' "branch_uuid" VARCHAR(64) NOT NULL)')
        con.execute('INSERT INTO origin_v1 SELECT "uuid", "table", "branch_uuid" FROM exchange_origin')
        con.execute("DROP TABLE exchange_origin")
        con.execute("ALTER TABLE origin_v1 RENAME TO exchange_origin")
        con.execute('CREATE INDEX "exchange_origin_branch_uuid" ON "exchange_origin" ("branch_uuid")')
        con.execute('CREATE INDEX "exchange_origin_branch_uuid_table" ON "exchange_origin" ("branch_uuid", "table")')
        con.execute("DELETE FROM schema_feature WHERE feature = 'exchange'")
    con.close()


def test_a_store_made_before_the_step_is_migrated_keeping_its_origins(tmp_path: Path) -> None:
    data = tmp_path / "hq"
    with Services.open(data) as s:
        s.branch.init_headquarters("示范党委")
    con = sqlite3.connect(data / "dangjian.sqlite3")
    with con:
        con.execute("INSERT INTO exchange_origin (uuid, \"table\", branch_uuid) VALUES ('m1', 'member', 'b1')")
    con.close()
    _before_the_step(data / "dangjian.sqlite3")
    with Services.open(data) as s:
        assert s.exchange.overview() == []  # opens, migrates, reads
    assert list((data / "backups").glob("before-migration-*.sqlite3"))
    con = sqlite3.connect(data / "dangjian.sqlite3")
    try:
        assert "revision" in _columns(con, "exchange_origin")
        assert _columns(con, "exchange_revision") == {"uuid", "table", "revision", "digest", "stamp"}
        assert con.execute('SELECT uuid, "table", branch_uuid, revision FROM exchange_origin').fetchall() == [
            ("m1", "member", "b1", None)]
        assert con.execute("SELECT version FROM schema_feature WHERE feature = 'exchange'").fetchone() == (2,)  # and step 2 after it
    finally:
        con.close()


def test_a_fresh_store_runs_the_step_too(tmp_path: Path) -> None:
    with Services.open(tmp_path / "new") as s:
        names = {r[0] for r in s.store.database.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"exchange_origin", "exchange_revision"} <= names
        versions = dict(s.store.database.execute_sql("SELECT feature, version FROM schema_feature").fetchall())
        assert versions.get("exchange") == 2
