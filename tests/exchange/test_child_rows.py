"""Child rows keep their identity: a draft edited and sent again leaves headquarters with exactly the branch's
attendance, agenda and votes (it held 10 attendance rows for 5 when children were deleted and re-inserted)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid as uuidlib
from pathlib import Path

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.meetings import AgendaItem, MeetingType, Vote
from dangjian_desktop.domain.room import Result
from tests.exchange import hostile
from tests.exchange.conftest import export, import_, manifest_of, opened
from tests.pg.cluster import on_both_engines, store_query


def _rows(data_dir: Path, meeting_uuid: str) -> dict[str, list[tuple]]:
    [(mid,)] = store_query(data_dir, "SELECT id FROM meeting WHERE uuid = ?", (meeting_uuid,))

    def rows(sql: str) -> list[tuple]:  # booleans as 0/1 on both engines
        return sorted(tuple(int(v) if isinstance(v, bool) else v for v in r) for r in store_query(data_dir, sql, (mid,)))

    return {
        "attendance": rows("SELECT uuid, name, present FROM meeting_attendance WHERE meeting_id = ?"),
        "agenda": rows("SELECT uuid, position, title FROM meeting_agenda_item WHERE meeting_id = ?"),
        "votes": rows("SELECT uuid, subject, yes FROM meeting_vote WHERE meeting_id = ?"),
    }


@pytest.mark.parametrize("second_kind", ["incremental", "full"])
@on_both_engines  # PostgreSQL too (issue 22)
def test_an_edited_draft_sent_again_leaves_headquarters_with_the_branchs_rows(branch_dir, hq_dir, stick, second_kind):
    with opened(branch_dir) as s:
        m = s.meetings.new_meeting([MeetingType.ASSEMBLY], dt.date(2026, 3, 5))
        m.host, m.recorder, m.title = "主持人", "记录人", "三月党员大会"
        m.agenda = [AgendaItem("第一议题：学习", True), AgendaItem("研究发展党员")]
        m.votes = [Vote("接收预备党员", 20, 0, 1)]
        saved = s.meetings.save(m, today=dt.date(2026, 3, 5))
        uuid = saved.uuid
        first = _rows(branch_dir, uuid)
    assert len(first["attendance"]) > 5 and len(first["agenda"]) == 2
    results = import_(hq_dir, Path(export(branch_dir, stick / "first.djpkg").path))
    assert [r.outcome.value for r in results] == ["imported"], [r.as_dict() for r in results]
    assert _rows(hq_dir, uuid) == first

    # the draft is edited: one member now absent, the second item renamed, a third item, the vote recounted
    with opened(branch_dir) as s:
        m = s.meetings.get(uuid)
        m.attendees[0].present = False
        m.attendees = m.attendees[:-1]  # someone was on the list by mistake
        m.agenda[1].title = "研究发展党员工作"
        m.agenda.append(AgendaItem("其他事项"))
        m.votes[0].yes = 19
        s.meetings.save(m, today=dt.date(2026, 3, 6))
        second = _rows(branch_dir, uuid)
    # the rows that stayed kept their UUIDs
    kept = {u for u, *_ in first["attendance"]} & {u for u, *_ in second["attendance"]}
    assert len(kept) == len(first["attendance"]) - 1
    assert {u for u, *_ in first["agenda"]} < {u for u, *_ in second["agenda"]}
    assert [u for u, *_ in first["votes"]] == [u for u, *_ in second["votes"]]

    results = import_(hq_dir, Path(export(branch_dir, stick / "second.djpkg",
                                          since_last=second_kind == "incremental").path))
    assert [r.outcome.value for r in results] == ["imported"], [r.as_dict() for r in results]
    assert _rows(hq_dir, uuid) == second  # exactly the branch's rows: no duplicates, the removed one gone


def _draft(branch_dir: Path) -> str:
    """A draft 党员大会 ten days ago with the roster's attendance, two agenda items and a vote; its UUID."""
    day = clock.today() - dt.timedelta(days=10)
    with opened(branch_dir) as s:
        m = s.meetings.new_meeting([MeetingType.ASSEMBLY], day)
        m.host, m.recorder, m.title = "主持人", "记录人", "党员大会"
        m.agenda = [AgendaItem("第一议题：学习", True), AgendaItem("研究发展党员")]
        m.votes = [Vote("接收预备党员", 20, 0, 1)]
        return s.meetings.save(m, today=day).uuid


def test_a_draft_saved_again_unchanged_sends_none_of_its_rows(branch_dir, hq_dir, stick):
    """Saving a draft again as it is (what the window does on 保存 without an edit) changes none of its child
    rows: the next incremental package carries no attendance, agenda or vote row, and headquarters keeps its own."""
    uuid = _draft(branch_dir)
    assert import_(hq_dir, Path(export(branch_dir, stick / "1.djpkg").path))[0].outcome.value == "imported"
    before = _rows(hq_dir, uuid)
    with opened(branch_dir) as s:
        for _ in range(2):
            s.meetings.save(s.meetings.get(uuid), today=clock.today())
    second = Path(export(branch_dir, stick / "2.djpkg", since_last=True).path)
    sent = manifest_of(second)["counts"]
    assert [sent.get(t, 0) for t in ("meeting_attendance", "meeting_agenda_item", "meeting_vote")] == [0, 0, 0]
    [res] = import_(hq_dir, second)
    assert res.outcome.value == "imported" and (res.inserted, res.deleted) == (0, 0), res.reason
    assert _rows(hq_dir, uuid) == before == _rows(branch_dir, uuid)


def test_duplicates_left_by_the_old_program_go_with_the_branchs_first_signed_full_package(branch_dir, hq_dir,
                                                                                           stick):
    """Headquarters as the old program left it: the branch re-saved a draft by deleting and re-inserting its
    attendance (new UUIDs, no tombstones), so headquarters held the rows twice. The branch's first package of this
    version (full, signed) is its whole state: headquarters ends with exactly the branch's rows."""
    uuid = _draft(branch_dir)
    first = hostile.old_format(Path(export(branch_dir, stick / "a.djpkg", password=None).path), stick / "old1.djpkg")
    assert import_(hq_dir, first, password=None)[0].outcome.value == "imported"
    n = len(_rows(branch_dir, uuid)["attendance"])
    con = sqlite3.connect(branch_dir / "dangjian.sqlite3")
    with con:  # what the old program's save did to the rows' identity
        (mid,) = con.execute("SELECT id FROM meeting WHERE uuid = ?", (uuid,)).fetchone()
        for (row_id,) in con.execute("SELECT id FROM meeting_attendance WHERE meeting_id = ?", (mid,)).fetchall():
            con.execute("UPDATE meeting_attendance SET uuid = ? WHERE id = ?", (str(uuidlib.uuid4()), row_id))
    con.close()
    second = hostile.old_format(Path(export(branch_dir, stick / "b.djpkg", password=None).path), stick / "old2.djpkg")
    assert import_(hq_dir, second, password=None)[0].outcome.value == "imported"
    assert len(_rows(hq_dir, uuid)["attendance"]) == 2 * n  # the reported defect, as the old program left it

    [res] = import_(hq_dir, Path(export(branch_dir, stick / "signed.djpkg").path))
    assert res.outcome.value == "imported", res.reason
    assert res.deleted == n, res.reason  # the stale copies, and nothing else
    assert _rows(hq_dir, uuid) == _rows(branch_dir, uuid)


def _results(data_dir: Path, inspection_uuid: str) -> list[tuple]:
    return sorted(store_query(
        data_dir, "SELECT r.uuid, r.item_key, r.result FROM room_inspection_result r JOIN room_inspection i "
        "ON r.inspection_id = i.id WHERE i.uuid = ?", (inspection_uuid,)))


@on_both_engines  # PostgreSQL too (issue 22)
def test_an_inspection_item_dropped_on_saving_again_is_dropped_at_headquarters(branch_dir, hq_dir, stick):
    """活动室 inspection results are matched by their checklist item: one no longer in the inspection is deleted
    at the branch with a tombstone, so the next incremental package removes it at headquarters too."""
    with opened(branch_dir) as s:
        uuid = s.room.inspections()[0].uuid
    assert import_(hq_dir, Path(export(branch_dir, stick / "1.djpkg").path))[0].outcome.value == "imported"
    held = _results(hq_dir, uuid)
    assert held == _results(branch_dir, uuid) and len(held) >= 3
    with opened(branch_dir) as s:
        ins = s.room.inspection(uuid)
        # the last item that did not fail (a failed one takes its rectification with it)
        at = max(i for i, r in enumerate(ins.results) if r.result is not Result.FAIL)
        dropped = ins.results.pop(at)
        moved_up = len(ins.results) - at  # the items after it: their position changed
        s.room.save_inspection(ins, today=clock.today())
    kept = _results(branch_dir, uuid)
    assert [r for r in held if r[1] != dropped.key] == kept  # the others kept their UUIDs
    second = Path(export(branch_dir, stick / "2.djpkg", since_last=True).path)
    # only the rows that changed travel (the items after the dropped one moved up); no unchanged row is rewritten
    assert manifest_of(second)["counts"].get("room_inspection_result", 0) == moved_up
    [res] = import_(hq_dir, second)
    assert res.outcome.value == "imported" and res.deleted == 1, res.reason
    assert _results(hq_dir, uuid) == kept
