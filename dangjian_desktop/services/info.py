"""What `dangjian info` and the 设置 page show about the store."""

from __future__ import annotations

from typing import Any

from dangjian_desktop import __version__, clock
from dangjian_desktop.domain.exchange import table_title
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.storage import SCHEMA_VERSION, Store
from dangjian_desktop.storage.database import DatabaseCorruptError, check_file_integrity
from dangjian_desktop.storage.repos import roster as repo


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

    def info(self) -> dict[str, Any]:
        b = self.branches.profile()
        return {
            "app_version": __version__,
            "data_dir": str(self.store.paths.root),
            "database": str(self.store.paths.database),
            "schema_version": self.store.schema_version,
            "supported_schema_version": SCHEMA_VERSION,
            "mode": self.branches.mode().value,
            "read_only": self.store.read_only,
            "branch": b.name if b else None,
            "hq_name": self.branches.hq_name() or None,
            "fingerprint": self.fingerprint(),
            "counts": self.counts(),
            "today": clock.today().isoformat(),
            "today_overridden": clock.is_overridden(),
        }

    def fingerprint(self) -> str | None:
        """The short fingerprint of the branch's package signing key (made on first use); None at headquarters."""
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
