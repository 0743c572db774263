"""报表: every document the app can make, each with 预览/打印 and 导出PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.ui.forms.ui_reports_screen import Ui_ReportsScreen

if TYPE_CHECKING:
    from pathlib import Path

    from dangjian_desktop.services.container import Services
    from dangjian_desktop.services.documents import DocumentSpec


class ReportsScreen(QWidget):
    def __init__(self, services: Services, window: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from dangjian_desktop.services import documents

        self.services = services
        self.specs: list[DocumentSpec] = documents.documents()
        self.ui = Ui_ReportsScreen()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setProperty("role", "title")
        ui.hintLabel.setProperty("role", "hint")
        ui.emptyLabel.setProperty("role", "warning")
        ui.previewButton.setProperty("primary", True)
        ui.previewButton.setDefault(True)
        t = ui.documentsTable
        t.setColumnCount(2)
        t.setHorizontalHeaderLabels(["文档", "内容"])
        t.verticalHeader().setVisible(False)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        t.setRowCount(len(self.specs))
        for row, spec in enumerate(self.specs):
            name = QTableWidgetItem(spec.title)
            name.setData(Qt.ItemDataRole.UserRole, spec.key)
            f = name.font()
            f.setBold(True)
            name.setFont(f)
            t.setItem(row, 0, name)
            t.setItem(row, 1, QTableWidgetItem(spec.summary))
        # rows follow the text at the real width (a page built hidden measured them for a narrow column and
        # kept every row several lines tall)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.yearSpin.setMinimumWidth(120)
        ui.yearSpin.setValue(clock.today().year)
        ui.yearSpin.setMaximum(clock.today().year + 1)
        t.itemSelectionChanged.connect(self._update)
        t.itemActivated.connect(lambda _item: self.print_document())
        ui.previewButton.clicked.connect(self.print_document)
        ui.exportButton.clicked.connect(self.export_pdf)
        if self.specs:
            t.selectRow(0)
        self.refresh()

    def refresh(self) -> None:
        has_branch = self.services.branch.profile() is not None
        self.ui.emptyLabel.setVisible(not has_branch)
        self._update()

    def selected(self) -> DocumentSpec | None:
        rows = self.ui.documentsTable.selectionModel().selectedRows()
        return self.specs[rows[0].row()] if rows else None

    def select(self, key: str) -> None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.ui.documentsTable.selectRow(row)

    def _update(self) -> None:
        spec = self.selected()
        ok = spec is not None and self.services.branch.profile() is not None
        self.ui.previewButton.setEnabled(ok)
        self.ui.exportButton.setEnabled(ok)
        uses_year = bool(spec and spec.uses_year)
        self.ui.yearSpin.setEnabled(uses_year)
        self.ui.yearLabel.setEnabled(uses_year)

    def _year(self) -> int | None:
        spec = self.selected()
        return self.ui.yearSpin.value() if spec and spec.uses_year else None

    def _maker(self, spec: DocumentSpec):  # noqa: ANN202
        from dangjian_desktop.services import documents

        year = self._year()
        if spec.progress:
            return lambda path, progress: documents.make(self.services, spec.key, path, year, progress=progress)
        return lambda path: documents.make(self.services, spec.key, path, year)

    def _name(self, spec: DocumentSpec) -> str:
        from dangjian_desktop.services import documents

        return documents.suggested_name(self.services, spec.key, self._year())

    def _title(self, spec: DocumentSpec) -> str:
        return document_title(spec.title, self._year())

    def print_document(self) -> None:
        """预览/打印 the selected document (menu 文件 › 打印)."""
        from dangjian_desktop.ui.printing import make_and_preview

        spec = self.selected()
        if spec is None or self.services.branch.profile() is None:
            return
        make_and_preview(self, self._title(spec), self._maker(spec), self._name(spec), steps=spec.progress)

    def export_pdf(self) -> Path | None:
        from dangjian_desktop.ui.printing import export_pdf

        spec = self.selected()
        if spec is None or self.services.branch.profile() is None:
            return None
        out = export_pdf(self, self._maker(spec), self._name(spec), steps=spec.progress)
        if out is not None:
            bar = getattr(self.window(), "statusBar", None)
            if callable(bar):
                bar().showMessage(f"已保存：{out}", 10000)
        return out


def document_title(title: str, year: int | None) -> str:
    """The title with its year: 年度党建工作台账 of 2026 is 2026年度党建工作台账 (not 2026年度年度…)."""
    return f"{year}{title}" if year and title.startswith("年度") else title
