"""Reminders shown on 首页 and by `dangjian reminders`: each says what, by when, and which record it is about."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum


class Urgency(IntEnum):
    INFO = 0  # coming up
    SOON = 1  # act in the next weeks
    OVERDUE = 2  # late already


@dataclass(frozen=True)
class Reminder:
    kind: str  # stable id of the rule, e.g. "probation_ends", "term_ends", "meeting_missing"
    title: str  # one line in Chinese
    detail: str  # what to do, with dates, in Chinese
    due: dt.date | None
    urgency: Urgency
    page: str = "home"  # main-window page key that shows the record
    record_kind: str = ""  # e.g. "member", "meeting", "rectification"
    record_uuid: str = ""

    def as_dict(self) -> dict:
        return {
            "kind": self.kind, "title": self.title, "detail": self.detail,
            "due": self.due.isoformat() if self.due else None, "urgency": self.urgency.name.lower(),
            "page": self.page, "record_kind": self.record_kind, "record_uuid": self.record_uuid,
        }
