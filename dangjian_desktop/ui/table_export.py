"""导出Excel for any table in the app: the visible columns of a QAbstractItemModel, in the order the user sees
them, with the header texts and the values as displayed, written by services/xlsx.write_table (Chinese headers,
bold frozen header row, column widths fitted to the text).

    from dangjian_desktop.ui.table_export import export_view
    export_view(self, self.ui.table, "党员名册", "党员名册.xlsx")
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QDate, QDateTime, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QTableView, QTreeView, QWidget

from dangjian_desktop.ui.messages import show_error

# whole numbers up to 9 digits become numbers in Excel; longer digit strings (phone, ID numbers) stay text
_NUMBER = re.compile(r"^-?(0|[1-9]\d{0,8})(\.\d+)?$")


def _columns(model: QAbstractItemModel, view: QAbstractItemView | None) -> list[int]:
    n = model.columnCount()
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return list(range(n))
    visual = sorted(range(n), key=header.visualIndex)
    return [c for c in visual if not header.isSectionHidden(c)]


def _rows(model: QAbstractItemModel, view: QAbstractItemView | None) -> list[int]:
    rows = range(model.rowCount())
    if isinstance(view, QTableView):
        return [r for r in rows if not view.isRowHidden(r)]
    if isinstance(view, QTreeView):
        return [r for r in rows if not view.isRowHidden(r, QModelIndex())]
    return list(rows)


def cell_value(model: QAbstractItemModel, index: QModelIndex) -> object:
    """What the user sees in the cell, as an Excel-friendly value (numbers as numbers, dates as dates)."""
    v = model.data(index, Qt.ItemDataRole.DisplayRole)
    if v is None:
        state = model.data(index, Qt.ItemDataRole.CheckStateRole)
        if state is not None:
            return "是" if Qt.CheckState(state) == Qt.CheckState.Checked else "否"
        return ""
    if isinstance(v, QDateTime):
        return v.toPython()
    if isinstance(v, QDate):
        return v.toPython()
    if isinstance(v, (bool, dt.date)):
        return v if isinstance(v, dt.date) else ("是" if v else "否")
    if isinstance(v, (int, float)):
        return v
    text = str(v)
    if _NUMBER.match(text):
        return float(text) if "." in text else int(text)
    return text


def model_table(model: QAbstractItemModel, view: QAbstractItemView | None = None) -> tuple[list[str], list[list]]:
    """(headers, rows) of the visible columns and rows, in the order shown."""
    cols = _columns(model, view)
    headers = []
    for c in cols:
        h = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        headers.append(str(h).replace("\n", "") if h is not None else f"第{c + 1}列")
    rows = [[cell_value(model, model.index(r, c)) for c in cols] for r in _rows(model, view)]
    return headers, rows


def write_model_xlsx(path: Path | str, model: QAbstractItemModel, title: str,
                     view: QAbstractItemView | None = None) -> Path:
    from dangjian_desktop.services.xlsx import write_table

    headers, rows = model_table(model, view)
    # keep long digit strings (phone, ID numbers) as text so Excel does not turn them into 1.3E+10
    text_cols = {h for i, h in enumerate(headers)
                 if any(isinstance(r[i], str) and r[i].isdigit() and len(r[i]) > 9 for r in rows)}
    return write_table(Path(path), title, headers, rows, text_columns=text_cols)


def ask_xlsx_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    if not suggested_name.lower().endswith(".xlsx"):
        suggested_name += ".xlsx"
    target, _ = QFileDialog.getSaveFileName(parent, "导出Excel", suggested_name, "Excel 表格 (*.xlsx)")
    if not target:
        return None
    path = Path(target)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def export_model(parent: QWidget | None, model: QAbstractItemModel, title: str, suggested_name: str,
                 view: QAbstractItemView | None = None) -> Path | None:
    """Ask where to save, then write the table. Returns the file, or None if cancelled or failed."""
    path = ask_xlsx_path(parent, suggested_name)
    if path is None:
        return None
    try:
        return write_model_xlsx(path, model, title, view)
    except Exception as exc:  # noqa: BLE001
        show_error(parent, exc, "导出失败")
        return None


def export_view(parent: QWidget | None, view: QAbstractItemView, title: str, suggested_name: str) -> Path | None:
    """导出Excel of what a table/tree view shows (hidden columns and rows left out)."""
    return export_model(parent, view.model(), title, suggested_name, view)
