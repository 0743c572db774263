"""What every stored record carries besides its own fields: its identity and its times, None until it is saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Stored:
    """Base of a record dataclass kept by a repo (a branch, a member, a meeting, a case, an election). The fields are
    keyword-only, so a record is still built with its own fields by position (``Member("张三", …, uuid=…)``)."""

    uuid: str | None = field(default=None, kw_only=True)
    created_at: dt.datetime | None = field(default=None, kw_only=True)
    updated_at: dt.datetime | None = field(default=None, kw_only=True)
