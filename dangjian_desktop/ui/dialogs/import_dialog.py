"""导入名册: choose a roster file, see per row 新增 / 更新 (which fields) / 无变化 / 有错误, decide the dates that
cannot be read one way only, and save only when no row has a problem (all or nothing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from dangjian_desktop.domain import dates
from dangjian_desktop.domain.errors import Cancelled, DomainError
from dangjian_desktop.services.roster import Action, ImportPreview, RosterService
from dangjian_desktop.services.spreadsheet import FILE_FILTER
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.forms.ui_import_dialog import Ui_ImportDialog
from dangjian_desktop.ui.models.import_preview_model import STATUS_COLUMN, ImportPreviewModel
from dangjian_desktop.ui.widgets.styling import build_form, set_role
from dangjian_desktop.ui.widgets.dialogs import Dialog
from dangjian_desktop.ui.widgets.steps import run_and_wait

CHOOSE_TEXT = "请选择…"


class ImportDialog(Dialog):
    """``imported`` is the number of members saved (added + updated) after 确认导入 (0 when cancelled)."""

    def __init__(self, roster: RosterService, parent: QWidget | None = None, on_template=None):  # noqa: ANN001
        super().__init__(parent)
        self.roster = roster
        self.preview: ImportPreview | None = None
        self.path: Path | None = None
        self.decisions: dict[str, dt.date] = {}
        self.imported = 0
        self._saving = False
        self.ui = ui = build_form(self, Ui_ImportDialog)
        self.model = ImportPreviewModel(self)
        ui.previewView.setModel(self.model)
        self.model.modelReset.connect(ui.previewView.resizeRowsToContents)
        ui.previewView.verticalHeader().setVisible(False)
        header = ui.previewView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate([52, 62, 300, 80, 48, 80, 80, 120, 130, 110, 170, 80, 60]):
            ui.previewView.setColumnWidth(col, width)
        t = ui.ambiguousTable
        t.setColumnCount(4)
        t.setHorizontalHeaderLabels(["位置", "列", "表格中的值", "应当是"])
        t.verticalHeader().setVisible(False)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)
        ui.ambiguousBox.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        ui.ambiguousBox.setVisible(False)
        ui.sheetLabel.setVisible(False)
        ui.sheetCombo.setVisible(False)
        ui.sheetCombo.activated.connect(lambda _i: self._reload())
        ui.chooseButton.setDefault(True)
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.templateButton.clicked.connect(on_template or (lambda: None))
        ui.templateButton.setVisible(on_template is not None)
        ui.onlyErrorsCheck.toggled.connect(self.model.set_only_errors)
        ui.onlyErrorsCheck.setEnabled(False)
        ui.confirmButton.clicked.connect(self.confirm)
        ui.cancelButton.clicked.connect(self.reject)
        self._set_summary("请先点击“选择文件…”。", "hint")

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "选择党员名册文件", "", FILE_FILTER)
        if path:
            self.load_file(Path(path))

    # -- reading --------------------------------------------------------------------------------------------------
    def load_file(self, path: Path, sheet: str | None = None) -> None:
        """Read and check every row of ``path`` (a new file: earlier date decisions are forgotten)."""
        self.path = path
        self.decisions = {}
        self.ui.fileEdit.setText(str(path))
        self._read(sheet)

    def choose_sheet(self, name: str) -> None:
        """Read another worksheet of the same file."""
        i = self.ui.sheetCombo.findText(name)
        if i >= 0:
            self.ui.sheetCombo.setCurrentIndex(i)
        self._reload()

    def decide(self, cell: str, value: dt.date) -> None:
        """The user's reading of an ambiguous date cell; the file is checked again with it."""
        self.decisions[cell] = value
        self._reload()

    def _reload(self) -> None:
        if self.path is not None:
            self._read(self.ui.sheetCombo.currentText() or None)

    def _read(self, sheet: str | None) -> None:
        ui = self.ui
        assert self.path is not None
        self.preview = None
        path, decisions = self.path, dict(self.decisions)
        try:  # read off the GUI thread: a large workbook takes seconds
            self.preview = run_and_wait(self, "正在读取并检查名册…",
                                        lambda: self.roster.preview_import(path, sheet, decisions))
        except (DomainError, OSError) as exc:
            self._set_summary(messages.error_text(exc), "error")
        self.model.set_preview(self.preview)
        p = self.preview
        self._fill_sheets(p)
        self._fill_ambiguous(p)
        ui.onlyErrorsCheck.setEnabled(bool(p and p.error_rows))
        ui.confirmButton.setEnabled(bool(p and p.ok and p.to_save))
        if p is None:
            return
        counts = p.counts()
        n, bad = len(p.rows), len(p.error_rows)
        text = f"工作表“{p.sheet_name}”，第{p.header_row}行是表头，共 {n} 行：{p.counts_text()}。"
        if bad:
            text += ("有问题的行见“检查结果”列（红色）。" + ("请先在上方确认日期；" if p.ambiguous else "")
                     + "其余问题请在表格中改正后保存，再点“选择文件…”重新检查。有问题时不会导入任何数据。")
            ui.onlyErrorsCheck.setChecked(True)
            role = "error"
        elif not p.to_save:
            text += "名册中已经是这些内容，没有需要保存的变化。"
            role = "hint"
        else:
            text += (f"点击“确认导入”新增 {counts[Action.NEW]} 名、更新 {counts[Action.CHANGED]} 名"
                     "（空白的格子不会清除名册中已有的内容）。")
            role = "hint"
            ui.onlyErrorsCheck.setChecked(False)
            ui.confirmButton.setDefault(True)
            ui.confirmButton.setFocus()
        if p.unknown_headers:
            text += f"\n未使用的列（不会导入）：{'、'.join(p.unknown_headers)}。"
        if p.skipped:
            text += f"\n不是党员数据、已跳过：{'；'.join(p.skipped[:5])}" + ("…" if len(p.skipped) > 5 else "")
        if len(p.sheet_names) > 1:
            text += f"\n文件中有{len(p.sheet_names)}个工作表像是名册，可在上方“工作表”中切换。"
        if bad:
            ui.previewView.setColumnWidth(STATUS_COLUMN, 420)
        self._set_summary(text, role)
        ui.previewView.resizeRowsToContents()

    def _fill_sheets(self, p: ImportPreview | None) -> None:
        combo = self.ui.sheetCombo
        names = p.sheet_names if p else []
        show = len(names) > 1
        combo.blockSignals(True)
        if [combo.itemText(i) for i in range(combo.count())] != names:
            combo.clear()
            combo.addItems(names)
        if p is not None:
            combo.setCurrentText(p.sheet_name)
        combo.blockSignals(False)
        combo.setVisible(show)
        self.ui.sheetLabel.setVisible(show)

    def _fill_ambiguous(self, p: ImportPreview | None) -> None:
        items = p.ambiguous if p else []
        t = self.ui.ambiguousTable
        t.setRowCount(len(items))
        for row, a in enumerate(items):
            for col, text in enumerate((f"第{a.row_number}行 {a.cell}", a.column, a.shown)):
                t.setItem(row, col, QTableWidgetItem(text))
            combo = QComboBox(t)
            combo.setAccessibleName(f"{a.cell}应当是")
            combo.addItem(CHOOSE_TEXT, None)
            for d in a.choices:
                combo.addItem(dates.chinese(d), d)
            if a.chosen is not None:
                combo.setCurrentIndex(a.choices.index(a.chosen) + 1)
            combo.activated.connect(lambda _i, c=combo, cell=a.cell: self._on_choice(cell, c))
            t.setCellWidget(row, 3, combo)
        t.resizeRowsToContents()
        rows_height = sum(t.rowHeight(r) for r in range(min(len(items), 4)))
        t.setFixedHeight(t.horizontalHeader().sizeHint().height() + rows_height + 2 * t.frameWidth() + 2)
        self.ui.ambiguousBox.setVisible(bool(items))

    def _on_choice(self, cell: str, combo: QComboBox) -> None:
        value = combo.currentData()
        if value is None:
            self.decisions.pop(cell, None)
        else:
            self.decisions[cell] = value
        # after this signal returns: the re-check rebuilds the table, combo included
        QTimer.singleShot(0, self._reload)

    def summary_text(self) -> str:
        return self.ui.summaryLabel.text()

    def _set_summary(self, text: str, role: str) -> None:
        label = self.ui.summaryLabel
        label.setText(text)
        set_role(label, role)

    # -- saving -----------------------------------------------------------------------------------------------------
    def confirm(self) -> bool:
        if self.preview is None or not self.preview.ok or not self.preview.to_save:
            return False
        if self._saving:
            return False
        preview = self.preview
        self._saving = True
        self.ui.confirmButton.setEnabled(False)
        try:  # saved off the GUI thread with 第 n / N 人 and 取消 (a cancelled import rolls back: nothing saved)
            imported = run_and_wait(self, "正在导入名册…",
                                    lambda progress: self.roster.commit_import(preview, progress),
                                    steps=True, cancellable=True)
        except Cancelled:
            self._set_summary("已取消导入：名册没有任何改动。", "warning")
            return False
        except (DomainError, OSError) as exc:
            messages.show_error(self, messages.error_text(exc), "没有导入")
            return False
        finally:
            self._saving = False
            self.ui.confirmButton.setEnabled(bool(self.preview and self.preview.ok and self.preview.to_save))
        self.imported = imported
        self.accept()
        return True
