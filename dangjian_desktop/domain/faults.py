"""Faults of the PC, not of the data: a full disk, a failing disk or stick, a missing permission, a file that another
program holds. Each has its own Chinese message (and the CLI its own exit code); none of them means that the data
file is damaged, so none of them may lead to "restore from a backup".

:func:`classify` turns what the operating system or SQLite raised into one of these, or None when the error is
something else (a damaged file, a bug). It reads ``errno`` / ``winerror`` of an ``OSError`` and the result code
that Python's sqlite3 puts on its exceptions (``sqlite_errorcode``); peewee wraps those, so the chain of causes is
followed. Only the standard library is needed.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from dangjian_desktop.domain.errors import DomainError

# SQLite primary result codes (https://www.sqlite.org/rescode.html); extended codes keep them in the low byte
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 3, 5, 6, 8, 10
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_AUTH = 13, 14, 23
# below this much free space an I/O error while writing is taken for a full disk (SQLite reports some ENOSPC cases,
# e.g. growing the -shm file, as SQLITE_IOERR)
NEARLY_FULL_BYTES = 4 * 1024 * 1024

_TEXT_HINTS = (  # when no result code came along (older Pythons, a re-raised copy)
    ("database or disk is full", SQLITE_FULL),
    ("disk i/o error", SQLITE_IOERR),
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("attempt to write a readonly database", SQLITE_READONLY),
    ("unable to open database file", SQLITE_CANTOPEN),
)


class StorageFault(DomainError):
    """The disk, the stick or the operating system refused: nothing is wrong with the data itself."""

    state = "fault"

    def __init__(self, message: str, where: Path | str | None = None):
        self.where = Path(where) if where else None
        super().__init__(message)


class DiskFullError(StorageFault):
    state = "disk_full"


class DiskIOError(StorageFault):
    state = "io_error"


class AccessDeniedError(StorageFault):
    """No permission, a write-protected stick, a read-only share."""

    state = "no_access"


class FileLockedError(StorageFault):
    """Another program holds the file (an antivirus, a sync tool, another copy of the app)."""

    state = "locked"


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n < 1024 ** 3 else f"{n / 1024 ** 3:.1f} GB"


def disk_full(where: Path | str | None, need: int | None = None, free: int | None = None) -> DiskFullError:
    place = f"“{where}”所在的磁盘" if where else "磁盘"
    size = f"（约需 {_mb(need)}，只剩 {_mb(free)}）" if need is not None and free is not None else ""
    return DiskFullError(f"磁盘空间不足：{place}已满{size}。操作没有完成，已保存的数据没有改动。"
                         "请删除不需要的文件、清空回收站，或换一个U盘后再试。", where)


def io_error(where: Path | str | None, detail: str = "") -> DiskIOError:
    place = f"“{where}”" if where else "磁盘"
    why = f"（{detail}）" if detail else ""
    return DiskIOError(f"读写{place}时出错{why}：磁盘或U盘可能有故障、接触不良或已被拔出。操作没有完成，"
                       "数据文件并没有损坏的迹象，请检查磁盘或重新插好U盘后再试。", where)


def access_denied(where: Path | str | None, read_only_medium: bool = False) -> AccessDeniedError:
    place = f"“{where}”" if where else "这个位置"
    why = "U盘或磁盘是写保护（只读）的" if read_only_medium else "没有权限（文件夹只读、U盘写保护或权限不足）"
    return AccessDeniedError(f"无法写入{place}：{why}。请换一个位置，或请管理员开放权限后再试。", where)


def file_locked(where: Path | str | None) -> FileLockedError:
    place = f"文件“{where}”" if where else "数据文件"
    return FileLockedError(f"{place}正被其他程序占用（例如另一个窗口、杀毒软件或同步软件），请稍后再试。", where)


def _free_bytes(where: Path | None) -> int | None:
    probe = where
    while probe is not None and not probe.exists():
        probe = probe.parent if probe.parent != probe else None
    if probe is None:
        return None
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()
    for hint, value in _TEXT_HINTS:
        if hint in text:
            return value
    return None


def _from_os_error(exc: OSError, where: Path | None) -> StorageFault | None:
    code = exc.errno
    winerror = getattr(exc, "winerror", None)
    target = Path(exc.filename) if exc.filename else where
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or winerror in (39, 112):
        return disk_full(target)
    if code == errno.EROFS or winerror == 19:
        return access_denied(target, read_only_medium=True)
    if winerror in (32, 33) or code in (errno.EBUSY, errno.ETXTBSY):
        return file_locked(target)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return access_denied(target)
    if code in (errno.EIO, errno.ENXIO, errno.ENODEV, getattr(errno, "ESTALE", -1),
                getattr(errno, "EREMOTEIO", -1)) or winerror in (21, 23, 1117, 1167):
        return io_error(target, exc.strerror or "")
    return None


def _from_sqlite(exc: BaseException, where: Path | None) -> StorageFault | None:
    code = _sqlite_code(exc)
    if code is None:
        return None
    if code == SQLITE_FULL:
        return disk_full(where)
    if code == SQLITE_IOERR:
        free = _free_bytes(where)
        if free is not None and free < NEARLY_FULL_BYTES:
            return disk_full(where)
        return io_error(where, str(exc))
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return file_locked(where)
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH, SQLITE_CANTOPEN):
        return access_denied(where)
    return None


def classify(exc: BaseException, where: Path | str | None = None) -> StorageFault | None:
    """The fault behind ``exc`` (following peewee's ``orig``, ``__cause__``/``__context__`` and a wrapped first
    argument), or None when it is not a fault of the disk or the operating system."""
    where_path = Path(where) if where else None
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        e = todo.pop(0)
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, StorageFault):
            return e
        orig = getattr(e, "orig", None)  # peewee keeps the driver's exception (with its result code) there
        if isinstance(e, OSError) and not isinstance(e, FileNotFoundError | IsADirectoryError | NotADirectoryError):
            fault = _from_os_error(e, where_path)
            if fault is not None:
                return fault
        if not isinstance(orig, BaseException) and (type(e).__module__ in ("sqlite3", "peewee")
                                                     or hasattr(e, "sqlite_errorcode")):
            fault = _from_sqlite(e, where_path)
            if fault is not None:
                return fault
        for nxt in (orig, e.__cause__, e.__context__, *(a for a in e.args[:1] if isinstance(a, BaseException))):
            if isinstance(nxt, BaseException):
                todo.append(nxt)
    return None
