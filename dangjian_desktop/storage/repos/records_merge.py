"""Merging one package's records into the headquarters store (inside the caller's transaction).

Tables in dependency order (referenced tables first); a row is inserted when its UUID is new and replaces the held
row when it is a newer version; foreign keys are resolved from UUIDs back to local ids; nullable keys that point
forward (cycles such as 党小组组长 -> 党员 -> 党小组) are set in a second pass. ``updated_at`` is kept as the
branch wrote it. Any inconsistency raises ``PackageError`` and the caller rolls back.

Which version is newer:

* a signed package (``ordered``): headquarters applies a branch's packages in the branch's own sequence, so the
  package's row *is* the branch's current version. A row whose revision equals the one held is left alone
  (nothing rewritten when the same data comes again); any other revision replaces it. No clock is consulted.
* an old package without revisions: by ``updated_at``, as before (newer replaces, equal or older is left alone).

Confinement: every row of the package must be new or already the same branch's; every key must point to a row
of the package or to a row of the same branch (never to another branch's 党小组 or member); deletions remove
only that branch's rows, with what cascades from them counted (``records_delete``). A full signed package is
the branch's whole state: the branch's rows it no longer holds are removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import operator
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from peewee import ForeignKeyField, IntegrityError

from dangjian_desktop.domain.exchange import PackageError, table_title
from dangjian_desktop.storage.models import Record
from dangjian_desktop.storage.models_exchange import ExchangeOriginRow
from dangjian_desktop.storage.models_meetings import MEETING_TRIGGER_NAMES, MeetingRow, MeetingSearchQueue, fts_key
from dangjian_desktop.storage.repos import records_pg_insert
from dangjian_desktop.storage.repos.records_delete import (
    ORIGIN_TABLE,
    apply_tombstones,
    branch_children,
    origins,
    prune_absent,
    tombstoned,
)
from dangjian_desktop.storage.repos.records_dump import REVISION_KEY
from dangjian_desktop.storage.repos.records_schema import (
    child_keys,
    exportable_models,
    fks,
    local_fields,
    rows_in,
    table_of,
    travelling_fields,
)
from dangjian_desktop.storage.repos.records_values import (
    KEY,
    OTHER,
    SKIP,
    TEXT,
    Inserter,
    bad_value,
    converter,
    from_json,
    kinds_of,
    same_values,
    stored_text,
    text_limits,
)

UNOWNED = "数据包中的记录与本机自己录入的记录编号相同，已拒绝导入，本机数据没有改动。"
OTHER_BRANCH = ("数据包中的“{table}”记录引用了另一个党支部的“{target}”记录。每个党支部的数据包只能引用本支部的记录，"
                "已拒绝导入，本机数据没有改动。")


@dataclass
class MergeStats:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0  # rows the receiver holds in a newer version (old packages only)
    deleted: int = 0  # rows removed, cascades included
    tombstones_added: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.inserted or self.updated or self.deleted or self.tombstones_added)


def _when(t: Any) -> dt.datetime:
    return t if isinstance(t, dt.datetime) else dt.datetime.fromisoformat(str(t))


def _existing(model: type[Record], uuids: list[str]) -> dict[str, tuple[int, dt.datetime]]:
    return {u: (i, _when(t)) for u, i, t in rows_in(table_of(model), '"uuid", "id", "updated_at"', uuids)}


class _Resolver:
    """uuid -> local id of a table, from the rows merged so far and the store."""

    def __init__(self) -> None:
        self._ids: dict[type[Record], dict[str, int]] = {}

    def remember(self, model: type[Record], uuid: str, row_id: int) -> None:
        self._ids.setdefault(model, {})[uuid] = row_id

    def known(self, model: type[Record]) -> dict[str, int]:
        return self._ids.setdefault(model, {})

    def id_of(self, model: type[Record], uuid: str) -> int | None:
        known = self._ids.setdefault(model, {})
        if uuid not in known:
            row = model.select(model.id).where(model.uuid == uuid).tuples().first()
            if row is None:
                return None
            known[uuid] = row[0]
        return known[uuid]


def _new_rows(table: str, rows: list[dict[str, Any]], fields: dict[str, Any], kinds: dict[str, int],
              limits: dict[str, int], branch_uuid: str, branch_table: str, resolver: _Resolver,
              as_stored: bool = False) -> tuple[list[str], list[list[Any]], set[str]] | None:
    """A table's rows, all new, taken column by column (one pass of C-level checks a column where the row-by-row
    path makes a Python call a value): the column names and values, checked and converted exactly as the
    row-by-row path does, and the columns left as the text the store holds (``as_stored``, SQLite: dates and
    timestamps in a form whose stored text is known, ``records_values.stored_text``). None when any row needs that path:
    columns that differ between rows, a value it would refuse or convert in a way this does not (it then
    refuses with its own reason, in its own order), a key to a row not yet held (set in the second pass).
    Nothing is written here."""
    first = rows[0].keys()
    if any(r.keys() != first for r in rows):
        return None
    names: list[str] = []
    columns: list[list[Any]] = []
    stored: set[str] = set()
    try:
        for name in first:
            kind = kinds[name]
            if kind == SKIP:
                continue
            column = list(map(operator.itemgetter(name), rows))
            if kind == TEXT:
                if not set(map(type, column)) <= _STR or max(map(len, column)) > limits[name]:
                    column = [from_json(table, fields[name], v) for v in column]
            elif kind == KEY:
                f = fields[name]
                if not set(map(type, column)) <= _STR:
                    return None  # an empty key (set in the second pass or refused) or a value of another type
                if table_of(f.rel_model) == branch_table and any(v != branch_uuid for v in column):
                    return None
                known = resolver.known(f.rel_model)
                ids = list(map(known.get, column))
                for i, target in enumerate(ids):
                    if target is None:
                        target = resolver.id_of(f.rel_model, column[i])
                        if target is None:
                            return None
                        ids[i] = target
                column = ids
            elif None in column:  # OTHER
                column = [from_json(table, fields[name], v) for v in column]
            elif as_stored and (text := stored_text(fields[name], column)) is not None:
                column = text  # the text the row-by-row path would store, passed as it is
                stored.add(name)
            elif not same_values(fields[name], column):  # else every value as the conversion would give it
                convert, f = converter(fields[name]), fields[name]
                column = [convert(f, v) for v in column]
            names.append(name)
            columns.append(column)
    except (PackageError, ValueError, TypeError, ArithmeticError):
        return None
    return names, columns, stored


_STR = {str}


def _referenced(models: list[type[Record]]) -> set[type[Record]]:
    """Tables some foreign key points at (their new rows' ids are needed while merging)."""
    return {f.rel_model for m in models for f in fks(m)}


def _check_references(records: dict[str, list[dict[str, Any]]], by_table: dict[str, type[Record]],
                      carried: set[str], branch_uuid: str, branch_table: str) -> None:
    """Every key naming a row outside the package must name a row of the same branch (or none at all: then the
    merge reports it missing or leaves the key empty). The same holds for text columns declared as naming a row
    (``Table.refs``, e.g. the meeting that decided a 发展党员 step): they are not keys, but they must not point
    into another branch either."""
    from dangjian_desktop.storage.schema import uuid_refs

    outside: dict[str, tuple[str, type[Record]]] = {}
    for table, rows in records.items():
        model = by_table[table]
        targets = {f.name: f.rel_model for f in travelling_fields(model)
                   if isinstance(f, ForeignKeyField) and issubclass(f.rel_model, Record)
                   and table_of(f.rel_model) != branch_table}  # the branch key is checked on its own
        targets.update({column: by_table[target] for column, target in uuid_refs(table).items()
                        if target in by_table and target != branch_table})
        for r in rows:
            for name, target in targets.items():
                value = r.get(name)
                if type(value) is str and value and value not in carried and value not in outside:
                    outside[value] = (table, target)
    if not outside:
        return
    owners = origins(list(outside))
    for uuid, (table, target) in outside.items():
        owner = owners.get(uuid)
        if owner is not None and owner[0] != branch_uuid:
            raise PackageError(OTHER_BRANCH.format(table=table_title(table), target=table_title(table_of(target))))
    unowned = [u for u in outside if u not in owners]
    by_target: dict[type[Record], list[str]] = {}
    for u in unowned:
        by_target.setdefault(outside[u][1], []).append(u)
    for target, uuids in by_target.items():  # held here but registered to no branch: made at headquarters
        found = next(iter(rows_in(table_of(target), '"uuid"', uuids)), None)
        if found is not None:
            table = outside[found[0]][0]
            raise PackageError(OTHER_BRANCH.format(table=table_title(table), target=table_title(table_of(target))))


FOREIGN = ("数据包中的记录与已导入的另一个党支部的记录编号相同，可能是复制了别的支部的数据文件夹，"
           "或数据包被改动过。为保护已有数据，已拒绝导入。")
# SQLite, a package of at least this many rows: which of its UUIDs headquarters holds is read along the branch's
# own registrations (one range of the (branch_uuid, table) index) instead of looked up one by one in the
# random-UUID key of every branch's rows (5.4 M at 500 branches: a random page a row)
BRANCH_SCAN_ROWS = 2_000


def _branch_origins(branch_uuid: str, limit: int | None = None) -> list[tuple[str, int | None]]:
    """(uuid, revision) of every row registered to ``branch_uuid`` (at most ``limit`` of them)."""
    sql = f'SELECT "uuid", "revision" FROM "{ORIGIN_TABLE}" WHERE "branch_uuid" = ?'
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return Record._meta.database.execute_sql(sql, (branch_uuid,)).fetchall()


def _refuse_foreign(incoming: list[str], branch_uuid: str, tables: dict[str, type[Record]] | None = None) -> None:
    """The package's first check, made exactly (by UUID): raises PackageError if any of its rows is registered
    to another branch (``tables``: the child rows' tables, whose owner is their parent's)."""
    if any(b != branch_uuid for b, _ in origins(incoming, tables).values()):
        raise PackageError(FOREIGN)


def _child_rows(records: dict[str, list[dict[str, Any]]], by_table: dict[str, type[Record]],
                ) -> dict[str, type[Record]]:
    """uuid -> table of the package's rows registered through their parent (``records_schema.child_keys``)."""
    keys = child_keys()
    out: dict[str, type[Record]] = {}
    for t, rows in records.items():
        model = by_table.get(t)
        if model in keys:
            out.update(dict.fromkeys(map(operator.itemgetter("uuid"), rows), model))
    return out


def merge(records: dict[str, list[dict[str, Any]]], tombstones: list[dict[str, Any]], branch_uuid: str,
          branch_table: str = "branch", *, ordered: bool = False, full: bool = False) -> MergeStats:
    """Merge one package's records into the store. Call inside ``store.atomic()``; raises PackageError on any
    inconsistency (the caller's transaction then rolls everything back).

    ``ordered``: the package is signed and applied in its branch's sequence (rows carry their revision);
    ``full``: it holds the branch's whole state (rows the branch no longer has are removed).

    Which of the package's rows another branch holds is the first refusal. On SQLite, for a large package, it
    is not looked up row by row: the branch's own registrations are read, and a row registered elsewhere is new
    to the branch, so inserting it (its UUID into the record table's and the registry's unique keys) fails;
    any failure of the merge then makes the exact check first, so the package is refused with the same reason
    as before, and the few rows a merge leaves unwritten (older than a tombstone) are checked at the end."""
    models = exportable_models()
    incoming = [r["uuid"] for rows in records.values() for r in rows]
    by_branch = (getattr(Record._meta.database, "engine", "sqlite") != "postgresql"
                 and len(incoming) >= BRANCH_SCAN_ROWS)
    with _new_meetings_queued_after(records):
        if not by_branch:
            return _merge(records, tombstones, branch_uuid, branch_table, ordered=ordered, full=full, models=models)
        checked: list[bool] = []  # set once the merge is past the point where the exact check would have been
        try:
            return _merge(records, tombstones, branch_uuid, branch_table, ordered=ordered, full=full,
                          models=models, by_branch=checked)
        except (PackageError, IntegrityError, sqlite3.IntegrityError):
            if checked:
                _refuse_foreign(incoming, branch_uuid, _child_rows(records, {table_of(m): m for m in models}))
            raise


_INSERT_TRIGGER = MEETING_TRIGGER_NAMES[0]  # meeting_search_ai: queues a new meeting's index key


@contextlib.contextmanager
def _new_meetings_queued_after(records: dict[str, list[dict[str, Any]]]) -> Iterator[None]:
    """SQLite: the package's new meetings are queued for the search index by one statement after the merge, as
    the insert trigger would have queued each (``models_meetings.MEETING_TRIGGERS``): the trigger is dropped for
    the merge and made again from its own stored text, inside the caller's transaction (a rolled-back package
    rolls the drop back too; nothing outside the transaction ever sees the table without it).

    Why: a statement that fires a trigger writes two tables, so SQLite keeps a statement journal for it, and a
    meeting row's insert touches ≈ 20 index pages, every one of them journalled again for every row: 60 % of a
    meeting's insert (≈ 50 of 85 µs a row, BENCHMARKS.md). Updates and deletes keep their triggers. Every new
    meeting of the merge has an id above the table's highest before it: the merge deletes (tombstones, the
    prune) only after its inserts."""
    database = Record._meta.database
    if (getattr(database, "engine", "sqlite") == "postgresql" or not records.get(table_of(MeetingRow))
            or not database.in_transaction()):
        yield
        return
    found = database.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                 (_INSERT_TRIGGER,)).fetchone()
    if found is None:  # a store without the search queue (none this program opens): nothing to keep up
        yield
        return
    table = table_of(MeetingRow)
    last = database.execute_sql(f'SELECT max("id") FROM "{table}"').fetchone()[0] or 0
    database.execute_sql(f'DROP TRIGGER "{_INSERT_TRIGGER}"')
    try:
        yield
        key = fts_key('"date"', '"id"')
        database.execute_sql(f'INSERT OR IGNORE INTO "{MeetingSearchQueue._meta.table_name}" (key, old_text, old_head) '
                             f'SELECT {key}, NULL, NULL FROM "{table}" WHERE "id" > ? ORDER BY 1', (last,))
    finally:  # unless an error already rolled the transaction back (SQLITE_FULL, …), which brought it back itself
        if database.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                (_INSERT_TRIGGER,)).fetchone() is None:
            database.execute_sql(found[0])


def _merge(records: dict[str, list[dict[str, Any]]], tombstones: list[dict[str, Any]], branch_uuid: str,
           branch_table: str, *, ordered: bool, full: bool, models: list[type[Record]],
           by_branch: list[bool] | None = None) -> MergeStats:
    """``merge``; ``by_branch`` (a list, appended to when the rows' owners would have been checked): the rows'
    owners are left to the inserts (see ``merge``)."""
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
    registered: list[tuple[str, int | None]] = []  # rows the branch held before this package (by_branch: all)
    children_keys = child_keys()
    children = _child_rows(records, by_table)  # registered through their parent: no registry row of their own
    # a tombstone of a child row: whose the row is, is told by its parent, first among the faults as before
    stones = {t["uuid"]: by_table[t["table"]] for t in tombstones if by_table.get(t["table"]) in children_keys}
    if by_branch is not None:  # the tombstones by UUID (few), the rows along the branch's registrations
        held = origins([t["uuid"] for t in tombstones], stones)
        registered = _branch_origins(branch_uuid)
        held.update((u, (branch_uuid, r)) for u, r in registered if u in seen)
        if registered:  # the branch's child rows, along its parents
            for model in set(children.values()):
                held.update((u, (branch_uuid, None)) for u, _ in branch_children(model, branch_uuid) if u in seen)
    else:
        held = origins(incoming + [t["uuid"] for t in tombstones], {**children, **stones})
        if ordered and full:  # the prune's question below, asked of one index entry (the rows: SQLite's by_branch)
            registered = _branch_origins(branch_uuid, limit=1)
    foreign = {u for u, (b, _) in held.items() if b != branch_uuid}
    if foreign and any(t["uuid"] in foreign for t in tombstones):
        raise PackageError("数据包要求删除不属于该党支部的记录，已拒绝导入，本机数据没有改动。")
    if foreign:
        raise PackageError(FOREIGN)
    if by_branch is not None:
        by_branch.append(True)
    _check_references(records, by_table, seen, branch_uuid, branch_table)
    tombs = {} if ordered else tombstoned(incoming)
    stats = MergeStats()
    resolver = _Resolver()
    look_up_all = getattr(Record._meta.database, "engine", "sqlite") == "postgresql"
    inserter = records_pg_insert.PgInserter() if look_up_all else Inserter()
    referenced = _referenced(models)
    self_referencing = {m for m in models if any(f.rel_model is m for f in fks(m))}
    batched: list[str] = []
    deferred: list[tuple[type[Record], int, ForeignKeyField, str]] = []
    new_origins: list[tuple[str, str, str, int | None]] = []
    new_children: list[str] = []  # child rows new to the branch (not registered: their parent is)
    unwritten: list[str] = []
    for model in models:
        table = table_of(model)
        rows = records.get(table, [])
        if not rows:
            continue
        fields = {f.name: f for f in travelling_fields(model)}
        limits = text_limits(fields)
        kinds = kinds_of(fields, limits, local_fields(model))
        kinds[REVISION_KEY] = SKIP
        extra = sorted(k for k in set().union(*rows) if k not in kinds)  # every column any row has, once
        if extra:
            shown = "、".join("".join(c if c.isascii() and (c.isalnum() or c == "_") else "?" for c in k[:40])
                             for k in extra[:5])  # a name from the package: nothing that could mislead on screen
            raise PackageError(f"数据包中“{table_title(table)}”记录含有本程序不认识的字段（{shown}），"
                               "可能由更新版本的程序导出。请升级程序后再导入。")
        # SQLite: only the rows this branch holds are looked up before the merge; a new row whose UUID is held here
        # all the same (made at headquarters, registered to no branch) fails its insert on the unique UUID index,
        # which then tells the same as the lookup would have (one random index lookup a row less at 500 branches).
        # PostgreSQL: an error ends the transaction, so every row is looked up first.
        uuids = [r["uuid"] for r in rows]
        existing = _existing(model, uuids if look_up_all else [u for u in uuids if u in held])
        unowned = [u for u in existing if u not in held]
        if unowned:
            raise PackageError(UNOWNED)
        fast = None
        if not existing and model not in self_referencing and (ordered or tombs.keys().isdisjoint(uuids)):
            fast = _new_rows(table, rows, fields, kinds, limits, branch_uuid, branch_table, resolver,
                             as_stored=not look_up_all)
        if model in referenced:  # the new rows' ids are read back after the insert: the ids above this one
            last_id = Record._meta.database.execute_sql(f'SELECT max("id") FROM "{table}"').fetchone()[0] or 0
        child = model in children_keys
        if fast is not None:  # every row new and every value as the row-by-row path takes it (below)
            inserter.insert_rows(model, *fast)
            if child:
                new_children.extend(uuids)
            else:
                new_origins.extend((r["uuid"], table, branch_uuid, r.get(REVISION_KEY)) for r in rows)
            stats.inserted += len(rows)
            if model in referenced:
                batched.extend(uuids)
            rows = []
        try:
            for r in rows:
                uuid = r["uuid"]
                revision = r.get(REVISION_KEY)
                if not ordered and uuid in tombs:
                    if tombs[uuid] >= from_json(table, fields["updated_at"], r.get("updated_at")):
                        stats.older += 1
                        if uuid not in held:
                            unwritten.append(uuid)  # not inserted: whose it is, is checked at the end
                        continue
                if uuid in existing:
                    row_id, local_at = existing[uuid]
                    resolver.remember(model, uuid, row_id)
                    if ordered and not child:
                        if revision is not None and held[uuid][1] == revision:
                            stats.unchanged += 1
                            continue
                    elif ordered:  # a child row: every change of a row at the branch gives it a new stamp
                        if from_json(table, fields["updated_at"], r.get("updated_at")) == local_at:
                            stats.unchanged += 1
                            continue
                    else:
                        incoming_at = from_json(table, fields["updated_at"], r.get("updated_at"))
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
                    if kind == TEXT:
                        if type(value) is str and len(value) <= limits[name]:
                            values[name] = value  # the common case, as from_json would take it
                        else:
                            values[name] = from_json(table, fields[name], value)
                    elif kind == KEY:
                        f = fields[name]
                        if value is None:
                            if not f.null:
                                raise bad_value(table, name)
                            values[name] = None
                            continue
                        if not isinstance(value, str):
                            raise bad_value(table, name)
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
                    elif kind == OTHER:
                        values[name] = from_json(table, fields[name], value)
                if uuid in existing:
                    row_id = existing[uuid][0]
                    values.pop("uuid", None)
                    model.update(values).where(model.id == row_id).execute()
                    stats.updated += 1
                    if ordered and not child:
                        new_origins.append((uuid, table, branch_uuid, revision))
                else:
                    # one executemany per table; the ids of rows others refer to are read back by uuid afterwards
                    # (a row with a key to set in the second pass, or in a table referring to itself, needs its id now)
                    row_id = inserter.insert(model, values, need_id=bool(later) or model in self_referencing)
                    if row_id is not None:
                        resolver.remember(model, uuid, row_id)
                    elif model in referenced:
                        batched.append(uuid)
                    if child:
                        new_children.append(uuid)
                    else:
                        new_origins.append((uuid, table, branch_uuid, revision))
                    stats.inserted += 1
                deferred.extend((model, row_id, f, target_uuid) for f, target_uuid in later)
            inserter.flush()
        except (IntegrityError, sqlite3.IntegrityError):
            if _existing(model, [u for u in uuids if u not in held]):
                raise PackageError(UNOWNED) from None
            raise
        if batched:
            # the rows inserted now have ids above the highest before (a range of the table, in order, rather
            # than a look-up a row); on PostgreSQL other importers' rows may be among them: only ours are taken
            wanted = set(batched)
            sql = f'SELECT "uuid", "id" FROM "{table}" WHERE "id" > ?'
            for u, i in Record._meta.database.execute_sql(sql, (last_id,)).fetchall():
                if u in wanted:
                    resolver.remember(model, u, i)
                    wanted.discard(u)
            for u, i in rows_in(table, '"uuid", "id"', list(wanted)):  # none expected
                resolver.remember(model, u, i)
            batched.clear()
    for model, row_id, f, target_uuid in deferred:
        target = resolver.id_of(f.rel_model, target_uuid)
        if target is not None:
            model.update({f.name: target}).where(model.id == row_id).execute()
        # else: the referenced record is not at headquarters (deleted at the branch): the key stays empty
    if new_origins and look_up_all:  # PostgreSQL: one statement (by_branch is SQLite's)
        new_origins.sort()
        records_pg_insert.register(ExchangeOriginRow._meta.table_name, new_origins)
    elif new_origins:
        new_origins.sort()  # in key order: each page of the random-UUID index is visited once, in order
        insert = (f'INSERT INTO "{ExchangeOriginRow._meta.table_name}" ("uuid", "table", "branch_uuid", "revision") '
                  'VALUES (?, ?, ?, ?)')
        cursor = ExchangeOriginRow._meta.database.cursor()
        if by_branch is not None:  # a row new to the branch must be new to the registry (registered elsewhere: fails)
            cursor.executemany(insert, [o for o in new_origins if o[0] not in held])
            new_origins = [o for o in new_origins if o[0] in held]
        # a row held before (or remembered from a tombstone) is the same branch's: its revision is replaced
        cursor.executemany(insert + ' ON CONFLICT ("uuid") DO UPDATE SET "table" = excluded."table", '
                           '"branch_uuid" = excluded."branch_uuid", "revision" = excluded."revision"', new_origins)
    if unwritten and by_branch is not None:
        _refuse_foreign(unwritten, branch_uuid, children)
    if new_children and by_branch is not None:
        # a child row new to the branch fails its insert if its table holds its UUID; registered to another
        # branch under another table (the registry's key told this before children had no row there), it is
        # refused here, as the exact look-up does (SQLite only: on PostgreSQL every row was looked up first)
        _refuse_foreign(new_children, branch_uuid)
    stats.deleted, stats.tombstones_added = apply_tombstones(tombstones, by_table, models, branch_uuid,
                                                             ordered=ordered, carried=seen,
                                                             branch_table=branch_table)
    # a branch that held nothing before this package holds now only the package's rows: nothing to prune
    if ordered and full and registered:
        stats.deleted += prune_absent(records, models, branch_uuid, branch_table)
    return stats
