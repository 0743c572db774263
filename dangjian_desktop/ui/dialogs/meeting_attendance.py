"""出席情况 of the meeting editor: who should attend (应到), ticks for who came, reasons for who did not."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from dangjian_desktop.domain.meetings import AbsenceReason, Attendee
from dangjian_desktop.ui.widgets.table_cells import lock_item
from dangjian_desktop.ui.widgets.table_editor import TableEditor, fixed_item

COL_NAME, COL_KIND, COL_PRESENT, COL_REASON, COL_TEXT = range(5)


class AttendanceEditor(TableEditor):
    """Edits the attendance table of a meeting form."""

    def __init__(self, table: QTableWidget, parent: QObject | None = None):
        super().__init__(table, ["姓名", "类别", "出席", "缺席原因", "说明"], COL_TEXT, parent)

    def fill(self, people: list[Attendee]) -> None:
        t = self.table
        with self.filling():
            t.setRowCount(0)
            t.setRowCount(len(people))
            for r, a in enumerate(people):
                name = fixed_item(a.name)
                name.setData(Qt.ItemDataRole.UserRole, (a.member_uuid, a.has_vote))
                kind = fixed_item("正式党员" if a.has_vote else "预备党员")
                present = QTableWidgetItem("到会")
                present.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                                 | Qt.ItemFlag.ItemIsSelectable)
                present.setCheckState(Qt.CheckState.Checked if a.present else Qt.CheckState.Unchecked)
                t.setItem(r, COL_NAME, name)
                t.setItem(r, COL_KIND, kind)
                t.setItem(r, COL_PRESENT, present)
                combo = QComboBox()
                combo.addItem("", "")
                for reason in AbsenceReason:
                    combo.addItem(reason.value, reason.value)
                combo.setCurrentIndex(max(0, combo.findData(a.reason.value if a.reason else "")))
                combo.currentIndexChanged.connect(self._edited)
                t.setCellWidget(r, COL_REASON, combo)
                t.setItem(r, COL_TEXT, QTableWidgetItem(a.reason_text))
            t.resizeColumnsToContents()
            t.setColumnWidth(COL_REASON, max(t.columnWidth(COL_REASON), 110))
            t.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)

    def attendees(self) -> list[Attendee]:
        t = self.table
        out = []
        for r in range(t.rowCount()):
            member_uuid, has_vote = t.item(r, COL_NAME).data(Qt.ItemDataRole.UserRole)
            present = t.item(r, COL_PRESENT).checkState() == Qt.CheckState.Checked
            combo: QComboBox = t.cellWidget(r, COL_REASON)  # type: ignore[assignment]
            reason = combo.currentData() if combo else ""
            text_item = t.item(r, COL_TEXT)
            out.append(Attendee(t.item(r, COL_NAME).text(), member_uuid, bool(has_vote), present,
                                AbsenceReason(reason) if reason and not present else None,
                                (text_item.text() if text_item else "") if not present else ""))
        return out

    def set_present(self, name: str, present: bool, reason: AbsenceReason | None = None, text: str = "") -> None:
        t = self.table
        for r in range(t.rowCount()):
            if t.item(r, COL_NAME).text() == name:
                t.item(r, COL_PRESENT).setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
                combo: QComboBox = t.cellWidget(r, COL_REASON)  # type: ignore[assignment]
                combo.setCurrentIndex(max(0, combo.findData(reason.value if reason else "")))
                t.item(r, COL_TEXT).setText(text)
                return
        raise KeyError(name)

    def mark_all_present(self) -> None:
        with self.filling():
            for r in range(self.table.rowCount()):
                self.table.item(r, COL_PRESENT).setCheckState(Qt.CheckState.Checked)
        self.changed.emit()

    def merge(self, fresh: list[Attendee]) -> list[Attendee]:
        """``fresh`` (a new 应到 list) with the ticks and reasons of people already listed kept."""
        old = {(a.member_uuid, a.name): a for a in self.attendees()}
        for a in fresh:
            prev = old.get((a.member_uuid, a.name))
            if prev is not None:
                a.present, a.reason, a.reason_text = prev.present, prev.reason, prev.reason_text
        return fresh

    def any_absent(self) -> bool:
        return any(not a.present for a in self.attendees())

    def set_locked(self, locked: bool) -> None:
        """A locked record stays readable (not greyed out): cells just stop being editable."""
        t = self.table
        with self.filling():
            for r in range(t.rowCount()):
                lock_item(t.item(r, COL_PRESENT), locked, Qt.ItemFlag.ItemIsUserCheckable)
                lock_item(t.item(r, COL_TEXT), locked)
                combo = t.cellWidget(r, COL_REASON)
                if combo is not None:
                    combo.setEnabled(not locked)
