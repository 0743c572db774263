"""设置 → 发展党员规则: the numbers of the 发展党员 rules (defaults from the 细则; 公示 days by local practice)."""

from __future__ import annotations

from typing import ClassVar

from dangjian_desktop.ui.forms.ui_development_rules_tab import Ui_DevelopmentRulesTab
from dangjian_desktop.ui.widgets.settings_tab import SavedLabelTab


class DevelopmentRulesTab(SavedLabelTab):
    form = Ui_DevelopmentRulesTab
    reset_question = "把发展党员规则恢复为《发展党员工作细则》的默认值？"
    fields: ClassVar[dict[str, str]] = {  # DevelopmentRules' fields
        "min_age": "ageSpin", "talk_months": "talkSpin", "activist_months": "activistSpin",
        "assessment_months": "assessmentSpin", "training_days": "trainingDaysSpin", "training_hours": "trainingHoursSpin",
        "approval_months": "approvalSpin", "probation_months": "probationSpin",
        "extension_min_months": "extensionMinSpin", "extension_max_months": "extensionMaxSpin",
        "publicity_workdays": "publicitySpin", "reminder_days": "reminderSpin",
        "full_member_on_probation_end": "fullDateCombo"}

    def prepare(self) -> None:
        self.ui.fullDateCombo.addItem("转正的支部党员大会日期", False)
        self.ui.fullDateCombo.addItem("预备期满之日", True)
