"""Generic dump and merge of every record table, for the data package. No table is named in the code below:
whatever derives from ``Record`` among the declared tables travels (``schema.record_models()``), so a record kind's
new tables need no new code here.

Row format (one JSON object per row): every field by name except the integer ``id``; a foreign key holds the
referenced row's UUID (or null); dates and times are ISO 8601 text (times UTC, naive); booleans are JSON booleans;
blobs are base64 text. Fields that only make sense in one store (``Table.local_fields`` of the declaration)
never travel: the receiver keeps its own value or the default.

Merge (inside the caller's transaction): tables in dependency order (referenced tables first); a row is inserted
when its UUID is new, updated when the incoming ``updated_at`` is newer, left alone otherwise; foreign keys are
resolved from UUIDs back to local ids; nullable keys that point forward (cycles such as 党小组组长 -> 党员 -> 党小组)
are set in a second pass. ``updated_at`` is kept as the branch wrote it. Tombstones delete rows of the same branch
that were not changed after the deletion. Any inconsistency raises ``PackageError`` and the caller rolls back.
"""

from __future__ import annotations

import base64
import datetime as dt
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
    TimeField,
    fn,
)

from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.exchange import PackageError, RecordTable, table_title
from dangjian_desktop.storage.models import Record, Tombstone
from dangjian_desktop.storage.models_exchange import ExchangeOriginRow

SKIP_FIELDS = {"id"}
MAX_TEXT_CHARS = 1_000_000  # the longest text value a package may bring (a field without a max_length)
_CHUNK = 400  # SQLite's default limit of bound variables is 999 on old builds


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def exportable_models() -> list[type[Record]]:
    """Every record table, referenced tables first."""
    from dangjian_desktop.storage.schema import record_models

    return dependency_order(record_models())


def table_of(model: type[Record]) -> str:
    return model._meta.table_name


def models_by_table() -> dict[str, type[Record]]:
    return {table_of(m): m for m in exportable_models()}


def _fks(model: type[Record]) -> list[ForeignKeyField]:
    return [f for f in model._meta.sorted_fields if isinstance(f, ForeignKeyField)]


def dependency_order(models: list[type[Record]]) -> list[type[Record]]:
    """Topological order over foreign keys; cycles are broken at nullable keys (set in the second merge pass)."""
    remaining = list(models)
    known = set(models)
    ordered: list[type[Record]] = []
    placed: set[type[Record]] = set()

    def deps(m: type[Record], strict: bool) -> set[type[Record]]:
        out = set()
        for f in _fks(m):
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


def _local_fields(model: type[Record]) -> set[str]:
    from dangjian_desktop.storage.schema import local_fields

    return local_fields(table_of(model))


def travelling_fields(model: type[Record]) -> list[Field]:
    skip = SKIP_FIELDS | _local_fields(model)
    return [f for f in model._meta.sorted_fields if f.name not in skip]


# -- dump -------------------------------------------------------------------------------------------------------


def _to_json(field: Field, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(field, DateTimeField):
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        return value.isoformat()
    if isinstance(field, DateField | TimeField):
        return value if isinstance(value, str) else value.isoformat()
    if isinstance(field, BooleanField):
        return bool(value)
    if isinstance(field, BlobField):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(field, DecimalField):
        return str(value)
    return value


class _UuidCache:
    """id <-> uuid of referenced tables, loaded once per table."""

    def __init__(self) -> None:
        self._by_id: dict[type[Record], dict[int, str]] = {}

    def uuid(self, model: type[Record], row_id: int) -> str | None:
        if model not in self._by_id:
            self._by_id[model] = dict(model.select(model.id, model.uuid).tuples())
        return self._by_id[model].get(row_id)


def _identity(value: Any) -> Any:
    return value


_PLAIN_TYPES = {CharField: "text", TextField: "text", IntegerField: "integer"}  # -> sqlite typeof() they hold


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # as stored: the JSON text is the same


def _datetime_json(field: Field, value: Any) -> Any:
    """``_to_json(field, field.python_value(value))`` of a timestamp as stored, without peewee's strptime."""
    if type(value) is str:
        try:
            return dt.datetime.fromisoformat(value).isoformat()
        except ValueError:
            pass
    return _to_json(field, field.python_value(value))


def _unexpected_columns(model: type[Record], plain: list[Field]) -> set[str]:
    """Plain columns holding a value of another storage type anywhere in the table (never written by the app,
    but then the value goes through peewee's conversion as before)."""
    if not plain:
        return set()
    checks = ", ".join(f"SUM(typeof(\"{f.column_name}\") NOT IN ('{_PLAIN_TYPES[type(f)]}', 'null'))" for f in plain)
    counts = model._meta.database.execute_sql(f'SELECT {checks} FROM "{model._meta.table_name}"').fetchone()
    return {f.name for f, n in zip(plain, counts, strict=True) if n}


def dump(since: dt.datetime | None = None) -> dict[str, list[dict[str, Any]]]:
    """All records (or those changed after ``since``), by table in dependency order."""
    cache = _UuidCache()
    out: dict[str, list[dict[str, Any]]] = {}
    for model in exportable_models():
        fields = travelling_fields(model)
        names = [f.name for f in fields]
        plain = [f for f in fields if type(f) in _PLAIN_TYPES]
        odd = _unexpected_columns(model, plain)
        # rows are built from plain cursor tuples (peewee's row objects and per-value conversions were most of
        # the export's reading); only the columns that need it are converted afterwards
        fixups = []
        for f in fields:
            if isinstance(f, ForeignKeyField) and issubclass(f.rel_model, Record):
                cache.uuid(f.rel_model, 0)  # loads the table's id -> uuid map
                fixups.append((f.name, cache._by_id[f.rel_model].get))  # noqa: SLF001
            elif type(f) is BooleanField:
                fixups.append((f.name, bool))
            elif type(f) is DateTimeField:
                fixups.append((f.name, lambda v, f=f: _datetime_json(f, v)))
            elif type(f) is DateField:
                fixups.append((f.name, lambda v, f=f: v if type(v) is str and _ISO_DATE.fullmatch(v)
                               else _to_json(f, f.python_value(v))))
            elif type(f) not in _PLAIN_TYPES or f.name in odd:
                fixups.append((f.name, lambda v, f=f: _to_json(f, f.python_value(v))))
        q = model.select(*fields).order_by(model.id)
        if since is not None:
            q = q.where(model.updated_at > since)
        sql, params = q.sql()
        rows = [dict(zip(names, values, strict=True)) for values in model._meta.database.execute_sql(sql, params)]
        for name, convert in fixups:
            for row in rows:
                v = row[name]
                if v is not None:
                    row[name] = convert(v)
        out[table_of(model)] = rows
    return out


def dump_tombstones(since: dt.datetime | None = None) -> list[dict[str, Any]]:
    q = Tombstone.select().order_by(Tombstone.deleted_at, Tombstone.id)
    if since is not None:
        q = q.where(Tombstone.deleted_at > since)
    return [{"table": t.table, "uuid": t.uuid, "deleted_at": t.deleted_at.isoformat()} for t in q]


# -- merge ------------------------------------------------------------------------------------------------------


@dataclass
class MergeStats:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0  # rows the receiver holds in a newer version
    deleted: int = 0
    tombstones_added: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.inserted or self.updated or self.deleted or self.tombstones_added)


def _bad_value(table: str, field: str) -> PackageError:
    return PackageError(f"数据包中“{table_title(table)}”记录的“{field}”一项有无法识别的值：数据包已损坏或被改动过，已拒绝。")


def _from_json(table: str, field: Field, value: Any) -> Any:
    if value is None:
        if not field.null and not isinstance(field, ForeignKeyField):
            raise _bad_value(table, field.name)
        return None
    try:
        if isinstance(field, DateTimeField):
            if not isinstance(value, str):
                raise ValueError
            when = dt.datetime.fromisoformat(value)
            return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when
        if isinstance(field, DateField):
            if not isinstance(value, str):
                raise ValueError
            return dt.date.fromisoformat(value)
        if isinstance(field, TimeField):
            if not isinstance(value, str):
                raise ValueError
            return dt.time.fromisoformat(value)
        if isinstance(field, BooleanField):
            if not isinstance(value, bool):
                raise ValueError
            return value
        if isinstance(field, IntegerField):
            if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**63 - 1:
                raise ValueError
            return value
        if isinstance(field, FloatField):
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise ValueError
            return float(value)
        if isinstance(field, BlobField):
            return base64.b64decode(value, validate=True)
        if isinstance(field, DecimalField):
            from decimal import Decimal

            return Decimal(str(value))
        if not isinstance(value, str):
            raise ValueError
        max_length = getattr(field, "max_length", None)
        if (max_length and len(value) > max_length * 4) or len(value) > MAX_TEXT_CHARS:
            raise ValueError
        return value
    except (ValueError, TypeError, ArithmeticError) as exc:
        raise _bad_value(table, field.name) from exc


_SPECIAL_FIELDS = (DateTimeField, DateField, TimeField, BooleanField, IntegerField, FloatField, BlobField, DecimalField)


def _text_limits(fields: dict[str, Field]) -> dict[str, int]:
    """Plain text fields (what ``_from_json`` takes as a checked str): name -> longest accepted.
    The merge takes such a value as is when it is a short enough str, without the general conversion."""
    return {name: min((getattr(f, "max_length", None) or 0) * 4 or MAX_TEXT_CHARS, MAX_TEXT_CHARS)
            for name, f in fields.items() if not isinstance(f, _SPECIAL_FIELDS) and not isinstance(f, ForeignKeyField)}


# how the merge treats each value of a row, by field (decided once per table, not per value)
_SKIP, _KEY, _TEXT, _OTHER = 0, 1, 2, 3


def _kinds(fields: dict[str, Field], text_limits: dict[str, int], local_only: set[str]) -> dict[str, int]:
    kinds = {name: _SKIP for name in local_only}
    for name, f in fields.items():
        if isinstance(f, ForeignKeyField) and issubclass(f.rel_model, Record):
            kinds[name] = _KEY
        elif name in text_limits:
            kinds[name] = _TEXT
        else:
            kinds[name] = _OTHER
    return kinds


def _rows_in(table: str, columns: str, uuids: list[str]) -> Iterator[tuple[Any, ...]]:
    """Rows whose uuid is in ``uuids``, in chunks, with the SQL written out (the query builder is slow for long
    IN lists)."""
    db = ExchangeOriginRow._meta.database
    for part in _chunks(uuids):
        marks = ", ".join("?" for _ in part)
        yield from db.execute_sql(f'SELECT {columns} FROM "{table}" WHERE "uuid" IN ({marks})', part).fetchall()


def _origins(uuids: list[str]) -> dict[str, str]:
    return {u: b for u, b in _rows_in(ExchangeOriginRow._meta.table_name, '"uuid", "branch_uuid"', uuids)}


def _when(t: Any) -> dt.datetime:
    return t if isinstance(t, dt.datetime) else dt.datetime.fromisoformat(str(t))


def _existing(model: type[Record], uuids: list[str]) -> dict[str, tuple[int, dt.datetime]]:
    return {u: (i, _when(t)) for u, i, t in _rows_in(table_of(model), '"uuid", "id", "updated_at"', uuids)}


def _tombstoned(uuids: list[str]) -> dict[str, dt.datetime]:
    out: dict[str, dt.datetime] = {}
    for u, t in _rows_in(Tombstone._meta.table_name, '"uuid", "deleted_at"', uuids):
        t = _when(t)
        out[u] = max(out.get(u, t), t)
    return out


class _Resolver:
    """uuid -> local id of a table, from the rows merged so far and the store."""

    def __init__(self) -> None:
        self._ids: dict[type[Record], dict[str, int]] = {}

    def remember(self, model: type[Record], uuid: str, row_id: int) -> None:
        self._ids.setdefault(model, {})[uuid] = row_id

    def id_of(self, model: type[Record], uuid: str) -> int | None:
        known = self._ids.setdefault(model, {})
        if uuid not in known:
            row = model.select(model.id).where(model.uuid == uuid).tuples().first()
            if row is None:
                return None
            known[uuid] = row[0]
        return known[uuid]


def _plain(field: Field) -> bool:
    """A field whose ``db_value`` gives back the merge's checked value as it is (str of a text field, int of an
    integer field, local id of a key), so the insert can pass the value without the call."""
    if isinstance(field, ForeignKeyField):
        return issubclass(field.rel_model, Record) and type(field.rel_field) in (AutoField, IntegerField)
    return type(field) in (CharField, TextField, IntegerField)


class _Inserter:
    """Single-row inserts with the SQL text made once per table and column set: at headquarters a package holds
    tens of thousands of rows, and building each INSERT through the query builder cost six times the insert.
    Defaults are filled in as ``Model.insert`` would. Values of plain fields (``_plain``) are the merge's checked
    Python values and are passed as they are; the others go through the field's ``db_value``."""

    def __init__(self) -> None:
        self._sql: dict[tuple[type[Record], tuple[str, ...]], tuple[str, Any, list[tuple[int, Any]]]] = {}
        self._pending: dict[str, list[list[Any]]] = {}
        self._plain: dict[Field, bool] = {}

    def _is_plain(self, field: Field) -> bool:
        known = self._plain.get(field)
        if known is None:
            known = self._plain[field] = _plain(field)
        return known

    def insert(self, model: type[Record], values: dict[str, Any], need_id: bool = True) -> int | None:
        """Insert one row and return its id; with ``need_id=False`` the row waits for ``flush`` (one
        ``executemany`` per table and column set, in the same order)."""
        meta = model._meta
        for f, default in meta.defaults.items():
            if f.name not in values:
                value = default() if callable(default) else default
                values[f.name] = f.db_value(value) if self._is_plain(f) else value
        key = (model, tuple(values))
        made = self._sql.get(key)
        if made is None:
            fields = [meta.fields[n] for n in key[1]]
            cols = ", ".join(f'"{f.column_name}"' for f in fields)
            marks = ", ".join("?" for _ in fields)
            made = self._sql[key] = (f'INSERT INTO "{meta.table_name}" ({cols}) VALUES ({marks})',
                                     operator.itemgetter(*key[1]) if len(fields) > 1 else (lambda v, n=key[1][0]: (v[n],)),
                                     [(i, f.db_value) for i, f in enumerate(fields) if not self._is_plain(f)])
        sql, getter, converters = made
        params = list(getter(values))
        for i, convert in converters:
            params[i] = convert(params[i])
        if not need_id:
            self._pending.setdefault(sql, []).append(params)
            return None
        self.flush()
        cursor = meta.database.execute_sql(sql, params)
        return cursor.lastrowid

    def flush(self) -> None:
        if not self._pending:
            return
        cursor = ExchangeOriginRow._meta.database.cursor()
        for sql, rows in self._pending.items():
            cursor.executemany(sql, rows)
        self._pending.clear()


def _referenced(models: list[type[Record]]) -> set[type[Record]]:
    """Tables some foreign key points at (their new rows' ids are needed while merging)."""
    return {f.rel_model for m in models for f in _fks(m)}


def merge(records: dict[str, list[dict[str, Any]]], tombstones: list[dict[str, Any]], branch_uuid: str,
          branch_table: str = "branch") -> MergeStats:
    """Merge one package's records into the store. Call inside ``store.atomic()``; raises PackageError on any
    inconsistency (the caller's transaction then rolls everything back)."""
    models = exportable_models()
    by_table = {table_of(m): m for m in models}
    unknown = [t for t in records if t not in by_table]
    if unknown:
        raise PackageError("数据包中含有本程序不认识的记录类型（" + "、".join(table_title(t) for t in unknown)
                           + "），可能由更新版本的程序导出。请升级程序后再导入。")
    incoming: list[str] = []
    seen: set[str] = set()
    for rows in records.values():
        for r in rows:
            if r["uuid"] in seen:
                raise PackageError("数据包中有编号重复的记录：数据包已损坏或被改动过，已拒绝。")
            seen.add(r["uuid"])
            incoming.append(r["uuid"])
    for r in records.get(branch_table, []):
        if r["uuid"] != branch_uuid:
            raise PackageError("数据包中含有其他党支部的基本信息，与数据包所属的党支部不符，已拒绝。")
    origins = _origins(incoming + [t["uuid"] for t in tombstones])
    foreign = [u for u, b in origins.items() if b != branch_uuid]
    if foreign:
        raise PackageError("数据包中的记录与已导入的另一个党支部的记录编号相同，可能是复制了别的支部的数据文件夹，"
                           "或数据包被改动过。为保护已有数据，已拒绝导入。")
    tombs = _tombstoned(incoming)
    stats = MergeStats()
    resolver = _Resolver()
    inserter = _Inserter()
    referenced = _referenced(models)
    self_referencing = {m for m in models if any(f.rel_model is m for f in _fks(m))}
    batched: list[str] = []
    deferred: list[tuple[type[Record], int, ForeignKeyField, str]] = []
    new_origins: list[dict[str, str]] = []
    for model in models:
        table = table_of(model)
        rows = records.get(table, [])
        if not rows:
            continue
        fields = {f.name: f for f in travelling_fields(model)}
        text_limits = _text_limits(fields)
        kinds = _kinds(fields, text_limits, _local_fields(model))
        extra = sorted(k for k in set().union(*rows) if k not in kinds)  # every column any row has, once
        if extra:
            raise PackageError(f"数据包中“{table_title(table)}”记录含有本程序不认识的字段（{'、'.join(extra[:5])}），"
                               "可能由更新版本的程序导出。请升级程序后再导入。")
        existing = _existing(model, [r["uuid"] for r in rows])
        unowned = [u for u in existing if u not in origins]
        if unowned:
            raise PackageError("数据包中的记录与本机自己录入的记录编号相同，已拒绝导入，本机数据没有改动。")
        for r in rows:
            uuid = r["uuid"]
            incoming_at = _from_json(table, fields["updated_at"], r.get("updated_at"))
            if uuid in tombs and tombs[uuid] >= incoming_at:
                stats.older += 1
                continue
            if uuid in existing:
                row_id, local_at = existing[uuid]
                resolver.remember(model, uuid, row_id)
                if incoming_at <= local_at:
                    if incoming_at == local_at:
                        stats.unchanged += 1
                    else:
                        stats.older += 1
                    continue
            values: dict[str, Any] = {}
            later: list[tuple[ForeignKeyField, str]] = []
            for name, value in r.items():  # every value checked here, once, against its field
                kind = kinds[name]
                if kind == _TEXT:
                    if type(value) is str and len(value) <= text_limits[name]:
                        values[name] = value  # the common case, as _from_json would take it
                    else:
                        values[name] = _from_json(table, fields[name], value)
                elif kind == _KEY:
                    f = fields[name]
                    if value is None:
                        if not f.null:
                            raise _bad_value(table, name)
                        values[name] = None
                        continue
                    if not isinstance(value, str):
                        raise _bad_value(table, name)
                    if value != branch_uuid and table_of(f.rel_model) == branch_table:
                        raise PackageError("数据包中的记录属于另一个党支部，与数据包所属的党支部不符，已拒绝。")
                    target = resolver.id_of(f.rel_model, value)
                    if target is None:
                        if not f.null:
                            raise PackageError(f"数据包中的“{table_title(table)}”记录引用了不存在的"
                                               f"“{table_title(table_of(f.rel_model))}”记录：数据包不完整，已拒绝。"
                                               "如果这是增量数据包，请先导入该支部更早的数据包。")
                        values[name] = None
                        later.append((f, value))
                    else:
                        values[name] = target
                elif kind == _OTHER:
                    values[name] = _from_json(table, fields[name], value)
            if uuid in existing:
                row_id = existing[uuid][0]
                values.pop("uuid", None)
                model.update(values).where(model.id == row_id).execute()
                stats.updated += 1
            else:
                # one executemany per table; the ids of rows others refer to are read back by uuid afterwards
                # (a row with a key to set in the second pass, or in a table referring to itself, needs its id now)
                row_id = inserter.insert(model, values, need_id=bool(later) or model in self_referencing)
                if row_id is not None:
                    resolver.remember(model, uuid, row_id)
                elif model in referenced:
                    batched.append(uuid)
                new_origins.append({"uuid": uuid, "table": table, "branch_uuid": branch_uuid})
                stats.inserted += 1
            deferred.extend((model, row_id, f, target_uuid) for f, target_uuid in later)
        inserter.flush()
        if batched:
            for u, i in _rows_in(table, '"uuid", "id"', batched):
                resolver.remember(model, u, i)
            batched.clear()
    for model, row_id, f, target_uuid in deferred:
        target = resolver.id_of(f.rel_model, target_uuid)
        if target is not None:
            model.update({f.name: target}).where(model.id == row_id).execute()
        # else: the referenced record is not at headquarters (deleted at the branch): the key stays empty
    if new_origins:
        ExchangeOriginRow._meta.database.cursor().executemany(
            f'INSERT OR IGNORE INTO "{ExchangeOriginRow._meta.table_name}" ("uuid", "table", "branch_uuid") '
            "VALUES (?, ?, ?)", [(o["uuid"], o["table"], o["branch_uuid"]) for o in new_origins])
    _apply_tombstones(tombstones, by_table, models, branch_uuid, stats)
    return stats


def _apply_tombstones(tombstones: list[dict[str, Any]], by_table: dict[str, type[Record]],
                      models: list[type[Record]], branch_uuid: str, stats: MergeStats) -> None:
    if not tombstones:
        return
    known = _tombstoned([t["uuid"] for t in tombstones])
    order = {table_of(m): i for i, m in enumerate(models)}
    for t in sorted(tombstones, key=lambda t: -order.get(t["table"], -1)):  # children first
        deleted_at = t["deleted_at"]
        if not isinstance(deleted_at, dt.datetime):
            deleted_at = dt.datetime.fromisoformat(str(deleted_at))
        model = by_table.get(t["table"])
        if model is not None:
            row = model.select(model.id, model.updated_at).where(model.uuid == t["uuid"]).tuples().first()
            if row is not None:
                origin = ExchangeOriginRow.get_or_none(ExchangeOriginRow.uuid == t["uuid"])
                if origin is None or origin.branch_uuid != branch_uuid:
                    raise PackageError("数据包要求删除不属于该党支部的记录，已拒绝导入，本机数据没有改动。")
                if row[1] <= deleted_at:
                    model.delete().where(model.id == row[0]).execute()
                    stats.deleted += 1
        if t["uuid"] not in known or known[t["uuid"]] < deleted_at:
            Tombstone.create(table=t["table"], uuid=t["uuid"], deleted_at=deleted_at)
            known[t["uuid"]] = deleted_at
            ExchangeOriginRow.insert(uuid=t["uuid"], table=t["table"], branch_uuid=branch_uuid).on_conflict_ignore(
            ).execute()
            stats.tombstones_added += 1


# -- headquarters: what each branch holds ----------------------------------------------------------------------


def branch_counts(branch_uuid: str) -> dict[str, int]:
    """Rows per table that came from this branch's packages and still exist."""
    out = {}
    for model in exportable_models():
        sub = ExchangeOriginRow.select(ExchangeOriginRow.uuid).where(
            (ExchangeOriginRow.branch_uuid == branch_uuid) & (ExchangeOriginRow.table == table_of(model)))
        out[table_of(model)] = model.select().where(model.uuid.in_(sub)).count()
    return out


_DONE_STATUSES = ("已完成", "已整改", "完成", "closed", "done")


def _date_column(model: type[Record]) -> Field | None:
    """The column that dates a row, as the record kind declares it (``Table.date_column``); None: not dated."""
    from dangjian_desktop.storage.schema import date_column

    name = date_column(table_of(model))
    return model._meta.fields[name] if name else None


def _by_branch(model: type[Record]):  # noqa: ANN202
    return (model.select(ExchangeOriginRow.branch_uuid, fn.COUNT(model.id))
            .join(ExchangeOriginRow, on=(ExchangeOriginRow.uuid == model.uuid)))


def _branch_key(model: type[Record]) -> ForeignKeyField | None:
    """The record's own key to the branch table (merge makes it name the package's branch), if it has one."""
    return next((f for f in _fks(model) if table_of(f.rel_model) == "branch"), None)


def counts_in_year(table: str, year: int) -> dict[str, int] | None:
    """Rows of ``table`` dated in ``year`` (by its declared date column; all rows of a table without one), for
    every branch at once: branch uuid -> rows (branches without any are left out); None if no such table.

    A table with a key to the branch table is counted by that key (an index range over the dates, no lookup
    in the four-million-row origin table: 250,000 meetings at headquarters); its rows without the key, and
    tables without one, by their origin."""
    model = models_by_table().get(table)
    if model is None:
        return None
    col = _date_column(model)
    in_year = (col >= dt.date(year, 1, 1)) & (col <= dt.date(year, 12, 31)) if col is not None else None
    key = _branch_key(model)
    out: dict[str, int] = {}
    if key is not None:
        branch = key.rel_model
        per_id = model.select(key.alias("bid"), fn.COUNT(model.id).alias("n")).where(key.is_null(False))
        if in_year is not None:
            per_id = per_id.where(in_year)
        per_id = per_id.group_by(key).alias("c")
        q = (branch.select(branch.uuid, per_id.c.n).join(per_id, on=(per_id.c.bid == branch.id))
             .join(ExchangeOriginRow, on=(ExchangeOriginRow.uuid == branch.uuid)))  # branches from packages only
        out.update(q.tuples())
    q = _by_branch(model)
    if key is not None:
        q = q.where(key.is_null())
    if in_year is not None:
        q = q.where(in_year)
    for branch_uuid, n in q.group_by(ExchangeOriginRow.branch_uuid).tuples():
        out[branch_uuid] = out.get(branch_uuid, 0) + n
    return out


def counts_open(table: str) -> dict[str, int] | None:
    """Rows of ``table`` whose ``status`` is not a finished one, for every branch at once; None if not
    countable (no such table, or no status)."""
    model = models_by_table().get(table)
    if model is None or "status" not in model._meta.fields:
        return None
    q = _by_branch(model).where(model._meta.fields["status"].not_in(_DONE_STATUSES))
    return dict(q.group_by(ExchangeOriginRow.branch_uuid).tuples())


_LABELS = {
    "uuid": "编号", "created_at": "创建时间", "updated_at": "修改时间", "name": "名称", "branch": "党支部",
    "gender": "性别", "ethnicity": "民族", "birth_date": "出生日期", "education": "学历", "joined_party_on": "入党日期",
    "full_member_on": "转正日期", "category": "类别", "group": "党小组", "position": "岗位/职务", "phone": "联系电话",
    "id_number": "身份证号", "status": "状态", "status_date": "状态日期", "joined_branch_on": "转入日期",
    "note": "备注", "role": "职务", "member": "党员", "duty": "分工", "leader": "组长", "kind": "类型",
    "parent_committee": "上级党委", "founded_on": "成立日期", "election_date": "选举日期", "term_years": "任期（年）",
    "title": "标题", "date": "日期", "held_on": "日期", "place": "地点", "topic": "主题", "content": "内容",
    "summary": "摘要", "meeting": "会议", "pledge": "承诺", "deadline": "时限", "result": "结果",
    "table": "记录类型", "record_uuid": "记录编号", "at": "时间", "who": "操作人", "action": "操作", "changes": "变化",
}
_TABLE_LABELS = {("member", "name"): "姓名", ("committee_seat", "name"): "姓名", ("member", "category"): "党员类别"}
_HIDDEN = {"uuid", "created_at", "sort_key", "sort_order", "changes"}


def branch_table(branch_uuid: str, table: str, limit: int = 5000) -> RecordTable:
    """A read-only listing of one table's rows of one branch (foreign keys shown by name; 身份证号 masked)."""
    model = models_by_table()[table]
    fields = [f for f in travelling_fields(model) if f.name not in _HIDDEN and f.name != "updated_at"
              and not (isinstance(f, ForeignKeyField) and table_of(f.rel_model) == "branch")]  # always this branch
    fields.append(model.updated_at)  # last: what changed when matters less than what the record says
    sub = ExchangeOriginRow.select(ExchangeOriginRow.uuid).where(ExchangeOriginRow.branch_uuid == branch_uuid)
    q = model.select(*fields).where(model.uuid.in_(sub)).order_by(model.id).limit(limit)
    names: dict[type[Record], dict[int, str]] = {}

    def label_of(target: type[Record], row_id: int) -> str:
        if target not in names:
            label_field = next((target._meta.fields[n] for n in ("name", "title", "topic")
                                if n in target._meta.fields), target.uuid)
            names[target] = {i: str(v) for i, v in target.select(target.id, label_field).tuples()}
        return names[target].get(row_id, "")

    rows = []
    for values in q.tuples():
        out = []
        for f, v in zip(fields, values, strict=True):
            if v is None:
                out.append("")
            elif isinstance(f, ForeignKeyField) and issubclass(f.rel_model, Record):
                out.append(label_of(f.rel_model, v))
            elif f.name == "id_number":
                out.append(idcard.mask(str(v)))
            elif isinstance(f, DateTimeField):
                when = v if isinstance(v, dt.datetime) else dt.datetime.fromisoformat(str(v))
                out.append(when.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M"))
            elif isinstance(f, BooleanField):
                out.append("是" if v else "否")
            else:
                text = str(v)
                out.append(text if len(text) <= 200 else text[:200] + "…")
        rows.append(out)
    headers = [_TABLE_LABELS.get((table, f.name)) or _LABELS.get(f.name) or str(f.verbose_name or f.name)
               for f in fields]
    return RecordTable(table=table, title=table_title(table), headers=headers, rows=rows)


def tables_in_order() -> list[str]:
    return [table_of(m) for m in exportable_models()]
