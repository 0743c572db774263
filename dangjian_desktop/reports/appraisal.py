"""组织生活会 and 民主评议党员 on paper: the blank 民主测评票, the 结果汇总表, the 情况报告 for the higher committee and
the 整改清单 for display — in the house style of every record (FormalDocument, Styles.p, the closing block)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from dangjian_desktop.domain.appraisal import (
    GRADES,
    WEAK_GRADES,
    AppraisalEntry,
    AppraisalRules,
    allowed_excellent,
    appraised,
    grade_counts,
)
from dangjian_desktop.domain.life_meeting import LifeMeeting, Preparation, opinion_counts
from dangjian_desktop.domain.room import RectStatus
from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.reports import styles
from dangjian_desktop.reports.tables import split_tall_rows


def _right(s) -> ParagraphStyle:  # noqa: ANN001
    return ParagraphStyle("right", parent=s.signature, alignment=TA_RIGHT)


def _sentence(text: str) -> str:
    """``text`` ending with a full stop (a problem typed without one runs into the next phrase otherwise)."""
    text = text.strip()
    return text if not text or text[-1] in "。！？；.!?" else text + "。"


def _stamp(s, branch: Branch, day: dt.date | None) -> list:  # noqa: ANN001
    return [Spacer(1, 8 * mm), s.p(f"{branch.name}（盖章）", _right(s)),
            s.p(styles.fmt_date(day) if day else "　　　　年　　月　　日", _right(s))]


# -- 民主测评票 ----------------------------------------------------------------------------------------------------------


def build_ballot_pdf(path: Path | str, branch: Branch, year: int, entries: Sequence[AppraisalEntry],
                     rules: AppraisalRules) -> Path:
    """One sheet to copy and hand out: every member to be graded with four boxes; two columns of names when
    the list is long, so a branch of up to about fifty fits one page."""
    doc = styles.FormalDocument(path, title=f"{branch.name}{year}年度民主评议党员测评票", branch_name=branch.name,
                                subject="民主评议党员测评票")
    s = doc.styles
    compact = ParagraphStyle("ballot_title", parent=s.title, fontSize=18, leading=26, spaceAfter=2 * mm)
    limit = allowed_excellent(len(entries), rules)
    story: list = [s.p("民主评议党员测评票", compact), s.p(f"{branch.name}　{year}年度", s.subtitle)]
    rule = ("超过的本票无效" if rules.void_over_quota_ballots else "请勿超过")
    story.append(s.p(
        f"请在每名党员对应的评议等次栏内划“√”，每人只选一个等次。参评党员{len(entries)}名，评为“优秀”的不超过"
        f"{limit}名（{rules.share_text}），{rule}。预备党员参加评议，不列入测评。本票不署名。", s.body))
    story.append(Spacer(1, 2 * mm))
    heads = ["序号", "姓名", *(g.value if len(g.value) < 4 else f"{g.value[:2]}\n{g.value[2:]}" for g in GRADES)]
    rows = [[str(i), e.member_name, "", "", "", ""] for i, e in enumerate(entries, start=1)]
    two = len(rows) > 22
    width = doc.frame_width
    if two:
        half = (len(rows) + 1) // 2
        col = (width - 6 * mm) / 2
        widths = styles.scaled_widths([9, 17, 12, 12, 12, 12], col)
        left = _ballot_table(s, heads, rows[:half], widths)
        right = _ballot_table(s, heads, rows[half:] or [["", "", "", "", "", ""]], widths)
        outer = Table([[left, "", right]], colWidths=[col, 6 * mm, col])
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(outer)
    else:
        story.append(_ballot_table(s, heads, rows, styles.scaled_widths([10, 34, 18, 18, 20, 18], width)))
    story.append(styles.closing_block(s, Spacer(1, 4 * mm), s.p("请将测评票折叠后投入票箱。", s.body_flush),
                                      s.p("　　　　年　　月　　日", _right(s))))
    return doc.build(story)


def _ballot_table(s, heads: list[str], rows: list[list[str]], widths: list[float]) -> Table:  # noqa: ANN001
    head = ParagraphStyle("ballot_head", parent=s.head, fontSize=9.5, leading=12)
    data = [[s.p(h, head) for h in heads]] + [[s.p(v, s.cell_center) for v in r] for r in rows]
    t = Table(data, colWidths=widths, rowHeights=[None] + [7.6 * mm] * len(rows), repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, styles.GRID),
                           ("BACKGROUND", (0, 0), (-1, 0), styles.HEAD_FILL),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, 0), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, 0), 3)]))
    return t


# -- 结果汇总表 ---------------------------------------------------------------------------------------------------------


def build_results_pdf(path: Path | str, branch: Branch, c: LifeMeeting, rules: AppraisalRules,
                      today: dt.date) -> Path:
    doc = styles.FormalDocument(path, title=f"{branch.name}{c.year}年度民主评议党员结果汇总表", branch_name=branch.name,
                                landscape_mode=True, subject="民主评议党员结果汇总表")
    s = doc.styles
    w = doc.frame_width
    story: list = [s.p(f"{c.year}年度民主评议党员结果汇总表", s.title), s.p(f"党支部：{branch.name}", s.subtitle)]
    members = appraised(c.entries, rules)
    counts = grade_counts(c.entries, rules)
    day = c.appraisal_date(today)
    probationary = [e.member_name for e in c.entries if e.probationary and not e.is_appraised(rules)
                    and not e.exempt_reason.strip()]
    exempt = [f"{e.member_name}（{e.exempt_reason}）" for e in c.entries if e.exempt_reason.strip()]
    story.append(styles.form_table(s, [
        ["评议日期", styles.fmt_date(day) or "（尚未进行）", "参评党员", f"{len(members)}名（优秀不超过"
                                                     f"{allowed_excellent(len(members), rules)}名）"],
        ["发出测评票", f"{c.ballots_issued}张" if c.ballots_issued else "—", "收回测评票",
         f"{c.ballots_returned}张" if c.ballots_returned else "—"],
        ["评定结果", "，".join(f"{g}{counts[g]}名" for g in GRADES), "未列入评定",
         "；".join(filter(None, [f"预备党员{'、'.join(probationary)}" if probationary else "",
                                 f"不参加评议{'、'.join(exempt)}" if exempt else ""])) or "无"],
    ], [w * 0.12, w * 0.38, w * 0.12, w * 0.38], label_columns=(0, 2)))
    story.append(Spacer(1, 4 * mm))
    heads = ["序号", "姓名", "党小组", "优秀票", "合格票", "基本合格票", "不合格票", "组织评定", "处理意见", "告知日期"]
    rows = []
    for i, e in enumerate(c.entries, start=1):
        grade = e.grade.value if e.grade else ("不评定等次" if not e.is_appraised(rules) else "未评定")
        rows.append([str(i), e.member_name, e.group_name, *(str(e.votes_for(g)) for g in GRADES), grade,
                     e.follow_up.value if e.follow_up else "", e.notified_on.isoformat() if e.notified_on else ""])
    widths = styles.scaled_widths([10, 20, 40, 16, 16, 20, 16, 22, 22, 24], w)
    story.append(styles.data_table(s, heads, rows, widths, align=["center"] * len(heads)))
    weak = [e for e in c.entries if e.grade in WEAK_GRADES]
    story.extend(styles.heading_block(s, "评为基本合格、不合格党员的处理情况", s.h2))
    if weak:
        widths = styles.scaled_widths([20, 20, 22, 120, 26], w)
        wrows, _ = split_tall_rows(s, [[e.member_name, e.grade.value if e.grade else "",
                                        e.follow_up.value if e.follow_up else "（未登记）", e.follow_up_note,
                                        styles.fmt_date(e.follow_up_on)] for e in weak], widths, (3,),
                                   doc.frame_height * 0.3)
        story.append(styles.data_table(s, ["姓名", "评定等次", "处理意见", "具体措施", "决定日期"], wrows, widths,
                                       align=["center", "center", "center", "left", "center"]))
    else:
        story.append(s.p("无。", s.body_flush))
    story.append(styles.closing_block(s, styles.signature_block(s, ["计票人", "监票人"], w, with_date=False),
                                      styles.signature_block(s, ["党支部书记"], w / 2, with_date=False),
                                      *_stamp(s, branch, day)))
    return doc.build(story)


# -- 情况报告 -----------------------------------------------------------------------------------------------------------


def build_report_pdf(path: Path | str, branch: Branch, c: LifeMeeting, rules: AppraisalRules, prep: Preparation,
                     categories: tuple[str, ...], today: dt.date) -> Path:
    title = f"关于召开{c.year}年度组织生活会" + ("和开展民主评议党员" if c.appraisal_with_meeting else "") + "情况的报告"
    doc = styles.FormalDocument(path, title=title, branch_name=branch.name, subject="组织生活会情况报告")
    s = doc.styles
    story: list = [s.p(title, s.title), s.p(f"{branch.parent_committee or '上级党委'}：", s.body_flush)]
    m = c.meeting
    held = c.held_on(today)
    if held and m:
        absent = f"，{'；'.join(m.absent)}缺席" if m.absent else ""
        meeting = (f"{branch.name}于{styles.fmt_date(held)}在{m.place or '本支部'}召开{c.year}年度组织生活会"
                   + ("，同时开展民主评议党员" if c.appraisal_with_meeting else "")
                   + (f"。会议主题是“{c.topic}”" if c.topic else "")
                   + f"。应到党员{m.expected}名，实到{m.present}名{absent}。"
                   + (f"会议由{m.host}主持。" if m.host else "")
                   + (f"{c.higher_attendee}到会指导。" if c.higher_attendee else ""))
    else:
        day = m.date if m else c.planned_on
        meeting = (f"{branch.name}{c.year}年度组织生活会" + (f"计划于{styles.fmt_date(day)}召开" if day else "尚未召开")
                   + (f"，主题是“{c.topic}”" if c.topic else "") + "。本报告为会前准备情况。")
    if c.reported_on:
        meeting += f"会前已于{styles.fmt_date(c.reported_on)}向上级党委报告。"
    story.append(s.p(meeting + "现将有关情况报告如下。", s.body))

    story.extend(styles.heading_block(s, "一、会前准备情况", s.h2))
    cats = "，".join(f"{k}{n}条" for k, n in opinion_counts(c.opinions, categories))
    talks = (f"围绕会议主题开展谈心谈话，书记与支委、支委与所联系党小组党员应谈{prep.talks_expected}对，已谈"
             f"{prep.talks_expected - len(prep.talks_missing)}对"
             + (f"（尚未谈话：{'、'.join(prep.talks_missing[:8])}{'等' if len(prep.talks_missing) > 8 else ''}）"
                if prep.talks_missing else "，全部谈到") + "。")
    story.append(s.p(
        f"会前通过座谈、个别访谈等方式征求党员和群众意见建议{prep.opinions}条" + (f"（{cats}）" if cats else "")
        + f"。{talks}支部委员会查摆班子问题{prep.branch_problems}条"
        + (f"，{'、'.join(prep.committee_without_list)}尚未提交个人问题清单" if prep.committee_without_list
           else "，支部委员均形成了个人问题清单")
        + f"；{prep.self_assessed}名党员完成个人自评。", s.body))

    story.extend(styles.heading_block(s, "二、查摆的主要问题", s.h2))
    branch_problems = [p for p in c.problems if p.is_branch]
    if branch_problems:
        for i, p in enumerate(branch_problems, start=1):
            text = _sentence(f"{i}. {p.problem}") + (_sentence(f"具体表现：{p.manifestation}") if p.manifestation
                                                       else "") + (_sentence(f"原因分析：{p.cause}") if p.cause else "")
            story.append(s.p(text, s.body))
    else:
        story.append(s.p("（支部班子问题清单尚未填写）", s.body))
    personal = len(c.problems) - len(branch_problems)
    if personal:
        story.append(s.p(f"支部委员和党员个人查摆问题{personal}条，已分别制定整改措施。", s.body))

    story.extend(styles.heading_block(s, "三、开展批评和自我批评情况", s.h2))
    if c.criticisms:
        selfc = sum(1 for x in c.criticisms if x.is_self)
        story.append(s.p(f"与会同志逐一对照检查，开展批评和自我批评，共提出批评意见{len(c.criticisms) - selfc}条"
                         + (f"、自我批评{selfc}条" if selfc else "") + "。批评意见见人见事、坦诚相见，被批评同志均作了表态。",
                         s.body))
    else:
        story.append(s.p("（尚未登记批评和自我批评情况）", s.body))
    if c.summary:
        story.append(s.p(c.summary, s.body))

    if c.appraisal_with_meeting or c.entries:
        story.extend(styles.heading_block(s, "四、民主评议党员情况", s.h2))
        counts = grade_counts(c.entries, rules)
        members = appraised(c.entries, rules)
        if any(counts.values()):
            weak = [e for e in c.entries if e.grade in WEAK_GRADES]
            story.append(s.p(
                f"按照个人自评、党员互评、民主测评、组织评定的程序开展民主评议，参评党员{len(members)}名"
                + (f"，发出测评票{c.ballots_issued}张，收回{c.ballots_returned}张" if c.ballots_issued else "")
                + "。评定结果：" + "，".join(f"{g}{counts[g]}名" for g in GRADES) + "。"
                + ("".join(f"{e.member_name}评为{e.grade}，支部决定{e.follow_up or '（待定）'}。" for e in weak))
                + ("评议结果已逐一告知本人。" if all(e.notified_on for e in c.entries if e.grade) else ""), s.body))
        else:
            story.append(s.p("民主评议尚未完成。", s.body))

    story.extend(styles.heading_block(s, "五、整改措施", s.h2))
    if branch_problems:
        w = doc.frame_width
        widths = styles.scaled_widths([8, 46, 50, 16, 27], w)
        rows, _ = split_tall_rows(s, [[str(i), p.problem, p.measure, p.responsible, styles.fmt_date(p.deadline)]
                                      for i, p in enumerate(branch_problems, start=1)], widths, (1, 2),
                                  doc.frame_height * 0.3)
        story.append(styles.data_table(s, ["序号", "问题", "整改措施", "责任人", "整改时限"], rows, widths,
                                       align=["center", "left", "left", "center", "center"]))
        story.append(Spacer(1, 2 * mm))
        story.append(s.p("支部将对照整改清单逐项抓好落实，整改情况在一定范围内通报，并接受党员群众监督。", s.body))
    else:
        story.append(s.p("（整改措施尚未制定）", s.body))
    story.append(s.p("特此报告。", s.body))
    story.append(styles.closing_block(s, *_stamp(s, branch, c.report_sent_on or (held if held else None))))
    return doc.build(story)


# -- 整改清单 ----------------------------------------------------------------------------------------------------------


def build_rectifications_pdf(path: Path | str, branch: Branch, c: LifeMeeting, today: dt.date) -> Path:
    doc = styles.FormalDocument(path, title=f"{branch.name}{c.year}年度组织生活会整改清单", branch_name=branch.name,
                                landscape_mode=True, subject="整改清单")
    s = doc.styles
    w = doc.frame_width
    story: list = [s.p(f"{c.year}年度组织生活会整改清单", s.title), s.p(branch.name, s.subtitle)]
    ordered = [p for p in c.problems if p.is_branch] + [p for p in c.problems if not p.is_branch]
    rows = []
    for i, p in enumerate(ordered, start=1):
        state = p.status.value
        if p.status is RectStatus.DONE and p.completed_on:
            state = f"已完成\n{p.completed_on.isoformat()}"
        elif p.deadline and p.deadline < today:
            state = f"已逾期\n（{p.status.value}）"
        rows.append([str(i), p.owner, p.problem, p.measure, p.responsible, p.deadline.isoformat() if p.deadline
                     else "", state])
    widths = styles.scaled_widths([10, 22, 70, 80, 20, 26, 26], w)
    rows, _ = split_tall_rows(s, rows, widths, (2, 3), doc.frame_height * 0.3)
    story.append(styles.data_table(s, ["序号", "对象", "存在问题", "整改措施", "责任人", "整改时限", "完成情况"], rows, widths,
                                   align=["center", "center", "left", "left", "center", "center", "center"]))
    done = sum(1 for p in c.problems if p.status is RectStatus.DONE)
    story.append(Spacer(1, 3 * mm))
    story.append(s.p(f"共{len(c.problems)}项，已完成{done}项。欢迎党员群众监督。", s.body_flush))
    story.append(styles.closing_block(s, *_stamp(s, branch, None)))
    return doc.build(story)
