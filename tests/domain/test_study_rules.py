"""学时 and 第一议题 as pure functions, at their boundaries, with hand-worked numbers."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from dangjian_desktop.domain.first_topic import FirstTopicEntry, Share, Study, study_problems
from dangjian_desktop.domain.meetings import AgendaItem, Attendee, Meeting, MeetingType, check_meeting
from dangjian_desktop.domain.study_hours import (
    Attended,
    Person,
    StudyRules,
    Training,
    meeting_minutes,
    months_on_roster,
    parse_hours,
    shown,
    tally,
)

T = dt.time


@pytest.mark.parametrize(("start", "end", "minutes"), [(T(14, 30), T(16, 0), 90), (T(9, 0), T(11, 30), 150),
                                                       (T(16, 0), T(16, 0), None), (T(16, 0), T(15, 0), None),
                                                       (None, T(15, 0), None), (T(8, 0), None, None)])
def test_a_meetings_length_comes_from_its_start_and_end(start, end, minutes):
    assert meeting_minutes(start, end) == minutes


@pytest.mark.parametrize(("text", "tenths"), [("2", 20), ("1.5", 15), ("2.5学时", 25), (" 8 小时", 80)])
def test_hours_typed_in_tenths(text, tenths):
    assert parse_hours(text) == tenths


@pytest.mark.parametrize("text", ["0", "-1", "1.55", "abc", "", "201", "NaN", "Infinity"])
def test_unreadable_hours_are_refused(text):
    with pytest.raises(ValueError):
        parse_hours(text)


def test_hours_show_to_one_decimal_half_up():
    assert str(shown(Fraction(100, 60))) == "1.7" and str(shown(Fraction(90, 60))) == "1.5"
    assert str(shown(Fraction(32 * 7, 12))) == "18.7"  # seven months of a 32-hour year


def test_targets_by_role_and_months_on_the_roster():
    rules = StudyRules(target_hours=32, committee_hours=40, secretary_hours=56)
    assert rules.target("") == 32 and rules.target("支委") == 40 and rules.target("书记") == 56
    assert rules.target("", 6) == 16 and rules.target("", 7) == Fraction(56, 3)
    assert StudyRules(prorate=False).target("", 3) == 32
    # a locality asking nothing more of the committee: the member's target stands for everyone
    assert StudyRules(target_hours=32, committee_hours=0, secretary_hours=0).target("书记") == 32


def test_months_on_the_roster_count_the_15th():
    joined = dt.date(2026, 10, 20)
    assert months_on_roster(lambda d: d >= joined, 2026) == 2  # November, December
    assert months_on_roster(lambda d: d < dt.date(2026, 3, 15), 2026) == 2  # January, February


def test_tally_adds_meetings_once_and_training_against_the_target():
    rules = StudyRules()  # 32 学时 of 60 minutes
    people = [Person("a", "甲"), Person("b", "乙"), Person("c", "丙", months=6)]
    att = [
        *(Attended("a", f"m{i}", dt.date(2026, 1 + i, 5), "会", 120) for i in range(10)),  # 20 h
        Attended("a", "m0", dt.date(2026, 1, 5), "会", 120),  # the same sitting again (two types): once
        Attended("a", "x", dt.date(2026, 12, 1), "无时间", None),
        *(Attended("b", f"m{i}", dt.date(2026, 1 + i, 5), "会", 120) for i in range(10)),
        Attended("c", "m9", dt.date(2026, 10, 5), "会", 119),
    ]
    trainings = [Training("a", "甲", dt.date(2026, 5, 1), "轮训", 120), Training("b", "乙", dt.date(2026, 5, 1),
                                                                              "网络学习", 119)]
    y = tally(2026, people, att, trainings, rules)
    a, b, c = y.rows
    assert (a.meetings, a.meeting_minutes, a.training_tenths, a.untimed) == (11, 1200, 120, 1)
    assert a.hours == shown(Fraction(32)) and not a.below  # 20 + 12 = 32: exactly the target is enough
    assert b.total == Fraction(1200, 60) + Fraction(119, 10) and b.below and str(b.missing) == "0.1"
    assert str(c.target) == "16.0" and c.below  # six months: 16 学时; 119 minutes are 2.0 shown, far below
    assert y.untimed_meetings == [(dt.date(2026, 12, 1), "无时间")]
    assert [r.name for r in y.below] == ["乙", "丙"]


def test_forty_five_minute_hours():
    y = tally(2026, [Person("a", "甲")], [Attended("a", "m", dt.date(2026, 3, 1), "会", 90)], [],
              StudyRules(minutes_per_hour=45))
    assert str(y.rows[0].hours) == "2.0"


def test_rules_survive_damaged_settings():
    assert StudyRules.from_dict({"target_hours": -3, "minutes_per_hour": 10, "counted_types": ["胡乱"],
                                 "prorate": "yes"}) == StudyRules(counted_types=())
    custom = StudyRules(target_hours=40, counted_types=(MeetingType.LECTURE,), prorate=False)
    assert StudyRules.from_dict(custom.to_dict()) == custom


# -- 第一议题 -----------------------------------------------------------------------------------------------------


def test_share_of_meetings_that_opened_with_a_first_topic():
    assert Share(2026, 46, 46).text == "46/46（100%）"
    assert Share(2026, 3, 2).percent == 67 and Share(2026, 0, 0).percent is None


def test_a_first_topic_without_ledger_fields_is_a_warning_not_an_error():
    day = dt.date(2026, 5, 6)
    m = Meeting([MeetingType.COMMITTEE], day, host="甲", recorder="乙", attendees=[Attendee("甲")],
                agenda=[AgendaItem("第一议题：学习重要讲话", True), AgendaItem("研究工作")])
    issues = [i for i in check_meeting(m, day) if "第一议题学习台账" in i.message]
    assert issues and all(i.severity.value == "warning" and not i.blocks_final for i in issues)
    m.agenda[0].study = Study("在会议上的重要讲话", "新华社", day - dt.timedelta(days=9), "甲", "集中学习", "落实")
    assert not [i for i in check_meeting(m, day) if "第一议题学习台账" in i.message]
    assert study_problems(Study("讲话", speech_date=day + dt.timedelta(days=1)), day)


def test_ledger_entry_falls_back_on_the_agenda_item_and_its_note():
    e = FirstTopicEntry("m", dt.date(2026, 5, 6), "支委会", "第一议题：学习关于安全生产的重要论述",
                        "学习形式：书记领学、逐一发言。学习要点：……", Study(), host="甲")
    assert (e.title, e.led_by, e.form) == ("关于安全生产的重要论述", "甲", "书记领学、逐一发言")
    full = FirstTopicEntry("m", dt.date(2026, 5, 6), "支委会", "第一议题", "", Study("篇目", led_by="乙", form="研讨"))
    assert (full.title, full.led_by, full.form) == ("篇目", "乙", "研讨")
    assert Study("篇目", "《求是》", dt.date(2025, 1, 1)).source_text == "《求是》，2025年1月1日"
