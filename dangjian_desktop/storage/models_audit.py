"""The audit trail of finalised records: who changed what, when."""

from __future__ import annotations

from peewee import CharField, DateTimeField, TextField

from dangjian_desktop.storage.columns import label, text
from dangjian_desktop.storage.models import Record, utcnow


class AuditEntryRow(Record):
    table = CharField(max_length=50, index=True)
    record_uuid = CharField(max_length=36, index=True)
    at = DateTimeField(default=utcnow)
    who = label(100)
    action = CharField(max_length=30)  # finalise / amend / unlock / restore ...
    summary = text()
    changes = TextField(default="{}")  # JSON {field: [old, new]}
