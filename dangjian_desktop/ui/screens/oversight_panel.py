"""Headquarters' 首页: the branches that need a call, with their reasons, and the compliance matrix (branches ×
requirements, held/required, gaps in red, filter by 所属党组织 and by requirement, sort by any column, drill down to
the meetings behind a cell); 打印汇总表 and 导出Excel. Everything it shows comes from services.oversight."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.oversight import BranchOverview, Tally, needing_attention
from dangjian_desktop.domain.oversight_matrix import Column, matches, short, value
from dangjian_desktop.ui.forms.ui_oversight_drill_dialog import Ui_OversightDrillDialog
from dangjian_desktop.ui.forms.ui_oversight_panel import Ui_OversightPanel
from dangjian_desktop.ui.theme import PARTY_RED
from dangjian_desktop.ui.widgets.dialogs import Dialog
from dangjian_desktop.ui.widgets.operations import attempt, call

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

GAP = QColor("#FBE3E1")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ALL = "（全部）"


class SortItem(QTableWidgetItem):
    """A cell that sorts by its key (numbers as numbers, held/required by the share held), not by its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        a, b = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if a is None or b is None or type(a) is not type(b):
            return super().__lt__(other)
        return a < b


def _text(cell: object) -> str:
    if cell is None:
        return "—"
    if isinstance(cell, Tally):
        return f"{cell.held}/{cell.required}"
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)


def _key(cell: object) -> object:
    if isinstance(cell, Tally):
        return float(cell.held / cell.required if cell.required else 1.0) * 10000 + cell.required
    if isinstance(cell, dt.date):
        return float(cell.toordinal())
    if isinstance(cell, int):
        return float(cell)
    return -1.0


def _item(text: str, key: object = None, center: bool = True) -> SortItem:
    it = SortItem(text)
    it.setData(SORT_ROLE, key if key is not None else text)
    if center:
        it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return it


class OversightPanel(QWidget):
    def __init__(self, services: Services, window: QWidget | None = None, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.services = services
        self.window_ = window
        self._today = today
        self.rows: list[BranchOverview] = []
        self.shown: list[BranchOverview] = []
        self.columns: list[Column] = []
        self.ui = Ui_OversightPanel()
        self.ui.setupUi(self)
        ui = self.ui
        for lbl in (ui.attentionHint, ui.legendLabel, ui.attentionEmpty):
            lbl.setProperty("role", "hint")
        ui.periodCombo.addItem("全年", (None, None))
        for q, label in enumerate(("第一季度", "第二季度", "第三季度", "第四季度"), start=1):
            ui.periodCombo.addItem(label, (q, None))
        for m in range(1, 13):
            ui.periodCombo.addItem(f"{m}月", (None, m))
        ui.yearSpin.setValue(self.today().year)
        ui.yearSpin.setMaximum(self.today().year + 1)
        for t in (ui.attentionTable, ui.matrixTable):
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems if t is ui.matrixTable
                                   else QAbstractItemView.SelectionBehavior.SelectRows)
            t.verticalHeader().setVisible(False)
        a = ui.attentionTable
        a.setColumnCount(3)
        a.setHorizontalHeaderLabels(["党支部", "需要关注的事项", "最近数据包"])
        a.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        a.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        a.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        a.setWordWrap(True)
        # wrapped rows need their height again once the stretched column has its real width
        a.horizontalHeader().sectionResized.connect(lambda *_: a.resizeRowsToContents())
        a.itemActivated.connect(self._show_in_matrix)
        ui.matrixTable.itemActivated.connect(lambda _i: self.drill())
        ui.drillButton.clicked.connect(self.drill)
        ui.yearSpin.valueChanged.connect(lambda _v: self.refresh())
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.committeeCombo.currentIndexChanged.connect(lambda _i: self._fill())
        ui.requirementCombo.currentIndexChanged.connect(lambda _i: self._fill_matrix())
        ui.printButton.clicked.connect(self.print_document)
        ui.exportButton.clicked.connect(self.export_xlsx)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        QTimer.singleShot(0, self.ui.attentionTable.resizeRowsToContents)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        QTimer.singleShot(0, self.ui.attentionTable.resizeRowsToContents)

    def today(self) -> dt.date:
        return self._today or clock.today()

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    @property
    def span(self) -> dict[str, int | None]:
        """``quarter``/``month`` chosen (both None: the whole year)."""
        quarter, month = self.ui.periodCombo.currentData() or (None, None)
        return {"quarter": quarter, "month": month}

    def _file_stem(self) -> str:
        label = self.ui.periodCombo.currentText()
        return f"{self.year}年{'' if label == '全年' else label}党支部工作情况汇总表"

    # -- data ----------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        from dangjian_desktop.services.oversight_paper import matrix

        rows = call(self, lambda: self.services.oversight.overview(self.year, self.today(), **self.span),
                    "无法汇总各支部情况")
        self.rows = rows or []
        self.columns = matrix(self.rows)
        combo = self.ui.committeeCombo
        current = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(ALL)
        for name in sorted({r.parent_committee for r in self.rows if r.parent_committee}):
            combo.addItem(name)
        combo.setCurrentIndex(max(0, combo.findText(current)))
        combo.setVisible(combo.count() > 2)
        self.ui.committeeLabel.setVisible(combo.count() > 2)
        combo.blockSignals(False)
        req = self.ui.requirementCombo
        chosen = req.currentData()
        req.blockSignals(True)
        req.clear()
        req.addItem("全部党支部", None)
        req.addItem("有需要关注事项的党支部", "gaps")
        for c in self.columns:
            if c.kind == "tally" or c.key == "rect" or c.key.startswith("f:"):
                req.addItem(f"{c.label}有缺漏" if c.kind == "tally" else f"{c.label}大于0", c.key)
        req.setCurrentIndex(max(0, req.findData(chosen)))
        req.blockSignals(False)
        self._fill()

    def _in_committee(self, r: BranchOverview) -> bool:
        chosen = self.ui.committeeCombo.currentText()
        return chosen in ("", ALL) or r.parent_committee == chosen

    def _fill(self) -> None:
        self._fill_attention()
        self._fill_matrix()

    def _fill_attention(self) -> None:
        rows = needing_attention([r for r in self.rows if self._in_committee(r)])
        self.attention = rows
        t = self.ui.attentionTable
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = _item(r.name, center=False)
            name.setData(Qt.ItemDataRole.UserRole, r.uuid)
            reasons = _item("；".join(r.attention), center=False)
            if r.severity >= 3:
                reasons.setForeground(QBrush(QColor(PARTY_RED)))
            package = _item(r.last_package.isoformat() if r.last_package else "未收到")
            for col, it in enumerate((name, reasons, package)):
                t.setItem(i, col, it)
        t.resizeRowsToContents()
        self.ui.attentionTable.setVisible(bool(rows))
        self.ui.attentionEmpty.setVisible(not rows)
        if not self.rows:
            self.ui.attentionEmpty.setText("还没有导入任何党支部的数据包。请在“数据交换”中导入支部交来的数据包。")
        self.ui.tabs.setTabText(0, f"需要关注的党支部（{len(rows)}）")

    def _fill_matrix(self) -> None:
        requirement = self.ui.requirementCombo.currentData()
        rows = [r for r in self.rows if self._in_committee(r) and matches(r, requirement)]
        self.shown = rows
        t = self.ui.matrixTable
        t.setSortingEnabled(False)
        t.clear()
        t.setColumnCount(2 + len(self.columns))
        t.setHorizontalHeaderLabels(["党支部", "数据包", *(c.label for c in self.columns)])
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = _item(r.name, center=False)
            name.setData(Qt.ItemDataRole.UserRole, r.uuid)
            t.setItem(i, 0, name)
            pkg = _item(r.last_package.isoformat() if r.last_package else "未收到",
                        float(r.last_package.toordinal()) if r.last_package else -1.0)
            if r.last_package is None or any("数据包" in a for a in r.attention):
                pkg.setBackground(QBrush(GAP))
            t.setItem(i, 1, pkg)
            for j, c in enumerate(self.columns, start=2):
                cell = value(r, c)
                it = _item(_text(cell), _key(cell))
                if short(cell, c) or (c.key == "term_end" and any("任期" in a for a in r.attention)):
                    it.setBackground(QBrush(GAP))
                    it.setForeground(QBrush(QColor(PARTY_RED)))
                if c.key.startswith("m:"):
                    it.setToolTip("双击查看这些会议记录")
                t.setItem(i, j, it)
        t.setSortingEnabled(True)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.tabs.setTabText(1, f"完成情况矩阵（{len(rows)}）")

    # -- drill down ---------------------------------------------------------------------------------------------
    def _show_in_matrix(self, item: QTableWidgetItem) -> None:
        uuid = self.ui.attentionTable.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.ui.requirementCombo.setCurrentIndex(0)
        self.ui.tabs.setCurrentWidget(self.ui.matrixTab)
        t = self.ui.matrixTable
        for i in range(t.rowCount()):
            if t.item(i, 0).data(Qt.ItemDataRole.UserRole) == uuid:
                t.setCurrentCell(i, 0)
                t.scrollToItem(t.item(i, 0))
                break

    def drill(self) -> OversightDrillDialog | None:
        """The meetings behind the current cell (a branch, a kind of meeting)."""
        t = self.ui.matrixTable
        item = t.currentItem()
        if item is None or item.column() < 2:
            return None
        col = self.columns[item.column() - 2]
        if not col.key.startswith("m:"):
            return None
        uuid = t.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        row = next(r for r in self.rows if r.uuid == uuid)
        lines = call(self, lambda: self.services.oversight.meetings_behind(row, col.key[2:]), "无法读取会议记录")
        if lines is None:
            return None
        dlg = OversightDrillDialog(f"{row.name}　{self.year}年　{col.label}", lines, self)
        if not getattr(self, "no_exec", False):
            dlg.exec()
        return dlg

    # -- paper and Excel ----------------------------------------------------------------------------------------
    def print_document(self) -> None:
        from dangjian_desktop.ui.printing import make_and_preview

        span = self.span
        make_and_preview(self, "党支部工作情况汇总表",
                         lambda p: self.services.oversight.summary_pdf(p, self.year, **span), f"{self._file_stem()}.pdf")

    def export_pdf(self) -> None:
        from dangjian_desktop.ui.printing import export_pdf

        span = self.span
        export_pdf(self, lambda p: self.services.oversight.summary_pdf(p, self.year, **span), f"{self._file_stem()}.pdf")

    def export_xlsx(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, "导出Excel", f"{self._file_stem()}.xlsx", "Excel 文件 (*.xlsx)")
        if target:
            span = self.span
            attempt(self, lambda: self.services.oversight.summary_xlsx(target, self.year, **span), "无法导出Excel")


class OversightDrillDialog(Dialog):
    def __init__(self, title: str, lines: list, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_OversightDrillDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(title)
        self.ui.buttonBox.rejected.connect(self.reject)
        t: QTableWidget = self.ui.table
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.verticalHeader().setVisible(False)
        t.setColumnCount(5)
        t.setHorizontalHeaderLabels(["周期", "完成情况", "日期", "会议", "状态"])
        rows: list[list[str]] = []
        for p in lines:
            state = f"{p.status}（{p.held}/{p.required}）"
            if not p.meetings:
                rows.append([p.period, state, "", "（没有会议记录）" if p.status == "缺" else "", ""])
            for k, (day, title_, types, status) in enumerate(p.meetings):
                rows.append([p.period if k == 0 else "", state if k == 0 else "", day.isoformat(),
                             title_ or types, status])
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, text in enumerate(r):
                it = QTableWidgetItem(text)
                if j == 1 and text.startswith("缺"):
                    it.setForeground(QBrush(QColor(PARTY_RED)))
                t.setItem(i, j, it)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.rows = rows
