"""Consistent copies of the live database with the SQLite online backup API (never a file copy of a WAL db)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from dangjian_desktop.storage.database import Store


def backup_to(store: Store, target: Path) -> Path:
    """Write a consistent copy of the store's database to ``target`` (written to a temp name, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = store.database.connection()
    dst = sqlite3.connect(str(tmp))
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
        dst.commit()
    finally:
        dst.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target
