"""更正记录 of a finalised meeting: the list of dated corrections, and 登记更正 (the original stays as it was)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.meetings import AMENDABLE_FIELDS, Amendment, Meeting
from dangjian_desktop.ui.forms.ui_amendment_dialog import Ui_AmendmentDialog
from dangjian_desktop.ui.widgets.dialogs import SavingDialog

HEADERS = ["日期", "项目", "原内容", "更正为", "原因", "登记人"]


def setup_amendments_table(table: QTableWidget) -> None:
    table.setColumnCount(len(HEADERS))
    table.setHorizontalHeaderLabels(HEADERS)
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)


def fill_amendments_table(table: QTableWidget, amendments: list[Amendment]) -> None:
    table.setRowCount(len(amendments))
    for r, a in enumerate(amendments):
        for c, v in enumerate((a.made_on.isoformat(), a.field, a.old_value, a.new_value, a.reason, a.who)):
            table.setItem(r, c, QTableWidgetItem(v))
    table.resizeRowsToContents()


class AmendmentDialog(SavingDialog):
    """登记更正: field, the corrected text, reason, date and who registers it; the service keeps the original.
    ``result_meeting`` is the record with the correction after a successful save."""

    def __init__(self, meetings: Any, meeting: Meeting, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.meetings = meetings
        self.meeting = meeting
        self.result_meeting: Meeting | None = None
        self.set_form(Ui_AmendmentDialog(), "登记更正")
        ui = self.ui
        ui.fieldCombo.addItems(list(AMENDABLE_FIELDS))
        day = today or clock.today()
        ui.dateEdit.setValue(day)
        ui.dateEdit.setMinimumDate(ui.dateEdit.date().addYears(-100))
        audit = getattr(meetings, "audit", None)
        ui.whoEdit.setText(audit.operator() if audit is not None else "")
        ui.fieldCombo.currentTextChanged.connect(self._field_changed)
        self._field_changed(ui.fieldCombo.currentText())
        ui.newEdit.setFocus()

    def _field_changed(self, field: str) -> None:
        current = self.meetings.current_value(self.meeting, field)
        self.ui.oldEdit.setPlainText(current)
        self.ui.newEdit.setPlainText(current)

    def _save(self) -> Meeting:
        ui = self.ui
        self.result_meeting = self.meetings.amend(self.meeting.uuid, ui.fieldCombo.currentText(),
                                                  ui.newEdit.toPlainText(), ui.reasonEdit.text(),
                                                  ui.dateEdit.value(), who=ui.whoEdit.text())
        return self.result_meeting
