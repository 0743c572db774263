"""The progress of a long action run on the thread pool: a window-modal dialog with a bar, 「第 n / N …」 and,
where the action can stop safely, 取消 (:class:`Steps`); or the form's own bar and status line
(:class:`InlineProgress`: the USB export, the headquarters' import).

The service receives :meth:`Steps.report` as its ``progress`` callback (``domain.progress.Progress``). That is
called on the worker thread: it raises ``Cancelled`` once 取消 was pressed (the service stops at its next safe
point and rolls back), and forwards the figures to the dialog through a queued signal, at most every 50 ms.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QProgressDialog, QWidget

from dangjian_desktop.domain.errors import Cancelled
from dangjian_desktop.ui.widgets.styling import set_role

REPORT_EVERY_S = 0.05

T = TypeVar("T")



def progress_dialog(parent: QWidget, title: str, label: str, cancel_text: str | None,
                    on_cancel: Callable[[], object]) -> QProgressDialog:
    """The window-modal progress dialog of a long action (shown after 0.3 s, kept open until closed; without a
    cancel button when ``cancel_text`` is None)."""
    dlg = QProgressDialog(label, cancel_text or "", 0, 0, parent)
    if cancel_text is None:
        dlg.setCancelButton(None)
    dlg.setWindowTitle(title)
    dlg.setMinimumWidth(360)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(300)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    dlg.canceled.connect(on_cancel)
    return dlg

class _Relay(QObject):
    moved = Signal(int, int, str)


class Steps(QObject):
    """Progress of one background action. ``report`` goes to the service; ``close()`` when it ended."""

    moved = Signal(int, int, str)  # on the GUI thread: done, total, text (tests and callers may listen)

    def __init__(self, parent: QWidget | None, label: str, *, cancellable: bool = False, title: str = "请稍候"):
        super().__init__()
        self.label = label
        self.cancel_event = threading.Event()
        self.seen: list[tuple[int, int, str]] = []  # what reached the GUI thread, in order
        self._last = 0.0
        self._relay = _Relay()
        self._relay.moved.connect(self._move, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if parent is not None:
            self.dialog = progress_dialog(parent, title, label, "取消" if cancellable else None, self.cancel)

    # -- worker thread ------------------------------------------------------------------------------------------
    def report(self, done: int, total: int, text: str = "") -> None:
        """The service's progress callback: raises ``Cancelled`` after 取消, else passes the figures on."""
        if self.cancel_event.is_set():
            raise Cancelled()
        now = time.monotonic()
        if now - self._last >= REPORT_EVERY_S or (total and done >= total):
            self._last = now
            self._relay.moved.emit(done, total, text)

    # -- GUI thread ---------------------------------------------------------------------------------------------
    def cancel(self) -> None:
        self.cancel_event.set()
        if self.dialog is not None:
            self.dialog.setLabelText("正在取消…")

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def _move(self, done: int, total: int, text: str) -> None:
        self.seen.append((done, total, text))
        self.moved.emit(done, total, text)
        dlg = self.dialog
        if dlg is None or self.cancel_event.is_set():
            return
        dlg.setLabelText(f"{self.label}\n{text}" if text else self.label)
        # last: setValue of a modal progress dialog runs the event loop
        dlg.setMaximum(max(0, total))
        if total:
            dlg.setValue(min(done, total))

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None


class InlineProgress(QObject):
    """A background action's progress on the form itself: its progress bar and its status label (``say``).
    :meth:`begin` shows the bar at 0 and returns the event the worker's ``progress`` callback checks to stop;
    :meth:`relay`, called on the worker thread, moves the bar and the text on the GUI thread (``shown`` words the
    text) while the action runs and was not cancelled; :meth:`end` when it ended."""

    _moved = Signal(float, str)

    def __init__(self, bar: QProgressBar, label: QLabel, parent: QObject,
                 shown: Callable[[str], str] = lambda text: text):
        super().__init__(parent)
        self.bar, self.label, self._shown = bar, label, shown
        self.running = False
        self.cancel_event = threading.Event()
        self._moved.connect(self._move)
        bar.setVisible(False)

    def say(self, text: str, role: str = "") -> None:
        """The status line's text, in the theme's ``role`` (error, warning; "": plain)."""
        self.label.setText(text)
        set_role(self.label, role)

    def begin(self, text: str) -> threading.Event:
        self.running = True
        self.cancel_event = threading.Event()
        self.bar.setVisible(True)
        self.bar.setValue(0)
        self.say(text)
        return self.cancel_event

    def relay(self, fraction: float, text: str) -> None:
        self._moved.emit(fraction, text)

    def cancel(self, text: str) -> bool:
        """Ask the running action to stop at its next safe point, saying ``text``; False when nothing runs or it
        was asked already."""
        if not self.running or self.cancel_event.is_set():
            return False
        self.cancel_event.set()
        self.say(text)
        return True

    def end(self) -> None:
        self.running = False

    def _move(self, fraction: float, text: str) -> None:
        if self.running and not self.cancel_event.is_set():
            self.bar.setValue(int(fraction * 100))
            self.say(self._shown(text))


# the progress of the last action run by ``run_and_wait`` (tests read what reached the window)
last: Steps | None = None


def run_and_wait(parent: QWidget | None, label: str, fn: Callable[..., T], *, steps: bool = False,
                 cancellable: bool = False, title: str = "请稍候") -> T:
    """Run ``fn()`` on the thread pool and wait for it with the event loop running (the window repaints and
    stays responsive; a window-modal progress dialog shows after 300 ms). Returns its result or raises its
    error — a caller reads like a plain call. ``steps``: ``fn(progress)`` reports 「第 n / N …」 to the bar
    (``domain.progress``); ``cancellable`` adds 取消, after which this raises ``Cancelled``. ``fn`` must only
    call services (read any widget before)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from dangjian_desktop.ui.workers import run_in_background

    global last
    loop = QEventLoop()
    box: dict[str, object] = {}
    note = last = Steps(parent, label, cancellable=cancellable, title=title)

    def done(result: object) -> None:
        box["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        box["error"] = exc
        loop.quit()

    work = (lambda: fn(note.report)) if steps else fn
    run_in_background(work, done, failed)  # results arrive as queued signals: only once the loop below runs
    loop.exec()
    while not box:  # the loop returned at once (an application already told to quit): deliver by hand
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.002)
    note.close()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]
