"""Store-wide settings as JSON values."""

from __future__ import annotations

import json
import logging
from typing import Any

from dangjian_desktop.storage.models import Setting

log = logging.getLogger(__name__)


def get(key: str, default: Any = None) -> Any:
    """The stored value, or ``default`` when missing, damaged (not JSON) or of another type than ``default``."""
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    try:
        value = json.loads(row.value)
    except (ValueError, TypeError):
        log.warning("setting %s is damaged; using the default", key)
        return default
    if default is not None and not isinstance(value, type(default)):
        if not (isinstance(default, float) and isinstance(value, int)):
            log.warning("setting %s has the wrong type; using the default", key)
            return default
    return value


def put(key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, default=str)
    # an upsert, not INSERT OR REPLACE: the same statement on SQLite and PostgreSQL
    Setting.insert(key=key, value=text).on_conflict(conflict_target=[Setting.key],
                                                    update={Setting.value: text}).execute()


def delete(key: str) -> None:
    Setting.delete().where(Setting.key == key).execute()


def all_items() -> dict[str, Any]:
    out = {}
    for row in Setting.select():
        try:
            out[row.key] = json.loads(row.value)
        except ValueError:
            continue
    return out
