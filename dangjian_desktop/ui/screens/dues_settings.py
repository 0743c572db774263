"""设置 › 党费: the numbers of the dues rules (tiers and rates, the fixed 0.2 元, the farmers' range, when to
remind), with the 2008 rules as defaults."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from dangjian_desktop.domain.dues import DuesRules, Tier
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.ui.forms.ui_dues_settings import Ui_DuesSettingsTab
from dangjian_desktop.ui.widgets.settings_tab import SavedLabelTab

ROWS = 5  # tiers a locality may use (empty rows are ignored)


def _number(text: str, what: str) -> Decimal:
    try:
        value = Decimal(text.strip().rstrip("%％元"))
    except InvalidOperation:
        raise ValidationError(f"{what}“{text}”不是数字") from None
    if not value.is_finite():
        raise ValidationError(f"{what}“{text}”不是数字")
    return value


class DuesSettingsTab(SavedLabelTab):
    form = Ui_DuesSettingsTab
    reset_question = "把党费规则恢复为《关于中国共产党党费收缴、使用和管理的规定》的默认值？"
    save_error = "无法保存"

    def prepare(self) -> None:
        ui = self.ui
        for t in (ui.employedTable, ui.retiredTable):
            t.setColumnCount(2)
            t.setRowCount(ROWS)
            t.setHorizontalHeaderLabels(["基数上限（元，含）", "比例（%）"])
            t.verticalHeader().setVisible(False)
            t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def load(self, rules: DuesRules) -> None:
        ui = self.ui
        for table, tiers in ((ui.employedTable, rules.employed), (ui.retiredTable, rules.retired)):
            for r in range(ROWS):
                tier = tiers[r] if r < len(tiers) else None
                upper = "" if tier is None or tier.upper is None else f"{tier.upper:f}"
                rate = "" if tier is None else f"{(tier.rate * 100).normalize():f}"
                table.setItem(r, 0, QTableWidgetItem(upper if tier else ""))
                table.setItem(r, 1, QTableWidgetItem(rate))
        ui.fixedEdit.setText(f"{rules.fixed_monthly:.2f}")
        ui.farmerMinEdit.setText(f"{rules.farmer_min:.2f}")
        ui.farmerMaxEdit.setText(f"{rules.farmer_max:.2f}")
        ui.arrearsSpin.setValue(rules.arrears_reminder_months)
        ui.lapseSpin.setValue(rules.lapse_months)
        ui.standardsMonthSpin.setValue(rules.standards_month)
        ui.savedLabel.setText("")

    def _tiers(self, table: QTableWidget, what: str) -> tuple[Tier, ...]:
        out = []
        for r in range(table.rowCount()):
            upper = (table.item(r, 0).text() if table.item(r, 0) else "").strip()
            rate = (table.item(r, 1).text() if table.item(r, 1) else "").strip()
            if not rate and not upper:
                continue
            if not rate:
                raise ValidationError(f"{what}第{r + 1}档：请填写比例")
            out.append(Tier(_number(upper, f"{what}基数上限") if upper else None, _number(rate, f"{what}比例") / 100))
        return tuple(out)

    def rules(self) -> DuesRules:
        ui = self.ui
        return DuesRules(
            employed=self._tiers(ui.employedTable, "在职党员"), retired=self._tiers(ui.retiredTable, "离退休党员"),
            fixed_monthly=_number(ui.fixedEdit.text(), "固定金额"), farmer_min=_number(ui.farmerMinEdit.text(), "最低金额"),
            farmer_max=_number(ui.farmerMaxEdit.text(), "最高金额"), arrears_reminder_months=ui.arrearsSpin.value(),
            lapse_months=ui.lapseSpin.value(), standards_month=ui.standardsMonthSpin.value())
