"""A store's new records carry its own branch's UUID prefix, the first byte (storage/models.py ``new_uuid``), so
that a branch's records sit together in the UUID indexes at headquarters; everything else about the UUIDs stays as
it was."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from pathlib import Path

from dangjian_desktop.domain.meetings import AgendaItem, Attendee, Meeting, MeetingType
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import models
from dangjian_desktop.storage.models_meetings import AgendaItemRow, AttendanceRow, MeetingRow

BRANCH_A = "a1b2c3d4-0000-4000-8000-000000000001"
BRANCH_B = "5e6f7a8b-0000-4000-8000-000000000002"


def _branch_with_members(s: Services, name: str, n: int = 3, uuid: str | None = None,
                         ) -> tuple[Branch, list[Member]]:
    branch = s.branch.save_profile(Branch(name=name, parent_committee="测试党委", uuid=uuid))
    members = [s.roster.save_member(Member(f"党员{i}", gender="男", joined_party_on=dt.date(2010, 7, 1),
                                           full_member_on=dt.date(2011, 7, 1))) for i in range(n)]
    return branch, members


def test_a_branch_store_s_new_records_begin_as_its_own_branch_s_uuid(services: Services) -> None:
    branch, members = _branch_with_members(services, "测试党支部", uuid=BRANCH_A)
    assert branch.uuid == BRANCH_A
    meeting = services.meetings.save(Meeting(
        types=[MeetingType.ASSEMBLY], date=dt.date(2024, 3, 1), title="支部党员大会",
        attendees=[Attendee(m.name, m.uuid) for m in members], agenda=[AgendaItem("学习")]))
    uuids = [m.uuid or "" for m in members] + [meeting.uuid or ""]
    with services.store.database.atomic():
        uuids += [u for (u,) in AttendanceRow.select(AttendanceRow.uuid).tuples()]
        uuids += [u for (u,) in AgendaItemRow.select(AgendaItemRow.uuid).tuples()]
    assert len(uuids) == 3 + 1 + 3 + 1
    assert {u[:2] for u in uuids} == {"a1"}
    assert len(set(uuids)) == len(uuids)
    for u in uuids:  # still RFC 4122 version-4 UUIDs, written the usual way
        parsed = uuidlib.UUID(u)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuidlib.RFC_4122, u)
    # only the first byte is the branch's: the short numbers the command line prints (8 digits) still differ
    assert "b2c3d4" not in {u[2:8] for u in uuids}
    assert len({u[:8] for u in uuids}) == len(uuids)


def test_the_prefix_follows_the_store_that_is_open(tmp_path: Path) -> None:
    for name, uuid in (("甲", BRANCH_A), ("乙", BRANCH_B)):
        with Services.open(tmp_path / name) as s:
            _branch_with_members(s, f"{name}党支部", 1, uuid=uuid)
    for name, first in (("甲", "a1"), ("乙", "5e"), ("甲", "a1")):  # opened again, one after the other
        with Services.open(tmp_path / name) as s:
            m = s.roster.save_member(Member(f"新党员{name}", gender="女", joined_party_on=dt.date(2015, 7, 1),
                                            full_member_on=dt.date(2016, 7, 1)))
            assert (m.uuid or "")[:2] == first


def test_the_first_start_s_branch_sets_the_prefix(services: Services) -> None:
    """A new store has no branch yet: its branch's own UUID is random, and what follows begins as it does."""
    assert models._uuid_prefix is None  # noqa: SLF001
    branch, members = _branch_with_members(services, "测试党支部", 2)
    assert {(m.uuid or "")[:2] for m in members} == {(branch.uuid or "")[:2]}


def test_no_own_branch_no_prefix(tmp_path: Path) -> None:
    """Headquarters (no branch of its own) makes random UUIDs, as before."""
    with Services.open(tmp_path / "branch") as s:
        _branch_with_members(s, "测试党支部", 1, uuid=BRANCH_A)
        assert models._uuid_prefix is not None  # noqa: SLF001
    with Services.open(tmp_path / "hq") as s:
        assert models._uuid_prefix is None  # noqa: SLF001 - the last store's prefix is not carried over
        s.branch.init_headquarters("测试党委")
        uuids = [models.new_uuid() for _ in range(64)]
    assert len({u[:2] for u in uuids}) > 20  # 64 random first bytes: about 57 different ones
    assert all(uuidlib.UUID(u).version == 4 for u in uuids)


def test_a_value_that_is_not_a_uuid_leaves_uuids_random() -> None:
    try:
        models.use_uuid_prefix("not-a-uuid")
        assert models._uuid_prefix is None  # noqa: SLF001
        models.use_uuid_prefix("0f00abcd-0000-4000-8000-000000000000")
        made = [models.new_uuid() for _ in range(20)]
        assert all(u.startswith("0f") for u in made)
        assert len({u[2:8] for u in made}) == 20
    finally:
        models.use_uuid_prefix(None)


def test_meeting_rows_of_a_prefixed_store_are_found_by_uuid_and_short_number(services: Services) -> None:
    """The unique UUID index, look-ups by UUID and the short numbers work as before (the prefix is part of it)."""
    _branch_with_members(services, "测试党支部", 2, uuid=BRANCH_A)
    saved = [services.meetings.save(Meeting(types=[MeetingType.COMMITTEE], date=dt.date(2024, 1, d + 1),
                                            title=f"支委会{d}")) for d in range(5)]
    for m in saved:
        assert services.meetings.get(m.uuid or "").title == m.title
        assert services.meetings.resolve((m.uuid or "")[:8]) == m.uuid
    with services.store.database.atomic():
        assert MeetingRow.select().count() == 5
