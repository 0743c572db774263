"""The base of the row tables a form edits in place (a meeting's 出席情况 and 表决): the headers, ``changed`` on
every edit the user makes but not while the code fills the table, and cells that lock without greying out."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from dangjian_desktop.ui.widgets.table_cells import cell


def fixed_item(text: str) -> QTableWidgetItem:
    """A cell the user reads but does not type into."""
    return cell(text, editable=False)


class TableEditor(QObject):
    """Edits one table of a form. ``changed`` fires on every edit (not while filling)."""

    changed = Signal()

    def __init__(self, table: QTableWidget, headers: Sequence[str], stretch: int, parent: QObject | None = None):
        super().__init__(parent)
        self.table = table
        self._filling = False
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.itemChanged.connect(self._edited)

    def _edited(self, *_: object) -> None:
        if not self._filling:
            self.changed.emit()

    @contextmanager
    def filling(self) -> Iterator[None]:
        """What the code changes inside does not fire ``changed`` (nested uses keep the outer state)."""
        was = self._filling
        self._filling = True
        try:
            yield
        finally:
            self._filling = was
