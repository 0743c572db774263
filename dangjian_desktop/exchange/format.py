"""Constants of the package format. The normative description is docs/PACKAGE_FORMAT.md; keep both in step.

A ``.djpkg`` file is a small container::

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON) | payload

The payload is a ZIP archive, either as is (``encryption: "none"``) or cut into chunks each sealed with
AES-256-GCM (``encryption: "aes-256-gcm-chunked"``). Inside the ZIP: ``manifest.json``, ``records/<table>.json``,
``tombstones.json``, ``attachments/<path>``, ``documents/<name>.pdf``.
"""

from __future__ import annotations

import re

MAGIC = b"DJPKG\r\n\x1a"  # like PNG's: a text-mode copy or a truncated first block is detected at once
HEADER_LENGTH_BYTES = 4
CONTAINER_VERSION = 1  # the outer framing (header + payload)
FORMAT_VERSION = 1  # the inner layout (manifest, records, ...)
SUPPORTED_CONTAINER_VERSIONS = frozenset({1})
SUPPORTED_FORMAT_VERSIONS = frozenset({1})
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

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def is_sha256_hex(text: object) -> bool:
    return isinstance(text, str) and bool(_HEX64.match(text))


def records_entry(table: str) -> str:
    return f"{RECORDS_DIR}{table}.json"


_TABLE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,49}$")


def is_table_name(name: object) -> bool:
    return isinstance(name, str) and bool(_TABLE_NAME.match(name))
