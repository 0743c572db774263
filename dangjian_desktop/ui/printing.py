"""The one print path for every document: a PDF made by services is previewed inside the app (QtPdf), printed to
the system printer (QPrintDialog), or saved where the user wants it.

QtPdf renders pages with a transparent background: every page image is painted onto white first.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dangjian_desktop.ui.messages import show_error


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


def print_pdf(path: Path, parent: QWidget | None = None, *, ask: bool = True) -> bool:
    """Print a PDF on the system printer. Returns False if the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    doc = load_pdf(path)
    printer.setFromTo(1, doc.pageCount())
    if ask:
        dlg = QPrintDialog(printer, parent)
        dlg.setWindowTitle("打印")
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("无法连接打印机，请检查打印机是否已开启并设为默认。")
    try:
        first = max(1, printer.fromPage() or 1)
        last = min(doc.pageCount(), printer.toPage() or doc.pageCount())
        dpi = printer.resolution()
        for i in range(first - 1, last):
            if i > first - 1:
                printer.newPage()
            rect = painter.viewport()
            width_px = min(rect.width(), int(doc.pagePointSize(i).width() / 72 * dpi))
            img = render_page(doc, i, width_px)
            scaled = img.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(rect.x(), rect.y(), scaled.width(), scaled.height())
            painter.setWindow(img.rect())
            painter.drawImage(0, 0, img)
            painter.setViewport(rect)
    finally:
        painter.end()
        doc.close()
    return True


class PdfPreviewDialog(QDialog):
    """Shows every page of a PDF; buttons 打印…, 另存为PDF…, 关闭 (Esc)."""

    def __init__(self, pdf_path: Path, title: str, parent: QWidget | None = None, suggested_name: str = ""):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.suggested_name = suggested_name or self.pdf_path.name
        self.setWindowTitle(f"打印预览 — {title}")
        self.resize(900, 1000)
        self.doc = load_pdf(self.pdf_path, self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.info_label = QLabel(f"{title}　共 {self.doc.pageCount()} 页")
        bar.addWidget(self.info_label)
        bar.addStretch(1)
        self.print_button = QPushButton("打印…")
        self.print_button.setProperty("primary", True)
        self.save_button = QPushButton("另存为PDF…")
        self.close_button = QPushButton("关闭")
        for b in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("QScrollArea { background: #8A8A8A; }")
        host = QWidget()
        host.setStyleSheet("background: #8A8A8A;")
        self.pages_layout = QVBoxLayout(host)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for i in range(self.doc.pageCount()):
            lbl = QLabel()
            lbl.setPixmap(self._pixmap(i, 760))
            lbl.setStyleSheet("background: white; border: 1px solid #555;")
            self.pages_layout.addWidget(lbl)
            self.page_labels.append(lbl)
        self.scroll.setWidget(host)
        layout.addWidget(self.scroll)
        self.print_button.clicked.connect(self.print_now)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)

    def _pixmap(self, index: int, width: int):  # noqa: ANN202
        from PySide6.QtGui import QPixmap

        return QPixmap.fromImage(render_page(self.doc, index, width))

    def print_now(self) -> None:
        try:
            if print_pdf(self.pdf_path, self):
                self.accept()
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc, "打印失败")

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, "另存为PDF", self.suggested_name, "PDF 文件 (*.pdf)")
        if not target:
            return
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            show_error(self, exc, "保存失败")


def make_and_preview(parent: QWidget | None, title: str, make_pdf: Callable[[Path], Path],
                     suggested_name: str) -> None:
    """Make a PDF into a temp file with ``make_pdf(path)`` and open the preview. Errors become a calm message."""
    import tempfile

    tmpdir = Path(tempfile.mkdtemp(prefix="dangjian-print-"))
    try:
        path = make_pdf(tmpdir / suggested_name)
    except Exception as exc:  # noqa: BLE001
        show_error(parent, exc, "无法生成文档")
        return
    dlg = PdfPreviewDialog(path, title, parent, suggested_name=suggested_name)
    dlg.exec()


def export_pdf(parent: QWidget | None, make_pdf: Callable[[Path], Path], suggested_name: str) -> Path | None:
    """Ask where to save, then make the PDF there."""
    target, _ = QFileDialog.getSaveFileName(parent, "导出PDF", suggested_name, "PDF 文件 (*.pdf)")
    if not target:
        return None
    try:
        return make_pdf(Path(target))
    except Exception as exc:  # noqa: BLE001
        show_error(parent, exc, "无法生成文档")
        return None
