"""The dues' year: the 年度台账 chapter, 首页's figures and reminders, the documents of 报表 and the package, and the figures
headquarters sees — all read from DuesService."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop.domain.charts import Progress
from dangjian_desktop.domain.dashboard import Glance, Stat
from dangjian_desktop.domain import dues_months as months_rules
from dangjian_desktop.domain.dues import Reduction, months_of_year_text, rate_text, yuan_text
from dangjian_desktop.domain.dues_months import MonthState
from dangjian_desktop.domain.reminders import Reminder, Urgency

if TYPE_CHECKING:
    from dangjian_desktop.domain.ledger import LedgerSection
    from dangjian_desktop.services.container import Services

LEDGER_ORDER = 75  # after pledges (60) and the room (70), before the term (90)


def _due_and_paid_months(grid) -> tuple[int, int]:  # noqa: ANN001
    """Member-months due so far, and how many of them are paid."""
    due = paid = 0
    for line in grid.lines:
        for c in line.cells:
            if c.month > line.so_far or c.state in (MonthState.NONE, MonthState.UNSET, MonthState.EXEMPT):
                continue
            due += 1
            paid += c.state.paid
    return due, paid


def glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    grid = services.dues.grid(year, today)
    if not grid.lines or not services.dues.standards(year) and not grid.paid_fen:
        return g
    arrears = grid.arrears_lines
    g.stats.append(Stat("党费（已收）", f"{yuan_text(grid.paid_fen)}元",
                        f"欠交{len(arrears)}人，{yuan_text(grid.arrears_fen)}元" if arrears else "无欠交",
                        warn=bool(arrears)))
    if year == today.year:  # the dues half of the 党章's six months, beside the meetings' 六个月未参加预警
        rules = services.dues.rules()
        runs = [r for r in services.dues.arrears(today) if r.count >= rules.arrears_reminder_months]
        if runs:
            lapsed = sum(1 for r in runs if r.lapsed)
            names = "、".join(f"{r.name}{r.count}个月" for r in runs[:3]) + ("等" if len(runs) > 3 else "")
            g.stats.append(Stat("连续未交党费预警", f"{len(runs)}人",
                                (f"满{rules.lapse_months}个月{lapsed}人：" if lapsed else "") + names, warn=True))
    due, paid = _due_and_paid_months(grid)
    g.charts.append(Progress("党费按月交纳", float(paid), float(due), unit="人月", key="dues_months"))
    return g


def chapters(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text

    svc = services.dues
    grid = svc.grid(year, today)
    title = "党费收缴情况"
    if not grid.lines or not svc.standards(year) and not grid.paid_fen:
        return [LedgerSection("dues", title, LEDGER_ORDER, [
            Text(f"{year}年度程序中没有党费记录（未核定标准，也没有交纳记录）。", "flush")], new_page=False)]
    late = sum(c.paid_fen for line in grid.lines for c in line.cells if c.state is MonthState.LATE)
    due, paid = _due_and_paid_months(grid)
    reduced = [line for line in grid.lines if line.standard and line.standard.reduction is not Reduction.NONE]
    blocks: list = [
        Text(f"{year}年度在本支部交纳党费的党员{len(grid.lines)}名，全年应交{yuan_text(grid.year_due_fen)}元"
             + ("" if year < today.year else f"（截至{today.month}月{today.day}日应交{yuan_text(grid.due_fen)}元）")
             + f"，实交{yuan_text(grid.paid_fen)}元，其中补交{yuan_text(late)}元；"
             + (f"{len(grid.arrears_lines)}名党员欠交{yuan_text(grid.arrears_fen)}元；" if grid.arrears_lines
                else "无欠交；")
             + (f"经批准少交或免交{len(reduced)}名；" if reduced else "")
             + f"已向上级党委上缴{yuan_text(grid.remitted_fen)}元。"),
        Progress("按月交纳（人月）", float(paid), float(due), unit="人月", key="dues_months"),
    ]
    blocks.append(Text("各月收缴情况", "heading"))
    blocks.append(Table(("月份", "应交（元）", "实交（元）"),
                        tuple((f"{m}月", yuan_text(grid.month_due[m - 1]), yuan_text(grid.month_paid[m - 1]))
                              for m in range(1, 13)), (1, 1.5, 1.5), ("center", "right", "right")))
    rows = []
    for i, line in enumerate(grid.lines, start=1):
        st = line.standard
        rows.append((i, line.name, st.category.value if st else "未核定", rate_text(st.rate) if st else "",
                     yuan_text(line.monthly_fen, "—"), len(line.paid_months), yuan_text(line.paid_fen),
                     months_of_year_text(line.arrears_months) or "无"))
    blocks.append(Text("党员交纳党费一览", "heading"))
    blocks.append(Table(("序号", "姓名", "类别", "比例", "月交纳额", "已交月数", "已交（元）", "欠交月份"), tuple(rows),
                        (0.6, 1.1, 0.9, 0.7, 1, 0.9, 1, 2.2),
                        ("center", "center", "center", "center", "right", "center", "right", "left")))
    if reduced:
        blocks.append(Text("少交、免交：" + "；".join(
            f"{line.name}{line.standard.reduction.value}（上级党委{line.standard.approved_on:%Y年%m月%d日}批准，"
            f"{line.standard.approval_ref}）" for line in reduced if line.standard and line.standard.approved_on)
            + "。", "flush"))
    remits = svc.remittances(year)
    blocks.append(Text("党费上缴情况", "heading"))
    blocks.append(Table(("上缴日期", "所属月份", "金额（元）", "收据号"),
                        tuple((f"{r.remitted_on:%Y-%m-%d}", r.months_text, yuan_text(r.amount_fen), r.receipt_no)
                              for r in remits), (1.2, 2, 1.2, 1.6), ("center", "center", "right", "center"),
                        empty_text="（本年度尚无上缴记录）"))
    return [LedgerSection("dues", title, LEDGER_ORDER, blocks)]


# -- documents (features/dues.py) and headquarters' figures ----------------------------------------------------------


def _year(year: int | None) -> int:
    from dangjian_desktop import clock

    return year or clock.today().year


def make_register(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    return services.dues.register_pdf(_year(year), out)


def make_notice(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    return services.dues.notice_pdf(_year(year), out)


def make_remittances(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    return services.dues.remittance_pdf(_year(year), out)


def make_receipt(services: Services, out: Path, year: int | None, *, payment: str = "", **_: Any) -> Path:
    return services.dues.receipt_pdf(payment, out)


def hq_figures(services: Services, year: int, today: dt.date) -> dict[str, int | None]:
    """Collected in the year and owed for its ended months, in whole 元 (half up; headquarters' figures are small
    integers), and how many members have a month in arrears."""
    grid = services.dues.grid(year, today)

    def yuan(fen: int) -> int:
        return int((Decimal(fen) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    return {"dues_paid_total": yuan(grid.paid_fen), "dues_arrears_members": len(grid.arrears_lines),
            "dues_arrears_total": yuan(grid.arrears_fen)}


# -- 首页 reminders ----------------------------------------------------------------------------------------------


def _attendance(services: Services, today: dt.date) -> dict[str, object]:
    """The attendance half of the six-month rule (meetings' own warning), to say both halves in one place."""
    try:
        return {w.member_uuid: w for w in services.meetings.inactivity(today)}
    except Exception:  # noqa: BLE001 - the dues reminders stand on their own without the meetings kind
        return {}


def reminders(services: Services, today: dt.date) -> list[Reminder]:
    """The year's standards (January, and whoever still has none); ≥3 consecutive unpaid months; the 党章's six
    months without paying dues — with the member's organisational life said alongside when that half is late too."""
    out: list[Reminder] = []
    if services.branch.profile() is None:
        return out
    svc = services.dues
    rules = svc.rules()
    grid = svc.grid(today.year, today)
    missing = grid.unset_lines
    keeps_dues = today.month == rules.standards_month or len(svc.years(today)) > 1 or bool(svc.standards(today.year))
    if missing and keeps_dues:  # outside January only a branch that keeps its dues here is reminded
        names = "、".join(line.name for line in missing[:6]) + ("等" if len(missing) > 6 else "")
        none_set = not svc.standards(today.year)
        title = (f"请核定{today.year}年度党费交纳标准" if none_set
                 else f"{len(missing)}名党员尚未核定{today.year}年度党费标准")
        detail = ("党费基数每年核定一次（通常在1月），全年不变。可在“党费”页面点“核定标准”，"
                  "从Excel粘贴或导入一列基数，或沿用上年标准。" if none_set else f"尚未核定：{names}。")
        urgency = Urgency.SOON if today.month == rules.standards_month else Urgency.INFO
        out.append(Reminder("dues_standards", title, detail, dt.date(today.year, rules.standards_month, 28)
                            if today.month <= rules.standards_month else None, urgency, page="dues",
                            record_kind="dues_year", record_uuid=str(today.year)))
    attendance = _attendance(services, today)
    for run in svc.arrears(today):
        if run.count < rules.arrears_reminder_months:
            continue
        months = f"{run.months_text}（共{run.count}个月，应交{yuan_text(run.owed_fen)}元）"
        w = attendance.get(run.member_uuid)
        also = (f"该党员同时已{w.days_without}天未参加组织生活（见会议提醒）。" if w is not None else "")
        y, m = run.last_month_to_pay
        if run.lapsed:
            title = f"{run.name}已连续{run.count}个月未交纳党费"
            detail = (f"未交月份：{months}。请核实有无正当理由并督促补交；{also}"
                      f"按党章规定：{months_rules.CONSTITUTION_ARTICLE_9}")
            due = dt.date(*run.months[0], 1)
            urgency = Urgency.OVERDUE
        elif run.unset_since is not None:  # this year's standards not set yet: its months are not counted
            uy, um = run.unset_since
            title = f"{run.name}已连续{run.count}个月未交纳党费"
            detail = (f"未交月份：{months}。{uy}年度党费标准尚未核定，{uy}年{um}月起的月份暂未计入；核定后仍未交纳的，"
                      f"连续满{rules.lapse_months}个月即为党章规定的自行脱党情形之一。请尽快核定标准并提醒补交。{also}")
            due = None
            urgency = Urgency.SOON
        else:
            title = f"{run.name}已连续{run.count}个月未交纳党费"
            detail = (f"未交月份：{months}。如{y}年{m}月底前仍未交纳，将满连续{rules.lapse_months}个月不交纳党费"
                      f"（党章规定的自行脱党情形之一）。请及时提醒补交。{also}")
            due = months_rules.last_day(y, m)
            urgency = Urgency.SOON
        out.append(Reminder("dues_lapse" if run.lapsed else "dues_arrears", title, detail, due, urgency,
                            page="dues", record_kind="member", record_uuid=run.member_uuid))
    return out
