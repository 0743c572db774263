"""The rules of 三会一课 as pure functions: quorum, passing a motion, compliance periods, the six-month warning."""

from __future__ import annotations

import datetime as dt

from dangjian_desktop.domain.compliance import (
    CellStatus,
    ComplianceRules,
    HeldMeeting,
    Period,
    compliance_report,
    default_rules,
)
from dangjian_desktop.domain.meetings import (
    AbsenceReason,
    AgendaItem,
    Attendee,
    Meeting,
    MeetingType,
    Scope,
    Vote,
    check_meeting,
    motion_passes,
    quorum_met,
)
from dangjian_desktop.domain.participation import Participation, add_months, inactivity_warnings
from dangjian_desktop.domain.search import make_snippets

T = MeetingType
TODAY = dt.date(2026, 11, 25)


def _assembly(full_present: int, full_absent: int, prob_present: int, votes: list[Vote] | None = None) -> Meeting:
    people = ([Attendee(f"正{i}", has_vote=True, present=True) for i in range(full_present)]
              + [Attendee(f"缺{i}", has_vote=True, present=False, reason=AbsenceReason.SICK)
                 for i in range(full_absent)]
              + [Attendee(f"预{i}", has_vote=False, present=True) for i in range(prob_present)])
    return Meeting([T.ASSEMBLY], dt.date(2026, 5, 20), host="甲", recorder="乙", attendees=people,
                   agenda=[AgendaItem("第一议题：学习", True)], votes=votes or [])


def test_quorum_counts_only_full_members():
    # 10 正式党员 should attend; 5 present plus 3 预备党员 is 8 people but only 5 votes: not more than half
    m = _assembly(5, 5, 3, [Vote("接收预备党员", 5, 0, 0)])
    assert m.expected == 13 and len(m.present) == 8
    assert (m.voting_expected, m.voting_present) == (10, 5)
    assert not quorum_met(m.voting_present, m.voting_expected)
    issues = [i for i in check_meeting(m, TODAY) if i.field == "votes"]
    assert issues and "不能进行表决" in issues[0].message and issues[0].blocks_final
    m6 = _assembly(6, 4, 3, [Vote("接收预备党员", 6, 0, 0)])
    assert quorum_met(m6.voting_present, m6.voting_expected)
    assert not [i for i in check_meeting(m6, TODAY) if i.field == "votes"]


def test_quorum_warning_only_when_an_assembly_votes():
    no_vote = _assembly(2, 8, 0)
    assert not [i for i in check_meeting(no_vote, TODAY) if i.field == "votes"]


def test_motion_passes_on_more_than_half_of_those_who_should_attend():
    # 10 should attend, 7 present: 5 yes of 7 present is a majority of those present but not of 10
    assert not motion_passes(5, 10)
    assert motion_passes(6, 10)
    assert motion_passes(4, 7) and not motion_passes(3, 7)
    assert not motion_passes(0, 0)


def test_vote_counts_cannot_exceed_voters_present():
    m = _assembly(6, 4, 2, [Vote("事项", 7, 0, 0)])
    errors = [i for i in check_meeting(m, TODAY) if i.severity.value == "error"]
    assert any("超过" in i.message for i in errors)


def test_live_rules_end_before_start_future_date_missing_recorder():
    m = Meeting([T.COMMITTEE], TODAY + dt.timedelta(days=3), start_time=dt.time(15, 0), end_time=dt.time(14, 0),
                host="甲", attendees=[Attendee("甲")])
    fields = {i.field: i for i in check_meeting(m, TODAY)}
    assert fields["end_time"].severity.value == "error"
    assert fields["date"].severity.value == "warning" and fields["date"].blocks_final
    assert fields["recorder"].blocks_final
    absent = Meeting([T.COMMITTEE], TODAY, host="甲", recorder="乙",
                     attendees=[Attendee("丙", present=False)])
    assert any("缺席原因" in i.message for i in check_meeting(absent, TODAY))


def _held(*items: tuple[str, dt.date, tuple[MeetingType, ...], str | None]) -> list[HeldMeeting]:
    return [HeldMeeting(u, d, ts, g) for u, d, ts, g in items]


def test_monthly_committee_gap_is_missing_and_future_months_not_due():
    held = _held(*[(f"c{m}", dt.date(2026, m, 5), (T.COMMITTEE,), None) for m in range(1, 12) if m != 7])
    report = compliance_report(2026, default_rules(), held, [], TODAY)
    row = next(r for r in report.rows if r.type is T.COMMITTEE)
    status = {c.month: c.status for c in row.months}
    assert status[7] is CellStatus.MISSING
    assert status[6] is CellStatus.HELD and status[11] is CellStatus.HELD
    assert status[12] is CellStatus.NOT_DUE
    assert [p.label for p in row.missing] == ["7月"]


def test_running_period_is_due_not_missing():
    report = compliance_report(2026, default_rules(), [], [], TODAY)
    row = next(r for r in report.rows if r.type is T.COMMITTEE)
    assert row.months[10].status is CellStatus.DUE  # November, today is the 25th
    assert row.months[9].status is CellStatus.MISSING


def test_one_sitting_counts_for_two_types():
    # a 主题党日 that includes a 党课, in the last month of each quarter
    held = _held(*[(f"t{m}", dt.date(2026, m, 20), (T.THEME_DAY, T.LECTURE), None) for m in (3, 6, 9)])
    report = compliance_report(2026, default_rules(), held, [], TODAY)
    lecture = next(r for r in report.rows if r.label == "党课")
    theme = next(r for r in report.rows if r.type is T.THEME_DAY)
    assert [p.status for p in lecture.periods[:3]] == [CellStatus.HELD] * 3
    assert lecture.periods[3].status is CellStatus.DUE
    assert lecture.months[0].status is CellStatus.COVERED and lecture.months[2].status is CellStatus.HELD
    assert theme.months[2].status is CellStatus.HELD and theme.months[0].status is CellStatus.MISSING


def test_quarterly_assembly_missing_quarter_marked_on_its_last_month():
    held = _held(("a1", dt.date(2026, 2, 25), (T.ASSEMBLY,), None), ("a3", dt.date(2026, 8, 25), (T.ASSEMBLY,), None))
    row = next(r for r in compliance_report(2026, default_rules(), held, [], TODAY).rows if r.type is T.ASSEMBLY)
    assert [p.status for p in row.periods] == [CellStatus.HELD, CellStatus.MISSING, CellStatus.HELD, CellStatus.DUE]
    assert row.months[5].status is CellStatus.MISSING
    assert row.months[3].status is CellStatus.IN_MISSING_PERIOD


def test_group_meetings_are_checked_per_group():
    groups = [("g1", "第一党小组"), ("g2", "第二党小组")]
    held = _held(*[(f"x{m}", dt.date(2026, m, 12), (T.GROUP,), "g1") for m in range(1, 12)],
                 *[(f"y{m}", dt.date(2026, m, 13), (T.GROUP,), "g2") for m in range(1, 12) if m != 9])
    rows = [r for r in compliance_report(2026, default_rules(), held, groups, TODAY).rows if r.type is T.GROUP]
    assert [r.label for r in rows] == ["党小组会·第一党小组", "党小组会·第二党小组"]
    assert rows[0].missing == []
    assert [p.label for p in rows[1].missing] == ["9月"]


def test_secretary_lecture_and_editable_rules():
    held = [HeldMeeting("l1", dt.date(2026, 6, 20), (T.LECTURE,), None, "副书记某"),
            HeldMeeting("l2", dt.date(2026, 3, 20), (T.LECTURE,), None, "张书记")]
    report = compliance_report(2026, default_rules(), held, [], TODAY, secretary_name="张三")
    sec = next(r for r in report.rows if r.label == "书记讲党课")
    assert sec.periods[0].status is CellStatus.DUE  # the year is still running; "张书记" is not 张三
    after = compliance_report(2026, default_rules(), held, [], dt.date(2027, 1, 5), secretary_name="张三")
    assert next(r for r in after.rows if r.label == "书记讲党课").periods[0].status is CellStatus.MISSING
    report = compliance_report(2026, default_rules(), held[:1] + [HeldMeeting("l3", dt.date(2026, 4, 2),
                               (T.LECTURE,), None, "张三")], [], TODAY, secretary_name="张三")
    assert next(r for r in report.rows if r.label == "书记讲党课").periods[0].ok
    # a locality where 党课 is monthly and 书记讲党课 is not checked
    rules = default_rules()
    rules.rule_for(T.LECTURE).period = Period.MONTH
    rules.secretary_lectures_per_year = 0
    rules = ComplianceRules.from_dict(rules.to_dict())
    report = compliance_report(2026, rules, held, [], TODAY, secretary_name="张三")
    lecture = next(r for r in report.rows if r.label == "党课")
    assert len(lecture.periods) == 12 and lecture.months[0].status is CellStatus.MISSING
    assert not any(r.label == "书记讲党课" for r in report.rows)


def test_rules_from_damaged_settings_fall_back_to_defaults():
    rules = ComplianceRules.from_dict({"rules": [{"type": "不存在"}, {"type": "党课", "period": "每月"}],
                                       "inactivity_warning_days": 9999})
    assert rules.rule_for(T.LECTURE).period is Period.MONTH
    assert rules.rule_for(T.COMMITTEE).period is Period.MONTH
    assert rules.inactivity_warning_days == 175


def test_six_month_warning_dates():
    rules = default_rules()  # warn from 120 days
    records = [Participation("m1", dt.date(2026, 5, 10), True),
               Participation("m1", dt.date(2026, 6, 10), False, AbsenceReason.PERSONAL),
               Participation("m1", dt.date(2026, 7, 10), False, AbsenceReason.SICK),
               Participation("m2", dt.date(2026, 9, 1), True)]
    members = [("m1", "甲", "一组", dt.date(2010, 1, 1)), ("m2", "乙", "一组", dt.date(2010, 1, 1))]
    start = dt.date(2026, 1, 5)
    assert inactivity_warnings(members, records, dt.date(2026, 9, 6), rules, start) == []  # 119 days
    [w] = inactivity_warnings(members, records, dt.date(2026, 9, 7), rules, start)
    assert (w.name, w.last_participation, w.deadline, w.days_without) == ("甲", dt.date(2026, 5, 10),
                                                                          dt.date(2026, 11, 10), 120)
    assert not w.overdue
    assert [r for _, r in w.absences] == ["事假", "病假"] and w.valid_reasons == 1
    [w] = inactivity_warnings(members, records, dt.date(2026, 11, 10), rules, start)
    assert w.overdue
    # never took part: counted from the first record (or joining, whichever is later)
    never = [("m3", "丙", "", dt.date(2026, 2, 1))]
    [w] = inactivity_warnings(never, records, dt.date(2026, 7, 1), rules, start)
    assert w.last_participation is None and w.since == dt.date(2026, 2, 1) and w.deadline == dt.date(2026, 8, 1)
    assert inactivity_warnings(never, [], dt.date(2026, 7, 1), rules, None) == []


def test_add_months_clamps_month_end():
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)


def test_snippets_highlight_every_match():
    snippets = make_snippets("会议研究了换届选举工作。" + "甲" * 80 + "再次讨论换届。", ["换届"], width=5)
    assert len(snippets) == 2
    assert all(any(seg == "换届" and hit for seg, hit in s) for s in snippets)


def test_group_meeting_scope_and_first_topic_rules():
    m = Meeting([T.GROUP], TODAY, host="甲", recorder="乙", scope=Scope.GROUP, attendees=[Attendee("甲")],
                agenda=[AgendaItem("交流"), AgendaItem("学习", True)])
    messages = [i.message for i in check_meeting(m, TODAY)]
    assert any("请选择是哪个党小组" in x for x in messages)
    assert any("第一议题应排在" in x for x in messages)
