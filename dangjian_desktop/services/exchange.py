"""数据交换: the branch exports a data package to a USB stick; headquarters (上级党委) imports many of them and sees
every branch at a glance.

* Export: all records (or the changes since the last export, plus tombstones), the files under attachments/ that
  records refer to, and the year's printed PDFs (``documents.package_documents()``), encrypted with a password unless
  the user explicitly chose otherwise. The last export is remembered in the settings.
* Import (headquarters only): each package is verified completely first, then merged in one transaction;
  the outcome is imported / unchanged / skipped (older than what is held) / refused, with the reason.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import uuid as uuidlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop import __version__, clock, features
from dangjian_desktop.domain.enums import StoreMode
from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.domain.exchange import (
    BranchOverview,
    ExportResult,
    ImportOutcome,
    ImportResult,
    PackageError,
    PackageKind,
    PackageSummary,
    RecordTable,
    WrongPasswordError,
    fmt_utc,
)
from dangjian_desktop.storage import RECORD_FORMAT_VERSION
from dangjian_desktop.storage.repos import records as records_repo
from dangjian_desktop.storage.repos import roster as roster_repo
from dangjian_desktop.storage.repos import settings

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]

LAST_EXPORT_KEY = "exchange.last_export"
HQ_BRANCHES_KEY = "exchange.hq_branches"
MIN_PASSWORD_LENGTH = 6
MAX_FILES_IN_FOLDER = 2000

def package_documents(services: Services) -> list[tuple[str, Callable[[Path, int], Path | None]]]:
    """(file name without .pdf, make(out, year)) of every document that goes into a package, in order: the year's
    documents the record kinds declare with ``in_package`` (services/documents.py). A character no font has
    prints as a box there rather than leaving the document out. A document that fails is left out and
    reported; the export goes on."""
    from dangjian_desktop.services import documents as registry

    return [(d.file_stem or d.title,
             lambda path, year, key=d.key: registry.make(services, key, path, year, allow_missing_glyphs=True))
            for d in registry.package_documents()]


def _no_progress(_fraction: float, _text: str) -> None:
    pass


_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


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


def _hashes_in_json(text: str) -> set[str]:
    """SHA-256 values of attachment objects ({"sha256": ...}) inside a JSON column (e.g. a list of photos)."""
    from dangjian_desktop.exchange import format as fmt

    try:
        value = json.loads(text)
    except ValueError:
        return set()
    out: set[str] = set()
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            h = v.get("sha256")
            if fmt.is_sha256_hex(h):
                out.add(str(h).lower())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return out


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _parse_time(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _clean_figures(data: object) -> dict[str, int | None]:
    """Only small non-negative integers from a package's figures, and only under the names the record kinds
    declare (``Feature.hq_columns``) and ``year``: they are shown, never trusted for more."""
    if not isinstance(data, dict):
        return {}
    out: dict[str, int | None] = {}
    for k in ("year", *(c.key for c in features.hq_columns())):
        v = data.get(k)
        out[k] = v if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10**7 else None
    return out


class ExchangeService:
    def __init__(self, services: Services):
        self.services = services
        self.store = services.store

    @property
    def _work_dir(self) -> Path:
        # this process's scratch folder in the data folder's tmp/ (0700): a killed import's decrypted payload or
        # an export's documents are removed at the next start (paths.scratch_dir, storage.backups.sweep_leftovers)
        from dangjian_desktop.paths import scratch_dir

        return scratch_dir(self.store.paths)

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
        from dangjian_desktop.exchange import writer
        from dangjian_desktop.storage.models import utcnow

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
        last = self.last_export()
        if since_last and last is None:
            raise ValidationError("还没有成功导出过数据包，无法只导出变化部分。请先导出完整数据包。")
        since = last["at"] if since_last and last else None
        progress(0.0, "正在读取记录…")
        with self.store.database.atomic():  # one consistent snapshot
            until = utcnow()
            data = records_repo.dump(since)
            tombstones = records_repo.dump_tombstones(since)
        attachments, missing = self._attachment_files(data, fmt.ATTACHMENT_HASH_COLUMNS)
        self._work_dir.mkdir(parents=True, exist_ok=True)
        docs_dir = Path(tempfile.mkdtemp(prefix="docs-", dir=self._work_dir))
        try:
            documents, skipped = self._make_documents(docs_dir, today.year, progress)
            manifest = {
                "package_id": str(uuidlib.uuid4()),
                "app_version": __version__,
                "schema_version": RECORD_FORMAT_VERSION,
                "created_at": until.isoformat(),
                "kind": (PackageKind.INCREMENTAL if since else PackageKind.FULL).value,
                "since": since.isoformat() if since else None,
                "year": today.year,
                "branch": {"uuid": branch.uuid, "name": branch.name, "parent_committee": branch.parent_committee},
                "missing_attachments": missing,
                "figures": self.figures(today),
            }
            content = writer.PackageContent(manifest=manifest, records=data, tombstones=tombstones,
                                            attachments=attachments, documents=documents)
            verified: list[PackageSummary] = []
            writer.write_package(target, content, password, work_dir=self._work_dir,
                                 progress=lambda f, t: progress(0.1 + 0.9 * f, t),
                                 on_verified=lambda pkg: verified.append(pkg.summary()))
        finally:
            shutil.rmtree(docs_dir, ignore_errors=True)
        if not self.store.read_only:
            with self.store.atomic():
                settings.put(LAST_EXPORT_KEY, {"at": until.isoformat(), "file": target.name,
                                               "package_id": manifest["package_id"], "kind": manifest["kind"]})
        # the summary of the package as read back and verified after writing (under its temporary name)
        summary = dataclasses.replace(verified[0], path=str(target))
        return ExportResult(path=str(target), summary=summary, missing_attachments=missing,
                            skipped_documents=skipped)

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

    def _attachment_files(self, data: dict[str, list[dict[str, Any]]],
                          columns: Iterable[str]) -> tuple[list[tuple[str, Path]], list[str]]:
        """Files under attachments/ referred to by a record's hash column (see docs/PACKAGE_FORMAT.md)."""
        from dangjian_desktop.exchange import format as fmt

        cols = set(columns)
        wanted: set[str] = set()
        for rows in data.values():
            for r in rows:
                for k, v in r.items():
                    if k in cols and fmt.is_sha256_hex(v):
                        wanted.add(str(v).lower())
                    elif isinstance(v, str) and v[:1] in "[{" and '"sha256"' in v:
                        wanted.update(_hashes_in_json(v))
        if not wanted:
            return [], []
        root = self.store.paths.attachments
        found: dict[str, Path] = {}
        unnamed: list[Path] = []
        if root.is_dir():
            for p in sorted(root.rglob("*")):
                if p.is_symlink() or not p.is_file() or p.name.endswith(".part"):
                    continue
                stem = p.name.split(".", 1)[0].lower()
                if stem in wanted and stem not in found and _sha256_file(p) == stem:
                    found[stem] = p
                else:
                    unnamed.append(p)
            for p in unnamed:
                if len(found) == len(wanted):
                    break
                h = _sha256_file(p)
                if h in wanted and h not in found:
                    found[h] = p
        files = [(p.relative_to(root).as_posix(), p) for p in sorted(found.values())]
        return files, sorted(wanted - set(found))

    def _make_documents(self, folder: Path, year: int, progress: Progress) -> tuple[list[tuple[str, Path]], list[str]]:
        out: list[tuple[str, Path]] = []
        skipped: list[str] = []
        docs = package_documents(self.services)
        for i, (name, make) in enumerate(docs):
            progress(0.02 + 0.08 * i / max(1, len(docs)), f"正在生成{name}…")
            try:
                made = make(folder / f"{name}.pdf", year)
            except DomainError as exc:
                skipped.append(f"{name}：{exc}")
                continue
            except Exception as exc:  # noqa: BLE001 - one broken document must not stop the export
                log.exception("document %s failed", name)
                skipped.append(f"{name}：{exc}")
                continue
            if made is not None:
                out.append((f"{name}.pdf", Path(made)))
        return out, skipped

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
        """Files as given; folders give every .djpkg file inside (also one level of subfolders)."""
        out: list[Path] = []
        for p in map(Path, paths):
            if p.is_dir():
                found = [f for f in sorted(p.glob("*")) + sorted(p.glob("*/*"))
                         if f.is_file() and f.suffix.lower() == ".djpkg" and not f.name.startswith(".")]
                if not found:
                    raise ValidationError(f"文件夹“{p}”中没有数据包（.djpkg 文件）。")
                out.extend(found[:MAX_FILES_IN_FOLDER])
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
        """Import many packages, oldest first, each verified and merged in its own transaction.

        Every package is verified first (container, password, every entry's hash) and sorted by its manifest's
        creation time; its records are parsed only when its turn comes and dropped after its import, so a
        folder of hundreds of packages never holds more than one package's records in memory."""
        self._require_hq()
        self.store.require_writable()
        files = self.expand_paths(paths)
        results: dict[int, ImportResult] = {}
        opened = []
        try:
            for i, path in enumerate(files):
                progress(0.5 * i / max(1, len(files)), f"正在核对 {path.name}…")
                try:
                    pkg = self._open(path, passwords, parse_records=False)
                except PackageError as exc:
                    results[i] = ImportResult(str(path), ImportOutcome.REFUSED, str(exc))
                    continue
                pkg.release()  # no open file per waiting package
                opened.append((i, pkg))
            opened.sort(key=lambda item: item[1].created_at)
            for n, (i, pkg) in enumerate(opened):
                progress(0.5 + 0.5 * n / max(1, len(opened)), f"正在导入 {pkg.path.name}…")
                try:
                    pkg.load()
                except PackageError as exc:  # damaged records: refused as if found while verifying
                    results[i] = ImportResult(str(pkg.path), ImportOutcome.REFUSED, str(exc))
                else:
                    results[i] = self._import_one(pkg)
                pkg.close()  # its records and decrypted copy go now, not after the last package
        finally:
            for _, pkg in opened:
                pkg.close()
        progress(1.0, "完成")
        return [results[i] for i in range(len(files))]

    def _hq_branches(self) -> dict[str, dict[str, Any]]:
        data = settings.get(HQ_BRANCHES_KEY, {})
        return data if isinstance(data, dict) else {}

    def received_folder(self, branch_uuid: str) -> Path:
        return self.store.paths.root / "received" / branch_uuid

    def _import_one(self, pkg) -> ImportResult:  # noqa: ANN001 - reader.OpenedPackage
        s = pkg.summary()
        result = ImportResult(str(pkg.path), ImportOutcome.REFUSED, branch_name=s.branch_name,
                              branch_uuid=s.branch_uuid, created_at=s.created_at)
        if s.schema_version > RECORD_FORMAT_VERSION:
            result.reason = (f"数据包由更新版本的程序导出（数据版本 {s.schema_version}，本程序支持到 {RECORD_FORMAT_VERSION}），"
                             "请升级程序后再导入。")
            return result
        status = self._hq_branches().get(s.branch_uuid)
        held_at = _parse_time(status.get("created_at")) if status else None
        if held_at is not None and s.created_at < held_at:
            result.outcome = ImportOutcome.SKIPPED
            result.reason = (f"这个数据包（{fmt_utc(s.created_at)} 导出）比已导入的数据包（{fmt_utc(held_at)} 导出）"
                             "更旧，已跳过，没有改动任何数据。")
            return result
        if s.kind is PackageKind.INCREMENTAL and (held_at is None or s.since is None or held_at < s.since):
            result.reason = (f"这是增量数据包，只含 {fmt_utc(s.since)} 以后的变化，但尚未导入该支部在那时导出的数据包。"
                             "请先导入该支部之前的数据包，或请支部导出完整数据包。")
            return result
        self._work_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="import-", dir=self._work_dir))
        try:
            try:
                moves = self._stage_files(pkg, s, staging)
            except PackageError as exc:
                result.reason = str(exc) + "（已导入的数据没有任何改动）"
                return result
            except OSError as exc:
                result.reason = (f"无法在本机数据文件夹中写入附件或文档（{exc.strerror or exc}），"
                                 "可能磁盘已满。已导入的数据没有任何改动。")
                return result
            try:
                with self.store.atomic():
                    stats = records_repo.merge(pkg.records, pkg.tombstones, s.branch_uuid)
                    same_package = status is not None and status.get("package_id") == s.package_id
                    if not same_package:
                        branches = self._hq_branches()
                        branches[s.branch_uuid] = {
                            "name": s.branch_name, "created_at": s.created_at.isoformat(),
                            "package_id": s.package_id, "kind": s.kind.value, "year": s.year,
                            "imported_at": clock.utcnow().isoformat(),
                            "file": Path(s.path).name,
                            "figures": _clean_figures(pkg.manifest.get("figures")),
                        }
                        settings.put(HQ_BRANCHES_KEY, branches)
            except PackageError as exc:
                result.reason = str(exc) + "（已导入的数据没有任何改动）"
                return result
            files_changed = self._place_files(moves)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        result.inserted, result.updated, result.deleted = stats.inserted, stats.updated, stats.deleted
        if stats.changed or files_changed:
            result.outcome = ImportOutcome.IMPORTED
            result.reason = f"新增 {stats.inserted} 条，更新 {stats.updated} 条，删除 {stats.deleted} 条记录"
            if files_changed:
                result.reason += f"，文件 {files_changed} 个"
        else:
            result.outcome = ImportOutcome.UNCHANGED
            result.reason = "数据与已导入的完全相同，没有改动。"
        return result

    def _stage_files(self, pkg, s: PackageSummary, staging: Path) -> list[tuple[Path, Path, str]]:  # noqa: ANN001
        """Extract attachments and documents to a staging folder and sync them to disk (before the merge commits
        records naming them); returns (staged, destination, sha256). An attachment already held with the same
        content is not staged again (attachments are named by their hash: a branch's next full package brings
        the same photos)."""
        from dangjian_desktop.exchange import format as fmt
        from dangjian_desktop.services.attachments import sync_files

        moves = []
        att_root = self.store.paths.attachments.resolve()
        for e in pkg.attachments:
            rel = e["name"][len(fmt.ATTACHMENTS_DIR):]
            dest = (att_root / rel).resolve()
            if att_root not in dest.parents:
                raise PackageError("数据包中含有不安全的附件路径，已拒绝。")
            stem = dest.name.split(".", 1)[0].lower()
            if fmt.is_sha256_hex(stem) and stem != e["sha256"]:
                raise PackageError(f"数据包中的附件“{rel}”内容与其文件名（校验值）不符：数据包被改动过，已拒绝。")
            if dest.is_file():
                if _sha256_file(dest) != e["sha256"]:
                    raise PackageError(f"数据包中的附件“{rel}”与本机已有的同名附件内容不同。为保护已有文件，已拒绝导入。")
                continue  # held already, the same bytes
            # staged under a plain number: the private staging folder needs no tree of its own
            staged = pkg.extract(e["name"], staging / f"{len(moves)}", sync=False)
            moves.append((staged, dest, e["sha256"]))
        doc_root = (self.received_folder(s.branch_uuid) / str(s.year)).resolve()
        for e in pkg.documents:
            name = e["name"][len(fmt.DOCUMENTS_DIR):]
            dest = (doc_root / name).resolve()
            if dest.parent != doc_root:
                raise PackageError("数据包中含有不安全的文档路径，已拒绝。")
            staged = pkg.extract(e["name"], staging / f"{len(moves)}", sync=False)
            moves.append((staged, dest, e["sha256"]))
        sync_files([m[0] for m in moves])  # all on disk before the records naming them are committed
        return moves

    @staticmethod
    def _place_files(moves: list[tuple[Path, Path, str]]) -> int:
        changed = 0
        for staged, dest, digest in moves:
            if dest.is_file() and _sha256_file(dest) == digest:
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, dest)
            changed += 1
        return changed

    # -- headquarters: the consolidated view -----------------------------------------------------------------------
    def branch_status(self) -> dict[str, dict[str, Any]]:
        return self._hq_branches()

    def overview(self, year: int | None = None) -> list[BranchOverview]:
        """Every branch held, with the figures of its latest package for ``year`` (this year by default).

        Figures come from the branch's own computation (its rules) carried in the package; for a package without
        one, it is counted from the imported records as its declaration says (``HqFigure.fallback``), and is "—"
        (None) where it cannot be."""
        year = year or clock.today().year
        status = self._hq_branches()
        members = roster_repo.member_counts()
        columns = features.hq_columns()
        counted: dict[str, dict[str, int] | None] = {}

        def fallback(how: str, branch_uuid: str) -> int | None:
            if not how:
                return None
            if how not in counted:  # one grouped query per figure, only when some package lacks the figure
                kind, _, table = how.partition(":")
                counted[how] = (records_repo.counts_in_year(table, year) if kind == "rows_in_year"
                                else records_repo.counts_open(table) if kind == "open" else None)
            found = counted[how]
            return None if found is None else found.get(branch_uuid, 0)

        out = []
        for uuid, name in roster_repo.branch_names():
            st = status.get(uuid, {})
            fig = st.get("figures") or {}
            if fig.get("year") != year:
                fig = {}
            figures = {c.key: fig[c.key] if fig.get(c.key) is not None else fallback(c.fallback, uuid)
                       for c in columns}
            out.append(BranchOverview(uuid=uuid, name=name, last_package_at=_parse_time(st.get("created_at")),
                                      members=members.get(uuid, 0), figures=figures))
        return out

    def branch_records(self, branch_uuid: str) -> list[RecordTable]:
        """Every record type of one branch that has rows, read-only, for the drill-in view."""
        counts = records_repo.branch_counts(branch_uuid)
        return [records_repo.branch_table(branch_uuid, t) for t in records_repo.tables_in_order() if counts.get(t)]

    def received_documents(self, branch_uuid: str) -> list[Path]:
        folder = self.received_folder(branch_uuid)
        return sorted(folder.glob("*/*.pdf"), reverse=True) if folder.is_dir() else []

    def hq_summary_pdf(self, out: Path | str, year: int | None = None) -> Path:
        """汇总表 across all branches (landscape, house style)."""
        from dangjian_desktop.reports.hq_summary import build_hq_summary_pdf

        self._require_hq()
        year = year or clock.today().year
        return build_hq_summary_pdf(out, self.services.branch.hq_name(), year, self.overview(year),
                                    [(c.label, c.key) for c in features.hq_columns()], as_of=clock.today())
