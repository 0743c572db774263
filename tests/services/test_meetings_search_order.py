"""Full-text search returns the newest meetings first and stops at the limit (the index is keyed by date)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from dangjian_desktop.storage.baseline_v1 import V1_SCHEMA
from dangjian_desktop.domain.meetings import MeetingType
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import SCHEMA_VERSION

TERM = "蓝色星球计划"


def _add(s: Services, day: dt.date, minutes: str) -> str:
    m = s.meetings.new_meeting([MeetingType.COMMITTEE], day)
    m.title, m.place, m.host, m.recorder, m.minutes = "测试会议", "会议室", "张三", "李四", minutes
    return s.meetings.save(m, today=dt.date(2030, 1, 1)).uuid


def _expected(s: Services, terms: list[str], limit: int) -> list[str]:
    """Brute force: every meeting containing every term, newest first, ties by the later recorded."""
    rows = [(m.date, i, m.uuid) for i, m in enumerate(reversed(s.meetings.list()))]  # list(): newest, last id first
    hits = [(d, i, u) for d, i, u in rows
            if all(t.lower() in s.meetings.get(u).search_text().lower() for t in terms)]
    return [u for _, _, u in sorted(hits, reverse=True)[:limit]]


@pytest.fixture
def seeded(demo_services: Services) -> tuple[Services, list[str]]:
    s = demo_services
    # recorded out of date order: the index's insertion order is not the answer
    days = [dt.date(2019, 3, 5), dt.date(2024, 11, 2), dt.date(2016, 1, 9), dt.date(2024, 11, 2), dt.date(2022, 7, 1)]
    uuids = [_add(s, d, f"第{i}次会议讨论{TERM}的落实情况。") for i, d in enumerate(days)]
    return s, uuids


def test_newest_first_and_stops_at_the_limit(seeded: tuple[Services, list[str]]) -> None:
    s, _ = seeded
    for query, limit in ((TERM, 200), (TERM, 3), ("落实情况", 4), ("蓝色 落实", 3), ("蓝", 2), (f"{TERM} 第1次", 5),
                         ("党员", 10)):
        hits = s.meetings.search(query, limit=limit)
        assert [h.uuid for h in hits] == _expected(s, query.split(), limit), query
        assert all(a.date >= b.date for a, b in zip(hits, hits[1:], strict=False))


def test_index_follows_date_changes_and_deletes(seeded: tuple[Services, list[str]]) -> None:
    s, uuids = seeded
    m = s.meetings.get(uuids[2])  # the oldest (2016) becomes the newest
    m.date = dt.date(2025, 12, 31)
    s.meetings.save(m, today=dt.date(2030, 1, 1))
    hits = s.meetings.search(TERM)
    assert hits[0].uuid == uuids[2] and hits[0].date == dt.date(2025, 12, 31)
    s.meetings.delete(uuids[0])
    assert uuids[0] not in [h.uuid for h in s.meetings.search(TERM)]
    assert [h.uuid for h in s.meetings.search(TERM)] == _expected(s, [TERM], 200)


V1_TRIGGERS = [
    """CREATE TRIGGER meeting_fts_ai AFTER INSERT ON meeting BEGIN
         INSERT INTO meeting_fts(rowid, body) VALUES (new.id, new.search_text); END""",
    """CREATE TRIGGER meeting_fts_au AFTER UPDATE OF search_text ON meeting BEGIN
         DELETE FROM meeting_fts WHERE rowid = old.id;
         INSERT INTO meeting_fts(rowid, body) VALUES (new.id, new.search_text); END""",
    """CREATE TRIGGER meeting_fts_ad AFTER DELETE ON meeting BEGIN
         DELETE FROM meeting_fts WHERE rowid = old.id; END""",
]


def _make_version_1(db_file: Path) -> None:
    """Turn a store back into schema version 1: the full-text index keyed by meeting.id, the old triggers."""
    con = sqlite3.connect(db_file)
    with con:
        for name in ("meeting_search_ai", "meeting_search_au", "meeting_search_ad"):  # schema 6's index
            con.execute(f"DROP TRIGGER {name}")
        con.execute("DROP TABLE meeting_search")
        con.execute("DROP TABLE meeting_index_queue")
        con.execute("CREATE VIRTUAL TABLE meeting_fts USING fts5(body, tokenize='trigram')")
        con.execute("INSERT INTO meeting_fts(rowid, body) SELECT id, search_text FROM meeting")
        for ddl in V1_TRIGGERS:
            con.execute(ddl)
        # what later versions added (schema_feature, the record kinds' own tables and steps, new columns and
        # indexes): whatever the frozen version-1 schema does not have goes, read from that schema itself
        v1 = sqlite3.connect(":memory:")
        for ddl in V1_SCHEMA:
            v1.execute(ddl)

        def names(c: sqlite3.Connection, kind: str) -> set[str]:
            return {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%'"
                                            " AND name NOT LIKE 'meeting_fts%' AND name NOT LIKE 'meeting_search%'", (kind,))}

        for index in names(con, "index") - names(v1, "index"):
            con.execute(f'DROP INDEX "{index}"')
        for table in names(con, "table") - names(v1, "table"):
            con.execute(f'DROP TABLE "{table}"')
        for table in names(con, "table"):
            old_columns = {r[1] for r in v1.execute(f'PRAGMA table_info("{table}")')}
            for column in [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]:
                if column not in old_columns:
                    con.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        v1.close()
        con.execute("PRAGMA user_version = 1")
    con.close()


def test_a_version_1_store_is_searched_read_only_and_migrated_when_opened(seeded, data_dir: Path) -> None:  # noqa: ANN001
    s, _ = seeded
    expected = {q: [h.uuid for h in s.meetings.search(q, limit=3)] for q in (TERM, "落实情况", "蓝")}
    s.close()
    _make_version_1(data_dir / "dangjian.sqlite3")
    with Services.open(data_dir, read_only=True) as ro:  # not migrated: the old index still answers, newest first
        assert ro.store.schema_version == 1
        assert {q: [h.uuid for h in ro.meetings.search(q, limit=3)] for q in expected} == expected
    with Services.open(data_dir) as rw:
        assert rw.store.schema_version == SCHEMA_VERSION
        assert list((data_dir / "backups").glob("before-migration-v1-*.sqlite3"))
        assert {q: [h.uuid for h in rw.meetings.search(q, limit=3)] for q in expected} == expected
        indexes = {r[0] for r in rw.store.database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'meeting'")}
        assert "meeting_date_type_mask_branch_id" in indexes
        assert not rw.meetings.search_index_pending()  # the search indexed the short queue the migration left
        new = _add(rw, dt.date(2026, 1, 2), f"迁移之后再记一次{TERM}。")  # the new triggers keep it up to date
        assert rw.meetings.search(TERM, limit=1)[0].uuid == new
