"""Start-up with a damaged database: explain in plain Chinese and offer the newest good backup.

The damaged file is never written to: it is moved, untouched, into ``backups/damaged-<time>/`` and the backup's
database is put in its place (see ``services.backups.BackupFolder.restore_after_damage``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from dangjian_desktop import APP_TITLE
from dangjian_desktop.paths import DataPaths
from dangjian_desktop.services.backups import BackupFolder, BackupInfo

log = logging.getLogger(__name__)


def damage_text(good: BackupInfo | None, data_dir: Path) -> str:
    head = ("数据文件损坏了（可能是突然断电或磁盘出错造成的）。为了不让情况变得更糟，程序不会再向这个文件写入任何内容。\n\n")
    if good is None:
        return head + ("没有找到可以使用的备份。\n\n请不要删除数据文件夹，把它复制一份交给懂电脑的同事或上级党委的技术人员处理：\n"
                       f"{data_dir}")
    return head + (f"找到了一份完好的备份：{good.date_text}（{good.kind_label}），其中有：{good.summary()}。\n\n"
                   "从这份备份恢复后，备份时间之后的修改需要重新录入。损坏的文件会原样保存在备份文件夹里，不会删除。\n\n"
                   "现在从这份备份恢复吗？")


def offer_restore_after_damage(data_dir: Path, error: Exception, parent: QWidget | None = None) -> bool:
    """Ask, and restore the newest good backup if the user agrees. True when the store can be opened again."""
    folder = BackupFolder(DataPaths(Path(data_dir)))
    good = folder.newest_good()
    box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, damage_text(good, Path(data_dir)), parent=parent)
    box.setDetailedText(str(error))
    if good is None:
        box.addButton("关闭", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return False
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
