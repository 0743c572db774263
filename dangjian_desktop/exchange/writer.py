"""Writing a package: the ZIP payload in a private work folder, then the container to a temporary name next to the
target, flushed and fsynced, read back and verified entry by entry, and only then renamed into place.

Any failure (full stick, read-only stick, stick pulled out, read-back mismatch) raises ``ExportWriteError`` with a
Chinese message, and no half file is left behind under the final name or the temporary one.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import errno
import functools
import hashlib
import json
import os
import queue
import secrets
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.exchange import ExportWriteError, PackageError
from dangjian_desktop.exchange import crypto
from dangjian_desktop.fileio import sha256_file
from dangjian_desktop.exchange import format as fmt

Progress = Callable[[float, str], None]

# zlib level of the records' JSON (and the manifest): levels 1-3 run deflate's fast matcher, 4-9 the lazy one.
# The bench's 48.6 MB of JSON: level 3 0.17 s CPU, 5.57 MB; level 6 (zlib's default) 0.38 s, 4.42 MB: the
# package grows by 3 % (36.9 -> 38.0 MB) and compressing, which was the longest part of writing it, halves.
# Any level is the same deflate stream format for every reader.
JSON_LEVEL = 3


def _no_progress(_fraction: float, _text: str) -> None:
    pass


@dataclass
class PackageContent:
    """Everything that goes into one package. ``manifest`` holds the descriptive fields (branch, kind, since...);
    the writer adds format versions, counts and the entry list."""

    manifest: dict[str, Any]
    # table -> rows, tables in dependency order; or the rows' JSON array already made (an object with ``text``,
    # the array's JSON text in UTF-8, and ``count``: storage.repos.records_dump.RowsJson)
    records: dict[str, Any]
    tombstones: list[dict[str, Any]] = field(default_factory=list)
    # (path under attachments/, source file); or a function giving them, called once the records are serialised
    # with the tables whose JSON holds the text "sha256" (only those can refer to a file inside a JSON value); it
    # may still change ``manifest`` (read after it)
    attachments: list[tuple[str, Path]] | Callable[[set[str]], list[tuple[str, Path]]] = field(default_factory=list)
    # (file name, source PDF); or a function giving them, called once when the writer comes to them, after the
    # records and attachments (services/exchange_docs.py: made in a worker process meanwhile)
    documents: list[tuple[str, Path]] | Callable[[], list[tuple[str, Path]]] = field(default_factory=list)


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode("utf-8")


def _zip_time(when: dt.datetime) -> tuple[int, int, int, int, int, int]:
    when = max(when, dt.datetime(1980, 1, 1))
    return (when.year, when.month, when.day, when.hour, when.minute, when.second)


class _ZipThread:
    """The payload ZIP's entries written in order on a thread of their own, while this thread serialises the
    next table: compressing, the CRC, SHA-256 and file reads and writes release the GIL, so on two cores they
    run beside the JSON encoding. Only the thread touches the ZIP until :meth:`join`; its error is raised here."""

    def __init__(self) -> None:
        self._queue: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=4)
        self._error: BaseException | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="package-zip", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            if self._error is None and not self._stopped:
                try:
                    job()
                except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
                    self._error = exc

    def put(self, job: Callable[[], None]) -> None:
        self._raise()
        self._queue.put(job)

    def join(self) -> None:
        """Wait until every entry is written; raises the thread's error, if any."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()
        self._raise()

    def stop(self) -> None:
        """After a failure here: the entries not yet written are dropped, the thread ends."""
        self._stopped = True
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            self._stopped = True
            raise error


def build_payload(content: PackageContent, out: Path, progress: Progress = _no_progress,
                  seen: dict[str, tuple[str, bytes]] | None = None) -> dict[str, Any]:
    """Write the ZIP payload to ``out``; returns the manifest written into it. ``seen`` gets each entry's SHA-256
    and first bytes (``reader.Written``), computed from the bytes put into the ZIP."""
    created = dt.datetime.fromisoformat(content.manifest["created_at"])
    stamp = _zip_time(created)
    entries: list[dict[str, Any]] = []
    if seen is None:
        seen = {}

    def add_bytes(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
        info = zipfile.ZipInfo(name, stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, data, compresslevel=JSON_LEVEL)
        digest = hashlib.sha256(data).hexdigest()
        entries.append({"name": name, "size": len(data), "sha256": digest})
        seen[name] = (digest, data[:fmt.SNIFF_BYTES])

    def add_file(zf: zipfile.ZipFile, name: str, source: Path) -> None:
        info = zipfile.ZipInfo(name, stamp)
        info.compress_type = zipfile.ZIP_STORED  # PDFs and photos are compressed already
        info.external_attr = 0o644 << 16
        digest = hashlib.sha256()
        size = 0
        head = b""
        with open(source, "rb") as src, zf.open(info, "w", force_zip64=source.stat().st_size > 2**31) as dst:
            while chunk := src.read(1024 * 1024):
                if not size:
                    head = chunk[:fmt.SNIFF_BYTES]
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
        entries.append({"name": name, "size": size, "sha256": digest.hexdigest()})
        seen[name] = (digest.hexdigest(), head)

    with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
        writing = _ZipThread()
        try:
            progress(0.02, "正在整理记录…")
            json_tables: set[str] = set()
            for table, rows in content.records.items():
                if isinstance(rows, list):
                    data = _json_bytes({"table": table, "rows": rows})
                else:  # the same bytes as _json_bytes gives for the parsed rows
                    data = b"".join((b'{"table":', json.dumps(table, ensure_ascii=False).encode(), b',"rows":',
                                     rows.text, b"}"))
                if b"sha256" in data:
                    json_tables.add(table)
                writing.put(functools.partial(add_bytes, zf, fmt.records_entry(table), data))
            writing.put(functools.partial(add_bytes, zf, fmt.TOMBSTONES,
                                          _json_bytes({"tombstones": content.tombstones})))
            attachments = content.attachments(json_tables) if callable(content.attachments) else content.attachments
            files = [(fmt.ATTACHMENTS_DIR + n, p) for n, p in attachments]
            for i, (name, source) in enumerate(files):
                progress(0.05 + 0.3 * i / max(1, len(files)), f"正在打包 {name.rsplit('/', 1)[-1]}…")
                writing.put(functools.partial(add_file, zf, name, source))
            documents = content.documents() if callable(content.documents) else content.documents
            for i, (name, source) in enumerate(documents):
                progress(0.35 + 0.05 * i / max(1, len(documents)), f"正在打包 {name}…")
                writing.put(functools.partial(add_file, zf, fmt.DOCUMENTS_DIR + name, source))
            writing.join()
        finally:
            writing.stop()
        manifest = dict(content.manifest)
        manifest.update({
            "format": fmt.FORMAT_NAME,
            "format_version": manifest.get("format_version", fmt.FORMAT_VERSION),
            "tables": list(content.records),
            "counts": {t: len(rows) if isinstance(rows, list) else rows.count for t, rows in content.records.items()},
            "tombstones": len(content.tombstones),
            "entries": entries,
        })
        data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        if len(data) > fmt.MAX_MANIFEST_BYTES:
            raise DomainError("数据包清单过大（附件过多），请分批导出。")
        info = zipfile.ZipInfo(fmt.MANIFEST, stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, data, compresslevel=JSON_LEVEL)
    return manifest


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


_LATER = "0" * 64  # the payload's SHA-256 in a header written before the payload, until it is known


def write_container(payload: Path, out: BinaryIO, password: str | None, *, kdf: dict[str, Any] | None = None,
                    chunk_size: int = fmt.CHUNK_SIZE, progress: Progress = _no_progress,
                    signer: Any = None, payload_sha256: str | None = None) -> str | None:
    """Frame (and, with a password, encrypt) the payload ZIP into ``out``; returns the payload's SHA-256 when the
    header holds it.

    With a ``signer`` (``identity.SigningKey``) the container is version 2: the header always holds the payload's
    SHA-256 and is followed by the signature block. Without one it is version 1, unsigned (what older apps wrote;
    kept for tests of how such packages are treated). ``payload_sha256``: the payload's, if known already.

    Not encrypted, into a file it can seek in, and the hash not known: the payload is hashed while it is copied
    (one read of it instead of two) and the header and signature block, whose lengths do not depend on the hash,
    are written again over the first ones (zeros where the signature goes) once it is known: the same bytes as
    when the hash is known first."""
    size = payload.stat().st_size
    version = fmt.SIGNED_CONTAINER_VERSION if signer is not None else 1
    header: dict[str, Any] = {"format": fmt.FORMAT_NAME, "container_version": version, "payload_size": size}
    key = prefix = None
    hash_while_copying = password is None and payload_sha256 is None and _seekable(out)
    if password is None or signer is not None:
        header["payload_sha256"] = _LATER if hash_while_copying else (payload_sha256 or sha256_file(payload))
    if password is None:
        header["encryption"] = fmt.ENCRYPTION_NONE
    else:
        params = dict(kdf) if kdf else crypto.new_kdf_params()
        key = crypto.derive_key(password, params)
        prefix = secrets.token_bytes(fmt.NONCE_PREFIX_BYTES)
        header.update({
            "encryption": fmt.ENCRYPTION_AES_GCM,
            "kdf": {"name": fmt.KDF_NAME, "salt": _b64(params["salt"]), "n": params["n"], "r": params["r"],
                    "p": params["p"]},
            "nonce_prefix": _b64(prefix),
            "chunk_size": chunk_size,
            "key_check": _b64(crypto.key_check_tag(key, prefix)),
        })
    if signer is not None:
        header["signature"] = fmt.SIGNATURE_ALGORITHM
    header_bytes = json.dumps(header, ensure_ascii=True, sort_keys=True).encode("ascii")
    start = out.tell() if hash_while_copying else 0
    out.write(fmt.MAGIC)
    out.write(len(header_bytes).to_bytes(fmt.HEADER_LENGTH_BYTES, "big"))
    out.write(header_bytes)
    if signer is not None:
        block = signer.sign(header_bytes)
        out.write(len(block).to_bytes(fmt.SIGNATURE_LENGTH_BYTES, "big"))
        out.write(bytes(len(block)) if hash_while_copying else block)
    done = 0
    digest = hashlib.sha256() if hash_while_copying else None
    with open(payload, "rb") as fh:
        if key is None:
            while chunk := fh.read(1024 * 1024):
                out.write(chunk)
                if digest is not None:
                    digest.update(chunk)
                done += len(chunk)
                progress(done / max(1, size), "正在写入…")
            if digest is None:
                return header.get("payload_sha256")
            header["payload_sha256"] = digest.hexdigest()
            final = json.dumps(header, ensure_ascii=True, sort_keys=True).encode("ascii")
            end = out.tell()
            out.seek(start + len(fmt.MAGIC) + fmt.HEADER_LENGTH_BYTES)
            if len(final) != len(header_bytes):  # not expected: a hash of another length
                raise ExportWriteError("写入数据包时出错（文件头长度不符）。没有留下不完整的文件。")
            out.write(final)
            if signer is not None:
                signed = signer.sign(final)
                if len(signed) != len(block):
                    raise ExportWriteError("写入数据包时出错（签名长度不符）。没有留下不完整的文件。")
                out.seek(fmt.SIGNATURE_LENGTH_BYTES, os.SEEK_CUR)
                out.write(signed)
            out.seek(end)
            return header["payload_sha256"]
        assert prefix is not None
        sealer = crypto.ChunkSealer(key, prefix, header_bytes)
        chunk = fh.read(chunk_size)
        while True:
            following = fh.read(chunk_size)
            last = not following
            out.write(sealer.seal(chunk, last))
            done += len(chunk)
            progress(done / max(1, size), "正在加密并写入…")
            if last:
                break
            chunk = following
    return header.get("payload_sha256")


def _seekable(out: BinaryIO) -> bool:
    try:
        return bool(out.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def encrypted_size(payload_size: int, chunk_size: int) -> int:
    chunks = max(1, -(-payload_size // chunk_size))
    return payload_size + chunks * fmt.TAG_BYTES


# -- writing to the target (a USB stick) ------------------------------------------------------------------------


class _Sync:
    """``os.fsync`` of an open file on a thread of its own (the call releases the GIL: the package is read back
    and checked meanwhile); :meth:`wait` raises its error."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fd = fh.fileno()
        self._error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="package-fsync", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            os.fsync(self._fd)
        except OSError as exc:
            self._error = exc

    def join(self) -> None:
        self._thread.join()

    def wait(self) -> None:
        self.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows: the rename is made durable by the file system; directories cannot be opened
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def write_error(exc: OSError, target: Path) -> ExportWriteError:
    """A clear Chinese message for a failed write to the target folder."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        text = f"“{target.parent}”空间不足，数据包没有写入。请换一个有足够空间的U盘，或删除U盘上不需要的文件后重试。"
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        text = (f"不能写入“{target.parent}”：这个位置是只读的或没有写入权限（U盘可能打开了写保护开关）。"
                "请换一个位置或U盘后重试。")
    elif code in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        text = f"写入“{target.parent}”时出错（{exc.strerror or exc}）：U盘可能已被拔出或已损坏。请重新插入U盘后重试。"
    else:
        text = f"写入“{target.parent}”时出错（{exc.strerror or exc}）。请换一个位置或U盘后重试。"
    return ExportWriteError(text + "没有留下不完整的文件。")


def write_package(target: Path, content: PackageContent, password: str | None, *, work_dir: Path | None = None,
                  kdf: dict[str, Any] | None = None, progress: Progress = _no_progress,
                  on_verified: Callable[[Any], None] | None = None, signer: Any = None) -> dict[str, Any]:
    """Write the package to ``target`` safely; returns its manifest. See the module docstring.

    ``on_verified(package)`` is called with the read-back package (a ``reader.OpenedPackage``: container and
    every entry's hash verified, records not parsed) before it is closed, e.g. for its summary: the caller need
    not open the package a second time."""
    with crypto.remembered_keys():  # the read-back check uses the key derived for writing: one scrypt, not two
        return _write_package(Path(target), content, password, work_dir=work_dir, kdf=kdf, progress=progress,
                              on_verified=on_verified, signer=signer)


def _write_package(target: Path, content: PackageContent, password: str | None, *, work_dir: Path | None,
                   kdf: dict[str, Any] | None, progress: Progress,
                   on_verified: Callable[[Any], None] | None, signer: Any) -> dict[str, Any]:
    from dangjian_desktop.exchange import reader

    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise ExportWriteError(f"找不到目标文件夹“{folder}”。U盘可能已被拔出，请重新插入后重试。")
    if work_dir is not None:
        work_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="djpkg-", dir=work_dir))
    tmp = folder / f".{target.name}.{secrets.token_hex(4)}.part"
    out: BinaryIO | None = None
    syncing: _Sync | None = None
    try:
        payload = work / "payload.zip"
        seen: dict[str, tuple[str, bytes]] = {}
        manifest = build_payload(content, payload, lambda f, t: progress(0.4 * f, t), seen)
        psize = payload.stat().st_size
        # encrypted: the header (the cipher's associated data) needs the payload's hash before the payload;
        # not encrypted: it is hashed while it is copied to the target
        payload_sha256 = sha256_file(payload) if password is not None else None
        need = psize + (encrypted_size(psize, fmt.CHUNK_SIZE) - psize if password is not None else 0) + 2 * 65536
        try:
            free = shutil.disk_usage(folder).free
        except OSError:
            free = None
        if free is not None and free < need:
            raise ExportWriteError(f"“{folder}”空间不足：数据包约需 {_mb(need)}，只剩 {_mb(free)}。"
                                   "请换一个U盘，或删除U盘上不需要的文件后重试。没有写入任何文件。")
        try:
            out = open(tmp, "xb")  # noqa: SIM115 - closed once synced (below), or in the finally
            payload_sha256 = write_container(payload, out, password, kdf=kdf, signer=signer,
                                             payload_sha256=payload_sha256,
                                             progress=lambda f, t: progress(0.4 + 0.35 * f, t),
                                             ) or payload_sha256
            out.flush()
        except OSError as exc:
            raise write_error(exc, target) from exc
        # synced to the stick on a thread of its own while it is read back and checked (the same bytes: what
        # was written, from the system's cache either way); both done before the sequence is kept and the
        # package renamed into place
        syncing = _Sync(out)
        progress(0.78, "正在读回核对…")
        # The read-back proves what headquarters needs: the whole file on the target is read back and decrypts
        # (or matches its signed payload hash) to exactly the bytes of the payload built here; that payload is a
        # sound ZIP whose manifest passes every check, and every entry's SHA-256 is the manifest's. The entries'
        # hashes (and first bytes) are those computed while each entry was written, from the very bytes put into
        # the ZIP, so the payload is not inflated and hashed entry by entry again, nor the records JSON parsed.
        # Packages from outside (verify, import) get the full check.
        written = reader.Written(payload, payload_sha256 or sha256_file(payload), seen)
        try:
            with reader.open_package(tmp, password, work_dir=work, parse_records=False, written=written,
                                     progress=lambda f, t: progress(0.78 + 0.2 * f, "正在读回核对…")) as check:
                if check.manifest.get("package_id") != manifest.get("package_id"):
                    raise PackageError("读回的数据包与写入的不一致")
                try:
                    syncing.wait()
                    out.close()
                except OSError as exc:
                    raise write_error(exc, target) from exc
                if on_verified is not None:
                    on_verified(check)
        except PackageError as exc:
            raise ExportWriteError(f"写入后读回核对未通过（{exc}）：U盘可能有坏块或已被拔出。"
                                   "请换一个U盘重试。没有留下不完整的文件。") from exc
        except OSError as exc:
            raise write_error(exc, target) from exc
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise write_error(exc, target) from exc
        _fsync_dir(folder)
        progress(1.0, "完成")
        return manifest
    finally:
        if syncing is not None:
            syncing.join()
        if out is not None and not out.closed:
            with contextlib.suppress(OSError):
                out.close()
        if tmp.exists():
            try:
                tmp.unlink()
            except OSError:
                pass
        shutil.rmtree(work, ignore_errors=True)
