"""Printing PDFs like a desktop application (issue 21): the pages are rasterised and sent to the printer on a
worker thread while the window stays responsive, with a progress dialog (第 n 页，共 N 页) and 取消打印.

What the printer receives, page by page (one page image in memory at a time):
- rendered by QtPdf at the printer's resolution, capped at ``MAX_PRINT_DPI`` (a 1200 dpi A4 page would be a
  550 MB image; 300 dpi is sharp on paper);
- a page with no colour (every pixel a shade of grey: the minutes, the ledger, the rosters) becomes a 1-bit
  image, its greys error-diffused — the halftone a laser printer makes of a grey anyway — which the print engine
  stores 1 bit per pixel (Flate), about a seventh of the colour JPEG page sent before;
- a page with colour is sent as it is, or as 8-bit grey when the user chose 灰度 in the print dialog.

The print dialog's choices are honoured: the page range (numbered across the whole job when several documents
are printed at once), the number of copies and collation (the driver makes the copies when it can, else the pages
are sent again), and duplex (kept for the driver; each document — and each copy the app makes itself — starts
on the front of a sheet).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThread, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QProgressDialog, QWidget

from dangjian_desktop.ui.widgets.steps import progress_dialog

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300

# one entry per sheet side sent: (document index, page index) or None for a blank back side
PageSlot = tuple[int, int] | None


def job_pages(page_counts: Sequence[int], *, wanted: Sequence[int] | None = None, copies: int = 1,
              collate: bool = True, duplex: bool = False) -> list[PageSlot]:
    """The pages to send, in order. ``wanted`` are 1-based page numbers counted across all documents (None: all);
    ``copies`` are the copies the app makes itself (1 when the driver makes them). With ``duplex`` each document,
    and each collated copy, starts on the front of a sheet (a blank back side is sent when needed)."""
    chosen = set(wanted) if wanted is not None else None
    per_doc: list[list[tuple[int, int]]] = []
    number = 0
    for d, count in enumerate(page_counts):
        pages = []
        for p in range(count):
            number += 1
            if chosen is None or number in chosen:
                pages.append((d, p))
        if pages:
            per_doc.append(pages)

    def one_copy() -> list[PageSlot]:
        out: list[PageSlot] = []
        for i, pages in enumerate(per_doc):
            out += pages
            if duplex and len(pages) % 2 and i < len(per_doc) - 1:
                out.append(None)
        return out

    copies = max(1, copies)
    if collate or copies == 1:
        seq: list[PageSlot] = []
        single = one_copy()
        for c in range(copies):
            seq += single
            if duplex and len(single) % 2 and c < copies - 1:
                seq.append(None)
        return seq
    return [s for s in one_copy() for _ in range(copies)]


def render_page(doc, index: int, dpi: float) -> QImage:  # noqa: ANN001 - QPdfDocument
    """One page at ``dpi`` as an opaque image (white behind QtPdf's transparent rendering)."""
    size_pt = doc.pagePointSize(index)
    width = max(1, round(size_pt.width() / 72 * dpi))
    height = max(1, round(size_pt.height() / 72 * dpi))
    return render_opaque(doc, index, QSize(width, height))


def render_opaque(doc, index: int, size: QSize) -> QImage:  # noqa: ANN001 - QPdfDocument
    """Page ``index`` drawn at ``size`` pixels on white: QtPdf renders with a transparent background."""
    raw = doc.render(index, size)
    img = QImage(raw.size(), QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.drawImage(0, 0, raw)
    p.end()
    return img


def paint_fitted(painter: QPainter, img: QImage) -> None:
    """``img`` on the painter's page, as large as fits, its aspect kept, at the top left."""
    target = painter.viewport()
    scaled = img.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.save()
    painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
    painter.setWindow(img.rect())
    painter.drawImage(0, 0, img)
    painter.restore()


def printable_image(img: QImage, grayscale_printer: bool) -> QImage:
    """What is sent for a page image: 1-bit halftone when it has no colour, grey or colour otherwise."""
    if img.allGray():
        mono = img.convertToFormat(QImage.Format.Format_Mono,
                                   Qt.ImageConversionFlag.DiffuseDither | Qt.ImageConversionFlag.MonoOnly)
        # Qt's print engines store a 1-bit image as 1 bit per pixel only when index 0 is black, 1 white
        # (else it is widened to 24-bit colour): flip the bits and the table, the picture stays the same
        if QColor(mono.color(0)) != QColor("black"):
            mono.invertPixels()
            mono.setColorTable([QColor("black").rgba(), QColor("white").rgba()])
        return mono
    if grayscale_printer:
        return img.convertToFormat(QImage.Format.Format_Grayscale8)
    return img


def chosen_pages(printer, total: int) -> list[int] | None:  # noqa: ANN001 - QPrinter
    """The 1-based page numbers the print dialog asked for, or None for all."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return None
    ranges = printer.pageRanges()
    if not ranges.isEmpty():
        return [n for n in range(1, total + 1) if ranges.contains(n)]
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 and last <= 0:
        return None
    return list(range(max(1, first), min(total, last or total) + 1))


class _Worker(QObject):
    """Lives on the print thread: opens the PDFs there, paints page after page, stops between pages on cancel."""

    progressed = Signal(int, int)
    finished = Signal(str, str)  # outcome ("done", "cancelled", "failed"), message

    def __init__(self, paths: list[Path], printer, cancel: threading.Event):  # noqa: ANN001
        super().__init__()
        self.paths = paths
        self.printer = printer
        self.cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            outcome = self._print()
        except Exception as exc:  # noqa: BLE001 - reported to the window, never lost
            log.exception("printing failed")
            self.finished.emit("failed", str(exc) or exc.__class__.__name__)
        else:
            self.finished.emit(outcome, "")
        finally:
            QThread.currentThread().quit()  # the thread ends with its one job (PrintJob.wait)

    def _print(self) -> str:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrinter

        printer = self.printer
        docs = []
        try:
            for path in self.paths:
                doc = QPdfDocument()
                if doc.load(str(path)) != QPdfDocument.Error.None_:
                    raise OSError(f"无法读取PDF：{path}")
                docs.append(doc)
            counts = [d.pageCount() for d in docs]
            own_copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
            duplex = printer.duplex() != QPrinter.DuplexMode.DuplexNone
            plan = job_pages(counts, wanted=chosen_pages(printer, sum(counts)), copies=own_copies,
                             collate=printer.collateCopies(), duplex=duplex)
            first = next((s for s in plan if s is not None), None)
            if first is None:
                return "done"
            size = docs[first[0]].pagePointSize(first[1])
            # the PDF carries its own margins: print edge to edge, in the page's own orientation
            printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                                       else QPageLayout.Orientation.Portrait)
            if printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Custom:
                printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            painter = QPainter()
            if not painter.begin(printer):
                raise OSError("无法连接打印机，请检查打印机是否已开启并设为默认。")
            grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            try:
                for n, slot in enumerate(plan):
                    if self.cancel.is_set():
                        self._abandon(painter)
                        return "cancelled"
                    if n:
                        printer.newPage()
                    if slot is not None:
                        paint_fitted(painter, printable_image(render_page(docs[slot[0]], slot[1], dpi), grayscale))
                    self.progressed.emit(n + 1, len(plan))
            finally:
                if painter.isActive():
                    painter.end()
            return "done"
        finally:
            for d in docs:
                d.close()

    def _abandon(self, painter: QPainter) -> None:
        """Cancelled: Windows' spooler drops the job (AbortDoc); a print to a file leaves no half file behind."""
        printer = self.printer
        aborted = printer.abort()
        painter.end()
        target = printer.outputFileName()
        if not aborted and target:
            Path(target).unlink(missing_ok=True)


_running: set[PrintJob] = set()


class PrintJob(QObject):
    """One print job on its own thread. ``start()``; ``progressed(n, total)`` and ``finished(outcome)`` arrive on
    the GUI thread; ``cancel()`` stops it between two pages. With a ``parent`` widget a progress dialog shows
    第 n 页，共 N 页 and 取消打印, and a failure is shown as a message."""

    progressed = Signal(int, int)
    finished = Signal(str)

    def __init__(self, paths: Sequence[Path], printer, parent: QWidget | None = None, *,  # noqa: ANN001
                 title: str = "打印", show_progress: bool = True):
        super().__init__()
        self.paths = [Path(p) for p in paths]
        self.printer = printer
        self.parent_widget = parent
        self.title = title
        self.outcome: str | None = None
        self.message = ""
        self.done_pages = 0
        self.total_pages = 0
        self._cancel = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("print-job")
        self._worker = _Worker(self.paths, printer, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self.dialog: QProgressDialog | None = None
        if show_progress and parent is not None:
            self.dialog = progress_dialog(parent, title, "正在准备打印…", "取消打印", self.cancel)

    def start(self) -> PrintJob:
        _running.add(self)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText("正在取消打印…")

    def is_running(self) -> bool:
        return self.outcome is None

    def wait(self, ms: int | None = None) -> bool:
        """Block until the thread ends (tests, the benchmark, shutdown); ``finished`` still needs the event loop."""
        return self._thread.wait() if ms is None else self._thread.wait(ms)

    def _on_progress(self, n: int, total: int) -> None:
        self.done_pages, self.total_pages = n, total
        dlg = self.dialog
        showing = dlg is not None and not self._cancel.is_set()
        if showing:
            dlg.setLabelText(f"正在打印：第 {n} 页，共 {total} 页")
        self.progressed.emit(n, total)
        if showing:  # last: setValue of a modal progress dialog runs the event loop (the next pages, even finished)
            dlg.setMaximum(total)
            dlg.setValue(n)

    def _on_finished(self, outcome: str, message: str) -> None:
        self.outcome, self.message = outcome, message
        self._thread.quit()
        self._thread.wait()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        _running.discard(self)
        if outcome == "failed" and self.parent_widget is not None:
            from dangjian_desktop.ui.messages import show_error

            show_error(self.parent_widget, message, "打印失败")
        self.finished.emit(outcome)


def wait_for_print_jobs(ms: int | None = None) -> bool:
    """Let running jobs end (the app waits for them before it quits)."""
    return all(job.wait(ms) for job in list(_running))
