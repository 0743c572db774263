"""StudyHoursService and FirstTopicService without Qt: hours from the meetings attended and the study entered,
hand-worked; the 第一议题 ledger and share from the meetings recorded; 补登 on a finalised meeting; the Q4 reminder;
and on a year of demo data, the printed figures agree with the meetings recorded."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.enums import CommitteeRole
from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.first_topic import Study
from dangjian_desktop.domain.meetings import AgendaItem, MeetingFilter, MeetingType
from dangjian_desktop.domain.roster import Branch, CommitteeSeat, Member, PartyGroup
from dangjian_desktop.domain.study_hours import StudyRules, Training
from dangjian_desktop.services.container import Services
from dangjian_desktop.services.study_hours import reminders
from tests.conftest import demo_year

T = MeetingType


@pytest.fixture
def branch(services: Services) -> Services:
    services.branch.save_profile(Branch(name="测试党支部"))
    group = services.branch.save_group(PartyGroup(name="一组"))
    people = {n: services.roster.save_member(Member(name=n, joined_party_on=dt.date(2010, 1, 1), group_uuid=group.uuid,
                                                    full_member_on=dt.date(2011, 1, 1))) for n in ("甲", "乙", "丙")}
    b = services.branch.require_profile()
    b.committee = [CommitteeSeat(CommitteeRole.SECRETARY, people["甲"].uuid, "甲")]
    services.branch.save_profile(b)
    services.people = people  # type: ignore[attr-defined]
    return services


def _held(s: Services, types, day: dt.date, start, end, absent=(), first_topic=True, today=None):  # noqa: ANN001
    group = s.branch.groups()[0].uuid if T.GROUP in types else None
    m = s.meetings.new_meeting(list(types), day, group_uuid=group)
    m.host, m.recorder = "甲", "乙"
    m.start_time, m.end_time = start, end
    for a in m.attendees:
        if a.name in absent:
            a.present = False
    m.agenda = [AgendaItem("第一议题：学习某讲话", True)] if first_topic else [AgendaItem("研究工作")]
    m.agenda.append(AgendaItem("其他事项"))
    return s.meetings.save(m, today or clock.today())


def test_hours_from_meetings_attended_and_study_entered(branch: Services):
    s = branch
    year = clock.today().year - 1  # a whole past year: every date is behind us
    t = dt.time
    _held(s, [T.ASSEMBLY], dt.date(year, 3, 5), t(9, 0), t(11, 30))  # 2.5 h, everyone
    _held(s, [T.THEME_DAY, T.LECTURE], dt.date(year, 4, 5), t(14, 0), t(17, 0), absent=["丙"])  # 3 h, once
    _held(s, [T.LIFE_MEETING], dt.date(year, 12, 5), t(9, 0), t(12, 0))  # not counted by default
    _held(s, [T.THEME_DAY], dt.date(year, 6, 5), t(16, 0), None)  # no end time: not counted, reported
    s.study_hours.save_training(Training(s.people["乙"].uuid, "", dt.date(year, 5, 1), "网络学习", 285))
    y = s.study_hours.year(year)
    rows = {r.name: r for r in y.rows}
    assert (rows["甲"].meetings, str(rows["甲"].hours), rows["甲"].role) == (3, "5.5", "书记")
    assert str(rows["乙"].hours) == "34.0" and not rows["乙"].below  # 5.5 + 28.5
    assert str(rows["丙"].hours) == "2.5" and rows["丙"].below and str(rows["丙"].missing) == "29.5"
    assert rows["甲"].untimed == 1 and [d for d, _ in y.untimed_meetings] == [dt.date(year, 6, 5)]
    s.study_hours.save_rules(StudyRules(secretary_hours=56, counted_types=(T.ASSEMBLY, T.LIFE_MEETING)))
    rows = {r.name: r for r in s.study_hours.year(year).rows}
    assert str(rows["甲"].hours) == "5.5" and str(rows["甲"].target) == "56.0"  # 2.5 + 3 (组织生活会 now counts)


def test_training_entry_is_checked_and_can_be_removed(branch: Services):
    s, today = branch, clock.today()
    with pytest.raises(ValidationError) as err:
        s.study_hours.save_training(Training(None, "", today + dt.timedelta(days=1), "", 0), today)
    assert {f for f, _ in err.value.problems} == {"member", "title", "hours", "on"}
    saved = s.study_hours.save_training(Training(s.people["丙"].uuid, "", today, "  党校轮训 ", 80, "党校学习"), today)
    assert saved.member_name == "丙" and saved.title == "党校轮训"
    assert [x.tenths for x in s.study_hours.trainings(today.year, s.people["丙"].uuid)] == [80]
    s.study_hours.delete_training(saved.uuid)
    assert s.study_hours.trainings(today.year) == []
    with pytest.raises(NotFoundError):
        s.study_hours.delete_training(saved.uuid)


def test_the_last_quarter_reminds_of_members_below_the_target(branch: Services):
    s = branch
    year = clock.today().year - 1
    _held(s, [T.ASSEMBLY], dt.date(year, 3, 5), dt.time(9, 0), dt.time(11, 0))
    assert reminders(s, dt.date(year, 9, 30)) == []  # not before October
    [r] = reminders(s, dt.date(year, 10, 1))
    assert r.kind == "study_hours_below" and r.page == "study" and "3名党员" in r.title and "甲（2.0/32.0）" in r.detail


def test_first_topic_ledger_and_share(branch: Services):
    s = branch
    year = clock.today().year - 1
    t = dt.time(9, 0)
    a = _held(s, [T.COMMITTEE], dt.date(year, 2, 1), t, None)
    _held(s, [T.GROUP], dt.date(year, 1, 10), t, None)
    _held(s, [T.ASSEMBLY], dt.date(year, 3, 1), t, None, first_topic=False)
    _held(s, [T.THEME_DAY], dt.date(year, 3, 2), t, None, first_topic=False)  # not one of the three kinds
    share = s.first_topic.share(year)
    assert (share.meetings, share.opened, share.percent) == (3, 2, 67)
    entries = s.first_topic.entries(year)
    assert [e.date for e in entries] == [dt.date(year, 1, 10), dt.date(year, 2, 1)]
    s.meetings.finalise(a.uuid, clock.today())
    study = Study("在某会议上的重要讲话", "新华社", dt.date(year, 1, 20), "甲", "书记领学", "形成问题清单")
    s.first_topic.update_study(a.uuid, study)
    assert s.meetings.get(a.uuid).agenda[0].study == study
    [entry] = [e for e in s.first_topic.entries(year) if e.meeting_uuid == a.uuid]
    assert entry.title == "在某会议上的重要讲话" and entry.led_by == "甲"
    assert [h.action for h in s.audit.history(a.uuid)][-1] == "first_topic"
    assert s.meetings.search("问题清单")  # the follow-up is searchable
    with pytest.raises(ValidationError, match="讲话日期"):
        s.first_topic.update_study(a.uuid, Study("讲话", speech_date=dt.date(year, 2, 2)))
    no_topic = [m for m in s.meetings.list(MeetingFilter(year=year)) if m.date == dt.date(year, 3, 1)][0]
    with pytest.raises(NotFoundError, match="第一议题"):
        s.first_topic.update_study(no_topic.uuid, study)


def test_demo_year_prints_figures_that_agree_with_the_meetings(demo_services: Services, tmp_path):
    """The 第一议题 ledger and the study-hours table of a demo year, checked against the meetings themselves."""
    from tests.conftest import pdf_text

    s, year, today = demo_services, demo_year(), clock.today()
    last = min(dt.date(year, 12, 31), today)
    meetings = [s.meetings.get(m.uuid) for m in s.meetings.list(MeetingFilter(year=year)) if m.date <= last]
    kinds = (T.COMMITTEE, T.ASSEMBLY, T.GROUP)
    three = [m for m in meetings if any(t in m.types for t in kinds)]
    assert s.first_topic.share(year, today).meetings == len(three)
    assert s.first_topic.share(year, today).opened == sum(1 for m in three if m.agenda and m.agenda[0].first_topic)
    studies = sorted((m for m in meetings if any(a.first_topic for a in m.agenda)), key=lambda m: m.date)
    assert [e.meeting_uuid for e in s.first_topic.entries(year, today)] == [m.uuid for m in studies]
    # one member's hours, recounted from the meeting records by hand: present at a counted kind, end − start
    member = s.roster.members()[0]
    counted = {T.ASSEMBLY, T.COMMITTEE, T.GROUP, T.LECTURE, T.THEME_DAY}
    minutes = sum((dt.datetime.combine(m.date, m.end_time) - dt.datetime.combine(m.date, m.start_time)).seconds // 60
                  for m in meetings if counted & set(m.types) and m.start_time and m.end_time
                  and any(a.member_uuid == member.uuid and a.present for a in m.attendees))
    tenths = sum(t.tenths for t in s.study_hours.trainings(year, member.uuid))
    row = next(r for r in s.study_hours.year(year, today).rows if r.member_uuid == member.uuid)
    assert row.meeting_minutes == minutes and row.training_tenths == tenths
    ft = pdf_text(s.first_topic.ledger_pdf(year, tmp_path / "ft.pdf", today))
    assert f"以第一议题学习开篇{s.first_topic.share(year, today).opened}次" in ft.replace(" ", "").replace("\n", "")
    sh = pdf_text(s.study_hours.pdf(year, tmp_path / "sh.pdf", today)).replace(" ", "")
    assert member.name in sh and f"{row.hours}" in sh
