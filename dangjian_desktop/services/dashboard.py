"""首页: the branch at a glance and the year at a glance, collected from every feature.

A record kind's ``glance`` (``dangjian_desktop.features``) is ``"module:function"`` of
``fn(services, year, today) -> Glance`` (only ``stats`` and ``charts`` are read). Reminders come from
services/reminders.py.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from typing import TYPE_CHECKING

from dangjian_desktop import clock, features
from dangjian_desktop.domain.dashboard import BranchOverview, Glance, HomeData, Stat
from dangjian_desktop.domain.enums import MemberCategory, StoreMode
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.services.snapshot import read_snapshot

if TYPE_CHECKING:
    from dangjian_desktop.domain.reminders import Reminder
    from dangjian_desktop.services.container import Services

log = logging.getLogger(__name__)



def glance_providers() -> list[str]:
    return features.paths("glance")


def import_providers() -> None:
    """Import every module 首页 reads from (glance and reminder providers) now rather than on the first refresh.

    app.py calls this before it imports Qt: PySide6 reads the source of each module imported after it (to see
    whether it uses PySide6 "features"), ~0.1 ms a module, and none of these use Qt.
    """
    from dangjian_desktop.services.reminders import providers

    for path in (*glance_providers(), *providers()):
        module = path.partition(":")[0]
        try:
            importlib.import_module(module)
        except Exception:  # a broken provider is logged (and left out) when 首页 asks for it
            log.debug("could not import %s ahead of 首页", module, exc_info=True)


def state(services: Services) -> str:
    """What 首页 should show: ``"hq"`` (上级党委 store), ``"empty"`` (no branch yet) or ``"branch"``."""
    if services.branch.mode() is StoreMode.HEADQUARTERS:
        return "hq"
    return "branch" if services.branch.profile() is not None else "empty"


def home(services: Services, today: dt.date | None = None) -> HomeData:
    """All of 首页 in one read of the store: the branch, the reminders and the year at a glance.

    The providers each ask for the branch profile, the roster, the meeting rules…: inside one
    :func:`~dangjian_desktop.services.snapshot.read_snapshot` each of those is read once.
    """
    today = today or clock.today()
    with read_snapshot():
        data = home_first(services, today)
        if data.state == "branch":
            reminders, glance = home_rest(services, today)
            data = data._replace(reminders=reminders, glance=glance)
        return data


def home_first(services: Services, today: dt.date | None = None) -> HomeData:
    """What 首页 shows first, cheaply (a few queries, no record kind's module imported): the state and the
    branch at a glance; ``reminders`` empty and ``glance`` None. :func:`home_rest` reads the rest."""
    today = today or clock.today()
    with read_snapshot():
        st = state(services)
        if st == "hq":
            return HomeData(st, today, hq_name=services.branch.hq_name())
        if st == "empty":
            return HomeData(st, today)
        return HomeData(st, today, overview=overview(services))


def home_rest(services: Services, today: dt.date | None = None) -> tuple[list[Reminder], Glance]:
    """The reminders and the year at a glance of a branch store: every record kind's providers (the costly half
    of 首页, which the window reads on its thread pool after the first paint at start-up)."""
    from dangjian_desktop.services.reminders import all_reminders

    today = today or clock.today()
    with read_snapshot():
        return all_reminders(services, today), year_glance(services, today.year, today)


def overview(services: Services) -> BranchOverview | None:
    b = services.branch.profile()
    if b is None:
        return None
    members = services.roster.members(MemberFilter())
    full = sum(1 for m in members if m.category is MemberCategory.FULL)
    counts: dict[str | None, int] = {}
    for m in members:
        counts[m.group_uuid] = counts.get(m.group_uuid, 0) + 1
    return BranchOverview(
        name=b.name, parent_committee=b.parent_committee, total=len(members), full=full,
        probationary=len(members) - full,
        groups=[(g.name, counts.get(g.uuid, 0)) for g in services.branch.groups()],
        committee=[(s.role.value + (f"（{s.duty}）" if s.duty and len(s.duty) <= 6 else ""), s.name)
                   for s in b.committee],
        election_date=b.election_date, term_ends_on=b.term_ends_on, term_years=b.term_years,
    )


def roster_glance(services: Services, year: int, today: dt.date) -> Glance:
    from dangjian_desktop.domain.charts import BarChart, Progress, Series  # after 首页's first paint

    groups = services.branch.groups()
    members = services.roster.members(MemberFilter())
    g = Glance(year)
    if not members:
        return g
    names = [x.name for x in groups]
    full = [sum(1 for m in members if m.group_uuid == x.uuid and m.category is MemberCategory.FULL) for x in groups]
    prob = [sum(1 for m in members if m.group_uuid == x.uuid and m.category is MemberCategory.PROBATIONARY)
            for x in groups]
    if any(m.group_uuid is None for m in members):
        names.append("未分组")
        full.append(sum(1 for m in members if m.group_uuid is None and m.category is MemberCategory.FULL))
        prob.append(sum(1 for m in members if m.group_uuid is None and m.category is MemberCategory.PROBATIONARY))
    g.charts.append(BarChart("各党小组党员人数", tuple(_short_group(n) for n in names),
                             (Series("正式党员", tuple(map(float, full))), Series("预备党员", tuple(map(float, prob)))),
                             unit="人", key="groups"))
    b = services.branch.profile()
    if b and b.election_date and b.term_ends_on:
        total = (b.term_ends_on - b.election_date).days
        done = max(0, min(total, (today - b.election_date).days))
        g.charts.append(Progress("本届支委会任期", float(done), float(total), unit="天",
                                 note=f"{b.term_ends_on:%Y年%m月%d日}届满", key="term"))
    joined = sum(1 for m in services.roster.members(MemberFilter(include_inactive=True))
                 if m.joined_party_on and m.joined_party_on.year == year)
    g.stats.append(Stat("在册党员", str(len(members)), f"正式{sum(full)}　预备{sum(prob)}"))
    g.stats.append(Stat(f"{year}年新发展党员", str(joined)))
    return g


def year_glance(services: Services, year: int | None = None, today: dt.date | None = None) -> Glance:
    """The year at a glance from every provider; one that fails is logged and left out."""
    today = today or clock.today()
    year = year or today.year
    out = Glance(year)
    with read_snapshot():  # the providers share one read of the profile, roster, rules… (services/snapshot.py)
        for path in glance_providers():
            try:
                part = features.load(path)(services, year, today)
            except Exception:
                log.exception("glance provider %s failed", path)
                continue
            out.stats.extend(part.stats)
            out.charts.extend(part.charts)
    return out


def _short_group(name: str) -> str:
    """“第一党小组（运维）” -> “第一党小组” keeps chart labels short; the table keeps the full name."""
    return name.split("（")[0] if "（" in name and len(name) > 6 else name
