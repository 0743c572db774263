"""Dialogs of the 活动室 page: a rectification, and the checklist template editor (saved as a new version)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.room import SECTIONS, ChecklistItem, ChecklistTemplate, Rectification, RectStatus
from dangjian_desktop.ui.forms.ui_checklist_template_dialog import Ui_ChecklistTemplateDialog
from dangjian_desktop.ui.forms.ui_rectification_dialog import Ui_RectificationDialog
from dangjian_desktop.ui.widgets.date_edit import from_qdate, to_qdate
from dangjian_desktop.ui.widgets.dialogs import SavingDialog


class RectificationDialog(SavingDialog):
    def __init__(self, rect: Rectification, save: Callable[[Rectification], Rectification],
                 parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent, form=Ui_RectificationDialog(), save=save)
        self.rect = rect
        today = today or clock.today()
        ui = self.ui
        ui.itemValue.setText(rect.item_text)
        ui.measureEdit.setPlainText(rect.measure)
        ui.responsibleEdit.setText(rect.responsible)
        ui.deadlineEdit.setDate(to_qdate(rect.deadline or today + dt.timedelta(days=30)))
        for s in RectStatus:
            ui.statusCombo.addItem(s.value, s.value)
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(rect.status.value))
        ui.completedEdit.default_date = today
        ui.completedEdit.set_latest(today)
        ui.completedEdit.setDate(rect.completed_on)
        ui.completedEdit.setAccessibleName("完成日期")
        ui.completedEdit.dateChanged.connect(lambda d: self._on_completed(d is not None))
        ui.noteEdit.setText(rect.note)
        ui.measureEdit.setFocus()

    def _on_completed(self, checked: bool) -> None:
        if checked:
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(RectStatus.DONE.value))
        elif self.ui.statusCombo.currentData() == RectStatus.DONE.value:
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(RectStatus.IN_PROGRESS.value))

    def _save(self) -> Rectification:
        ui = self.ui
        r = self.rect
        r.measure = ui.measureEdit.toPlainText()
        r.responsible = ui.responsibleEdit.text()
        r.deadline = from_qdate(ui.deadlineEdit.date())
        r.status = RectStatus(ui.statusCombo.currentData())
        r.completed_on = ui.completedEdit.date()
        r.note = ui.noteEdit.text()
        return self.save_fn(r)


class ChecklistTemplateDialog(SavingDialog):
    """Add, rename, reorder and remove items; saving writes a new version of the checklist."""

    def __init__(self, template: ChecklistTemplate, save: Callable[[list[ChecklistItem], str], ChecklistTemplate],
                 defaults: Callable[[], list[ChecklistItem]], parent: QWidget | None = None):
        super().__init__(parent, form=Ui_ChecklistTemplateDialog(), save=save)
        self.defaults = defaults
        ui = self.ui
        ui.versionLabel.setText(f"当前为第{template.version}版，共{len(template.items)}项。保存后成为第{template.version + 1}版；"
                                "已做的检查仍按原来的版本保存，不受影响。")
        ui.sectionCombo.addItems(list(SECTIONS))
        table = ui.itemsTable
        table.verticalHeader().setVisible(True)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(0, 110)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.addButton.clicked.connect(lambda: self.add_item())
        ui.renameButton.clicked.connect(self.rename_selected)
        ui.upButton.clicked.connect(lambda: self.move_selected(-1))
        ui.downButton.clicked.connect(lambda: self.move_selected(1))
        ui.removeButton.clicked.connect(self.remove_selected)
        ui.resetButton.clicked.connect(self.reset)
        self.set_items(list(template.items))

    # -- rows ---------------------------------------------------------------------------------------------------
    def set_items(self, items: list[ChecklistItem]) -> None:
        table = self.ui.itemsTable
        table.setRowCount(0)
        for it in items:
            self._append(it)

    def _append(self, it: ChecklistItem) -> int:
        table = self.ui.itemsTable
        r = table.rowCount()
        table.insertRow(r)
        combo = QComboBox()
        combo.addItems(list(SECTIONS))
        combo.setCurrentText(it.section)
        table.setCellWidget(r, 0, combo)
        cell = QTableWidgetItem(it.text)
        cell.setData(Qt.ItemDataRole.UserRole, it.key)
        table.setItem(r, 1, cell)
        return r

    def items(self) -> list[ChecklistItem]:
        table = self.ui.itemsTable
        out = []
        for r in range(table.rowCount()):
            combo: QComboBox = table.cellWidget(r, 0)  # type: ignore[assignment]
            cell = table.item(r, 1)
            out.append(ChecklistItem(key=cell.data(Qt.ItemDataRole.UserRole) or "", section=combo.currentText(),
                                     text=cell.text()))
        return out

    def _selected(self) -> int:
        rows = self.ui.itemsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else self.ui.itemsTable.currentRow()

    def add_item(self, text: str = "新检查项目", section: str | None = None) -> int:
        r = self._append(ChecklistItem(key="", section=section or self.ui.sectionCombo.currentText(), text=text))
        self.ui.itemsTable.selectRow(r)
        self.ui.itemsTable.editItem(self.ui.itemsTable.item(r, 1))
        return r

    def rename_selected(self) -> None:
        r = self._selected()
        if r >= 0:
            self.ui.itemsTable.editItem(self.ui.itemsTable.item(r, 1))

    def move_selected(self, delta: int) -> None:
        r = self._selected()
        items = self.items()
        t = r + delta
        if r < 0 or not 0 <= t < len(items):
            return
        items[r], items[t] = items[t], items[r]
        self.set_items(items)
        self.ui.itemsTable.selectRow(t)

    def remove_selected(self) -> None:
        r = self._selected()
        if r >= 0:
            items = self.items()
            del items[r]
            self.set_items(items)
            if items:
                self.ui.itemsTable.selectRow(min(r, len(items) - 1))

    def reset(self) -> None:
        self.set_items(self.defaults())
        self.ui.noteEdit.setText("恢复为默认检查表")

    def _save(self) -> ChecklistTemplate:
        return self.save_fn(self.items(), self.ui.noteEdit.text())
