"""设置 › 党员承诺: the editable lists of pledge categories and 评诺 grades."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dangjian_desktop.domain.pledges import DEFAULT_CATEGORIES, DEFAULT_GRADES
from dangjian_desktop.services.pledges import PledgeService
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.forms.ui_pledge_settings import Ui_PledgeSettings
from dangjian_desktop.ui.widgets.operations import attempt
from dangjian_desktop.ui.widgets.styling import repolish

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.splitlines() if x.strip()]


class PledgeSettingsTab(QWidget):
    def __init__(self, pledges: PledgeService, parent: QWidget | None = None):
        super().__init__(parent)
        self.pledges = pledges
        self.ui = Ui_PledgeSettings()
        self.ui.setupUi(self)
        self.ui.hintLabel.setProperty("role", "hint")
        self.ui.saveButton.setProperty("primary", True)
        repolish(self.ui.hintLabel, self.ui.saveButton)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.defaultsButton.clicked.connect(self.defaults)
        self.refresh()

    def refresh(self) -> None:
        self.ui.categoriesEdit.setPlainText("\n".join(self.pledges.categories()))
        self.ui.gradesEdit.setPlainText("\n".join(self.pledges.grades()))

    def defaults(self) -> None:
        self.ui.categoriesEdit.setPlainText("\n".join(DEFAULT_CATEGORIES))
        self.ui.gradesEdit.setPlainText("\n".join(DEFAULT_GRADES))

    def save(self) -> bool:
        def save() -> None:
            self.pledges.save_categories(_lines(self.ui.categoriesEdit.toPlainText()))
            self.pledges.save_grades(_lines(self.ui.gradesEdit.toPlainText()))

        if not attempt(self, save, "无法保存"):
            return False
        self.refresh()
        messages.info(self, "已保存。")
        return True


def make(services: Services, window: QWidget) -> QWidget:
    return PledgeSettingsTab(services.pledges)
