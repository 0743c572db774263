"""设置 › 学习学时: the yearly target (members, committee members, the secretary), the minutes of a 学时, the kinds of
meeting that count, and whether a part year counts for its months."""

from __future__ import annotations

import dataclasses

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from dangjian_desktop.domain.meetings import MeetingType
from dangjian_desktop.domain.study_hours import StudyRules
from dangjian_desktop.ui.forms.ui_study_rules_tab import Ui_StudyRulesTab
from dangjian_desktop.ui.widgets.settings_tab import RulesTab


class StudyRulesTab(RulesTab):
    form = Ui_StudyRulesTab
    fields: ClassVar[dict[str, str]] = {  # StudyRules' fields but the meeting types (a list of check boxes)
        "target_hours": "targetSpin", "committee_hours": "committeeSpin", "secretary_hours": "secretarySpin",
        "minutes_per_hour": "minutesSpin", "prorate": "prorateCheck"}

    def prepare(self) -> None:
        for t in MeetingType:
            item = QListWidgetItem(t.value)
            item.setData(Qt.ItemDataRole.UserRole, t.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.ui.typesList.addItem(item)

    def show_rules(self, r: StudyRules) -> None:
        super().show_rules(r)
        ui = self.ui
        for i in range(ui.typesList.count()):
            item = ui.typesList.item(i)
            on = MeetingType(item.data(Qt.ItemDataRole.UserRole)) in r.counted_types
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def rules(self) -> StudyRules:
        ui = self.ui
        types = tuple(MeetingType(ui.typesList.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(ui.typesList.count())
                      if ui.typesList.item(i).checkState() is Qt.CheckState.Checked)
        return dataclasses.replace(super().rules(), counted_types=types)
