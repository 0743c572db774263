"""Ordered schema migrations.

``PRAGMA user_version`` is the schema version. Version 0 is an empty file. Each step ``(version, function)``
brings the store from ``version - 1`` to ``version`` inside one transaction; before the first step on an existing
store a backup copy is written (SQLite backup API) to ``backups/before-migration-v<old>-<time>.sqlite3``.

To change the schema: bump ``SCHEMA_VERSION`` in database.py, append a step here that alters the tables
(``playhouse.migrate`` or raw SQL), and add a test in tests/storage/test_migrations.py that opens a store made at
the previous version. Never edit a released step.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from dangjian_desktop.storage.database import APPLICATION_ID, SCHEMA_VERSION, Store

log = logging.getLogger(__name__)


def _v1_initial(store: Store) -> None:
    from dangjian_desktop.storage.schema import ALL_MODELS, EXTRA_DDL

    store.database.create_tables(ALL_MODELS, safe=True)
    for ddl in EXTRA_DDL:
        store.database.execute_sql(ddl)


def _v2_fts_by_date(store: Store) -> None:
    """Full-text index keyed by (date, id) instead of id, so a search reads its hits newest first and stops at
    the limit (models_meetings.MeetingFts), rebuilt from meeting.search_text; and the index meeting(date,
    type_mask, branch_id) for counts by year and type or branch."""
    from dangjian_desktop.storage.models_meetings import (
        MEETING_TRIGGER_NAMES,
        MEETING_TRIGGERS,
        MeetingFts,
        rebuild_fts_sql,
    )

    database = store.database
    for name in MEETING_TRIGGER_NAMES:
        database.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    database.execute_sql("DROP TABLE IF EXISTS meeting_fts")
    MeetingFts.create_table(safe=False)
    database.execute_sql(rebuild_fts_sql())
    for ddl in MEETING_TRIGGERS:
        database.execute_sql(ddl)
    database.execute_sql(MEETING_DATE_TYPE_BRANCH_INDEX)


# models_meetings.MeetingRow.Meta.indexes makes it in new stores (peewee's name)
MEETING_DATE_TYPE_BRANCH_INDEX = ('CREATE INDEX IF NOT EXISTS "meeting_date_type_mask_branch_id" '
                                  'ON "meeting" ("date", "type_mask", "branch_id")')


def _v3_exchange_trust(store: Store) -> None:
    """Issue 15 (packages ordered by the branch's sequence and revisions, not its clock): the branch's table of
    exported revisions, and the revision of each imported row at headquarters. Works on a fresh store (where the
    initial step already made both from the current models) and on an old one."""
    from dangjian_desktop.storage.models_exchange import ExchangeOriginRow, ExchangeRevisionRow

    database = store.database
    ExchangeRevisionRow.create_table(safe=True)

    def add_column(table: str, column: str, ddl: str) -> None:
        columns = {row[1] for row in database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}
        if column not in columns:
            database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {ddl}')

    add_column(ExchangeOriginRow._meta.table_name, "revision", "INTEGER")
    add_column(ExchangeRevisionRow._meta.table_name, "stamp", "VARCHAR(40) NOT NULL DEFAULT ''")


STEPS: list[tuple[int, Callable[[Store], None]]] = [
    (1, _v1_initial),
    (2, _v2_fts_by_date),
    (3, _v3_exchange_trust),
]

assert [v for v, _ in STEPS] == list(range(1, SCHEMA_VERSION + 1)), "migration steps must be 1..SCHEMA_VERSION"


def migrate(store: Store) -> int:
    """Bring the store to SCHEMA_VERSION. Returns the number of steps run."""
    database = store.database
    current = database.execute_sql("PRAGMA user_version").fetchone()[0]
    if current == SCHEMA_VERSION:
        return 0
    if current > 0:
        from dangjian_desktop.storage.backups import backup_to

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_to(store, store.paths.backups / f"before-migration-v{current}-{stamp}.sqlite3")
    ran = 0
    for version, step in STEPS:
        if version <= current:
            continue
        log.info("migrating store to schema version %s", version)
        with database.atomic():
            step(store)
            database.execute_sql(f"PRAGMA user_version = {version:d}")
            database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")
        ran += 1
    return ran
