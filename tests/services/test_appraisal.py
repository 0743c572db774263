"""组织生活会 and 民主评议党员 through the service (no Qt), on the hand-worked small branch (tests/services/
small_branch.py: ten 正式党员 appraised, so at most three 优秀; 子 is a 预备党员)."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.appraisal import Ballot, FollowUp, Grade
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.life_meeting import BRANCH_OWNER, Criticism, LifeMeeting, Opinion, Problem
from dangjian_desktop.domain.meetings import MeetingFilter, MeetingType
from dangjian_desktop.domain.room import RectStatus
from dangjian_desktop.services import appraisal_ledger
from dangjian_desktop.storage.models import Tombstone
from tests.services import small_branch

E, Q, B, U = Grade.EXCELLENT, Grade.QUALIFIED, Grade.BASIC, Grade.UNQUALIFIED


@pytest.fixture
def branch(services):  # noqa: ANN001
    return small_branch.build(services)


@pytest.fixture
def cycle(services, branch):  # noqa: ANN001
    """This year's cycle whose meeting was held 20 days ago, with the appraisal list made."""
    today = clock.today()
    c = services.appraisal.save_cycle(LifeMeeting(year=today.year, topic="学思想、强党性"), today)
    c = services.appraisal.create_meeting(c.uuid, today - dt.timedelta(days=20), today)
    return services.appraisal.prepare_entries(c.uuid, today)


def _grades(c, grades: dict[str, Grade]):  # noqa: ANN001, ANN202
    for e in c.entries:
        e.grade = grades.get(e.member_name)
    return c.entries


def test_the_meeting_it_extends_is_a_meeting_of_the_calendar(services, cycle):  # noqa: ANN001
    m = services.meetings.get(cycle.meeting_uuid)
    assert m.types == [MeetingType.LIFE_MEETING, MeetingType.APPRAISAL]
    assert m.title == f"{cycle.year}年度组织生活会和民主评议党员"
    assert m.host == "甲" and m.expected == 11  # the whole roster on that day, the 预备党员 included
    assert cycle.meeting and cycle.meeting.date == clock.today() - dt.timedelta(days=20)
    listed = services.meetings.list(MeetingFilter(type=MeetingType.LIFE_MEETING))
    assert [x.uuid for x in listed] == [m.uuid]
    # a second 组织生活会 record of the same year is refused; the cycle is found by its year
    with pytest.raises(ValidationError, match="已经有组织生活会记录"):
        services.appraisal.save_cycle(LifeMeeting(year=cycle.year))
    assert services.appraisal.cycle(cycle.year).uuid == cycle.uuid


def test_deleting_the_meeting_draft_keeps_the_years_records(services, cycle):  # noqa: ANN001
    services.appraisal.save_opinion(cycle.uuid, Opinion("学习要联系实际"))
    services.meetings.delete(cycle.meeting_uuid)
    c = services.appraisal.get(cycle.uuid)
    assert c.meeting is None and c.meeting_uuid is None
    assert [o.content for o in c.opinions] == ["学习要联系实际"] and len(c.entries) == 11


def test_the_appraisal_list_comes_from_the_roster_on_the_day(services, cycle):  # noqa: ANN001
    rules = services.appraisal.rules()
    assert len(cycle.entries) == 11
    [prob] = [e for e in cycle.entries if e.probationary]
    assert prob.member_name == "子" and not prob.is_appraised(rules)
    assert sum(1 for e in cycle.entries if e.is_appraised(rules)) == 10
    # a second call keeps what was typed and adds no one twice
    entries = cycle.entries
    entries[0].self_assessment = "按时参加组织生活。"
    services.appraisal.save_entries(cycle.uuid, entries)
    again = services.appraisal.prepare_entries(cycle.uuid)
    assert len(again.entries) == 11 and again.entries[0].self_assessment == "按时参加组织生活。"


def test_four_excellent_of_ten_is_refused_with_a_clear_message_and_nothing_is_saved(services, cycle):  # noqa: ANN001
    entries = _grades(cycle, {"甲": E, "乙": E, "丙": E, "丁": E})
    with pytest.raises(ValidationError) as exc:
        services.appraisal.save_entries(cycle.uuid, entries)
    assert "评为优秀的有4名，超过了参评党员10名的三分之一（最多3名）" in str(exc.value)
    assert all(e.grade is None for e in services.appraisal.get(cycle.uuid).entries)
    entries = _grades(cycle, {"甲": E, "乙": E, "丙": E} | {n: Q for n in "丁戊己庚辛壬癸"})
    saved = services.appraisal.save_entries(cycle.uuid, entries)
    assert appraisal_ledger.appraisal_summary(services, cycle.year)["grades"] == {
        "优秀": 3, "合格": 7, "基本合格": 0, "不合格": 0}
    assert sum(1 for e in saved.entries if e.grade) == 10


def test_a_probationary_member_cannot_be_graded(services, cycle):  # noqa: ANN001
    entries = _grades(cycle, {"子": Q})
    with pytest.raises(ValidationError, match="子是预备党员，参加评议但不评定等次"):
        services.appraisal.save_entries(cycle.uuid, entries)


def test_ballots_counted_one_by_one_give_each_members_votes(services, cycle):  # noqa: ANN001
    ids = {e.member_name: e.uuid for e in cycle.entries}
    everyone_q = {ids[n]: Q for n in "甲乙丙丁戊己庚辛壬癸"}
    ballots = [
        Ballot(1, everyone_q | {ids["甲"]: E, ids["乙"]: E}),
        Ballot(2, everyone_q | {ids["甲"]: E, ids["丁"]: B}),
        Ballot(3, everyone_q | {ids["甲"]: E, ids["乙"]: E, ids["丙"]: E, ids["丁"]: E}),  # four 优秀: void
        Ballot(4, everyone_q | {ids["子"]: E}),  # the 预备党员's mark is not counted
    ]
    c = services.appraisal.save_ballots(cycle.uuid, ballots, ballots_issued=11)
    votes = {e.member_name: e.votes for e in c.entries}
    assert votes["甲"] == {E: 2, Q: 1, B: 0, U: 0}
    assert votes["丁"] == {E: 0, Q: 2, B: 1, U: 0}
    assert votes["子"] == {E: 0, Q: 0, B: 0, U: 0}
    assert c.ballots_issued == 11 and c.ballots_returned == 4 and len(c.ballots) == 4
    # typed votes give way to the counted ballots
    next(e for e in c.entries if e.member_name == "甲").votes = {E: 9, Q: 0, B: 0, U: 0}
    c = services.appraisal.save_entries(cycle.uuid, c.entries)
    assert {e.member_name: e.votes[E] for e in c.entries}["甲"] == 2
    # the suggestion follows the votes and the share
    assert services.appraisal.suggestions(cycle.uuid)[ids["甲"]] is E
    with pytest.raises(ValidationError, match="多于发出的3张"):
        services.appraisal.save_ballots(cycle.uuid, ballots, ballots_issued=3)


def test_weak_grades_take_a_decision_and_everyone_is_told(services, cycle):  # noqa: ANN001
    today = clock.today()
    entries = _grades(cycle, {"甲": E, "丁": B} | {n: Q for n in "乙丙戊己庚辛壬癸"})
    c = services.appraisal.save_entries(cycle.uuid, entries)
    reminders = appraisal_ledger.reminders(services, today)
    assert any(r.kind == "appraisal_follow_up" and r.title.startswith("丁评为基本合格") for r in reminders)
    [d] = [e for e in c.entries if e.member_name == "丁"]
    d.follow_up, d.follow_up_on, d.follow_up_note = FollowUp.REMOVE, today, "x"
    with pytest.raises(ValidationError, match="只适用于评为不合格"):
        services.appraisal.save_entries(cycle.uuid, c.entries)
    d.follow_up = FollowUp.HELP
    services.appraisal.save_entries(cycle.uuid, c.entries)
    assert not any(r.kind == "appraisal_follow_up" for r in appraisal_ledger.reminders(services, today))
    c = services.appraisal.notify_all(cycle.uuid, today)
    assert all((e.notified_on == today) == (e.grade is not None) for e in c.entries)


def test_opinions_problems_and_criticism_keep_their_identity(services, cycle):  # noqa: ANN001
    svc = services.appraisal
    o = svc.save_opinion(cycle.uuid, Opinion("组织生活形式单一", "群众", "组织建设"))
    svc.save_opinion(cycle.uuid, Opinion("学习流于形式", "党员", "理论学习"))
    o.response = "已列入问题清单"
    svc.save_opinion(cycle.uuid, o)
    c = svc.get(cycle.uuid)
    assert [(x.content, x.response) for x in c.opinions] == [("组织生活形式单一", "已列入问题清单"), ("学习流于形式", "")]
    assert c.opinions[0].uuid == o.uuid
    svc.delete_opinion(cycle.uuid, o.uuid)
    assert Tombstone.select().where((Tombstone.table == "life_opinion") & (Tombstone.uuid == o.uuid)).exists()
    x = svc.save_criticism(cycle.uuid, Criticism("乙", "甲", "带头学习不够系统", "m", "m"))
    assert svc.get(cycle.uuid).criticisms[0].uuid == x.uuid
    with pytest.raises(ValidationError, match="请填写批评意见要点"):
        svc.save_criticism(cycle.uuid, Criticism("乙", "甲", "  "))
    y = svc.save_criticism(cycle.uuid, Criticism("丙", "乙", "联系群众不够", "m", "m"))
    p = svc.save_problem(cycle.uuid, Problem("学习不深入", BRANCH_OWNER, measure="每季度专题研讨"))
    svc.delete_criticism(cycle.uuid, x.uuid)
    svc.delete_problem(cycle.uuid, p.uuid)
    c = svc.get(cycle.uuid)  # each deletion takes its own row only, and leaves a tombstone for headquarters
    assert [k.uuid for k in c.criticisms] == [y.uuid] and c.problems == []
    assert [k.content for k in c.opinions] == ["学习流于形式"]
    for table, uuid in (("life_criticism", x.uuid), ("life_problem", p.uuid)):
        assert Tombstone.select().where((Tombstone.table == table) & (Tombstone.uuid == uuid)).exists()


def test_problem_lists_are_tracked_to_closure_as_rectifications(services, cycle):  # noqa: ANN001
    svc = services.appraisal
    today = clock.today()
    meeting_day = cycle.meeting.date
    with pytest.raises(ValidationError, match="整改期限不能早于会议日期"):
        svc.save_problem(cycle.uuid, Problem("学习不深入", BRANCH_OWNER, deadline=meeting_day - dt.timedelta(days=1)))
    personal = svc.save_problem(cycle.uuid, Problem("联系群众少", "乙", measure="每月下班组",
                                                   deadline=today + dt.timedelta(days=30)))
    branch = svc.save_problem(cycle.uuid, Problem("学习不深入", BRANCH_OWNER, measure="每季度专题研讨",
                                                 responsible="甲", deadline=today + dt.timedelta(days=7)))
    rects = svc.rectifications(cycle.uuid)
    assert [r.item_text for r in rects] == ["学习不深入", "联系群众少"]  # the branch's first
    assert rects[0].is_due_soon(today) and rects[0].inspection_date == meeting_day
    soon = [r for r in appraisal_ledger.reminders(services, today) if r.kind == "life_rectification_due"]
    assert [r.record_uuid for r in soon] == [branch.uuid]
    late = [r for r in appraisal_ledger.reminders(services, today + dt.timedelta(days=31))
            if r.kind == "life_rectification_overdue"]
    assert {r.record_uuid for r in late} == {branch.uuid, personal.uuid}
    r = rects[0]
    r.completed_on = today  # a completion date makes it done (as the activity room's dialog does)
    done = svc.save_rectification(cycle.uuid, r)
    assert done.status is RectStatus.DONE and svc.get(cycle.uuid).problems[1].completed_on == today
    assert len(svc.get(cycle.uuid).open_problems()) == 1


def test_summary_and_headquarters_figures_by_year(services, cycle):  # noqa: ANN001
    today = clock.today()
    entries = _grades(cycle, {"甲": E, "乙": E, "丁": U} | {n: Q for n in "丙戊己庚辛壬癸"})
    services.appraisal.save_entries(cycle.uuid, entries)
    summary = appraisal_ledger.appraisal_summary(services, cycle.year, today)
    assert summary["held_on"] == (today - dt.timedelta(days=20)).isoformat()
    assert summary["grades"] == {"优秀": 2, "合格": 7, "基本合格": 0, "不合格": 1}
    [zi] = [m for m in summary["members"] if m["name"] == "子"]
    assert zi["grade"] is None and zi["votes"] == {"优秀": 0, "合格": 0, "基本合格": 0, "不合格": 0}
    assert appraisal_ledger.appraisal_summary(services, cycle.year - 1, today) == {
        "held_on": None, "grades": {"优秀": 0, "合格": 0, "基本合格": 0, "不合格": 0}, "members": []}
    # in May of the cycle's year its own 年度 is reported; in February of the next year too (still under review)
    for day in (dt.date(cycle.year, 5, 1), dt.date(cycle.year + 1, 2, 1)):
        if day < today - dt.timedelta(days=20):
            continue  # the meeting is not held yet on that day
        fig = appraisal_ledger.hq_figures(services, day.year, day)
        assert fig["appraisal_year"] == cycle.year
        assert (fig["grade_excellent"], fig["grade_qualified"], fig["grade_unqualified"]) == (2, 7, 1)
        assert fig["life_meeting_held"] == 1 and fig["appraisal_done"] == 1
        held = today - dt.timedelta(days=20)
        assert fig["life_meeting_month"] == held.year * 100 + held.month


def test_preparation_checklist(services, cycle):  # noqa: ANN001
    svc = services.appraisal
    svc.save_opinion(cycle.uuid, Opinion("x"))
    svc.save_problem(cycle.uuid, Problem("班子问题"))
    svc.save_problem(cycle.uuid, Problem("个人问题", "乙"))
    prep = svc.preparation(svc.get(cycle.uuid))
    # secretary–committee 2, 第一党小组 (甲 and 乙) × 丁庚壬子 8, 第二党小组 丙 × 戊己辛癸 4: worked by hand
    assert prep.talks_expected == 14 and len(prep.talks_missing) == 14
    assert prep.opinions == 1 and prep.branch_problems == 1
    assert prep.committee_without_list == ("甲", "丙")


def test_years_out_of_range_are_refused(services, branch):  # noqa: ANN001
    with pytest.raises(ValidationError, match="不在可查询的范围内"):
        appraisal_ledger.appraisal_summary(services, 1999)


def test_headquarters_reads_the_cycles_but_does_not_change_them(services):  # noqa: ANN001
    services.branch.init_headquarters("测试党委")
    with pytest.raises(ValidationError, match="上级党委模式下"):
        services.appraisal.save_cycle(LifeMeeting(year=clock.today().year))
    from dangjian_desktop.domain.talks import Talk

    with pytest.raises(ValidationError, match="上级党委模式下"):
        services.talks.save(Talk(clock.today(), "甲", "乙", content="x"))


def test_ledger_chapter_and_home_figures(services, cycle):  # noqa: ANN001
    from dangjian_desktop.domain.ledger import Table, Text

    today = clock.today()
    held = today - dt.timedelta(days=20)
    svc = services.appraisal
    svc.save_opinion(cycle.uuid, Opinion("学习要联系实际"))
    branch = svc.save_problem(cycle.uuid, Problem("学习不深入", BRANCH_OWNER, measure="每季度专题研讨",
                                                 responsible="甲", deadline=today + dt.timedelta(days=7)))
    svc.save_problem(cycle.uuid, Problem("联系群众少", "乙", measure="每月下班组", deadline=today + dt.timedelta(days=30)))
    [r] = [r for r in svc.rectifications(cycle.uuid) if r.uuid == branch.uuid]
    r.completed_on = today
    svc.save_rectification(cycle.uuid, r)
    svc.save_entries(cycle.uuid, _grades(svc.get(cycle.uuid), {"甲": E, "乙": E, "丁": B} | {n: Q for n in "丙戊己庚辛壬癸"}))

    [chapter] = appraisal_ledger.chapters(services, cycle.year, today)
    assert chapter.order == 55 and chapter.title == "组织生活会和民主评议党员"
    intro = chapter.blocks[0]
    assert isinstance(intro, Text)
    assert intro.text.startswith(f"{cycle.year}年度组织生活会于{held:%Y年%m月%d日}召开")
    assert "会前征求意见1条；查摆问题2条，已完成整改1条。" in intro.text
    assert "优秀2名，合格7名，基本合格1名，不合格0名" in intro.text
    problems, results = [b for b in chapter.blocks if isinstance(b, Table)]
    assert [(row[0], row[1]) for row in problems.rows] == [("支部班子", "学习不深入"), ("乙", "联系群众少")]
    assert problems.rows[0][5] == f"已完成\n{today.isoformat()}"
    assert len(results.rows) == 11  # ten graded and the 预备党员 子 listed but not graded
    [zi] = [row for row in results.rows if row[0] == "子"]
    assert zi[6] != "" and zi[6] not in {g.value for g in Grade}
    # a year without a cycle says so; a 年度 held in the next January says where the meeting is counted
    [empty] = appraisal_ledger.chapters(services, cycle.year - 1, today)
    assert empty.blocks[0].text == f"{cycle.year - 1}年度尚无组织生活会和民主评议党员的记录。"
    assert (f"计入{cycle.year}年度" in intro.text) == (held.year != cycle.year)

    glance = appraisal_ledger.glance(services, cycle.year, today)
    stats = {s.label: s for s in glance.stats}
    assert stats[f"{cycle.year}年度组织生活会"].value == f"{held:%m月%d日}召开"
    assert stats["民主评议党员"].value == "优秀2，合格7，基本合格1" and not stats["民主评议党员"].warn
    [progress] = glance.charts
    assert (progress.done, progress.total) == (1.0, 2.0)


def test_a_years_life_meeting_held_the_next_january_counts_for_its_year_in_the_meetings_calendar(services, branch):  # noqa: ANN001
    # last 年度's meeting held on 15 January of this year: the 会议 calendar counts it for last year, not this one
    today = clock.today()
    this, last = today.year, today.year - 1
    held = dt.date(this, 1, 15)
    if today < held:
        today = held  # the pinned date may be 1 January; the meeting must lie in the past
    c = services.appraisal.save_cycle(LifeMeeting(year=last, topic="学思想"), today)
    services.appraisal.create_meeting(c.uuid, held, today)

    def life_row(year):  # noqa: ANN001, ANN202
        report = services.meetings.compliance(year, today)
        [row] = [r for r in report.rows if r.type is MeetingType.LIFE_MEETING]
        return row

    assert life_row(last).periods[0].held == 1 and life_row(last).periods[0].ok
    assert life_row(this).periods[0].held == 0  # this 年度's own meeting is still to come
    assert all(cell.count == 0 for cell in life_row(last).months)  # in no month of last year's grid
    # unlinked, the same meeting is counted by its date again
    services.appraisal.delete_cycle(c.uuid)
    assert life_row(last).periods[0].held == 0 and life_row(this).periods[0].held == 1
