"""The 第一议题学习台账 and the 党员学习学时统计表 of a demo year, as paper: landscape A4, fonts embedded, the header
row on every page, every study and every member, and the signature lines never on a page of their own."""

from __future__ import annotations

from pypdf import PdfReader

from dangjian_desktop import clock
from dangjian_desktop.services.container import Services
from tests.conftest import demo_year, pdf_fonts

NOTE = "本表由党支部工作台账于"


def _pages(path) -> list[str]:  # noqa: ANN001
    return [(p.extract_text() or "").replace(" ", "").replace("\n", "") for p in PdfReader(str(path)).pages]


def _landscape_with_fonts(path) -> None:  # noqa: ANN001
    for page in PdfReader(str(path)).pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)  # A4 across
    fonts = pdf_fonts(path)
    assert fonts and all(embedded for _, embedded in fonts) and not any("Helvetica" in n for n, _ in fonts)


def test_first_topic_ledger_and_study_hours_table_on_paper(demo_services: Services, tmp_path):
    s, year, today = demo_services, demo_year(), clock.today()

    entries = s.first_topic.entries(year, today)
    ledger = s.first_topic.ledger_pdf(year, tmp_path / "第一议题学习台账.pdf", today)
    _landscape_with_fonts(ledger)
    pages = _pages(ledger)
    assert len(pages) >= 2  # a demo year fills more than one page: the header must come back
    for text in pages:
        assert "学习内容（篇目、出处、讲话日期）" in text and "贯彻落实措施" in text
    # one row per study, numbered in date order: the last number is the count, on the last page with the signatures
    assert entries == sorted(entries, key=lambda e: e.date) and len(entries) >= 2
    assert f"{len(entries)}{entries[-1].date.month}月{entries[-1].date.day}日" in pages[-1]
    assert "党支部书记（签字）" in pages[-1] and NOTE in pages[-1]
    assert all(NOTE not in t for t in pages[:-1])

    y = s.study_hours.year(year, today)
    table = s.study_hours.pdf(year, tmp_path / "党员学习学时统计表.pdf", today)
    _landscape_with_fonts(table)
    pages = _pages(table)
    for text in pages:
        assert "合计学时" in text and "年度要求" in text
    whole = "".join(pages)
    for r in y.rows:  # every member listed
        assert whole.count(r.name) >= 1
    last = pages[-1]
    assert y.rows[-1].name in last and "党支部书记（签字）" in last  # a member's row goes with the signatures
