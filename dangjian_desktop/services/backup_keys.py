"""The branch's package signing key and package counter in backups (``exchange/identity.py``): every backup
holds them under ``keys/`` (a few hundred bytes: the branch's identity at headquarters), and a restore puts the key
back and never lowers the counter.

A restore is one recoverable transaction (storage/backups.py); the keys travel with it: they are staged in
``keys/restore-keys.json`` before the restore is decided (``stage``), put in place right after (``put_keys``) and
the staged file removed once the restore is done (``unstage``). A kill in between leaves the staged file: the next
open either completed the restore (``Store.restore_completed_at_open``: the staged keys are put in place) or the
restore had not begun (the staged file is dropped) — ``settle_staged``."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from dangjian_desktop.paths import DataPaths

log = logging.getLogger(__name__)

KEYS_PREFIX = "keys/"
STAGED_FILE = "restore-keys.json"
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


# -- the keys of a restore under way ------------------------------------------------------------------------------
# exchange.identity.KEYS_DIR, written out: every open checks for staged keys, and start-up imports no exchange
# code (tests/test_app.py; the two are compared there)
KEYS_DIR = "keys"


def _staged_path(paths: DataPaths) -> Path:
    return Path(paths.root) / KEYS_DIR / STAGED_FILE


def stage(paths: DataPaths, held: HeldKeys) -> None:
    """Write the keys a restore will put back, before the restore is decided (temp name, fsync, rename)."""
    if held.pem is None and held.sequence is None:
        unstage(paths)
        return
    target = _staged_path(paths)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    data = json.dumps({"pem": held.pem.decode("ascii") if held.pem is not None else None,
                       "sequence": held.sequence}).encode("ascii")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def unstage(paths: DataPaths) -> None:
    _staged_path(paths).unlink(missing_ok=True)


def settle_staged(paths: DataPaths, restore_completed: bool) -> None:
    """At open: keys staged by a restore that a kill interrupted. Put them in place when this open completed
    that restore; otherwise the restore never began (or had put them already): drop the staged file."""
    staged = _staged_path(paths)
    if not staged.is_file():
        return
    if restore_completed:
        try:
            raw = json.loads(staged.read_bytes()[:16384].decode("ascii"))
            pem, sequence = raw.get("pem"), raw.get("sequence")
            held = HeldKeys(pem.encode("ascii") if isinstance(pem, str) else None,
                            sequence if type(sequence) is int and sequence > 0 else None)
        except (OSError, ValueError, UnicodeDecodeError, AttributeError) as exc:
            log.warning("staged restore keys unreadable: %s", exc)
            held = HeldKeys()
        put_keys(paths, held)
        log.warning("put back the signing key of a restore completed at this start")
    with contextlib.suppress(OSError):
        staged.unlink()
