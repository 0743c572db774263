"""The 年度台账 does not contradict itself nor the 三会一课记录本 (issue 16, item 10): a figure printed in two places
is the same figure; only the year's finalised meetings count (a draft dated next week is not among them, and is
named as left out); the 在册党员 of the pledge chapter are those of the 党员队伍 chapter; a year lists no
rectification raised after it; counts carry their unit; a 党小组 is not named twice in one title."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from dangjian_desktop import clock
from dangjian_desktop.domain.ledger import Table, Text
from dangjian_desktop.domain.meetings import MeetingStatus, MeetingType
from dangjian_desktop.services import ledger
from dangjian_desktop.services.container import Services


def _texts(*sections) -> str:  # noqa: ANN002
    """Every printed string of the sections' blocks (texts and table cells), one per line."""
    out = []
    for section in sections:
        out.append(section.title)
        for block in section.blocks:
            if isinstance(block, Text):
                out.append(block.text)
            elif isinstance(block, Table):
                out += ["|".join("" if v is None else str(v) for v in row) for row in block.rows]
    return "\n".join(out)


def _section(lg, key: str):  # noqa: ANN001, ANN202
    return next(s for s in lg.sections if s.key == key)


@pytest.fixture
def branch_with_a_planned_meeting(demo_services: Services) -> Services:
    """The demo branch with one more record: a 支委会 planned for next week, saved as a draft with its list."""
    s = demo_services
    today = clock.today()
    planned = s.meetings.new_meeting([MeetingType.COMMITTEE], today + dt.timedelta(days=7))
    planned.title = "下周支部委员会（计划）"
    s.meetings.save(planned, today)
    return s


@pytest.mark.parametrize("years_back", [0, 1])
def test_the_ledger_agrees_with_itself_and_with_the_minutes_book(branch_with_a_planned_meeting, tmp_path: Path,
                                                                 years_back: int):
    s = branch_with_a_planned_meeting
    today = clock.today()
    year = today.year - years_back
    as_of = min(today, dt.date(year, 12, 31))
    lg = ledger.collect(s, year, today)
    text = _texts(*lg.sections)

    # meetings: the finalised records of the year up to today, counted here independently of the ledger's code
    rows = s.meetings.list()
    final = [r for r in rows if r.status is MeetingStatus.FINAL and r.date.year == year and r.date <= as_of]
    drafts = [r for r in rows if r.status is MeetingStatus.DRAFT and r.date.year == year and r.date <= as_of]
    assert any(r.date > today for r in rows if r.status is MeetingStatus.DRAFT)  # the planned one exists
    counted = int(re.search(r"共记录各类会议和活动(\d+)次", text).group(1))
    assert counted == len(final)
    listed = _section(lg, "meetings").blocks[-1].rows  # 会议记录目录
    assert len(listed) == len(final)
    assert "下周支部委员会（计划）" not in text
    if drafts:
        assert f"另有{len(drafts)}次会议记录尚未定稿" in text
    if final:
        book = PdfReader(str(s.meetings.minutes_book_pdf(year, tmp_path / "book.pdf", today=today)))
        cover = book.pages[0].extract_text()
        assert f"共{len(final)}次" in cover.replace(" ", "")

    # members: the pledge chapter's 在册党员 are the 党员队伍 chapter's 共有党员
    total = int(re.search(r"支部共有党员(\d+)名", text).group(1))
    pledged = re.search(r"承诺：在册党员(\d+)名", text)
    if pledged:
        assert int(pledged.group(1)) == total

    # rectifications: none raised after the year; the overdue figure is the overdue rows
    room = _section(lg, "room")
    for r in s.room.rectifications():
        if r.inspection_date and r.inspection_date > as_of:
            assert r.item_text not in _texts(room)
    overdue = re.search(r"逾期未完成(\d+)项", _texts(room))
    rect_rows = [row for b in room.blocks if isinstance(b, Table) and b.headers[0] == "问题" for row in b.rows]
    assert (int(overdue.group(1)) if overdue else 0) == sum(1 for row in rect_rows if row[-1] == "已逾期")

    # counts carry their unit, and a 党小组 is named once in a title
    for row in text.splitlines():
        assert not re.search(r"(已兑现|部分兑现|未兑现|未评定)\d+(?!项)", row), row
    for row in listed:
        title = row[3]
        for g in s.branch.groups():
            assert title.count(g.name) <= 1, title


def test_a_year_before_its_inspections_lists_none_of_their_rectifications(demo_services: Services):
    today = clock.today()
    first = min(i.inspected_on for i in demo_services.room.inspections())
    lg = ledger.collect(demo_services, first.year - 1, today)
    room = _section(lg, "room")
    assert "提出整改事项0项" in _texts(room)
