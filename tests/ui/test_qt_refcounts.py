"""The Qt binding must not lose references to None/True/False: PySide6 6.12.0 on Python 3.11 dropped one reference
to None on every call of a method returning void, and a window used for a while then aborted ("none_dealloc").
pyproject.toml keeps that release out; this test fails if a version with such a fault comes back."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget, QTableWidgetItem

CALLS = 2000


def test_void_methods_keep_none_alive(qtbot):
    label, edit, table = QLabel(), QLineEdit(), QTableWidget(2, 2)
    for w in (label, edit, table):
        qtbot.addWidget(w)
    item = QTableWidgetItem("x")
    table.setItem(0, 0, item)
    flags = item.flags()
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText(str(i))
        edit.setText("a")
        item.setData(Qt.ItemDataRole.UserRole, i)
        item.setFlags(flags)
    assert sys.getrefcount(None) - before > -CALLS // 10


def test_bool_results_keep_true_and_false_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(CALLS):
        label.isEnabled()
        label.isVisible()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] - before[0] > -CALLS // 10 and after[1] - before[1] > -CALLS // 10
