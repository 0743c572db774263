"""Autosave.watch hears an edit in every kind of input a form has, and refuses a widget it cannot hear."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QTimeEdit,
)

from dangjian_desktop.ui import autosave
from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit


def _combo(parent: QDialog, editable: bool) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItems(["甲", "乙"])
    combo.setEditable(editable)
    return combo


def _table(parent: QDialog) -> QTableWidget:
    table = QTableWidget(1, 1, parent)
    table.setItem(0, 0, QTableWidgetItem("旧"))
    return table


EDITS = [
    ("line", lambda d: QLineEdit(d), lambda w, qtbot: qtbot.keyClicks(w, "a")),
    ("plain text", lambda d: QPlainTextEdit(d), lambda w, qtbot: w.setPlainText("新")),
    ("rich text", lambda d: QTextEdit(d), lambda w, qtbot: w.setPlainText("新")),
    ("combo, chosen", lambda d: _combo(d, False), lambda w, qtbot: w.setCurrentIndex(1)),
    ("combo, typed", lambda d: _combo(d, True), lambda w, qtbot: w.setEditText("丙")),
    ("date", lambda d: QDateEdit(QDate(2026, 1, 1), d), lambda w, qtbot: w.setDate(QDate(2026, 1, 2))),
    ("time", lambda d: QTimeEdit(QTime(9, 0), d), lambda w, qtbot: w.setTime(QTime(9, 30))),
    ("spin", lambda d: QSpinBox(d), lambda w, qtbot: w.setValue(3)),
    ("double spin", lambda d: QDoubleSpinBox(d), lambda w, qtbot: w.setValue(1.5)),
    ("check box", lambda d: QCheckBox(d), lambda w, qtbot: w.setChecked(True)),
    ("radio button", lambda d: QRadioButton(d), lambda w, qtbot: w.setChecked(True)),
    ("table cell", _table, lambda w, qtbot: w.item(0, 0).setText("新")),
    ("optional date", lambda d: OptionalDateEdit(d), lambda w, qtbot: w.setDate(dt.date(2026, 3, 1))),
]


@pytest.mark.parametrize(("kind", "make", "edit"), EDITS, ids=[e[0] for e in EDITS])
def test_an_edit_of_each_kind_of_input_marks_the_form_dirty(qtbot, kind, make, edit):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    widget = make(dialog)
    saver = autosave.Autosave(None, "test:watch", "测试", dict, dialog, interval_ms=60_000)  # never writes
    saver.watch(widget)
    assert not saver.dirty
    edit(widget, qtbot)
    assert saver.dirty


def test_a_widget_that_cannot_be_edited_is_refused(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    saver = autosave.Autosave(None, "test:watch", "测试", dict, dialog)
    with pytest.raises(TypeError, match="QLabel"):
        saver.watch(QLabel("不是输入框", dialog))
