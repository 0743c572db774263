"""A page's 今天: the day a test or the demo pinned it to (``self._today``), else the one clock's."""

from __future__ import annotations

import datetime as dt

from dangjian_desktop import clock


class PinnedToday:
    """Mixed in before QWidget; the page sets ``self._today`` (None: follow the clock)."""

    _today: dt.date | None = None

    @property
    def today(self) -> dt.date:
        return self._today or clock.today()
