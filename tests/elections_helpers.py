"""A small branch and a 换届 recorded through the service, for the report, CLI, UI and exchange tests."""

from __future__ import annotations

import datetime as dt

from dangjian_desktop.domain.elections import Election, Person, Seat, add_years
from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory
from dangjian_desktop.domain.meetings import AbsenceReason
from dangjian_desktop.domain.roster import Branch, CommitteeSeat, Member
from dangjian_desktop.services.container import Services

FULL = ["甲一", "乙二", "丙三", "丁四", "戊五", "己六", "庚七", "辛八", "壬九", "癸十"]


def small_branch(s: Services, today: dt.date) -> dict[str, Member]:
    """Ten 正式党员 and one 预备党员; a committee of three whose three-year term ends in two months."""
    s.branch.save_profile(Branch(name="测试党支部", parent_committee="测试公司党委"))
    people = {n: s.roster.save_member(Member(name=n, joined_party_on=dt.date(2010, 7, 1),
                                             full_member_on=dt.date(2011, 7, 1))) for n in FULL}
    people["预备"] = s.roster.save_member(Member(name="预备", category=MemberCategory.PROBATIONARY,
                                                 joined_party_on=today - dt.timedelta(days=100)))
    b = s.branch.require_profile()
    b.election_date = add_years(today, -3) + dt.timedelta(days=60)
    b.term_years = 3
    b.committee = [CommitteeSeat(CommitteeRole.SECRETARY, people["甲一"].uuid, "甲一", "主持全面工作"),
                   CommitteeSeat(CommitteeRole.MEMBER, people["乙二"].uuid, "乙二", "组织委员"),
                   CommitteeSeat(CommitteeRole.MEMBER, people["丙三"].uuid, "丙三", "宣传委员")]
    s.branch.save_profile(b)
    return people


def held_election(s: Services, today: dt.date, *, approve: bool = False) -> Election:
    """Prepared, held five days ago (癸十 absent), one round electing 甲一, 乙二, 丙三; 分工 filled in."""
    people = {m.name: m for m in s.roster.members()}
    e = s.elections.new(today)
    e.request_on, e.reply_on, e.reply_no = today - dt.timedelta(days=30), today - dt.timedelta(days=20), "党委〔2〕号"
    e.request_no = "测支〔1〕号"
    e.candidates = [Person(n, people[n].uuid) for n in ("甲一", "乙二", "丙三", "丁四")]
    e.scrutineers = [Person("戊五", people["戊五"].uuid)]
    e.tellers = [Person("己六", people["己六"].uuid)]
    e.request_text = s.elections.request_template(e, today)  # again, now that the candidates are known
    e = s.elections.save(e, today)
    e = s.elections.plan_meeting(e, today - dt.timedelta(days=5), today=today)
    m = s.meetings.get(e.meeting_uuid or "")
    absent = next(a for a in m.attendees if a.name == "癸十")
    absent.present, absent.reason = False, AbsenceReason.SICK
    m.host, m.recorder = "甲一", "庚七"
    m.minutes = "甲一主持会议。"
    s.meetings.save(m, today)
    e = s.elections.figures_from_meeting(s.elections.get(e.uuid or ""), today)
    r = s.elections.next_round(e)
    r.ballots_returned, r.ballots_valid, r.ballots_void = 9, 8, 1
    for v, (yes, no) in zip(r.votes, [(8, 0), (7, 1), (6, 2), (2, 6)], strict=True):
        v.yes, v.no = yes, no
    e.rounds = [r]
    e.committee = [Seat(CommitteeRole.SECRETARY, "乙二", people["乙二"].uuid, "主持全面工作"),
                   Seat(CommitteeRole.MEMBER, "甲一", people["甲一"].uuid, "组织委员"),
                   Seat(CommitteeRole.MEMBER, "丙三", people["丙三"].uuid, "纪检委员")]
    e.officers_on = e.report_on = e.held_on
    e = s.elections.save(e, today)
    if approve:
        e = s.elections.approve(e.uuid or "", today, "党委〔9〕号", today)
    return e
