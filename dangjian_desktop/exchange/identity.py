"""A branch store's identity in data packages: its Ed25519 signing key and the counter of its packages.

Both live in the data folder's ``keys/`` (folder 0700, files 0600 on POSIX; the per-user data folder on Windows),
beside the database rather than in it, and every backup carries them (``services/backups.py``):

* ``branch-signing-key.pem`` — the private key, PKCS#8 PEM, made once (by ``cryptography``'s Ed25519) when the
  branch is first saved (``BranchService.save_profile``), or at first use in a store made before. Headquarters
  pins the public key at the branch's first package; its short fingerprint (``ABCD-EF01-2345-6789``) is shown on
  both sides so the two can be compared by phone.
* ``package-sequence.json`` — ``{"sequence": N}``, the highest package sequence number this folder has used. The
  database remembers the last export too; the next package takes the larger of the two plus one, so restoring an
  older backup of the database never makes the branch reuse a number headquarters already holds.

Nothing here touches the store or Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from pathlib import Path

from dangjian_desktop import fileio
from dangjian_desktop.domain.exchange import PackageError
from dangjian_desktop.exchange import format as fmt

KEYS_DIR = "keys"
KEY_FILE = "branch-signing-key.pem"
SEQUENCE_FILE = "package-sequence.json"
MAX_KEY_FILE_BYTES = 4096

BROKEN_KEY = ("本支部的签名密钥文件“{path}”已损坏或无法读取，不能导出数据包。请从最近的备份恢复；"
              "如确实无法恢复，可删除该文件后重新导出，并请上级党委在“数据交换”页为本支部更换密钥。")


def fingerprint(public_key: bytes) -> str:
    """The short fingerprint of a public key: the first 64 bits of its SHA-256 as 4 groups of 4 hex digits."""
    digits = hashlib.sha256(public_key).hexdigest()[: fmt.FINGERPRINT_HEX_DIGITS].upper()
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def normalize_fingerprint(text: str) -> str | None:
    """``ABCD-EF01-2345-6789`` from what a person typed (spaces, dashes, full-width forms, lower case), or None."""
    import unicodedata

    raw = "".join(c for c in unicodedata.normalize("NFKC", text or "") if c not in " -_:：—–")
    raw = raw.upper()
    if len(raw) != fmt.FINGERPRINT_HEX_DIGITS or any(c not in "0123456789ABCDEF" for c in raw):
        return None
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def keys_folder(data_root: Path) -> Path:
    return Path(data_root) / KEYS_DIR


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by this user only (temp name, fsync, rename)."""
    _private_folder(path.parent)
    fileio.write_bytes_atomic(path, data, private=True)


class SigningKey:
    """The branch's private key, loaded from its file."""

    def __init__(self, private_key: object):
        from cryptography.hazmat.primitives import serialization

        self._key = private_key
        self.public_key: bytes = private_key.public_key().public_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, header_bytes: bytes) -> bytes:
        """The signature block that follows ``header_bytes`` in a container of version 2 (JSON, ASCII)."""
        import base64

        signature = self._key.sign(fmt.SIGNATURE_CONTEXT + header_bytes)  # type: ignore[attr-defined]
        block = {"algorithm": fmt.SIGNATURE_ALGORITHM, "public_key": base64.b64encode(self.public_key).decode(),
                 "signature": base64.b64encode(signature).decode()}
        return json.dumps(block, sort_keys=True).encode("ascii")

    @classmethod
    def from_seed(cls, seed: bytes) -> SigningKey:
        """A key from its 32 secret bytes (deterministic test and benchmark data)."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return cls(Ed25519PrivateKey.from_private_bytes(seed))

    @classmethod
    def generate(cls) -> SigningKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return cls(Ed25519PrivateKey.generate())

    def pem(self) -> bytes:
        from cryptography.hazmat.primitives import serialization

        return self._key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())

    @classmethod
    def from_pem(cls, data: bytes) -> SigningKey:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        key = serialization.load_pem_private_key(data, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("not an Ed25519 key")
        return cls(key)


def key_path(data_root: Path) -> Path:
    return keys_folder(data_root) / KEY_FILE


def has_key(data_root: Path) -> bool:
    return key_path(data_root).is_file()


def load_key(data_root: Path) -> SigningKey:
    """The branch's key (PackageError with a Chinese message if the file is damaged). The file must exist."""
    path = key_path(data_root)
    try:
        st = path.lstat()
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_KEY_FILE_BYTES:
            raise ValueError("not a small regular file")
        if os.name == "posix" and st.st_mode & 0o077:
            os.chmod(path, 0o600)  # readable by others (copied in by hand?): private again
        return SigningKey.from_pem(path.read_bytes())
    except (OSError, ValueError, TypeError) as exc:
        raise PackageError(BROKEN_KEY.format(path=path)) from exc


def ensure_key(data_root: Path) -> SigningKey:
    """The branch's key, made now if the data folder has none yet."""
    path = key_path(data_root)
    if path.exists() or path.is_symlink():
        return load_key(data_root)
    key = SigningKey.generate()
    _write_private(path, key.pem())
    return key


def write_key_file(data_root: Path, pem: bytes) -> None:
    """Put a key file back (restore of a backup); checked to be a key before anything is replaced."""
    SigningKey.from_pem(pem)
    _write_private(key_path(data_root), pem)


# -- the package counter ------------------------------------------------------------------------------------------


def sequence_path(data_root: Path) -> Path:
    return keys_folder(data_root) / SEQUENCE_FILE


def read_sequence(data_root: Path) -> int:
    """The highest sequence number this data folder has used (0: none, or an unreadable file)."""
    try:
        data = json.loads(sequence_path(data_root).read_text(encoding="utf-8"))
        value = data.get("sequence") if isinstance(data, dict) else None
    except (OSError, ValueError):
        return 0
    return value if type(value) is int and 0 <= value <= fmt.MAX_SEQUENCE else 0


def write_sequence(data_root: Path, sequence: int) -> None:
    """Remember ``sequence`` as used (never lowers the number already kept)."""
    value = max(int(sequence), read_sequence(data_root))
    _write_private(sequence_path(data_root), json.dumps({"sequence": value}).encode("ascii"))
