"""The composition of services over one open store. app.py and cli.py build one; screens get only what they need."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from dangjian_desktop.paths import resolve_data_dir
from dangjian_desktop.services.attachments import AttachmentService
from dangjian_desktop.services.audit import AuditService
from dangjian_desktop.services.backups import BackupFolder, BackupService
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.services.drafts import DraftService
from dangjian_desktop.services.exchange import ExchangeService
from dangjian_desktop.services.info import InfoService
from dangjian_desktop.services.meetings import MeetingService
from dangjian_desktop.services.pledges import PledgeService
from dangjian_desktop.services.reports import ReportService
from dangjian_desktop.services.room import RoomService
from dangjian_desktop.services.roster import RosterService
from dangjian_desktop.storage import Store

log = logging.getLogger(__name__)


@dataclass
class Services:
    store: Store
    branch: BranchService
    roster: RosterService
    reports: ReportService
    info: InfoService
    audit: AuditService
    drafts: DraftService
    backups: BackupService
    attachments: AttachmentService
    pledges: PledgeService
    room: RoomService
    meetings: MeetingService
    exchange: ExchangeService = field(init=False)

    @classmethod
    def open(cls, data_dir: Path | str | None = None, *, read_only: bool = False) -> Services:
        store = Store.open(resolve_data_dir(data_dir), read_only=read_only)
        if not store.read_only:  # holding the instance lock: no restore of another window is under way
            try:
                BackupFolder(store.paths).recover_interrupted_swap()
            except OSError:
                log.exception("could not repair the attachments folder after an interrupted restore")
        return cls.over(store)

    @classmethod
    def over(cls, store: Store) -> Services:
        branch = BranchService(store)
        roster = RosterService(store, branch)
        audit = AuditService(store)
        attachments = AttachmentService(store.paths.attachments)
        services = cls(
            store=store,
            branch=branch,
            roster=roster,
            reports=ReportService(branch, roster),
            info=InfoService(store, branch),
            audit=audit,
            drafts=DraftService(store.paths.drafts),
            backups=BackupService(store),
            attachments=attachments,
            pledges=PledgeService(store, branch, roster, attachments),
            room=RoomService(store, branch, attachments),
            meetings=MeetingService(store, branch, roster, audit, attachments),
        )
        services.exchange = ExchangeService(services)  # needs the whole container for the documents it prints
        return services

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
