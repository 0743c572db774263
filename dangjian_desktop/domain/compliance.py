"""The compliance calendar of 三会一课: how often each kind of meeting is due (rules as data, with the 支部工作条例's
defaults, editable in 设置 because localities differ), and which periods of a year were held, covered, missing or
still due."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from dangjian_desktop.domain.meetings import MeetingType


# -- compliance rules as data ------------------------------------------------------------------------------------


class Period(StrEnum):
    MONTH = "每月"
    QUARTER = "每季度"
    HALF_YEAR = "每半年"
    YEAR = "每年"
    NONE = "不检查"

    @property
    def months(self) -> int:
        return {"每月": 1, "每季度": 3, "每半年": 6, "每年": 12, "不检查": 0}[self.value]


@dataclass
class ComplianceRule:
    type: MeetingType
    period: Period
    count: int = 1  # at least this many per period
    per_group: bool = False  # 党小组会: counted for each 党小组 separately


@dataclass
class ComplianceRules:
    rules: list[ComplianceRule]
    secretary_lectures_per_year: int = 1  # 书记讲党课 at least this many a year (0: not checked)
    inactivity_warning_days: int = 120  # warn this long after the last participation
    six_month_rule_months: int = 6
    # 从何时起检查缺漏: periods that began before this day are not counted as missing (a branch that starts keeping
    # its records here in December is not told about January to November). None: from the branch's founding.
    records_since: dt.date | None = None

    def rule_for(self, t: MeetingType) -> ComplianceRule | None:
        return next((r for r in self.rules if r.type is t), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rules": [{"type": r.type.value, "period": r.period.value, "count": r.count, "per_group": r.per_group}
                      for r in self.rules],
            "secretary_lectures_per_year": self.secretary_lectures_per_year,
            "inactivity_warning_days": self.inactivity_warning_days,
            "records_since": self.records_since.isoformat() if self.records_since else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ComplianceRules:
        base = default_rules()
        if not data:
            return base
        by_type = {r.type: r for r in base.rules}
        for raw in data.get("rules", []):
            try:
                t = MeetingType(raw["type"])
                by_type[t] = ComplianceRule(t, Period(raw["period"]), max(1, int(raw.get("count", 1))),
                                            bool(raw.get("per_group", t is MeetingType.GROUP)))
            except (KeyError, ValueError, TypeError):
                continue  # an unknown entry from a newer version is ignored, not a crash
        order = [r.type for r in base.rules]
        try:
            since = dt.date.fromisoformat(data["records_since"]) if data.get("records_since") else None
        except (TypeError, ValueError):
            since = None
        return cls(
            rules=[by_type[t] for t in order],
            secretary_lectures_per_year=max(0, int(data.get("secretary_lectures_per_year", 1))),
            inactivity_warning_days=min(175, max(30, int(data.get("inactivity_warning_days", 120)))),
            records_since=since,
        )


def default_rules() -> ComplianceRules:
    """The 支部工作条例 defaults: 支委会 and 党小组会 monthly, 党员大会 and 党课 quarterly, 主题党日 monthly,
    组织生活会 and 民主评议党员 yearly; the secretary lectures at least once a year."""
    return ComplianceRules(rules=[
        ComplianceRule(MeetingType.ASSEMBLY, Period.QUARTER),
        ComplianceRule(MeetingType.COMMITTEE, Period.MONTH),
        ComplianceRule(MeetingType.GROUP, Period.MONTH, per_group=True),
        ComplianceRule(MeetingType.LECTURE, Period.QUARTER),
        ComplianceRule(MeetingType.THEME_DAY, Period.MONTH),
        ComplianceRule(MeetingType.LIFE_MEETING, Period.YEAR),
        ComplianceRule(MeetingType.APPRAISAL, Period.YEAR),
    ])


# -- compliance calendar -----------------------------------------------------------------------------------------


class CellStatus(StrEnum):
    HELD = "已开"  # a meeting of this type was held in this month
    COVERED = "已完成"  # the period is satisfied by a meeting in another of its months
    MISSING = "缺"  # the period ended without enough meetings (shown on the period's last month)
    IN_MISSING_PERIOD = "缺（期内）"  # an earlier month of a missed period
    DUE = "待开"  # the period is running and not yet satisfied
    NOT_DUE = "未到期"  # the month lies in the future
    NOT_REQUIRED = "不要求"


@dataclass(frozen=True)
class MonthCell:
    month: int
    status: CellStatus
    count: int = 0
    meeting_uuids: tuple[str, ...] = ()
    dates: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class PeriodResult:
    label: str  # e.g. "第一季度", "3月", "全年"
    start: dt.date
    end: dt.date
    required: int
    held: int
    status: CellStatus  # HELD (enough), MISSING, DUE, NOT_DUE

    @property
    def ok(self) -> bool:
        return self.status is CellStatus.HELD


# id(periods) -> (periods, the missed ones): the tuple is held, so its id is not reused while it is here
_MISSING: dict[int, tuple[tuple[PeriodResult, ...], list[PeriodResult]]] = {}


@dataclass(frozen=True)
class ComplianceRow:
    label: str  # e.g. "支部委员会", "党小组会·第一党小组（运维）", "书记讲党课"
    type: MeetingType
    period: Period
    group_uuid: str | None
    months: tuple[MonthCell, ...]
    periods: tuple[PeriodResult, ...]

    @property
    def missing(self) -> list[PeriodResult]:
        found = _MISSING.get(id(self.periods))
        if found is None or found[0] is not self.periods:  # rows of periods are shared: each looked at once
            if len(_MISSING) > 20_000:
                _MISSING.clear()
            found = _MISSING[id(self.periods)] = (self.periods, [p for p in self.periods
                                                                 if p.status is CellStatus.MISSING])
        return list(found[1])


@dataclass(frozen=True)
class ComplianceReport:
    year: int
    today: dt.date
    rows: tuple[ComplianceRow, ...]

    @property
    def missing_count(self) -> int:
        return sum(len(r.missing) for r in self.rows)

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "as_of": self.today.isoformat(),
            "missing": self.missing_count,
            "rows": [
                {
                    "label": r.label, "type": r.type.value, "period": r.period.value, "group_uuid": r.group_uuid,
                    "months": [{"month": c.month, "status": c.status.value, "count": c.count,
                                "dates": [d.isoformat() for d in c.dates]} for c in r.months],
                    "periods": [{"label": p.label, "start": p.start.isoformat(), "end": p.end.isoformat(),
                                 "required": p.required, "held": p.held, "status": p.status.value}
                                for p in r.periods],
                }
                for r in self.rows
            ],
        }


class HeldMeeting(NamedTuple):
    """What the calendar needs of a meeting. A named tuple, not a frozen dataclass: headquarters builds 30,000 of
    them for one overview, and a tuple is made four times faster (``h._replace(counts_for=…)`` to change one)."""

    uuid: str
    date: dt.date
    types: tuple[MeetingType, ...]
    group_uuid: str | None = None
    lecturer: str = ""
    counts_for: int | None = None  # the 年度 it belongs to when that is not the year it was held in

    @property
    def year(self) -> int:
        return self.counts_for or self.date.year


_QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def periods_of(year: int, period: Period) -> list[tuple[str, dt.date, dt.date]]:
    return list(_periods_of(year, period))


@functools.lru_cache(maxsize=256)
def _periods_of(year: int, period: Period) -> tuple[tuple[str, dt.date, dt.date], ...]:
    """Cached: headquarters computes the calendar of hundreds of branches at once (issue 24)."""
    n = period.months
    if n == 0:
        return []
    out = []
    for i, start_month in enumerate(range(1, 13, n)):
        end_month = start_month + n - 1
        if n == 1:
            label = f"{start_month}月"
        elif n == 3:
            label = _QUARTERS[i]
        elif n == 6:
            label = ("上半年", "下半年")[i]
        else:
            label = "全年"
        out.append((label, dt.date(year, start_month, 1), month_end(year, end_month)))
    return tuple(out)


@functools.lru_cache(maxsize=128)
def _empty_cell(month: int, status: CellStatus) -> MonthCell:
    return MonthCell(month, status)


def _by_date(h: HeldMeeting) -> dt.date:
    return h.date


_PERIOD_ROWS: dict[tuple, tuple[PeriodResult, ...]] = {}
_MONTHLY, _YEARLY = Period.MONTH, Period.YEAR  # read once: an enum member read from its class is a descriptor call


def _period_results(spans: tuple[tuple[str, dt.date, dt.date], ...], required: int, counts: tuple[int, ...],
                    today: dt.date, since: dt.date | None) -> tuple[PeriodResult, ...]:
    out = []
    for (label, start, end), count in zip(spans, counts, strict=True):
        if count >= required:
            status = CellStatus.HELD
        elif since is not None and start < since:
            status = CellStatus.NOT_REQUIRED  # the period began before the branch (or its records) did
        elif end < today:
            status = CellStatus.MISSING
        elif start <= today:
            status = CellStatus.DUE
        else:
            status = CellStatus.NOT_DUE
        out.append(PeriodResult(label, start, end, required, count, status))
    return tuple(out)


def _row(label: str, t: MeetingType, period: Period, required: int, group_uuid: str | None,
         held: list[HeldMeeting], year: int, today: dt.date, since: dt.date | None = None,
         months: bool = True) -> ComplianceRow:
    """One row of the calendar. ``months=False``: the periods only (no month cells), as headquarters' overview
    needs them; the periods are the same either way."""
    by_month: dict[int, list[HeldMeeting]] = {}
    elsewhere = 0  # held in another calendar year for this 年度: counted for the year, in no month
    for h in held:
        day = h.date
        if (h.counts_for or day.year) != year:
            continue
        if day.year == year:
            hs = by_month.get(day.month)
            if hs is None:
                by_month[day.month] = [h]
            else:
                hs.append(h)
        elif period is _YEARLY:
            elsewhere += 1
    per_month = [0] * 13
    for m, hs in by_month.items():
        per_month[m] = len(hs)
    spans = _periods_of(year, period)
    if period is _MONTHLY:
        counts = tuple(per_month[1:])
    else:
        counts = tuple(sum(per_month[start.month:end.month + 1]) + elsewhere for _, start, end in spans)
    key = (year, period, required, today, since, counts)
    periods = _PERIOD_ROWS.get(key)  # 500 branches of one year share a few hundred rows of periods
    if periods is None:
        periods = _period_results(spans, required, counts, today, since)
        if len(_PERIOD_ROWS) > 20_000:
            _PERIOD_ROWS.clear()
        _PERIOD_ROWS[key] = periods
    if not months:
        return ComplianceRow(label, t, period, group_uuid, (), periods)
    month_status: dict[int, CellStatus] = {}
    for p in periods:
        status, end = p.status, p.end
        for m in range(p.start.month, end.month + 1):
            if by_month.get(m):
                month_status[m] = CellStatus.HELD
            elif status is CellStatus.HELD:
                month_status[m] = CellStatus.COVERED
            elif status is CellStatus.MISSING:
                month_status[m] = CellStatus.MISSING if m == end.month else CellStatus.IN_MISSING_PERIOD
            elif status is CellStatus.NOT_REQUIRED:
                month_status[m] = CellStatus.NOT_REQUIRED
            elif dt.date(year, m, 1) > today:
                month_status[m] = CellStatus.NOT_DUE
            else:
                month_status[m] = CellStatus.DUE
    cells = []
    for m in range(1, 13):
        status = month_status.get(m, CellStatus.NOT_REQUIRED)
        in_month = by_month.get(m)
        if not in_month:  # most months of most rows: one shared (frozen) empty cell
            cells.append(_empty_cell(m, status))
            continue
        hs = sorted(in_month, key=_by_date)
        cells.append(MonthCell(m, status, len(hs), tuple(h.uuid for h in hs), tuple(h.date for h in hs)))
    return ComplianceRow(label, t, period, group_uuid, tuple(cells), periods)


def compliance_report(year: int, rules: ComplianceRules, held: list[HeldMeeting],
                      groups: list[tuple[str, str]], today: dt.date, secretary_name: str = "",
                      since: dt.date | None = None, *, months: bool = True) -> ComplianceReport:
    """Months × meeting types for ``year``. ``groups`` is [(uuid, name)] of the 党小组 (per-group rows).

    A sitting counts for every type it carries. Months after ``today`` are not yet due; a period that is still
    running and not yet satisfied is due (待开), not missing. A period that began before ``since`` (the branch's
    founding, or the day its records start: :func:`counting_since`) is not required. ``months=False``: the
    periods of every row without the month cells (headquarters' overview of hundreds of branches; the figures
    are the same).
    """
    rows: list[ComplianceRow] = []
    by_type: dict[MeetingType, list[HeldMeeting]] = {}  # one pass: a sitting counts for every type it carries
    for h in held:
        for t in h.types:
            mine = by_type.get(t)
            if mine is None:
                by_type[t] = [h]
            elif mine[-1] is not h:  # a type written twice counts once
                mine.append(h)
    for rule in rules.rules:
        if rule.period is Period.NONE:
            continue
        of_type = by_type.get(rule.type, [])
        if rule.per_group and groups:
            by_group: dict[str | None, list[HeldMeeting]] = {}
            for h in of_type:
                mine = by_group.get(h.group_uuid)
                if mine is None:
                    by_group[h.group_uuid] = [h]
                else:
                    mine.append(h)
            for g_uuid, g_name in groups:
                rows.append(_row(f"{rule.type.short}·{g_name}", rule.type, rule.period, rule.count, g_uuid,
                                 by_group.get(g_uuid, []), year, today, since, months))
        else:
            rows.append(_row(rule.type.short, rule.type, rule.period, rule.count, None, of_type, year, today, since,
                             months))
    if rules.secretary_lectures_per_year > 0:
        by_secretary = [h for h in by_type.get(MeetingType.LECTURE, []) if secretary_name
                        and _same_person(h.lecturer, secretary_name)]
        rows.append(_row("书记讲党课", MeetingType.LECTURE, Period.YEAR, rules.secretary_lectures_per_year, None,
                         by_secretary, year, today, since, months))
    return ComplianceReport(year, today, tuple(rows))


def counting_since(founded_on: dt.date | None, records_since: dt.date | None) -> dt.date | None:
    """From when missing meetings count: the later of the branch's founding and the start of its records."""
    days = [d for d in (founded_on, records_since) if d is not None]
    return max(days) if days else None


def _same_person(lecturer: str, name: str) -> bool:
    lecturer = lecturer.replace("书记", "").replace("同志", "").strip()
    return bool(lecturer) and (lecturer == name or name in lecturer)
