"""党费: the year's standards, payments month by month (also quarterly, in advance and 补交), remittances to the
higher committee, the year's grid and arrears.

The rules are in domain/dues.py (amounts) and domain/dues_months.py (which months are owed); this module reads
and writes through storage/repos/dues.py, every write in one transaction. Printing, the ledger chapter, the 首页
reminders (≥3 months unpaid; the 党章's six months) and the headquarters figures are in services/dues_ledger.py;
the spreadsheet import of bases and the Excel exports in services/dues_import.py; the demo year in
services/dues_demo.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock
from dangjian_desktop.domain import dues_months as months_rules
from dangjian_desktop.domain.dues import (
    Calculation,
    PaymentEntry,
    StandardEntry,
    DuesCategory,
    DuesPayment,
    DuesRules,
    DuesStandard,
    PayWay,
    Reduction,
    Remittance,
    allocate,
    calculate,
    is_late,
    parse_yuan,
    to_fen,
    validate_reduction,
    validate_remittance,
    validate_rules,
    yuan_text,
)
from dangjian_desktop.domain.dues_months import (
    ArrearsRun,
    DuesGrid,
    MonthState,
    arrears_run,
    make_grid,
    member_year,
)
from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.roster import Member, MemberFilter
from dangjian_desktop.domain.validation import clean_fields, clean_text
from dangjian_desktop.services import dues_import
from dangjian_desktop.services.audit import AuditService
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.services.roster import RosterService
from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.services.rules_setting import RulesInSettings
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import dues as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.services.dues_import import BasesPreview

RULES_KEY = "dues.rules"


@dataclass
class StandardLine:
    """A member in the standard-setting dialog: this year's standard if set, last year's to carry on."""

    member: Member
    current: DuesStandard | None
    last_year: DuesStandard | None


@dataclass
class MonthSheetLine:
    """A member in the fast entry of one month: what the month asks and whether it is paid already."""

    member: Member
    state: MonthState
    due_fen: int | None

    @property
    def payable(self) -> bool:
        return self.state in (MonthState.ARREARS, MonthState.DUE)


_RECEIPT = re.compile(r"^(\d{4})-(\d{1,6})$")


class DuesService(RulesInSettings[DuesRules], key=RULES_KEY):
    def __init__(self, store: Store, branches: BranchService, roster: RosterService, audit: AuditService):
        self.store = store
        self.branches = branches
        self.roster = roster
        self.audit = audit

    def _branch_uuid(self) -> str:
        b = self.branches.require_profile()
        assert b.uuid
        return b.uuid

    def _own(self) -> str | None:
        b = self.branches.profile()
        return b.uuid if b else None

    # -- rules ---------------------------------------------------------------------------------------------------
    def save_rules(self, rules: DuesRules) -> DuesRules:
        problems = validate_rules(rules)
        if problems:
            raise ValidationError("；".join(problems))
        return self._put_rules(rules)

    def calc(self, base: Decimal | str | float, retired: bool = False) -> Calculation:
        """The monthly amount of a base by the rules in force (``dangjian dues calc``)."""
        try:
            amount = parse_yuan(base, "基数")
            return calculate(DuesCategory.RETIRED if retired else DuesCategory.EMPLOYED, amount, self.rules())
        except ValueError as exc:
            raise ValidationError(str(exc)) from None

    # -- members and their months ----------------------------------------------------------------------------------
    @snapshot_cached
    def _members(self) -> list[Member]:
        return self.roster.members(MemberFilter(include_inactive=True))

    def members_of_year(self, year: int) -> list[Member]:
        """Everyone who belongs to the branch for at least one month of ``year`` (the grid's lines)."""
        return [m for m in self._members() if any(months_rules.belongs(m, year, k) for k in range(1, 13))]

    @snapshot_cached
    def standards(self, year: int) -> list[DuesStandard]:
        own = self._own()
        return repo.list_standards(own, (year,)) if own else []

    def _standards_by_member(self, years: tuple[int, ...]) -> dict[str, list[DuesStandard]]:
        own = self._own()
        out: dict[str, list[DuesStandard]] = {}
        for s in repo.list_standards(own, years) if own else []:
            out.setdefault(s.member_uuid, []).append(s)
        return out

    def _booked_by_member(self, years: tuple[int, ...]) -> dict[str, months_rules.Booked]:
        """Each member's booked months (``dues_months.booked_months`` of the payments covering ``years``), summed
        in SQL: 首页's arrears reminder looks four years back, and reading those payments row by row was most of
        首页's time (issue 21)."""
        own = self._own()
        return repo.booked_months(own, years) if own else {}

    @snapshot_cached
    def grid(self, year: int, today: dt.date | None = None) -> DuesGrid:
        today = today or clock.today()
        standards = self._standards_by_member((year,))
        booked = self._booked_by_member((year,))
        paid_members = set(booked)
        lines = []
        for m in self._members():
            uuid = m.uuid or ""
            if not (uuid in paid_members or uuid in standards
                    or any(months_rules.belongs(m, year, k) for k in range(1, 13))):
                continue
            lines.append(member_year(m, standards.get(uuid, []), booked.get(uuid, {}), year, today))
        own = self._own()
        remitted = sum(r.amount_fen for r in repo.list_remittances(own, year)) if own else 0
        return make_grid(year, lines, remitted)

    def status(self, year: int, today: dt.date | None = None) -> list[dict]:
        """``dangjian dues status``: per member name, monthly, paid_months, unpaid_months, paid_total, due_total."""
        return [line.as_status() for line in self.grid(year, today).lines]

    @snapshot_cached
    def arrears(self, today: dt.date | None = None) -> list[ArrearsRun]:
        """Active members whose last month(s) are unpaid: the current run of consecutive unpaid months."""
        today = today or clock.today()
        years = tuple(range(today.year - 3, today.year + 1))
        standards = self._standards_by_member(years)
        booked = self._booked_by_member(years)
        lapse = self.rules().lapse_months
        out = []
        for m in self._members():
            if not m.status.is_active:
                continue
            run = arrears_run(m, standards.get(m.uuid or "", []), booked.get(m.uuid or "", {}), today, lapse)
            if run is not None:
                out.append(run)
        return sorted(out, key=lambda r: (-r.count, r.name))

    # -- standards -----------------------------------------------------------------------------------------------
    def standard_lines(self, year: int) -> list[StandardLine]:
        """The members to set a standard for in ``year`` (on the roster some month of it), with this year's
        standard from January (or the earliest) and last year's latest."""
        this = self._standards_by_member((year,))
        last = self._standards_by_member((year - 1,))
        out = []
        for m in self.members_of_year(year):
            mine = sorted(this.get(m.uuid or "", []), key=lambda s: s.from_month)
            before = sorted(last.get(m.uuid or "", []), key=lambda s: s.from_month)
            out.append(StandardLine(m, mine[0] if mine else None, before[-1] if before else None))
        return out

    def _check_year(self, year: int, today: dt.date) -> None:
        if not 2000 <= year <= today.year + 1:
            raise ValidationError(f"年度“{year}”不合理（可核定2000年至{today.year + 1}年的标准）。")

    def set_standards(self, year: int, entries: list[StandardEntry], from_month: int = 1,
                      today: dt.date | None = None) -> list[DuesStandard]:
        """Set (or correct) the standards of ``year`` from ``from_month`` for these members, by the rules in
        force; an approved reduction already recorded on that standard stays. All or nothing."""
        today = today or clock.today()
        self._check_year(year, today)
        if not 1 <= from_month <= 12:
            raise ValidationError("起始月份应在1到12月之间")
        rules = self.rules()
        names = {m.uuid: m.name for m in self._members()}
        problems: list[tuple[str, str]] = []
        prepared: list[DuesStandard] = []
        seen: set[str] = set()
        for e in entries:
            name = names.get(e.member_uuid)
            if name is None:
                problems.append(("member", "名册中找不到该党员"))
                continue
            if e.member_uuid in seen:
                problems.append(("member", f"{name}出现了两次"))
                continue
            seen.add(e.member_uuid)
            try:
                c = calculate(DuesCategory(e.category), e.base, rules, e.farmer_monthly)
            except ValueError as exc:
                problems.append(("base", f"{name}：{exc}"))
                continue
            prepared.append(DuesStandard(
                member_uuid=e.member_uuid, year=year, category=DuesCategory(e.category),
                base_fen=to_fen(c.base) if c.base is not None else None, rate=c.rate, monthly_fen=to_fen(c.monthly),
                from_month=from_month, note=clean_text(e.note, 500), member_name=name))
        if problems:
            raise ValidationError("", problems)
        existing = {(s.member_uuid, s.from_month): s for s in self.standards(year)}
        saved = []
        with self.store.atomic():
            for s in prepared:
                old = existing.get((s.member_uuid, s.from_month))
                if old is not None:
                    s.uuid = old.uuid
                    s.reduction, s.reduced_fen = old.reduction, old.reduced_fen
                    s.committee_on, s.approved_on, s.approval_ref = old.committee_on, old.approved_on, old.approval_ref
                    if not s.note:
                        s.note = old.note
                    if s.reduction is not Reduction.NONE and validate_reduction(s, today):
                        # the new standard is at or below the approved reduced amount: the reduction lapses
                        s.reduction, s.reduced_fen = Reduction.NONE, None
                saved.append(repo.save_standard(s))
        return saved

    def set_reduction(self, member_uuid: str, year: int, reduction: Reduction, *, reduced: Decimal | None = None,
                      committee_on: dt.date | None = None, approved_on: dt.date | None = None,
                      approval_ref: str = "", note: str = "", from_month: int = 1,
                      today: dt.date | None = None) -> DuesStandard:
        """少交/免交 (or lifting it) on a member's standard from ``from_month``: needs the 支委会's decision and the
        higher committee's approval. A reduction from a later month copies the standard in force then."""
        today = today or clock.today()
        reduction = Reduction(reduction)
        mine = [s for s in self.standards(year) if s.member_uuid == member_uuid]
        base = months_rules.standard_for_month(mine, year, from_month)
        if base is None:
            raise ValidationError(f"该党员{year}年还没有核定党费标准：请先核定标准，再登记少交或免交。")
        s = replace(base)
        if base.from_month != from_month:
            s.uuid, s.from_month = None, from_month
        s.reduction = reduction
        s.reduced_fen = to_fen(reduced) if reduction is Reduction.REDUCED and reduced is not None else None
        s.committee_on, s.approved_on = (committee_on, approved_on) if reduction is not Reduction.NONE else (None, None)
        s.approval_ref = clean_text(approval_ref, 100) if reduction is not Reduction.NONE else ""
        s.note = clean_text(note, 500) or s.note
        problems = validate_reduction(s, today)
        if problems:
            raise ValidationError("；".join(problems))
        with self.store.atomic():
            saved = repo.save_standard(s)
            assert saved.uuid
            self.audit.record("dues_standard", saved.uuid, "reduction",
                              f"{saved.member_name}{year}年党费：{reduction.label}", {
                                  "reduction": (base.reduction.value, reduction.value),
                                  "reduced_fen": (base.reduced_fen, saved.reduced_fen)})
            return saved

    def delete_standard(self, standard_uuid: str) -> None:
        with self.store.atomic():
            repo.delete_standard(standard_uuid)

    def copy_last_year(self, year: int, today: dt.date | None = None) -> int:
        """Members without a standard for ``year`` get last year's category and base, recomputed by the rules in
        force (bases usually change little; the secretary corrects those that did)."""
        lines = [ln for ln in self.standard_lines(year) if ln.current is None and ln.last_year is not None]
        if not lines:
            raise ValidationError(f"没有可沿用的{year - 1}年标准（或本年度标准都已核定）。")
        entries = []
        for ln in lines:
            last = ln.last_year
            assert last is not None
            base = Decimal(last.base_fen) / 100 if last.base_fen is not None else None
            farmer = Decimal(last.monthly_fen) / 100 if last.category is DuesCategory.FARMER else None
            entries.append(StandardEntry(ln.member.uuid or "", last.category, base, farmer))
        return len(self.set_standards(year, entries, today=today))

    # -- payments -----------------------------------------------------------------------------------------------
    def payments(self, year: int) -> list[DuesPayment]:
        """Payments covering a month of ``year`` or paid in it, oldest first."""
        own = self._own()
        return repo.list_payments(own, years=(year,), paid_in=year) if own else []

    def payment(self, payment_uuid: str) -> DuesPayment:
        return repo.get_payment(payment_uuid)

    def member_payments(self, member_uuid: str) -> list[DuesPayment]:
        return repo.list_payments(self._branch_uuid(), member_uuid=member_uuid)

    def next_receipt_no(self, year: int) -> str:
        taken = repo.receipt_numbers(self._branch_uuid(), f"{year}-")
        numbers = [int(m[2]) for r in taken if (m := _RECEIPT.match(r))]
        return f"{year}-{max(numbers, default=0) + 1:04d}"

    def _prepare(self, e: PaymentEntry, today: dt.date, exclude: str | None = None) -> DuesPayment:
        member = next((m for m in self._members() if m.uuid == e.member_uuid), None)
        if member is None:
            raise ValidationError("名册中找不到该党员")
        months = sorted(set(e.months))
        years = tuple(sorted({y for y, _ in months}))
        standards = self._standards_by_member(years).get(e.member_uuid, [])
        taken = {}
        for p in repo.list_payments(self._branch_uuid(), years=years, member_uuid=e.member_uuid):
            if p.uuid != exclude:
                for ym in p.months:
                    taken[ym] = f"{p.paid_on:%Y-%m-%d}交纳" + (f"，收据{p.receipt_no}" if p.receipt_no else "")
        try:
            amount_fen = to_fen(parse_yuan(e.amount, "金额")) if e.amount is not None else None
        except ValueError as exc:
            raise ValidationError(str(exc)) from None
        due, errors = months_rules.check_payment(member, standards, months, amount_fen, e.paid_on, today, taken)
        if amount_fen is None:
            amount_fen = sum(due.values())
        handed_by = clean_text(e.handed_by, 30)
        if handed_by:
            if handed_by == member.name:
                handed_by = ""
            elif not e.consent:
                errors.append("代交党费须征得党员本人同意，且只能代交本人的党费（不得用其他款项代交或代扣）："
                              "请确认已征得本人同意")
        receipt_no = clean_text(e.receipt_no, 30)
        if errors:
            raise ValidationError("；".join(errors))
        assert amount_fen is not None
        return DuesPayment(
            member_uuid=e.member_uuid, months=tuple(months), amount_fen=amount_fen, paid_on=e.paid_on,
            way=PayWay(e.way), late=is_late(months, e.paid_on) if e.late is None else bool(e.late),
            handed_by=handed_by, receipt_no=receipt_no, note=clean_text(e.note, 500),
            month_fen=allocate(months, due, amount_fen), member_name=member.name)

    def record_payment(self, e: PaymentEntry, today: dt.date | None = None) -> DuesPayment:
        today = today or clock.today()
        with self.store.atomic():
            p = self._prepare(e, today)
            if not p.receipt_no:
                p.receipt_no = self.next_receipt_no(p.paid_on.year)
            return repo.save_payment(p)

    def update_payment(self, payment_uuid: str, e: PaymentEntry, today: dt.date | None = None) -> DuesPayment:
        """Correct a payment: the change is kept in the record's history (money records are never edited
        silently)."""
        today = today or clock.today()
        with self.store.atomic():
            old = repo.get_payment(payment_uuid)
            p = self._prepare(e, today, exclude=payment_uuid)
            p.uuid = payment_uuid
            p.receipt_no = p.receipt_no or old.receipt_no
            saved = repo.save_payment(p)
            changes = {k: (a, b) for k, a, b in (
                ("amount_fen", old.amount_fen, saved.amount_fen), ("months", old.months_text, saved.months_text),
                ("paid_on", old.paid_on.isoformat(), saved.paid_on.isoformat()), ("way", old.way.value, saved.way.value),
                ("handed_by", old.handed_text, saved.handed_text), ("receipt_no", old.receipt_no, saved.receipt_no),
            ) if a != b}
            self.audit.record("dues_payment", payment_uuid, "update", f"更正{saved.member_name}的党费记录", changes)
            return saved

    def delete_payment(self, payment_uuid: str, reason: str = "") -> None:
        with self.store.atomic():
            old = repo.get_payment(payment_uuid)
            repo.delete_payment(payment_uuid)
            self.audit.record("dues_payment", payment_uuid, "delete",
                              f"删除{old.member_name}{old.months_text}的党费记录（{yuan_text(old.amount_fen)}元）"
                              + (f"：{clean_text(reason, 200)}" if reason.strip() else ""))

    # -- a month for the whole branch ------------------------------------------------------------------------------
    def month_sheet(self, year: int, month: int, today: dt.date | None = None) -> list[MonthSheetLine]:
        """Every member of the grid with the state of one month (the fast entry's list)."""
        today = today or clock.today()
        grid = self.grid(year, today)
        by_uuid = {m.uuid: m for m in self._members()}
        out = []
        for line in grid.lines:
            cell = line.cells[month - 1]
            if cell.state is MonthState.NONE and not cell.paid_fen:
                continue
            out.append(MonthSheetLine(by_uuid[line.member_uuid], cell.state, cell.due_fen))
        return out

    def record_month(self, year: int, month: int, member_uuids: list[str], paid_on: dt.date,
                     way: PayWay = PayWay.CASH, amounts: dict[str, Decimal] | None = None,
                     today: dt.date | None = None) -> list[DuesPayment]:
        """One month's dues of many members in one go (one payment each, numbered receipts), all or nothing."""
        today = today or clock.today()
        if not member_uuids:
            raise ValidationError("请至少选择一名党员")
        amounts = amounts or {}
        names = {m.uuid: m.name for m in self._members()}
        problems: list[tuple[str, str]] = []
        prepared = []
        for uuid in dict.fromkeys(member_uuids):
            entry = PaymentEntry(uuid, [(year, month)], paid_on, amounts.get(uuid), way)
            try:
                prepared.append(self._prepare(entry, today))
            except ValidationError as exc:
                problems.append(("member", f"{names.get(uuid, '?')}：{exc}"))
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            start = int(self.next_receipt_no(paid_on.year).split("-")[1])
            out = []
            for i, p in enumerate(prepared):
                p.receipt_no = f"{paid_on.year}-{start + i:04d}"
                out.append(repo.save_payment(p))
            return out

    # -- remittances -------------------------------------------------------------------------------------------
    def remittances(self, year: int) -> list[Remittance]:
        own = self._own()
        return repo.list_remittances(own, year) if own else []

    def record_remittance(self, r: Remittance, today: dt.date | None = None) -> Remittance:
        today = today or clock.today()
        clean_fields(r, receipt_no=50, note=500)
        problems = validate_remittance(r, today)
        if problems:
            raise ValidationError("；".join(problems))
        with self.store.atomic():
            return repo.save_remittance(self._branch_uuid(), r)

    def delete_remittance(self, remittance_uuid: str) -> None:
        with self.store.atomic():
            repo.delete_remittance(remittance_uuid)

    # -- spreadsheets (services/dues_import.py) ------------------------------------------------------------------
    def preview_bases(self, path: Path | str, year: int) -> BasesPreview:
        """Read a sheet of bases (姓名, 交纳基数, 类别…) and check every row; nothing is written."""
        return dues_import.preview_bases(self, path, year)

    def commit_bases(self, preview: BasesPreview, year: int) -> int:
        return dues_import.commit_bases(self, preview, year)

    def write_bases_template(self, path: Path | str, year: int) -> Path:
        return dues_import.write_bases_template(self, path, year)

    def export_grid_xlsx(self, year: int, path: Path | str) -> Path:
        return dues_import.export_grid_xlsx(self, year, path)

    def export_payments_xlsx(self, year: int, path: Path | str) -> Path:
        return dues_import.export_payments_xlsx(self, year, path)

    # -- printing ------------------------------------------------------------------------------------------------
    def register_pdf(self, year: int, out: Path | str, today: dt.date | None = None) -> Path:
        """党费收缴登记表 of a year (landscape)."""
        from dangjian_desktop.reports.dues import build_register_pdf

        today = today or clock.today()
        return build_register_pdf(out, self.branches.require_profile(), self._printable_grid(year, today), today)

    def notice_pdf(self, year: int, out: Path | str, today: dt.date | None = None) -> Path:
        """党费收缴情况公示 of a year."""
        from dangjian_desktop.reports.dues import build_notice_pdf

        today = today or clock.today()
        return build_notice_pdf(out, self.branches.require_profile(), self._printable_grid(year, today), today)

    def remittance_pdf(self, year: int, out: Path | str, today: dt.date | None = None) -> Path:
        """党费上缴登记 of a year."""
        from dangjian_desktop.reports.dues import build_remittance_pdf

        today = today or clock.today()
        return build_remittance_pdf(out, self.branches.require_profile(), year, self.remittances(year),
                                    self.grid(year, today))

    def receipt_pdf(self, payment_uuid: str, out: Path | str) -> Path:
        """党费收据 of one payment."""
        from dangjian_desktop.reports.dues import build_receipt_pdf

        return build_receipt_pdf(out, self.branches.require_profile(), self.find_payment(payment_uuid))

    def find_payment(self, prefix: str) -> DuesPayment:
        """A payment by its UUID or a unique first part of it (the CLI's ``--payment``)."""
        prefix = prefix.strip().lower()
        if len(prefix) < 4:
            raise ValidationError("请至少写出交纳记录编号的前4位")
        found = [p for p in repo.list_payments(self._branch_uuid()) if (p.uuid or "").startswith(prefix)]
        if not found:
            raise NotFoundError(f"没有编号以“{prefix}”开头的党费交纳记录。")
        if len(found) > 1:
            raise ValidationError(f"有{len(found)}笔交纳记录的编号以“{prefix}”开头，请多写几位。")
        return found[0]

    def _printable_grid(self, year: int, today: dt.date) -> DuesGrid:
        self._check_year(year, today)
        grid = self.grid(year, today)
        if not grid.lines or not (self.standards(year) or grid.paid_fen):
            raise ValidationError(f"{year}年还没有党费记录（未核定标准，也没有交纳记录），无法生成。")
        return grid

    def years(self, today: dt.date | None = None) -> list[int]:
        today = today or clock.today()
        own = self._own()
        return sorted(set(repo.standard_years(own) if own else []) | {today.year}, reverse=True)


def build(services: Services) -> DuesService:
    return DuesService(services.store, services.branch, services.roster, services.audit)
