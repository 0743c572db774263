"""One branch's records at headquarters, read-only: its printed documents and a tab per record type."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QListWidgetItem, QMessageBox, QTableWidget, QTableWidgetItem,
                               QWidget)

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.exchange import BranchOverview, RecordTable, fmt_utc
from dangjian_desktop.ui.forms.ui_branch_records_dialog import Ui_BranchRecordsDialog
from dangjian_desktop.ui.widgets.dialogs import Dialog
from dangjian_desktop.ui.widgets.styling import build_form

if TYPE_CHECKING:
    from dangjian_desktop.services.exchange import ExchangeService


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    """Read-only cells. The table refuses editing as a whole: ``QTableWidgetItem.setFlags`` per cell was slow at
    headquarters (500 branches) and, in PySide6 6.x, drops a reference to Python's None on every call (3,000 per
    fill of the branches table), until the interpreter aborts with "none_dealloc"."""
    table.clear()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for c in range(len(headers)):
        if header.sectionSize(c) > 320:
            header.resizeSection(c, 320)


class BranchRecordsDialog(Dialog):
    def __init__(self, exchange: ExchangeService, branch: BranchOverview, parent: QWidget | None = None):
        super().__init__(parent)
        self.exchange = exchange
        self.branch = branch
        self.ui = build_form(self, Ui_BranchRecordsDialog)
        self.setWindowTitle(f"{branch.name} — 记录（只读）")
        self.ui.titleLabel.setText(branch.name)
        key = f"　签名密钥指纹：{branch.fingerprint}" if branch.fingerprint else "　未签名（旧版程序导出）"
        seq = f"（序号 {branch.sequence}）" if branch.sequence else ""
        self.ui.infoLabel.setText(
            f"最近数据包：{fmt_utc(branch.last_package_at) or '尚未报送'}{seq}　在册党员：{branch.members} 名。{key}\n"
            "这里是各支部报送数据的副本，只能查看，不能修改。")
        self.tables: dict[str, QTableWidget] = {}
        self.documents: list[Path] = exchange.received_documents(branch.uuid)
        for p in self.documents:
            item = QListWidgetItem(f"{p.parent.name}年　{p.stem}")
            item.setData(Qt.ItemDataRole.UserRole, str(p))
            self.ui.documentsList.addItem(item)
        if not self.documents:
            self.ui.documentsList.addItem("（这个支部的数据包中没有打印文档）")
            self.ui.openDocumentButton.setEnabled(False)
        else:
            self.ui.documentsList.setCurrentRow(0)
        for rt in exchange.branch_records(branch.uuid):
            self._add_tab(rt)
        self.ui.openDocumentButton.clicked.connect(self.open_document)
        self.ui.documentsList.itemActivated.connect(lambda _item: self.open_document())
        self.ui.closeButton.clicked.connect(self.accept)
        if "member" in self.tables:
            self.ui.tabs.setCurrentWidget(self.tables["member"])
        elif self.ui.tabs.count() > 1:
            self.ui.tabs.setCurrentIndex(1)

    def _add_tab(self, rt: RecordTable) -> None:
        table = QTableWidget()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        fill_table(table, rt.headers, rt.rows)
        self.tables[rt.table] = table
        self.ui.tabs.addTab(table, f"{rt.title}（{len(rt.rows)}）")

    def open_document(self) -> None:
        item = self.ui.documentsList.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not path:
            return
        from dangjian_desktop.ui.printing import PdfPreviewDialog

        try:
            path = self.exchange.local_file(path)  # on PostgreSQL: from the store when another PC received it
        except DomainError as exc:
            QMessageBox.warning(self, "无法打开", str(exc))
            return
        PdfPreviewDialog(Path(path), f"{self.branch.name} {Path(path).stem}", self,
                         suggested_name=f"{self.branch.name}_{Path(path).name}").exec()
