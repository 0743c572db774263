"""PostgreSQL's own schema steps (issue 22): what a headquarters store on PostgreSQL has that the models do not
describe, as SQLite's FTS5 tables are SQLite's own (the meetings' n-gram search table, the list filter's table,
the files received with packages), numbered and versioned like the core's steps.

Their version is the column ``pg_version`` of ``dangjian_schema`` (beside the core's ``version``; the record kinds'
versions stay in ``schema_feature``): 0, or no column, on a store made before the steps were numbered. Each step
runs in one transaction with its version bump under the schema lock (another PC opening the store at the same
moment waits, then finds it done). Steps 1–3 are what earlier builds made at every open with ``CREATE … IF NOT
EXISTS``; on such a store each looks for what it makes first and leaves what is there as it is (a search table of
an earlier layout, without its GIN index, is made again). A later step is an ordinary one: append it, never edit
a released step. A store with a newer ``pg_version`` than this build knows is refused before anything is written.
"""

from __future__ import annotations

from typing import Any

from dangjian_desktop.storage import pg
from dangjian_desktop.storage.database import SchemaTooNewError

VERSION_COLUMN = "pg_version"


def _p1_search_index(database: Any) -> None:  # noqa: ANN401
    """The meetings' n-gram search table with its GIN and date indexes and the trigger queuing written meetings;
    every meeting queued to be indexed (the search index catches up after the open)."""
    if pg.exists(database, pg.SEARCH_INDEX):
        return
    database.execute_sql(f'DROP TABLE IF EXISTS "{pg.SEARCH_TABLE}"')  # an earlier layout (no GIN index on grams)
    for sql in pg.SEARCH_DDL:
        database.execute_sql(sql)
    pg.queue_all_meetings(database)


def _p2_list_filter(database: Any) -> None:  # noqa: ANN401
    """The meeting list filter's narrow table ``meeting_head``, its trigger, filled from the meetings, its indexes."""
    if pg.exists(database, pg.HEAD_INDEX):
        return
    for sql in pg.head_ddl():
        database.execute_sql(sql)


def _p3_hq_file(database: Any) -> None:  # noqa: ANN401
    """``hq_file``: the files received with packages, shared by every PC of the store (storage/pg_files.py)."""
    from dangjian_desktop.storage import pg_files

    database.execute_sql(pg_files.DDL)


def _p4_statement_triggers(database: Any) -> None:  # noqa: ANN401
    """The meetings' list-filter table and search queue filled per INSERT statement (a transition table) instead of
    per row, and the n-gram function of the filter's index made faster (the same n-grams): an import's COPY of a
    package's meetings did most of its server time in these (issue 21)."""
    for sql in pg.statement_triggers_ddl():
        database.execute_sql(sql)


def _p5_filter_text_after_import(database: Any) -> None:  # noqa: ANN401
    """A meeting INSERTed gets its list-filter row without its text; the search index's catch-up fills the text in
    after the import commits (storage/pg.pending_head_ddl; issue 21). The rows there keep theirs."""
    for sql in pg.pending_head_ddl():
        database.execute_sql(sql)


PG_STEPS = [(1, _p1_search_index), (2, _p2_list_filter), (3, _p3_hq_file), (4, _p4_statement_triggers),
            (5, _p5_filter_text_after_import)]
PG_SCHEMA_VERSION = 5
assert [v for v, _ in PG_STEPS] == list(range(1, PG_SCHEMA_VERSION + 1)), "PostgreSQL steps must be 1..n"


class PgSchemaTooNewError(SchemaTooNewError):
    def __init__(self, found: int, supported: int):
        self.found, self.supported = found, supported
        Exception.__init__(self, (
            f"这个数据库由更新版本的程序创建（PostgreSQL 数据版本为 {found}，本程序支持到 {supported}）。"
            "为保护数据，本程序不会修改它，请安装最新版本后再打开。"))


def read_pg_version(database: Any) -> tuple[int, bool]:  # noqa: ANN401
    """(the PostgreSQL steps' version, whether ``dangjian_schema`` has its column): one query."""
    cursor = database.execute_sql(f'SELECT * FROM "{pg.VERSION_TABLE}"')
    row = cursor.fetchone()
    names = [d[0] for d in cursor.description]
    if VERSION_COLUMN not in names:
        return 0, False
    return (int(row[names.index(VERSION_COLUMN)] or 0) if row else 0), True


def migrate(database: Any) -> int:  # noqa: ANN401
    """Run the PostgreSQL steps the store lacks, each in its transaction with its version; the steps run."""
    current, _ = read_pg_version(database)
    if current > PG_SCHEMA_VERSION:
        raise PgSchemaTooNewError(current, PG_SCHEMA_VERSION)
    done = 0
    for version, step in PG_STEPS:
        if version <= current:
            continue
        with database.atomic():
            pg.lock(database, "schema")
            at, has_column = read_pg_version(database)
            if at >= version:
                continue
            if not has_column:
                database.execute_sql(f'ALTER TABLE "{pg.VERSION_TABLE}" ADD COLUMN "{VERSION_COLUMN}" INTEGER NOT NULL '
                                     "DEFAULT 0")
            step(database)
            database.execute_sql(f'UPDATE "{pg.VERSION_TABLE}" SET "{VERSION_COLUMN}" = %s', (version,))
        done += 1
    return done
