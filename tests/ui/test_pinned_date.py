"""A window on a pinned date (training, tests) says so in its status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from dangjian_desktop import clock
from dangjian_desktop.ui.main_window import MainWindow


def test_status_bar_shows_the_pinned_date(qtbot, services, monkeypatch):
    monkeypatch.setenv(clock.ENV, "2027-01-01")
    w = MainWindow(services)
    qtbot.addWidget(w)
    label = w.statusBar().findChild(QLabel, "pinnedDateLabel")
    assert label is not None and label.text() == "演示日期 2027-01-01"


def test_no_marker_on_the_real_calendar(qtbot, services, monkeypatch):
    monkeypatch.setenv(clock.ENV, "real")
    w = MainWindow(services)
    qtbot.addWidget(w)
    assert w.statusBar().findChild(QLabel, "pinnedDateLabel") is None
