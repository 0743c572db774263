"""Child rows keep their identity: a draft edited and sent again leaves headquarters with exactly the branch's
attendance, agenda and votes (it held 10 attendance rows for 5 when children were deleted and re-inserted)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from dangjian_desktop.domain.meetings import AgendaItem, MeetingType, Vote
from tests.exchange.conftest import export, import_, opened


def _rows(data_dir: Path, meeting_uuid: str) -> dict[str, list[tuple]]:
    con = sqlite3.connect(data_dir / "dangjian.sqlite3")
    try:
        (mid,) = con.execute("SELECT id FROM meeting WHERE uuid = ?", (meeting_uuid,)).fetchone()
        return {
            "attendance": sorted(con.execute("SELECT uuid, name, present FROM meeting_attendance WHERE meeting_id = ?",
                                             (mid,)).fetchall()),
            "agenda": sorted(con.execute("SELECT uuid, position, title FROM meeting_agenda_item WHERE meeting_id = ?",
                                         (mid,)).fetchall()),
            "votes": sorted(con.execute("SELECT uuid, subject, yes FROM meeting_vote WHERE meeting_id = ?",
                                        (mid,)).fetchall()),
        }
    finally:
        con.close()


def test_an_edited_draft_sent_again_leaves_headquarters_with_the_branchs_rows(branch_dir, hq_dir, stick):
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

    results = import_(hq_dir, Path(export(branch_dir, stick / "second.djpkg", since_last=True).path))
    assert [r.outcome.value for r in results] == ["imported"], [r.as_dict() for r in results]
    assert _rows(hq_dir, uuid) == second  # exactly the branch's rows: no duplicates, the removed one gone
