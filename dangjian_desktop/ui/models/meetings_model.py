"""The meeting list as a Qt table model over MeetingSummary rows (no long texts).

Rows come in pages: at headquarters a filter can match tens of thousands of meetings, so the model holds the
first page and the view asks for more when it is scrolled to the end (``canFetchMore``/``fetchMore``). Sorting by
a column is done by the query (``MeetingService.page``), not in Python.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from dangjian_desktop.domain.meetings import MeetingStatus, MeetingSummary
from dangjian_desktop.ui.models.table import FlatTableModel

HEADERS = ["日期", "类型", "会议名称/主题", "党小组", "主持人", "实到/应到", "附件", "状态"]
# the sort key of each column (services.meetings.SORT_KEYS)
SORT_KEYS = ["date", "types", "title", "group", "host", "attendance", "attachments", "status"]
PAGE_SIZE = 200

# fetch(offset, limit, sort key, descending) -> rows
Fetch = Callable[[int, int, str, bool], list[MeetingSummary]]


class MeetingTableModel(FlatTableModel):
    titles = HEADERS

    def __init__(self, parent=None, page_size: int = PAGE_SIZE):  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[MeetingSummary] = []
        self.total = 0
        self.page_size = page_size
        self.sort_column = 0
        self.descending = True
        self._fetch: Fetch | None = None

    def set_rows(self, rows: list[MeetingSummary]) -> None:
        """A fixed list (no paging)."""
        self.beginResetModel()
        self._fetch = None
        self.rows = rows
        self.total = len(rows)
        self.endResetModel()

    def set_source(self, fetch: Fetch, total: int) -> None:
        """Show ``total`` rows read page by page through ``fetch``; the first page is read now."""
        self.beginResetModel()
        self._fetch = fetch
        self.total = total
        self.rows = self._read(0) if total else []
        self.endResetModel()

    def _read(self, offset: int, limit: int | None = None) -> list[MeetingSummary]:
        assert self._fetch is not None
        return self._fetch(offset, limit or self.page_size, SORT_KEYS[self.sort_column], self.descending)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        more = self._read(len(self.rows))
        if not more:  # the store changed under us: stop asking
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Every matching row (export to Excel writes the whole list, not only what was scrolled to)."""
        if not self.canFetchMore():
            return
        rest = self._read(len(self.rows), self.total - len(self.rows))
        if rest:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rest) - 1)
            self.rows.extend(rest)
            self.endInsertRows()
        self.total = len(self.rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.sort_column, self.descending):
            return
        self.sort_column, self.descending = column, descending
        if self._fetch is None:
            return
        self.beginResetModel()
        self.rows = self._read(0) if self.total else []
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

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
