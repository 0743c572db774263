"""The one print path for every document: a PDF made by services is previewed inside the app (QtPdf), printed to
the system printer (QPrintDialog; the pages are rasterised and sent on a worker thread, see ``ui.print_job``), or
saved where the user wants it. Several PDFs print as one job (``print_documents``).

QtPdf renders pages with a transparent background: every page image is painted onto white first.
Pages in the preview are rendered lazily (only those scrolled into view), so a long ledger opens at once.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from dangjian_desktop.ui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.messages import show_error
from dangjian_desktop.ui.widgets.dialogs import Dialog

ZOOM_LEVELS = [0.5, 0.75, 1.0, 1.25, 1.5, 2.0]
FIT_WIDTH = 0.0


def load_pdf(path: Path, parent=None) -> QPdfDocument:  # noqa: ANN001
    doc = QPdfDocument(parent)
    status = doc.load(str(path))
    if status != QPdfDocument.Error.None_:
        raise OSError(f"无法读取PDF：{path}")
    return doc


def render_page(doc: QPdfDocument, index: int, width_px: int) -> QImage:
    """One page as an opaque image ``width_px`` wide (white behind the transparent QtPdf rendering)."""
    size_pt = doc.pagePointSize(index)
    height_px = max(1, int(width_px * size_pt.height() / max(1.0, size_pt.width())))
    raw = doc.render(index, QSize(width_px, height_px))
    img = QImage(raw.size(), QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.drawImage(0, 0, raw)
    p.end()
    return img


def ask_printer(parent: QWidget | None, total_pages: int, title: str = "打印",  # noqa: ANN201 - QPrinter | None
                printer=None):  # noqa: ANN001
    """The system print dialog (printer, 页码范围, 份数, 逐份打印, 双面): the chosen QPrinter, or None if cancelled."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFromTo(1, max(1, total_pages))
    dlg = QPrintDialog(printer, parent)
    dlg.setWindowTitle("打印")
    dlg.setMinMax(1, max(1, total_pages))
    opt = QAbstractPrintDialog.PrintDialogOption
    dlg.setOptions(opt.PrintPageRange | opt.PrintCollateCopies | opt.PrintShowPageSize | opt.PrintToFile)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def page_count(path: Path) -> int:
    doc = load_pdf(Path(path))
    try:
        return doc.pageCount()
    finally:
        doc.close()


def print_documents(parent: QWidget | None, paths: list[Path], title: str = "打印", *, ask: bool = True,
                    printer=None, wait: bool = False):  # noqa: ANN001, ANN201 - QPrinter, PrintJob | None
    """Print one or several PDFs as one job (one print dialog, page numbers counted across them) on a worker
    thread with a progress dialog and 取消打印 (``ui.print_job``). Returns the running ``PrintJob``, or None when
    the user cancelled the print dialog. ``wait`` blocks until it is done (tests, the benchmark)."""
    from PySide6.QtCore import QCoreApplication

    from dangjian_desktop.ui.print_job import PrintJob

    paths = [Path(p) for p in paths]
    if ask:
        total = sum(page_count(p) for p in paths)
        printer = ask_printer(parent, total, title, printer)
        if printer is None:
            return None
    elif printer is None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    job = PrintJob(paths, printer, parent, title=title).start()
    if wait:
        job.wait()
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
    return job


def print_pdf(path: Path, parent: QWidget | None = None, *, ask: bool = True, printer=None,  # noqa: ANN001, ANN201
              wait: bool = False):
    """Print a PDF on the system printer (or on ``printer``, e.g. a PdfFormat QPrinter in tests): see
    :func:`print_documents`."""
    return print_documents(parent, [Path(path)], Path(path).stem, ask=ask, printer=printer, wait=wait)


class PdfPreviewDialog(Dialog):
    """Shows the pages of a PDF with page navigation and zoom; 打印…, 另存为PDF…, 关闭 (Esc)."""

    def __init__(self, pdf_path: Path, title: str, parent: QWidget | None = None, suggested_name: str = ""):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.print_job = None
        self.owned_folder: Path | None = None  # removed when the dialog closes (make_preview's folder)
        self.saved_path: Path | None = None
        self.suggested_name = suggested_name or self.pdf_path.name
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"打印预览 — {title}")
        self.doc = load_pdf(self.pdf_path, self)
        n = self.doc.pageCount()
        ui = self.ui
        ui.infoLabel.setText(f"{title}　共 {n} 页")
        ui.pageSpin.setRange(1, max(1, n))
        ui.pageCountLabel.setText(f"/ {n}")
        ui.zoomCombo.addItem("适合宽度", FIT_WIDTH)
        for z in ZOOM_LEVELS:
            ui.zoomCombo.addItem(f"{z * 100:.0f}%", z)
        ui.scroll.setStyleSheet("QScrollArea { background: #8A8A8A; }")
        ui.pagesHost.setStyleSheet("background: #8A8A8A;")
        ui.pagesLayout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        self._rendered_width: dict[int, int] = {}
        for _ in range(n):
            lbl = QLabel()
            lbl.setStyleSheet("background: white; border: 1px solid #555;")
            lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)
            ui.pagesLayout.addWidget(lbl)
            self.page_labels.append(lbl)
        self._zoom = FIT_WIDTH
        self._laid_out_width = -1
        ui.scroll.viewport().installEventFilter(self)
        ui.printButton.setProperty("primary", True)
        ui.printButton.setDefault(True)
        ui.printButton.clicked.connect(self.print_now)
        ui.saveButton.clicked.connect(self.save_as)
        ui.closeButton.clicked.connect(self.reject)
        ui.prevButton.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        ui.nextButton.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        ui.pageSpin.editingFinished.connect(lambda: self.go_to_page(ui.pageSpin.value() - 1))
        ui.zoomCombo.currentIndexChanged.connect(lambda i: self.set_zoom(ui.zoomCombo.itemData(i)))
        ui.zoomInButton.clicked.connect(lambda: self.step_zoom(+1))
        ui.zoomOutButton.clicked.connect(lambda: self.step_zoom(-1))
        ui.scroll.verticalScrollBar().valueChanged.connect(self._on_scroll)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.step_zoom(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self.step_zoom(-1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=lambda: self.go_to_page(self.current_page() + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=lambda: self.go_to_page(self.current_page() - 1))
        screen = QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen else None
        if avail is not None and avail.height() > 200:
            self.resize(min(980, avail.width() - 40), avail.height() - 80)
        self._layout_pages()
        self._update_nav()

    # -- geometry ------------------------------------------------------------------------------------------------
    def page_width_px(self) -> int:
        """Width of a page image at the current zoom (fit width: the viewport minus a margin)."""
        if self._zoom == FIT_WIDTH:
            return max(200, self.ui.scroll.viewport().width() - 40)
        size = self.doc.pagePointSize(0) if self.doc.pageCount() else None
        pts = size.width() if size else 595
        return max(100, int(pts / 72 * self.logicalDpiX() * self._zoom))

    def _layout_pages(self) -> None:
        width = self.page_width_px()
        self._laid_out_width = width
        for i, lbl in enumerate(self.page_labels):
            size = self.doc.pagePointSize(i)
            h = int(width * size.height() / max(1.0, size.width()))
            lbl.setFixedSize(width + 2, h + 2)
            if self._rendered_width.get(i) not in (None, width):
                lbl.clear()
                self._rendered_width.pop(i, None)
        self.ui.pagesHost.adjustSize()
        self._render_visible()

    def _render_visible(self) -> None:
        if self._laid_out_width != self.page_width_px():  # the viewport changed size since the last layout
            self._layout_pages()
            return
        vp = self.ui.scroll.viewport()
        top = self.ui.scroll.verticalScrollBar().value()
        bottom = top + max(vp.height(), 600)
        width = self.page_width_px()
        for i, lbl in enumerate(self.page_labels):
            y0, y1 = lbl.y(), lbl.y() + lbl.height()
            near = y1 >= top - lbl.height() and y0 <= bottom + lbl.height()
            if (near or i == 0) and self._rendered_width.get(i) != width:
                lbl.setPixmap(QPixmap.fromImage(render_page(self.doc, i, width)))
                self._rendered_width[i] = width

    def page_image(self, index: int) -> QImage:
        """The page as shown (rendered now if it was not yet): for tests and thumbnails."""
        width = self.page_width_px()
        if self._rendered_width.get(index) != width:
            self.page_labels[index].setPixmap(QPixmap.fromImage(render_page(self.doc, index, width)))
            self._rendered_width[index] = width
        return self.page_labels[index].pixmap().toImage()

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802 - Qt API
        # 适合宽度 follows the viewport, which gets its new size after the dialog's own resizeEvent
        if event.type() == QEvent.Type.Resize and obj is self.ui.scroll.viewport() and self._zoom == FIT_WIDTH:
            self._layout_pages()
        return super().eventFilter(obj, event)

    # -- navigation and zoom -------------------------------------------------------------------------------------
    def current_page(self) -> int:
        top = self.ui.scroll.verticalScrollBar().value()
        for i, lbl in enumerate(self.page_labels):
            if lbl.y() + lbl.height() / 2 >= top:
                return i
        return max(0, len(self.page_labels) - 1)

    def go_to_page(self, index: int) -> None:
        if not self.page_labels:
            return
        index = max(0, min(len(self.page_labels) - 1, index))
        self.ui.scroll.verticalScrollBar().setValue(self.page_labels[index].y() - 6)
        self._render_visible()
        self._update_nav(index)

    def _on_scroll(self, _value: int) -> None:
        self._render_visible()
        self._update_nav()

    def _update_nav(self, index: int | None = None) -> None:
        i = self.current_page() if index is None else index
        self.ui.pageSpin.blockSignals(True)
        self.ui.pageSpin.setValue(i + 1)
        self.ui.pageSpin.blockSignals(False)
        self.ui.prevButton.setEnabled(i > 0)
        self.ui.nextButton.setEnabled(i < len(self.page_labels) - 1)

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        page = self.current_page()
        self._zoom = float(zoom)
        idx = self.ui.zoomCombo.findData(self._zoom)
        if idx >= 0 and idx != self.ui.zoomCombo.currentIndex():
            self.ui.zoomCombo.blockSignals(True)
            self.ui.zoomCombo.setCurrentIndex(idx)
            self.ui.zoomCombo.blockSignals(False)
        self._layout_pages()
        self.go_to_page(page)

    def step_zoom(self, direction: int) -> None:
        current = self._zoom
        if current == FIT_WIDTH:
            size = self.doc.pagePointSize(0)
            current = self.page_width_px() / max(1.0, size.width() / 72 * self.logicalDpiX())
        if direction > 0:
            nxt = next((z for z in ZOOM_LEVELS if z > current + 0.01), ZOOM_LEVELS[-1])
        else:
            nxt = next((z for z in reversed(ZOOM_LEVELS) if z < current - 0.01), ZOOM_LEVELS[0])
        self.set_zoom(nxt)

    # -- actions -------------------------------------------------------------------------------------------------
    def print_now(self) -> None:
        """The print dialog, then the job on its worker thread; the preview closes when the pages are sent."""
        try:
            job = print_pdf(self.pdf_path, self)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, "打印失败")
            return
        if job is not None:
            self.print_job = job
            self.ui.printButton.setEnabled(False)
            job.finished.connect(self._print_finished)

    def _print_finished(self, outcome: str) -> None:
        self.ui.printButton.setEnabled(True)
        if outcome == "done":
            self.accept()

    def save_to(self, target: Path) -> Path:
        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        shutil.copyfile(self.pdf_path, target)
        return target

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, "另存为PDF", self.suggested_name, "PDF 文件 (*.pdf)")
        if not target:
            return
        try:
            saved = self.save_to(Path(target))
        except OSError as exc:
            show_error(self, exc, "保存失败")
            return
        self.saved_path = saved
        self.ui.infoLabel.setText(f"已另存为：{saved}")
        messages.saved_file(self, saved)

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        super().done(result)
        self.doc.close()
        if self.owned_folder is not None:  # the preview's own PDF (names, ID numbers): gone with the preview
            folder, self.owned_folder = self.owned_folder, None
            if self.print_job is not None and self.print_job.is_running():  # the printer still reads it
                self.print_job.finished.connect(lambda _o: shutil.rmtree(folder, ignore_errors=True))
            else:
                shutil.rmtree(folder, ignore_errors=True)


def _scratch_for(parent: QWidget | None) -> Path | None:
    """The data folder's private scratch folder of the window ``parent`` belongs to (the first widget up its chain
    that holds ``services``), or None when there is none (then the system's temp folder is used)."""
    from dangjian_desktop.paths import scratch_dir

    w = parent
    while w is not None:
        services = getattr(w, "services", None)
        store = getattr(services, "store", None)
        if store is not None:
            try:
                return scratch_dir(store.paths)
            except OSError:
                return None
        w = w.parentWidget()
    return None


def scratch_folder(parent: QWidget | None) -> Path:
    """A new private folder for PDFs made to be printed (personal data): in the data folder's scratch folder when
    there is one. The caller removes it (``remove_when_done``)."""
    return Path(tempfile.mkdtemp(prefix="print-", dir=_scratch_for(parent)))


def remove_when_done(folder: Path, job) -> None:  # noqa: ANN001 - PrintJob | None
    """Remove ``folder`` once ``job`` has sent its pages (at once when there is no job)."""
    if job is None or not job.is_running():
        shutil.rmtree(folder, ignore_errors=True)
    else:
        job.finished.connect(lambda _outcome: shutil.rmtree(folder, ignore_errors=True))


def make_in_background(parent: QWidget | None, make: Callable[..., Path], label: str = "正在生成…", *,
                       steps: bool = False, cancellable: bool = False) -> Path:
    """``make()`` on the thread pool, waited for with the event loop running (``widgets.steps.run_and_wait``)."""
    from dangjian_desktop.ui.widgets.steps import run_and_wait

    return run_and_wait(parent, label, make, steps=steps, cancellable=cancellable)


def _make(parent: QWidget | None, title: str, make_pdf: Callable[..., Path], target: Path, steps: bool) -> Path:
    """``make_pdf(target)`` (or ``make_pdf(target, progress)`` with ``steps``) off the GUI thread."""
    if steps:
        return make_in_background(parent, lambda report: make_pdf(target, report), f"正在生成{title}…",
                                  steps=True, cancellable=True)
    return make_in_background(parent, lambda: make_pdf(target), f"正在生成{title}…")


def make_preview(parent: QWidget | None, title: str, make_pdf: Callable[..., Path],
                 suggested_name: str, *, steps: bool = False) -> PdfPreviewDialog | None:
    """Make a PDF into a temp file with ``make_pdf(path)`` and build its preview dialog (not shown).
    It is made on the thread pool while the window stays responsive; with ``steps`` ``make_pdf(path, progress)``
    reports its pages (「第 n / N …」) and the user may cancel (then ``None``; nothing is left behind).
    Errors become a calm message and ``None``. The PDF holds personal data: it is made in the data folder's
    private scratch folder (tmp/, never the system's temp folder when the data folder can be written) and removed
    when the preview closes; a kill leaves it for the next start to remove."""
    from dangjian_desktop.domain.errors import Cancelled

    tmpdir = Path(tempfile.mkdtemp(prefix="print-", dir=_scratch_for(parent)))
    target = tmpdir / suggested_name
    try:
        made = _make(parent, title, make_pdf, target, steps)
        dlg = PdfPreviewDialog(made, title, parent, suggested_name=suggested_name)
    except Cancelled:
        shutil.rmtree(tmpdir, ignore_errors=True)
        return None
    except Exception as exc:  # noqa: BLE001
        shutil.rmtree(tmpdir, ignore_errors=True)
        show_error(parent, exc, "无法生成文档")
        return None
    dlg.owned_folder = tmpdir
    return dlg


def make_and_preview(parent: QWidget | None, title: str, make_pdf: Callable[..., Path],
                     suggested_name: str, *, steps: bool = False) -> PdfPreviewDialog | None:
    """Make a PDF and show it in the preview (modal). Returns the dialog after it closed, or None on error or
    when cancelled."""
    dlg = make_preview(parent, title, make_pdf, suggested_name, steps=steps)
    if dlg is not None:
        dlg.exec()
    return dlg


def export_pdf(parent: QWidget | None, make_pdf: Callable[..., Path], suggested_name: str, *,
               steps: bool = False) -> Path | None:
    """Ask where to save, then make the PDF there off the GUI thread (``steps``: see :func:`make_preview`)."""
    from dangjian_desktop.domain.errors import Cancelled

    target, _ = QFileDialog.getSaveFileName(parent, "导出PDF", suggested_name, "PDF 文件 (*.pdf)")
    if not target:
        return None
    path = Path(target)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        out = _make(parent, "PDF", make_pdf, path, steps)
    except Cancelled:
        return None
    except Exception as exc:  # noqa: BLE001
        show_error(parent, exc, "无法生成文档")
        return None
    messages.saved_file(parent, out, "PDF")
    return out
