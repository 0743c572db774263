"""How an import's rows reach PostgreSQL (issue 21, storage/repos/records_pg_insert.py, migrations_pg step 4): new
rows by COPY, the registry in one statement, look-ups as one array, the meetings' list-filter table and search
queue filled once per statement. What must hold whatever the way: every imported row and registry row is there once,
each meeting has its filter row with its text and is queued to be indexed, and the filter's n-grams are the same."""

from __future__ import annotations

import contextlib

import psycopg

from dangjian_desktop.domain.meetings import MeetingFilter
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import pg as pg_storage
from dangjian_desktop.storage.migrations_pg import PG_SCHEMA_VERSION
from tests.pg.test_pg_hq import packages  # noqa: F401 - the demo branch's packages (a fixture)
from tests.pg.test_pg_meetings import _make_hq


def _rows(url: str, sql: str, params: tuple = ()) -> list:
    with contextlib.closing(psycopg.connect(url, autocommit=True)) as con:
        return con.execute(sql, params).fetchall()


def _run(url: str, *statements: str) -> None:
    with contextlib.closing(psycopg.connect(url, autocommit=True)) as con:
        for sql in statements:
            con.execute(sql)


def test_the_filter_grams_are_every_substring_of_one_to_four_characters(pg_url, tmp_path):  # noqa: ANN001
    with Services.open(tmp_path / "pc", database=pg_url):
        pass
    worked = {  # by hand: every run of 1..4 consecutive characters
        "": set(),
        "a": {"a"},
        "党员": {"党", "员", "党员"},
        "支部会议": {"支", "部", "会", "议", "支部", "部会", "会议", "支部会", "部会议", "支部会议"},
        "aaaaa": {"a", "aa", "aaa", "aaaa"},
        "党 a\n": {"党", " ", "a", "\n", "党 ", " a", "a\n", "党 a", " a\n", "党 a\n"},
    }
    for text, grams in worked.items():
        assert set(_rows(pg_url, "SELECT dangjian_grams(%s)", (text,))[0][0]) == grams, text
    assert _rows(pg_url, "SELECT dangjian_grams(NULL)")[0][0] is None


def test_an_import_leaves_every_row_once_with_its_filter_row_and_queue_entry(packages, pg_url, tmp_path,  # noqa: ANN001, F811
                                                                            capsys):
    s = _make_hq(tmp_path / "pc", packages, pg_url)
    capsys.readouterr()
    try:
        assert _rows(pg_url, 'SELECT "pg_version" FROM "dangjian_schema"')[0][0] == PG_SCHEMA_VERSION == 5
        meetings = _rows(pg_url, 'SELECT count(*), count(DISTINCT "uuid") FROM "meeting"')[0]
        assert meetings[0] > 10 and meetings[0] == meetings[1]
        # the filter row of each meeting, its text made from the meeting's own columns here
        heads = dict(_rows(pg_url, f'SELECT "meeting_id", "head" FROM "{pg_storage.HEAD_TABLE}"'))
        expected = {i: "\n".join(cols).lower() for i, *cols in _rows(
            pg_url, 'SELECT "id", "title", "lecture_topic", "place", "host", "group_name", "types" FROM "meeting"')}
        assert heads == expected
        # every meeting was queued (the CLI's import catches the search index up from the queue at its end)
        assert _rows(pg_url, 'SELECT count(*) FROM "meeting_index_queue"')[0][0] == 0
        indexed = [k for (k,) in _rows(pg_url, f'SELECT "meeting_id" FROM "{pg_storage.SEARCH_TABLE}"')]
        assert sorted(indexed) == sorted(expected)
        # every record row registered once, to the branch
        counted = 0
        for (table,) in _rows(pg_url, 'SELECT DISTINCT "table" FROM "exchange_origin"'):
            held = _rows(pg_url, f'SELECT count(*) FROM "{table}"')[0][0]
            registered = _rows(pg_url, 'SELECT count(*) FROM "exchange_origin" WHERE "table" = %s', (table,))[0][0]
            assert registered == held, table
            counted += held
        assert counted == _rows(pg_url, 'SELECT count(*) FROM "exchange_origin"')[0][0]
        assert len(_rows(pg_url, 'SELECT DISTINCT "branch_uuid" FROM "exchange_origin"')) == 1
        # the filter answers by its index as before: a text found in some meetings, and one in none
        assert s.meetings.count_matching(MeetingFilter(text="党")) == sum("党" in h for h in heads.values())
        assert s.meetings.count_matching(MeetingFilter(text="龘")) == 0
        # an update of a meeting still moves its filter row (the row trigger for UPDATE is kept)
        some = next(iter(expected))
        _rows(pg_url, 'UPDATE "meeting" SET "place" = %s WHERE "id" = %s RETURNING 1', ("龘龘会议室", some))
        assert s.meetings.count_matching(MeetingFilter(text="龘")) == 1
    finally:
        s.close()


def test_a_store_at_step_three_gets_the_statement_triggers(packages, pg_url, tmp_path, capsys):  # noqa: ANN001, F811
    """A store made by the build before step 4 (row triggers for INSERT, the old n-gram function): the next open
    runs step 4, keeps the filter's table and index, and the filter finds what it found."""
    s = _make_hq(tmp_path / "pc", packages[:1], pg_url)
    capsys.readouterr()
    flt = MeetingFilter(text="会")
    count = s.meetings.count_matching(flt)
    s.close()
    old_triggers = [sql for sql in (*pg_storage.SEARCH_DDL, *pg_storage.head_ddl()) if "TRIGGER" in sql]
    _run(pg_url, 'DROP TRIGGER "meeting_head_insert" ON "meeting"', 'DROP TRIGGER "meeting_ngram_queue_insert" ON "meeting"',
         *old_triggers, pg_storage.GRAMS_FUNCTION, 'UPDATE "dangjian_schema" SET "pg_version" = 3')
    index = _rows(pg_url, f"SELECT to_regclass('{pg_storage.HEAD_INDEX}')::oid")[0][0]
    with Services.open(tmp_path / "pc", database=pg_url) as s:
        assert _rows(pg_url, 'SELECT "pg_version" FROM "dangjian_schema"')[0][0] == PG_SCHEMA_VERSION
        names = {n for (n,) in _rows(pg_url, "SELECT tgname FROM pg_trigger WHERE tgrelid = 'meeting'::regclass "
                                             "AND NOT tgisinternal")}
        assert names == {"meeting_head_sync", "meeting_head_insert", "meeting_ngram_queue", "meeting_ngram_queue_insert"}
        assert _rows(pg_url, f"SELECT to_regclass('{pg_storage.HEAD_INDEX}')::oid")[0][0] == index
        assert s.meetings.count_matching(flt) == count > 0


def test_text_arrays_arrive_as_given_whatever_their_characters(pg_url):  # noqa: ANN001
    from dangjian_desktop.storage.repos.records_pg_insert import text_array

    hostile = ["a", None, "NULL", 'x"y', "b\\c", "{}", "a,b", " sp ", "党员\n", "", '\\"', "}{\"'", "\\\\\""]
    assert _rows(pg_url, "SELECT %s::text[]", (text_array(hostile),))[0][0] == hostile
    assert _rows(pg_url, "SELECT %s::text[]", (text_array([]),))[0][0] == []
    # without a NULL: the one-join way for plain values, the escaping way as soon as one value needs it
    for values in (["a", "b", ""], [""], ["党员", "3f2b-uuid"], ['x","y', "z"], ["a", 'b"'], ["a\\", "b"],
                   ['","', '"'], ["a,b", "{c}"]):
        assert _rows(pg_url, "SELECT %s::text[]", (text_array(iter(values)),))[0][0] == values, values
