"""Start-up with a damaged database: explain in plain Chinese and offer the newest good backup.

The damaged file is never written to: it is moved, untouched, into ``backups/damaged-<time>/`` and the backup's
database is put in its place (see ``services.backups.BackupFolder.restore_after_damage``). A zero-byte data file
with no backup to restore holds nothing to lose: the user may move it aside and start with empty data.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from dangjian_desktop import APP_TITLE
from dangjian_desktop.paths import DataPaths
from dangjian_desktop.services.backups import BackupFolder, BackupInfo
from dangjian_desktop.storage.database import EmptyDatabaseError

log = logging.getLogger(__name__)


def damage_text(good: BackupInfo | None, data_dir: Path, empty: bool = False) -> str:
    head = ("数据文件损坏了（可能是突然断电或磁盘出错造成的）。为了不让情况变得更糟，程序不会再向这个文件写入任何内容。\n\n")
    if empty:
        head = ("数据文件是空的（0 字节），可能是复制失败、同步软件或磁盘故障造成的。程序不会把它当作新数据使用，"
                "也不会删除它。\n\n")
    if good is None and empty:
        return head + ("没有找到可以使用的备份。如果这台电脑上从没有录入过数据（例如第一次启动时被中断），可以把这个空文件"
                       "移到备份文件夹里，重新开始；否则请先不要操作，把数据文件夹复制一份交给懂电脑的同事处理：\n"
                       f"{data_dir}")
    if good is None:
        return head + ("没有找到可以使用的备份。\n\n请不要删除数据文件夹，把它复制一份交给懂电脑的同事或上级党委的技术人员处理：\n"
                       f"{data_dir}")
    return head + (f"找到了一份完好的备份：{good.date_text}（{good.kind_label}），其中有：{good.summary()}。\n\n"
                   "从这份备份恢复后，备份时间之后的修改需要重新录入。损坏的文件会原样保存在备份文件夹里，不会删除。\n\n"
                   "现在从这份备份恢复吗？")


def offer_restore_after_damage(data_dir: Path, error: Exception, parent: QWidget | None = None) -> bool:
    """Ask, and restore the newest good backup if the user agrees. True when the store can be opened again."""
    folder = BackupFolder(DataPaths(Path(data_dir)))
    try:
        good = folder.newest_good()
    except Exception:  # noqa: BLE001 - e.g. the backups folder cannot be read: say there is none
        log.exception("looking for a good backup failed")
        good = None
    empty = isinstance(error, EmptyDatabaseError)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, damage_text(good, Path(data_dir), empty), parent=parent)
    box.setDetailedText(str(error))
    if good is None:
        fresh = box.addButton("移开空文件，重新开始", QMessageBox.ButtonRole.AcceptRole) if empty else None
        close = box.addButton("关闭", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        box.exec()
        if fresh is None or box.clickedButton() is not fresh:
            return False
        try:
            from dangjian_desktop.storage.backups import move_damaged_aside

            moved = move_damaged_aside(DataPaths(Path(data_dir)))
        except Exception as exc:  # noqa: BLE001
            from dangjian_desktop.ui.messages import error_text

            QMessageBox.warning(parent, APP_TITLE, "没有移动，数据文件没有被改动。\n\n" + error_text(exc))
            return False
        log.warning("empty data file moved aside to %s; starting with empty data", moved)
        return True
    restore = box.addButton("从备份恢复", QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton("先不恢复，退出", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(close)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        result = folder.restore_after_damage(good.path)
    except Exception as exc:  # noqa: BLE001 - explain, never a traceback
        log.exception("restore after damage failed")
        from dangjian_desktop.ui.messages import error_text

        QMessageBox.warning(parent, APP_TITLE, "恢复没有完成，数据文件没有被改动。\n\n" + error_text(exc))
        return False
    QMessageBox.information(parent, APP_TITLE, f"已从 {good.date_text} 的备份恢复。\n损坏的文件保存在：\n"
                                               f"{result.damaged_copy.parent if result.damaged_copy else ''}")
    return True
