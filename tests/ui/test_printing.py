"""The one print path: preview a real PDF offscreen (pages on white), navigate and zoom, print to a PDF printer."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPageSize
from PySide6.QtPrintSupport import QPrinter

from dangjian_desktop import clock
from dangjian_desktop.ui import printing
from dangjian_desktop.ui.printing import PdfPreviewDialog, make_preview, print_pdf


@pytest.fixture
def ledger_pdf(demo_services, tmp_path):

    from dangjian_desktop.services import ledger

    return ledger.ledger_pdf(demo_services, clock.today().year, tmp_path / "台账.pdf")


def _ink(img, step=6) -> int:
    return sum(1 for x in range(0, img.width(), step) for y in range(0, img.height(), step)
               if img.pixelColor(x, y).lightness() < 128)


def test_preview_renders_pages_on_white(qtbot, ledger_pdf):
    dlg = PdfPreviewDialog(ledger_pdf, "年度党建工作台账")
    qtbot.addWidget(dlg)
    dlg.resize(900, 900)
    dlg.show()
    n = dlg.doc.pageCount()
    assert n >= 5 and len(dlg.page_labels) == n and f"共 {n} 页" in dlg.ui.infoLabel.text()
    img = dlg.page_image(0)
    assert dlg.page_labels[0].width() == img.width() + 2  # the whole page fits its frame (nothing cropped)
    assert img.width() > dlg.ui.scroll.viewport().width() * 0.8  # 适合宽度 fills the window
    assert img.pixelColor(2, 2) == QColor("white")  # QtPdf is transparent: white painted behind
    assert img.pixelColor(img.width() // 2, img.height() - 3) == QColor("white")
    assert _ink(img) > 20  # the cover really has text on it
    last = dlg.page_image(n - 1)
    assert _ink(last) > 20


def test_navigation_and_zoom(qtbot, ledger_pdf):
    dlg = PdfPreviewDialog(ledger_pdf, "台账")
    qtbot.addWidget(dlg)
    dlg.resize(900, 800)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert not dlg.ui.prevButton.isEnabled()
    dlg.go_to_page(2)
    assert dlg.current_page() == 2 and dlg.ui.pageSpin.value() == 3
    dlg.ui.nextButton.click()
    assert dlg.current_page() == 3
    fit = dlg.page_width_px()
    dlg.set_zoom(2.0)
    wide = dlg.page_width_px()
    assert wide > fit and dlg.page_image(3).width() == wide
    assert dlg.current_page() == 3  # zoom keeps the page in view
    dlg.step_zoom(-1)
    assert dlg.zoom() == 1.5
    dlg.go_to_page(999)
    assert dlg.current_page() == dlg.doc.pageCount() - 1 and not dlg.ui.nextButton.isEnabled()


def test_print_to_pdf_printer_and_save(qtbot, ledger_pdf, tmp_path):
    from pypdf import PdfReader

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_pdf(ledger_pdf, ask=False, printer=printer, wait=True).outcome == "done"
    assert len(PdfReader(str(out)).pages) == len(PdfReader(str(ledger_pdf)).pages)
    # what reached the printer is the document, not blank pages
    doc = printing.load_pdf(out)
    assert _ink(printing.render_page(doc, 0, 400), 3) > 20
    doc.close()
    dlg = PdfPreviewDialog(ledger_pdf, "台账")
    qtbot.addWidget(dlg)
    saved = dlg.save_to(tmp_path / "副本")
    assert saved.name == "副本.pdf" and saved.read_bytes() == ledger_pdf.read_bytes()


def test_make_preview_reports_errors_calmly(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(printing, "show_error", lambda parent, exc, title="": shown.append(str(exc)))

    def fail(path):
        from dangjian_desktop.domain.errors import DomainError

        raise DomainError("还没有填写党支部基本信息。")

    assert make_preview(None, "x", fail, "x.pdf") is None
    assert shown == ["还没有填写党支部基本信息。"]
