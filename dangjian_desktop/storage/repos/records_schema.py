"""What travels in a data package, read from the declarations: every declared table deriving from ``Record``
(``schema.record_models()``), in dependency order, with its travelling fields (less the declared
``Table.local_fields``). No table is named here, so a record kind's new tables travel without new exchange code.
Used by the dump (branch), the merge and the counts (headquarters).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from peewee import (
    BlobField,
    BooleanField,
    DateField,
    DateTimeField,
    DecimalField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TimeField,
)

from dangjian_desktop.storage.models import Record

SKIP_FIELDS = {"id"}
MAX_TEXT_CHARS = 1_000_000  # the longest text value a package may bring (a field without a max_length)
CHUNK = 400  # SQLite's default limit of bound variables is 999 on old builds


# how a column's value is written in a package row, by the field's class (first match; the classes are disjoint
# but for subclasses, which take their base's kind): a key is the referenced row's UUID, anything else is text
_VALUE_KINDS = ((ForeignKeyField, "key"), (DateTimeField, "datetime"), (DateField, "date"), (TimeField, "time"),
                (BooleanField, "bool"), (IntegerField, "int"), (FloatField, "float"), (DecimalField, "decimal"),
                (BlobField, "blob"))


def value_kind(field: Field) -> str:
    """"key", "datetime", "date", "time", "bool", "int", "float", "decimal", "blob" or "text": the one
    classification the dump, the merge's checks and the format's documentation share."""
    kind = _KIND_OF_CLASS.get(type(field))
    if kind is None:
        kind = _KIND_OF_CLASS[type(field)] = next((k for cls, k in _VALUE_KINDS if isinstance(field, cls)), "text")
    return kind


_KIND_OF_CLASS: dict[type, str] = {}


def chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def exportable_models() -> list[type[Record]]:
    """Every record table, referenced tables first."""
    from dangjian_desktop.storage.schema import record_models

    return list(_ordered(tuple(record_models())))


@lru_cache(maxsize=4)
def _ordered(models: tuple[type[Record], ...]) -> tuple[type[Record], ...]:
    """``dependency_order`` of the declared tables, worked out once per set of tables (the merge asks for it
    several times a package; the order is quadratic in the tables)."""
    return tuple(dependency_order(list(models)))


def table_of(model: type[Record]) -> str:
    return model._meta.table_name


def models_by_table() -> dict[str, type[Record]]:
    return {table_of(m): m for m in exportable_models()}


def tables_in_order() -> list[str]:
    return [table_of(m) for m in exportable_models()]


def fks(model: type[Record]) -> list[ForeignKeyField]:
    return [f for f in model._meta.sorted_fields if isinstance(f, ForeignKeyField)]


def record_fks(model: type[Record]) -> list[ForeignKeyField]:
    """Foreign keys to other record tables (they travel as UUIDs)."""
    return [f for f in fks(model) if issubclass(f.rel_model, Record)]


def dependency_order(models: list[type[Record]]) -> list[type[Record]]:
    """Topological order over foreign keys; cycles are broken at nullable keys (set in the second merge pass)."""
    remaining = list(models)
    known = set(models)
    ordered: list[type[Record]] = []
    placed: set[type[Record]] = set()

    def deps(m: type[Record], strict: bool) -> set[type[Record]]:
        out = set()
        for f in fks(m):
            target = f.rel_model
            if target is m or target not in known:
                continue
            if strict or not f.null:
                out.add(target)
        return out

    while remaining:
        for strict in (True, False):
            ready = [m for m in remaining if deps(m, strict) <= placed]
            if ready:
                break
        else:
            names = ", ".join(table_of(m) for m in remaining)
            raise RuntimeError(f"non-nullable foreign key cycle between {names}")
        m = ready[0]  # keep declaration order among equals: stable across runs
        ordered.append(m)
        placed.add(m)
        remaining.remove(m)
    return ordered


def local_fields(model: type[Record]) -> set[str]:
    """Fields that belong to one store and never travel (the declaration's ``Table.local_fields``)."""
    from dangjian_desktop.storage.schema import local_fields as declared

    return declared(table_of(model))


def travelling_fields(model: type[Record]) -> list[Field]:
    skip = SKIP_FIELDS | local_fields(model)
    return [f for f in model._meta.sorted_fields if f.name not in skip]


def referencing(models: tuple[type[Record], ...]) -> dict[type[Record], list[tuple[type[Record], ForeignKeyField]]]:
    """For each table, the (table, key) pairs that refer to it: what a deletion there reaches."""
    out: dict[type[Record], list[tuple[type[Record], ForeignKeyField]]] = {m: [] for m in models}
    for m in models:
        for f in record_fks(m):
            out.setdefault(f.rel_model, []).append((m, f))
    return out


@lru_cache(maxsize=4)
def _referencing_cached(models: tuple[type[Record], ...]) -> dict[type[Record], list[tuple[type[Record], ForeignKeyField]]]:
    return referencing(models)


def referencing_now() -> dict[type[Record], list[tuple[type[Record], ForeignKeyField]]]:
    return _referencing_cached(tuple(exportable_models()))


# Headquarters registers the owner of each row it imports (``exchange_origin``), except the rows of a parent's
# leaf child tables: a table no other table refers to, whose rows hang on a row of one of these tables by a required
# key that deletes them with it (a meeting's attendance, agenda items, votes, amendments, attachments: 80 % of a
# package's rows). Such a row belongs to its parent's branch (the merge only ever lets a key name a row of the
# package's own branch), so it is registered through its parent: one registry row and one random-key page write
# less a row at headquarters.
OWNING_PARENTS = ("meeting",)


def child_keys() -> dict[type[Record], ForeignKeyField]:
    """Each child table registered through its parent (``OWNING_PARENTS``) -> its key to the parent."""
    return _child_keys_cached(tuple(exportable_models()))


@lru_cache(maxsize=4)
def _child_keys_cached(models: tuple[type[Record], ...]) -> dict[type[Record], ForeignKeyField]:
    from dangjian_desktop.storage.schema import uuid_refs

    referred = {f.rel_model for m in models for f in record_fks(m) if f.rel_model is not m}
    by_table = {table_of(m): m for m in models}
    referred |= {by_table[t] for m in models for t in uuid_refs(table_of(m)).values() if t in by_table}
    out: dict[type[Record], ForeignKeyField] = {}
    for m in models:
        if m in referred or table_of(m) in OWNING_PARENTS:
            continue
        keys = [f for f in record_fks(m) if table_of(f.rel_model) in OWNING_PARENTS and not f.null
                and (f.on_delete or "").upper() == "CASCADE"]
        if len(keys) == 1:
            out[m] = keys[0]
    return out


def child_key(model: type[Record]) -> ForeignKeyField | None:
    """The key by which ``model``'s rows are registered through their parent's, or None (registered themselves)."""
    return child_keys().get(model)


def rows_in(table: str, columns: str, uuids: list[str], column: str = "uuid") -> Iterator[tuple[Any, ...]]:
    """Rows whose ``column`` is in ``uuids``, in chunks, with the SQL written out (the query builder is slow for
    long IN lists). PostgreSQL: one query (``records_pg_insert.rows_in``)."""
    db = Record._meta.database
    if getattr(db, "engine", "sqlite") == "postgresql":
        from dangjian_desktop.storage.repos import records_pg_insert

        yield from records_pg_insert.rows_in(table, columns, uuids, column)
        return
    for part in chunks(uuids):
        marks = ", ".join("?" for _ in part)
        yield from db.execute_sql(f'SELECT {columns} FROM "{table}" WHERE "{column}" IN ({marks})', part).fetchall()


def describe_tables() -> list[tuple[str, list[dict[str, Any]]]]:
    """Every travelling table in dependency order with its columns as the package writes them: name, JSON type,
    whether it may be null, the default, and for a key the table its UUID points to (and what a deletion there
    does). For the format's documentation (services/exchange_doc.py)."""
    shown = {"key": "UUID", "datetime": "时间（UTC）", "date": "日期", "time": "时刻", "bool": "布尔", "int": "整数",
             "float": "数字", "decimal": "数字", "blob": "base64"}

    def kind(f: Field) -> str:
        length = getattr(f, "max_length", None)
        return shown.get(value_kind(f)) or (f"文本≤{length}" if length else "文本")

    from dangjian_desktop.storage.schema import uuid_refs

    out = []
    for model in exportable_models():
        cols = []
        refs = uuid_refs(table_of(model))  # text columns holding another row's UUID (not foreign keys)
        for f in travelling_fields(model):
            default = f.default
            key = isinstance(f, ForeignKeyField)
            cols.append({
                "name": f.name, "type": "UUID（文本）" if f.name in refs else kind(f), "null": bool(f.null),
                "default": None if default is None or callable(default) else default,
                "references": table_of(f.rel_model) if key else refs.get(f.name),
                "on_delete": (f.on_delete or "").upper() if key else None,
            })
        out.append((table_of(model), cols))
    return out
