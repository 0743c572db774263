"""The 民主评议 tab of the 组织生活会 page: the appraisal list with each member's votes and the branch's grade, the
优秀 share and the 预备党员 rule checked while typing, ballots counted one by one, follow-up and telling the result.
Saving goes through AppraisalService.save_entries, which refuses what breaks a rule with the same message."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem

from dangjian_desktop.domain.appraisal import GRADES, AppraisalEntry, Grade, check_entries, quota_text
from dangjian_desktop.domain.checks import Severity
from dangjian_desktop.domain.life_meeting import LifeMeeting
from dangjian_desktop.ui.dialogs.appraisal_dialogs import AppraisalEntryDialog, BallotDialog
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.widgets.operations import attempt
from dangjian_desktop.ui.widgets.styling import repolish, set_role
from dangjian_desktop.ui.widgets.wiring import connect_buttons

if TYPE_CHECKING:
    from dangjian_desktop.ui.screens.appraisal_screen import AppraisalScreen

HEADERS = ["姓名", "党小组", "参评情况", "个人自评", "优秀票", "合格票", "基本合格票", "不合格票", "组织评定", "处理意见",
           "告知日期"]
VOTE_COL = 4  # the four vote columns start here, in GRADES order
GRADE_COL = 8


class GradesTab:
    def __init__(self, screen: AppraisalScreen):
        self.screen = screen
        self.ui = screen.ui
        self.appraisal = screen.appraisal
        self.entries: list[AppraisalEntry] = []
        self.cycle: LifeMeeting | None = None
        self.dirty = False
        self._loading = False
        ui = self.ui
        t = ui.entriesTable
        t.setColumnCount(len(HEADERS))
        t.setHorizontalHeaderLabels(HEADERS)
        t.verticalHeader().setVisible(False)
        h = t.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.saveGradesButton.setProperty("primary", True)
        repolish(ui.saveGradesButton)
        t.itemChanged.connect(self._on_item)
        t.cellDoubleClicked.connect(lambda r, c: self.edit_entry() if c < VOTE_COL or c > GRADE_COL else None)
        ui.issuedSpin.valueChanged.connect(lambda _v: self._changed())
        ui.returnedSpin.valueChanged.connect(lambda _v: self._changed())
        connect_buttons(ui, self, "prepare suggest notify")
        ui.ballotsButton.clicked.connect(self.open_ballots)
        ui.entryButton.clicked.connect(self.edit_entry)
        ui.saveGradesButton.clicked.connect(self.save)

    @property
    def rules(self):  # noqa: ANN201
        return self.appraisal.rules()

    # -- showing -------------------------------------------------------------------------------------------------
    def load(self, c: LifeMeeting | None) -> None:
        self.cycle = c
        self.entries = [copy.copy(e) for e in c.entries] if c else []
        ui = self.ui
        self._loading = True
        ui.issuedSpin.setValue(c.ballots_issued if c else 0)
        ui.returnedSpin.setValue(c.ballots_returned if c else 0)
        counted = bool(c and c.ballots)
        ui.returnedSpin.setEnabled(not counted)
        ui.returnedSpin.setToolTip("已逐张录入测评票：收回张数按录入的票统计" if counted else "")
        rules = self.rules
        t = ui.entriesTable
        t.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            self._fixed(r, 0, e.member_name)
            self._fixed(r, 1, e.group_name)
            self._fixed(r, 2, e.status_text(rules))
            self._fixed(r, 3, "已填写" if e.self_assessment.strip() else "—")
            for k, g in enumerate(GRADES):
                item = QTableWidgetItem(str(e.votes_for(g)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if counted or not e.is_appraised(rules):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                t.setItem(r, VOTE_COL + k, item)
            combo = t.cellWidget(r, GRADE_COL)
            if not isinstance(combo, QComboBox):  # one combo per row, kept across reloads (no widget churn)
                combo = QComboBox()
                combo.currentIndexChanged.connect(lambda _i, row=r: self._on_grade(row))
                t.setCellWidget(r, GRADE_COL, combo)
            combo.clear()
            if e.is_appraised(rules):
                combo.addItem("（未评定）", None)
                for g in GRADES:
                    combo.addItem(g.value, g.value)
                combo.setCurrentIndex(max(0, combo.findData(e.grade.value if e.grade else None)))
            else:
                combo.addItem("不评定等次", None)
            combo.setEnabled(e.is_appraised(rules))
            self._fixed(r, 9, e.follow_up.value if e.follow_up else "")
            self._fixed(r, 10, e.notified_on.isoformat() if e.notified_on else "")
        self._loading = False
        has_cycle = c is not None
        for b in (ui.prepareButton, ui.ballotsButton, ui.suggestButton, ui.notifyButton, ui.entryButton,
                  ui.saveGradesButton):
            b.setEnabled(has_cycle if b is ui.prepareButton else bool(self.entries))
        self.dirty = False
        self._update_checks()

    def _fixed(self, r: int, c: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.ui.entriesTable.setItem(r, c, item)

    def _on_item(self, item: QTableWidgetItem) -> None:
        if self._loading or not VOTE_COL <= item.column() < VOTE_COL + len(GRADES):
            return
        e = self.entries[item.row()]
        g = GRADES[item.column() - VOTE_COL]
        text = item.text().strip()
        if text.isdigit() and len(text) <= 4:
            e.votes = {**{x: e.votes_for(x) for x in GRADES}, g: int(text)}
        else:  # not a number: back to what it was
            self._loading = True
            item.setText(str(e.votes_for(g)))
            self._loading = False
        self._changed()

    def _on_grade(self, row: int) -> None:
        if self._loading:
            return
        combo = self.ui.entriesTable.cellWidget(row, GRADE_COL)
        data = combo.currentData() if combo is not None else None
        self.entries[row].grade = Grade(data) if data else None
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._update_checks()

    def _update_checks(self) -> None:
        """The 优秀 share and every other rule, as the entries stand now (before saving)."""
        ui = self.ui
        if not self.entries:
            ui.quotaLabel.setText("还没有评议名单。先点“生成评议名单”，按党员名册列出参加评议的党员。"
                                  if self.cycle else "先在“会前准备和会议”中保存本年度的组织生活会记录。")
            set_role(ui.quotaLabel, "hint")
            ui.issuesLabel.setText("")
            return
        text, over = quota_text(self.entries, self.rules)
        ui.quotaLabel.setText(text)
        set_role(ui.quotaLabel, "error" if over else "hint")
        issues = check_entries(self.entries, self.rules, ballots_returned=ui.returnedSpin.value(),
                               ballots_issued=ui.issuedSpin.value(), today=self.screen.today)
        lines = [("✗ " if i.severity is Severity.ERROR else "! ") + i.message for i in issues
                 if not (over and i.field == "grade" and "优秀" in i.message)]
        if self.dirty:
            lines.insert(0, "有未保存的修改，请点“保存评议结果”。")
        ui.issuesLabel.setText("\n".join(lines[:8]) + ("\n……" if len(lines) > 8 else ""))
        set_role(ui.issuesLabel, "error" if any(i.severity is Severity.ERROR for i in issues) else "warning")

    # -- actions ---------------------------------------------------------------------------------------------------
    def _run(self, fn: Callable[[], object]) -> bool:
        return attempt(self.screen, fn, "无法保存")

    def save(self) -> bool:
        c = self.cycle
        if c is None:
            return False
        ok = self._run(lambda: self.appraisal.save_entries(
            c.uuid or "", self.entries, ballots_issued=self.ui.issuedSpin.value(),
            ballots_returned=self.ui.returnedSpin.value(), today=self.screen.today))
        if ok:
            self.dirty = False
            self.screen.reload()
        return ok

    def prepare(self) -> None:
        c = self.screen.ensure_cycle()
        if c is None:
            return
        if self.dirty and not self.save():
            return
        if self._run(lambda: self.appraisal.prepare_entries(c.uuid or "", self.screen.today)):
            self.screen.reload()

    def make_ballot_dialog(self) -> BallotDialog | None:
        c = self.cycle
        if c is None or not self.entries:
            return None
        if self.dirty and not self.save():
            return None
        c = self.screen.cycle or c
        return BallotDialog(c.entries, c.ballots, c.ballots_issued, self.rules,
                            lambda ballots, issued: self.appraisal.save_ballots(
                                c.uuid or "", ballots, ballots_issued=issued, today=self.screen.today), self.screen)

    def open_ballots(self) -> None:
        if not self.entries:
            messages.info(self.screen, "请先点“生成评议名单”，再录入测评票。")
            return
        dlg = self.make_ballot_dialog()
        if dlg is not None and dlg.exec():
            self.screen.reload()

    def suggest(self) -> None:
        if self.cycle is None:
            return
        hints = self.appraisal.suggestions(self.cycle.uuid or "")
        if not hints:
            messages.info(self.screen, "还没有测评票数，无法建议等次。请先录入测评票或各人得票。")
            return
        for e in self.entries:
            if e.uuid in hints:
                e.grade = hints[e.uuid]
        self._reload_grades()
        self.dirty = True
        self._update_checks()

    def _reload_grades(self) -> None:
        self._loading = True
        for r, e in enumerate(self.entries):
            combo = self.ui.entriesTable.cellWidget(r, GRADE_COL)
            if combo is not None and combo.isEnabled():
                combo.setCurrentIndex(max(0, combo.findData(e.grade.value if e.grade else None)))
        self._loading = False

    def notify(self) -> None:
        c = self.cycle
        if c is None:
            return
        if self.dirty and not self.save():
            return
        today = self.screen.today
        if not messages.confirm(self.screen, f"已把评定结果逐一告知本人？将给尚未登记的党员填上今天（{today:%Y-%m-%d}）的日期。",
                       "登记已告知", "登记"):
            return
        if self._run(lambda: self.appraisal.notify_all(c.uuid or "", today, today)):
            self.screen.reload()

    def edit_entry(self) -> AppraisalEntryDialog | None:
        row = self.ui.entriesTable.currentRow()
        if self.cycle is None or not 0 <= row < len(self.entries):
            messages.info(self.screen, "请先在表中选中一名党员。")
            return None
        dlg = self.make_entry_dialog(row)
        if dlg.exec():
            self.dirty = False
            self.screen.reload()
        return dlg

    def make_entry_dialog(self, row: int) -> AppraisalEntryDialog:
        c = self.cycle
        assert c is not None

        def save(entry: AppraisalEntry) -> object:
            entries = [entry if i == row else e for i, e in enumerate(self.entries)]
            return self.appraisal.save_entries(c.uuid or "", entries, ballots_issued=self.ui.issuedSpin.value(),
                                               ballots_returned=self.ui.returnedSpin.value(),
                                               today=self.screen.today)

        return AppraisalEntryDialog(self.entries[row], self.rules, save, self.screen)

