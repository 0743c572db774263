"""Backing up a headquarters store on PostgreSQL (``dangjian --database URL backup [--out DIR]``): pg_dump."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.storage import Store


def backup_postgresql(store: Store, folder: Path | None = None) -> Path:
    """A pg_dump of the store's database into ``folder`` (default: this PC's ``backups/``), named by the time."""
    from dangjian_desktop.storage import pg_backup

    if store.target is None:
        raise ValidationError("这份数据不在 PostgreSQL 数据库中。")
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    out = (folder or store.paths.backups) / f"hq-{store.target.dbname}-{stamp}.dump"
    return pg_backup.dump(store.target, out)
