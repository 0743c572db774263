"""Printed pages with no orphans and no cosmetic slips (issue 16, paper items 9 and 11): signature lines never
alone on a page, punctuation inside its cell, no line ending in an opening bracket, merged value cells white,
a running header on one line, a ledger whose contents carries page numbers and whose cover is not numbered,
target lines that leave the value labels readable."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm

from dangjian_desktop import clock
from dangjian_desktop.domain.charts import BarChart, Series
from dangjian_desktop.reports import charts
from dangjian_desktop.reports.minutes import running_header
from dangjian_desktop.reports.styles import (
    FormalDocument,
    Styles,
    closing_block,
    end_with,
    form_table,
    signature_block,
)
from tests.conftest import pdf_pages

CLOSING = re.compile(r"签字|年\s+月\s+日|本表由|^第\s*\d+\s*页|共\s*\d+\s*页|（续）|示范能源公司检修分公司党支部$")


def _content_lines(page_text: str) -> list[str]:
    """The lines of a page that are not the closing block, footer or running header."""
    lines = [line.strip() for line in page_text.splitlines() if line.strip()]
    return [line for line in lines if not CLOSING.search(line)]


def _signature_pages_without_content(path: Path) -> list[tuple[int, list[str]]]:
    bad = []
    for i, text in enumerate(pdf_pages(path), start=1):
        if "签字" not in text:
            continue
        content = _content_lines(text)
        if len(content) < 2 or sum(len(line) for line in content) < 20:
            bad.append((i, content))
    return bad


@pytest.fixture(scope="module")
def printed(tmp_path_factory, demo_copy, demo_documents):  # noqa: ANN001
    """Every document of the demo branch (the session's prints: ``demo_documents``), and every meeting's minutes and
    a pledge letter printed once for the module."""
    from dangjian_desktop.services.container import Services

    out = tmp_path_factory.mktemp("printed")
    files: dict[str, Path] = demo_documents()
    services = Services.open(demo_copy(out / "data"))
    try:
        for row in services.meetings.list():
            files[f"minutes-{row.uuid}"] = services.meetings.minutes_pdf(row.uuid, out / f"m-{row.uuid}.pdf")
        sheet = next(r.sheet for r in services.pledges.overview(services.pledges.campaigns()[0].uuid) if r.sheet)
        files["letter"] = services.pledges.letter_pdf(services.pledges.campaigns()[0].uuid, sheet.member_uuid,
                                                      out / "letter.pdf")
    finally:
        services.close()
    return files


def test_no_page_holds_only_the_signature_lines(printed):
    assert {"minutes-book", "pledge-summary", "ledger", "roster"} <= set(printed)
    bad = {key: pages for key, path in printed.items() if (pages := _signature_pages_without_content(path))}
    assert not bad, bad


@pytest.mark.parametrize("filler_lines", range(30, 46))
def test_the_closing_block_takes_lines_of_the_text_with_it(tmp_path, filler_lines):
    """A page filled to every height in turn: the signature lines always come with some of the text before."""
    doc = FormalDocument(tmp_path / "x.pdf", title="测试", branch_name="测试党支部")
    s = doc.styles
    story: list = [s.p(f"第{i}段：会议讨论了有关事项，大家发表了意见。", s.body) for i in range(filler_lines)]
    story.append(s.p("散会。", s.body))
    end_with(story, closing_block(s, signature_block(s, ["主持人", "记录人"], doc.frame_width)))
    bad = _signature_pages_without_content(doc.build(story))
    assert not bad, bad


PUNCT = "，。、；：？！）》”"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("党支部会议记录学习讨论决定整改") + list(PUNCT) + ["（", "《", "“"]),
                min_size=5, max_size=80),
       st.integers(min_value=3, max_value=14))
def test_chinese_lines_never_pass_the_right_edge_nor_end_in_an_opening_bracket(chars, width_chars):
    s = _styles()
    text = "".join(chars)
    p = s.p(text, s.cell)
    p.wrap(width_chars * 10.5 + 1, 10_000)
    lines = p.blPara.lines
    for k, line in enumerate(lines):
        extra, words = (line[0], line[1]) if isinstance(line, tuple) else (line.extraSpace, line.words)
        body = "".join(words) if isinstance(line, tuple) else "".join(w.text for w in words)
        assert extra >= -0.01, (text, width_chars, body)  # nothing hangs past the edge
        if k < len(lines) - 1 and len(body) > 1:
            assert body[-1] not in "（《“【", (text, body)


_STYLES: list[Styles] = []


def _styles() -> Styles:
    if not _STYLES:
        _STYLES.append(Styles())
    return _STYLES[0]


def test_an_overdue_rectification_keeps_its_bracket_with_its_words():
    s = _styles()
    p = s.p("已逾期（整改中）", s.cell_center)
    p.wrap(4 * 10.5 + 1, 1000)
    first = p.blPara.lines[0]
    text = "".join(first[1]) if isinstance(first, tuple) else "".join(w.text for w in first.words)
    assert not text.endswith("（")


def test_a_value_merged_over_a_label_column_is_white():
    s = _styles()
    t = form_table(s, [["会议名称", "支部委员会", "", ""], ["会议类型", "支委会", "会议日期", "2026年1月6日"]],
                   [20 * mm, 60 * mm, 20 * mm, 60 * mm], label_columns=(0, 2), spans=[((1, 0), (3, 0))])
    grey = {(c0, r0) for _cmd, (c0, r0), _end, *_ in t._bkgrndcmds}  # noqa: SLF001
    assert (0, 0) in grey and (0, 1) in grey and (2, 1) in grey
    assert (2, 0) not in grey  # under the merged 会议名称


def test_the_running_header_of_a_long_meeting_type_fits_one_line():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dangjian_desktop.domain.meetings import Meeting, MeetingType

    s = _styles()
    width = 156 * mm - 8
    m = Meeting(types=[MeetingType.LIFE_MEETING, MeetingType.APPRAISAL], date=clock.today(), host="彭永红",
                recorder="胡军")
    m.start_time, m.end_time = dt.time(9), dt.time(12, 30)
    text = running_header(m, lambda t: stringWidth(t, s.fonts.body, 9.5) <= width)
    assert stringWidth(text + "（续）", s.fonts.body, 9.5) <= width
    assert "组织生活会" in text and "记录人" in text


def test_the_ledger_cover_is_not_numbered_and_its_contents_give_each_chapter_page(printed):
    pages = pdf_pages(printed["ledger"])
    assert not re.search(r"第\s*\d+\s*页", pages[0])  # the cover
    total = len(pages) - 1
    assert re.search(rf"第\s*1\s*页\s*共\s*{total}\s*页", pages[1])  # the contents page is page 1
    entries = re.findall(r"([一二三四五六七八九十]+、[^\n]+?)\s+(\d+)\s*$", pages[1], re.M)
    assert len(entries) >= 5, pages[1]
    for title, number in entries:
        page = pages[int(number)]  # printed page N is the (N+1)th page of the file
        assert title.replace(" ", "") in page.replace(" ", ""), (title, number)
        assert re.search(rf"第\s*{number}\s*页", page)


def test_the_minutes_book_contents_match_its_pages(printed):
    pages = pdf_pages(printed["minutes-book"])
    assert not re.search(r"第\s*\d+\s*页", pages[0])  # the cover
    entries = re.findall(r"\d{4}-\d{2}-\d{2}\n[^\n]+\n([^\n]+)\n(\d+)\n", pages[1])
    assert len(entries) >= 5, pages[1]
    for title, number in entries:
        page = pages[int(number)]  # printed page N is the (N+1)th page of the file
        assert "会 议 记 录" in page and re.search(rf"第\s*{number}\s*页", page), (title, number)
        assert title.replace(" ", "")[:8] in page.replace(" ", "").replace("\n", ""), (title, number)


def test_target_lines_leave_the_value_labels_readable():
    chart = BarChart("各类会议", ["支委会", "党小组会", "党课"], [Series("已开", [10.0, 32.0, 1.0])],
                     required=[12.0, 36.0, 4.0], unit="次")
    d = charts.bar_drawing(chart, 400)
    chart_obj = next(c for c in d.contents if c.__class__.__name__ == "VerticalBarChart")
    top = chart_obj.valueAxis.valueMax
    slot = chart_obj.width / 3
    lines = [c for c in d.contents if c.__class__.__name__ == "Line" and getattr(c, "strokeDashArray", None)]
    for i, (value, req) in enumerate(zip(chart.series[0].values, chart.required, strict=True)):
        label_y = chart_obj.y + chart_obj.height * value / top + chart_obj.barLabels.nudge
        line_y = chart_obj.y + chart_obj.height * req / top
        centre = chart_obj.x + slot * (i + 0.5)
        mine = [ln for ln in lines if abs(ln.y1 - line_y) < 0.01 and chart_obj.x + slot * i <= ln.x1 <=
                chart_obj.x + slot * (i + 1)]
        assert mine, i
        if label_y - 2 <= line_y <= label_y + chart_obj.barLabels.fontSize + 2:  # would cross the label
            assert all(not (ln.x1 < centre < ln.x2) for ln in mine), i
