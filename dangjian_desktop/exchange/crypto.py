"""Password encryption of the package payload with library primitives only (``cryptography``): scrypt for the key,
AES-256-GCM for every chunk. No home-made cipher, MAC or KDF.

Chunking follows the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015; also used by Tink's
streaming AEAD and age): nonce = 7-byte random prefix | 4-byte big-endian chunk counter | 1-byte last-chunk flag.
Reordered, dropped, duplicated or truncated chunks fail authentication; the header is the associated data of
every chunk, so an altered header fails too. A separate GCM tag over an empty message (flag byte 2, counter
0xFFFFFFFF, never used for a chunk) tells a wrong password apart from a damaged file.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from dangjian_desktop.exchange import format as fmt

LAST_FLAG = b"\x01"
MORE_FLAG = b"\x00"
CHECK_FLAG = b"\x02"
CHECK_COUNTER = 0xFFFFFFFF


def password_bytes(password: str) -> bytes:
    # NFC so the same characters typed with another input method give the same key
    return unicodedata.normalize("NFC", password).encode("utf-8")


def new_kdf_params() -> dict[str, Any]:
    return {"name": fmt.KDF_NAME, "salt": os.urandom(fmt.SALT_BYTES), **fmt.KDF_DEFAULT}


class BadField(ValueError):
    """A header field that is missing, of the wrong type, or out of its bounds (the caller says "damaged")."""


def b64_field(mapping: dict[str, Any], key: str, length: int) -> bytes:
    """``mapping[key]``: base64 text of exactly ``length`` bytes."""
    value = mapping.get(key)
    if not isinstance(value, str) or len(value) > 4 * length:
        raise BadField(key)
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BadField(key) from exc
    if len(raw) != length:
        raise BadField(key)
    return raw


def int_field(mapping: dict[str, Any], key: str, lo: int, hi: int) -> int:
    """``mapping[key]``: a whole number (not a bool) from ``lo`` to ``hi``."""
    value = mapping.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise BadField(key)
    return value


@dataclass(frozen=True)
class KeyFields:
    """What an encrypted header (a package's or a backup's) says about its key and chunks."""

    kdf: dict[str, Any]  # for derive_key
    prefix: bytes  # the nonce prefix
    check: bytes  # the key-check tag (key_matches)
    chunk_size: int


def key_fields(header: dict[str, Any]) -> KeyFields:
    """The scrypt parameters, nonce prefix, key check and chunk size of ``header``, each within the format's
    bounds: parameters that would make scrypt take more memory or work than the format allows are refused before
    any key is derived. :class:`BadField` for anything missing or out of bounds."""
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != fmt.KDF_NAME:
        raise BadField("kdf")
    params = {"name": fmt.KDF_NAME, "salt": b64_field(kdf, "salt", fmt.SALT_BYTES)}
    for k, (lo, hi) in fmt.KDF_LIMITS.items():
        params[k] = int_field(kdf, k, lo, hi)
    if (params["n"] & (params["n"] - 1) or 128 * params["n"] * params["r"] > fmt.KDF_MAX_MEMORY
            or params["n"] * params["r"] * params["p"] > fmt.KDF_MAX_WORK):
        raise BadField("kdf")
    return KeyFields(params, b64_field(header, "nonce_prefix", fmt.NONCE_PREFIX_BYTES),
                     b64_field(header, "key_check", fmt.TAG_BYTES),
                     int_field(header, "chunk_size", *fmt.CHUNK_SIZE_LIMITS))


_remembered: dict[tuple[bytes, bytes, int, int, int], bytes] = {}
_remembering = 0
_lock = threading.Lock()


@contextlib.contextmanager
def remembered_keys() -> Iterator[None]:
    """Inside this block a key derived once is not derived again for the same password, salt and parameters
    (writing a package and reading it back to check it: one scrypt instead of two). Forgotten on leaving."""
    global _remembering
    with _lock:
        _remembering += 1
    try:
        yield
    finally:
        with _lock:
            _remembering -= 1
            if not _remembering:
                _remembered.clear()


def derive_key(password: str, kdf: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = password_bytes(password)
    ident = (secret, bytes(kdf["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"]))
    with _lock:
        key = _remembered.get(ident) if _remembering else None
    if key is None:
        key = Scrypt(salt=kdf["salt"], length=fmt.KEY_BYTES, n=kdf["n"], r=kdf["r"], p=kdf["p"]).derive(secret)
        with _lock:
            if _remembering:
                _remembered[ident] = key
    return key


def nonce(prefix: bytes, counter: int, flag: bytes) -> bytes:
    if counter >= CHECK_COUNTER:
        raise ValueError("too many chunks")
    return prefix + counter.to_bytes(4, "big") + flag


def key_check_tag(key: bytes, prefix: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key).encrypt(prefix + CHECK_COUNTER.to_bytes(4, "big") + CHECK_FLAG, b"", fmt.KEY_CHECK_AAD)


def key_matches(key: bytes, prefix: bytes, tag: bytes) -> bool:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        AESGCM(key).decrypt(prefix + CHECK_COUNTER.to_bytes(4, "big") + CHECK_FLAG, tag, fmt.KEY_CHECK_AAD)
    except InvalidTag:
        return False
    return True


class _ChunkCipher:
    """AES-GCM over consecutive chunks: each chunk's nonce is the prefix, its number and whether it is the last."""

    def __init__(self, key: bytes, prefix: bytes, aad: bytes):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(key)
        self._prefix = prefix
        self._aad = aad
        self._counter = 0

    def _next(self, op: Callable[[bytes, bytes, bytes], bytes], data: bytes, last: bool) -> bytes:
        out = op(nonce(self._prefix, self._counter, LAST_FLAG if last else MORE_FLAG), data, self._aad)
        self._counter += 1  # only once the chunk went through: a refused one does not count
        return out


class ChunkSealer(_ChunkCipher):
    """Seals consecutive plaintext chunks; the caller says which one is last."""

    def seal(self, chunk: bytes, last: bool) -> bytes:
        return self._next(self._aead.encrypt, chunk, last)


class ChunkOpener(_ChunkCipher):
    """Opens consecutive sealed chunks; raises ``cryptography.exceptions.InvalidTag`` on any alteration."""

    def open(self, sealed: bytes, last: bool) -> bytes:
        return self._next(self._aead.decrypt, sealed, last)


class BlockTruncated(Exception):
    """The file ends before the block its length announces (or inside the length)."""


def read_block(fh: BinaryIO, length_bytes: int, max_bytes: int) -> bytes:
    """A block behind its big-endian length of ``length_bytes`` bytes (a package's header and signature, an
    encrypted backup's header): :class:`BlockTruncated` for a short read, :class:`BadField` for a length of 0 or
    over ``max_bytes`` (nothing that long is read)."""
    raw_len = fh.read(length_bytes)
    if len(raw_len) < length_bytes:
        raise BlockTruncated
    length = int.from_bytes(raw_len, "big")
    if not 0 < length <= max_bytes:
        raise BadField("length")
    block = fh.read(length)
    if len(block) < length:
        raise BlockTruncated
    return block


class SealedTruncated(Exception):
    """The file ends inside the sealed chunks."""


class SealedDamaged(Exception):
    """A sealed chunk does not open: altered, reordered, cut at a chunk boundary, or sealed with another key."""


def open_sealed(fh: BinaryIO, opener: ChunkOpener, size: int, chunk_size: int) -> Iterator[tuple[bytes, int]]:
    """Read the ``size`` sealed bytes that follow in ``fh`` (at least one chunk) and open them chunk by chunk:
    yields each chunk's plaintext with the sealed bytes still to read. The packages and the encrypted backups
    share this; each says :class:`SealedTruncated` and :class:`SealedDamaged` in its own words."""
    from cryptography.exceptions import InvalidTag

    remaining = size
    while True:
        take = min(chunk_size + fmt.TAG_BYTES, remaining)
        sealed = fh.read(take)
        if len(sealed) < take:
            raise SealedTruncated
        remaining -= take
        try:
            plain = opener.open(sealed, last=remaining == 0)
        except InvalidTag as exc:
            raise SealedDamaged from exc
        yield plain, remaining
        if remaining == 0:
            return
