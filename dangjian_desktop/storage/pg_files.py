"""The files received with packages, kept in a headquarters store on PostgreSQL (issue 22): several staff PCs share
one database, so an attachment or a printed document one of them imports must reach the others with the records.

``hq_file``: one row per file, named by its path under the data folder (``attachments/<sha[:2]>/<sha256><suffix>``,
``received/<branch>/<year>/<name>.pdf``), with its SHA-256, size and bytes. The import writes the rows in the
transaction that merges the records (a refused package leaves none); every PC keeps the files it opened in its own
data folder, a cache checked against the row's SHA-256 (``services/hq_files.py``). PostgreSQL only: a SQLite store's
files are the data folder's. Made by PostgreSQL's own schema step 3 (storage/migrations_pg.py), as the meetings'
n-gram table is by step 1.
"""

from __future__ import annotations

from typing import Any

TABLE = "hq_file"
DDL = (f'CREATE TABLE IF NOT EXISTS "{TABLE}" ("path" TEXT NOT NULL PRIMARY KEY, "sha256" CHAR(64) NOT NULL, '
       '"size" BIGINT NOT NULL, "data" BYTEA NOT NULL)')


def held(database: Any, paths: list[str]) -> dict[str, str]:  # noqa: ANN401
    """path -> SHA-256 of those of ``paths`` the table holds."""
    if not paths:
        return {}
    rows = database.execute_sql(f'SELECT "path", "sha256" FROM "{TABLE}" WHERE "path" = ANY(%s)', (list(paths),))
    return {p: s for p, s in rows.fetchall()}


def put(database: Any, path: str, sha256: str, data: bytes, *, replace: bool) -> None:  # noqa: ANN401
    """Store one file; ``replace``: a newer copy of the same path wins (a received document), else the row held
    stays (content-addressed attachments: the same path is the same bytes)."""
    on_conflict = ('DO UPDATE SET "sha256" = EXCLUDED."sha256", "size" = EXCLUDED."size", "data" = EXCLUDED."data"'
                   if replace else "DO NOTHING")
    database.execute_sql(f'INSERT INTO "{TABLE}" ("path", "sha256", "size", "data") VALUES (%s, %s, %s, %s) '
                         f'ON CONFLICT ("path") {on_conflict}', (path, sha256, len(data), data))


def sha_of(database: Any, path: str) -> str | None:  # noqa: ANN401
    row = database.execute_sql(f'SELECT "sha256" FROM "{TABLE}" WHERE "path" = %s', (path,)).fetchone()
    return row[0] if row else None


def read(database: Any, path: str) -> tuple[str, bytes] | None:  # noqa: ANN401
    """(SHA-256 recorded, bytes) of ``path``, or None."""
    row = database.execute_sql(f'SELECT "sha256", "data" FROM "{TABLE}" WHERE "path" = %s', (path,)).fetchone()
    return (row[0], bytes(row[1])) if row else None


def under(database: Any, prefix: str) -> list[str]:  # noqa: ANN401
    """The paths held that start with ``prefix`` (a folder, ending in ``/``)."""
    like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = database.execute_sql(f'SELECT "path" FROM "{TABLE}" WHERE "path" LIKE %s ORDER BY "path"', (like,))
    return [r[0] for r in rows.fetchall()]


def count(database: Any) -> int:  # noqa: ANN401
    return int(database.execute_sql(f'SELECT count(*) FROM "{TABLE}"').fetchone()[0])
