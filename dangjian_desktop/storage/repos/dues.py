"""党费 standards, payments (with the months they cover) and remittances as domain objects.

Every query is limited to the members (or the branch) of one branch: a headquarters store holds many branches'
rows. Months of a payment are child rows synced by UUID (``children.sync``); deletions leave tombstones.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from dangjian_desktop.domain.dues import DuesCategory, DuesPayment, DuesStandard, PayWay, Reduction, Remittance
from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.storage.models import BranchRow, MemberRow, Tombstone, new_uuid, utcnow
from dangjian_desktop.storage.models_dues import DuesPaymentMonthRow, DuesPaymentRow, DuesRemittanceRow, DuesStandardRow
from dangjian_desktop.storage.repos import children
from dangjian_desktop.storage.repos.rows import by_uuid, delete_row, existing, row_for, save_fields

_CHUNK = 400


def _member_row(member_uuid: str) -> MemberRow:
    return existing(MemberRow, member_uuid, "找不到该党员。")


def _branch_members(branch_uuid: str):  # noqa: ANN202 - a peewee sub-select
    return (MemberRow.select(MemberRow.id).join(BranchRow, on=(MemberRow.branch == BranchRow.id))
            .where(BranchRow.uuid == branch_uuid))


# -- standards ----------------------------------------------------------------------------------------------------


def _rate(text: str) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


def _standard(row: DuesStandardRow, member_uuid: str, name: str) -> DuesStandard:
    try:
        category = DuesCategory(row.category)
    except ValueError:
        category = DuesCategory.EMPLOYED
    try:
        reduction = Reduction(row.reduction)
    except ValueError:
        reduction = Reduction.NONE
    return DuesStandard(member_uuid=member_uuid, year=row.year, category=category, base_fen=row.base_fen,
                        rate=_rate(row.rate), monthly_fen=row.monthly_fen, from_month=row.from_month,
                        reduction=reduction, reduced_fen=row.reduced_fen, committee_on=row.committee_on,
                        approved_on=row.approved_on, approval_ref=row.approval_ref, note=row.note,
                        member_name=name, uuid=row.uuid)


def list_standards(branch_uuid: str, years: tuple[int, ...] | None = None,
                   member_uuid: str | None = None) -> list[DuesStandard]:
    q = (DuesStandardRow.select(DuesStandardRow, MemberRow.uuid, MemberRow.name)
         .join(MemberRow, on=(DuesStandardRow.member == MemberRow.id))
         .where(DuesStandardRow.member.in_(_branch_members(branch_uuid))))
    if years is not None:
        q = q.where(DuesStandardRow.year.in_(list(years)))
    if member_uuid is not None:
        q = q.where(MemberRow.uuid == member_uuid)
    q = q.order_by(DuesStandardRow.year, MemberRow.sort_key, DuesStandardRow.from_month)
    return [_standard(r, r.member.uuid, r.member.name) for r in q]


def standard_years(branch_uuid: str) -> list[int]:
    q = (DuesStandardRow.select(DuesStandardRow.year).distinct()
         .where(DuesStandardRow.member.in_(_branch_members(branch_uuid))))
    return sorted(y for (y,) in q.tuples())


def save_standard(s: DuesStandard) -> DuesStandard:
    """Insert or update in place: the row is found by its UUID, else by member, year and ``from_month``."""
    member = _member_row(s.member_uuid)
    row = by_uuid(DuesStandardRow, s.uuid)
    if row is None:
        row = DuesStandardRow.get_or_none((DuesStandardRow.member == member) & (DuesStandardRow.year == s.year)
                                          & (DuesStandardRow.from_month == s.from_month))
    if row is None:
        row = DuesStandardRow(uuid=s.uuid or new_uuid(), member=member)
    save_fields(row, s, "year from_month base_fen monthly_fen reduced_fen committee_on approved_on approval_ref note",
                member=member, category=s.category.value, rate=str(s.rate) if s.rate is not None else "",
                reduction=s.reduction.value)
    return _standard(row, member.uuid, member.name)


def delete_standard(standard_uuid: str) -> None:
    delete_row(DuesStandardRow, standard_uuid, missing="找不到该党费标准。")


# -- payments -----------------------------------------------------------------------------------------------------


def _payments(q) -> list[DuesPayment]:  # noqa: ANN001
    rows = list(q)
    months: dict[int, list[DuesPaymentMonthRow]] = defaultdict(list)
    ids = [r.id for r in rows]
    for i in range(0, len(ids), _CHUNK):
        for m in (DuesPaymentMonthRow.select().where(DuesPaymentMonthRow.payment.in_(ids[i:i + _CHUNK]))
                  .order_by(DuesPaymentMonthRow.year, DuesPaymentMonthRow.month)):
            months[m.payment_id].append(m)
    out = []
    for r in rows:
        ms = months[r.id]
        try:
            way = PayWay(r.way)
        except ValueError:
            way = PayWay.CASH
        out.append(DuesPayment(member_uuid=r.member.uuid, months=tuple((m.year, m.month) for m in ms),
                               amount_fen=r.amount_fen, paid_on=r.paid_on, way=way, late=bool(r.late),
                               handed_by=r.handed_by, receipt_no=r.receipt_no, note=r.note,
                               month_fen={(m.year, m.month): m.amount_fen for m in ms}, member_name=r.member.name,
                               uuid=r.uuid))
    return out


def booked_months(branch_uuid: str, years: tuple[int, ...]) -> dict[str, dict[tuple[int, int], tuple[int, bool]]]:
    """Per member UUID, each month booked by the payments that cover a month of ``years`` (every month of such a
    payment, as :func:`list_payments` reads them): (fen booked to it, paid late?), summed and and-ed over payments
    in one grouped query, for 首页's reminders and the 党费 grid (``dues_months.booked_months`` of the payments)."""
    from peewee import Case, fn

    covering = DuesPaymentMonthRow.select(DuesPaymentMonthRow.payment).where(DuesPaymentMonthRow.year.in_(list(years)))
    q = (DuesPaymentMonthRow
         .select(MemberRow.uuid, DuesPaymentMonthRow.year, DuesPaymentMonthRow.month,
                 fn.SUM(DuesPaymentMonthRow.amount_fen), fn.MIN(Case(None, [(DuesPaymentRow.late, 1)], 0)))
         .join(DuesPaymentRow, on=(DuesPaymentMonthRow.payment == DuesPaymentRow.id))
         .join(MemberRow, on=(DuesPaymentRow.member == MemberRow.id))
         .where(DuesPaymentRow.member.in_(_branch_members(branch_uuid)) & DuesPaymentRow.id.in_(covering))
         .group_by(MemberRow.uuid, DuesPaymentMonthRow.year, DuesPaymentMonthRow.month))
    out: dict[str, dict[tuple[int, int], tuple[int, bool]]] = {}
    for member, year, month, fen, late in q.tuples():
        out.setdefault(member, {})[(year, month)] = (int(fen or 0), bool(late))
    return out


def _payment_query():  # noqa: ANN202
    return (DuesPaymentRow.select(DuesPaymentRow, MemberRow.uuid, MemberRow.name, MemberRow.sort_key)
            .join(MemberRow, on=(DuesPaymentRow.member == MemberRow.id)))


def list_payments(branch_uuid: str, *, years: tuple[int, ...] | None = None, member_uuid: str | None = None,
                  paid_in: int | None = None) -> list[DuesPayment]:
    """Payments of the branch's members: covering a month of ``years`` or paid in ``paid_in`` (either matches
    when both are given), of one member, oldest first."""
    q = _payment_query().where(DuesPaymentRow.member.in_(_branch_members(branch_uuid)))
    if member_uuid is not None:
        q = q.where(MemberRow.uuid == member_uuid)
    cond = None
    if years is not None:
        covering = DuesPaymentMonthRow.select(DuesPaymentMonthRow.payment).where(
            DuesPaymentMonthRow.year.in_(list(years)))
        cond = DuesPaymentRow.id.in_(covering)
    if paid_in is not None:
        within = DuesPaymentRow.paid_on.between(dt.date(paid_in, 1, 1), dt.date(paid_in, 12, 31))
        cond = within if cond is None else (cond | within)
    if cond is not None:
        q = q.where(cond)
    return _payments(q.order_by(DuesPaymentRow.paid_on, DuesPaymentRow.id))


def get_payment(payment_uuid: str) -> DuesPayment:
    found = _payments(_payment_query().where(DuesPaymentRow.uuid == payment_uuid))
    if not found:
        raise NotFoundError("找不到该笔党费记录。")
    return found[0]


def save_payment(p: DuesPayment) -> DuesPayment:
    member = _member_row(p.member_uuid)
    row = row_for(DuesPaymentRow, p.uuid)
    save_fields(row, p, "paid_on amount_fen late handed_by receipt_no note", member=member, way=p.way.value)
    children.sync(DuesPaymentMonthRow, DuesPaymentMonthRow.payment, row.id,
                  [{"year": y, "month": m, "amount_fen": p.month_fen.get((y, m), 0)} for y, m in p.months],
                  key=lambda v: (v["year"], v["month"]))
    return get_payment(row.uuid)


def insert_payments(payments: list[DuesPayment]) -> int:
    """Bulk insert of new payments with their months (the demo year): a few statements instead of five per row."""
    members = {uuid: mid for mid, uuid in MemberRow.select(MemberRow.id, MemberRow.uuid).where(
        MemberRow.uuid.in_(list({p.member_uuid for p in payments}))).tuples()}
    now = utcnow()
    rows = [{"uuid": p.uuid or new_uuid(), "member": members[p.member_uuid], "paid_on": p.paid_on,
             "amount_fen": p.amount_fen, "way": p.way.value, "late": p.late, "handed_by": p.handed_by,
             "receipt_no": p.receipt_no, "note": p.note, "created_at": now, "updated_at": now} for p in payments]
    for i in range(0, len(rows), _CHUNK // 4):
        DuesPaymentRow.insert_many(rows[i:i + _CHUNK // 4]).execute()
    ids: dict[str, int] = {}
    uuids = [r["uuid"] for r in rows]
    for i in range(0, len(uuids), _CHUNK):
        ids.update(DuesPaymentRow.select(DuesPaymentRow.uuid, DuesPaymentRow.id).where(
            DuesPaymentRow.uuid.in_(uuids[i:i + _CHUNK])).tuples())
    months = [{"uuid": new_uuid(), "payment": ids[r["uuid"]], "year": y, "month": m,
               "amount_fen": p.month_fen.get((y, m), 0), "created_at": now, "updated_at": now}
              for r, p in zip(rows, payments, strict=True) for y, m in p.months]
    for i in range(0, len(months), _CHUNK // 4):
        DuesPaymentMonthRow.insert_many(months[i:i + _CHUNK // 4]).execute()
    return len(rows)


def delete_payment(payment_uuid: str) -> None:
    row = existing(DuesPaymentRow, payment_uuid, "找不到该笔党费记录。")
    children.sync(DuesPaymentMonthRow, DuesPaymentMonthRow.payment, row.id, [])  # tombstones for the months
    row.delete_instance()
    Tombstone.create(table="dues_payment", uuid=payment_uuid)


def receipt_numbers(branch_uuid: str, prefix: str) -> list[str]:
    q = (DuesPaymentRow.select(DuesPaymentRow.receipt_no)
         .where(DuesPaymentRow.member.in_(_branch_members(branch_uuid))
                & DuesPaymentRow.receipt_no.startswith(prefix)))
    return [r for (r,) in q.tuples()]


# -- remittances ------------------------------------------------------------------------------------------------


def _remittance(row: DuesRemittanceRow) -> Remittance:
    return Remittance(remitted_on=row.remitted_on, year=row.year, from_month=row.from_month, to_month=row.to_month,
                      amount_fen=row.amount_fen, receipt_no=row.receipt_no, note=row.note, uuid=row.uuid)


def list_remittances(branch_uuid: str, year: int | None = None) -> list[Remittance]:
    q = (DuesRemittanceRow.select(DuesRemittanceRow).join(BranchRow, on=(DuesRemittanceRow.branch == BranchRow.id))
         .where(BranchRow.uuid == branch_uuid))
    if year is not None:
        q = q.where(DuesRemittanceRow.year == year)
    return [_remittance(r) for r in q.order_by(DuesRemittanceRow.remitted_on, DuesRemittanceRow.id)]


def save_remittance(branch_uuid: str, r: Remittance) -> Remittance:
    branch = existing(BranchRow, branch_uuid, "找不到该党支部。")
    row = row_for(DuesRemittanceRow, r.uuid)
    save_fields(row, r, "remitted_on year from_month to_month amount_fen receipt_no note", branch=branch)
    return _remittance(row)


def delete_remittance(remittance_uuid: str) -> None:
    delete_row(DuesRemittanceRow, remittance_uuid, missing="找不到该笔上缴记录。")
