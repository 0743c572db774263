"""The printed sheets of 党员承诺 and 党员活动室: content, embedded fonts, layout (header row repeated, wrapping)."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.domain.pledges import PledgeItem
from tests.conftest import pdf_fonts, pdf_text


def _pages(path):
    from pypdf import PdfReader

    return PdfReader(str(path)).pages


def _assert_fonts_embedded(path):
    fonts = pdf_fonts(path)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)


@pytest.fixture
def campaign(demo_services):
    return demo_services.pledges.campaigns()[0]


def test_notice_is_landscape_with_header_on_every_page_and_long_texts_inside(demo_services, campaign, tmp_path):
    s = demo_services.pledges
    # one member with a very long pledge, to make the cell wrap over many lines
    m = s.members_without_pledges(campaign.uuid)[0]
    long_text = "认真学习贯彻党的二十大精神，" * 12 + "全年不少于二十次。"
    it = s.save_item(campaign.uuid, m.uuid, PledgeItem(content=long_text, category="学习提升", measures="每周学习"))
    s.approve([it.uuid], on=dt.date(campaign.year, 3, 1))
    out = s.notice_pdf(campaign.year, tmp_path / "公示表.pdf")
    pages = _pages(out)
    assert len(pages) > 2
    sheets = [sh for sh in s.sheets(campaign.uuid) if sh.approved_items]
    texts = [page.extract_text().replace("\n", "") for page in pages]
    for page, text in zip(pages, texts, strict=True):
        box = page.mediabox
        assert float(box.width) > float(box.height)  # landscape
        if any(sh.member_name in text for sh in sheets):  # a page holding table rows repeats the header row
            assert "承诺内容" in text and "完成时限" in text
    # the closing block (stamp line, date, generated-at note) is never split over two pages
    closing = [i for i, t in enumerate(texts) if "（盖章）" in t or "本表由党支部工作台账于" in t]
    assert len(closing) == 1, closing
    assert "（盖章）" in texts[closing[0]] and "本表由党支部工作台账于" in texts[closing[0]]
    text = pdf_text(out)
    assert "党员承诺公示表" in text and campaign.title in text
    assert all(sh.member_name in text for sh in sheets)
    assert m.name in text
    # the returned, vague pledge of the demo is not on the notice board
    assert "努力做好本职工作，发挥党员作用" not in text.replace("\n", "")
    flat = text.replace("\n", "")
    assert "全年不少于二十次" in flat  # the end of the long text is printed: it wrapped, nothing cut off
    _assert_fonts_embedded(out)


def test_letter_has_items_and_signature_line(demo_services, campaign, tmp_path):
    s = demo_services.pledges
    sheet = next(sh for sh in s.sheets(campaign.uuid) if sh.approved_items)
    out = s.letter_pdf(campaign.uuid, sheet.member_uuid, tmp_path / "承诺书.pdf")
    text = pdf_text(out)
    assert "党员承诺书" in text and sheet.member_name in text
    assert "承诺人（签字）" in text and "支部审核意见" in text
    assert sheet.items[0].content[:10] in text.replace("\n", "")
    _assert_fonts_embedded(out)


def test_summary_has_figures_unmet_explanations_pairs_and_missing_members(demo_services, campaign, tmp_path):
    s = demo_services.pledges
    out = s.summary_pdf(campaign.year, tmp_path / "汇总.pdf")
    text = pdf_text(out).replace("\n", "")
    summary = s.summary(campaign.uuid)
    assert f"{summary.members_pledged}名作出承诺" in text
    assert f"已评诺{summary.evaluated}名" in text
    assert "未完全兑现承诺的说明" in text and "“一带二”帮带情况" in text
    for p in s.pairs(campaign.uuid):
        assert p.mentor_name in text and p.mentees[0] in text
    for m in s.members_without_pledges(campaign.uuid):
        assert m.name in text
    assert "党支部书记（签字）" in text
    _assert_fonts_embedded(out)


def test_inspection_report_has_results_photos_rectifications_signatures(demo_services, tmp_path):
    r = demo_services.room
    ins = r.inspections()[0]
    out = r.report_pdf(ins.uuid[:8], tmp_path / "检查.pdf")
    text = pdf_text(out).replace("\n", "")
    assert "五有十上墙" in text and "检查结果" in text and "整改清单" in text
    assert "88.2分" in text and "不达标" in text
    assert "发展党员工作流程" in text and "已逾期" in text
    assert "检查人（签字）" in text and "党支部书记（签字）" in text
    assert "现场照片" in text and "三会一课制度" in text
    from pypdf import PdfReader

    images = sum(len(p.images) for p in PdfReader(str(out)).pages)
    assert images == 2  # the two demo photos as thumbnails
    _assert_fonts_embedded(out)


def test_report_for_unknown_year_or_id_is_a_clear_error(demo_services, tmp_path):
    with pytest.raises(NotFoundError, match="1999年"):
        demo_services.pledges.notice_pdf(1999, tmp_path / "x.pdf")
    with pytest.raises(NotFoundError, match="找不到"):
        demo_services.room.report_pdf("00000000", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_longest_texts_flow_over_pages_without_layout_errors(demo_services, campaign, tmp_path):
    """1000-character pledges and remarks (the most the app keeps) are cut into continued rows, never lost."""
    from dangjian_desktop.domain.room import Result

    s = demo_services.pledges
    m = s.members_without_pledges(campaign.uuid)[0]
    text = ("坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，认真落实三会一课制度。" * 30)[:990] + "末尾标记甲乙"
    for _ in range(3):
        it = s.save_item(campaign.uuid, m.uuid, PledgeItem(content=text, measures=text, category="学习提升"))
        s.approve([it.uuid], on=dt.date(campaign.year, 3, 1))
    for out in (s.notice_pdf(campaign.year, tmp_path / "n.pdf"), s.summary_pdf(campaign.year, tmp_path / "s.pdf"),
                s.letter_pdf(campaign.uuid, m.uuid, tmp_path / "l.pdf")):
        flat = pdf_text(out).replace("\n", "")
        assert flat.count("末尾标记甲乙") >= 3, out.name
        pages = [page.extract_text() for page in _pages(out)]
        for i, text in enumerate(pages):
            # the table's header on every page; only the closing signature lines may stand on a last page alone
            assert "承诺内容" in text or "承诺事项" in text or (i == len(pages) - 1 and "签字" in text), (out.name, i)
    r = demo_services.room
    ins = r.inspection(r.inspections()[0].uuid)
    for x in ins.results:
        if x.result is Result.FAIL:
            x.remark = text
    ins.rectifications[0].measure = text
    r.save_inspection(ins)
    out = r.report_pdf(ins.uuid, tmp_path / "i.pdf")
    assert pdf_text(out).replace("\n", "").count("末尾标记甲乙") == 3
