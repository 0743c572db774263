"""Constants of the package format. The normative description is docs/PACKAGE_FORMAT.md; keep both in step.

A ``.djpkg`` file is a small container::

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON)
        | signature length (2 bytes, big-endian) | signature (UTF-8 JSON)      <- container version 2 only
        | payload

The signature (Ed25519, the branch's own key) covers the header bytes, and the header holds the SHA-256 of the
payload ZIP: the whole package is signed. Container version 1 (no signature) is still read: see
docs/PACKAGE_FORMAT.md for what headquarters accepts of it.

The payload is a ZIP archive, either as is (``encryption: "none"``) or cut into chunks each sealed with
AES-256-GCM (``encryption: "aes-256-gcm-chunked"``). Inside the ZIP: ``manifest.json``, ``records/<table>.json``,
``tombstones.json``, ``attachments/<path>``, ``documents/<name>.pdf``.
"""

from __future__ import annotations

import re

MAGIC = b"DJPKG\r\n\x1a"  # like PNG's: a text-mode copy or a truncated first block is detected at once
HEADER_LENGTH_BYTES = 4
CONTAINER_VERSION = 2  # the outer framing (header + signature + payload); 1: no signature
FORMAT_VERSION = 2  # the inner layout (manifest, records, ...); 2: sequence, previous, row revisions
SUPPORTED_CONTAINER_VERSIONS = frozenset({1, 2})
SUPPORTED_FORMAT_VERSIONS = frozenset({1, 2})
SIGNED_CONTAINER_VERSION = 2  # from this version on every package is signed, and its manifest is format 2
FORMAT_NAME = "dangjian-package"
EXTENSION = ".djpkg"

ENCRYPTION_NONE = "none"
ENCRYPTION_AES_GCM = "aes-256-gcm-chunked"

# scrypt: 128 MiB of memory and about 0.3 s on an office PC: slow for a guesser, quick for the secretary.
KDF_NAME = "scrypt"
KDF_DEFAULT = {"n": 2**17, "r": 8, "p": 1}
KDF_LIMITS = {"n": (2**10, 2**20), "r": (1, 16), "p": (1, 4)}  # the reader refuses parameters outside these
KDF_MAX_MEMORY = 256 * 1024 * 1024  # 128 * n * r bytes: twice the default, so a header cannot exhaust memory
KDF_MAX_WORK = 2 * 2**17 * 8  # n * r * p: at most about twice the default time
SALT_BYTES = 16
KEY_BYTES = 32
NONCE_PREFIX_BYTES = 7  # + 4-byte chunk counter + 1-byte last-chunk flag = the 12-byte GCM nonce
TAG_BYTES = 16
CHUNK_SIZE = 1024 * 1024  # plaintext bytes per sealed chunk
CHUNK_SIZE_LIMITS = (4096, 16 * 1024 * 1024)
KEY_CHECK_AAD = b"djpkg key check v1"

# Signature (container version 2): Ed25519 over SIGNATURE_CONTEXT + the header bytes exactly as stored. The header
# holds "payload_sha256" (SHA-256 of the payload ZIP, also when encrypted), so the signature covers the content.
SIGNATURE_ALGORITHM = "ed25519"
SIGNATURE_CONTEXT = b"djpkg signature v2\x00"
SIGNATURE_LENGTH_BYTES = 2
MAX_SIGNATURE_BYTES = 1024
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64
FINGERPRINT_HEX_DIGITS = 16  # the short fingerprint people compare by phone: 4 groups of 4 hex digits

# Rows of format 2 carry their revision (a counter of the record's changes kept by the branch) under this key.
# A key starting with "_" is package metadata, never a column.
REVISION_KEY = "_revision"
MAX_SEQUENCE = 2**53  # sequence numbers and revisions are JSON integers any reader can hold exactly
# entry names inside the ZIP
MANIFEST = "manifest.json"
TOMBSTONES = "tombstones.json"
RECORDS_DIR = "records/"
ATTACHMENTS_DIR = "attachments/"
DOCUMENTS_DIR = "documents/"

# limits: a package beyond any of these is refused as hostile or damaged
MAX_HEADER_BYTES = 64 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_ENTRIES = 100_000
MAX_ENTRY_NAME = 240
MAX_RECORDS_ENTRY_BYTES = 256 * 1024 * 1024  # one records/<table>.json
MAX_ENTRY_BYTES = 1024 * 1024 * 1024  # one attachment or document
MAX_TOTAL_BYTES = 8 * 1024 * 1024 * 1024  # all entries, uncompressed
MAX_PACKAGE_BYTES = 8 * 1024 * 1024 * 1024  # the file itself
MAX_COMPRESSION_RATIO = 200  # zip bombs reach 1000:1 and more; JSON records compress about 10:1
RATIO_CHECK_MIN_BYTES = 1024 * 1024  # small entries may compress very well (runs of spaces)

# Attachments: a record refers to a file under the data folder's attachments/ by its SHA-256 in a column with
# one of these names, or inside a JSON column as an object with a "sha256" key (e.g. a list of photos).
# Every file so referenced travels in the package. See docs/PACKAGE_FORMAT.md.
ATTACHMENT_HASH_COLUMNS = ("sha256", "file_hash", "content_hash", "file_sha256")

# The only kinds of file that land in headquarters' data folder (attachments/, received/): pictures and PDF, by
# extension and by their first bytes. Anything else in a package is refused; a branch leaves other files out of
# its package at export (and says so). One list, used by the writer and the reader.
ALLOWED_FILE_TYPES: dict[str, tuple[tuple[bytes, int], ...]] = {
    ".jpg": ((b"\xff\xd8\xff", 0),),
    ".jpeg": ((b"\xff\xd8\xff", 0),),
    ".png": ((b"\x89PNG\r\n\x1a\n", 0),),
    ".gif": ((b"GIF87a", 0), (b"GIF89a", 0)),
    ".bmp": ((b"BM", 0),),
    ".webp": ((b"WEBP", 8),),
    ".pdf": ((b"%PDF-", 0),),
}
IMAGE_TYPES = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp")
SNIFF_BYTES = 16


def allowed_suffix(name: str) -> str | None:
    """The lower-case suffix of ``name`` if it is an allowed kind of file (".jpg", ".pdf"...), else None."""
    dot = name.rfind(".")
    if dot <= 0 or "/" in name[dot:]:
        return None
    suffix = name[dot:].lower()
    return suffix if suffix in ALLOWED_FILE_TYPES else None


def content_matches(suffix: str, head: bytes) -> bool:
    """Do the first bytes ``head`` fit the kind ``suffix`` names? Any picture format is accepted for a picture
    suffix (a phone's PNG saved as .jpg is still a picture); a PDF must start as one."""
    kinds = IMAGE_TYPES if suffix in IMAGE_TYPES else (suffix,)
    return any(head[off:off + len(magic)] == magic for k in kinds for magic, off in ALLOWED_FILE_TYPES.get(k, ()))


# Names Windows gives another meaning (devices) whatever their extension, and characters that make a name look
# like another one (bidirectional overrides, zero-width and other invisible characters): refused in any entry.
WINDOWS_DEVICE_NAMES = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
                                 | {f"{d}{n}" for d in ("COM", "LPT") for n in "0123456789\u00b9\u00b2\u00b3"})
_INVISIBLE = re.compile("[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff"
                        "\ufff9-\ufffb\U000e0000-\U000e007f]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def name_problem(component: str) -> str | None:
    """Why one component of a file name is unsafe on Windows or misleading to read, or None."""
    if _CONTROL.search(component):
        return "控制字符"
    if _INVISIBLE.search(component):
        return "不可见或改变文字方向的字符"
    if any(0xD800 <= ord(c) <= 0xDFFF for c in component):
        return "无效字符"
    stem = component.split(".", 1)[0].rstrip(" ").upper()
    if stem in WINDOWS_DEVICE_NAMES:
        return "Windows 设备名"
    return None


_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def is_sha256_hex(text: object) -> bool:
    return isinstance(text, str) and bool(_HEX64.match(text))


def records_entry(table: str) -> str:
    return f"{RECORDS_DIR}{table}.json"


_TABLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,49}$")


def is_table_name(name: object) -> bool:
    return isinstance(name, str) and bool(_TABLE_NAME.match(name))
