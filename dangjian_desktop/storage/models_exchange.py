"""Bookkeeping of the data exchange. Neither table is a ``Record``: they never travel in a package themselves.

* ``exchange_origin`` (headquarters): where each imported record came from (数据来源). Every record merged from a
  package is registered with the branch the package belongs to, so a package can only ever add to, change,
  refer to or delete its own branch's records: a record UUID already held for another branch (or made locally)
  makes the package refused. ``revision`` is the branch's revision of the row as last applied (None: the row came
  in an old package without revisions). The rows of a meeting's child tables (attendance, agenda items, votes,
  amendments, attachments: ``records_schema.child_keys``) have no row here: they are their meeting's branch's,
  found through it (``records_delete.child_origins``, ``branch_children``), and a child's version is its
  ``updated_at``. A deleted row's UUID stays registered (a tombstone names it), a child's too.
* ``exchange_revision`` (branch): each record's revision as this store last exported it, with a digest of its
  travelling values. An export compares every row with it: a changed row gets the next revision (and goes into an
  incremental package), whatever the clocks of the PC say. ``stamp`` (its ``updated_at`` as exported) spares the
  digest of a row whose stamp has not moved: every change of a record writes a new ``updated_at``, earlier or
  later, so only rows with another stamp are hashed.
"""

from __future__ import annotations

from peewee import CharField, IntegerField

from dangjian_desktop.storage.models import BaseModel


class ExchangeOriginRow(BaseModel):
    uuid = CharField(max_length=64, primary_key=True)
    table = CharField(max_length=50)
    branch_uuid = CharField(max_length=64)  # led by the (branch_uuid, table) index
    revision = IntegerField(null=True)

    class Meta:
        indexes = ((("branch_uuid", "table"), False),)


class ExchangeRevisionRow(BaseModel):
    uuid = CharField(max_length=64, primary_key=True)
    table = CharField(max_length=50)
    revision = IntegerField()
    digest = CharField(max_length=32)  # the first 128 bits of the SHA-256 of the row's travelling values
    stamp = CharField(max_length=40, default="")  # its updated_at then: the same stamp, the same row (fast path)



# -- this record kind's schema steps (storage/migrations.py runs them; Feature.migrations names them) -------------


def _v1_revisions(database) -> None:  # noqa: ANN001 - a peewee Database
    """Issue 15 (packages ordered by the branch's sequence and its records' revisions, never by its clock): the
    revision of each imported row at headquarters, and the branch's table of exported revisions. The core's
    frozen baseline made ``exchange_origin`` without the column; a store that already has it (made by a
    development build) is left as it is."""
    columns = {row[1] for row in database.execute_sql('PRAGMA table_info("exchange_origin")').fetchall()}
    if "revision" not in columns:
        database.execute_sql('ALTER TABLE "exchange_origin" ADD COLUMN "revision" INTEGER')
    database.execute_sql(
        'CREATE TABLE IF NOT EXISTS "exchange_revision" ("uuid" VARCHAR(64) NOT NULL PRIMARY KEY, '
        '"table" VARCHAR(50) NOT NULL, "revision" INTEGER NOT NULL, "digest" VARCHAR(32) NOT NULL, '
        '"stamp" VARCHAR(40) NOT NULL)')


# frozen: the child tables of schema step 2 (records_schema.child_keys derives today's from the models)
_V2_CHILD_TABLES = ("meeting_attendance", "meeting_agenda_item", "meeting_vote", "meeting_amendment",
                    "meeting_attachment")


def _v2_children_through_parent(database) -> None:  # noqa: ANN001 - a peewee Database
    """Issue 21 (headquarters import): a meeting's child rows are registered through their meeting, not row by
    row (80 % of a package's rows; each registration wrote a random page of the UUID key). Their registrations
    are removed where the row is held (a deleted child's stays: its tombstone names it), and the index on
    ``branch_uuid`` alone, which the (branch_uuid, table) index makes redundant, is dropped. Plain SQL: it runs
    on SQLite and on PostgreSQL alike."""
    for table in _V2_CHILD_TABLES:
        database.execute_sql(f'DELETE FROM "exchange_origin" WHERE "table" = \'{table}\' '
                             f'AND "uuid" IN (SELECT "uuid" FROM "{table}")')
    database.execute_sql('DROP INDEX IF EXISTS "exchange_origin_branch_uuid"')


STEPS = [
    (1, _v1_revisions),
    (2, _v2_children_through_parent),
]
