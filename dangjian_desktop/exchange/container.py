"""Reading the outer framing of a package: magic, header, signature (container version 2), and the payload, decrypted
or copied, into a private file. Nothing is trusted: every length is bounded before it is read and any problem
raises ``PackageError`` with a Chinese reason. The ZIP inside is checked by ``reader.py``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any, BinaryIO

from dangjian_desktop.domain.exchange import PackageError, PasswordRequiredError, WrongPasswordError
from dangjian_desktop.exchange import crypto
from dangjian_desktop.exchange import format as fmt

Progress = Callable[[float, str], None]

DAMAGED = "数据包已损坏或被改动过（校验未通过），不能使用。请让党支部重新导出，或重新复制一次。"
TRUNCATED = "数据包文件不完整（可能复制时中断，或U盘被提前拔出），不能使用。请重新复制或重新导出。"
NOT_A_PACKAGE = "这不是党支部工作台账的数据包文件（.djpkg），或文件已严重损坏。"
BAD_SIGNATURE = ("数据包的签名不正确：文件在党支部导出以后被改动过，或者不是用党支部的签名密钥导出的。"
                 "为防止冒名或篡改，已拒绝，没有导入任何内容。")


def size_text(n: int) -> str:
    if n >= 1024 * 1024 * 1024:
        return f"{n / 1024 ** 3:.1f} GB"
    return f"{n / 1024 / 1024:.1f} MB"


def b64_field(mapping: dict[str, Any], key: str, length: int) -> bytes:
    try:
        return crypto.b64_field(mapping, key, length)
    except crypto.BadField as exc:
        raise PackageError(DAMAGED) from exc


def int_field(mapping: dict[str, Any], key: str, lo: int, hi: int) -> int:
    try:
        return crypto.int_field(mapping, key, lo, hi)
    except crypto.BadField as exc:
        raise PackageError(DAMAGED) from exc


def version_message(version: object) -> str:
    shown = version if isinstance(version, int | str) and len(str(version)) < 20 else "未知"
    supported = "、".join(str(v) for v in sorted(fmt.SUPPORTED_FORMAT_VERSIONS))
    return (f"数据包的格式版本为 {shown}，本程序只认识格式版本 {supported}。"
            "这个数据包可能由更新版本的程序导出，请升级程序后再导入。")


@dataclass(frozen=True)
class Signature:
    """A container's signature, already checked against its header: who signed (the raw Ed25519 public key)."""

    public_key: bytes

    @property
    def fingerprint(self) -> str:
        from dangjian_desktop.exchange.identity import fingerprint

        return fingerprint(self.public_key)


@dataclass(frozen=True)
class Header:
    fields: dict[str, Any]
    raw: bytes  # exactly as stored: the associated data of every encrypted chunk, and what the signature covers
    signature: Signature | None  # None: an unsigned container (version 1)

    @property
    def version(self) -> int:
        return int(self.fields["container_version"])


def _check_signature(header: dict[str, Any], header_bytes: bytes, block_bytes: bytes) -> Signature:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if header.get("signature") != fmt.SIGNATURE_ALGORITHM or not fmt.is_sha256_hex(header.get("payload_sha256")):
        raise PackageError(DAMAGED)
    try:
        block = json.loads(block_bytes.decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError(DAMAGED) from exc
    if not isinstance(block, dict) or block.get("algorithm") != fmt.SIGNATURE_ALGORITHM:
        raise PackageError(DAMAGED)
    public = b64_field(block, "public_key", fmt.PUBLIC_KEY_BYTES)
    signature = b64_field(block, "signature", fmt.SIGNATURE_BYTES)
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, fmt.SIGNATURE_CONTEXT + header_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise PackageError(BAD_SIGNATURE) from exc
    return Signature(public)


def load_versioned(raw: bytes, version_key: str, supported: Collection[int], not_ours: str) -> tuple[dict[str, Any], int]:
    """The JSON object in ``raw`` (a container header or a manifest) and its ``version_key``, checked in this order:
    not JSON -> DAMAGED; not an object with our ``format`` -> ``not_ours``; a version not in ``supported`` -> which
    versions this program reads."""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError(DAMAGED) from exc
    if not isinstance(obj, dict) or obj.get("format") != fmt.FORMAT_NAME:
        raise PackageError(not_ours)
    version = obj.get(version_key)
    if version not in supported or isinstance(version, bool):
        raise PackageError(version_message(version))
    return obj, version


def _read_block(fh: BinaryIO, length_bytes: int, max_bytes: int) -> bytes:
    """A block behind its big-endian length: a short read is TRUNCATED, a length of 0 or over ``max_bytes`` DAMAGED."""
    try:
        return crypto.read_block(fh, length_bytes, max_bytes)
    except crypto.BlockTruncated:
        raise PackageError(TRUNCATED) from None
    except crypto.BadField as exc:
        raise PackageError(DAMAGED) from exc


def read_header(fh: BinaryIO, file_size: int) -> Header:
    """Magic, header and (version 2) signature, checked; the file is left at the start of the payload."""
    magic = fh.read(len(fmt.MAGIC))
    if magic != fmt.MAGIC:
        if len(magic) < len(fmt.MAGIC) and fmt.MAGIC.startswith(magic) and magic:
            raise PackageError(TRUNCATED)
        raise PackageError(NOT_A_PACKAGE)
    header_bytes = _read_block(fh, fmt.HEADER_LENGTH_BYTES, fmt.MAX_HEADER_BYTES)
    header, version = load_versioned(header_bytes, "container_version", fmt.SUPPORTED_CONTAINER_VERSIONS,
                                     NOT_A_PACKAGE)
    int_field(header, "payload_size", 0, fmt.MAX_PACKAGE_BYTES)
    signature = None
    if version >= fmt.SIGNED_CONTAINER_VERSION:
        block = _read_block(fh, fmt.SIGNATURE_LENGTH_BYTES, fmt.MAX_SIGNATURE_BYTES)
        signature = _check_signature(header, header_bytes, block)
    elif "signature" in header:
        raise PackageError(DAMAGED)
    return Header(header, header_bytes, signature)


def decrypt_payload(fh: BinaryIO, header: Header, password: str | None, body_size: int, out: BinaryIO,
                    progress: Progress) -> None:
    from dangjian_desktop.exchange.writer import encrypted_size

    fields = header.fields
    try:
        key_fields = crypto.key_fields(fields)
    except crypto.BadField as exc:
        raise PackageError(DAMAGED) from exc
    chunk_size = key_fields.chunk_size
    expected = encrypted_size(fields["payload_size"], chunk_size)
    if body_size < expected:
        raise PackageError(TRUNCATED)
    if body_size > expected:
        raise PackageError(DAMAGED)
    if password is None:
        raise PasswordRequiredError("这个数据包已加密，请输入导出时设置的密码。")
    key = crypto.derive_key(password, key_fields.kdf)
    if not crypto.key_matches(key, key_fields.prefix, key_fields.check):
        raise WrongPasswordError("密码不正确，无法打开数据包。请核对导出时设置的密码（注意大小写和全角/半角）。")
    opener = crypto.ChunkOpener(key, key_fields.prefix, header.raw)
    # a signed header names the payload's hash: the decrypted bytes must be those the branch signed
    digest = hashlib.sha256() if header.signature is not None else None
    try:
        for plain, remaining in crypto.open_sealed(fh, opener, expected, chunk_size):
            if digest is not None:
                digest.update(plain)
            out.write(plain)
            progress(1 - remaining / max(1, expected), "正在解密…")
    except crypto.SealedTruncated:
        raise PackageError(TRUNCATED) from None
    except crypto.SealedDamaged as exc:
        raise PackageError(DAMAGED) from exc.__cause__
    if digest is not None and digest.hexdigest() != fields["payload_sha256"]:
        raise PackageError(BAD_SIGNATURE)


def copy_plain_payload(fh: BinaryIO, header: Header, body_size: int, out: BinaryIO, progress: Progress) -> None:
    payload_size = header.fields["payload_size"]
    digest_hex = header.fields.get("payload_sha256")
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
    if digest.hexdigest() != digest_hex:  # a changed bit, or bytes swapped by someone who could not re-sign
        raise PackageError(DAMAGED)
