"""备份与恢复 in the window: the settings tab, 文件 > 立即备份, and the automatic backups at start and exit.

Backups are written off the GUI thread (they use their own SQLite connection). A restore checks the backup,
prepares its data and writes the safety backup in a worker (第 n / 4 步, 取消 until the swaps begin); only the
swaps run on the GUI thread: they close and reopen the store's connection, which lives on this thread. 备份到U盘 asks for a password (the
backup is encrypted) or, after a warning, writes it without one; restoring an encrypted backup asks for it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from dangjian_desktop.domain.errors import Cancelled, DomainError
from dangjian_desktop.services.backups import (
    PLAIN_USB_WARNING,
    BackupInfo,
    BackupPasswordRequired,
    BackupService,
    WrongBackupPassword,
)
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.forms.ui_backup_password_dialog import Ui_BackupPasswordDialog
from dangjian_desktop.ui.forms.ui_backups_tab import Ui_BackupsTab
from dangjian_desktop.ui.widgets.dialogs import Dialog
from dangjian_desktop.ui.widgets.steps import run_and_wait
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.wiring import set_enabled
from dangjian_desktop.ui.workers import run_in_background, wait_for_all

log = logging.getLogger(__name__)

STARTUP_DELAY_MS = 3000  # let the window appear first


# -- automatic backups ------------------------------------------------------------------------------------------
def schedule_startup_backup(backups: BackupService) -> None:
    """A few seconds after start, in the background: back up if the data changed since the newest backup
    (e.g. the app was killed or the PC switched off before the exit backup)."""

    def start() -> None:
        run_in_background(backups.auto_backup, on_error=lambda exc: log.error("start-up backup failed", exc_info=exc))

    QTimer.singleShot(STARTUP_DELAY_MS, start)


def backup_at_exit(backups: BackupService) -> None:
    """After the window has closed (nothing visible freezes): the exit backup, when the data changed."""
    wait_for_all(60_000)
    try:
        info = backups.auto_backup()
        log.info("exit backup: %s", info.path if info else "unchanged, none written")
    except Exception:  # noqa: BLE001 - never block quitting on a backup; the next start tries again
        log.exception("exit backup failed")


def backup_now(window: QWidget, backups: BackupService, on_done=None) -> None:  # noqa: ANN001
    """文件 > 立即备份: a backup in the data folder's backups/, in the background."""
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage("正在备份…")

    def done(info: BackupInfo) -> None:
        if callable(status):
            status().showMessage(f"已备份（{info.date_text}，{info.summary()}）", 10_000)
        if on_done:
            on_done(info)

    def failed(exc: BaseException) -> None:
        if callable(status):
            status().clearMessage()
        messages.show_error(window, exc, "备份没有完成")

    run_in_background(lambda: backups.create("manual"), done, failed)


class BackupPasswordDialog(Dialog):
    """The password of a USB backup: a new one (twice, or 不加密 after a warning), or the one to open a backup.
    After ``accept()``: ``password`` (None when the user chose 不加密)."""

    def __init__(self, new: bool, hint: str, parent: QWidget | None = None,
                 confirm_plain=None):  # noqa: ANN001 - confirm_plain(text) -> bool, for tests
        super().__init__(parent, maximizable=False)
        self.new = new
        self.password: str | None = None
        self._confirm_plain = confirm_plain or (lambda text: messages.confirm(self, text, "不加密备份",
                                                                              ok_text="仍然不加密"))
        self.ui = ui = build_form(self, Ui_BackupPasswordDialog)
        ui.hintLabel.setText(hint)
        ui.warningLabel.setText("注意：" + PLAIN_USB_WARNING)
        for w in (ui.confirmLabel, ui.confirmEdit, ui.noEncryptCheck):
            w.setVisible(new)
        ui.warningLabel.setVisible(False)
        if not new:
            ui.passwordEdit.setPlaceholderText("")
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("备份" if new else "确定")
        ok.setProperty("primary", True)
        ok.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.check)
        ui.buttonBox.rejected.connect(self.reject)
        ui.noEncryptCheck.toggled.connect(self._plain_toggled)
        self.setWindowTitle("备份到U盘：设置密码" if new else "输入备份密码")
        ui.passwordEdit.setFocus()
        if not new:  # one field: no empty band where the hidden ones were
            self.resize(self.width(), self.sizeHint().height())

    def _plain_toggled(self, checked: bool) -> None:
        set_enabled(not checked, self.ui.passwordEdit, self.ui.confirmEdit)
        self.ui.warningLabel.setVisible(checked)

    def check(self) -> bool:
        ui = self.ui
        if self.new and ui.noEncryptCheck.isChecked():
            if not self._confirm_plain(PLAIN_USB_WARNING + "\n\n确定不加密吗？"):
                return False
            self.password = None
            self.accept()
            return True
        password = ui.passwordEdit.text()
        try:
            if self.new:
                from dangjian_desktop.services.exchange import check_new_password

                check_new_password(password, ui.confirmEdit.text())
            elif not password:
                raise DomainError("请输入备份时设置的密码。")
        except DomainError as exc:
            ui.errorLabel.setText(messages.error_text(exc))
            return False
        self.password = password
        self.accept()
        return True


def confirm_restore_text(info: BackupInfo) -> str:
    return (f"要把全部数据恢复到 {info.date_text} 时的状态吗？\n\n"
            f"这份备份里有：{info.summary()}。\n\n"
            "在这之后所做的修改会被撤回。当前的数据会先自动备份一份，需要时可以再恢复回来。")


# -- the settings tab ---------------------------------------------------------------------------------------------
class BackupsTab(QWidget):
    def __init__(self, backups: BackupService, window: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.backups = backups
        self.window_ = window
        self.ui = build_form(self, Ui_BackupsTab)
        header = self.ui.backupsTable.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._infos: list[BackupInfo] = []
        self.ui.backupNowButton.clicked.connect(self.backup_now)
        self.ui.usbButton.clicked.connect(self.backup_to_usb)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.restoreFileButton.clicked.connect(self.restore_from_file)
        self.ui.openFolderButton.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.backups.paths.backups))))
        self.ui.backupsTable.itemSelectionChanged.connect(self._update_buttons)
        self.ui.backupsTable.doubleClicked.connect(lambda _i: self.restore_selected())
        read_only = self.backups.store.read_only
        self.ui.restoreButton.setEnabled(not read_only)
        self.ui.restoreFileButton.setEnabled(not read_only)
        # a folder that cannot be written: no backup into it; 备份到U盘 (another folder) still works
        self.ui.backupNowButton.setEnabled(self.backups.store.state in ("ok", "in_use"))
        self.refresh()

    def refresh(self) -> None:
        self._infos = self.backups.list()
        table = self.ui.backupsTable
        table.setRowCount(len(self._infos))
        for row, info in enumerate(self._infos):
            content = f"不能使用：{info.problem}" if info.problem else info.summary()
            for col, text in enumerate((info.date_text, info.kind_label, info.size_text, content)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        table.setVisible(bool(self._infos))
        self.ui.emptyLabel.setVisible(not self._infos)
        if self._infos:
            table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.ui.backupsTable.selectionModel().selectedRows()
        return self._infos[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        info = self.selected()
        self.ui.restoreButton.setEnabled(bool(info and not info.problem) and not self.backups.store.read_only)

    # -- actions ------------------------------------------------------------------------------------------------
    def backup_now(self) -> None:
        self.ui.statusLabel.setText("正在备份…")
        self.ui.backupNowButton.setEnabled(False)

        def done(info: BackupInfo) -> None:
            self.ui.backupNowButton.setEnabled(True)
            self.ui.statusLabel.setText(f"已备份：{info.date_text}，{info.summary()}。")
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.ui.backupNowButton.setEnabled(True)
            self.ui.statusLabel.setText("")
            messages.show_error(self, exc, "备份没有完成")

        run_in_background(lambda: self.backups.create("manual"), done, failed)

    def choose_usb_folder(self) -> str:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
        return QFileDialog.getExistingDirectory(self, "选择U盘或保存备份的文件夹", start)

    def ask_new_password(self) -> tuple[bool, str | None]:
        """(chosen, password): the USB backup's password, or None for 不加密 (after a warning)."""
        dialog = BackupPasswordDialog(True, "备份到U盘的文件含有全体党员的姓名、身份证号和电话。请设置一个密码，"
                                            "恢复时需要输入；请把密码记在别处（不要和U盘放在一起）。", self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, None
        return True, dialog.password

    def ask_password(self, info: BackupInfo) -> str | None:
        dialog = BackupPasswordDialog(False, f"这个备份（{info.date_text}，{info.path.name}）已加密，"
                                             "请输入备份时设置的密码。", self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password

    def backup_to_usb(self, folder: str | Path | None = None, password: str | None = None, *,
                      plain: bool = False) -> None:
        """备份到U盘. ``password`` or ``plain`` skip the password dialog (tests)."""
        folder = folder or self.choose_usb_folder()
        if not folder:
            return
        if password is None and not plain:
            chosen, password = self.ask_new_password()
            if not chosen:
                return
        self.ui.statusLabel.setText(f"正在备份到 {folder} …")
        self.ui.usbButton.setEnabled(False)

        def done(info: BackupInfo) -> None:
            self.ui.usbButton.setEnabled(True)
            locked = "已加密" if info.encrypted else "未加密"
            self.ui.statusLabel.setText(f"已备份到 {info.path}（{info.size_text}，{locked}）。可以安全拔出U盘了。")

        def failed(exc: BaseException) -> None:
            self.ui.usbButton.setEnabled(True)
            self.ui.statusLabel.setText("")
            messages.show_error(self, exc, "备份没有完成")

        run_in_background(lambda: self.backups.backup_to_folder(Path(folder), password,
                                                                 allow_unencrypted=password is None), done, failed)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            messages.info(self, "请先在列表中选择要恢复的备份。")
            return
        self.restore(info.path)

    def restore_from_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
        path, _ = QFileDialog.getOpenFileName(self, "选择备份文件", start, "备份文件 (*.djbak *.zip *.sqlite3)")
        if path:
            self.restore(Path(path))

    def restore(self, path: Path, *, confirmed: bool | None = None, password: str | None = None) -> bool:
        """Show the backup's date and counts, confirm, back up the current state, restore. An encrypted backup
        asks for its password first (and is checked with it, to show what it holds). ``confirmed`` and
        ``password`` skip the questions (tests)."""
        try:
            info = self.backups.inspect(path)
            if info.problem:
                messages.show_error(self, f"这个备份不能使用：{info.problem}")
                return False
            if info.encrypted:
                password = password if password is not None else self.ask_password(info)
                if password is None:
                    return False
                pw = password
                info = run_and_wait(self, "正在核对备份…", lambda: self.backups.verify(path, pw))
        except (WrongBackupPassword, BackupPasswordRequired) as exc:
            messages.show_error(self, exc, "密码不正确")
            return False
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc)
            return False
        if confirmed is None:
            confirmed = messages.confirm(self, confirm_restore_text(info), "恢复数据", ok_text="恢复")
        if not confirmed:
            return False
        wait_for_all(60_000)  # a background backup finishes first
        try:
            staged = run_and_wait(self, "正在恢复数据…",
                                  lambda progress: self.backups.stage_restore(path, password, progress=progress),
                                  steps=True, cancellable=True, title="恢复数据")
        except Cancelled:
            self.ui.statusLabel.setText("已取消恢复：数据没有任何改动。")
            return False
        except Exception as exc:  # noqa: BLE001 - nothing was changed; say why
            messages.show_error(self, exc, "没有恢复")
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.backups.finish_restore(staged)
        except Exception as exc:  # noqa: BLE001 - the next open completes it; say so
            QGuiApplication.restoreOverrideCursor()
            messages.show_error(self, exc, "没有恢复")
            return False
        QGuiApplication.restoreOverrideCursor()
        self.ui.statusLabel.setText(f"已恢复到 {info.date_text} 的数据。恢复前的数据已另存为备份，需要时可以再恢复回来。")
        refresh_all = getattr(self.window_, "refresh_all", None)
        if callable(refresh_all):
            refresh_all()
        self.refresh()
        log.info("restored %s; safety copy %s", path, result.safety_backup)
        return True


def make_tab(services, window: QWidget) -> QWidget:  # noqa: ANN001 - Services
    """Settings tab factory (features/backups.py)."""
    return BackupsTab(services.backups, window)
