"""导出Excel for any table in the app: the visible columns of a QAbstractItemModel, in the order the user sees
them, with the header texts and the values as displayed, written by services/xlsx.write_table (Chinese headers,
bold frozen header row, column widths fitted to the text, A4 one page wide). Row labels shown in the vertical
header (the 完成情况 matrix's meeting kinds) become the first column. Displayed dates become real date cells,
"85%" a percentage and "92.5分" a number, so the sheet can be sorted and summed.

    from dangjian_desktop.ui.table_export import export_view
    export_view(self, self.ui.table, "党员名册", "党员名册.xlsx")
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QDate, QDateTime, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QTableView, QTreeView, QWidget

from dangjian_desktop.services.xlsx import Formatted
from dangjian_desktop.ui.messages import show_error

# whole numbers up to 9 digits become numbers in Excel; longer digit strings (phone, ID numbers) stay text
_NUMBER = re.compile(r"^-?(0|[1-9]\d{0,8})(\.\d+)?$")
_PERCENT = re.compile(r"^(-?\d{1,3}(?:\.\d+)?)\s*%$")
_SCORE = re.compile(r"^(\d{1,3}(?:\.\d+)?)分$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DATETIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$")


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
    return _typed_text(text)


def _typed_text(text: str) -> object:
    """A displayed date, time, percentage or score as the value it shows."""
    try:
        m = _DATE.match(text)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = _DATETIME.match(text)
        if m:
            return dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0))
    except ValueError:
        return text
    m = _PERCENT.match(text)
    if m:
        decimals = len(m[1].split(".")[1]) if "." in m[1] else 0
        return Formatted(float(m[1]) / 100, "0%" if not decimals else "0." + "0" * decimals + "%")
    m = _SCORE.match(text)
    if m:
        return Formatted(float(m[1]), '0.0"分"' if "." in m[1] else '0"分"')
    return text


def row_labels(model: QAbstractItemModel, view: QAbstractItemView | None, rows: list[int]) -> list[str] | None:
    """The vertical header's labels when the view shows them as text (not just row numbers)."""
    if isinstance(view, QTableView) and view.verticalHeader().isHidden():
        return None
    labels = [model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) for r in rows]
    texts = ["" if v is None else str(v) for v in labels]
    if not any(t and not t.isdigit() for t in texts):
        return None
    return [t.replace("\n", "") for t in texts]


def model_table(model: QAbstractItemModel, view: QAbstractItemView | None = None,
                corner: str = "项目") -> tuple[list[str], list[list]]:
    """(headers, rows) of the visible columns and rows, in the order shown; row labels first when there are."""
    cols = _columns(model, view)
    headers = []
    for c in cols:
        h = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        headers.append(str(h).replace("\n", "") if h is not None else f"第{c + 1}列")
    visible_rows = _rows(model, view)
    rows = [[cell_value(model, model.index(r, c)) for c in cols] for r in visible_rows]
    labels = row_labels(model, view, visible_rows)
    if labels is not None:
        headers.insert(0, corner)
        for row, label in zip(rows, labels, strict=True):
            row.insert(0, label)
    return headers, rows


def write_model_xlsx(path: Path | str, model: QAbstractItemModel, title: str,
                     view: QAbstractItemView | None = None) -> Path:
    from dangjian_desktop.services.xlsx import write_table

    headers, rows = model_table(model, view)
    # keep long digit strings (phone, ID numbers) as text so Excel does not turn them into 1.3E+10
    text_cols = {h for i, h in enumerate(headers)
                 if any(isinstance(r[i], str) and r[i].isdigit() and len(r[i]) > 9 for r in rows)}
    labelled = row_labels(model, view, _rows(model, view)) is not None
    return write_table(Path(path), title, headers, rows, text_columns=text_cols, label_column=labelled)


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
