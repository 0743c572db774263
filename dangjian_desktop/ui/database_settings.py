"""设置 › 数据库 (headquarters): the PostgreSQL database this PC opens at the next start — server, port, database,
user; 测试连接 with the password typed here; 保存 keeps the URL without the password (services/database_settings.py),
and 「记住密码」 puts the password in the OS's credential store when it has one; 改回使用本机数据文件 goes back to the
data folder's SQLite file. The connection is tried on the thread pool (a server that does not answer takes up to
10 seconds) on a connection of its own: the store the window has open is not touched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from dangjian_desktop.domain.enums import StoreMode
from dangjian_desktop.services import database_settings as dbs
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.forms.ui_database_settings_tab import Ui_DatabaseSettingsTab
from dangjian_desktop.ui.widgets.operations import ServiceCall
from dangjian_desktop.ui.widgets.wiring import set_enabled

if TYPE_CHECKING:
    from pathlib import Path

    from dangjian_desktop.services.container import Services

NO_KEYRING = "本机没有可用的系统凭据管理器：不能记住密码，每次启动时会询问密码。"


class DatabaseSettingsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.folder: Path = services.store.paths.root
        self.ui = ui = Ui_DatabaseSettingsTab()
        ui.setupUi(self)
        for label in (ui.hintLabel, ui.keyringLabel):
            label.setProperty("role", "hint")
        ui.saveButton.setProperty("primary", True)
        for w in (ui.hostEdit, ui.databaseEdit, ui.userEdit, ui.passwordEdit):
            w.setMaximumWidth(480)
        ui.portSpin.setMaximumWidth(120)
        self.busy = False  # a connection being tried (tests wait for it)
        self.keyring = dbs.keyring_available()
        ui.rememberCheck.setEnabled(self.keyring)
        ui.keyringLabel.setText("" if self.keyring else NO_KEYRING)
        ui.keyringLabel.setVisible(not self.keyring)
        ui.testButton.clicked.connect(self.test_connection)
        ui.saveButton.clicked.connect(self.save)
        ui.localButton.clicked.connect(self.use_local_file)
        self.hq = services.branch.mode() is StoreMode.HEADQUARTERS
        if not self.hq:
            ui.hintLabel.setText("数据库服务器只用于上级党委（汇总各党支部的数据包）。党支部的数据只保存在本机的数据文件中，"
                                 "无需设置。")
            set_enabled(False, ui.hostEdit, ui.portSpin, ui.databaseEdit, ui.userEdit, ui.passwordEdit,
                        ui.rememberCheck, ui.testButton, ui.saveButton)
        self.refresh()

    # -- showing --------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        ui = self.ui
        store = self.services.store
        saved = dbs.saved_url(self.folder)
        now = (f"本次使用：PostgreSQL 数据库 {store.location}" if store.engine != "sqlite"
               else f"本次使用：本机数据文件 {store.location}")
        later = f"下次启动时使用：PostgreSQL 数据库 {saved}" if saved else "下次启动时使用：本机数据文件"
        ui.currentLabel.setText(f"{now}\n{later}")
        ui.localButton.setEnabled(bool(saved))
        shown = saved or (store.location if store.engine != "sqlite" else None)
        if shown and not ui.hostEdit.text():
            conn = dbs.Connection.from_url(shown)
            ui.hostEdit.setText(conn.host)
            ui.portSpin.setValue(conn.port)
            ui.databaseEdit.setText(conn.database)
            ui.userEdit.setText(conn.user)
        if shown and self.keyring and dbs.stored_password(shown):
            ui.rememberCheck.setChecked(True)

    def _status(self, text: str, *, error: bool = False) -> None:
        self.ui.statusLabel.setProperty("role", "error" if error else "")
        self.ui.statusLabel.style().unpolish(self.ui.statusLabel)
        self.ui.statusLabel.style().polish(self.ui.statusLabel)
        self.ui.statusLabel.setText(text)

    def _fail(self, _exc: BaseException, text: str) -> None:
        self.busy = False
        self._set_buttons(True)
        self._status(text, error=True)

    def _set_buttons(self, enabled: bool) -> None:
        set_enabled(enabled and self.hq, self.ui.testButton, self.ui.saveButton)

    def _connection(self) -> dbs.Connection | None:
        ui = self.ui
        try:
            return dbs.connection(ui.hostEdit.text(), ui.portSpin.value(), ui.databaseEdit.text(), ui.userEdit.text())
        except Exception as exc:  # noqa: BLE001 - a DomainError: said in the label
            self._status(messages.error_text(exc), error=True)
            return None

    def _run(self, label: str, op, done) -> None:  # noqa: ANN001
        self.busy = True
        self._set_buttons(False)
        self._status(label)

        def finished(result) -> None:  # noqa: ANN001
            self.busy = False
            self._set_buttons(True)
            done(result)

        ServiceCall(self, op).with_progress(label).success(finished).failure(self._fail).run_in_background()

    # -- actions --------------------------------------------------------------------------------------------------
    def test_connection(self) -> None:
        conn = self._connection()
        if conn is None:
            return
        password = self.ui.passwordEdit.text() or None
        self._run("正在连接数据库…", lambda: dbs.check_connection(conn.url, password),
                  lambda r: self._status(f"连接成功：{r.url} 是上级党委“{r.hq_name}”的数据。"
                                         "点击“保存，下次启动时使用”后，重新启动程序即打开这个数据库。"))

    def save(self) -> None:
        conn = self._connection()
        if conn is None:
            return
        password = self.ui.passwordEdit.text() or None
        remember = self.ui.rememberCheck.isChecked() and self.keyring

        def done(r: dbs.SaveResult) -> None:
            self.ui.passwordEdit.clear()
            self.refresh()
            text = f"已保存：下次启动时打开上级党委“{r.hq_name}”的数据库 {r.url}。"
            if r.password_remembered:
                text += "密码已保存在系统凭据管理器中。"
            elif r.keyring_problem:
                text += r.keyring_problem
            else:
                text += "启动时会询问密码。"
            self._status(text)

        self._run("正在连接数据库…", lambda: dbs.save(self.folder, conn.url, password, remember=remember), done)

    def use_local_file(self, *, confirmed: bool | None = None) -> bool:
        if confirmed is None:
            confirmed = messages.confirm(self, "下次启动时改回打开本机的数据文件吗？数据库服务器上的数据不会被删除，"
                                               "以后可以重新填写连接信息改回来。", ok_text="改回本机数据文件")
        if not confirmed:
            return False
        ok, _ = ServiceCall(self, lambda: dbs.use_local_file(self.folder)).failure(self._fail).run()
        if ok:
            self.ui.rememberCheck.setChecked(False)
            self.refresh()
            self._status("已改回：下次启动时打开本机的数据文件。")
        return ok


def make_tab(services: Services, window: QWidget) -> QWidget:
    return DatabaseSettingsTab(services)
