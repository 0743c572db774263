"""Calm Chinese message boxes: errors the user can act on, confirmations before anything destructive."""

from __future__ import annotations

import logging

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


def confirm(parent: QWidget | None, text: str, title: str = "请确认", ok_text: str = "确定") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok
