"""First start with an empty store: fill in the branch, try the demo branch, or set up a 上级党委 store."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.ui import theme
from dangjian_desktop.ui.forms.ui_first_start_dialog import Ui_FirstStartDialog
from dangjian_desktop.ui.messages import error_text, show_error

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

log = logging.getLogger(__name__)

CHOICE, PROFILE, HQ = 0, 1, 2


class FirstStartDialog(QDialog):
    """``choice`` is "profile", "demo" or "hq" after a successful finish, "" when put off."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.choice = ""
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        theme.polish_roles(self)
        ui = self.ui
        ui.profileForm.set_committee_visible(False)
        ui.profileForm.load(None)
        for b in (ui.profileButton, ui.demoButton, ui.hqButton):
            b.setStyleSheet("text-align: left; padding-left: 16px; font-size: 12pt; min-height: 40px;")
        ui.profileButton.setProperty("primary", True)
        ui.finishButton.setProperty("primary", True)
        ui.profileButton.clicked.connect(lambda: self.go(PROFILE))
        ui.hqButton.clicked.connect(lambda: self.go(HQ))
        ui.demoButton.clicked.connect(self.use_demo)
        ui.backButton.clicked.connect(lambda: self.go(CHOICE))
        ui.laterButton.clicked.connect(self.reject)
        ui.finishButton.clicked.connect(self.finish)
        self.go(CHOICE)

    def go(self, page: int) -> None:
        ui = self.ui
        ui.stack.setCurrentIndex(page)
        ui.backButton.setVisible(page != CHOICE)
        ui.finishButton.setVisible(page != CHOICE)
        ui.finishButton.setDefault(page != CHOICE)
        ui.profileButton.setDefault(page == CHOICE)
        if page == PROFILE:
            ui.profileForm.ui.nameEdit.setFocus()
        elif page == HQ:
            ui.hqNameEdit.setFocus()
        else:
            ui.profileButton.setFocus()

    def use_demo(self) -> bool:
        from dangjian_desktop.services import demo

        try:
            demo.populate(self.services)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.choice = "demo"
        self.accept()
        return True

    def finish(self) -> bool:
        ui = self.ui
        page = ui.stack.currentIndex()
        if page == PROFILE:
            try:
                self.services.branch.save_profile(ui.profileForm.branch())
            except ValidationError as exc:
                ui.profileForm.show_problems(exc.problems, str(exc))
                return False
            except DomainError as exc:
                ui.profileForm.show_problems([], error_text(exc))
                return False
            self.choice = "profile"
        elif page == HQ:
            try:
                self.services.branch.init_headquarters(ui.hqNameEdit.text())
            except DomainError as exc:
                ui.hqErrorLabel.setText(error_text(exc))
                ui.hqNameEdit.setFocus()
                return False
            self.choice = "hq"
        else:
            return False
        self.accept()
        return True


def maybe_run_first_start(window: QWidget, services: Services) -> str:
    """Offer the first-start dialog when the store is empty; returns the choice made ("" if none)."""
    if services.store.read_only or not services.info.is_empty():
        return ""
    window.show()  # the dialog opens over the window, not alone on the desktop
    dlg = FirstStartDialog(services, window)
    dlg.exec()
    after_first_start(window, dlg.choice)
    return dlg.choice


def after_first_start(window: QWidget, choice: str) -> None:
    refresh_all = getattr(window, "refresh_all", None)
    if callable(refresh_all):
        refresh_all()
    show_page = getattr(window, "show_page", None)
    if choice == "profile" and callable(show_page):
        show_page("members")  # next step: add or import the members
