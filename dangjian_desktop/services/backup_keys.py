"""The branch's package signing key and package counter in backups (``exchange/identity.py``): every backup
holds them under ``keys/`` (a few hundred bytes: the branch's identity at headquarters), and a restore puts the key
back and never lowers the counter."""

from __future__ import annotations

import json
import logging
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from dangjian_desktop.paths import DataPaths

log = logging.getLogger(__name__)

KEYS_PREFIX = "keys/"
_DAMAGED_ZIP = (zipfile.BadZipFile, EOFError, zlib.error)


def key_files(paths: DataPaths) -> list[Path]:
    """The branch's signing key and package counter (exchange/identity.py), if this data folder has them."""
    from dangjian_desktop.exchange import identity

    folder = identity.keys_folder(paths.root)
    return [folder / n for n in (identity.KEY_FILE, identity.SEQUENCE_FILE)
            if (folder / n).is_file() and not (folder / n).is_symlink()]


def entries(paths: DataPaths) -> list[tuple[str, Path]]:
    """(name in the backup, file) of the key files to write into a backup."""
    return [(KEYS_PREFIX + f.name, f) for f in key_files(paths)]


@dataclass(frozen=True)
class HeldKeys:
    """The key files a backup holds (read while the backup is open; put back once the restore is done)."""

    pem: bytes | None = None
    sequence: int | None = None


def read_keys(backup: Path) -> HeldKeys:
    """The signing key and package counter inside a backup zip (a plain one: an encrypted backup decrypted
    first). Anything else under keys/ is ignored; a damaged entry reads as absent."""
    from dangjian_desktop.exchange import identity

    if not zipfile.is_zipfile(backup):
        return HeldKeys()
    pem: bytes | None = None
    sequence: int | None = None
    try:
        with zipfile.ZipFile(backup) as zf:
            names = set(zf.namelist())
            key = KEYS_PREFIX + identity.KEY_FILE
            if key in names and zf.getinfo(key).file_size <= identity.MAX_KEY_FILE_BYTES:
                pem = zf.read(key)
            seq = KEYS_PREFIX + identity.SEQUENCE_FILE
            if seq in names and zf.getinfo(seq).file_size <= 4096:
                value = json.loads(zf.read(seq).decode("utf-8")).get("sequence")
                sequence = value if type(value) is int and value > 0 else None
    except (*_DAMAGED_ZIP, OSError, ValueError, UnicodeDecodeError, AttributeError) as exc:
        log.warning("could not read the signing key from %s: %s", backup, exc)
    return HeldKeys(pem, sequence)


def put_keys(paths: DataPaths, held: HeldKeys) -> None:
    """Put a backup's signing key back (it is the branch's identity at headquarters) and raise the package counter
    to the backup's if that is higher (never lower it: a number headquarters holds is never used again)."""
    from dangjian_desktop.exchange import identity

    try:
        if held.pem is not None:
            current = identity.key_path(paths.root)
            if not current.is_file() or current.read_bytes() != held.pem:
                identity.write_key_file(paths.root, held.pem)
        if held.sequence is not None:
            identity.write_sequence(paths.root, held.sequence)
    except Exception as exc:  # noqa: BLE001 - the data is restored by now: a bad key file must not undo that
        log.warning("could not put the signing key back into %s: %s", paths.root, exc)


def restore_keys(backup: Path, paths: DataPaths) -> None:
    put_keys(paths, read_keys(backup))

