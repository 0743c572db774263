"""年度党建工作台账: content from the services, every font embedded, pluggable chapters."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop import clock, features
from dangjian_desktop.domain.charts import BarChart, Series
from dangjian_desktop.domain.enums import MemberCategory
from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.ledger import LedgerSection, Table, Text, chapter_number
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.features import Feature
from dangjian_desktop.services import ledger
from tests.conftest import pdf_fonts, pdf_text


def test_chapter_numbers():
    assert [chapter_number(i) for i in (1, 9, 10, 11, 20, 23)] == ["一", "九", "十", "十一", "二十", "二十三"]


def test_demo_ledger_pdf_reads_as_a_ledger(demo_services, tmp_path):
    gone = [m for m in demo_services.roster.members(MemberFilter(include_inactive=True)) if m.status_date]
    year = gone[0].status_date.year  # the year the demo member transferred out (two months ago)
    out = ledger.ledger_pdf(demo_services, year, tmp_path / "ledger.pdf")
    text = pdf_text(out).replace(" ", "")
    branch = demo_services.branch.profile()
    assert f"{year}年度" in text and "党建工作台账" in text
    assert branch.name in text and branch.secretary_name in text
    for heading in ("目录", "一、党支部基本情况", "二、党员队伍情况", "、任期与换届", "、审核签字"):
        assert heading in text
    members = demo_services.roster.members(MemberFilter())
    for m in members:
        assert m.name in text
    full = sum(1 for m in members if m.category is MemberCategory.FULL)
    # the figure may wrap inside its cell (punctuation never hangs past the border): compare without line breaks
    assert f"{len(members)}名（正式{full}名，预备{len(members) - full}名）" in text.replace("\n", "")
    assert f"{branch.term_ends_on.year}年{branch.term_ends_on.month}月{branch.term_ends_on.day}日" in text
    # the member who transferred out that year appears among the year's changes
    assert gone[0].name in text and "转出" in text
    fonts = pdf_fonts(out)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)


def test_roster_breakdown_by_hand():
    """Ages on 2026-06-01: born 1990-06-01 is 36 that day, born 1990-06-02 still 35; 1981-06-01 is 45."""
    from dangjian_desktop.domain.roster import Member

    day = dt.date(2026, 6, 1)
    people = [Member(name="甲", birth_date=dt.date(1990, 6, 2), education="大学本科", gender="女", group_name="一组"),
              Member(name="乙", birth_date=dt.date(1990, 6, 1), education="大学本科", gender="男", group_name="一组"),
              Member(name="丙", birth_date=dt.date(1981, 6, 1), education="研究生", gender="男"),
              Member(name="丁", birth_date=None, education="", gender="男", category=MemberCategory.PROBATIONARY)]
    counts = ledger.roster_breakdown(people, day, ["一组", "二组"])
    assert dict(counts["age"]) == {"35岁及以下": 1, "36至45岁": 2, "未填写": 1}
    assert dict(counts["education"]) == {"大学本科": 2, "研究生": 1, "未填写": 1}
    assert dict(counts["gender"]) == {"女": 1, "男": 3}
    assert dict(counts["group"]) == {"一组": 2, "二组": 0, "未分组": 2}
    assert dict(counts["category"]) == {"正式党员": 3, "预备党员": 1}


def test_roster_chapter_chart_counts_every_member(demo_services):
    today = clock.today()
    chart = next(b for b in ledger.roster_section(demo_services, today.year, today)[0].blocks
                 if isinstance(b, BarChart))
    assert sum(chart.series[0].values) == len(demo_services.roster.members_on(today))


def test_providers_plug_in_chapters_in_order(demo_services, tmp_path, monkeypatch):
    def meetings(services, year, today):
        return [LedgerSection("meetings", "会议开展情况", 40, [
            Text("本年度共召开会议若干次。"),
            Table(("会议类型", "已开", "应开"), (("支部委员会", 11, 12),), (2, 1, 1)),
            BarChart("会议次数", ("支部委员会",), (Series("已开", (11.0,)),), required=(12.0,)),
        ])]

    def broken(services, year, today):
        raise RuntimeError("boom")

    import sys
    import types

    mod = types.ModuleType("fake_ledger_sections")
    mod.meetings, mod.broken = meetings, broken
    monkeypatch.setitem(sys.modules, "fake_ledger_sections", mod)
    with features.registered(Feature("fake_a", "假", ledger="fake_ledger_sections:meetings")), \
            features.registered(Feature("fake_b", "坏", ledger="fake_ledger_sections:broken")):
        book = ledger.collect(demo_services, clock.today().year)
        out = ledger.ledger_pdf(demo_services, clock.today().year, tmp_path / "l.pdf")
    keys = [s.key for s in book.sections]
    assert keys.index("roster") < keys.index("meetings") < keys.index("term")
    assert "（本部分生成失败）" in [s.title for s in book.sections]
    text = pdf_text(out).replace(" ", "")
    titles = [s.title for s in book.sections]
    n_meetings = titles.index("会议开展情况") + 1
    assert f"{chapter_number(n_meetings)}、会议开展情况" in text and "支部委员会" in text
    assert f"{chapter_number(titles.index('任期与换届') + 1)}、任期与换届" in text
    assert all(embedded for _, embedded in pdf_fonts(out))


def test_bad_year_and_empty_store_are_refused(demo_services, tmp_path):
    with pytest.raises(ValidationError):
        ledger.ledger_pdf(demo_services, 1990, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_empty_store_says_what_to_do(services, tmp_path):
    with pytest.raises(NotFoundError, match="设置"):
        ledger.ledger_pdf(services, clock.today().year, tmp_path / "x.pdf")



def test_a_long_table_flows_after_its_heading_instead_of_leaving_a_page_empty(demo_services, tmp_path, monkeypatch):
    """keepWithNext before a table that fits on one page moved heading and table whole to the next page."""
    import sys
    import types

    from pypdf import PdfReader

    rows = tuple((i, f"甲{i:02d}") for i in range(1, 41))  # about two thirds of a page

    def chapter(services, year, today):  # noqa: ANN001, ANN202
        return [LedgerSection("flow", "流式表格", 15, [
            Text("上一张表", "heading"), Table(("序号", "内容"), tuple((i, f"乙{i:02d}") for i in range(1, 31))),
            Text("下一张表", "heading"), Table(("序号", "内容"), rows)])]

    mod = types.ModuleType("fake_flow_sections")
    mod.chapter = chapter
    monkeypatch.setitem(sys.modules, "fake_flow_sections", mod)
    with features.registered(Feature("fake_flow", "流", ledger="fake_flow_sections:chapter")):
        out = ledger.ledger_pdf(demo_services, clock.today().year, tmp_path / "ledger.pdf")
    pages = [(p.extract_text() or "").replace(" ", "") for p in PdfReader(str(out)).pages]
    first = next(i for i, t in enumerate(pages) if "下一张表" in t)
    assert "乙30" in pages[first]  # the heading follows the first table on its page...
    assert "甲01" in pages[first].split("下一张表", 1)[1]  # ...with the start of its own table under it
    assert "甲40" in pages[first + 1] and "序号" in pages[first + 1]  # the rest flows on, header repeated
