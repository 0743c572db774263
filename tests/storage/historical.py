"""Stores as older versions of the program made them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from dangjian_desktop.storage import migrations


def store_at(path: Path, version: int) -> Path:
    """A store made by the program that had schema ``version``: its core steps 1..version, run on an empty file."""
    database = SqliteDatabase(str(path))
    for v, step in migrations.CORE_STEPS[:version]:
        with database.atomic():
            step(database)
            database.execute_sql(f"PRAGMA user_version = {v}")
    database.close()
    return path


def old_store_with_a_branch(data_dir: Path, version: int) -> Path:
    """``store_at`` in ``data_dir`` with one branch, 老支部, written as that program wrote it (to be found again after
    the migration)."""
    path = store_at(data_dir / "dangjian.sqlite3", version)
    con = sqlite3.connect(path)
    try:
        con.execute("INSERT INTO branch (uuid, created_at, updated_at, name, kind, parent_committee, is_own, "
                    "term_years) VALUES ('b-1', '2024-01-01', '2024-01-01', '老支部', '党支部', '', 1, 5)")
        con.commit()
    finally:
        con.close()
    return path
