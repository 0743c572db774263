"""The dues' year: the 年度台账 chapter, 首页's figures, the documents of 报表 and the package, and the figures
headquarters sees — all read from DuesService."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop.domain.charts import Progress
from dangjian_desktop.domain.dashboard import Glance, Stat
from dangjian_desktop.domain.dues import Reduction, months_of_year_text, rate_text, yuan_text
from dangjian_desktop.domain.dues_months import MonthState

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
