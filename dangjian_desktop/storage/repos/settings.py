"""Store-wide settings as JSON values."""

from __future__ import annotations

import json
from typing import Any

from dangjian_desktop.storage.models import Setting


def get(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def put(key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, default=str)
    Setting.insert(key=key, value=text).on_conflict_replace().execute()


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
