"""发展党员 through the service (no Qt): one applicant taken from application to 转正, each step on its date, the
roster following without typing the person again; checks, reminders, extension, cancellation, hostile input.
Dates are derived from the pinned clock, so the suite holds on any day."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.development import (
    Assessment,
    Case,
    CaseStatus,
    Contact,
    ContactRole,
    DevelopmentRules,
    Extension,
    Publicity,
    PublicityKind,
    Standing,
    StepRecord,
    Training,
    add_months,
    add_working_days,
)
from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory, MemberStatus
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.roster import Branch, CommitteeSeat, Member, MemberFilter, PartyGroup
from dangjian_desktop.services.container import Services
from dangjian_desktop.services.reminders import all_reminders
from dangjian_desktop.storage.models import Tombstone
from dangjian_desktop.storage.models_development import DevelopmentStepRow

DAY = dt.timedelta(days=1)
ID = "110105199203150011"  # a valid 身份证号: born 1992-03-15, male


@pytest.fixture
def branch(services: Services) -> Services:
    """Six 正式党员 since 2016 in one 党小组, three of them on the committee."""
    s = services
    s.branch.save_profile(Branch(name="测试党支部", parent_committee="测试公司党委"))
    g = s.branch.save_group(PartyGroup(name="一组"))
    people = {}
    for name in ("张书记", "李委员", "王委员", "赵党员", "钱党员", "孙党员"):
        people[name] = s.roster.save_member(Member(name=name, group_uuid=g.uuid, joined_party_on=dt.date(2015, 7, 1),
                                                   full_member_on=dt.date(2016, 7, 1)))
    b = s.branch.require_profile()
    b.committee = [CommitteeSeat(CommitteeRole.SECRETARY, people["张书记"].uuid, "张书记"),
                   CommitteeSeat(CommitteeRole.MEMBER, people["李委员"].uuid, "李委员", "组织委员"),
                   CommitteeSeat(CommitteeRole.MEMBER, people["王委员"].uuid, "王委员", "宣传委员")]
    s.branch.save_profile(b)
    s.people, s.group = people, g  # type: ignore[attr-defined]
    return s


def _vote(s: Services, meeting_uuid: str, yes: int, no: int = 0, abstain: int = 0) -> None:
    """The secretary completes the draft 大会 record on 会议: everyone present, the counts of the one vote."""
    m = s.meetings.get(meeting_uuid)
    m.recorder = "李委员"
    m.votes[0].yes, m.votes[0].no, m.votes[0].abstain = yes, no, abstain
    s.meetings.save(m)


def test_one_applicant_from_application_to_full_membership(branch: Services):
    s = branch
    dev = s.development
    T = clock.today()
    A = add_months(T, -36)
    people = s.people  # type: ignore[attr-defined]
    c = dev.save_case(Case(name="周新人", applied_on=A, gender="男", birth_date=dt.date(1992, 3, 15), id_number=ID,
                           education="大学本科", position="检修工")).case
    assert sorted(c.steps) == [1] and c.steps[1].on == A  # step 1 is the application
    uuid = c.uuid or ""

    def rec(n: int, on: dt.date, **kw) -> Case:  # noqa: ANN003
        saved = dev.record_step(uuid, StepRecord(n, on, "经办", kw.pop("result", "办理"), kw.pop("passed", None),
                                                 meeting_uuid=kw.pop("meeting", None)), **kw)
        return saved.case

    rec(2, A + 20 * DAY)
    a3 = add_months(A, 3)
    rec(3, a3)
    rec(4, a3 + 5 * DAY)
    rec(5, a3, contacts=[Contact(ContactRole.MENTOR, "赵党员", people["赵党员"].uuid)])
    for months in (5, 10):  # well inside each half year, whatever the month lengths
        dev.save_assessment(uuid, Assessment(add_months(a3, months), "半年", "赵党员", "表现良好", "合格"))
    rec(6, add_months(a3, 12))
    a7 = add_months(a3, 12) + 10 * DAY
    start = a7 - 14 * DAY
    dev.save_publicity(uuid, Publicity(PublicityKind.CANDIDATE, start, add_working_days(start, 5)))
    assert dev.case(uuid).standing_on(a7 - DAY) is Standing.ACTIVIST
    rec(7, a7)
    rec(8, a7 + 3 * DAY)
    rec(9, a7 + 5 * DAY, contacts=[Contact(ContactRole.SPONSOR, n, people[n].uuid) for n in ("钱党员", "孙党员")])
    rec(10, a7 + 20 * DAY, result="政审合格")
    rec(11, a7 + 40 * DAY, training=Training(a7 + 36 * DAY, a7 + 38 * DAY, 3, 24, "党校", "结业证001"))
    rec(12, a7 + 60 * DAY)
    start = a7 + 62 * DAY
    dev.save_publicity(uuid, Publicity(PublicityKind.ADMISSION, start, add_working_days(start, 5)))
    rec(13, a7 + 80 * DAY)
    rec(14, a7 + 85 * DAY)
    V = a7 + 100 * DAY
    # the 大会: a draft record made from this screen, completed on 会议 (6 voting members, 5 yes)
    m15 = dev.create_meeting(uuid, 15, V)
    assert [v.subject for v in s.meetings.get(m15).votes] == ["接收周新人同志为中共预备党员"]
    assert dev.meetings_near(15, V)[0].uuid == m15
    _vote(s, m15, 5, 0, 1)
    rec(15, V, meeting=m15)
    rec(16, V + 10 * DAY)
    assert s.roster.count() == 6  # not yet approved: not on the roster
    saved = dev.record_step(uuid, StepRecord(17, V + 30 * DAY, "上级党委", "批准", True))
    assert saved.notes == [f"周新人已列入党员名册：预备党员，入党日期{V:%Y年%m月%d日}。"]
    member = s.roster.member(saved.case.member_uuid or "")
    assert (member.name, member.category, member.joined_party_on, member.full_member_on, member.id_number) == (
        "周新人", MemberCategory.PROBATIONARY, V, None, ID)
    assert s.roster.count() == 7
    assert [e.summary for e in s.audit.history(member.uuid or "")] == [saved.notes[0]]
    rec(18, V + 40 * DAY)
    rec(19, V + 31 * DAY, group_uuid=s.group.uuid)  # type: ignore[attr-defined]
    rec(20, V + 35 * DAY)
    for months in (4, 9):
        dev.save_assessment(uuid, Assessment(add_months(V, months), "半年", "钱党员", "表现良好", "合格"))
    rec(21, add_months(V, 11))
    rec(22, add_months(V, 12) - 3 * DAY)
    V2 = add_months(V, 12) + 2 * DAY
    m23 = dev.create_meeting(uuid, 23, V2)
    meeting = s.meetings.get(m23)
    assert "周新人" in {a.name for a in meeting.attendees if not a.has_vote}  # on the roster now, without a vote
    _vote(s, m23, 6)
    rec(23, V2, meeting=m23)
    saved = dev.record_step(uuid, StepRecord(24, V2 + 20 * DAY, "上级党委", "批准", True))
    assert saved.notes == [f"周新人在党员名册中已改为正式党员，转正日期{V2:%Y年%m月%d日}。"]
    final = rec(25, V2 + 30 * DAY)
    member = s.roster.member(final.member_uuid or "")
    assert (member.category, member.joined_party_on, member.full_member_on) == (MemberCategory.FULL, V, V2)
    assert member.group_uuid == s.group.uuid  # type: ignore[attr-defined]
    assert final.status is CaseStatus.FULL and final.status_on == V2 + 20 * DAY
    assert s.roster.count() == 7  # the same member, not a second one
    # every step on its date, every deadline met: nothing to report, nothing open
    assert dev.check(final, T) == []
    [summary] = dev.summaries(T)
    assert summary.as_dict() == {"name": "周新人", "stage": 5, "last_step": 25, "next_step": None, "due": None,
                                 "overdue": False}
    assert dev.summaries(T, include_closed=False) == []


def test_the_roster_refusing_leaves_the_record_saved(branch: Services):
    s = branch
    T = clock.today()
    # 17 years old at the 大会: the roster's own rule refuses the member, the step is kept and the user told
    birth = add_months(T, -17 * 12)
    c = s.development.save_case(Case(name="小年轻", applied_on=T - 400 * DAY, birth_date=birth)).case
    for n in range(2, 16):
        s.development.record_step(c.uuid or "", StepRecord(n, T - (300 - n) * DAY))
    saved = s.development.record_step(c.uuid or "", StepRecord(17, T - 200 * DAY, passed=True))
    assert 17 in saved.case.steps and saved.case.member_uuid is None
    assert saved.notes and saved.notes[0].startswith("发展党员记录已保存，但党员名册没有更新：")
    assert "年满18岁" in saved.notes[0]
    assert s.roster.count() == 6


def test_an_existing_roster_member_is_linked_not_duplicated(branch: Services):
    s = branch
    T = clock.today()
    typed = s.roster.save_member(Member(name="周新人", id_number=ID, category=MemberCategory.PROBATIONARY,
                                        joined_party_on=T - 100 * DAY))
    c = s.development.save_case(Case(name="周新人", applied_on=T - 900 * DAY, id_number=ID)).case
    for n in range(2, 16):
        s.development.record_step(c.uuid or "", StepRecord(n, T - (800 - 10 * n) * DAY))
    saved = s.development.record_step(c.uuid or "", StepRecord(17, T - 500 * DAY, passed=True))
    assert saved.case.member_uuid == typed.uuid and s.roster.count() == 7
    assert s.roster.member(typed.uuid or "").joined_party_on == T - 650 * DAY  # the 大会 date of step 15
    # correcting the 大会 date corrects the roster
    s.development.record_step(c.uuid or "", StepRecord(15, T - 640 * DAY))
    assert s.roster.member(typed.uuid or "").joined_party_on == T - 640 * DAY
    # a refused approval is recorded, and nobody is put on the roster for it
    other = s.development.save_case(Case(name="吴未批", applied_on=T - 900 * DAY)).case
    for n in range(2, 16):
        s.development.record_step(other.uuid or "", StepRecord(n, T - (800 - 10 * n) * DAY))
    refused = s.development.record_step(other.uuid or "", StepRecord(17, T - 500 * DAY, passed=False))
    assert refused.case.member_uuid is None and not refused.case.admitted and s.roster.count() == 7


def _probationer(s: Services, name: str, admitted: dt.date) -> Case:
    c = s.development.save_case(Case(name=name, applied_on=admitted - 700 * DAY)).case
    for n in range(2, 15):
        s.development.record_step(c.uuid or "", StepRecord(n, admitted - (600 - 20 * n) * DAY))
    s.development.record_step(c.uuid or "", StepRecord(15, admitted))
    return s.development.record_step(c.uuid or "", StepRecord(17, admitted + 20 * DAY, passed=True)).case


def test_the_transfer_reminder_is_owned_once_and_follows_an_extension(branch: Services):
    s = branch
    T = clock.today()
    admitted = add_months(T + 20 * DAY, -12)  # probation ends in about 20 days
    c = _probationer(s, "周预备", admitted)
    typed = s.roster.save_member(Member(name="郑预备", category=MemberCategory.PROBATIONARY,
                                        joined_party_on=add_months(T + 10 * DAY, -12)))
    ends = add_months(admitted, 12)

    def titles() -> list[str]:
        return [r.title for r in all_reminders(s, T) if "预备期" in r.title]

    # the typed 预备党员 keeps the roster's reminder; the one with a record gets its own, once
    assert titles() == [f"预备党员郑预备的预备期将于{add_months(typed.joined_party_on, 12):%Y年%m月%d日}期满",
                        f"预备党员周预备的预备期将于{ends:%Y年%m月%d日}期满"]
    s.development.set_extension(c.uuid or "", Extension(6, T - DAY, None, None, "理论学习不够"))
    assert [t for t in titles() if "周预备" in t] == []  # now half a year away
    [summary] = s.development.summaries(T)
    assert {d.step: d.due for d in summary.duties}[22] == add_months(admitted, 18)
    # no assessment in probation yet: the half-yearly one is the earliest deadline, and late
    assert summary.progress.due == add_months(admitted, 6) and summary.progress.overdue


def test_reminders_within_30_days_and_overdue(branch: Services):
    s = branch
    T = clock.today()
    s.development.save_case(Case(name="甲申请", applied_on=T - 10 * DAY))  # talk due in ~20 days
    s.development.save_case(Case(name="乙申请", applied_on=T - 40 * DAY))  # talk overdue
    # 28 days ago: a calendar month later is today or up to three days on (no month is shorter), not late
    s.development.save_case(Case(name="丙申请", applied_on=T - 28 * DAY))
    late = [r for r in all_reminders(s, T) if r.kind == "development_due"]
    by_name = {r.title.split("：")[0]: r for r in late}
    assert set(by_name) == {"发展党员甲申请", "发展党员乙申请", "发展党员丙申请"}
    assert by_name["发展党员乙申请"].urgency.name == "OVERDUE" and "已逾期" in by_name["发展党员乙申请"].title
    assert T <= by_name["发展党员丙申请"].due <= T + 3 * DAY and by_name["发展党员丙申请"].urgency.name == "SOON"
    assert all(r.page == "development" and r.record_kind == "development_case" for r in late)
    rules = s.development.rules()
    rules.reminder_days = 5
    s.development.save_rules(rules)
    assert {r.title.split("：")[0] for r in all_reminders(s, T) if r.kind == "development_due"} == {
        "发展党员乙申请", "发展党员丙申请"}


def test_cancelling_probation_takes_the_member_off_the_roster(branch: Services):
    s = branch
    T = clock.today()
    c = _probationer(s, "冯取消", add_months(T, -13))
    with pytest.raises(ValidationError, match="请写明原因"):
        s.development.close_case(c.uuid or "", CaseStatus.CANCELLED, T, "")
    saved = s.development.close_case(c.uuid or "", CaseStatus.CANCELLED, T - DAY, "预备期内不履行党员义务")
    member = s.roster.member(c.member_uuid or "")
    assert member.status is MemberStatus.LEFT and member.status_date == T - DAY
    assert "取消预备党员资格" in member.note and saved.notes
    assert s.development.summaries(T, include_closed=False) == []
    s.development.reopen_case(c.uuid or "")
    assert s.roster.member(c.member_uuid or "").status is MemberStatus.ACTIVE
    # an applicant cannot lose a probation they never had
    d = s.development.save_case(Case(name="甲", applied_on=T - 10 * DAY)).case
    with pytest.raises(ValidationError, match="还不是预备党员"):
        s.development.close_case(d.uuid or "", CaseStatus.CANCELLED, T, "不合格")


def test_full_member_date_can_follow_the_end_of_probation(branch: Services):
    s = branch
    T = clock.today()
    rules = s.development.rules()
    rules.full_member_on_probation_end = True
    s.development.save_rules(rules)
    admitted = add_months(T, -14)
    c = _probationer(s, "陈转正", admitted)
    for n in (18, 19, 20, 21, 22):
        s.development.record_step(c.uuid or "", StepRecord(n, admitted + (30 + n) * DAY))
    s.development.record_step(c.uuid or "", StepRecord(23, add_months(admitted, 12) + 9 * DAY, passed=True))
    s.development.record_step(c.uuid or "", StepRecord(24, add_months(admitted, 12) + 30 * DAY, passed=True))
    assert s.roster.member(c.member_uuid or "").full_member_on == add_months(admitted, 12)


def test_bad_input_is_refused_with_a_chinese_message(branch: Services):
    s = branch
    T = clock.today()
    for case, words in [
        (Case(name="", applied_on=T), "请填写姓名"),
        (Case(name="=HYPERLINK(\"x\")", applied_on=T), "Excel公式"),
        (Case(name="甲", applied_on=T + DAY), "申请日期不合理"),
        (Case(name="甲", applied_on=T, id_number="110105199203150012"), "校验"),
        (Case(name="甲", applied_on=T, id_number=ID, birth_date=dt.date(1992, 3, 16)), "出生日期与身份证号不一致"),
        (Case(name="甲", applied_on=T, id_number=ID, gender="女"), "性别与身份证号不一致"),
        (Case(name="甲", applied_on=T, phone="abc"), "联系电话"),
    ]:
        with pytest.raises(ValidationError, match=words):
            s.development.save_case(case)
    c = s.development.save_case(Case(name="甲\x00乙 ", applied_on=T - 5 * DAY, id_number=ID)).case
    assert c.name == "甲乙"
    with pytest.raises(ValidationError, match="重复"):
        s.development.save_case(Case(name="丙", applied_on=T, id_number=ID))
    with pytest.raises(ValidationError, match="在今天之后"):
        s.development.record_step(c.uuid or "", StepRecord(2, T + DAY))
    with pytest.raises(ValidationError, match="没有第26步"):
        s.development.record_step(c.uuid or "", StepRecord(26, T))
    with pytest.raises(ValidationError, match="不能清除"):
        s.development.clear_step(c.uuid or "", 1)
    with pytest.raises(ValidationError, match="培训天数或学时不合理"):
        s.development.record_step(c.uuid or "", StepRecord(11, T), training=Training(days=-1))
    with pytest.raises(ValidationError, match="公示结束日期早于开始日期"):
        s.development.save_publicity(c.uuid or "", Publicity(PublicityKind.CANDIDATE, T, T - DAY))
    with pytest.raises(ValidationError, match="还不是预备党员"):
        s.development.set_extension(c.uuid or "", Extension(6, T))
    with pytest.raises(ValidationError):
        s.development.save_rules(DevelopmentRules(probation_months=0))
    assert s.development.case(c.uuid or "").steps.keys() == {1}  # nothing half-saved


def test_child_rows_keep_their_identity(branch: Services):
    s = branch
    T = clock.today()
    c = s.development.save_case(Case(name="甲", applied_on=T - 50 * DAY)).case
    first = s.development.record_step(c.uuid or "", StepRecord(2, T - 40 * DAY, "张书记")).case.steps[2].uuid
    again = s.development.record_step(c.uuid or "", StepRecord(2, T - 39 * DAY, "李委员")).case.steps[2]
    assert again.uuid == first and again.handler == "李委员" and again.on == T - 39 * DAY
    assert DevelopmentStepRow.select().count() == 2
    s.development.clear_step(c.uuid or "", 2)
    assert Tombstone.select().where(Tombstone.uuid == first).count() == 1  # the deletion travels
    s.development.delete_case(c.uuid or "")
    assert Tombstone.select().where(Tombstone.uuid == c.uuid).count() == 1
    assert s.development.cases() == []


def test_the_demo_has_six_people_one_overdue_one_extended(demo_services: Services):
    s = demo_services
    T = clock.today()
    cases = {c.name: c for c in s.development.cases()}
    assert len(cases) == 6 and s.info.counts()["member"] == 30  # nobody added to the roster
    standings = {c.standing_on(T) for c in cases.values()}
    assert standings == {Standing.APPLICANT, Standing.ACTIVIST, Standing.CANDIDATE, Standing.PROBATIONARY,
                         Standing.FULL}
    overdue = {x.name for x in s.development.summaries(T) if x.progress.overdue}
    assert "孙浩宇" in overdue and overdue <= {"孙浩宇", "李卫华"}  # 李卫华: when the demo's 大会 is 3+ months old
    [extended] = [c for c in cases.values() if c.extension]
    member = s.roster.member(extended.member_uuid or "")
    assert member.category is MemberCategory.FULL and member.full_member_on == extended.on(23)
    assert extended.on(23) >= add_months(extended.on(15), 18)
    # 李卫华's 大会 is the demo's meeting record: quorum and vote read from it
    vote = s.development.vote(cases["李卫华"], 15)
    assert vote is not None and vote.found and vote.quorum and vote.passes
    probationer = next(c for c in cases.values() if c.standing_on(T) is Standing.PROBATIONARY)
    assert s.roster.member(probationer.member_uuid or "").category is MemberCategory.PROBATIONARY
    assert len(s.roster.members(MemberFilter(category=MemberCategory.PROBATIONARY))) == 2
    # the checks of all cases read at once (the year's ledger) are each case's own checks, also for a case
    # with a problem (ten years old when applying)
    broken = dataclasses.replace(cases["孙浩宇"], birth_date=cases["孙浩宇"].applied_on - dt.timedelta(days=3660))
    listed = [*cases.values(), broken]
    together = s.development.checks(listed, T)
    assert together == [s.development.check(c, T) for c in listed]
    assert "age" in {f.kind for f in together[-1]}


def test_editing_the_person_keeps_what_was_recorded_meanwhile(branch: Services):
    s = branch
    T = clock.today()
    opened = s.development.save_case(Case(name="甲", applied_on=T - 50 * DAY)).case  # the form is opened on this
    s.development.record_step(opened.uuid or "", StepRecord(2, T - 40 * DAY, "组织委员"))  # meanwhile
    opened.position = "检修工"
    opened.applied_on = T - 49 * DAY
    saved = s.development.save_case(opened).case
    assert saved.position == "检修工" and sorted(saved.steps) == [1, 2]
    assert saved.steps[1].on == T - 49 * DAY and saved.steps[2].handler == "组织委员"
