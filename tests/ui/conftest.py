"""UI tests: no modal message box ever waits for a click. Each box that would have been shown is recorded in
``message_boxes`` (its title and text) and closed at once, as if the user pressed Esc. A test that wants to see
the messages themselves asks for ``boxes``; one that prints asks for ``previews``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dangjian_desktop.ui import messages


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict:
    """The window's messages (ui/messages.py) recorded instead of shown: ``error`` (their text), ``info``, and
    ``confirm`` (the questions asked). Questions are answered with ``boxes["yes"]``: yes unless a test says no."""
    seen: dict = {"error": [], "info": [], "confirm": [], "yes": True}
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": seen["error"].append(
        exc if isinstance(exc, str) else messages.error_text(exc)))
    monkeypatch.setattr(messages, "info", lambda parent, text, title="": seen["info"].append(text))
    monkeypatch.setattr(messages, "confirm", lambda parent, text, *args, **kwargs: seen["confirm"].append(text)
                        or seen["yes"])
    return seen


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """``make_and_preview`` would open a modal preview: make the PDF in ``tmp_path`` and keep its path."""
    import dangjian_desktop.ui.printing as printing

    made: list[Path] = []
    monkeypatch.setattr(printing, "make_and_preview",
                        lambda parent, title, make_pdf, suggested_name: made.append(make_pdf(tmp_path / suggested_name)))
    return made


@pytest.fixture
def main_window(qtbot):  # noqa: ANN001, ANN201
    """Opens the whole window on some services at a screen's size: ``main_window(services, 1366, 728)``."""
    from dangjian_desktop.ui.main_window import MainWindow

    def open_(services, width: int, height: int) -> MainWindow:  # noqa: ANN001
        win = MainWindow(services)
        qtbot.addWidget(win)
        win.resize(width, height)
        return win

    return open_
