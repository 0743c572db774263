"""How the merge sends a package's new rows to a headquarters store on PostgreSQL (issue 21).

A package holds about 11,000 record rows and as many registry rows (``exchange_origin``). Sent one INSERT a row
(``executemany``: psycopg pipelines them, but the server still parses, plans and runs an executor a row), most of
the import was the server's per-statement work. Here:

* record rows: one ``COPY … FROM STDIN`` per table and column set (text format; psycopg adapts each Python value as
  it would for the INSERT; defaults, constraints, indexes and row triggers are the same as for INSERT);
* registry rows: one ``INSERT … SELECT … FROM unnest(…) ON CONFLICT … DO UPDATE`` (four arrays), the same upsert
  as the row-by-row statement, one statement for the package.

An error (a unique key taken meanwhile by another importer) aborts the transaction as the INSERT did; the caller
rolls back. The ids of the copied rows are read back by the merge as before (the ids above the table's highest
before, only the package's UUIDs taken: other importers may be inserting at the same time).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from dangjian_desktop.storage.models import Record
from dangjian_desktop.storage.repos.records_values import Inserter


class PgInserter(Inserter):
    """``Inserter`` whose waiting rows go to the server with COPY (``flush``)."""

    def __init__(self) -> None:
        super().__init__()
        self._copy: dict[str, str] = {}  # INSERT text -> the COPY statement of the same table and columns

    def _statement(self, model: type[Record], names: tuple[str, ...],
                   ) -> tuple[str, Any, list[tuple[int, Callable[[Any], Any]]]]:
        made = super()._statement(model, names)
        if made[0] not in self._copy:
            meta = model._meta
            cols = ", ".join(f'"{meta.fields[n].column_name}"' for n in names)
            self._copy[made[0]] = f'COPY "{meta.table_name}" ({cols}) FROM STDIN'
        return made

    def flush(self) -> None:
        if not self._pending:
            return
        cursor = Record._meta.database.cursor()
        for sql, rows in self._pending.items():
            copy_rows(cursor, self._copy[sql], rows)
        self._pending.clear()


def copy_rows(cursor: Any, statement: str, rows: Sequence[Sequence[Any]]) -> None:  # noqa: ANN401
    """``rows`` through the COPY ``statement`` (text format) on a psycopg cursor."""
    with cursor.copy(statement) as copy:
        write = copy.write_row
        for row in rows:
            write(row)


def register(table_name: str, origins: list[tuple[str, str, str, int | None]]) -> None:
    """Insert or update the registry rows ``origins`` (uuid, table, branch uuid, revision) in one statement: a row
    already registered (the same branch's, checked by the merge) takes the new table, branch and revision."""
    if not origins:
        return
    uuids, tables, branches, revisions = zip(*origins, strict=True)
    Record._meta.database.execute_sql(
        f'INSERT INTO "{table_name}" ("uuid", "table", "branch_uuid", "revision") '
        "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::integer[]) "
        'ON CONFLICT ("uuid") DO UPDATE SET "table" = excluded."table", "branch_uuid" = excluded."branch_uuid", '
        '"revision" = excluded."revision"',
        (text_array(uuids), text_array(tables), text_array(branches),
         "{" + ",".join("NULL" if r is None else str(int(r)) for r in revisions) + "}"))


def rows_in(table: str, columns: str, uuids: list[str], column: str = "uuid") -> list[tuple[Any, ...]]:
    """``records_schema.rows_in`` on PostgreSQL: one query, the UUIDs as one array, each looked up in the column's
    index (the lateral subquery with ``OFFSET 0`` is kept a nested loop of index probes whatever the planner
    thinks of the table's size). The IN lists of 400 it replaces were planned as sequential scans of tables that
    grew within the import faster than their statistics: 26 scans of the registry a package, most of the
    server's time."""
    if not uuids:
        return []
    return Record._meta.database.execute_sql(
        f'SELECT {columns} FROM unnest(%s::text[]) AS "_wanted"("_key"), '
        f'LATERAL (SELECT * FROM "{table}" WHERE "{table}"."{column}" = "_wanted"."_key" OFFSET 0) AS "_row"',
        (text_array(dict.fromkeys(uuids)),)).fetchall()


def text_array(values: Iterable[str | None]) -> str:
    """The text of a PostgreSQL array literal of ``values`` (None: NULL), for a ``%s::text[]`` parameter: each
    value in double quotes with its backslashes and double quotes escaped. psycopg's own adaptation of a list
    checks each element with a regular expression (text) or packs it in Python (binary): 2.5 s of the client's
    CPU for ten packages, against a join here. The usual list (UUIDs, table names: no NULL, no backslash, no
    double quote) is one join: its quotes are then exactly the separators' two each."""
    values = list(values)
    if values and None not in values:
        body = '","'.join(values)
        if "\\" not in body and body.count('"') == 2 * (len(values) - 1):
            return '{"' + body + '"}'
    return "{" + ",".join("NULL" if v is None else '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
                          for v in values) + "}"
