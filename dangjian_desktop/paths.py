"""Where things live: the data folder, backups, logs, and the files shipped with the app.

Scratch files (``tmp/`` of the data folder): anything decrypted or snapshotted is written under this process's own
folder ``tmp/p<pid>-<random>/`` (0700; files 0600), on the same disk as the data, removed when done. Each such folder
holds a locked ``.lock`` file for the life of its process: at the next start the writable instance removes every
folder whose lock it can take (its process is gone, e.g. killed in the middle of an import). Only when the data
folder cannot be written (a write-protected stick) does the scratch folder fall back to a private folder in the
system's temp folder.

Data folder resolution, first match wins:
1. an explicit ``--data-dir`` (passed in by app.py / cli.py);
2. the ``DANGJIAN_DATA_DIR`` environment variable;
3. a ``data/`` folder beside the executable (portable install, e.g. on a USB stick);
4. platformdirs' per-user data dir (``%LOCALAPPDATA%\\dangjian-desktop`` on Windows).
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any, NamedTuple


def _token() -> str:
    """8 random hex digits for a scratch name (as secrets.token_hex(4); ``secrets`` would import hmac and OpenSSL's
    hashlib at start-up, ≈ 3–4 ms, for nothing else)."""
    return os.urandom(4).hex()


ENV_DATA_DIR = "DANGJIAN_DATA_DIR"
_PKG_DIR = Path(__file__).resolve().parent

DATABASE_HELP = ("上级党委：PostgreSQL 数据库 postgresql://用户名@服务器:端口/数据库名（或环境变量 "
                 "DANGJIAN_DATABASE；密码用环境变量 PGPASSWORD）")


def add_location_options(parser: Any, data_dir_help: str, database_default: str = "") -> None:
    """``--data-dir`` and ``--database`` to an argparse parser, as the window and the ``dangjian`` command take
    them (both resolved here and in storage/engine.py); ``database_default`` is said after the shared help."""
    parser.add_argument("--data-dir", help=data_dir_help)
    parser.add_argument("--database", metavar="URL", help=DATABASE_HELP + database_default)


def _portable_dir() -> Path | None:
    exe_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False):
        candidate = exe_dir / "data"
        if candidate.is_dir():
            return candidate
    return None


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    portable = _portable_dir()
    if portable is not None:
        return portable
    import platformdirs

    return Path(platformdirs.user_data_dir("dangjian-desktop", appauthor=False, roaming=False))


class _Below:
    """A place inside the data folder, read as an attribute of :class:`DataPaths`."""

    def __init__(self, *parts: str) -> None:
        self.parts = parts

    def __get__(self, paths: DataPaths | None, owner: type | None = None) -> Path:
        if paths is None:
            raise AttributeError("a place of one data folder: read it from a DataPaths")
        return paths.root.joinpath(*self.parts)


class DataPaths(NamedTuple):
    """All the places inside one data folder. (A named tuple, not a frozen dataclass: Python 3.11 compiles each of a
    dataclass's six generated methods from source, ≈ 1 ms of every start.)"""

    root: Path

    database = _Below("dangjian.sqlite3")
    backups = _Below("backups")
    logs = _Below("logs")
    attachments = _Below("attachments")
    drafts = _Below("drafts")
    exports = _Below("exports")
    lock_file = _Below("dangjian.lock")
    tmp = _Below("tmp")  # scratch files on the data's own disk (see the module docstring)
    restore_work = _Below("tmp", "restore")  # where a restore prepares the database and attachments it swaps in
    # the intent record of a restore under way (storage/backups.py): present only between the swaps
    restore_intent = _Below("restore-intent.json")

    def ensure(self) -> DataPaths:
        for d in (self.root, self.backups, self.logs, self.attachments, self.drafts):
            d.mkdir(parents=True, exist_ok=True)
        return self


class FileLock:
    """An OS file lock held for the life of the process (released by the OS if the process dies)."""

    def __init__(self, path: Path, write_pid: bool = True):
        self.path = path
        self.write_pid = write_pid
        self._fh = None

    def acquire(self) -> bool:
        """True when taken; False when another process (or another handle of this one) holds it. Raises OSError
        when the lock file cannot be created or opened (a read-only folder)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open deliberately
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        if self.write_pid:
            with contextlib.suppress(OSError):  # a full disk: the lock holds without the pid in it
                fh.seek(0)
                fh.truncate()
                fh.write(str(os.getpid()).encode())
                fh.flush()
        self._fh = fh
        return True

    @property
    def held(self) -> bool:
        return self._fh is not None

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                self._fh.seek(0)
                with contextlib.suppress(OSError):
                    msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None


def write_problem(folder: Path) -> OSError | None:
    """None when a new file can be created in ``folder``; else the error that refused it (EROFS, EACCES, ENOSPC...).
    A real probe: permissions, a write-protected stick, a read-only share and ACLs all show here alike."""
    probe = folder / f".write-test-{os.getpid()}-{_token()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        return exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return None


def free_bytes(folder: Path) -> int | None:
    probe = Path(folder)
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def ensure_free_space(folder: Path, need: int, margin: int = 1024 * 1024) -> None:
    """Raise DiskFullError (with the sizes) before a large write that would not fit on ``folder``'s disk."""
    free = free_bytes(folder)
    if free is not None and free < need + margin:
        from dangjian_desktop.domain.faults import disk_full

        raise disk_full(folder, need + margin, free)


# -- scratch folders -----------------------------------------------------------------------------------------------
_SCRATCH_LOCK_NAME = ".lock"
_scratch: dict[Path, tuple[Path, FileLock | None]] = {}
_scratch_users: dict[Path, int] = {}
_scratch_guard = threading.Lock()


def use_scratch(paths: DataPaths) -> None:
    """Count one more open store of ``paths`` in this process (its scratch folder lives until the last closes)."""
    with _scratch_guard:
        _scratch_users[paths.root] = _scratch_users.get(paths.root, 0) + 1


def done_with_scratch(paths: DataPaths) -> None:
    with _scratch_guard:
        left = _scratch_users.get(paths.root, 1) - 1
        if left > 0:
            _scratch_users[paths.root] = left
            return
        _scratch_users.pop(paths.root, None)
    release_scratch(paths)


def scratch_dir(paths: DataPaths) -> Path:
    """This process's private scratch folder for ``paths`` (created on first use, removed at exit)."""
    key = paths.root
    with _scratch_guard:
        hit = _scratch.get(key)
        if hit is not None and hit[0].is_dir():
            return hit[0]
        folder: Path | None = None
        lock: FileLock | None = None
        try:
            paths.tmp.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder = paths.tmp / f"p{os.getpid()}-{_token()}"
            folder.mkdir(mode=0o700)
            lock = FileLock(folder / _SCRATCH_LOCK_NAME, write_pid=False)
            if not lock.acquire():
                raise OSError(errno.EAGAIN, "scratch lock busy")
        except OSError:  # the data folder cannot be written: a private folder in the system's temp folder
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            folder = Path(tempfile.mkdtemp(prefix="dangjian-"))
            lock = None
        _scratch[key] = (folder, lock)
        return folder


def scratch_file(paths: DataPaths, name: str) -> Path:
    """A new empty file (0600) in this process's scratch folder; the caller removes it when done."""
    folder = scratch_dir(paths)
    target = folder / f"{_token()}-{name}"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    return target


def release_scratch(paths: DataPaths | None = None) -> None:
    """Remove this process's scratch folder(s) (at exit; a killed process leaves them to :func:`sweep_tmp`)."""
    with _scratch_guard:
        keys = [paths.root] if paths is not None else list(_scratch)
        for key in keys:
            hit = _scratch.pop(key, None)
            if hit is None:
                continue
            folder, lock = hit
            if lock is not None:
                lock.release()
            shutil.rmtree(folder, ignore_errors=True)


atexit.register(release_scratch)


def sweep_tmp(paths: DataPaths) -> list[str]:
    """Remove what killed processes left in ``tmp/``: every entry but the scratch folders of live processes (their
    lock is held). Only the instance holding the data folder's lock calls this, after a restore left half-done
    has been completed (it needs ``tmp/restore``). Returns the names removed."""
    removed: list[str] = []
    if not paths.tmp.is_dir():
        return removed
    own = {hit[0] for hit in _scratch.values()}
    for entry in paths.tmp.iterdir():
        if entry in own:
            continue
        if entry.is_dir() and not entry.is_symlink() and (entry / _SCRATCH_LOCK_NAME).exists():
            probe = FileLock(entry / _SCRATCH_LOCK_NAME, write_pid=False)
            try:
                if not probe.acquire():
                    continue  # a live process's folder
            except OSError:
                continue
            probe.release()
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry.name)
        except OSError:
            continue
    return removed


_found_resources: list[Path] = []  # resources_dir(), once found (the program's files do not move while it runs)


def resources_dir() -> Path:
    """The shipped assets: inside the package (wheel, bundle) or the repo's resources/ (development). Looked for
    once: start-up asks for twenty of them (icons, fonts), each look ≈ 30 µs of paths built and folders tested."""
    if _found_resources:
        return _found_resources[0]
    candidates = [_PKG_DIR / "resources", _PKG_DIR.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "dangjian_desktop" / "resources")
    for c in candidates:
        if (c / "fonts").is_dir():
            _found_resources.append(c)
            return c
    raise FileNotFoundError("找不到程序资源文件夹 (resources)，安装可能不完整。")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
