"""党员承诺 on paper: the 公示表 for the notice board, one member's 承诺书, and the year-end 践诺评诺 summary."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from dangjian_desktop.domain.pledges import Campaign, CampaignSummary, MentorPair, PledgeSheet
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.reports import styles
from dangjian_desktop.reports.tables import split_tall_rows

NOTICE_HEADERS = ["序号", "姓名", "党小组", "岗位/职务", "承诺类别", "承诺内容", "主要措施", "完成时限"]
NOTICE_WIDTHS_MM = [10, 16, 22, 22, 20, 78, 52, 23]


def _blocks(owner: Sequence[int]) -> list[tuple[int, int]]:
    """(first, last) row index of each run of equal owners."""
    out: list[tuple[int, int]] = []
    for i, o in enumerate(owner):
        if out and owner[out[-1][0]] == o:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _row_heights(table, widths: Sequence[float]) -> list[float]:  # noqa: ANN001
    """The laid-out height of every row of a data_table (paragraph heights plus the 3pt paddings)."""
    out = []
    for row in table._cellvalues:
        h = 0.0
        for cell, w in zip(row, widths, strict=False):
            if hasattr(cell, "wrap"):
                h = max(h, cell.wrap(w - 8, 1e6)[1])
        out.append(h + 6)
    return out


def _deadline(d, year: int) -> str:  # noqa: ANN001
    return d.isoformat() if d else f"{year}年底前"


def _right(s) -> ParagraphStyle:  # noqa: ANN001
    return ParagraphStyle("right", parent=s.signature, alignment=TA_RIGHT)


def build_notice_pdf(path: Path | str, branch: Branch, campaign: Campaign, sheets: Sequence[PledgeSheet]) -> Path:
    doc = styles.FormalDocument(path, title=f"{branch.name}党员承诺公示表", branch_name=branch.name, landscape_mode=True,
                                subject="党员承诺公示表")
    s = doc.styles
    sub = campaign.title + (f"　公示日期：{styles.fmt_date(campaign.announced_on)}" if campaign.announced_on else "")
    story: list = [s.p(f"{branch.name}党员承诺公示表", s.title), s.p(sub, s.subtitle)]
    rows: list[list[object]] = []
    owner: list[int] = []  # which member's block each row belongs to
    n = 0
    for sheet in sheets:
        items = sheet.approved_items
        if not items:
            continue
        n += 1
        for k, it in enumerate(items):
            lead = [str(n), sheet.member_name, sheet.group_name, sheet.position] if k == 0 else ["", "", "", ""]
            rows.append([*lead, it.category, it.content, it.measures, _deadline(it.deadline, campaign.year)])
            owner.append(n)
    widths = styles.scaled_widths(NOTICE_WIDTHS_MM, doc.frame_width)
    if rows:
        items_count = len(rows)
        rows, source = split_tall_rows(s, rows, widths, (5, 6), doc.frame_height * 0.25)
        owner = [owner[i] for i in source]
        align = ["center", "center", "center", "center", "center", "left", "left", "center"]
        t = styles.data_table(s, NOTICE_HEADERS, rows, widths, align=align)
        heights = _row_heights(t, widths)
        # a member's rows are merged (name once) while the block surely fits on a page; a taller block stays
        # unmerged so its rows can flow onto the next page, with the name repeated on each row
        room = doc.frame_height * 0.8 - heights[0]
        cmds = []
        for a, b in _blocks(owner):
            if b > a and sum(heights[a + 1:b + 2]) < room:
                cmds += [("SPAN", (c, a + 1), (c, b + 1)) for c in range(4)]
            else:
                for r in range(a + 1, b + 1):
                    t._cellvalues[r + 1][1] = s.p(rows[a][1], s.cell_center)
        t.setStyle(TableStyle(cmds))
        story.append(t)
        story.append(Spacer(1, 4 * mm))
        story.append(s.p(f"共{n}名党员作出承诺{items_count}项。以上承诺接受党员和群众监督，"
                         "如有意见和建议，请向党支部反映。", s.body_flush))
    else:
        story.append(s.p("（本年度还没有通过支部审核的承诺事项。请先在“承诺”页面审核通过后再打印公示表。）",
                         s.body_flush))
    styles.end_with(story, styles.closing_block(
        s,
        Spacer(1, 10 * mm),
        s.p(f"{branch.name}（盖章）", _right(s)),
        s.p(styles.fmt_date(campaign.announced_on) if campaign.announced_on else "　　　　年　　月　　日", _right(s)),
    ))
    return doc.build(story)


def build_letter_pdf(path: Path | str, branch: Branch, campaign: Campaign, sheet: PledgeSheet,
                     member: Member) -> Path:
    doc = styles.FormalDocument(path, title=f"党员承诺书（{sheet.member_name}）", branch_name=branch.name, subject="党员承诺书")
    s = doc.styles
    w = doc.frame_width
    story: list = [s.p("党员承诺书", s.title), s.p(campaign.title, s.subtitle)]
    joined = f"{member.joined_party_on.year}年{member.joined_party_on.month}月" if member.joined_party_on else ""
    story.append(styles.form_table(s, [
        ["姓名", sheet.member_name, "党员类别", str(member.category)],
        ["党小组", sheet.group_name, "入党时间", joined],
        ["岗位/职务", sheet.position, "所在支部", branch.name],
    ], [w * 0.16, w * 0.34, w * 0.16, w * 0.34], label_columns=(0, 2)))
    story.extend(styles.heading_block(s, "承诺事项", s.h2))
    rows = [[str(i), it.category, it.content, it.measures, _deadline(it.deadline, campaign.year)]
            for i, it in enumerate(sheet.items, start=1)]
    widths = styles.scaled_widths([10, 18, 62, 44, 22], w)
    rows, _ = split_tall_rows(s, rows, widths, (2, 3), doc.frame_height * 0.25)
    story.append(styles.data_table(s, ["序号", "类别", "承诺内容", "主要措施", "完成时限"], rows, widths,
                                   align=["center", "center", "left", "left", "center"]))
    story.append(Spacer(1, 4 * mm))
    story.append(s.p("本人自愿作出以上承诺，在工作和生活中认真践行，主动接受党组织和党员群众的监督，"
                     "年底如实报告践诺情况，接受评议。", s.body))
    comments = [it.review_comment for it in sheet.items if it.review_comment]
    approved = all(it.status.value == "已亮诺" for it in sheet.items)
    opinion = "；".join(dict.fromkeys(comments)) or ("同意公示。" if approved else "")
    story.append(Spacer(1, 3 * mm))
    story.append(styles.form_table(s, [["支部审核意见", opinion]], [w * 0.2, w * 0.8]))
    styles.end_with(story, styles.signature_block(s, ["承诺人"], w))
    return doc.build(story)


def _items_cell(sheet: PledgeSheet) -> str:
    lines = []
    for i, it in enumerate(sheet.items, start=1):
        state = it.final_status.value or ("未评定" if it.status.value == "已亮诺" else it.status.value)
        line = f"{i}.【{it.category}】{it.content}（{state}）"
        if it.final_note:
            line += f"说明：{it.final_note}"
        lines.append(line)
    return "\n".join(lines)


def _progress_cell(sheet: PledgeSheet) -> str:
    entries = sorted((p for it in sheet.items for p in it.progress), key=lambda p: p.on)
    if not entries:
        return "（无记录）"
    latest = entries[-1]
    return f"共{len(entries)}条；最近{latest.on.month}月{latest.on.day}日：{latest.text}"


def build_summary_pdf(path: Path | str, branch: Branch, campaign: Campaign, sheets: Sequence[PledgeSheet],
                      pairs: Sequence[MentorPair], summary: CampaignSummary, not_pledged: Sequence[str]) -> Path:
    doc = styles.FormalDocument(path, title=f"{branch.name}{campaign.year}年度践诺评诺情况汇总", branch_name=branch.name,
                                landscape_mode=True, subject="践诺评诺情况汇总")
    s = doc.styles
    w = doc.frame_width
    story: list = [s.p(f"{branch.name}{campaign.year}年度践诺评诺情况汇总", s.title), s.p(campaign.title, s.subtitle)]
    fin = summary.by_final_status
    grades = "，".join(f"{g}{n}名" for g, n in summary.by_grade.items() if n) or "尚未评定"
    story.append(s.p(
        f"本支部在册党员{summary.members_total}名，{summary.members_pledged}名作出承诺，共{summary.items_total}项，"
        f"其中通过审核亮诺{summary.items_approved}项；全年记录践诺情况{summary.progress_entries}条。"
        f"已评诺{summary.evaluated}名。承诺完成情况：已兑现{fin.get('已兑现', 0)}项，部分兑现{fin.get('部分兑现', 0)}项，"
        f"未兑现{fin.get('未兑现', 0)}项，尚未评定{fin.get('未评定', 0)}项。支部评定：{grades}。"
        + (f"开展“一带二”帮带{summary.pairs}组，已达成目标{summary.pairs_met}组。" if summary.pairs else ""),
        s.body))
    cats = "；".join(f"{c}{n}项" for c, n in summary.by_category.items() if n)
    if cats:
        story.append(s.p(f"承诺类别分布：{cats}。", s.body))
    story.extend(styles.heading_block(s, "一、党员践诺评诺情况", s.h1))
    rows = []
    for i, sh in enumerate([x for x in sheets if x.items], start=1):
        rows.append([str(i), sh.member_name, _items_cell(sh), _progress_cell(sh), sh.self_assessment,
                     sh.group_comment, sh.grade or "未评定"])
    if rows:
        widths = styles.scaled_widths([10, 16, 92, 46, 42, 42, 18], w)
        rows, _ = split_tall_rows(s, rows, widths, (2, 3, 4, 5), doc.frame_height * 0.25)
        story.append(styles.data_table(s, ["序号", "姓名", "承诺事项及完成情况", "践诺记录", "个人自评", "党小组评议意见", "支部评定"],
                                       rows, widths, align=["center", "center", "left", "left", "left", "left", "center"]))
    else:
        story.append(s.p("（本年度没有承诺记录）", s.body_flush))
    unmet = [(sh, it) for sh in sheets for it in sh.items if it.final_status.value in ("部分兑现", "未兑现")]
    story.extend(styles.heading_block(s, "二、未完全兑现承诺的说明", s.h1))
    if unmet:
        widths = styles.scaled_widths([18, 110, 20, 90], w)
        rows, _ = split_tall_rows(s, [[sh.member_name, it.content, it.final_status.value, it.final_note]
                                      for sh, it in unmet], widths, (1, 3), doc.frame_height * 0.25)
        story.append(styles.data_table(s, ["姓名", "承诺内容", "完成情况", "原因说明"], rows, widths,
                                       align=["center", "left", "center", "left"]))
    else:
        story.append(s.p("无。", s.body_flush))
    story.extend(styles.heading_block(s, "三、“一带二”帮带情况", s.h1))
    if pairs:
        widths = styles.scaled_widths([18, 30, 80, 90, 20], w)
        rows, _ = split_tall_rows(s, [[p.mentor_name, "、".join(p.mentees), p.goal, p.result or "（进行中）",
                                       p.outcome.value or "未评定"] for p in pairs], widths, (2, 3),
                                  doc.frame_height * 0.25)
        story.append(styles.data_table(s, ["帮带人", "被帮带人", "帮带目标", "帮带成效", "结果"], rows, widths,
                                       align=["center", "center", "left", "left", "center"]))
    else:
        story.append(s.p("本年度未开展“一带二”帮带。", s.body_flush))
    if not_pledged:
        story.append(Spacer(1, 3 * mm))
        story.append(s.p(f"本年度尚未作出承诺的党员（{len(not_pledged)}名）：{'、'.join(not_pledged)}。", s.body_flush))
    styles.end_with(story, styles.closing_block(s, styles.signature_block(s, ["制表人", "党支部书记"], w)))
    return doc.build(story)
