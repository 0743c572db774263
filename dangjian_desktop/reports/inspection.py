"""The 党员活动室 “五有十上墙” inspection report: header, results table, comparison with the previous inspection,
photo thumbnails, rectification list and signature lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, Spacer, Table, TableStyle

from dangjian_desktop import clock
from dangjian_desktop.domain.room import Change, Inspection, ItemComparison, Result
from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.reports import styles
from dangjian_desktop.reports.tables import split_tall_rows

THUMB_W = 48 * mm
THUMB_H = 36 * mm


def _thumbnail(path: Path) -> Image | None:
    try:
        from reportlab.lib.utils import ImageReader

        iw, ih = ImageReader(str(path)).getSize()
    except Exception:  # noqa: BLE001 - a damaged file prints as a caption only
        return None
    ratio = min(THUMB_W / iw, THUMB_H / ih)
    img = Image(str(path), width=iw * ratio, height=ih * ratio)
    img.hAlign = "CENTER"
    return img


def build_inspection_pdf(path: Path | str, branch: Branch, ins: Inspection, photos: Sequence[tuple[str, Path]],
                         previous: Inspection | None, changes: Sequence[ItemComparison],
                         today: dt.date | None = None) -> Path:
    today = today or clock.today()
    doc = styles.FormalDocument(path, title=f"党员活动室检查记录 {ins.inspected_on:%Y-%m-%d}", branch_name=branch.name,
                                subject="党员活动室“五有十上墙”检查记录")
    s = doc.styles
    w = doc.frame_width
    sc = ins.score
    story: list = [s.p("党员活动室“五有十上墙”检查记录", s.title), s.p(branch.name, s.subtitle)]
    parts = "；".join(f"{sec}：{x.text}" for sec, x in ins.section_scores().items())
    story.append(styles.form_table(s, [
        ["检查日期", styles.fmt_date(ins.inspected_on), "检查地点", ins.room],
        ["检查人", ins.inspectors, "检查表", f"第{ins.template_version}版"],
        ["得分", f"{sc.text}（{sc.detail}）", "", ""],
        ["分项得分", parts, "", ""],
    ], [w * 0.15, w * 0.35, w * 0.15, w * 0.35], label_columns=(0, 2),
        spans=[((1, 2), (3, 2)), ((1, 3), (3, 3))]))
    story.append(Spacer(1, 1.5 * mm))
    story.append(s.p("得分＝达标项数÷（检查项数－不适用项数）×100。", s.small))

    story.extend(styles.heading_block(s, "一、检查结果", s.h2))
    fail_style = ParagraphStyle("fail", parent=s.cell_center, textColor=styles.PARTY_RED)
    rows = []
    for i, r in enumerate(ins.results, start=1):
        mark = s.p(r.result.value or "未检查", fail_style if r.result is Result.FAIL else s.cell_center)
        rows.append([str(i), r.section, r.text, mark, r.remark + (f"（照片{len(r.photos)}张）" if r.photos else "")])
    widths = styles.scaled_widths([10, 16, 64, 16, 50], w)
    rows, _ = split_tall_rows(s, rows, widths, (2, 4), doc.frame_height * 0.25)
    story.append(styles.data_table(s, ["序号", "类别", "检查项目", "结果", "存在问题/备注"], rows, widths,
                                   align=["center", "center", "left", "center", "left"]))
    if ins.note:
        story.append(Spacer(1, 2 * mm))
        story.append(s.p(f"检查说明：{ins.note}", s.body_flush))

    if previous is not None:
        improved = [c for c in changes if c.change is Change.IMPROVED]
        slipped = [c for c in changes if c.change is Change.SLIPPED]
        story.extend(styles.heading_block(s, "二、与上次检查比较", s.h2))
        prev_sc = previous.score
        story.append(s.p(
            f"上次检查：{styles.fmt_date(previous.inspected_on)}（{previous.room}），得分{prev_sc.text}；本次{sc.text}。"
            f"改进{len(improved)}项，退步{len(slipped)}项。", s.body_flush))
        moved = improved + slipped
        if moved:
            story.append(styles.data_table(s, ["检查项目", "上次", "本次", "变化"],
                                           [[c.text, (c.before.value if c.before else "") or "—",
                                      (c.after.value if c.after else "") or "—", c.change.value] for c in moved],
                                    styles.scaled_widths([90, 22, 22, 22], w),
                                    align=["left", "center", "center", "center"]))
    n = 3 if previous is not None else 2
    cn = "一二三四五六"
    story.extend(styles.heading_block(s, f"{cn[n - 1]}、现场照片", s.h2))
    if photos:
        cells = []
        for caption, p in photos:
            img = _thumbnail(p)
            cap = s.p(caption, ParagraphStyle("cap", parent=s.small, alignment=1))
            cells.append([img, Spacer(1, 1.5 * mm), cap] if img is not None
                         else [s.p("（照片无法读取）", s.small), cap])
        per_row = 3
        grid = []
        for i in range(0, len(cells), per_row):
            row = cells[i:i + per_row]
            while len(row) < per_row:
                row.append("")
            grid.append(row)
        t = Table(grid, colWidths=[w / per_row] * per_row)
        t.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                               ("BOX", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999"))]))
        story.append(t)
    else:
        story.append(s.p("（本次检查未附照片）", s.body_flush))

    story.extend(styles.heading_block(s, f"{cn[n]}、整改清单", s.h2))
    if ins.rectifications:
        rows = []
        for i, r in enumerate(ins.rectifications, start=1):
            rows.append([str(i), r.item_text, r.measure or "（待制定）", r.responsible,
                         r.deadline.isoformat() if r.deadline else "",
                         r.completed_on.isoformat() if r.completed_on else "", r.status_text(today)])
        widths = styles.scaled_widths([9, 30, 44, 16, 24, 24, 18], w)
        rows, _ = split_tall_rows(s, rows, widths, (1, 2), doc.frame_height * 0.25)
        story.append(styles.data_table(s, ["序号", "问题项目", "整改措施", "责任人", "整改期限", "完成日期", "状态"], rows,
                                       widths, align=["center", "left", "left", "center", "center", "center", "center"]))
    else:
        story.append(s.p("本次检查各项均达标或不适用，无需整改。", s.body_flush))
    styles.end_with(story, styles.closing_block(s, styles.signature_block(s, ["检查人"], w, with_date=False),
                               styles.signature_block(s, ["党支部书记"], w)))
    return doc.build(story)
