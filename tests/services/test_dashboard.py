"""首页 data and reminders without Qt."""

from __future__ import annotations

import datetime as dt

from dangjian_desktop import clock, features
from dangjian_desktop.domain.charts import BarChart, Progress
from dangjian_desktop.domain.enums import MemberCategory
from dangjian_desktop.domain.reminders import Urgency
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.services import dashboard, documents
from dangjian_desktop.services.reminders import all_reminders
from dangjian_desktop.services.snapshot import read_snapshot
from tests.conftest import demo_year, pdf_pages


def test_state_follows_the_store(services):
    assert dashboard.state(services) == "empty"
    assert dashboard.overview(services) is None
    services.branch.init_headquarters("示范能源公司党委")
    assert dashboard.state(services) == "hq"


def test_overview_and_glance_match_the_roster(demo_services):
    ov = dashboard.overview(demo_services)
    members = demo_services.roster.members(MemberFilter())
    assert ov.total == len(members)
    assert ov.probationary == sum(1 for m in members if m.category is MemberCategory.PROBATIONARY) == 2
    assert sum(n for _, n in ov.groups) == ov.total
    assert ov.committee[0][1] == demo_services.branch.profile().secretary_name
    glance = dashboard.year_glance(demo_services)
    groups = next(c for c in glance.charts if isinstance(c, BarChart) and c.key == "groups")
    assert sum(sum(s.values) for s in groups.series) == len(members)
    term = next(c for c in glance.charts if isinstance(c, Progress) and c.key == "term")
    assert 0.9 < term.ratio < 1.0  # the demo term ends within two months


def _queries(services, fn):  # noqa: ANN001, ANN202
    conn = services.store.database.connection()
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        return fn(), seen
    finally:
        conn.set_trace_callback(None)


def test_home_reads_everything_once_and_shows_the_same(demo_services):
    today = clock.today()
    data, queries = _queries(demo_services, lambda: dashboard.home(demo_services, today))
    assert data.state == "branch"
    # the branch profile was read by every provider (41 queries of it before); now once per refresh
    assert sum('"is_own" = 1' in q for q in queries) == 1
    assert sum("meetings.rules" in q for q in queries) == 1
    # 86 before the snapshot. Each record kind reads its own tables a few times (22 for the first wave of kinds);
    # the bound grows with the declared kinds, and the next test checks nothing is read per member or per meeting
    kinds = [f for f in features.features() if f.reminders or f.glance]
    assert len(queries) <= 8 * len(kinds)
    # the same figures as each part read on its own
    assert data.overview == dashboard.overview(demo_services)
    assert data.reminders == all_reminders(demo_services, today)
    assert data.glance == dashboard.year_glance(demo_services, today.year, today)


def test_home_reads_no_more_with_more_members_and_meetings(demo_services):
    """No part of 首页 reads per member or per meeting: with a third more of both, the same number of queries."""
    from dangjian_desktop.domain.meetings import MeetingFilter, meeting_from_dict, meeting_to_dict
    from dangjian_desktop.domain.roster import Member

    today = clock.today()
    _, before = _queries(demo_services, lambda: dashboard.home(demo_services, today))
    members = demo_services.roster.members(MemberFilter())
    for i in range(len(members) // 3 + 1):
        demo_services.roster.save_member(Member(name=f"新党员{i:02d}", gender="女"))
    listed = demo_services.meetings.list(MeetingFilter())
    for i, summary in enumerate(listed[: len(listed) // 3 + 1]):
        copy = meeting_from_dict(meeting_to_dict(demo_services.meetings.get(summary.uuid)))
        copy.uuid, copy.date = None, today - dt.timedelta(days=3 + i)
        demo_services.meetings.save(copy, today)
    _, after = _queries(demo_services, lambda: dashboard.home(demo_services, today))
    assert len(after) == len(before)


def test_snapshot_only_inside_the_block(demo_services):
    branch = demo_services.branch
    _, outside = _queries(demo_services, lambda: (branch.profile(), branch.profile()))
    assert sum('"is_own" = 1' in q for q in outside) == 2
    with read_snapshot():
        first, inside = _queries(demo_services, lambda: (branch.profile(), branch.profile()))
        groups = demo_services.branch.groups()
        groups.clear()  # a caller changing a list it got does not change the next caller's
        assert demo_services.branch.groups()
    assert first[0] is first[1] and sum('"is_own" = 1' in q for q in inside) == 1
    profile = branch.profile()
    profile.name = "改名后的党支部"
    branch.save_profile(profile)
    assert branch.profile().name == "改名后的党支部"


def test_home_of_empty_and_hq_stores(services):
    assert dashboard.home(services).state == "empty"
    services.branch.init_headquarters("示范能源公司党委")
    data = dashboard.home(services)
    assert (data.state, data.hq_name, data.reminders, data.glance) == ("hq", "示范能源公司党委", [], None)


def test_demo_reminders_match_the_data(demo_services):
    today = clock.today()
    reminders = all_reminders(demo_services, today)
    kinds = {r.kind: r for r in reminders}
    prob = kinds["probation_ends"]
    assert prob.urgency is Urgency.SOON and prob.page == "members" and prob.record_kind == "member"
    member = demo_services.roster.member(prob.record_uuid)
    assert member.name in prob.title and prob.due == member.probation_ends_on()
    assert 20 <= (prob.due - today).days <= 40  # “ends next month”
    term = kinds["term_ends"]
    # the demo ends its term in 5 to 60 days (so it can cross into next year in late December)
    assert term.due == demo_services.branch.profile().term_ends_on and 5 <= (term.due - today).days <= 60


def test_documents_registry_makes_every_document(demo_services, demo_documents):
    """Every document of the registry printed from the demo (``demo_documents``: ``documents.make`` of each, under
    its suggested name) holds the branch's name."""
    year = demo_year()
    printed = demo_documents()
    assert list(printed) == [spec.key for spec in documents.documents()]
    for spec in documents.documents():
        name = documents.suggested_name(demo_services, spec.key, year)
        assert name.endswith(".pdf") and "/" not in name
        out = printed[spec.key]
        assert out.name == name
        assert out.exists() and demo_services.branch.profile().name in "\n".join(pdf_pages(out)).replace(" ", "")


def test_home_first_then_rest_is_all_of_home(demo_services):
    """The window paints 首页 from home_first (the branch only, nothing imported per record kind) and fills in
    home_rest after the first paint: together the same as home()."""
    import sys

    today = clock.today()
    first = dashboard.home_first(demo_services, today)
    assert first.state == "branch" and first.overview.name == demo_services.branch.profile().name
    assert first.reminders == [] and first.glance is None
    reminders, glance = dashboard.home_rest(demo_services, today)
    whole = dashboard.home(demo_services, today)
    assert first.overview == whole.overview
    assert [r.title for r in reminders] == [r.title for r in whole.reminders] and reminders
    assert [s.label for s in glance.stats] == [s.label for s in whole.glance.stats] and glance.stats
    assert "dangjian_desktop.services.reminders" in sys.modules  # (home_rest imported the providers)


def test_home_first_of_an_empty_store_and_of_headquarters(services):
    first = dashboard.home_first(services, clock.today())
    assert first.state == "empty" and first.overview is None and first.glance is None
    services.branch.init_headquarters("示范能源公司党委")
    first = dashboard.home_first(services, clock.today())
    assert (first.state, first.hq_name, first.overview, first.glance) == ("hq", "示范能源公司党委", None, None)
