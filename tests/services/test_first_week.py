"""A new user's first week, without Qt: the demo lives in a folder of its own and leaves no trace in the real one;
the first 支委会 tells where the committee is entered, and a draft 支委会 takes the committee entered later."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory
from dangjian_desktop.domain.meetings import MeetingType, Scope
from dangjian_desktop.domain.roster import Branch, CommitteeSeat, Member
from dangjian_desktop.services import demo
from dangjian_desktop.services.container import Services


def test_demo_folder_is_separate_marked_and_left_without_trace(tmp_path: Path):
    real = tmp_path / "dangjian-desktop"
    with _open(real) as s:
        assert s.info.is_empty()
    assert demo.start_folder(real) == real
    services = demo.open_demo_folder(real)
    try:
        folder = services.store.paths.root
        assert folder == demo.demo_dir(real) and folder != real and folder.parent == real.parent
        assert "演示" in folder.name and demo.is_demo_folder(folder)
        assert services.roster.count() == 29 and services.branch.profile().name.startswith("示范")
        assert demo.real_folder_of(folder) == real
    finally:
        services.close()
    # the real folder holds no demo record: only the note that the demo is open
    with _open(real) as s:
        assert s.info.is_empty() and s.roster.count() == 0
    assert demo.start_folder(real) == demo.demo_dir(real)  # the next start opens the demo again
    # opening it again does not add a second demo branch
    services = demo.open_demo_folder(real)
    assert services.roster.count() == 29
    services.close()
    demo.leave_demo(real)
    assert not demo.demo_dir(real).exists() and demo.start_folder(real) == real
    assert real.is_dir() and (real / "dangjian.sqlite3").is_file()


def test_a_folder_that_is_not_a_demo_is_never_taken_over(tmp_path: Path):
    real = tmp_path / "data"
    other = demo.demo_dir(real)
    other.mkdir(parents=True)
    (other / "工作笔记.txt").write_text("重要", encoding="utf-8")
    try:
        demo.open_demo_folder(real)
    except Exception as exc:  # noqa: BLE001
        assert "不是演示数据" in str(exc)
    else:
        raise AssertionError("a folder holding something else was used for the demo")
    demo.leave_demo(real)
    assert (other / "工作笔记.txt").read_text(encoding="utf-8") == "重要"


class _open:
    def __init__(self, folder: Path):
        self.services = Services.open(folder)

    def __enter__(self) -> Services:
        return self.services

    def __exit__(self, *exc: object) -> None:
        self.services.close()


def _member(name: str, joined: dt.date) -> Member:
    return Member(name=name, gender="男", joined_party_on=joined, full_member_on=joined + dt.timedelta(days=365),
                  category=MemberCategory.FULL)


def test_first_committee_meeting_points_to_the_committee_and_takes_it_when_entered(services: Services):
    today = clock.today()
    services.branch.save_profile(Branch(name="新党支部"))
    joined = today - dt.timedelta(days=3000)
    for name in ("甲书记", "乙委员", "丙党员"):
        services.roster.save_member(_member(name, joined))
    # the first 支委会 before the committee is entered: nobody to attend, and the warning says where to enter it
    m = services.meetings.new_meeting([MeetingType.COMMITTEE], today)
    assert m.scope is Scope.COMMITTEE and m.attendees == []
    warning = next(i.message for i in services.meetings.check(m, today) if i.field == "attendees")
    assert "设置 › 支部信息 › 支部委员会" in warning and "名册" not in warning
    draft = services.meetings.save(m, today)
    final_before = services.meetings.save(services.meetings.new_meeting([MeetingType.COMMITTEE], today), today)
    # a finalised one keeps its list; finalise needs host and recorder
    final_before.host = final_before.recorder = "甲书记"
    final_before = services.meetings.save(final_before, today)
    services.meetings.finalise(final_before.uuid, today)
    # the committee is entered: one seat chosen from the roster, one typed by name before the roster had him
    by_name = {p.name: p for p in services.roster.members()}
    b = services.branch.profile()
    b.committee = [CommitteeSeat(CommitteeRole.SECRETARY, by_name["甲书记"].uuid, "甲书记"),
                   CommitteeSeat(CommitteeRole.MEMBER, None, "乙委员", "组织委员")]
    services.branch.save_profile(b)
    again = services.meetings.get(draft.uuid)
    assert [(a.name, a.member_uuid, a.present) for a in again.attendees] == [
        ("甲书记", by_name["甲书记"].uuid, True), ("乙委员", by_name["乙委员"].uuid, True)]
    assert services.meetings.get(final_before.uuid).attendees == []
    # ticks survive a later change of the committee; a removed seat leaves the list
    services.meetings.save(_absent(again, "乙委员"), today)
    b = services.branch.profile()
    b.committee = b.committee + [CommitteeSeat(CommitteeRole.MEMBER, by_name["丙党员"].uuid, "丙党员")]
    services.branch.save_profile(b)
    people = {a.name: a.present for a in services.meetings.get(draft.uuid).attendees}
    assert people == {"甲书记": True, "乙委员": False, "丙党员": True}


def _absent(m, name: str):  # noqa: ANN001, ANN202
    from dangjian_desktop.domain.meetings import AbsenceReason

    for a in m.attendees:
        if a.name == name:
            a.present, a.reason = False, next(iter(AbsenceReason))
    return m
