"""Bookkeeping of the data exchange. Neither table is a ``Record``: they never travel in a package themselves.

* ``exchange_origin`` (headquarters): where each imported record came from (数据来源). Every record merged from a
  package is registered with the branch the package belongs to, so a package can only ever add to, change,
  refer to or delete its own branch's records: a record UUID already held for another branch (or made locally)
  makes the package refused. ``revision`` is the branch's revision of the row as last applied (None: the row came
  in an old package without revisions).
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
    branch_uuid = CharField(max_length=64, index=True)
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


STEPS = [
    (1, _v1_revisions),
]
