"""Child rows that keep their identity: a parent's list of children (a meeting's attendance, agenda and votes; dues
lines, ballots, pipeline steps…) saved by syncing, never by delete-and-reinsert.

Deleting and re-inserting the children gave them new UUIDs without tombstones: headquarters, which merges rows by
UUID, then held both the old and the new rows (a re-saved draft's 5 attendance rows became 10). :func:`sync`
matches each wanted child to an existing row — by its UUID when it carries one, else by a natural key (the member
of an attendance row, the position of an agenda item) — updates only what changed (``updated_at`` too, so the
change travels), inserts what is new, and deletes what is gone with a tombstone (so the deletion travels).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from dangjian_desktop.storage.models import Record, Tombstone, new_uuid, utcnow

Key = Callable[[dict[str, Any]], Hashable]


def sync(model: type[Record], parent_field: Any, parent_id: int, wanted: Sequence[dict[str, Any]],
         key: Key | None = None) -> list[str]:
    """Make the children of ``parent_id`` (rows of ``model`` whose ``parent_field`` is it) be ``wanted``.

    Each wanted child is a dict of column values (the parent column excluded); an optional ``"uuid"`` names the
    row it is. ``key(values)`` gives the natural key matched when a child has no UUID or an unknown one; the
    existing rows' values are passed to it the same way. Returns the UUID of each wanted child, in order.
    Runs inside the caller's transaction.
    """
    columns = [f.name for f in model._meta.sorted_fields
               if f.name not in ("id", "uuid", "created_at", "updated_at", parent_field.name)]
    existing = {r["uuid"]: r for r in model.select(model.id, model.uuid, *(model._meta.fields[c] for c in columns))
                .where(parent_field == parent_id).dicts()}
    free = dict(existing)  # rows not yet matched to a wanted child
    by_key: dict[Hashable, list[str]] = {}
    if key is not None:
        for uuid, row in existing.items():
            by_key.setdefault(key(row), []).append(uuid)
    now = utcnow()
    out: list[str] = []
    inserts: list[dict[str, Any]] = []
    for values in wanted:
        values = dict(values)
        uuid = values.pop("uuid", None)
        if uuid not in free:
            uuid = None
            if key is not None:
                uuid = next((u for u in by_key.get(key(values), ()) if u in free), None)
        if uuid is None:
            uuid = new_uuid()
            inserts.append({**values, "uuid": uuid, parent_field.name: parent_id, "created_at": now,
                            "updated_at": now})
        else:
            row = free.pop(uuid)
            changed = {c: v for c, v in values.items() if row.get(c) != _db_value(model, c, v)}
            if changed:
                model.update(**changed, updated_at=now).where(model.id == row["id"]).execute()
        out.append(uuid)
    if inserts:
        model.insert_many(inserts).execute()
    if free:
        gone = list(free)
        model.delete().where(model.uuid.in_(gone)).execute()
        Tombstone.insert_many([{"table": model._meta.table_name, "uuid": u, "deleted_at": now} for u in gone]
                              ).execute()
    return out


def _db_value(model: type[Record], column: str, value: Any) -> Any:
    """``value`` as it comes back from a select of ``column`` (foreign keys: the id; booleans: bool)."""
    field = model._meta.fields[column]
    if hasattr(value, "id") and not isinstance(value, int | str):
        return value.id
    return field.python_value(field.db_value(value)) if value is not None else None
