"""The 党费 page driven as a secretary would: set the year's standards by pasting a column of bases, enter a month
for the whole branch in one go, a 补交 and a 代交, a reduction, a remittance; print the 登记表 and the 公示; export
Excel; the arrears list; 设置 › 党费. Dialogs are filled and accepted without exec()."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from dangjian_desktop import clock
from dangjian_desktop.domain.dues import DuesCategory, Reduction
from dangjian_desktop.domain.dues_months import MonthState
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.ui.screens.dues_screen import DuesScreen
from tests.conftest import pdf_text

TODAY = clock.today()
NAMES = ("王建国", "李秀英", "张明", "刘芳")


@pytest.fixture
def branch(services):
    services.branch.save_profile(Branch(name="测试党支部"))
    for name in NAMES:
        services.roster.save_member(Member(name=name, joined_party_on=dt.date(2010, 7, 1)))
    return services


def _row_of(table, name: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0) and table.item(r, 0).text().startswith(name))


def test_a_year_set_and_collected_in_the_window(qtbot, branch, boxes, previews, tmp_path):
    screen = DuesScreen(branch.dues)
    qtbot.addWidget(screen)
    assert "还没有核定党费标准" in screen.ui.hintLabel.text()
    # 核定标准: a column of four bases pasted from Excel, one member made a 离退休 member
    dlg = screen.standards_dialog()
    t = dlg.ui.standardsTable
    order = [t.item(r, 0).text() for r in range(t.rowCount())]
    t.setCurrentCell(0, 3)
    assert dlg.paste("4500\n3000.01\n10000.01\n5000.01\n") == 4
    retired = order.index("刘芳")
    t.cellWidget(retired, 2).setCurrentIndex(t.cellWidget(retired, 2).findData(DuesCategory.RETIRED.value))
    monthly = {order[r]: t.item(r, 5).text() for r in range(t.rowCount())}
    expected = dict(zip(order, ["45.00", "30.00", "200.00", "75.00"], strict=True))  # 1 %, 1 %, 2 %, 1.5 %
    expected["刘芳"] = {"4500": "22.50", "3000.01": "15.00", "10000.01": "100.00", "5000.01": "50.00"}[
        ["4500", "3000.01", "10000.01", "5000.01"][retired]]  # retired: 0.5 % up to 5,000, 1 % above
    assert monthly == expected
    assert "已填写4名" in dlg.ui.totalLabel.text()
    dlg.accept()
    assert dlg.result() and len(branch.dues.standards(TODAY.year)) == 4
    screen.refresh()
    # 按月登记: every member of this month in one go
    month = screen.month_dialog(TODAY.month)
    assert month.chosen() == [0, 1, 2, 3] and "已选4人" in month.ui.countLabel.text()
    month.accept()
    assert month.result() and len(month.saved) == 4
    screen.refresh()
    grid = screen.ui.gridTable
    col = 2 + TODAY.month - 1
    assert all(grid.item(r, col).text() == "✓" for r in range(4))
    assert grid.item(4, 0).text() == "合计"
    # a 代交 needs the member's consent: refused, the dialog stays open with the reason
    name = order[0]
    uuid = next(m.uuid for m in branch.roster.members() if m.name == name)
    next_month = TODAY.month % 12 + 1 if TODAY.month < 12 else None
    if next_month:
        pay = screen.payment_dialog(uuid, [next_month])  # in advance
        pay.ui.handedCombo.setCurrentIndex(1)
        pay.ui.handedByEdit.setText(order[1])
        pay.accept()
        assert not pay.result() and "征得党员本人同意" in pay.ui.errorLabel.text()
        pay.ui.consentCheck.setChecked(True)
        pay.accept()
        assert pay.result() and pay.saved.handed_text == f"代交（{order[1]}）" and not pay.saved.late
    # print and export
    screen.refresh()
    screen.print_document()
    screen.print_notice()
    assert "党费收缴登记表" in pdf_text(previews[0]).replace(" ", "").replace("\n", "")
    assert "公示期" in pdf_text(previews[1]).replace(" ", "").replace("\n", "")
    out = screen.export_xlsx(tmp_path / "党费.xlsx")
    from openpyxl import load_workbook

    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][1] == "姓名" and len(rows) == 1 + 4 + 1
    screen.ui.tabs.setCurrentWidget(screen.ui.paymentsTab)
    screen.ui.paymentsTable.selectRow(0)
    screen.print_receipt()
    assert "存根联" in pdf_text(previews[-1]).replace(" ", "")
    assert screen.export_payments(tmp_path / "交纳.xlsx").exists()


def test_arrears_are_listed_and_caught_up(qtbot, branch, boxes):
    year = TODAY.year - 1
    from dangjian_desktop.services.dues import StandardEntry

    uuids = {m.name: m.uuid for m in branch.roster.members()}
    branch.dues.set_standards(year, [StandardEntry(u, DuesCategory.EMPLOYED, D("4000")) for u in uuids.values()])
    for m in range(1, 13):
        payers = [u for n, u in uuids.items() if not (n == "张明" and m >= 9)]
        branch.dues.record_month(year, m, payers, dt.date(year, m, 10))
    screen = DuesScreen(branch.dues)
    qtbot.addWidget(screen)
    screen.ui.yearCombo.setCurrentIndex(screen.ui.yearCombo.findData(year))
    t = screen.ui.arrearsTable
    assert t.rowCount() == 1 and t.item(0, 0).text() == "张明" and t.item(0, 2).text() == "9–12月"
    assert t.item(0, 3).text() == "160.00"  # 4 × 40.00
    assert t.item(0, 4).text() == "4个月"  # still running today: this year's months wait for their standards
    grid = screen.ui.gridTable
    r = _row_of(grid, "张明")
    assert [grid.item(r, 2 + k).text() for k in range(8, 12)] == ["欠"] * 4
    t.selectRow(0)
    pay = screen.payment_dialog(uuids["张明"], [9, 10, 11, 12])
    assert pay.ui.lateCheck.isChecked() and pay.ui.dueLabel.text() == "160.00元（4个月）"
    pay.accept()
    assert pay.result() and pay.saved.late
    screen.refresh()
    assert screen.ui.arrearsTable.rowCount() == 0
    assert grid.item(_row_of(grid, "张明"), 2 + 8).text() == "补"
    screen.open_record("member", uuids["张明"])
    assert screen.ui.tabs.currentWidget() is screen.ui.gridTab and grid.currentRow() == _row_of(grid, "张明")


def test_reduction_and_remittance_dialogs(qtbot, branch, boxes):
    year = TODAY.year - 1
    from dangjian_desktop.services.dues import StandardEntry

    uuids = {m.name: m.uuid for m in branch.roster.members()}
    branch.dues.set_standards(year, [StandardEntry(u, DuesCategory.EMPLOYED, D("4000")) for u in uuids.values()])
    for m in (1, 2, 3):
        branch.dues.record_month(year, m, list(uuids.values()), dt.date(year, m, 10))
    screen = DuesScreen(branch.dues)
    qtbot.addWidget(screen)
    screen.ui.yearCombo.setCurrentIndex(screen.ui.yearCombo.findData(year))
    from dangjian_desktop.ui.dialogs.dues_dialogs import ReductionDialog

    red = ReductionDialog(branch.dues, year, uuids["李秀英"], screen)
    red.ui.reductionCombo.setCurrentIndex(red.ui.reductionCombo.findData(Reduction.EXEMPT.value))
    red.ui.fromMonthSpin.setValue(7)
    red.accept()
    assert not red.result() and "批复" in red.ui.errorLabel.text()
    red.ui.refEdit.setText("测试党委〔1〕号")
    red.accept()
    assert red.result()
    line = next(x for x in branch.dues.grid(year).lines if x.name == "李秀英")
    assert [c.state for c in line.cells[6:]] == [MonthState.EXEMPT] * 6
    rem = screen.remittance_dialog()
    rem.ui.fromMonthSpin.setValue(1)
    rem.ui.toMonthSpin.setValue(3)
    assert rem.ui.amountEdit.text() == "480.00"  # 4 members × 40.00 × 3 months
    rem.ui.receiptEdit.setText("DF-001")
    rem.accept()
    assert rem.result()
    screen.refresh()
    assert screen.ui.remittanceTable.rowCount() == 1 and screen.ui.remittanceTable.item(0, 2).text() == "480.00"
    screen.ui.remittanceTable.selectRow(0)
    screen.delete_remittance(ask=False)
    assert branch.dues.remittances(year) == []


def test_bases_imported_into_the_dialog(qtbot, services, boxes):
    services.branch.save_profile(Branch(name="测试党支部"))
    for name, idn in (("张建国", ""), ("李秀英", ""), ("王芳", "130602199508200042"), ("王芳", "110105198001011238"),
                      ("陈磊", ""), ("赵强", "")):
        services.roster.save_member(Member(name=name, id_number=idn, joined_party_on=dt.date(2005, 1, 1)))
    screen = DuesScreen(services.dues)
    qtbot.addWidget(screen)
    dlg = screen.standards_dialog()
    fixtures = Path(__file__).parents[1] / "fixtures" / "dues"
    assert dlg.import_file(fixtures / "bases_bad.xlsx") == 0
    assert "E4" in boxes["error"][-1] and "四千五" in boxes["error"][-1]
    assert dlg.import_file(fixtures / "bases.xlsx") == 6
    dlg.accept()
    assert dlg.result()
    assert sorted(s.monthly_fen for s in services.dues.standards(TODAY.year)) == [20, 50, 1500, 4500, 5000, 20000]


def test_settings_tab(qtbot, services, boxes):
    from dangjian_desktop.ui.screens.dues_settings import DuesSettingsTab

    tab = DuesSettingsTab(services.dues)
    qtbot.addWidget(tab)
    assert tab.ui.employedTable.item(0, 0).text() == "3000" and tab.ui.employedTable.item(0, 1).text() == "0.5"
    tab.ui.employedTable.item(0, 0).setText("3500")
    tab.ui.fixedEdit.setText("0.30")
    assert tab.save()
    assert services.dues.calc("3500").monthly == D("17.50") and services.dues.rules().fixed_monthly == D("0.30")
    tab.ui.employedTable.item(1, 0).setText("2000")  # below the first tier's bound
    assert not tab.save() and "从小到大" in boxes["error"][-1]
    tab.reset(ask=False)
    assert services.dues.calc("3500").monthly == D("35.00")


def test_the_page_in_the_main_window_with_demo_data(qtbot, demo_services, boxes, tmp_path, main_window):
    win = main_window(demo_services, 1366, 728)
    page = win.show_page("dues")
    assert isinstance(page, DuesScreen)
    assert page.ui.gridTable.rowCount() == len(page.grid.lines) + 1
    assert win.ui.actionPrint.isEnabled()
    behind = next(r for r in demo_services.dues.arrears() if r.count >= 3)
    win.open_record("dues", "member", behind.member_uuid)
    assert page.ui.tabs.currentWidget() is page.ui.arrearsTab
    assert page.ui.arrearsTable.item(page.ui.arrearsTable.currentRow(), 0).text() == behind.name
    win.grab().save(str(tmp_path / "dues.png"))
    assert (tmp_path / "dues.png").stat().st_size > 10_000
    assert page.ui.gridTable.item(0, 0).data(Qt.ItemDataRole.UserRole)


def test_dialogs_are_the_kits(qtbot, branch, boxes, tmp_path):
    """Ctrl+S saves a payment; its date cannot be after today; a refused export or deletion is said in Chinese and
    nothing is lost (the UI kit's SavingDialog, DateEdit and ServiceCall)."""
    from dangjian_desktop.services.dues import StandardEntry
    from dangjian_desktop.ui.widgets.date_edit import DateEdit
    from dangjian_desktop.ui.widgets.dialogs import SavingDialog

    uuids = {m.name: m.uuid for m in branch.roster.members()}
    branch.dues.set_standards(TODAY.year, [StandardEntry(u, DuesCategory.EMPLOYED, D("4000")) for u in uuids.values()])
    screen = DuesScreen(branch.dues)
    qtbot.addWidget(screen)
    pay = screen.payment_dialog(uuids["张明"], [TODAY.month])
    qtbot.addWidget(pay)
    assert isinstance(pay, SavingDialog) and isinstance(pay.ui.paidOnEdit, DateEdit)
    pay.ui.paidOnEdit.setValue(TODAY + dt.timedelta(days=3))
    assert pay.ui.paidOnEdit.value() == TODAY  # no payment dated in the future
    pay.show()
    # offscreen there is no active window for Qt's shortcut map: trigger the dialog's one Ctrl+S as the map would
    keys = QKeySequence(QKeySequence.StandardKey.Save)
    [save] = [sc for sc in pay.findChildren(QShortcut) if sc.key() == keys and sc.isEnabled()]
    save.activated.emit()
    assert pay.result() and pay.saved.amount_fen == 4000 and pay.saved.paid_on == TODAY
    screen.refresh()
    # a month for everyone with an amount typed wrong: refused with the member's name, nothing saved, still open
    month = screen.month_dialog(TODAY.month)
    qtbot.addWidget(month)
    row = next(r for r, ln in enumerate(month.lines) if ln.payable)
    month.ui.monthTable.item(row, 4).setText("四十元")
    month.accept()
    assert not month.result() and month.lines[row].member.name in month.ui.errorLabel.text()
    assert len(branch.dues.payments(TODAY.year)) == 1
    (tmp_path / "占用.xlsx").mkdir()  # a folder where the file should go: the disk refuses
    assert screen.export_xlsx(tmp_path / "占用.xlsx") is None
    assert boxes["error"] and boxes["error"][0].startswith("无法写入文件")
    screen.ui.paymentsTable.selectRow(0)
    screen.delete_payment(ask=False)
    assert branch.dues.payments(TODAY.year) == []
    screen.ui.paymentsTable.selectRow(0)
    screen.delete_payment(ask=False)  # nothing selected any more: nothing happens, no error
    assert len(boxes["error"]) == 1
