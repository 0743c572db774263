"""Cells and set-up of the read-mostly tables on the pages (发展党员, 活动室, 承诺, 党费, 学时...): one helper for a
cell with its data, colour and look, one for the headers and how the columns share the width."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

if TYPE_CHECKING:  # 首页 imports this module before the first paint, which must not build the Qt namespace's enums
    from PySide6.QtCore import Qt


def cell(text: object, data: object = None, color: str | None = None, *, editable: bool = True,
         ground: str | None = None, bold: bool = False, align: Qt.AlignmentFlag | None = None,
         tip_over: int | None = None) -> QTableWidgetItem:
    """A table cell showing ``text``, carrying ``data`` (UserRole), in ``color`` on ``ground``; ``tip_over``: the
    text is also the tooltip when longer than that many characters (a cut-off cell can still be read)."""
    from PySide6.QtCore import Qt

    text = str(text)
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if color:
        item.setForeground(QBrush(QColor(color)))
    if ground:
        item.setBackground(QBrush(QColor(ground)))
    if bold:
        f = QFont(item.font())
        f.setBold(True)
        item.setFont(f)
    if align is not None:
        item.setTextAlignment(align)
    if tip_over is not None:
        item.setToolTip(text if len(text) > tip_over else "")
    return item


def select_row_or_first(table: QTableWidget, row: int) -> int:
    """Select ``row`` (-1: none was asked for) or, failing that, the table's first row if it has one; returns the
    row selected, or -1 for an empty table."""
    if row < 0 and table.rowCount():
        row = 0
    if row >= 0:
        table.selectRow(row)
    return row


def lock_item(item: QTableWidgetItem | None, locked: bool, flag: Qt.ItemFlag | None = None) -> None:
    """Take ``flag`` (typing, or ticking; by default typing) away from a cell or give it back; the cell stays
    readable."""
    from PySide6.QtCore import Qt

    flag = Qt.ItemFlag.ItemIsEditable if flag is None else flag
    if item is not None:
        item.setFlags(item.flags() & ~flag if locked else item.flags() | flag)


def setup_table(table: QTableWidget, stretch: Iterable[int] = (), *, headers: Sequence[str] | None = None,
                fit_rows: bool = False, per_pixel: bool = False) -> None:
    """No row numbers; columns as wide as their contents but ``stretch`` share what is left; ``fit_rows``: rows
    as tall as their (wrapped) contents; ``per_pixel``: scroll smoothly (rows of very different heights)."""
    if headers is not None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    if fit_rows:
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h = table.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for c in stretch:
        h.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
    if per_pixel:
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def set_columns(table: QTableWidget, headers: Sequence[str], *, row_height: int, widths: Mapping[int, int],
                stretch: Iterable[int] = (), fixed: bool = False, stretch_last: bool = False) -> None:
    """A small table of set column widths (the editing tables of 设置 and 换届): ``headers``, no row numbers, rows
    ``row_height`` tall, ``widths`` {column: pixels} (``fixed``: the user cannot drag them), ``stretch`` columns
    (or ``stretch_last``) sharing what is left."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    h = table.horizontalHeader()
    for c in stretch:
        h.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
    for c, width in widths.items():
        if fixed:
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(c, width)
    if stretch_last:
        h.setStretchLastSection(True)


class _RowFitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            QTimer.singleShot(0, watched.resizeRowsToContents)  # once the columns have their laid-out widths
        return False


def fit_wrapped_rows(table: QTableWidget) -> None:
    """Rows whose text wraps take their height again whenever a column gets a new width (the stretched one gets its
    real width only after layout) and whenever the table is shown or resized."""
    table.setWordWrap(True)
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    table.installEventFilter(_RowFitter(table))
