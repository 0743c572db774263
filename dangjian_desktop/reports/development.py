"""发展党员 on paper: the 全程纪实表 of one person (all 25 steps, dates and people; a missing or out-of-order step
is marked ※ and printed in red), the half-yearly 培养考察登记表, the 公示 text, and the branch's yearly list of
applicants, 积极分子, 发展对象 and 预备党员."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from dangjian_desktop.domain.development import (
    STAGE_TITLES,
    Case,
    ContactRole,
    Publicity,
    PublicityKind,
    RecordSheet,
    Standing,
    YearFigures,
    add_working_days,
    working_days,
)
from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.reports import styles
from dangjian_desktop.reports.tables import split_tall_rows

RED = colors.HexColor("#B22222")
MARK = "※"


def _d(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _ym(d: dt.date | None) -> str:
    return f"{d.year}.{d.month:02d}" if d else ""


def _right(s) -> ParagraphStyle:  # noqa: ANN001
    return ParagraphStyle("right", parent=s.signature, alignment=TA_RIGHT)


def _red(s) -> ParagraphStyle:  # noqa: ANN001
    return ParagraphStyle("cell_red", parent=s.cell, textColor=RED)


def _person_block(s, w: float, c: Case, standing: str, extra: Sequence[tuple[str, str]] = ()):  # noqa: ANN001, ANN202
    pairs = [("姓名", c.name), ("性别", c.gender), ("民族", c.ethnicity), ("出生日期", _d(c.birth_date)),
             ("身份证号", c.id_number), ("学历", c.education), ("岗位/职务", c.position), ("党小组", c.group_name),
             ("申请入党日期", _d(c.applied_on)), ("现状", standing), *extra]
    if len(pairs) % 2:
        pairs.append(("", ""))
    rows = [[a, b, x, y] for (a, b), (x, y) in zip(pairs[::2], pairs[1::2], strict=True)]
    return styles.form_table(s, rows, [w * 0.17, w * 0.33, w * 0.17, w * 0.33], label_columns=(0, 2))


# -- 全程纪实表 ---------------------------------------------------------------------------------------------------


STEP_HEADERS = ["步骤", "内容", "日期", "经办人/决定机构", "结果及情况", "期限与核对"]
STEP_WIDTHS_MM = [11, 28, 24, 22, 42, 34]


def build_record_pdf(path: Path | str, branch: Branch, sheet: RecordSheet) -> Path:
    c = sheet.case
    doc = styles.FormalDocument(path, title=f"发展党员全程纪实表（{c.name}）", branch_name=branch.name,
                                subject="发展党员全程纪实表")
    s = doc.styles
    w = doc.frame_width
    story: list = [s.p("发展党员全程纪实表", s.title), s.p(branch.name, s.subtitle)]
    extra = [("培养联系人", sheet.mentors), ("入党介绍人", sheet.sponsors),
             ("入党日期", _d(c.admitted_on)), ("预备期满", _d(sheet.probation_ends))]
    story.append(_person_block(s, w, c, sheet.standing, extra))
    story.append(Spacer(1, 4 * mm))
    widths = styles.scaled_widths(STEP_WIDTHS_MM, w)
    red = _red(s)
    rows: list[list[object]] = []
    stage_rows: list[int] = []
    stage = None
    for line in sheet.lines:
        if line.stage != stage:
            stage = line.stage
            stage_rows.append(len(rows) + 1)
            rows.append([s.p(f"第{['一', '二', '三', '四', '五'][stage - 1]}阶段　{STAGE_TITLES[stage]}", s.label),
                         "", "", "", "", ""])
        check = f"{MARK}{line.check}" if line.problem else line.check
        row: list[object] = [str(line.number), line.name, line.date, line.handler, line.result,
                             s.p(check, red) if line.problem else check]
        if line.out_of_order or line.date == "缺":
            row[2] = s.p(line.date, red)
        rows.append(row)
    # a long result (notes, the 大会's figures) continues in the rows below instead of breaking the table
    body, source = split_tall_rows(s, rows, widths, (4,), doc.frame_height * 0.3)
    t = styles.data_table(s, STEP_HEADERS, body, widths, align=["center", "left", "center", "center", "left", "left"])
    stage_src = {r - 1 for r in stage_rows}
    cmds = []
    for r in (i + 1 for i, src in enumerate(source) if src in stage_src):
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), styles.HEAD_FILL)]
    t.setStyle(TableStyle(cmds))
    story.append(t)
    story.extend(_record_details(s, w, sheet))
    # the findings go with the signatures: the closing block never stands alone on the last page
    checks = [s.p("程序核查", s.h2)]
    if sheet.findings:
        red = ParagraphStyle("finding", parent=s.body_flush, textColor=RED)
        checks += [s.p(f"{MARK}{i}. {msg}", red) for i, msg in enumerate(sheet.findings, start=1)]
    else:
        checks.append(s.p("经核对，已登记的步骤齐全、顺序正确，各项期限均符合规定。", s.body_flush))
    story.append(styles.closing_block(s, *checks, *_signatures(s, w, "党支部书记", "经办人")))
    return doc.build(story)


def _signatures(s, w: float, *labels: str) -> list:  # noqa: ANN001
    """One signature line a row: two to a row leave "党支部书记（签字）" too little room on portrait A4."""
    return [styles.signature_block(s, [label], w, with_date=i == len(labels) - 1) for i, label in enumerate(labels)]


def _record_details(s, w: float, sheet: RecordSheet) -> list:  # noqa: ANN001
    c = sheet.case
    out: list = []
    if c.assessments:
        out.extend(styles.heading_block(s, "培养考察记录", s.h2))
        widths = styles.scaled_widths([24, 26, 26, 86], w)
        rows = [[_d(a.on), a.period, a.assessor, a.performance + (f"\n考察意见：{a.opinion}" if a.opinion else "")]
                for a in c.assessments]
        rows, _ = split_tall_rows(s, rows, widths, (3,), 160)
        out.append(styles.data_table(s, ["考察日期", "考察时段", "考察人", "考察情况及意见"], rows, widths,
                                     align=["center", "center", "center", "left"]))
    if c.publicity:
        out.extend(styles.heading_block(s, "公示情况", s.h2))
        widths = styles.scaled_widths([40, 50, 20, 52], w)
        out.append(styles.data_table(s, ["公示", "公示时间", "工作日", "结果"], [
            [p.kind.value, f"{_d(p.starts_on)}至{_d(p.ends_on)}", str(working_days(p.starts_on, p.ends_on)),
             "；".join(x for x in (p.outcome, p.note) if x)] for p in c.publicity], widths,
            align=["center", "center", "center", "left"]))
    lines = []
    if c.extension:
        e = c.extension
        lines.append(f"延长预备期：{styles.fmt_date(e.decided_on)}支部党员大会决定延长预备期{e.months}个月"
                     + (f"（{sheet.extension_meeting}）" if sheet.extension_meeting else "")
                     + (f"，{styles.fmt_date(e.approved_on)}上级党委批准" if e.approved_on else "")
                     + (f"。原因：{e.reason}" if e.reason else "。"))
    if c.status.value != "培养中":
        lines.append(f"现状：{c.status.value}" + (f"（{styles.fmt_date(c.status_on)}）" if c.status_on else "")
                     + (f"。{c.status_reason}" if c.status_reason else "。"))
    if c.note:
        lines.append(f"备注：{c.note}")
    if lines:
        out.extend(styles.heading_block(s, "其他情况", s.h2))
        out.extend(s.p(x, s.body_flush) for x in lines)
    return out


# -- 培养考察登记表 -------------------------------------------------------------------------------------------------


def build_assessment_pdf(path: Path | str, branch: Branch, c: Case, standing: str, findings: Sequence[str]) -> Path:
    doc = styles.FormalDocument(path, title=f"培养考察登记表（{c.name}）", branch_name=branch.name, subject="培养考察登记表")
    s = doc.styles
    w = doc.frame_width
    story: list = [s.p("入党积极分子、发展对象、预备党员培养考察登记表", s.title), s.p(branch.name, s.subtitle)]
    mentors = "、".join(x.name for x in c.contacts if x.role is ContactRole.MENTOR)
    sponsors = "、".join(x.name for x in c.contacts if x.role is ContactRole.SPONSOR)
    story.append(_person_block(s, w, c, standing, [
        ("确定积极分子", _d(c.on(3))), ("确定发展对象", _d(c.on(7))), ("培养联系人", mentors),
        ("入党介绍人", sponsors)]))
    if not c.assessments:
        story.append(Spacer(1, 6 * mm))
        story.append(s.p("（还没有书面考察记录。每半年考察一次后，在“发展党员”页面的“培养考察”中登记。）", s.body_flush))
    last: list = []
    for i, a in enumerate(c.assessments, start=1):
        block = [Spacer(1, 5 * mm), s.p(f"第{i}次考察　{a.period or ''}", s.h2), styles.form_table(s, [
            ["考察日期", _d(a.on), "考察人", a.assessor],
            ["现实表现", a.performance or "", "", ""],
            ["考察意见", a.opinion or "", "", ""],
        ], [w * 0.16, w * 0.34, w * 0.16, w * 0.34], label_columns=(0, 2),
            spans=[((1, 1), (3, 1)), ((1, 2), (3, 2))])]
        if i == len(c.assessments):
            last = block  # goes with the signatures: they never stand alone on the last page
        else:
            story.append(KeepTogether(block))
    checks = [*last, Spacer(1, 3 * mm), s.p(f"共{len(c.assessments)}次书面考察。", s.body_flush)]
    if findings:
        checks += [s.p("核查", s.h2)] + [s.p(f"{MARK}{m}", ParagraphStyle("f", parent=s.body_flush, textColor=RED))
                                        for m in findings]
    story.append(styles.closing_block(s, *checks, *_signatures(s, w, "培养联系人", "党支部书记")))
    return doc.build(story)


# -- 公示 -----------------------------------------------------------------------------------------------------------


def build_notice_pdf(path: Path | str, branch: Branch, p: Publicity, people: Sequence[Case], workdays: int) -> Path:
    candidate = p.kind is PublicityKind.CANDIDATE
    names = "、".join(c.name for c in people[:3]) + ("等" if len(people) > 1 else "")
    what = "发展对象" if candidate else "中共预备党员"
    title = f"关于拟{'确定' if candidate else '接收'}{names}{len(people)}名同志为{what}的公示" if len(people) > 1 \
        else f"关于拟{'确定' if candidate else '接收'}{names}同志为{what}的公示"
    doc = styles.FormalDocument(path, title=title, branch_name=branch.name, subject="发展党员公示")
    s = doc.styles
    w = doc.frame_width
    story: list = [s.p(title, s.title)]
    how = ("经党员推荐、群团组织推优，支部委员会研究，拟确定下列同志为发展对象" if candidate else
           "经支部委员会审查，拟将下列同志提交支部党员大会讨论接收为中共预备党员")
    story.append(s.p(f"根据《中国共产党发展党员工作细则》的规定，{how}，现予以公示：", s.body))
    story.append(Spacer(1, 2 * mm))
    if candidate:
        headers = ["姓名", "性别", "出生年月", "学历", "岗位/职务", "申请入党时间", "确定为积极分子时间"]
        rows = [[c.name, c.gender, _ym(c.birth_date), c.education, c.position, _d(c.applied_on), _d(c.on(3))]
                for c in people]
        widths = styles.scaled_widths([18, 10, 18, 18, 34, 24, 26], w)
    else:
        headers = ["姓名", "性别", "出生年月", "学历", "岗位/职务", "申请入党时间", "确定为发展对象时间", "入党介绍人"]
        rows = [[c.name, c.gender, _ym(c.birth_date), c.education, c.position, _d(c.applied_on), _d(c.on(7)),
                 "、".join(x.name for x in c.contacts if x.role is ContactRole.SPONSOR)] for c in people]
        widths = styles.scaled_widths([16, 9, 16, 16, 28, 22, 22, 24], w)
    story.append(styles.data_table(s, headers, rows, widths, align=["center"] * len(headers)))
    story.append(Spacer(1, 3 * mm))
    days = working_days(p.starts_on, p.ends_on)
    story.append(s.p(f"公示时间：{styles.fmt_date(p.starts_on)}至{styles.fmt_date(p.ends_on)}（{days}个工作日"
                     + (f"，不少于{workdays}个工作日应至{styles.fmt_date(add_working_days(p.starts_on, workdays))}"
                        if days < workdays else "") + "）。", s.body))
    story.append(s.p("公示期间，党员和群众可以通过来信、来电、来访等方式，向党支部反映公示对象的有关情况和问题。"
                     "反映问题要实事求是，以个人名义反映的请署真实姓名，以单位名义反映的请加盖公章。", s.body))
    story.append(s.p("联系人：　　　　　　　联系电话：", s.body))
    story.append(styles.closing_block(s, Spacer(1, 10 * mm), s.p(f"{branch.name}（盖章）", _right(s)),
                                      s.p(styles.fmt_date(p.starts_on), _right(s))))
    return doc.build(story)


# -- the yearly list ------------------------------------------------------------------------------------------------


LIST_HEADERS = ["序号", "姓名", "性别", "出生年月", "学历", "岗位/职务", "申请入党", "确定积极分子", "确定发展对象",
                "入党日期", "预备期满", "培养联系人/入党介绍人"]
LIST_WIDTHS_MM = [9, 15, 8, 17, 16, 26, 25, 25, 25, 25, 25, 34]


def build_list_pdf(path: Path | str, branch: Branch, f: YearFigures, probation_ends: dict[str, dt.date | None]) -> Path:
    title = f"{branch.name}{f.year}年度发展党员工作名册"
    doc = styles.FormalDocument(path, title=title, branch_name=branch.name, landscape_mode=True, subject="发展党员工作名册")
    s = doc.styles
    w = doc.frame_width
    story: list = [s.p(title, s.title), s.p(f"入党申请人、入党积极分子、发展对象、预备党员（截至{styles.fmt_date(f.as_of)}）",
                                             s.subtitle)]
    story.append(s.p(
        f"{f.year}年收到入党申请{f.applied}份，确定入党积极分子{f.activists}名、发展对象{f.candidates}名，"
        f"接收预备党员{f.admitted}名，预备党员转正{f.converted}名。", s.body))
    widths = styles.scaled_widths(LIST_WIDTHS_MM, w)
    numerals = "一二三四"
    for i, standing in enumerate((Standing.APPLICANT, Standing.ACTIVIST, Standing.CANDIDATE, Standing.PROBATIONARY)):
        people = f.by_standing.get(standing, [])
        story.extend(styles.heading_block(s, f"{numerals[i]}、{standing.value}（{len(people)}名）", s.h2))
        if not people:
            story.append(s.p("无。", s.body_flush))
            continue
        rows = []
        for n, c in enumerate(people, start=1):
            role = ContactRole.SPONSOR if standing in (Standing.CANDIDATE, Standing.PROBATIONARY) else ContactRole.MENTOR
            helpers = "、".join(x.name for x in c.contacts if x.role is role)
            rows.append([str(n), c.name, c.gender, _ym(c.birth_date), c.education, c.position, _d(c.applied_on),
                         _d(c.on(3)), _d(c.on(7)), _d(c.admitted_on), _d(probation_ends.get(c.uuid or "")), helpers])
        story.append(styles.data_table(s, LIST_HEADERS, rows, widths, align=["center"] * 5 + ["left"] + ["center"] * 5
                                       + ["left"]))
    tail = [Spacer(1, 3 * mm)]
    if f.converted_cases:
        tail += [s.p(f"附：本年度转正（{len(f.converted_cases)}名）", s.h2),
                 s.p("、".join(f"{c.name}（{_d(c.on(23))}支部大会讨论，{_d(c.on(24))}上级党委批准）"
                               for c in f.converted_cases) + "。", s.body_flush)]
    total = sum(len(f.by_standing.get(x, [])) for x in (Standing.APPLICANT, Standing.ACTIVIST, Standing.CANDIDATE,
                                                          Standing.PROBATIONARY))
    tail.append(s.p(f"以上共{total}名，截至{styles.fmt_date(f.as_of)}。", s.body_flush))
    story.append(styles.closing_block(s, *tail, styles.signature_block(s, ["制表人", "党支部书记"], w)))
    return doc.build(story)
