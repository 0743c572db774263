"""导入名册: choose a .xlsx/.csv, see every row checked, import only when no row has a problem."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QWidget

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.services.roster import ImportPreview, RosterService
from dangjian_desktop.ui import theme
from dangjian_desktop.ui.forms.ui_import_dialog import Ui_ImportDialog
from dangjian_desktop.ui.messages import error_text, show_error
from dangjian_desktop.ui.models.import_preview_model import STATUS_COLUMN, ImportPreviewModel
from dangjian_desktop.ui.widgets.styling import set_role
from dangjian_desktop.ui.widgets.dialogs import Dialog

FILE_FILTER = "表格文件 (*.xlsx *.csv);;Excel 表格 (*.xlsx);;CSV 文件 (*.csv);;所有文件 (*)"


class ImportDialog(Dialog):
    """``imported`` is the number of members saved after 确认导入 (0 when cancelled)."""

    def __init__(self, roster: RosterService, parent: QWidget | None = None, on_template=None):  # noqa: ANN001
        super().__init__(parent)
        self.roster = roster
        self.preview: ImportPreview | None = None
        self.imported = 0
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        theme.polish_roles(self)
        ui = self.ui
        self.model = ImportPreviewModel(self)
        ui.previewView.setModel(self.model)
        self.model.modelReset.connect(ui.previewView.resizeRowsToContents)
        ui.previewView.verticalHeader().setVisible(False)
        header = ui.previewView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate([56, 320, 90, 56, 110, 90, 150, 130, 120, 180, 110, 70]):
            ui.previewView.setColumnWidth(col, width)
        ui.confirmButton.setProperty("primary", True)
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

    def load_file(self, path: Path) -> None:
        """Read and check every row; nothing is saved."""
        ui = self.ui
        ui.fileEdit.setText(str(path))
        self.preview = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = self.roster.preview_import(path)
        except DomainError as exc:
            self._set_summary(error_text(exc), "error")
        except OSError as exc:
            self._set_summary(error_text(exc), "error")
        finally:
            QApplication.restoreOverrideCursor()
        self.model.set_preview(self.preview)
        p = self.preview
        ui.onlyErrorsCheck.setEnabled(bool(p and p.error_rows))
        ui.confirmButton.setEnabled(bool(p and p.ok))
        if p is None:
            return
        n, bad = len(p.rows), len(p.error_rows)
        if bad:
            text = (f"共 {n} 行，其中 {bad} 行有问题（见“检查结果”列，红色）。"
                    "请在Excel中改正后保存，再点“选择文件…”重新检查。有问题时不会导入任何数据。")
            ui.onlyErrorsCheck.setChecked(True)
            role = "error"
        else:
            text = f"共 {n} 名党员，全部检查通过。点击“确认导入”保存到名册。"
            role = "hint"
            ui.confirmButton.setDefault(True)
            ui.confirmButton.setFocus()
        if p.unknown_headers:
            text += f"\n以下列无法识别，将被忽略：{'、'.join(p.unknown_headers)}。"
        if bad:
            ui.previewView.setColumnWidth(STATUS_COLUMN, 420)
        self._set_summary(text, role)
        ui.previewView.resizeRowsToContents()

    def summary_text(self) -> str:
        return self.ui.summaryLabel.text()

    def _set_summary(self, text: str, role: str) -> None:
        label = self.ui.summaryLabel
        label.setText(text)
        set_role(label, role)

    def confirm(self) -> bool:
        if self.preview is None or not self.preview.ok:
            return False
        try:
            self.imported = self.roster.commit_import(self.preview)
        except DomainError as exc:
            show_error(self, exc, "没有导入")
            return False
        self.accept()
        return True
