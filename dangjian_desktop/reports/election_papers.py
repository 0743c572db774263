"""The papers used in the 选举大会 itself: the 选票 (as many as there are voters, several to a page with cut lines)
and the 计票单 (blank for counting by 正 strokes, or filled with the recorded figures)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from dangjian_desktop.domain.election_checks import ElectionOutcome, round_outcome
from dangjian_desktop.domain.elections import Election, ElectionRules, Round, RoundKind, votes_needed
from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.reports import styles

PER_ROW = 7  # name cells per row of a ballot


def _ballot_title(branch: Branch, r: Round) -> str:
    extra = "" if r.kind is RoundKind.FORMAL else f"（{r.kind.value}）"
    return f"{branch.name}委员会委员选举选票{extra}"


def _ballot(s: styles.Styles, branch: Branch, e: Election, r: Round, width: float) -> KeepTogether:
    names = [v.name for v in r.votes if not v.write_in] or e.candidate_names
    cells: list[tuple[str, bool]] = [(n, False) for n in names] + [("", True)] * max(1, r.seats)
    col = (width - 18 * mm) / PER_ROW
    tables: list = []
    for start in range(0, len(cells), PER_ROW):  # one table per row of names: a short last row is narrower
        chunk = cells[start:start + PER_ROW]
        label = [s.p("姓名", s.label)] + [s.p(name, s.cell_center) if name else s.p("另选他人", s.small)
                                          for name, _ in chunk]
        t = Table([[s.p("符号", s.label)] + [""] * len(chunk), label], colWidths=[18 * mm] + [col] * len(chunk),
                  rowHeights=[11 * mm, 11 * mm], hAlign="LEFT")
        # a write-in cell: its small label at the top, the room below for the name
        tops = [("VALIGN", (i, 1), (i, 1), "TOP") for i, (name, _) in enumerate(chunk, start=1) if not name]
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, styles.GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (0, -1), styles.HEAD_FILL), *tops]))
        tables += [t, Spacer(1, 2 * mm)]
    n = r.seats
    notes = [
        f"应选{n}名，候选人{len(names)}名。",
        "1. 对候选人表示赞成的，在其姓名上方的符号栏内画“○”；不赞成的画“×”；弃权的不画任何符号。",
        "2. 不赞成的可以另选他人：在“另选他人”栏内写上其姓名，并在上方符号栏内画“○”。",
        f"3. 每张选票所选人数等于或少于应选名额{n}名的为有效票，多于{n}名的为无效票。",
        "4. 请用黑色或蓝色笔填写，符号要准确清楚，不要涂改。",
    ]
    title = ParagraphStyle("ballot_title", parent=s.h1, alignment=TA_CENTER)
    return KeepTogether([s.p(_ballot_title(branch, r), title), *tables, *(s.p(x, s.small) for x in notes),
                         Spacer(1, 3 * mm)])


def build_ballot_pdf(path: Path | str, branch: Branch, e: Election, r: Round, copies: int) -> Path:
    """``copies`` ballots for round ``r``, as many to a page as fit, with dashed cut lines between them."""
    doc = styles.FormalDocument(path, title=f"选票 {branch.name}", branch_name=branch.name, subject="换届选举选票")
    s = doc.styles
    w = doc.frame_width
    one = _ballot(s, branch, e, r, w)
    h = sum(f.wrap(w, doc.frame_height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in one._content)  # noqa: SLF001
    cut = 10 * mm
    per_page = max(1, int((doc.frame_height + cut) // (h + cut)))
    story: list = []
    for i in range(copies):
        if i and i % per_page == 0:
            story.append(PageBreak())
        elif i:
            story.append(HRFlowable(width="100%", thickness=0.6, dash=(3, 3), color=colors.grey, spaceBefore=4 * mm,
                                    spaceAfter=4 * mm))
        story.append(_ballot(s, branch, e, r, w) if i else one)
    story[-1] = styles.closing_block(s, story[-1])  # the note goes with the last ballot, never on a page of its own
    return doc.build(story)


def build_tally_pdf(path: Path | str, branch: Branch, e: Election, r: Round, outcome: ElectionOutcome,
                    rules: ElectionRules) -> Path:
    """计票单 of one round: the figures and each candidate's votes when recorded, else blank for the tellers."""
    doc = styles.FormalDocument(path, title=f"计票单 {branch.name}", branch_name=branch.name, subject="换届选举计票单")
    s = doc.styles
    w = doc.frame_width
    recorded = any(v.yes or v.no or v.abstain for v in r.votes)
    base = outcome.base or (e.voters_due if rules.elected_basis.short == "应到" else e.voters_present)
    needed = votes_needed(base) if base else 0

    def num(v: int) -> str:
        return str(v) if recorded else ""

    lw = 32 * mm
    vw = (w - 2 * lw) / 2
    story: list = [
        s.p("委员选举计票单", s.title),
        s.p(f"{branch.name}　第{r.number}轮（{r.kind.value}）", s.subtitle),
        styles.form_table(s, [
            ["选举大会日期", styles.fmt_date(e.held_on, "　　年　　月　　日"), "应选名额", f"{r.seats}名"],
            ["应到会有选举权", f"{e.voters_due}人" if e.voters_due else "", "实到会有选举权",
             f"{e.voters_present}人" if e.voters_present else ""],
            ["发出选票", f"{r.ballots_issued}张" if recorded else "　　　张", "收回选票",
             f"{r.ballots_returned}张" if recorded else "　　　张"],
            ["有效票", f"{r.ballots_valid}张" if recorded else "　　　张", "无效票",
             f"{r.ballots_void}张" if recorded else "　　　张"],
        ], [lw, vw, lw, vw], label_columns=(0, 2)),
        Spacer(1, 4 * mm),
    ]
    o = round_outcome(r, base) if recorded else None
    elected = {x.name for x in o.elected} if o else set()
    tied = {x.name for x in o.tied} if o else set()
    rows = []
    for i, v in enumerate(r.votes, start=1):
        result = ("当选" if v.name in elected else "票数相等" if v.name in tied else "未当选") if o and o.stands else ""
        rows.append([str(i), v.name + ("（另选）" if v.write_in else ""), Spacer(1, 7 * mm), num(v.yes), num(v.no),
                     num(v.abstain), result])
    for _ in range(max(1, r.seats) if not recorded else 0):  # blank lines for 另选他人
        rows.append([str(len(rows) + 1), s.p("另选：", s.small), Spacer(1, 7 * mm), "", "", "", ""])
    widths = [12 * mm, 26 * mm, w - 12 * mm - 26 * mm - 3 * 16 * mm - 24 * mm, 16 * mm, 16 * mm, 16 * mm, 24 * mm]
    story.append(styles.data_table(s, ["序号", "被选举人", "赞成票（划“正”字）", "赞成", "不赞成", "弃权", "结果"], rows, widths,
                                   align=["center", "center", "left", "center", "center", "center", "center"]))
    story.append(Spacer(1, 3 * mm))
    if r.kind is RoundKind.TIE:
        story.append(s.p(f"本轮就上一轮票数相等的被选举人再次投票，得票多的当选（应选{r.seats}名）；收回的选票多于发出的选票，"
                         f"本轮选举无效；每张选票所选人数多于{r.seats}名的为无效票。", s.small))
    elif needed:
        story.append(s.p(f"当选须获得赞成票超过{rules.elected_basis.short}会有选举权人数（{base}人）的半数，即至少{needed}票；"
                         f"收回的选票多于发出的选票，本轮选举无效；每张选票所选人数多于应选名额{r.seats}名的为无效票。",
                         s.small))
    # one line each: “监票人（签字）：” is too long for half a portrait line, and several tellers sign on it
    styles.end_with(story, styles.closing_block(s, styles.signature_block(s, ["监票人"], w, with_date=False),
                                                styles.signature_block(s, ["计票人"], w)))
    return doc.build(story)
