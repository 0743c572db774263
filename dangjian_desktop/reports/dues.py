"""党费 on paper: the 党费收缴登记表 (members × months, landscape), the year's 党费收缴情况公示, the 党费上缴登记
and a 党费收据 for one payment (存根联 and 收据联 on one sheet)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from dangjian_desktop.domain.dues import (
    DuesPayment,
    Reduction,
    Remittance,
    months_of_year_text,
    rate_text,
    yuan_in_words,
    yuan_text,
)
from dangjian_desktop.domain.dues_months import DuesGrid, MemberYear, MonthState
from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.reports import styles

MONTHS = [f"{m}月" for m in range(1, 13)]
REGISTER_WIDTHS_MM = [7, 15, 12, 16, 10, 15, *([13] * 12), 17, 15]
NOTICE_WIDTHS_MM = [10, 20, 24, 16, 24, 38, 28]
REMIT_WIDTHS_MM = [8, 22, 32, 22, 30, 42]


MIN_TAIL_ROWS = 3  # rows of a table that go over to a new page with the closing block, so it never stands alone


def _height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for f in flowables:
        for part in f._content if isinstance(f, KeepTogether) else [f]:  # noqa: SLF001
            total += part.wrap(width, 10**6)[1] + part.getSpaceBefore() + part.getSpaceAfter()
    return total


def paged_table(doc: styles.FormalDocument, head: Sequence[Flowable], make_table: Callable[[list[int]], Table],
                count: int, closing: Flowable) -> list[Flowable]:
    """``head``, then a table of ``count`` rows cut into pages by hand (each page its own header row), then the
    closing block. Where the closing block would not fit under the last rows, the last few rows go over to the
    next page with it: signature lines never stand alone on a page. ``make_table(indexes)`` builds the table of
    those rows (header included)."""
    width, height = doc.frame_width, doc.frame_height
    full = make_table(list(range(count)))
    full.wrap(width, height)
    header, rows = full._rowHeights[0], full._rowHeights[1:]  # noqa: SLF001

    def paginate(indexes: list[int], first_room: float) -> tuple[list[list[int]], float]:
        pages: list[list[int]] = [[]]
        room = first_room - header
        for i in indexes:
            if rows[i] > room and pages[-1]:
                pages.append([])
                room = height - header - 2
            pages[-1].append(i)
            room -= rows[i]
        return pages, room

    first_room = height - _height(head, width) - 2
    pages, room = paginate(list(range(count)), first_room)
    if _height([closing], width) > room and count:
        tail = list(range(max(0, count - MIN_TAIL_ROWS), count))
        pages, _ = paginate(list(range(tail[0])), first_room) if tail[0] else ([], 0.0)
        pages = [p for p in pages if p] + [tail]
    story: list[Flowable] = list(head)
    for n, page in enumerate(pages):
        if n:
            story.append(PageBreak())
        story.append(make_table(page))
    story.append(closing)
    return story


def _right(s) -> ParagraphStyle:  # noqa: ANN001
    return ParagraphStyle("right", parent=s.signature, alignment=TA_RIGHT)


LATE_FILL = colors.HexColor("#E2E2E2")  # a 补交 month: grey ground (the amount alone fits the narrow column)


def _cell_text(line: MemberYear, month: int) -> str:
    c = line.cells[month - 1]
    return yuan_text(c.paid_fen) if c.state.paid else c.symbol


def _reduction_text(line: MemberYear) -> str:
    s = line.standard
    if s is None or s.reduction is Reduction.NONE:
        return ""
    what = "免交" if s.reduction is Reduction.EXEMPT else f"少交（每月{yuan_text(s.reduced_fen)}元）"
    start = f"自{s.from_month}月起" if s.from_month > 1 else ""
    return (f"{line.name}{start}{what}，支委会{styles.fmt_date(s.committee_on)}研究，"
            f"上级党委{styles.fmt_date(s.approved_on)}批准（{s.approval_ref}）")


def build_register_pdf(path: Path | str, branch: Branch, grid: DuesGrid, as_of: dt.date) -> Path:
    """党费收缴登记表: a line per member with the month's paid amount (on grey: paid late, 补交), 欠 (an unpaid
    month that has ended), 免 (approved exemption), — (not in this branch that month); totals per month and for the
    year; the totals' summary, notes and the 收缴人/审核人/书记 signature lines at the end."""
    doc = styles.FormalDocument(path, title=f"{branch.name}{grid.year}年度党费收缴登记表", branch_name=branch.name,
                                landscape_mode=True, subject="党费收缴登记表")
    s = doc.styles
    s.cell = ParagraphStyle("dues_cell", parent=s.cell, fontSize=8.5, leading=11)
    s.cell_center = ParagraphStyle("dues_cell_center", parent=s.cell, alignment=TA_CENTER)
    s.cell_right = ParagraphStyle("dues_cell_right", parent=s.cell, alignment=TA_RIGHT)
    s.head = ParagraphStyle("dues_head", parent=s.head, fontSize=8.5, leading=11)
    until = f"截至{styles.fmt_date(as_of)}" if grid.year == as_of.year else f"{grid.year}年1月至12月"
    story: list = [s.p(f"{branch.name}党费收缴登记表", s.title),
                   s.p(f"{grid.year}年度　{until}　单位：元", s.subtitle)]
    headers = ["序号", "姓名", "类别", "交纳基数", "比例", "月交纳额", *MONTHS, "已交合计", "欠交"]
    rows: list[list[object]] = []
    for i, line in enumerate(grid.lines, start=1):
        st = line.standard
        arrears = sum(c.due_fen or 0 for c in line.cells if c.state is MonthState.ARREARS)
        rows.append([str(i), line.name, st.category.value if st else "", yuan_text(st.base_fen) if st else "",
                     rate_text(st.rate) if st else "", yuan_text(line.monthly_fen, "未核定"),
                     *(_cell_text(line, m) for m in range(1, 13)), yuan_text(line.paid_fen),
                     yuan_text(arrears) if arrears else ""])
    rows.append(["", "合计", "", "", "", "", *(yuan_text(f) for f in grid.month_paid), yuan_text(grid.paid_fen),
                 yuan_text(grid.arrears_fen) if grid.arrears_fen else ""])
    widths = styles.scaled_widths(REGISTER_WIDTHS_MM, doc.frame_width)
    align = ["center", "center", "center", "right", "center", "right", *(["center"] * 12), "right", "right"]
    late_cells = {(r, 6 + c.month - 1) for r, line in enumerate(grid.lines) for c in line.cells
                  if c.state is MonthState.LATE}

    def make(indexes: list[int]) -> Table:
        table = styles.data_table(s, headers, [rows[i] for i in indexes], widths, align=align)
        cmds = [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]
        for k, i in enumerate(indexes, start=1):
            if i == len(rows) - 1:
                cmds.append(("BACKGROUND", (0, k), (-1, k), styles.HEAD_FILL))
            cmds += [("BACKGROUND", (c, k), (c, k), LATE_FILL) for (r, c) in late_cells if r == i]
        table.setStyle(TableStyle(cmds))
        return table

    late = sum(c.paid_fen for line in grid.lines for c in line.cells if c.state is MonthState.LATE)
    summary = (f"本年度应交党费{yuan_text(grid.year_due_fen)}元，截至制表日应交{yuan_text(grid.due_fen)}元，"
               f"实交{yuan_text(grid.paid_fen)}元（其中补交{yuan_text(late)}元），"
               f"欠交{yuan_text(grid.arrears_fen)}元（{len(grid.arrears_lines)}人）；"
               f"已向上级党委上缴{yuan_text(grid.remitted_fen)}元。")
    notes = ["说明：月份栏内为当月实交金额，灰底为补交；“欠”为到期未交，“免”为经批准免交，"
             "“—”为该月不在本支部交纳（尚未入党、转入前或转出后），空白为尚未到期。"]
    notes += [r for line in grid.lines if (r := _reduction_text(line))]
    # the totals and notes go with the signature lines
    closing = styles.closing_block(s, Spacer(1, 3 * mm), s.p(summary, s.body_flush), *(s.p(n, s.small) for n in notes),
                                   styles.signature_block(s, ["收缴人", "审核人", "党支部书记"], doc.frame_width))
    story = paged_table(doc, story, make, len(rows), closing)
    return doc.build(story)


def build_notice_pdf(path: Path | str, branch: Branch, grid: DuesGrid, as_of: dt.date, notice_days: int = 5) -> Path:
    """党费收缴情况公示: what each member paid in the year, without the pay (基数) it was computed from."""
    doc = styles.FormalDocument(path, title=f"{branch.name}{grid.year}年度党费收缴情况公示", branch_name=branch.name,
                                subject="党费收缴情况公示")
    s = doc.styles
    late = sum(c.paid_fen for line in grid.lines for c in line.cells if c.state is MonthState.LATE)
    arrears = grid.arrears_lines
    story: list = [s.p("党费收缴情况公示", s.title), s.p(f"{branch.name}　{grid.year}年度", s.subtitle)]
    story.append(s.p(
        "根据《关于中国共产党党费收缴、使用和管理的规定》，现将本支部" + f"{grid.year}年度党费收缴情况公示如下：", s.body))
    story.append(s.p(
        f"本年度共有{len(grid.lines)}名党员在本支部交纳党费，应交{yuan_text(grid.due_fen)}元，"
        f"实交{yuan_text(grid.paid_fen)}元（其中补交{yuan_text(late)}元）"
        + (f"，{len(arrears)}名党员欠交{yuan_text(grid.arrears_fen)}元" if arrears else "，无欠交")
        + f"。已向上级党委上缴党费{yuan_text(grid.remitted_fen)}元。"
        + ("" if grid.year < as_of.year else f"以上统计截至{styles.fmt_date(as_of)}。"), s.body))
    rows = []
    for i, line in enumerate(grid.lines, start=1):
        st = line.standard
        remark = ""
        if st is not None and st.reduction is Reduction.EXEMPT:
            remark = "经批准免交"
        elif st is not None and st.reduction is Reduction.REDUCED:
            remark = "经批准少交"
        if any(c.state is MonthState.LATE for c in line.cells):
            remark = "、".join(x for x in (remark, "有补交") if x)
        unpaid = months_of_year_text(line.arrears_months) or "无"
        rows.append([str(i), line.name, yuan_text(line.monthly_fen, "—"), str(len(line.paid_months)),
                     yuan_text(line.paid_fen), unpaid, remark])
    widths = styles.scaled_widths(NOTICE_WIDTHS_MM, doc.frame_width)
    headers = ["序号", "姓名", "月交纳额（元）", "已交月数", "已交金额（元）", "未交月份", "备注"]
    align = ["center", "center", "right", "center", "right", "left", "left"]
    closing = styles.closing_block(
        s, Spacer(1, 3 * mm),
        s.p(f"公示期为{notice_days}个工作日。党员对本人交纳情况如有疑问，请在公示期内向党支部反映。", s.body),
        Spacer(1, 8 * mm), s.p(f"{branch.name}（盖章）", _right(s)), s.p("　　　　年　　月　　日", _right(s)))
    story = paged_table(doc, story,
                        lambda idx: styles.data_table(s, headers, [rows[i] for i in idx], widths, align=align),
                        len(rows), closing)
    return doc.build(story)


def build_remittance_pdf(path: Path | str, branch: Branch, year: int, remittances: Sequence[Remittance],
                         grid: DuesGrid) -> Path:
    """党费上缴登记: each remittance to the higher committee, and the year's collected vs remitted."""
    doc = styles.FormalDocument(path, title=f"{branch.name}{year}年度党费上缴登记", branch_name=branch.name,
                                subject="党费上缴登记")
    s = doc.styles
    story: list = [s.p(f"{branch.name}党费上缴登记", s.title),
                   s.p(f"{year}年度　上缴单位：{branch.parent_committee or '上级党委'}", s.subtitle)]
    rows = [[str(i), f"{r.remitted_on:%Y-%m-%d}", r.months_text, yuan_text(r.amount_fen), r.receipt_no, r.note]
            for i, r in enumerate(remittances, start=1)]
    total = sum(r.amount_fen for r in remittances)
    rows.append(["", "合计", "", yuan_text(total), "", ""])
    widths = styles.scaled_widths(REMIT_WIDTHS_MM, doc.frame_width)
    t = styles.data_table(s, ["序号", "上缴日期", "所属月份", "金额（元）", "收据号", "备注"], rows, widths,
                          align=["center", "center", "center", "right", "center", "left"])
    t.setStyle(TableStyle([("BACKGROUND", (0, len(rows)), (-1, len(rows)), styles.HEAD_FILL)]))
    story.append(t)
    month_rows = [[f"{m}月", yuan_text(grid.month_paid[m - 1]),
                   "；".join(f"{r.remitted_on:%Y-%m-%d}上缴（{r.months_text}）" for r in remittances
                            if r.from_month <= m <= r.to_month) or "未上缴"] for m in range(1, 13)]
    story.append(s.p("各月收缴与上缴对照", s.h2))
    story.append(styles.data_table(s, ["月份", "收缴金额（元）", "上缴情况"], month_rows,
                                   styles.scaled_widths([20, 30, 100], doc.frame_width),
                                   align=["center", "right", "left"]))
    balance = grid.paid_fen - total
    summary = (f"本年度收缴党费{yuan_text(grid.paid_fen)}元，已上缴{yuan_text(total)}元，"
               + (f"尚未上缴{yuan_text(balance)}元。" if balance > 0 else
                  "已全部上缴。" if balance == 0 else f"上缴金额多于收缴金额{yuan_text(-balance)}元，请核对。"))
    story.append(styles.closing_block(s, Spacer(1, 4 * mm), s.p(summary, s.body),
                                      _signature_row(s, ["经办人", "党支部书记"], doc.frame_width)))
    return doc.build(story)


def _signature_row(s, labels: Sequence[str], width: float) -> KeepTogether:  # noqa: ANN001
    """Signature lines side by side on a portrait page, each label as wide as its text: the shared
    ``signature_block`` gives a label 45 % of its half, and "经办人（签字）：" then breaks before its bracket."""
    texts = [f"{label}（签字）：" for label in labels]
    label_w = [stringWidth(t, s.signature.fontName, s.signature.fontSize) + 14 for t in texts]
    line_w = (width - sum(label_w)) / len(labels)
    row, widths = [], []
    for text, lw in zip(texts, label_w, strict=True):
        row += [s.p(text, s.signature), ""]
        widths += [lw, line_w]
    t = Table([row], colWidths=widths, rowHeights=[13 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           *(("LINEBELOW", (c, 0), (c, 0), 0.6, colors.black) for c in range(1, len(row), 2)),
                           *(("RIGHTPADDING", (c, 0), (c, 0), 12) for c in range(1, len(row), 2))]))
    return KeepTogether([Spacer(1, 8 * mm), t, Spacer(1, 6 * mm),
                         s.p("　　　　年　　月　　日", ParagraphStyle("date_line", parent=s.signature,
                                                                   alignment=TA_RIGHT))])


def _receipt_part(s, branch: Branch, p: DuesPayment, part: str, width: float) -> Table:  # noqa: ANN001
    w = width
    how = f"{p.way.value}　{p.handed_text}" + ("　补交" if p.late else "")
    cells = [
        ["收据号", p.receipt_no, "交纳日期", styles.fmt_date(p.paid_on)],
        ["交纳人", p.member_name, "所在党组织", branch.name],
        ["所属月份", p.months_text, "交纳方式", how],
        ["金额（小写）", f"￥{yuan_text(p.amount_fen)}元", "金额（大写）", f"人民币{yuan_in_words(p.amount_fen)}"],
        ["备注", p.note, "收款人（签字）", ""],
    ]
    t = styles.form_table(s, cells, [w * 0.18, w * 0.29, w * 0.21, w * 0.32], label_columns=(0, 2))
    title = Table([[s.p(f"党费收据（{part}）", ParagraphStyle("rt", parent=s.h2, alignment=TA_CENTER))], [t]],
                  colWidths=[w])
    title.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return title


def build_receipt_pdf(path: Path | str, branch: Branch, p: DuesPayment) -> Path:
    """党费收据 for one payment: the 存根联 kept by the branch and the 收据联 for the member, with a cut line."""
    doc = styles.FormalDocument(path, title=f"党费收据（{p.member_name} {p.receipt_no}）", branch_name=branch.name,
                                subject="党费收据")
    s = doc.styles
    w = doc.frame_width
    cut = Table([[s.p("（沿此线剪开）", ParagraphStyle("cut", parent=s.small, alignment=TA_CENTER))]], colWidths=[w])
    cut.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.grey, None, (3, 3)),
                             ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    story: list = [_receipt_part(s, branch, p, "存根联", w), Spacer(1, 12 * mm), cut, Spacer(1, 10 * mm),
                   _receipt_part(s, branch, p, "收据联", w)]
    story.append(styles.closing_block(s, Spacer(1, 6 * mm), s.p(f"{branch.name}（盖章）", _right(s))))
    return doc.build(story)
