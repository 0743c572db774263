"""First start with an empty store: fill in the branch and its 支委会, try the demo branch, or set up a 上级党委 store.

The demo never goes into this (real) data folder: choosing it asks the window to open the demo folder instead
(services/demo.py, MainWindow.show_demo); the real folder stays empty until the user starts for real.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.ui import theme
from dangjian_desktop.ui.forms.ui_first_start_dialog import Ui_FirstStartDialog
from dangjian_desktop.ui.widgets.dialogs import Dialog
from dangjian_desktop.ui.widgets.operations import ServiceCall

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

log = logging.getLogger(__name__)

CHOICE, PROFILE, HQ, COMMITTEE = 0, 1, 2, 3


class FirstStartDialog(Dialog):
    """``choice`` is "profile", "demo" or "hq" after a successful finish, "" when put off."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.choice = ""
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        theme.polish_roles(self)
        ui = self.ui
        ui.profileForm.load(None)
        # the 支委会 is the second step: its part of the profile form moves to a page of its own
        ui.profileForm.set_committee_visible(True)
        ui.committeeHost.addWidget(ui.profileForm.ui.committeeGroup)
        for b in (ui.profileButton, ui.demoButton, ui.hqButton):
            b.setStyleSheet("text-align: left; padding-left: 16px; font-size: 12pt; min-height: 40px;")
        ui.profileButton.setProperty("primary", True)
        ui.finishButton.setProperty("primary", True)
        ui.profileButton.clicked.connect(lambda: self.go(PROFILE))
        ui.hqButton.clicked.connect(lambda: self.go(HQ))
        ui.demoButton.clicked.connect(self.use_demo)
        ui.backButton.clicked.connect(self.back)
        ui.laterButton.clicked.connect(self.reject)
        ui.finishButton.clicked.connect(self.finish)
        self.go(CHOICE)

    def go(self, page: int) -> None:
        ui = self.ui
        ui.stack.setCurrentIndex(page)
        ui.backButton.setVisible(page != CHOICE)
        ui.finishButton.setVisible(page != CHOICE)
        ui.finishButton.setText("下一步" if page == PROFILE else "完成")
        ui.laterButton.setText("跳过，以后再填" if page == COMMITTEE else "以后再说")
        ui.finishButton.setDefault(page != CHOICE)
        ui.profileButton.setDefault(page == CHOICE)
        if page == PROFILE:
            ui.profileForm.ui.nameEdit.setFocus()
        elif page == HQ:
            ui.hqNameEdit.setFocus()
        elif page == COMMITTEE:
            if not ui.profileForm.ui.committeeTable.rowCount():
                ui.profileForm.ui.addSeatButton.click()  # the first seat, 书记, ready to type
        else:
            ui.profileButton.setFocus()

    def back(self) -> None:
        self.go(PROFILE if self.ui.stack.currentIndex() == COMMITTEE else CHOICE)

    def save_shortcut(self) -> None:
        if self.ui.stack.currentIndex() != CHOICE:
            self.finish()

    def use_demo(self) -> bool:
        """Open the demo branch from its own folder (the window switches to it after this dialog)."""
        self.choice = "demo"
        self.accept()
        return True

    def _save_profile(self, error_label=None) -> bool:  # noqa: ANN001
        form = self.ui.profileForm

        def failed(exc: BaseException, text: str) -> None:
            if error_label is not None:
                error_label.setText(text)
            form.show_problems(exc.problems if isinstance(exc, ValidationError) else [], text)

        ok, _saved = ServiceCall(self, lambda: self.services.branch.save_profile(form.branch())).failure(failed).run()
        return ok

    def finish(self) -> bool:
        ui = self.ui
        page = ui.stack.currentIndex()
        if page == PROFILE:
            # the basic information first (the committee is the next step); saved now, so nothing typed is lost
            if not self._save_profile():
                return False
            meetings = self.services.meetings
            if meetings.rules().records_since is None:
                # the records start now: months before this one are not reported as missing meetings
                ServiceCall(self, lambda: meetings.set_records_since(clock.today().replace(day=1))).run()
            self.choice = "profile"
            self.go(COMMITTEE)
            return False
        if page == COMMITTEE:
            ui.committeeErrorLabel.setText("")
            if not self._save_profile(ui.committeeErrorLabel):
                return False
            self.choice = "profile"
        elif page == HQ:
            ok, _ = ServiceCall(self, lambda: self.services.branch.init_headquarters(ui.hqNameEdit.text())).failure(
                lambda _exc, text: (ui.hqErrorLabel.setText(text), ui.hqNameEdit.setFocus())).run()
            if not ok:
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
    if choice == "demo":
        show_demo = getattr(window, "show_demo", None)
        if callable(show_demo):
            show_demo()
        return
    refresh_all = getattr(window, "refresh_all", None)
    if callable(refresh_all):
        refresh_all()
    show_page = getattr(window, "show_page", None)
    if choice == "profile" and callable(show_page):
        show_page("members")  # next step: add or import the members
