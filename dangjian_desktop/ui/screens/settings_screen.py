"""设置 page: 支部信息 and 党小组, then the tabs other features register in ``ui.settings_tabs.settings_tabs()`` (declared by the record kinds)
(imported when first opened)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.roster import MemberFilter, PartyGroup
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.forms.ui_settings_screen import Ui_SettingsScreen
from dangjian_desktop.ui.settings_tabs import SettingsTab, build_tab, settings_tabs
from dangjian_desktop.ui.widgets.operations import ServiceCall, attempt
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.table_cells import set_columns
from dangjian_desktop.ui.widgets.wiring import set_enabled

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

log = logging.getLogger(__name__)


class SettingsScreen(QWidget):
    """Receives the whole container only to hand it to the tabs of other features (their factories' contract)."""

    def __init__(self, services: Services, window: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.branches = services.branch
        self.roster = services.roster
        self.window_ = window
        self.ui = ui = build_form(self, Ui_SettingsScreen)
        self._dirty = False
        self._groups: list[PartyGroup] = []
        ui.saveBranchButton.clicked.connect(self.save_branch)
        ui.revertBranchButton.clicked.connect(self._revert)
        ui.profileForm.changed.connect(self._mark_dirty)
        sc = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(lambda: ui.tabs.currentWidget() is ui.branchTab and self.save_branch())
        t = ui.groupsTable
        set_columns(t, ["党小组", "组长", "在册党员"], row_height=34, widths={1: 200, 2: 120}, stretch=(0,))
        t.itemSelectionChanged.connect(self._update_group_buttons)
        t.itemActivated.connect(lambda _item: self.edit_group())
        ui.addGroupButton.clicked.connect(self.add_group)
        ui.editGroupButton.clicked.connect(self.edit_group)
        ui.deleteGroupButton.clicked.connect(self.delete_group)
        # feature tabs: a placeholder each, the real widget is built when the tab is first shown
        self._extra: dict[int, tuple[SettingsTab, bool]] = {}
        for tab in settings_tabs():
            index = ui.tabs.addTab(QWidget(), tab.title)
            self._extra[index] = (tab, False)
        ui.tabs.currentChanged.connect(self._build_tab)
        self.refresh()

    # -- page API -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self._dirty:
            self._load_branch()
        self._load_groups()
        current = self.ui.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if current not in (self.ui.branchTab, self.ui.groupsTab) and callable(refresh):
            refresh()

    def open_record(self, kind: str, uuid: str) -> None:
        """A reminder about the branch (换届, election date not filled in) shows the 支部信息 tab."""
        if kind == "branch":
            self.ui.tabs.setCurrentWidget(self.ui.branchTab)

    def show_tab(self, title: str) -> QWidget | None:
        tabs = self.ui.tabs
        for i in range(tabs.count()):
            if tabs.tabText(i) == title:
                tabs.setCurrentIndex(i)
                return tabs.widget(i)
        return None

    def can_close(self) -> bool:
        if not self._dirty:
            return True
        return messages.confirm(self, "支部信息有修改还没有保存。不保存就关闭吗？", ok_text="不保存，关闭")

    # -- 支部信息 ---------------------------------------------------------------------------------------------------
    def _active_members(self):  # noqa: ANN202
        return self.roster.members(MemberFilter()) if self.branches.profile() else []

    def _load_branch(self) -> None:
        ui = self.ui
        hq = self.branches.mode().value == "hq"
        ui.hqLabel.setVisible(hq)
        if hq:
            ui.hqLabel.setText(f"这是上级党委（{self.branches.hq_name()}）的数据，用来汇总各党支部的数据包，"
                               "没有本支部的信息和党员。")
        ui.profileForm.setEnabled(not hq)
        ui.saveBranchButton.setEnabled(not hq)
        ui.revertBranchButton.setEnabled(False)
        ui.profileForm.set_members(self._active_members())
        ui.profileForm.load(self.branches.profile())
        ui.profileForm.set_terms(self.services.elections.terms() if not hq else [])
        self._dirty = False
        b = self.branches.profile()
        ui.savedLabel.setText("" if b else "还没有填写党支部信息：填好后点击“保存支部信息”。")

    def _mark_dirty(self) -> None:
        self._dirty = True
        self.ui.revertBranchButton.setEnabled(True)
        self.ui.savedLabel.setText("有修改尚未保存")

    def _revert(self) -> None:
        self._dirty = False
        self._load_branch()

    def save_branch(self) -> bool:
        ui = self.ui
        ok, saved = ServiceCall(self, lambda: self.branches.save_profile(ui.profileForm.branch())).failure(
            lambda exc, text: ui.profileForm.show_problems(getattr(exc, "problems", []), text)).run()
        if not ok:
            return False
        ui.profileForm.load(saved)
        self._dirty = False  # after load: filling the form is not an edit
        ui.revertBranchButton.setEnabled(False)
        ui.savedLabel.setText(f"已保存（{clock.now():%H:%M}）")
        self._load_groups()
        refresh_all = getattr(self.window_, "refresh_all", None)
        if callable(refresh_all):
            refresh_all()
        return True

    # -- 党小组 -----------------------------------------------------------------------------------------------------
    def _load_groups(self) -> None:
        ui = self.ui
        has_branch = self.branches.profile() is not None
        self._groups = self.branches.groups()
        t = ui.groupsTable
        t.setRowCount(len(self._groups))
        for row, g in enumerate(self._groups):
            for col, text in enumerate((g.name, g.leader_name or "（未指定）", str(g.member_count))):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                t.setItem(row, col, item)
        ui.groupsEmptyLabel.setVisible(not self._groups)
        if not has_branch:
            ui.groupsEmptyLabel.setText("请先在“支部信息”中填写并保存党支部信息，再建立党小组。")
        else:
            ui.groupsEmptyLabel.setText("还没有党小组。点击“新增党小组…”建立第一个；党员人数不多的党支部也可以不设党小组。")
        ui.addGroupButton.setEnabled(has_branch)
        self._update_group_buttons()

    def _update_group_buttons(self) -> None:
        set_enabled(self.current_group() is not None, self.ui.editGroupButton, self.ui.deleteGroupButton)

    def current_group(self) -> PartyGroup | None:
        row = self.ui.groupsTable.currentRow()
        rows = {i.row() for i in self.ui.groupsTable.selectedIndexes()}
        if 0 <= row < len(self._groups) and row in rows:
            return self._groups[row]
        return None

    def select_group(self, uuid: str | None) -> None:
        for row, g in enumerate(self._groups):
            if g.uuid == uuid:
                self.ui.groupsTable.selectRow(row)

    def make_group_dialog(self, group: PartyGroup | None = None):  # noqa: ANN201
        from dangjian_desktop.ui.dialogs.group_dialog import GroupDialog

        return GroupDialog(self.branches, self._active_members(), group, self)

    def add_group(self) -> None:
        dlg = self.make_group_dialog()
        if dlg.exec() and dlg.saved:
            self._load_groups()
            self.select_group(dlg.saved.uuid)

    def edit_group(self) -> None:
        g = self.current_group()
        if g is None:
            return
        dlg = self.make_group_dialog(g)
        if dlg.exec() and dlg.saved:
            self._load_groups()
            self.select_group(dlg.saved.uuid)

    def delete_group(self) -> bool:
        g = self.current_group()
        if g is None or g.uuid is None:
            return False
        text = f"删除党小组“{g.name}”？"
        if g.member_count:
            text += f"\n其中的 {g.member_count} 名党员不会被删除，将变为“未分组”。"
        if not messages.confirm(self, text, "删除党小组", ok_text="删除"):
            return False
        if not attempt(self, lambda: self.branches.delete_group(g.uuid)):
            return False
        self._load_groups()
        return True

    # -- tabs of other features -----------------------------------------------------------------------------------
    def _build_tab(self, index: int) -> None:
        entry = self._extra.get(index)
        if entry is None:
            if index == 0 and not self._dirty:
                self._load_branch()
            elif index == 1:
                self._load_groups()
            return
        tab, built = entry
        if built:
            refresh = getattr(self.ui.tabs.widget(index), "refresh", None)
            if callable(refresh):
                refresh()
            return
        try:
            widget = build_tab(tab, self.services, self.window_)
        except Exception as exc:  # noqa: BLE001 - one broken tab must not break the settings page
            log.exception("settings tab %s failed", tab.path)
            widget = QWidget()
            layout = QVBoxLayout(widget)
            label = QLabel(f"这一页暂时无法打开：{messages.error_text(exc)}")
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addStretch(1)
        tabs = self.ui.tabs
        tabs.blockSignals(True)
        old = tabs.widget(index)
        tabs.removeTab(index)
        tabs.insertTab(index, widget, tab.title)
        tabs.setCurrentIndex(index)
        tabs.blockSignals(False)
        old.deleteLater()
        self._extra[index] = (tab, True)
