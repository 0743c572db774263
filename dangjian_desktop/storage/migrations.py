"""Ordered schema migrations.

``PRAGMA user_version`` is the schema version. Version 0 is an empty file. Each step ``(version, function)``
brings the store from ``version - 1`` to ``version`` inside one transaction; before the first step on an existing
store a backup copy is written (SQLite backup API) to ``backups/before-migration-v<old>-<time>.sqlite3``.

To change the schema: bump ``SCHEMA_VERSION`` in database.py, append a step here that alters the tables
(``playhouse.migrate`` or raw SQL), and add a test in tests/storage/test_migrations.py that opens a store made at
the previous version. Never edit a released step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from dangjian_desktop import clock
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


STEPS: list[tuple[int, Callable[[Store], None]]] = [
    (1, _v1_initial),
    (2, _v2_fts_by_date),
]

assert [v for v, _ in STEPS] == list(range(1, SCHEMA_VERSION + 1)), "migration steps must be 1..SCHEMA_VERSION"


def migrate(store: Store) -> int:
    """Bring the store to SCHEMA_VERSION. Returns the number of steps run."""
    database = store.database
    current = database.execute_sql("PRAGMA user_version").fetchone()[0]
    if current == SCHEMA_VERSION:
        return 0
    if current > 0:
        from dangjian_desktop.paths import ensure_free_space
        from dangjian_desktop.storage.backups import backup_to

        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        # a full disk is said before the copy starts (the copy's .part is removed if it fails anyway)
        ensure_free_space(store.paths.root, store.paths.database.stat().st_size)
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
