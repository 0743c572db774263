"""表决 of the meeting editor: each motion with its yes / no / abstain counts and whether it passed."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSpinBox, QTableWidget, QTableWidgetItem

from dangjian_desktop.domain.meetings import Vote, motion_passes
from dangjian_desktop.ui.widgets.table_cells import lock_item
from dangjian_desktop.ui.widgets.table_editor import TableEditor, fixed_item

COL_SUBJECT, COL_YES, COL_NO, COL_ABSTAIN, COL_RESULT = range(5)


class VotesEditor(TableEditor):
    """Edits the votes table of a meeting form."""

    def __init__(self, table: QTableWidget, parent: QObject | None = None):
        super().__init__(table, ["表决事项", "赞成", "反对", "弃权", "结果"], COL_SUBJECT, parent)

    def fill(self, votes: list[Vote]) -> None:
        self.table.setRowCount(0)
        for v in votes:
            self.add(v, mark=False)

    def add(self, v: Vote, mark: bool = True) -> None:
        t = self.table
        with self.filling():  # the row is complete only after its spin boxes exist
            r = t.rowCount()
            t.insertRow(r)
            t.setItem(r, COL_SUBJECT, QTableWidgetItem(v.subject))
            for c, value in ((COL_YES, v.yes), (COL_NO, v.no), (COL_ABSTAIN, v.abstain)):
                spin = QSpinBox()
                spin.setRange(0, 9999)
                spin.setValue(value)
                spin.valueChanged.connect(self._edited)
                t.setCellWidget(r, c, spin)
            t.setItem(r, COL_RESULT, fixed_item(""))
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
        with self.filling():
            for r, v in enumerate(self.votes()):
                item = self.table.item(r, COL_RESULT)
                if item is not None:
                    item.setText("通过" if motion_passes(v.yes, voting_expected) else "未通过")

    def set_locked(self, locked: bool) -> None:
        t = self.table
        with self.filling():
            for r in range(t.rowCount()):
                lock_item(t.item(r, COL_SUBJECT), locked)
                for c in (COL_YES, COL_NO, COL_ABSTAIN):
                    spin = t.cellWidget(r, c)
                    if spin is not None:
                        spin.setReadOnly(locked)
