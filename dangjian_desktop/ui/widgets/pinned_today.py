"""A page's 今天: the day a test or the demo pinned it to (``self._today``), else the one clock's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dangjian_desktop import clock

if TYPE_CHECKING:  # names of annotations only: see ui/main_window.py on PySide6's import hook
    import datetime as dt

    from dangjian_desktop.services.container import Services


class PinnedToday:
    """Mixed in before QWidget; the page sets ``self._today`` (None: follow the clock)."""

    _today: dt.date | None = None

    @property
    def today(self) -> dt.date:
        return self._today or clock.today()


class ServicesPage(PinnedToday, QWidget):
    """A page over the whole services container (首页, 学习, 换届选举, the 上级党委's overview); ``window``: the
    main window it opens records and pages in."""

    def __init__(self, services: Services, window: QWidget | None = None, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.services = services
        self.window_ = window
        self._today = today
