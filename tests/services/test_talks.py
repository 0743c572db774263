"""谈心谈话 through the service (no Qt), on the small branch of tests/services/small_branch.py.

Expected pairs worked by hand (default rules): 甲–乙, 甲–丙 (书记与支委); 乙–丙 (支委之间); 第一党小组 has 甲 and 乙 on the
committee, so each of 丁 庚 壬 子 with both (8 pairs); 第二党小组 has 丙, so 戊 己 辛 癸 with 丙 (4). Fifteen pairs.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.talks import Talk, TalkRules, TalkType
from dangjian_desktop.services import talks as talks_service
from dangjian_desktop.services import talks_ledger
from dangjian_desktop.storage.models import Tombstone
from tests.services import small_branch


@pytest.fixture
def ids(services):  # noqa: ANN001
    return small_branch.build(services)


def _pairs(summary: dict) -> set[frozenset[str]]:
    return {frozenset(p) for p in summary["missing_pairs"]}


def _day(today: dt.date, back: int) -> dt.date:
    """A day ``back`` days ago, kept inside this year (the coverage is per calendar year)."""
    return max(dt.date(today.year, 1, 1), today - dt.timedelta(days=back))


def test_coverage_of_the_small_branch(services, ids):  # noqa: ANN001
    today = clock.today()
    year = today.year
    summary = talks_ledger.talks_summary(services, year, today)
    assert summary["talks"] == 0 and len(summary["missing_pairs"]) == 15
    # names typed without choosing from the list are matched to the roster
    services.talks.save(Talk(_day(today, 3), "甲", "乙", content="交流思想"), today)
    services.talks.save(Talk(_day(today, 2), "戊", "丙", TalkType.CARE, content="了解家中困难"), today)
    services.talks.save(Talk(dt.date(year - 1, 12, 31), "甲", "丙", content="去年的谈话"), today)
    summary = talks_ledger.talks_summary(services, year, today)
    assert summary["talks"] == 2
    missing = _pairs(summary)
    assert len(missing) == 13
    assert frozenset(("甲", "乙")) not in missing and frozenset(("丙", "戊")) not in missing
    assert frozenset(("甲", "丙")) in missing  # last year's talk does not count this year
    cov = services.talks.coverage(year, today)
    assert cov.count(ids["丙"], ids["戊"]) == 1
    assert {p.name for p in cov.without_talk} == {"丁", "庚", "壬", "子", "己", "辛", "癸"}


def test_rules_change_the_pairs(services, ids):  # noqa: ANN001
    today = clock.today()
    services.talks.save_rules(TalkRules(committee_pairs=False, secretary_with_all=True))
    # 15 − 乙–丙 + the secretary with 戊 己 辛 癸 (丁 庚 壬 子 were his already) = 18
    assert len(talks_ledger.talks_summary(services, today.year, today)["missing_pairs"]) == 18
    services.talks.reset_rules()
    assert services.talks.rules() == TalkRules()


def test_a_talk_is_checked_saved_and_deleted_with_a_tombstone(services, ids):  # noqa: ANN001
    today = clock.today()
    with pytest.raises(ValidationError) as exc:
        services.talks.save(Talk(today + dt.timedelta(days=1), "甲", "甲", content=""), today)
    messages = [m for _, m in exc.value.problems]
    assert "谈话人和谈话对象不能是同一个人" in messages and "谈话日期不能晚于今天" in messages
    t = services.talks.save(Talk(today, "甲", "入党申请人王某", TalkType.DEVELOPMENT, place="党员活动室",
                                 content="了解入党动机"), today)
    assert t.a_uuid == ids["甲"] and t.b_uuid is None  # someone not on the roster keeps a name only
    assert services.talks.resolve_id(t.uuid[:8]) == t.uuid
    services.talks.delete(t.uuid)
    assert Tombstone.select().where((Tombstone.table == "talk") & (Tombstone.uuid == t.uuid)).exists()
    assert services.talks.talks(today.year) == []


def test_the_fourth_quarter_reminder_lists_the_missing_pairs(services, ids):  # noqa: ANN001
    year = clock.today().year
    assert talks_service.reminders(services, dt.date(year, 9, 30)) == []
    [r] = talks_service.reminders(services, dt.date(year, 10, 1))
    assert r.kind == "talks_missing" and "还有15对没有谈" in r.title and r.page == "talks"
    assert "甲—乙" in r.detail and r.due == dt.date(year, 12, 31)
    services.talks.save_rules(TalkRules(remind_from_month=11))
    assert talks_service.reminders(services, dt.date(year, 10, 31)) == []


def test_headquarters_figures(services, ids):  # noqa: ANN001
    today = clock.today()
    services.talks.save(Talk(today, "甲", "乙", content="x"), today)
    assert talks_ledger.hq_figures(services, today.year, today) == {"talks": 1, "talks_missing_pairs": 14}
