"""Reading and verifying a package. Nothing here trusts the file: every size is bounded before it is read, every
name is checked before it is used, every entry's SHA-256 is compared with the manifest, and any problem raises
``PackageError`` with a Chinese reason. ``open_package`` verifies everything before it returns.

The decrypted ZIP lives in a private work folder (removed on ``close``); records are parsed into memory (bounded).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import stat
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from dangjian_desktop.domain.exchange import (
    PackageError,
    PackageKind,
    PackageSummary,
    PasswordRequiredError,
    WrongPasswordError,
)
from dangjian_desktop.exchange import crypto
from dangjian_desktop.exchange import format as fmt

Progress = Callable[[float, str], None]

DAMAGED = "数据包已损坏或被改动过（校验未通过），不能使用。请让党支部重新导出，或重新复制一次。"
TRUNCATED = "数据包文件不完整（可能复制时中断，或U盘被提前拔出），不能使用。请重新复制或重新导出。"
NOT_A_PACKAGE = "这不是党支部工作台账的数据包文件（.djpkg），或文件已严重损坏。"


def _no_progress(_fraction: float, _text: str) -> None:
    pass


def _size_text(n: int) -> str:
    if n >= 1024 * 1024 * 1024:
        return f"{n / 1024 ** 3:.1f} GB"
    return f"{n / 1024 / 1024:.1f} MB"


# -- the container ----------------------------------------------------------------------------------------------


def _b64(header: dict[str, Any], key: str, length: int) -> bytes:
    value = header.get(key)
    if not isinstance(value, str):
        raise PackageError(DAMAGED)
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PackageError(DAMAGED) from exc
    if len(raw) != length:
        raise PackageError(DAMAGED)
    return raw


def _int(mapping: dict[str, Any], key: str, lo: int, hi: int) -> int:
    value = mapping.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise PackageError(DAMAGED)
    return value


def read_header(fh: BinaryIO, file_size: int) -> tuple[dict[str, Any], bytes]:
    magic = fh.read(len(fmt.MAGIC))
    if magic != fmt.MAGIC:
        if len(magic) < len(fmt.MAGIC) and fmt.MAGIC.startswith(magic) and magic:
            raise PackageError(TRUNCATED)
        raise PackageError(NOT_A_PACKAGE)
    raw_len = fh.read(fmt.HEADER_LENGTH_BYTES)
    if len(raw_len) < fmt.HEADER_LENGTH_BYTES:
        raise PackageError(TRUNCATED)
    length = int.from_bytes(raw_len, "big")
    if length > fmt.MAX_HEADER_BYTES or length == 0:
        raise PackageError(DAMAGED)
    header_bytes = fh.read(length)
    if len(header_bytes) < length:
        raise PackageError(TRUNCATED)
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError(DAMAGED) from exc
    if not isinstance(header, dict) or header.get("format") != fmt.FORMAT_NAME:
        raise PackageError(NOT_A_PACKAGE)
    version = header.get("container_version")
    if version not in fmt.SUPPORTED_CONTAINER_VERSIONS:
        raise PackageError(_version_message(version))
    _int(header, "payload_size", 0, fmt.MAX_PACKAGE_BYTES)
    return header, header_bytes


def _version_message(version: object) -> str:
    shown = version if isinstance(version, int | str) and len(str(version)) < 20 else "未知"
    supported = "、".join(str(v) for v in sorted(fmt.SUPPORTED_FORMAT_VERSIONS))
    return (f"数据包的格式版本为 {shown}，本程序只认识格式版本 {supported}。"
            "这个数据包可能由更新版本的程序导出，请升级程序后再导入。")


def _decrypt_payload(fh: BinaryIO, header: dict[str, Any], header_bytes: bytes, password: str | None,
                     body_size: int, out: BinaryIO, progress: Progress) -> None:
    from cryptography.exceptions import InvalidTag

    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != fmt.KDF_NAME:
        raise PackageError(DAMAGED)
    params = {"name": fmt.KDF_NAME, "salt": _b64(kdf, "salt", fmt.SALT_BYTES)}
    for k, (lo, hi) in fmt.KDF_LIMITS.items():
        params[k] = _int(kdf, k, lo, hi)
    if (params["n"] & (params["n"] - 1) or 128 * params["n"] * params["r"] > fmt.KDF_MAX_MEMORY
            or params["n"] * params["r"] * params["p"] > fmt.KDF_MAX_WORK):
        raise PackageError(DAMAGED)
    prefix = _b64(header, "nonce_prefix", fmt.NONCE_PREFIX_BYTES)
    check = _b64(header, "key_check", fmt.TAG_BYTES)
    chunk_size = _int(header, "chunk_size", *fmt.CHUNK_SIZE_LIMITS)
    payload_size = header["payload_size"]
    from dangjian_desktop.exchange.writer import encrypted_size

    expected = encrypted_size(payload_size, chunk_size)
    if body_size < expected:
        raise PackageError(TRUNCATED)
    if body_size > expected:
        raise PackageError(DAMAGED)
    if password is None:
        raise PasswordRequiredError("这个数据包已加密，请输入导出时设置的密码。")
    key = crypto.derive_key(password, params)
    if not crypto.key_matches(key, prefix, check):
        raise WrongPasswordError("密码不正确，无法打开数据包。请核对导出时设置的密码（注意大小写和全角/半角）。")
    opener = crypto.ChunkOpener(key, prefix, header_bytes)
    remaining = expected
    while True:
        take = min(chunk_size + fmt.TAG_BYTES, remaining)
        sealed = fh.read(take)
        if len(sealed) < take:
            raise PackageError(TRUNCATED)
        remaining -= take
        try:
            out.write(opener.open(sealed, last=remaining == 0))
        except InvalidTag as exc:
            raise PackageError(DAMAGED) from exc
        progress(1 - remaining / max(1, expected), "正在解密…")
        if remaining == 0:
            break


def _copy_plain_payload(fh: BinaryIO, header: dict[str, Any], body_size: int, out: BinaryIO,
                        progress: Progress) -> None:
    payload_size = header["payload_size"]
    digest_hex = header.get("payload_sha256")
    if not fmt.is_sha256_hex(digest_hex):
        raise PackageError(DAMAGED)
    if body_size < payload_size:
        raise PackageError(TRUNCATED)
    if body_size > payload_size:
        raise PackageError(DAMAGED)
    digest = hashlib.sha256()
    done = 0
    while chunk := fh.read(min(1024 * 1024, payload_size - done)):
        digest.update(chunk)
        out.write(chunk)
        done += len(chunk)
        progress(done / max(1, payload_size), "正在读取…")
    if done != payload_size:
        raise PackageError(TRUNCATED)
    if digest.hexdigest() != digest_hex:
        raise PackageError(DAMAGED)


# -- the ZIP payload ---------------------------------------------------------------------------------------------

_DRIVE = re.compile(r"^[A-Za-z]:")
_BAD_CHARS = re.compile(r'[\x00-\x1f\x7f\\:*?"<>|]')


def check_entry_name(name: str) -> None:
    """Refuse any name that could escape the extraction folder or means something else on Windows."""
    bad = PackageError(f"数据包中含有不安全的文件名“{name[:80]}”（可能是恶意构造的文件），已拒绝，没有导入任何内容。")
    if not name or len(name) > fmt.MAX_ENTRY_NAME or name.startswith("/") or _DRIVE.match(name):
        raise bad
    if _BAD_CHARS.search(name) or name.endswith("/"):
        raise bad
    parts = PurePosixPath(name).parts
    if any(p in ("", ".", "..") or p.endswith((" ", ".")) for p in parts) or "/".join(parts) != name:
        raise bad


def _check_zip(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > fmt.MAX_ENTRIES:
        raise PackageError(f"数据包中的文件数过多（{len(infos)} 个），可能是恶意构造的文件，已拒绝。")
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        check_entry_name(name)
        if name in by_name or name.casefold() in folded:
            raise PackageError(f"数据包中有重复的文件名“{name[:80]}”（可能是恶意构造的文件），已拒绝。")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or (mode and not stat.S_ISREG(mode) and stat.S_IFMT(mode)):
            raise PackageError(f"数据包中含有符号链接或特殊文件“{name[:80]}”（可能是恶意构造的文件），已拒绝。")
        if info.flag_bits & 0x1:
            raise PackageError(DAMAGED)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(DAMAGED)
        limit = fmt.MAX_MANIFEST_BYTES if name == fmt.MANIFEST else (
            fmt.MAX_RECORDS_ENTRY_BYTES if name.startswith(fmt.RECORDS_DIR) or name == fmt.TOMBSTONES
            else fmt.MAX_ENTRY_BYTES)
        if name == fmt.MANIFEST and info.file_size > limit:
            raise PackageError(f"数据包清单过大（{_size_text(info.file_size)}），可能是恶意构造的文件，已拒绝。")
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > limit or (info.file_size > fmt.RATIO_CHECK_MIN_BYTES and ratio > fmt.MAX_COMPRESSION_RATIO):
            raise PackageError(f"数据包中的文件“{name[:80]}”解压后过大（{_size_text(info.file_size)}，"
                               f"压缩比 {ratio:.0f}:1），可能是恶意构造的“压缩炸弹”，已拒绝。")
        total += info.file_size
        if total > fmt.MAX_TOTAL_BYTES:
            raise PackageError(f"数据包解压后总大小超过 {_size_text(fmt.MAX_TOTAL_BYTES)}，可能是恶意构造的文件，已拒绝。")
        by_name[name] = info
        folded.add(name.casefold())
    return by_name


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read one entry, never more than ``limit`` bytes, whatever its header claims."""
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise PackageError(f"数据包中的文件“{info.filename[:80]}”解压后超过声明的大小，可能是恶意构造的“压缩炸弹”，已拒绝。")
    return data


def _hash_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, size: int) -> str:
    digest = hashlib.sha256()
    read = 0
    with zf.open(info) as fh:
        while chunk := fh.read(min(1024 * 1024, size + 1 - read)):
            read += len(chunk)
            if read > size:
                raise PackageError(f"数据包中的文件“{info.filename[:80]}”解压后超过声明的大小，"
                                   "可能是恶意构造的“压缩炸弹”，已拒绝。")
            digest.update(chunk)
    if read != size:
        raise PackageError(DAMAGED)
    return digest.hexdigest()


def _parse_time(value: object) -> dt.datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise PackageError(DAMAGED)
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise PackageError(DAMAGED) from exc
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when


_UUID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
_SCALARS = (str, int, float, bool, type(None))
_SCALAR_TYPES = frozenset(_SCALARS)


def _check_rows(table: str, data: object) -> list[dict[str, Any]]:
    """The format's promise about rows (parsed by ``json.loads``, so every key is a str): each is an object with
    a valid ``uuid`` and ``updated_at`` and JSON scalars only. Each value against its field (type, length) is
    checked once, by the merge that takes it (``storage.repos.records.merge``)."""
    if not isinstance(data, dict) or data.get("table") != table or not isinstance(data.get("rows"), list):
        raise PackageError(DAMAGED)
    rows = data["rows"]
    scalars = _SCALAR_TYPES.issuperset
    match = _UUID.match
    for row in rows:
        if type(row) is not dict or type(row.get("uuid")) is not str or not match(row["uuid"]):
            raise PackageError(DAMAGED)
        _parse_time(row.get("updated_at"))
        if not scalars(map(type, row.values())):  # exact types, as json.loads makes them: one C-level pass a row
            raise PackageError(DAMAGED)
    return rows


def _check_tombstones(data: object) -> list[dict[str, Any]]:
    if not isinstance(data, dict) or not isinstance(data.get("tombstones"), list):
        raise PackageError(DAMAGED)
    out = []
    for t in data["tombstones"]:
        if (not isinstance(t, dict) or not fmt.is_table_name(t.get("table")) or not isinstance(t.get("uuid"), str)
                or not _UUID.match(t["uuid"])):
            raise PackageError(DAMAGED)
        out.append({"table": t["table"], "uuid": t["uuid"], "deleted_at": _parse_time(t.get("deleted_at"))})
    return out


def _check_manifest(raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError(DAMAGED) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT_NAME:
        raise PackageError(DAMAGED)
    if manifest.get("format_version") not in fmt.SUPPORTED_FORMAT_VERSIONS:
        raise PackageError(_version_message(manifest.get("format_version")))
    branch = manifest.get("branch")
    if (not isinstance(branch, dict) or not isinstance(branch.get("uuid"), str) or not _UUID.match(branch["uuid"])
            or not isinstance(branch.get("name"), str)):
        raise PackageError(DAMAGED)
    for key in ("package_id", "app_version"):
        if not isinstance(manifest.get(key), str) or len(manifest[key]) > 100:
            raise PackageError(DAMAGED)
    _parse_time(manifest.get("created_at"))
    if manifest.get("since") is not None:
        _parse_time(manifest["since"])
    try:
        PackageKind(manifest.get("kind"))
    except ValueError as exc:
        raise PackageError(DAMAGED) from exc
    _int(manifest, "schema_version", 0, 10**6)
    _int(manifest, "year", 1900, 9999)
    tables = manifest.get("tables")
    counts = manifest.get("counts")
    entries = manifest.get("entries")
    if (not isinstance(tables, list) or not all(fmt.is_table_name(t) for t in tables) or len(set(tables)) != len(tables)
            or not isinstance(counts, dict) or not isinstance(entries, list)):
        raise PackageError(DAMAGED)
    for e in entries:
        if (not isinstance(e, dict) or not isinstance(e.get("name"), str) or not fmt.is_sha256_hex(e.get("sha256"))
                or not isinstance(e.get("size"), int) or isinstance(e.get("size"), bool) or e["size"] < 0):
            raise PackageError(DAMAGED)
    return manifest


class OpenedPackage:
    """A verified package. Use as a context manager; ``close`` removes the decrypted copy.

    ``records`` and ``tombstones`` are parsed on first use when the package was opened with
    ``parse_records=False`` (headquarters opens hundreds of packages before importing them one at a time); a
    problem found then raises ``PackageError`` as ``open_package`` would have."""

    def __init__(self, path: Path, work: Path, zf: zipfile.ZipFile, manifest: dict[str, Any], header: dict[str, Any],
                 records: dict[str, list[dict[str, Any]]] | None, tombstones: list[dict[str, Any]] | None,
                 file_size: int):
        self.path = path
        self._work = work
        self._zip: zipfile.ZipFile | None = zf
        self._payload = Path(zf.filename) if zf.filename else None
        self.manifest = manifest
        self.header = header
        self._records = records
        self._tombstones = tombstones
        self.file_size = file_size
        self._entries = {e["name"]: e for e in manifest["entries"]}

    @property
    def _zf(self) -> zipfile.ZipFile:
        if self._zip is None:
            if self._payload is None:
                raise PackageError(DAMAGED)
            self._zip = zipfile.ZipFile(self._payload)
        return self._zip

    def release(self) -> None:
        """Close the payload file until it is needed again (keeps the decrypted copy; no open file per package)."""
        if self._zip is not None and self._payload is not None:
            self._zip.close()
            self._zip = None

    def load(self) -> None:
        """Parse and check the records and tombstones now (PackageError if they are damaged)."""
        if self._records is None or self._tombstones is None:
            try:
                self._records, self._tombstones = _parse_records(self._zf, self.manifest)
            except PackageError:
                raise
            except (zipfile.BadZipFile, EOFError, zlib.error, struct.error, OSError, ValueError, TypeError, KeyError,
                    IndexError, OverflowError, RuntimeError, UnicodeError, RecursionError) as exc:
                raise PackageError(DAMAGED) from exc

    @property
    def records(self) -> dict[str, list[dict[str, Any]]]:
        self.load()
        assert self._records is not None
        return self._records

    @property
    def tombstones(self) -> list[dict[str, Any]]:
        self.load()
        assert self._tombstones is not None
        return self._tombstones

    @property
    def encrypted(self) -> bool:
        return self.header.get("encryption") == fmt.ENCRYPTION_AES_GCM

    @property
    def created_at(self) -> dt.datetime:
        return _parse_time(self.manifest["created_at"])

    @property
    def since(self) -> dt.datetime | None:
        return _parse_time(self.manifest["since"]) if self.manifest.get("since") else None

    def entries(self, folder: str) -> list[dict[str, Any]]:
        return [e for e in self.manifest["entries"] if e["name"].startswith(folder)]

    @property
    def attachments(self) -> list[dict[str, Any]]:
        return self.entries(fmt.ATTACHMENTS_DIR)

    @property
    def documents(self) -> list[dict[str, Any]]:
        return self.entries(fmt.DOCUMENTS_DIR)

    def declared_counts(self) -> tuple[dict[str, int], int] | None:
        """(rows per table, tombstones) as the manifest declares them, or None if it does not say so in full.
        ``load`` refuses records that do not match these counts."""
        m = self.manifest
        counts, tombs = m["counts"], m.get("tombstones")
        out: dict[str, int] = {}
        for t in m["tables"]:
            n = counts.get(t)
            if type(n) is not int or n < 0:
                return None
            out[t] = n
        if type(tombs) is not int or tombs < 0:
            return None
        return out, tombs

    def summary(self) -> PackageSummary:
        """What the package holds. Counted from the parsed records once they are loaded (``open_package`` loads
        them unless told not to); before that, the counts the manifest declares (which ``load`` checks), so the
        writer's read-back need not parse the records it has just serialised."""
        m = self.manifest
        declared = self.declared_counts() if self._records is None or self._tombstones is None else None
        if declared is not None:
            counts, tombstones = declared
        else:
            counts = {t: len(self.records.get(t, [])) for t in m["tables"]}
            tombstones = len(self.tombstones)
        return PackageSummary(
            path=str(self.path), package_id=m["package_id"], format_version=m["format_version"],
            app_version=m["app_version"], schema_version=m["schema_version"], branch_uuid=m["branch"]["uuid"],
            branch_name=m["branch"]["name"], created_at=self.created_at, kind=PackageKind(m["kind"]),
            since=self.since, year=m["year"], encrypted=self.encrypted,
            counts=counts, tombstones=tombstones,
            attachments=len(self.attachments),
            documents=[e["name"][len(fmt.DOCUMENTS_DIR):] for e in self.documents], size=self.file_size,
        )

    def extract(self, name: str, dest: Path, *, sync: bool = True) -> Path:
        """Copy one verified entry to ``dest`` (temp name + rename), checking its hash again on the way.

        ``sync=False`` leaves the fsync to the caller (many files are synced faster together, see
        ``services.attachments.sync_files``) — the caller must sync them before relying on them."""
        entry = self._entries[name]
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".part")
        digest = hashlib.sha256()
        try:
            with self._zf.open(name) as src, open(tmp, "wb") as out:
                while chunk := src.read(1024 * 1024):
                    digest.update(chunk)
                    out.write(chunk)
                if sync:
                    out.flush()
                    os.fsync(out.fileno())
            if digest.hexdigest() != entry["sha256"]:
                raise PackageError(DAMAGED)
            os.replace(tmp, dest)
        finally:
            tmp.unlink(missing_ok=True)
        return dest

    def read(self, name: str) -> bytes:
        return _read_capped(self._zf, self._zf.getinfo(name), self._entries[name]["size"])

    def close(self) -> None:
        try:
            if self._zip is not None:
                self._zip.close()
        finally:
            self._zip = None
            self._records = self._tombstones = None
            self._payload = None
            shutil.rmtree(self._work, ignore_errors=True)

    def __enter__(self) -> OpenedPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _parse_records(zf: zipfile.ZipFile, manifest: dict[str, Any]) -> tuple[dict[str, list[dict[str, Any]]],
                                                                          list[dict[str, Any]]]:
    """The records and tombstones of a verified payload, parsed and checked against the manifest's counts."""
    records: dict[str, list[dict[str, Any]]] = {}
    for table in manifest["tables"]:
        info = zf.getinfo(fmt.records_entry(table))
        rows = _check_rows(table, _loads(_read_capped(zf, info, fmt.MAX_RECORDS_ENTRY_BYTES)))
        if manifest["counts"].get(table) != len(rows):
            raise PackageError(DAMAGED)
        records[table] = rows
    tombstones = _check_tombstones(_loads(_read_capped(zf, zf.getinfo(fmt.TOMBSTONES), fmt.MAX_RECORDS_ENTRY_BYTES)))
    if "tombstones" in manifest and manifest["tombstones"] != len(tombstones):
        raise PackageError(DAMAGED)
    return records, tombstones


def open_package(path: Path | str, password: str | None = None, *, work_dir: Path | None = None,
                 progress: Progress = _no_progress, parse_records: bool = True) -> OpenedPackage:
    """Verify ``path`` completely and return it opened. Raises ``PackageError`` with the reason otherwise.

    With ``parse_records=False`` the records are parsed on first use (``OpenedPackage.load``): every entry is
    still hashed and compared with the manifest here, but the parsed rows are not held in memory yet."""
    path = Path(path)
    if work_dir is not None:
        work_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="djpkg-read-", dir=work_dir))
    zf = None
    try:
        try:
            if path.is_symlink() or not path.is_file():
                raise PackageError(f"找不到数据包文件“{path}”，或它不是普通文件。")
            file_size = path.stat().st_size
            if file_size > fmt.MAX_PACKAGE_BYTES:
                raise PackageError(f"文件过大（{_size_text(file_size)}），不是有效的数据包。")
            payload = work / "payload.zip"
            with open(path, "rb") as fh, open(payload, "wb") as out:
                header, header_bytes = read_header(fh, file_size)
                body = file_size - fh.tell()
                enc = header.get("encryption")
                if enc == fmt.ENCRYPTION_AES_GCM:
                    _decrypt_payload(fh, header, header_bytes, password, body, out, lambda f, t: progress(0.6 * f, t))
                elif enc == fmt.ENCRYPTION_NONE:
                    _copy_plain_payload(fh, header, body, out, lambda f, t: progress(0.6 * f, t))
                else:
                    raise PackageError(DAMAGED)
            zf = zipfile.ZipFile(payload)
            infos = _check_zip(zf)
            if fmt.MANIFEST not in infos:
                raise PackageError(DAMAGED)
            manifest = _check_manifest(_read_capped(zf, infos[fmt.MANIFEST], fmt.MAX_MANIFEST_BYTES))
            listed = {e["name"]: e for e in manifest["entries"]}
            if len(listed) != len(manifest["entries"]):
                raise PackageError("数据包清单中有重复的文件名，可能是恶意构造的文件，已拒绝。")
            if set(listed) != set(infos) - {fmt.MANIFEST}:
                raise PackageError(DAMAGED)
            for i, (name, entry) in enumerate(listed.items()):
                progress(0.6 + 0.35 * i / max(1, len(listed)), "正在核对…")
                info = infos[name]
                if info.file_size != entry["size"]:
                    raise PackageError(DAMAGED)
                if _hash_entry(zf, info, entry["size"]) != entry["sha256"]:
                    raise PackageError(f"数据包中的文件“{name[:80]}”与清单中的校验值不符：数据包已损坏或被改动过，不能使用。")
            for table in manifest["tables"]:
                if fmt.records_entry(table) not in infos:
                    raise PackageError(DAMAGED)
            if set(n for n in listed if n.startswith(fmt.RECORDS_DIR)) != {fmt.records_entry(t)
                                                                          for t in manifest["tables"]}:
                raise PackageError(DAMAGED)
            if fmt.TOMBSTONES not in infos:
                raise PackageError(DAMAGED)
            records = tombstones = None
            if parse_records:
                records, tombstones = _parse_records(zf, manifest)
            for e in manifest["entries"]:
                if e["name"].startswith(fmt.ATTACHMENTS_DIR) or e["name"].startswith(fmt.DOCUMENTS_DIR):
                    continue
                if e["name"] not in (fmt.TOMBSTONES,) and not e["name"].startswith(fmt.RECORDS_DIR):
                    raise PackageError(DAMAGED)
            progress(1.0, "核对完成")
            opened = OpenedPackage(path, work, zf, manifest, header, records, tombstones, file_size)
            zf = None
            return opened
        except PackageError:
            raise
        except FileNotFoundError as exc:
            raise PackageError(f"找不到数据包文件“{path}”。") from exc
        except PermissionError as exc:
            raise PackageError(f"没有权限读取数据包文件“{path}”。") from exc
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, struct.error) as exc:
            raise PackageError(DAMAGED) from exc
        except OSError as exc:
            if exc.filename and Path(exc.filename) == path:
                raise PackageError(f"读取数据包文件时出错（{exc.strerror or exc}）：U盘可能已被拔出。") from exc
            raise
        except (ValueError, TypeError, KeyError, IndexError, OverflowError, RuntimeError, NotImplementedError,
                UnicodeError, RecursionError) as exc:
            # zlib, zipfile and json raise these on malformed input: the package is damaged
            raise PackageError(DAMAGED) from exc
    except BaseException:
        if zf is not None:
            zf.close()
        shutil.rmtree(work, ignore_errors=True)
        raise


def _loads(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError(DAMAGED) from exc


def verify(path: Path | str, password: str | None = None, *, work_dir: Path | None = None) -> PackageSummary:
    """Check the package completely; return what it holds."""
    with open_package(path, password, work_dir=work_dir) as pkg:
        return pkg.summary()


def peek_header(path: Path | str) -> dict[str, Any]:
    """The container header only (is it encrypted?), without the password."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            header, _ = read_header(fh, path.stat().st_size)
            return header
    except OSError as exc:
        raise PackageError(f"无法读取数据包文件“{path}”（{exc.strerror or exc}）。") from exc
