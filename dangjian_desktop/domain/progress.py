"""How a long action (a year's PDF, an import, an export, a backup) tells the window how far it is, without Qt.

A service that can report takes ``progress: Progress | None = None`` and calls ``progress(done, total, text)``
between units of work (pages, records, packages, rows): ``done`` of ``total`` drive a progress bar (``total`` 0:
unknown), ``text`` is what the user reads (「第 3 / 12 个数据包」). It calls it only where stopping is safe: the
callback may raise :class:`~dangjian_desktop.domain.errors.Cancelled` when the user pressed 取消, and the service
lets it propagate (its transaction rolls back, its temporary file is removed).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]


def no_progress(_done: int, _total: int, _text: str = "") -> None:
    """The default: nobody is watching."""


def counted(done: int, total: int, unit: str) -> str:
    """「第 3 / 12 页」: the text for unit ``done`` of ``total``."""
    return f"第 {done} / {total} {unit}"
