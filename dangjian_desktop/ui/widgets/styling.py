"""Small helpers for the theme's dynamic properties (role="title", primary=true...)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

F = TypeVar("F")


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


def style_page(*, title: tuple[QWidget, ...] = (), hint: tuple[QWidget, ...] = (),
               warning: tuple[QWidget, ...] = (), primary: tuple[QWidget, ...] = ()) -> None:
    """Give a page's labels their theme roles and its main buttons the primary look, shown at once (a compiled
    form's widgets are polished already, see :func:`repolish`)."""
    for role, widgets in (("title", title), ("hint", hint), ("warning", warning)):
        for w in widgets:
            w.setProperty("role", role)
    for b in primary:
        b.setProperty("primary", True)
    repolish(*title, *hint, *warning, *primary)


def build_form(widget: QWidget, form: Callable[[], F]) -> F:
    """Build a compiled form (``Ui_X`` from forms/x.ui) on ``widget`` and return it, the theme roles and primary
    buttons the form gives its widgets (``role``/``primary`` properties) shown at once:
    ``self.ui = ui = build_form(self, Ui_X)``."""
    ui: Any = form()
    ui.setupUi(widget)
    polish_form(widget)
    return ui


def polish_form(widget: QWidget) -> None:
    """Show at once the theme roles and primary buttons a compiled form gives the widgets it built on ``widget``."""
    repolish(*(w for w in widget.findChildren(QWidget) if w.property("role") is not None or w.property("primary")))
