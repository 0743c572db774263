"""Files received with packages at headquarters, wherever the store is (issue 22).

On SQLite a received attachment or printed document is a file in the data folder and nothing more. On
PostgreSQL several staff PCs share the store, so the import also writes each file's bytes into the store
(``storage/pg_files.py``) in the transaction that merges the records, and every place that opens such a file asks
``local_path``: the file in this PC's data folder, fetched from the store first when it is not there (or is an
older copy of a received document), its SHA-256 checked before it is used.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.fileio import sha256_file, write_bytes_atomic
from dangjian_desktop.storage import pg_files
from dangjian_desktop.storage.engine import POSTGRESQL

log = logging.getLogger(__name__)


class FileFetchError(DomainError):
    """A file the store holds could not be brought to this PC intact."""


def shared(store: Any) -> bool:  # noqa: ANN401 - Store
    """The store keeps its received files itself (PostgreSQL)."""
    return getattr(store, "engine", None) == POSTGRESQL


def _rel(store: Any, path: Path) -> str:  # noqa: ANN401
    return Path(path).resolve().relative_to(store.paths.root.resolve()).as_posix()


def save(store: Any, files: Iterable[tuple[Path, str, bool]]) -> int:  # noqa: ANN401
    """Inside the import's transaction: ``(file in the data folder, its SHA-256, replace)`` written into the store
    when it does not hold that path with those bytes already (``replace``: a received document, a newer package's
    copy wins). Returns the rows written. Nothing on SQLite."""
    if not shared(store):
        return 0
    wanted = [(_rel(store, p), p, sha, replace) for p, sha, replace in files]
    have = pg_files.held(store.database, [w[0] for w in wanted])
    n = 0
    for rel, path, sha, replace in wanted:
        if have.get(rel) == sha or (rel in have and not replace):
            continue
        data = Path(path).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha:  # changed on disk since it was checked: refuse, roll back
            raise FileFetchError(f"本机数据文件夹中的“{rel}”在导入过程中被改动，已拒绝导入，没有改动任何数据。")
        pg_files.put(store.database, rel, sha, data, replace=replace)
        have[rel] = sha
        n += 1
    return n


def local_path(store: Any, path: Path | str) -> Path:  # noqa: ANN401
    """The received file ``path`` (under the data folder) on this PC: on PostgreSQL fetched from the store into
    the data folder when missing or not the copy the store holds. A file the store does not hold is returned as
    it is (it may not exist: the caller says so)."""
    path = Path(path)
    if not shared(store):
        return path
    rel = _rel(store, path)
    content_named = rel.startswith("attachments/")
    if content_named and path.is_file():
        return path  # named by its content: the file there is the one
    sha = pg_files.sha_of(store.database, rel)
    if sha is None or (path.is_file() and sha256_file(path) == sha):
        return path
    got = pg_files.read(store.database, rel)
    if got is None:
        return path
    sha, data = got
    if hashlib.sha256(data).hexdigest() != sha:
        raise FileFetchError(f"数据库中保存的文件“{rel}”已损坏（校验值不符），无法打开。请重新导入该支部的数据包。")
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_bytes_atomic(path, data)


def received_under(store: Any, folder: Path) -> list[Path]:  # noqa: ANN401
    """The received files under ``folder`` (a branch's ``received/…``): those on this PC, and on PostgreSQL
    those the store holds (not fetched: ``local_path`` fetches the one opened)."""
    found = {p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".part")} if folder.is_dir() else set()
    if shared(store):
        found.update(store.paths.root / rel for rel in pg_files.under(store.database, _rel(store, folder) + "/"))
    return sorted(found)


def held_count(store: Any) -> int:  # noqa: ANN401
    return pg_files.count(store.database) if shared(store) else 0
