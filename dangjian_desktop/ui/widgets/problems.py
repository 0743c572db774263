"""A form's validation problems shown where they are: listed in its error label, the fields they name marked, the
first of these focused (``DomainError.problems``: ``(field, message)`` pairs)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QLabel, QWidget

INVALID = "border: 1px solid #B22222; background: #FFF5F5;"


def show_problems(label: QLabel, fields: Mapping[str, QWidget], problems: Sequence[tuple[str, str]],
                  message: str = "") -> None:
    """List ``problems`` (or ``message`` when there are none) in ``label`` and mark the fields they name."""
    clear_problems(label, fields)
    lines = [m for _, m in problems if m] or ([message] if message else [])
    label.setText("\n".join(f"• {m}" for m in lines))
    marked = [fields[f] for f, _ in problems if f in fields]
    for w in marked:
        w.setStyleSheet(INVALID)
    if marked:
        marked[0].setFocus()


def clear_problems(label: QLabel, fields: Mapping[str, QWidget]) -> None:
    label.setText("")
    for w in fields.values():
        w.setStyleSheet("")
