"""The 发展党员 page: the pipeline (who stands where, what is next and by when, overdue in red), one person's
timeline of the 25 steps with the checks, the half-yearly assessments, the 公示 and probation, and the forms."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.development import STAGE_TITLES, STEP, Case, CaseStatus, ContactRole, working_days
from dangjian_desktop.domain.enums import StoreMode
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.services.development import DevelopmentService, Saved
from dangjian_desktop.ui import messages
from dangjian_desktop.ui.forms.ui_development_screen import Ui_DevelopmentScreen
from dangjian_desktop.ui.widgets.operations import attempt, call
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.table_cells import cell, select_row_or_first, setup_table
from dangjian_desktop.ui.widgets.wiring import connect_buttons, set_enabled

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

RED, GREEN, GREY, BROWN = "#B22222", "#2E7D32", "#888888", "#A0522D"
STAGE_FILL = QColor("#F3F3F3")
NUMERALS = "一二三四五"
SHOW = [("正在培养", "active"), ("全部", "all"), ("已转正", "full"), ("已终止或取消", "closed")]


def _cell(text: str, data: object = None, color: str | None = None, bold: bool = False) -> QTableWidgetItem:
    return cell(text, data, color, bold=bold, tip_over=20)


class DevelopmentScreen(QWidget):
    def __init__(self, svc: DevelopmentService, window: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.svc = svc
        self.window_ = window
        self.ui = ui = build_form(self, Ui_DevelopmentScreen)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 5)
        ui.splitter.setSizes([400, 700])
        ui.casesTable.setMinimumWidth(340)
        setup_table(ui.casesTable, (2,))
        setup_table(ui.stepsTable, (3, 4))
        ui.stepsTable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        ui.stepsTable.setColumnWidth(2, 110)
        ui.stepsTable.setWordWrap(True)
        ui.stepsTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        setup_table(ui.assessmentsTable, (3, 4))
        setup_table(ui.publicityTable, (3,))
        for label, key in SHOW:
            ui.showCombo.addItem(label, key)
        self.current: Case | None = None
        self._summaries = []
        self._advance = False
        ui.showCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.casesTable.itemSelectionChanged.connect(self._on_select)
        connect_buttons(ui, self, "newCase editCase deleteCase clearStep openMeeting deleteAssessment deletePublicity "
                        "printNotice")
        ui.recordStepButton.clicked.connect(lambda: self.record_step())
        ui.stepsTable.itemDoubleClicked.connect(lambda _i: self.record_step())
        ui.stepsTable.itemSelectionChanged.connect(self._update_step_buttons)
        ui.addAssessmentButton.clicked.connect(lambda: self.edit_assessment(new=True))
        ui.editAssessmentButton.clicked.connect(lambda: self.edit_assessment(new=False))
        ui.assessmentsTable.itemDoubleClicked.connect(lambda _i: self.edit_assessment(new=False))
        ui.addPublicityButton.clicked.connect(lambda: self.edit_publicity(new=True))
        ui.editPublicityButton.clicked.connect(lambda: self.edit_publicity(new=False))
        ui.publicityTable.itemDoubleClicked.connect(lambda _i: self.edit_publicity(new=False))
        ui.extensionButton.clicked.connect(self.probation)
        ui.closeCaseButton.clicked.connect(self.probation)
        ui.reopenButton.clicked.connect(self.reopen)
        ui.printRecordButton.clicked.connect(self.print_document)
        ui.printAssessButton.clicked.connect(self.print_assessments)
        ui.listPrintButton.clicked.connect(self.print_list)
        ui.exportButton.clicked.connect(self.export_xlsx)
        self.refresh()

    @property
    def is_hq(self) -> bool:
        return self.svc.branches.mode() is StoreMode.HEADQUARTERS

    # -- the pipeline ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current.uuid if self.current else None
        self._load_list(keep)

    def _load_list(self, select_uuid: str | None) -> None:
        ui = self.ui
        today = clock.today()
        no_branch = self.is_hq or self.svc.branches.profile() is None
        ui.listPane.setVisible(not no_branch)
        if no_branch:
            ui.newCaseButton.setEnabled(False)
            ui.listPrintButton.setEnabled(False)
            ui.emptyLabel.setText("上级党委模式：各党支部的发展党员情况（入党申请人、积极分子、发展对象、预备党员和逾期步骤）"
                                  "见“数据交换”页面的汇总。" if self.is_hq else "请先在“设置”中填写党支部基本信息。")
            ui.detailStack.setCurrentWidget(ui.emptyPage)
            ui.casesTable.setRowCount(0)
            return
        everyone = self.svc.summaries(today)
        show = ui.showCombo.currentData()
        keep = {"active": {CaseStatus.ACTIVE}, "full": {CaseStatus.FULL},
                "closed": {CaseStatus.CANCELLED, CaseStatus.STOPPED}}.get(show)
        self._summaries = [s for s in everyone if keep is None or s.status in keep]
        active = [s for s in everyone if s.status is CaseStatus.ACTIVE]
        counts: dict[str, int] = {}
        for s in active:
            counts[s.standing.value] = counts.get(s.standing.value, 0) + 1
        overdue = sum(1 for s in active for d in s.duties if d.overdue(today))
        soon = sum(1 for s in active for d in s.duties
                   if not d.overdue(today) and (d.due - today).days <= self.svc.rules().reminder_days)
        ui.hintLabel.setText(
            ("正在培养：" + "，".join(f"{k}{v}名" for k, v in counts.items()) + "。" if active else "没有正在培养的人。")
            + (f"逾期{overdue}项（红色）。" if overdue else "") + (f"{soon}项在{self.svc.rules().reminder_days}天内到期。"
                                                                  if soon else ""))
        t = ui.casesTable
        t.blockSignals(True)
        t.setRowCount(len(self._summaries))
        row_to_select = -1
        for r, s in enumerate(self._summaries):
            p = s.progress
            late = p.overdue
            t.setItem(r, 0, _cell(s.name, s.uuid, RED if late else None, bold=late))
            t.setItem(r, 1, _cell(s.standing.value if s.status is CaseStatus.ACTIVE else s.status.value))
            nxt = f"{p.next_step} {STEP[p.next_step].name}" if p.next_step else "—"
            cell = _cell(nxt, color=None if p.next_step else GREY)
            cell.setToolTip(f"下一步：第{nxt.replace(' ', '步 ', 1)}" if p.next_step else "")  # the column is narrow
            t.setItem(r, 2, cell)
            due = "" if p.due is None else f"{p.due:%Y-%m-%d}" + (" 逾期" if late else "")
            t.setItem(r, 3, _cell(due, color=RED if late else None))
            if s.uuid == select_uuid:
                row_to_select = r
        t.blockSignals(False)
        row_to_select = select_row_or_first(t, row_to_select)
        if row_to_select >= 0:
            self._load(self._summaries[row_to_select].uuid)
        else:
            self.current = None
            ui.detailStack.setCurrentWidget(ui.emptyPage)
        ui.newCaseButton.setEnabled(True)
        ui.listPrintButton.setEnabled(True)

    def _on_select(self) -> None:
        rows = self.ui.casesTable.selectionModel().selectedRows()
        if not rows:
            return
        uuid = self.ui.casesTable.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        if self.current is None or uuid != self.current.uuid:
            self._load(uuid)

    def _load(self, uuid: str) -> None:
        same = self.current is not None and self.current.uuid == uuid and not self._advance
        self.current = self.svc.case(uuid)
        self._show_current(keep_step=same)

    def open_record(self, kind: str, uuid: str) -> None:
        """A 首页 reminder: show this person's timeline."""
        if kind != "development_case":
            return
        idx = self.ui.showCombo.findData("all")
        self.ui.showCombo.setCurrentIndex(idx)
        for r in range(self.ui.casesTable.rowCount()):
            if self.ui.casesTable.item(r, 0).data(Qt.ItemDataRole.UserRole) == uuid:
                self.ui.casesTable.selectRow(r)
        self.ui.tabs.setCurrentWidget(self.ui.timelineTab)

    # -- one person ---------------------------------------------------------------------------------------------------
    def _show_current(self, keep_step: bool = False) -> None:
        ui = self.ui
        c = self.current
        if c is None:
            ui.detailStack.setCurrentWidget(ui.emptyPage)
            return
        ui.detailStack.setCurrentWidget(ui.detailPage)
        today = clock.today()
        sheet = self.svc.timeline(c, today)
        age = ""
        if c.birth_date:
            years = today.year - c.birth_date.year - ((today.month, today.day) < (c.birth_date.month,
                                                                                   c.birth_date.day))
            age = f"，{years}岁"
        parts = [f"<b>{_esc(c.name)}</b>（{_esc(c.gender or '性别未填')}{age}）", _esc(c.education), _esc(c.position),
                 f"{c.applied_on:%Y-%m-%d}递交入党申请", f"现为<b>{sheet.standing}</b>"]
        if c.status is not CaseStatus.ACTIVE:
            parts.append(f"<span style='color:{BROWN}'>{c.status.value}</span>")
        if c.member_uuid:
            parts.append("已在党员名册中")
        ui.personLabel.setText("　".join(p for p in parts if p))
        self._show_steps(sheet, self.selected_step() if keep_step else None)
        self._show_assessments(c)
        self._show_publicity(c, sheet)
        closed = c.status is not CaseStatus.ACTIVE
        set_enabled(not closed or c.status is CaseStatus.FULL, ui.recordStepButton, ui.clearStepButton,
                    ui.addAssessmentButton, ui.editAssessmentButton, ui.deleteAssessmentButton, ui.addPublicityButton,
                    ui.editPublicityButton, ui.deletePublicityButton, ui.extensionButton, ui.closeCaseButton)
        ui.extensionButton.setVisible(c.admitted and c.status is CaseStatus.ACTIVE)
        ui.closeCaseButton.setVisible(c.status is CaseStatus.ACTIVE)
        ui.reopenButton.setVisible(c.status in (CaseStatus.CANCELLED, CaseStatus.STOPPED))
        self._update_step_buttons()

    def _show_steps(self, sheet, keep: int | None) -> None:  # noqa: ANN001
        t = self.ui.stepsTable
        c = self.current
        assert c is not None
        nxt = next((n for n in STEP if n not in c.steps), None) if c.status is CaseStatus.ACTIVE else None
        t.clearSpans()
        t.setRowCount(0)
        rows: list[tuple[str, object]] = []
        stage = None
        for line in sheet.lines:
            if line.stage != stage:
                stage = line.stage
                rows.append(("stage", stage))
            rows.append(("step", line))
        t.setRowCount(len(rows))
        select_row = -1
        for r, (kind, value) in enumerate(rows):
            if kind == "stage":
                item = _cell(f"第{NUMERALS[int(value) - 1]}阶段　{STAGE_TITLES[value]}", bold=True)
                item.setBackground(QBrush(STAGE_FILL))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                t.setItem(r, 0, item)
                t.setSpan(r, 0, 1, t.columnCount())
                continue
            line = value
            done = line.number in c.steps
            color = None if done else GREY
            if line.date == "缺":
                color = RED
            name = _cell(f"{line.number}. {line.name}", line.number, color, bold=line.number == nxt)
            if line.number == nxt:
                name.setToolTip("下一步")
            t.setItem(r, 0, name)
            t.setItem(r, 1, _cell(line.date, color=RED if line.out_of_order or line.date == "缺" else None))
            t.setItem(r, 2, _cell(line.handler))
            t.setItem(r, 3, _cell(line.result))
            t.setItem(r, 4, _cell(("※" + line.check) if line.problem else line.check,
                                  color=RED if line.problem else (GREEN if done and line.check else GREY)))
            if line.number == (keep or nxt):
                select_row = r
        if select_row >= 0:
            t.selectRow(select_row)
            t.scrollToItem(t.item(select_row, 0), QTableWidget.ScrollHint.PositionAtCenter)
        if sheet.findings:
            self.ui.findingsLabel.setStyleSheet(f"color: {RED};")
            self.ui.findingsLabel.setText("程序核查：\n" + "\n".join(f"※ {m}" for m in sheet.findings))
        else:
            self.ui.findingsLabel.setStyleSheet(f"color: {GREEN};")
            self.ui.findingsLabel.setText("程序核查：已登记的步骤齐全、顺序正确，各项期限均符合规定。")

    def _show_assessments(self, c: Case) -> None:
        ui = self.ui
        mentors = "、".join(x.name for x in c.current_contacts(ContactRole.MENTOR)) or "（未指定）"
        sponsors = "、".join(x.name for x in c.current_contacts(ContactRole.SPONSOR)) or "（未确定）"
        ui.contactsLabel.setText(f"培养联系人：{mentors}　　入党介绍人：{sponsors}　　"
                                 "（在“全程纪实”的第5步、第9步中选择）")
        t = ui.assessmentsTable
        t.setRowCount(len(c.assessments))
        for r, a in enumerate(c.assessments):
            t.setItem(r, 0, _cell(f"{a.on:%Y-%m-%d}", a.uuid))
            t.setItem(r, 1, _cell(a.period))
            t.setItem(r, 2, _cell(a.assessor))
            t.setItem(r, 3, _cell(a.performance))
            t.setItem(r, 4, _cell(a.opinion))

    def _show_publicity(self, c: Case, sheet) -> None:  # noqa: ANN001
        ui = self.ui
        t = ui.publicityTable
        t.setRowCount(len(c.publicity))
        need = self.svc.rules().publicity_workdays
        for r, p in enumerate(c.publicity):
            days = working_days(p.starts_on, p.ends_on)
            t.setItem(r, 0, _cell(p.kind.value, p.uuid))
            t.setItem(r, 1, _cell(f"{p.starts_on:%Y-%m-%d} 至 {p.ends_on:%Y-%m-%d}"))
            t.setItem(r, 2, _cell(str(days), color=RED if days < need else None))
            t.setItem(r, 3, _cell("；".join(x for x in (p.outcome, p.note) if x)))
        lines = []
        if c.admitted:
            lines.append(f"入党日期（支部党员大会）：{c.admitted_on:%Y-%m-%d}；预备期满："
                         f"{sheet.probation_ends:%Y-%m-%d}" if sheet.probation_ends else "")
        if c.extension:
            e = c.extension
            lines.append(f"{e.decided_on:%Y-%m-%d}决定延长预备期{e.months}个月"
                         + (f"，{e.approved_on:%Y-%m-%d}上级党委批准" if e.approved_on else "，待上级党委批准")
                         + (f"：{e.reason}" if e.reason else ""))
        if c.status is not CaseStatus.ACTIVE:
            lines.append(f"{c.status.value}" + (f"（{c.status_on:%Y-%m-%d}）" if c.status_on else "")
                         + (f"：{c.status_reason}" if c.status_reason else ""))
        ui.probationLabel.setText("\n".join(x for x in lines if x) or "预备期的延长、取消预备党员资格或终止培养，"
                                                                       "用下面的按钮登记。")

    def selected_step(self) -> int | None:
        rows = self.ui.stepsTable.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.ui.stepsTable.item(rows[0].row(), 0)
        n = item.data(Qt.ItemDataRole.UserRole) if item else None
        return n if isinstance(n, int) else None

    def _update_step_buttons(self) -> None:
        c = self.current
        n = self.selected_step()
        rec = c.steps.get(n) if c and n else None
        ui = self.ui
        open_case = c is not None and c.status in (CaseStatus.ACTIVE, CaseStatus.FULL)
        ui.recordStepButton.setEnabled(open_case and n is not None)
        ui.recordStepButton.setText("修改此步骤…" if rec else "登记此步骤…")
        ui.clearStepButton.setEnabled(open_case and rec is not None and n != 1)
        ui.openMeetingButton.setEnabled(bool(rec and rec.meeting_uuid))

    # -- actions ---------------------------------------------------------------------------------------------------
    def _after(self, saved: Saved | None, advance: bool = False) -> None:
        """Show what was saved (the next step selected after a step was recorded) and what the roster did."""
        if saved is None:
            return
        self.current = saved.case
        self._advance = advance
        if saved.case.status is not CaseStatus.ACTIVE and self.ui.showCombo.currentData() == "active":
            # just became 正式党员 (or was closed): keep it on screen
            self.ui.showCombo.blockSignals(True)
            self.ui.showCombo.setCurrentIndex(self.ui.showCombo.findData("all"))
            self.ui.showCombo.blockSignals(False)
        try:
            self.refresh()
        finally:
            self._advance = False
        if saved.notes:
            messages.info(self, "\n".join(saved.notes), "党员名册")

    def _dialog(self, dlg) -> Saved | None:  # noqa: ANN001
        dlg.exec()
        return dlg.saved if dlg.result() and isinstance(dlg.saved, Saved) else None

    def new_case(self) -> Saved | None:
        from dangjian_desktop.ui.dialogs.development_dialogs import CaseDialog

        saved = self._dialog(CaseDialog(self.svc, None, self))
        self._after(saved)
        return saved

    def edit_case(self) -> None:
        from dangjian_desktop.ui.dialogs.development_dialogs import CaseDialog

        if self.current:
            self._after(self._dialog(CaseDialog(self.svc, self.current, self)))

    def record_step(self, number: int | None = None) -> None:
        from dangjian_desktop.ui.dialogs.development_dialogs import StepDialog

        c = self.current
        n = number or self.selected_step()
        if c is None or n is None:
            return
        members = self.svc.roster.members(MemberFilter())
        dlg = StepDialog(self.svc, c, n, members, self.svc.branches.groups(), self)
        self._after(self._dialog(dlg), advance=True)

    def clear_step(self) -> None:
        c, n = self.current, self.selected_step()
        if c is None or n is None or n not in c.steps:
            return
        if not messages.confirm(self, f"清除{c.name}的第{n}步“{STEP[n].name}”的登记？", ok_text="清除"):
            return
        self._run(lambda: self.svc.clear_step(c.uuid or "", n))

    def _run(self, action) -> None:  # noqa: ANN001
        saved = call(self, action)
        self._after(saved if isinstance(saved, Saved) else None)

    def open_meeting(self) -> None:
        c, n = self.current, self.selected_step()
        rec = c.steps.get(n) if c and n else None
        opener = getattr(self.window_, "open_record", None)
        if rec and rec.meeting_uuid and callable(opener):
            opener("meetings", "meeting", rec.meeting_uuid)

    def delete_case(self) -> None:
        c = self.current
        if c is None:
            return
        extra = "此人已在党员名册中，名册中的记录会保留。" if c.member_uuid else ""
        if not messages.confirm(self, f"删除{c.name}的发展党员记录（全部步骤、考察和公示）？{extra}\n"
                                      "不再培养的，一般用“终止培养”而不是删除。", ok_text="删除"):
            return
        if not attempt(self, lambda: self.svc.delete_case(c.uuid or ""), "无法删除"):
            return
        self.current = None
        self.refresh()

    def _selected_uuid(self, table: QTableWidget) -> str | None:
        rows = table.selectionModel().selectedRows()
        return table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def edit_assessment(self, new: bool) -> None:
        from dangjian_desktop.ui.dialogs.development_dialogs import AssessmentDialog

        self._edit_entry(new, self.ui.assessmentsTable, "assessments", AssessmentDialog)

    def delete_assessment(self) -> None:
        self._delete_entry(self.ui.assessmentsTable, "删除这条考察记录？", self.svc.delete_assessment)

    def edit_publicity(self, new: bool) -> None:
        from dangjian_desktop.ui.dialogs.development_dialogs import PublicityDialog

        self._edit_entry(new, self.ui.publicityTable, "publicity", PublicityDialog)

    def delete_publicity(self) -> None:
        self._delete_entry(self.ui.publicityTable, "删除这条公示记录？", self.svc.delete_publicity)

    def _edit_entry(self, new: bool, table: QTableWidget, entries: str, dialog) -> None:  # noqa: ANN001
        """A new entry of the case's list ``entries`` (an assessment, a 公示), or the one selected in ``table``, in
        its ``dialog(svc, case, entry_or_None, parent)``."""
        c = self.current
        if c is None:
            return
        uuid = None if new else self._selected_uuid(table)
        if not new and uuid is None:
            return
        entry = next((x for x in getattr(c, entries) if x.uuid == uuid), None)
        self._after(self._dialog(dialog(self.svc, c, entry, self)))

    def _delete_entry(self, table: QTableWidget, question: str, delete: Callable[[str, str], Saved]) -> None:
        c, uuid = self.current, self._selected_uuid(table)
        if c and uuid and messages.confirm(self, question, ok_text="删除"):
            self._run(lambda: delete(c.uuid or "", uuid))

    def probation(self) -> None:
        from dangjian_desktop.ui.dialogs.development_dialogs import ProbationDialog

        if self.current:
            self._after(self._dialog(ProbationDialog(self.svc, self.current, self)))

    def reopen(self) -> None:
        c = self.current
        if c and messages.confirm(self, f"把{c.name}的记录恢复为“培养中”？", ok_text="恢复"):
            self._run(lambda: self.svc.reopen_case(c.uuid or ""))

    # -- paper -----------------------------------------------------------------------------------------------------
    def print_document(self) -> None:
        from dangjian_desktop.ui.printing import make_and_preview

        c = self._printable()
        if c:
            make_and_preview(self, "发展党员全程纪实表", lambda p: self.svc.record_pdf(c.uuid or "", p),
                             f"发展党员全程纪实表-{c.name}.pdf")

    def export_pdf(self) -> Path | None:
        from dangjian_desktop.ui.printing import export_pdf

        c = self._printable()
        if c is None:
            return None
        return export_pdf(self, lambda p: self.svc.record_pdf(c.uuid or "", p), f"发展党员全程纪实表-{c.name}.pdf")

    def print_assessments(self) -> None:
        from dangjian_desktop.ui.printing import make_and_preview

        c = self._printable()
        if c:
            make_and_preview(self, "培养考察登记表", lambda p: self.svc.assessment_pdf(c.uuid or "", p),
                             f"培养考察登记表-{c.name}.pdf")

    def print_notice(self) -> None:
        from dangjian_desktop.ui.printing import make_and_preview

        c = self._printable()
        uuid = self._selected_uuid(self.ui.publicityTable) if c else None
        if c and uuid is None and c.publicity:
            uuid = c.publicity[-1].uuid
        if c is None or uuid is None:
            if c is not None:
                messages.info(self, "请先登记公示的起止日期，再打印公示。")
            return
        make_and_preview(self, "公示", lambda p: self.svc.notice_pdf(c.uuid or "", uuid, p), f"公示-{c.name}.pdf")

    def print_list(self) -> None:
        from dangjian_desktop.ui.printing import make_and_preview

        year = clock.today().year
        make_and_preview(self, "发展党员工作名册", lambda p: self.svc.list_pdf(year, p), f"{year}年度发展党员工作名册.pdf")

    def export_xlsx(self) -> Path | None:
        from dangjian_desktop.ui.table_export import export_view

        return export_view(self, self.ui.casesTable, "发展党员", "发展党员.xlsx")

    def _printable(self) -> Case | None:
        if self.current is None:
            messages.info(self, "请先在左侧选择一个人。")
        return self.current


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_screen(services: Services, window: QWidget) -> QWidget:
    return DevelopmentScreen(services.development, window)
