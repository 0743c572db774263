"""党支部工作情况汇总表 at headquarters: the compliance matrix (branches × requirements, held/required, gaps in red,
totals row, header repeated) and the branches that need attention, with their reasons (landscape A4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Spacer, TableStyle

from dangjian_desktop.domain.oversight import BranchOverview
from dangjian_desktop.domain.oversight_matrix import Column, cell_text, short, totals, value
from dangjian_desktop.reports.styles import (
    FormalDocument,
    closing_block,
    data_table,
    end_with,
    fmt_date,
    signature_block,
)

GAP_FILL = colors.HexColor("#FBE3E1")
GAP_TEXT = colors.HexColor("#B22222")
TOTAL_FILL = colors.HexColor("#F2F2F2")
NAME_MM, NO_MM, PACKAGE_MM, CELL_MM, DATE_MM = 36, 8, 17, 14, 13
MONTH = "%Y-%m"  # a date in the narrow printed matrix: its month is enough


def build_summary_pdf(path: Path | str, hq_name: str, year: int, rows: Sequence[BranchOverview],
                      cols: Sequence[Column], attention: Sequence[BranchOverview], as_of: dt.date,
                      span: str = "全年",
                      reported: Sequence[tuple[str, Sequence[str]]] = ()) -> Path:
    """``reported``: (figure label, one text per row of ``rows``) of every figure the record kinds declare, as the
    branches' packages carried them — printed after the matrix, a dozen columns a table."""
    title = f"{hq_name}所属党支部工作情况汇总表" if hq_name else "所属党支部工作情况汇总表"
    doc = FormalDocument(path, title=title, branch_name=hq_name, landscape_mode=True, subject="党支部工作情况汇总")
    s = doc.styles
    members = sum(r.members for r in rows)
    story: list = [
        s.p(title, s.title),
        s.p(f"{year}年度{'' if span == '全年' else '　' + span}　截至{fmt_date(as_of)}　共{len(rows)}个党支部，"
            f"在册党员{members}名", s.subtitle),
    ]
    if not rows:
        story.append(s.p("（尚未导入任何党支部的数据包）", s.body_flush))
    else:
        # a smaller type than the house table: a score of requirement columns fit the landscape page
        small = ParagraphStyle("matrix", parent=s.cell_center, fontSize=8, leading=10.5)
        small_left = ParagraphStyle("matrix_left", parent=s.cell, fontSize=8, leading=10.5)
        house_head = s.head
        s.head = ParagraphStyle("matrix_head", parent=house_head, fontSize=8, leading=10.5)

        def line(*cells: str) -> list:
            return [s.p(t, small_left if k == 1 else small) for k, t in enumerate(cells)]

        headers = ["序号", "党支部", "数据包", *(c.label for c in cols)]
        body = []
        for i, r in enumerate(rows, start=1):
            body.append(line(str(i), r.name, r.last_package.strftime("%Y-%m-%d") if r.last_package else "未收到",
                             *(cell_text(value(r, c), MONTH) for c in cols)))
        tot = totals(list(rows), list(cols))
        body.append(line("", "合计", "", *(cell_text(tot[c.key], MONTH) if c.kind != "date" else "" for c in cols)))
        fixed = NO_MM + NAME_MM + PACKAGE_MM
        # a month (2026-08) keeps to one line; the held/required and count columns share what is left
        dates = sum(1 for c in cols if c.kind == "date")
        cell = max(9.0, min(CELL_MM, (doc.frame_width / mm - fixed - DATE_MM * dates) / max(1, len(cols) - dates)))
        widths = [w * mm for w in (NO_MM, NAME_MM, PACKAGE_MM,
                                   *(DATE_MM if c.kind == "date" else cell for c in cols))]
        scale = min(1.0, doc.frame_width / sum(widths))
        widths = [w * scale for w in widths]
        table = data_table(s, headers, body, widths, align=["center", "left", "center", *(["center"] * len(cols))])
        s.head = house_head
        cmds = [("BACKGROUND", (0, len(body)), (-1, len(body)), TOTAL_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5)]
        for i, r in enumerate(rows, start=1):
            if r.last_package is None or any("数据包" in t for t in r.attention):
                cmds.append(("BACKGROUND", (2, i), (2, i), GAP_FILL))
            for j, c in enumerate(cols, start=3):
                if short(value(r, c), c) or (c.key == "term_end" and any("任期" in t for t in r.attention)):
                    cmds.append(("BACKGROUND", (j, i), (j, i), GAP_FILL))
        table.setStyle(TableStyle(cmds))
        story.append(table)
        story.append(Spacer(1, 2 * mm))
        story.append(s.p("说明：会议一栏为“已开/应开”，按各党支部自己在“会议规则”中设定的要求计算，只计已结束或已完成的"
                         "周期；底色标出缺漏、逾期和需要关注的项目；“—”表示该支部的数据包中没有这一项。", s.small))
    story.append(s.p("需要关注的党支部", s.h2))
    if attention:
        story.append(data_table(
            s, ["序号", "党支部", "需要关注的事项"],
            [[str(i), b.name, "；".join(b.attention)] for i, b in enumerate(attention, start=1)],
            [w * doc.frame_width / 277 for w in (12, 60, 205)], align=["center", "left", "left"]))
    else:
        story.append(s.p("目前没有需要提醒的党支部。", s.body_flush))
    if reported and rows:
        story.extend(_reported_tables(s, doc.frame_width, rows, reported))
    end_with(story, closing_block(s, signature_block(s, ["制表人", "审核人"], doc.frame_width)))
    return doc.build(story)


FIGURES_PER_TABLE = 12


def _reported_tables(s, width: float, rows: Sequence[BranchOverview],  # noqa: ANN001
                     reported: Sequence[tuple[str, Sequence[str]]]) -> list:
    small = ParagraphStyle("figures", parent=s.cell_center, fontSize=8, leading=10.5)
    small_left = ParagraphStyle("figures_left", parent=s.cell, fontSize=8, leading=10.5)
    house_head = s.head
    s.head = ParagraphStyle("figures_head", parent=house_head, fontSize=8, leading=10.5)
    out: list = [s.p("各支部报送的数据", s.h2),
                 s.p("各党支部数据包中按本支部规则计算的数字（“无”表示该支部尚无这项记录，“—”表示数据包中没有这一项）。", s.small)]
    tables = -(-len(reported) // FIGURES_PER_TABLE)
    per_table = -(-len(reported) // tables)  # balanced: 25 figures are 9 + 9 + 7, not 12 + 12 + 1 alone on a page
    for start in range(0, len(reported), per_table):
        part = reported[start:start + per_table]
        body = [[s.p(str(i), small), s.p(r.name, small_left), *(s.p(texts[i - 1], small) for _, texts in part)]
                for i, r in enumerate(rows, start=1)]
        cell = (width / mm - NO_MM - NAME_MM) / FIGURES_PER_TABLE
        widths = [NO_MM * mm, NAME_MM * mm, *([cell * mm] * len(part))]
        table = data_table(s, ["序号", "党支部", *(label for label, _ in part)], body, widths,
                           align=["center", "left", *(["center"] * len(part))])
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5)]))
        table.hAlign = "LEFT"  # the last, shorter table lines up with the ones above
        out += [Spacer(1, 2 * mm), table]
    s.head = house_head
    return out
