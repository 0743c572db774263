"""党员 page: the roster as a table with filters; add, edit, change status; import, export, print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from dangjian_desktop.domain.enums import MemberCategory
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.roster import Member, MemberFilter
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.services.drafts import DraftService
from dangjian_desktop.services.reports import ReportService
from dangjian_desktop.services.roster import RosterService
from dangjian_desktop.ui import messages, printing
from dangjian_desktop.ui.forms.ui_members_screen import Ui_MembersScreen
from dangjian_desktop.ui.models.members_model import NO_GROUP, MembersModel
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.wiring import set_enabled

if TYPE_CHECKING:
    from dangjian_desktop.ui.dialogs.member_dialog import MemberDialog

ALL = "__all__"


class MembersScreen(QWidget):
    def __init__(self, roster: RosterService, branches: BranchService, reports: ReportService,
                 navigate: Callable[[str], object] | None = None, parent: QWidget | None = None,
                 drafts: DraftService | None = None):
        super().__init__(parent)
        self.drafts = drafts
        self.roster = roster
        self.branches = branches
        self.reports = reports
        self.navigate = navigate
        self.ui = ui = build_form(self, Ui_MembersScreen)
        self.model = MembersModel(self)
        view = ui.membersView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(34)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setResizeContentsPrecision(300)  # size columns from the first rows, not all 20,000
        self._sized = False
        ui.categoryCombo.addItem("全部类别", None)
        for c in MemberCategory:
            ui.categoryCombo.addItem(c.value, c)

        ui.filterEdit.textChanged.connect(lambda text: self._set_filter(text=text))
        ui.groupCombo.currentIndexChanged.connect(lambda _i: self._set_filter(group=True))
        ui.categoryCombo.currentIndexChanged.connect(lambda _i: self._set_filter(category=self._category()))
        ui.includeInactiveCheck.toggled.connect(lambda on: self._set_filter(include_inactive=on))
        ui.showIdsCheck.toggled.connect(self.model.set_show_full_ids)
        view.activated.connect(self._on_activated)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        ui.newButton.clicked.connect(self.new_member)
        ui.emptyNewButton.clicked.connect(self.new_member)
        ui.editButton.clicked.connect(self.edit_current)
        ui.statusButton.clicked.connect(self.change_status)
        ui.importButton.clicked.connect(self.import_roster)
        ui.emptyImportButton.clicked.connect(self.import_roster)
        ui.templateButton.clicked.connect(self.download_template)
        ui.emptyTemplateButton.clicked.connect(self.download_template)
        ui.exportXlsxButton.clicked.connect(self.export_xlsx)
        ui.printButton.clicked.connect(self.print_document)
        ui.exportPdfButton.clicked.connect(self.export_pdf)
        ui.emptySettingsButton.clicked.connect(lambda: self.navigate and self.navigate("settings"))
        for keys, slot in ((QKeySequence.StandardKey.Find, self._focus_filter),
                           (QKeySequence.StandardKey.New, self.new_member)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self.refresh()

    # -- loading ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the roster (every member, those who left included: the filter decides what shows)."""
        keep = self.current_member()
        has_branch = self.branches.profile() is not None
        members = self.roster.members(MemberFilter(include_inactive=True)) if has_branch else []
        self._reload_groups()
        self.model.set_members(members)
        self._after_change(keep.uuid if keep else None)

    def _reload_groups(self) -> None:
        combo = self.ui.groupCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("全部党小组", ALL)
        for g in self.branches.groups():
            combo.addItem(g.name, g.uuid)
        combo.addItem("（未分组）", NO_GROUP)
        idx = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, idx))
        combo.blockSignals(False)
        self.model.group_uuid = None if combo.currentData() == ALL else combo.currentData()

    def _category(self) -> MemberCategory | None:
        data = self.ui.categoryCombo.currentData()  # Qt hands back the plain string of the StrEnum
        return MemberCategory(data) if data else None

    def _set_filter(self, *, text: str | None = None, group: bool = False,
                    category: MemberCategory | None | bool = False, include_inactive: bool | None = None) -> None:
        keep = self.current_member()
        g: str | None | bool = False
        if group:
            data = self.ui.groupCombo.currentData()
            g = None if data == ALL else data
        self.model.set_filter(text=text, group_uuid=g, category=category, include_inactive=include_inactive)
        self._after_change(keep.uuid if keep else None)

    def _after_change(self, select_uuid: str | None = None) -> None:
        ui = self.ui
        has_branch = self.branches.profile() is not None
        total = self.model.total_count()
        empty = not has_branch or total == 0
        # the filters and list actions mean nothing before there is a list: the empty page has its own buttons
        for layout in (ui.filterLayout, ui.actionLayout):
            for i in range(layout.count()):
                w = layout.itemAt(i).widget()
                if w is not None:
                    w.setVisible(not empty)
        if empty:
            ui.contentStack.setCurrentWidget(ui.emptyPage)
            if not has_branch:
                ui.emptyTitleLabel.setText("还没有填写党支部信息")
                ui.emptyMessageLabel.setText("请先点击“填写党支部信息”，在“设置”中填写党支部名称等基本信息并保存；"
                                             "然后回到这里新增党员，或从Excel表格导入党员名册。")
            else:
                ui.emptyTitleLabel.setText("还没有党员")
                ui.emptyMessageLabel.setText("点击“新增党员”逐个录入；党员较多时，先点击“下载导入模板…”得到Excel表格，"
                                             "按表头填好后点击“从Excel导入名册…”一次导入。")
            ui.emptySettingsButton.setVisible(not has_branch)
            ui.emptyNewButton.setVisible(has_branch)
            ui.emptyImportButton.setVisible(has_branch)
            ui.emptyTemplateButton.setVisible(has_branch)
        else:
            ui.contentStack.setCurrentWidget(ui.tablePage)
            if not self._sized:
                self._fit_columns()
        shown = self.model.rowCount()
        ui.noMatchLabel.setVisible(total > 0 and shown == 0)
        active = self.model.active_count()
        text = f"在册 {active} 名" if has_branch else ""
        if total and shown != active:
            text += f"，当前显示 {shown} 名"
        ui.countLabel.setText(text)
        set_enabled(has_branch, ui.newButton, ui.importButton, ui.templateButton)
        set_enabled(has_branch and total > 0, ui.exportXlsxButton, ui.printButton, ui.exportPdfButton)
        if select_uuid:
            self.select_member(select_uuid)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Column widths from the contents; when that is wider than the view, the long text columns (党小组,
        岗位/职务) give way (their text is elided, the full text is in the tooltip) so no sideways scrolling."""
        view = self.ui.membersView
        if not self.model.rowCount() or not view.isVisible():
            return
        view.resizeColumnsToContents()
        self._sized = True
        header = view.horizontalHeader()
        available = view.viewport().width() - 2
        overflow = sum(header.sectionSize(c) for c in range(header.count())) - available
        for col in (5, 4):  # 岗位/职务, then 党小组
            if overflow <= 0:
                break
            w = header.sectionSize(col)
            give = min(overflow, max(0, w - 100))
            header.resizeSection(col, w - give)
            overflow -= give

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().resizeEvent(event)
        if not self._sized:
            self._fit_columns()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        if not self._sized:
            self._fit_columns()

    def _update_buttons(self) -> None:
        set_enabled(self.current_member() is not None, self.ui.editButton, self.ui.statusButton)

    # -- selection ----------------------------------------------------------------------------------------------
    def current_member(self) -> Member | None:
        idx = self.ui.membersView.currentIndex()
        return self.model.member_at(idx.row()) if idx.isValid() else None

    def select_member(self, uuid: str) -> bool:
        row = self.model.row_of(uuid)
        if row < 0:
            return False
        idx = self.model.index(row, 0)
        self.ui.membersView.setCurrentIndex(idx)
        self.ui.membersView.scrollTo(idx)
        return True

    def _focus_filter(self) -> None:
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    def _on_activated(self, index: QModelIndex) -> None:
        m = self.model.member_at(index.row())
        if m and m.uuid:
            self.edit_member(m.uuid)

    def open_record(self, kind: str, uuid: str) -> None:
        if kind == "draft":
            self.open_draft(uuid)
            return
        if kind != "member":
            return
        if self.model.row_of(uuid) < 0:  # e.g. someone who left: show everyone, then select
            self.ui.includeInactiveCheck.setChecked(True)
            self.ui.filterEdit.clear()
            self.ui.groupCombo.setCurrentIndex(0)
            self.ui.categoryCombo.setCurrentIndex(0)
        if self.select_member(uuid):
            self.edit_member(uuid)

    # -- actions ------------------------------------------------------------------------------------------------
    def make_member_dialog(self, member: Member | None = None, draft: dict | None = None):  # noqa: ANN201
        from dangjian_desktop.ui.dialogs.member_dialog import MemberDialog

        return MemberDialog(self.roster, self.branches.groups(), member, self, drafts=self.drafts, draft=draft)

    def open_draft(self, key: str) -> None:
        """An autosaved member form offered back after a crash (``member:new`` or ``member:<uuid>``)."""
        draft = self.drafts.load(key) if self.drafts else None
        if draft is None:
            return
        target = key.partition(":")[2]
        member = None
        if target != "new":
            try:
                member = self.roster.member(target)
            except DomainError:
                member = None  # the member is gone: the draft opens as a new member
        dlg = self.make_member_dialog(member, draft=draft.payload)
        if dlg.exec() and dlg.saved:
            self.refresh()
            self._show_saved(dlg.saved)

    def _branch_first(self, then: str) -> bool:
        """Whether the branch is set up; if not, the secretary is told to do that first, then ``then``."""
        if self.branches.profile() is None:
            messages.info(self, f"请先在“设置”中填写并保存党支部信息，再{then}。")
            return False
        return True

    def new_member(self) -> None:
        if not self._branch_first("新增党员"):
            return
        self._run_member_dialog(self.make_member_dialog())

    def edit_current(self) -> None:
        m = self.current_member()
        if m and m.uuid:
            self.edit_member(m.uuid)

    def edit_member(self, uuid: str) -> None:
        self._run_member_dialog(self.make_member_dialog(self.roster.member(uuid)))

    def _run_member_dialog(self, dlg: MemberDialog) -> None:
        """Open a member dialog; what it saved is shown selected in the list."""
        if dlg.exec() and dlg.saved:
            self.refresh()
            self._show_saved(dlg.saved)

    def _show_saved(self, m: Member) -> None:
        assert m.uuid
        if not self.select_member(m.uuid):
            # saved but hidden by the filters: clear them so the user sees the record
            self.ui.filterEdit.clear()
            self.ui.groupCombo.setCurrentIndex(0)
            self.ui.categoryCombo.setCurrentIndex(0)
            self.select_member(m.uuid)

    def change_status(self) -> None:
        from dangjian_desktop.ui.dialogs.status_dialog import StatusDialog

        m = self.current_member()
        if m is None:
            return
        dlg = StatusDialog(self.roster, m, self)
        if dlg.exec() and dlg.saved:
            if not dlg.saved.status.is_active:
                self.ui.includeInactiveCheck.setChecked(True)
            self.refresh()
            self._show_saved(dlg.saved)

    def make_import_dialog(self):  # noqa: ANN201
        from dangjian_desktop.ui.dialogs.import_dialog import ImportDialog

        return ImportDialog(self.roster, self, on_template=self.download_template)

    def import_roster(self) -> None:
        if not self._branch_first("导入名册"):
            return
        dlg = self.make_import_dialog()
        if dlg.exec() and dlg.imported:
            self.refresh()
            messages.info(self, f"已保存 {dlg.imported} 名党员（新增和更新）。", "导入完成")

    def _save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, file_filter)
        return Path(path) if path else None

    def download_template(self) -> None:
        path = self._save_path("保存导入模板", "党员名册导入模板.xlsx", "Excel 表格 (*.xlsx)")
        if path is None:
            return
        try:
            self.roster.write_template(path)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, "无法保存模板")
            return
        messages.info(self, f"模板已保存到：\n{path}\n\n请用Excel打开，按表头每行填写一名党员，保存后点击“导入名册…”。")

    def export_xlsx(self) -> None:
        path = self._save_path("导出党员名册", "党员名册.xlsx", "Excel 表格 (*.xlsx)")
        if path is None:
            return
        try:
            n = self.roster.export_xlsx(path)
        except Exception as exc:  # noqa: BLE001
            messages.show_error(self, exc, "无法导出")
            return
        messages.info(self, f"已导出 {n} 名党员（含已转出的）到：\n{path}")

    def _maker(self):  # noqa: ANN202 - the widget is read here, on the GUI thread; the PDF is made off it
        show_ids = self.ui.showIdsCheck.isChecked()
        return lambda path: self.reports.roster_pdf(path, show_ids=show_ids)

    def print_document(self) -> None:
        title = "党员名册（含完整身份证号）" if self.ui.showIdsCheck.isChecked() else "党员名册"
        printing.make_and_preview(self, title, self._maker(), "党员名册.pdf")

    def export_pdf(self) -> None:
        path = printing.export_pdf(self, self._maker(), "党员名册.pdf")
        if path is not None:
            messages.info(self, f"已保存：\n{path}")
