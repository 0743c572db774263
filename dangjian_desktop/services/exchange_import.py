"""Headquarters imports a batch of packages: each verified, judged (``exchange_trust``), its files staged
(``exchange_files.FilePlan``), and its records merged, all or nothing; a package that fails for any reason is
refused on its own and the others go on.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop import clock
from dangjian_desktop.domain import faults
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.exchange import ImportOutcome, ImportResult, PackageError, PackageKind
from dangjian_desktop.exchange import format as fmt
from dangjian_desktop.services import exchange_trust as trust
from dangjian_desktop.services import hq_files
from dangjian_desktop.services.exchange_files import FilePlan
from dangjian_desktop.storage.bulk import bulk_writes, checkpoint_in_background, fit_cache, wait_for_checkpoint
from dangjian_desktop.storage.engine import SQLITE
from dangjian_desktop.storage.repos import settings

if TYPE_CHECKING:
    from dangjian_desktop.services.exchange import ExchangeService

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
NOTHING_CHANGED = "（已导入的数据没有任何改动）"


def _unchanged(reason: str) -> str:
    return reason if "没有改动" in reason or "没有导入任何内容" in reason else reason + NOTHING_CHANGED
_CANONICAL_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def received_name(branch_uuid: str) -> str:
    """The folder of a branch under ``received/``: its UUID when it is a plain one, else a name made from it (a
    branch "UUID" is whatever the package says: it must never become a device name or a path)."""
    if _CANONICAL_UUID.match(branch_uuid):
        return branch_uuid
    return "branch-" + hashlib.sha256(branch_uuid.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def facts_of(pkg: Any) -> trust.Facts:  # noqa: ANN401 - reader.OpenedPackage
    m = pkg.manifest
    sig = pkg.signature
    return trust.Facts(
        branch_uuid=m["branch"]["uuid"], branch_name=m["branch"]["name"], package_id=m["package_id"],
        kind=PackageKind(m["kind"]), created_at=pkg.created_at, since=pkg.since, sequence=pkg.sequence,
        previous=pkg.previous, public_key=sig.public_key if sig else None,
        fingerprint=sig.fingerprint if sig else None, encrypted=pkg.encrypted)


def landed(pkg: Any, branch_folder: Path, attachments: Path) -> list[tuple[Path, str, bool]]:  # noqa: ANN401
    """Where ``FilePlan`` lands a package's files: (file, SHA-256, replaced by a newer package's copy)."""
    out: list[tuple[Path, str, bool]] = []
    for e in pkg.attachments:
        suffix = fmt.allowed_suffix(e["name"][len(fmt.ATTACHMENTS_DIR):])
        digest = e["sha256"]
        out.append((attachments / digest[:2] / f"{digest}{suffix}", digest, False))
    out.extend((branch_folder / e["name"][len(fmt.DOCUMENTS_DIR):], e["sha256"], True) for e in pkg.documents)
    return out


# -- one package -------------------------------------------------------------------------------------------------


def import_one(service: ExchangeService, pkg: Any) -> ImportResult:  # noqa: ANN401 - reader.OpenedPackage
    from dangjian_desktop.services import exchange as exchange_module
    from dangjian_desktop.storage.repos import records as records_repo

    s = pkg.summary()
    facts = facts_of(pkg)
    result = ImportResult(str(pkg.path), ImportOutcome.REFUSED, branch_name=s.branch_name,
                          branch_uuid=s.branch_uuid, created_at=s.created_at, sequence=s.sequence,
                          fingerprint=s.fingerprint)
    version = exchange_module.RECORD_FORMAT_VERSION
    if s.schema_version > version:
        result.reason = (f"数据包由更新版本的程序导出（数据版本 {s.schema_version}，本程序支持到 {version}），"
                         "请升级程序后再导入。")
        return result
    group = getattr(service, "_commit_group", None)
    # SQLite's group of packages: every branch's status is one setting, read once a group and written once before
    # it commits (``_CommitGroup.statuses``); at 500 branches, read and written again a package, it was 0.6 MB of
    # JSON parsed and made again a package (11 ms; 3.6 % of a late call) and more with every branch
    held = group.statuses() if group is not None and group.replays else None
    everyone = held if held is not None else trust.branches()
    status = everyone.get(s.branch_uuid)
    decision = trust.decide(status, facts, everyone, clock.utcnow())
    for flag, note in decision.flags:
        result.flag(flag, note)
    if decision.outcome is not None:
        result.outcome, result.reason = decision.outcome, decision.reason
        return result
    store = service.store
    plan = FilePlan(store.paths.root, service.work_dir)
    branch_folder = service.received_folder(s.branch_uuid) / str(s.year)
    try:
        try:
            plan.stage(pkg, branch_folder, store.paths.attachments)
        except PackageError as exc:
            result.reason = _unchanged(str(exc))
            return result
        except OSError as exc:
            result.reason = (f"无法在本机数据文件夹中写入附件或文档（{exc.strerror or exc}），"
                             "可能磁盘已满。已导入的数据没有任何改动。")
            return result
        # SQLite's group of packages: the status above was read inside the group's transaction, on the store's one
        # writer: the decision stands
        decided = held is not None
        try:
            with group.package() if group is not None else store.atomic():
                # several staff may import into one PostgreSQL store at once: one importer per branch at a time,
                # and the decision taken again under that lock, so a package is applied once (the other importer
                # then finds it imported) and a branch's packages in order. On SQLite the store has one writer.
                store.lock(f"branch:{s.branch_uuid}")
                if not decided:
                    everyone = trust.branches()
                    decision = trust.decide(everyone.get(s.branch_uuid), facts, everyone, clock.utcnow())
                    if decision.outcome is not None:
                        result.outcome, result.reason = decision.outcome, decision.reason
                        return result
                stats = records_repo.merge(pkg.records, pkg.tombstones, s.branch_uuid,
                                           ordered=decision.ordered, full=decision.full)
                store.lock(trust.HQ_BRANCHES_KEY)  # every branch's status is one setting: read, change, write
                if not decided:
                    everyone = trust.branches()
                new_status = trust.applied(
                    everyone.get(s.branch_uuid), facts, imported_at=clock.utcnow(), file_name=Path(s.path).name,
                    year=s.year, figures=exchange_module.clean_figures(pkg.manifest.get("figures")))
                # the branch's own meeting rules: headquarters' oversight runs its calendar with them (issue 24)
                new_status["compliance_rules"] = exchange_module.clean_rules(pkg.manifest.get("compliance_rules"))
                if held is None:
                    everyone[s.branch_uuid] = new_status
                    settings.put(trust.HQ_BRANCHES_KEY, everyone)
                files = plan.place()  # inside the transaction: if they cannot all be placed, nothing commits
                # PostgreSQL: the files' bytes into the store with the records (the other staff PCs open them)
                hq_files.save(store, landed(pkg, branch_folder, store.paths.attachments))
        except PackageError as exc:
            plan.undo()
            result.reason = _unchanged(str(exc))
            return result
        except BaseException:
            plan.undo()
            raise
        if group is not None:  # the records commit with the group: its files are undone with it if that fails
            group.plans.append(plan)
            plan = None
        if held is not None:  # the package is in: its branch's status is written with the group's commit
            group.set_status(s.branch_uuid, new_status)
    finally:
        if plan is not None:
            plan.cleanup()
    result.inserted, result.updated, result.deleted = stats.inserted, stats.updated, stats.deleted
    result.outcome = ImportOutcome.IMPORTED
    result.reason = f"新增 {stats.inserted} 条，更新 {stats.updated} 条，删除 {stats.deleted} 条记录"
    if files:
        result.reason += f"，文件 {files} 个"
    if not stats.changed and not files:
        if decision.ordered:
            result.reason = f"记录与已导入的完全相同，没有改动；已记下该支部的序号 {facts.sequence}"
        else:
            result.outcome = ImportOutcome.UNCHANGED
            result.reason = "数据与已导入的完全相同，没有改动。"
    return result


# -- a batch -------------------------------------------------------------------------------------------------------


def _refused(path: Path, exc: BaseException) -> ImportResult:
    """A refused package's result: a DomainError's own words; a fault of the disk or the system (a full disk while
    a package's payload is copied into the work folder) said as such; anything else logged and named."""
    fault = None if isinstance(exc, DomainError) else faults.classify(exc)
    if fault is not None:
        log.warning("import of %s refused: %s", path, exc)
        reason = _unchanged(str(fault))
    elif isinstance(exc, DomainError):
        reason = str(exc)
    else:
        log.error("import of %s failed", path, exc_info=exc)
        reason = (f"导入这个数据包时出错（{exc.__class__.__name__}），已拒绝，没有改动任何数据。"
                  "详细信息已写入数据文件夹中的 logs/dangjian.log。")
    return ImportResult(str(path), ImportOutcome.REFUSED, reason)


class _CommitGroup:
    """Consecutive packages merged in one transaction. At headquarters every record is keyed by a random UUID, so
    each package dirties tens of thousands of index pages all over a GB-sized store; written to the WAL once per
    group instead of once per package, the pages several packages share cost one write. A group commits after
    ``GROUP_ROWS`` records, when the run ends, stops or is cancelled; the results are reported only after that.
    Should the commit fail (disk full), the group's packages are refused and their files moved back.

    A refused package leaves nothing behind and the others go on. On SQLite a package has no savepoint of its own:
    SQLite copies every page a savepoint is the first to touch to its sub-journal, a temporary file (≈ 10,000 pages
    a package into a small store, more as it grows; two writes each, whatever the outcome): 12–25 % of the import's
    CPU (BENCHMARKS.md, branch imp31). Instead,
    should a package fail once it has begun writing (``package``), the whole group is rolled back (``roll_back``)
    and the packages it held are imported again, in their order, before the run goes on; the failed package stays
    refused with its own reason. Refusals before any write (the package's checks, the branch's sequence, the
    merge's checks of whose rows they are) cost nothing. On PostgreSQL (several importers at once, each branch's
    lock held until the commit) every package commits on its own (``limit`` 0), in a savepoint as before.

    SQLite: after each group's commit its pages are copied back into the database file on a thread of its own, and
    the next group begins once that is done (the next package is parsed meanwhile), so the group's writes start
    the WAL over instead of adding to it (storage/bulk.py)."""

    # about 23 packages of 11,000 records. What bounds it: the group's dirty pages must stay in the bulk run's page
    # cache (storage/bulk.py, 1 GB at most): at 500 branches the random-UUID index leaves a group rewrites (≈ 600 MB)
    # and its new rows (≈ 10 MB a package). Larger, pages spill to the WAL before the commit.
    GROUP_ROWS = 250_000

    def __init__(self, store: Any, results: dict[int, ImportResult], limit: int) -> None:  # noqa: ANN401 - Store
        self.store, self.results, self.limit = store, results, limit
        self.sqlite = getattr(store, "engine", SQLITE) == SQLITE
        self.replays = self.sqlite and limit > 0  # no savepoint a package: a failed one rolls the group back
        self.plans: list[FilePlan] = []
        self.members: list[tuple[int, Any]] = []  # (result's index, package), kept open until the group is done
        self.rows = 0
        self.spoilt = False  # a package failed part way through its writes: the group must be rolled back
        self._txn: Any = None
        self._statuses: dict[str, dict[str, Any]] | None = None  # every branch's status as this group leaves it
        self._statuses_changed = False

    def statuses(self) -> dict[str, dict[str, Any]]:
        """Every branch's status (``exchange_trust.branches``) as the group's packages so far have left it: read
        from the store once a group, inside its transaction. Change it only through ``set_status``."""
        if self._statuses is None:
            self._statuses = trust.branches()
        return self._statuses

    def set_status(self, branch_uuid: str, status: dict[str, Any]) -> None:
        """A package of the group is in: its branch's new status, written to the store before the group commits."""
        self.statuses()[branch_uuid] = status
        self._statuses_changed = True

    def begin(self) -> None:
        if self._txn is None:
            self.store.require_writable()
            if self.replays:  # SQLite: the last group's WAL copied back first, so this group's writes start it over
                wait_for_checkpoint(self.store.paths.database)
                fit_cache(self.store.database, self.store.paths.database)  # and a cache for the store as it is now
            self._txn = self.store.database.atomic()
            self._txn.__enter__()

    @contextlib.contextmanager
    def package(self) -> Iterator[None]:
        """One package's writes, all or nothing: in a savepoint of its own, or (SQLite) in none, the group then
        spoilt by an error that leaves the package's writes half done. A refusal (``PackageError``) before the
        package changed a row — the merge's checks of whose rows they are come first — leaves the group as it was:
        SQLite's count of changed rows (``total_changes``, every INSERT, UPDATE and DELETE, a trigger's too) has not
        moved, and a statement that failed left nothing (SQLite undoes a statement whole). The merge's one schema
        change, its insert trigger dropped, is made again in its ``finally``; should that fail, its error replaces
        the refusal and spoils the group."""
        if not self.replays:
            with self.store.atomic():
                yield
            return
        self.store.require_writable()
        connection = self.store.database.connection()
        before = connection.total_changes
        try:
            yield
        except PackageError:
            if connection.total_changes != before:
                self.spoilt = True
            raise
        except BaseException:
            self.spoilt = True
            raise

    def add(self, index: int, pkg: Any, rows: int) -> None:  # noqa: ANN401 - reader.OpenedPackage
        self.members.append((index, pkg))
        self.rows += rows

    @property
    def full(self) -> bool:
        return self.rows >= self.limit

    @property
    def open(self) -> bool:
        """The group's transaction is still there (SQLite ends it by itself after some errors)."""
        if self._txn is None:
            return False
        return not self.sqlite or self.store.database.connection().in_transaction

    def _take(self) -> tuple[Any, list[FilePlan], list[tuple[int, Any]]]:  # noqa: ANN401
        txn, self._txn = self._txn, None
        self._statuses, self._statuses_changed = None, False  # the next group (or a replay) reads the store again
        plans, self.plans = self.plans, []
        members, self.members, self.rows, self.spoilt = self.members, [], 0, False
        return txn, plans, members

    def roll_back(self) -> list[tuple[int, Any]]:
        """Roll the group back (a package failed after it had begun writing) and move its files back; returns the
        packages it held, in their order, to be imported again."""
        txn, plans, members = self._take()
        try:
            if txn is not None:  # peewee's ROLLBACK (nothing to do if SQLite rolled the transaction back itself)
                txn.__exit__(RuntimeError, RuntimeError("a package of the group failed"), None)
        finally:
            for plan in reversed(plans):
                plan.undo()
            for plan in plans:
                plan.cleanup()
        return members

    def commit(self, cause: BaseException | None = None) -> None:
        """Commit the group; ``cause``: the error after which SQLite had already rolled it back. A spoilt group (the
        run is ending on the error of a package part way through) is rolled back: what commits is whole."""
        if self.spoilt and cause is None:
            for _, pkg in self.roll_back():
                pkg.close()
            return
        statuses = self._statuses if self._statuses_changed else None
        txn, plans, members = self._take()
        if txn is None:
            return
        try:
            if self.sqlite and not self.store.database.connection().in_transaction:
                txn.__exit__(None, None, None)  # peewee's own bookkeeping: nothing is left to commit
                raise cause or RuntimeError("the import's transaction was rolled back")
            if statuses is not None:
                try:
                    settings.put(trust.HQ_BRANCHES_KEY, statuses)
                except Exception as exc:
                    txn.__exit__(type(exc), exc, exc.__traceback__)  # rolled back: none of the group holds
                    raise
            txn.__exit__(None, None, None)
            if self.replays:  # the group's pages copied back while the next group's package is parsed
                checkpoint_in_background(self.store.paths.database)
        except Exception as exc:  # noqa: BLE001 - the commit failed and was rolled back: none of the group holds
            for plan in reversed(plans):
                plan.undo()
            for i, _ in members:
                refused = _refused(Path(self.results[i].path), exc)
                for name in ("branch_name", "branch_uuid", "created_at", "sequence", "fingerprint"):
                    setattr(refused, name, getattr(self.results[i], name))
                self.results[i] = refused
        finally:
            for plan in plans:
                plan.cleanup()
            for _, pkg in members:
                pkg.close()


class _ReadAhead:
    """PostgreSQL: the next package is unzipped and parsed on a thread while this one's rows are with the server
    (the importing thread then waits on the socket, the GIL released), so the import's wall time is about the
    larger of the two instead of their sum. A package the thread could not parse is parsed again by the importing
    thread, which refuses it with its own reason; at most one package is read ahead. Not on SQLite: the merge
    takes the GIL back after every row SQLite inserts, and waits for it while the thread parses (the parse holds
    it for a whole JSON entry, the row checks for the switch interval): 20 packages into a 40-package store took
    20–40 % longer and 5 % more CPU with it (BENCHMARKS.md, 2026-12-07, branch imp31)."""

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="package-read-ahead")
        self._pending: Any = None

    def next(self, following: Any) -> None:  # noqa: ANN401 - reader.OpenedPackage or None
        """A package is about to be imported: wait for its reading (if it was read ahead), start ``following``'s."""
        if self._pending is not None:
            self._pending.exception()  # done (or failed: the importing thread's own load tells why)
            self._pending = None
        if following is not None:
            self._pending = self._pool.submit(following.load)

    def close(self) -> None:
        """Wait for a reading under way (the packages are closed after this) and end the thread."""
        if self._pending is not None:
            self._pending.exception()
        self._pool.shutdown(wait=True)


def _order(pkg: Any) -> tuple[str, int, int, str]:  # noqa: ANN401
    """A branch's packages in its own order: old unsigned ones by time, then signed ones by sequence."""
    return (pkg.manifest["branch"]["uuid"], 0 if pkg.sequence is None else 1, pkg.sequence or 0,
            pkg.created_at.isoformat())


def verifiers(count: int) -> int:
    """Threads that open and check packages at once: one a core, four at the most (an encrypted package's key
    is derived with 128 MiB of scrypt), never more than there are packages."""
    return max(1, min(4, os.cpu_count() or 1, count))


def _verify_all(service: ExchangeService, files: list[Path], passwords: str | list[str] | None, progress: Progress,
                results: dict[int, ImportResult], opened: list[tuple[int, Any]]) -> None:
    """Every package opened and checked before any is imported (its signature and every entry's hash; an
    encrypted one's key derived — 0.3 s of scrypt each — and its payload decrypted into the work folder), on
    ``verifiers`` threads: scrypt, zlib and SHA-256 run without the GIL, so the packages are checked side by side
    on the PC's cores (each one on its own files; ``crypto.derive_key`` is thread-safe). Progress is reported in
    the files' order; a file that fails is refused with its reason. Should ``progress`` stop the run (cancel), no
    further package is opened and those opened are closed (the ones in ``opened`` by the caller)."""
    from concurrent.futures import ThreadPoolExecutor

    def verify(path: Path) -> Any:  # noqa: ANN401 - reader.OpenedPackage
        pkg = service._open(path, passwords, parse_records=False)  # noqa: SLF001
        pkg.release()  # no open file per waiting package
        return pkg

    with ThreadPoolExecutor(max_workers=verifiers(len(files)), thread_name_prefix="package-verify") as pool:
        futures = [pool.submit(verify, path) for path in files]
        i = 0
        try:
            for i, (path, future) in enumerate(zip(files, futures, strict=True)):
                progress(0.5 * i / max(1, len(files)), f"正在核对 {path.name}…")
                try:
                    pkg = future.result()
                except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
                    results[i] = _refused(path, exc)
                    continue
                opened.append((i, pkg))
        except BaseException:
            for future in futures[i:]:
                future.cancel()
            for future in futures[i:]:  # opened meanwhile by a thread: closed (its decrypted copy removed)
                if not future.cancelled() and future.exception() is None:
                    future.result().close()
            raise


def import_packages(service: ExchangeService, paths: Iterable[Path | str], passwords: str | list[str] | None,
                    progress: Progress) -> list[ImportResult]:
    """Every package verified, then each branch's packages imported in the branch's order, in groups that commit
    together (``_CommitGroup``); a package that fails (damaged, not the branch's, hostile, or an error of this
    program) is refused with its reason, none of its writes kept, and the rest go on. One result per file, in the
    order given, once every group has committed."""
    files = service.expand_paths(paths)
    results: dict[int, ImportResult] = {}
    opened: list[tuple[int, Any]] = []
    try:
        _verify_all(service, files, passwords, progress, results, opened)
        opened.sort(key=lambda item: _order(item[1]))
        store = service.store
        # SQLite: a large cache and a rarer checkpoint for the run (storage/bulk.py), packages commit in groups.
        # PostgreSQL: each package commits on its own (its branch's lock is held until the commit; others import)
        sqlite = getattr(store, "engine", SQLITE) == SQLITE
        with bulk_writes(store.database, store.paths.database) if opened and sqlite else contextlib.nullcontext():
            group = _CommitGroup(store, results, _CommitGroup.GROUP_ROWS if sqlite else 0)
            service._commit_group = group  # noqa: SLF001
            ahead = None if sqlite else _ReadAhead()
            queue = collections.deque(opened)  # a rolled-back group's packages go back to its front
            done = replaying = 0
            try:
                while queue:
                    i, pkg = queue.popleft()
                    if ahead is not None:
                        ahead.next(queue[0][1] if queue else None)
                    try:
                        progress(0.5 + 0.5 * done / max(1, len(opened)), f"正在导入 {pkg.path.name}…")
                    except BaseException:
                        group.commit()  # cancelled: the packages imported so far stay (each one whole)
                        raise
                    try:
                        pkg.load()
                        group.begin()  # after the parse: meanwhile the last group's WAL is copied back (SQLite)
                        results[i] = service._import_one(pkg)  # noqa: SLF001
                    except Exception as exc:  # noqa: BLE001 - refused on its own; its writes are rolled back
                        results[i] = _refused(pkg.path, exc)
                        m = pkg.manifest
                        results[i].branch_name, results[i].branch_uuid = m["branch"]["name"], m["branch"]["uuid"]
                        results[i].created_at, results[i].sequence = pkg.created_at, pkg.sequence
                        if not group.open:  # SQLite rolled the whole transaction back (disk full, I/O error)
                            group.commit(cause=exc)
                    replaying -= 1
                    if group.spoilt:  # refused part way through its writes: the group's others are imported again
                        again = group.roll_back()
                        queue.extendleft(reversed(again))
                        done -= len(again)
                        replaying = len(again)  # ... and committed then: a package is imported again once at most
                    elif results[i].outcome != ImportOutcome.REFUSED:
                        group.add(i, pkg, sum(len(rows) for rows in pkg.records.values()))
                        if group.replays:
                            pkg.unload()  # its records go now; the package stays until its group has committed
                            pkg = None
                    if pkg is not None:
                        pkg.close()  # its records and decrypted copy go now, not after the last package
                    done += 1
                    if group.full or replaying == 0:
                        group.commit()
            finally:
                if ahead is not None:
                    ahead.close()
                service._commit_group = None  # noqa: SLF001
                group.commit()  # also when the run stops on an error: what was imported whole stays
    finally:
        for _, pkg in opened:
            pkg.close()
    progress(1.0, "完成")
    return [results[i] for i in range(len(files))]
