"""Tabs of the 设置 page after 支部信息: those the record kinds declare (``Feature.settings_tabs``,
dangjian_desktop.features), each ``(title, "module:name")``, imported when the settings page is first opened, in
declaration order. ``name`` is a settings-tab class (ui/widgets/settings_tab.py), built over the kind's own service
(``services.<key>``), or, for a tab that needs more, a function ``fn(services, window) -> QWidget``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QWidget

from dangjian_desktop import features

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

SettingsTabFactory = Callable[["Services", QWidget], QWidget]


class SettingsTab(NamedTuple):
    title: str
    path: str  # "module:name" of a settings-tab class or of a factory
    kind: str  # the record kind that declares it (a class is built over ``services.<kind>``)


def settings_tabs() -> list[SettingsTab]:
    return [SettingsTab(title, path, f.key) for f in features.features() for title, path in f.settings_tabs]


def build_tab(tab: SettingsTab, services: Services, window: QWidget) -> QWidget:
    made = features.load(tab.path)
    if isinstance(made, type):
        return made(getattr(services, tab.kind))
    return made(services, window)
