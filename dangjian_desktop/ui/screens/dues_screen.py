"""The 党费 page: the year's grid (members × 12 months: ✓ paid, 补 paid late, 欠 in arrears, 免 exempt) with totals
per month and year, the payments, the arrears list and the remittances; the standard-setting dialog, a month for
the whole branch in one go, one payment (quarterly, in advance, 补交, 代交), 少交/免交; the 登记表, the 公示, the
上缴登记 and a receipt printed; the grid and the payments exported to Excel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.dues import DuesPayment, months_of_year_text, yuan_text
from dangjian_desktop.domain.dues_months import DuesGrid, MonthState
from dangjian_desktop.services.dues import DuesService
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.dialogs.dues_dialogs import (
    STATE_COLORS,
    MonthDialog,
    PaymentDialog,
    ReductionDialog,
    RemittanceDialog,
)
from dangjian_desktop.ui.dialogs.dues_standards_dialog import StandardsDialog
from dangjian_desktop.ui.forms.ui_dues_screen import Ui_DuesScreen
from dangjian_desktop.ui.widgets.operations import call
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.year_combo import fill_years
from dangjian_desktop.ui.widgets.table_cells import cell, setup_table
from dangjian_desktop.ui.widgets.wiring import set_enabled

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

GRID_HEADERS = ["姓名", "每月（元）", *(f"{m}月" for m in range(1, 13)), "已交（元）", "欠交（元）"]
FIRST_MONTH_COLUMN = 2
STATE_GROUNDS = {MonthState.PAID: "#E8F3E8", MonthState.LATE: "#FBEBDD", MonthState.ARREARS: "#F8D7D7",
                 MonthState.EXEMPT: "#EEEEEE"}


def _cell(text: str, data: object = None, color: str | None = None, ground: str | None = None,
          align_right: bool = False) -> QTableWidgetItem:
    return cell(text, data, color, ground=ground,
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if align_right else None)


def _setup(table: QTableWidget, headers: list[str], stretch: int | None) -> None:
    setup_table(table, () if stretch is None else (stretch,), headers=headers, fit_rows=True, per_pixel=True)


class DuesScreen(QWidget):
    def __init__(self, dues: DuesService, parent: QWidget | None = None):
        super().__init__(parent)
        self.dues = dues
        self.ui = ui = build_form(self, Ui_DuesScreen)
        _setup(ui.gridTable, GRID_HEADERS, None)
        _setup(ui.paymentsTable, ["收据号", "姓名", "所属月份", "金额（元）", "交纳日期", "方式", "交纳人", "补交", "备注"], 8)
        _setup(ui.arrearsTable, ["姓名", "党小组", "欠交月份", "欠交（元）", "目前连续未交"], 2)
        _setup(ui.remittanceTable, ["上缴日期", "所属月份", "金额（元）", "收据号", "备注"], 4)
        self.grid: DuesGrid | None = None
        self._payments: list[DuesPayment] = []
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.load())
        ui.standardsButton.clicked.connect(lambda: self.set_standards())
        ui.monthButton.clicked.connect(lambda: self.enter_month())
        ui.paymentButton.clicked.connect(lambda: self.add_payment())
        ui.reductionButton.clicked.connect(lambda: self.reduce())
        ui.printRegisterButton.clicked.connect(self.print_document)
        ui.printNoticeButton.clicked.connect(self.print_notice)
        ui.exportButton.clicked.connect(lambda: self.export_xlsx())
        ui.gridTable.cellDoubleClicked.connect(self._grid_double_clicked)
        ui.editPaymentButton.clicked.connect(lambda: self.edit_payment())
        ui.paymentsTable.doubleClicked.connect(lambda _i: self.edit_payment())
        ui.deletePaymentButton.clicked.connect(lambda: self.delete_payment())
        ui.receiptButton.clicked.connect(self.print_receipt)
        ui.exportPaymentsButton.clicked.connect(lambda: self.export_payments())
        ui.catchUpButton.clicked.connect(lambda: self.catch_up())
        ui.addRemittanceButton.clicked.connect(lambda: self.add_remittance())
        ui.deleteRemittanceButton.clicked.connect(lambda: self.delete_remittance())
        ui.printRemittanceButton.clicked.connect(self.print_remittances)
        for t in (ui.paymentsTable, ui.arrearsTable, ui.remittanceTable):
            t.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # -- loading -----------------------------------------------------------------------------------------------------
    @property
    def year(self) -> int:
        data = self.ui.yearCombo.currentData()
        return int(data) if data else clock.today().year

    def refresh(self) -> None:
        fill_years(self.ui.yearCombo, self.dues.years(), clock.today().year)
        self.load()

    def load(self) -> None:
        ui = self.ui
        has_branch = self.dues.branches.profile() is not None
        set_enabled(has_branch, ui.standardsButton, ui.monthButton, ui.paymentButton, ui.reductionButton,
                    ui.addRemittanceButton)
        if not has_branch:
            ui.hintLabel.setText("还没有党支部信息（上级党委模式下不登记党费）。请先在“设置”中填写党支部基本信息。")
            for t in (ui.gridTable, ui.paymentsTable, ui.arrearsTable, ui.remittanceTable):
                t.setRowCount(0)
            self.grid = None
            self._update_buttons()
            return
        self.grid = self.dues.grid(self.year)
        self._load_grid()
        self._load_payments()
        self._load_arrears()
        self._load_remittances()
        self._update_hint()
        self._update_buttons()

    def _update_hint(self) -> None:
        g = self.grid
        assert g is not None
        if not self.dues.standards(self.year):
            text = f"{self.year}年度还没有核定党费标准。请先点“核定标准…”，可以从Excel粘贴或导入一列基数。"
        else:
            text = (f"{self.year}年度：{len(g.lines)}名党员，全年应交{yuan_text(g.year_due_fen)}元，"
                    f"已收{yuan_text(g.paid_fen)}元，已上缴{yuan_text(g.remitted_fen)}元。")
            if g.arrears_lines:
                text += f"欠交{len(g.arrears_lines)}人，共{yuan_text(g.arrears_fen)}元（见“欠交名单”）。"
            if g.unset_lines:
                text += f"尚未核定标准：{'、'.join(x.name for x in g.unset_lines)}。"
        self.ui.hintLabel.setText(text)

    def _load_grid(self) -> None:
        g = self.grid
        assert g is not None
        t = self.ui.gridTable
        t.setRowCount(len(g.lines) + 1)
        for r, line in enumerate(g.lines):
            t.setItem(r, 0, _cell(line.name + ("" if line.active else "（不在册）"), line.member_uuid))
            t.setItem(r, 1, _cell(yuan_text(line.monthly_fen, "未核定"), align_right=True))
            for c in line.cells:
                text = c.symbol
                tip = f"{line.name} {self.year}年{c.month}月：{c.state.value}"
                if c.state.paid:
                    tip += f" {yuan_text(c.paid_fen)}元"
                elif c.due_fen:
                    tip += f"（应交{yuan_text(c.due_fen)}元）"
                item = _cell(text, c.month, STATE_COLORS[c.state], STATE_GROUNDS.get(c.state))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(tip)
                t.setItem(r, FIRST_MONTH_COLUMN + c.month - 1, item)
            arrears = sum(c.due_fen or 0 for c in line.cells if c.state is MonthState.ARREARS)
            t.setItem(r, 14, _cell(yuan_text(line.paid_fen), align_right=True))
            t.setItem(r, 15, _cell(yuan_text(arrears) if arrears else "", color="#B22222", align_right=True))
        bold = QFont()
        bold.setBold(True)
        last = len(g.lines)
        total = [("合计", False), ("", True), *((yuan_text(f), True) for f in g.month_paid),
                 (yuan_text(g.paid_fen), True), (yuan_text(g.arrears_fen) if g.arrears_fen else "", True)]
        for c, (text, right) in enumerate(total):
            item = _cell(text, align_right=right, ground="#F3EFED")
            item.setFont(bold)
            t.setItem(last, c, item)

    def _load_payments(self) -> None:
        self._payments = list(reversed(self.dues.payments(self.year)))  # newest first
        t = self.ui.paymentsTable
        t.setRowCount(len(self._payments))
        for r, p in enumerate(self._payments):
            for c, text in enumerate((p.receipt_no, p.member_name, p.months_text, yuan_text(p.amount_fen),
                                      f"{p.paid_on:%Y-%m-%d}", p.way.value, p.handed_text, "是" if p.late else "",
                                      p.note)):
                t.setItem(r, c, _cell(text, p.uuid if c == 0 else None, align_right=(c == 3)))

    def _load_arrears(self) -> None:
        g = self.grid
        assert g is not None
        # today's runs of unpaid months that reach into the year shown (in January: last year's December)
        runs = {r.member_uuid: r for r in self.dues.arrears() if any(y == self.year for y, _ in r.months)}
        t = self.ui.arrearsTable
        lines = g.arrears_lines
        t.setRowCount(len(lines))
        for r, line in enumerate(lines):
            owed = sum(c.due_fen or 0 for c in line.cells if c.state is MonthState.ARREARS)
            run = runs.get(line.member_uuid)
            run_text = f"{run.count}个月" if run else ""
            warn = run is not None and run.count >= self.dues.rules().arrears_reminder_months
            t.setItem(r, 0, _cell(line.name, line.member_uuid))
            t.setItem(r, 1, _cell(line.group_name))
            t.setItem(r, 2, _cell(months_of_year_text(line.arrears_months)))
            t.setItem(r, 3, _cell(yuan_text(owed), align_right=True))
            t.setItem(r, 4, _cell(run_text, color="#B22222" if warn else None))

    def _load_remittances(self) -> None:
        t = self.ui.remittanceTable
        rows = self.dues.remittances(self.year)
        t.setRowCount(len(rows))
        for r, x in enumerate(rows):
            for c, text in enumerate((f"{x.remitted_on:%Y-%m-%d}", x.months_text, yuan_text(x.amount_fen),
                                      x.receipt_no, x.note)):
                t.setItem(r, c, _cell(text, x.uuid if c == 0 else None, align_right=(c == 2)))

    def _update_buttons(self) -> None:
        ui = self.ui
        chosen = self._selected_payment() is not None
        set_enabled(chosen, ui.editPaymentButton, ui.deletePaymentButton, ui.receiptButton)
        ui.catchUpButton.setEnabled(ui.arrearsTable.currentRow() >= 0 and ui.arrearsTable.rowCount() > 0)
        ui.deleteRemittanceButton.setEnabled(bool(ui.remittanceTable.selectedItems()))

    def _selected_payment(self) -> DuesPayment | None:
        rows = {i.row() for i in self.ui.paymentsTable.selectedItems()}
        return self._payments[min(rows)] if rows else None

    # -- actions ----------------------------------------------------------------------------------------------------
    def _done(self, dialog) -> bool:  # noqa: ANN001
        if dialog.exec():
            self.refresh()
            return True
        return False

    def standards_dialog(self) -> StandardsDialog:
        return StandardsDialog(self.dues, self.year, self)

    def set_standards(self) -> None:
        dlg = self.standards_dialog()
        if self._done(dlg) and dlg.skipped:
            messages.info(self, f"已保存。尚未填写基数的党员（{len(dlg.skipped)}名）：{'、'.join(dlg.skipped)}。")

    def month_dialog(self, month: int | None = None) -> MonthDialog:
        return MonthDialog(self.dues, self.year, month, self)

    def enter_month(self) -> None:
        self._done(self.month_dialog())

    def payment_dialog(self, member_uuid: str | None = None, months: list[int] | None = None,
                       payment: DuesPayment | None = None) -> PaymentDialog:
        return PaymentDialog(self.dues, self.year, member_uuid, months, payment, self)

    def add_payment(self) -> None:
        self._done(self.payment_dialog())

    def _grid_double_clicked(self, row: int, column: int) -> None:
        if self.grid is None or row >= len(self.grid.lines):
            return
        month = column - FIRST_MONTH_COLUMN + 1
        line = self.grid.lines[row]
        self._done(self.payment_dialog(line.member_uuid, [month] if 1 <= month <= 12 else []))

    def edit_payment(self) -> None:
        p = self._selected_payment()
        if p is not None:
            self._done(self.payment_dialog(payment=p))

    def delete_payment(self, ask: bool = True) -> None:
        p = self._selected_payment()
        if p is None or p.uuid is None:
            return
        if ask and not messages.confirm(self, f"删除{p.member_name}{p.months_text}的党费记录（{yuan_text(p.amount_fen)}元，"
                                              f"收据{p.receipt_no}）？\n删除会记入修改记录。", ok_text="删除"):
            return
        uuid = p.uuid
        call(self, lambda: self.dues.delete_payment(uuid, "在党费页面删除"), "无法删除")
        self.refresh()

    def catch_up(self) -> None:
        r = self.ui.arrearsTable.currentRow()
        if self.grid is None or r < 0:
            return
        line = self.grid.arrears_lines[r]
        self._done(self.payment_dialog(line.member_uuid, line.arrears_months))

    def reduce(self) -> None:
        if not self.dues.standards(self.year):
            messages.info(self, f"请先核定{self.year}年度的党费标准。")
            return
        self._done(self.reduction_dialog())

    def reduction_dialog(self) -> ReductionDialog:
        member = None
        r = self.ui.gridTable.currentRow()
        if self.grid is not None and 0 <= r < len(self.grid.lines):
            member = self.grid.lines[r].member_uuid
        return ReductionDialog(self.dues, self.year, member, self)

    def remittance_dialog(self) -> RemittanceDialog:
        return RemittanceDialog(self.dues, self.year, self)

    def add_remittance(self) -> None:
        self._done(self.remittance_dialog())

    def delete_remittance(self, ask: bool = True) -> None:
        items = self.ui.remittanceTable.selectedItems()
        if not items:
            return
        row = items[0].row()
        uuid = self.ui.remittanceTable.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if ask and not messages.confirm(self, "删除这条上缴记录？", ok_text="删除"):
            return
        call(self, lambda: self.dues.delete_remittance(uuid), "无法删除")
        self.refresh()

    # -- printing and Excel -----------------------------------------------------------------------------------------
    def print_document(self) -> None:
        """打印 in the menu: the year's 党费收缴登记表."""
        from dangjian_desktop.ui.printing import make_and_preview

        year = self.year
        make_and_preview(self, "党费收缴登记表", lambda p: self.dues.register_pdf(year, p), f"党费收缴登记表{year}.pdf")

    def export_pdf(self) -> Path | None:
        from dangjian_desktop.ui.printing import export_pdf

        year = self.year
        return export_pdf(self, lambda p: self.dues.register_pdf(year, p), f"党费收缴登记表{year}.pdf")

    def print_notice(self) -> None:
        from dangjian_desktop.ui.printing import make_and_preview

        year = self.year
        make_and_preview(self, "党费收缴情况公示", lambda p: self.dues.notice_pdf(year, p), f"党费收缴情况公示{year}.pdf")

    def print_remittances(self) -> None:
        from dangjian_desktop.ui.printing import make_and_preview

        year = self.year
        make_and_preview(self, "党费上缴登记", lambda p: self.dues.remittance_pdf(year, p), f"党费上缴登记{year}.pdf")

    def print_receipt(self) -> None:
        from dangjian_desktop.ui.printing import make_and_preview

        p = self._selected_payment()
        if p is None or p.uuid is None:
            messages.info(self, "请先在“交纳记录”中选择一笔党费。")
            return
        uuid = p.uuid
        make_and_preview(self, f"党费收据（{p.member_name}）", lambda out: self.dues.receipt_pdf(uuid, out),
                         f"党费收据-{p.receipt_no}-{p.member_name}.pdf")

    def _save_xlsx(self, make, suggested: str, path: Path | None) -> Path | None:  # noqa: ANN001
        if path is None:
            from dangjian_desktop.ui.table_export import ask_xlsx_path

            path = ask_xlsx_path(self, suggested)
            if path is None:
                return None
        target = path
        return call(self, lambda: make(target), "无法导出")

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        """导出Excel: the year's grid (amounts as numbers, 补交 months marked, totals)."""
        year = self.year
        return self._save_xlsx(lambda p: self.dues.export_grid_xlsx(year, p), f"{year}年党费收缴登记表.xlsx", path)

    def export_payments(self, path: Path | None = None) -> Path | None:
        year = self.year
        return self._save_xlsx(lambda p: self.dues.export_payments_xlsx(year, p), f"{year}年党费交纳记录.xlsx", path)

    def open_record(self, kind: str, uuid: str) -> None:
        """A reminder on 首页 shows its member (the arrears list) or the year whose standards are missing."""
        if kind == "dues_year":
            self.ui.yearCombo.setCurrentIndex(max(0, self.ui.yearCombo.findData(int(uuid))))
            self.ui.tabs.setCurrentWidget(self.ui.gridTab)
            return
        if kind == "member":
            run = next((r for r in self.dues.arrears() if r.member_uuid == uuid), None)
            if run is not None:  # in January the run of unpaid months ends in last year
                self.ui.yearCombo.setCurrentIndex(max(0, self.ui.yearCombo.findData(run.months[-1][0])))
            t = self.ui.arrearsTable
            for r in range(t.rowCount()):
                if t.item(r, 0).data(Qt.ItemDataRole.UserRole) == uuid:
                    self.ui.tabs.setCurrentWidget(self.ui.arrearsTab)
                    t.selectRow(r)
                    return
            g = self.ui.gridTable
            for r in range(g.rowCount()):
                item = g.item(r, 0)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == uuid:
                    self.ui.tabs.setCurrentWidget(self.ui.gridTab)
                    g.setCurrentCell(r, 0)
                    return


def make_page(services: Services, window: QWidget) -> QWidget:
    return DuesScreen(services.dues)
