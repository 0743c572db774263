"""数据交换 page. A branch store exports its data package to a USB stick and shows its signing key's fingerprint; a
headquarters (上级党委) store imports many packages, shows every branch at a glance (with its pinned key and last
sequence), replaces a branch's key on request, opens one branch read-only and prints a summary."""

from __future__ import annotations

import logging
from pathlib import Path
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QHeaderView, QInputDialog, QLineEdit, QTableView, QWidget

from dangjian_desktop import features
from dangjian_desktop.domain.enums import StoreMode
from dangjian_desktop.domain.errors import Cancelled
from dangjian_desktop.domain.exchange import BranchOverview, ImportOutcome, ImportResult, fmt_utc
from dangjian_desktop.ui.dialogs.branch_records_dialog import fill_table
from dangjian_desktop.ui.forms.ui_exchange_screen import Ui_ExchangeScreen
from dangjian_desktop.ui.forms.ui_exchange_settings_tab import Ui_ExchangeSettingsTab
from dangjian_desktop.ui.messages import error_text
from dangjian_desktop.ui.models.table import FlatTableModel
from dangjian_desktop.ui.widgets.steps import InlineProgress
from dangjian_desktop.ui.widgets.styling import style_page
from dangjian_desktop.ui.widgets.wiring import set_enabled

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from dangjian_desktop.services.branch import BranchService
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.services.exchange import ExchangeService

RESULT_HEADERS = ["结果", "党支部", "导出时间", "文件", "说明"]
BRANCH_HEADERS = ["党支部", "最近数据包", "序号", "签名密钥指纹", "在册党员"]  # then one column per declared figure
T = TypeVar("T")
OUTCOME_COLORS = {ImportOutcome.IMPORTED: "#2E7D32", ImportOutcome.UNCHANGED: "#555555",
                  ImportOutcome.SKIPPED: "#A0522D", ImportOutcome.REFUSED: "#B22222"}


def _alive(widget: QWidget) -> bool:
    """False once Qt has deleted the widget (the page closed while a background read ran)."""
    from shiboken6 import isValid

    return isValid(widget)


def _num(v: int | None) -> str:
    return "—" if v is None else str(v)


def _key(b: BranchOverview) -> str:
    text = b.fingerprint or "未签名"
    return text + (f"（待更换为 {b.rekey_pending}）" if b.rekey_pending else "")


class BranchesModel(FlatTableModel):
    """The branches at a glance as plain texts, read-only. A model instead of one QTableWidgetItem per cell: at
    headquarters 500 branches and 33 columns made 16,500 items, the most of the page's first paint. A row's texts
    are made from its item when the view first asks for them (the rows painted and those the column widths are
    measured from), not all 500 before the first paint."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.titles: list[str] = []
        self._items: Sequence[object] = []
        self._texts: Callable[[object], list[str]] = list
        self._rows: list[list[str] | None] = []

    def set_rows(self, titles: list[str], items: Sequence[T], texts: Callable[[T], list[str]]) -> None:
        """One row per item; ``texts(item)``: its cells' texts, one per column title."""
        self.beginResetModel()
        self.titles, self._items, self._texts = titles, items, texts
        self._rows = [None] * len(items)
        self.endResetModel()

    def update_rows(self, items: Sequence[object]) -> None:
        """The same rows with new texts: the selection and the column widths stay."""
        self._items, self._rows = items, [None] * len(items)
        if items and self.titles:
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, len(self.titles) - 1))

    def row_texts(self, row: int) -> list[str]:
        texts = self._rows[row]
        if texts is None:
            texts = self._rows[row] = self._texts(self._items[row])
        return texts

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        # asked for about eight roles per cell painted or measured: only the text (DisplayRole, 0) is answered,
        # compared as the int Qt passes
        if role == 0 and index.isValid():
            return self.row_texts(index.row())[index.column()]
        return None


def fit_columns(table: QTableView, model: BranchesModel, sample: int, widest: int) -> None:
    """Each column as wide as its header or its widest text in the first ``sample`` rows (at most ``widest``
    pixels), as ``resizeColumnsToContents`` with that precision makes them, measuring one cell a column: the
    widest text by the font's advance is sized by the delegate (padding and grid as the view adds them), instead
    of every sampled cell through the model's eight roles (660 cells at headquarters: a third of the first paint)."""
    header = table.horizontalHeader()
    measured: dict[str, int] = {}  # text -> advance: most cells repeat a few texts ("—", "…", counts)

    def advance(text: str, measure=table.fontMetrics().horizontalAdvance) -> int:  # noqa: ANN001
        width = measured.get(text)
        if width is None:
            width = measured[text] = measure(text)
        return width

    rows = [model.row_texts(r) for r in range(min(sample, model.rowCount()))]
    grid = 1 if table.showGrid() else 0
    for c in range(model.columnCount()):
        width = header.sectionSizeHint(c)
        if rows:
            r = max(range(len(rows)), key=lambda r: advance(rows[r][c]))
            width = max(width, table.sizeHintForIndex(model.index(r, c)).width() + grid)
        header.resizeSection(c, min(width, widest))


class AfterPaint(QObject):
    """Calls ``then`` from the event loop once ``widget`` has been painted (not before: a 0 ms timer set while the
    page is built fires in the same pass of the event loop as the page's first paint, often before it, and work
    it starts on the thread pool then competes with that paint for the interpreter and the CPU)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint event is done
            self.deleteLater()
        return False


class ExchangeScreen(QWidget):
    def __init__(self, exchange: ExchangeService, branch: BranchService, parent: QWidget | None = None):
        super().__init__(parent)
        self.exchange = exchange
        self.branch = branch
        self.ui = Ui_ExchangeScreen()
        self.ui.setupUi(self)
        ui = self.ui
        style_page(title=(ui.titleLabel,), hint=(ui.lastExportLabel, ui.emptyLabel, ui.fingerprintLabel),
                   primary=(ui.exportButton, ui.importFilesButton))
        self.status = InlineProgress(ui.progressBar, ui.statusLabel, self)
        ui.cancelImportButton.setVisible(False)
        ui.cancelImportButton.clicked.connect(self.cancel_import)
        self.last_results: list[ImportResult] = []
        self.branches: list[BranchOverview] = []
        self._generation = 0
        self._count_waits = False  # the counted figures wait for the table's next paint
        ui.exportButton.clicked.connect(self.open_export_dialog)
        ui.importFilesButton.clicked.connect(self.choose_files)
        ui.importFolderButton.clicked.connect(self.choose_folder)
        ui.printSummaryButton.clicked.connect(self.print_document)
        ui.viewBranchButton.clicked.connect(self.open_selected_branch)
        ui.rekeyButton.clicked.connect(lambda: self.rekey_selected())
        ui.branchesTable.doubleClicked.connect(lambda _index: self.open_selected_branch())
        ui.resultsGroup.setVisible(False)
        self.branches_model = BranchesModel(self)
        ui.branchesTable.setModel(self.branches_model)
        for table in (ui.resultsTable, ui.branchesTable):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
        self.refresh()

    @property
    def is_hq(self) -> bool:
        return self.branch.mode() is StoreMode.HEADQUARTERS

    def refresh(self) -> None:
        if self.is_hq:
            self.ui.modeStack.setCurrentWidget(self.ui.hqPage)
            self.ui.titleLabel.setText(f"数据交换 — {self.branch.hq_name()}")
            self.ui.hqIntroLabel.setText("导入各党支部交来的数据包（.djpkg）。每个数据包先核对完整性、密码和支部的签名，"
                                         "再按支部的序号合并；同一个数据包导入两次不会改变任何数据，较旧的数据包会被跳过，"
                                         "不是该支部签名的数据包会被拒绝。")
            self._refresh_branches()
        else:
            self.ui.modeStack.setCurrentWidget(self.ui.branchPage)
            self.ui.titleLabel.setText("数据交换")
            profile = self.branch.profile()
            last = self.exchange.last_export()
            if profile is None:
                self.ui.lastExportLabel.setText("请先在“设置”中填写党支部基本信息，然后才能导出数据包。")
                self.ui.exportButton.setEnabled(False)
                self.ui.fingerprintLabel.setText("")
                return
            self.ui.fingerprintLabel.setText(self._fingerprint_text())
            self.ui.exportButton.setEnabled(True)
            if last:
                seq = f"（序号 {last['sequence']}）" if type(last.get("sequence")) is int else ""
                self.ui.lastExportLabel.setText(f"上次导出：{fmt_utc(last['at'])}，文件 {last.get('file', '')}{seq}。")
            else:
                self.ui.lastExportLabel.setText("还没有导出过数据包。点击下面的按钮，插入U盘后按提示操作。")

    # -- branch mode -------------------------------------------------------------------------------------------
    def _fingerprint_text(self) -> str:
        try:
            fp = self.exchange.fingerprint()
        except Exception as exc:  # noqa: BLE001 - a damaged key file: say so here, the export says it again
            return "本支部的签名密钥无法读取：" + error_text(exc)
        if fp is None:
            return "本支部的签名密钥将在第一次导出数据包时生成。"
        return (f"本支部数据包的签名密钥指纹：<b>{fp}</b><br>上级党委第一次导入本支部的数据包时会显示同样的指纹，"
                "可以打电话核对。换电脑或重新安装程序后指纹会改变，请告诉上级党委新的指纹。")

    def make_export_dialog(self):  # noqa: ANN201
        from dangjian_desktop.ui.dialogs.export_dialog import ExportDialog

        return ExportDialog(self.exchange, self)

    def open_export_dialog(self) -> None:
        dlg = self.make_export_dialog()
        dlg.exec()
        self.refresh()

    # -- headquarters mode ---------------------------------------------------------------------------------------
    def _refresh_branches(self) -> None:
        """The branches at once with what their packages carry; a figure a package lacks and headquarters counts
        from the imported rows (older packages) shows "…" until those counts, read on the thread pool after the
        first paint (the year's meetings and talks of every branch), are filled in."""
        self._generation += 1
        self.branches = self.exchange.overview(count=False)
        columns = features.hq_columns()  # one column per declared figure (Feature.hq_columns)
        table = self.ui.branchesTable
        self.branches_model.set_rows([*BRANCH_HEADERS, *(c.label for c in columns)], self.branches,
                                     self._row_maker(columns))
        # column widths from the first rows (names stretch; the other columns are short figures and dates): at
        # headquarters measuring all 500 rows' texts cost more than the rest of the page
        fit_columns(table, self.branches_model, 20, 320)
        header = table.horizontalHeader()
        empty = not self.branches
        self.ui.emptyLabel.setVisible(empty)
        table.setVisible(not empty)
        self.ui.viewBranchButton.setEnabled(not empty)
        self.ui.rekeyButton.setEnabled(not empty and not self.exchange.store.read_only)
        self.ui.printSummaryButton.setEnabled(not empty)
        if not empty:
            table.selectRow(0)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if any(len(b.figures) < len(columns) for b in self.branches):
            self._count_after_paint()

    @staticmethod
    def _row_maker(columns: list[features.HqFigure]) -> Callable[[BranchOverview], list[str]]:
        """A branch's row of texts (a figure still being counted: "…")."""

        def texts(b: BranchOverview) -> list[str]:
            figures = b.figures
            return [b.name, fmt_utc(b.last_package_at) or "尚未报送", _num(b.sequence), _key(b), str(b.members),
                    *(c.text(figures[c.key]) if c.key in figures else "…" for c in columns)]

        return texts

    def _count_after_paint(self) -> None:
        """Count once the table is painted (one wait at a time: the count reads the page's state when it starts)."""
        if not self._count_waits:
            self._count_waits = True
            AfterPaint(self.ui.branchesTable.viewport(), self._painted)

    def _painted(self) -> None:
        self._count_waits = False
        self._count_in_background()

    def _count_in_background(self) -> None:
        from dangjian_desktop.ui.workers import run_in_background

        if not _alive(self):
            return
        exchange, generation = self.exchange, self._generation

        def read() -> list[BranchOverview]:
            try:
                return exchange.overview()
            finally:
                exchange.store.close_thread_connection()  # a pool thread: its connection is not kept

        def done(branches: list[BranchOverview]) -> None:
            if generation != self._generation or not _alive(self):
                return  # the page was refreshed (fresher data shown) or closed meanwhile
            if [b.uuid for b in branches] != [b.uuid for b in self.branches]:
                self._refresh_branches()  # a branch came or went: read again
                return
            self.branches = branches
            self.branches_model.update_rows(branches)

        def failed(exc: BaseException) -> None:
            log.error("数据交换: the branches' counted figures could not be read in the background", exc_info=exc)
            if generation != self._generation or not _alive(self):
                return
            try:
                branches = self.exchange.overview()  # in the GUI thread instead
            except Exception as again:  # noqa: BLE001 - the store went away meanwhile: the "…" stay, said in the log
                log.error("数据交换: the counted figures could not be read", exc_info=again)
                return
            self.branches = branches
            self.branches_model.update_rows(branches)

        run_in_background(read, done, failed)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "选择数据包", "", "数据包 (*.djpkg);;所有文件 (*)")
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择存放数据包的文件夹或U盘")
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        if self.busy:
            return
        password = self.ui.hqPasswordEdit.text() or None
        set_enabled(False, self.ui.importFilesButton, self.ui.importFolderButton, self.ui.printSummaryButton)
        cancel = self.status.begin("正在核对并导入…")
        relay = self.status.relay
        self.ui.cancelImportButton.setVisible(True)
        self.ui.cancelImportButton.setEnabled(True)

        def progress(fraction: float, text: str) -> None:
            # called between packages (each imported in its own transaction) and before each is checked
            if cancel.is_set() and fraction < 1.0:
                raise Cancelled()
            relay(fraction, text)

        from dangjian_desktop.ui.workers import run_in_background

        run_in_background(lambda: self.exchange.import_packages(paths, password, progress), self._on_imported,
                          self._on_import_error)

    def cancel_import(self) -> None:
        """取消导入: stops before the next package; the packages already imported stay (each was whole)."""
        if self.status.cancel("正在取消：当前数据包导入完后停止…"):
            self.ui.cancelImportButton.setEnabled(False)

    @property
    def busy(self) -> bool:
        return self.status.running

    def _done(self) -> None:
        self.status.end()
        set_enabled(True, self.ui.importFilesButton, self.ui.importFolderButton)
        self.ui.progressBar.setVisible(False)
        self.ui.cancelImportButton.setVisible(False)
        self._refresh_branches()

    def _on_imported(self, results: list[ImportResult]) -> None:
        self.last_results = results
        self.exchange.index_in_background()  # the search index catches up after the import (issue 21)
        self._done()
        rows = [[r.outcome.label, r.branch_name, fmt_utc(r.created_at), Path(r.path).name, r.text()] for r in results]
        fill_table(self.ui.resultsTable, RESULT_HEADERS, rows)
        for i, r in enumerate(results):
            item = self.ui.resultsTable.item(i, 0)
            item.setForeground(QColor(OUTCOME_COLORS[r.outcome]))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.ui.resultsTable.resizeRowsToContents()
        self.ui.resultsGroup.setVisible(True)
        counts = {o: sum(1 for r in results if r.outcome is o) for o in ImportOutcome}
        text = "，".join(f"{o.label} {n} 个" for o, n in counts.items() if n)
        refused = counts[ImportOutcome.REFUSED]
        self.status.say(f"导入完成：{text}。" + ("被拒绝的数据包没有改动任何数据，原因见下表。" if refused else ""),
                  "warning" if refused else "")

    def _on_import_error(self, exc: BaseException) -> None:
        self._done()
        if isinstance(exc, Cancelled):
            self.status.say("已取消导入：已导入完的数据包保留（见下方各党支部情况），其余数据包没有导入，可以再次导入。")
            return
        self.status.say("导入没有完成：" + error_text(exc), "error")

    def selected_branch(self) -> BranchOverview | None:
        rows = self.ui.branchesTable.selectionModel().selectedRows() if self.branches else []
        return self.branches[rows[0].row()] if rows else None

    def ask_fingerprint(self, branch: BranchOverview) -> str | None:
        """The new key's fingerprint, typed by the user (None: cancelled)."""
        text, ok = QInputDialog.getText(
            self, "更换签名密钥",
            f"党支部：{branch.name}\n现在的密钥指纹：{branch.fingerprint or '（还没有）'}\n\n"
            "请先打电话请支部打开“数据交换”页，念出上面显示的新指纹，核对无误后填在这里。\n"
            "登记以后，该支部用这个新密钥签名的数据包会被接受，旧密钥签名的数据包将被拒绝。\n\n新的密钥指纹：",
            QLineEdit.EchoMode.Normal, branch.rekey_pending or "")
        return text if ok else None

    def rekey_selected(self, fingerprint: str | None = None) -> bool:
        """更换签名密钥 of the selected branch; True when it was registered."""
        b = self.selected_branch()
        if b is None:
            return False
        fingerprint = fingerprint if fingerprint is not None else self.ask_fingerprint(b)
        if not fingerprint:
            return False
        try:
            updated = self.exchange.rekey(b.uuid, fingerprint)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.status.say("没有登记：" + error_text(exc), "error")
            return False
        self._refresh_branches()
        self.status.say(f"已登记：{updated.name} 下一个用指纹为 {updated.rekey_pending} 的密钥签名的数据包将被接受。", "")
        return True

    def make_branch_dialog(self, branch: BranchOverview):  # noqa: ANN201
        from dangjian_desktop.ui.dialogs.branch_records_dialog import BranchRecordsDialog

        return BranchRecordsDialog(self.exchange, branch, self)

    def open_selected_branch(self) -> None:
        b = self.selected_branch()
        if b is not None:
            self.make_branch_dialog(b).exec()

    # -- printing (also the 文件 menu) ---------------------------------------------------------------------------
    def _summary_name(self) -> str:
        return f"{self.branch.hq_name() or '上级党委'}_党支部工作情况汇总表.pdf"

    def print_document(self) -> None:
        if not self.is_hq:
            return
        from dangjian_desktop.ui.printing import make_and_preview

        make_and_preview(self, "党支部工作情况汇总表", lambda p: self.exchange.hq_summary_pdf(p), self._summary_name())

    def export_pdf(self) -> None:
        if not self.is_hq:
            return
        from dangjian_desktop.ui.printing import export_pdf

        export_pdf(self, lambda p: self.exchange.hq_summary_pdf(p), self._summary_name())

    def can_close(self) -> bool:
        return not self.busy


def make_screen(services: Services, window: QWidget) -> QWidget:
    return ExchangeScreen(services.exchange, services.branch)


# -- 设置 tab ---------------------------------------------------------------------------------------------------


class ExchangeSettingsTab(QWidget):
    """Shows whether this data folder is a branch or a headquarters store, and makes an empty one headquarters."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.branch = services.branch
        self.info = services.info
        self.ui = Ui_ExchangeSettingsTab()
        self.ui.setupUi(self)
        self.ui.makeHqButton.setProperty("primary", True)
        self.ui.explainLabel.setProperty("role", "hint")
        self.ui.makeHqButton.clicked.connect(self.make_headquarters)
        self.ui.nameEdit.returnPressed.connect(self.make_headquarters)
        self.refresh()

    def refresh(self) -> None:
        mode = self.branch.mode()
        root = self.info.store.paths.root
        if mode is StoreMode.HEADQUARTERS:
            self.ui.modeLabel.setText(f"当前模式：<b>上级党委</b>（{self.branch.hq_name()}）")
            self.ui.explainLabel.setText(
                f"这份数据（{root}）用于汇总各党支部交来的数据包：在“数据交换”页导入数据包，查看各支部情况并打印汇总表。")
        else:
            profile = self.branch.profile()
            self.ui.modeLabel.setText("当前模式：<b>党支部</b>" + (f"（{profile.name}）" if profile else ""))
            self.ui.explainLabel.setText(
                "党支部在“数据交换”页把数据包导出到U盘，交给上级党委。\n"
                "上级党委需要一份单独的、空白的数据：在另一台电脑上第一次打开本程序时，或用一个新的数据文件夹"
                "（命令行：dangjian --data-dir 新文件夹 hq-init --name 上级党委名称），在这里设为上级党委数据。")
        can_switch = mode is not StoreMode.HEADQUARTERS and self.info.is_empty() and not self.info.store.read_only
        self.ui.hqGroup.setVisible(can_switch)

    def make_headquarters(self) -> None:
        try:
            self.branch.init_headquarters(self.ui.nameEdit.text())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.ui.statusLabel.setProperty("role", "error")
            self.ui.statusLabel.setText(error_text(exc))
            return
        self.ui.statusLabel.setProperty("role", "")
        self.ui.statusLabel.setText("已设为上级党委数据。请到“数据交换”页导入各支部的数据包。")
        self.refresh()
        window = self.window()
        refresh_all = getattr(window, "refresh_all", None)
        if callable(refresh_all):
            refresh_all()


def settings_tab(services: Services, window: QWidget) -> QWidget:
    return ExchangeSettingsTab(services)
