"""What `dangjian info` and the 设置 page show about the store, and about a data folder whose store cannot be
opened for writing (damaged, full disk, no permission...): ``state`` says which."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from dangjian_desktop import __version__, clock
from dangjian_desktop.domain.exchange import table_title
from dangjian_desktop.domain.faults import NEARLY_FULL_BYTES
from dangjian_desktop.paths import DataPaths, free_bytes
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.storage import SCHEMA_VERSION, Store
from dangjian_desktop.storage.database import DatabaseCorruptError, check_file_integrity
from dangjian_desktop.storage.repos import roster as repo

log = logging.getLogger(__name__)

STATE_LABELS = {
    "ok": "正常",
    "in_use": "另一个窗口正在使用（只读）",
    "read_only": "只读（数据文件夹或数据文件不允许写入）",
    "disk_full": "磁盘空间不足",
    "damaged": "数据文件已损坏",
    "io_error": "读写磁盘出错",
    "no_access": "没有权限",
    "locked": "数据文件被其他程序占用",
    "too_new": "由更新版本的程序创建",
    "not_ours": "不是本程序的数据文件",
    "no_data": "还没有数据",
    "error": "无法打开",
}


class InfoService:
    def __init__(self, store: Store, branches: BranchService):
        self.store = store
        self.branches = branches

    def counts(self) -> dict[str, int]:
        return repo.table_counts()

    def labelled_counts(self) -> list[tuple[str, int]]:
        """Row counts under their Chinese names, in table order."""
        return [(table_title(k), n) for k, n in self.counts().items()]

    def is_empty(self) -> bool:
        return self.branches.profile() is None and self.branches.mode().value == "branch"

    # -- the integrity check of a large store, deferred past the first paint (storage/database.py) --------------
    def integrity_check_pending(self) -> bool:
        return self.store.integrity_check_deferred

    def check_integrity(self) -> str | None:
        """The full quick_check on a connection of its own (callable from a worker thread). None when the file is
        good, else SQLite's finding. Does not change the store: see :meth:`record_damage`."""
        return check_file_integrity(self.store.paths.database)

    def record_damage(self, detail: str) -> str:
        """Stop writing to a store found damaged, remember it for the next open; returns the Chinese message."""
        self.store.mark_damaged(detail)
        self.store.integrity_check_deferred = False
        return DatabaseCorruptError(detail).args[0]

    def integrity_checked(self) -> None:
        self.store.integrity_check_deferred = False

    def state(self) -> str:
        """"ok", or why the store is read-only ("in_use", "read_only", "disk_full", "damaged"); "disk_full" too
        for a writable store whose disk has (almost) no space left."""
        if self.store.state != "ok":
            return self.store.state
        free = free_bytes(self.store.paths.root)
        if free is not None and free < NEARLY_FULL_BYTES:
            return "disk_full"
        return "ok"

    def info(self) -> dict[str, Any]:
        b = self.branches.profile()
        state = self.state()
        return {
            "app_version": __version__,
            "data_dir": str(self.store.paths.root),
            "database": self.store.location,  # the SQLite file, or the PostgreSQL URL without its password
            "engine": self.store.engine,
            "schema_version": self.store.schema_version,
            "supported_schema_version": SCHEMA_VERSION,
            "mode": self.branches.mode().value,
            "read_only": self.store.read_only,
            "state": state,
            "state_label": STATE_LABELS.get(state, state),
            "problem": self.store.read_only_reason if self.store.read_only else "",
            "branch": b.name if b else None,
            "hq_name": self.branches.hq_name() or None,
            "fingerprint": self.fingerprint(),
            "counts": self.counts(),
            "today": clock.today().isoformat(),
            "today_overridden": clock.is_overridden(),
        }

    def fingerprint(self) -> str | None:
        """The short fingerprint of the branch's package signing key (made now in a store made before it had one);
        None at headquarters."""
        from dangjian_desktop.domain.enums import StoreMode

        if self.branches.mode() is StoreMode.HEADQUARTERS:
            return None
        from dangjian_desktop.domain.errors import DomainError
        from dangjian_desktop.exchange import identity

        root = self.store.paths.root
        try:
            if not identity.has_key(root):
                return None if self.store.read_only else identity.ensure_key(root).fingerprint
            return identity.load_key(root).fingerprint
        except (DomainError, OSError):  # a damaged key file is reported by the export, not by `info`
            return None


def folder_report(data_dir: Path | str, error: Exception) -> tuple[dict[str, Any], list[tuple[str, int]] | None]:
    """``info`` for a folder whose store could not be opened for writing (``error`` says why): read-only where the
    file can still be read (a full disk, a folder without write permission), from the file alone otherwise
    (damage). Never writes. Returns (the info dict, labelled counts or None)."""
    from dangjian_desktop.domain.faults import classify
    from dangjian_desktop.services.container import Services

    paths = DataPaths(Path(data_dir))
    fault = classify(error)
    state = getattr(fault or error, "state", None) or ("io_error" if isinstance(error, OSError) else "error")
    out: dict[str, Any] = {
        "app_version": __version__, "data_dir": str(paths.root), "database": str(paths.database),
        "schema_version": None, "supported_schema_version": SCHEMA_VERSION, "mode": None, "read_only": True,
        "state": state, "state_label": STATE_LABELS.get(state, state), "problem": str(fault or error),
        "branch": None, "hq_name": None, "fingerprint": None, "counts": None,
        "today": clock.today().isoformat(), "today_overridden": clock.is_overridden(),
    }
    labelled = None
    if state not in ("damaged", "too_new", "not_ours", "no_data"):
        try:
            with Services.open(paths.root, read_only=True) as services:
                inner = services.info.info()
                labelled = services.info.labelled_counts()
            out.update({k: inner[k] for k in ("schema_version", "mode", "branch", "hq_name", "fingerprint",
                                              "counts")})
        except Exception as exc:  # noqa: BLE001 - report what we have
            log.info("read-only open for info failed: %s", exc)
    elif state == "damaged":
        from dangjian_desktop.services.backups import BackupFolder

        try:
            good = BackupFolder(paths).newest_good()
        except Exception as exc:  # noqa: BLE001
            log.warning("looking for a good backup failed: %s", exc)
            good = None
        out["newest_good_backup"] = str(good.path) if good else None
    return out, labelled
