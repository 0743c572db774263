"""Demo data for 党费: the standards of every year the demo's twelve months touch, a year of payments up to today
(most members monthly, one quarterly in advance, one through a colleague with consent), a few arrears (one member
four months behind, one month missed by another, three months paid late as 补交), a retired member, a student, a
member whose dues were reduced with the higher committee's approval, and quarterly remittances."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import TYPE_CHECKING

from dangjian_desktop.domain.dues import (
    DuesCategory,
    DuesPayment,
    PayWay,
    Reduction,
    Remittance,
    allocate,
    standard_for_month,
    ym_from_index,
    ym_index,
)
from dangjian_desktop.domain.dues_months import belongs, last_day, owes
from dangjian_desktop.domain.enums import MemberCategory
from dangjian_desktop.services.dues import StandardEntry
from dangjian_desktop.storage.repos import dues as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

WAYS = [PayWay.ONLINE] * 6 + [PayWay.CASH] * 3 + [PayWay.TRANSFER]


def _base(rng: random.Random) -> Decimal:
    """A monthly base across the four tiers, most between 3,000 and 10,000 元."""
    low, high = rng.choice([(2600, 3000), (3000, 5000), (3000, 5000), (5000, 10000), (5000, 10000),
                            (5000, 10000), (10000, 14000)])
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def demo(services: Services, rng: random.Random, today: dt.date) -> None:
    svc = services.dues
    now = ym_index((today.year, today.month))
    first = now - 11
    members = [m for m in svc.members_of_year(today.year - 1) + svc.members_of_year(today.year)
               if any(belongs(m, *ym_from_index(i)) for i in range(first, now + 1))]
    members = list({m.uuid: m for m in members}.values())
    regular = [m for m in members if m.status.is_active and m.category is MemberCategory.FULL]
    retired, student, reduced, behind, gap, late, quarterly, proxy = regular[-8:]
    years = sorted({ym_from_index(i)[0] for i in range(first, now + 1)})
    bases = {m.uuid: _base(rng) for m in members}
    bases[retired.uuid] = Decimal("4860.00")
    bases[reduced.uuid] = Decimal("4200.00")
    for y in years:
        shrink = Decimal("0.96") ** (today.year - y)  # last year's pay a little lower
        entries = []
        for m in svc.members_of_year(y):
            if m.uuid == student.uuid:
                entries.append(StandardEntry(m.uuid, DuesCategory.STUDENT, None, note="在职攻读研究生，停薪留职"))
            elif m.uuid == retired.uuid:
                entries.append(StandardEntry(m.uuid, DuesCategory.RETIRED, (bases[m.uuid] * shrink).quantize(
                    Decimal("0.01")), note="退休后组织关系留在本支部"))
            else:
                entries.append(StandardEntry(m.uuid or "", DuesCategory.EMPLOYED,
                                             (bases[m.uuid] * shrink).quantize(Decimal("0.01"))))
        svc.set_standards(y, entries, today=today)
        svc.set_reduction(reduced.uuid or "", y, Reduction.REDUCED, reduced=Decimal("10.00"),
                          committee_on=dt.date(y - 1, 12, 10), approved_on=dt.date(y - 1, 12, 22),
                          approval_ref=f"示范能源公司党委〔{y - 1}〕46号", note="配偶重病，家庭生活困难",
                          today=today)
    standards: dict[str, list] = {}
    for s in repo.list_standards(services.branch.require_profile().uuid or "", tuple(years)):
        standards.setdefault(s.member_uuid, []).append(s)

    payments: list[DuesPayment] = []

    def pay(m, months: list[tuple[int, int]], on: dt.date, way: PayWay | None = None,  # noqa: ANN001
            handed_by: str = "", note: str = "") -> None:
        mine = standards.get(m.uuid, [])
        months = [ym for ym in months if owes(m, mine, *ym)]
        if not months or on > today:
            return
        due = {ym: standard_for_month(mine, *ym).due_fen for ym in months}  # type: ignore[union-attr]
        payments.append(DuesPayment(m.uuid, tuple(months), sum(due.values()), on, way or rng.choice(WAYS),
                                    late=any(ym_index(ym) < ym_index((on.year, on.month)) for ym in months),
                                    handed_by=handed_by, note=note, month_fen=allocate(months, due, sum(due.values())),
                                    member_name=m.name))

    colleague = next(m for m in regular if m.group_uuid == proxy.group_uuid and m.uuid != proxy.uuid)
    for m in members:
        for i in range(first, now + 1):
            y, mo = ym_from_index(i)
            day = dt.date(y, mo, rng.randint(3, 20))
            if m.joined_party_on and day < m.joined_party_on:
                day = min(last_day(y, mo), m.joined_party_on + dt.timedelta(days=2))
            if m.status_date and day >= m.status_date:
                day = max(dt.date(y, mo, 1), m.status_date - dt.timedelta(days=1))
            if m.uuid == behind.uuid and i >= now - 4:
                continue  # four months behind (and this month open)
            if m.uuid == gap.uuid and i == now - 6:
                continue  # one month missed, never made up
            if m.uuid == late.uuid and now - 8 <= i <= now - 6:
                if i == now - 6:
                    y2, mo2 = ym_from_index(now - 5)
                    pay(m, [ym_from_index(k) for k in range(now - 8, now - 5)], dt.date(y2, mo2, 6), PayWay.CASH,
                        note="外派期间未交，回单位后补交")
                continue
            if m.uuid == quarterly.uuid:
                if mo % 3 == 1 or i == first:  # a quarter's start (or the demo's first month): the quarter at once
                    q_end = ym_index((y, ((mo - 1) // 3 + 1) * 3))
                    pay(m, [ym_from_index(k) for k in range(i, q_end + 1)], dt.date(y, mo, 5), PayWay.TRANSFER,
                        note="经支部同意按季度交纳")
                continue
            if m.uuid == proxy.uuid:
                pay(m, [(y, mo)], day, PayWay.CASH, handed_by=colleague.name, note="本人出差，委托同组党员代交")
                continue
            pay(m, [(y, mo)], day)
    payments.sort(key=lambda p: (p.paid_on, p.member_name))
    counters: dict[int, int] = {}
    for p in payments:
        counters[p.paid_on.year] = counters.get(p.paid_on.year, 0) + 1
        p.receipt_no = f"{p.paid_on.year}-{counters[p.paid_on.year]:04d}"
    repo.insert_payments(payments)
    # quarterly remittances of what was collected for each ended quarter, on the 10th of the next month
    for i in range(first, now + 1):
        y, mo = ym_from_index(i)
        if mo % 3 != 0:
            continue
        start = max(i - 2, first)
        on = dt.date(*ym_from_index(i + 1), 10)
        months = {ym_from_index(k) for k in range(start, i + 1)}
        amount = sum(f for p in payments for ym, f in p.month_fen.items() if ym in months)
        if on <= today and amount:
            svc.record_remittance(Remittance(on, y, ym_from_index(start)[1], mo, amount,
                                             receipt_no=f"DF{y}{mo // 3:02d}{rng.randint(100, 999)}",
                                             note=f"{y}年第{(mo - 1) // 3 + 1}季度党费"), today=today)
