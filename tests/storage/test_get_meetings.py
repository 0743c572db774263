"""Whole meetings read in a batch (the minutes book, the package) are those read one by one."""

from __future__ import annotations

import pytest

from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage.repos import meetings as repo


def test_batch_read_keeps_order_and_children(demo_services: Services):
    uuids = [m.uuid for m in demo_services.meetings.list()]
    assert len(uuids) > 10
    shuffled = uuids[1::2] + uuids[::2]
    got = repo.get_meetings(shuffled)
    assert [m.uuid for m in got] == shuffled
    by_uuid = {m.uuid: m for m in got}
    for u in uuids:
        one = demo_services.meetings.get(u)
        assert by_uuid[u] == one
    assert any(m.attendees and m.agenda for m in got)
    assert any(a.member_uuid for m in got for a in m.attendees)
    assert any(m.group_uuid for m in got)
    assert repo.get_meetings([]) == []


def test_batch_read_of_a_missing_meeting_fails(demo_services: Services):
    u = demo_services.meetings.list()[0].uuid
    with pytest.raises(NotFoundError):
        repo.get_meetings([u, "no-such-meeting"])
    with pytest.raises(NotFoundError):
        repo.get_meeting("no-such-meeting")
