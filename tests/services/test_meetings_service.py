"""MeetingService without Qt: 应到 from the roster as of the date, save/定稿/更正 with the audit trail, search by
1-, 2- and 3-character queries, attachments stored once, compliance and reminders on demo data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory, MemberStatus
from dangjian_desktop.domain.errors import NotFoundError, ReadOnlyError, ValidationError
from dangjian_desktop.domain.meetings import (
    AbsenceReason,
    AgendaItem,
    AgendaTemplate,
    MeetingFilter,
    MeetingStatus,
    MeetingType,
    Scope,
    Vote,
)
from dangjian_desktop.domain.roster import Branch, CommitteeSeat, Member, PartyGroup
from dangjian_desktop.services.container import Services
from tests.conftest import gap_year

T = MeetingType


@pytest.fixture
def branch(services: Services) -> Services:
    """A small branch: 2 党小组, 6 members (one 预备党员, one transferred out on 2026-06-30), 3 on the committee."""
    services.branch.save_profile(Branch(name="测试党支部"))
    g1 = services.branch.save_group(PartyGroup(name="一组"))
    g2 = services.branch.save_group(PartyGroup(name="二组"))
    people = {}
    for name, group, cat in [("张书记", g1, MemberCategory.FULL), ("李委员", g1, MemberCategory.FULL),
                             ("王委员", g2, MemberCategory.FULL), ("赵党员", g2, MemberCategory.FULL),
                             ("钱预备", g2, MemberCategory.PROBATIONARY), ("孙转出", g1, MemberCategory.FULL)]:
        m = Member(name=name, category=cat, group_uuid=group.uuid, joined_party_on=dt.date(2015, 7, 1),
                   full_member_on=None if cat is MemberCategory.PROBATIONARY else dt.date(2016, 7, 1))
        if cat is MemberCategory.PROBATIONARY:
            m.joined_party_on = dt.date(2026, 3, 1)
        people[name] = services.roster.save_member(m)
    services.roster.change_status(people["孙转出"].uuid, MemberStatus.TRANSFERRED_OUT, dt.date(2026, 6, 30))
    b = services.branch.require_profile()
    b.committee = [CommitteeSeat(CommitteeRole.SECRETARY, people["张书记"].uuid, "张书记"),
                   CommitteeSeat(CommitteeRole.MEMBER, people["李委员"].uuid, "李委员", "组织委员"),
                   CommitteeSeat(CommitteeRole.MEMBER, people["王委员"].uuid, "王委员", "宣传委员")]
    services.branch.save_profile(b)
    services.test_groups = (g1, g2)  # type: ignore[attr-defined]
    return services


def _meeting(s: Services, types, day, **kw):  # noqa: ANN001, ANN003
    m = s.meetings.new_meeting(types, day, kw.pop("scope", None), kw.pop("group_uuid", None))
    m.host, m.recorder = "张书记", "李委员"
    for k, v in kw.items():
        setattr(m, k, v)
    return m


def test_expected_is_the_roster_as_of_the_date(branch: Services):
    s = branch
    g1, g2 = s.test_groups
    before = {a.name for a in s.meetings.expected_attendees(dt.date(2026, 6, 1), Scope.BRANCH)}
    after = {a.name for a in s.meetings.expected_attendees(dt.date(2026, 7, 1), Scope.BRANCH)}
    assert "孙转出" in before and "孙转出" not in after
    assert "钱预备" in after and "钱预备" not in {a.name for a in s.meetings.expected_attendees(
        dt.date(2026, 2, 1), Scope.BRANCH)}  # admitted in March
    committee = s.meetings.expected_attendees(dt.date(2026, 7, 1), Scope.COMMITTEE)
    assert [a.name for a in committee] == ["张书记", "李委员", "王委员"]
    group1 = {a.name for a in s.meetings.expected_attendees(dt.date(2026, 5, 1), Scope.GROUP, g1.uuid)}
    assert group1 == {"张书记", "李委员", "孙转出"}
    assert {a.name for a in s.meetings.expected_attendees(dt.date(2026, 8, 1), Scope.GROUP, g1.uuid)} == {
        "张书记", "李委员"}
    votes = {a.name: a.has_vote for a in s.meetings.expected_attendees(dt.date(2026, 7, 1), Scope.BRANCH)}
    assert votes["钱预备"] is False and votes["赵党员"] is True
    m = s.meetings.new_meeting([T.GROUP], dt.date(2026, 8, 1), group_uuid=g2.uuid)
    assert m.scope is Scope.GROUP and m.group_name == "二组"


def test_save_finalise_amend_with_audit(branch: Services):
    s = branch
    m = _meeting(s, [T.ASSEMBLY], dt.date(2026, 5, 20), title="第二季度党员大会",
                 agenda=[AgendaItem("第一议题：学习", True, "集中学习")], minutes="张书记主持会议。\n散会。")
    m.attendees[0].present = False
    m.attendees[0].reason = AbsenceReason.BUSINESS
    m.attendees[0].reason_text = "出差"
    saved = s.meetings.save(m)
    assert saved.status is MeetingStatus.DRAFT and saved.uuid
    again = s.meetings.get(saved.uuid)
    assert again.absent[0].reason is AbsenceReason.BUSINESS and again.absent[0].reason_text == "出差"
    assert again.agenda[0].first_topic and again.minutes == "张书记主持会议。\n散会。"
    # a broken rule that blocks 定稿
    again.recorder = ""
    s.meetings.save(again)
    with pytest.raises(ValidationError, match="记录人"):
        s.meetings.finalise(saved.uuid)
    again = s.meetings.get(saved.uuid)
    again.recorder = "李委员"
    s.meetings.save(again)
    final = s.meetings.finalise(saved.uuid)
    assert final.is_final and final.finalized_at
    final.minutes = "改过的记录"
    with pytest.raises(ReadOnlyError):
        s.meetings.save(final)
    with pytest.raises(ReadOnlyError):
        s.meetings.delete(saved.uuid)
    amended = s.meetings.amend(saved.uuid, "会议记录", "张书记主持会议，通报到会情况。\n散会。", "漏记到会情况",
                               on=dt.date(2026, 5, 22))
    assert amended.minutes == "张书记主持会议。\n散会。"  # the record itself is never overwritten
    [a] = amended.amendments
    assert (a.made_on, a.field, a.old_value, a.reason) == (dt.date(2026, 5, 22), "会议记录", "张书记主持会议。\n散会。",
                                                           "漏记到会情况")
    assert s.meetings.current_value(amended, "会议记录").startswith("张书记主持会议，通报")
    history = s.audit.history(saved.uuid)
    assert [h.action for h in history] == ["finalise", "amend"]
    assert history[1].changes["会议记录"][1].startswith("张书记主持会议，通报")
    with pytest.raises(ValidationError, match="原因"):
        s.meetings.amend(saved.uuid, "决议", "新决议", "")


def test_amend_rolls_back_with_the_audit_entry(branch: Services, monkeypatch: pytest.MonkeyPatch):
    s = branch
    m = s.meetings.save(_meeting(s, [T.COMMITTEE], dt.date(2026, 4, 6), minutes="原文"))
    s.meetings.finalise(m.uuid)

    def broken(*a, **k):  # noqa: ANN002, ANN003
        raise RuntimeError("disk full")

    monkeypatch.setattr(s.audit, "record", broken)
    with pytest.raises(RuntimeError):
        s.meetings.amend(m.uuid, "会议记录", "新文", "笔误")
    assert s.meetings.get(m.uuid).amendments == []


def test_errors_block_saving_warnings_do_not(branch: Services):
    s = branch
    m = _meeting(s, [T.COMMITTEE], dt.date(2026, 4, 6), start_time=dt.time(15), end_time=dt.time(14))
    with pytest.raises(ValidationError, match="结束时间"):
        s.meetings.save(m)
    m.end_time = dt.time(16)
    m.recorder = ""
    assert s.meetings.save(m).uuid  # missing 记录人 is a warning: saved, shown, blocks 定稿


def test_search_one_two_three_characters(branch: Services):
    s = branch
    a = s.meetings.save(_meeting(s, [T.COMMITTEE], dt.date(2026, 3, 6), title="研究换届选举筹备",
                                 minutes="会议研究了支部换届选举的时间安排。"))
    b = s.meetings.save(_meeting(s, [T.LECTURE, T.THEME_DAY], dt.date(2026, 3, 20), lecturer="张书记",
                                 lecture_topic="党课：乡村振兴与能源保供", minutes="讲授专题党课。"))
    c = s.meetings.save(_meeting(s, [T.COMMITTEE], dt.date(2026, 4, 6), title="四月支委会",
                                 minutes="通报安全生产情况。"))

    def hits(q: str) -> set[str]:
        return {h.uuid for h in s.meetings.search(q)}

    assert hits("届") == {a.uuid}  # one character
    assert hits("换届") == {a.uuid}  # two characters: the trigram index alone would find nothing
    assert hits("乡村") == {b.uuid}
    assert hits("党课") == {b.uuid}
    assert hits("换届选") == {a.uuid}  # three characters: the FTS5 trigram index
    assert hits("安全生产") == {c.uuid}
    assert hits("乡村振兴 党课") == {b.uuid}  # every term must occur
    assert hits("换届 党课") == set()
    assert hits("不存在的词") == set()
    assert hits("") == set()
    [hit] = s.meetings.search("换届")
    assert any(seg == "换届" and mark for snippet in hit.snippets for seg, mark in snippet)
    # the index follows edits
    edited = s.meetings.get(c.uuid)
    edited.minutes = "研究换届工作。"
    s.meetings.save(edited)
    assert hits("换届") == {a.uuid, c.uuid} and hits("安全生产") == set()


def test_attachments_are_stored_once(branch: Services, tmp_path: Path):
    s = branch
    m1 = s.meetings.save(_meeting(s, [T.COMMITTEE], dt.date(2026, 4, 6)))
    m2 = s.meetings.save(_meeting(s, [T.COMMITTEE], dt.date(2026, 5, 6)))
    from PIL import Image

    photo = tmp_path / "现场照片.jpg"
    Image.new("RGB", (64, 48), "red").save(photo, "JPEG")
    copy = tmp_path / "copy.JPG"
    copy.write_bytes(photo.read_bytes())
    a1 = s.meetings.add_attachment(m1.uuid, photo)
    a1b = s.meetings.add_attachment(m1.uuid, copy)
    a2 = s.meetings.add_attachment(m2.uuid, copy)
    assert a1.uuid == a1b.uuid  # the same content twice on one meeting: one attachment
    assert a1.sha256 == a2.sha256
    stored = [p for p in s.store.paths.attachments.rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0] == s.meetings.attachment_path(a1)
    assert stored[0].read_bytes() == photo.read_bytes()
    assert [x.name for x in s.meetings.get(m1.uuid).attachments] == ["现场照片.jpg"]
    assert s.meetings.list(MeetingFilter(year=2026))[-1].attachments == 1
    s.meetings.remove_attachment(m1.uuid, a1.uuid)
    assert s.meetings.get(m1.uuid).attachments == [] and len(s.meetings.get(m2.uuid).attachments) == 1
    assert stored[0].exists()  # the shared store keeps content other records may hold
    # a pledge or an inspection adding the same photo shares the stored file
    assert s.attachments.path_of(s.attachments.add(photo)) == stored[0]
    fake = tmp_path / "不是照片.jpg"
    fake.write_bytes(b"PK\x03\x04 a word file renamed")
    with pytest.raises(ValidationError):
        s.meetings.add_attachment(m1.uuid, fake)
    with pytest.raises(ValidationError):
        s.meetings.add_attachment(m1.uuid, tmp_path / "missing.png")
    with pytest.raises(NotFoundError):
        s.meetings.add_attachment("no-such-meeting", photo)


def test_templates_builtin_and_own(branch: Services):
    s = branch
    names = [t.name for t in s.meetings.templates()]
    assert "第一议题学习" in names
    t = s.meetings.save_template(AgendaTemplate("我的模板", [AgendaItem("第一议题：学习", True), AgendaItem(" ")]))
    mine = next(x for x in s.meetings.templates() if x.name == "我的模板")
    assert mine.uuid == t.uuid and len(mine.items) == 1 and mine.items[0].first_topic
    s.meetings.delete_template(t.uuid)
    assert "我的模板" not in [x.name for x in s.meetings.templates()]


def test_attendance_rate_and_inactivity(branch: Services):
    s = branch
    for month in (1, 2, 3, 4):
        m = _meeting(s, [T.ASSEMBLY], dt.date(2026, month, 20), votes=[] if month != 2 else [Vote("事项", 3, 0, 0)])
        for a in m.attendees:
            if a.name == "赵党员":
                a.present, a.reason = (month == 1), AbsenceReason.PERSONAL
        s.meetings.save(m)
    rates = {r.name: r for r in s.meetings.attendance(2026)}
    assert rates["赵党员"].expected == 4 and rates["赵党员"].present == 1 and rates["赵党员"].rate_text == "25%"
    assert rates["张书记"].rate == 1.0
    assert rates["钱预备"].expected == 2  # admitted 1 March: 应到 only from then on
    warnings = s.meetings.inactivity(dt.date(2026, 6, 1))
    assert [w.name for w in warnings] == ["赵党员"]
    assert warnings[0].last_participation == dt.date(2026, 1, 20) and warnings[0].deadline == dt.date(2026, 7, 20)


def test_resolve_id_prefix(branch: Services):
    s = branch
    m = s.meetings.save(_meeting(s, [T.COMMITTEE], dt.date(2026, 4, 6)))
    assert s.meetings.resolve(m.uuid[:6]) == m.uuid
    assert s.meetings.resolve(m.uuid.upper()) == m.uuid
    with pytest.raises(NotFoundError):
        s.meetings.resolve("zzzz")


def test_demo_year_has_gaps_and_reminders(demo_services: Services):
    s = demo_services
    today = clock.today()
    report = s.meetings.compliance(gap_year(today), today)
    assert report.missing_count >= 3
    assert s.meetings.count() > 40
    from dangjian_desktop.services.reminders import all_reminders

    kinds = {r.kind for r in all_reminders(s, today)}
    assert "member_inactive" in kinds
    inactive = s.meetings.inactivity(today)
    assert len(inactive) == 1 and not inactive[0].overdue and 120 <= inactive[0].days_without < 183
    with_votes = [s.meetings.get(x.uuid) for x in s.meetings.list(MeetingFilter(type=T.ASSEMBLY))]
    assert any(m.votes for m in with_votes)
    lectures = [s.meetings.get(x.uuid) for x in s.meetings.list(MeetingFilter(type=T.LECTURE))]
    assert any(m.lecturer == s.branch.profile().secretary_name for m in lectures)
    assert any(len(m.types) == 2 for m in lectures)


def test_rules_are_editable(services: Services):
    rules = services.meetings.rules()
    rules.rule_for(T.LECTURE).count = 2
    rules.secretary_lectures_per_year = 2
    services.meetings.save_rules(rules)
    again = services.meetings.rules()
    assert again.rule_for(T.LECTURE).count == 2 and again.secretary_lectures_per_year == 2
    assert services.meetings.reset_rules().rule_for(T.LECTURE).count == 1


@pytest.mark.slow
def test_list_filter_finds_the_right_rows_among_20000_meetings(branch: Services):
    from dangjian_desktop.storage.models import new_uuid, utcnow
    from dangjian_desktop.storage.models_meetings import MeetingRow

    s = branch
    g1, _ = s.test_groups
    from dangjian_desktop.storage.models import PartyGroupRow

    gid = PartyGroupRow.get(PartyGroupRow.uuid == g1.uuid).id
    kinds = list(MeetingType)
    now = utcnow()
    rows = []
    for i in range(20_000):
        t = kinds[(i // 3) % len(kinds)]
        rows.append({"uuid": new_uuid(), "date": dt.date(2000 + i % 26, 1 + i % 12, 1 + i % 28), "type_mask": t.bit,
                     "types": t.value, "title": f"会议{i}", "group": gid if t is T.GROUP else None,
                     "created_at": now, "updated_at": now})
    with s.store.atomic():
        for i in range(0, len(rows), 500):
            MeetingRow.insert_many(rows[i: i + 500]).execute()
    # what each filter finds, worked out from how the rows were made (the speed is the benchmark's business:
    # python -m dangjian_desktop.bench, "meeting filter")
    in_2020 = [r for r in rows if r["date"].year == 2020]
    assert len(s.meetings.list(MeetingFilter(year=2020))) == s.meetings.count_matching(MeetingFilter(year=2020)) \
        == len(in_2020)
    assert s.meetings.count_matching(MeetingFilter(year=2020, type=T.LECTURE)) == sum(
        1 for r in in_2020 if r["types"] == T.LECTURE.value)
    assert s.meetings.count_matching(MeetingFilter(group_uuid=g1.uuid)) == sum(1 for r in rows if r["group"] == gid)
    assert all(len(x.types) == 1 and x.types[0] is T.LECTURE for x in s.meetings.list(MeetingFilter(type=T.LECTURE)))
