"""The backup file format, written and read. Every backup file is treated as hostile input.

A backup is one ``.zip``::

    manifest.json      {"format": "dangjian-backup", "format_version": 1, "kind", "created_at" (local time),
                        "app_version", "schema_version", "counts": {table: rows}, "db_sha256", "db_size",
                        "attachments": {path: {"sha256", "size"}}, "attachments_inline": bool}
    dangjian.sqlite3   a consistent snapshot (SQLite online backup API, journal_mode DELETE)
    attachments/<path> only in a backup that leaves the PC (备份到U盘); the backups in the data folder list the
                       attachments by hash and keep the bytes once in backups/files/ (backup_blobs.py)

A USB backup is normally encrypted: the same zip inside a ``.djbak`` container (backup_crypto.py).

Reading checks before trusting: the manifest is at most 4 MB and every field has its type; entry names are safe
relative paths; declared sizes and compression ratios are bounded before anything is inflated (a "zip bomb" is
refused before one byte is written); the database entry's size must match its own SQLite header and the free
space; the extracted database must pass ``quick_check``, its SHA-256 must be the manifest's, and its schema
objects must be exactly those this app creates (storage/schema_check.py): an added trigger or view is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import shutil
import stat
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from dangjian_desktop import fileio
from dangjian_desktop.domain import faults
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.paths import ensure_free_space
from dangjian_desktop.storage import backups as files
from dangjian_desktop.fileio import sha256_file  # re-exported: the backup modules import it from here
from dangjian_desktop.storage.database import SQLITE_HEADER

log = logging.getLogger(__name__)

FORMAT = "dangjian-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_ENTRY = "dangjian.sqlite3"
ATTACHMENTS_PREFIX = "attachments/"
# the branch's package signing key and counter (backup_keys.py, exchange/identity.py): these two names only, small
KEY_ENTRIES = ("keys/branch-signing-key.pem", "keys/package-sequence.json")
MAX_KEY_ENTRY_BYTES = 4096
# What reading a damaged ZIP raises: a bad CRC or structure (BadZipFile, EOFError), or compressed data that does not
# inflate (zlib.error, which zipfile lets through)
DAMAGED_ZIP = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, NotImplementedError)

# limits: a backup beyond any of these is refused as hostile or damaged before anything is inflated
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_ENTRIES = 200_000
MAX_DB_BYTES = 64 * 1024 ** 3
MAX_ATTACHMENT_BYTES = 4 * 1024 ** 3
MAX_TOTAL_BYTES = 256 * 1024 ** 3
MAX_COMPRESSION_RATIO = 200  # a deflate bomb reaches ~1000:1; databases and photos compress far less
RATIO_CHECK_MIN_BYTES = 1024 * 1024
MAX_PATH_CHARS = 400

KIND_LABELS = {
    "auto": "自动备份",
    "manual": "手动备份",
    "usb": "备份到U盘",
    "before-restore": "恢复前的数据",
    "migration": "升级前的数据",
    "file": "数据文件",
}
# Row counts shown to the user: the tables the record kinds mark ``counted``, in declaration order, under their
# labels; other tables are summed up under 其他记录.


def counted_labels() -> dict[str, str]:
    from dangjian_desktop import features

    return {t.table: t.label for t in features.tables() if t.counted}


NOT_COUNTED = {"branch", "audit_entry", "setting"}
COMPRESSED_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".zip", ".pdf", ".docx", ".xlsx", ".mp4", ".heic"}

NOT_A_BACKUP = "这个文件不是本程序的备份。"
BAD_MANIFEST = "备份文件的目录已损坏或被改动过，不能使用。"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_TABLE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


class BackupError(DomainError):
    """A backup cannot be written, read or restored. The message says why in plain Chinese."""


class BackupPasswordRequired(BackupError):
    """An encrypted backup was given without a password."""


class WrongBackupPassword(BackupError):
    """The password does not open this encrypted backup."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime  # local time
    kind: str
    counts: dict[str, int]
    size: int
    schema_version: int = 0
    app_version: str = ""
    attachments: int = 0
    self_contained: bool = False
    problem: str = ""  # non-empty: this file cannot be used (damaged, not a backup, too new)
    encrypted: bool = False

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def date_text(self) -> str:
        return self.created_at.strftime("%Y-%m-%d %H:%M")

    @property
    def size_text(self) -> str:
        return f"{self.size / 1e6:.1f} MB" if self.size >= 1e6 else f"{max(1, round(self.size / 1e3))} KB"

    @property
    def is_empty(self) -> bool:
        """A backup of a store without a single record (e.g. a store that was created by mistake)."""
        return not self.encrypted and not any(self.counts.values())

    def summary(self) -> str:
        """e.g. "党员 23，党小组 3，会议 41，附件 12 个文件"."""
        if self.encrypted and not self.counts:
            return "已加密（输入密码后才能查看内容）"
        labels = counted_labels()
        parts = [f"{label} {self.counts[t]}" for t, label in labels.items() if self.counts.get(t)]
        others = sum(v for t, v in self.counts.items() if t not in labels and t not in NOT_COUNTED)
        if others:
            parts.append(f"其他记录 {others}")
        if self.attachments:
            parts.append(f"附件 {self.attachments} 个文件")
        return "，".join(parts) or "没有记录"

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "created_at": self.created_at.isoformat(timespec="seconds"),
                "kind": self.kind, "kind_label": self.kind_label, "size": self.size, "counts": self.counts,
                "schema_version": self.schema_version, "app_version": self.app_version,
                "attachments": self.attachments, "self_contained": self.self_contained, "problem": self.problem,
                "encrypted": self.encrypted}


@dataclass(frozen=True)
class Manifest:
    """A manifest whose every field has been checked."""

    kind: str
    created_at: dt.datetime
    schema_version: int
    app_version: str
    counts: dict[str, int]
    db_sha256: str
    db_size: int | None
    attachments: dict[str, tuple[str, int]] = field(default_factory=dict)  # path -> (sha256, size)
    inline: bool = False


# -- small helpers -------------------------------------------------------------------------------------------------
def fault_or_backup_error(exc: OSError, target: Path, what: str = "备份没有完成") -> DomainError:
    """A disk fault with its own message, or a BackupError for what is left (a pulled stick...)."""
    fault = faults.classify(exc, target)
    if fault is not None:
        return fault
    return BackupError(f"无法写入 {target}：{exc.strerror or exc}。{what}，请检查U盘是否插好。")


def safe_relative(rel: object) -> bool:
    """A relative POSIX path that stays inside its folder on Windows and Linux alike."""
    if not isinstance(rel, str) or not 0 < len(rel) <= MAX_PATH_CHARS:
        return False
    if "\\" in rel or ":" in rel or rel.startswith("/") or any(ord(c) < 32 for c in rel):
        return False
    for part in rel.split("/"):
        if part in ("", ".", "..") or part != part.rstrip(" .") or part.split(".")[0].upper() in _DEVICES:
            return False
    return True


def _int(value: object, lo: int = 0, hi: int = 2 ** 62) -> int:
    if type(value) is not int or not lo <= value <= hi:
        raise BackupError(BAD_MANIFEST)
    return value


# -- reading ---------------------------------------------------------------------------------------------------------
def parse_manifest(raw: bytes) -> Manifest:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BackupError(BAD_MANIFEST) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError(NOT_A_BACKUP)
    version = data.get("format_version")
    if type(version) is not int or version < 1:
        raise BackupError(BAD_MANIFEST)
    if version > FORMAT_VERSION:
        raise BackupError("这个备份由更新版本的程序创建，请先安装最新版本。")
    kind = data.get("kind", "manual")
    if kind not in KIND_LABELS:
        raise BackupError(BAD_MANIFEST)
    try:
        created = dt.datetime.fromisoformat(data.get("created_at"))  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise BackupError(BAD_MANIFEST) from exc
    if created.tzinfo is not None:
        created = created.astimezone().replace(tzinfo=None)
    app_version = data.get("app_version", "")
    if not isinstance(app_version, str) or len(app_version) > 40:
        raise BackupError(BAD_MANIFEST)
    counts = data.get("counts") or {}
    if not isinstance(counts, dict) or len(counts) > 1000:
        raise BackupError(BAD_MANIFEST)
    checked_counts = {}
    for table, n in counts.items():
        if not _TABLE.match(table):
            raise BackupError(BAD_MANIFEST)
        checked_counts[table] = _int(n)
    db_sha = data.get("db_sha256")
    if not isinstance(db_sha, str) or not _HEX64.match(db_sha):
        raise BackupError(BAD_MANIFEST)
    db_size = data.get("db_size")
    listed = data.get("attachments") or {}
    if not isinstance(listed, dict) or len(listed) > MAX_ENTRIES:
        raise BackupError(BAD_MANIFEST)
    attachments: dict[str, tuple[str, int]] = {}
    for rel, meta in listed.items():
        if not safe_relative(rel) or not isinstance(meta, dict):
            raise BackupError("备份文件中有不安全的路径或损坏的目录，已拒绝。")
        sha = meta.get("sha256")
        if not isinstance(sha, str) or not _HEX64.match(sha):
            raise BackupError(BAD_MANIFEST)
        attachments[rel] = (sha, _int(meta.get("size"), 0, MAX_ATTACHMENT_BYTES))
    inline = data.get("attachments_inline", False)
    if not isinstance(inline, bool):
        raise BackupError(BAD_MANIFEST)
    return Manifest(kind, created, _int(data.get("schema_version"), 0, 10_000), app_version, checked_counts, db_sha,
                    None if db_size is None else _int(db_size, 0, MAX_DB_BYTES), attachments, inline)


def check_entries(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Every entry's name, kind, declared size and compression ratio, before anything is inflated."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES + 2 + len(KEY_ENTRIES):
        raise BackupError(f"备份中的文件数过多（{len(infos)} 个），可能是恶意构造的文件，已拒绝。")
    out: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in out:
            raise BackupError("备份中有重复的文件名，可能是恶意构造的文件，已拒绝。")
        if name not in (MANIFEST, DB_ENTRY, *KEY_ENTRIES) and not (
                name.startswith(ATTACHMENTS_PREFIX) and safe_relative(name[len(ATTACHMENTS_PREFIX):])):
            raise BackupError("备份文件中有不安全的路径或多余的文件，已拒绝。")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                                                      zipfile.ZIP_DEFLATED):
            raise BackupError("备份中有符号链接、加密或未知压缩方式的文件，已拒绝。")
        limit = (MAX_MANIFEST_BYTES if name == MANIFEST else MAX_DB_BYTES if name == DB_ENTRY
                 else MAX_KEY_ENTRY_BYTES if name in KEY_ENTRIES else MAX_ATTACHMENT_BYTES)
        ratio = info.file_size / max(1, info.compress_size)
        # an attachment may be a mostly white scan that deflates 1000:1: it is bounded by its size in the
        # manifest, the caps and the free-space check before staging instead
        ratio_applies = name in (MANIFEST, DB_ENTRY) and info.file_size > RATIO_CHECK_MIN_BYTES
        if info.file_size > limit or (ratio_applies and ratio > MAX_COMPRESSION_RATIO):
            raise BackupError(f"备份中的“{name[:80]}”解压后过大（{info.file_size / 1e6:.0f} MB，压缩比 {ratio:.0f}:1），"
                              "可能是恶意构造的“压缩炸弹”，已拒绝，没有写入任何文件。")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BackupError("备份解压后总大小过大，可能是恶意构造的文件，已拒绝。")
        out[name] = info
    if MANIFEST not in out or DB_ENTRY not in out:
        raise BackupError(NOT_A_BACKUP)
    return out


def read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise BackupError("备份中的文件解压后超过声明的大小，可能是恶意构造的文件，已拒绝。")
    return data


def read_zip(path: Path) -> tuple[Manifest, dict[str, zipfile.ZipInfo]]:
    """The checked manifest and entries of a backup zip (BackupError when it is not one, or is hostile/damaged)."""
    try:
        with zipfile.ZipFile(path) as zf:
            entries = check_entries(zf)
            manifest = parse_manifest(read_capped(zf, entries[MANIFEST], MAX_MANIFEST_BYTES))
    except BackupError:
        raise
    except (*DAMAGED_ZIP, ValueError, RuntimeError) as exc:
        raise BackupError(f"备份文件已损坏，无法读取（{exc.__class__.__name__}）。") from exc
    except OSError as exc:
        raise faults.classify(exc, path) or BackupError(f"无法读取备份文件 {path}：{exc.strerror or exc}") from exc
    if manifest.db_size is not None and entries[DB_ENTRY].file_size != manifest.db_size:
        raise BackupError(BAD_MANIFEST)
    for rel, (_sha, size) in manifest.attachments.items():
        info = entries.get(ATTACHMENTS_PREFIX + rel)
        if info is not None and info.file_size != size:
            raise BackupError(BAD_MANIFEST)
    if manifest.inline and any(ATTACHMENTS_PREFIX + rel not in entries for rel in manifest.attachments):
        raise BackupError("这个备份缺少附件文件，不完整。")
    return manifest, entries


def _check_sqlite_header(head: bytes, declared: int) -> None:
    """The first 100 bytes of a database: SQLite's magic, and a page size x page count that is the declared size
    (when the header's size field is valid): a bomb or a padded file is refused before it is inflated."""
    if len(head) < 100 or head[:16] != SQLITE_HEADER:
        raise BackupError("备份中的数据库不是SQLite数据文件，已拒绝。")
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        raise BackupError("备份中的数据库文件头已损坏，已拒绝。")
    pages = int.from_bytes(head[28:32], "big")
    valid = head[24:28] == head[92:96] and pages > 0
    if valid and pages * page != declared:
        raise BackupError("备份中数据库的大小与其文件头不符（可能是恶意构造的文件），已拒绝，没有写入任何文件。")


def extract_database(plain: Path, target: Path) -> Path:
    """Write the database of the (decrypted) backup ``plain`` to ``target`` and check it completely; raise
    BackupError (or a disk fault) if it is unusable, leaving nothing behind."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        if zipfile.is_zipfile(plain):
            manifest, entries = read_zip(plain)
            info = entries[DB_ENTRY]
            ensure_free_space(target.parent, info.file_size)
            with zipfile.ZipFile(plain) as zf:
                with zf.open(info) as src:
                    _check_sqlite_header(src.read(100), info.file_size)

                def write(tmp: Path) -> None:
                    with zf.open(info) as src, open(tmp, "wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)  # never more than the declared size; CRC at the end

                fileio.write_atomic(target, write)
            if sha256_file(target) != manifest.db_sha256:
                raise BackupError("备份中的数据库与其目录中的校验值不符：备份已损坏或被改动过，不能使用。")
        else:
            size = plain.stat().st_size
            with open(plain, "rb") as fh:
                _check_sqlite_header(fh.read(100), size)
            ensure_free_space(target.parent, size)
            fileio.write_atomic(target, lambda tmp: shutil.copyfile(plain, tmp))
        problem = files.check_file(target)
        if problem:
            raise BackupError(f"这个备份不能使用：{problem}。")
        from dangjian_desktop.storage.schema_check import differences

        diffs = differences(target)
        if diffs:
            log.warning("backup %s refused, schema differs: %s", plain, "; ".join(diffs[:10]))
            raise BackupError("这个备份中的数据库结构与本程序创建的不同（" + "；".join(diffs[:3]) +
                              (" 等" if len(diffs) > 3 else "") + "），可能被改动过，为安全起见已拒绝，没有恢复任何数据。")
    except BaseException as exc:
        target.unlink(missing_ok=True)
        if isinstance(exc, DAMAGED_ZIP):
            raise BackupError(f"备份文件已损坏，无法读取（{exc.__class__.__name__}）。") from exc
        if isinstance(exc, OSError):
            raise faults.classify(exc, target) or BackupError(
                f"无法读取备份文件 {plain}：{exc.strerror or exc}") from exc
        raise
    return target


# -- writing ---------------------------------------------------------------------------------------------------------
def write_zip(out: BinaryIO | Path, manifest: dict[str, Any], snapshot: Path,
              inline: list[tuple[str, Path]], extra: Sequence[tuple[str, Path]] = ()) -> None:
    """The zip of a backup: manifest, database snapshot, ``extra`` files under their names (the branch's signing
    key: ``backup_keys``), and the attachment files named in ``inline``."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6, allowZip64=True) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        zf.write(snapshot, DB_ENTRY)
        for name, src in extra:
            zf.write(src, name)
        for rel, src in inline:
            compress = zipfile.ZIP_STORED if src.suffix.lower() in COMPRESSED_SUFFIXES else zipfile.ZIP_DEFLATED
            zf.write(src, ATTACHMENTS_PREFIX + rel, compress_type=compress)


def test_zip(path: Path) -> None:
    """Read a written zip back once (CRC of every entry) before calling it done."""
    try:
        with zipfile.ZipFile(path) as zf:
            bad = zf.testzip()
    except DAMAGED_ZIP as exc:  # testzip names an entry with a bad CRC, raises for the rest
        bad = exc.__class__.__name__
    if bad:
        raise BackupError(f"写入的备份读回时校验失败（{bad}），请换一个U盘再试。")
