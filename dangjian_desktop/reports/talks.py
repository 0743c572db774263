"""谈心谈话 on paper: the 谈心谈话记录 of one talk (a form with both signatures) and the year's 谈心谈话登记册
(every talk, the committee × members coverage, the pairs still missing)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.domain.talks import Coverage, Talk, pair_text
from dangjian_desktop.reports import styles
from dangjian_desktop.reports.tables import split_tall_rows


def build_talk_pdf(path: Path | str, branch: Branch, t: Talk) -> Path:
    doc = styles.FormalDocument(path, title=f"谈心谈话记录（{t.a_name}—{t.b_name}）", branch_name=branch.name,
                                subject="谈心谈话记录")
    s = doc.styles
    w = doc.frame_width
    story: list = [s.p("谈心谈话记录", s.title), s.p(branch.name, s.subtitle)]
    tall = doc.frame_height * 0.22
    story.append(styles.form_table(s, [
        ["谈话时间", styles.fmt_date(t.on), "谈话地点", t.place],
        ["谈话人", t.a_name, "谈话对象", t.b_name],
    ], [w * 0.2, w * 0.3, w * 0.2, w * 0.3], label_columns=(0, 2)))
    story.append(styles.form_table(s, [["谈话类型", str(t.kind)]], [w * 0.2, w * 0.8]))
    for label, text, share in (("谈话主要内容", t.content, 1.0), ("对方反映的问题和意见建议", t.views, 0.5),
                               ("后续跟进和处理情况", t.follow_up, 0.5)):
        story.append(_box(s, label, text, tall * share, w))
    # one signature line each: “谈话对象（签字）：” is too long for the two-a-row layout
    story.append(styles.closing_block(s, styles.signature_block(s, ["谈话人"], w, with_date=False),
                                      styles.signature_block(s, ["谈话对象"], w)))
    return doc.build(story)


def _box(s, label: str, text: str, min_height: float, width: float) -> Table:  # noqa: ANN001
    """A labelled box as the form's rows are, at least ``min_height`` tall (room to write by hand on a printed blank
    record); a longer text makes it taller (split into continued boxes past a page)."""
    cell = s.p(text or "", s.cell)
    need = cell.wrap(width * 0.8 - 8, 1e6)[1] + 8
    t = Table([[s.p(label, s.label), cell]], colWidths=[width * 0.2, width * 0.8],
              rowHeights=[max(min_height, need)] if need < 400 else None, splitInRow=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, styles.GRID),
                           ("BACKGROUND", (0, 0), (0, 0), styles.HEAD_FILL),
                           ("VALIGN", (0, 0), (0, 0), "MIDDLE"), ("VALIGN", (1, 0), (1, 0), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def build_register_pdf(path: Path | str, branch: Branch, year: int, talks: Sequence[Talk], cov: Coverage) -> Path:
    doc = styles.FormalDocument(path, title=f"{branch.name}{year}年谈心谈话登记册", branch_name=branch.name,
                                landscape_mode=True, subject="谈心谈话登记册")
    s = doc.styles
    w = doc.frame_width
    story: list = [s.p(f"{year}年谈心谈话登记册", s.title), s.p(branch.name, s.subtitle)]
    story.append(s.p(
        f"{year}年共开展谈心谈话{cov.talks}次。按规定应谈的{len(cov.expected)}对（支委之间、支委与所在党小组党员等）中，"
        f"已谈{cov.done}对" + (f"，尚有{len(cov.missing)}对未谈" if cov.missing else "，全部谈到") + "。"
        + (f"全年没有谈话记录的党员{len(cov.without_talk)}名。" if cov.without_talk else ""), s.body))
    story.extend(styles.heading_block(s, "一、谈话登记", s.h1))
    if talks:
        widths = styles.scaled_widths([10, 24, 20, 20, 22, 80, 50, 40], w)
        rows, _ = split_tall_rows(s, [[str(i), t.on.isoformat(), t.a_name, t.b_name, str(t.kind), t.content, t.views,
                                       t.follow_up] for i, t in enumerate(talks, start=1)], widths, (5, 6, 7),
                                  doc.frame_height * 0.25)
        story.append(styles.data_table(s, ["序号", "日期", "谈话人", "谈话对象", "类型", "主要内容", "意见建议", "后续跟进"],
                                       rows, widths, align=["center"] * 5 + ["left"] * 3))
    else:
        story.append(s.p("（本年度没有谈话记录）", s.body_flush))
    story.extend(styles.heading_block(s, "二、支委与党员谈话情况", s.h1))
    story.append(s.p("格中数字为本年度谈话次数；“应谈”表示按规定应谈而尚未谈话。", s.small))
    committee = list(cov.committee)
    if committee and cov.members:
        name_w = 24
        rest = (w / mm - name_w - 34) / max(1, len(committee))
        widths = styles.scaled_widths([name_w, 34, *([rest] * len(committee))], w)
        rows = []
        for m in cov.members:
            row = [m.person.name, m.group_name]
            for c in committee:
                if c.key == m.person.key:
                    row.append("—")
                    continue
                n = cov.count(c.key, m.person.key)
                row.append(str(n) if n else ("应谈" if cov.is_expected(c.key, m.person.key) else ""))
            rows.append(row)
        story.append(styles.data_table(s, ["党员", "党小组", *(c.name for c in committee)], rows, widths,
                                       align=["center"] * (2 + len(committee))))
    else:
        story.append(s.p("（没有支部委员或党员名单）", s.body_flush))
    story.extend(styles.heading_block(s, "三、尚未谈话的情况", s.h1))
    if cov.missing:
        widths = styles.scaled_widths([12, 80, 80], w)
        story.append(styles.data_table(s, ["序号", "应谈话的两人", "依据"],
                                       [[str(i), pair_text(p), p.why] for i, p in enumerate(cov.missing, start=1)], widths,
                                       align=["center", "center", "center"]))
    else:
        story.append(s.p("按规定应谈的均已谈到。", s.body_flush))
    if cov.without_talk:
        story.append(Spacer(1, 3 * mm))
        story.append(s.p(f"全年没有谈话记录的人员：{'、'.join(p.name for p in cov.without_talk)}。", s.body_flush))
    story.append(styles.closing_block(s, styles.signature_block(s, ["党支部书记"], w)))
    return doc.build(story)
