"""A meeting's child rows (attendance, agenda items, votes, amendments, attachments) have no registration of their
own at headquarters (``exchange_origin``): they are their meeting's branch's. Every guarantee the registration
gave holds through the parent: another branch's child row refuses a package with the same reason on either path
of the merge, deleting one is confined to its branch, the counts are the branch's rows, and a store whose child
rows were registered (exchange schema step 1) is migrated keeping what it holds."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.storage.repos import records_merge
from dangjian_desktop.storage.repos.records_schema import child_keys, table_of

from . import hostile
from tests.pg.cluster import hq_database, on_both_engines, store_query

from .conftest import PASSWORD, export, import_, opened
from .test_confinement import _next_b_package, _put, _refused, _rows, two_branches  # noqa: F401 - fixture

FOREIGN = "与已导入的另一个党支部的记录编号相同"
CHILDREN = ("meeting_attendance", "meeting_agenda_item", "meeting_vote", "meeting_amendment", "meeting_attachment")


def _q(data_dir: Path, sql: str, params: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(data_dir / "dangjian.sqlite3")
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


@pytest.fixture(params=[0, records_merge.BRANCH_SCAN_ROWS], ids=["by-branch", "by-uuid"])
def scan_rows(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(records_merge, "BRANCH_SCAN_ROWS", request.param)
    return request.param


def test_the_child_tables_are_the_meetings_leaves() -> None:
    assert sorted(table_of(m) for m in child_keys()) == sorted(CHILDREN)
    assert {k.name for k in child_keys().values()} == {"meeting"}


@on_both_engines
def test_child_rows_are_not_registered_and_are_counted_through_their_meeting(two_branches):  # noqa: F811
    ctx = two_branches
    hq = ctx["hq"]
    registered = dict(store_query(hq, 'SELECT "table", COUNT(*) FROM exchange_origin GROUP BY "table"'))
    assert not set(CHILDREN) & set(registered), registered
    assert registered["meeting"] > 0
    held = store_query(hq, "SELECT COUNT(*) FROM meeting_attendance")[0][0]
    [(items,)] = store_query(hq, "SELECT COUNT(*) FROM meeting_agenda_item")
    assert held > 10 and items > 0
    b_uuid = ctx["b_uuid"]
    a_uuid = next(u for (u,) in store_query(hq, "SELECT uuid FROM branch") if u != b_uuid)
    with opened(hq):
        from dangjian_desktop.storage.repos import hq_overview, records_hq

        a_counts, b_counts = records_hq.branch_counts(a_uuid), records_hq.branch_counts(b_uuid)
        listing = records_hq.branch_table(a_uuid, "meeting_attendance", limit=100_000)
        every_year = records_hq.counts_in_year("meeting_agenda_item", 2026)  # no date column: every row
        by_member = hq_overview.counts_in_year("meeting_attendance", 2026)
    assert (a_counts["meeting_attendance"], b_counts["meeting_attendance"]) == (held, 0)
    assert (a_counts["meeting_agenda_item"], b_counts["meeting_agenda_item"]) == (items, 0)
    assert len(listing.rows) == held
    assert every_year == {a_uuid: items}
    assert by_member is not None and set(by_member) <= {a_uuid}


def _a_rows(ctx: dict, table: str) -> list[dict]:
    _, entries = hostile.parts(ctx["tmp"] / "a.djpkg", PASSWORD)
    return _rows(entries, table)["rows"]


def _b_meeting_with(ctx: dict, attendance_uuid: str, tombstone: tuple[str, str] | None = None):  # noqa: ANN202
    """A change making B's next package hold a meeting of B's with one attendance row of ``attendance_uuid``
    (and, if given, a tombstone for (table, uuid))."""
    meeting = dict(_a_rows(ctx, "meeting")[0], uuid="b-meeting", branch=ctx["b_uuid"], group=None)
    row = dict(_a_rows(ctx, "meeting_attendance")[0], uuid=attendance_uuid, meeting="b-meeting", member=None)

    def change(manifest, entries):  # noqa: ANN001, ANN202
        for table, new in (("meeting", meeting), ("meeting_attendance", row)):
            data = _rows(entries, table)
            data["rows"].append(new)
            _put(manifest, entries, table, data)
        if tombstone is not None:
            stones = json.loads(entries["tombstones.json"])
            rows = stones["tombstones"]
            rows.append({"table": tombstone[0], "uuid": tombstone[1], "deleted_at": "2026-03-01T08:00:00"})
            entries["tombstones.json"] = json.dumps(stones, ensure_ascii=False).encode()
            manifest["tombstones"] = len(rows)

    return change


def test_b_may_add_a_meeting_with_attendance(two_branches, scan_rows):  # noqa: F811
    """The control: the same package with a fresh attendance UUID is imported, and the row is B's."""
    ctx = two_branches
    [res] = import_(ctx["hq"], _next_b_package(ctx, _b_meeting_with(ctx, "b-attendance")))
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    with opened(ctx["hq"]):
        from dangjian_desktop.storage.repos import records_hq

        assert records_hq.branch_counts(ctx["b_uuid"])["meeting_attendance"] == 1


def test_another_branchs_attendance_row_is_refused_on_either_path(two_branches, scan_rows):  # noqa: F811
    ctx = two_branches
    stolen = _a_rows(ctx, "meeting_attendance")[0]["uuid"]
    _refused(ctx, _next_b_package(ctx, _b_meeting_with(ctx, stolen)), FOREIGN)


def test_an_attendance_row_with_the_uuid_of_another_branchs_member_is_refused(two_branches, scan_rows):  # noqa: F811
    """The UUID registered to another branch under another table: the registry's key refused it before child rows
    had no registration; it still does."""
    ctx = two_branches
    _refused(ctx, _next_b_package(ctx, _b_meeting_with(ctx, ctx["a_member"])), FOREIGN)


@pytest.mark.parametrize("later_fault", [False, True])
def test_deleting_another_branchs_attendance_row_is_refused(two_branches, scan_rows, later_fault):  # noqa: F811
    """Told first among the package's faults, as when the row had a registration of its own (a later fault: a
    column the program does not know)."""
    ctx = two_branches
    stolen = _a_rows(ctx, "meeting_attendance")[0]["uuid"]
    change = _b_meeting_with(ctx, "b-attendance", tombstone=("meeting_attendance", stolen))

    def and_a_fault(manifest, entries):  # noqa: ANN001, ANN202
        change(manifest, entries)
        if later_fault:
            data = _rows(entries, "meeting_attendance")
            for row in data["rows"]:
                row["unknown_column"] = "x"
            _put(manifest, entries, "meeting_attendance", data)

    _refused(ctx, _next_b_package(ctx, and_a_fault), "数据包要求删除不属于该党支部的记录")


def _register_children_as_step_1_did(hq: Path) -> None:
    """The store as exchange schema step 1 left it: every child row registered to its meeting's branch (revision
    1), a deleted child's UUID registered too, the index on branch_uuid alone, the kind at version 1."""
    for table in CHILDREN:
        store_query(hq, f'INSERT INTO exchange_origin (uuid, "table", branch_uuid, revision) '
                        f'SELECT c.uuid, ?, o.branch_uuid, 1 FROM "{table}" c JOIN meeting p ON p.id = c.meeting_id '
                        'JOIN exchange_origin o ON o.uuid = p.uuid', (table,), write=True)
    [(branch,)] = store_query(hq, "SELECT DISTINCT branch_uuid FROM exchange_origin")
    store_query(hq, "INSERT INTO exchange_origin (uuid, \"table\", branch_uuid) "
                    "VALUES ('deleted-child', 'meeting_attendance', ?)", (branch,), write=True)
    store_query(hq, 'CREATE INDEX "exchange_origin_branch_uuid" ON "exchange_origin" ("branch_uuid")', write=True)
    store_query(hq, "UPDATE schema_feature SET version = 1 WHERE feature = 'exchange'", write=True)


def _indexes(hq: Path) -> set[str]:
    if hq_database(hq) is None:
        return {n for (n,) in store_query(hq, "SELECT name FROM sqlite_master WHERE tbl_name = 'exchange_origin'")}
    return {n for (n,) in store_query(hq, "SELECT indexname FROM pg_indexes WHERE tablename = 'exchange_origin'")}


@on_both_engines
def test_a_store_with_registered_child_rows_is_migrated_and_the_branchs_next_package_leaves_its_rows(
        branch_dir: Path, hq_dir: Path, stick: Path, scan_rows: int) -> None:
    """Issue 23's flow across the migration: headquarters imported the branch with child rows registered (step 1),
    the program is updated (step 2 removes the held children's registrations), the branch edits a meeting's
    attendance and agenda and sends a full package: headquarters holds exactly the branch's rows."""
    assert import_(hq_dir, Path(export(branch_dir, stick / "1.djpkg").path))[0].outcome is ImportOutcome.IMPORTED
    _register_children_as_step_1_did(hq_dir)
    assert "exchange_origin_branch_uuid" in _indexes(hq_dir)
    children_before = {t: sorted(store_query(hq_dir, f'SELECT uuid FROM "{t}"')) for t in CHILDREN}
    with opened(hq_dir):  # opens: migrates
        pass
    assert store_query(hq_dir, "SELECT version FROM schema_feature WHERE feature = 'exchange'") == [(2,)]
    if hq_database(hq_dir) is None:
        assert list(hq_dir.glob("backups/before-migration-*.sqlite3"))
    assert store_query(hq_dir, 'SELECT "table", uuid FROM exchange_origin WHERE "table" IN (%s)'
                       % ", ".join("?" * len(CHILDREN)), CHILDREN) == [("meeting_attendance", "deleted-child")]
    assert "exchange_origin_branch_uuid" not in _indexes(hq_dir)
    assert {t: sorted(store_query(hq_dir, f'SELECT uuid FROM "{t}"')) for t in CHILDREN} == children_before
    [(branch,)] = store_query(hq_dir, "SELECT uuid FROM branch")
    with opened(hq_dir):
        from dangjian_desktop.storage.repos import records_hq

        counts = records_hq.branch_counts(branch)
    assert counts["meeting_attendance"] == len(children_before["meeting_attendance"]) > 0
    assert counts["meeting_agenda_item"] == len(children_before["meeting_agenda_item"]) > 0

    with opened(branch_dir) as s:  # a meeting edited: one attendance row gone, one agenda item more
        m = s.meetings.get(s.meetings.list()[0].uuid)
        from dangjian_desktop.domain.meetings import AgendaItem

        m.attendees = m.attendees[:-1]
        m.agenda.append(AgendaItem("其他事项"))
        s.meetings.save(m, today=m.date)
    [res] = import_(hq_dir, Path(export(branch_dir, stick / "2.djpkg").path))
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    assert (res.inserted, res.deleted) == (1, 1), res.reason
    for table in CHILDREN:
        assert sorted(store_query(hq_dir, f'SELECT uuid FROM "{table}"')) == _q(
            branch_dir, f'SELECT uuid FROM "{table}" ORDER BY uuid'), table
