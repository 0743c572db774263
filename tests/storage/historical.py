"""Stores as older versions of the program made them."""

from __future__ import annotations

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
