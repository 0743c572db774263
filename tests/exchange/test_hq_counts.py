"""Headquarters counts a year's records per branch by the records' own branch key (fast at 250,000 meetings),
which the merge keeps honest: a record naming another branch is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop.domain.exchange import PackageError
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage.models_exchange import ExchangeOriginRow
from dangjian_desktop.storage.models_meetings import MeetingRow
from dangjian_desktop.storage.repos import records
from tests.pg.cluster import ENGINES

NOW = "2026-03-01T08:00:00"


def _branch(uuid: str, name: str) -> dict:
    return {"uuid": uuid, "name": name, "created_at": NOW, "updated_at": NOW}


def _meeting(uuid: str, day: str, branch: str | None) -> dict:
    return {"uuid": uuid, "date": day, "branch": branch, "created_at": NOW, "updated_at": NOW,
            "title": "会议", "search_text": "会议"}


@pytest.fixture(params=ENGINES)
def hq_engine(request: pytest.FixtureRequest) -> str:
    """Headquarters on SQLite and on PostgreSQL (issue 22)."""
    return request.param


def _merge(s: Services, branch_uuid: str, rows: dict) -> None:
    with s.store.atomic():
        records.merge(rows, [], branch_uuid)


def test_counts_by_the_branch_key_match_the_origins(hq: Services) -> None:
    _merge(hq, "b-1", {"branch": [_branch("b-1", "一支部")],
                       "meeting": [_meeting("m-1", "2026-01-05", "b-1"), _meeting("m-2", "2026-02-05", "b-1"),
                                   _meeting("m-3", "2025-12-30", "b-1"),
                                   _meeting("m-4", "2026-03-01", None)]})  # no branch key: counted by origin
    _merge(hq, "b-2", {"branch": [_branch("b-2", "二支部")], "meeting": [_meeting("m-5", "2026-06-30", "b-2")]})
    counts = records.counts_in_year("meeting", 2026)
    assert counts == {"b-1": 3, "b-2": 1}
    by_origin = dict(records._by_branch(MeetingRow)  # noqa: SLF001 - how it was counted before
                     .where(MeetingRow.date.between(dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
                     .group_by(ExchangeOriginRow.branch_uuid).tuples())
    assert counts == by_origin
    assert [(o.name, o.figures["meetings_held"]) for o in hq.exchange.overview(2026)] == [("一支部", 3), ("二支部", 1)]


def test_a_record_naming_another_branch_is_refused(hq: Services) -> None:
    _merge(hq, "b-1", {"branch": [_branch("b-1", "一支部")], "meeting": [_meeting("m-1", "2026-01-05", "b-1")]})
    with pytest.raises(PackageError, match="另一个党支部"):
        _merge(hq, "b-2", {"branch": [_branch("b-2", "二支部")], "meeting": [_meeting("m-9", "2026-01-06", "b-1")]})
    assert records.counts_in_year("meeting", 2026) == {"b-1": 1}
