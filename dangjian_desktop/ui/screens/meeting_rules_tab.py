"""设置 → 会议规则: how often each meeting type is due (defaults from the 支部工作条例), editable per locality."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHeaderView, QSpinBox, QTableWidgetItem

from dangjian_desktop.domain.compliance import ComplianceRule, ComplianceRules, Period
from dangjian_desktop.domain.meetings import MeetingType
from dangjian_desktop.ui.forms.ui_meeting_rules_tab import Ui_MeetingRulesTab
from dangjian_desktop.ui.widgets.settings_tab import SavedLabelTab


class MeetingRulesTab(SavedLabelTab):
    form = Ui_MeetingRulesTab
    reset_question = "把会议规则恢复为《支部工作条例》的默认值？"

    def prepare(self) -> None:
        t = self.ui.rulesTable
        t.setColumnCount(4)
        t.setHorizontalHeaderLabels(["会议类型", "周期", "每期至少（次）", "按党小组分别计算"])
        t.verticalHeader().setVisible(False)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)

    def load(self, rules: ComplianceRules) -> None:
        t = self.ui.rulesTable
        t.setRowCount(len(rules.rules))
        for r, rule in enumerate(rules.rules):
            name = QTableWidgetItem(rule.type.value)
            name.setFlags(name.flags() & ~name.flags().ItemIsEditable)
            t.setItem(r, 0, name)
            period = QComboBox()
            for p in Period:
                period.addItem(p.value, p.value)
            period.setCurrentIndex(period.findData(rule.period.value))
            t.setCellWidget(r, 1, period)
            count = QSpinBox()
            count.setRange(1, 31)
            count.setValue(rule.count)
            t.setCellWidget(r, 2, count)
            per_group = QCheckBox()
            per_group.setChecked(rule.per_group)
            t.setCellWidget(r, 3, per_group)
        t.setColumnWidth(1, 130)
        t.setColumnWidth(2, 130)
        self.ui.secretarySpin.setValue(rules.secretary_lectures_per_year)
        self.ui.inactivitySpin.setValue(rules.inactivity_warning_days)
        self.ui.sinceEdit.setDate(rules.records_since)
        self.ui.savedLabel.setText("")

    def rules(self) -> ComplianceRules:
        t = self.ui.rulesTable
        out = []
        for r in range(t.rowCount()):
            out.append(ComplianceRule(MeetingType(t.item(r, 0).text()), Period(t.cellWidget(r, 1).currentData()),
                                      t.cellWidget(r, 2).value(), t.cellWidget(r, 3).isChecked()))
        return ComplianceRules(out, self.ui.secretarySpin.value(), self.ui.inactivitySpin.value(),
                               records_since=self.ui.sinceEdit.date())
