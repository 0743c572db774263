"""Audit trail of finalised records (定稿后的修改留痕). Call ``record`` inside the same transaction as the change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dangjian_desktop.domain.validation import clean_text
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import audit as repo
from dangjian_desktop.storage.repos import roster as roster_repo
from dangjian_desktop.storage.repos import settings

OPERATOR_KEY = "audit.operator"
UNKNOWN_OPERATOR = "本机用户"


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
    """Who is making a change, as the 修改人 column shows it: the name last typed as 登记人, else the branch
    secretary's name, else 本机用户. (Never the Windows login name: on office PCs that is "admin" or "user".)"""
    name = settings.get(OPERATOR_KEY, "")
    if name:
        return name
    branch = roster_repo.own_branch()
    return (branch.secretary_name if branch else "") or UNKNOWN_OPERATOR


class AuditService:
    def __init__(self, store: Store):
        self.store = store

    def record(self, table: str, record_uuid: str, action: str, summary: str,
               changes: dict[str, tuple[Any, Any]] | None = None, who: str | None = None) -> None:
        """Append an entry. Must be called inside the caller's ``store.atomic()`` so both commit together."""
        repo.add(table, record_uuid, who or current_user(), action, summary,
                 {k: [old, new] for k, (old, new) in (changes or {}).items()})

    def operator(self) -> str:
        return current_user()

    def set_operator(self, name: str) -> str:
        """Remember who is using the app (登记人 of corrections); an empty name goes back to the default."""
        name = clean_text(name, 50)
        with self.store.atomic():
            if name:
                settings.put(OPERATOR_KEY, name)
            else:
                settings.delete(OPERATOR_KEY)
        return current_user()

    def history(self, record_uuid: str) -> list[AuditEntry]:
        return [AuditEntry(**e) for e in repo.history(record_uuid)]
