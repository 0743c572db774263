"""Schema versions and migrations of a store on PostgreSQL (issue 22)."""

from __future__ import annotations

import contextlib

import psycopg

from dangjian_desktop import features
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import SCHEMA_VERSION
from dangjian_desktop.storage.migrations import feature_steps


def _tables(url: str) -> set[str]:
    with contextlib.closing(psycopg.connect(url)) as con:
        return {r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}


def test_a_new_store_is_at_the_newest_versions_without_the_sqlite_text_index(pg_url, tmp_path):
    with Services.open(tmp_path / "pc", database=pg_url) as s:
        assert s.store.engine == "postgresql" and s.store.schema_version == SCHEMA_VERSION
        with contextlib.closing(psycopg.connect(pg_url)) as con:
            kinds = dict(con.execute('SELECT "feature", "version" FROM "schema_feature"').fetchall())
    assert kinds == {key: len(steps) for key, steps in feature_steps()}
    tables = _tables(pg_url)
    assert {"member", "meeting", "exchange_origin", "setting", "dangjian_schema"} <= tables
    assert "meeting_fts" not in tables


def test_a_record_kind_new_to_the_store_gets_its_tables_at_the_next_open(pg_url, tmp_path):
    """A later release declares a kind: on PostgreSQL its tables come from its models (its frozen step 1 is
    SQLite DDL), and its version is recorded; its records can then be written."""
    from tests.features.throwaway_kind import FEATURE

    with Services.open(tmp_path / "pc", database=pg_url):
        pass
    assert "throwaway_note" not in _tables(pg_url)
    with features.registered(FEATURE):
        with Services.open(tmp_path / "pc", database=pg_url):
            with contextlib.closing(psycopg.connect(pg_url)) as con:
                version = con.execute('SELECT "version" FROM "schema_feature" WHERE "feature" = %s',
                                      (FEATURE.key,)).fetchone()[0]
            assert version == len(features.load(FEATURE.migrations))
            model = features.load(FEATURE.tables[0].model)
            assert model.select().count() == 0
    assert "throwaway_note" in _tables(pg_url)


def test_a_snapshot_does_not_see_what_another_connection_commits_meanwhile(pg_url, tmp_path):
    from dangjian_desktop.storage.repos import settings

    with Services.open(tmp_path / "pc", database=pg_url) as s:
        s.branch.init_headquarters("示范能源公司党委")
        with contextlib.closing(psycopg.connect(pg_url, autocommit=True)) as other:
            with s.store.snapshot():
                before = settings.get("hq.name")
                other.execute("UPDATE setting SET value = %s WHERE key = %s", ('"另一个名字"', "hq.name"))
                assert settings.get("hq.name") == before == "示范能源公司党委"
            assert settings.get("hq.name") == "另一个名字"
