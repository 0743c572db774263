"""导出Excel of any item model: visible columns in view order, headers, display values, widths."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from dangjian_desktop.ui.table_export import model_table, write_model_xlsx


def _model() -> QStandardItemModel:
    m = QStandardItemModel(0, 5)
    m.setHorizontalHeaderLabels(["姓名", "内部编号", "出勤次数", "联系电话", "入党日期"])
    for name, n, phone, d in (("王建国", 12, "13812345678", QDate(2001, 7, 1)), ("李秀英", 9, "13900001111",
                                                                                 QDate(2015, 3, 5))):
        row = [QStandardItem(name), QStandardItem("X-1"), QStandardItem(), QStandardItem(phone), QStandardItem()]
        row[2].setData(n, Qt.ItemDataRole.DisplayRole)
        row[4].setData(d, Qt.ItemDataRole.DisplayRole)
        m.appendRow(row)
    return m


def test_visible_columns_in_view_order(qtbot, tmp_path):
    model = _model()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setColumnHidden(1, True)
    view.horizontalHeader().moveSection(2, 0)  # user dragged 出勤次数 to the front
    view.setRowHidden(1, False)
    headers, rows = model_table(model, view)
    assert headers == ["出勤次数", "姓名", "联系电话", "入党日期"]
    assert rows[0] == [12, "王建国", "13812345678", dt.date(2001, 7, 1)]
    out = write_model_xlsx(tmp_path / "出勤.xlsx", model, "出勤统计", view)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws.title == "出勤统计"
    assert [c.value for c in ws[1]] == headers
    assert ws["A2"].value == 12 and ws["B3"].value == "李秀英"
    assert ws["C2"].value == "13812345678" and ws["C2"].number_format == "@"  # phone stays text
    assert ws["D2"].value.date() == dt.date(2001, 7, 1)
    assert ws.column_dimensions["B"].width >= 8 and ws.freeze_panes == "A2"


def test_hidden_rows_left_out_and_no_view_means_all(qtbot):
    model = _model()
    headers, rows = model_table(model)
    assert len(headers) == 5 and len(rows) == 2
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setRowHidden(0, True)
    _, rows = model_table(model, view)
    assert [r[0] for r in rows] == ["李秀英"]
