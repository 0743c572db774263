"""The integrity check of a large (headquarters) store, run after the first paint in a worker.

Small stores are checked while opening (storage/database.py); a store of several GB would keep the window away for
half a minute, so its check runs here. A damaged file found this way is no longer written to: the window turns
read-only, says so in Chinese, and the next start checks at once and offers the newest good backup. A disk fault
during the check (an I/O error, a locked file) is said as such and marks nothing damaged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow

from dangjian_desktop.services.info import InfoService
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.workers import run_in_background

log = logging.getLogger(__name__)

DAMAGED_ADVICE = "为保护数据，程序已停止保存修改。请关闭程序后重新打开，按提示从最近的备份恢复。"


def check_in_background(window: QMainWindow, info: InfoService, then: Callable[[], None] | None = None) -> None:
    """Check the store's file; ``then`` runs only when it is good (e.g. the start-up backup, which must not
    replace a good backup with a copy of a damaged file)."""
    window.statusBar().showMessage("正在后台检查数据文件…")

    def done(detail: str | None) -> None:
        if detail is None:
            info.integrity_checked()
            window.statusBar().showMessage("数据文件检查完毕：正常", 5000)
            if then:
                then()
            return
        log.error("deferred integrity check found damage: %s", detail)
        text = info.record_damage(detail)
        window.statusBar().showMessage(text)
        update_title = getattr(window, "update_title", None)
        if callable(update_title):
            update_title()
        messages.show_error(window, f"{text}\n\n{DAMAGED_ADVICE}", "数据文件已损坏")

    def failed(exc: BaseException) -> None:
        # the check itself could not run: a disk fault (I/O error, locked...) or the file vanished. Say so and go
        # on; it says nothing about damage, so the store is not marked damaged and no backup is offered
        log.error("deferred integrity check did not run", exc_info=exc)
        from dangjian_desktop.domain.faults import classify

        fault = classify(exc)
        if fault is not None:
            window.statusBar().showMessage(f"未能检查数据文件：{fault}", 15000)
            messages.show_error(window, str(fault), "未能检查数据文件")
        else:
            window.statusBar().showMessage("未能检查数据文件，请查看日志。", 10000)

    run_in_background(info.check_integrity, done, failed)
