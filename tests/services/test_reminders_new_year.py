"""Early in January the year's calendar is still empty: 首页 must remind of last December's and Q4's gaps."""

from __future__ import annotations

import datetime as dt

from dangjian_desktop.domain.meetings import MeetingType
from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.services.container import Services
from dangjian_desktop.services.reminders import all_reminders

T = MeetingType


def _hold(s: Services, types, day):  # noqa: ANN001
    m = s.meetings.new_meeting(types, day)
    m.host, m.recorder, m.title = "张书记", "李委员", f"{day:%m}月会议"
    return s.meetings.save(m, today=day)


def _titles(s: Services, today: dt.date) -> list[str]:
    return [r.title for r in all_reminders(s, today) if r.kind == "meeting_missing"]


def test_january_reminds_of_last_decembers_and_q4s_gaps(services: Services):
    s = services
    s.branch.save_profile(Branch(name="测试党支部"))
    # 2026: a 支委会 every month but December, a 党员大会 in Q1–Q3 but not Q4, a 党课 and a 主题党日 monthly
    for month in range(1, 12):
        _hold(s, [T.COMMITTEE], dt.date(2026, month, 10))
    for month in (2, 5, 8):
        _hold(s, [T.ASSEMBLY, T.LECTURE], dt.date(2026, month, 12))
    for month in range(1, 13):
        _hold(s, [T.THEME_DAY], dt.date(2026, month, 20))
    _hold(s, [T.LECTURE], dt.date(2026, 11, 3))

    titles = _titles(s, dt.date(2027, 1, 8))
    assert "支委会：2026年12月没有记录" in titles
    assert "党员大会：2026年第四季度没有记录" in titles
    assert not any("主题党日" in t for t in titles)  # held every month
    assert not any("2027" in t or "1月" in t.split("：")[1][:2] for t in titles)  # January 2027 is still running
    # a quarter later, last year is no longer 首页's business
    assert not any("2026年" in t for t in _titles(s, dt.date(2027, 4, 2)))
