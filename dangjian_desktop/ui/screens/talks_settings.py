"""设置 › 谈心谈话: which pairs are expected to talk each year, the window before the 组织生活会, the reminder month."""

from __future__ import annotations

from typing import ClassVar

from dangjian_desktop.ui.forms.ui_talks_settings import Ui_TalksSettings
from dangjian_desktop.ui.widgets.settings_tab import RulesTab


class TalksSettingsTab(RulesTab):
    form = Ui_TalksSettings
    fields: ClassVar[dict[str, str]] = {  # TalkRules' fields
        "committee_pairs": "committeeCheck", "group_pairs": "groupCheck", "secretary_with_all": "secretaryCheck",
        "pre_meeting_days": "preSpin", "remind_from_month": "remindSpin"}
