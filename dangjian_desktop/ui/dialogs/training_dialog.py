"""登记其他学习: a member's study outside the branch's meetings (上级组织的培训班、网络学习…) with its 学时."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.roster import Member
from dangjian_desktop.domain.study_hours import TRAINING_KINDS, Training, parse_hours
from dangjian_desktop.ui.forms.ui_training_dialog import Ui_TrainingDialog
from dangjian_desktop.ui.widgets.dialogs import SavingDialog


class TrainingDialog(SavingDialog):
    def __init__(self, members: Sequence[Member], training: Training | None, save: Callable[[Training], Training],
                 parent: QWidget | None = None, member_uuid: str | None = None, today: dt.date | None = None):
        super().__init__(parent, form=Ui_TrainingDialog(), save=save)
        self.training = training
        today = today or clock.today()
        ui = self.ui
        for m in members:
            ui.memberCombo.addItem(f"{m.name}（{m.group_name}）" if m.group_name else m.name, m.uuid)
        chosen = training.member_uuid if training else member_uuid
        if chosen and ui.memberCombo.findData(chosen) < 0 and training:
            ui.memberCombo.addItem(training.member_name, chosen)
        ui.memberCombo.setCurrentIndex(max(0, ui.memberCombo.findData(chosen)) if chosen else 0)
        ui.kindCombo.addItems(list(TRAINING_KINDS))
        ui.dateEdit.set_latest(today)
        t = training
        ui.dateEdit.setValue(t.on if t else today)
        ui.kindCombo.setCurrentText(t.kind if t else TRAINING_KINDS[0])
        ui.titleEdit.setText(t.title if t else "")
        ui.organiserEdit.setText(t.organiser if t else "")
        ui.hoursEdit.setText(f"{t.tenths / 10:g}" if t else "")
        ui.noteEdit.setText(t.note if t else "")
        self.setWindowTitle("修改其他学习" if t else "登记其他学习")
        ui.titleEdit.setFocus()

    def _save(self) -> Training:
        ui = self.ui
        try:
            tenths = parse_hours(ui.hoursEdit.text())
        except ValueError:
            raise ValidationError("学时请填写大于0的数字，最多一位小数，例如 8 或 2.5。") from None
        t = Training(ui.memberCombo.currentData(), "", ui.dateEdit.value(), ui.titleEdit.text(), tenths,
                     ui.kindCombo.currentText(), ui.organiserEdit.text(), ui.noteEdit.text(),
                     self.training.uuid if self.training else None)
        return self.save_fn(t)
