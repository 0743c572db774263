"""The list filter's text filled in after an import commits (issue 21, migrations_pg step 5, storage/pg.py
``pending_head_ddl``): a meeting INSERTed gets its ``meeting_head`` row without its text; the search index's
catch-up fills the text in. What must hold: the filter (count and rows) gives the same answer before, during and
after the catch-up, and that answer is what the filter means (the text, ignoring case, in one of the list's
columns), worked out here in Python from the meetings themselves; after the catch-up every row has its text."""

from __future__ import annotations

import contextlib

import psycopg

from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.domain.meetings import MeetingFilter
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import pg as pg_storage
from dangjian_desktop.storage.migrations_pg import PG_SCHEMA_VERSION
from tests.pg.test_pg_hq import HQ_NAME, packages  # noqa: F401 - the demo branch's packages (a fixture)
from tests.pg.test_pg_meetings import TEXTS, _head_text, _make_hq


def _rows(url: str, sql: str, params: tuple = ()) -> list:
    with contextlib.closing(psycopg.connect(url, autocommit=True)) as con:
        cur = con.execute(sql, params)
        return cur.fetchall() if cur.description else []


def _imported_without_catch_up(folder, pkgs, url) -> Services:  # noqa: ANN001
    """A headquarters store on ``url`` with ``pkgs`` imported as the window does it, the search index not caught
    up (the window starts that in the background after the commit; the CLI catches up before it exits)."""
    s = Services.open(folder, database=url)
    s.branch.init_headquarters(HQ_NAME)
    for r in s.exchange.import_packages(pkgs):
        assert r.outcome is ImportOutcome.IMPORTED, r.reason
    return s


def _answers(s: Services, texts: list[str], year: int | None = None) -> dict[str, tuple[int, list[str]]]:
    out = {}
    for text in texts:
        flt = MeetingFilter(text=text, year=year)
        out[text] = (s.meetings.count_matching(flt), [m.uuid for m in s.meetings.list(flt)])
    return out


def test_the_filter_finds_imported_meetings_before_during_and_after_the_catch_up(packages, pg_url, tmp_path):  # noqa: ANN001, F811
    s = _imported_without_catch_up(tmp_path / "pc", packages, pg_url)
    try:
        assert _rows(pg_url, 'SELECT "pg_version" FROM "dangjian_schema"')[0][0] == PG_SCHEMA_VERSION == 5
        everything = s.meetings.list()
        assert len(everything) >= 10
        # the import made no filter text: every row waits for the catch-up, and every meeting is queued
        assert _rows(pg_url, f'SELECT count(*), count("head") FROM "{pg_storage.HEAD_TABLE}"')[0] == (len(everything), 0)
        assert s.search_index.pending() == len(everything)
        # what the filter means, from the meetings themselves (newest first, as the list)
        heads = {m.uuid: _head_text(s, m.uuid).lower() for m in everything}
        texts = [*TEXTS, *{m.title[1:6] for m in everything[:3] if len(m.title) > 5}]  # longer than 4 characters
        expected = {t: [m.uuid for m in everything if t.lower() in heads[m.uuid]] for t in texts}
        expected = {t: (len(u), u) for t, u in expected.items()}
        assert sum(1 for c, _ in expected.values() if c) >= 6  # not all misses
        assert _answers(s, texts) == expected  # nothing indexed yet
        year = everything[len(everything) // 2].date.year  # with a year too (counted with the year's condition)
        in_year = {t: [u for u in uuids if s.meetings.get(u).date.year == year] for t, (_, uuids) in expected.items()}
        in_year = {t: (len(u), u) for t, u in in_year.items()}
        assert _answers(s, texts, year) == in_year
        # half of the meetings caught up (the editor's path: only those ids), the rest still waiting
        ids = sorted(i for (i,) in _rows(pg_url, 'SELECT "id" FROM "meeting"'))
        with s.store.atomic():
            from dangjian_desktop.storage.repos import meetings_pg

            meetings_pg.index_queued(500, ids[::2])
        assert _rows(pg_url, f'SELECT count("head") FROM "{pg_storage.HEAD_TABLE}"')[0][0] == len(ids[::2])
        assert _answers(s, texts) == expected
        # all caught up: each row holds its meeting's text, and the answers stay
        s.search_index.catch_up()
        assert s.search_index.pending() == 0
        held = dict(_rows(pg_url, f'SELECT m."uuid", h."head" FROM "{pg_storage.HEAD_TABLE}" AS h '
                                  'JOIN "meeting" AS m ON m."id" = h."meeting_id"'))
        assert held == heads
        assert _answers(s, texts) == expected
        assert _answers(s, texts, year) == in_year
        # an edited meeting gets its filter text at once (the row trigger for UPDATE), not NULL
        some = ids[0]
        _rows(pg_url, 'UPDATE "meeting" SET "place" = %s WHERE "id" = %s', ("龘龘会议室", some))
        assert _rows(pg_url, f'SELECT "head" FROM "{pg_storage.HEAD_TABLE}" WHERE "meeting_id" = %s',
                     (some,))[0][0].count("龘龘会议室") == 1
        assert s.meetings.count_matching(MeetingFilter(text="龘龘")) == 1
    finally:
        s.close()


def test_the_bulk_catch_up_fills_every_filter_text(packages, pg_url, tmp_path, monkeypatch):  # noqa: ANN001, F811
    """The catch-up that rebuilds the search index in one pass (after hq-migrate or a headquarters' first imports)
    fills the filter's texts too, and leaves no pending list in the filter's GIN index."""
    from dangjian_desktop.storage.repos import meetings_pg

    monkeypatch.setattr(meetings_pg, "BULK_MIN", 1)  # a handful of meetings: taken as a bulk rebuild here
    s = _imported_without_catch_up(tmp_path / "pc", packages, pg_url)
    try:
        before = _answers(s, TEXTS)
        from dangjian_desktop.storage.repos import meetings_search

        assert meetings_search.index_bulk_wanted()
        s.search_index.catch_up()
        assert _rows(pg_url, f'SELECT count(*) FROM "{pg_storage.HEAD_TABLE}" WHERE "head" IS NULL')[0][0] == 0
        assert _answers(s, TEXTS) == before
        _rows(pg_url, "CREATE EXTENSION IF NOT EXISTS pageinspect")
        pending = _rows(pg_url, "SELECT n_pending_tuples FROM "
                                f"gin_metapage_info(get_raw_page('{pg_storage.HEAD_INDEX}', 0))")
        assert pending == [(0,)]
    finally:
        s.close()


def test_a_store_at_step_four_gets_step_five_keeping_its_texts_and_index(packages, pg_url, tmp_path, capsys):  # noqa: ANN001, F811
    """A store made before step 5 (every filter row with its text, the column NOT NULL, no partial index): the next
    open runs step 5 without rebuilding the GIN index or touching the texts; the next import leaves its new
    meetings' texts to the catch-up, and the filter finds old and new alike."""
    s = _make_hq(tmp_path / "pc", packages[:1], pg_url)
    capsys.readouterr()
    first = _answers(s, TEXTS)
    s.close()
    _rows(pg_url, f'DROP INDEX "{pg_storage.HEAD_PENDING_INDEX}"')
    _rows(pg_url, f'ALTER TABLE "{pg_storage.HEAD_TABLE}" ALTER COLUMN "head" SET NOT NULL')
    step4 = [sql for sql in pg_storage.statement_triggers_ddl() if "dangjian_meeting_head_inserted()" in sql
             and "FUNCTION" in sql and "TRIGGER " not in sql.split("RETURNS")[0]]
    assert len(step4) == 1
    _rows(pg_url, step4[0])
    _rows(pg_url, 'UPDATE "dangjian_schema" SET "pg_version" = 4')
    texts = dict(_rows(pg_url, f'SELECT "meeting_id", "head" FROM "{pg_storage.HEAD_TABLE}"'))
    index = _rows(pg_url, f"SELECT to_regclass('{pg_storage.HEAD_INDEX}')::oid")[0][0]
    s = Services.open(tmp_path / "pc", database=pg_url)
    try:
        assert _rows(pg_url, 'SELECT "pg_version" FROM "dangjian_schema"')[0][0] == 5
        assert _rows(pg_url, f"SELECT to_regclass('{pg_storage.HEAD_INDEX}')::oid")[0][0] == index
        assert _rows(pg_url, f"SELECT to_regclass('{pg_storage.HEAD_PENDING_INDEX}')")[0][0] is not None
        assert dict(_rows(pg_url, f'SELECT "meeting_id", "head" FROM "{pg_storage.HEAD_TABLE}"')) == texts
        assert _answers(s, TEXTS) == first
        # a meeting INSERTed now (a copy of one under a new uuid and title) gets its filter row without text, is
        # queued, and the filter finds it through its own columns
        cols = [c for (c,) in _rows(pg_url, "SELECT column_name FROM information_schema.columns WHERE table_name = "
                                            "'meeting' AND column_name NOT IN ('id', 'uuid', 'title')")]
        names = ", ".join(f'"{c}"' for c in cols)
        _rows(pg_url, f'INSERT INTO "meeting" ("uuid", "title", {names}) SELECT %s, %s, {names} FROM "meeting" '
                      'ORDER BY "id" LIMIT 1', ("00000000-0000-4000-8000-00000000beef", "龘靐专题会议"))
        assert _rows(pg_url, f'SELECT h."head" FROM "{pg_storage.HEAD_TABLE}" AS h JOIN "meeting" AS m '
                             "ON m.\"id\" = h.\"meeting_id\" WHERE m.\"title\" = '龘靐专题会议'") == [(None,)]
        assert s.search_index.pending() == 1
        for text in ("龘靐", "龘靐专题会议", "专题会"):
            assert s.meetings.count_matching(MeetingFilter(text=text)) == 1, text
        assert s.meetings.count_matching(MeetingFilter(text="龘靐专题会议x")) == 0
        s.search_index.catch_up()
        assert s.meetings.count_matching(MeetingFilter(text="龘靐专题会议")) == 1
        assert _rows(pg_url, f'SELECT count(*) FROM "{pg_storage.HEAD_TABLE}" WHERE "head" IS NULL')[0][0] == 0
    finally:
        s.close()
