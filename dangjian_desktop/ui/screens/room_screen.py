"""The 活动室 page: inspections of the activity room against the “五有十上墙” checklist, their photos and
rectifications, the comparison with the previous inspection, the checklist editor and the printed record."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.room import Change, Inspection, Result
from dangjian_desktop.services.room import RoomService, load_default_items
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.dialogs.room_dialogs import ChecklistTemplateDialog, RectificationDialog
from dangjian_desktop.ui.forms.ui_room_screen import Ui_RoomScreen
from dangjian_desktop.ui.widgets.date_edit import from_qdate, to_qdate
from dangjian_desktop.ui.widgets.operations import attempt, call
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.table_cells import cell, select_row_or_first, setup_table
from dangjian_desktop.ui.widgets.wiring import connect_buttons

RESULT_LABELS = [(Result.NOT_CHECKED, "（未填写）"), (Result.PASS, "达标"), (Result.FAIL, "不达标"),
                 (Result.NOT_APPLICABLE, "不适用")]
CHANGE_COLORS = {Change.IMPROVED: "#2E7D32", Change.SLIPPED: "#B22222"}


def _cell(text: str, data: object = None, color: str | None = None, editable: bool = False) -> QTableWidgetItem:
    return cell(text, data, color, editable=editable)


class RoomScreen(QWidget):
    def __init__(self, room: RoomService, parent: QWidget | None = None):
        super().__init__(parent)
        self.room = room
        self.ui = ui = build_form(self, Ui_RoomScreen)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 5)
        ui.inspectionsTable.setMinimumWidth(260)
        # the checklist gets the height: the photo buttons sit beside the tabs, the score beside 保存检查
        ui.detailLayout.removeWidget(ui.resultTools)
        ui.tabs.setCornerWidget(ui.resultTools, Qt.Corner.TopRightCorner)
        for b in (ui.allPassButton, ui.addPhotoButton, ui.viewPhotoButton, ui.removePhotoButton):
            b.setStyleSheet("QPushButton { padding: 2px 8px; min-height: 18px; }")
        ui.viewPhotoButton.setText("查看")
        ui.removePhotoButton.setText("移除")
        ui.viewPhotoButton.setToolTip("查看所选项目的照片")
        ui.removePhotoButton.setToolTip("移除所选项目的最后一张照片")
        ui.tabs.currentChanged.connect(lambda i: ui.resultTools.setVisible(ui.tabs.widget(i) is ui.resultsTab))
        ui.resultsTable.verticalHeader().setMinimumSectionSize(28)
        setup_table(ui.inspectionsTable, (1,), fit_rows=True)
        setup_table(ui.resultsTable, (1, 3), fit_rows=True)
        ui.resultsTable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        ui.resultsTable.setColumnWidth(2, 120)
        setup_table(ui.rectTable, (0, 1), fit_rows=True)
        setup_table(ui.compareTable, (0,), fit_rows=True)
        self.current: Inspection | None = None
        self._dirty = False
        self._loading = False
        ui.inspectionsTable.itemSelectionChanged.connect(self._on_select)
        connect_buttons(ui, self, "newInspection deleteInspection editTemplate save allPass viewPhoto removePhoto")
        ui.printButton.clicked.connect(self.print_document)
        ui.addPhotoButton.clicked.connect(lambda: self.add_photo())
        ui.resultsTable.itemChanged.connect(self._on_remark)
        ui.resultsTable.itemSelectionChanged.connect(self._update_photo_buttons)
        ui.editRectButton.clicked.connect(self.edit_rectification)
        ui.rectTable.doubleClicked.connect(lambda _i: self.edit_rectification())
        for w in (ui.roomEdit, ui.inspectorsEdit, ui.noteEdit):
            w.textEdited.connect(lambda _t: self._set_dirty())
        ui.dateEdit.dateChanged.connect(lambda _d: self._set_dirty())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        ui.saveButton.setToolTip("保存检查（Ctrl+S）")
        self.refresh()

    # -- list -----------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current.uuid if self.current else None
        self._load_list(keep)

    def _load_list(self, select_uuid: str | None) -> None:
        ui = self.ui
        self._summaries = self.room.inspections()
        t = ui.inspectionsTable
        t.blockSignals(True)
        t.setRowCount(len(self._summaries))
        row_to_select = -1
        for r, s in enumerate(self._summaries):
            t.setItem(r, 0, _cell(s.inspected_on.isoformat(), s.uuid))
            t.setItem(r, 1, _cell(s.room))
            t.setItem(r, 2, _cell(s.score.text))
            if s.overdue_rectifications:
                state, color = f"逾期{s.overdue_rectifications}项", "#B22222"
            elif s.open_rectifications:
                state, color = f"未完成{s.open_rectifications}项", "#A0522D"
            elif s.rectifications:
                state, color = "已完成", "#2E7D32"
            else:
                state, color = "无需整改", None
            t.setItem(r, 3, _cell(state, color=color))
            if s.uuid == select_uuid:
                row_to_select = r
        t.blockSignals(False)
        tpl = self.room.template()
        sections = "，".join(f"{k}{len(v)}项" for k, v in tpl.by_section().items() if v)
        open_rects = self.room.rectifications(open_only=True)
        overdue = sum(1 for r in open_rects if r.is_overdue(clock.today()))
        hint = f"检查表第{tpl.version}版：{sections}。"
        if open_rects:
            hint += f"整改未完成{len(open_rects)}项" + (f"，其中{overdue}项已逾期" if overdue else "") + "。"
        ui.hintLabel.setText(hint)
        ui.deleteInspectionButton.setEnabled(bool(self._summaries))
        if self.current is not None and self.current.uuid is None and self._dirty:
            self._show_current()  # an unsaved new inspection stays on screen
            return
        row_to_select = select_row_or_first(t, row_to_select)
        if row_to_select >= 0:
            self._load(self._summaries[row_to_select].uuid)
        else:
            self.current = None
            self._show_current()

    def _on_select(self) -> None:
        rows = self.ui.inspectionsTable.selectionModel().selectedRows()
        if not rows:
            return
        uuid = self.ui.inspectionsTable.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        if self.current is not None and uuid == self.current.uuid:
            return
        if not self._confirm_discard():
            return
        self._load(uuid)

    def _confirm_discard(self) -> bool:
        if not self._dirty:
            return True
        return messages.confirm(self, "当前检查记录有未保存的修改，放弃这些修改吗？", ok_text="放弃修改")

    def can_close(self) -> bool:
        return self._confirm_discard()

    def _load(self, uuid: str) -> None:
        self.current = self.room.inspection(uuid)
        self._dirty = False
        self._show_current()

    def select_inspection(self, uuid: str) -> None:
        for r in range(self.ui.inspectionsTable.rowCount()):
            if self.ui.inspectionsTable.item(r, 0).data(Qt.ItemDataRole.UserRole) == uuid:
                self.ui.inspectionsTable.selectRow(r)
                return

    # -- editor ---------------------------------------------------------------------------------------------------
    def _set_dirty(self) -> None:
        if self._loading or self.current is None:
            return
        self._dirty = True
        self.ui.dirtyLabel.setText("有未保存的修改")

    def _show_current(self) -> None:
        ui = self.ui
        ins = self.current
        ui.detailStack.setCurrentWidget(ui.detailPage if ins else ui.emptyPage)
        if ins is None:
            return
        self._loading = True
        try:
            ui.dateEdit.setDate(to_qdate(ins.inspected_on))
            ui.dateEdit.setMaximumDate(to_qdate(clock.today()))
            ui.roomEdit.setText(ins.room)
            ui.inspectorsEdit.setText(ins.inspectors)
            ui.noteEdit.setText(ins.note)
            t = ui.resultsTable
            for r in range(t.rowCount()):
                old = t.cellWidget(r, 2)
                if old is not None:
                    old.hide()
            t.setRowCount(0)
            t.setRowCount(len(ins.results))
            for r, res in enumerate(ins.results):
                t.setItem(r, 0, _cell(res.section))
                t.setItem(r, 1, _cell(res.text))
                combo = QComboBox()
                combo.setStyleSheet("QComboBox { padding: 1px 24px 1px 6px; }")  # compact rows: more of the list shows
                for value, label in RESULT_LABELS:
                    combo.addItem(label, value.value)
                combo.setCurrentIndex(combo.findData(res.result.value))
                combo.currentIndexChanged.connect(lambda _i, row=r, c=combo: self._on_result(row, c))
                t.setCellWidget(r, 2, combo)
                t.setItem(r, 3, _cell(res.remark, editable=True))
                t.setItem(r, 4, _cell(f"{len(res.photos)}张" if res.photos else ""))
        finally:
            self._loading = False
        ui.dirtyLabel.setText("新检查，尚未保存" if ins.uuid is None else "")
        self._dirty = ins.uuid is None
        self._update_score()
        self._show_rectifications()
        self._show_comparison()
        self._update_photo_buttons()
        ui.printButton.setEnabled(ins.uuid is not None)

    def _on_result(self, row: int, combo: QComboBox) -> None:
        if self.current is None or self._loading:
            return
        self.current.results[row].result = Result(combo.currentData() or "")
        self._set_dirty()
        self._update_score()

    def _on_remark(self, item: QTableWidgetItem) -> None:
        if self.current is None or self._loading or item.column() != 3:
            return
        self.current.results[item.row()].remark = item.text()
        self._set_dirty()

    def _update_score(self) -> None:
        ins = self.current
        if ins is None:
            return
        sc = ins.score
        text = f"得分：{sc.text}（{sc.detail}"
        text += f"，还有{sc.not_checked}项未填写）" if sc.not_checked else "）"
        text += f"　检查表第{ins.template_version}版"
        self.ui.scoreLabel.setText(text)

    def set_result(self, row: int, result: Result, remark: str | None = None) -> None:
        """Fill one line as the user would: pick the result, type the remark."""
        combo: QComboBox = self.ui.resultsTable.cellWidget(row, 2)  # type: ignore[assignment]
        combo.setCurrentIndex(combo.findData(result.value))
        if remark is not None:
            self.ui.resultsTable.item(row, 3).setText(remark)

    def all_pass(self) -> None:
        if self.current is None:
            return
        for r, res in enumerate(self.current.results):
            if res.result is Result.NOT_CHECKED:
                self.set_result(r, Result.PASS)

    def new_inspection(self) -> None:
        if not self._confirm_discard():
            return
        self.current = self.room.new_inspection()
        self.ui.inspectionsTable.clearSelection()
        self._show_current()
        self.ui.tabs.setCurrentWidget(self.ui.resultsTab)
        self.ui.inspectorsEdit.setFocus()

    def save(self) -> bool:
        ins = self.current
        if ins is None:
            return False
        ui = self.ui
        draft = copy.deepcopy(ins)
        draft.inspected_on = from_qdate(ui.dateEdit.date())
        draft.room = ui.roomEdit.text()
        draft.inspectors = ui.inspectorsEdit.text()
        draft.note = ui.noteEdit.text()
        saved = call(self, lambda: self.room.save_inspection(draft), "无法保存检查记录")
        if saved is None:
            return False
        self.current = saved
        self._dirty = False
        self._load_list(saved.uuid)
        if saved.open_rectifications():
            self.ui.tabs.setCurrentWidget(self.ui.rectTab)
        return True

    def delete_inspection(self) -> None:
        ins = self.current
        if ins is None or ins.uuid is None:
            self.current, self._dirty = None, False
            self._load_list(None)
            return
        if not messages.confirm(self, f"删除{ins.inspected_on:%Y年%m月%d日}对“{ins.room}”的检查记录及其整改事项？"
                                      "删除后不能恢复。", ok_text="删除"):
            return
        if not attempt(self, lambda: self.room.delete_inspection(ins.uuid)):
            return
        self.current, self._dirty = None, False
        self._load_list(None)

    # -- photos -----------------------------------------------------------------------------------------------------
    def _selected_row(self) -> int:
        rows = self.ui.resultsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_photo_buttons(self) -> None:
        ui = self.ui
        r = self._selected_row()
        photos = self.current.results[r].photos if self.current and r >= 0 else []
        ui.addPhotoButton.setEnabled(r >= 0)
        ui.viewPhotoButton.setEnabled(bool(photos))
        ui.removePhotoButton.setEnabled(bool(photos))
        ui.photoPreview.clear()
        if photos:
            pix = QPixmap(str(self.room.photo_path(photos[-1])))
            if not pix.isNull():
                ui.photoPreview.setPixmap(pix.scaled(96, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation))

    def add_photo(self, path: Path | None = None) -> bool:
        r = self._selected_row()
        if self.current is None or r < 0:
            messages.info(self, "请先在检查结果中选中一个项目，再为它添加照片。")
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, "选择照片", "", "照片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp)")
            if not name:
                return False
            path = Path(name)
        att = call(self, lambda: self.room.add_photo(path), "无法添加照片")
        if att is None:
            return False
        res = self.current.results[r]
        res.photos.append(att)
        self.ui.resultsTable.item(r, 4).setText(f"{len(res.photos)}张")
        self._set_dirty()
        self._update_photo_buttons()
        return True

    def view_photo(self) -> None:
        r = self._selected_row()
        if self.current is None or r < 0:
            return
        for att in self.current.results[r].photos:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.room.photo_path(att))))

    def remove_photo(self) -> None:
        r = self._selected_row()
        if self.current is None or r < 0 or not self.current.results[r].photos:
            return
        res = self.current.results[r]
        if not messages.confirm(self, f"从“{res.text}”移除照片“{res.photos[-1].name}”？", ok_text="移除"):
            return
        res.photos.pop()
        self.ui.resultsTable.item(r, 4).setText(f"{len(res.photos)}张" if res.photos else "")
        self._set_dirty()
        self._update_photo_buttons()

    # -- rectifications -------------------------------------------------------------------------------------------
    def _show_rectifications(self) -> None:
        ins = self.current
        rects = ins.rectifications if ins else []
        t = self.ui.rectTable
        t.setRowCount(len(rects))
        today = clock.today()
        for r, rect in enumerate(rects):
            t.setItem(r, 0, _cell(rect.item_text, rect.uuid))
            t.setItem(r, 1, _cell(rect.measure or "（待填写）"))
            t.setItem(r, 2, _cell(rect.responsible))
            t.setItem(r, 3, _cell(rect.deadline.isoformat() if rect.deadline else ""))
            t.setItem(r, 4, _cell(rect.completed_on.isoformat() if rect.completed_on else ""))
            color = "#B22222" if rect.is_overdue(today) else ("#2E7D32" if rect.completed_on else None)
            t.setItem(r, 5, _cell(rect.status_text(today), color=color))
        self.ui.editRectButton.setEnabled(bool(rects))
        failed = len(ins.failed) if ins else 0
        self.ui.tabs.setTabText(1, f"整改（{len(rects)}）" if rects else ("整改（保存后生成）" if failed else "整改"))

    def make_rectification_dialog(self, row: int | None = None) -> RectificationDialog | None:
        if self.current is None or not self.current.rectifications:
            return None
        if row is None:
            rows = self.ui.rectTable.selectionModel().selectedRows()
            row = rows[0].row() if rows else 0
        rect = copy.deepcopy(self.current.rectifications[row])
        return RectificationDialog(rect, self.room.save_rectification, self)

    def edit_rectification(self) -> None:
        if self._dirty:
            messages.info(self, "请先保存检查记录，再填写整改情况。")
            return
        dlg = self.make_rectification_dialog()
        if dlg is not None and dlg.exec() == QDialog.DialogCode.Accepted:
            self.after_rectification_saved()

    def after_rectification_saved(self) -> None:
        if self.current and self.current.uuid:
            self.current = self.room.inspection(self.current.uuid)
            self._load_list(self.current.uuid)
            self.ui.tabs.setCurrentWidget(self.ui.rectTab)

    # -- comparison -----------------------------------------------------------------------------------------------
    def _show_comparison(self) -> None:
        ui = self.ui
        ins = self.current
        t = ui.compareTable
        if ins is None or ins.uuid is None:
            ui.compareLabel.setText("保存后可与上次检查比较。")
            t.setRowCount(0)
            return
        prev, changes = self.room.compare_with_previous(ins.uuid)
        if prev is None:
            ui.compareLabel.setText("这是第一次检查，没有可比较的上次检查。")
            t.setRowCount(0)
            return
        improved = sum(1 for c in changes if c.change is Change.IMPROVED)
        slipped = sum(1 for c in changes if c.change is Change.SLIPPED)
        ui.compareLabel.setText(f"上次检查：{prev.inspected_on:%Y-%m-%d}（{prev.room}），得分{prev.score.text}；"
                                f"本次{ins.score.text}。改进{improved}项，退步{slipped}项。")
        order = {Change.SLIPPED: 0, Change.IMPROVED: 1, Change.NEW: 2, Change.DROPPED: 3, Change.UNCHANGED: 4}
        changes = sorted(changes, key=lambda c: order[c.change])
        t.setRowCount(len(changes))
        for r, c in enumerate(changes):
            t.setItem(r, 0, _cell(c.text))
            t.setItem(r, 1, _cell((c.before.value if c.before else "") or "—"))
            t.setItem(r, 2, _cell((c.after.value if c.after else "") or "—"))
            t.setItem(r, 3, _cell(c.change.value, color=CHANGE_COLORS.get(c.change)))

    # -- template ---------------------------------------------------------------------------------------------------
    def make_template_dialog(self) -> ChecklistTemplateDialog:
        return ChecklistTemplateDialog(self.room.template(), self.room.save_template, load_default_items, self)

    def edit_template(self) -> None:
        if self.make_template_dialog().exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    # -- paper ------------------------------------------------------------------------------------------------------
    def print_document(self) -> None:
        from dangjian_desktop.ui.printing import make_and_preview

        uuid = self._printable()
        if uuid:
            make_and_preview(self, "党员活动室检查记录", lambda p: self.room.report_pdf(uuid, p),
                             f"活动室检查记录-{self.current.inspected_on:%Y%m%d}.pdf")

    def export_pdf(self) -> Path | None:
        from dangjian_desktop.ui.printing import export_pdf

        uuid = self._printable()
        if not uuid:
            return None
        return export_pdf(self, lambda p: self.room.report_pdf(uuid, p),
                          f"活动室检查记录-{self.current.inspected_on:%Y%m%d}.pdf")

    def export_xlsx(self) -> Path | None:
        from dangjian_desktop.ui.table_export import export_view

        return export_view(self, self.ui.inspectionsTable, "活动室检查记录", "党员活动室检查记录.xlsx")

    def _printable(self) -> str | None:
        if self.current is None or self.current.uuid is None:
            messages.info(self, "请先选择或保存一次检查。")
            return None
        if self._dirty:
            messages.info(self, "检查记录有未保存的修改，请先保存再打印。")
            return None
        return self.current.uuid

    def open_record(self, kind: str, uuid: str) -> None:
        if kind != "rectification":
            return
        for rect in self.room.rectifications():
            if rect.uuid == uuid and rect.inspection_uuid:
                if self._confirm_discard():
                    self._dirty = False
                    self.select_inspection(rect.inspection_uuid)
                    self.ui.tabs.setCurrentWidget(self.ui.rectTab)
                    keys = [r.uuid for r in (self.current.rectifications if self.current else [])]
                    if uuid in keys:
                        self.ui.rectTable.selectRow(keys.index(uuid))
                return
