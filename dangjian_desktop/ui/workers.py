"""Slow work (PDF, export, backup, import) off the GUI thread. Widgets are touched only in the callbacks,
which Qt delivers on the GUI thread through queued signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_active: set[_Job] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> _Job:
    """Run ``fn`` on the thread pool; ``on_done(result)`` / ``on_error(exc)`` run on the GUI thread."""
    job = _Job(fn)
    _active.add(job)

    def finished(result: Any) -> None:
        _active.discard(job)
        if on_done:
            on_done(result)

    def failed(exc: BaseException) -> None:
        _active.discard(job)
        if on_error:
            on_error(exc)
        else:
            log.error("background job failed", exc_info=exc)

    job.signals.done.connect(finished)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job


def wait_for_all(timeout_ms: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
