"""The 承诺 page's 评诺 and 一带二 tabs and its paper (公示表, 承诺书, 汇总), kept apart from the page's list and
亮诺/践诺 handling so that each file reads in one sitting. Mixed into PledgesScreen: it uses the page's ui, service
and current campaign/sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QTableWidget, QTableWidgetItem

from dangjian_desktop import clock
from dangjian_desktop.domain.pledges import FinalStatus, MentorPair
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.dialogs.pledge_dialogs import PairDialog
from dangjian_desktop.ui.widgets.date_edit import from_qdate, to_qdate
from dangjian_desktop.ui.widgets.table_cells import cell, setup_table
from dangjian_desktop.ui.widgets.wiring import set_enabled


def _cell(text: str, data: object = None, color: str | None = None) -> QTableWidgetItem:
    return cell(text, data, color, editable=False)


def _setup_table(table: QTableWidget, stretch: int) -> None:
    setup_table(table, (stretch,), fit_rows=True, per_pixel=True)


class EvaluationPairsAndPaper:
    """评诺, 一带二 and the printed sheets of the 承诺 page (a mixin of PledgesScreen)."""

    # -- 评诺 ----------------------------------------------------------------------------------------------------
    def _load_evaluation(self) -> None:
        ui = self.ui
        sheet = self._sheet
        approved = sheet.approved_items if sheet else []
        ot = ui.outcomesTable
        for r in range(ot.rowCount()):  # old combos are deleted later by Qt: hide them now
            old = ot.cellWidget(r, 1)
            if old is not None:
                old.hide()
        ot.setRowCount(0)
        ot.setRowCount(len(approved))
        for r, it in enumerate(approved):
            ot.setItem(r, 0, _cell(f"【{it.category}】{it.content}", it.uuid))
            combo = QComboBox()
            for s in FinalStatus:
                combo.addItem(s.value or "（未评定）", s.value)
            combo.setCurrentIndex(combo.findData(it.final_status.value))
            ot.setCellWidget(r, 1, combo)
            note = QTableWidgetItem(it.final_note)
            ot.setItem(r, 2, note)
        ui.selfAssessmentEdit.setPlainText(sheet.self_assessment if sheet else "")
        ui.groupCommentEdit.setPlainText(sheet.group_comment if sheet else "")
        ui.gradeCombo.clear()
        ui.gradeCombo.addItem("（未评定）", "")
        for g in self.pledges.grades():
            ui.gradeCombo.addItem(g, g)
        if sheet and sheet.grade and ui.gradeCombo.findData(sheet.grade) < 0:
            ui.gradeCombo.addItem(sheet.grade, sheet.grade)
        ui.gradeCombo.setCurrentIndex(max(0, ui.gradeCombo.findData(sheet.grade if sheet else "")))
        on = sheet.evaluated_on if sheet and sheet.evaluated_on else clock.today()
        ui.evaluatedOnEdit.setDate(to_qdate(on))
        enabled = bool(approved)
        set_enabled(enabled, ui.selfAssessmentEdit, ui.groupCommentEdit, ui.gradeCombo, ui.evaluatedOnEdit,
                    ui.saveEvaluationButton)

    def _load_pairs(self) -> None:
        pairs = self.pledges.pairs(self.campaign_uuid) if self.campaign_uuid else []
        t = self.ui.pairsTable
        t.setRowCount(len(pairs))
        for r, p in enumerate(pairs):
            t.setItem(r, 0, _cell(p.mentor_name, p.uuid))
            t.setItem(r, 1, _cell("、".join(p.mentees)))
            t.setItem(r, 2, _cell(p.goal))
            t.setItem(r, 3, _cell(p.result or "（进行中）"))
            t.setItem(r, 4, _cell(p.outcome.value or "未评定"))
        self._pairs = pairs

    # -- 评诺 (saving) ----------------------------------------------------------------------------------------------------
    def evaluation_outcomes(self) -> dict[str, tuple[FinalStatus, str]]:
        ot = self.ui.outcomesTable
        out = {}
        for r in range(ot.rowCount()):
            uuid = ot.item(r, 0).data(Qt.ItemDataRole.UserRole)
            combo: QComboBox = ot.cellWidget(r, 1)  # type: ignore[assignment]
            out[uuid] = (FinalStatus(combo.currentData() or ""), ot.item(r, 2).text() if ot.item(r, 2) else "")
        return out

    def save_evaluation(self) -> bool:
        if self._sheet is None:
            return False
        ui = self.ui
        ok = self._run(lambda: self.pledges.evaluate(
            self.campaign_uuid, self._sheet.member_uuid, self_assessment=ui.selfAssessmentEdit.toPlainText(),
            group_comment=ui.groupCommentEdit.toPlainText(), grade=ui.gradeCombo.currentData() or "",
            on=from_qdate(ui.evaluatedOnEdit.date()), outcomes=self.evaluation_outcomes()), title="无法保存评诺")
        if ok is None:
            return False
        self._reload_sheet()
        self.ui.tabs.setCurrentWidget(self.ui.evaluationTab)
        return True

    # -- 一带二 ---------------------------------------------------------------------------------------------------
    def make_pair_dialog(self, pair: MentorPair | None = None) -> PairDialog:
        members = [r.member for r in self._rows]
        dlg = PairDialog(self.campaign_uuid, members, pair, self.pledges.save_pair, self)
        if pair is None and self._sheet is not None:
            dlg.ui.mentorCombo.setCurrentIndex(max(0, dlg.ui.mentorCombo.findData(self._sheet.member_uuid)))
        return dlg

    def _selected_pair(self) -> MentorPair | None:
        rows = self.ui.pairsTable.selectionModel().selectedRows()
        return self._pairs[rows[0].row()] if rows else None

    def add_pair(self) -> None:
        if self.make_pair_dialog().exec() == QDialog.DialogCode.Accepted:
            self._load_pairs()

    def edit_pair(self) -> None:
        p = self._selected_pair()
        if p and self.make_pair_dialog(p).exec() == QDialog.DialogCode.Accepted:
            self._load_pairs()

    def delete_pair(self) -> None:
        p = self._selected_pair()
        if p and messages.confirm(self, f"删除{p.mentor_name}的帮带记录？", ok_text="删除"):
            self._run(self.pledges.delete_pair, p.uuid)
            self._load_pairs()

    # -- paper -------------------------------------------------------------------------------------------------
    def _year(self) -> int | None:
        return self.campaign.year if self.campaign else None

    def print_document(self) -> None:
        """打印 in the menu: the 党员承诺公示表 of the chosen year."""
        from dangjian_desktop.ui.printing import make_and_preview

        year = self._year()
        if year is None:
            messages.info(self, "还没有承诺记录，无法打印公示表。")
            return
        make_and_preview(self, "党员承诺公示表", lambda p: self.pledges.notice_pdf(year, p), f"党员承诺公示表{year}.pdf")

    def export_pdf(self) -> Path | None:
        from dangjian_desktop.ui.printing import export_pdf

        year = self._year()
        if year is None:
            return None
        return export_pdf(self, lambda p: self.pledges.notice_pdf(year, p), f"党员承诺公示表{year}.pdf")

    def export_xlsx(self, path: Path | None = None) -> Path | None:
        """导出Excel: every pledge item of the chosen year (its first columns are the import template's)."""
        c = self.campaign
        if c is None or not c.uuid:
            messages.info(self, "还没有承诺记录可以导出。")
            return None
        if path is None:
            from dangjian_desktop.ui.table_export import ask_xlsx_path

            path = ask_xlsx_path(self, f"{c.title}.xlsx")
            if path is None:
                return None
        if self._run(self.pledges.export_xlsx, c.uuid, path) is None:
            return None
        return path

    def print_letter(self) -> None:
        from dangjian_desktop.ui.printing import make_and_preview

        if not self._sheet or not self._sheet.items:
            messages.info(self, "请先选择一名已填写承诺的党员。")
            return
        sheet, campaign_uuid = self._sheet, self.campaign_uuid
        make_and_preview(self, f"党员承诺书（{sheet.member_name}）",
                         lambda p: self.pledges.letter_pdf(campaign_uuid, sheet.member_uuid, p),
                         f"党员承诺书-{sheet.member_name}.pdf")

    def print_summary(self) -> None:
        from dangjian_desktop.ui.printing import make_and_preview

        year = self._year()
        if year is not None:
            make_and_preview(self, "践诺评诺情况汇总", lambda p: self.pledges.summary_pdf(year, p),
                             f"践诺评诺情况汇总{year}.pdf")
