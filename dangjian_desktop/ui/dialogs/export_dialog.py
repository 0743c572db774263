"""导出数据包: choose a USB stick (or a folder), full or changes only, a password (or an explicit 不加密), then the
export runs off the GUI thread; only when the file is written and read back does the dialog say the stick may
be removed."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from dangjian_desktop.domain.errors import Cancelled, ValidationError
from dangjian_desktop.domain.exchange import ExportResult, fmt_utc
from dangjian_desktop.ui.forms.ui_export_dialog import Ui_ExportDialog
from dangjian_desktop.ui.messages import error_text
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.dialogs import Dialog
from dangjian_desktop.ui.widgets.steps import InlineProgress
from dangjian_desktop.ui.widgets.wiring import set_enabled

if TYPE_CHECKING:
    from dangjian_desktop.services.exchange import ExchangeService


@dataclass(frozen=True)
class Drive:
    label: str
    path: Path
    free: int
    read_only: bool = False


def _is_removable(root: str) -> bool:
    if sys.platform == "win32":
        import ctypes

        DRIVE_REMOVABLE = 2  # noqa: N806 - the Win32 name
        return ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOVABLE
    if sys.platform == "darwin":
        return root.startswith("/Volumes/")
    return root.startswith(("/media/", "/run/media/", "/mnt/"))


def removable_drives() -> list[Drive]:
    """Mounted removable volumes (USB sticks) with their free space, from QStorageInfo."""
    from PySide6.QtCore import QStorageInfo

    out = []
    for v in QStorageInfo.mountedVolumes():
        if not v.isValid() or not v.isReady():
            continue
        root = v.rootPath()
        if not _is_removable(root):
            continue
        name = v.displayName() or root
        label = name if name == root else f"{name}（{root}）"
        out.append(Drive(label, Path(root), v.bytesAvailable(), v.isReadOnly()))
    return out


def size_text(n: int) -> str:
    if n >= 1024 ** 3:
        return f"{n / 1024 ** 3:.1f} GB"
    return f"{n / 1024 ** 2:.0f} MB"


class ExportDialog(Dialog):
    def __init__(self, exchange: ExchangeService, parent: QWidget | None = None,
                 drives: Callable[[], list[Drive]] = removable_drives):
        super().__init__(parent)
        self.exchange = exchange
        self._drives = drives
        self.ui = build_form(self, Ui_ExportDialog)
        self.target: Path | None = None
        self.result: ExportResult | None = None
        self.error: BaseException | None = None
        self.status = InlineProgress(self.ui.progressBar, self.ui.statusLabel, self,
                                     shown=lambda text: f"{text}（请不要拔出U盘）")
        ui = self.ui
        ui.warningLabel.setVisible(False)
        ui.refreshButton.clicked.connect(self.refresh_drives)
        ui.chooseFolderButton.clicked.connect(self.choose_folder)
        ui.drivesList.currentItemChanged.connect(self._on_drive)
        ui.noEncryptCheck.toggled.connect(self._on_no_encrypt)
        ui.exportButton.clicked.connect(self.start_export)
        ui.closeButton.clicked.connect(self.reject)
        last = exchange.last_export()
        if last and type(last.get("sequence")) is int:
            ui.lastExportLabel.setText(f"上次导出：{fmt_utc(last['at'])}（{last.get('file', '')}，序号 {last['sequence']}）。"
                                       "增量数据包只含此后的变化；上级党委须已导入上次的数据包。")
        elif last:
            ui.lastExportLabel.setText(f"上次导出：{fmt_utc(last['at'])}（{last.get('file', '')}），由旧版本程序导出。"
                                       "升级后第一次请导出完整数据包（带本支部的签名）。")
            ui.sinceLastRadio.setEnabled(False)
        else:
            ui.lastExportLabel.setText("还没有导出过数据包，第一次请导出完整数据包。")
            ui.sinceLastRadio.setEnabled(False)
        self.refresh_drives()
        ui.passwordEdit.setFocus()

    # -- target ------------------------------------------------------------------------------------------------
    def refresh_drives(self) -> None:
        lst = self.ui.drivesList
        lst.clear()
        for d in self._drives():
            text = f"U盘 {d.label}　可用 {size_text(d.free)}" + ("　（只读，不能写入）" if d.read_only else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(d.path))
            if d.read_only:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            lst.addItem(item)
        if self.target is not None and not any(
                lst.item(i).data(Qt.ItemDataRole.UserRole) == str(self.target) for i in range(lst.count())):
            self._add_folder_item(self.target)
        if lst.count() == 0:
            self.ui.drivesHint.setText("没有找到U盘。请插入U盘后点“刷新”，或点“选择文件夹…”。")
        else:
            self.ui.drivesHint.setText("请选择要保存到的U盘，也可以选择电脑上的文件夹。")
            for i in range(lst.count()):
                if lst.item(i).flags() & Qt.ItemFlag.ItemIsEnabled:
                    lst.setCurrentRow(i)
                    break
        self._update_target_label()

    def _add_folder_item(self, folder: Path) -> None:
        try:
            import shutil

            free = f"　可用 {size_text(shutil.disk_usage(folder).free)}"
        except OSError:
            free = ""
        item = QListWidgetItem(f"文件夹 {folder}{free}")
        item.setData(Qt.ItemDataRole.UserRole, str(folder))
        self.ui.drivesList.addItem(item)
        self.ui.drivesList.setCurrentItem(item)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择保存数据包的文件夹")
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        self.target = folder
        self._add_folder_item(folder)

    def _on_drive(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self.target = Path(current.data(Qt.ItemDataRole.UserRole)) if current else None
        self._update_target_label()

    def _update_target_label(self) -> None:
        if self.target is None:
            self.ui.targetLabel.setText("")
            return
        try:
            name = self.exchange.default_target_name()
        except Exception:  # noqa: BLE001 - no branch profile yet: the export button says why
            name = "<党支部>_<日期>.djpkg"
        self.ui.targetLabel.setText(f"将保存为：{self.target / name}")
        self.ui.targetLabel.setProperty("role", "hint")

    def _on_no_encrypt(self, checked: bool) -> None:
        self.ui.passwordEdit.setEnabled(not checked)
        self.ui.confirmEdit.setEnabled(not checked)
        self.ui.warningLabel.setVisible(checked)

    # -- export ------------------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.status.running

    def _check(self) -> tuple[Path, str | None]:
        from dangjian_desktop.services.exchange import check_new_password

        if self.target is None:
            raise ValidationError("请先选择要保存到的U盘或文件夹。")
        if not self.target.is_dir():
            raise ValidationError(f"找不到“{self.target}”。U盘可能已被拔出，请重新插入后点“刷新”。")
        if self.ui.noEncryptCheck.isChecked():
            return self.target, None
        password = self.ui.passwordEdit.text()
        check_new_password(password, self.ui.confirmEdit.text())
        return self.target, password

    def start_export(self) -> None:
        if self.running:
            return
        if self.result is not None:
            self.accept()
            return
        try:
            target, password = self._check()
        except ValidationError as exc:
            self.status.say(error_text(exc), "error")
            return
        since_last = self.ui.sinceLastRadio.isChecked()
        self.error = None
        self._set_inputs_enabled(False)
        cancel = self.status.begin("正在导出，请不要拔出U盘…")
        relay = self.status.relay  # called on the worker, shown on the GUI thread

        def progress(fraction: float, text: str) -> None:
            if cancel.is_set():  # the service stops only while nothing is kept (before the read-back)
                raise Cancelled("已取消导出：没有写入数据包。")
            relay(fraction, text)

        self.ui.closeButton.setText("取消导出")
        self.ui.closeButton.setEnabled(True)
        from dangjian_desktop.ui.workers import run_in_background

        run_in_background(
            lambda: self.exchange.export(target, password=password, since_last=since_last,
                                         allow_unencrypted=password is None, progress=progress),
            self._on_done, self._on_error)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        set_enabled(enabled, self.ui.targetGroup, self.ui.contentGroup, self.ui.passwordGroup, self.ui.exportButton,
                    self.ui.closeButton)

    def cancel_export(self) -> None:
        """取消导出 while writing: the export stops at its next step and removes what it wrote; once the package
        was read back from the stick it completes instead (a cancel then comes too late to matter)."""
        if self.status.cancel("正在取消导出…"):
            self.ui.closeButton.setEnabled(False)

    def _on_done(self, result: ExportResult) -> None:
        self.status.end()
        self.ui.closeButton.setText("关闭")
        self.result = result
        self._set_inputs_enabled(True)
        set_enabled(False, self.ui.targetGroup, self.ui.contentGroup, self.ui.passwordGroup)
        self.ui.progressBar.setValue(100)
        notes = []
        if result.missing_attachments:
            notes.append(f"有 {len(result.missing_attachments)} 个附件文件找不到，未放入数据包。")
        if result.skipped_documents:
            notes.append("未能生成：" + "；".join(result.skipped_documents))
        if result.left_out_attachments:
            notes.append(f"有 {len(result.left_out_attachments)} 个附件不是照片或PDF，上级党委不接收，未放入数据包："
                         + "；".join(result.left_out_attachments[:3]) + ("…" if len(result.left_out_attachments) > 3 else ""))
        kind = result.summary.kind.label
        seq = f"（序号 {result.summary.sequence}，签名密钥指纹 {result.summary.fingerprint}）" if result.summary.sequence else ""
        self.status.say(f"{kind}数据包{seq}已写入并核对无误：\n{result.path}\n\n可以安全拔出U盘了。"
                  + ("\n" + "\n".join(notes) if notes else ""), "")
        self.ui.exportButton.setText("完成")
        self.ui.closeButton.setVisible(False)
        self.ui.exportButton.setFocus()

    def _on_error(self, exc: BaseException) -> None:
        self.status.end()
        self.error = exc
        self.ui.closeButton.setText("关闭")
        self._set_inputs_enabled(True)
        self._on_no_encrypt(self.ui.noEncryptCheck.isChecked())
        self.ui.progressBar.setVisible(False)
        if isinstance(exc, Cancelled):
            self.status.say(str(exc), "")
            return
        self.status.say("导出没有完成：" + error_text(exc), "error")

    def reject(self) -> None:
        if self.running:
            self.cancel_export()  # Esc or 取消导出 while writing: stop safely; the dialog stays until it stopped
            return
        super().reject()

