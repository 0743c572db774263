"""Every table of the store, derived from the record kinds' declarations (``dangjian_desktop.features``).

``all_models()`` lists the peewee models in declaration order (a kind's tables after those of the kinds it
refers to); ``record_models()`` only those that travel in packages (subclasses of ``Record``). Creating tables is
not done from here: the schema is built by the frozen steps in ``storage/migrations.py`` (core) and by each kind's
own steps (``Feature.migrations``); tests/storage/test_migrations.py checks that what the steps build is what the
models describe.
"""

from __future__ import annotations

from typing import Any

from dangjian_desktop import features


def all_models() -> list[Any]:
    return features.cached("models", lambda: [features.load(t.model) for t in features.tables()])


def record_models() -> list[Any]:
    from dangjian_desktop.storage.models import Record

    return [m for m in all_models() if isinstance(m, type) and issubclass(m, Record)]


def local_fields(table: str) -> set[str]:
    """Fields of ``table`` that belong to one store and never travel (``Table.local_fields``)."""
    found = features.cached("local_fields", lambda: {t.table: set(t.local_fields) for t in features.tables()})
    return found.get(table, set())


def date_column(table: str) -> str | None:
    """The column that dates a row of ``table`` for per-year counts (``Table.date_column``)."""
    found = features.cached("date_columns", lambda: {t.table: t.date_column for t in features.tables()})
    return found.get(table)


def uuid_refs(table: str) -> dict[str, str]:
    """Text columns of ``table`` that hold another row's UUID -> the table they point to (``Table.refs``)."""
    found = features.cached("uuid_refs", lambda: {t.table: dict(t.refs) for t in features.tables()})
    return found.get(table, {})
