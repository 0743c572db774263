"""The branch side of the data package: every record as a package row, and the revision of each row.

Row format (one JSON object per row): every field by name except the integer ``id``; a foreign key holds the
referenced row's UUID (or null); dates and times are ISO 8601 text (times UTC, naive); booleans are JSON booleans;
blobs are base64 text. Fields that only make sense in one store (``LOCAL_FIELDS``, or a model's
``EXCHANGE_LOCAL_FIELDS``) never travel: the receiver keeps its own value or the default.

Revisions (format 2): a branch is the only writer of its records, so it numbers each record's versions itself
instead of trusting its PC's clock. At every export each row's travelling values are hashed and compared with the
digest kept in ``exchange_revision`` at the last export: a row that changed (or is new) gets the next revision.
An incremental package holds exactly those rows, and the tombstones written since the last export (by their id,
not their time), so a clock that jumped back or forth loses nothing.
"""

from __future__ import annotations

import base64
import functools
import datetime as dt
import hashlib
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    Field,
    ForeignKeyField,
    IntegerField,
    TextField,
    TimeField,
    fn,
)

from dangjian_desktop.storage.models import Record, Tombstone
from dangjian_desktop.storage.models_exchange import ExchangeRevisionRow
from dangjian_desktop.storage.repos.records_schema import chunks, exportable_models, table_of, travelling_fields

REVISION_KEY = "_revision"  # exchange.format.REVISION_KEY: storage does not import the exchange package


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


_COLUMN_TYPES = {"text": {str, type(None)}, "integer": {int, type(None)}}  # what sqlite3 returns for them
_BOOLS = {0: False, 1: True}
_DATE_TYPES = {str}


def _converter(field: Field, cache: _UuidCache) -> Callable[[tuple[Any, ...]], list[Any] | tuple[Any, ...]] | None:
    """How a column of ``field`` (all its values, as read) becomes its JSON values: a column at a time, with C
    loops (``map``) for what the app writes; a value of another kind goes through peewee's conversion as before
    (``_to_json``). None: the values are the JSON values already."""
    slow = functools.partial(_slow_column, field)
    kind = type(field)
    if isinstance(field, ForeignKeyField) and issubclass(field.rel_model, Record):
        cache.uuid(field.rel_model, 0)  # loads the table's id -> uuid map
        uuid_of = cache._by_id[field.rel_model].get  # noqa: SLF001

        def foreign(col: tuple[Any, ...]) -> list[Any]:
            return list(map(uuid_of, col))  # None is no id: None
        return foreign
    if kind is BooleanField:
        def boolean(col: tuple[Any, ...]) -> list[Any] | tuple[Any, ...]:
            return list(map(_BOOLS.__getitem__, col)) if set(col) <= {0, 1} else slow(col)
        return boolean
    if kind is DateTimeField:
        def timestamp(col: tuple[Any, ...]) -> list[Any] | tuple[Any, ...]:
            if set(map(type, col)) == _DATE_TYPES:
                try:  # as stored (str(datetime)): fromisoformat and isoformat are C functions
                    return list(map(dt.datetime.isoformat, map(dt.datetime.fromisoformat, col)))
                except ValueError:
                    pass
            return [None if v is None else _datetime_json(field, v) for v in col]
        return timestamp
    if kind is DateField:
        def date(col: tuple[Any, ...]) -> list[Any] | tuple[Any, ...]:
            if set(map(type, col)) == _DATE_TYPES and all(map(_ISO_DATE.fullmatch, col)):
                return col  # as stored: the JSON text is the same
            return [v if v is None or (type(v) is str and _ISO_DATE.fullmatch(v)) else _to_json(field, field.python_value(v))
                    for v in col]
        return date
    if kind in _PLAIN_TYPES:
        expected = _COLUMN_TYPES[_PLAIN_TYPES[kind]]

        def plain(col: tuple[Any, ...]) -> list[Any] | tuple[Any, ...]:
            # a value of another storage type anywhere in the column (never written by the app): peewee's
            # conversion, as for every other field
            return col if set(map(type, col)) <= expected else slow(col)
        return plain
    return slow


def _slow_column(field: Field, col: tuple[Any, ...]) -> list[Any]:
    to_python = field.python_value
    return [None if v is None else _to_json(field, to_python(v)) for v in col]


def dump(since: dt.datetime | None = None) -> dict[str, list[dict[str, Any]]]:
    """All records (or those changed after ``since``), by table in dependency order."""
    cache = _UuidCache()
    return {table_of(model): _dump_model(model, cache, since) for model in exportable_models()}


def _dump_model(model: type[Record], cache: _UuidCache, since: dt.datetime | None = None) -> list[dict[str, Any]]:
    fields = travelling_fields(model)
    names = [f.name for f in fields]
    # rows are read as plain tuples in one query, turned into columns, each column converted in one go where
    # it needs it, and the rows built with C loops (peewee's row objects and per-value conversions were most
    # of the export's reading)
    q = model.select(*fields).order_by(model.id)
    if since is not None:
        q = q.where(model.updated_at > since)
    sql, params = q.sql()
    rows = model._meta.database.execute_sql(sql, params).fetchall()
    if rows:
        columns: list[Any] = list(zip(*rows, strict=True))
        changed = False
        for i, f in enumerate(fields):
            convert = _converter(f, cache)
            if convert is not None:
                col = convert(columns[i])
                if col is not columns[i]:
                    columns[i], changed = col, True
        if changed:
            rows = zip(*columns, strict=True)
    return list(map(dict, map(zip, itertools.repeat(names), rows)))


# -- the rows' JSON made by SQLite ------------------------------------------------------------------------------
# A table whose travelling fields are all of the kinds below has each row's JSON text made by SQLite's
# json_object() (C, and the GIL released) instead of building a dict of converted values in Python and encoding
# it: the same values, the same keys in the same order (tests/storage/test_dump.py compares the texts with
# json.dumps of the Python dump). Each row also says whether any value is one the app never writes (another
# storage type, a timestamp not in the form str(datetime) gives, a date not YYYY-MM-DD, a boolean not 0/1); then
# the whole table goes the Python way, where peewee's conversions give what they always gave.


@dataclass(frozen=True)
class RowsJson:
    """A table's rows as the JSON text of their array (``[{...},{...}]``, each with REVISION_KEY last), UTF-8
    (SQLite's own text, never decoded into Python strings)."""

    text: bytes
    count: int
    # the keys of every row (the travelling fields, and REVISION_KEY): a table whose rows have no hash column
    # needs no search of its text for one (services/exchange.py)
    keys: frozenset[str] = frozenset()


_CANONICAL_TIME = (  # str(datetime) of a naive datetime, a real one (SQLite's datetime() gives it back unchanged)
    "CASE length({c}) WHEN 19 THEN datetime({c}) = {c} "
    "WHEN 26 THEN datetime({c}) = substr({c}, 1, 19) AND substr({c}, 20) GLOB '.[0-9][0-9][0-9][0-9][0-9][0-9]' "
    "AND substr({c}, 21) != '000000' ELSE 0 END AND {c} >= '0001'")
_ISO_DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


def _json_sql(model: type[Record]) -> tuple[str, str, str, str, str] | None:
    """The expressions of uuid, updated_at as in the JSON, the row's JSON text and "a value is odd", and the
    query's FROM and ORDER BY; or None when a field is of another kind.

    Checked for odd values, as cheaply as what peewee's conversion would change allows: a TEXT column holds
    text or a blob (its affinity makes text of numbers; json_object refuses a blob: the Python way); an INTEGER
    column text or a real (text that is no number stays as it is both ways; a real would become an int); a
    foreign key text or a real finds no row both ways (null); a boolean other than 0/1; a date not YYYY-MM-DD;
    a timestamp not in str(datetime)'s form or not a real one."""
    table = model._meta.table_name
    pairs: list[str] = []
    odd: list[str] = []
    joins: list[str] = []
    stamp = "NULL"
    for f in travelling_fields(model):
        c = f't."{f.column_name}"'
        kind = type(f)
        if isinstance(f, ForeignKeyField) and issubclass(f.rel_model, Record):
            # the referenced row's UUID by a join on its primary key (null when none: as the id -> uuid map)
            rel = f.rel_model
            alias = f"j{len(joins)}"
            joins.append(f'LEFT JOIN "{rel._meta.table_name}" {alias} '
                         f'ON {alias}."{rel._meta.primary_key.column_name}" = {c}')
            expr = f'{alias}."{rel._meta.fields["uuid"].column_name}"'
        elif kind is BooleanField:
            expr = f"CASE {c} WHEN 1 THEN json('true') WHEN 0 THEN json('false') END"
            odd.append(f"{c} NOT IN (0, 1)")
        elif kind is DateTimeField:
            expr = f"substr({c}, 1, 10) || 'T' || substr({c}, 12)"
            odd.append(f"{c} IS NOT NULL AND NOT ({_CANONICAL_TIME.format(c=c)})")
        elif kind is DateField:
            expr = c
            odd.append(f"NOT {c} GLOB '{_ISO_DATE_GLOB}'")
        elif kind is IntegerField:
            expr = c
            odd.append(f"typeof({c}) = 'real'")
        elif kind in _PLAIN_TYPES:
            expr = c
        else:
            return None
        if f.name == "updated_at":
            stamp = expr
        pairs.append(f"'{f.name}', {expr}")
    if not pairs or not all(f.name.isidentifier() for f in travelling_fields(model)):
        return None
    return (f't."{model._meta.fields["uuid"].column_name}"', stamp, f'CAST(json_object({", ".join(pairs)}) AS BLOB)',
            " OR ".join(f"({o})" for o in odd) or "0",
            f'FROM "{table}" t {" ".join(joins)} ORDER BY t."{model._meta.primary_key.column_name}"')


def _json_rows(model: type[Record]) -> list[tuple[str, str | None, bytes, int]] | None:
    """(uuid, updated_at as in the JSON, the row's JSON text, odd) of every row, or None: the Python way."""
    if getattr(model._meta.database, "engine", "sqlite") != "sqlite" or "uuid" not in model._meta.fields:
        return None
    made = _json_sql(model)
    if made is None:
        return None
    try:
        uuid, stamp, text, odd, rest = made
        rows = model._meta.database.execute_sql(f"SELECT {uuid}, {stamp}, {text}, {odd} {rest}").fetchall()
    except Exception:  # noqa: BLE001 - e.g. a blob (json_object refuses it) or an SQLite without JSON
        return None
    if any(map(itemgetter(3), rows)):
        return None
    return rows


def dump_tombstones(since: dt.datetime | None = None) -> list[dict[str, Any]]:
    q = Tombstone.select().order_by(Tombstone.deleted_at, Tombstone.id)
    if since is not None:
        q = q.where(Tombstone.deleted_at > since)
    return [{"table": t.table, "uuid": t.uuid, "deleted_at": t.deleted_at.isoformat()} for t in q]


# -- revisions --------------------------------------------------------------------------------------------------


def row_digest(row: dict[str, Any]) -> str:
    """A digest of a row's travelling values (its revision key left out): 128 bits of SHA-256 of its JSON text,
    keys in the dump's (the model's) order."""
    if REVISION_KEY in row:
        row = {k: v for k, v in row.items() if k != REVISION_KEY}
    text = json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass
class PackageDump:
    """What one export takes from the store (read inside one transaction)."""

    records: dict[str, list[dict[str, Any]] | RowsJson]  # rows carry REVISION_KEY
    tombstones: list[dict[str, Any]]
    tombstone_mark: int  # the highest tombstone id now: the next incremental package starts after it
    revisions: list[tuple[str, str, int, str, str]] = field(default_factory=list)  # (uuid, table, rev, digest, stamp)
    present: int = 0  # rows in the store now
    gone: int = 0  # rows exported before that no longer exist (their revisions can be forgotten)
    # SHA-256 over every row in the store now (table, UUID and the digest of its travelling values) and every
    # record's local fields: equal states, equal records (the package's printed documents are reused by it)
    state: str = ""


def dump_for_package(incremental: bool, tombstones_after: int = 0) -> PackageDump:
    """Every record with its revision, or (``incremental``) only the records changed since the last export and
    the tombstones with an id above ``tombstones_after``. Call inside a transaction; nothing is written here:
    ``save_revisions`` keeps the new revisions once the package has been written and verified.

    A row whose ``updated_at`` is the one it had at the last export is unchanged (every write of a record moves
    its stamp, whichever way the clock went); any other row is hashed, and a new revision given only if its
    values really differ (saved without a change: same revision).

    A table's rows come as ``RowsJson`` (their JSON text made by SQLite, see ``_json_sql``) or, where SQLite
    cannot make it, as dicts (``_dump_model``)."""
    table = ExchangeRevisionRow._meta.table_name
    known: dict[str, tuple[int, str, str]] = {
        u: (r, d, s) for u, r, d, s in ExchangeRevisionRow._meta.database.execute_sql(
            f'SELECT "uuid", "revision", "digest", "stamp" FROM "{table}"').fetchall()}
    out: dict[str, list[dict[str, Any]] | RowsJson] = {}
    updates: list[tuple[str, str, int, str, str]] = []
    present = seen_before = 0
    get = known.get
    state = hashlib.sha256()
    cache = _UuidCache()
    suffix: dict[int, bytes] = {}
    for model in exportable_models():
        name = table_of(model)
        fast = _json_rows(model)
        uuids: list[str]
        if fast is not None:
            uuids = list(map(itemgetter(0), fast))
            texts: list[bytes] = []  # each row's text without its closing brace, then ',"_revision":n},'
            digests: list[str] = []
            add = texts.append
            for uuid, stamp, text, _odd in fast:
                held = get(uuid)
                stamp = stamp or ""
                if held is not None:
                    seen_before += 1
                    if held[2] == stamp:
                        digests.append(held[1])
                        if not incremental:
                            add(text[:-1])
                            add(suffix.get(held[0]) or _revision_suffix(suffix, held[0]))
                        continue
                # the digest of the values as Python writes them (the one kept since the first export)
                digest = row_digest(json.loads(text))
                digests.append(digest)
                if held is not None and held[1] == digest:
                    updates.append((uuid, name, held[0], digest, stamp))  # remember the new stamp
                    if not incremental:
                        add(text[:-1])
                        add(suffix.get(held[0]) or _revision_suffix(suffix, held[0]))
                    continue
                revision = held[0] + 1 if held is not None else 1
                updates.append((uuid, name, revision, digest, stamp))
                add(text[:-1])
                add(suffix.get(revision) or _revision_suffix(suffix, revision))
            present += len(fast)
            out[name] = RowsJson(b"[" + b"".join(texts)[:-1] + b"]" if texts else b"[]", len(texts) // 2,
                                 frozenset([*(f.name for f in travelling_fields(model)), REVISION_KEY]))
        else:
            rows = _dump_model(model, cache)
            uuids = list(map(itemgetter("uuid"), rows))
            kept = []
            digests = []
            for row in rows:
                present += 1
                held = get(row["uuid"])
                stamp = row.get("updated_at") or ""
                seen_before += held is not None
                if held is not None and held[2] == stamp:
                    row[REVISION_KEY] = held[0]
                    digests.append(held[1])
                    if not incremental:
                        kept.append(row)
                    continue
                digest = row_digest(row)
                digests.append(digest)
                if held is not None and held[1] == digest:
                    row[REVISION_KEY] = held[0]
                    updates.append((row["uuid"], name, held[0], digest, stamp))  # remember the new stamp
                    if not incremental:
                        kept.append(row)
                    continue
                revision = held[0] + 1 if held is not None else 1
                row[REVISION_KEY] = revision
                updates.append((row["uuid"], name, revision, digest, stamp))
                kept.append(row)
            out[name] = kept
        state.update(f"{name}\n".encode())
        state.update("\n".join(map(" ".join, zip(uuids, digests, strict=True))).encode())
    state.update(_local_fields_json().encode())
    mark = Tombstone.select(fn.MAX(Tombstone.id)).scalar() or 0
    q = Tombstone.select().order_by(Tombstone.id)
    if incremental:
        q = q.where(Tombstone.id > tombstones_after)
    tombstones = [{"table": t.table, "uuid": t.uuid, "deleted_at": t.deleted_at.isoformat()} for t in q]
    return PackageDump(out, tombstones, mark, updates, present, len(known) - seen_before, state.hexdigest())


def _revision_suffix(suffix: dict[int, bytes], revision: int) -> bytes:
    suffix[revision] = f',"{REVISION_KEY}":{revision}}},'.encode()
    return suffix[revision]


def rows_of(rows: list[dict[str, Any]] | RowsJson) -> list[dict[str, Any]]:
    """A table's rows of a ``PackageDump`` as dicts (parsed when SQLite made their JSON)."""
    return json.loads(rows.text) if isinstance(rows, RowsJson) else rows


def _local_fields_json() -> str:
    """Every record's fields that never travel (e.g. which branch is this store's own), as JSON text."""
    out = []
    for model in exportable_models():
        travelling = {f.name for f in travelling_fields(model)}
        local = [f for f in model._meta.sorted_fields if f.name not in travelling and f.name not in ("id", "uuid")]
        if local:
            rows = model.select(model.uuid, *local).order_by(model.id).tuples()
            out.append([table_of(model), [f.name for f in local], [list(r) for r in rows]])
    return json.dumps(out, ensure_ascii=False, default=str)


def save_revisions(updates: list[tuple[str, str, int, str, str]], *, keep_only_present: bool = False) -> None:
    """Remember the revisions of an export that was written and verified (inside the caller's transaction).
    ``keep_only_present`` also forgets records that no longer exist (after a full export where some are gone)."""
    db = ExchangeRevisionRow._meta.database
    table = ExchangeRevisionRow._meta.table_name
    for part in chunks(updates, 200):
        db.cursor().executemany(
            f'INSERT OR REPLACE INTO "{table}" ("uuid", "table", "revision", "digest", "stamp") '
            "VALUES (?, ?, ?, ?, ?)", part)
    if keep_only_present:
        live = " UNION ALL ".join(f'SELECT "uuid" FROM "{table_of(m)}"' for m in exportable_models())
        db.execute_sql(f'DELETE FROM "{table}" WHERE "uuid" NOT IN ({live})')
