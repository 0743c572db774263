"""报表: every document previews and exports."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from dangjian_desktop import clock
from dangjian_desktop.ui import printing
from dangjian_desktop.ui.screens.reports_screen import ReportsScreen
from tests.conftest import pdf_text


def test_preview_and_export_every_document(qtbot, demo_services, tmp_path, monkeypatch):
    shown: list[printing.PdfPreviewDialog] = []
    monkeypatch.setattr(printing.PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    screen = ReportsScreen(demo_services)
    qtbot.addWidget(screen)
    assert not screen.ui.emptyLabel.isVisibleTo(screen)
    assert [s.key for s in screen.specs][:2] == ["ledger", "roster"]
    screen.select("ledger")
    assert screen.ui.yearSpin.isEnabled() and screen.ui.yearSpin.value() == clock.today().year
    screen.print_document()
    assert len(shown) == 1 and shown[0].doc.pageCount() >= 5
    assert f"{clock.today().year}年度" in shown[0].windowTitle()
    screen.select("roster")
    assert not screen.ui.yearSpin.isEnabled()
    target = tmp_path / "名册"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    out = screen.export_pdf()
    assert out == tmp_path / "名册.pdf" and "党员名册" in pdf_text(out).replace(" ", "")


def test_empty_store_disables_and_explains(qtbot, services):
    screen = ReportsScreen(services)
    qtbot.addWidget(screen)
    assert screen.ui.emptyLabel.isVisibleTo(screen)
    assert not screen.ui.previewButton.isEnabled() and not screen.ui.exportButton.isEnabled()
