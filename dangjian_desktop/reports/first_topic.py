"""第一议题学习台账 (landscape A4): one row per study in date order — the meeting, the text studied with its source and
the date of the speech, who led it, how it was studied and the follow-up measures — under the year's share of
meetings that opened with one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from dangjian_desktop.domain.first_topic import FirstTopicEntry, Share
from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.reports.styles import (
    FormalDocument,
    closing_block,
    end_with,
    data_table,
    scaled_widths,
    signature_block,
)
from dangjian_desktop.reports.tables import split_tall_rows

HEADERS = ["序号", "日期", "会议", "学习内容（篇目、出处、讲话日期）", "领学人", "学习形式", "贯彻落实措施"]
WIDTHS_MM = [11, 20, 42, 74, 18, 28, 80]


def study_cell(e: FirstTopicEntry) -> str:
    where = e.study.source_text
    return e.title + (f"\n（{where}）" if where else "")


def build_first_topic_pdf(path: Path | str, branch: Branch, year: int, entries: Sequence[FirstTopicEntry],
                          share: Share) -> Path:
    doc = FormalDocument(path, title=f"{branch.name}{year}年第一议题学习台账", branch_name=branch.name,
                         landscape_mode=True, subject="第一议题学习台账")
    s = doc.styles
    story: list = [s.p("第一议题学习台账", s.title), s.p(f"{branch.name}　{year}年度", s.subtitle)]
    summary = f"{year}年支委会、党员大会、党小组会共{share.meetings}次，以第一议题学习开篇{share.opened}次"
    if share.meetings:
        summary += f"（{share.percent}%）"
    story.append(s.p(summary + f"；全年第一议题学习{len(entries)}次。", s.body_flush))
    widths = scaled_widths(WIDTHS_MM, doc.frame_width)
    rows = [[str(i), f"{e.date.month}月{e.date.day}日", e.meeting, study_cell(e), e.led_by, e.form, e.study.follow_up]
            for i, e in enumerate(entries, start=1)]
    if rows:
        rows, _ = split_tall_rows(s, rows, widths, (3, 6), doc.frame_height / 3)
        story.append(data_table(s, HEADERS, rows, widths,
                                align=["center", "center", "left", "left", "center", "left", "left"]))
    else:
        story.append(s.p("（本年度尚无第一议题学习记录）", s.body_flush))
    note = s.p("注：按会议日期排列，一次会议一行；“学习形式”“贯彻落实措施”为会议记录中第一议题的登记内容。", s.small)
    story.append(note)
    end_with(story, closing_block(s, signature_block(s, ["党支部书记", "组织委员"], doc.frame_width)))
    return doc.build(story)

