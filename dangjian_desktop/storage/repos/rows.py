"""Rows by their UUID, for the repos: look one up, take the stored row to update (a new one when there is none
yet), delete one so that the deletion travels (a tombstone for it and for the child rows deleted with it)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from dangjian_desktop.domain.errors import NotFoundError
from dangjian_desktop.storage.models import Record, Tombstone, new_uuid

R = TypeVar("R", bound=Record)


def by_uuid(model: type[R], uuid: str | None) -> R | None:
    """The row of ``model`` with this UUID; None when there is no UUID or no such row."""
    return model.get_or_none(model.uuid == uuid) if uuid else None


def existing(model: type[R], uuid: str | None, missing: str) -> R:
    """The row of ``model`` with this UUID; ``NotFoundError(missing)`` when there is none."""
    row = by_uuid(model, uuid)
    if row is None:
        raise NotFoundError(missing)
    return row


def row_for(model: type[R], uuid: str | None, **new_values: object) -> R:
    """The stored row with this UUID to update, or a new (unsaved) one: with this UUID when given (a record that
    came from elsewhere keeps its identity), else a fresh one; ``new_values`` are set on a new row only."""
    row = by_uuid(model, uuid)
    return row if row is not None else model(uuid=uuid or new_uuid(), **new_values)


def save_fields(row: R, record: object, names: str, **values: object) -> R:
    """Save ``row`` with its columns ``names`` (space-separated) set from the record's attributes of the same names
    and the columns ``values`` set to those (a column named otherwise, or a value stored converted)."""
    for name in names.split():
        setattr(row, name, getattr(record, name))
    for name, value in values.items():
        setattr(row, name, value)
    row.save()
    return row


def delete_row(model: type[Record], uuid: str, *, missing: str = "", children: Iterable[str] = ()) -> None:
    """Delete the row of ``model`` with this UUID, with the rows of its ``children`` backrefs, and leave a tombstone
    for each (headquarters deletes them too). No such row: ``NotFoundError(missing)``, or nothing when ``missing``
    is empty."""
    row = by_uuid(model, uuid)
    if row is None:
        if missing:
            raise NotFoundError(missing)
        return
    children = tuple(children)
    for backref in children:
        for child in getattr(row, backref):
            Tombstone.create(table=child._meta.table_name, uuid=child.uuid)
    Tombstone.create(table=model._meta.table_name, uuid=row.uuid)
    row.delete_instance(recursive=bool(children))
