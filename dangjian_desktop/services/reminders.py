"""Collects the reminders of every record kind: each declares ``reminders`` (``dangjian_desktop.features``),
``"module:function"`` of ``fn(services, today)`` returning a list of :class:`Reminder`."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dangjian_desktop import clock, features
from dangjian_desktop.domain.enums import MemberCategory
from dangjian_desktop.domain.reminders import Reminder, Urgency
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.services.snapshot import read_snapshot

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

log = logging.getLogger(__name__)

TERM_WARNING_DAYS = 183  # the higher committee reminds about 6 months before the term ends
PROBATION_WARNING_DAYS = 60


def providers() -> list[str]:
    return features.paths("reminders")


@dataclass(frozen=True)
class _Ending:
    """Something of the roster that ends on a date: reminded of from ``window`` days before (soon within 90 days),
    overdue once passed. The texts are formats of ``ends``, ``days`` and the ``names`` given."""

    kind: str
    page: str
    record_kind: str
    window: int
    past: tuple[str, str]  # (title, detail) once ended
    coming: tuple[str, str]  # (title, detail) within the window; a detail that depends on more is given by the caller

    def reminder(self, ends: dt.date, today: dt.date, record_uuid: str | None, coming_detail: str = "",
                 **names: str) -> Reminder | None:
        days = (ends - today).days
        if days < 0:
            (title, detail), urgency = self.past, Urgency.OVERDUE
        elif days <= self.window:
            (title, detail), urgency = self.coming, Urgency.SOON if days <= 90 else Urgency.INFO
            detail = coming_detail or detail
        else:
            return None
        return Reminder(self.kind, title.format(ends=ends, days=days, **names), detail, ends, urgency,
                        page=self.page, record_kind=self.record_kind, record_uuid=record_uuid or "")


_TERM = _Ending("term_ends", "elections", "branch", TERM_WARNING_DAYS,
                past=("支委会任期已于{ends:%Y年%m月%d日}届满", "应及时换届（应换尽换）；如需延期须报上级党委批准。"),
                coming=("支委会任期将于{ends:%Y年%m月%d日}届满（还有{days}天）", ""))
_PROBATION = _Ending("probation_ends", "members", "member", PROBATION_WARNING_DAYS,
                     past=("预备党员{name}的预备期已于{ends:%Y年%m月%d日}期满",
                           "请及时召开支部党员大会讨论其转正问题，并更新名册中的转正日期。"),
                     coming=("预备党员{name}的预备期将于{ends:%Y年%m月%d日}期满",
                             "请提前做好转正考察，预备期满时召开支部党员大会讨论其转正。"))


def roster_reminders(services: Services, today: dt.date) -> list[Reminder]:
    branch = services.branch.profile()
    if branch is None:
        return []
    found: list[Reminder | None] = []
    end = branch.term_ends_on
    if end is None:
        found.append(Reminder("term_unknown", "未填写本届支委会选举日期", "请在“设置”中填写选举日期，以便提醒换届。",
                              None, Urgency.INFO, page="settings", record_kind="branch", record_uuid=branch.uuid or ""))
    else:
        ask_by = end - dt.timedelta(days=30)
        found.append(_TERM.reminder(end, today, branch.uuid, coming_detail=(
            f"请着手准备换届选举，约在{ask_by:%Y年%m月%d日}前向上级党委报送召开党员大会进行换届选举的请示。"
            if today <= ask_by else "请抓紧完成换届选举（请示、批复、召开党员大会选举、报批），各环节在“换届”页登记。")))
    tracked = probation_tracked_elsewhere(services)
    for m in services.roster.members(MemberFilter()):
        ends = m.probation_ends_on() if m.category is MemberCategory.PROBATIONARY and m.uuid not in tracked else None
        if ends is not None:
            found.append(_PROBATION.reminder(ends, today, m.uuid, name=m.name))
    return [r for r in found if r is not None]


def probation_tracked_elsewhere(services: Services) -> set[str]:
    """Members whose 转正 another record kind reminds of (``Feature.extra["probation_tracker"]``: ``"module:fn"`` of
    ``fn(services) -> set of member UUIDs``; 发展党员 follows its own 预备党员, extensions included), so the plain
    预备期满 reminder here does not remind of them twice."""
    out: set[str] = set()
    for f in features.features():
        path = f.extra.get("probation_tracker")
        if path:
            try:
                out |= set(features.load(path)(services))
            except Exception:  # the kind's own reminders failing must not hide the roster's
                log.exception("probation tracker %s failed", path)
    return out


def all_reminders(services: Services, today: dt.date | None = None) -> list[Reminder]:
    today = today or clock.today()
    out: list[Reminder] = []
    with read_snapshot():  # the providers share one read of the profile, roster, rules… (services/snapshot.py)
        for path in providers():
            try:
                out.extend(features.load(path)(services, today))
            except Exception:  # one broken provider must not hide the others
                log.exception("reminder provider %s failed", path)
    return sorted(out, key=lambda r: (-int(r.urgency), r.due or dt.date.max, r.title))
