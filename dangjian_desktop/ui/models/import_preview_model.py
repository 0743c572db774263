"""Rows of a roster file being checked before import: what was read, and per row 正确 or the Chinese reasons."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dangjian_desktop.domain import idcard
from dangjian_desktop.services.roster import ImportPreview, ImportRow

OK_TEXT = "正确"
_ERROR_BG = QBrush(QColor("#FDECEA"))
_ERROR_FG = QBrush(QColor("#B22222"))
_OK_FG = QBrush(QColor("#2E7D32"))


def _d(v: dt.date | None) -> str:
    return v.isoformat() if v else ""


COLUMNS: list[tuple[str, Any]] = [
    ("行号", lambda r: str(r.row_number)),
    ("检查结果", lambda r: "；".join(r.errors) if r.errors else OK_TEXT),
    ("姓名", lambda r: r.member.name),
    ("性别", lambda r: r.member.gender),
    ("出生日期", lambda r: _d(r.member.birth_date)),
    ("党员类别", lambda r: str(r.member.category)),
    ("党小组", lambda r: r.member.group_name),
    ("岗位/职务", lambda r: r.member.position),
    ("联系电话", lambda r: r.member.phone),
    ("身份证号", lambda r: idcard.mask(r.member.id_number)),
    ("入党日期", lambda r: _d(r.member.joined_party_on)),
    ("状态", lambda r: str(r.member.status)),
]
STATUS_COLUMN = 1


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._all: list[ImportRow] = []
        self._rows: list[ImportRow] = []
        self.only_errors = False

    def set_preview(self, preview: ImportPreview | None) -> None:
        self._all = list(preview.rows) if preview else []
        self._refilter()

    def set_only_errors(self, only: bool) -> None:
        self.only_errors = only
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all if r.errors] if self.only_errors else list(self._all)
        self.endResetModel()

    def row_at(self, row: int) -> ImportRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()][1](r)
        if role == Qt.ItemDataRole.BackgroundRole and r.errors:
            return _ERROR_BG
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATUS_COLUMN:
            return _ERROR_FG if r.errors else _OK_FG
        return None
