"""Small helpers for the theme's dynamic properties (role="title", primary=true...)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def repolish(*widgets: QWidget) -> None:
    """Apply the style sheet again after setting a style property: uic's setupUi has polished the widgets already
    (showing a tab page polishes its children), so a property set afterwards would otherwise be ignored."""
    for w in widgets:
        w.style().unpolish(w)
        w.style().polish(w)


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a theme role (hint, warning, error, title...; "" for none) and show it at once."""
    widget.setProperty("role", role)
    repolish(widget)
