"""Every table of the store, in creation order. Feature modules append their models here."""

from __future__ import annotations

from dangjian_desktop.storage.models import CORE_MODELS
from dangjian_desktop.storage.models_audit import AuditEntryRow
from dangjian_desktop.storage.models_meetings import MEETING_MODELS, MEETING_TRIGGERS
from dangjian_desktop.storage.models_pledges import PLEDGE_MODELS
from dangjian_desktop.storage.models_room import ROOM_MODELS
from dangjian_desktop.storage.models_exchange import EXCHANGE_MODELS

ALL_MODELS = [
    *CORE_MODELS,
    AuditEntryRow,
    *MEETING_MODELS,
    *PLEDGE_MODELS,
    *ROOM_MODELS,
    *EXCHANGE_MODELS,
]

# Triggers and other DDL that create_tables does not make, run after the tables exist.
EXTRA_DDL: list[str] = [
    *MEETING_TRIGGERS,
]
