"""Ordered, frozen schema migrations: the core's and each record kind's.

The core schema version is ``PRAGMA user_version`` (``SCHEMA_VERSION``); version 0 is an empty file. Step 1 runs
the frozen version-1 schema (``baseline_v1.V1_SCHEMA``), never the current models, so that a later step that adds
a column works alike on a store made years ago and on one made today. Each later step is its own function that
alters what the steps before it built. Never edit a released step: write a new one.

A record kind declared after version 3 brings its own steps (``Feature.migrations``, ``"module:STEPS"`` of
``[(version, fn(database)), …]`` from 1); the version each kind is at lives in the table ``schema_feature``. A
kind's step 1 creates its tables from frozen DDL: print it once with

    python -m dangjian_desktop.storage.migrations ddl dangjian_desktop.storage.models_dues:DuesRow ...

and paste it into the step. Adding a record kind thus edits no file here.

Each step runs inside one transaction with the version bump; before the first step on an existing store a backup
copy is written (SQLite backup API) to ``backups/before-migration-v<old>-<time>.sqlite3``. A store whose core
version, or any kind's version, is newer than this program knows is refused before anything is written.
tests/storage/test_migrations.py builds a store at every historical version and migrates it, checks that what
the steps build equals what the models describe, and proves a column-adding step on fresh and old stores.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from dangjian_desktop import clock, features
from dangjian_desktop.storage.database import APPLICATION_ID, SCHEMA_VERSION, SchemaTooNewError, Store, read_version
from dangjian_desktop.storage.engine import POSTGRESQL

log = logging.getLogger(__name__)

Step = tuple[int, Callable[[Any], None]]  # (version, fn(database)); database: peewee Database (execute_sql)


def _run(database: Any, statements: Sequence[str]) -> None:
    for sql in statements:
        database.execute_sql(sql)


def frozen(statements: Sequence[str]) -> Callable[[Any], None]:
    """A step that runs DDL frozen when the step was written (a record kind's first step: its tables as first
    released, printed once by ``python -m dangjian_desktop.storage.migrations ddl <models>``; never edit it)."""

    def step(database: Any) -> None:
        _run(database, statements)

    return step


# -- the core's steps ---------------------------------------------------------------------------------------------


def _v1_baseline(database: Any) -> None:
    """Every table of the first release, its indexes, the trigram index keyed by meeting id and its triggers."""
    from dangjian_desktop.storage.baseline_v1 import V1_SCHEMA

    _run(database, V1_SCHEMA)


_V2_FTS_KEY_NEW = "(CAST(julianday(new.date) AS INTEGER) * 4294967296 + new.id)"
_V2_FTS_KEY_OLD = "(CAST(julianday(old.date) AS INTEGER) * 4294967296 + old.id)"


def _v2_fts_by_date(database: Any) -> None:
    """Full-text index keyed by (date, id) instead of id, so a search reads its hits newest first and stops at
    the limit (models_meetings.MeetingFts), rebuilt from meeting.search_text; and the index meeting(date,
    type_mask, branch_id) for counts by year and type or branch."""
    _run(database, (
        "DROP TRIGGER IF EXISTS meeting_fts_ai",
        "DROP TRIGGER IF EXISTS meeting_fts_au",
        "DROP TRIGGER IF EXISTS meeting_fts_ad",
        "DROP TABLE IF EXISTS meeting_fts",
        'CREATE VIRTUAL TABLE "meeting_fts" USING fts5 ("body", tokenize="trigram")',
        "INSERT INTO meeting_fts(rowid, body) SELECT (CAST(julianday(date) AS INTEGER) * 4294967296 + id), "
        "search_text FROM meeting  ORDER BY (CAST(julianday(date) AS INTEGER) * 4294967296 + id)",
        "CREATE TRIGGER meeting_fts_ai AFTER INSERT ON meeting BEGIN\n"
        f"         INSERT INTO meeting_fts(rowid, body) VALUES ({_V2_FTS_KEY_NEW}, new.search_text);\n       END",
        "CREATE TRIGGER meeting_fts_au AFTER UPDATE OF search_text, date, id ON meeting BEGIN\n"
        f"         DELETE FROM meeting_fts WHERE rowid = {_V2_FTS_KEY_OLD};\n"
        f"         INSERT INTO meeting_fts(rowid, body) VALUES ({_V2_FTS_KEY_NEW}, new.search_text);\n       END",
        "CREATE TRIGGER meeting_fts_ad AFTER DELETE ON meeting BEGIN\n"
        f"         DELETE FROM meeting_fts WHERE rowid = {_V2_FTS_KEY_OLD};\n       END",
        MEETING_DATE_TYPE_BRANCH_INDEX,
    ))


# models_meetings.MeetingRow.Meta.indexes makes it in new stores (peewee's name)
MEETING_DATE_TYPE_BRANCH_INDEX = ('CREATE INDEX IF NOT EXISTS "meeting_date_type_mask_branch_id" '
                                  'ON "meeting" ("date", "type_mask", "branch_id")')


def _v3_record_kind_versions(database: Any) -> None:
    """The version each record kind's own schema is at (kinds declared with ``Feature.migrations``)."""
    _run(database, ('CREATE TABLE "schema_feature" ("feature" VARCHAR(64) NOT NULL PRIMARY KEY, '
                    '"version" INTEGER NOT NULL)',))


def _v4_member_native_place_and_date_precision(database: Any) -> None:
    """member gains 籍贯 (native_place) and the precision of its three dates ("day" or "month": 出生年月 1985.03 is
    kept as a month, never given an invented day); rows of older stores are "day", as they were entered."""
    _run(database, (
        'ALTER TABLE "member" ADD COLUMN "native_place" VARCHAR(50) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "member" ADD COLUMN "birth_date_precision" VARCHAR(5) NOT NULL DEFAULT \'day\'',
        'ALTER TABLE "member" ADD COLUMN "joined_party_precision" VARCHAR(5) NOT NULL DEFAULT \'day\'',
        'ALTER TABLE "member" ADD COLUMN "full_member_precision" VARCHAR(5) NOT NULL DEFAULT \'day\'',
    ))


def _v5_first_topic_ledger(database: Any) -> None:
    """meeting_agenda_item gains the 第一议题学习台账's fields: the text studied (title, source, date of the
    speech), who led it, how it was studied and the follow-up measures (domain/first_topic.Study)."""
    _run(database, (
        'ALTER TABLE "meeting_agenda_item" ADD COLUMN "study_title" VARCHAR(300) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "meeting_agenda_item" ADD COLUMN "study_source" VARCHAR(200) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "meeting_agenda_item" ADD COLUMN "study_speech_date" DATE',
        'ALTER TABLE "meeting_agenda_item" ADD COLUMN "study_led_by" VARCHAR(50) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "meeting_agenda_item" ADD COLUMN "study_form" VARCHAR(100) NOT NULL DEFAULT \'\'',
        'ALTER TABLE "meeting_agenda_item" ADD COLUMN "study_follow_up" TEXT NOT NULL DEFAULT \'\'',
    ))


_V6_KEY_NEW = "(CAST(julianday(new.date) AS INTEGER) * 4294967296 + new.id)"
_V6_KEY_OLD = "(CAST(julianday(old.date) AS INTEGER) * 4294967296 + old.id)"
_V6_OLD_HEAD = ("old.title || char(10) || old.lecture_topic || char(10) || old.place || char(10) || old.host "
                "|| char(10) || old.group_name || char(10) || old.types")
_V6_QUEUE = "INSERT OR IGNORE INTO meeting_index_queue(key, old_text, old_head) VALUES"


def _v6_ngram_search_index(database: Any) -> None:
    """The trigram index (and its triggers, which indexed inside every write) gives way to the n-gram token index
    ``meeting_search`` (models_meetings.MeetingSearch: unigrams and bigrams, so one- and two-character queries use
    the index), filled by Python from the queue ``meeting_index_queue`` that triggers keep; every meeting is queued
    here and indexed after the migration (repos/meetings.index_queued). And an index per sortable column of the
    meeting list."""
    _run(database, (
        "DROP TRIGGER IF EXISTS meeting_fts_ai",
        "DROP TRIGGER IF EXISTS meeting_fts_au",
        "DROP TRIGGER IF EXISTS meeting_fts_ad",
        "DROP TABLE IF EXISTS meeting_fts",
        'CREATE VIRTUAL TABLE "meeting_search" USING fts5 ("uni", "bi", "head_uni", "head_bi", content=\'\', '
        'tokenize="unicode61 remove_diacritics 0")',
        'CREATE TABLE "meeting_index_queue" ("key" INTEGER NOT NULL PRIMARY KEY, "old_text" TEXT, "old_head" TEXT)',
        "INSERT INTO meeting_index_queue(key, old_text, old_head) "
        "SELECT (CAST(julianday(date) AS INTEGER) * 4294967296 + id), NULL, NULL FROM meeting",
        "CREATE TRIGGER meeting_search_ai AFTER INSERT ON meeting BEGIN\n"
        f"         {_V6_QUEUE} ({_V6_KEY_NEW}, NULL, NULL);\n       END",
        "CREATE TRIGGER meeting_search_au AFTER UPDATE OF search_text, date, id, title, lecture_topic, place, host, "
        "group_name, types\n       ON meeting BEGIN\n"
        f"         {_V6_QUEUE} ({_V6_KEY_OLD}, old.search_text, {_V6_OLD_HEAD});\n"
        f"         {_V6_QUEUE} ({_V6_KEY_NEW}, NULL, NULL);\n       END",
        "CREATE TRIGGER meeting_search_ad AFTER DELETE ON meeting BEGIN\n"
        f"         {_V6_QUEUE} ({_V6_KEY_OLD}, old.search_text, {_V6_OLD_HEAD});\n       END",
        'CREATE INDEX "meeting_types_date" ON "meeting" ("types", "date")',
        'CREATE INDEX "meeting_group_name_date" ON "meeting" ("group_name", "date")',
        'CREATE INDEX "meeting_host_date" ON "meeting" ("host", "date")',
        'CREATE INDEX "meeting_present_count_expected_count_date" ON "meeting" ("present_count", "expected_count", '
        '"date")',
        'CREATE INDEX "meeting_attachment_count_date" ON "meeting" ("attachment_count", "date")',
        'CREATE INDEX "meeting_status_date" ON "meeting" ("status", "date")',
        'CREATE INDEX "meeting_shown_title" ON "meeting" (CASE WHEN "title" != \'\' THEN "title" '
        'WHEN "lecture_topic" != \'\' THEN \'党课：\' || "lecture_topic" ELSE "types" END, "date")',
    ))


# indexes that lead another index of the same table: a query that used one is served by the longer one (each
# checked with EXPLAIN QUERY PLAN on the headquarters list, search, sort and oversight queries, BENCHMARKS.md).
# meeting_date stays: the list's ORDER BY date, id reads it in order, (date, type_mask, branch_id) would need a sort
V7_PREFIX_INDEXES = ("meeting_group_id",  # (group_id, date)
                     "meeting_status",  # (status, date)
                     "meeting_attendance_member_id")  # (member_id, meeting_id)


def _v7_no_prefix_indexes(database: Any) -> None:
    """Indexes that are the first column of another index of their table go: every query (and every foreign-key
    check) that used one reads the longer index instead, and each cost a headquarters import an index entry for
    every meeting or attendance row (BENCHMARKS.md, issue 21). Portable SQL: runs on PostgreSQL stores too (the
    same index names there)."""
    _run(database, tuple(f'DROP INDEX IF EXISTS "{name}"' for name in V7_PREFIX_INDEXES))


CORE_STEPS: list[Step] = [
    (1, _v1_baseline),
    (2, _v2_fts_by_date),
    (3, _v3_record_kind_versions),
    (4, _v4_member_native_place_and_date_precision),
    (5, _v5_first_topic_ledger),
    (6, _v6_ngram_search_index),
    (7, _v7_no_prefix_indexes),
]

FEATURE_VERSIONS_FROM = 3  # the core version from which schema_feature exists

assert [v for v, _ in CORE_STEPS] == list(range(1, SCHEMA_VERSION + 1)), "core steps must be 1..SCHEMA_VERSION"


# -- the record kinds' steps -------------------------------------------------------------------------------------


class RecordKindTooNewError(SchemaTooNewError):
    def __init__(self, kind: str, found: int, supported: int):
        self.kind = kind
        self.found, self.supported = found, supported
        Exception.__init__(self, (
            f"这个数据文件由更新版本的程序创建（其中“{kind}”记录的数据版本为 {found}，本程序支持到 {supported}）。"
            "为保护数据，本程序不会修改它，请安装最新版本后再打开。"))


def _steps_of(f: features.Feature) -> list[Step]:
    steps: list[Step] = list(features.load(f.migrations or ""))
    if [v for v, _ in steps] != list(range(1, len(steps) + 1)):
        raise RuntimeError(f"schema steps of record kind {f.key!r} must be numbered 1..n")
    if f.schema_version and f.schema_version != len(steps):
        raise RuntimeError(f"record kind {f.key!r} declares schema_version={f.schema_version} but has {len(steps)} "
                           "schema steps: declare the new number beside its migrations")
    return steps


def feature_steps() -> list[tuple[str, list[Step]]]:
    """(kind key, its steps) of every declared kind with its own schema steps."""
    return [(f.key, _steps_of(f)) for f in features.features() if f.migrations]


def newest_versions() -> dict[str, int]:
    """The newest version this build knows of each kind with its own schema steps: its declared
    ``schema_version``, so that no kind's steps (nor its models) are imported to open a store that is up to date."""
    return {f.key: f.schema_version or len(_steps_of(f)) for f in features.features() if f.migrations}


def feature_versions(database: Any) -> dict[str, int]:
    """The version each record kind's schema is at in this store ({} before core version 3)."""
    current = read_version(database)
    if current < FEATURE_VERSIONS_FROM:
        return {}
    return dict(database.execute_sql('SELECT "feature", "version" FROM "schema_feature"').fetchall())


def check_not_too_new(database: Any, at: dict[str, int] | None = None) -> None:
    """Refuse a store that a newer program extended: a record kind this build lacks, or a newer version of one.
    ``at``: the store's kind versions (:func:`feature_versions`), when already read."""
    known = newest_versions()
    for key, version in (feature_versions(database) if at is None else at).items():
        supported = known.get(key, 0)
        if version > supported:
            raise RecordKindTooNewError(key, version, supported)


# -- running them ---------------------------------------------------------------------------------------------------


def migrate(store: Store) -> int:
    """Bring the store to SCHEMA_VERSION and every record kind to its newest version. Returns the steps run."""
    database = store.database
    current = read_version(database)
    if current > SCHEMA_VERSION:
        raise SchemaTooNewError(current, SCHEMA_VERSION)
    on_postgresql = store.engine == POSTGRESQL
    if on_postgresql and current == 0:
        # a new PostgreSQL store is made from the models at SCHEMA_VERSION (storage/pg.py), then PostgreSQL's own
        # steps (migrations_pg.py: the n-gram search table, the list filter's table, hq_file); later steps run on it
        from dangjian_desktop.storage import migrations_pg, pg

        pg.create_schema(database, SCHEMA_VERSION, newest_versions())
        migrations_pg.migrate(database)
        return 1
    pg_due = False  # PostgreSQL's own steps: after the core's and the kinds' (a trigger reads the meeting columns)
    if on_postgresql:  # a newer build's PostgreSQL steps: refused before anything is written
        from dangjian_desktop.storage import migrations_pg

        pg_version, _ = migrations_pg.read_pg_version(database)
        if pg_version > migrations_pg.PG_SCHEMA_VERSION:
            raise migrations_pg.PgSchemaTooNewError(pg_version, migrations_pg.PG_SCHEMA_VERSION)
        pg_due = pg_version < migrations_pg.PG_SCHEMA_VERSION
    at = feature_versions(database)
    check_not_too_new(database, at)
    core = [(v, fn) for v, fn in CORE_STEPS if v > current]
    newest = newest_versions()
    # only a kind behind this build has its steps imported (an up-to-date store imports no kind's models here)
    kinds = [(f.key, v, fn) for f in features.features() if f.migrations and newest[f.key] > at.get(f.key, 0)
             for v, fn in _steps_of(f) if v > at.get(f.key, 0)]
    if not core and not kinds:
        return migrations_pg.migrate(database) if pg_due else 0
    if current > 0 and not on_postgresql:  # PostgreSQL: pg_dump is the server's backup (not made here yet)
        from dangjian_desktop.paths import ensure_free_space
        from dangjian_desktop.storage.backups import backup_to

        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        # a full disk is said before the copy starts (the copy's .part is removed if it fails anyway)
        ensure_free_space(store.paths.root, store.paths.database.stat().st_size)
        backup_to(store, store.paths.backups / f"before-migration-v{current}-{stamp}.sqlite3")
    for version, step in core:
        log.info("migrating store to schema version %s", version)
        with database.atomic():
            if on_postgresql:  # another PC starting the new version at the same moment: one of them migrates
                from dangjian_desktop.storage import pg

                pg.lock(database, "schema")
                if read_version(database) >= version:
                    continue
                step(database)
                pg.write_version(database, version)
                continue
            step(database)
            database.execute_sql(f"PRAGMA user_version = {version:d}")
            database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID:d}")
    if on_postgresql:  # a kind new to the store: its tables from its models (its frozen steps are SQLite DDL)
        from dangjian_desktop.storage import pg

        for key in dict.fromkeys(key for key, _, _ in kinds if at.get(key, 0) == 0):
            pg.create_kind(database, key, newest[key])
        kinds = [(key, v, fn) for key, v, fn in kinds if at.get(key, 0) > 0]
    for key, version, step in kinds:
        log.info("migrating record kind %s to version %s", key, version)
        with database.atomic():
            if on_postgresql:  # another PC migrating at the same moment: one of them runs the step
                from dangjian_desktop.storage import pg

                pg.lock(database, "schema")
                if feature_versions(database).get(key, 0) >= version:
                    continue
            step(database)
            database.execute_sql('INSERT INTO "schema_feature" ("feature", "version") VALUES (?, ?) '
                                 'ON CONFLICT ("feature") DO UPDATE SET "version" = excluded."version"',
                                 (key, version))
    return len(core) + len(kinds) + (migrations_pg.migrate(database) if pg_due else 0)


# -- frozen DDL for a new step ----------------------------------------------------------------------------------------


def model_ddl(models: Sequence[Any]) -> list[str]:
    """The CREATE statements SQLite keeps for ``models`` (tables, then their indexes), as a step should freeze
    them: made in a throw-away in-memory database."""
    from peewee import SqliteDatabase

    scratch = SqliteDatabase(":memory:")
    with scratch.bind_ctx(list(models), bind_refs=False, bind_backrefs=False):
        scratch.create_tables(list(models), safe=False)
        rows = scratch.execute_sql("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    scratch.close()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")]
    # a virtual table makes its shadow tables (meeting_fts_data…) itself
    return [sql for name, sql in rows if not any(name.startswith(f"{v}_") for v in virtual)]


def _main(argv: Sequence[str]) -> int:
    if len(argv) < 2 or argv[0] != "ddl":
        print("usage: python -m dangjian_desktop.storage.migrations ddl module:Model [module:Model ...]",
              file=sys.stderr)
        return 2
    for sql in model_ddl([features.load(p) for p in argv[1:]]):
        print(repr(sql) + ",")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
