"""Ledger chapters and 首页 figures built from the meetings, pledges and room services.

Each function reads only what those services return (their rules decide what is required, held, overdue);
nothing is recounted here. Every function returns nothing when its feature is not part of this build, so the
ledger and 首页 work with whatever features exist.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

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


# -- meetings -----------------------------------------------------------------------------------------------------


def _compliance(services: Services, year: int, today: dt.date):  # noqa: ANN202
    meetings = getattr(services, "meetings", None)
    if meetings is None:
        return None
    return meetings.compliance(year, today)


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


def meetings_sections(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text  # the ledger only, not 首页

    report = _compliance(services, year, today)
    if report is None:
        return []
    from dangjian_desktop.domain.meetings import MeetingFilter

    listed = sorted(services.meetings.list(MeetingFilter(year=year)), key=lambda m: m.date)
    blocks: list = []
    as_of = min(today, dt.date(year, 12, 31))
    names, held, required = _by_type(report)
    blocks.append(Text(f"{year}年共记录各类会议和活动{len(listed)}次（一次会议可同时计入多个类型）。截至{as_of.year}年"
                       f"{as_of.month}月{as_of.day}日，按会议制度应开而未开的共{report.missing_count}期。"))
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
                        tuple((i, _full(m.date), m.types_text, m.title + (f"（{m.group_name}）" if m.group_name else ""),
                               m.expected, m.present) for i, m in enumerate(listed, start=1)),
                        (0.7, 1.5, 1.6, 4, 0.7, 0.7), ("center", "center", "center", "left", "center", "center"),
                        empty_text="（本年度尚无会议记录）"))
    out = [LedgerSection("meetings", "组织生活开展情况", 40, blocks)]
    out.append(_attendance_section(services, year, today))
    return out


def _attendance_section(services: Services, year: int, today: dt.date) -> LedgerSection:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text  # the ledger only, not 首页

    rates = services.meetings.attendance(year)
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


def meetings_glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    report = _compliance(services, year, today)
    if report is None:
        return g
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


# -- pledges ------------------------------------------------------------------------------------------------------


def _campaign(services: Services, year: int):  # noqa: ANN202
    pledges = getattr(services, "pledges", None)
    if pledges is None:
        return None
    return pledges.campaign_for_year(year)


def pledges_sections(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text  # the ledger only, not 首页

    if getattr(services, "pledges", None) is None:
        return []
    campaign = _campaign(services, year)
    if campaign is None:
        return [LedgerSection("pledges", "党员承诺践诺评诺情况", 60, [
            Text(f"{year}年度未开展党员承诺（程序中没有该年度的承诺记录）。", "flush")], new_page=False)]
    p = services.pledges
    s = p.summary(campaign.uuid)
    blocks: list = [
        Text(f"{campaign.title}：在册党员{s.members_total}名，{s.members_pledged}名作出承诺，共{s.items_total}项"
             f"（审核通过亮诺{s.items_approved}项），践诺记录{s.progress_entries}条，已评诺{s.evaluated}名。"
             + (f"公示日期：{campaign.announced_on:%Y年%m月%d日}。" if campaign.announced_on else "")),
        Progress("作出承诺的党员", float(s.members_pledged), float(s.members_total), unit="名", key="pledged"),
        Progress("完成评诺的党员", float(s.evaluated), float(s.members_pledged), unit="名", key="evaluated"),
    ]
    cats = [(k, v) for k, v in s.by_category.items() if v]
    if cats:
        blocks.append(BarChart("承诺事项类别", tuple(k for k, _ in cats), (Series("事项数", tuple(float(v) for _, v in cats)),),
                               unit="项", key="pledge_categories"))
    rows = []
    for i, r in enumerate(p.overview(campaign.uuid), start=1):
        sh = r.sheet
        if sh is None:
            rows.append((i, r.member.name, r.member.group_name, 0, "", "", "未承诺"))
            continue
        outcome: dict[str, int] = {}
        for it in sh.approved_items:
            key = it.final_status.value or "未评定"
            outcome[key] = outcome.get(key, 0) + 1
        rows.append((i, sh.member_name or r.member.name, sh.group_name or r.member.group_name, len(sh.items),
                     sh.progress_count, "、".join(f"{k}{v}" for k, v in outcome.items()), sh.grade or sh.stage))
    blocks.append(Text("党员承诺及评诺一览", "heading"))
    blocks.append(Table(("序号", "姓名", "党小组", "承诺事项", "践诺记录", "兑现情况", "评定/进度"), tuple(rows),
                        (0.6, 1.1, 2.2, 0.9, 0.9, 2, 1.2),
                        ("center", "center", "left", "center", "center", "left", "center")))
    grades = [(k, v) for k, v in s.by_grade.items() if v]
    if grades:
        blocks.append(Text("评定结果：" + "，".join(f"{k}{v}名" for k, v in grades) + "。", "flush"))
    pairs = p.pairs(campaign.uuid)
    blocks.append(Text("“一带二”结对情况", "heading"))
    blocks.append(Table(("帮带人", "帮带对象", "帮带目标", "成效", "结果"),
                        tuple((x.mentor_name, "、".join(x.mentees), x.goal, x.result, x.outcome.value or "进行中")
                              for x in pairs), (1, 1.6, 2.4, 2.4, 1),
                        ("center", "left", "left", "left", "center"), empty_text="（本年度无结对记录）"))
    return [LedgerSection("pledges", "党员承诺践诺评诺情况", 60, blocks)]


def pledges_glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    campaign = _campaign(services, year)
    if campaign is None:
        return g
    total, pledged, evaluated = services.pledges.glance_counts(campaign.uuid)
    g.charts.append(Progress("党员亮诺", float(pledged), float(total), unit="名", key="pledged"))
    g.charts.append(Progress("承诺评诺", float(evaluated), float(pledged), unit="名", key="evaluated"))
    return g


# -- room: inspections and rectifications ---------------------------------------------------------------------------


def room_sections(services: Services, year: int, today: dt.date) -> list[LedgerSection]:
    from dangjian_desktop.domain.ledger import LedgerSection, Table, Text  # the ledger only, not 首页

    room = getattr(services, "room", None)
    if room is None:
        return []
    inspections = sorted((i for i in room.inspections(today) if i.inspected_on.year == year),
                         key=lambda i: i.inspected_on)
    rects = [r for r in room.rectifications() if (r.inspection_date and r.inspection_date.year == year)
             or (r.deadline and r.deadline.year == year) or r.status.value != "已完成"]
    rects.sort(key=lambda r: (r.inspection_date or dt.date.min, r.deadline or dt.date.max))
    done = sum(1 for r in rects if r.status.value == "已完成")
    overdue = sum(1 for r in rects if r.is_overdue(today))
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
              tuple((r.item_text, r.measure, r.responsible, _full(r.deadline), _full(r.completed_on),
                     r.status_text(today)) for r in rects),
              (2.2, 2.4, 0.9, 1.6, 1.6, 1.3), ("left", "left", "center", "center", "center", "center"),
              empty_text="（无整改事项）"),
    ]
    if rects:
        blocks.insert(1, Progress("整改完成", float(done), float(len(rects)), unit="项", key="rectified"))
    return [LedgerSection("room", "党员活动室检查与整改", 70, blocks)]


def room_glance(services: Services, year: int, today: dt.date) -> Glance:
    g = Glance(year)
    room = getattr(services, "room", None)
    if room is None:
        return g
    rects = room.rectifications()
    if not rects:
        return g
    overdue = sum(1 for r in rects if r.is_overdue(today))
    open_ = sum(1 for r in rects if r.status.value != "已完成")
    g.stats.append(Stat("活动室整改未完成", f"{open_}项", f"其中逾期{overdue}项" if overdue else "均在期限内",
                        warn=overdue > 0))
    g.charts.append(Progress("整改完成", float(len(rects) - open_), float(len(rects)), unit="项", key="rectified"))
    return g
