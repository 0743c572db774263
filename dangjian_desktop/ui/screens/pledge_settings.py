"""设置 › 党员承诺: the editable lists of pledge categories and 评诺 grades."""

from __future__ import annotations

from dangjian_desktop.domain.pledges import DEFAULT_CATEGORIES, DEFAULT_GRADES
from dangjian_desktop.services.pledges import PledgeService
from dangjian_desktop.ui.forms.ui_pledge_settings import Ui_PledgeSettings
from dangjian_desktop.ui.widgets.settings_tab import MessageTab


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.splitlines() if x.strip()]


class PledgeSettingsTab(MessageTab):
    form = Ui_PledgeSettings
    svc: PledgeService

    def refresh(self) -> None:
        self.ui.categoriesEdit.setPlainText("\n".join(self.svc.categories()))
        self.ui.gradesEdit.setPlainText("\n".join(self.svc.grades()))

    def defaults(self) -> None:
        self.ui.categoriesEdit.setPlainText("\n".join(DEFAULT_CATEGORIES))
        self.ui.gradesEdit.setPlainText("\n".join(DEFAULT_GRADES))

    def store(self) -> None:
        self.svc.save_categories(_lines(self.ui.categoriesEdit.toPlainText()))
        self.svc.save_grades(_lines(self.ui.gradesEdit.toPlainText()))
