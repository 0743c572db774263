"""Deletions a package asks for at headquarters, confined to its own branch and counted in full.

A deleted row takes with it every row that refers to it through an ``ON DELETE CASCADE`` key (a meeting's
attendance, a member's pledge sheet...), and empties keys declared ``ON DELETE SET NULL``. Before anything is
deleted the whole reach is worked out: if any row in it belongs to another branch (or to nobody: made at
headquarters), the package is refused; the counts reported are every row removed, not only the one named.

Used by the merge for tombstones, and for a full package, whose rows are the branch's whole state: rows of the
branch that it no longer holds are removed the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import IntegrityError

from dangjian_desktop.domain.exchange import PackageError, table_title
from dangjian_desktop.storage.models import Record, Tombstone
from dangjian_desktop.storage.models_exchange import ExchangeOriginRow
from dangjian_desktop.storage.repos.records_schema import (
    child_key,
    child_keys,
    chunks,
    referencing_now,
    rows_in,
    table_of,
)

ORIGIN_TABLE = "exchange_origin"
NOT_OURS = ("数据包要求删除的记录会连带删除或改动不属于该党支部的记录（{what}），已拒绝导入，本机数据没有改动。")


def origins(uuids: list[str], tables: dict[str, type[Record]] | None = None) -> dict[str, tuple[str, int | None]]:
    """uuid -> (branch uuid, revision held) for every uuid headquarters has registered. With ``tables`` (uuid ->
    the table of the row it names), a row of a child table held here and not registered itself is found through
    its parent's registration (``records_schema.child_key``; revision None: a child's version is its stamp)."""
    out = {u: (b, r) for u, b, r in rows_in(ORIGIN_TABLE, '"uuid", "branch_uuid", "revision"', uuids)}
    if tables:
        by_child: dict[type[Record], list[str]] = {}
        keyed = child_keys()  # once: a call of child_key a row rebuilt the list of models (0.2 s a package)
        for u in uuids:
            model = tables.get(u)
            if u not in out and model is not None and model in keyed:
                by_child.setdefault(model, []).append(u)
        for model, part in by_child.items():
            out.update(child_origins(model, part))
    return out


def _on_postgresql() -> bool:
    return getattr(Record._meta.database, "engine", "sqlite") == "postgresql"


def child_origins(model: type[Record], uuids: list[str]) -> dict[str, tuple[str, None]]:
    """uuid -> (branch uuid, None) of the rows of child table ``model`` held here whose parent is registered."""
    key = child_key(model)
    parent = table_of(key.rel_model)
    out: dict[str, tuple[str, None]] = {}
    if _on_postgresql() and uuids:  # each step an index probe (an IN list or a join may be planned as a scan of
        from dangjian_desktop.storage.repos.records_pg_insert import text_array  # a table grown within the import)

        sql = (f'SELECT c."uuid", o."branch_uuid" FROM unnest(%s::text[]) AS w("k") '
               f'CROSS JOIN LATERAL (SELECT "uuid", "{key.column_name}" AS "pid" FROM "{table_of(model)}" '
               'WHERE "uuid" = w."k" OFFSET 0) AS c '
               f'CROSS JOIN LATERAL (SELECT "uuid" FROM "{parent}" WHERE "id" = c."pid" OFFSET 0) AS p '
               f'CROSS JOIN LATERAL (SELECT "branch_uuid" FROM "{ORIGIN_TABLE}" WHERE "uuid" = p."uuid" OFFSET 0) AS o')
        rows = Record._meta.database.execute_sql(sql, (text_array(dict.fromkeys(uuids)),)).fetchall()
        return {u: (b, None) for u, b in rows}
    for part in chunks(uuids):
        marks = ", ".join("?" for _ in part)
        sql = (f'SELECT c."uuid", o."branch_uuid" FROM "{table_of(model)}" AS c '
               f'JOIN "{parent}" AS p ON p."id" = c."{key.column_name}" '
               f'JOIN "{ORIGIN_TABLE}" AS o ON o."uuid" = p."uuid" WHERE c."uuid" IN ({marks})')
        out.update((u, (b, None)) for u, b in Record._meta.database.execute_sql(sql, part).fetchall())
    return out


def branch_children(model: type[Record], branch_uuid: str) -> list[tuple[str, int]]:
    """(uuid, id) of every row of child table ``model`` whose parent is registered to ``branch_uuid``: a range of
    the registry's (branch, table) index, the parents by their UUID, their children by the key's index."""
    key = child_key(model)
    parent = table_of(key.rel_model)
    if _on_postgresql():  # index probes whatever the planner's statistics say (see child_origins)
        sql = (f'SELECT c."uuid", c."id" FROM (SELECT "uuid" FROM "{ORIGIN_TABLE}" '
               'WHERE "branch_uuid" = %s AND "table" = %s) AS o '
               f'CROSS JOIN LATERAL (SELECT "id" FROM "{parent}" WHERE "uuid" = o."uuid" OFFSET 0) AS p '
               f'CROSS JOIN LATERAL (SELECT "uuid", "id" FROM "{table_of(model)}" '
               f'WHERE "{key.column_name}" = p."id" OFFSET 0) AS c')
        return Record._meta.database.execute_sql(sql, (branch_uuid, parent)).fetchall()
    sql = (f'SELECT c."uuid", c."id" FROM "{ORIGIN_TABLE}" AS o JOIN "{parent}" AS p ON p."uuid" = o."uuid" '
           f'JOIN "{table_of(model)}" AS c ON c."{key.column_name}" = p."id" '
           'WHERE o."branch_uuid" = ? AND o."table" = ?')
    return Record._meta.database.execute_sql(sql, (branch_uuid, parent)).fetchall()


def _when(t: Any) -> dt.datetime:
    return t if isinstance(t, dt.datetime) else dt.datetime.fromisoformat(str(t))


def tombstoned(uuids: list[str]) -> dict[str, dt.datetime]:
    out: dict[str, dt.datetime] = {}
    for u, t in rows_in(Tombstone._meta.table_name, '"uuid", "deleted_at"', uuids):
        t = _when(t)
        out[u] = max(out.get(u, t), t)
    return out


def delete_rows(model: type[Record], ids: dict[int, str], branch_uuid: str, keep: set[str] | frozenset[str] = frozenset()
                ) -> int:
    """Delete rows ``ids`` (id -> uuid) of ``model`` and what cascades from them, after checking that all of it
    (and every row whose key would be emptied) belongs to ``branch_uuid`` and that none of it is a row of the
    package being merged (``keep``). Returns the number of rows deleted."""
    if not ids:
        return 0
    refs = referencing_now()
    doomed: dict[type[Record], dict[int, str]] = {}
    touched: dict[str, type[Record]] = {}  # rows whose key to a doomed row is emptied (they stay)
    blocked: dict[str, type[Record]] = {}  # rows whose key forbids the deletion
    frontier: list[tuple[type[Record], dict[int, str]]] = [(model, dict(ids))]
    while frontier:
        m, found = frontier.pop()
        seen = doomed.setdefault(m, {})
        new = {i: u for i, u in found.items() if i not in seen}
        if not new:
            continue
        seen.update(new)
        for child, key in refs.get(m, []):
            action = (key.on_delete or "").upper()
            hits: dict[int, str] = {}
            for part in chunks(list(new)):
                marks = ", ".join("?" for _ in part)
                sql = f'SELECT "id", "uuid" FROM "{table_of(child)}" WHERE "{key.column_name}" IN ({marks})'
                hits.update(Record._meta.database.execute_sql(sql, part).fetchall())
            if not hits:
                continue
            if action == "CASCADE":
                frontier.append((child, hits))
            elif action == "SET NULL":
                touched.update({u: child for u in hits.values()})
            else:
                blocked.update({u: child for u in hits.values()})
    doomed_uuids = {u: m for m, rows in doomed.items() for u in rows.values()}
    if keep and not keep.isdisjoint(doomed_uuids):
        raise PackageError("数据包中的记录属于它同时要删除的记录：数据包前后矛盾（不完整或已被改动），已拒绝导入，本机数据没有改动。")
    blocked = {u: m for u, m in blocked.items() if u not in doomed_uuids}
    touched = {u: m for u, m in touched.items() if u not in doomed_uuids}
    reach = {**touched, **blocked, **doomed_uuids}
    owners = origins(list(reach), reach)
    strangers = [u for u in reach if owners.get(u, ("",))[0] != branch_uuid]
    if strangers:
        what = "、".join(sorted({table_title(table_of(reach[u])) for u in strangers}))
        raise PackageError(NOT_OURS.format(what=what))
    if blocked:
        what = "、".join(sorted({table_title(table_of(m)) for m in blocked.values()}))
        raise PackageError(f"数据包要求删除的记录仍被该支部的其他记录（{what}）引用，而数据包没有一并删除它们："
                           "数据包不完整或已被改动，已拒绝导入，本机数据没有改动。")
    try:
        for part in chunks(list(ids)):
            model.delete().where(model.id.in_(part)).execute()
    except IntegrityError as exc:  # a key the check above does not know of (defence in depth)
        raise PackageError("数据包要求删除的记录仍被其他记录引用，已拒绝导入，本机数据没有改动。") from exc
    return sum(len(rows) for rows in doomed.values())


def apply_tombstones(tombstones: list[dict[str, Any]], by_table: dict[str, type[Record]],
                     models: list[type[Record]], branch_uuid: str, *, ordered: bool, carried: set[str],
                     branch_table: str = "branch") -> tuple[int, int]:
    """Apply a package's deletions; returns (rows deleted, tombstones added).

    ``ordered`` (a signed package, applied in the branch's sequence): a tombstone deletes the row whatever the
    times say, unless the same package carries the row (``carried``: it exists at the branch). An old package
    deletes only rows not changed after the deletion, as before."""
    if not tombstones:
        return 0, 0
    deleted = added = 0
    known = tombstoned([t["uuid"] for t in tombstones])
    order = {table_of(m): i for i, m in enumerate(models)}
    for t in sorted(tombstones, key=lambda t: -order.get(t["table"], -1)):  # children first
        if t["table"] == branch_table:
            raise PackageError("数据包要求删除党支部本身的基本信息，这不是党支部会做的操作（可能是伪造或被改动的数据包），"
                               "已拒绝导入，本机数据没有改动。")
        if ordered and t["uuid"] in carried:
            continue
        deleted_at = _when(t["deleted_at"])
        model = by_table.get(t["table"])
        if model is not None:
            row = model.select(model.id, model.updated_at).where(model.uuid == t["uuid"]).tuples().first()
            if row is not None:
                owner = origins([t["uuid"]], {t["uuid"]: model}).get(t["uuid"])
                if owner is None or owner[0] != branch_uuid:
                    raise PackageError("数据包要求删除不属于该党支部的记录，已拒绝导入，本机数据没有改动。")
                if ordered or _when(row[1]) <= deleted_at:
                    deleted += delete_rows(model, {row[0]: t["uuid"]}, branch_uuid, carried if ordered else frozenset())
        if t["uuid"] not in known or known[t["uuid"]] < deleted_at:
            Tombstone.create(table=t["table"], uuid=t["uuid"], deleted_at=deleted_at)
            known[t["uuid"]] = deleted_at
            ExchangeOriginRow.insert(uuid=t["uuid"], table=t["table"], branch_uuid=branch_uuid).on_conflict_ignore(
            ).execute()
            added += 1
    return deleted, added


def prune_absent(records: dict[str, list[dict[str, Any]]], models: list[type[Record]], branch_uuid: str,
                 branch_table: str = "branch") -> int:
    """A full package is the branch's whole state: remove the branch's rows (of the tables it lists) that it
    does not hold any more, children first. Returns the rows deleted (cascades included)."""
    deleted = 0
    everything = {r["uuid"] for rows in records.values() for r in rows}
    # one plain query for the branch's rows of every table (the whole branch at headquarters: thousands of rows,
    # read without building a model object per row)
    by_table: dict[str, list[str]] = {}
    sql = f'SELECT "uuid", "table" FROM "{ORIGIN_TABLE}" WHERE "branch_uuid" = ?'
    for uuid, table in Record._meta.database.execute_sql(sql, (branch_uuid,)).fetchall():
        if uuid not in everything:
            by_table.setdefault(table, []).append(uuid)
    for model in child_keys():  # a child row is the branch's through its parent (a row moved to another parent too)
        if table_of(model) in records:
            by_table.setdefault(table_of(model), []).extend(
                u for u, _ in branch_children(model, branch_uuid) if u not in everything)
    for model in reversed(models):
        table = table_of(model)
        if table not in records or table == branch_table:
            continue
        held = by_table.get(table)
        if not held:
            continue
        present = {i: u for u, i in rows_in(table, '"uuid", "id"', held)}
        if present:
            deleted += delete_rows(model, present, branch_uuid, everything)
    return deleted
