"""What 首页 shows: the branch at a glance and the year at a glance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the charts' and the reminders' modules are imported after 首页's first paint, by what makes them
    from dangjian_desktop.domain.charts import Chart
    from dangjian_desktop.domain.reminders import Reminder


@dataclass(frozen=True)
class Stat:
    """A headline figure, e.g. (“本月应开会议”, “3”, “已开 2，逾期 0”)."""

    label: str
    value: str
    note: str = ""
    warn: bool = False


@dataclass
class Glance:
    """The year at a glance: headline figures and charts, collected from every feature's provider."""

    year: int
    stats: list[Stat] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)


@dataclass
class BranchOverview:
    """The branch at a glance (党支部概况)."""

    name: str
    parent_committee: str
    total: int
    full: int
    probationary: int
    groups: list[tuple[str, int]]  # (党小组, members)
    committee: list[tuple[str, str]]  # (职务, 姓名)
    election_date: dt.date | None
    term_ends_on: dt.date | None
    term_years: int


@dataclass
class HomeData:
    """Everything 首页 shows, read in one go: ``state`` is "hq", "empty" or "branch"; the rest only for "branch"."""

    state: str
    today: dt.date
    hq_name: str = ""
    overview: BranchOverview | None = None
    reminders: list[Reminder] = field(default_factory=list)
    glance: Glance | None = None
