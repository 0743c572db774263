"""ElectionService without Qt: a whole 换届 by the book — 请示 from the template, candidates from the roster, the
选举大会 with its attendance, the rounds, the 分工, the approval that updates the branch profile and keeps the old
committee in the history of terms."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.election_checks import Level
from dangjian_desktop.domain.elections import Person, RoundKind, Seat, Stage, add_years
from dangjian_desktop.domain.enums import CommitteeRole
from dangjian_desktop.domain.errors import ReadOnlyError, ValidationError
from dangjian_desktop.domain.meetings import AbsenceReason, MeetingType
from dangjian_desktop.services.container import Services
from tests.elections_helpers import small_branch


@pytest.fixture
def branch(services: Services) -> Services:
    """Ten 正式党员 and one 预备党员; a committee of three elected three years ago less two months."""
    people = small_branch(services, clock.today())
    services.people = people  # type: ignore[attr-defined]
    return services


def _person(s: Services, name: str) -> Person:
    return Person(name, s.people[name].uuid)  # type: ignore[attr-defined]


def _prepared(s: Services, today: dt.date):  # noqa: ANN202
    e = s.elections.new(today)
    e.request_on, e.reply_on, e.reply_no = today - dt.timedelta(days=30), today - dt.timedelta(days=20), "党委〔2〕号"
    e.candidates = [_person(s, n) for n in ("甲一", "乙二", "丙三", "丁四")]
    e.scrutineers = [_person(s, "戊五")]
    e.tellers = [_person(s, "己六")]
    e = s.elections.save(e, today)
    held = today - dt.timedelta(days=5)
    e = s.elections.plan_meeting(e, held, today=today)
    m = s.meetings.get(e.meeting_uuid)
    absent = next(a for a in m.attendees if a.name == "癸十")
    absent.present, absent.reason = False, AbsenceReason.SICK
    m.host, m.recorder = "甲一", "庚七"
    s.meetings.save(m, today)
    return s.elections.figures_from_meeting(s.elections.get(e.uuid), today)


def test_a_new_election_takes_the_committee_and_drafts_the_request(branch: Services):
    today = clock.today()
    e = branch.elections.new(today)
    assert e.seats == 3 and e.term_years == 3 and e.uuid is None
    end = branch.branch.require_profile().term_ends_on
    assert f"将于{end.year}年{end.month}月{end.day}日届满" in e.request_text
    assert "测试公司党委：" in e.request_text and "妥否，请批示。" in e.request_text
    assert "支部现有党员11名，其中正式党员10名、预备党员1名" in e.request_text
    assert "不少于4名" in e.request_text  # 3 seats × 1.2 = 3.6 → 4


def test_a_whole_election_from_request_to_approval(branch: Services):
    s, today = branch, clock.today()
    e = _prepared(s, today)
    # 应到: the ten 正式党员 (the 预备党员 has no vote); 实到: nine. 10 × 4/5 = 8: nine is more
    assert (e.voters_due, e.voters_present) == (10, 9)
    e.rounds = [s.elections.next_round(e)]
    r = e.rounds[0]
    assert [v.name for v in r.votes] == ["甲一", "乙二", "丙三", "丁四"] and r.seats == 3 and r.ballots_issued == 9
    r.ballots_returned, r.ballots_valid, r.ballots_void = 9, 8, 1
    for v, (yes, no) in zip(r.votes, [(8, 0), (7, 1), (6, 2), (2, 6)], strict=True):
        v.yes, v.no = yes, no
    e = s.elections.save(e, today)
    outcome = s.elections.outcome(e)
    # 10 应到: more than half is 6 — 丙三 with 6 is elected, 丁四 with 2 is not
    assert outcome.complete and outcome.elected_names == ["甲一", "乙二", "丙三"]
    assert e.stage() is Stage.VOTED
    with pytest.raises(ValidationError, match="分工"):
        s.elections.approve(e.uuid, today)
    e.committee = [Seat(CommitteeRole.SECRETARY, "乙二", s.people["乙二"].uuid, "主持全面工作"),
                   Seat(CommitteeRole.MEMBER, "甲一", s.people["甲一"].uuid, "组织委员"),
                   Seat(CommitteeRole.MEMBER, "丙三", s.people["丙三"].uuid, "纪检委员")]
    e.officers_on = e.report_on = e.held_on
    e = s.elections.save(e, today)
    assert not [c for c in s.elections.check(e, today) if c.level in (Level.ERROR, Level.INVALID)]
    old_date = s.branch.require_profile().election_date
    approved = s.elections.approve(e.uuid, today, "党委〔9〕号", today)
    assert approved.stage() is Stage.APPROVED and approved.applied_at is not None
    b = s.branch.require_profile()
    assert b.election_date == e.held_on and b.term_years == 3 and b.secretary_name == "乙二"
    assert [(x.role, x.name, x.duty) for x in b.committee] == [
        (CommitteeRole.SECRETARY, "乙二", "主持全面工作"), (CommitteeRole.MEMBER, "甲一", "组织委员"),
        (CommitteeRole.MEMBER, "丙三", "纪检委员")]
    new, old = s.elections.terms()
    assert (new.elected_on, new.ended_on, new.secretary, new.election_uuid) == (e.held_on, None, "乙二", e.uuid)
    assert (old.elected_on, old.ended_on, old.secretary, old.source) == (old_date, e.held_on, "甲一", "支部信息")
    assert [m.name for m in old.members] == ["甲一", "乙二", "丙三"]
    with pytest.raises(ReadOnlyError):
        s.elections.save(approved, today)
    with pytest.raises(ReadOnlyError):
        s.elections.delete(e.uuid)
    assert s.elections.approve(e.uuid, today) .applied_at == approved.applied_at  # twice: nothing more happens
    assert len(s.elections.terms()) == 2
    assert [a.action for a in s.audit.history(e.uuid)] == ["approve"]


def test_quorum_failure_and_a_probationary_candidate_block_the_approval(branch: Services):
    s, today = branch, clock.today()
    e = _prepared(s, today)
    e.voters_present = 8  # exactly 4/5 of 10: not more
    e.candidates.append(_person(s, "预备"))
    checks = s.elections.check(e, today)
    assert any(c.rule == "quorum" and c.level is Level.ERROR and "至少9人" in c.message for c in checks)
    assert any("预备是预备党员" in c.message for c in checks)
    e = s.elections.save(e, today)  # a draft is kept as typed
    problems = s.elections.approval_problems(e, today)
    assert any("还差1人" in p for p in problems) and any("预备党员" in p for p in problems)


def test_a_tie_leads_to_another_round_among_the_tied(branch: Services, tmp_path):
    s, today = branch, clock.today()
    e = _prepared(s, today)
    r = s.elections.next_round(e)
    r.ballots_returned = r.ballots_valid = 9
    for v, yes in zip(r.votes, [9, 8, 7, 7], strict=True):
        v.yes, v.no = yes, 9 - yes
    e.rounds = [r]
    e = s.elections.save(e, today)
    runoff = s.elections.next_round(e)
    assert runoff.kind is RoundKind.TIE and runoff.seats == 1 and [v.name for v in runoff.votes] == ["丙三", "丁四"]
    runoff.ballots_returned = runoff.ballots_valid = 9
    runoff.votes[0].yes, runoff.votes[1].yes = 4, 5
    runoff.votes[0].no, runoff.votes[1].no = 5, 4
    e.rounds.append(runoff)
    e = s.elections.save(e, today)
    assert [len(x.votes) for x in e.rounds] == [4, 2] and e.rounds[1].number == 2
    assert s.elections.outcome(e).elected_names == ["甲一", "乙二", "丁四"]
    # the re-vote elects by most votes (all passed the half before): the report and the tally say so, not “至少1票”
    from dangjian_desktop.domain.election_texts import outcome_lines
    from tests.conftest import pdf_text

    lines = outcome_lines(e, s.elections.outcome(e), s.elections.rules())
    assert lines[2].startswith("第2轮（再次投票，应选1名）") and lines[2].endswith("丁四得票多，当选。")
    assert "至少1票" not in "".join(lines)
    tally = pdf_text(s.elections.tally_pdf(e.uuid, tmp_path / "tally.pdf", 2)).replace(" ", "")
    assert "得票多的当选" in tally and "至少1票" not in tally


def test_what_cannot_be_stored_is_refused(branch: Services):
    s, today = branch, clock.today()
    e = s.elections.new(today)
    e.candidates = [_person(s, "甲一"), _person(s, "甲一")]
    with pytest.raises(ValidationError, match="重复"):
        s.elections.save(e, today)
    e = s.elections.new(today)
    other = s.meetings.new_meeting([MeetingType.COMMITTEE], today)
    other.host = other.recorder = "甲一"
    e.meeting_uuid = s.meetings.save(other, today).uuid
    with pytest.raises(ValidationError, match="不是支部党员大会"):
        s.elections.save(e, today)
    e = s.elections.new(today)
    e.term_years = 0
    with pytest.raises(ValidationError, match="任期"):
        s.elections.save(e, today)
    assert s.elections.list() == []


def test_saving_again_keeps_the_child_rows_identity(branch: Services):
    s, today = branch, clock.today()
    e = _prepared(s, today)
    e.rounds = [s.elections.next_round(e)]
    e = s.elections.save(e, today)
    ids = ([p.uuid for p in e.candidates], e.rounds[0].uuid, [v.uuid for v in e.rounds[0].votes])
    e.rounds[0].votes[0].yes = 5
    again = s.elections.save(e, today)
    assert ([p.uuid for p in again.candidates], again.rounds[0].uuid, [v.uuid for v in again.rounds[0].votes]) == ids
    assert again.rounds[0].votes[0].yes == 5


def test_the_rules_are_settings(branch: Services):
    from dangjian_desktop.domain.elections import ElectedBasis, ElectionRules

    s = branch
    assert s.elections.rules() == ElectionRules()
    s.elections.save_rules(ElectionRules(margin_percent=25, elected_basis=ElectedBasis.PRESENT))
    assert s.elections.rules().margin_percent == 25
    assert not s.elections.check_numbers(4, 4, 10, 9)[0].ok  # 4 × 1.25 = 5
    with pytest.raises(ValidationError):
        s.elections.save_rules(ElectionRules(quorum_numerator=5, quorum_denominator=4))
    assert s.elections.reset_rules() == ElectionRules()


def test_reminders_follow_the_election_step_by_step(branch: Services):
    from dangjian_desktop.services.elections_ledger import reminders, term_state
    from dangjian_desktop.services.reminders import roster_reminders

    s, today = branch, clock.today()
    [term] = [r for r in roster_reminders(s, today) if r.kind == "term_ends"]
    assert term.page == "elections"  # the term reminder opens the 换届 page
    assert term_state(s, today) == (True, False)  # ends in two months: due, not overdue
    e = _prepared(s, today)
    [r] = reminders(s, today)
    assert "还没有登记投票结果" in r.title and r.record_uuid == e.uuid and r.page == "elections"
    e.rounds = [s.elections.next_round(e)]
    r0 = e.rounds[0]
    r0.ballots_returned = r0.ballots_valid = 9
    for v, yes in zip(r0.votes, [9, 8, 7, 1], strict=True):
        v.yes, v.no = yes, 9 - yes
    e = s.elections.save(e, today)
    assert [x.title for x in reminders(s, today)] == ["换届选举结果尚未报上级党委"]
    e.report_on = today
    e = s.elections.save(e, today)
    assert [x.title for x in reminders(s, today)] == ["等待上级党委批准选举结果"]
    assert term_state(s, add_years(today, 1)) == (False, True)  # a year on without approval: overdue
    e.delay_until = add_years(today, 1)
    s.elections.save(e, today)
    assert term_state(s, add_years(today, 1) - dt.timedelta(days=1)) == (True, False)  # an approved delay counts


def test_the_ledger_says_a_meeting_to_come_is_planned(branch: Services):
    from dangjian_desktop.domain.ledger import Table
    from dangjian_desktop.services.elections_ledger import chapters

    s, today = branch, clock.today()
    e = s.elections.new(today)
    e.request_on = today
    e.candidates = [_person(s, n) for n in ("甲一", "乙二", "丙三", "丁四")]
    e = s.elections.plan_meeting(s.elections.save(e, today), today + dt.timedelta(days=10), today=today)
    e.voters_due = 10
    s.elections.save(e, today)

    def meeting_row(day: dt.date) -> tuple:
        [section] = chapters(s, (today + dt.timedelta(days=10)).year, day)
        steps = next(b for b in section.blocks if isinstance(b, Table) and b.headers[0] == "环节")
        return next(r for r in steps.rows if r[0].startswith("召开支部党员大会"))

    assert meeting_row(today)[2] == "计划召开（应到10人）"  # nobody has come yet: no 实到 0人
    assert meeting_row(today + dt.timedelta(days=10))[2] == "应到10人，实到0人"


def test_reminders_before_the_meeting_say_what_comes_next(branch: Services):
    from dangjian_desktop.domain.reminders import Urgency
    from dangjian_desktop.services.elections_ledger import reminders

    s, today = branch, clock.today()
    e = s.elections.new(today)
    e.request_on, e.reply_on = today - dt.timedelta(days=20), today - dt.timedelta(days=10)
    e.candidates = [_person(s, n) for n in ("甲一", "乙二", "丙三", "丁四")]
    e = s.elections.save(e, today)
    assert [r.title for r in reminders(s, today)] == ["上级党委已批复换届请示，请安排选举大会"]
    day = today + dt.timedelta(days=20)
    s.elections.plan_meeting(e, day, today=today)
    [r] = reminders(s, today)
    assert r.title == f"换届选举大会定于{day.year}年{day.month}月{day.day}日召开" and r.due == day
    assert r.urgency is Urgency.INFO  # three weeks ahead; two weeks before it turns SOON
    assert reminders(s, day - dt.timedelta(days=14))[0].urgency is Urgency.SOON


def test_the_term_reminder_no_longer_names_a_past_date_for_the_request(branch: Services):
    from dangjian_desktop.services.reminders import roster_reminders

    s = branch
    end = s.branch.require_profile().term_ends_on

    def detail(day: dt.date) -> str:
        [r] = [r for r in roster_reminders(s, day) if r.kind == "term_ends"]
        return r.detail

    ask_by = end - dt.timedelta(days=30)
    assert f"约在{ask_by:%Y年%m月%d日}前" in detail(ask_by)  # the last day to send it: still named
    late = detail(ask_by + dt.timedelta(days=1))
    assert "约在" not in late and "抓紧完成换届选举" in late
