"""Audit trail of finalised records (定稿后的修改留痕). Call ``record`` inside the same transaction as the change."""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from typing import Any

from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import audit as repo


@dataclass(frozen=True)
class AuditEntry:
    table: str
    record_uuid: str
    at: dt.datetime  # aware, UTC
    who: str
    action: str
    summary: str
    changes: dict[str, Any]


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some locked-down PCs
        return "本机用户"


class AuditService:
    def __init__(self, store: Store):
        self.store = store

    def record(self, table: str, record_uuid: str, action: str, summary: str,
               changes: dict[str, tuple[Any, Any]] | None = None, who: str | None = None) -> None:
        """Append an entry. Must be called inside the caller's ``store.atomic()`` so both commit together."""
        repo.add(table, record_uuid, who or current_user(), action, summary,
                 {k: [old, new] for k, (old, new) in (changes or {}).items()})

    def history(self, record_uuid: str) -> list[AuditEntry]:
        return [AuditEntry(**e) for e in repo.history(record_uuid)]
