"""Which months a member owes dues for, the state of each month, arrears and the six-month rule.

A month is DUE for a member (:func:`owes`, :func:`month_cells`) when all of these hold:

1. the member belongs to this branch for that month: on the roster on the month's 1st (a member who transfers out
   on the 15th pays here up to and including that month, 交至转出当月; one who transfers in on the 15th starts
   here the next month, the old branch having collected that month), **or** admitted to the Party during that
   month while in this branch (预备党员 pay from the day the 支部党员大会 accepts them = 入党日期, so that month is
   due);
2. a standard is in force for the month (``DuesStandard`` of that year with ``from_month`` ≤ month): a month on
   the roster without one is 未核定 — not counted as owed, but reminded of, so a forgotten member shows up;
3. the standard is not 免交 (an approved exemption is a valid reason: the month is not due).

"Due so far" in a year: every month of a past year, January to the current month of this year, none of a future
year. A due month not paid is 欠交 (arrears) once it has ended; the current month is 应交 until it ends.
Arrears counted for the 党章's six-month rule are the run of consecutive 欠交 months ending with the last month
that has ended; a paid, exempt, unset or not-owed month ends the run.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from dangjian_desktop.domain.dues import (
    DuesPayment,
    DuesStandard,
    YearMonth,
    months_text,
    standard_for_month,
    ym_from_index,
    ym_index,
    yuan_float,
    yuan_text,
)
from dangjian_desktop.domain.roster import Member

# 《中国共产党章程》第九条 (the words the reminders quote)
CONSTITUTION_ARTICLE_9 = ("党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，"
                          "就被认为是自行脱党。")


class MonthState(StrEnum):
    PAID = "已交"
    LATE = "补交"  # paid by a late payment
    ARREARS = "欠交"  # due, unpaid, and the month has ended
    DUE = "应交"  # due, unpaid, the month has not ended yet
    EXEMPT = "免交"
    UNSET = "未核定"  # on the roster, but no standard for the month
    NONE = "不在册"  # not a member of this branch that month

    @property
    def symbol(self) -> str:
        """The mark in the grid (登记表, the 党费 page)."""
        return {"已交": "✓", "补交": "补", "欠交": "欠", "应交": "", "免交": "免", "未核定": "?", "不在册": "—"}[self.value]

    @property
    def paid(self) -> bool:
        return self in (MonthState.PAID, MonthState.LATE)


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def belongs(member: Member, year: int, month: int) -> bool:
    """Rule 1: the member's dues for this month are collected by this branch."""
    first = dt.date(year, month, 1)
    if member.on_roster_at(first):
        return True
    admitted = member.joined_party_on
    return admitted is not None and first <= admitted <= last_day(year, month) and member.on_roster_at(admitted)


def owes(member: Member, standards: list[DuesStandard], year: int, month: int) -> bool:
    """Rules 1–3: the member owes dues for this month."""
    if not belongs(member, year, month):
        return False
    s = standard_for_month(standards, year, month)
    return s is not None and not s.exempt


def months_so_far(year: int, today: dt.date) -> int:
    """How many months of ``year`` are due so far: 12 for a past year, up to this month for this year, 0 after."""
    if year < today.year:
        return 12
    return today.month if year == today.year else 0


@dataclass(frozen=True)
class MonthCell:
    month: int
    state: MonthState
    due_fen: int | None  # what the month asks (None: not owed or no standard); 0 for an exempt month
    paid_fen: int = 0  # booked to this month by payments

    @property
    def symbol(self) -> str:
        return self.state.symbol


Booked = dict[YearMonth, tuple[int, bool]]  # month -> (fen booked to it, paid late?)


def booked_months(payments: list[DuesPayment]) -> Booked:
    """Each month's booked amount from a member's payments (a month paid twice adds up; the service refuses it)."""
    out: Booked = {}
    for p in payments:
        for ym in p.months:
            fen = p.month_fen.get(ym, 0)
            old = out.get(ym)
            out[ym] = (fen + (old[0] if old else 0), p.late and (old[1] if old else True))
    return out


def cell_for(member: Member, standards: list[DuesStandard], booked: Booked, year: int, month: int,
             today: dt.date) -> MonthCell:
    here = belongs(member, year, month)
    s = standard_for_month(standards, year, month) if here else None
    due = s.due_fen if s is not None else None
    paid = booked.get((year, month))
    if paid is not None:
        return MonthCell(month, MonthState.LATE if paid[1] else MonthState.PAID, due, paid[0])
    if not here:
        return MonthCell(month, MonthState.NONE, None)
    if s is None:
        return MonthCell(month, MonthState.UNSET, None)
    if s.exempt:
        return MonthCell(month, MonthState.EXEMPT, 0)
    ended = (year, month) < (today.year, today.month)
    return MonthCell(month, MonthState.ARREARS if ended else MonthState.DUE, due)


def month_cells(member: Member, standards: list[DuesStandard], booked: Booked, year: int,
                today: dt.date) -> list[MonthCell]:
    return [cell_for(member, standards, booked, year, m, today) for m in range(1, 13)]


@dataclass
class MemberYear:
    """One line of the year's grid: a member, the twelve months, and the year's figures."""

    member_uuid: str
    name: str
    group_name: str
    year: int
    cells: list[MonthCell]
    standard: DuesStandard | None  # the standard in force latest in the year (what the grid shows as 月标准)
    so_far: int  # months due so far (months_so_far)
    active: bool = True

    @property
    def monthly_fen(self) -> int | None:
        return self.standard.due_fen if self.standard else None

    @property
    def paid_months(self) -> list[int]:
        return [c.month for c in self.cells if c.state.paid]

    @property
    def unpaid_months(self) -> list[int]:
        """Due so far and not paid: the ended months in arrears and this month while it is still open."""
        return [c.month for c in self.cells if c.month <= self.so_far
                and c.state in (MonthState.ARREARS, MonthState.DUE)]

    @property
    def arrears_months(self) -> list[int]:
        return [c.month for c in self.cells if c.state is MonthState.ARREARS]

    @property
    def unset_months(self) -> list[int]:
        return [c.month for c in self.cells if c.state is MonthState.UNSET and c.month <= self.so_far]

    @property
    def paid_fen(self) -> int:
        return sum(c.paid_fen for c in self.cells)

    @property
    def due_fen(self) -> int:
        """What the months due so far ask (paid or not)."""
        return sum(c.due_fen or 0 for c in self.cells if c.month <= self.so_far and c.state not in (
            MonthState.NONE, MonthState.UNSET, MonthState.EXEMPT))

    @property
    def owed_fen(self) -> int:
        """Unpaid so far (arrears and the open month)."""
        months = set(self.unpaid_months)
        return sum(c.due_fen or 0 for c in self.cells if c.month in months)

    @property
    def year_due_fen(self) -> int:
        """What the whole year asks (for the 登记表's 全年应交)."""
        return sum(c.due_fen or 0 for c in self.cells if c.state not in (MonthState.NONE, MonthState.UNSET,
                                                                          MonthState.EXEMPT))

    def as_status(self) -> dict:
        """The CLI contract of ``dangjian dues status``."""
        return {"name": self.name, "monthly": yuan_float(self.monthly_fen), "paid_months": self.paid_months,
                "unpaid_months": self.unpaid_months, "paid_total": yuan_float(self.paid_fen),
                "due_total": yuan_float(self.due_fen)}


def member_year(member: Member, standards: list[DuesStandard], booked: Booked, year: int,
                today: dt.date) -> MemberYear:
    cells = month_cells(member, standards, booked, year, today)
    in_force = [s for s in standards if s.year == year]
    latest = max(in_force, key=lambda s: s.from_month) if in_force else None
    return MemberYear(member.uuid or "", member.name, member.group_name, year, cells, latest,
                      months_so_far(year, today), member.status.is_active)


@dataclass
class DuesGrid:
    """The year's grid: a line per member, and per month what was asked (due so far and later) and what was
    collected; ``remitted_fen``: handed to the higher committee for the year."""

    year: int
    lines: list[MemberYear]
    remitted_fen: int = 0
    month_due: list[int] = field(default_factory=lambda: [0] * 12)
    month_paid: list[int] = field(default_factory=lambda: [0] * 12)

    @property
    def paid_fen(self) -> int:
        return sum(self.month_paid)

    @property
    def due_fen(self) -> int:
        """What the months due so far ask."""
        return sum(line.due_fen for line in self.lines)

    @property
    def year_due_fen(self) -> int:
        return sum(line.year_due_fen for line in self.lines)

    @property
    def arrears_lines(self) -> list[MemberYear]:
        return [line for line in self.lines if line.arrears_months]

    @property
    def arrears_fen(self) -> int:
        return sum(c.due_fen or 0 for line in self.lines for c in line.cells if c.state is MonthState.ARREARS)

    @property
    def unset_lines(self) -> list[MemberYear]:
        return [line for line in self.lines if line.active and line.unset_months]

    @property
    def exempt_lines(self) -> list[MemberYear]:
        return [line for line in self.lines if any(c.state is MonthState.EXEMPT for c in line.cells)]


def make_grid(year: int, lines: list[MemberYear], remitted_fen: int = 0) -> DuesGrid:
    grid = DuesGrid(year, lines, remitted_fen)
    for line in lines:
        for c in line.cells:
            grid.month_paid[c.month - 1] += c.paid_fen
            if c.state not in (MonthState.NONE, MonthState.UNSET, MonthState.EXEMPT):
                grid.month_due[c.month - 1] += c.due_fen or 0
    return grid


# -- arrears and the six-month rule ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArrearsRun:
    """A member's current run of consecutive unpaid months (ending with the last month that has ended)."""

    member_uuid: str
    name: str
    group_name: str
    months: tuple[YearMonth, ...]  # oldest first
    owed_fen: int
    lapse_months: int
    # the first month of the running year left out because its standards are not set yet (January before the
    # secretary sets them): the run before it still stands, the months after it are not counted against anyone
    unset_since: YearMonth | None = None

    @property
    def count(self) -> int:
        return len(self.months)

    @property
    def lapsed(self) -> bool:
        """Six (the rule's number) consecutive months unpaid."""
        return self.count >= self.lapse_months

    @property
    def last_month_to_pay(self) -> YearMonth:
        """The month by whose end the run reaches the rule's number if nothing is paid."""
        return ym_from_index(ym_index(self.months[0]) + self.lapse_months - 1)

    @property
    def months_text(self) -> str:
        return months_text(self.months)


def arrears_run(member: Member, standards: list[DuesStandard], booked: Booked, today: dt.date,
                lapse_months: int, look_back: int = 36) -> ArrearsRun | None:
    """The run of consecutive 欠交 months ending with last month (None when last month is not in arrears). Months
    of last month's year that have no standard yet are passed over (``unset_since``), not counted and not ending
    the run: a run from last year does not vanish because this year's standards wait to be set."""
    last = ym_index((today.year, today.month)) - 1
    running_year = ym_from_index(last)[0]
    months: list[YearMonth] = []
    unset: YearMonth | None = None
    owed = 0
    for i in range(last, last - look_back, -1):
        y, m = ym_from_index(i)
        cell = cell_for(member, standards, booked, y, m, today)
        if cell.state is MonthState.UNSET and not months and y == running_year:
            unset = (y, m)
            continue
        if cell.state is not MonthState.ARREARS:
            break
        months.append((y, m))
        owed += cell.due_fen or 0
    if not months:
        return None
    return ArrearsRun(member.uuid or "", member.name, member.group_name, tuple(reversed(months)), owed,
                      lapse_months, unset)


# -- checking a payment -------------------------------------------------------------------------------------------


def check_payment(member: Member, standards: list[DuesStandard], months: list[YearMonth], amount_fen: int | None,
                  paid_on: dt.date, today: dt.date,
                  taken: dict[YearMonth, str]) -> tuple[dict[YearMonth, int], list[str]]:
    """What each month of a payment is due, and every reason to refuse it. ``amount_fen`` None: exactly what
    the months ask. ``taken``: months already paid by another payment of this member -> how that payment is
    described (date and receipt)."""
    errors: list[str] = []
    due: dict[YearMonth, int] = {}
    if not months:
        return due, ["请选择这笔党费所交的月份"]
    if paid_on > today:
        errors.append("交纳日期不能晚于今天")
    if member.joined_party_on and paid_on < dt.date(member.joined_party_on.year, member.joined_party_on.month, 1):
        errors.append("交纳日期早于入党日期（预备党员从支部党员大会通过之日起交纳党费）")
    for y, m in sorted(set(months), key=ym_index):
        label = f"{y}年{m}月"
        if (y, m) in taken:
            errors.append(f"{label}的党费已经登记过（{taken[(y, m)]}），不能重复登记")
            continue
        if not belongs(member, y, m):
            errors.append(f"{label}{member.name}不在本支部交纳党费（尚未入党、尚未转入或已转出）")
            continue
        s = standard_for_month(standards, y, m)
        if s is None:
            errors.append(f"{member.name}{y}年还没有核定党费标准：请先在“核定标准”中填写")
            continue
        if s.exempt:
            errors.append(f"{label}已批准免交党费，无需交纳")
            continue
        due[(y, m)] = s.due_fen
    if amount_fen is None:
        if not errors and sum(due.values()) <= 0:
            errors.append("所选月份无需交纳党费")
    elif amount_fen <= 0:
        errors.append("金额应大于0")
    elif not errors and amount_fen < sum(due.values()):
        errors.append(f"金额{yuan_text(amount_fen)}元少于所交月份应交的{yuan_text(sum(due.values()))}元"
                      "（少交须经支委会研究并报上级党委批准，请在“核定标准”中登记）")
    return due, list(dict.fromkeys(errors))
