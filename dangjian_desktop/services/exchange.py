"""数据交换: the branch exports a data package to a USB stick; headquarters (上级党委) imports many of them and sees
every branch at a glance.

* Export: all records (or the records changed since the last export, by their revisions, plus the tombstones
  written since), the files under attachments/ that records refer to (pictures and PDF only), and the year's
  printed PDFs (``documents.package_documents()``), encrypted with a password unless the user explicitly chose otherwise, and signed
  with the branch's own key (``exchange/identity.py``). Each package carries the branch's next sequence number
  and names the export before it. The last export is remembered in the settings.
* Import (headquarters only, ``exchange_import.py``): each package is verified completely, judged by the trust
  rules (``exchange_trust.py``: the branch's pinned key, its sequence), its files staged, then merged in one
  transaction; the outcome is imported / unchanged / skipped / refused, with the reason.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import shutil
import tempfile
import uuid as uuidlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop import __version__, clock, features
from dangjian_desktop.domain.enums import StoreMode
from dangjian_desktop.domain.errors import Cancelled, ValidationError
from dangjian_desktop.domain.exchange import (
    BranchOverview,
    ExportResult,
    ImportResult,
    PackageError,
    PackageKind,
    PackageSummary,
    RecordTable,
    WrongPasswordError,
)
from dangjian_desktop.services import exchange_trust as trust
from dangjian_desktop.services import exchange_docs
from dangjian_desktop.services.exchange_docs import _UNSAFE_FILE_CHARS, DocumentsJob, package_documents
from dangjian_desktop.storage import RECORD_FORMAT_VERSION
from dangjian_desktop.storage.repos import hq_overview
from dangjian_desktop.storage.repos import records as records_repo
from dangjian_desktop.storage.repos import roster as roster_repo
from dangjian_desktop.storage.repos import settings

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]

LAST_EXPORT_KEY = "exchange.last_export"
HQ_BRANCHES_KEY = trust.HQ_BRANCHES_KEY
_COUNTABLE = ("rows_in_year", "open", "items_of_year")  # the kinds of HqFigure.fallback headquarters counts
MIN_PASSWORD_LENGTH = 6

def _no_progress(_fraction: float, _text: str) -> None:
    pass


def package_file_name(branch_name: str, day: dt.date) -> str:
    """``<branch>_<YYYYMMDD>.djpkg`` with characters Windows forbids in names replaced."""
    name = _UNSAFE_FILE_CHARS.sub("_", branch_name).strip(" .") or "党支部"
    return f"{name[:80]}_{day:%Y%m%d}.djpkg"


def read_password_file(path: Path | str) -> list[str]:
    """Passwords from a text file, one per line (UTF-8, a BOM and line ends stripped; blank lines ignored)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ValidationError(f"找不到密码文件“{path}”。") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"无法读取密码文件“{path}”（应为UTF-8文本，每行一个密码）。") from exc
    out = [line.rstrip("\r\n") for line in text.splitlines()]
    out = [p for p in out if p.strip()]
    if not out:
        raise ValidationError(f"密码文件“{path}”是空的。")
    return out


def _remove_stale_parts(target: Path) -> None:
    """The writer's temporary ``.<name>.<hex>.part`` that a killed export left on the target (a failure removes
    its own); only ones older than ten minutes, so a concurrent export is never disturbed."""
    from dangjian_desktop import clock

    limit = clock.file_time() - 600
    for p in target.parent.glob(f".{target.name}.*.part"):
        try:
            if p.is_file() and p.stat().st_mtime < limit:
                p.unlink()
        except OSError:
            continue


def check_new_password(password: str, confirm: str | None = None) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"密码至少需要 {MIN_PASSWORD_LENGTH} 个字符。")
    if confirm is not None and confirm != password:
        raise ValidationError("两次输入的密码不一致，请重新输入。")


def _parse_time(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def clean_figures(data: object) -> dict[str, int | None]:
    """Only small non-negative integers from a package's figures, and only under the names the record kinds
    declare (``Feature.hq_columns``) and ``year``: they are shown, never trusted for more."""
    if not isinstance(data, dict):
        return {}
    out: dict[str, int | None] = {}
    for k in ("year", *(c.key for c in features.hq_columns())):
        v = data.get(k)
        out[k] = v if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10**7 else None
    return out


def clean_rules(data: object) -> dict[str, Any] | None:
    """The branch's compliance rules as this build reads them (unknown or hostile entries dropped), or None."""
    from dangjian_desktop.domain.oversight import rules_from_package

    return rules_from_package(data).to_dict() if isinstance(data, dict) else None


class ExchangeService:
    def __init__(self, services: Services):
        self.services = services
        self.store = services.store

    @property
    def work_dir(self) -> Path:
        # this process's scratch folder in the data folder's tmp/ (0700): a killed import's decrypted payload or
        # an export's documents are removed at the next start (paths.scratch_dir, storage.backups.sweep_leftovers)
        from dangjian_desktop.paths import scratch_dir

        return scratch_dir(self.store.paths)

    _work_dir = work_dir

    # -- branch side -----------------------------------------------------------------------------------------
    def last_export(self) -> dict[str, Any] | None:
        """{"at": datetime (UTC), "file": name, "kind": ...} of the last successful export, or None."""
        data = settings.get(LAST_EXPORT_KEY)
        if not isinstance(data, dict) or not data.get("at"):
            return None
        return {**data, "at": dt.datetime.fromisoformat(data["at"])}

    def default_target_name(self, today: dt.date | None = None) -> str:
        b = self.services.branch.require_profile()
        return package_file_name(b.name, today or clock.today())

    # -- the branch's signing key -----------------------------------------------------------------------------
    def signing_key(self):  # noqa: ANN201 - exchange.identity.SigningKey
        """The branch's signing key, made now (in the data folder's keys/) if it has none yet."""
        from dangjian_desktop.exchange import identity

        root = self.store.paths.root
        if not identity.has_key(root) and self.store.read_only:
            raise ValidationError("这份数据现在是只读的，无法生成本支部的签名密钥。请关闭其他窗口后重试。")
        return identity.ensure_key(root)

    def fingerprint(self) -> str | None:
        """The short fingerprint of the branch's signing key, as headquarters shows it (None at headquarters, or
        when a read-only store has no key yet). Makes the key on first use."""
        from dangjian_desktop.exchange import identity

        if self.services.branch.mode() is StoreMode.HEADQUARTERS:
            return None
        if self.store.read_only and not identity.has_key(self.store.paths.root):
            return None
        return self.signing_key().fingerprint

    def resolve_target(self, out: Path | str, today: dt.date | None = None) -> Path:
        """A folder gets ``<branch>_<YYYYMMDD>.djpkg`` (``_2``, ``_3``… if taken); a file path is used as is."""
        out = Path(out)
        if out.is_dir():
            name = self.default_target_name(today)
            target = out / name
            n = 2
            while target.exists():
                target = out / name.replace(".djpkg", f"_{n}.djpkg")
                n += 1
            return target
        if not out.parent.is_dir():
            raise ValidationError(f"找不到文件夹“{out.parent}”。")
        if out.suffix.lower() != ".djpkg":
            out = out.with_name(out.name + ".djpkg")
        return out

    def export(self, out: Path | str, *, password: str | None, since_last: bool = False,
               allow_unencrypted: bool = False, progress: Progress = _no_progress,
               today: dt.date | None = None) -> ExportResult:
        """Write the data package to ``out`` (a folder or a file path). See the module docstring."""
        from dangjian_desktop.exchange import format as fmt
        from dangjian_desktop.exchange import identity, writer

        if self.services.branch.mode() is StoreMode.HEADQUARTERS:
            raise ValidationError("上级党委模式下不导出数据包。")
        branch = self.services.branch.require_profile()
        assert branch.uuid
        if password is None:
            if not allow_unencrypted:
                raise ValidationError("请设置数据包密码；如确需不加密导出，请明确选择“不加密”。")
        else:
            check_new_password(password)
        today = today or clock.today()
        target = self.resolve_target(out, today)
        _remove_stale_parts(target)
        key = self.signing_key()
        root = self.store.paths.root
        last = self.last_export()
        base = last if last and type(last.get("sequence")) is int and last.get("package_id") else None
        if since_last and base is None:
            raise ValidationError("还没有成功导出过数据包（或上次导出用的是旧版本程序），无法只导出变化部分。"
                                  "请先导出完整数据包。")
        verified: list[PackageSummary] = []
        told = progress

        def progress(fraction: float, text: str) -> None:  # noqa: F811 - the caller's, until the point of no return
            """``Cancelled`` from the caller stops the export until the written package was read back (nothing
            is left: the documents' folder and the part file are removed); after that the export completes."""
            try:
                told(fraction, text)
            except Cancelled:
                if not verified:
                    raise

        self.work_dir.mkdir(parents=True, exist_ok=True)
        docs_dir = Path(tempfile.mkdtemp(prefix="docs-", dir=self.work_dir))
        docs_job = DocumentsJob(self.services, docs_dir, today.year, today)
        try:
            docs_job.start()  # a large store: the documents are made in a worker process meanwhile
            progress(0.0, "正在读取记录…")
            with self.store.database.atomic():  # one consistent snapshot
                until = clock.utcnow()
                dumped = records_repo.dump_for_package(since_last,
                                                       int(base.get("tombstone_mark", 0)) if base else 0)
            sequence = max(base["sequence"] if base else 0, identity.read_sequence(root)) + 1
            missing: list[str] = []
            left_out: list[str] = []

            def attachments(json_tables: set[str]) -> list[tuple[str, Path]]:  # once the records are serialised
                # only tables with a hash column or whose JSON holds "sha256" (``json_tables``) can refer to a
                # file: the others' rows made as JSON text by SQLite are not parsed (their keys are known: their
                # text is not searched for the columns' names either)
                hash_columns = frozenset(fmt.ATTACHMENT_HASH_COLUMNS)
                scanned = {t: records_repo.rows_of(rows) for t, rows in dumped.records.items()
                           if isinstance(rows, list) or t in json_tables or not hash_columns.isdisjoint(rows.keys)
                           or (not rows.keys and any(c.encode() in rows.text for c in hash_columns))}
                files, missing[:], left_out[:] = self._attachment_files(scanned, fmt.ATTACHMENT_HASH_COLUMNS,
                                                                        json_tables)
                return files

            figures = self.figures(today)
            skipped: list[str] = []
            if docs_job.in_worker:  # taken when the writer comes to them, after the records and attachments
                def documents() -> list[tuple[str, Path]]:
                    made, skipped[:] = docs_job.result(lambda _f, text: progress(0.5, text), dumped.state)
                    return made
            else:  # made here (or those of the last export reused: services/exchange_docs.py)
                documents, skipped = docs_job.result(progress, dumped.state)
            manifest = {
                "format_version": fmt.FORMAT_VERSION,
                "package_id": str(uuidlib.uuid4()),
                "app_version": __version__,
                "schema_version": RECORD_FORMAT_VERSION,
                "created_at": until.isoformat(),
                "kind": (PackageKind.INCREMENTAL if since_last else PackageKind.FULL).value,
                "since": last["at"].isoformat() if since_last and last else None,
                "sequence": sequence,
                "previous": {"sequence": base["sequence"], "package_id": base["package_id"]} if base else None,
                "year": today.year,
                "branch": {"uuid": branch.uuid, "name": branch.name, "parent_committee": branch.parent_committee},
                "missing_attachments": missing,
                "figures": figures,
                # the branch's own 三会一课 rules: headquarters computes its calendar with them (issue 24)
                "compliance_rules": self.services.meetings.rules().to_dict(),
            }
            content = writer.PackageContent(manifest=manifest, records=dumped.records,
                                            tombstones=dumped.tombstones, attachments=attachments,
                                            documents=documents)

            def on_verified(pkg) -> None:  # noqa: ANN001 - before the rename: a number is never used twice
                verified.append(pkg.summary())
                try:
                    identity.write_sequence(root, sequence)
                except OSError:
                    if not self.store.read_only:
                        raise

            writer.write_package(target, content, password, work_dir=self.work_dir, signer=key,
                                 progress=lambda f, t: progress(0.1 + 0.9 * f, t), on_verified=on_verified)
        finally:
            docs_job.stop()
            shutil.rmtree(docs_dir, ignore_errors=True)
        if not self.store.read_only:
            with self.store.atomic():
                settings.put(LAST_EXPORT_KEY, {"at": until.isoformat(), "file": target.name,
                                               "package_id": manifest["package_id"], "kind": manifest["kind"],
                                               "sequence": sequence, "tombstone_mark": dumped.tombstone_mark})
                records_repo.save_revisions(dumped.revisions, keep_only_present=not since_last and dumped.gone > 0)
        # the summary of the package as read back and verified after writing (under its temporary name)
        summary = dataclasses.replace(verified[0], path=str(target))
        return ExportResult(path=str(target), summary=summary, missing_attachments=missing,
                            skipped_documents=skipped, left_out_attachments=left_out)

    def figures(self, today: dt.date) -> dict[str, int | None]:
        """This year's key figures as the branch's own rules compute them, for headquarters' overview: each
        record kind's ``hq_figures`` (``None`` for a figure whose provider failed: it must not stop the export)."""
        out: dict[str, int | None] = {"year": today.year}
        for kind in features.features():
            if not kind.hq_figures:
                continue
            try:
                out.update(features.load(kind.hq_figures)(self.services, today.year, today))
            except Exception:  # noqa: BLE001 - a figure missing must not stop the export
                log.exception("headquarters figures of %s failed", kind.key)
                out.update({c.key: None for c in kind.hq_columns})
        return out

    def _attachment_files(self, data: dict[str, list[dict[str, Any]]], columns: Iterable[str],
                          json_tables: set[str] | None = None,
                          ) -> tuple[list[tuple[str, Path]], list[str], list[str]]:
        from dangjian_desktop.services.exchange_files import attachment_files

        return attachment_files(self.store.paths.attachments, data, columns, json_tables)

    def make_documents(self, folder: Path, year: int, progress: Progress = _no_progress,
                       take: Callable[[int], bool] | None = None,
                       ) -> tuple[list[tuple[str, Path]], list[str]]:
        """Make the package's documents into ``folder`` (in this process; services/exchange_docs.py runs this in a
        worker process for a large store): ((file name in the package, PDF), …) in order, and those left out with
        why (a document that fails is left out and reported; the export goes on). ``take(n)``: only the documents
        it says yes to, asked in order (the worker and the export share them out, services/exchange_docs.py)."""
        out, skipped = self.make_documents_numbered(folder, year, progress, take)
        return [made for _i, made in out], [why for _i, why in skipped]

    def make_documents_numbered(self, folder: Path, year: int, progress: Progress = _no_progress,
                                take: Callable[[int], bool] | None = None, names: list[str] | None = None,
                                ) -> tuple[list[tuple[int, tuple[str, Path]]], list[tuple[int, str]]]:
        """``make_documents`` with each document's number in ``package_documents`` order (or in ``names``, the
        documents' names as the export listed them: a worker process makes exactly those)."""
        return exchange_docs.make_numbered(self.services, package_documents(self.services), folder, year, progress,
                                           take, names)

    # -- both sides --------------------------------------------------------------------------------------------
    def verify(self, path: Path | str, passwords: str | list[str] | None = None) -> PackageSummary:
        """Check a package completely (hashes, version, password). Raises PackageError with the reason."""
        with self._open(Path(path), passwords) as pkg:
            return pkg.summary()

    def is_encrypted(self, path: Path | str) -> bool:
        from dangjian_desktop.exchange import format as fmt
        from dangjian_desktop.exchange import reader

        return reader.peek_header(path).get("encryption") == fmt.ENCRYPTION_AES_GCM

    def _open(self, path: Path, passwords: str | list[str] | None, progress: Progress = _no_progress,  # noqa: ANN202
              parse_records: bool = True):
        from dangjian_desktop.exchange import reader

        candidates: list[str | None] = [passwords] if isinstance(passwords, str) or passwords is None else \
            list(passwords) or [None]
        last_error: PackageError | None = None
        with contextlib.suppress(OSError):  # the payload is written to tmp/: refuse a full disk before, not midway
            from dangjian_desktop.paths import ensure_free_space

            ensure_free_space(self._work_dir, path.stat().st_size)
        for pw in candidates:
            try:
                return reader.open_package(path, pw, work_dir=self._work_dir, progress=progress,
                                           parse_records=parse_records)
            except WrongPasswordError as exc:
                last_error = exc
        assert last_error is not None
        raise last_error

    # -- headquarters side ---------------------------------------------------------------------------------------
    def _require_hq(self) -> None:
        if self.services.branch.mode() is not StoreMode.HEADQUARTERS:
            raise ValidationError("只有上级党委模式的数据才能导入各支部的数据包。党支部的数据不能导入别的支部的数据包；"
                                  "请在新的数据文件夹中建立上级党委数据（见“设置”）。")

    @staticmethod
    def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
        """Files as given; folders give every .djpkg file inside (also one level of subfolders), however many."""
        out: list[Path] = []
        for p in map(Path, paths):
            if p.is_dir():
                found = [f for f in sorted(p.glob("*")) + sorted(p.glob("*/*"))
                         if f.is_file() and f.suffix.lower() == ".djpkg" and not f.name.startswith(".")]
                if not found:
                    raise ValidationError(f"文件夹“{p}”中没有数据包（.djpkg 文件）。")
                out.extend(found)
            else:
                out.append(p)
        seen: set[Path] = set()
        unique = []
        for p in out:
            key = p.resolve() if p.exists() else p
            if key not in seen:
                seen.add(key)
                unique.append(p)
        return unique

    def import_packages(self, paths: Iterable[Path | str], passwords: str | list[str] | None = None,
                        progress: Progress = _no_progress) -> list[ImportResult]:
        """Import many packages, each branch's in its own order (its sequence), each verified and merged whole or
        not at all (a savepoint of its own; consecutive packages commit together); one result per file. See
        ``services/exchange_import.py``.

        Every package is verified first (container, signature, password, every entry's hash); its records are
        parsed only when its turn comes and dropped after its import, so a folder of hundreds of packages never
        holds more than one package's records in memory."""
        from dangjian_desktop.services import exchange_import

        self._require_hq()
        self.store.require_writable()
        return exchange_import.import_packages(self, paths, passwords, progress)

    def index_in_background(self) -> bool:
        """After an import in the window: the meetings' search index catches up on a worker thread (an import
        commits without it); True while that runs. The CLI calls ``services.search_index.catch_up()`` instead."""
        return self.services.search_index.start_background()

    def _import_one(self, pkg) -> ImportResult:  # noqa: ANN001 - reader.OpenedPackage
        from dangjian_desktop.services import exchange_import

        return exchange_import.import_one(self, pkg)

    def _hq_branches(self) -> dict[str, dict[str, Any]]:
        return trust.branches()

    def received_folder(self, branch_uuid: str) -> Path:
        from dangjian_desktop.services.exchange_import import received_name

        return self.store.paths.root / "received" / received_name(branch_uuid)

    def find_branch(self, text: str) -> BranchOverview:
        """A branch held at headquarters by its UUID or its exact name (ValidationError if none or several)."""
        text = (text or "").strip()
        rows = self.overview()
        hits = [b for b in rows if b.uuid == text] or [b for b in rows if b.name == text]
        if not hits:
            raise ValidationError(f"没有找到党支部“{text}”。请用“dangjian branches”列出的名称或编号。")
        if len(hits) > 1:
            raise ValidationError(f"有 {len(hits)} 个党支部名为“{text}”，请改用它们的编号（dangjian branches --json）。")
        return hits[0]

    def rekey(self, branch: str, fingerprint: str) -> BranchOverview:
        """Announce a replacement signing key for a branch (it changed PC, or reinstalled): its next package
        signed by the key with ``fingerprint`` is accepted, that key pinned, and its numbering taken up from
        there. Naming the key already pinned restarts the branch's numbering (it restored an old backup)."""
        from dangjian_desktop.exchange.identity import normalize_fingerprint

        self._require_hq()
        fp = normalize_fingerprint(fingerprint)
        if fp is None:
            raise ValidationError("密钥指纹应为16位十六进制数字（0-9、A-F），如 3F9A-0C12-77BE-4D01。请核对后重新输入。")
        with self.store.atomic():
            b = self.find_branch(branch)
            everyone = trust.branches()
            everyone[b.uuid] = trust.announce_rekey(everyone.get(b.uuid, {"name": b.name}), fp, clock.utcnow())
            settings.put(HQ_BRANCHES_KEY, everyone)
        return self.find_branch(b.uuid)

    # -- headquarters: the consolidated view -----------------------------------------------------------------------
    def branch_status(self) -> dict[str, dict[str, Any]]:
        return trust.branches()

    def overview(self, year: int | None = None, *, count: bool = True) -> list[BranchOverview]:
        """Every branch held, with the figures of its latest package for ``year`` (this year by default), its
        pinned signing key's fingerprint and its last applied sequence.

        Figures come from the branch's own computation (its rules) carried in the package; for a package without
        one, it is counted from the imported records as its declaration says (``HqFigure.fallback``), and is "—"
        (None) where it cannot be. ``count=False``: such a figure is left out of ``figures`` instead of counted
        (the grouped counts read the year's rows of all branches: the 数据交换 page paints first and fills them
        in from a second call)."""
        year = year or clock.this_year()
        status = trust.branches()
        counted: dict[str, dict[str, int] | None] = {}
        # per column: its key and how headquarters counts it where a package lacks it ("": it cannot, shown as —)
        plan = [(c.key, c.fallback if c.fallback.partition(":")[0] in _COUNTABLE else "")
                for c in features.hq_columns()]
        # the figures of a branch whose package carries none for the year (older packages): the same for all
        lacking = {key: None for key, how in plan if not how} if not count else None

        def fallback(how: str, branch_uuid: str) -> int | None:
            if how not in counted:  # one grouped query per figure, only when some package lacks the figure
                kind, _, table = how.partition(":")
                counted[how] = (hq_overview.counts_in_year(table, year) if kind == "rows_in_year"
                                else hq_overview.counts_items_of_year(table, year) if kind == "items_of_year"
                                else records_repo.counts_open(table))
            found = counted[how]
            return None if found is None else found.get(branch_uuid, 0)

        out = []
        for uuid, name, members in roster_repo.branches_with_members():
            st = status.get(uuid, {})
            fig = st.get("figures") or {}
            if fig.get("year") != year:
                fig = {}
            if lacking is not None and (not fig or not any(fig.get(key) is not None for key, _ in plan)):
                figures = dict(lacking)  # ``count=False``: a figure to be counted is left out
            else:
                figures = {}
                for key, how in plan:
                    value = fig.get(key)
                    if value is not None:
                        figures[key] = value
                    elif not how:
                        figures[key] = None
                    elif count:
                        figures[key] = fallback(how, uuid)
            rekey = st.get("rekey") if isinstance(st.get("rekey"), dict) else {}
            out.append(BranchOverview(
                uuid=uuid, name=name, last_package_at=_parse_time(st.get("created_at")),
                members=members, figures=figures,
                fingerprint=st.get("fingerprint") if isinstance(st.get("fingerprint"), str) else None,
                sequence=trust.held_sequence(st), rekey_pending=rekey.get("fingerprint"),
            ))
        return out

    def branch_records(self, branch_uuid: str) -> list[RecordTable]:
        """Every record type of one branch that has rows, read-only, for the drill-in view."""
        counts = records_repo.branch_counts(branch_uuid)
        return [records_repo.branch_table(branch_uuid, t) for t in records_repo.tables_in_order() if counts.get(t)]

    def received_documents(self, branch_uuid: str) -> list[Path]:
        """A branch's printed documents, newest year first (on PostgreSQL also those another staff PC received:
        open one through ``local_file``)."""
        from dangjian_desktop.services import hq_files

        folder = self.received_folder(branch_uuid)
        docs = [p for p in hq_files.received_under(self.store, folder)
                if p.suffix.lower() == ".pdf" and p.parent.parent == folder]
        return sorted(docs, reverse=True)

    def local_file(self, path: Path | str) -> Path:
        """A received file on this PC, fetched from a PostgreSQL store first when it is not here."""
        from dangjian_desktop.services import hq_files

        return hq_files.local_path(self.store, path)

    def hq_summary_pdf(self, out: Path | str, year: int | None = None) -> Path:
        """汇总表 across all branches: the compliance matrix, the branches that need attention and every declared
        figure (landscape, house style) — the same document as 首页's and ``dangjian report hq-summary``."""
        self._require_hq()
        return self.services.oversight.summary_pdf(out, year)
