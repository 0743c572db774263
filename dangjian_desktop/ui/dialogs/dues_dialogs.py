"""Dialogs of the 党费 page: one payment (monthly, quarterly, in advance, 补交, 代交), a month for the whole branch,
少交/免交, a remittance. Each saves through the DuesService in ``accept()`` (SavingDialog), so a test fills the
widgets and calls ``accept()`` without ``exec()``; a refused save keeps the dialog open with the reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHeaderView, QTableWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.dues import (
    DuesPayment,
    PayWay,
    Reduction,
    Remittance,
    is_late,
    parse_yuan,
    to_fen,
    yuan_text,
)
from dangjian_desktop.domain.dues_months import MemberYear, MonthState
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.services.dues import DuesService, PaymentEntry
from dangjian_desktop.ui.forms.ui_dues_month_dialog import Ui_DuesMonthDialog
from dangjian_desktop.ui.forms.ui_dues_payment_dialog import Ui_DuesPaymentDialog
from dangjian_desktop.ui.forms.ui_dues_reduction_dialog import Ui_DuesReductionDialog
from dangjian_desktop.ui.forms.ui_dues_remittance_dialog import Ui_DuesRemittanceDialog
from dangjian_desktop.ui.widgets.dialogs import SavingDialog
from dangjian_desktop.ui.widgets.wiring import set_enabled

STATE_COLORS = {MonthState.PAID: "#2E7D32", MonthState.LATE: "#A0522D", MonthState.ARREARS: "#B22222",
                MonthState.DUE: "#333333", MonthState.EXEMPT: "#8A8A8A", MonthState.UNSET: "#8A8A8A",
                MonthState.NONE: "#BBBBBB"}


def _money(text: str, what: str) -> Decimal | None:
    text = text.strip()
    if not text:
        return None
    try:
        return parse_yuan(text, what)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None


def _default_date(year: int, month: int | None = None) -> dt.date:
    """The date money for ``month`` of ``year`` was most likely handed in: today for this month, last month (dues
    are often collected early the next month) or a month still to come; the month's last day for older months
    (records entered afterwards); for a whole year, today or the year's last day."""
    today = clock.today()
    if month is None:
        return min(today, dt.date(year, 12, 31))
    back = (today.year * 12 + today.month) - (year * 12 + month)
    if back <= 1:
        return today
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


class PaymentDialog(SavingDialog):
    """登记交纳: one member, the months it covers (checked boxes of one year), the amount (what the months ask
    unless more is given), the date, the way, who handed it in, 补交 (set from the months and the date)."""

    def __init__(self, dues: DuesService, year: int, member_uuid: str | None = None,
                 months: list[int] | None = None, payment: DuesPayment | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent, form=Ui_DuesPaymentDialog())
        self.dues = dues
        self.payment = payment
        ui = self.ui
        self.boxes: list[QCheckBox] = []
        grid = QGridLayout(ui.monthsBox)
        grid.setContentsMargins(0, 0, 0, 0)
        for m in range(1, 13):
            box = QCheckBox(f"{m}月", ui.monthsBox)
            box.toggled.connect(self._update)
            grid.addWidget(box, (m - 1) // 6, (m - 1) % 6)
            self.boxes.append(box)
        for w in PayWay:
            ui.wayCombo.addItem(w.value, w.value)
        ui.handedCombo.addItems(["本人交纳", "他人代交"])
        ui.handedCombo.currentIndexChanged.connect(self._handed_changed)
        self._other_months: list[tuple[int, int]] = []  # a payment's months of another year, kept as they are
        if payment is not None:
            member_uuid = payment.member_uuid
            year = payment.months[0][0] if payment.months else year
            months = [m for y, m in payment.months if y == year]
            self._other_months = [ym for ym in payment.months if ym[0] != year]
        ui.yearSpin.setValue(year)
        self._lines: dict[str, MemberYear] = {}
        self._late_touched = False
        ui.lateCheck.clicked.connect(lambda: setattr(self, "_late_touched", True))
        self._reload_members(year)
        if member_uuid:
            ui.memberCombo.setCurrentIndex(max(0, ui.memberCombo.findData(member_uuid)))
        ui.memberCombo.currentIndexChanged.connect(lambda _i: self._load_months([]))
        ui.yearSpin.valueChanged.connect(self._year_changed)
        ui.paidOnEdit.setValue(clock.today())  # money is mostly recorded the day it is handed in
        ui.paidOnEdit.set_latest(clock.today())
        ui.paidOnEdit.dateChanged.connect(lambda _d: self._update())
        self._load_months(months or [])
        if payment is not None:
            ui.memberCombo.setEnabled(False)
            ui.yearSpin.setEnabled(False)
            ui.amountEdit.setText(yuan_text(payment.amount_fen))
            ui.paidOnEdit.setValue(payment.paid_on)
            ui.wayCombo.setCurrentIndex(ui.wayCombo.findData(payment.way.value))
            if payment.handed_by:
                ui.handedCombo.setCurrentIndex(1)
                ui.handedByEdit.setText(payment.handed_by)
                ui.consentCheck.setChecked(True)
            ui.receiptEdit.setText(payment.receipt_no)
            ui.noteEdit.setText(payment.note)
            ui.lateCheck.setChecked(payment.late)
            self._late_touched = True
            self.setWindowTitle(f"修改党费交纳记录（收据{payment.receipt_no}）")
        self._handed_changed()
        ui.amountEdit.setFocus()

    # -- state ----------------------------------------------------------------------------------------------------
    def _reload_members(self, year: int) -> None:
        combo = self.ui.memberCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        grid = self.dues.grid(year)
        self._lines = {line.member_uuid: line for line in grid.lines}
        for line in grid.lines:
            combo.addItem(line.name + ("" if line.active else "（已不在册）"), line.member_uuid)
        if keep:
            combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def _year_changed(self, year: int) -> None:
        self._reload_members(year)
        self._load_months([])

    @property
    def line(self) -> MemberYear | None:
        return self._lines.get(self.ui.memberCombo.currentData() or "")

    def _load_months(self, checked: list[int]) -> None:
        line = self.line
        own = {m for y, m in self.payment.months if y == self.ui.yearSpin.value()} if self.payment else set()
        for m, box in enumerate(self.boxes, start=1):
            cell = line.cells[m - 1] if line else None
            state = cell.state if cell else MonthState.NONE
            payable = state in (MonthState.ARREARS, MonthState.DUE) or m in own
            box.blockSignals(True)
            box.setEnabled(payable)
            box.setChecked(payable and m in checked)
            box.setText(f"{m}月" + ("" if payable else f" {state.symbol}"))
            box.setToolTip("" if payable else f"{m}月：{state.value}")
            box.blockSignals(False)
        self._update()

    def months(self) -> list[tuple[int, int]]:
        y = self.ui.yearSpin.value()
        return [(y, m) for m, box in enumerate(self.boxes, start=1) if box.isChecked()]

    def _update(self) -> None:
        line = self.line
        months = self.months()
        due = sum((line.cells[m - 1].due_fen or 0) for _, m in months) if line else 0
        self.ui.dueLabel.setText(f"{yuan_text(due)}元（{len(months)}个月）" if months else "请勾选所交的月份")
        if not self._late_touched:
            self.ui.lateCheck.setChecked(is_late(months, self.ui.paidOnEdit.value()) if months else False)

    def _handed_changed(self) -> None:
        proxy = self.ui.handedCombo.currentIndex() == 1
        self.ui.handedByEdit.setEnabled(proxy)
        self.ui.consentCheck.setEnabled(proxy)

    def _save(self) -> DuesPayment:
        ui = self.ui
        uuid = ui.memberCombo.currentData()
        if not uuid:
            raise ValidationError("请选择党员")
        proxy = ui.handedCombo.currentIndex() == 1
        if proxy and not ui.handedByEdit.text().strip():
            raise ValidationError("请填写代交人的姓名")
        entry = PaymentEntry(uuid, self.months() + self._other_months, ui.paidOnEdit.value(),
                             _money(ui.amountEdit.text(), "实交金额"), PayWay(ui.wayCombo.currentData()),
                             ui.handedByEdit.text() if proxy else "", ui.consentCheck.isChecked(),
                             ui.receiptEdit.text(), ui.noteEdit.text(), ui.lateCheck.isChecked())
        if self.payment is not None and self.payment.uuid:
            return self.dues.update_payment(self.payment.uuid, entry)
        return self.dues.record_payment(entry)


class YearDialog(SavingDialog):
    """A dialog over one year of the dues (``self.dues``, ``self.year``) on its compiled ``form``."""

    form: ClassVar[type]

    def __init__(self, dues: DuesService, year: int, parent: QWidget | None = None):
        super().__init__(parent, form=self.form())
        self.dues = dues
        self.year = year


class MonthDialog(YearDialog):
    """按月登记: every member's line for one month, the payable ones ticked; one save writes them all."""

    COLUMNS = ["姓名", "党小组", "本月状态", "应交（元）", "实交（元）"]

    form = Ui_DuesMonthDialog

    def __init__(self, dues: DuesService, year: int, month: int | None = None, parent: QWidget | None = None):
        super().__init__(dues, year, parent)
        ui = self.ui
        today = clock.today()
        for m in range(1, 13):
            ui.monthCombo.addItem(f"{year}年{m}月", m)
        month = month or (today.month if today.year == year else 12 if year < today.year else 1)
        ui.monthCombo.setCurrentIndex(month - 1)
        for w in PayWay:
            ui.wayCombo.addItem(w.value, w.value)
        ui.paidOnEdit.set_latest(today)
        t = ui.monthTable
        t.setColumnCount(len(self.COLUMNS))
        t.setHorizontalHeaderLabels(self.COLUMNS)
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        t.itemChanged.connect(lambda _i: self._count())
        ui.monthCombo.currentIndexChanged.connect(lambda _i: self.load())
        ui.selectAllButton.clicked.connect(lambda: self.select_all(True))
        ui.selectNoneButton.clicked.connect(lambda: self.select_all(False))
        self.setWindowTitle(f"按月登记党费 — {year}年")
        self.load()

    @property
    def month(self) -> int:
        return int(self.ui.monthCombo.currentData())

    def load(self) -> None:
        t = self.ui.monthTable
        t.blockSignals(True)
        self.lines = self.dues.month_sheet(self.year, self.month)
        t.setRowCount(len(self.lines))
        for r, ln in enumerate(self.lines):
            name = QTableWidgetItem(ln.member.name)
            name.setData(Qt.ItemDataRole.UserRole, ln.member.uuid)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if ln.payable:
                name.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
                name.setCheckState(Qt.CheckState.Checked)
            else:
                name.setFlags(flags)
            t.setItem(r, 0, name)
            for c, text in ((1, ln.member.group_name), (2, ln.state.value if ln.state is not MonthState.DUE else "应交"),
                            (3, yuan_text(ln.due_fen))):
                item = QTableWidgetItem(text)
                item.setFlags(flags)
                if c == 2:
                    item.setForeground(QBrush(QColor(STATE_COLORS[ln.state])))
                t.setItem(r, c, item)
            paid = QTableWidgetItem(yuan_text(ln.due_fen) if ln.payable else "")
            paid.setFlags(flags | Qt.ItemFlag.ItemIsEditable if ln.payable else flags)
            paid.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(r, 4, paid)
        t.blockSignals(False)
        self.ui.paidOnEdit.setValue(_default_date(self.year, self.month))
        self._count()

    def select_all(self, on: bool) -> None:
        t = self.ui.monthTable
        for r, ln in enumerate(self.lines):
            if ln.payable:
                t.item(r, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        t = self.ui.monthTable
        return [r for r, ln in enumerate(self.lines) if ln.payable
                and t.item(r, 0).checkState() == Qt.CheckState.Checked]

    def _count(self) -> None:
        total = 0
        for r in self.chosen():
            try:
                total += to_fen(parse_yuan(self.ui.monthTable.item(r, 4).text() or "0"))
            except ValueError:
                pass
        rows = self.chosen()
        payable = sum(1 for ln in self.lines if ln.payable)
        self.ui.countLabel.setText(f"应交{payable}人，已选{len(rows)}人，合计{yuan_text(total)}元")

    def _save(self) -> list[DuesPayment]:
        rows = self.chosen()
        if not rows:
            raise ValidationError("请勾选交纳了党费的党员")
        amounts: dict[str, Decimal] = {}
        for r in rows:
            ln = self.lines[r]
            value = _money(self.ui.monthTable.item(r, 4).text(), f"{ln.member.name}的实交金额")
            if value is not None and to_fen(value) != ln.due_fen:
                amounts[ln.member.uuid or ""] = value
        return self.dues.record_month(self.year, self.month, [self.lines[r].member.uuid or "" for r in rows],
                                      self.ui.paidOnEdit.value(), PayWay(self.ui.wayCombo.currentData()),
                                      amounts)


class ReductionDialog(YearDialog):
    """少交/免交 of one member from a month on, with the 支委会's and the higher committee's dates."""

    CHOICES = [("少交", Reduction.REDUCED), ("免交", Reduction.EXEMPT), ("取消少交/免交", Reduction.NONE)]

    form = Ui_DuesReductionDialog

    def __init__(self, dues: DuesService, year: int, member_uuid: str | None = None, parent: QWidget | None = None):
        super().__init__(dues, year, parent)
        ui = self.ui
        self.standards = {s.member_uuid: s for s in sorted(dues.standards(year), key=lambda s: s.from_month)}
        for uuid, s in self.standards.items():
            ui.memberCombo.addItem(s.member_name, uuid)
        if member_uuid:
            ui.memberCombo.setCurrentIndex(max(0, ui.memberCombo.findData(member_uuid)))
        for text, value in self.CHOICES:
            ui.reductionCombo.addItem(text, value.value)
        today = clock.today()
        for edit in (ui.committeeEdit, ui.approvedEdit):
            edit.setValue(min(today, dt.date(year, 12, 31)))
            edit.set_latest(today)
        ui.fromMonthSpin.setValue(today.month if today.year == year else 1)
        ui.memberCombo.currentIndexChanged.connect(lambda _i: self._show_standard())
        ui.reductionCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.setWindowTitle(f"少交/免交党费 — {year}年")
        self._show_standard()
        self._kind_changed()

    def _show_standard(self) -> None:
        s = self.standards.get(self.ui.memberCombo.currentData() or "")
        text = "（请先核定本年度标准）"
        if s is not None:
            text = f"{s.category.value}，每月{yuan_text(s.monthly_fen)}元"
            if s.reduction is not Reduction.NONE:
                text += f"（现为{s.reduction.value}，{s.approval_ref}）"
        self.ui.standardLabel.setText(text)

    def _kind_changed(self) -> None:
        kind = Reduction(self.ui.reductionCombo.currentData())
        self.ui.reducedEdit.setEnabled(kind is Reduction.REDUCED)
        set_enabled(kind is not Reduction.NONE, self.ui.committeeEdit, self.ui.approvedEdit, self.ui.refEdit)

    def _save(self) -> object:
        ui = self.ui
        uuid = ui.memberCombo.currentData()
        if not uuid:
            raise ValidationError("请先核定本年度的党费标准")
        kind = Reduction(ui.reductionCombo.currentData())
        return self.dues.set_reduction(
            uuid, self.year, kind, reduced=_money(ui.reducedEdit.text(), "少交后的金额"),
            committee_on=ui.committeeEdit.value(), approved_on=ui.approvedEdit.value(),
            approval_ref=ui.refEdit.text(), note=ui.noteEdit.text(), from_month=ui.fromMonthSpin.value())


class RemittanceDialog(YearDialog):
    """上缴: what was collected for the months chosen is offered as the amount."""

    form = Ui_DuesRemittanceDialog

    def __init__(self, dues: DuesService, year: int, parent: QWidget | None = None):
        super().__init__(dues, year, parent)
        ui = self.ui
        self.grid = dues.grid(year)
        covered = {m for r in dues.remittances(year) for m in range(r.from_month, r.to_month + 1)}
        today = clock.today()
        last = 12 if year < today.year else max(1, today.month - 1)
        first = next((m for m in range(1, 13) if m not in covered), 1)
        ui.fromMonthSpin.setValue(first)
        ui.toMonthSpin.setValue(max(first, last))
        ui.remittedOnEdit.setValue(_default_date(year))
        ui.remittedOnEdit.set_latest(today)
        ui.fromMonthSpin.valueChanged.connect(lambda _v: self._collected())
        ui.toMonthSpin.valueChanged.connect(lambda _v: self._collected())
        self.setWindowTitle(f"登记上缴党费 — {year}年")
        self._collected()

    def _collected(self) -> None:
        a, b = self.ui.fromMonthSpin.value(), self.ui.toMonthSpin.value()
        fen = sum(self.grid.month_paid[m - 1] for m in range(a, b + 1)) if a <= b else 0
        months = f"{a}月" if a == b else f"{a}–{b}月"
        self.ui.collectedLabel.setText(f"{yuan_text(fen)}元（{months}实收）" if a <= b else "起始月份晚于结束月份")
        self.ui.amountEdit.setText(yuan_text(fen) if fen else "")

    def _save(self) -> Remittance:
        ui = self.ui
        amount = _money(ui.amountEdit.text(), "上缴金额")
        if amount is None:
            raise ValidationError("请填写上缴金额")
        return self.dues.record_remittance(Remittance(
            ui.remittedOnEdit.value(), self.year, ui.fromMonthSpin.value(), ui.toMonthSpin.value(),
            to_fen(amount), ui.receiptEdit.text(), ui.noteEdit.text()))
