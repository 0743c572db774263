"""A page that is not built yet says what is coming (never an empty grey page)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from dangjian_desktop.ui.forms.ui_placeholder_screen import Ui_PlaceholderScreen


class PlaceholderScreen(QWidget):
    def __init__(self, title: str, message: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PlaceholderScreen()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(title)
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setProperty("role", "hint")

    def refresh(self) -> None:
        pass
