"""Tabs of the 设置 page. Each feature contributes ``(title, factory(services, window) -> QWidget)``.
The settings screen shows them in this order."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

SettingsTabFactory = Callable[["Services", QWidget], QWidget]

# (title, "module:function") — imported when the settings page is first opened
SETTINGS_TABS: list[tuple[str, str]] = [
    ("会议规则", "dangjian_desktop.ui.screens.meeting_rules_tab:make_tab"),
    ("党员承诺", "dangjian_desktop.ui.screens.pledge_settings:make"),
    ("数据交换", "dangjian_desktop.ui.screens.exchange_screen:settings_tab"),
    ("备份与恢复", "dangjian_desktop.ui.backups:make_tab"),
]
