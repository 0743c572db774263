"""Date fields of the UI kit, both promoted in Designer forms (header ``dangjian_desktop.ui.widgets.date_edit``).

``DateEdit`` — a required date: calendar pop-up, ``yyyy-MM-dd``, ``value()``/``setValue()`` in ``datetime.date``.
``OptionalDateEdit`` — a date that may be left empty (出生日期, 完成时限, 整改完成日期...): a check box says whether
the date is known, the date edit holds it; unchecked shows “未填写” and ``date()`` gives ``None``. This is the one
way to enter an optional date: no form pairs its own check box with a QDateEdit. With ``allow_month_only()`` a
second box “仅年月” lets a date be known only to its month (出生年月 1985.03): the edit then shows year and month
and ``date()`` gives a ``domain.dates.MonthDate``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.dates import MonthDate

_MIN = QDate(1900, 1, 1)
_MAX = QDate(2100, 12, 31)
EMPTY_TEXT = "未填写"


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class DateEdit(QDateEdit):
    """A required date with a calendar pop-up; ``value()`` is a ``datetime.date``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDateRange(_MIN, _MAX)
        self.setDate(to_qdate(clock.today()))

    def value(self) -> dt.date:
        return from_qdate(self.date())

    def setValue(self, value: dt.date) -> None:  # noqa: N802 - Qt naming
        self.setDate(to_qdate(value))

    def set_latest(self, value: dt.date | None) -> None:
        """No date after ``value`` (e.g. today for something already done); None lifts the limit."""
        self.setMaximumDate(to_qdate(value) if value else _MAX)


class OptionalDateEdit(QWidget):
    """``date()`` is a ``datetime.date`` or ``None``; ``dateChanged(object)`` fires on every change."""

    dateChanged = Signal(object)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.check = QCheckBox(self)
        self.check.setToolTip("勾选后填写日期；不勾选表示未填写")
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDateRange(_MIN, _MAX)
        self.edit.setMinimumWidth(140)
        self.month_check = QCheckBox("仅年月", self)
        self.month_check.setToolTip("只知道年和月时勾选（例如出生年月 1985.03），程序不会补上日子")
        self.month_check.setVisible(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.month_check)
        self.default_date = clock.today()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_toggled)
        self.edit.dateChanged.connect(self._on_edit_changed)
        self.month_check.toggled.connect(self._on_month_toggled)
        self._apply_empty(True)

    # -- API ----------------------------------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        d = from_qdate(self.edit.date())
        return MonthDate(d.year, d.month) if self.month_check.isChecked() else d

    def allow_month_only(self, allow: bool = True) -> None:
        self.month_check.setVisible(allow)

    def setDate(self, value: dt.date | None) -> None:  # noqa: N802 - Qt naming
        if value is None:
            self.check.setChecked(False)
            self._apply_empty(True)
        else:
            self.check.blockSignals(True)
            self.check.setChecked(True)
            self.check.blockSignals(False)
            self._apply_empty(False)
            self.edit.setDate(to_qdate(value))
        self.month_check.blockSignals(True)
        self.month_check.setChecked(isinstance(value, MonthDate))
        self.month_check.blockSignals(False)
        self._apply_format()
        self.dateChanged.emit(self.date())

    def set_latest(self, value: dt.date | None) -> None:
        """No date after ``value`` (e.g. today for a completion date); None lifts the limit."""
        self.edit.setMaximumDate(to_qdate(value) if value else _MAX)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        super().setAccessibleName(name)
        self.check.setAccessibleName(f"填写{name}")
        self.edit.setAccessibleName(name)

    def focus_field(self) -> None:
        (self.edit if self.check.isChecked() else self.check).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- internals ----------------------------------------------------------------------------------------------
    def _apply_empty(self, empty: bool) -> None:
        self.edit.blockSignals(True)
        if empty:
            self.edit.setSpecialValueText(EMPTY_TEXT)
            self.edit.setDate(_MIN)
            self.edit.setEnabled(False)
        else:
            self.edit.setSpecialValueText("")
            self.edit.setEnabled(True)
        self.edit.blockSignals(False)

    def _apply_format(self) -> None:
        self.edit.setDisplayFormat("yyyy-MM" if self.month_check.isChecked() else "yyyy-MM-dd")

    def _on_month_toggled(self, _checked: bool) -> None:
        self._apply_format()
        self.dateChanged.emit(self.date())

    def _on_toggled(self, checked: bool) -> None:
        self._apply_empty(not checked)
        if checked:
            self.edit.blockSignals(True)
            self.edit.setDate(to_qdate(self.default_date))
            self.edit.blockSignals(False)
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.dateChanged.emit(self.date())

    def _on_edit_changed(self, _q: QDate) -> None:
        if self.check.isChecked():
            self.dateChanged.emit(self.date())
