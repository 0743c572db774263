"""Printing like a desktop application (issue 21): the year's minutes book goes to a file-backed printer on a
worker thread while the event loop keeps running, the progress moves, 取消打印 stops it, the print dialog's page
range and copies are honoured, several documents are one job, and the job is a small fraction of what the old
path (every page a 300-dpi colour image) sent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage, QPageRanges, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget

from dangjian_desktop.ui import printing
from dangjian_desktop.ui.print_job import job_pages, paint_fitted, render_page
from tests.conftest import demo_year


@pytest.fixture
def book(demo_services, tmp_path):
    return demo_services.meetings.minutes_book_pdf(demo_year(), tmp_path / "记录本.pdf")


def _file_printer(path, dpi: int = 100) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def _pages(path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def _ink(img: QImage, step: int = 4) -> int:
    return sum(1 for x in range(0, img.width(), step) for y in range(0, img.height(), step)
               if img.pixelColor(x, y).lightness() < 128)


# -- which pages are sent (a hand-worked plan) ---------------------------------------------------------------------

def test_job_pages_ranges_copies_and_duplex():
    # two documents of 3 and 2 pages: pages 1-3 are the first, 4-5 the second
    assert job_pages([3, 2]) == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1)]
    assert job_pages([3, 2], wanted=[2, 4]) == [(0, 1), (1, 0)]
    # duplex: the second document starts on the front of a new sheet
    assert job_pages([3, 2], duplex=True) == [(0, 0), (0, 1), (0, 2), None, (1, 0), (1, 1)]
    # copies the app makes itself: collated (1 2 3 1 2 3, each copy on a new sheet when duplex) or not (1 1 2 2)
    assert job_pages([3], copies=2, duplex=True) == [(0, 0), (0, 1), (0, 2), None, (0, 0), (0, 1), (0, 2)]
    assert job_pages([2], copies=2, collate=False) == [(0, 0), (0, 0), (0, 1), (0, 1)]
    assert job_pages([2, 2], wanted=[9]) == []


# -- the year's minutes book through the app's print path ----------------------------------------------------------

def test_printing_the_book_keeps_the_window_alive_and_shows_progress(qtbot, book, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    total = printing.page_count(book)
    assert total >= 20
    printer = _file_printer(tmp_path / "printed.pdf")
    ranges = QPageRanges()
    ranges.addRange(2, 9)  # 页码范围 2-9 chosen in the print dialog
    printer.setPageRanges(ranges)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    ticks: list[int] = []  # the progress seen by a timer on the GUI thread, once per tick
    progress: list[tuple[int, int]] = []
    labels: list[str] = []
    job = printing.print_pdf(book, window, ask=False, printer=printer)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(job.done_pages))
    timer.start(5)

    mid_job: list[int] = []  # pages the worker had done when a progress report reached the GUI thread

    def seen(n: int, of: int) -> None:
        progress.append((n, of))
        mid_job.append(job.done_pages)
        if job.dialog is not None:
            labels.append(job.dialog.labelText())

    job.progressed.connect(seen)
    with qtbot.waitSignal(job.finished, timeout=120_000) as outcome:
        pass
    timer.stop()
    assert outcome.args == ["done"]
    assert progress == [(n, 8) for n in range(1, 9)]  # pages 2-9: eight pages, one at a time
    assert "正在打印：第 8 页，共 8 页" in labels
    # the event loop ran while pages were being printed, not only before and after
    # (a timer tick or a progress report handled by the GUI thread before the worker's last page: on a loaded
    # machine the 5 ms timer alone may be late, the queued reports are not)
    assert any(0 < n < 8 for n in ticks) or any(d < 8 for d in mid_job), (ticks, mid_job)
    assert _pages(tmp_path / "printed.pdf") == 8
    # what reached the printer is page 2 of the book (the contents), not blank paper
    out = printing.load_pdf(tmp_path / "printed.pdf")
    src = printing.load_pdf(book)
    try:
        printed, original = render_page(out, 0, 72), render_page(src, 1, 72)
        assert _ink(printed) > 50
        diff = sum(1 for x in range(0, printed.width(), 2) for y in range(0, printed.height(), 2)
                   if abs(printed.pixelColor(x, y).lightness() - original.pixelColor(x, y).lightness()) > 128)
        assert diff < printed.width() * printed.height() / 4 / 20  # the same page, give or take the halftone
    finally:
        out.close()
        src.close()


def test_cancel_stops_the_job(qtbot, book, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    total = printing.page_count(book)
    job = printing.print_pdf(book, window, ask=False, printer=_file_printer(tmp_path / "printed.pdf", 60))
    assert job.dialog is not None

    def press_cancel(n: int, _of: int) -> None:
        if n == 2:  # the user presses 取消打印 in the progress dialog
            button = next(b for b in job.dialog.findChildren(QPushButton) if b.text() == "取消打印")
            button.click()

    job.progressed.connect(press_cancel)
    with qtbot.waitSignal(job.finished, timeout=120_000) as outcome:
        pass
    assert outcome.args == ["cancelled"]
    assert 2 <= job.done_pages < total, (job.done_pages, total)  # stopped between pages, long before the end
    assert not (tmp_path / "printed.pdf").exists()  # a cancelled print to a file leaves no half file


def test_copies_and_several_documents_are_one_job(qtbot, demo_services, tmp_path):
    meetings = demo_services.meetings
    year = demo_year()
    final, _drafts = meetings.year_records(year)
    docs = [meetings.minutes_pdf(uuid, tmp_path / f"{i}.pdf") for i, uuid in enumerate(final[:3])]
    counts = [printing.page_count(p) for p in docs]
    printer = _file_printer(tmp_path / "printed.pdf", 60)
    printer.setCopyCount(2)  # a PDF file cannot make copies itself: the app sends the pages twice
    job = printing.print_documents(None, docs, "会议记录", ask=False, printer=printer, wait=True)
    assert job.outcome == "done"
    assert _pages(tmp_path / "printed.pdf") == 2 * sum(counts)


def test_job_is_a_small_fraction_of_the_old_colour_images(qapp, book, tmp_path):
    """Today's path drew every page as a 300-dpi colour image; the same three pages now go as 1-bit halftone."""
    doc = printing.load_pdf(book)
    old = _file_printer(tmp_path / "old.pdf", 300)
    painter = QPainter(old)
    for i in range(3):
        if i:
            old.newPage()
        img = render_page(doc, i, 300)
        assert img.format() == QImage.Format.Format_RGB32
        paint_fitted(painter, img)  # placed on the page as the print job places its images
    painter.end()
    doc.close()
    printer = _file_printer(tmp_path / "new.pdf", 300)
    printer.setFromTo(1, 3)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    job = printing.print_pdf(book, ask=False, printer=printer, wait=True)
    assert job.outcome == "done" and _pages(tmp_path / "new.pdf") == 3
    assert (tmp_path / "new.pdf").stat().st_size <= (tmp_path / "old.pdf").stat().st_size / 4


def test_colour_pages_keep_their_colour_unless_grey_is_chosen(qapp, tmp_path):
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen import canvas

    src = tmp_path / "red.pdf"
    c = canvas.Canvas(str(src))
    c.setFillColor(HexColor("#B22222"))
    c.rect(100, 400, 300, 300, fill=1, stroke=0)
    c.save()
    for grey in (False, True):
        out = tmp_path / f"out{grey}.pdf"
        printer = _file_printer(out, 60)
        if grey:
            printer.setColorMode(QPrinter.ColorMode.GrayScale)
        assert printing.print_pdf(src, ask=False, printer=printer, wait=True).outcome == "done"
        doc = printing.load_pdf(out)
        img = render_page(doc, 0, 40)
        doc.close()
        centre = img.pixelColor(img.width() * 250 // 595, img.height() * (842 - 550) // 842)
        assert centre != QColor("white")
        assert (centre.red() == centre.green() == centre.blue()) == grey, centre.name()


def test_the_whole_years_records_print_as_one_action(qtbot, demo_services, tmp_path, monkeypatch):
    from dangjian_desktop.ui.screens.meetings_screen import make_screen

    screen = make_screen(demo_services, None)
    qtbot.addWidget(screen)
    screen.show()
    year = demo_year()
    screen.ui.yearCombo.setCurrentIndex(screen.ui.yearCombo.findData(year))
    asked: list[int] = []

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(printing, "scratch_folder", lambda parent: scratch)

    def dialog(parent, total, title, printer=None):  # the user picks pages 1-5 in the one print dialog
        asked.append((total, sum(printing.page_count(p) for p in scratch.glob("*.pdf"))))
        chosen = _file_printer(tmp_path / "year.pdf", 60)
        chosen.setFromTo(1, 5)
        chosen.setPrintRange(QPrinter.PrintRange.PageRange)
        return chosen

    monkeypatch.setattr(printing, "ask_printer", dialog)
    screen.ui.yearRecordsButton.click()
    qtbot.waitUntil(lambda: screen.print_job is not None, timeout=120_000)
    qtbot.waitUntil(lambda: screen.print_job.outcome is not None, timeout=120_000)
    final, _drafts = demo_services.meetings.year_records(year)
    job = screen.print_job
    assert (job.outcome, job.message) == ("done", "") and len(job.paths) == len(final)
    assert len(asked) == 1 and asked[0][0] == asked[0][1]  # one dialog for all of the year's pages
    assert _pages(tmp_path / "year.pdf") == 5
    assert not scratch.exists()  # the records (personal data) are removed once they are printed


def test_the_books_pdf_is_made_while_the_window_keeps_running(qtbot, demo_services, monkeypatch, tmp_path):
    from dangjian_desktop.ui.screens.meetings_screen import make_screen

    screen = make_screen(demo_services, None)
    qtbot.addWidget(screen)
    screen.show()
    screen.ui.yearCombo.setCurrentIndex(screen.ui.yearCombo.findData(demo_year()))
    ticks: list[int] = []
    shown: list[tuple[int, int]] = []  # (ticks when the preview opened, its pages)
    monkeypatch.setattr(printing.PdfPreviewDialog, "exec",
                        lambda dlg: shown.append((len(ticks), dlg.doc.pageCount())) or dlg.done(0) or 0)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    screen.ui.bookButton.click()  # returns once the preview was shown (and, patched, closed)
    timer.stop()
    book = demo_services.meetings.minutes_book_pdf(demo_year(), tmp_path / "book.pdf")
    assert len(shown) == 1 and shown[0][1] == printing.page_count(book)
    assert shown[0][0] > 0  # the timer ticked while the book was being made: the GUI thread was not blocked


def test_print_from_the_preview_closes_it_when_the_pages_are_sent(qtbot, book, tmp_path, monkeypatch):
    chosen = _file_printer(tmp_path / "printed.pdf", 60)
    chosen.setFromTo(1, 2)
    chosen.setPrintRange(QPrinter.PrintRange.PageRange)
    monkeypatch.setattr(printing, "ask_printer", lambda parent, total, title, printer=None: chosen)
    dlg = printing.PdfPreviewDialog(book, "会议记录本")
    qtbot.addWidget(dlg)
    dlg.show()
    with qtbot.waitSignal(dlg.finished, timeout=120_000) as closed:
        dlg.ui.printButton.click()
        assert not dlg.ui.printButton.isEnabled()  # no second job while this one runs
    assert closed.args == [int(dlg.DialogCode.Accepted)] and dlg.print_job.outcome == "done"
    assert _pages(tmp_path / "printed.pdf") == 2


def test_a_file_that_is_no_pdf_fails_with_a_message(qtbot, tmp_path, monkeypatch):
    from dangjian_desktop.ui import messages

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title="": shown.append((str(exc), title)))
    bad = tmp_path / "坏文件.pdf"
    bad.write_bytes(b"not a pdf at all")
    window = QWidget()
    qtbot.addWidget(window)
    job = printing.print_documents(window, [bad], "坏文件", ask=False, printer=_file_printer(tmp_path / "o.pdf"),
                                   wait=True)
    assert job.outcome == "failed"
    assert shown and "无法读取PDF" in shown[0][0] and shown[0][1] == "打印失败"
