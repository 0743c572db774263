"""The meeting list a page at a time (headquarters holds hundreds of thousands of meetings)."""

from __future__ import annotations

import pytest

from dangjian_desktop.domain.meetings import MeetingFilter, MeetingType
from dangjian_desktop.services.container import Services
from dangjian_desktop.services.meetings import SORT_KEYS


def test_pages_add_up_to_the_whole_list(demo_services: Services) -> None:
    s = demo_services.meetings
    for flt in (MeetingFilter(), MeetingFilter(type=MeetingType.GROUP), MeetingFilter(year=s.years()[0]),
                MeetingFilter(text="主题党日"), MeetingFilter(text="没有这样的会议")):
        whole = s.list(flt)
        assert s.count_matching(flt) == len(whole)
        pages = []
        offset = 0
        while page := s.page(flt, offset, 7):
            assert len(page) <= 7
            pages.extend(page)
            offset += len(page)
        assert [m.uuid for m in pages] == [m.uuid for m in whole]  # newest first, ties by id, as list()
    assert s.count_matching() == s.count() > 20


@pytest.mark.parametrize("key", SORT_KEYS)
def test_sorted_by_each_column_in_the_query(demo_services: Services, key: str) -> None:
    s = demo_services.meetings
    value = {
        "date": lambda m: m.date, "types": None, "title": None, "group": lambda m: m.group_name,
        "host": lambda m: m.host, "attendance": lambda m: (m.present, m.expected),
        "attachments": lambda m: m.attachments, "status": lambda m: m.status.value,
    }[key]
    for descending in (False, True):
        rows = s.page(None, 0, 1000, key, descending)
        assert len(rows) == s.count()
        if value is not None:
            keys = [value(m) for m in rows]
            assert keys == sorted(keys, reverse=descending)
        # a page further on continues the same order
        assert [m.uuid for m in s.page(None, 5, 5, key, descending)] == [m.uuid for m in rows[5:10]]


def test_ties_go_by_date_in_the_direction_of_the_sort(demo_services: Services) -> None:
    """Clicking the header again reverses the whole list (ties too): descending puts the newest of equal values
    first, ascending the oldest — so both directions read along one (column, date) index at headquarters."""
    down = demo_services.meetings.page(None, 0, 1000, "status", True)
    up = demo_services.meetings.page(None, 0, 1000, "status", False)
    assert [m.uuid for m in up] == [m.uuid for m in reversed(down)]
    assert len({m.status for m in up}) > 1  # there are ties to order and more than one value
    for a, b in zip(down, down[1:], strict=False):
        if a.status == b.status:
            assert a.date >= b.date


def test_unknown_sort_key_is_refused(demo_services: Services) -> None:
    with pytest.raises(ValueError):
        demo_services.meetings.page(None, 0, 10, "minutes")


def test_years_with_gaps(demo_services: Services) -> None:
    import datetime as dt

    s = demo_services.meetings
    for day in (dt.date(2016, 12, 31), dt.date(2019, 1, 1), dt.date(2019, 6, 1)):
        m = s.new_meeting([MeetingType.COMMITTEE], day)
        m.title, m.place, m.host, m.recorder = "补录", "会议室", "张三", "李四"
        s.save(m, today=dt.date(2030, 1, 1))
    held = sorted({m.date.year for m in s.list()}, reverse=True)
    assert 2016 in held and 2019 in held and 2017 not in held
    assert s.years(dt.date(2015, 1, 1)) == sorted({*held, 2015}, reverse=True)
