"""Ledger chapters and 首页 figures from the meetings, pledges and room services: the same numbers those services
give (skipped in a build without the feature)."""

from __future__ import annotations

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.charts import BarChart, Progress
from dangjian_desktop.services import dashboard, ledger, yearbook
from dangjian_desktop.services.reminders import all_reminders
from tests.conftest import demo_year, pdf_fonts, pdf_text


def _need(services, name):  # noqa: ANN001
    if getattr(services, name, None) is None:
        pytest.skip(f"this build has no {name} service")


def test_meetings_figures_are_the_meeting_services_numbers(demo_services):
    _need(demo_services, "meetings")
    today = clock.today()
    report = demo_services.meetings.compliance(today.year, today)
    g = yearbook.meetings_glance(demo_services, today.year, today)
    missing = next(s for s in g.stats if s.label == "今年应开未开")
    assert missing.value == f"{report.missing_count}期" and missing.warn == (report.missing_count > 0)
    chart = next(c for c in g.charts if isinstance(c, BarChart) and c.key == "meetings_by_type")
    assert sum(chart.series[0].values) == sum(p.held for r in report.rows for p in r.periods)
    assert sum(chart.required) == sum(p.required for r in report.rows for p in r.periods)
    rates = demo_services.meetings.attendance(today.year)
    att = next(c for c in g.charts if isinstance(c, Progress) and c.key == "attendance")
    assert (att.done, att.total) == (sum(r.present for r in rates), sum(r.expected for r in rates))
    sections = {s.key: s for s in yearbook.meetings_sections(demo_services, today.year, today)}
    assert {"meetings", "attendance"} <= set(sections)


def test_pledges_and_room_figures(demo_services):
    _need(demo_services, "pledges")
    _need(demo_services, "room")
    today = clock.today()
    campaign = demo_services.pledges.campaign_for_year(demo_year(today))
    s = demo_services.pledges.summary(campaign.uuid)
    g = yearbook.pledges_glance(demo_services, campaign.year, today)
    ev = next(c for c in g.charts if c.key == "evaluated")
    assert (ev.done, ev.total) == (s.evaluated, s.members_pledged)
    rects = demo_services.room.rectifications()
    overdue = [r for r in rects if r.is_overdue(today)]
    rg = yearbook.room_glance(demo_services, today.year, today)
    assert rg.stats[0].warn == bool(overdue)
    # 首页 shows the overdue rectification among the reminders (the room feature's own provider)
    if overdue:
        assert any(r.page == "room" and r.due and r.due < today for r in all_reminders(demo_services, today))


def test_full_demo_ledger(demo_services, tmp_path):
    _need(demo_services, "meetings")
    today = clock.today()
    book = ledger.collect(demo_services, today.year, today)
    titles = [s.title for s in book.sections]
    assert "组织生活开展情况" in titles and "党员参加组织生活情况" in titles
    assert "（本部分生成失败）" not in titles
    out = ledger.ledger_pdf(demo_services, today.year, tmp_path / "full.pdf")
    text = pdf_text(out).replace(" ", "")
    assert "逐月开展情况" in text and "会议记录目录" in text
    assert all(embedded for _, embedded in pdf_fonts(out))
    glance = dashboard.year_glance(demo_services, today.year, today)
    assert any(c.key == "meetings_by_type" for c in glance.charts)
