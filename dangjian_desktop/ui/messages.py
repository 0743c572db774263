"""Calm Chinese message boxes: errors the user can act on, confirmations before anything destructive."""

from __future__ import annotations

import logging

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from dangjian_desktop.domain.errors import DomainError, ValidationError
from dangjian_desktop.domain.faults import classify

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError) and exc.problems:
        lines = [m for _, m in exc.problems]
        head = str(exc) if str(exc) and str(exc) not in lines else ""
        return "\n".join(([head] if head else []) + [f"• {m}" for m in lines])
    if isinstance(exc, DomainError):
        return str(exc)
    fault = classify(exc)  # a full disk, an I/O error, no permission, a locked file: its own message, not "damage"
    if fault is not None:
        return str(fault)
    if isinstance(exc, PermissionError):
        return f"没有权限写入或读取文件：{exc.filename or ''}\n请换一个位置，或检查U盘是否写保护。"
    if isinstance(exc, FileNotFoundError):
        return f"找不到文件：{exc.filename or ''}"
    if isinstance(exc, OSError):
        return f"文件操作失败：{exc.strerror or exc}"
    log.error("unexpected error shown to user", exc_info=exc)
    return "程序遇到了意外问题，操作没有完成，已保存的数据不受影响。\n详细信息已写入数据文件夹中的日志文件。"


def show_error(parent: QWidget | None, exc: BaseException | str, title: str = "无法完成") -> None:
    text = exc if isinstance(exc, str) else error_text(exc)
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, text: str, title: str = "提示") -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, text: str, title: str = "请确认", ok_text: str = "确定", *,
            cancel_text: str = "取消", default_ok: bool = False) -> bool:
    """Ask before acting. The safe answer is the default (Enter) unless ``default_ok``: e.g. 恢复 a draft, where
    the other answer throws work away."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(ok if default_ok else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def offer_draft(parent: QWidget | None, text: str, title: str = "恢复草稿") -> str:
    """An autosaved draft was found: "restore" (the default, Enter), "discard" (deliberately, by its button), or
    "keep" (Esc or the window's close button: the draft stays for next time)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    restore = box.addButton("恢复", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("丢弃草稿", QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton("暂不处理", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else "discard" if clicked is discard else "keep"


def saved_file(parent: QWidget | None, path: Path, what: str = "文件") -> None:
    """Say where a file went (另存为PDF, 导出…), with a button that opens its folder."""
    box = QMessageBox(QMessageBox.Icon.Information, "已保存", f"{what}已保存到：\n{path}", parent=parent)
    open_folder = box.addButton("打开所在文件夹", QMessageBox.ButtonRole.ActionRole)
    ok = box.addButton("确定", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
