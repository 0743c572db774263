"""The pages of the left navigation: those the record kinds declare (``Feature.pages``, dangjian_desktop.features),
in their order. Each factory receives the Services container and passes on to the screen only the services it
needs; it is imported when the page is first shown (fast start-up).

A screen may implement, and the main window then enables the matching menu item:
``refresh()`` (called each time the page is shown), ``print_document()``, ``export_pdf()``, ``export_xlsx()``,
``open_record(kind, uuid)`` (a reminder on 首页 asks the page to show one record).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dangjian_desktop import features

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services


class PageSpec:
    """A page of the navigation and the factory of its screen. (A plain class: Python 3.11 compiles each generated
    method of a dataclass from source, ≈ 0.7 ms of a start for this one, made after PySide6's import hook.)"""

    __slots__ = ("key", "title", "icon", "factory")

    def __init__(self, key: str, title: str, icon: str, factory: Callable[[Services, QWidget], QWidget]):
        self.key = key
        self.title = title
        self.icon = icon
        self.factory = factory


def _lazy(path: str) -> Callable[[Services, QWidget], QWidget]:
    """A screen factory ``"module:function"`` imported when the page is first shown."""

    def make(services: Services, window: QWidget) -> QWidget:
        return features.load(path)(services, window)

    return make


def pages() -> list[PageSpec]:
    return [PageSpec(p.key, p.title, p.icon, _lazy(p.factory)) for p in features.pages()]


def page_keys() -> list[str]:
    return [p.key for p in features.pages()]


# -- the factories of the first wave's pages (a new record kind's page names its own) ------------------------------


def home_page(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.home_screen import HomeScreen

    # at start-up the main window paints 首页 first and reads its reminders just after (MainWindow.after_first_paint)
    return HomeScreen(services, window, later=bool(getattr(window, "first_paint_pending", False)))


def reports_page(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.reports_screen import ReportsScreen

    return ReportsScreen(services, window)


def members_page(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.members_screen import MembersScreen

    return MembersScreen(services.roster, services.branch, services.reports,
                         navigate=getattr(window, "show_page", None), drafts=services.drafts)


def settings_page(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.settings_screen import SettingsScreen

    return SettingsScreen(services, window)


def meetings_page(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.meetings_screen import make_screen

    return make_screen(services, window)


def pledges_page(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.pledges_screen import PledgesScreen

    return PledgesScreen(services.pledges)


def room_page(services: Services, window: QWidget) -> QWidget:
    from dangjian_desktop.ui.screens.room_screen import RoomScreen

    return RoomScreen(services.room)
