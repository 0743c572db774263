"""Reading and verifying a package. Nothing here trusts the file: every size is bounded before it is read, every
name is checked before it is used, every entry's SHA-256 is compared with the manifest, and any problem raises
``PackageError`` with a Chinese reason. ``open_package`` verifies everything before it returns.

The decrypted ZIP lives in a private work folder (removed on ``close``); records are parsed into memory (bounded).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dangjian_desktop import fileio
from dangjian_desktop.domain.exchange import PackageError, PackageKind, PackageSummary
from dangjian_desktop.exchange import container
from dangjian_desktop.exchange import format as fmt
from dangjian_desktop.exchange.container import DAMAGED, NOT_A_PACKAGE, TRUNCATED, Header, Signature
from dangjian_desktop.exchange.entries import (
    check_attachment_layout,
    check_entry_name,
    check_zip,
    hash_entry,
    read_capped,
    shown,
)

Progress = Callable[[float, str], None]
__all__ = ["DAMAGED", "NOT_A_PACKAGE", "TRUNCATED", "OpenedPackage", "check_entry_name", "open_package",
           "peek_header", "verify"]


def _no_progress(_fraction: float, _text: str) -> None:
    pass


_size_text = container.size_text
_int = container.int_field


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


# a \uD800-\uDFFF escape in JSON text: json.loads turns a lone one into a str that cannot be encoded again
# (SQLite, the terminal and Qt all fail on it). Raw UTF-8 cannot hold one (decoding refuses it), so only text
# with such an escape needs the full check, which is rare: the writer does not escape non-ASCII characters.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
SURROGATES = "数据包中含有无效的文字（不成对的代理字符），可能是恶意构造或已损坏的文件，已拒绝。"


def _has_surrogates(value: object) -> bool:
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return False


def _check_rows(table: str, data: object, format_version: int = fmt.FORMAT_VERSION) -> list[dict[str, Any]]:
    """The format's promise about rows (parsed by ``json.loads``, so every key is a str): each is an object with
    a valid ``uuid`` and ``updated_at`` and JSON scalars only, and from format 2 on its ``_revision`` (a positive
    integer). Each value against its field (type, length) is checked once, by the merge that takes it
    (``storage.repos.records_merge``)."""
    if not isinstance(data, dict) or data.get("table") != table or not isinstance(data.get("rows"), list):
        raise PackageError(DAMAGED)
    rows = data["rows"]
    scalars = _SCALAR_TYPES.issuperset
    match = _UUID.match
    revised = format_version >= 2
    rev_key, top = fmt.REVISION_KEY, fmt.MAX_SEQUENCE
    for row in rows:
        if type(row) is not dict or type(row.get("uuid")) is not str or not match(row["uuid"]):
            raise PackageError(DAMAGED)
        _parse_time(row.get("updated_at"))
        if not scalars(map(type, row.values())):  # exact types, as json.loads makes them: one C-level pass a row
            raise PackageError(DAMAGED)
        if revised:
            rev = row.get(rev_key)
            if type(rev) is not int or not 0 < rev <= top:
                raise PackageError(DAMAGED)
        elif rev_key in row:
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


def _check_manifest(raw: bytes, header: Header | None = None) -> dict[str, Any]:
    manifest, version = container.load_versioned(raw, "format_version", fmt.SUPPORTED_FORMAT_VERSIONS, DAMAGED)
    if _has_surrogates(manifest):
        raise PackageError(SURROGATES)
    # a signed container holds a format-2 manifest, an unsigned one a format-1 manifest: a signature cannot be
    # stripped from a new package to pass it off as an old one, nor added to an old layout
    if header is not None and (header.signature is not None) != (version >= 2):
        raise PackageError(DAMAGED)
    if version >= 2:
        _int(manifest, "sequence", 1, fmt.MAX_SEQUENCE)
        previous = manifest.get("previous")
        if previous is not None:
            if (not isinstance(previous, dict) or not isinstance(previous.get("package_id"), str)
                    or len(previous["package_id"]) > 100):
                raise PackageError(DAMAGED)
            _int(previous, "sequence", 1, manifest["sequence"] - 1)
        if manifest.get("kind") == PackageKind.INCREMENTAL.value and previous is None:
            raise PackageError(DAMAGED)
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

    def __init__(self, path: Path, work: Path, zf: zipfile.ZipFile, manifest: dict[str, Any], header: Header,
                 records: dict[str, list[dict[str, Any]]] | None, tombstones: list[dict[str, Any]] | None,
                 file_size: int):
        self.path = path
        self._work = work
        self._zip: zipfile.ZipFile | None = zf
        self._payload = Path(zf.filename) if zf.filename else None
        self.manifest = manifest
        self.container = header
        self.header = header.fields
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

    def unload(self) -> None:
        """Drop the parsed records and close the payload file, keeping the package (its decrypted copy) to be
        loaded again: headquarters imports a package again if a later package of its commit group fails."""
        if self._payload is not None:
            self._records = self._tombstones = None
        self.release()

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
    def signature(self) -> Signature | None:
        """Who signed the package (checked against its header and content), or None: an unsigned old package."""
        return self.container.signature

    @property
    def sequence(self) -> int | None:
        """The branch's number for this package (1, 2, 3…), or None in an old package."""
        return self.manifest.get("sequence")

    @property
    def previous(self) -> tuple[int, str] | None:
        """(sequence, package id) of the branch's export before this one, or None."""
        p = self.manifest.get("previous")
        return (p["sequence"], p["package_id"]) if p else None

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
            fingerprint=self.signature.fingerprint if self.signature else None, sequence=self.sequence,
            previous_sequence=self.previous[0] if self.previous else None,
            attachments=len(self.attachments),
            documents=[e["name"][len(fmt.DOCUMENTS_DIR):] for e in self.documents], size=self.file_size,
        )

    def extract(self, name: str, dest: Path, *, sync: bool = True) -> Path:
        """Copy one verified entry to ``dest`` (temp name + rename), checking its hash again on the way.

        ``sync=False`` leaves the fsync to the caller (many files are synced faster together, see
        ``services.attachments.sync_files``) — the caller must sync them before relying on them."""
        entry = self._entries[name]
        dest.parent.mkdir(parents=True, exist_ok=True)

        def write(tmp: Path) -> None:
            digest = hashlib.sha256()
            with self._zf.open(name) as src, open(tmp, "wb") as out:
                while chunk := src.read(1024 * 1024):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != entry["sha256"]:
                raise PackageError(DAMAGED)

        return fileio.write_atomic(dest, write, sync=sync)

    def read(self, name: str) -> bytes:
        return read_capped(self._zf, self._zf.getinfo(name), self._entries[name]["size"])

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
    version = manifest["format_version"]
    for table in manifest["tables"]:
        info = zf.getinfo(fmt.records_entry(table))
        rows = _check_rows(table, _loads(read_capped(zf, info, fmt.MAX_RECORDS_ENTRY_BYTES)), version)
        if manifest["counts"].get(table) != len(rows):
            raise PackageError(DAMAGED)
        records[table] = rows
    tombstones = _check_tombstones(_loads(read_capped(zf, zf.getinfo(fmt.TOMBSTONES), fmt.MAX_RECORDS_ENTRY_BYTES)))
    if "tombstones" in manifest and manifest["tombstones"] != len(tombstones):
        raise PackageError(DAMAGED)
    return records, tombstones


def _check_payload(zf: zipfile.ZipFile, header: Header, progress: Progress,
                   seen: dict[str, tuple[str, bytes]] | None = None) -> dict[str, Any]:
    """Every check of a payload ZIP and its manifest; returns the manifest. Each entry is inflated and hashed, or,
    with ``seen`` (the writer checking what it has just written), its SHA-256 and first bytes are those the writer
    computed from the very bytes it put into the ZIP."""
    infos = check_zip(zf)
    if fmt.MANIFEST not in infos:
        raise PackageError(DAMAGED)
    manifest = _check_manifest(read_capped(zf, infos[fmt.MANIFEST], fmt.MAX_MANIFEST_BYTES), header)
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
        if seen is None:
            digest, head = hash_entry(zf, info, entry["size"])
        else:  # the writer's own check: the SHA-256 and first bytes it computed while writing the entry
            digest, head = seen.get(name, ("", b""))
        if digest != entry["sha256"]:
            raise PackageError(f"数据包中的文件“{shown(name)}”与清单中的校验值不符：数据包已损坏或被改动过，不能使用。")
        stem = name.rsplit("/", 1)[-1].split(".", 1)[0].lower()
        if name.startswith(fmt.ATTACHMENTS_DIR) and fmt.is_sha256_hex(stem) and stem != digest:
            raise PackageError(f"数据包中的附件“{shown(name)}”内容与其文件名（校验值）不符：数据包被改动过，已拒绝。")
        if name.startswith(fmt.ATTACHMENTS_DIR) and manifest["format_version"] >= 2:
            check_attachment_layout(name, digest)
        suffix = fmt.allowed_suffix(name) if name.startswith((fmt.ATTACHMENTS_DIR, fmt.DOCUMENTS_DIR)) else None
        if suffix is not None and not fmt.content_matches(suffix, head):
            raise PackageError(f"数据包中的文件“{shown(name)}”的内容不是它的名字所说的文件类型（{suffix}），"
                               "可能是伪装的程序或恶意文件，已拒绝，没有导入任何内容。")
    for table in manifest["tables"]:
        if fmt.records_entry(table) not in infos:
            raise PackageError(DAMAGED)
    if set(n for n in listed if n.startswith(fmt.RECORDS_DIR)) != {fmt.records_entry(t)
                                                                  for t in manifest["tables"]}:
        raise PackageError(DAMAGED)
    if fmt.TOMBSTONES not in infos:
        raise PackageError(DAMAGED)
    for e in manifest["entries"]:
        if e["name"].startswith(fmt.ATTACHMENTS_DIR) or e["name"].startswith(fmt.DOCUMENTS_DIR):
            continue
        if e["name"] not in (fmt.TOMBSTONES,) and not e["name"].startswith(fmt.RECORDS_DIR):
            raise PackageError(DAMAGED)
    return manifest


@dataclass(frozen=True)
class Written:
    """What the writer knows of a package it has just written (``open_package(..., written=)``): its payload ZIP
    (still in the writer's work folder), that file's SHA-256, and each entry's SHA-256 and first bytes as computed
    from the very bytes put into the ZIP."""

    payload: Path
    sha256: str
    seen: dict[str, tuple[str, bytes]]


class _HashSink:
    """Where the payload read back from the target goes when the writer checks it: not kept; hashed unless the
    header names the payload's SHA-256 (then reading it back compared the bytes with that already)."""

    def __init__(self, hashed: bool) -> None:
        self.digest = hashlib.sha256() if hashed else None

    def write(self, data: bytes) -> int:
        if self.digest is not None:
            self.digest.update(data)
        return len(data)


def open_package(path: Path | str, password: str | None = None, *, work_dir: Path | None = None,
                 progress: Progress = _no_progress, parse_records: bool = True,
                 written: Written | None = None) -> OpenedPackage:
    """Verify ``path`` completely and return it opened. Raises ``PackageError`` with the reason otherwise.

    With ``parse_records=False`` the records are parsed on first use (``OpenedPackage.load``): every entry is
    still hashed and compared with the manifest here, but the parsed rows are not held in memory yet.

    ``written``: the writer's check of the package it has just written to ``path``. The whole file is read back
    and decrypted (or its payload hash checked) as for any package, the payload's bytes must have the SHA-256 of
    the payload the writer built, and that payload gets every check of the ZIP and its manifest, with each
    entry's SHA-256 (and first bytes) taken from the writer, which computed them from the bytes it put into the
    ZIP, instead of inflating and hashing every entry again."""
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
            payload = work / "payload.zip" if written is None else written.payload
            with contextlib.ExitStack() as stack:
                fh = stack.enter_context(open(path, "rb"))
                if written is None:  # decrypted personal data: this user only
                    fd = os.open(payload, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
                    out: Any = stack.enter_context(os.fdopen(fd, "wb"))
                header = container.read_header(fh, file_size)
                if written is not None:  # copy_plain_payload, and decrypt_payload when signed, check that hash
                    out = _HashSink(not fmt.is_sha256_hex(header.fields.get("payload_sha256")) or (
                        header.fields.get("encryption") != fmt.ENCRYPTION_NONE and header.signature is None))
                body = file_size - fh.tell()
                enc = header.fields.get("encryption")
                if enc == fmt.ENCRYPTION_AES_GCM:
                    container.decrypt_payload(fh, header, password, body, out, lambda f, t: progress(0.6 * f, t))
                elif enc == fmt.ENCRYPTION_NONE:
                    container.copy_plain_payload(fh, header, body, out, lambda f, t: progress(0.6 * f, t))
                else:
                    raise PackageError(DAMAGED)
            if written is not None and (out.digest.hexdigest() if out.digest is not None
                                        else header.fields["payload_sha256"]) != written.sha256:
                raise PackageError(DAMAGED)
            zf = zipfile.ZipFile(payload)
            manifest = _check_payload(zf, header, progress, written.seen if written is not None else None)
            records = tombstones = None
            if parse_records:
                records, tombstones = _parse_records(zf, manifest)
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
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError(DAMAGED) from exc
    if _SURROGATE_ESCAPE.search(raw) and _has_surrogates(data):
        raise PackageError(SURROGATES)
    return data


def verify(path: Path | str, password: str | None = None, *, work_dir: Path | None = None) -> PackageSummary:
    """Check the package completely; return what it holds."""
    with open_package(path, password, work_dir=work_dir) as pkg:
        return pkg.summary()


def peek_header(path: Path | str) -> dict[str, Any]:
    """The container header only (is it encrypted? signed?), without the password; the signature is checked."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            return container.read_header(fh, path.stat().st_size).fields
    except OSError as exc:
        raise PackageError(f"无法读取数据包文件“{path}”（{exc.strerror or exc}）。") from exc
