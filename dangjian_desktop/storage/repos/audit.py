"""Audit entries, oldest first."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from dangjian_desktop.storage.models_audit import AuditEntryRow


def add(table: str, record_uuid: str, who: str, action: str, summary: str, changes: dict[str, Any]) -> None:
    AuditEntryRow.create(table=table, record_uuid=record_uuid, who=who, action=action, summary=summary,
                         changes=json.dumps(changes, ensure_ascii=False, default=str))


def history(record_uuid: str) -> list[dict[str, Any]]:
    q = AuditEntryRow.select().where(AuditEntryRow.record_uuid == record_uuid).order_by(AuditEntryRow.at,
                                                                                       AuditEntryRow.id)
    return [
        {"table": r.table, "record_uuid": r.record_uuid, "at": r.at.replace(tzinfo=dt.UTC), "who": r.who,
         "action": r.action, "summary": r.summary, "changes": json.loads(r.changes or "{}")}
        for r in q
    ]
