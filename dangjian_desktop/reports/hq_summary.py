"""上级党委 summary across branches: last data package, members, and each record kind's declared figures
(meetings held/required, pledges, open rectifications…)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from dangjian_desktop import clock
from dangjian_desktop.features import HqFigure
from dangjian_desktop.domain.exchange import BranchOverview, fmt_utc
from dangjian_desktop.reports.styles import FormalDocument, closing_block, end_with, data_table, fmt_date, signature_block

HEADERS = ["序号", "党支部", "最近数据包", "在册党员"]  # then (label, key) of each declared figure
WIDTHS_MM = [12, 70, 34, 18]
FIGURE_WIDTH_MM = 22


def build_hq_summary_pdf(path: Path | str, hq_name: str, year: int, branches: Sequence[BranchOverview],
                         columns: Sequence[HqFigure], *, as_of: dt.date | None = None) -> Path:
    """``columns``: the figures shown per branch (the kinds' declared ``hq_columns``)."""
    as_of = as_of or clock.today()
    title = f"{hq_name}所属党支部工作情况汇总表" if hq_name else "所属党支部工作情况汇总表"
    doc = FormalDocument(path, title=title, branch_name=hq_name, landscape_mode=True, subject="党支部工作情况汇总")
    s = doc.styles
    members = sum(b.members for b in branches)
    story = [
        s.p(title, s.title),
        s.p(f"{year}年度　截至{fmt_date(as_of)}　共{len(branches)}个党支部，在册党员{members}名", s.subtitle),
    ]
    rows = []
    for i, b in enumerate(branches, start=1):
        rows.append([str(i), b.name, fmt_utc(b.last_package_at) or "尚未报送", str(b.members),
                     *(c.text(b.figures.get(c.key)) for c in columns)])
    all_mm = [*WIDTHS_MM, *([FIGURE_WIDTH_MM] * len(columns))]
    scale = doc.frame_width / (sum(all_mm) * mm)
    widths = [w * mm * scale for w in all_mm]
    if rows:
        story.append(data_table(s, [*HEADERS, *(c.label for c in columns)], rows, widths,
                                align=["center", "left", "center", *(["center"] * (1 + len(columns)))]))
    else:
        story.append(s.p("（尚未导入任何党支部的数据包）", s.body_flush))
    story.append(Spacer(1, 3 * mm))
    story.append(s.p("说明：“最近数据包”为党支部导出数据包的时间；“—”表示本程序尚无该项记录。", s.small))
    end_with(story, closing_block(s, signature_block(s, ["制表人", "审核人"], doc.frame_width)))
    return doc.build(story)
