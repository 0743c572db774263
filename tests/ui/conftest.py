"""UI tests: no modal message box ever waits for a click. Each box that would have been shown is recorded in
``message_boxes`` (its title and text) and closed at once, as if the user pressed Esc."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown
