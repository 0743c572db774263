"""What 首页 shows: the branch at a glance and the year at a glance.

Named tuples, not dataclasses: 首页's first paint makes a HomeData, and Python 3.11 compiles every generated method of
a dataclass from source at import (≈ 1.5 ms of a start for these four).
"""

# no ``from __future__ import annotations`` here: a named tuple's field annotations written as text are each made a
# typing.ForwardRef, which compiles its text (≈ 0.1 M instructions a field, 23 here at start-up); as the types
# themselves they cost nothing. Names of later or not yet imported classes are written as text.
import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # the charts' and the reminders' modules are imported after 首页's first paint, by what makes them
    from dangjian_desktop.domain.charts import Chart
    from dangjian_desktop.domain.reminders import Reminder


class Stat(NamedTuple):
    """A headline figure, e.g. (“本月应开会议”, “3”, “已开 2，逾期 0”)."""

    label: str
    value: str
    note: str = ""
    warn: bool = False


class _GlanceFields(NamedTuple):
    year: int
    stats: list[Stat]
    charts: list["Chart"]


class Glance(_GlanceFields):
    """The year at a glance: headline figures and charts, collected from every feature's provider (each appends
    to ``stats`` and ``charts``, new lists unless given)."""

    __slots__ = ()

    def __new__(cls, year: int, stats: list[Stat] | None = None, charts: list["Chart"] | None = None) -> "Glance":
        return super().__new__(cls, year, [] if stats is None else stats, [] if charts is None else charts)


class BranchOverview(NamedTuple):
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


class _HomeDataFields(NamedTuple):
    state: str
    today: dt.date
    hq_name: str
    overview: BranchOverview | None
    reminders: list["Reminder"]
    glance: Glance | None


class HomeData(_HomeDataFields):
    """Everything 首页 shows, read in one go: ``state`` is "hq", "empty" or "branch"; the rest only for "branch"
    (``reminders`` a new list unless given)."""

    __slots__ = ()

    def __new__(cls, state: str, today: dt.date, hq_name: str = "", overview: BranchOverview | None = None,
                reminders: list["Reminder"] | None = None, glance: Glance | None = None) -> "HomeData":
        return super().__new__(cls, state, today, hq_name, overview, [] if reminders is None else reminders, glance)
