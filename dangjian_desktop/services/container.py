"""The composition of services over one open store. app.py and cli.py build one; screens get only what they need.

Each service is built, and its module imported, on first use (``services.meetings`` …): start-up pays only for
what the first page reads, and a CLI command only for the services it calls. Which services exist is declared by
the record kinds (``dangjian_desktop.features``); the factories of the first wave's services are below.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop import features
from dangjian_desktop.paths import resolve_data_dir

if TYPE_CHECKING:  # the store's module (peewee and its models) is imported on the first open, not with this one
    from dangjian_desktop.storage import Store
    from dangjian_desktop.glimpse import Glimpse
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
    """Every service over one store, each built once on first access.

    The services are those the record kinds declare (``dangjian_desktop.features``: ``Feature.services``), each
    ``(name, "module:function")`` of ``fn(services) -> service``; ``services.<name>`` builds it on first use and
    keeps it. The annotations below are for type checkers and IDEs only.
    """

    if TYPE_CHECKING:
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
        exchange: ExchangeService

    def __init__(self, store: Store):
        self.store = store
        # a folder seen by glimpse.take but not opened yet (app.main, until the first paint): see pending()
        self.glimpse: Glimpse | None = None

    @classmethod
    def open(cls, data_dir: Path | str | None = None, *, read_only: bool = False,
             database: str | None = None, password: str | None = None) -> Services:
        """The store of ``data_dir`` (its SQLite file), or, when ``database`` is a ``postgresql://`` URL, that
        PostgreSQL database with ``data_dir`` as this PC's folder (logs, scratch files, received attachments).
        ``password`` (asked at start by the window) is kept in memory only; else the URL's, else PGPASSWORD."""
        import dataclasses

        from dangjian_desktop.storage import Store
        from dangjian_desktop.storage.engine import parse_target

        target = parse_target(database)
        if target is not None and password is not None:
            target = dataclasses.replace(target, password=password)
        if target is not None:
            return cls.over(Store.open_postgresql(target, resolve_data_dir(data_dir), read_only=read_only))
        # a restore a kill interrupted is completed, and what killed processes left in tmp/ removed, inside
        # Store.open (holding the instance lock, before the database is read)
        return cls._settled(Store.open(resolve_data_dir(data_dir), read_only=read_only))

    @classmethod
    def _settled(cls, store: Store) -> Services:
        if not store.read_only:  # the signing key of a restore a kill interrupted (services/backup_keys.py)
            from dangjian_desktop.services import backup_keys

            backup_keys.settle_staged(store.paths, store.restore_completed_at_open)
        return cls.over(store)

    @classmethod
    def open_glimpsed(cls, seen: Glimpse) -> Services:
        """The store of a folder :func:`dangjian_desktop.glimpse.take` looked at (its lock held, its file checked
        then): opened with that lock, so no other window can have written in between."""
        from dangjian_desktop.storage import Store

        return cls._settled(Store.open(seen.paths.root, lock=seen.lock, check_integrity=False))

    @classmethod
    def pending(cls, seen: Glimpse) -> Services:
        """Services over a folder :func:`dangjian_desktop.glimpse.take` looked at, its store not opened yet: the
        window is built and painted from ``glimpse`` (首页's first half, the title) and the plain facts of the store
        (folder, writable), then app.main calls :meth:`finish_open`. Anything else asked before that — a service,
        the database — opens the store there and then, so nothing is ever read from a store not opened."""
        services = cls(_PendingStore(seen))  # type: ignore[arg-type]
        services.store._owner = services  # type: ignore[attr-defined]
        services.glimpse = seen
        return services

    def finish_open(self) -> None:
        """Open the store a pending container was made over (nothing to do otherwise). On failure the lock is
        released and the container stays unopened."""
        pending = self.__dict__.get("store")
        if isinstance(pending, _PendingStore):
            opened = Services.open_glimpsed(pending.seen)
            self.store = opened.store
            self.glimpse = None  # from now on every page reads the store

    def require_headquarters_engine(self, *, initialising: bool = False) -> None:
        """A PostgreSQL database holds only a headquarters store (a branch needs nothing but its SQLite file):
        anything but ``hq-init`` on a PostgreSQL database that is not yet a headquarters store is refused."""
        from dangjian_desktop.domain.errors import ValidationError
        from dangjian_desktop.domain.enums import StoreMode

        if self.store.engine == "sqlite" or initialising or self.branch.mode() is StoreMode.HEADQUARTERS:
            return
        raise ValidationError(f"数据库 {self.store.location} 还不是上级党委数据：PostgreSQL 数据库只用于上级党委，"
                              "党支部的数据只保存在本机的数据文件夹中。请先运行 "
                              "dangjian --database <地址> hq-init --name <上级党委名称> 建立上级党委数据。")

    @classmethod
    def over(cls, store: Store) -> Services:
        return cls(store)

    def __getattr__(self, name: str) -> Any:
        """A declared service, built (and its module imported) on first access, then kept as an attribute."""
        if name.startswith("__"):
            raise AttributeError(name)
        if isinstance(self.__dict__.get("store"), _PendingStore):
            self.finish_open()  # a service is always built over the opened store
        factory = service_factories().get(name)
        if factory is None:
            raise AttributeError(f"no service named {name!r} (see dangjian_desktop.features)")
        with _BUILDING:  # one instance per service, also when two threads ask first (首页's read ahead at start)
            service = self.__dict__.get(name)
            if service is None:
                service = self.__dict__[name] = features.load(factory)(self)
        return service

    # -- lifetime ----------------------------------------------------------------------------------------------
    def close(self) -> None:
        if isinstance(self.__dict__.get("store"), _PendingStore):  # never opened: only the lock to let go
            self.store.seen.release()
            return
        if "search_index" in self.__dict__:  # a catch-up worker still running finishes its batch first
            self.search_index.stop()
        self.store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _PendingStore:
    """What the window asks of a store before the first paint, answered from the glimpse: the folder, and that it
    is writable (glimpse.take took the lock of a writable folder and file). Anything else opens the store first."""

    engine = "sqlite"
    read_only = False
    state = "ok"
    read_only_reason = ""
    integrity_check_deferred = False
    _owner: Services

    def __init__(self, seen: Glimpse):
        self.seen = seen
        self.paths = seen.paths

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("seen", "_owner"):
            raise AttributeError(name)
        self._owner.finish_open()
        return getattr(self._owner.store, name)


_BUILDING = threading.RLock()  # a factory asks for the services it needs: reentrant


def service_factories() -> dict[str, str]:
    """Service name -> ``"module:function"`` of its factory, from every record kind's declaration."""
    return features.cached("services", lambda: {name: path for f in features.features() for name, path in f.services})


# -- factories of the first wave's services (a new record kind puts its factory in its own service module) ---------


def make_branch(s: Services) -> BranchService:
    from dangjian_desktop.services.branch import BranchService

    service = BranchService(s.store)
    # draft 支委会 meetings take the committee's new members, in the transaction that saved them
    service.committee_changed_hooks.append(lambda: s.meetings.regenerate_committee_drafts())
    return service


def make_roster(s: Services) -> RosterService:
    from dangjian_desktop.services.roster import RosterService

    return RosterService(s.store, s.branch)


def make_reports(s: Services) -> ReportService:
    from dangjian_desktop.services.reports import ReportService

    return ReportService(s.branch, s.roster)


def make_info(s: Services) -> InfoService:
    from dangjian_desktop.services.info import InfoService

    return InfoService(s.store, s.branch)


def make_audit(s: Services) -> AuditService:
    from dangjian_desktop.services.audit import AuditService

    return AuditService(s.store)


def make_drafts(s: Services) -> DraftService:
    from dangjian_desktop.services.drafts import DraftService

    return DraftService(s.store.paths.drafts)


def make_backups(s: Services) -> BackupService:
    from dangjian_desktop.services.backups import BackupService

    return BackupService(s.store)


def make_attachments(s: Services) -> AttachmentService:
    from dangjian_desktop.services.attachments import AttachmentService

    from dangjian_desktop.services import hq_files

    if hq_files.shared(s.store):  # headquarters on PostgreSQL: a file another staff PC received comes from the store
        return AttachmentService(s.store.paths.attachments, lambda p: hq_files.local_path(s.store, p))
    return AttachmentService(s.store.paths.attachments)


def make_pledges(s: Services) -> PledgeService:
    from dangjian_desktop.services.pledges import PledgeService

    return PledgeService(s.store, s.branch, s.roster, s.attachments)


def make_room(s: Services) -> RoomService:
    from dangjian_desktop.services.room import RoomService

    return RoomService(s.store, s.branch, s.attachments)


def make_meetings(s: Services) -> MeetingService:
    from dangjian_desktop.services.meetings import MeetingService

    return MeetingService(s.store, s.branch, s.roster, s.audit, s.attachments, s.search_index)


def make_exchange(s: Services) -> ExchangeService:
    from dangjian_desktop.services.exchange import ExchangeService

    return ExchangeService(s)  # needs the whole container for the documents it prints
