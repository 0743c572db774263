"""PostgreSQL's own schema steps (storage/migrations_pg.py, issue 22): numbered and versioned in
``dangjian_schema.pg_version``; a store made before they were numbered is brought to the newest version at its
next open, keeping what it has (nothing rebuilt) or making what it lacks; a newer store is refused."""

from __future__ import annotations

import contextlib

import psycopg
import pytest

from dangjian_desktop.domain.meetings import MeetingFilter
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import SCHEMA_VERSION, SchemaTooNewError
from dangjian_desktop.storage.migrations_pg import PG_SCHEMA_VERSION
from tests.pg.test_pg_hq import packages  # noqa: F401 - the demo branch's packages (a fixture)
from tests.pg.test_pg_meetings import _make_hq

ADDITIONS = ("meeting_ngram", "meeting_ngram_grams", "meeting_head", "meeting_head_grams4", "hq_file",
             "meeting_head_pending")


def _sql(url: str, *statements: str) -> list:
    with contextlib.closing(psycopg.connect(url, autocommit=True)) as con:
        out = []
        for sql in statements:
            cur = con.execute(sql)
            out.append(cur.fetchall() if cur.description else None)
        return out


def _one(url: str, sql: str):  # noqa: ANN202
    return _sql(url, sql)[0][0][0]


def _oids(url: str) -> dict[str, int | None]:
    return {name: _one(url, f"SELECT to_regclass('{name}')::oid") for name in ADDITIONS}


def _versions(url: str) -> tuple[int, int]:
    return tuple(_sql(url, 'SELECT "version", "pg_version" FROM "dangjian_schema"')[0][0])


def test_a_new_store_is_at_the_newest_postgresql_version(pg_url, tmp_path):  # noqa: ANN001
    with Services.open(tmp_path / "pc", database=pg_url):
        pass
    assert _versions(pg_url) == (SCHEMA_VERSION, PG_SCHEMA_VERSION) and PG_SCHEMA_VERSION == 5
    assert all(_oids(pg_url).values())
    assert _one(pg_url, "SELECT count(*) FROM pg_trigger WHERE tgname IN ('meeting_ngram_queue', 'meeting_head_sync', "
                "'meeting_ngram_queue_insert', 'meeting_head_insert')") == 4


def test_a_store_of_the_unnumbered_builds_keeps_what_it_has(packages, pg_url, tmp_path, capsys):  # noqa: ANN001, F811
    """Made by a build that created these at every open (no pg_version column): the next open records the version
    and rebuilds nothing (the same tables, nothing queued to be indexed again)."""
    _make_hq(tmp_path / "pc", packages, pg_url).close()
    capsys.readouterr()
    before = _oids(pg_url)
    _sql(pg_url, 'ALTER TABLE "dangjian_schema" DROP COLUMN "pg_version"')
    with Services.open(tmp_path / "pc", database=pg_url) as s:
        assert s.search_index.pending() == 0
    assert _versions(pg_url) == (SCHEMA_VERSION, PG_SCHEMA_VERSION)
    assert _oids(pg_url) == before
    with Services.open(tmp_path / "pc", database=pg_url):  # at the newest version: no step runs again
        pass
    assert _oids(pg_url) == before


def test_an_older_store_without_the_additions_gets_them(packages, pg_url, tmp_path, capsys):  # noqa: ANN001, F811
    """A store of an early build (the search table of an earlier layout without its GIN index, no list filter
    table, no hq_file, no pg_version): its next open makes them, fills the filter's table, queues every meeting to
    be indexed; the search and the list filter then give what they gave before."""
    s = _make_hq(tmp_path / "pc", packages, pg_url)
    capsys.readouterr()
    hits = [h.uuid for h in s.meetings.search("党员")]
    flt = MeetingFilter(text="党")
    count = s.meetings.count_matching(flt)
    meetings = s.meetings.count()
    s.close()
    assert hits and count
    _sql(pg_url, 'ALTER TABLE "dangjian_schema" DROP COLUMN "pg_version"',
         'DROP TRIGGER "meeting_head_sync" ON "meeting"', 'DROP TABLE "meeting_head"', 'DROP TABLE "hq_file"',
         'DROP INDEX "meeting_ngram_grams"', 'DELETE FROM "meeting_ngram"')
    assert not any(_oids(pg_url)[n] for n in ("meeting_ngram_grams", "meeting_head", "hq_file", "meeting_head_pending"))
    with Services.open(tmp_path / "pc", database=pg_url) as s:
        assert _versions(pg_url) == (SCHEMA_VERSION, PG_SCHEMA_VERSION)
        assert all(_oids(pg_url).values())
        assert s.search_index.pending() == meetings
        assert s.meetings.count_matching(flt) == count  # the filter's table filled from the meetings
        assert s.search_index.catch_up() == meetings
        assert [h.uuid for h in s.meetings.search("党员")] == hits


def test_a_store_of_a_newer_build_is_refused_before_anything_is_written(pg_url, tmp_path):  # noqa: ANN001
    with Services.open(tmp_path / "pc", database=pg_url):
        pass
    _sql(pg_url, f'UPDATE "dangjian_schema" SET "pg_version" = {PG_SCHEMA_VERSION + 1}')
    with pytest.raises(SchemaTooNewError, match="更新版本"):
        Services.open(tmp_path / "pc", database=pg_url)
    assert _versions(pg_url) == (SCHEMA_VERSION, PG_SCHEMA_VERSION + 1)
    with Services.open(tmp_path / "pc", database=pg_url, read_only=True) as s:  # reading it is allowed
        assert s.meetings.count() == 0
