"""The pages of the left navigation, in order. Each factory receives the Services container and passes on to
the screen only the services it needs.

A screen may implement, and the main window then enables the matching menu item:
``refresh()`` (called each time the page is shown), ``print_document()``, ``export_pdf()``, ``export_xlsx()``,
``open_record(kind, uuid)`` (a reminder on 首页 asks the page to show one record).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str
    factory: Callable[[Services, QWidget], QWidget]


def _home(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.home_screen import HomeScreen

    return HomeScreen(services, window)


def _reports(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.reports_screen import ReportsScreen

    return ReportsScreen(services, window)


def _lazy(path: str) -> Callable[[Services, QWidget], QWidget]:
    """A screen factory ``"module:function"`` imported when the page is first shown (fast start-up)."""

    def make(services: Services, window: QWidget) -> QWidget:
        import importlib

        module, _, fn = path.partition(":")
        return getattr(importlib.import_module(module), fn)(services, window)

    return make


def _members(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.members_screen import MembersScreen

    return MembersScreen(services.roster, services.branch, services.reports,
                         navigate=getattr(window, "show_page", None), drafts=services.drafts)


def _settings(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.settings_screen import SettingsScreen

    return SettingsScreen(services, window)


def _meetings(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.meetings_screen import make_screen

    return make_screen(services, window)


def _pledges(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.pledges_screen import PledgesScreen

    return PledgesScreen(services.pledges)


def _room(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.room_screen import RoomScreen

    return RoomScreen(services.room)


PAGES: list[PageSpec] = [
    PageSpec("home", "首页", "home", _home),
    PageSpec("members", "党员", "members", _members),
    PageSpec("meetings", "会议", "meetings", _meetings),
    PageSpec("pledges", "承诺", "pledges", _pledges),
    PageSpec("room", "活动室", "room", _room),
    PageSpec("reports", "报表", "reports", _reports),
    PageSpec("exchange", "数据交换", "exchange", _lazy("dangjian_desktop.ui.screens.exchange_screen:make_screen")),
    PageSpec("settings", "设置", "settings", _settings),
]


def page_keys() -> list[str]:
    return [p.key for p in PAGES]
