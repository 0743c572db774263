"""What `dangjian info` and the 设置 page show about the store."""

from __future__ import annotations

from typing import Any

from dangjian_desktop import __version__
from dangjian_desktop.domain.exchange import table_title
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.storage import SCHEMA_VERSION, Store
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
            "counts": self.counts(),
        }
