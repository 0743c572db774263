"""One way to call a service from the window: the call runs, a ``DomainError`` becomes a calm Chinese message,
anything else is logged and shown as "程序遇到了意外问题…", and the caller's callbacks run on the GUI thread.

Modelled on Anki's ``CollectionOp``/``QueryOp`` (qt/aqt/operations/__init__.py)::

    ServiceCall(self, lambda: services.meetings.save(m)).success(self._after_save).run()
    ServiceCall(self, lambda: services.reports.book_pdf(year, out), title="无法生成")
        .success(show_pdf).with_progress("正在生成…").run_in_background()

``run()`` calls the service at once on the GUI thread and returns ``(True, result)`` or ``(False, None)``: for
short writes whose outcome decides what the dialog does next (close it, keep it open with the reason).
``run_in_background()`` runs the call on the thread pool (``ui.workers``) for slow work — PDFs, packages, a
year's figures — and delivers ``success``/``failure`` through queued signals; no widget is touched off the GUI
thread. The store's connections are per thread (peewee), so a service call is safe there.

Errors go to ``failure(handler)`` when one is given (e.g. the dialog's own error label: the handler returns
nothing and the message box is not shown), else to :func:`dangjian_desktop.ui.messages.show_error` with
``title``. Tests patch that one function to collect what the user would read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from dangjian_desktop.domain.errors import Cancelled, DomainError
from dangjian_desktop.ui import messages

log = logging.getLogger(__name__)

T = TypeVar("T")

# What a failure handler receives: the exception and the text the user should read for it.
FailureHandler = Callable[[BaseException, str], None]


class ServiceCall(Generic[T]):
    """A service call made from the window. Build it, chain ``success``/``failure``, then ``run*``."""

    def __init__(self, parent: QWidget | None, op: Callable[[], T], *, title: str = "无法完成"):
        self.parent = parent
        self.op = op
        self.title = title
        self._success: Callable[[T], Any] | None = None
        self._failure: FailureHandler | None = None
        self._progress_label: str | None = None
        self._steps_label: str | None = None
        self._cancellable = False
        self._cancelled: Callable[[], Any] | None = None
        self.steps: Any = None  # the running action's ``Steps`` (ui.widgets.steps) while it runs
        self._catch_os_errors = True

    # -- building -------------------------------------------------------------------------------------------------
    def success(self, fn: Callable[[T], Any]) -> ServiceCall[T]:
        self._success = fn
        return self

    def failure(self, fn: FailureHandler) -> ServiceCall[T]:
        """Show the error yourself (``fn(exc, text)``), e.g. in the dialog's error label."""
        self._failure = fn
        return self

    def with_progress(self, label: str) -> ServiceCall[T]:
        """A modal, cancel-less progress note while a background call runs (shown after half a second)."""
        self._progress_label = label
        return self

    def with_steps(self, label: str, *, cancellable: bool = False) -> ServiceCall[T]:
        """A progress dialog with a bar and the service's own 「第 n / N …」: ``op`` is then called as
        ``op(progress)`` (``domain.progress.Progress``). ``cancellable`` adds 取消 (the service stops at its next
        safe point; ``cancelled(fn)`` runs then instead of ``success``)."""
        self._steps_label = label
        self._cancellable = cancellable
        return self

    def cancelled(self, fn: Callable[[], Any]) -> ServiceCall[T]:
        """What to do when the user cancelled (default: nothing; nothing was left half-written)."""
        self._cancelled = fn
        return self

    # -- running --------------------------------------------------------------------------------------------------
    def run(self) -> tuple[bool, T | None]:
        """Call the service now (GUI thread). ``(True, result)`` when it succeeded, else ``(False, None)`` after
        the error was shown."""
        try:
            result = self.op()
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
            if not self._expected(exc):
                raise
            self._fail(exc)
            return False, None
        if self._success is not None:
            self._success(result)
        return True, result

    def run_in_background(self) -> None:
        """Call the service on the thread pool; the callbacks run on the GUI thread afterwards."""
        from dangjian_desktop.ui.workers import run_in_background

        progress = self._make_progress()
        op: Callable[[], Any] = self.op
        if self._steps_label is not None:
            from dangjian_desktop.ui.widgets.steps import Steps

            steps = self.steps = Steps(self.parent, self._steps_label, cancellable=self._cancellable)
            report = steps.report

            def op() -> Any:
                return self.op(report)  # type: ignore[call-arg]

        def finish() -> None:
            _close(progress)
            if self.steps is not None:
                self.steps.close()

        def done(result: Any) -> None:
            finish()
            if self._success is not None:
                self._success(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                if self._cancelled is not None:
                    self._cancelled()
                return
            if isinstance(exc, Exception) and self._expected(exc):
                self._fail(exc)
            else:
                log.error("background service call failed", exc_info=exc)
                self._fail(exc)

        run_in_background(op, done, failed)

    # -- internals ------------------------------------------------------------------------------------------------
    def _expected(self, exc: BaseException) -> bool:
        """Errors the user can act on: DomainError (its own message) and file-system errors (a full disk, a
        write-protected USB stick). Programming errors propagate to the crash handler when run synchronously."""
        return isinstance(exc, DomainError) or (self._catch_os_errors and isinstance(exc, OSError))

    def _fail(self, exc: BaseException) -> None:
        text = messages.error_text(exc)
        if self._failure is not None:
            self._failure(exc, text)
        else:
            messages.show_error(self.parent, text, self.title)

    def _make_progress(self) -> QProgressDialog | None:
        if self._progress_label is None or self.parent is None:
            return None
        dlg = QProgressDialog(self._progress_label, "", 0, 0, self.parent)
        dlg.setCancelButton(None)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setWindowTitle("请稍候")
        dlg.setMinimumDuration(500)
        return dlg


def _close(progress: QProgressDialog | None) -> None:
    if progress is not None:
        progress.reset()
        progress.deleteLater()


def call(parent: QWidget | None, op: Callable[[], T], title: str = "无法完成") -> T | None:
    """The common case: call the service now, show a DomainError with ``title``; the result, or None on failure."""
    ok, result = ServiceCall(parent, op, title=title).run()
    return result if ok else None


def attempt(parent: QWidget | None, op: Callable[[], object], title: str = "无法完成") -> bool:
    """Like :func:`call` for a call whose result does not matter (or may be None): True when it succeeded."""
    return ServiceCall(parent, op, title=title).run()[0]


def call_waiting(parent: QWidget | None, op: Callable[[], T], title: str = "无法完成",
                 label: str = "请稍候…") -> T | None:
    """Like :func:`call` for a slow read (a spreadsheet to check, a file to parse): ``op`` runs on the thread pool
    while the window keeps running (``widgets.steps.run_and_wait``); the result, or None after the error was
    shown. ``op`` must only call services."""
    from dangjian_desktop.ui.widgets.steps import run_and_wait

    call_ = ServiceCall(parent, op, title=title)
    try:
        return run_and_wait(parent, label, op)
    except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
        if not call_._expected(exc):  # noqa: SLF001
            raise
        call_._fail(exc)  # noqa: SLF001
        return None
