"""The encrypted USB backup (``.djbak``): the backup zip sealed with the data package's scheme (exchange/crypto.py:
scrypt for the key, AES-256-GCM chunks in the STREAM construction, a key-check tag that tells a wrong password from
a damaged file). Only the framing is here; no cipher, MAC or KDF of its own.

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON) | sealed chunks

The header (the associated data of every chunk, so it cannot be altered) holds the KDF parameters, nonce prefix,
chunk size and key check, and what may be shown before the password is typed: the date, app and schema version.
No name, ID number or phone number is readable without the password.

The zip is streamed into the sealer as it is written (no plaintext copy on the stick or in a temp folder); each
chunk but the last is sealed only once more bytes follow it, so the last-chunk flag is always right and a file cut
at a chunk boundary fails authentication.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from dangjian_desktop.services.backup_archive import BackupError, BackupPasswordRequired, WrongBackupPassword

if TYPE_CHECKING:
    from dangjian_desktop.exchange.crypto import KeyFields

MAGIC = b"DJBAK\r\n\x1a"
CONTAINER = "dangjian-backup-encrypted"
CONTAINER_VERSION = 1
EXTENSION = ".djbak"
MAX_HEADER_BYTES = 16 * 1024
DAMAGED = "加密备份文件已损坏或被改动过（校验未通过），不能使用。"
TRUNCATED = "加密备份文件不完整（可能复制时中断，或U盘被提前拔出），不能使用。"


def _fmt():  # noqa: ANN202 - the package format's constants (KDF limits, chunk sizes): one scheme for both
    from dangjian_desktop.exchange import format as fmt

    return fmt


def is_encrypted_backup(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


class SealingWriter:
    """A write-only file object: what is written is sealed chunk by chunk into ``out``. ``close()`` seals the
    last chunk. ``plain_sha256`` is the digest of everything written (compared with the read-back)."""

    def __init__(self, out: BinaryIO, password: str, shown: dict[str, Any], kdf: dict[str, Any] | None = None):
        from dangjian_desktop.exchange import crypto

        fmt = _fmt()
        params = dict(kdf) if kdf else crypto.new_kdf_params()
        self.key = crypto.derive_key(password, params)
        self.prefix = secrets.token_bytes(fmt.NONCE_PREFIX_BYTES)
        self.chunk_size = fmt.CHUNK_SIZE
        header = {"format": CONTAINER, "container_version": CONTAINER_VERSION, "encryption": fmt.ENCRYPTION_AES_GCM,
                  "kdf": {"name": fmt.KDF_NAME, "salt": _b64(params["salt"]), "n": params["n"], "r": params["r"],
                          "p": params["p"]},
                  "nonce_prefix": _b64(self.prefix), "chunk_size": self.chunk_size,
                  "key_check": _b64(crypto.key_check_tag(self.key, self.prefix)), **shown}
        self.header_bytes = json.dumps(header, ensure_ascii=False).encode("utf-8")
        out.write(MAGIC + len(self.header_bytes).to_bytes(4, "big") + self.header_bytes)
        self._out = out
        self._sealer = crypto.ChunkSealer(self.key, self.prefix, self.header_bytes)
        self._buf = bytearray()
        self._written = 0
        self._digest = hashlib.sha256()
        self.closed = False

    # the file-object protocol zipfile needs for an unseekable output
    def write(self, data: bytes) -> int:
        self._buf += data
        self._digest.update(data)
        self._written += len(data)
        while len(self._buf) > self.chunk_size:  # more follows: this chunk is not the last
            self._out.write(self._sealer.seal(bytes(self._buf[:self.chunk_size]), last=False))
            del self._buf[:self.chunk_size]
        return len(data)

    def tell(self) -> int:
        return self._written

    def seekable(self) -> bool:
        return False

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        if not self.closed:
            self._out.write(self._sealer.seal(bytes(self._buf), last=True))
            self._buf.clear()
            self._out.flush()
            self.closed = True

    @property
    def plain_sha256(self) -> str:
        return self._digest.hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def read_header(fh: BinaryIO) -> tuple[dict[str, Any], bytes]:
    if fh.read(len(MAGIC)) != MAGIC:
        raise BackupError("这个文件不是本程序的加密备份。")
    from dangjian_desktop.exchange import crypto

    try:
        header_bytes = crypto.read_block(fh, 4, MAX_HEADER_BYTES)
    except crypto.BlockTruncated:
        raise BackupError(TRUNCATED) from None
    except crypto.BadField as exc:
        raise BackupError(DAMAGED) from exc
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BackupError(DAMAGED) from exc
    if not isinstance(header, dict) or header.get("format") != CONTAINER:
        raise BackupError("这个文件不是本程序的加密备份。")
    if header.get("container_version") != CONTAINER_VERSION:
        raise BackupError("这个加密备份由更新版本的程序创建，请先安装最新版本。")
    return header, header_bytes


def shown_fields(path: Path) -> dict[str, Any]:
    """What the header shows without the password: created_at (datetime), app_version, schema_version."""
    with open(path, "rb") as fh:
        header, _ = read_header(fh)
    from dangjian_desktop.exchange import crypto

    try:
        created = dt.datetime.fromisoformat(header.get("created_at"))  # type: ignore[arg-type]
        schema_version = crypto.int_field(header, "schema_version", 0, 10_000)
    except (TypeError, ValueError) as exc:  # crypto.BadField is a ValueError
        raise BackupError(DAMAGED) from exc
    app = header.get("app_version", "")
    return {"created_at": created.replace(tzinfo=None), "app_version": app if isinstance(app, str) else "",
            "schema_version": schema_version}


def _key_fields(header: dict[str, Any]) -> KeyFields:
    """The header's scrypt parameters, nonce prefix, key check and chunk size, checked."""
    from dangjian_desktop.exchange import crypto

    if header.get("encryption") != _fmt().ENCRYPTION_AES_GCM:
        raise BackupError(DAMAGED)
    try:
        return crypto.key_fields(header)
    except crypto.BadField as exc:
        raise BackupError(DAMAGED) from exc


def _key(header: dict[str, Any], password: str | None) -> tuple[bytes, bytes, int]:
    from dangjian_desktop.exchange import crypto

    fields = _key_fields(header)
    if password is None or password == "":
        raise BackupPasswordRequired("这个备份已加密，请输入备份时设置的密码。")
    key = crypto.derive_key(password, fields.kdf)
    if not crypto.key_matches(key, fields.prefix, fields.check):
        raise WrongBackupPassword("密码不正确，无法打开这个备份。请核对备份时设置的密码（注意大小写和全角/半角）。")
    return key, fields.prefix, fields.chunk_size


def decrypt(path: Path, password: str | None, out: BinaryIO, key: bytes | None = None) -> str:
    """Open every chunk of the encrypted backup ``path`` into ``out``; returns the SHA-256 of the plaintext.
    BackupError for a wrong password, a damaged or truncated file (whatever was written to ``out`` then is the
    caller's to remove)."""
    from dangjian_desktop.exchange import crypto

    fmt = _fmt()
    size = path.stat().st_size
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        header, header_bytes = read_header(fh)
        if key is None:
            derived, prefix, chunk_size = _key(header, password)
        else:
            fields = _key_fields(header)
            derived, prefix, chunk_size = key, fields.prefix, fields.chunk_size
        opener = crypto.ChunkOpener(derived, prefix, header_bytes)
        remaining = size - fh.tell()
        if remaining < fmt.TAG_BYTES:
            raise BackupError(TRUNCATED)
        try:
            for plain, _ in crypto.open_sealed(fh, opener, remaining, chunk_size):
                digest.update(plain)
                out.write(plain)
        except crypto.SealedTruncated:
            raise BackupError(TRUNCATED) from None
        except crypto.SealedDamaged as exc:
            raise BackupError(DAMAGED) from exc.__cause__
    return digest.hexdigest()


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def read_back(path: Path, key: bytes) -> str:
    """Authenticate every chunk of a just-written file with its key; returns the plaintext's SHA-256."""
    return decrypt(path, None, _Discard(), key=key)  # type: ignore[arg-type]
