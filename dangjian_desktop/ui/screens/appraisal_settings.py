"""设置 › 民主评议: the 优秀 share, whether 预备党员 are graded, void ballots, the categories of opinions collected."""

from __future__ import annotations

from dangjian_desktop.domain.appraisal import AppraisalRules
from dangjian_desktop.domain.life_meeting import DEFAULT_OPINION_CATEGORIES
from dangjian_desktop.services.appraisal import AppraisalService
from dangjian_desktop.ui.forms.ui_appraisal_settings import Ui_AppraisalSettings
from dangjian_desktop.ui.widgets.settings_tab import MessageTab

SHARES = [((1, 3), "三分之一（默认）"), ((3, 10), "30%"), ((1, 4), "四分之一"), ((1, 5), "五分之一"),
          ((15, 100), "15%"), ((1, 1), "不限比例")]


class AppraisalSettingsTab(MessageTab):
    form = Ui_AppraisalSettings
    svc: AppraisalService

    def refresh(self) -> None:
        self.show_rules(self.svc.rules(), self.svc.opinion_categories())

    def show_rules(self, r: AppraisalRules, categories: tuple[str, ...]) -> None:
        combo = self.ui.shareCombo
        combo.clear()
        share = (r.excellent_numerator, r.excellent_denominator)
        for value, text in SHARES:
            combo.addItem(text, value)
        if share not in [v for v, _ in SHARES]:
            combo.addItem(r.share_text, share)
        combo.setCurrentIndex(max(0, [combo.itemData(i) for i in range(combo.count())].index(share)))
        self.ui.probationaryCheck.setChecked(r.probationary_graded)
        self.ui.voidCheck.setChecked(r.void_over_quota_ballots)
        self.ui.categoriesEdit.setPlainText("\n".join(categories))

    def defaults(self) -> None:
        self.show_rules(AppraisalRules(), DEFAULT_OPINION_CATEGORIES)

    def store(self) -> None:
        num, den = self.ui.shareCombo.currentData()
        rules = AppraisalRules(num, den, self.ui.probationaryCheck.isChecked(), self.ui.voidCheck.isChecked())
        self.svc.save_rules(rules)
        self.svc.save_opinion_categories(self.ui.categoriesEdit.toPlainText().splitlines())
