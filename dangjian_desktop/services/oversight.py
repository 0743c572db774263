"""Headquarters oversight (上级党委督导): every branch's year as its own rules count it, and the reasons a branch
needs a call. One grouped pass over the store (storage/repos/oversight.py), then the pure domain function per
branch (domain/oversight.py → domain/compliance.compliance_report, the branch's own function)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock, features, gcpause
from dangjian_desktop.domain.compliance import ComplianceRules
from dangjian_desktop.domain.enums import StoreMode
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.oversight import (
    Attention,
    BranchFacts,
    BranchOverview,
    OversightRules,
    needing_attention,
    overview,
    rules_from_package,
    span_of,
)
from dangjian_desktop.storage.repos import oversight as repo
from dangjian_desktop.storage.repos import settings

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.services.oversight_drill import Drill

RULES_KEY = "oversight.rules"

@dataclass(frozen=True)
class PeriodLine:
    period: str  # "第三季度", "第一党小组 8月"
    status: str  # the calendar's words: 已开, 缺, 待开, 未到期, 不要求
    held: int
    required: int
    meetings: list[tuple[dt.date, str, str, str]]  # (date, title, types, status)


def declared_attention() -> list[Attention]:
    """The figures the record kinds declare as needing a call when above zero (``HqFigure.attention``)."""
    return [Attention(c.key, c.attention) for c in features.hq_columns() if getattr(c, "attention", "")]


def _date_of(text: object) -> dt.date | None:
    if not isinstance(text, str):
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:  # stored in UTC: the day it was where the branch and headquarters are
        try:
            when = when.replace(tzinfo=dt.UTC).astimezone()
        except (OverflowError, OSError, ValueError):
            pass
    return when.date()


class OversightService:
    def __init__(self, services: Services):
        self.services = services
        self.store = services.store

    # -- thresholds (设置) ---------------------------------------------------------------------------------------
    def rules(self) -> OversightRules:
        return OversightRules.from_dict(settings.get(RULES_KEY))

    def save_rules(self, rules: OversightRules) -> OversightRules:
        clean = OversightRules.from_dict(rules.to_dict())
        if clean != rules:
            raise ValidationError("数据包未更新天数应在 1 至 730 天之间，任期届满提醒应在 0 至 24 个月之间。")
        with self.store.atomic():
            settings.put(RULES_KEY, clean.to_dict())
        return clean

    # -- the overview --------------------------------------------------------------------------------------------
    def _require_hq(self) -> None:
        if self.services.branch.mode() is not StoreMode.HEADQUARTERS:
            raise ValidationError("督导汇总只在上级党委模式下使用：这里汇总已导入的各支部数据包。")

    def facts(self, year: int, today: dt.date) -> list[BranchFacts]:
        """Every imported branch's facts for ``year``, read in grouped passes (no query per branch)."""
        status = self.services.exchange.branch_status()
        secretaries = repo.secretaries()
        groups = repo.groups()
        members = repo.members()
        overdue = repo.rectifications_overdue(today)
        pledges = repo.pledges(year)
        elections = repo.pending_elections()
        inspections = repo.last_inspections()
        # the meetings that count for the year, as MeetingService.held_for_year takes them at the branch
        years: dict[str, int] = {}
        for path in features.paths("meeting_years"):
            years.update(features.load(path)())
        # the year's meetings, and those of the next year that a kind assigns to it (read by uuid: a past year's
        # query does not read the whole next year as MeetingService does for one branch; the result is the same)
        first, last = dt.date(year, 1, 1), min(dt.date(year + 1, 12, 31), today)
        read_to = min(dt.date(year, 12, 31), last)
        held, moved = repo.held_meetings(first, read_to, years, year)
        parsed: dict[str, ComplianceRules] = {}  # most branches keep the same rules: parse each text once

        def rules_of(data: object) -> ComplianceRules:
            key = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
            if key not in parsed:
                parsed[key] = rules_from_package(data)
            return parsed[key]

        out = []
        for bid, uuid, name, parent, founded, elected, term_years in repo.branches():
            st = status.get(uuid) or {}
            figures = st.get("figures") if isinstance(st.get("figures"), dict) else {}
            if figures.get("year") != year:
                figures = {}
            # the branch read its year on the day it made its last package (domain.oversight.overview): a meeting
            # dated after that day (one planned ahead) did not count then
            made = _date_of(st.get("created_at"))
            upto = min(last, made) if made is not None else last
            mine = held.get(bid, [])  # held in the year by date: they count for it
            if upto < read_to:
                mine = [h for h in mine if h.date <= upto]
            for h in moved.get(bid, ()):  # those a record kind assigns to a 年度 (MeetingService.held_for_year)
                if not first <= h.date <= upto:
                    continue
                counts_for = years[h.uuid]
                if counts_for != h.date.year:
                    h = h._replace(counts_for=counts_for)
                if h.year == year:
                    mine.append(h)
            made, reviewed = pledges.get(bid, (0, 0))
            pending = bid in elections
            requested, delay = elections.get(bid, (None, None))
            out.append(BranchFacts(
                uuid=uuid, name=name, parent_committee=parent or "", last_package=_date_of(st.get("created_at")),
                members=members.get(bid, 0), founded_on=founded, election_date=elected, term_years=term_years,
                secretary_name=secretaries.get(bid, ""), groups=groups.get(bid, []), held=mine,
                election_pending=pending, election_requested=requested, term_delay_until=delay,
                rules=rules_of(st.get("compliance_rules")), rectifications_overdue=overdue.get(uuid, 0),
                last_inspection=inspections.get(uuid),
                pledges_made=made, pledges_reviewed=reviewed,
                figures={k: v for k, v in figures.items() if k != "year"}))
        return out

    def overview(self, year: int | None = None, today: dt.date | None = None, *, quarter: int | None = None,
                 month: int | None = None) -> list[BranchOverview]:
        """One row per imported branch, by name. ``quarter`` (1–4) or ``month`` (1–12): the meeting figures of
        the requirements that fell due in it (the reasons stay the year's)."""
        self._require_hq()
        today = today or clock.today()
        year = year or today.year
        if not 2000 <= year <= today.year + 1:
            raise ValidationError(f"年度“{year}”不在可查询的范围内（2000年至{today.year + 1}年）。")
        if quarter is not None and month is not None:
            raise ValidationError("季度和月份只能选一个。")
        if quarter is not None and not 1 <= quarter <= 4:
            raise ValidationError(f"季度应为1至4，不是“{quarter}”。")
        if month is not None and not 1 <= month <= 12:
            raise ValidationError(f"月份应为1至12，不是“{month}”。")
        rules = self.rules()
        attention = declared_attention()
        span = span_of(year, quarter, month)
        # The overview makes some 100,000 small acyclic objects (meetings, periods, rows): in a process that holds
        # a window (tens of thousands of Qt wrappers tracked by the collector) each full collection they trigger
        # costs more than the overview itself (measured: 200-470 ms with it, 180-190 ms without, 500 branches).
        with gcpause.paused():
            return [overview(f, year, today, rules, attention, span) for f in self.facts(year, today)]

    def attention(self, year: int | None = None, today: dt.date | None = None) -> list[BranchOverview]:
        """The branches that need a call, most serious and newest first."""
        return needing_attention(self.overview(year, today))

    def meetings_behind(self, row: BranchOverview, kind: str) -> list[PeriodLine]:
        """The periods of one cell of the matrix (a branch, a kind of meeting) with the meetings held in each, as
        the branch's calendar counted them: the drill-down from headquarters to the branch's records."""
        out: list[PeriodLine] = []
        cal_rows = [r for r in row.report.rows if r.label.split("·", 1)[0] == kind]
        uuids = [u for r in cal_rows for c in r.months for u in c.meeting_uuids]
        lines = repo.meeting_lines(uuids)
        for r in cal_rows:
            _, _, group = r.label.partition("·")
            for p in r.periods:
                held = [(d, *lines.get(u, ("", "", ""))) for c in r.months
                        if p.start.month <= c.month <= p.end.month for u, d in zip(c.meeting_uuids, c.dates,
                                                                                    strict=True)]
                out.append(PeriodLine(f"{group} {p.label}".strip(), p.status.value, p.held, p.required, held))
        return out

    def records_behind(self, row: BranchOverview, key: str, year: int, today: dt.date | None = None) -> Drill:
        """The branch's records behind one cell of the matrix (column ``key``), or why there are none."""
        from dangjian_desktop.services.oversight_drill import drill

        return drill(self, row, key, year, today or clock.today())

    def summary_pdf(self, out: Path | str, year: int | None = None, *, quarter: int | None = None,
                    month: int | None = None) -> Path:
        from dangjian_desktop.services.oversight_paper import summary_pdf

        return summary_pdf(self.services, out, year, quarter=quarter, month=month)

    def summary_xlsx(self, out: Path | str, year: int | None = None, *, quarter: int | None = None,
                     month: int | None = None) -> Path:
        from dangjian_desktop.services.oversight_paper import summary_xlsx

        return summary_xlsx(self.services, out, year, quarter=quarter, month=month)


def build(services: Services) -> OversightService:
    return OversightService(services)


def _number(text: object, what: str) -> int | None:
    if text in (None, ""):
        return None
    try:
        return int(str(text))
    except ValueError:
        raise ValidationError(f"{what}应为数字，不是“{text}”。") from None


def make_hq_summary(services: Services, out: Path, year: int | None = None, quarter: object = None,
                    month: object = None) -> Path:
    """The document of ``dangjian report hq-summary`` (``--quarter``/``--month``: that part of the year)."""
    return services.oversight.summary_pdf(out, year, quarter=_number(quarter, "季度"), month=_number(month, "月份"))
