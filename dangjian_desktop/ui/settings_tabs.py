"""Tabs of the 设置 page after 支部信息: those the record kinds declare (``Feature.settings_tabs``,
dangjian_desktop.features), each ``(title, "module:function")`` of ``fn(services, window) -> QWidget``, imported
when the settings page is first opened, in declaration order."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dangjian_desktop import features

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

SettingsTabFactory = Callable[["Services", QWidget], QWidget]


def settings_tabs() -> list[tuple[str, str]]:
    return [tab for f in features.features() for tab in f.settings_tabs]
