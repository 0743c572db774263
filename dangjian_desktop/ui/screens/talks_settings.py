"""设置 › 谈心谈话: which pairs are expected to talk each year, the window before the 组织生活会, the reminder month."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dangjian_desktop.domain.talks import TalkRules
from dangjian_desktop.services.talks import TalkService
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.forms.ui_talks_settings import Ui_TalksSettings
from dangjian_desktop.ui.widgets.operations import attempt
from dangjian_desktop.ui.widgets.styling import repolish

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services


class TalksSettingsTab(QWidget):
    def __init__(self, talks: TalkService, parent: QWidget | None = None):
        super().__init__(parent)
        self.talks = talks
        self.ui = Ui_TalksSettings()
        self.ui.setupUi(self)
        self.ui.hintLabel.setProperty("role", "hint")
        self.ui.saveButton.setProperty("primary", True)
        repolish(self.ui.hintLabel, self.ui.saveButton)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.defaultsButton.clicked.connect(lambda: self.show_rules(TalkRules()))
        self.refresh()

    def refresh(self) -> None:
        self.show_rules(self.talks.rules())

    def show_rules(self, r: TalkRules) -> None:
        ui = self.ui
        ui.committeeCheck.setChecked(r.committee_pairs)
        ui.groupCheck.setChecked(r.group_pairs)
        ui.secretaryCheck.setChecked(r.secretary_with_all)
        ui.preSpin.setValue(r.pre_meeting_days)
        ui.remindSpin.setValue(r.remind_from_month)

    def rules(self) -> TalkRules:
        ui = self.ui
        return TalkRules(ui.committeeCheck.isChecked(), ui.groupCheck.isChecked(), ui.secretaryCheck.isChecked(),
                         ui.preSpin.value(), ui.remindSpin.value())

    def save(self) -> bool:
        rules = self.rules()
        if not attempt(self, lambda: self.talks.save_rules(rules), "无法保存"):
            return False
        self.refresh()
        messages.info(self, "已保存。")
        return True


def make_tab(services: Services, window: QWidget) -> QWidget:
    return TalksSettingsTab(services.talks)
