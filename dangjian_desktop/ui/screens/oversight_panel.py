"""Headquarters' 首页: the branches that need a call, with their reasons, and the compliance matrix (branches ×
requirements, held/required, gaps in red, filter by 所属党组织 and by requirement, sort by any column, drill down to
the meetings behind a cell); 打印汇总表 and 导出Excel. Everything it shows comes from services.oversight."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from dangjian_desktop.domain.oversight import BranchOverview, Tally, needing_attention
from dangjian_desktop.domain.oversight_matrix import Column, cell_text, matches, short, value
from dangjian_desktop.ui.forms.ui_oversight_drill_dialog import Ui_OversightDrillDialog
from dangjian_desktop.ui.forms.ui_oversight_panel import Ui_OversightPanel
from dangjian_desktop.ui.theme import PARTY_RED
from dangjian_desktop.ui.widgets.dialogs import Dialog
from dangjian_desktop.ui.widgets.operations import ServiceCall, call
from dangjian_desktop.ui.widgets.styling import set_role
from dangjian_desktop.ui.widgets.pinned_today import ServicesPage
from dangjian_desktop.ui.widgets.table_cells import fit_wrapped_rows
from dangjian_desktop.ui.widgets.wiring import set_enabled

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.services.oversight_drill import Drill

GAP = QColor("#FBE3E1")
TIPS = {"members": "双击查看在册党员名单", "term_end": "双击查看换届记录", "inspection": "双击查看活动室检查记录",
        "rect": "双击查看整改记录", "pledges": "双击查看每名党员的承诺", "reviewed": "双击查看每名党员的承诺"}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ALL = "（全部）"


class SortItem(QTableWidgetItem):
    """A cell that sorts by its key (numbers as numbers, held/required by the share held), not by its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        a, b = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if a is None or b is None or type(a) is not type(b):
            return super().__lt__(other)
        return a < b


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


class OversightPanel(ServicesPage):
    loaded = Signal()  # the overview asked for last is shown

    def __init__(self, services: Services, window: QWidget | None = None, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(services, window, parent, today=today)
        self.rows: list[BranchOverview] = []
        self.shown: list[BranchOverview] = []
        self.columns: list[Column] = []
        self._generation = 0
        self._busy = False
        self.shown_year = self.today.year
        self.ui = Ui_OversightPanel()
        self.ui.setupUi(self)
        ui = self.ui
        for lbl in (ui.attentionHint, ui.legendLabel, ui.attentionEmpty):
            lbl.setProperty("role", "hint")
        # alone in the tab (nothing to list, or the first 「正在汇总…」): at the top, the tab's room below it
        ui.attentionEmpty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        ui.attentionEmpty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        ui.committeeCombo.setVisible(False)  # shown once the branches name more than one 党组织
        ui.committeeLabel.setVisible(False)
        ui.periodCombo.addItem("全年", (None, None))
        for q, label in enumerate(("第一季度", "第二季度", "第三季度", "第四季度"), start=1):
            ui.periodCombo.addItem(label, (q, None))
        for m in range(1, 13):
            ui.periodCombo.addItem(f"{m}月", (None, m))
        ui.yearSpin.setValue(self.today.year)
        ui.yearSpin.setMaximum(self.today.year + 1)
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
        fit_wrapped_rows(a)
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

    def _fit_rows(self) -> None:
        if shiboken6.isValid(self):
            self.ui.attentionTable.resizeRowsToContents()

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
        """Compute the overview on the thread pool (500 branches take a few hundred milliseconds): the panel says
        「正在汇总…」 meanwhile and keeps what it showed; only the newest request's result is shown, and none after
        the panel is gone (a quick switch of year or page, the window closed)."""
        self._generation += 1
        generation = self._generation
        year, today, span = self.year, self.today, self.span
        self._set_busy(True)
        (ServiceCall(self, lambda: self.services.oversight.overview(year, today, **span),
                     title="无法汇总各支部情况")
         .success(lambda rows: self._loaded(generation, rows))
         .failure(lambda _exc, text: self._load_failed(generation, text))
         .run_in_background())

    @property
    def busy(self) -> bool:
        return self._busy

    def _alive(self, generation: int) -> bool:
        return shiboken6.isValid(self) and generation == self._generation

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ui = self.ui
        ui.busyLabel.setText("正在汇总各党支部的情况…")
        set_role(ui.busyLabel, "hint")
        ui.busyLabel.setVisible(busy)
        set_enabled(not busy and bool(self.rows), ui.printButton, ui.exportButton, ui.drillButton)
        if busy and not self.rows:  # the first time: a calm sentence where the list will be
            ui.attentionTable.setVisible(False)
            ui.attentionEmpty.setVisible(True)
            ui.attentionEmpty.setText("正在汇总各党支部的情况，请稍候…")

    def _load_failed(self, generation: int, text: str) -> None:
        if not self._alive(generation):
            return
        self._set_busy(False)
        self.ui.busyLabel.setText(f"无法汇总各支部情况：{text}")
        set_role(self.ui.busyLabel, "error")
        self.ui.busyLabel.setVisible(True)
        if not self.rows:
            self.ui.attentionEmpty.setText(f"无法汇总各支部情况：{text}")

    def _loaded(self, generation: int, rows: list[BranchOverview]) -> None:
        if not self._alive(generation):
            return
        from dangjian_desktop.services.oversight_paper import matrix

        self.rows = rows or []
        self.shown_year = self.year
        self.columns = matrix(self.rows)
        self._set_busy(False)
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
        self.loaded.emit()

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
        # a table shown again gets its real width only once laid out: the wrapped rows' heights follow it then
        QTimer.singleShot(0, self._fit_rows)
        self.ui.attentionEmpty.setText("目前没有需要提醒的党支部。" if self.rows else
                                       "还没有导入任何党支部的数据包。请在“数据交换”中导入支部交来的数据包。")
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
                it = _item(cell_text(cell), _key(cell))
                if short(cell, c) or (c.key == "term_end" and any("任期" in a for a in r.attention)):
                    it.setBackground(QBrush(GAP))
                    it.setForeground(QBrush(QColor(PARTY_RED)))
                it.setToolTip(TIPS.get(c.key, "双击查看这些会议记录" if c.key.startswith("m:")
                                       else "双击查看这个数字的来历"))
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
        """The branch's records behind the current cell: the meetings behind a held/required figure, the roster,
        the 换届 records, the inspections, the rectifications, the members' pledges — or why there are none."""
        t = self.ui.matrixTable
        item = t.currentItem()
        if item is None or item.column() < 2 or self._busy:
            return None
        col = self.columns[item.column() - 2]
        uuid = t.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        row = next(r for r in self.rows if r.uuid == uuid)
        year = self.shown_year
        found = call(self, lambda: self.services.oversight.records_behind(row, col.key, year, self.today),
                     "无法读取记录")
        if found is None:
            return None
        what = col.label if found.what == col.label else f"{col.label}：{found.what}"
        dlg = OversightDrillDialog(f"{row.name}　{year}年　{what}", found, self)
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
            span, year = self.span, self.year
            (ServiceCall(self, lambda: self.services.oversight.summary_xlsx(target, year, **span), title="无法导出Excel")
             .with_progress("正在导出Excel…").run_in_background())


class OversightDrillDialog(Dialog):
    def __init__(self, title: str, found: Drill, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OversightDrillDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(found.what)
        self.ui.titleLabel.setText(title)
        self.ui.noteLabel.setText(found.note)
        self.ui.noteLabel.setProperty("role", "hint")
        self.ui.noteLabel.setVisible(bool(found.note))
        self.ui.buttonBox.rejected.connect(self.reject)
        t: QTableWidget = self.ui.table
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.verticalHeader().setVisible(False)
        t.setColumnCount(len(found.headers))
        t.setHorizontalHeaderLabels(list(found.headers))
        rows = [list(line) for line in found.lines]
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, text in enumerate(r):
                it = QTableWidgetItem(text)
                if i in found.gaps and text:
                    it.setForeground(QBrush(QColor(PARTY_RED)))
                t.setItem(i, j, it)
        shown = bool(found.headers) and bool(rows)
        t.setVisible(shown)
        if not shown:  # the sentence alone: at the top, the room below it
            self.ui.noteLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.ui.noteLabel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if shown:  # the widest text column (a Chinese character is two wide) takes the room left
            def width(text: str) -> int:
                return sum(2 if ord(c) > 0x2E80 else 1 for c in text)

            widest = max(range(len(found.headers)), key=lambda j: max(width(r[j]) for r in rows))
            header.setSectionResizeMode(widest, QHeaderView.ResizeMode.Stretch)
        self.rows = rows
        self.found = found
