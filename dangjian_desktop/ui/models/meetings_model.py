"""The meeting list as a Qt table model over MeetingSummary rows (no long texts: fast at 20,000 meetings)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from dangjian_desktop.domain.meetings import MeetingStatus, MeetingSummary

HEADERS = ["日期", "类型", "会议名称/主题", "党小组", "主持人", "实到/应到", "附件", "状态"]


class MeetingTableModel(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[MeetingSummary] = []

    def set_rows(self, rows: list[MeetingSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def row(self, index: int) -> MeetingSummary | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == 0:
                return r.date.isoformat()
            if c == 1:
                return r.types_text
            if c == 2:
                return r.title or r.types_text
            if c == 3:
                return r.group_name
            if c == 4:
                return r.host
            if c == 5:
                return f"{r.present}/{r.expected}"
            if c == 6:
                return str(r.attachments) if r.attachments else ""
            if c == 7:
                return r.status.value
        if role == Qt.ItemDataRole.ForegroundRole and c == 7 and r.status is MeetingStatus.DRAFT:
            return QColor("#A0522D")
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (0, 5, 6, 7):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r.uuid
        return None
