"""One 谈心谈话: who, when, where, what was said, the views raised and what follows. Saves through a callback in
``accept()`` (SavingDialog): a refused save keeps the dialog open with the reason."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.talks import Talk, TalkType
from dangjian_desktop.ui.dialogs.appraisal_dialogs import People, fill_people, picked
from dangjian_desktop.ui.forms.ui_talk_dialog import Ui_TalkDialog
from dangjian_desktop.ui.widgets.dialogs import SavingDialog


class TalkDialog(SavingDialog):
    def __init__(self, talk: Talk | None, people: People, save: Callable[[Talk], Talk],
                 parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent, form=Ui_TalkDialog(), save=save)
        today = today or clock.today()
        self.talk = copy.copy(talk) if talk else Talk(today, people[0][0] if people else "", "")
        ui, t = self.ui, self.talk
        ui.dateEdit.set_latest(today)
        ui.dateEdit.setValue(t.on)
        ui.placeEdit.setText(t.place)
        fill_people(ui.aCombo, people, t.a_name, t.a_uuid)
        fill_people(ui.bCombo, people, t.b_name, t.b_uuid)
        for k in TalkType:
            ui.kindCombo.addItem(k.value, k.value)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(t.kind.value)))
        ui.contentEdit.setPlainText(t.content)
        ui.viewsEdit.setPlainText(t.views)
        ui.followEdit.setPlainText(t.follow_up)
        self.setWindowTitle("修改谈话记录" if talk and talk.uuid else "登记谈心谈话")
        (ui.contentEdit if t.b_name else ui.bCombo).setFocus()

    def _save(self) -> Talk:
        ui, t = self.ui, self.talk
        t.on = ui.dateEdit.value()
        t.place = ui.placeEdit.text()
        t.a_name, t.a_uuid = picked(ui.aCombo)
        t.b_name, t.b_uuid = picked(ui.bCombo)
        t.kind = TalkType(ui.kindCombo.currentData())
        t.content, t.views, t.follow_up = (ui.contentEdit.toPlainText(), ui.viewsEdit.toPlainText(),
                                           ui.followEdit.toPlainText())
        return self.save_fn(t)
