"""What opening a store can refuse with, and the words for it (split out of ``storage.database``, which re-exports
every name: import them from there)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop.domain.errors import DomainError, ReadOnlyError

if TYPE_CHECKING:
    from dangjian_desktop.storage.engine import PgTarget


class SchemaTooNewError(DomainError):
    state = "too_new"

    def __init__(self, found: int, supported: int):
        self.found, self.supported = found, supported
        super().__init__(
            f"这个数据文件由更新版本的程序创建（数据版本 {found}，本程序支持到 {supported}）。"
            "为保护数据，本程序不会打开或修改它，请安装最新版本后再打开。"
        )


class DatabaseCorruptError(DomainError):
    state = "damaged"

    def __init__(self, detail: str, message: str = ""):
        self.detail = detail
        super().__init__(
            message or "数据文件已损坏，程序不会再向其中写入内容。可以从最近的备份恢复。" + (f"（{detail}）" if detail else "")
        )


class EmptyDatabaseError(DatabaseCorruptError):
    """A zero-byte data file: a failed copy, a sync tool, a disk fault. Never opened as a new, empty store."""

    def __init__(self) -> None:
        super().__init__("文件大小为 0 字节", "数据文件是空的（0 字节），可能是复制失败、同步软件或磁盘故障造成的。"
                                         "程序不会把它当作新数据使用，也不会删除它。可以从最近的备份恢复。")


class NotOurDatabaseError(DomainError):
    state = "not_ours"

    def __init__(self, path: Path | str):
        if isinstance(path, str):  # a PostgreSQL database holding tables of something else
            super().__init__(f"数据库 {path} 中已有不属于本程序的表，不是本程序的数据库。"
                             "请为上级党委数据新建一个空数据库（createdb），再运行 hq-init。")
            return
        super().__init__(f"文件 {path} 不是本程序的数据文件。")


class NoDataError(DomainError):
    state = "no_data"


PASSWORD_REFUSED = ("no password supplied", "password authentication failed", "Password 认证失败", "口令认证失败",
                    "密码认证失败")


class DatabaseUnreachableError(DomainError):
    """The PostgreSQL server cannot be reached or refuses the login (nothing was read or written)."""

    state = "unreachable"

    def __init__(self, target: PgTarget, exc: BaseException):
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        # the server refused the password or wanted one and none was given (libpq's words, or the server's, in
        # English or Chinese: psycopg gives no SQLSTATE for a failed connection)
        text = str(exc)
        self.needs_password = any(words in text for words in PASSWORD_REFUSED)
        self.target_display = target.display()
        super().__init__(f"无法连接数据库 {target.display()}：{detail}。请检查服务器地址、端口、用户名和密码"
                         "（密码可写在环境变量 PGPASSWORD 中），以及服务器是否已启动。")


class StoreLockedError(ReadOnlyError):
    def __init__(self) -> None:
        super().__init__("另一个“党支部工作台账”窗口正在使用这份数据，本窗口只能查看、不能修改。请先关闭另一个窗口。")


READ_ONLY_FOLDER = ("数据文件夹不允许写入（U盘写保护、共享文件夹只读或权限不足）："
                    "可以查看、打印和导出到其他文件夹，不能修改。")
READ_ONLY_FILE = "数据文件被设为只读：可以查看、打印和导出到其他文件夹，不能修改。"
READ_ONLY_DISK_FULL = ("磁盘空间不足：数据文件夹所在的磁盘已满，只能查看和打印，不能修改。"
                       "请删除不需要的文件、清空回收站后重新打开程序。")

# what went wrong that made a store read-only, as `dangjian info --json` reports it in "state"
STATE_OK, STATE_IN_USE, STATE_READ_ONLY, STATE_DISK_FULL, STATE_DAMAGED = (
    "ok", "in_use", "read_only", "disk_full", "damaged")
