"""The main window: left navigation, one page at a time, menus and shortcuts as a Windows user expects."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QWidget

from dangjian_desktop import APP_TITLE, __version__, clock
from dangjian_desktop.services.container import Services
from dangjian_desktop.ui import theme
from dangjian_desktop.ui.forms.ui_main_window import Ui_MainWindow
from dangjian_desktop.ui.pages import PageSpec, pages


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(theme.icon("app"))
        self._specs: list[PageSpec] = pages()
        self._screens: dict[str, QWidget] = {}
        self._settings = QSettings(str(services.store.paths.root / "window.ini"), QSettings.Format.IniFormat)
        self._build_nav()
        self._wire_actions()
        self.update_title()
        self._restore_state()
        if services.store.read_only:
            self.statusBar().showMessage(services.store.read_only_reason)
        self._show_pinned_date()

    def _show_pinned_date(self) -> None:
        """A training session or a test with DANGJIAN_TODAY: the whole app runs on that day, and says so."""
        from PySide6.QtWidgets import QLabel

        pinned = clock.override()
        if pinned is None:
            return
        label = QLabel(f"演示日期 {pinned.isoformat()}")
        label.setObjectName("pinnedDateLabel")
        label.setToolTip(f"环境变量 {clock.ENV} 把程序的日期固定为 {pinned.isoformat()}（用于培训和测试）。")
        label.setStyleSheet("QLabel { color: #a61b1b; font-weight: bold; padding: 0 8px; }")
        self.statusBar().addPermanentWidget(label)

    # -- navigation ------------------------------------------------------------------------------------------
    def _build_nav(self) -> None:
        nav = self.ui.navList
        nav.setIconSize(QSize(22, 22))
        for i, spec in enumerate(self._specs):
            item = QListWidgetItem(theme.nav_icon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(150, 44))
            nav.addItem(item)
            act = QAction(f"{spec.title}", self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
            self.ui.menuView.addAction(act)
            # the stack holds a lazily built screen per page: start-up builds only the first page
            self.ui.pages.addWidget(QWidget())
        nav.currentRowChanged.connect(self._on_nav)

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        spec = self._specs[row]
        built = spec.key in self._screens
        screen = self.screen(spec.key)
        self.ui.pages.setCurrentWidget(screen)
        refresh = getattr(screen, "refresh", None)
        if built and callable(refresh):  # a screen just built has read its data already
            refresh()
        self._update_actions(screen)

    def screen(self, key: str) -> QWidget:
        """The page widget for ``key``, built on first use."""
        if key not in self._screens:
            index = [s.key for s in self._specs].index(key)
            spec = self._specs[index]
            widget = spec.factory(self.services, self)
            widget.setObjectName(f"page_{key}")
            old = self.ui.pages.widget(index)
            self.ui.pages.insertWidget(index, widget)
            self.ui.pages.removeWidget(old)
            old.deleteLater()
            self._screens[key] = widget
        return self._screens[key]

    def show_page(self, key: str) -> QWidget:
        row = [s.key for s in self._specs].index(key)
        if self.ui.navList.currentRow() != row:
            self.ui.navList.setCurrentRow(row)
        else:
            self._on_nav(row)
        return self._screens[key]

    def current_key(self) -> str:
        return self._specs[max(0, self.ui.navList.currentRow())].key

    def open_record(self, page: str, kind: str, uuid: str) -> None:
        screen = self.show_page(page)
        opener = getattr(screen, "open_record", None)
        if callable(opener):
            opener(kind, uuid)

    # -- actions -----------------------------------------------------------------------------------------------
    def _wire_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self._about)
        ui.actionOpenDataFolder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.store.paths.root))))
        ui.actionPrint.triggered.connect(lambda: self._call_current("print_document"))
        ui.actionExportPdf.triggered.connect(lambda: self._call_current("export_pdf"))
        ui.actionExportXlsx.triggered.connect(lambda: self._call_current("export_xlsx"))
        ui.actionBackupNow.triggered.connect(lambda: self._call_current_or_window("backup_now"))
        ui.actionBackupNow.setEnabled(hasattr(self, "backup_now"))

    def backup_now(self) -> None:
        """文件 > 立即备份 (the 备份与恢复 settings tab has the rest)."""
        from dangjian_desktop.ui.backups import backup_now

        backup_now(self, self.services.backups)

    def _call_current(self, name: str) -> None:
        screen = self.ui.pages.currentWidget()
        fn = getattr(screen, name, None)
        if callable(fn):
            fn()

    def _call_current_or_window(self, name: str) -> None:
        fn = getattr(self, name, None)
        if callable(fn):
            fn()

    def _update_actions(self, screen: QWidget) -> None:
        self.ui.actionPrint.setEnabled(callable(getattr(screen, "print_document", None)))
        self.ui.actionExportPdf.setEnabled(callable(getattr(screen, "export_pdf", None)))
        self.ui.actionExportXlsx.setEnabled(callable(getattr(screen, "export_xlsx", None)))

    def _about(self) -> None:
        info = self.services.info.info()
        QMessageBox.about(self, "关于", f"<b>{APP_TITLE}</b> {__version__}<br>离线使用的党支部工作记录软件。<br><br>"
                                        f"数据文件夹：{info['data_dir']}<br>数据版本：{info['schema_version']}")

    def update_title(self) -> None:
        b = self.services.branch.profile()
        name = b.name if b else (self.services.branch.hq_name() or "")
        suffix = "（只读）" if self.services.store.read_only else ""
        self.setWindowTitle(f"{name} — {APP_TITLE}{suffix}" if name else f"{APP_TITLE}{suffix}")

    def refresh_all(self) -> None:
        """After a change that touches many pages (demo data, import, restore)."""
        self.update_title()
        current = self.ui.pages.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()

    # -- state ---------------------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geo = self._settings.value("window/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        page = self._settings.value("window/page", "home")
        keys = [s.key for s in self._specs]
        self.show_page(page if page in keys else "home")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        for screen in self._screens.values():
            can_close = getattr(screen, "can_close", None)
            if callable(can_close) and not can_close():
                event.ignore()
                return
        try:
            self._settings.setValue("window/geometry", self.saveGeometry())
            self._settings.setValue("window/page", self.current_key())
            self._settings.sync()
        except Exception:  # noqa: BLE001 - never block closing on a settings write
            pass
        event.accept()
