"""Connecting a form's buttons to the screen's handlers by the screens' naming convention, and turning a group of a
form's widgets on or off together."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget


def connect_buttons(ui: object, owner: object, names: str) -> None:
    """Connect each named button's ``clicked`` to the owner's method of the same name in snake case: "newCase"
    connects ``ui.newCaseButton`` to ``owner.new_case``. A handler named otherwise, or one called with arguments,
    is connected by hand beside it. A misspelt name fails when the screen is built (AttributeError)."""
    for name in names.split():
        handler = getattr(owner, re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower())
        getattr(ui, f"{name}Button").clicked.connect(handler)


def set_enabled(enabled: bool, *widgets: QWidget) -> None:
    """Enable or disable every one of ``widgets`` (the buttons that act on a selected row, a form while locked…)."""
    for w in widgets:
        w.setEnabled(enabled)
