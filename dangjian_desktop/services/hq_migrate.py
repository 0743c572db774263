"""``dangjian hq-migrate --to postgresql://…``: a headquarters store moves from the data folder's SQLite file into
an empty PostgreSQL database, verified by the record count of every table (issue 22).

The SQLite store is first opened as usual (brought to this program's schema version, checked to be a
headquarters store), then copied while the folder's single-writer lock is held (no window writes meanwhile). The
SQLite file is left as it was: it stays the fallback until staff work on the server. Files received with packages
(attachments under attachments/, printed documents under received/) are copied into the store's ``hq_file`` table
(``services/hq_files.py``), counted like the records, so every staff PC can open them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dangjian_desktop import features
from dangjian_desktop.domain.enums import StoreMode
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.paths import DataPaths, FileLock, resolve_data_dir
from dangjian_desktop.storage import Store, StoreLockedError


@dataclass(frozen=True)
class MigratedTable:
    table: str
    label: str
    source: int
    target: int


@dataclass(frozen=True)
class MigrationResult:
    target: str  # the URL without its password
    tables: list[MigratedTable]
    files: tuple[int, int] = (0, 0)  # received files: in the data folder, in the PostgreSQL store

    @property
    def rows(self) -> int:
        return sum(t.target for t in self.tables)


def migrate_to_postgresql(data_dir: Path | str | None, url: str,
                          progress: Callable[[str], None] = lambda _t: None) -> MigrationResult:
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.storage import pg_copy
    from dangjian_desktop.storage.engine import parse_target

    target = parse_target(url)
    if target is None:
        raise ValidationError("请用 --to 指定要迁入的 PostgreSQL 数据库，例如 postgresql://用户名@服务器:5432/数据库名。")
    folder = resolve_data_dir(data_dir)
    paths = DataPaths(folder)
    if not paths.database.exists():
        raise ValidationError(f"数据文件夹 {folder} 中没有数据文件，没有可以迁移的内容。")
    with Services.open(folder) as s:  # brings the file to this version; refuses a damaged or newer one
        if s.branch.mode() is not StoreMode.HEADQUARTERS:
            raise ValidationError("这个数据文件夹中是党支部的数据：只有上级党委的数据可以迁到 PostgreSQL，"
                                  "党支部的数据始终保存在本机的数据文件夹中。")
    lock = FileLock(paths.lock_file)
    if not lock.acquire():
        raise StoreLockedError()
    try:
        store = Store.open_postgresql(target, folder)
        try:
            if pg_copy.holds_records(store.database):
                raise ValidationError(f"数据库 {target.display()} 中已经有数据，不能迁入。请新建一个空数据库"
                                      "（createdb）后再迁移。")
            counts = pg_copy.copy_from_sqlite(paths.database, store.database, progress)
            progress("正在复制收到的附件和文档…")
            files = copy_files(store)
        finally:
            store.close()
    finally:
        lock.release()
    labels = {t.table: t.label for t in features.tables()}
    return MigrationResult(target.display(), [MigratedTable(t, labels.get(t, t), a, b) for t, (a, b) in counts.items()],
                           files)


def received_files(paths: DataPaths) -> list[Path]:
    """The files headquarters received with packages: attachments/ and received/ of the data folder."""
    out: list[Path] = []
    for folder in (paths.attachments, paths.root / "received"):
        if folder.is_dir():
            out.extend(p for p in sorted(folder.rglob("*"))
                       if p.is_file() and not p.is_symlink() and not p.name.endswith(".part"))
    return out


def copy_files(store: Store) -> tuple[int, int]:
    """Every received file of the data folder into the PostgreSQL store (one transaction); (files in the folder,
    rows in the store). ValidationError when they differ."""
    from dangjian_desktop.fileio import sha256_file
    from dangjian_desktop.services import hq_files

    found = received_files(store.paths)
    with store.database.atomic():
        hq_files.save(store, [(p, sha256_file(p), not p.is_relative_to(store.paths.attachments)) for p in found])
    held = hq_files.held_count(store)
    if held != len(found):
        raise ValidationError(f"收到的文件复制不完整：数据文件夹中 {len(found)} 个，数据库中 {held} 个。请重新迁移。")
    return len(found), held
