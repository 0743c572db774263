"""发展党员's year: the 年度台账 chapter, 首页's figure, the printed documents (全程纪实表, 培养考察登记表, 公示, the
yearly list) and the figures headquarters sees — all read from DevelopmentService."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop.domain.dashboard import Glance, Stat
from dangjian_desktop.domain.development import (
    ADMISSION_VOTE,
    CONVERSION_APPROVAL,
    CONVERSION_VOTE,
    STEP,
    STEPS,
    Case,
    CaseStatus,
    ContactRole,
    Publicity,
    RecordSheet,
    Standing,
    StepLine,
    YearFigures,
    as_of,
)
from dangjian_desktop.domain.development_rules import (
    open_duties,
    probation_end_of,
    step_deadline,
)
from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.reminders import Reminder, Urgency

if TYPE_CHECKING:
    from dangjian_desktop.domain.ledger import LedgerSection
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.services.development import DevelopmentService

LIST_STANDINGS = (Standing.APPLICANT, Standing.ACTIVIST, Standing.CANDIDATE, Standing.PROBATIONARY)


def year_end(year: int, today: dt.date) -> dt.date:
    return min(dt.date(year, 12, 31), today)


def _d(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def year_figures(svc: DevelopmentService, year: int, today: dt.date) -> YearFigures:
    rules = svc.rules()
    end = year_end(year, today)
    out = YearFigures(year, end, {s: [] for s in Standing})

    def in_year(d: dt.date | None) -> bool:
        return d is not None and d.year == year and d <= end

    for full in svc.cases():
        if full.applied_on > end:
            continue
        c = as_of(full, end)
        out.by_standing[c.standing_on(end)].append(c)
        out.applied += in_year(c.applied_on)
        out.activists += in_year(c.on(3)) and c.done(3)
        out.candidates += in_year(c.on(7)) and c.done(7)
        out.admitted += c.admitted and in_year(c.on(ADMISSION_VOTE))
        if c.converted and in_year(c.on(CONVERSION_APPROVAL)):
            out.converted += 1
            out.converted_cases.append(c)
        out.overdue += sum(1 for d in open_duties(c, rules) if d.overdue(end))
    return out


# -- 首页 and headquarters ------------------------------------------------------------------------------------------


def glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    cases = [c for c in services.development.cases() if c.status is CaseStatus.ACTIVE]
    if not cases:
        return g
    rules = services.development.rules()
    counts = Counter(c.standing_on(today) for c in cases)
    overdue = sum(1 for c in cases for d in open_duties(c, rules) if d.overdue(today))
    parts = "、".join(f"{s.value[:2] if s is not Standing.ACTIVIST else '积极分子'}{counts[s]}"
                     for s in LIST_STANDINGS if counts[s])
    g.stats.append(Stat("正在培养的发展党员", f"{len(cases)}人", f"逾期{overdue}项" if overdue else parts,
                        warn=overdue > 0))
    return g


def hq_figures(services: Services, year: int, today: dt.date) -> dict[str, int | None]:
    """The pipeline at the end of ``year`` (today for this year) and the steps overdue then."""
    f = year_figures(services.development, year, today)
    return {"dev_applicants": f.count(Standing.APPLICANT), "dev_activists": f.count(Standing.ACTIVIST),
            "dev_candidates": f.count(Standing.CANDIDATE), "dev_probationary": f.count(Standing.PROBATIONARY),
            "dev_overdue": f.overdue}


# -- 首页: reminders -------------------------------------------------------------------------------------------------


def reminders(services: Services, today: dt.date) -> list[Reminder]:
    """Steps due within ``reminder_days`` and overdue ones, one reminder per open deadline."""
    if services.branch.profile() is None:
        return []
    svc = services.development
    rules = svc.rules()
    out: list[Reminder] = []
    for c in svc.cases():
        for d in open_duties(c, rules):
            days = (d.due - today).days
            if days > rules.reminder_days:
                continue
            late = days < 0
            if d.step in (22, CONVERSION_VOTE):
                title = (f"预备党员{c.name}的预备期已于{d.due:%Y年%m月%d日}期满" if late
                         else f"预备党员{c.name}的预备期将于{d.due:%Y年%m月%d日}期满")
                detail = ("请收取其书面转正申请，召开支部党员大会讨论其转正问题。" if d.step == 22
                          else "转正申请已收到：请召开支部党员大会讨论其转正问题。")
                if c.extension:
                    detail = f"（已延长预备期{c.extension.months}个月）" + detail
            else:
                when = f"已于{d.due:%Y年%m月%d日}到期" if late else f"应在{d.due:%Y年%m月%d日}前完成"
                title = f"发展党员{c.name}：{d.title}{'已逾期' if late else ''}"
                detail = f"第{d.step}步“{STEP[d.step].name}”{when}。"
            out.append(Reminder("development_due", title, detail, d.due, Urgency.OVERDUE if late else Urgency.SOON,
                                page="development", record_kind="development_case", record_uuid=c.uuid or ""))
    return out


# -- 年度台账 -------------------------------------------------------------------------------------------------------


def chapters(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text  # the ledger only, not 首页

    f = year_figures(services.development, year, today)
    if not any(f.by_standing.values()):
        return [LedgerSection("development", "发展党员工作情况", 35, [
            Text(f"{year}年没有发展党员工作记录（程序中没有入党申请人的记录）。", "flush")], new_page=False)]
    rules = services.development.rules()
    blocks: list = [Text(
        f"{year}年收到入党申请{f.applied}份，确定入党积极分子{f.activists}名、发展对象{f.candidates}名，"
        f"接收预备党员{f.admitted}名，预备党员转正{f.converted}名。截至{f.as_of.year}年{f.as_of.month}月"
        f"{f.as_of.day}日，有入党申请人{f.count(Standing.APPLICANT)}名、入党积极分子{f.count(Standing.ACTIVIST)}名、"
        f"发展对象{f.count(Standing.CANDIDATE)}名、预备党员{f.count(Standing.PROBATIONARY)}名"
        + (f"；逾期未办的步骤{f.overdue}项。" if f.overdue else "。"))]
    rows = []
    listed = [(st, c) for st in LIST_STANDINGS for c in f.by_standing[st]]
    checked = services.development.checks([c for _st, c in listed], f.as_of)
    for (st, c), findings in zip(listed, checked, strict=True):
        duties = open_duties(c, rules)
        todo = [f"{d.title}（{_d(d.due)}前）" for d in duties[:2]]
        if findings:
            todo.append(f"程序问题{len(findings)}项")
        rows.append((c.name, st.value, _d(c.applied_on), _d(c.on(3)), _d(c.on(7)), _d(c.admitted_on),
                     "；".join(todo)))
    blocks.append(Text("发展党员工作进度", "heading"))
    blocks.append(Table(("姓名", "身份", "申请入党", "积极分子", "发展对象", "接收预备党员", "待办事项和程序问题"),
                        tuple(rows), (1.2, 1.2, 1.6, 1.6, 1.6, 1.6, 2.6),
                        ("center", "center", "center", "center", "center", "center", "left")))
    if f.converted_cases:
        blocks.append(Text("本年度转正：" + "、".join(
            f"{c.name}（{_d(c.on(CONVERSION_VOTE))}支部大会讨论，{_d(c.on(CONVERSION_APPROVAL))}批准）"
            for c in f.converted_cases) + "。", "flush"))
    blocks.append(Text("每人的25个步骤见“发展党员全程纪实表”（在“发展党员”页面打印）。", "note"))
    return [LedgerSection("development", "发展党员工作情况", 35, blocks)]


# -- documents (features/development.py) ------------------------------------------------------------------------


def record_sheet(svc: DevelopmentService, case: Case, today: dt.date) -> RecordSheet:
    """The 全程纪实表 of one person as printable rows (reports/development.py lays it out)."""
    rules = svc.rules()
    findings = svc.check(case, today)
    missing = {f.step for f in findings if f.kind == "missing"}
    late = {d.step: d for d in open_duties(case, rules) if d.overdue(today)}
    messages = [f.message for f in findings] + [
        f"第{d.step}步“{STEPS[d.step - 1].name}”：{d.title}应在{d.due:%Y年%m月%d日}前完成，已逾期{(today - d.due).days}天"
        for d in late.values()]
    out_of_order = {f.step for f in findings if f.kind == "order"}
    flagged: dict[int, list[str]] = {}
    for f in findings:
        if f.step is not None and f.kind != "missing":
            flagged.setdefault(f.step, []).append(f.message)
    lines = []
    for spec in STEPS:
        rec = case.steps.get(spec.number)
        deadline = step_deadline(case, spec.number, rules)
        due = ""
        if deadline:
            word, day = deadline
            due = f"应在{day:%Y-%m-%d}前" if word == "前" else f"{day:%Y-%m-%d}起方可"
        if rec is None:
            gap = spec.number in missing
            overdue = spec.number in late
            check = "；".join(x for x in (due, "已逾期" if overdue else "") if x)
            check = "；".join(x for x in ("缺少此步骤" if gap else "", check) if x)
            lines.append(StepLine(spec.number, spec.stage, spec.name, "缺" if gap else "", "", "", check,
                                  gap or overdue))
            continue
        result = "；".join(x for x in (rec.outcome_text, rec.result) if x)
        if spec.number in (5, 9):
            role = ContactRole.MENTOR if spec.number == 5 else ContactRole.SPONSOR
            people = "、".join(x.name for x in case.contacts_of(role))
            result = "；".join(x for x in (f"{role.value}：{people}" if people else "", result) if x)
        if spec.number == 11 and not case.training.is_empty:
            t = case.training
            result = "；".join(x for x in (f"{t.days:g}天、{t.hours:g}学时" + (f"，{t.organiser}" if t.organiser else "")
                                            + (f"，结业证书{t.certificate}" if t.certificate else ""), result) if x)
        if spec.number in (ADMISSION_VOTE, CONVERSION_VOTE) and (v := svc.vote(case, spec.number)):
            result = "；".join(x for x in (result, v.text) if x)
        elif rec.meeting_uuid:
            result = "；".join(x for x in (result, f"会议：{svc.meeting_title(rec.meeting_uuid)}") if x)
        if rec.note:
            result = "；".join(x for x in (result, rec.note) if x)
        checks = flagged.get(spec.number, []) + (["已逾期"] if spec.number in late else [])
        check = "；".join(([due] if due else []) + (checks or (["按期"] if due else [])))
        lines.append(StepLine(spec.number, spec.stage, spec.name, _d(rec.on), rec.handler, result, check,
                              bool(checks), spec.number in out_of_order))
    return RecordSheet(case=case, standing=case.standing_on(today).value, lines=lines,
                       findings=messages, probation_ends=probation_end_of(case, rules),
                       mentors="、".join(x.name for x in case.contacts_of(ContactRole.MENTOR)),
                       sponsors="、".join(x.name for x in case.contacts_of(ContactRole.SPONSOR)),
                       extension_meeting=svc.meeting_title(case.extension.meeting_uuid) if case.extension else "")


def record_pdf(svc: DevelopmentService, case_uuid: str, out: Path, today: dt.date | None = None) -> Path:
    from dangjian_desktop import clock
    from dangjian_desktop.reports.development import build_record_pdf

    case = svc.case(case_uuid)
    return build_record_pdf(out, svc.branches.require_profile(), record_sheet(svc, case, today or clock.today()))


def assessment_pdf(svc: DevelopmentService, case_uuid: str, out: Path, today: dt.date | None = None) -> Path:
    from dangjian_desktop import clock
    from dangjian_desktop.reports.development import build_assessment_pdf

    today = today or clock.today()
    case = svc.case(case_uuid)
    findings = [f.message for f in svc.check(case, today) if f.kind == "assessment"] + [
        f"{d.title}应在{d.due:%Y年%m月%d日}前进行，已逾期{(today - d.due).days}天"
        for d in open_duties(case, svc.rules()) if d.step in (6, 21) and d.overdue(today)]
    return build_assessment_pdf(out, svc.branches.require_profile(), case, case.standing_on(today).value, findings)


def notice_pdf(svc: DevelopmentService, case_uuid: str, publicity_uuid: str, out: Path) -> Path:
    """The 公示 text: everyone of the branch in the same 公示 (same kind and dates) on one notice."""
    from dangjian_desktop.reports.development import build_notice_pdf

    case = svc.case(case_uuid)
    p = next((x for x in case.publicity if x.uuid == publicity_uuid), None)
    if p is None:
        raise NotFoundError("找不到该公示记录。")
    people: list[tuple[Case, Publicity]] = []
    for c in svc.cases():
        for x in c.publicity:
            if (x.kind, x.starts_on, x.ends_on) == (p.kind, p.starts_on, p.ends_on):
                people.append((c, x))
    return build_notice_pdf(out, svc.branches.require_profile(), p, [c for c, _ in people],
                            svc.rules().publicity_workdays)


def list_pdf(svc: DevelopmentService, year: int, out: Path, today: dt.date | None = None) -> Path:
    from dangjian_desktop import clock
    from dangjian_desktop.reports.development import build_list_pdf

    f = year_figures(svc, year, today or clock.today())
    rules = svc.rules()
    return build_list_pdf(out, svc.branches.require_profile(), f, {c.uuid or "": probation_end_of(c, rules)
                                                      for c in f.by_standing[Standing.PROBATIONARY]})


def make_record(services: Services, out: Path, year: int | None, *, name: str = "", **_: Any) -> Path:
    """发展党员全程纪实表 (``dangjian report development --name NAME``)."""
    if not name:
        raise ValidationError("请用 --name 写明要打印谁的全程纪实表。")
    return record_pdf(services.development, services.development.find(name).uuid or "", out)


def make_assessment(services: Services, out: Path, year: int | None, *, name: str = "", **_: Any) -> Path:
    if not name:
        raise ValidationError("请用 --name 写明要打印谁的培养考察登记表。")
    return assessment_pdf(services.development, services.development.find(name).uuid or "", out)


def make_list(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    """The branch's yearly list of applicants, 积极分子, 发展对象 and 预备党员."""
    from dangjian_desktop import clock

    return list_pdf(services.development, year or clock.today().year, out)
