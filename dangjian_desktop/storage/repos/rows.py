"""Rows by their UUID, for the repos' save functions: look one up, or take the stored row to update (a new one
when there is none yet)."""

from __future__ import annotations

from typing import TypeVar

from dangjian_desktop.storage.models import Record, new_uuid

R = TypeVar("R", bound=Record)


def by_uuid(model: type[R], uuid: str | None) -> R | None:
    """The row of ``model`` with this UUID; None when there is no UUID or no such row."""
    return model.get_or_none(model.uuid == uuid) if uuid else None


def row_for(model: type[R], uuid: str | None, **new_values: object) -> R:
    """The stored row with this UUID to update, or a new (unsaved) one: with this UUID when given (a record that
    came from elsewhere keeps its identity), else a fresh one; ``new_values`` are set on a new row only."""
    row = by_uuid(model, uuid)
    return row if row is not None else model(uuid=uuid or new_uuid(), **new_values)
