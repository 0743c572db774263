"""The activity room's year: the 年度台账 chapter, 首页's figures, the inspection report of 报表 and the package,
and the figure headquarters sees — all read from RoomService."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop.domain.charts import Progress
from dangjian_desktop.domain.dashboard import Glance, Stat

if TYPE_CHECKING:
    from dangjian_desktop.domain.ledger import LedgerSection
    from dangjian_desktop.services.container import Services


def _full(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def rectifications_of_year(rects: list, year: int, as_of: dt.date) -> list:  # noqa: ANN001
    """The 整改 a year's ledger lists: those raised by the year's inspections, and those raised earlier and still
    open at some point of the year (carried over). Never one raised after the year (a 2026 inspection's items do
    not belong in the 2025 ledger)."""
    start = dt.date(year, 1, 1)
    out = []
    for r in rects:
        raised = r.inspection_date
        if raised is not None and raised > as_of:
            continue
        if (raised is not None and raised >= start) or not (r.completed_on and r.completed_on < start):
            if raised is None and r.deadline is not None and r.deadline > as_of and r.deadline.year > year:
                continue  # no inspection date and due after the year: not this year's
            out.append(r)
    return sorted(out, key=lambda r: (r.inspection_date or dt.date.min, r.deadline or dt.date.max))


def _done_by(r, day: dt.date) -> bool:  # noqa: ANN001
    return r.completed_on is not None and r.completed_on <= day


def _overdue_at(r, day: dt.date) -> bool:  # noqa: ANN001
    return not _done_by(r, day) and r.deadline is not None and r.deadline < day


def _state_at(r, day: dt.date) -> str:  # noqa: ANN001
    """The rectification as it stood on ``day`` (the end of the ledger's year, or today)."""
    if _done_by(r, day):
        return "已完成"
    if _overdue_at(r, day):
        return "已逾期"
    return "整改中" if r.status.value == "已完成" else r.status.value  # finished only after that day


def chapters(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text  # the ledger only, not 首页

    room = services.room
    inspections = sorted((i for i in room.inspections(today) if i.inspected_on.year == year),
                         key=lambda i: i.inspected_on)
    as_of = min(today, dt.date(year, 12, 31))
    rects = rectifications_of_year(room.rectifications(), year, as_of)
    done = sum(1 for r in rects if _done_by(r, as_of))
    overdue = sum(1 for r in rects if _overdue_at(r, as_of))
    blocks: list = [
        Text(f"{year}年对党员活动室进行检查{len(inspections)}次，提出整改事项{len(rects)}项，已完成{done}项"
             + (f"，逾期未完成{overdue}项" if overdue else "") + "。"),
        Text("检查记录", "heading"),
        Table(("检查日期", "活动室", "检查人", "得分", "达标情况", "整改项", "未完成"),
              tuple((_full(i.inspected_on), i.room, i.inspectors, i.score.text, i.score.detail, i.rectifications,
                     i.open_rectifications) for i in inspections),
              (1.7, 1.8, 1.4, 0.9, 2.2, 0.8, 0.8), ("center", "left", "left", "center", "left", "center", "center"),
              empty_text="（本年度无检查记录）"),
        Text("整改台账", "heading"),
        Table(("问题", "整改措施", "责任人", "期限", "完成日期", "状态"),
              tuple((r.item_text, r.measure, r.responsible, _full(r.deadline),
                     _full(r.completed_on) if _done_by(r, as_of) else "", _state_at(r, as_of)) for r in rects),
              (2.2, 2.4, 0.9, 1.6, 1.6, 1.3), ("left", "left", "center", "center", "center", "center"),
              empty_text="（无整改事项）"),
    ]
    if rects:
        blocks.insert(1, Progress("整改完成", float(done), float(len(rects)), unit="项", key="rectified"))
    return [LedgerSection("room", "党员活动室检查与整改", 70, blocks)]


def glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    rects = services.room.rectifications()
    if not rects:
        return g
    overdue = sum(1 for r in rects if r.is_overdue(today))
    open_ = sum(1 for r in rects if r.status.value != "已完成")
    g.stats.append(Stat("活动室整改未完成", f"{open_}项", f"其中逾期{overdue}项" if overdue else "均在期限内",
                        warn=overdue > 0))
    g.charts.append(Progress("整改完成", float(len(rects) - open_), float(len(rects)), unit="项", key="rectified"))
    return g


# -- the document (features/room.py) and headquarters' figure ---------------------------------------------------------


def make_latest_report(services: Services, out: Path, year: int | None, *, inspection: str | None = None,
                       **_: Any) -> Path:
    """党员活动室检查记录: the inspection named by ``inspection`` (its id or a unique prefix), else the year's latest."""
    if inspection:
        return services.room.report_pdf(inspection, out)
    from dangjian_desktop import clock
    from dangjian_desktop.domain.errors import NotFoundError

    year = year or clock.today().year
    found = [i for i in services.room.inspections() if i.inspected_on.year == year]
    if not found:
        raise NotFoundError(f"{year}年没有党员活动室检查记录。")
    return services.room.report_pdf(found[0].uuid, out)


def hq_figures(services: Services, year: int, today: dt.date) -> dict[str, int | None]:
    """Rectifications not yet completed, whatever year they were found."""
    return {"open_rectifications": sum(1 for r in services.room.rectifications() if r.status.value != "已完成")}
