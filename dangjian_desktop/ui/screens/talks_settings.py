"""设置 › 谈心谈话: which pairs are expected to talk each year, the window before the 组织生活会, the reminder month."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dangjian_desktop.domain.talks import TalkRules
from dangjian_desktop.services.talks import TalkService
from dangjian_desktop.ui.forms.ui_talks_settings import Ui_TalksSettings
from dangjian_desktop.ui.widgets.settings_tab import RulesTab

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services


class TalksSettingsTab(RulesTab):
    def __init__(self, talks: TalkService, parent: QWidget | None = None):
        super().__init__(talks, Ui_TalksSettings(), parent)
        self.refresh()

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


def make_tab(services: Services, window: QWidget) -> QWidget:
    return TalksSettingsTab(services.talks)
