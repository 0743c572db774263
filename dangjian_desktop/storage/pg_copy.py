"""Moving a headquarters store from its SQLite file into PostgreSQL (``dangjian hq-migrate --to URL``).

Every table the models describe is copied row by row (values read through each field's ``python_value``, so
SQLite's text dates and 0/1 flags arrive as dates and booleans), in one PostgreSQL transaction with the foreign
keys checked at commit (member ↔ party_group refer to each other); the id sequences are then set past the copied
ids, and the row count of every table is compared before anything commits. The SQLite full-text index
(``meeting_fts``, ``meeting_search``) is not copied: it is the SQLite engine's own; every meeting is queued to be
indexed in PostgreSQL's ``meeting_ngram`` instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from peewee import AutoField, BigAutoField

from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.storage import pg
from dangjian_desktop.storage.pg import sqlite_only

BATCH = 2000


class CopyMismatchError(DomainError):
    def __init__(self, differing: dict[str, tuple[int, int]]):
        self.differing = differing
        super().__init__("迁移后的记录数与原数据不一致，已全部撤销，PostgreSQL 数据库中没有写入任何内容："
                         + "；".join(f"{t} 原有 {a} 条、迁移后 {b} 条" for t, (a, b) in differing.items()))


def holds_records(database: Any) -> bool:  # noqa: ANN401
    """Whether any table of the store in ``database`` has a row (settings included)."""
    from dangjian_desktop.storage.schema import all_models

    return any(database.execute_sql(f'SELECT EXISTS (SELECT 1 FROM "{m._meta.table_name}")').fetchone()[0]
               for m in all_models() if not sqlite_only(m))


def copy_from_sqlite(source: Path, database: Any, progress: Callable[[str], None] = lambda _t: None,  # noqa: ANN401
                     ) -> dict[str, tuple[int, int]]:
    """Copy the store in the SQLite file ``source`` into ``database`` (a PostgreSQL store just made, empty).
    Returns {table: (rows in the file, rows in PostgreSQL)}; raises CopyMismatchError (nothing committed) when
    any differ."""
    from peewee import sort_models

    from dangjian_desktop.storage.schema import all_models

    # the index queue is of the SQLite index (keys with the day in them): PostgreSQL queues its own
    models = [m for m in sort_models(all_models()) if not sqlite_only(m) and m._meta.table_name != "meeting_index_queue"]
    con = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    counts: dict[str, tuple[int, int]] = {}
    try:
        with database.atomic():
            database.execute_sql("SET CONSTRAINTS ALL DEFERRED")
            cursor = database.cursor()
            for model in models:
                meta = model._meta
                table = meta.table_name
                fields = list(meta.sorted_fields)
                cols = ", ".join(f'"{f.column_name}"' for f in fields)
                convert = [f.python_value for f in fields]
                insert = (f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("%s" for _ in fields)})')
                progress(table)
                rows = con.execute(f'SELECT {cols} FROM "{table}"')
                while True:
                    batch = rows.fetchmany(BATCH)
                    if not batch:
                        break
                    cursor.executemany(insert, [[c(v) for c, v in zip(convert, row, strict=True)] for row in batch])
                pk = meta.primary_key
                if isinstance(pk, AutoField | BigAutoField):
                    database.execute_sql(
                        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk.column_name}'), "
                        f'COALESCE(MAX("{pk.column_name}"), 1), MAX("{pk.column_name}") IS NOT NULL) FROM "{table}"')
                had = con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                has = database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                counts[table] = (had, has)
            differing = {t: c for t, c in counts.items() if c[0] != c[1]}
            if differing:
                raise CopyMismatchError(differing)
            # every meeting is to be indexed in PostgreSQL's n-gram table (the SQLite index is not copied): the
            # queue's trigger put each copied meeting in it (its own keys: meeting ids), the file's queue is not
            pg.queue_all_meetings(database)
    except sqlite3.DatabaseError as exc:
        raise ValidationError(f"无法读取原数据文件 {source}：{exc}") from exc
    finally:
        con.close()
    return counts
