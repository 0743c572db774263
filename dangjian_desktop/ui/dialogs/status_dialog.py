"""变更状态: 转出 / 去世 / 出党 / 停止党籍 / back to 在册, always with a date. Nothing is deleted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.enums import MemberStatus
from dangjian_desktop.domain.roster import Member
from dangjian_desktop.services.roster import RosterService
from dangjian_desktop.ui.forms.ui_status_dialog import Ui_StatusDialog
from dangjian_desktop.ui.widgets.date_edit import from_qdate, to_qdate
from dangjian_desktop.ui.widgets.dialogs import Dialog
from dangjian_desktop.ui.widgets.operations import ServiceCall
from dangjian_desktop.ui.widgets.styling import build_form


class StatusDialog(Dialog):
    def __init__(self, roster: RosterService, member: Member, parent: QWidget | None = None):
        super().__init__(parent)
        self.roster = roster
        self.member = member
        self.saved: Member | None = None
        self.ui = ui = build_form(self, Ui_StatusDialog)
        current = str(member.status)
        if member.status_date:
            current += f"（{member.status_date.isoformat()}）"
        ui.memberLabel.setText(f"{member.name}　目前状态：{current}")
        for s in MemberStatus:
            if s is not member.status:
                ui.statusCombo.addItem("恢复在册（转回本支部）" if s is MemberStatus.ACTIVE else s.value, s)
        today = clock.today()
        ui.dateEdit.setDateRange(QDate(1921, 7, 1), to_qdate(today + dt.timedelta(days=366)))
        ui.dateEdit.setDate(to_qdate(today))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("确定变更")
        ok.setProperty("primary", True)
        ok.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.statusCombo.setFocus()

    def save(self) -> bool:
        ui = self.ui
        assert self.member.uuid
        ok, self.saved = ServiceCall(self, lambda: self.roster.change_status(
            self.member.uuid, MemberStatus(ui.statusCombo.currentData()), from_qdate(ui.dateEdit.date()),
            ui.noteEdit.text())).failure(lambda _exc, text: ui.errorLabel.setText(text)).run()
        if ok:
            self.accept()
        return ok

    def save_shortcut(self) -> None:
        self.save()
