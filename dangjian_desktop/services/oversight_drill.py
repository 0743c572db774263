"""The drill-down of headquarters' compliance matrix: the branch's records behind one cell — the meetings behind
a held/required figure, the roster behind 党员, the 换届 records behind 任期届满, the inspections, the overdue
rectifications, every member's pledges — or, where headquarters holds no lines, a plain sentence saying why."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dangjian_desktop import features
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.oversight import BranchOverview
from dangjian_desktop.storage.repos import oversight as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.oversight import OversightService

MEETING_HEADERS = ("周期", "完成情况", "日期", "会议", "状态")


@dataclass(frozen=True)
class Drill:
    """What stands behind one cell: ``lines`` under ``headers`` (text), ``gaps`` the indexes of the lines that
    are the gap itself (drawn in red), ``note`` how the figure is counted or why there are no lines."""

    what: str  # "支委会会议记录", "在册党员名单"
    headers: tuple[str, ...]
    lines: list[tuple[str, ...]] = field(default_factory=list)
    note: str = ""
    gaps: frozenset[int] = frozenset()


def _d(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def drill(service: OversightService, row: BranchOverview, key: str, year: int, today: dt.date) -> Drill:
    """The records behind the cell of column ``key`` (domain/oversight_matrix.Column.key) of ``row``."""
    if key.startswith("m:"):
        return _meetings(service, row, key[2:], today)
    if key == "members":
        return _members(row)
    if key == "term_end":
        return _term(row, today)
    if key == "inspection":
        return _inspections(row)
    if key == "rect":
        return _rectifications(row, today)
    if key in ("pledges", "reviewed"):
        return _pledges(row, year)
    if key.startswith("f:"):
        return _figure(row, key[2:])
    raise ValidationError(f"没有名为“{key}”的一栏。")


def _meetings(service: OversightService, row: BranchOverview, kind: str, today: dt.date) -> Drill:
    periods = service.meetings_behind(row, kind)
    if not periods:
        return Drill(f"{kind}会议记录", MEETING_HEADERS,
                     note=f"该支部的会议规则（随数据包报来）不要求召开{kind}，所以这一格没有数字，也没有会议记录。")
    lines: list[tuple[str, ...]] = []
    gaps = set()
    for p in periods:
        state = f"{p.status}（{p.held}/{p.required}）"
        if p.status == "缺":
            gaps.add(len(lines))
        if not p.meetings:
            lines.append((p.period, state, "", "（没有会议记录）" if p.status == "缺" else "", ""))
        for k, (day, title, types, status) in enumerate(p.meetings):
            lines.append((p.period if k == 0 else "", state if k == 0 else "", day.isoformat(), title or types,
                          status))
    note = "“已开/应开”只计已结束或已完成的周期；尚未到期（待开、未到期）的周期不计入应开。"
    as_of = row.summary.today
    if row.last_package is not None and as_of == row.last_package and as_of < today:
        note += f"按 {as_of.isoformat()} 的数据包计算：此后结束的周期要等该支部报来新的数据包才知道。"
    return Drill(f"{kind}会议记录", MEETING_HEADERS, lines, note, frozenset(gaps))


def _members(row: BranchOverview) -> Drill:
    lines = [(name, gender, category, group, _d(joined))
             for name, gender, category, group, joined in repo.member_lines(row.uuid)]
    note = (f"数据包中的党员名册共有在册党员 {len(lines)} 名。" if lines
            else "该支部数据包中的党员名册没有在册党员。")
    return Drill("在册党员名单", ("姓名", "性别", "人员类别", "党小组", "入党时间"), lines, note)


def _term(row: BranchOverview, today: dt.date) -> Drill:
    headers = ("选举日期", "任期（年）", "请示日期", "批复日期", "延期至", "批准日期", "状态")
    lines: list[tuple[str, ...]] = []
    for held, years, request, reply, delay, approved, applied in repo.election_lines(row.uuid):
        state = "已完成" if applied or approved else "已请示" if request else "筹备中"
        lines.append((_d(held), str(years or ""), _d(request), _d(reply), _d(delay), _d(approved), state))
    if row.term_end is None:
        note = "该支部未在支部资料中填写本届选举日期，无法计算任期届满。"
    else:
        left = (row.term_end - today).days
        when = f"已届满 {-left} 天" if left < 0 else f"还有 {left} 天"
        note = f"按支部资料中的本届选举日期计算，任期于 {row.term_end.isoformat()} 届满（{when}）。"
    if not lines:
        note += "数据包中没有换届记录（换届请示、批复、延期）。"
    return Drill("换届记录", headers, lines, note)


def _inspections(row: BranchOverview) -> Drill:
    lines = [(_d(day), room, who, str(bad), str(rect)) for day, room, who, bad, rect in repo.inspection_lines(row.uuid)]
    note = (f"共 {len(lines)} 次检查，最近一次在 {lines[0][0]}。" if lines
            else "该支部的数据包中没有党员活动室检查记录。")
    return Drill("活动室检查记录", ("检查日期", "活动室", "检查人", "不达标项", "整改项"), lines, note)


def _rectifications(row: BranchOverview, today: dt.date) -> Drill:
    lines: list[tuple[str, ...]] = []
    gaps = set()
    for item, who, deadline, done, status, inspected in repo.rectification_lines(row.uuid):
        overdue = deadline is not None and deadline < today and status != "已完成"
        if overdue:
            gaps.add(len(lines))
        lines.append((item, who, _d(deadline), _d(done), f"{status}（逾期）" if overdue else status, _d(inspected)))
    if not lines:
        note = "该支部的数据包中没有整改记录。"
    else:
        note = (f"共有整改 {len(lines)} 项，其中逾期 {len(gaps)} 项（期限已过且未完成，红色）。" if gaps
                else f"共有整改 {len(lines)} 项，没有逾期未完成的。")
    return Drill("整改记录", ("整改事项", "责任人", "整改期限", "完成日期", "状态", "检查日期"), lines, note,
                 frozenset(gaps))


def _pledges(row: BranchOverview, year: int) -> Drill:
    campaigns, members = repo.pledge_lines(row.uuid, year)
    lines: list[tuple[str, ...]] = []
    gaps = set()
    for name, status, made, approved in members:
        if made == 0:
            gaps.add(len(lines))
        who = name if status == "在册" else f"{name}（{status}）"
        lines.append((who, str(made) if made else "未承诺", str(approved)))
    if campaigns:
        note = (f"{year}年的承诺活动：{'、'.join(campaigns)}。已承诺 {row.pledges['made']} 名，"
                f"承诺已审核（已亮诺）{row.pledges['reviewed']} 名，在册党员 {row.pledges['members']} 名。")
    else:
        note = f"该支部的数据包中没有{year}年的承诺活动，所以没有党员作出承诺。"
    return Drill("党员承诺", ("党员", "承诺事项", "已审核（已亮诺）"), lines, note, frozenset(gaps))


def _figure(row: BranchOverview, key: str) -> Drill:
    label = next((c.label for c in features.hq_columns() if c.key == key), key)
    value = row.figures.get(key)
    sent = f"{row.last_package.isoformat()} 的数据包" if row.last_package else "数据包"
    if value is None:
        note = f"“{label}”：该支部的{sent}中没有这个数字（可能是较早版本的软件导出的），所以显示“—”。"
    else:
        note = (f"“{label}”是党支部按自己的规则计算、随{sent}报来的数字（{value}）；"
                "上级党委只收到这个数字，没有其背后的逐条记录。需要明细时请联系该支部。")
    return Drill(label, (), [], note)
