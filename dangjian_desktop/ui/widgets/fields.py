"""A record's fields shown in and read back from a form's widgets by one map, ``{"field": "widgetName"}``, so that a
dialog or a 设置 tab writes only what is special (a value converted, a widget filled by hand)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit


def show_fields(ui: Any, fields: dict[str, str], values: Any) -> None:
    """Show each field of ``values`` in the widget of ``ui`` that ``fields`` names for it, in the map's order: a
    check box is checked, an editable combo box shows the text, another the item whose data is the value, a line or
    plain text edit the text, an optional date its date or 未填写, a spin box or ``DateEdit`` the value."""
    for name, widget_name in fields.items():
        widget, value = getattr(ui, widget_name), getattr(values, name)
        if isinstance(widget, QAbstractButton):
            widget.setChecked(value)
        elif isinstance(widget, QComboBox) and widget.isEditable():
            widget.setCurrentText(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, OptionalDateEdit):
            widget.setDate(value)
        else:
            widget.setValue(value)


def read_fields(ui: Any, fields: dict[str, str]) -> dict[str, Any]:
    """The values :func:`show_fields` shows, as the widgets now hold them, by field name."""
    out: dict[str, Any] = {}
    for name, widget_name in fields.items():
        widget = getattr(ui, widget_name)
        if isinstance(widget, QAbstractButton):
            out[name] = widget.isChecked()
        elif isinstance(widget, QComboBox) and widget.isEditable():
            out[name] = widget.currentText()
        elif isinstance(widget, QComboBox):
            out[name] = widget.currentData()
        elif isinstance(widget, QLineEdit):
            out[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            out[name] = widget.toPlainText()
        elif isinstance(widget, OptionalDateEdit):
            out[name] = widget.date()
        else:
            out[name] = widget.value()
    return out
