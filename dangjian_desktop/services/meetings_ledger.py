"""The meetings' year: chapters of the 年度台账, 首页's figures, the documents of 报表 and the package, and the
figures headquarters sees — all read from MeetingService (its rules decide what is required, held, overdue)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop.domain.charts import BarChart, Progress, Series
from dangjian_desktop.domain.dashboard import Glance, Stat

if TYPE_CHECKING:
    from dangjian_desktop.domain.ledger import LedgerSection
    from dangjian_desktop.services.container import Services

# compliance calendar cell -> what the month grid prints
_CELL_MARK = {"已开": None, "已完成": "·", "缺": "缺", "缺（期内）": "", "待开": "待", "未到期": "", "不要求": ""}


def _d(d: dt.date | None) -> str:
    return f"{d.month}月{d.day}日" if d else ""


def _full(d: dt.date | None) -> str:
    return d.isoformat() if d else ""



def _by_type(report) -> tuple[list[str], list[float], list[float]]:  # noqa: ANN001
    """Rows merged per meeting type (党小组会 of every group together): (types, held, required for the year)."""
    names: list[str] = []
    held: dict[str, float] = {}
    req: dict[str, float] = {}
    for row in report.rows:
        key = row.label.split("·")[0]
        if key not in held:
            names.append(key)
            held[key] = req[key] = 0.0
        held[key] += sum(p.held for p in row.periods)
        req[key] += sum(p.required for p in row.periods)
    return names, [held[n] for n in names], [req[n] for n in names]


def chapters(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text  # the ledger only, not 首页

    # the ledger is a formal record: only finalised meetings of the year up to today count, the same ones the
    # 三会一课记录本 prints (MeetingService.year_records); drafts are named, not counted
    report = services.meetings.compliance(year, today, final_only=True)
    from dangjian_desktop.domain.meetings import MeetingFilter

    final, drafts = services.meetings.year_records(year, today)
    kept = set(final)
    listed = sorted((m for m in services.meetings.list(MeetingFilter(year=year)) if m.uuid in kept),
                    key=lambda m: m.date)
    blocks: list = []
    as_of = min(today, dt.date(year, 12, 31))
    names, held, required = _by_type(report)
    blocks.append(Text(f"{year}年共记录各类会议和活动{len(listed)}次（已定稿；一次会议可同时计入多个类型）。截至"
                       f"{as_of.year}年{as_of.month}月{as_of.day}日，按会议制度应开而未开的共{report.missing_count}期。"
                       + (f"另有{drafts}次会议记录尚未定稿，未计入本台账。" if drafts else "")))
    rows = []
    for row in report.rows:
        due = [p for p in row.periods if p.status.value != "未到期"]
        missing = "、".join(p.label for p in row.missing)
        waiting = "、".join(p.label for p in row.periods if p.status.value == "待开")
        state = "按要求完成" if not missing and not waiting else ""
        if missing:
            state += f"缺：{missing}"
        if waiting:
            state += ("；" if state else "") + f"待开：{waiting}"
        rows.append((row.label, f"{row.period.value}{row.periods[0].required if row.periods else 1}次",
                     sum(p.required for p in due), sum(p.held for p in row.periods), state))
    blocks.append(Text("按会议制度完成情况", "heading"))
    blocks.append(Table(("项目", "要求", "截至目前应开", "已开", "完成情况"), tuple(rows), (2.6, 1.3, 1.2, 0.8, 2.6),
                        ("left", "center", "center", "center", "left"), empty_text="（未设置会议制度）"))
    blocks.append(BarChart(f"{year}年各类会议次数与全年要求", tuple(names), (Series("已开", tuple(held)),),
                           required=tuple(required), unit="次", key="meetings_by_type"))
    grid = []
    for row in report.rows:
        cells = []
        for c in row.months:
            mark = _CELL_MARK.get(c.status.value, "")
            cells.append(str(c.count) if c.count else (mark or ""))
        grid.append((row.label, *cells))
    blocks.append(Text("逐月开展情况", "heading"))
    blocks.append(Table(("项目＼月份", *(str(m) for m in range(1, 13))), tuple(grid), (3.2, *([1] * 12)),
                        ("left", *(["center"] * 12))))
    blocks.append(Text("注：数字为当月召开次数；“·”表示该季度/年度要求已由其他月份的会议完成；“缺”表示该期应开未开；"
                       "“待”表示本期尚未开。", "note"))
    blocks.append(Text("会议记录目录", "heading"))
    blocks.append(Table(("序号", "日期", "类型", "会议名称/主题", "应到", "实到"),
                        tuple((i, _full(m.date), m.types_text, _title_with_group(m.title, m.group_name),
                               m.expected, m.present) for i, m in enumerate(listed, start=1)),
                        (0.7, 1.5, 1.6, 4, 0.7, 0.7), ("center", "center", "center", "left", "center", "center"),
                        empty_text="（本年度尚无会议记录）"))
    out = [LedgerSection("meetings", "组织生活开展情况", 40, blocks)]
    out.append(_attendance_section(services, year, today))
    return out


def _title_with_group(title: str, group: str) -> str:
    """第一党小组（运维）1月党小组会 stays as it is; a title that does not name its 党小组 gets it after it."""
    return title + (f"（{group}）" if group and group not in title else "")


def _attendance_section(services: Services, year: int, today: dt.date) -> LedgerSection:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text  # the ledger only, not 首页

    rates = services.meetings.attendance(year, final_only=True)
    expected = sum(r.expected for r in rates)
    present = sum(r.present for r in rates)
    blocks: list = [
        Text(f"{year}年党员应参加会议和活动共{expected}人次，实际参加{present}人次"
             + (f"，参加率{present * 100 / expected:.1f}%。" if expected else "。")),
        Progress("全年参加率", float(present), float(expected), unit="人次", key="attendance"),
        Table(("序号", "姓名", "党小组", "应参加", "实参加", "参加率", "缺席及原因"),
              tuple((i, r.name, r.group_name, r.expected, r.present, r.rate_text,
                     "、".join(f"{k}{v}次" for k, v in r.absences.items()))
                    for i, r in enumerate(rates, start=1)),
              (0.6, 1.1, 2.3, 0.9, 0.9, 0.9, 2.2), ("center", "center", "left", "center", "center", "center", "left"),
              empty_text="（本年度尚无出席记录）"),
    ]
    if year == today.year:
        warnings = services.meetings.inactivity(today)
        blocks.append(Text("连续未参加组织生活预警（党章规定连续六个月不参加党的组织生活视为自行脱党）", "heading"))
        blocks.append(Table(("姓名", "党小组", "最近一次参加", "须在此前参加", "期间缺席及原因"),
                            tuple((w.name, w.group_name, _full(w.last_participation) or "无记录", _full(w.deadline),
                                   "；".join(f"{_d(d)}{r}" for d, r in w.absences) or "—") for w in warnings),
                            (1, 2, 1.3, 1.3, 3), ("center", "left", "center", "center", "left"),
                            empty_text="（无：所有党员近期均参加了组织生活）"))
    return LedgerSection("attendance", "党员参加组织生活情况", 45, blocks)


def glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    report = services.meetings.compliance(year, today)
    if year == today.year:
        for label, months in (("本月", 1), ("本季度", 3)):
            held = due = 0
            for row in report.rows:
                if row.period.months != months:
                    continue
                for p in row.periods:
                    if p.start <= today <= p.end:
                        if p.status.value == "已开":
                            held += 1
                        else:
                            due += 1
            if held or due:
                g.stats.append(Stat(f"{label}应开会议", f"{held + due}项", f"已开{held}　待开{due}"))
    missing = report.missing_count
    g.stats.append(Stat("今年应开未开", f"{missing}期", "见“会议”页的制度检查" if missing else "均按要求召开",
                        warn=missing > 0))
    names, held_n, required = _by_type(report)
    g.charts.append(BarChart(f"{year}年会议次数（虚线为全年要求）", tuple(names), (Series("已开", tuple(held_n)),),
                             required=tuple(required), unit="次", key="meetings_by_type"))
    rates = services.meetings.attendance(year)
    expected = sum(r.expected for r in rates)
    if expected:
        g.charts.append(Progress("党员参加率", float(sum(r.present for r in rates)), float(expected), unit="人次",
                                 key="attendance"))
    if year == today.year:
        warnings = services.meetings.inactivity(today)
        if warnings:
            g.stats.append(Stat("六个月未参加预警", f"{len(warnings)}人",
                                "、".join(w.name for w in warnings[:3]) + ("等" if len(warnings) > 3 else ""),
                                warn=True))
    return g


# -- documents (features/meetings.py) and headquarters' figures ------------------------------------------------------


def make_minutes_book(services: Services, out: Path, year: int | None, **_: Any) -> Path:
    """The 三会一课记录本 of a year."""
    from dangjian_desktop import clock

    return services.meetings.minutes_book_pdf(year or clock.today().year, out)


def make_minutes(services: Services, out: Path, year: int | None, *, meeting: str, **_: Any) -> Path:
    """The 会议记录 of one meeting (``meeting``: its id or a unique prefix)."""
    return services.meetings.minutes_pdf(services.meetings.resolve(meeting), out)


def make_signin(services: Services, out: Path, year: int | None, *, meeting: str, **_: Any) -> Path:
    """The 签到表 of one meeting."""
    return services.meetings.signin_pdf(services.meetings.resolve(meeting), out)


def hq_figures(services: Services, year: int, today: dt.date) -> dict[str, int | None]:
    """The year's meetings as the branch's own rules count them: held, required so far, missing periods."""
    report = services.meetings.compliance(year, today)
    periods = [p for row in report.rows for p in row.periods]
    return {"meetings_held": int(sum(p.held for p in periods)),
            "meetings_required": int(sum(p.required for p in periods if p.status.value != "未到期")),
            "meetings_missing": int(report.missing_count)}
