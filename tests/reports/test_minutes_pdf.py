"""会议记录, 会议记录本 and 签到表 PDFs: content, embedded fonts, long minutes flowing with the header repeated."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.meetings import AbsenceReason, AgendaItem, MeetingFilter, MeetingType, Vote
from dangjian_desktop.services.container import Services
from tests.conftest import demo_year, pdf_fonts, pdf_text

T = MeetingType


def _record(s: Services, minutes: str, **kw):  # noqa: ANN003, ANN202
    m = s.meetings.new_meeting([T.ASSEMBLY], dt.date(2026, 5, 20))
    m.title = "第二季度支部党员大会"
    m.host, m.recorder, m.place = "主持甲", "记录乙", "三楼会议室"
    m.start_time, m.end_time = dt.time(14, 30), dt.time(16, 0)
    m.agenda = [AgendaItem("第一议题：学习习近平总书记重要讲话精神", True, "学习形式：集中学习"),
                AgendaItem("讨论接收预备党员")]
    m.attendees[1].present = False
    m.attendees[1].reason = AbsenceReason.SICK
    m.attendees[1].reason_text = "住院治疗"
    m.observers = "公司党委组织部 王干事"
    m.minutes = minutes
    m.resolutions = "同意接收李卫华同志为中共预备党员。"
    m.votes = [Vote("接收李卫华同志为中共预备党员", m.voting_present - 1, 0, 1)]
    for k, v in kw.items():
        setattr(m, k, v)
    return s.meetings.save(m, today=dt.date(2026, 11, 25))


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def test_minutes_pdf_has_the_record_book_fields(demo_services: Services, tmp_path: Path):
    s = demo_services
    m = _record(s, "主持甲宣布到会情况，会议有效。\n与会同志进行了讨论。\n散会。")
    out = s.meetings.minutes_pdf(m.uuid, tmp_path / "m.pdf")
    text = pdf_text(out)
    flat = re.sub(r"\s+", "", text)
    for needle in ("会议记录", "会议类型", "支部党员大会", "2026年5月20日", "14:30—16:00", "三楼会议室", "主持甲",
                   "记录乙", "应到人数", "实到人数", "缺席人员", "病假：住院治疗", "列席人员", "公司党委组织部王干事",
                   "【第一议题】学习习近平总书记重要讲话精神", "讨论接收预备党员", "散会。", "会议决议", "表决情况",
                   "通过", "主持人（签字）", "记录人（签字）", m.absent[0].name):
        assert needle in flat, needle
    assert "会议有效" in flat
    fonts = pdf_fonts(out)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert not any("Helvetica" in name for name, _ in fonts)


def test_very_long_minutes_flow_with_header_repeated(demo_services: Services, tmp_path: Path):
    s = demo_services
    para = ("会议围绕安全生产、设备检修、党员先锋岗建设等工作进行了深入讨论，与会同志一致认为，"
            "要坚持把党的政治建设摆在首位，推动党建工作与生产经营深度融合，做到两手抓、两促进。")
    minutes = "\n".join(f"{i}．{para * (1 + i % 3)}" for i in range(1, 61))
    # punctuation at every position near the end of a line: one of them must be pushed to the line start
    minutes += "\n" + "\n".join("测" * k + "，试试。" + "验" * 10 + "。" for k in range(25, 45))
    m = _record(s, minutes)
    out = s.meetings.minutes_pdf(m.uuid, tmp_path / "long.pdf")
    from pypdf import PdfReader

    pages = [p.extract_text() or "" for p in PdfReader(str(out)).pages]
    assert len(pages) >= 5
    for page in pages[1:]:
        assert "会议记录" in page and "（续）" in page and "主持人：主持甲" in page
    assert "（续）" not in pages[0]
    for ln in _lines("\n".join(pages)):
        assert not ln.startswith(("，", "。", "、", "；", "）", "”")), ln
    assert "60．" in re.sub(r"\s+", "", "".join(pages))


def test_draft_is_marked(demo_services: Services, tmp_path: Path):
    s = demo_services
    m = _record(s, "简短记录。")
    assert "草稿" in pdf_text(s.meetings.minutes_pdf(m.uuid, tmp_path / "d.pdf"))
    s.meetings.finalise(m.uuid, today=dt.date(2026, 11, 25))
    s.meetings.amend(m.uuid, "决议", "同意接收李卫华同志为中共预备党员，报上级党委审批。", "补充报批", on=dt.date(2026, 6, 1))
    text = re.sub(r"\s+", "", pdf_text(s.meetings.minutes_pdf(m.uuid, tmp_path / "f.pdf")))
    assert "草稿" not in text and "更正记录" in text and "补充报批" in text


@pytest.mark.slow
def test_minutes_book_cover_contents_and_pages(demo_services: Services, tmp_path: Path):
    from pypdf import PdfReader

    s = demo_services
    year = demo_year()
    out = s.meetings.minutes_book_pdf(year, tmp_path / "book.pdf")
    raw = [p.extract_text() or "" for p in PdfReader(str(out)).pages]
    pages = [re.sub(r"\s+", "", p) for p in raw]
    branch = s.branch.profile()
    assert "三会一课记录本" in pages[0] and f"{year}年度" in pages[0]
    assert branch.name in pages[0] and branch.secretary_name in pages[0]
    assert "目录" in pages[1]
    held = sorted((x for x in s.meetings.list(MeetingFilter(year=year)) if x.date <= clock.today()
                   and x.status.value == "定稿"), key=lambda x: x.date)  # the book holds the finalised records
    contents = [ln.strip() for p in raw[1:8] if "页码" in p for ln in p.splitlines()]
    for x in (held[0], held[len(held) // 2], held[-1]):
        i = contents.index(x.date.isoformat())
        page = int(next(ln for ln in contents[i + 1:] if ln.isdigit()))
        start_page = pages[page]  # the cover is not numbered: printed page N is the (N+1)th page of the file
        assert start_page.startswith("会议记录") and x.title.replace(" ", "") in start_page, (x.title, page)
        assert f"第{page}页" in start_page and "（续）" not in start_page
        assert "（续）" in pages[page + 1] or pages[page + 1].startswith("会议记录")  # continues, or the next record
    fonts = pdf_fonts(out)
    assert all(embedded for _, embedded in fonts)


def test_signin_sheet_lists_the_expected_with_empty_signatures(demo_services: Services, tmp_path: Path):
    s = demo_services
    planned = next(x for x in s.meetings.list() if x.date > clock.today())
    m = s.meetings.get(planned.uuid)
    out = s.meetings.signin_pdf(m.uuid, tmp_path / "sign.pdf")
    flat = re.sub(r"\s+", "", pdf_text(out))
    assert "签到表" in flat and "本人签名" in flat and f"应到{m.expected}人" in flat
    for a in m.attendees:
        assert a.name in flat
    assert all(embedded for _, embedded in pdf_fonts(out))
