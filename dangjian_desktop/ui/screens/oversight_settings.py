"""设置 › 督导提醒 (headquarters): when 首页 names a branch — a package older than N days (45 by default), a term
ending within N months. Whether meetings were missed is each branch's own rules, not set here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dangjian_desktop.domain.enums import StoreMode
from dangjian_desktop.domain.oversight import OversightRules
from dangjian_desktop.ui.forms.ui_oversight_settings import Ui_OversightSettingsTab
from dangjian_desktop.ui.widgets.operations import call
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.wiring import set_enabled

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services


class OversightSettingsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.ui = build_form(self, Ui_OversightSettingsTab)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.resetButton.clicked.connect(lambda: self.load(OversightRules()))
        hq = services.branch.mode() is StoreMode.HEADQUARTERS
        if not hq:
            self.ui.hintLabel.setText("这些设置只在上级党委的数据中使用（汇总各党支部的数据包时提醒）。")
        set_enabled(hq and not services.store.read_only, self.ui.packageAgeSpin, self.ui.termSpin, self.ui.saveButton,
                    self.ui.resetButton)
        self.load(services.oversight.rules())

    def load(self, rules: OversightRules) -> None:
        self.ui.packageAgeSpin.setValue(rules.package_age_days)
        self.ui.termSpin.setValue(rules.term_warning_months)
        self.ui.savedLabel.setText("")

    def rules(self) -> OversightRules:
        return OversightRules(self.ui.packageAgeSpin.value(), self.ui.termSpin.value())

    def save(self) -> OversightRules | None:
        saved = call(self, lambda: self.services.oversight.save_rules(self.rules()), "无法保存")
        if saved is not None:
            self.ui.savedLabel.setText("已保存。首页按新的数字提醒。")
        return saved


def make(services: Services, window: QWidget) -> QWidget:
    return OversightSettingsTab(services, window)
