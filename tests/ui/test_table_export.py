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


def test_row_labels_dates_percentages_and_scores(qtbot, tmp_path):
    """The 完成情况 matrix keeps its meeting kinds; displayed dates, rates and scores become typed cells."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    t = QTableWidget(2, 4)
    qtbot.addWidget(t)
    t.setHorizontalHeaderLabels(["1月", "日期", "出勤率", "得分"])
    t.setVerticalHeaderLabels(["支部党员大会（季度）", "党小组会（月度）"])
    for r, values in enumerate((["✓", "2026-03-05", "85%", "92.5分"], ["○", "2026-03-06 14:30", "100%", "80分"])):
        for c, v in enumerate(values):
            t.setItem(r, c, QTableWidgetItem(v))
    headers, rows = model_table(t.model(), t)
    assert headers == ["项目", "1月", "日期", "出勤率", "得分"]
    assert [r[0] for r in rows] == ["支部党员大会（季度）", "党小组会（月度）"]
    out = write_model_xlsx(tmp_path / "完成情况.xlsx", t.model(), "完成情况", t)
    ws = openpyxl.load_workbook(out).active
    assert ws["A2"].value == "支部党员大会（季度）" and ws["A2"].font.bold and ws.freeze_panes == "B2"
    assert ws["C2"].value == dt.datetime(2026, 3, 5) and ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["C3"].value == dt.datetime(2026, 3, 6, 14, 30)
    assert ws["D2"].value == 0.85 and ws["D2"].number_format == "0%" and ws["D3"].value == 1.0
    assert ws["E2"].value == 92.5 and ws["E3"].value == 80
    # a table whose vertical header is hidden (most lists) gets no label column
    t.verticalHeader().setVisible(False)
    assert model_table(t.model(), t)[0][0] == "1月"
