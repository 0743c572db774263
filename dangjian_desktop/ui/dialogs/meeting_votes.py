"""表决 of the meeting editor: each motion with its yes / no / abstain counts and whether it passed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QSpinBox, QTableWidget, QTableWidgetItem

from dangjian_desktop.domain.meetings import Vote, motion_passes

COL_SUBJECT, COL_YES, COL_NO, COL_ABSTAIN, COL_RESULT = range(5)


class VotesEditor(QObject):
    """Edits the votes table of a meeting form. ``changed`` fires on every edit (not while filling)."""

    changed = Signal()

    def __init__(self, table: QTableWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.table = table
        self._filling = False
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(["表决事项", "赞成", "反对", "弃权", "结果"])
        table.horizontalHeader().setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.itemChanged.connect(self._edited)

    def _edited(self, *_: object) -> None:
        if not self._filling:
            self.changed.emit()

    def fill(self, votes: list[Vote]) -> None:
        self.table.setRowCount(0)
        for v in votes:
            self.add(v, mark=False)

    def add(self, v: Vote, mark: bool = True) -> None:
        t = self.table
        was = self._filling
        self._filling = True  # the row is complete only after its spin boxes exist
        try:
            r = t.rowCount()
            t.insertRow(r)
            t.setItem(r, COL_SUBJECT, QTableWidgetItem(v.subject))
            for c, value in ((COL_YES, v.yes), (COL_NO, v.no), (COL_ABSTAIN, v.abstain)):
                spin = QSpinBox()
                spin.setRange(0, 9999)
                spin.setValue(value)
                spin.valueChanged.connect(self._edited)
                t.setCellWidget(r, c, spin)
            result = QTableWidgetItem("")
            result.setFlags(result.flags() & ~Qt.ItemFlag.ItemIsEditable)
            t.setItem(r, COL_RESULT, result)
        finally:
            self._filling = was
        if mark:
            t.setCurrentCell(r, COL_SUBJECT)
            self.changed.emit()

    def remove_current(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            self.changed.emit()

    def votes(self) -> list[Vote]:
        t = self.table
        out = []
        for r in range(t.rowCount()):
            subject = t.item(r, COL_SUBJECT).text() if t.item(r, COL_SUBJECT) else ""
            yes, no, abstain = (t.cellWidget(r, c).value() for c in (COL_YES, COL_NO, COL_ABSTAIN))
            out.append(Vote(subject, yes, no, abstain))
        return out

    def set_vote(self, row: int, subject: str, yes: int, no: int, abstain: int) -> None:
        t = self.table
        t.item(row, COL_SUBJECT).setText(subject)
        for c, v in ((COL_YES, yes), (COL_NO, no), (COL_ABSTAIN, abstain)):
            t.cellWidget(row, c).setValue(v)

    def show_results(self, voting_expected: int) -> None:
        """通过 when yes votes exceed half of the voting members who should attend (not of those present)."""
        self._filling = True
        try:
            for r, v in enumerate(self.votes()):
                item = self.table.item(r, COL_RESULT)
                if item is not None:
                    item.setText("通过" if motion_passes(v.yes, voting_expected) else "未通过")
        finally:
            self._filling = False

    def set_locked(self, locked: bool) -> None:
        t = self.table
        self._filling = True
        try:
            for r in range(t.rowCount()):
                item = t.item(r, COL_SUBJECT)
                if item is not None:
                    flags = item.flags()
                    item.setFlags(flags & ~Qt.ItemFlag.ItemIsEditable if locked
                                  else flags | Qt.ItemFlag.ItemIsEditable)
                for c in (COL_YES, COL_NO, COL_ABSTAIN):
                    spin = t.cellWidget(r, c)
                    if spin is not None:
                        spin.setReadOnly(locked)
        finally:
            self._filling = False
