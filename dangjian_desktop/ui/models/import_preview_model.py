"""Rows of a roster file being checked before import: what was read, and per row what will happen (新增 / 更新
which fields / 无变化) or the Chinese reasons it is refused."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dangjian_desktop.domain import dates, idcard
from dangjian_desktop.services.roster import Action, ImportPreview, ImportRow
from dangjian_desktop.ui.models.table import FlatTableModel

OK_TEXT = "正确"
_ERROR_BG = QBrush(QColor("#FDECEA"))
_ERROR_FG = QBrush(QColor("#B22222"))
_OK_FG = QBrush(QColor("#2E7D32"))
_CHANGED_FG = QBrush(QColor("#8B4513"))
_UNCHANGED_FG = QBrush(QColor("#6B6B6B"))


def _d(v: dt.date | None) -> str:
    return dates.dotted(v)


def _result(r: ImportRow) -> str:
    if r.errors:
        return "；".join(r.errors)
    text = "更新：" + "、".join(r.changes) if r.changes else OK_TEXT
    return text + ("（" + "；".join(r.notes) + "）" if r.notes else "")


COLUMNS: list[tuple[str, Any]] = [
    ("行号", lambda r: str(r.row_number)),
    ("处理", lambda r: r.action.label),
    ("检查结果", _result),
    ("姓名", lambda r: r.member.name),
    ("性别", lambda r: r.member.gender),
    ("出生年月", lambda r: _d(r.member.birth_date)),
    ("党员类别", lambda r: str(r.member.category)),
    ("党小组", lambda r: r.member.group_name),
    ("岗位/职务", lambda r: r.member.position),
    ("联系电话", lambda r: r.member.phone),
    ("身份证号", lambda r: idcard.mask(r.member.id_number)),
    ("入党日期", lambda r: _d(r.member.joined_party_on)),
    ("状态", lambda r: str(r.member.status)),
]
ACTION_COLUMN = 1
STATUS_COLUMN = 2


class ImportPreviewModel(FlatTableModel):
    titles = [title for title, _ in COLUMNS]

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

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()][1](r)
        if role == Qt.ItemDataRole.BackgroundRole and r.errors:
            return _ERROR_BG
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (ACTION_COLUMN, STATUS_COLUMN):
            if r.errors:
                return _ERROR_FG
            return {Action.CHANGED: _CHANGED_FG, Action.UNCHANGED: _UNCHANGED_FG}.get(r.action, _OK_FG)
        return None
