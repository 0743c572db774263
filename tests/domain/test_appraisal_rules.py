"""民主评议 rules at their boundaries, with hand-worked numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop.domain.appraisal import (
    AppraisalEntry,
    AppraisalRules,
    Ballot,
    FollowUp,
    Grade,
    allowed_excellent,
    check_entries,
    grade_counts,
    is_complete,
    quota_text,
    suggest_grades,
    tally,
)
from dangjian_desktop.domain.checks import Severity, errors
from dangjian_desktop.domain.life_meeting import (
    BRANCH_OWNER,
    LifeMeeting,
    MeetingLink,
    Opinion,
    Problem,
    opinion_counts,
    review_year,
    validate_problem,
)
from dangjian_desktop.domain.room import RectStatus

RULES = AppraisalRules()
E, Q, B, U = Grade.EXCELLENT, Grade.QUALIFIED, Grade.BASIC, Grade.UNQUALIFIED
DAY = dt.date(2026, 1, 15)


@pytest.mark.parametrize(("appraised", "allowed"), [
    (0, 0), (1, 0), (2, 0), (3, 1), (5, 1), (6, 2), (8, 2), (9, 3), (10, 3), (11, 3), (12, 4), (27, 9), (28, 9),
])
def test_excellent_is_at_most_one_third_rounded_down(appraised, allowed):
    assert allowed_excellent(appraised, RULES) == allowed


def test_other_shares_are_settings():
    thirty = AppraisalRules(excellent_numerator=3, excellent_denominator=10)
    assert [allowed_excellent(n, thirty) for n in (9, 10, 19, 20)] == [2, 3, 5, 6]
    assert thirty.share_text == "30%"
    assert RULES.share_text == "三分之一"
    assert AppraisalRules(excellent_numerator=1, excellent_denominator=4).share_text == "四分之一"


def test_damaged_rules_fall_back_to_the_defaults():
    assert AppraisalRules.from_dict({"excellent_numerator": 4, "excellent_denominator": 3}) == RULES
    assert AppraisalRules.from_dict({"excellent_numerator": True, "excellent_denominator": 3}) == RULES
    assert AppraisalRules.from_dict("nonsense") == RULES
    assert AppraisalRules.from_dict(RULES.to_dict() | {"probationary_graded": True}).probationary_graded


def _entries(grades: list[Grade | None], probationary: int = 0) -> list[AppraisalEntry]:
    out = [AppraisalEntry(f"党员{i}", f"m{i}", grade=g, uuid=f"u{i}") for i, g in enumerate(grades)]
    out += [AppraisalEntry(f"预备{i}", f"q{i}", probationary=True, uuid=f"p{i}") for i in range(probationary)]
    return out


def test_nine_appraised_allow_three_excellent_and_refuse_a_fourth():
    ok = _entries([E, E, E] + [Q] * 6, probationary=2)  # 预备党员 are not counted: 9 appraised, 3 allowed
    assert not errors(check_entries(ok, RULES))
    over = _entries([E, E, E, E] + [Q] * 5, probationary=2)
    [problem] = errors(check_entries(over, RULES))
    assert "优秀的有4名" in problem.message and "9名" in problem.message and "最多3名" in problem.message
    assert "三分之一" in problem.message


def test_ten_appraised_still_allow_only_three():
    assert errors(check_entries(_entries([E] * 4 + [Q] * 6), RULES))
    assert not errors(check_entries(_entries([E] * 3 + [Q] * 7), RULES))


def test_probationary_members_take_part_but_are_not_graded():
    entries = _entries([Q, Q, Q], probationary=1)
    entries[-1].grade = Q
    [problem] = errors(check_entries(entries, RULES))
    assert "预备0" in problem.message and "不评定等次" in problem.message
    # where the setting grades them, they count: 4 appraised, and the grade is accepted
    graded = AppraisalRules(probationary_graded=True)
    assert not errors(check_entries(entries, graded))
    assert grade_counts(entries, graded)[Q] == 4 and grade_counts(entries, RULES)[Q] == 3


def test_an_excused_member_is_neither_graded_nor_counted():
    entries = _entries([E, Q, Q, None])
    entries[3].exempt_reason = "长期病休"
    assert not errors(check_entries(entries, RULES))  # 3 appraised: 1 优秀 allowed
    assert is_complete(entries, RULES)
    entries[3].grade = Q
    assert any("不参加评议" in i.message for i in errors(check_entries(entries, RULES)))


def test_weak_grades_need_a_follow_up_and_only_fitting_ones():
    entries = _entries([Q, Q, B, U])
    warnings = [i for i in check_entries(entries, RULES) if i.severity is Severity.WARNING]
    assert {i.field for i in warnings} == {"follow_up"} and len(warnings) == 2
    entries[2].follow_up = FollowUp.REMOVE  # 除名 is for 不合格 only
    assert any("只适用于评为不合格" in i.message for i in errors(check_entries(entries, RULES)))
    entries[2].follow_up, entries[2].follow_up_on = FollowUp.HELP, DAY
    entries[3].follow_up, entries[3].follow_up_on = FollowUp.CORRECT, DAY
    assert not check_entries(entries, RULES, appraisal_on=DAY, today=DAY)
    entries[0].follow_up = FollowUp.HELP  # a 合格 member needs none
    assert any("不需要登记处理意见" in i.message for i in errors(check_entries(entries, RULES)))


def test_dates_of_decisions_and_of_telling_the_result():
    entries = _entries([Q, None])
    entries[0].notified_on = DAY - dt.timedelta(days=1)
    assert any("早于评议日期" in i.message for i in errors(check_entries(entries, RULES, appraisal_on=DAY)))
    entries[0].notified_on = DAY + dt.timedelta(days=1)
    assert any("晚于今天" in i.message for i in errors(check_entries(entries, RULES, today=DAY)))
    entries[0].notified_on = None
    entries[1].notified_on = DAY
    assert any("还没有评定等次" in i.message for i in errors(check_entries(entries, RULES)))


def test_votes_cannot_exceed_the_ballots_returned():
    entries = _entries([Q])
    entries[0].votes = {E: 3, Q: 10, B: 0, U: 0}
    assert not errors(check_entries(entries, RULES, ballots_returned=13))
    assert any("超过了收回的测评票12张" in i.message
               for i in errors(check_entries(entries, RULES, ballots_returned=12)))
    assert any("多于发出" in i.message for i in errors(check_entries(entries, RULES, ballots_issued=10,
                                                                         ballots_returned=12)))


def test_a_member_listed_twice_is_refused():
    entries = _entries([Q, Q])
    entries[1].member_uuid = entries[0].member_uuid
    assert any("出现了两次" in i.message for i in errors(check_entries(entries, RULES)))


def test_ballots_over_the_quota_or_blank_are_void():
    # 6 appraised (2 优秀 allowed) and one 预备党员 whose marks are ignored
    entries = _entries([None] * 6, probationary=1)
    ids = [e.uuid for e in entries]
    ballots = [
        Ballot(1, {ids[0]: E, ids[1]: E, ids[2]: Q, ids[3]: Q, ids[4]: Q, ids[5]: B, ids[6]: E}),
        Ballot(2, {ids[0]: E, ids[1]: E, ids[2]: E, ids[3]: Q}),  # three 优秀: void
        Ballot(3, {}),  # blank: void
        Ballot(4, {ids[0]: Q, ids[5]: U}),
    ]
    t = tally(entries, ballots, RULES)
    assert t.valid == 2 and t.returned == 4
    assert [n for n, _ in t.void] == [2, 3] and "超过规定的2名" in t.void[0][1] and t.void[1][1] == "空白票"
    assert t.votes[ids[0]] == {E: 1, Q: 1, B: 0, U: 0}
    assert t.votes[ids[5]] == {E: 0, Q: 0, B: 1, U: 1}
    assert ids[6] not in t.votes
    # where over-quota ballots count, ballot 2 is valid
    lenient = tally(entries, ballots, AppraisalRules(void_over_quota_ballots=False))
    assert lenient.valid == 3 and lenient.votes[ids[2]][E] == 1


def test_suggested_grades_keep_the_share_and_leave_ties_to_the_branch():
    # 6 appraised: 2 优秀 allowed. Most 优秀 votes: a 9, b 8, c 8 (tie at the limit), d mostly 合格, e 基本合格
    entries = _entries([None] * 6)
    votes = [(9, 1, 0, 0), (8, 2, 0, 0), (8, 2, 0, 0), (2, 8, 0, 0), (0, 3, 7, 0), (0, 0, 0, 0)]
    for e, (a, b, c, d) in zip(entries, votes, strict=True):
        e.votes = {E: a, Q: b, B: c, U: d}
    got = suggest_grades(entries, RULES)
    assert got == {"u0": E, "u1": Q, "u2": Q, "u3": Q, "u4": B}  # b and c tie for the second place: not broken
    entries[2].votes[E] = 7
    assert suggest_grades(entries, RULES)["u1"] is E and suggest_grades(entries, RULES)["u2"] is Q


def test_quota_line_says_when_the_share_is_exceeded():
    text, over = quota_text(_entries([E, E, Q, None], probationary=1), RULES)
    assert over and "最多1名" in text and "未评定1名" in text and "预备党员1名" in text
    text, over = quota_text(_entries([E, Q, Q]), RULES)
    assert not over and text.startswith("参评党员3名，优秀最多1名")


def test_review_year_is_last_year_until_the_end_of_march():
    assert review_year(dt.date(2027, 1, 1)) == 2026
    assert review_year(dt.date(2027, 3, 31)) == 2026
    assert review_year(dt.date(2027, 4, 1)) == 2027
    assert review_year(dt.date(2027, 12, 31)) == 2027


def test_opinions_are_counted_by_category_in_the_settings_order():
    ops = [Opinion("a", category="廉洁自律"), Opinion("b", category="工作作风"), Opinion("c", category="工作作风"),
           Opinion("d", category="自定义")]
    assert opinion_counts(ops, ("理论学习", "工作作风", "廉洁自律")) == [("工作作风", 2), ("廉洁自律", 1), ("自定义", 1)]


def test_a_problem_is_a_rectification_with_the_meeting_as_the_day_found():
    p = Problem("理论学习不够深入", BRANCH_OWNER, measure="每月集中学习", deadline=DAY - dt.timedelta(days=1))
    assert any("整改期限不能早于会议日期" == m for _, m in validate_problem(p, DAY, DAY))
    p.deadline = DAY + dt.timedelta(days=60)
    p.status = RectStatus.DONE
    assert any("请填写完成日期" in m for _, m in validate_problem(p, DAY, DAY))
    p.completed_on = DAY + dt.timedelta(days=10)
    assert not validate_problem(p, DAY, DAY + dt.timedelta(days=30))
    r = p.rectification(DAY)
    assert r.is_overdue(DAY + dt.timedelta(days=61)) is False  # done
    p.status, p.completed_on = RectStatus.IN_PROGRESS, None
    assert p.rectification(DAY).is_overdue(DAY + dt.timedelta(days=61))


def test_held_and_appraisal_dates():
    c = LifeMeeting(2025, meeting=MeetingLink("m", DAY, "会", 30, 28))
    assert c.held_on(DAY - dt.timedelta(days=1)) is None and c.held_on(DAY) == DAY
    assert c.appraisal_date(DAY) == DAY
    c.appraisal_with_meeting, c.appraisal_on = False, DAY + dt.timedelta(days=3)
    assert c.appraisal_date(DAY) is None and c.appraisal_date(DAY + dt.timedelta(days=3)) == c.appraisal_on
