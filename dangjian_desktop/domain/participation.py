"""Participation in organisational life: each member's attendance rate, and the six-month rule (six consecutive
months without taking part, without a valid reason, counts as leaving the Party: the secretary is warned well
before)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from dangjian_desktop.domain.compliance import ComplianceRules
from dangjian_desktop.domain.meetings import AbsenceReason


# -- participation: attendance rate and the six-month rule -----------------------------------------------------


@dataclass(frozen=True)
class Participation:
    """One member's record at one meeting: present, or absent with a reason."""

    member_uuid: str
    date: dt.date
    present: bool
    reason: AbsenceReason | None = None


@dataclass(frozen=True)
class MemberAttendance:
    member_uuid: str
    name: str
    group_name: str
    expected: int
    present: int
    absences: dict[str, int]  # reason -> count

    @property
    def rate(self) -> float | None:
        return self.present / self.expected if self.expected else None

    @property
    def rate_text(self) -> str:
        r = self.rate
        return "—" if r is None else f"{r * 100:.0f}%"


def attendance_rates(members: list[tuple[str, str, str]], records: list[Participation],
                     year: int) -> list[MemberAttendance]:
    """members: [(uuid, name, group_name)]. Counted over meetings of ``year`` where the member was 应到."""
    out = []
    for uuid, name, group in members:
        mine = [r for r in records if r.member_uuid == uuid and r.date.year == year]
        absences: dict[str, int] = {}
        for r in mine:
            if not r.present:
                key = str(r.reason) if r.reason else "未说明"
                absences[key] = absences.get(key, 0) + 1
        out.append(MemberAttendance(uuid, name, group, len(mine), sum(1 for r in mine if r.present), absences))
    return out


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class InactivityWarning:
    """A member approaching (or past) six consecutive months without organisational life."""

    member_uuid: str
    name: str
    group_name: str
    last_participation: dt.date | None  # None: never, since ``since``
    since: dt.date  # counting starts here (last participation, or joining / first record)
    deadline: dt.date  # since + six months: by then the member must take part
    days_without: int
    overdue: bool
    absences: tuple[tuple[dt.date, str], ...]  # meetings missed since, with the reason given

    @property
    def valid_reasons(self) -> int:
        return sum(1 for _, r in self.absences if r in (AbsenceReason.BUSINESS.value, AbsenceReason.SICK.value))


def inactivity_warnings(members: list[tuple[str, str, str, dt.date | None]], records: list[Participation],
                        today: dt.date, rules: ComplianceRules, records_start: dt.date | None
                        ) -> list[InactivityWarning]:
    """members: [(uuid, name, group_name, on_roster_since)]. Only meetings up to ``today`` count.

    Counting starts at the member's last participation; a member who never took part counts from the later of
    joining and the first meeting on record (the app cannot know what happened before its records begin).
    """
    if records_start is None:
        return []
    out = []
    past = [r for r in records if r.date <= today]
    for uuid, name, group, since_joined in members:
        mine = sorted((r for r in past if r.member_uuid == uuid), key=lambda r: r.date)
        present_dates = [r.date for r in mine if r.present]
        last = present_dates[-1] if present_dates else None
        since = last or max(d for d in (since_joined, records_start) if d is not None)
        days = (today - since).days
        if days < rules.inactivity_warning_days:
            continue
        deadline = add_months(since, rules.six_month_rule_months)
        absences = tuple((r.date, str(r.reason) if r.reason else "未说明原因") for r in mine
                         if not r.present and r.date > since)
        out.append(InactivityWarning(uuid, name, group, last, since, deadline, days, today >= deadline, absences))
    return sorted(out, key=lambda w: w.deadline)
