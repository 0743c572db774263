"""Every table of the store, in creation order. Feature modules append their models here."""

from __future__ import annotations

from dangjian_desktop.storage.models import CORE_MODELS
from dangjian_desktop.storage.models_audit import AuditEntryRow
from dangjian_desktop.storage.models_pledges import PLEDGE_MODELS
from dangjian_desktop.storage.models_room import ROOM_MODELS
from dangjian_desktop.storage.models_exchange import ExchangeOriginRow

ALL_MODELS = [
    *CORE_MODELS,
    AuditEntryRow,
    *PLEDGE_MODELS,
    *ROOM_MODELS,
    ExchangeOriginRow,
]
