"""The branch's package signing key and package counter in backups (``exchange/identity.py``): every backup
holds them under ``keys/`` (a few hundred bytes: the branch's identity at headquarters), and a restore puts the key
back and never lowers the counter."""

from __future__ import annotations

import json
import logging
import zipfile
import zlib
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


def restore_keys(backup: Path, paths: DataPaths) -> None:
    """Put the backup's signing key back (it is the branch's identity at headquarters) and raise the package
    counter to the backup's if that is higher. Anything else under keys/ in a backup is ignored."""
    from dangjian_desktop.exchange import identity

    if not zipfile.is_zipfile(backup):
        return
    try:
        with zipfile.ZipFile(backup) as zf:
            names = set(zf.namelist())
            key = KEYS_PREFIX + identity.KEY_FILE
            if key in names and zf.getinfo(key).file_size <= identity.MAX_KEY_FILE_BYTES:
                pem = zf.read(key)
                current = identity.key_path(paths.root)
                if not current.is_file() or current.read_bytes() != pem:
                    identity.write_key_file(paths.root, pem)
            seq = KEYS_PREFIX + identity.SEQUENCE_FILE
            if seq in names and zf.getinfo(seq).file_size <= 4096:
                value = json.loads(zf.read(seq).decode("utf-8")).get("sequence")
                if type(value) is int and value > 0:
                    identity.write_sequence(paths.root, value)
    except (*_DAMAGED_ZIP, OSError, ValueError, UnicodeDecodeError, AttributeError) as exc:
        log.warning("could not restore the signing key from %s: %s", backup, exc)
