"""The composition of services over one open store. app.py and cli.py build one; screens get only what they need.

Each service is built, and its module imported, on first use (``services.meetings`` …): start-up pays only for
what the first page reads, and a CLI command only for the services it calls. The properties below are plain
:func:`functools.cached_property` with the type in the signature, so type checkers and IDEs see every service.
"""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop.paths import resolve_data_dir
from dangjian_desktop.storage import Store

if TYPE_CHECKING:
    from dangjian_desktop.services.attachments import AttachmentService
    from dangjian_desktop.services.audit import AuditService
    from dangjian_desktop.services.backups import BackupService
    from dangjian_desktop.services.branch import BranchService
    from dangjian_desktop.services.drafts import DraftService
    from dangjian_desktop.services.exchange import ExchangeService
    from dangjian_desktop.services.info import InfoService
    from dangjian_desktop.services.meetings import MeetingService
    from dangjian_desktop.services.pledges import PledgeService
    from dangjian_desktop.services.reports import ReportService
    from dangjian_desktop.services.room import RoomService
    from dangjian_desktop.services.roster import RosterService

log = logging.getLogger(__name__)


class Services:
    """Every service over one store, each built once on first access."""

    def __init__(self, store: Store):
        self.store = store

    @classmethod
    def open(cls, data_dir: Path | str | None = None, *, read_only: bool = False) -> Services:
        # a restore a kill interrupted is completed, and what killed processes left in tmp/ removed, inside
        # Store.open (holding the instance lock, before the database is read)
        store = Store.open(resolve_data_dir(data_dir), read_only=read_only)
        return cls.over(store)

    @classmethod
    def over(cls, store: Store) -> Services:
        return cls(store)

    # -- the services (import on first use) --------------------------------------------------------------------
    @cached_property
    def branch(self) -> BranchService:
        from dangjian_desktop.services.branch import BranchService

        return BranchService(self.store)

    @cached_property
    def roster(self) -> RosterService:
        from dangjian_desktop.services.roster import RosterService

        return RosterService(self.store, self.branch)

    @cached_property
    def reports(self) -> ReportService:
        from dangjian_desktop.services.reports import ReportService

        return ReportService(self.branch, self.roster)

    @cached_property
    def info(self) -> InfoService:
        from dangjian_desktop.services.info import InfoService

        return InfoService(self.store, self.branch)

    @cached_property
    def audit(self) -> AuditService:
        from dangjian_desktop.services.audit import AuditService

        return AuditService(self.store)

    @cached_property
    def drafts(self) -> DraftService:
        from dangjian_desktop.services.drafts import DraftService

        return DraftService(self.store.paths.drafts)

    @cached_property
    def backups(self) -> BackupService:
        from dangjian_desktop.services.backups import BackupService

        return BackupService(self.store)

    @cached_property
    def attachments(self) -> AttachmentService:
        from dangjian_desktop.services.attachments import AttachmentService

        return AttachmentService(self.store.paths.attachments)

    @cached_property
    def pledges(self) -> PledgeService:
        from dangjian_desktop.services.pledges import PledgeService

        return PledgeService(self.store, self.branch, self.roster, self.attachments)

    @cached_property
    def room(self) -> RoomService:
        from dangjian_desktop.services.room import RoomService

        return RoomService(self.store, self.branch, self.attachments)

    @cached_property
    def meetings(self) -> MeetingService:
        from dangjian_desktop.services.meetings import MeetingService

        return MeetingService(self.store, self.branch, self.roster, self.audit, self.attachments)

    @cached_property
    def exchange(self) -> ExchangeService:
        from dangjian_desktop.services.exchange import ExchangeService

        return ExchangeService(self)  # needs the whole container for the documents it prints

    # -- lifetime ----------------------------------------------------------------------------------------------
    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
