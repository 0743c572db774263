"""发展党员 rules at their boundaries, with dates worked out by hand (calendar-month rule: the same day N months
later, or the month's last day; the deadline day itself is on time)."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop.domain import development as dev
from dangjian_desktop.domain.development_rules import (
    activist_year_ends,
    adult_on,
    approval_due,
    assessment_gaps,
    check_case,
    full_member_on,
    next_assessment_due,
    open_duties,
    probation_ends,
    progress,
    talk_due,
    training_enough,
    vote_facts,
)
from dangjian_desktop.domain.enums import MemberCategory, MemberStatus
from dangjian_desktop.domain.meetings import Attendee, Meeting, MeetingType, Vote
from dangjian_desktop.domain.roster import Member

D = dt.date
R = dev.DevelopmentRules()


def kinds(findings, kind: str) -> list[str]:  # noqa: ANN001
    return [f.message for f in findings if f.kind == kind]


def case_with(*steps: tuple[int, dt.date], applied: dt.date = D(2024, 1, 10), **kw) -> dev.Case:  # noqa: ANN003
    c = dev.Case(name="王小明", applied_on=applied, **kw)
    c.steps[1] = dev.StepRecord(1, applied)
    for n, on in steps:
        c.steps[n] = dev.StepRecord(n, on, passed=True if dev.STEP[n].decision else None)
    return c


# -- the table ------------------------------------------------------------------------------------------------------


def test_the_25_steps_in_5_stages():
    assert [s.number for s in dev.STEPS] == list(range(1, 26))
    per_stage = {st: [s.number for s in dev.STEPS if s.stage is st] for st in dev.Stage}
    assert per_stage == {dev.Stage.APPLICATION: [1, 2], dev.Stage.ACTIVIST: [3, 4, 5, 6],
                         dev.Stage.CANDIDATE: [7, 8, 9, 10, 11],
                         dev.Stage.ADMISSION: [12, 13, 14, 15, 16, 17, 18],
                         dev.Stage.PROBATION: [19, 20, 21, 22, 23, 24, 25]}
    # every step but the last comes before some later step: leaving one out is always noticed
    needed = set().union(*(dev.prerequisites(n) for n in range(1, 26)))
    assert needed == set(range(1, 25))
    assert all(m < n for n in range(1, 26) for m in dev.STEP[n].after)
    assert {s.number for s in dev.STEPS if s.meeting is MeetingType.ASSEMBLY} == {15, 23}


# -- deadlines: each rule at its boundary ---------------------------------------------------------------------------


@pytest.mark.parametrize("applied, due", [
    (D(2026, 4, 1), D(2026, 5, 1)),  # 30 days later
    (D(2026, 3, 1), D(2026, 4, 1)),  # 31 days later: still "within a month"
    (D(2026, 1, 31), D(2026, 2, 28)),  # no 31 February
    (D(2028, 1, 31), D(2028, 2, 29)),  # leap year
    (D(2026, 12, 15), D(2027, 1, 15)),
])
def test_talk_within_one_calendar_month(applied, due):  # noqa: ANN001
    assert talk_due(applied, R) == due
    on_time = case_with((2, due), applied=applied)
    late = case_with((2, due + dt.timedelta(days=1)), applied=applied)
    today = D(2029, 1, 1)
    assert not kinds(check_case(on_time, R, today), "deadline")
    assert kinds(check_case(late, R, today), "deadline") == [
        f"谈话在{late.steps[2].on.year}年{late.steps[2].on.month}月{late.steps[2].on.day}日进行，晚于规定期限"
        f"（收到申请后1个月内，即{due.year}年{due.month}月{due.day}日前）"]


def test_talk_open_then_overdue_the_day_after():
    c = case_with(applied=D(2026, 4, 1))
    [duty] = open_duties(c, R)
    assert (duty.step, duty.due) == (2, D(2026, 5, 1))
    assert progress(c, R, D(2026, 5, 1)).overdue is False
    p = progress(c, R, D(2026, 5, 2))
    assert (p.stage, p.last_step, p.next_step, p.due, p.overdue) == (dev.Stage.APPLICATION, 1, 2, D(2026, 5, 1), True)


@pytest.mark.parametrize("named, first_day", [
    (D(2025, 3, 10), D(2026, 3, 10)),  # a year to the day
    (D(2024, 2, 29), D(2025, 2, 28)),
    (D(2025, 12, 31), D(2026, 12, 31)),
])
def test_a_year_as_activist_to_the_day(named, first_day):  # noqa: ANN001
    assert activist_year_ends(named, R) == first_day
    base = [(2, named - dt.timedelta(days=30)), (3, named), (4, named), (5, named), (6, first_day)]
    ok = case_with(*base, (7, first_day), applied=named - dt.timedelta(days=60))
    early = case_with(*base[:-1], (6, first_day - dt.timedelta(days=1)), (7, first_day - dt.timedelta(days=1)),
                      applied=named - dt.timedelta(days=60))
    today = D(2030, 1, 1)
    assert not kinds(check_case(ok, R, today), "deadline")
    [msg] = kinds(check_case(early, R, today), "deadline")
    assert "作为入党积极分子不满1年" in msg


@pytest.mark.parametrize("assembly, due", [
    (D(2025, 11, 30), D(2026, 2, 28)),
    (D(2027, 11, 30), D(2028, 2, 29)),
    (D(2026, 3, 15), D(2026, 6, 15)),
])
def test_approval_within_three_months_of_the_assembly(assembly, due):  # noqa: ANN001
    assert approval_due(assembly, R) == due
    early = [(n, assembly - dt.timedelta(days=400 - n)) for n in range(2, 15)]
    for day, late in ((due, False), (due + dt.timedelta(days=1), True)):
        c = case_with(*early, (15, assembly), (16, assembly), (17, day), applied=assembly - dt.timedelta(days=500))
        found = [m for m in kinds(check_case(c, R, D(2030, 1, 1)), "deadline") if "审批" in m]
        assert bool(found) is late, (day, found)
    pending = case_with(*early, (15, assembly), applied=assembly - dt.timedelta(days=500))
    assert [(d.step, d.due) for d in open_duties(pending, R)] == [(17, due)]


def test_probation_one_year_and_an_extension():
    assert probation_ends(D(2025, 6, 15), R) == D(2026, 6, 15)
    assert probation_ends(D(2024, 2, 29), R) == D(2025, 2, 28)
    assert probation_ends(D(2025, 6, 15), R, 6) == D(2026, 12, 15)
    steps = [(n, D(2024, 1, 1) + dt.timedelta(days=10 * n)) for n in range(2, 15)]
    admitted = [*steps, (15, D(2025, 6, 15)), (16, D(2025, 7, 1)), (17, D(2025, 8, 1)), (18, D(2025, 8, 2)),
                (19, D(2025, 8, 3)), (20, D(2025, 8, 4)), (21, D(2026, 6, 1)), (22, D(2026, 6, 10))]
    early = case_with(*admitted, (23, D(2026, 6, 14)), applied=D(2024, 1, 1))
    on_time = case_with(*admitted, (23, D(2026, 6, 15)), applied=D(2024, 1, 1))
    today = D(2027, 1, 1)
    assert [m for m in kinds(check_case(early, R, today), "deadline") if "预备期" in m] == [
        "预备期到2026年6月15日才满，2026年6月14日就讨论转正"]
    assert not [m for m in kinds(check_case(on_time, R, today), "deadline") if "预备期" in m]
    # the 转正 due on the day probation ends; extended by 6 months, half a year later
    waiting = case_with(*admitted, applied=D(2024, 1, 1))
    assert (22 in waiting.steps, [d for d in open_duties(waiting, R) if d.step == 23][0].due) == (True, D(2026, 6, 15))
    waiting.extension = dev.Extension(6, D(2026, 6, 20))
    assert [d for d in open_duties(waiting, R) if d.step == 23][0].due == D(2026, 12, 15)
    waiting.extension = dev.Extension(3, D(2026, 6, 20))
    assert kinds(check_case(waiting, R, today), "extension") == ["延长预备期3个月：按规定为6至12个月"]


def test_age_eighteen_on_the_day_of_the_application():
    assert adult_on(D(2008, 3, 10), R) == D(2026, 3, 10)
    assert adult_on(D(2008, 2, 29), R) == D(2026, 2, 28)
    young = dev.Case(name="甲", applied_on=D(2026, 3, 9), birth_date=D(2008, 3, 10))
    adult = dev.Case(name="乙", applied_on=D(2026, 3, 10), birth_date=D(2008, 3, 10))
    assert kinds(check_case(young, R, D(2026, 4, 1)), "age") == ["递交入党申请时未满18周岁（2026年3月10日满18周岁）"]
    assert not kinds(check_case(adult, R, D(2026, 4, 1)), "age")


@pytest.mark.parametrize("days, hours, enough", [(3, 0, True), (0, 24, True), (2.5, 23.5, False), (2.9, 24, True)])
def test_training_three_days_or_24_hours(days, hours, enough):  # noqa: ANN001
    assert training_enough(dev.Training(days=days, hours=hours), R) is enough
    c = case_with((11, D(2025, 1, 1)), training=dev.Training(days=days, hours=hours))
    assert bool(kinds(check_case(c, R, D(2026, 1, 1)), "training")) is not enough


def test_half_yearly_assessments():
    start = D(2025, 1, 10)
    # exactly six months apart is on time; a day more is a gap
    assert assessment_gaps(start, D(2026, 1, 10), [D(2025, 7, 10)], R) == []
    assert assessment_gaps(start, D(2026, 1, 10), [D(2025, 7, 11)], R) == [(start, D(2025, 7, 10))]
    assert assessment_gaps(start, D(2026, 2, 1), [D(2025, 7, 10)], R) == [(D(2025, 7, 10), D(2026, 1, 10))]
    assert next_assessment_due(start, [], R) == D(2025, 7, 10)
    assert next_assessment_due(start, [D(2025, 6, 1), D(2024, 12, 1)], R) == D(2025, 12, 1)
    c = case_with((2, D(2024, 12, 1)), (3, start), (4, start), (5, start), applied=D(2024, 11, 20))
    [duty] = [d for d in open_duties(c, R) if d.step == 6]
    assert duty.due == D(2025, 7, 10) and duty.overdue(D(2025, 7, 11)) and not duty.overdue(D(2025, 7, 10))


def test_working_days_of_a_publicity():
    assert dev.working_days(D(2026, 3, 2), D(2026, 3, 6)) == 5  # Monday to Friday
    assert dev.working_days(D(2026, 3, 6), D(2026, 3, 12)) == 5  # Friday to Thursday over a weekend
    assert dev.working_days(D(2026, 3, 7), D(2026, 3, 8)) == 0  # a weekend
    assert dev.add_working_days(D(2026, 3, 7), 5) == D(2026, 3, 13)  # starts on Saturday: Monday to Friday
    assert dev.add_working_days(D(2026, 3, 4), 5) == D(2026, 3, 10)
    steps = [(n, D(2025, 1, 1) + dt.timedelta(days=n)) for n in range(2, 7)]
    short = case_with(*steps, (7, D(2026, 3, 20)), applied=D(2024, 12, 1),
                      publicity=[dev.Publicity(dev.PublicityKind.CANDIDATE, D(2026, 3, 2), D(2026, 3, 5))])
    enough = case_with(*steps, (7, D(2026, 3, 20)), applied=D(2024, 12, 1),
                       publicity=[dev.Publicity(dev.PublicityKind.CANDIDATE, D(2026, 3, 2), D(2026, 3, 6))])
    late = case_with(*steps, (7, D(2026, 3, 5)), applied=D(2024, 12, 1),
                     publicity=[dev.Publicity(dev.PublicityKind.CANDIDATE, D(2026, 3, 2), D(2026, 3, 6))])
    none = case_with(*steps, (7, D(2026, 3, 5)), applied=D(2024, 12, 1))
    today = D(2026, 6, 1)
    assert kinds(check_case(short, R, today), "publicity") == ["拟确定发展对象公示只有4个工作日，少于5个工作日"]
    assert kinds(check_case(enough, R, today), "publicity") == []
    assert kinds(check_case(late, R, today), "publicity") == ["拟确定发展对象公示至2026年3月6日结束，晚于第7步（2026年3月5日）"]
    assert kinds(check_case(none, R, today), "publicity") == ["第7步之前没有“拟确定发展对象公示”的记录"]


# -- order and gaps --------------------------------------------------------------------------------------------------


def test_a_skipped_step_and_a_step_out_of_order():
    c = case_with((2, D(2024, 2, 1)), (3, D(2024, 1, 20)), (5, D(2024, 3, 1)), (6, D(2024, 9, 1)),
                  (7, D(2025, 3, 1)), applied=D(2024, 1, 10))
    f = check_case(c, R, D(2026, 1, 1))
    assert kinds(f, "missing") == ["缺少第4步“报上级党委备案”（第7步“确定发展对象”已登记）"]
    assert kinds(f, "order") == ["第3步“推荐和确定入党积极分子”（2024年1月20日）早于第2步“党组织派人谈话”"
                                 "（2024年2月1日），顺序不对"]
    p = progress(c, R, D(2026, 1, 1))
    assert (p.stage, p.last_step, p.next_step) == (dev.Stage.CANDIDATE, 7, 4)  # the gap comes first


def test_parallel_steps_are_not_missing_while_open():
    # steps 8 to 11 may come in any order after 7: only 12 makes them all required
    c = case_with(*[(n, D(2024, 1, 1) + dt.timedelta(days=20 * n)) for n in range(2, 8)], (9, D(2024, 8, 1)),
                  applied=D(2023, 12, 1))
    assert not kinds(check_case(c, R, D(2026, 1, 1)), "missing")
    c.steps[12] = dev.StepRecord(12, D(2024, 9, 1), passed=True)
    assert kinds(check_case(c, R, D(2026, 1, 1)), "missing") == [
        f"缺少第{n}步“{dev.STEP[n].name}”（第12步“支部委员会审查”已登记）" for n in (8, 10, 11)]


# -- people --------------------------------------------------------------------------------------------------------


def member(name: str, uuid: str, category=MemberCategory.FULL, joined=D(2010, 1, 1), full=D(2011, 1, 1),  # noqa: ANN001
           **kw) -> Member:  # noqa: ANN003
    return Member(name=name, uuid=uuid, category=category, joined_party_on=joined, full_member_on=full, **kw)


def test_sponsors_two_full_members_on_that_date():
    roster = {"a": member("甲", "a"), "b": member("乙", "b", joined=D(2024, 5, 1), full=D(2025, 5, 1)),
              "c": member("丙", "c", category=MemberCategory.PROBATIONARY, joined=D(2024, 5, 1), full=None),
              "d": member("丁", "d", status=MemberStatus.TRANSFERRED_OUT, status_date=D(2025, 1, 1))}
    day = D(2025, 4, 30)

    def sponsors(*ids: str) -> list[str]:
        c = case_with((9, day), contacts=[dev.Contact(dev.ContactRole.SPONSOR, roster[i].name if i in roster else i,
                                                      i if i in roster else None, day) for i in ids])
        return kinds(check_case(c, R, D(2026, 1, 1), members=roster), "people")

    assert sponsors("a", "b") == ["入党介绍人乙在2025年4月30日不是正式党员"]  # full only from 1 May
    assert full_member_on(roster["b"], D(2025, 5, 1))
    assert sponsors("a") == ["入党介绍人应为2名正式党员，现登记1名"]
    assert sponsors("a", "c") == ["入党介绍人丙在2025年4月30日不是正式党员"]
    assert sponsors("a", "d") == ["入党介绍人丁在2025年4月30日不是正式党员"]  # transferred out before
    assert sponsors("a", "外支部张三") == ["入党介绍人外支部张三不在本支部名册中，请核实其2025年4月30日时是正式党员"]
    roster["b"].full_member_on = D(2025, 4, 30)
    assert sponsors("a", "b") == []


def test_mentors_one_or_two():
    roster = {k: member(k, k) for k in "xyz"}
    for ids, problems in (("x", 0), ("xy", 0), ("xyz", 1), ("", 1)):
        mentors = [dev.Contact(dev.ContactRole.MENTOR, i, i, D(2025, 1, 1)) for i in ids]
        c = case_with((5, D(2025, 1, 1)), contacts=mentors)
        assert len(kinds(check_case(c, R, D(2026, 1, 1), members=roster), "people")) == problems, ids


# -- the 大会's record ---------------------------------------------------------------------------------------------


def assembly(day: dt.date, voters: int, present: int, votes: list[Vote], probationers: int = 1) -> Meeting:
    people = [Attendee(f"党员{i}", has_vote=True, present=i < present) for i in range(voters)]
    people += [Attendee(f"预备{i}", has_vote=False) for i in range(probationers)]
    return Meeting(types=[MeetingType.ASSEMBLY], date=day, attendees=people, votes=votes, uuid="m1")


def admission_case(day: dt.date) -> dev.Case:
    c = case_with(*[(n, day - dt.timedelta(days=200 - n)) for n in range(2, 15)], (15, day),
                  applied=day - dt.timedelta(days=400))
    c.steps[15].meeting_uuid = "m1"
    return c


@pytest.mark.parametrize("present, yes, problems", [
    (3, 3, []),  # 3 of 5 present (more than half), 3 yes of 5 应到: passes
    (3, 2, ["表决“接收王小明同志为中共预备党员”赞成2票，未超过应到会有表决权党员5人的半数，不能通过"]),
    (2, 2, ["支部党员大会到会有表决权的正式党员2人，未超过应到5人的半数，不能表决",
            "表决“接收王小明同志为中共预备党员”赞成2票，未超过应到会有表决权党员5人的半数，不能通过"]),
])
def test_quorum_and_majority_from_the_meeting_record(present, yes, problems):  # noqa: ANN001
    day = D(2026, 3, 15)
    m = assembly(day, 5, present, [Vote("接收王小明同志为中共预备党员", yes, 0, present - yes)])
    c = admission_case(day)
    assert kinds(check_case(c, R, D(2026, 4, 1), meetings={"m1": m}), "meeting") == problems
    f = vote_facts(m, "王小明")
    assert (f.voting_expected, f.voting_present, f.yes) == (5, present, yes)


def test_one_candidate_at_a_time_and_the_right_meeting():
    day = D(2026, 3, 15)
    both = assembly(day, 5, 5, [Vote("接收王小明、李伟同志为中共预备党员", 5)])
    c = admission_case(day)
    assert kinds(check_case(c, R, D(2026, 4, 1), meetings={"m1": both}, other_names=["李伟"]), "meeting") == [
        "应对每一个发展对象逐个表决，表决“接收王小明、李伟同志为中共预备党员”中还有李伟"]
    none = assembly(day, 5, 5, [Vote("通报党费收缴情况", 5)])
    assert kinds(check_case(c, R, D(2026, 4, 1), meetings={"m1": none}), "meeting") == [
        "支部党员大会的会议记录中没有关于王小明的表决（表决事项应写明姓名）"]
    other_day = assembly(day + dt.timedelta(days=1), 5, 5, [Vote("接收王小明同志为中共预备党员", 5)])
    assert kinds(check_case(c, R, D(2026, 4, 1), meetings={"m1": other_day}), "meeting") == [
        "第15步的日期2026年3月15日与关联会议的日期2026年3月16日不一致"]
    committee = Meeting(types=[MeetingType.COMMITTEE], date=day, uuid="m1")
    assert kinds(check_case(c, R, D(2026, 4, 1), meetings={"m1": committee}), "meeting") == [
        "第15步关联的会议是“支部委员会”，应为“支部党员大会”"]
    assert kinds(check_case(c, R, D(2026, 4, 1), meetings={}), "meeting") == ["第15步关联的会议记录已不存在，请重新选择"]
    c.steps[15].meeting_uuid = None
    assert kinds(check_case(c, R, D(2026, 4, 1)), "meeting") == [
        "第15步没有关联支部党员大会的会议记录，无法核对到会人数和表决结果"]


def test_a_name_inside_a_longer_name_is_not_the_candidate():
    m = assembly(D(2026, 3, 15), 5, 5, [Vote("接收李伟华同志为中共预备党员", 5), Vote("接收李伟同志为中共预备党员", 4)])
    assert vote_facts(m, "李伟", ["李伟华"]).yes == 4
    assert vote_facts(m, "李伟华", ["李伟"]).yes == 5
    alone = assembly(D(2026, 3, 15), 5, 5, [Vote("接收李伟华同志为中共预备党员", 5)])
    assert not vote_facts(alone, "李伟", ["李伟华"]).found


# -- where a person stands ---------------------------------------------------------------------------------------


def test_standing_and_the_record_as_it_stood():
    c = case_with((2, D(2024, 2, 1)), (3, D(2024, 3, 1)), (4, D(2024, 3, 2)), (5, D(2024, 3, 1)),
                  (6, D(2025, 3, 1)), (7, D(2025, 3, 10)), applied=D(2024, 1, 10))
    assert c.standing_on(D(2024, 2, 29)) is dev.Standing.APPLICANT
    assert c.standing_on(D(2024, 3, 1)) is dev.Standing.ACTIVIST
    assert c.standing_on(D(2025, 3, 10)) is dev.Standing.CANDIDATE
    before = dev.as_of(c, D(2024, 12, 31))
    assert sorted(before.steps) == [1, 2, 3, 4, 5] and c.last_step == 7
    c.steps[3].passed = False  # 暂不确定: not an 积极分子
    assert c.standing_on(D(2024, 6, 1)) is dev.Standing.APPLICANT
    c.status, c.status_on = dev.CaseStatus.STOPPED, D(2025, 6, 1)
    assert c.standing_on(D(2025, 6, 1)) is dev.Standing.CLOSED
    assert open_duties(c, R) == [] and progress(c, R, D(2026, 1, 1)).next_step is None


def test_rules_from_settings_fall_back_to_defaults():
    r = dev.DevelopmentRules.from_dict({"talk_months": 2, "approval_months": "three", "full_member_on_probation_end": 1,
                                        "training_hours": 32, "unknown": 5})
    assert (r.talk_months, r.approval_months, r.full_member_on_probation_end, r.training_hours) == (2, 3, False, 32.0)
    assert dev.DevelopmentRules.from_dict(None) == dev.DevelopmentRules()
    assert dev.DevelopmentRules(extension_min_months=9, extension_max_months=6).problems() == [
        ("extension_min_months", "延长预备期的最短月数不能大于最长月数")]
