"""Schema step 7: the indexes that lead another index of their table go (a headquarters import paid an entry in
each for every meeting or attendance row); a store at version 6 keeps its data, and every look-up that used one
is still answered by an index, never by reading the table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import SCHEMA_VERSION, migrations
from tests.storage.historical import old_store_with_a_branch

GONE = {"meeting_group_id": "meeting", "meeting_status": "meeting", "meeting_attendance_member_id": "meeting_attendance"}
# each look-up the dropped index served, and the index that serves it now
LOOK_UPS = [
    ('SELECT "id" FROM "meeting" WHERE "group_id" = 1', "meeting_group_id_date"),  # also the ON DELETE SET NULL
    ('SELECT count(*) FROM "meeting" WHERE "status" = \'草稿\'', "meeting_status_date"),
    ('SELECT "meeting_id" FROM "meeting_attendance" WHERE "member_id" = 1', "meeting_attendance_member_id_meeting_id"),
    # the list by date (the index kept: its entries are in (date, id) order, the list's, so nothing is sorted)
    ('SELECT "id" FROM "meeting" ORDER BY "date" DESC, "id" DESC LIMIT 200', "meeting_date"),
]


def _indexes(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'").fetchall())
    finally:
        con.close()


def test_step_7_is_the_newest_and_drops_only_indexes_that_lead_another():
    assert SCHEMA_VERSION == 7 and migrations.CORE_STEPS[6][0] == 7
    assert set(migrations.V7_PREFIX_INDEXES) == set(GONE)


def test_a_version_6_store_loses_the_three_indexes_and_keeps_its_data(data_dir: Path):
    db = old_store_with_a_branch(data_dir, 6)
    before = _indexes(db)
    assert {name: before.get(name) for name in GONE} == GONE
    with Services.open(data_dir) as s:
        assert s.store.schema_version == SCHEMA_VERSION
        assert s.branch.profile().name == "老支部"
    after = _indexes(db)
    assert not set(GONE) & set(after)
    fresh = data_dir.parent / "fresh"
    Services.open(fresh).close()
    assert after == _indexes(fresh / "dangjian.sqlite3")  # as a store made today (record kinds' steps too)
    assert list((data_dir / "backups").glob("before-migration-v6-*.sqlite3"))


@pytest.mark.parametrize("sql, index", LOOK_UPS)
def test_every_look_up_of_a_dropped_index_still_reads_an_index(data_dir: Path, sql: str, index: str):
    Services.open(data_dir).close()
    con = sqlite3.connect(data_dir / "dangjian.sqlite3")
    try:
        plan = [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql)]
    finally:
        con.close()
    assert len(plan) == 1 and f"INDEX {index}" in plan[0], plan  # one step, along the index: no scan, no sort
