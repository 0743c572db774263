"""设置 → 发展党员规则: the numbers of the 发展党员 rules (defaults from the 细则; 公示 days by local practice)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dangjian_desktop.domain.development import DevelopmentRules
from dangjian_desktop.ui.forms.ui_development_rules_tab import Ui_DevelopmentRulesTab
from dangjian_desktop.ui.widgets.settings_tab import SavedLabelTab

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.services.development import DevelopmentService


class DevelopmentRulesTab(SavedLabelTab):
    reset_question = "把发展党员规则恢复为《发展党员工作细则》的默认值？"

    def __init__(self, svc: DevelopmentService, parent: QWidget | None = None):
        super().__init__(svc, Ui_DevelopmentRulesTab(), parent)
        self.ui.fullDateCombo.addItem("转正的支部党员大会日期", False)
        self.ui.fullDateCombo.addItem("预备期满之日", True)
        self.load(svc.rules())

    def load(self, r: DevelopmentRules) -> None:
        ui = self.ui
        ui.ageSpin.setValue(r.min_age)
        ui.talkSpin.setValue(r.talk_months)
        ui.activistSpin.setValue(r.activist_months)
        ui.assessmentSpin.setValue(r.assessment_months)
        ui.trainingDaysSpin.setValue(r.training_days)
        ui.trainingHoursSpin.setValue(r.training_hours)
        ui.approvalSpin.setValue(r.approval_months)
        ui.probationSpin.setValue(r.probation_months)
        ui.extensionMinSpin.setValue(r.extension_min_months)
        ui.extensionMaxSpin.setValue(r.extension_max_months)
        ui.publicitySpin.setValue(r.publicity_workdays)
        ui.reminderSpin.setValue(r.reminder_days)
        ui.fullDateCombo.setCurrentIndex(1 if r.full_member_on_probation_end else 0)
        ui.savedLabel.setText("")

    def rules(self) -> DevelopmentRules:
        ui = self.ui
        return DevelopmentRules(
            min_age=ui.ageSpin.value(), talk_months=ui.talkSpin.value(), activist_months=ui.activistSpin.value(),
            assessment_months=ui.assessmentSpin.value(), training_days=ui.trainingDaysSpin.value(),
            training_hours=ui.trainingHoursSpin.value(), approval_months=ui.approvalSpin.value(),
            probation_months=ui.probationSpin.value(), extension_min_months=ui.extensionMinSpin.value(),
            extension_max_months=ui.extensionMaxSpin.value(), publicity_workdays=ui.publicitySpin.value(),
            reminder_days=ui.reminderSpin.value(), full_member_on_probation_end=bool(ui.fullDateCombo.currentData()))


def make_tab(services: Services, window: QWidget) -> QWidget:
    return DevelopmentRulesTab(services.development)
