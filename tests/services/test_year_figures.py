"""The year's figures of each record kind (首页's glance, the ledger chapters, headquarters' figures), checked
against a small year worked out by hand — not against the services' own sums."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop.domain.charts import BarChart, Progress
from dangjian_desktop.domain.enums import MemberCategory
from dangjian_desktop.domain.meetings import AbsenceReason, MeetingType
from dangjian_desktop.domain.pledges import PledgeItem
from dangjian_desktop.domain.roster import Branch, Member, PartyGroup
from dangjian_desktop.services import ledger, meetings_ledger, pledges_ledger, room_ledger
from dangjian_desktop.services.container import Services
from tests.conftest import pdf_text

T = MeetingType
YEAR = 2025
TODAY = dt.date(2026, 2, 1)  # the whole of 2025 is due


@pytest.fixture
def year_2025(services: Services) -> Services:
    """Three members in one 党小组, no committee entered. In 2025: a 支委会 every month but December, a
    党员大会 that is also a 党课 in February, May and August, a 主题党日 every month (赵 absent in January)."""
    s = services
    s.branch.save_profile(Branch(name="测试党支部"))
    g = s.branch.save_group(PartyGroup(name="一组"))
    for name in ("张", "李", "赵"):
        s.roster.save_member(Member(name=name, category=MemberCategory.FULL, group_uuid=g.uuid,
                                    joined_party_on=dt.date(2010, 7, 1), full_member_on=dt.date(2011, 7, 1)))

    def hold(types, day, absent=()):  # noqa: ANN001, ANN202
        m = s.meetings.new_meeting(types, day)
        m.host, m.recorder, m.title = "张", "李", f"{day:%m}月会议"
        m.lecturer = "王讲师" if T.LECTURE in types else ""  # not the secretary: 书记讲党课 stays missing
        for a in m.attendees:
            if a.name in absent:
                a.present, a.reason = False, AbsenceReason.BUSINESS
        saved = s.meetings.save(m, today=TODAY)
        return s.meetings.finalise(saved.uuid, TODAY)  # the ledger counts finalised records only

    for month in range(1, 12):
        hold([T.COMMITTEE], dt.date(YEAR, month, 10))
    for month in (2, 5, 8):
        hold([T.ASSEMBLY, T.LECTURE], dt.date(YEAR, month, 12))
    for month in range(1, 13):
        hold([T.THEME_DAY], dt.date(YEAR, month, 20), absent=("赵",) if month == 1 else ())
    return s


# Required in 2025 by the default rules, one 党小组: 大会 4 + 支委会 12 + 党小组会 12 + 党课 4 + 主题党日 12
# + 组织生活会 1 + 民主评议 1 + 书记讲党课 1 = 47. Held: 支委会 11 + 大会 3 + 党课 3 + 主题党日 12 = 29.
# Missing: 支委会 Dec, 大会 Q4, 党课 Q4, 12 党小组会, 组织生活会, 民主评议, 书记讲党课 = 18.
# Attendance: 主题党日 12 × 3 + 大会 3 × 3 = 45 expected (支委会: no committee entered), 44 present.


def test_headquarters_figures_of_the_meetings(year_2025: Services):
    assert meetings_ledger.hq_figures(year_2025, YEAR, TODAY) == {
        "meetings_held": 29, "meetings_required": 47, "meetings_missing": 18}


def test_home_glance_of_the_meetings(year_2025: Services):
    g = meetings_ledger.glance(year_2025, YEAR, TODAY)
    missing = next(s for s in g.stats if s.label == "今年应开未开")
    assert missing.value == "18期" and missing.warn
    chart = next(c for c in g.charts if isinstance(c, BarChart) and c.key == "meetings_by_type")
    by_type = dict(zip(chart.categories, zip(chart.series[0].values, chart.required, strict=True), strict=True))
    assert by_type["支委会"] == (11, 12) and by_type["党员大会"] == (3, 4) and by_type["党课"] == (3, 4)
    assert by_type["主题党日"] == (12, 12) and by_type["党小组会"] == (0, 12)
    att = next(c for c in g.charts if isinstance(c, Progress) and c.key == "attendance")
    assert (att.done, att.total) == (44, 45)


def test_ledger_chapter_of_the_meetings_prints_the_hand_worked_figures(year_2025: Services, tmp_path):
    sections = {s.key: s for s in meetings_ledger.chapters(year_2025, YEAR, TODAY)}
    assert set(sections) == {"meetings", "attendance"}
    opening = sections["meetings"].blocks[0].text
    assert f"{YEAR}年共记录各类会议和活动26次" in opening and "应开而未开的共18期" in opening
    out = ledger.ledger_pdf(year_2025, YEAR, tmp_path / "台账.pdf", today=TODAY)
    text = pdf_text(out).replace(" ", "").replace("\n", "")
    assert "应开而未开的共18期" in text and "实际参加44人次" in text and "共45人次" in text


def test_pledge_and_room_figures_from_a_hand_made_year(services: Services):
    s = services
    s.branch.save_profile(Branch(name="测试党支部"))
    a = s.roster.save_member(Member(name="甲", category=MemberCategory.FULL, joined_party_on=dt.date(2010, 7, 1),
                                    full_member_on=dt.date(2011, 7, 1)))
    s.roster.save_member(Member(name="乙", category=MemberCategory.FULL, joined_party_on=dt.date(2010, 7, 1),
                                full_member_on=dt.date(2011, 7, 1)))
    assert pledges_ledger.hq_figures(s, YEAR, TODAY) == {"pledges": 0}  # no campaign that year
    campaign = s.pledges.create_campaign(YEAR)
    for text in ("全年巡检设备不少于24次", "撰写学习心得4篇"):
        s.pledges.save_item(campaign.uuid, a.uuid, PledgeItem(content=text, category="岗位履职", measures="按月"))
    assert pledges_ledger.hq_figures(s, YEAR, TODAY) == {"pledges": 2}
    g = pledges_ledger.glance(s, YEAR, TODAY)
    pledged = next(c for c in g.charts if c.key == "pledged")
    assert (pledged.done, pledged.total) == (1, 2)  # 甲 of the two members
    assert room_ledger.hq_figures(s, YEAR, TODAY) == {"open_rectifications": 0}
    assert room_ledger.glance(s, YEAR, TODAY).stats == []  # nothing inspected: nothing to say
