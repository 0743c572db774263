"""The main window: left navigation, one page at a time, menus and shortcuts as a Windows user expects.

The window can ask the composition root (app.py) to open another data folder: :meth:`MainWindow.request_switch`
records ``switch_request`` ("demo": the demo folder, "leave-demo": back to the real folder, the demo deleted)
and closes; app.main closes the store and opens the other one (one store per process).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QListWidgetItem, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from dangjian_desktop import APP_TITLE, __version__, clock
from dangjian_desktop.services import demo
from dangjian_desktop.ui import theme
from dangjian_desktop.ui.forms.ui_main_window import Ui_MainWindow
from dangjian_desktop.ui.pages import PageSpec, pages
from dangjian_desktop.ui.widgets.screen_fit import fit_to_screen
from dangjian_desktop.ui.widgets.styling import repolish

# Qt.ItemDataRole.UserRole: the Qt namespace is not touched before the first paint (PySide6 builds its 94 Python
# enums on first use, ≈ 16 ms of a start); tests/test_app.py checks that start-up leaves it unbuilt
USER_ROLE = 256

if TYPE_CHECKING:  # Qt classes of menu actions only are imported when used (each class built costs its enums)
    # names of annotations only: PySide6's import hook reads the source of each module an import statement names
    # once PySide6 is loaded (pathlib 49 KB, datetime 92 KB in 首页's modules; ≈ 25 k instructions a KB); a
    # start from sources pays it (the installer's bundle has no sources)
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent

    from dangjian_desktop.services.container import Services


class MainWindow(QMainWindow):
    """``later=True`` (app.main at start-up): the first page built (首页) shows its cheap half at once and reads the
    rest once the window is painted, when app.main calls :meth:`after_first_paint`. Tests build it without."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, later: bool = False):
        super().__init__(parent)
        self.first_paint_pending = later  # read by the page factories (ui/pages.py home_page)
        self.services = services
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(theme.icon("app"))
        self._specs: list[PageSpec] = pages()
        self._screens: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        root = services.store.paths.root
        self.is_demo = demo.is_demo_folder(root)
        self.real_folder: Path = demo.real_folder_of(root)
        self.switch_request: str | None = None
        self._fitted = False
        # a child of the window: written (or, on a read-only folder, tried once more) when the window is deleted
        self._settings = QSettings(str(root / "window.ini"), QSettings.Format.IniFormat, self)
        self._add_banner()
        self._build_nav()
        self._show_demo_banner()
        self._wire_actions()
        self.update_title()
        self._restore_state()
        self.first_paint_pending = False  # pages built from now on read everything before they show
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

    # -- the read-only banner --------------------------------------------------------------------------------
    def _add_banner(self) -> None:
        """A strip above the pages that says why nothing can be saved (another window, a write-protected folder,
        a full disk, damage). The form's central widget is kept, with the banner put above it."""
        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#readOnlyBanner { background: #FFF4D6; color: #6B4200; font-weight: bold;"
                                  " border-bottom: 1px solid #E2B659; padding: 8px 16px; }")
        central = self.takeCentralWidget()
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.banner)
        box.addWidget(central, 1)
        self.setCentralWidget(holder)
        self.update_banner()

    def update_banner(self) -> None:
        store = self.services.store
        self.banner.setVisible(store.read_only)
        if store.read_only:
            self.banner.setText("只读模式　" + (store.read_only_reason or "数据为只读，不能修改。"))

    # -- navigation ------------------------------------------------------------------------------------------
    def _build_nav(self) -> None:
        nav = self.ui.navList
        nav.setIconSize(QSize(22, 22))
        for i, spec in enumerate(self._specs):
            item = QListWidgetItem(theme.nav_icon(spec.icon), spec.title)
            item.setData(USER_ROLE, spec.key)
            item.setSizeHint(QSize(150, 44))
            nav.addItem(item)
            act = QAction(f"{spec.title}", self)
            # through the property (the string converted by Qt): QKeySequence's or setShortcut's overloads, resolved
            # by PySide6, would build the Qt namespace's enums (see USER_ROLE); the form's actions alike. Ctrl+1 to
            # Ctrl+9 only: "Ctrl+10" is no key (Qt made it Ctrl + an unknown key, shown as nothing, after a search
            # through every key name costing ≈ 0.7 M instructions each at start-up)
            if i < 9:
                act.setProperty("shortcut", f"Ctrl+{i + 1}")
            act.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
            self.ui.menuView.addAction(act)
        # the stack holds the pages built so far, each added on its first visit: start-up builds only the first
        # (no placeholder per page either: each one added to the stack costs a style polish, ~1 ms)
        nav.currentRowChanged.connect(self._on_nav)

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        spec = self._specs[row]
        built = spec.key in self._screens
        screen = self.screen(spec.key)
        self.ui.pages.setCurrentWidget(self._holders[spec.key])
        refresh = getattr(screen, "refresh", None)
        if built and callable(refresh):  # a screen just built has read its data already
            refresh()
        self._update_actions(screen)

    def screen(self, key: str) -> QWidget:
        """The page widget for ``key``, built on first use."""
        if key not in self._screens:
            index = [s.key for s in self._specs].index(key)
            spec = self._specs[index]
            # each page in a scroll area: on a narrow screen (1366 at 125 %) a page wider than the window
            # scrolls sideways instead of making the window wider than the screen. The holder goes into the stack
            # before the page is put in it: each reparenting under the window re-resolves the style sheet for the
            # whole subtree moved, so the page's widgets are styled once, not twice (≈ 5 ms for 首页 at start-up)
            holder = QScrollArea()
            holder.setObjectName(f"pageHolder_{key}")
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidgetResizable(True)
            self.ui.pages.addWidget(holder)
            try:
                widget = spec.factory(self.services, self)
            except BaseException:
                self.ui.pages.removeWidget(holder)
                holder.deleteLater()
                raise
            widget.setObjectName(f"page_{key}")
            holder.setWidget(widget)
            self._screens[key] = widget
            self._holders[key] = holder
        return self._screens[key]

    def show_page(self, key: str) -> QWidget:
        row = [s.key for s in self._specs].index(key)
        if self.ui.navList.currentRow() != row:
            self.ui.navList.setCurrentRow(row)
        else:
            self._on_nav(row)
        return self._screens[key]

    def after_first_paint(self, then: Callable[[], None] | None = None) -> bool:
        """Start reading what the first page left for later (首页: the reminders and the year at a glance) on the
        thread pool; ``then()`` runs once it is shown (at once when nothing was left). False: nothing was left."""
        finish = getattr(self.services, "finish_open", None)
        if callable(finish):  # on the GUI thread, if app.main has not yet (the pool reads an opened store)
            finish()
        home = self._screens.get("home")
        start = getattr(home, "read_rest_in_background", None)
        if callable(start) and start(then):
            return True
        if then is not None:
            then()
        return False

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
        ui.actionOpenDataFolder.triggered.connect(self._open_data_folder)
        ui.actionPrint.triggered.connect(lambda: self._call_current("print_document"))
        ui.actionExportPdf.triggered.connect(lambda: self._call_current("export_pdf"))
        ui.actionExportXlsx.triggered.connect(lambda: self._call_current("export_xlsx"))
        ui.actionBackupNow.triggered.connect(lambda: self._call_current_or_window("backup_now"))
        # nothing can be written into a read-only folder or onto a full disk (备份到U盘 in 设置 still works)
        ui.actionBackupNow.setEnabled(hasattr(self, "backup_now") and self.services.store.state in ("ok", "in_use"))
        ui.actionLeaveDemo.triggered.connect(self.leave_demo)
        ui.leaveDemoButton.clicked.connect(self.leave_demo)

    # -- demo data -------------------------------------------------------------------------------------------------
    def _show_demo_banner(self) -> None:
        ui = self.ui
        ui.demoBanner.setVisible(self.is_demo)
        ui.actionLeaveDemo.setVisible(self.is_demo)
        ui.demoBanner.setStyleSheet("QFrame#demoBanner { background: #FFF4D6; border-bottom: 1px solid #E8C46A; }")
        ui.leaveDemoButton.setProperty("primary", True)
        if self.is_demo:  # else hidden for this window's life (and no QStyle at start-up: its enums cost ≈ 5 ms)
            repolish(ui.leaveDemoButton)
        ui.demoBannerLayout.setStretchFactor(ui.demoLabel, 1)
        ui.demoLabel.setText(f"现在看到的是演示数据（一个虚构的党支部），可以随意试用，正式数据不受影响。"
                             f"演示数据在单独的文件夹：{self.services.store.paths.root}")

    def request_switch(self, what: str) -> bool:
        """Ask app.main to open another folder ("demo" or "leave-demo") once this window has closed."""
        self.switch_request = what
        if not self.isVisible():
            return True  # not shown (first start, tests): the caller's loop picks the request up
        if not self.close():
            self.switch_request = None
            return False
        return True

    def show_demo(self) -> bool:
        """「先用演示数据看看」: the demo opens from its own folder; the real folder stays empty."""
        return self.request_switch("demo")

    def leave_demo(self, *, ask: bool = True) -> bool:
        if not self.is_demo:
            return False
        from dangjian_desktop.ui import messages  # here: its message boxes' Qt classes are not needed to start

        if ask and not messages.confirm(
                self, "清除演示数据，开始正式使用？\n\n演示数据所在的文件夹将被删除（其中只有演示数据）。"
                      f"之后打开正式数据文件夹：\n{self.real_folder}\n\n如果还没有填写过本支部的信息，会再显示开始使用的向导。",
                "开始正式使用", ok_text="清除演示数据"):
            return False
        return self.request_switch("leave-demo")
    def backup_now(self) -> None:
        """文件 > 立即备份 (the 备份与恢复 settings tab has the rest)."""
        from dangjian_desktop.ui.backups import backup_now

        backup_now(self, self.services.backups)

    def current_screen(self) -> QWidget | None:
        return self._screens.get(self.current_key())

    def _call_current(self, name: str) -> None:
        screen = self.current_screen()
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

    def _open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.store.paths.root)))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        info = self.services.info.info()
        QMessageBox.about(self, "关于", f"<b>{APP_TITLE}</b> {__version__}<br>离线使用的党支部工作记录软件。<br><br>"
                                        f"数据文件夹：{info['data_dir']}<br>数据版本：{info['schema_version']}")

    def update_title(self) -> None:
        # before the first paint at start-up: the branch's name as glimpse read it (the store not opened yet)
        seen = getattr(self.services, "glimpse", None)
        if seen is not None:
            name = seen.branch_name
        else:
            b = self.services.branch.profile()
            name = b.name if b else (self.services.branch.hq_name() or "")
        suffix = "（只读）" if self.services.store.read_only else ""
        prefix = "【演示数据】" if self.is_demo else ""
        self.setWindowTitle(f"{prefix}{name} — {APP_TITLE}{suffix}" if name else f"{prefix}{APP_TITLE}{suffix}")
        self.update_banner()

    def refresh_all(self) -> None:
        """After a change that touches many pages (demo data, import, restore)."""
        self.update_title()
        current = self.current_screen()
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

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt API (show() calls it)
        """Shown the first time: fitted to the screen (a saved or default size larger than this screen, 1366×768 or
        150 %, shrinks) just before it becomes visible. ``QWidget.setVisible`` makes the native window, polishes
        the widgets and activates the layout (which sets the window's minimum size) before anything is shown: done
        here first, in that order, for the fitting to read (the frame from the native window, see
        ``screen_fit.reported_frame``); Qt then finds them done. Not in ``showEvent``: a Python ``showEvent``
        has PySide6 build QEvent's Python class, its 179-member enum ≈ 13 M instructions of a start."""
        if visible and not self._fitted and not self.isVisible():
            self._fitted = True
            self.create()
            self.ensurePolished()
            layout = self.layout()
            if layout is not None:
                layout.activate()
            fit_to_screen(self)
        super().setVisible(visible)

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
