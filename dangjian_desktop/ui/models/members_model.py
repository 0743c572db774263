"""The members list as a real Qt model: filtering and sorting happen here, in Python lists, so 20,000 members
stay instant (a QSortFilterProxyModel would call back into Python for every comparison)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCollator, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.enums import MemberCategory, MemberStatus
from dangjian_desktop.domain.roster import Member
from dangjian_desktop.ui.models.table import FlatTableModel

NO_GROUP = "__none__"  # group filter value: members without a 党小组


def _ym(d: dt.date | None) -> str:
    return f"{d.year}.{d.month:02d}" if d else ""


def _iso(d: dt.date | None) -> str:
    return d.isoformat() if d else ""


def _status(m: Member) -> str:
    if m.status is MemberStatus.ACTIVE:
        return str(m.status)
    return f"{m.status}（{_iso(m.status_date)}）" if m.status_date else str(m.status)


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Member], str]
    key: str  # "text" (pinyin order), "date" or "attr:<name>"
    attr: str = ""
    align_center: bool = False


COLUMNS: list[Column] = [
    Column("姓名", lambda m: m.name, "text", "name"),
    Column("性别", lambda m: m.gender, "text", "gender", True),
    Column("出生年月", lambda m: _ym(m.birth_date), "date", "birth_date", True),
    Column("类别", lambda m: "预备" if m.category is MemberCategory.PROBATIONARY else "正式", "text", "category", True),
    Column("党小组", lambda m: m.group_name, "text", "group_name"),
    Column("岗位/职务", lambda m: m.position, "text", "position"),
    Column("联系电话", lambda m: m.phone, "text", "phone"),
    Column("身份证号", lambda m: idcard.mask(m.id_number), "text", "id_number"),
    Column("入党日期", lambda m: _iso(m.joined_party_on), "date", "joined_party_on", True),
    Column("状态", _status, "text", "status", True),
]
ID_COLUMN = [c.title for c in COLUMNS].index("身份证号")
CATEGORY_COLUMN = [c.title for c in COLUMNS].index("类别")
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
_INACTIVE = QBrush(QColor("#8A8A8A"))
_PROBATIONARY = QBrush(QColor("#8B4513"))


class MembersModel(FlatTableModel):
    titles = [c.title for c in COLUMNS]

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._all: list[Member] = []
        self._ranks: dict[int, list[tuple[int, int]]] = {}  # per text column: sort rank of every member
        self._visible: list[int] = []
        self._haystack: list[str] = []
        self.text = ""
        self.group_uuid: str | None = None
        self.category: MemberCategory | None = None
        self.include_inactive = False
        self._show_full_ids = False
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)

    # -- data in ------------------------------------------------------------------------------------------------
    def set_members(self, members: Sequence[Member]) -> None:
        """Replace the whole list (the screen loads every member once, inactive ones included)."""
        self._all = list(members)
        self._ranks: dict[int, list[tuple[int, int]]] = {}
        self._haystack = [f"{m.name}\n{m.position}\n{m.phone}".lower() for m in self._all]
        self._apply()

    def set_filter(self, *, text: str | None = None, group_uuid: str | None | bool = False,
                   category: MemberCategory | None | bool = False, include_inactive: bool | None = None) -> None:
        """Change any of the filters (``False`` = leave as is); the view updates at once."""
        if text is not None:
            self.text = text.strip().lower()
        if group_uuid is not False:
            self.group_uuid = group_uuid  # type: ignore[assignment]
        if category is not False:
            self.category = category  # type: ignore[assignment]
        if include_inactive is not None:
            self.include_inactive = include_inactive
        self._apply()

    @property
    def show_full_ids(self) -> bool:
        return self._show_full_ids

    def set_show_full_ids(self, show: bool) -> None:
        self._show_full_ids = show
        if self._visible:
            self.dataChanged.emit(self.index(0, ID_COLUMN), self.index(len(self._visible) - 1, ID_COLUMN))

    # -- filtering and sorting ----------------------------------------------------------------------------------
    def _accepts(self, i: int) -> bool:
        m = self._all[i]
        if not self.include_inactive and m.status is not MemberStatus.ACTIVE:
            return False
        if self.group_uuid == NO_GROUP:
            if m.group_uuid:
                return False
        elif self.group_uuid and m.group_uuid != self.group_uuid:
            return False
        if self.category is not None and m.category != self.category:
            return False
        return not self.text or self.text in self._haystack[i]

    def _apply(self) -> None:
        self.beginResetModel()
        self._visible = [i for i in range(len(self._all)) if self._accepts(i)]
        self._sort_visible()
        self.endResetModel()

    def _sort_visible(self) -> None:
        if self._sort_column < 0:
            return
        col = COLUMNS[self._sort_column]
        members = self._all
        if col.key == "date":
            def key(i: int) -> tuple:
                d = getattr(members[i], col.attr)
                return (0, d) if d else (1, dt.date.min)
            self._visible.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
            return
        ranks = self._ranks.get(self._sort_column)
        if ranks is None:
            ranks = self._ranks[self._sort_column] = self._text_ranks(col)
        self._visible.sort(key=ranks.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _text_ranks(self, col: Column) -> list[tuple[int, int]]:
        """Pinyin order for Chinese text (李 before 张) through Qt's collator, empty cells last. Computed once per
        column for the whole list, so typing in the filter re-sorts with a plain lookup."""
        members = self._all
        texts = [m.id_number if col.attr == "id_number" else col.text(m) for m in members]
        unique = sorted(set(texts), key=functools.cmp_to_key(self._collator.compare))
        order = {t: (0 if t else 1, n) for n, t in enumerate(unique)}
        return [order[t] for t in texts]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = list(self._visible)
        persistent = self.persistentIndexList()
        self._sort_column, self._sort_order = column, order
        self._sort_visible()
        row_now = {i: n for n, i in enumerate(self._visible)}
        self.changePersistentIndexList(
            persistent, [self.index(row_now[before[p.row()]], p.column()) for p in persistent])
        self.layoutChanged.emit()

    # -- lookups ------------------------------------------------------------------------------------------------
    def member_at(self, row: int) -> Member | None:
        if 0 <= row < len(self._visible):
            return self._all[self._visible[row]]
        return None

    def row_of(self, uuid: str) -> int:
        for n, i in enumerate(self._visible):
            if self._all[i].uuid == uuid:
                return n
        return -1

    def total_count(self) -> int:
        return len(self._all)

    def active_count(self) -> int:
        return sum(1 for m in self._all if m.status is MemberStatus.ACTIVE)

    def visible_members(self) -> list[Member]:
        return [self._all[i] for i in self._visible]

    # -- Qt model API -------------------------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._visible)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        m = self._all[self._visible[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == ID_COLUMN and self._show_full_ids:
                return m.id_number
            return COLUMNS[col].text(m)
        if role == UUID_ROLE:
            return m.uuid
        if role == Qt.ItemDataRole.ForegroundRole:
            if m.status is not MemberStatus.ACTIVE:
                return _INACTIVE
            if col == CATEGORY_COLUMN and m.category is MemberCategory.PROBATIONARY:
                return _PROBATIONARY
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[col].align_center:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == CATEGORY_COLUMN:
                return str(m.category)
            if m.note and col in (0, len(COLUMNS) - 1):
                return m.note
            if col in (4, 5):
                return COLUMNS[col].text(m) or None
        return None
