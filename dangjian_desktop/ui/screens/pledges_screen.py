"""The 承诺 page: every member of the roster with their pledge; 亮诺 (items, review), 践诺 (progress ledger),
评诺 (evaluation) and 一带二 in tabs; fast entry (copy last year, Excel import) and the printed sheets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QWidget,
)

from dangjian_desktop import clock
from dangjian_desktop.domain.pledges import Campaign, FinalStatus, PledgeItem, PledgeSheet, ReviewStatus
from dangjian_desktop.services.pledges import MemberPledgeRow, PledgeService
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.dialogs.pledge_dialogs import (
    CampaignDialog,
    PledgeItemDialog,
    ProgressDialog,
    ReviewDialog,
)
from dangjian_desktop.ui.forms.ui_pledges_screen import Ui_PledgesScreen
from dangjian_desktop.ui.screens.pledges_tabs import EvaluationPairsAndPaper, _cell, _setup_table
from dangjian_desktop.ui.widgets.operations import call, call_waiting
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.wiring import connect_buttons, set_enabled

STAGE_COLORS = {"未承诺": "#8A8A8A", "退回修改": "#B22222", "待审核": "#A0522D", "草稿": "#A0522D",
                "已评诺": "#2E7D32"}


class PledgesScreen(EvaluationPairsAndPaper, QWidget):
    def __init__(self, pledges: PledgeService, parent: QWidget | None = None):
        super().__init__(parent)
        self.pledges = pledges
        self.ui = ui = build_form(self, Ui_PledgesScreen)
        ui.memberTable.setMinimumWidth(340)  # with the nav, the page must fit a 1280-pixel-wide screen
        ui.gradeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        ui.gradeCombo.setMinimumWidth(120)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 5)
        _setup_table(ui.memberTable, 1)
        _setup_table(ui.itemsTable, 1)
        _setup_table(ui.progressTable, 2)
        _setup_table(ui.outcomesTable, 0)
        _setup_table(ui.pairsTable, 3)
        ui.pairsTable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.progressTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        ui.progressTable.setColumnWidth(1, 260)
        ui.outcomesTable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.outcomesTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        ui.outcomesTable.setColumnWidth(1, 140)
        ui.outcomesTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        ui.outcomesTable.setColumnWidth(0, 420)
        self._campaigns: list[Campaign] = []
        self._rows: list[MemberPledgeRow] = []
        self._sheet: PledgeSheet | None = None
        self._loading = False
        ui.campaignCombo.currentIndexChanged.connect(self._on_campaign)
        ui.memberTable.itemSelectionChanged.connect(self._on_member)
        connect_buttons(ui, self, "newCampaign copyLastYear printLetter printSummary addItem editItem submit approve "
                        "addProgress deleteProgress openAttachment saveEvaluation addPair editPair deletePair")
        ui.importButton.clicked.connect(lambda: self.import_xlsx())
        ui.templateButton.clicked.connect(lambda: self.write_template())
        ui.printNoticeButton.clicked.connect(self.print_document)
        ui.itemsTable.doubleClicked.connect(lambda _i: self.edit_item())
        ui.deleteItemButton.clicked.connect(self.delete_items)
        ui.returnButton.clicked.connect(self.return_items)
        ui.itemsTable.itemSelectionChanged.connect(self._update_buttons)
        ui.progressTable.itemSelectionChanged.connect(self._update_buttons)
        ui.pairsTable.doubleClicked.connect(lambda _i: self.edit_pair())
        ui.pairsTable.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # -- state ------------------------------------------------------------------------------------------------
    @property
    def campaign(self) -> Campaign | None:
        i = self.ui.campaignCombo.currentIndex()
        return self._campaigns[i] if 0 <= i < len(self._campaigns) else None

    @property
    def campaign_uuid(self) -> str:
        c = self.campaign
        return c.uuid if c and c.uuid else ""

    @property
    def sheet(self) -> PledgeSheet | None:
        return self._sheet

    def refresh(self) -> None:
        """Reload campaigns and keep the chosen year and member."""
        keep_campaign = self.campaign_uuid
        keep_member = self._sheet.member_uuid if self._sheet else None
        self._loading = True
        try:
            self._campaigns = self.pledges.campaigns()
            combo = self.ui.campaignCombo
            combo.clear()
            for c in self._campaigns:
                combo.addItem(c.title, c.uuid)
            index = next((i for i, c in enumerate(self._campaigns) if c.uuid == keep_campaign), -1)
            if index < 0:
                this_year = clock.today().year
                index = next((i for i, c in enumerate(self._campaigns) if c.year == this_year), 0)
            combo.setCurrentIndex(index if self._campaigns else -1)
        finally:
            self._loading = False
        self._load_campaign(keep_member)

    def _on_campaign(self, _index: int) -> None:
        if not self._loading:
            self._load_campaign(None)

    def _load_campaign(self, member_uuid: str | None) -> None:
        ui = self.ui
        has = self.campaign is not None
        ui.stack.setCurrentWidget(ui.workPage if has else ui.emptyPage)
        set_enabled(has, ui.printNoticeButton, ui.printSummaryButton, ui.printLetterButton)
        if not has:
            ui.hintLabel.setText("")
            self._rows, self._sheet = [], None
            return
        self._rows = self.pledges.overview(self.campaign_uuid)
        table = ui.memberTable
        table.blockSignals(True)
        table.setRowCount(len(self._rows))
        select = 0
        for r, row in enumerate(self._rows):
            stage = row.stage
            table.setItem(r, 0, _cell(row.member.name, row.member.uuid))
            table.setItem(r, 1, _cell(row.member.group_name))
            table.setItem(r, 2, _cell(stage, color=STAGE_COLORS.get(stage)))
            table.setItem(r, 3, _cell(str(len(row.sheet.items)) if row.sheet else ""))
            if row.member.uuid == member_uuid:
                select = r
        table.blockSignals(False)
        missing = [r.member.name for r in self._rows if r.stage == "未承诺"]
        pledged = len(self._rows) - len(missing)
        pending = sum(1 for r in self._rows if r.stage in ("待审核", "退回修改", "草稿"))
        text = f"{self.campaign.title}：在册党员{len(self._rows)}名，已承诺{pledged}名"
        if pending:
            text += f"，其中{pending}名待审核或待修改"
        text += "。" + (f"尚未承诺：{'、'.join(missing)}。" if missing else "全体党员均已承诺。")
        ui.hintLabel.setText(text)
        self._load_pairs()
        if self._rows:
            table.selectRow(select)
            self._on_member()

    def _on_member(self) -> None:
        rows = self.ui.memberTable.selectionModel().selectedRows()
        if not rows or not self.campaign_uuid:
            self._sheet = None
        else:
            uuid = self.ui.memberTable.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
            self._sheet = self.pledges.sheet(self.campaign_uuid, uuid)
        self._load_sheet()

    def select_member(self, name_or_uuid: str) -> None:
        for r in range(self.ui.memberTable.rowCount()):
            item = self.ui.memberTable.item(r, 0)
            if name_or_uuid in (item.text(), item.data(Qt.ItemDataRole.UserRole)):
                self.ui.memberTable.selectRow(r)
                return

    def _reload_sheet(self) -> None:
        """After a change to the current member: update their row and the tabs."""
        if self._sheet is None:
            return
        self._load_campaign(self._sheet.member_uuid)

    def _load_sheet(self) -> None:
        ui = self.ui
        sheet = self._sheet
        items = sheet.items if sheet else []
        if sheet is None:
            ui.memberLabel.setText("请在左侧选择一名党员。")
        elif not items:
            ui.memberLabel.setText(f"{sheet.member_name}本年度还没有承诺。点“新增承诺…”填写2至5项具体、可检验的承诺。")
        else:
            ui.memberLabel.setText(f"{sheet.member_name}（{sheet.group_name or '未分党小组'}）共{len(items)}项承诺，"
                                   f"当前：{sheet.stage}。")
        t = ui.itemsTable
        t.setRowCount(len(items))
        year = self.campaign.year if self.campaign else clock.today().year
        for r, it in enumerate(items):
            t.setItem(r, 0, _cell(it.category, it.uuid))
            t.setItem(r, 1, _cell(it.content))
            t.setItem(r, 2, _cell(it.deadline.isoformat() if it.deadline else f"{year}年底前"))
            t.setItem(r, 3, _cell(it.status.value, color=STAGE_COLORS.get(it.status.value)))
            t.setItem(r, 4, _cell(it.review_comment))
        # 践诺
        entries = sorted(((it, p) for it in items for p in it.progress), key=lambda x: x[1].on, reverse=True)
        pt = ui.progressTable
        pt.setRowCount(len(entries))
        for r, (it, p) in enumerate(entries):
            pt.setItem(r, 0, _cell(p.on.isoformat(), p.uuid))
            pt.setItem(r, 1, _cell(it.content[:24] + ("…" if len(it.content) > 24 else "")))
            pt.setItem(r, 2, _cell(p.text))
            pt.setItem(r, 3, _cell("、".join(a.name for a in p.attachments), p.attachments))
        self._load_evaluation()
        self._update_buttons()

    def selected_items(self) -> list[PledgeItem]:
        if not self._sheet:
            return []
        rows = sorted({i.row() for i in self.ui.itemsTable.selectionModel().selectedRows()})
        return [self._sheet.items[r] for r in rows if r < len(self._sheet.items)]

    def _update_buttons(self) -> None:
        ui = self.ui
        has_member = self._sheet is not None
        sel = self.selected_items()
        ui.addItemButton.setEnabled(has_member)
        ui.editItemButton.setEnabled(len(sel) == 1)
        ui.deleteItemButton.setEnabled(bool(sel))
        items = self._sheet.items if self._sheet else []
        ui.submitButton.setEnabled(any(i.status in (ReviewStatus.DRAFT, ReviewStatus.RETURNED) for i in items))
        targets = sel or items
        ui.approveButton.setEnabled(any(i.status is not ReviewStatus.APPROVED for i in targets))
        ui.returnButton.setEnabled(bool(sel) and all(i.final_status is FinalStatus.NONE for i in sel))
        ui.printLetterButton.setEnabled(bool(items))
        ui.addProgressButton.setEnabled(bool(self._sheet and self._sheet.approved_items))
        has_progress = bool(self.ui.progressTable.selectionModel().selectedRows())
        ui.deleteProgressButton.setEnabled(has_progress)
        ui.openAttachmentButton.setEnabled(has_progress and bool(self._selected_attachments()))
        set_enabled(bool(self.ui.pairsTable.selectionModel().selectedRows()), ui.editPairButton, ui.deletePairButton)
        ui.addPairButton.setEnabled(bool(self.campaign_uuid))

    def _run(self, fn, *args, title: str = "无法完成"):  # noqa: ANN001, ANN202
        return call(self, lambda: fn(*args), title)

    # -- campaigns and fast entry ---------------------------------------------------------------------------
    def make_campaign_dialog(self) -> CampaignDialog:
        years = {c.year for c in self._campaigns}
        year = clock.today().year
        if year in years:
            year += 1
        return CampaignDialog(year, self._create_campaign, self)

    def _create_campaign(self, year: int, name: str, on: dt.date | None) -> Campaign:
        c = self.pledges.create_campaign(year, name, announced_on=on)
        self._select_after_refresh(c.uuid)
        return c

    def _select_after_refresh(self, campaign_uuid: str | None) -> None:
        self._campaigns = self.pledges.campaigns()
        self._loading = True
        combo = self.ui.campaignCombo
        combo.clear()
        for c in self._campaigns:
            combo.addItem(c.title, c.uuid)
        combo.setCurrentIndex(max(0, next((i for i, c in enumerate(self._campaigns) if c.uuid == campaign_uuid), 0)))
        self._loading = False
        self._load_campaign(None)

    def new_campaign(self) -> None:
        self.make_campaign_dialog().exec()

    def copy_last_year(self) -> int:
        year = self.campaign.year if self.campaign else clock.today().year
        if not messages.confirm(self, f"把{year - 1}年的承诺复制为{year}年的草稿？\n只复制给{year}年还没有承诺的党员，"
                                      "复制后请逐项修改更新，再提交审核。", ok_text="复制"):
            return 0
        n = self._run(self.pledges.copy_from_last_year, year)
        if n is None:
            return 0
        c = self.pledges.campaign_for_year(year)
        self._select_after_refresh(c.uuid if c else None)
        messages.info(self, f"已复制{n}项承诺为草稿。" if n else "没有需要复制的承诺（本年度已有承诺的党员不会被覆盖）。")
        return n

    def import_xlsx(self, path: Path | None = None) -> int:
        year = self.campaign.year if self.campaign else clock.today().year
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, "导入党员承诺", "", "Excel 表格 (*.xlsx)")
            if not name:
                return 0
            path = Path(name)
        preview = call_waiting(self, lambda: self.pledges.preview_import(path, year), "无法导入", "正在读取并检查表格…")
        if preview is None:
            return 0
        if not preview.ok:
            messages.show_error(self, f"有{len(preview.error_rows)}行有错误，没有导入任何数据。请改正后重新导入：\n\n"
                                      + preview.error_report(), "导入被拒绝")
            return 0
        n = self._run(self.pledges.commit_import, preview, year) or 0
        c = self.pledges.campaign_for_year(year)
        self._select_after_refresh(c.uuid if c else None)
        if n:
            messages.info(self, f"已导入{n}项承诺，请逐一审核。")
        return n

    def write_template(self, path: Path | None = None) -> Path | None:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, "保存导入模板", "党员承诺导入模板.xlsx", "Excel 表格 (*.xlsx)")
            if not name:
                return None
            path = Path(name)
        return self._run(self.pledges.write_import_template, path)

    # -- 亮诺 ----------------------------------------------------------------------------------------------------
    def make_item_dialog(self, item: PledgeItem | None = None) -> PledgeItemDialog:
        assert self._sheet is not None and self.campaign is not None
        sheet, campaign_uuid = self._sheet, self.campaign_uuid

        def save(it: PledgeItem) -> PledgeItem:
            return self.pledges.save_item(campaign_uuid, sheet.member_uuid, it)

        return PledgeItemDialog(sheet.member_name, self.pledges.categories(), self.campaign.year, item, save, self)

    def add_item(self) -> None:
        if self._sheet is None:
            return
        if self.make_item_dialog().exec() == QDialog.DialogCode.Accepted:
            self._reload_sheet()

    def edit_item(self) -> None:
        sel = self.selected_items()
        if len(sel) != 1:
            return
        if self.make_item_dialog(self.pledges.item(sel[0].uuid or "")).exec() == QDialog.DialogCode.Accepted:
            self._reload_sheet()

    def delete_items(self) -> None:
        sel = self.selected_items()
        if not sel:
            return
        extra = "，连同它们的践诺记录" if any(i.progress for i in sel) else ""
        if not messages.confirm(self, f"删除所选的{len(sel)}项承诺{extra}？删除后不能恢复。", ok_text="删除"):
            return
        for it in sel:
            self._run(self.pledges.delete_item, it.uuid)
        self._reload_sheet()

    def submit(self) -> None:
        if self._sheet and self._run(self.pledges.submit, self.campaign_uuid, self._sheet.member_uuid):
            self._reload_sheet()

    def approve(self) -> int:
        """审核通过: the selected items, or all of the member's unapproved items; they are made public today."""
        targets = [i for i in (self.selected_items() or (self._sheet.items if self._sheet else []))
                   if i.status is not ReviewStatus.APPROVED]
        if not targets:
            return 0
        n = self._run(self.pledges.approve, [i.uuid for i in targets], clock.today()) or 0
        self._reload_sheet()
        return n

    def make_review_dialog(self) -> ReviewDialog | None:
        sel = self.selected_items()
        if not sel:
            return None

        def save(comment: str) -> object:
            for it in sel:
                self.pledges.return_item(it.uuid or "", comment)
            return len(sel)

        return ReviewDialog(sel, save, self)

    def return_items(self) -> None:
        dlg = self.make_review_dialog()
        if dlg is not None and dlg.exec() == QDialog.DialogCode.Accepted:
            self._reload_sheet()

    # -- 践诺 ----------------------------------------------------------------------------------------------------
    def make_progress_dialog(self) -> ProgressDialog | None:
        if self._sheet is None or not self._sheet.approved_items:
            return None
        sel = self.selected_items()
        return ProgressDialog(self._sheet, self.pledges.add_progress, self,
                              item_uuid=sel[0].uuid if sel else None)

    def add_progress(self) -> None:
        dlg = self.make_progress_dialog()
        if dlg is None:
            messages.info(self, "请先选择一名已亮诺（通过审核）的党员。")
            return
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._reload_sheet()
            self.ui.tabs.setCurrentWidget(self.ui.progressTab)

    def _selected_progress_row(self) -> int:
        rows = self.ui.progressTable.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selected_attachments(self) -> list:
        r = self._selected_progress_row()
        if r < 0:
            return []
        return self.ui.progressTable.item(r, 3).data(Qt.ItemDataRole.UserRole) or []

    def delete_progress(self) -> None:
        r = self._selected_progress_row()
        if r < 0:
            return
        uuid = self.ui.progressTable.item(r, 0).data(Qt.ItemDataRole.UserRole)
        if messages.confirm(self, "删除这条践诺记录？", ok_text="删除"):
            self._run(self.pledges.delete_progress, uuid)
            self._reload_sheet()

    def open_attachment(self) -> None:
        for att in self._selected_attachments():
            path = self.pledges.attachment_path(att)
            if not path.is_file():
                messages.show_error(self, f"附件“{att.name}”不在数据文件夹中（可能已被删除）。")
                continue
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def open_record(self, kind: str, uuid: str) -> None:
        if kind == "pledge_campaign":
            self._select_after_refresh(uuid)
            self.ui.tabs.setCurrentWidget(self.ui.evaluationTab)
