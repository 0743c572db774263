"""A headquarters store on PostgreSQL (issue 22): the same peewee models as on SQLite, and the PostgreSQL
counterparts of what is SQLite's own.

* Raw SQL in the repositories is written with SQLite's ``?`` placeholders; ``PgDatabase`` hands psycopg a cursor
  that turns them into ``%s`` (outside quoted text), so the repositories need no second copy of their SQL.
* The schema version is the table ``dangjian_schema`` (one row: ``version``), not ``PRAGMA user_version``; the
  record kinds' versions are in ``schema_feature`` as on SQLite. A new database is made from the models as they are
  at ``SCHEMA_VERSION`` (what the frozen SQLite steps build, checked by tests/storage/test_migrations.py), minus
  the SQLite-only full-text index (``meeting_fts``, an FTS5 virtual table with triggers: the meeting text search
  on PostgreSQL comes with the n-gram token table that replaces it). A later core or kind step runs on PostgreSQL
  too, so its SQL must be portable (``ALTER TABLE … ADD COLUMN`` is); a record kind new to the store gets its
  tables from its models (``create_kind``: its frozen steps are SQLite DDL), later steps of a kind run as they are.
* Integrity is the server's (constraints, WAL); there is no ``quick_check`` and no file lock: several staff use
  one database at once, and what must not run twice at once takes an advisory lock (``lock``).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

import peewee

from dangjian_desktop.storage.engine import POSTGRESQL, PgTarget, load_psycopg

log = logging.getLogger(__name__)

VERSION_TABLE = "dangjian_schema"
SQLITE_ONLY_TABLES = frozenset({"meeting_fts", "meeting_search"})  # FTS5 virtual tables (+ their triggers)


def sqlite_only(model: Any) -> bool:  # noqa: ANN401
    """A model of SQLite's own (a virtual table: FTS5), not made on PostgreSQL."""
    return model._meta.table_name in SQLITE_ONLY_TABLES or bool(getattr(model._meta, "extension_module", None))


def qmark_to_format(sql: str) -> str:
    """SQLite's ``?`` placeholders → ``%s`` (and then a literal ``%`` → ``%%``), outside quoted strings and
    identifiers. SQL without a ``?`` placeholder (peewee's own, already ``%s``) is returned as it is."""
    if "?" not in sql:
        return sql
    out: list[str] = []
    quote = ""
    found = False
    for ch in sql:
        if quote:
            if ch == quote:
                quote = ""
            out.append("%%" if ch == "%" else ch)
        elif ch in ("'", '"'):
            quote = ch
            out.append(ch)
        elif ch == "?":
            found = True
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out) if found else sql


class _QmarkCursor:
    """A psycopg cursor that takes SQLite-style ``?`` placeholders (everything else is the cursor's own)."""

    __slots__ = ("_cursor",)

    def __init__(self, cursor: Any) -> None:  # noqa: ANN401
        self._cursor = cursor

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:  # noqa: ANN401
        if params:
            sql = qmark_to_format(sql)
        return self._cursor.execute(sql, params if params else None)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:  # noqa: ANN401
        return self._cursor.executemany(qmark_to_format(sql), rows)

    def __iter__(self) -> Any:  # noqa: ANN401
        return iter(self._cursor)

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401
        return getattr(self._cursor, name)


class PgDatabase(peewee.PostgresqlDatabase):
    engine = POSTGRESQL

    def cursor(self, named_cursor: Any = None) -> Any:  # noqa: ANN401
        return _QmarkCursor(super().cursor(named_cursor))

    def _initialize_connection(self, conn: Any) -> None:  # noqa: ANN401
        super()._initialize_connection(conn)
        # a desktop's short queries: JIT compilation (on by default for plans the planner thinks costly) took 80 ms
        # of a 100 ms count over 250,000 meetings, and saves nothing at that size
        with conn.cursor() as cur:
            cur.execute("SET jit = off")


def make_database(target: PgTarget) -> PgDatabase:
    load_psycopg()
    return PgDatabase(target.dbname, prefer_psycopg3=True, autorollback=False, **target.connect_params())


# -- schema ---------------------------------------------------------------------------------------------------------


def exists(database: Any, name: str) -> bool:  # noqa: ANN401
    """Whether the store has a table or index ``name``."""
    return database.execute_sql("SELECT to_regclass(%s)", (name,)).fetchone()[0] is not None


def has_version_table(database: Any) -> bool:  # noqa: ANN401
    return exists(database, VERSION_TABLE)


def user_tables(database: Any) -> list[str]:  # noqa: ANN401
    return [r[0] for r in database.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename").fetchall()]


def read_version(database: Any) -> int:  # noqa: ANN401
    """The core schema version of the database (0: nothing of ours yet)."""
    if not has_version_table(database):
        return 0
    row = database.execute_sql(f'SELECT "version" FROM "{VERSION_TABLE}"').fetchone()
    return int(row[0]) if row else 0


def write_version(database: Any, version: int) -> None:  # noqa: ANN401
    database.execute_sql(f'UPDATE "{VERSION_TABLE}" SET "version" = %s', (int(version),))


def create_schema(database: Any, version: int, kind_versions: dict[str, int]) -> None:  # noqa: ANN401
    """An empty database becomes a store at core ``version`` with every record kind at its newest version, in one
    transaction (a second staff member's hq-init at the same moment waits, then finds it made)."""
    from dangjian_desktop.storage.schema import all_models

    with database.atomic():
        lock(database, "schema")
        if has_version_table(database):
            return
        create_tables(database, all_models())
        database.execute_sql('CREATE TABLE "schema_feature" ("feature" VARCHAR(64) NOT NULL PRIMARY KEY, '
                             '"version" INTEGER NOT NULL)')
        for key, v in kind_versions.items():
            database.execute_sql('INSERT INTO "schema_feature" ("feature", "version") VALUES (%s, %s)', (key, v))
        database.execute_sql(f'CREATE TABLE "{VERSION_TABLE}" ("version" INTEGER NOT NULL)')
        database.execute_sql(f'INSERT INTO "{VERSION_TABLE}" ("version") VALUES (%s)', (int(version),))


def create_kind(database: Any, key: str, version: int) -> None:  # noqa: ANN401
    """A record kind new to this store (a later release declared it): its tables made from its models, as they
    are at its newest ``version`` (its frozen steps are SQLite DDL), in one transaction."""
    from dangjian_desktop import features

    kind = next(f for f in features.features() if f.key == key)
    with database.atomic():
        lock(database, "schema")
        done = database.execute_sql('SELECT "version" FROM "schema_feature" WHERE "feature" = %s', (key,)).fetchone()
        if done:
            return
        create_tables(database, [features.load(t.model) for t in kind.tables])
        database.execute_sql('INSERT INTO "schema_feature" ("feature", "version") VALUES (%s, %s)', (key, version))


def create_tables(database: Any, models: list[Any]) -> None:  # noqa: ANN401
    """The tables, indexes and foreign keys of ``models`` (less the SQLite-only ones)."""
    models = [m for m in models if not sqlite_only(m)]
    with database.bind_ctx(models, bind_refs=False, bind_backrefs=False):
        # tables refer to each other in circles (member.group ↔ party_group.leader): every table first,
        # then the foreign keys, as PostgreSQL checks a REFERENCES target when the constraint is made
        keys = [f for m in models for f in m._meta.refs if not f.deferred]
        for f in keys:
            f.deferred = True
        # indexes written as SQL (expression indexes) are made after, in PostgreSQL's spelling
        raw = {m: [i for i in m._meta.indexes if isinstance(i, peewee.SQL)] for m in models}
        for m in models:
            m._meta.indexes = [i for i in m._meta.indexes if not isinstance(i, peewee.SQL)]
        try:
            database.create_tables(models, safe=False)
        finally:
            for f in keys:
                f.deferred = False
            for m, extra in raw.items():
                m._meta.indexes = [*m._meta.indexes, *extra]
        for extra in raw.values():
            for index in extra:
                database.execute_sql(index_sql(index.sql))
        for f in keys:  # DEFERRABLE: a copy from SQLite (hq-migrate) checks them at commit
            before = f.deferrable
            f.deferrable = before or "INITIALLY IMMEDIATE"
            try:
                f.model._schema.create_foreign_key(f)
            finally:
                f.deferrable = before


def index_sql(sql: str) -> str:
    """A CREATE INDEX written for SQLite in PostgreSQL's spelling: an expression in the column list goes in
    parentheses of its own (``ON "t" ((CASE … END), "date")``)."""
    head, sep, rest = sql.partition(" ON ")
    start = rest.find("(")
    if not sep or start < 0:
        return sql
    depth, quote, parts, current = 0, "", [], []
    for i, ch in enumerate(rest[start + 1:], start + 1):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in ("'", '"'):
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                parts.append("".join(current).strip())
                tail = rest[i:]
                break
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    else:
        return sql
    plain = re.compile(r'^"[^"]+"(\s+(ASC|DESC))?$', re.IGNORECASE)
    cols = [p if plain.match(p) else f"({p})" for p in parts]
    return f"{head}{sep}{rest[:start + 1]}{', '.join(cols)}{tail}"


# -- locks ----------------------------------------------------------------------------------------------------------


def lock_key(name: str) -> int:
    """A signed 64-bit advisory-lock key for a name (a branch UUID, "schema"): the first 8 bytes of its SHA-256."""
    return int.from_bytes(hashlib.sha256(f"dangjian:{name}".encode()).digest()[:8], "big", signed=True)


def lock(database: Any, name: str) -> None:  # noqa: ANN401
    """Take the transaction-scoped advisory lock ``name``: released at commit or rollback; another transaction
    asking for it waits until then."""
    database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (lock_key(name),))


# -- the meetings' text search index ----------------------------------------------------------------------------------

SEARCH_TABLE = "meeting_ngram"
SEARCH_INDEX = "meeting_ngram_grams"  # its GIN index (made by migrations_pg step 1; an earlier layout lacks it)
QUEUE_TRIGGER = "meeting_ngram_queue"
SEARCH_GRAM = 4  # the longest n-gram of a meeting's text in the index
# PostgreSQL's counterpart of the FTS5 table meeting_search: one row per meeting, the n-grams of one to SEARCH_GRAM
# characters of each run of letters and digits of its text (domain/search.runs; repos/meetings_pg.grams) as a
# text[] with a GIN index. A run of up to SEARCH_GRAM characters in a query is one key, answered exactly (GIN has
# no positions: a phrase of bigrams, as FTS5 does it, would be confirmed by reading each candidate, which for a
# miss made of common characters is most of the store); a longer run is the AND of its SEARCH_GRAM-grams. Every
# hit is confirmed against the text (repos/meetings_pg.search).
# A trigger queues every written meeting's id in meeting_index_queue, as SQLite's triggers do; the index catches up
# from the queue after the writes commit (repos/meetings_pg.index_queued, services/search_index.py).
SEARCH_DDL = (
    f'CREATE TABLE IF NOT EXISTS "{SEARCH_TABLE}" ("meeting_id" INTEGER NOT NULL PRIMARY KEY, '
    '"date" DATE NOT NULL, "grams" TEXT[] NOT NULL)',
    f'CREATE INDEX IF NOT EXISTS "{SEARCH_INDEX}" ON "{SEARCH_TABLE}" USING GIN ("grams")',
    f'CREATE INDEX IF NOT EXISTS "{SEARCH_TABLE}_date" ON "{SEARCH_TABLE}" ("date", "meeting_id")',
    """CREATE OR REPLACE FUNCTION dangjian_meeting_queue() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "meeting_index_queue" ("key") VALUES (OLD."id") ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "meeting_index_queue" ("key") VALUES (NEW."id") ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$body$""",
    f'DROP TRIGGER IF EXISTS "{QUEUE_TRIGGER}" ON "meeting"',
    f'CREATE TRIGGER "{QUEUE_TRIGGER}" AFTER INSERT OR DELETE OR UPDATE OF "search_text", "date", "id" '
    'ON "meeting" FOR EACH ROW EXECUTE FUNCTION dangjian_meeting_queue()',
)


def queue_all_meetings(database: Any) -> None:  # noqa: ANN401
    database.execute_sql('INSERT INTO "meeting_index_queue" ("key") SELECT "id" FROM "meeting" '
                         "ON CONFLICT DO NOTHING")



# -- the meeting list's text filter ------------------------------------------------------------------------------------

HEAD_TABLE = "meeting_head"
HEAD_INDEX = "meeting_head_grams4"
HEAD_GRAM = 4  # the longest n-gram in the index: a filter text this long or shorter is one key, answered exactly


def head_sql(row: str = "") -> str:
    """The list filter's columns as one lowercased text (models_meetings.HEAD_COLUMNS), of the row ``row``
    (``NEW`` in the trigger) or of the query's meeting table."""
    from dangjian_desktop.storage.models_meetings import HEAD_COLUMNS

    prefix = f"{row}." if row else ""
    return "lower(" + " || chr(10) || ".join(f'{prefix}"{c}"' for c in HEAD_COLUMNS) + ")"


# every substring of one to HEAD_GRAM characters of a text (all characters: the filter looks for any substring,
# punctuation and spaces too), as an array for a GIN index. A filter text of up to HEAD_GRAM characters is one key
# of it: the index answers it exactly; a longer text is the AND of its HEAD_GRAM-grams, confirmed with strpos.
GRAMS_FUNCTION = f"""CREATE OR REPLACE FUNCTION dangjian_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $body$
SELECT coalesce(array_agg(DISTINCT substr(t, i, n)), '{{}}')
FROM generate_series(1, length(t)) AS i, generate_series(1, {HEAD_GRAM}) AS n WHERE i + n - 1 <= length(t)
$body$"""
# the keys a filter text asks for: itself when short enough, else its HEAD_GRAM-grams
QUERY_GRAMS_FUNCTION = f"""CREATE OR REPLACE FUNCTION dangjian_query_grams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $body$
SELECT CASE WHEN length(t) <= {HEAD_GRAM} THEN ARRAY[t] ELSE
  (SELECT array_agg(DISTINCT substr(t, i, {HEAD_GRAM})) FROM generate_series(1, length(t) - {HEAD_GRAM} + 1) AS i) END
$body$"""


def head_ddl() -> tuple[str, ...]:
    """The list filter's narrow table: per meeting what the filter and its count look at (date, types, 党小组, the
    filter columns' text), kept in step with ``meeting`` by a trigger in the same transaction (nothing queued); a
    count reads it (a few thousand pages) instead of the meeting rows (tens of thousands: they hold the minutes),
    and its GIN index of the text's n-grams answers the text filter."""
    columns = '"meeting_id", "date", "type_mask", "group_id", "head"'
    values = f'NEW."id", NEW."date", NEW."type_mask", NEW."group_id", {head_sql("NEW")}'
    return (
        'DROP INDEX IF EXISTS "meeting_head_grams"',  # of earlier builds: on the meeting rows
        'DROP INDEX IF EXISTS "meeting_head_ngrams"',
        GRAMS_FUNCTION, QUERY_GRAMS_FUNCTION,
        f'CREATE TABLE IF NOT EXISTS "{HEAD_TABLE}" ("meeting_id" INTEGER NOT NULL PRIMARY KEY, "date" DATE NOT NULL, '
        '"type_mask" INTEGER NOT NULL, "group_id" INTEGER, "head" TEXT NOT NULL)',
        f"""CREATE OR REPLACE FUNCTION dangjian_meeting_head() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM "{HEAD_TABLE}" WHERE "meeting_id" = OLD."id";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "{HEAD_TABLE}" ({columns}) VALUES ({values});
  END IF;
  RETURN NULL;
END
$body$""",
        f'DROP TRIGGER IF EXISTS "{HEAD_TABLE}_sync" ON "meeting"',
        f'CREATE TRIGGER "{HEAD_TABLE}_sync" AFTER INSERT OR DELETE OR UPDATE ON "meeting" '
        'FOR EACH ROW EXECUTE FUNCTION dangjian_meeting_head()',
        f'DELETE FROM "{HEAD_TABLE}"',
        f'INSERT INTO "{HEAD_TABLE}" ({columns}) SELECT "id", "date", "type_mask", "group_id", {head_sql()} '
        'FROM "meeting"',
        f'CREATE INDEX IF NOT EXISTS "{HEAD_TABLE}_date" ON "{HEAD_TABLE}" ("date", "type_mask")',
        f'CREATE INDEX IF NOT EXISTS "{HEAD_INDEX}" ON "{HEAD_TABLE}" USING GIN (dangjian_grams("head"))',
    )


# -- step 4 (issue 21): the meetings' bookkeeping of an import done per statement -----------------------------------

# the same set of n-grams as GRAMS_FUNCTION, made about 3.5x faster: the single characters by string_to_array (C),
# no DISTINCT (a GIN index keeps each key once; ``@>`` asks for membership only). Replacing the body leaves the
# index valid: it holds the same keys.
FAST_GRAMS_FUNCTION = (
    "CREATE OR REPLACE FUNCTION dangjian_grams(t text) RETURNS text[]\n"
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $body$\n"
    "SELECT coalesce(string_to_array(t, NULL), '{}')"
    + "".join(f" || ARRAY(SELECT substr(t, i, {n}) FROM generate_series(1, length(t) - {n - 1}) AS i)"
              for n in range(2, HEAD_GRAM + 1))
    + "\n$body$")


def statement_triggers_ddl() -> tuple[str, ...]:
    """The meetings' two row triggers (list filter table, search index queue) for UPDATE and DELETE only, and
    for INSERT one trigger each per statement reading the inserted rows from its transition table: a package's
    COPY of 500 meetings fills ``meeting_head`` and the queue with one INSERT … SELECT each instead of a PL/pgSQL
    call and an INSERT a row. (PostgreSQL allows a transition table only on a single-event trigger.)"""
    columns = '"meeting_id", "date", "type_mask", "group_id", "head"'
    return (
        FAST_GRAMS_FUNCTION,
        f'DROP TRIGGER IF EXISTS "{HEAD_TABLE}_sync" ON "meeting"',
        f'CREATE TRIGGER "{HEAD_TABLE}_sync" AFTER DELETE OR UPDATE ON "meeting" '
        'FOR EACH ROW EXECUTE FUNCTION dangjian_meeting_head()',
        f"""CREATE OR REPLACE FUNCTION dangjian_meeting_head_inserted() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  INSERT INTO "{HEAD_TABLE}" ({columns})
  SELECT "id", "date", "type_mask", "group_id", {head_sql('"inserted"')} FROM "inserted";
  RETURN NULL;
END
$body$""",
        f'DROP TRIGGER IF EXISTS "{HEAD_TABLE}_insert" ON "meeting"',
        f'CREATE TRIGGER "{HEAD_TABLE}_insert" AFTER INSERT ON "meeting" REFERENCING NEW TABLE AS "inserted" '
        'FOR EACH STATEMENT EXECUTE FUNCTION dangjian_meeting_head_inserted()',
        f'DROP TRIGGER IF EXISTS "{QUEUE_TRIGGER}" ON "meeting"',
        f'CREATE TRIGGER "{QUEUE_TRIGGER}" AFTER DELETE OR UPDATE OF "search_text", "date", "id" '
        'ON "meeting" FOR EACH ROW EXECUTE FUNCTION dangjian_meeting_queue()',
        """CREATE OR REPLACE FUNCTION dangjian_meeting_queue_inserted() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  INSERT INTO "meeting_index_queue" ("key") SELECT "id" FROM "inserted" ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$body$""",
        f'DROP TRIGGER IF EXISTS "{QUEUE_TRIGGER}_insert" ON "meeting"',
        f'CREATE TRIGGER "{QUEUE_TRIGGER}_insert" AFTER INSERT ON "meeting" REFERENCING NEW TABLE AS "inserted" '
        'FOR EACH STATEMENT EXECUTE FUNCTION dangjian_meeting_queue_inserted()',
    )



# -- step 5 (issue 21): the filter's text indexed after the import commits -------------------------------------------

HEAD_PENDING_INDEX = "meeting_head_pending"  # the filter rows whose text is not in the GIN index yet


def pending_head_ddl() -> tuple[str, ...]:
    """An INSERT into ``meeting`` gives each new meeting its filter row without its text (``head`` NULL: nothing in
    the GIN index of the n-grams, no n-grams made): the text is filled in by the search index's catch-up after the
    import commits, from the queue the same INSERT fills (``fill_heads_sql``). Until then the list filter looks at
    such a meeting's own columns (repos/meetings_pg._head_where, through the partial index of the rows without
    text), so its answer is the same either way; as on SQLite, where the queued meetings are read themselves. The
    n-grams and their GIN upkeep were about a tenth of the server's time of an import (issue 21). UPDATE and DELETE
    keep the row trigger: an edited meeting's filter row gets its text at once."""
    columns = '"meeting_id", "date", "type_mask", "group_id"'
    return (
        f'ALTER TABLE "{HEAD_TABLE}" ALTER COLUMN "head" DROP NOT NULL',
        f'CREATE INDEX IF NOT EXISTS "{HEAD_PENDING_INDEX}" ON "{HEAD_TABLE}" ("meeting_id") WHERE "head" IS NULL',
        f"""CREATE OR REPLACE FUNCTION dangjian_meeting_head_inserted() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
  INSERT INTO "{HEAD_TABLE}" ({columns}) SELECT "id", "date", "type_mask", "group_id" FROM "inserted";
  RETURN NULL;
END
$body$""",
    )


def fill_heads_sql(only: str = "") -> str:
    """The UPDATE that gives the filter rows still without text (step 5) their text, from their meetings; ``only``:
    a further condition on the filter row ``h`` (e.g. ``AND h."meeting_id" = ANY(?)``)."""
    text = head_sql('"m"')
    return (f'UPDATE "{HEAD_TABLE}" AS "h" SET "head" = {text} FROM "meeting" AS "m" '
            f'WHERE "m"."id" = "h"."meeting_id" AND "h"."head" IS NULL {only}')
