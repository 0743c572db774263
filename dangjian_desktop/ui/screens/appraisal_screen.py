"""组织生活会 page: one 年度's cycle — preparation and the meeting record it extends, opinions collected, problem
lists, criticism, the 民主评议 (appraisal_grades.py) and the 整改清单 — and its four printed forms.

The meeting itself stays in the meetings (会议 page): “新建会议记录” makes a meeting of type 组织生活会 and links it,
“打开会议记录” opens it in the meetings page's own editor."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractButton, QDialog, QMenu, QTableWidget, QWidget

from dangjian_desktop.ui.widgets.pinned_today import PinnedToday
from dangjian_desktop.domain.appraisal import grade_counts, is_complete
from dangjian_desktop.domain.life_meeting import BRANCH_OWNER, LifeMeeting, opinion_counts
from dangjian_desktop.domain.room import RectStatus
from dangjian_desktop.services.appraisal import AppraisalService
from dangjian_desktop.ui import messages, printing
from dangjian_desktop.ui.dialogs.appraisal_dialogs import CriticismDialog, OpinionDialog, ProblemDialog
from dangjian_desktop.ui.dialogs.room_dialogs import RectificationDialog
from dangjian_desktop.ui.forms.ui_appraisal_screen import Ui_AppraisalScreen
from dangjian_desktop.ui.screens.appraisal_grades import GradesTab
from dangjian_desktop.ui.screens.talks_screen import cell, setup_table
from dangjian_desktop.ui.table_export import export_view
from dangjian_desktop.ui.widgets.fields import read_fields, show_fields
from dangjian_desktop.ui.widgets.operations import attempt, call
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.year_combo import fill_years

OK, TODO = "✓", "○"
# the page's documents (declared in features/appraisal.py), printed through the one document registry
DOCUMENTS = {"life-meeting": "组织生活会情况报告", "life-rectifications": "整改清单", "ballot": "民主测评票",
             "appraisal": "民主评议党员结果汇总表"}
MakeDocument = Callable[[str, Path, int], Path]  # (document key, out, year) -> the PDF


# the cycle's 会前准备 fields, shown and read as they are
_CYCLE_FIELDS = {"topic": "topicEdit", "planned_on": "plannedEdit", "reported_on": "reportedEdit",
                 "higher_attendee": "attendeeEdit", "appraisal_with_meeting": "withMeetingCheck",
                 "appraisal_on": "appraisalDateEdit", "summary": "summaryEdit", "report_sent_on": "reportSentEdit"}


class AppraisalScreen(PinnedToday, QWidget):
    def __init__(self, appraisal: AppraisalService, make_document: MakeDocument,
                 open_meeting: Callable[[str], None] | None = None, parent: QWidget | None = None, *,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.appraisal = appraisal
        self.make_document = make_document
        self.open_meeting_fn = open_meeting
        self._today = today
        self.cycle: LifeMeeting | None = None
        self.ui = ui = build_form(self, Ui_AppraisalScreen)
        ui.checklistLabel.setTextFormat(Qt.TextFormat.RichText)
        setup_table(ui.opinionTable, ["日期", "来源", "类别", "意见对象", "意见内容", "反馈和采纳情况"], (4, 5))
        setup_table(ui.problemTable, ["对象", "存在的问题", "具体表现", "原因分析", "整改措施", "责任人", "时限"], (1, 2, 4))
        setup_table(ui.criticismTable, ["提出人", "对象", "类型", "意见要点", "表态"], (3, 4))
        setup_table(ui.rectTable, ["对象", "存在的问题", "整改措施", "责任人", "整改时限", "完成日期", "状态"], (1, 2))
        for t in (ui.opinionTable, ui.problemTable, ui.criticismTable, ui.rectTable):
            t.horizontalHeader().setMinimumSectionSize(60)
        self.grades = GradesTab(self)
        menu = QMenu(self)
        for key, title in DOCUMENTS.items():
            menu.addAction(f"{title}…", lambda k=key: self.print_key(k))
        ui.printButton.setMenu(menu)
        self._connect()
        self.refresh()

    @property
    def year(self) -> int:
        from dangjian_desktop.domain.life_meeting import review_year

        return self.ui.yearCombo.currentData() or review_year(self.today)

    def _connect(self) -> None:
        ui = self.ui
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.saveCycleButton.clicked.connect(self.save_cycle)
        ui.deleteCycleButton.clicked.connect(self.delete_cycle)
        ui.withMeetingCheck.toggled.connect(lambda on: ui.appraisalDateEdit.setEnabled(not on))
        ui.createMeetingButton.clicked.connect(self.create_meeting)
        ui.linkMeetingButton.clicked.connect(self.link_meeting)
        ui.openMeetingButton.clicked.connect(self.open_meeting)
        for table, add, edit, delete, make_dialog, remove in (
                (ui.opinionTable, ui.addOpinionButton, ui.editOpinionButton, ui.deleteOpinionButton,
                 self.make_opinion_dialog, self.appraisal.delete_opinion),
                (ui.problemTable, ui.addProblemButton, ui.editProblemButton, ui.deleteProblemButton,
                 self.make_problem_dialog, self.appraisal.delete_problem),
                (ui.criticismTable, ui.addCriticismButton, ui.editCriticismButton, ui.deleteCriticismButton,
                 self.make_criticism_dialog, self.appraisal.delete_criticism)):
            self._wire_list(table, add, edit, delete, make_dialog, remove)
        ui.ownerCombo.currentIndexChanged.connect(lambda _i: self._fill_problems())
        ui.editRectButton.clicked.connect(lambda: self.edit_rectification(self._selected(ui.rectTable)))
        ui.rectTable.doubleClicked.connect(lambda _i: self.edit_rectification(self._selected(ui.rectTable)))
        ui.rectPrintButton.clicked.connect(lambda: self.print_key("life-rectifications"))
        ui.ballotPrintButton.clicked.connect(lambda: self.print_key("ballot"))
        ui.resultsPrintButton.clicked.connect(lambda: self.print_key("appraisal"))
        for button, table, title in ((ui.exportOpinionButton, ui.opinionTable, "征求意见"),
                                     (ui.exportProblemButton, ui.problemTable, "问题清单"),
                                     (ui.exportCriticismButton, ui.criticismTable, "批评和自我批评"),
                                     (ui.exportGradesButton, ui.entriesTable, "民主评议"),
                                     (ui.exportRectButton, ui.rectTable, "整改清单")):
            button.clicked.connect(lambda _=False, t=table, n=title: export_view(self, t, n, f"{self.year}年度{n}.xlsx"))

    def _wire_list(self, table: QTableWidget, add: QAbstractButton, edit: QAbstractButton, delete: QAbstractButton,
                   make_dialog: Callable[[str | None], QDialog | None], remove: Callable[[str, str], None]) -> None:
        """One of the cycle's lists: 新增 opens an empty dialog, 修改 or a double click the selected entry's."""
        add.clicked.connect(lambda: self._after(make_dialog(None)))
        edit.clicked.connect(lambda: self._after(make_dialog(self._selected(table))))
        table.doubleClicked.connect(lambda _i: self._after(make_dialog(self._selected(table))))
        delete.clicked.connect(lambda: self._delete(table, remove))

    # -- loading ---------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        from dangjian_desktop.domain.life_meeting import review_year

        fill_years(self.ui.yearCombo, self.appraisal.years(self.today), review_year(self.today), "年度")
        self.reload()

    def reload(self) -> None:
        self.cycle = call(self, lambda: self.appraisal.cycle(self.year))
        c = self.cycle
        self._fill_prep(c or LifeMeeting(year=self.year))
        self._fill_opinions()
        self._fill_owner_filter()
        self._fill_problems()
        self._fill_criticisms()
        self.grades.load(c)
        self._fill_rectifications()
        self._fill_status()

    def ensure_cycle(self) -> LifeMeeting | None:
        """The year's cycle, saved (empty) first when there is none: an opinion may be the first thing typed."""
        if self.cycle is None:
            self.cycle = call(self, lambda: self.appraisal.open_cycle(self.year, self.today), "无法保存")
        return self.cycle

    def _fill_status(self) -> None:
        c = self.cycle
        if c is None:
            self.ui.statusLabel.setText(f"{self.year}年度还没有组织生活会记录。填写“会前准备和会议”并保存，或直接登记征求到的意见。")
            return
        held = c.held_on(self.today)
        rules = self.appraisal.rules()
        counts = grade_counts(c.entries, rules)
        parts = [f"{held:%Y年%m月%d日}召开" if held else ("尚未召开" + (f"（计划{c.planned_on:%m月%d日}）"
                                                                     if c.planned_on else "")),
                 f"征求意见{len(c.opinions)}条", f"查摆问题{len(c.problems)}条（未完成整改{len(c.open_problems())}条）"]
        if any(counts.values()):
            parts.append("民主评议：" + "，".join(f"{g}{n}名" for g, n in counts.items() if n)
                         + ("" if is_complete(c.entries, rules) else "（尚未评定完）"))
        self.ui.statusLabel.setText(f"{c.title}：" + "；".join(parts) + "。")

    def _fill_prep(self, c: LifeMeeting) -> None:
        ui = self.ui
        show_fields(ui, _CYCLE_FIELDS, c)
        ui.appraisalDateEdit.setEnabled(not c.appraisal_with_meeting)
        m = c.meeting
        if m:
            state = "已定稿" if m.is_final else ("已召开，记录未定稿" if m.held(self.today) else "计划")
            ui.meetingLabel.setText(f"{m.date:%Y-%m-%d}　{m.title}（应到{m.expected}人，实到{m.present}人；{state}）")
        else:
            ui.meetingLabel.setText("还没有会议记录。会议开过后（或先作为计划）新建一条，也可以关联“会议”中已有的组织生活会记录。")
        ui.createMeetingButton.setEnabled(m is None)
        ui.openMeetingButton.setEnabled(m is not None)
        ui.meetingCombo.clear()
        ui.meetingCombo.addItem("（选择已有的组织生活会记录）", None)
        for s in self.appraisal.meeting_candidates(c.year) if m is None else []:
            ui.meetingCombo.addItem(f"{s.date:%Y-%m-%d} {s.title or s.types_text}", s.uuid)
        ui.meetingCombo.setEnabled(m is None and ui.meetingCombo.count() > 1)
        ui.linkMeetingButton.setEnabled(ui.meetingCombo.isEnabled())
        ui.deleteCycleButton.setEnabled(c.uuid is not None)
        ui.checklistLabel.setText(self._checklist(c) if c.uuid else "保存后在这里列出会前准备的进度。")

    def _checklist(self, c: LifeMeeting) -> str:
        prep = self.appraisal.preparation(c, self.today)
        rules = self.appraisal.rules()
        done_talks = prep.talks_expected - len(prep.talks_missing)
        rows = [
            (c.reported_on is not None, "会前向上级党委报告" + (f"（{c.reported_on:%m月%d日}）" if c.reported_on else "")),
            (prep.opinions > 0, f"征求意见{prep.opinions}条"),
            (not prep.talks_missing and prep.talks_expected > 0,
             f"会前谈心谈话：已谈{done_talks}/{prep.talks_expected}对"
             + (f"<br>　未谈：{'、'.join(prep.talks_missing[:4])}{'等' if len(prep.talks_missing) > 4 else ''}"
                if prep.talks_missing else "")),
            (prep.branch_problems > 0, f"支部班子问题清单{prep.branch_problems}条"),
            (not prep.committee_without_list, "支委个人问题清单" + (
                f"（未填：{'、'.join(prep.committee_without_list)}）" if prep.committee_without_list else "齐全")),
            (prep.appraised > 0 and prep.self_assessed >= prep.appraised,
             f"党员个人自评{prep.self_assessed}/{prep.appraised}"),
            (c.held_on(self.today) is not None, "召开会议" + (f"（{c.meeting.date:%m月%d日}）" if c.meeting else "")),
            (is_complete(c.entries, rules), "民主评议评定等次"),
            (bool(c.problems) and not c.open_problems(),
             f"整改完成{len(c.problems) - len(c.open_problems())}/{len(c.problems)}项"),
            (c.report_sent_on is not None, "情况报告报送上级党委"),
        ]
        return "<br>".join(f"<span style='color:{'#2E7D32' if ok else '#A0522D'}'>{OK if ok else TODO}</span> {text}"
                           for ok, text in rows)

    def _fill_opinions(self) -> None:
        t = self.ui.opinionTable
        ops = self.cycle.opinions if self.cycle else []
        t.setRowCount(len(ops))
        for r, o in enumerate(ops):
            t.setItem(r, 0, cell(o.received_on.isoformat() if o.received_on else "", o.uuid))
            for c, text in enumerate((o.source, o.category, o.target, o.content, o.response), start=1):
                t.setItem(r, c, cell(text))
        counts = opinion_counts(ops, self.appraisal.opinion_categories())
        self.ui.opinionInfoLabel.setText(
            f"共{len(ops)}条：" + "，".join(f"{k}{n}条" for k, n in counts) + "。" if ops else
            "会前通过座谈、个别访谈、意见箱等方式向党员和群众征求意见，每条登记在这里，按类别自动统计。")

    def _fill_owner_filter(self) -> None:
        combo = self.ui.ownerCombo
        current = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("全部")
        combo.addItem(BRANCH_OWNER)
        owners = [n for n, _ in self.appraisal.committee_names()]
        owners += sorted({p.owner for p in (self.cycle.problems if self.cycle else [])} - {BRANCH_OWNER, *owners})
        combo.addItems(owners)
        combo.setCurrentIndex(max(0, combo.findText(current)))
        combo.blockSignals(False)

    def _fill_problems(self) -> None:
        owner = self.ui.ownerCombo.currentText()
        problems = [p for p in (self.cycle.problems if self.cycle else []) if owner in ("全部", "", p.owner)]
        t = self.ui.problemTable
        t.setRowCount(len(problems))
        for r, p in enumerate(problems):
            t.setItem(r, 0, cell(p.owner, p.uuid))
            for c, text in enumerate((p.problem, p.manifestation, p.cause, p.measure, p.responsible,
                                      p.deadline.isoformat() if p.deadline else ""), start=1):
                t.setItem(r, c, cell(text))
        total = len(self.cycle.problems) if self.cycle else 0
        branch = sum(1 for p in (self.cycle.problems if self.cycle else []) if p.is_branch)
        self.ui.problemInfoLabel.setText(f"支部班子{branch}条，个人{total - branch}条。每条问题的整改措施、责任人和时限"
                                         "会列入“整改清单”，在那里登记完成情况。")

    def _fill_criticisms(self) -> None:
        t = self.ui.criticismTable
        items = self.cycle.criticisms if self.cycle else []
        t.setRowCount(len(items))
        for r, x in enumerate(items):
            t.setItem(r, 0, cell(x.critic, x.uuid))
            t.setItem(r, 1, cell(x.target))
            t.setItem(r, 2, cell("自我批评" if x.is_self else "批评"))
            t.setItem(r, 3, cell(x.points))
            t.setItem(r, 4, cell(x.response))
        selfc = sum(1 for x in items if x.is_self)
        self.ui.criticismInfoLabel.setText(f"批评意见{len(items) - selfc}条，自我批评{selfc}条。")

    def _fill_rectifications(self) -> None:
        t = self.ui.rectTable
        rects = self.appraisal.rectifications(self.cycle.uuid or "") if self.cycle else []
        t.setRowCount(len(rects))
        for r, x in enumerate(rects):
            t.setItem(r, 0, cell(x.room, x.uuid))
            t.setItem(r, 1, cell(x.item_text))
            t.setItem(r, 2, cell(x.measure))
            t.setItem(r, 3, cell(x.responsible))
            t.setItem(r, 4, cell(x.deadline.isoformat() if x.deadline else ""))
            t.setItem(r, 5, cell(x.completed_on.isoformat() if x.completed_on else ""))
            color = ("#B22222" if x.is_overdue(self.today) else "#2E7D32" if x.status is RectStatus.DONE
                     else "#A0522D")
            item = cell(x.status_text(self.today))
            item.setForeground(QBrush(QColor(color)))
            t.setItem(r, 6, item)
        done = sum(1 for x in rects if x.status is RectStatus.DONE)
        overdue = sum(1 for x in rects if x.is_overdue(self.today))
        self.ui.rectInfoLabel.setText(f"共{len(rects)}项，已完成{done}项" + (f"，逾期{overdue}项" if overdue else "")
                                      + "。双击一行登记整改措施落实情况和完成日期。")

    # -- the cycle and its meeting ------------------------------------------------------------------------------
    def form_cycle(self) -> LifeMeeting:
        return dataclasses.replace(self.cycle or LifeMeeting(year=self.year), **read_fields(self.ui, _CYCLE_FIELDS))

    def save_cycle(self) -> bool:
        saved = call(self, lambda: self.appraisal.save_cycle(self.form_cycle(), self.today), "无法保存")
        if saved is None:
            return False
        self.cycle = saved
        self.refresh()
        return True

    def create_meeting(self) -> None:
        ui = self.ui
        day = ui.plannedEdit.date()
        if day is None:
            messages.info(self, "请先填写计划召开日期（会议开过的，填实际召开的日期）。")
            return
        if not self.save_cycle() or self.cycle is None:
            return
        uuid = self.cycle.uuid or ""
        made = call(self, lambda: self.appraisal.create_meeting(uuid, day, self.today), "无法新建会议记录")
        if made is None:
            return
        self.cycle = made
        self.reload()
        messages.info(self, "已在“会议”中新建组织生活会记录。会后请点“打开会议记录”补全出席情况、发言和会议记录。")

    def link_meeting(self) -> None:
        uuid = self.ui.meetingCombo.currentData()
        if not uuid:
            messages.info(self, "请先在列表中选择一次组织生活会。")
            return
        c = self.ensure_cycle()
        if c is None:
            return
        linked = call(self, lambda: self.appraisal.link_meeting(c.uuid or "", uuid, self.today), "无法关联")
        if linked is None:
            return
        self.cycle = linked
        self.reload()

    def open_meeting(self) -> None:
        if self.cycle is None or self.cycle.meeting is None:
            return
        if self.open_meeting_fn is None:
            messages.info(self, "请在“会议”页面打开这次会议的记录。")
            return
        self.open_meeting_fn(self.cycle.meeting.uuid)

    def delete_cycle(self) -> None:
        c = self.cycle
        if c is None or not messages.confirm(self, f"删除{c.year}年度组织生活会的全部记录（征求意见、问题清单、批评意见、民主评议、测评票）？"
                                          "会议记录本身保留在“会议”中。删除后不能恢复。", "删除本年度记录", "删除"):
            return
        attempt(self, lambda: self.appraisal.delete_cycle(c.uuid or ""), "无法删除")
        self.cycle = None
        self.refresh()

    # -- the lists ---------------------------------------------------------------------------------------------------
    def _selected(self, table: QTableWidget) -> str | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _after(self, dlg) -> None:  # noqa: ANN001
        """Run an editing dialog (None: there was nothing to edit); the page shows what it saved."""
        if dlg is not None and dlg.exec():
            self.reload()

    def _entry(self, entries: Callable[[LifeMeeting], list[Any]], uuid: str | None) -> tuple[str, Any] | None:
        """The year's cycle (saved first when there is none: an entry may be the first thing typed) and its entry
        ``uuid`` in ``entries`` (None: a new one); None when the cycle could not be saved."""
        c = self.ensure_cycle()
        if c is None:
            return None
        return c.uuid or "", next((x for x in entries(c) if x.uuid == uuid), None)

    def make_opinion_dialog(self, uuid: str | None) -> OpinionDialog | None:
        if (found := self._entry(lambda c: c.opinions, uuid)) is None:
            return None
        cycle, current = found
        return OpinionDialog(current, self.appraisal.opinion_categories(),
                             [n for n, _ in self.appraisal.committee_names()],
                             lambda o: self.appraisal.save_opinion(cycle, o, self.today), self, self.today)

    def make_problem_dialog(self, uuid: str | None) -> ProblemDialog | None:
        if (found := self._entry(lambda c: c.problems, uuid)) is None:
            return None
        cycle, current = found
        owner = self.ui.ownerCombo.currentText()
        owner_uuid = dict(self.appraisal.committee_names()).get(owner)
        return ProblemDialog(current, self.appraisal.people(),
                             lambda p: self.appraisal.save_problem(cycle, p, self.today), self,
                             owner=owner if owner not in ("全部", "") else BRANCH_OWNER, owner_uuid=owner_uuid)

    def make_criticism_dialog(self, uuid: str | None) -> CriticismDialog | None:
        if (found := self._entry(lambda c: c.criticisms, uuid)) is None:
            return None
        cycle, current = found
        return CriticismDialog(current, self.appraisal.people(), lambda x: self.appraisal.save_criticism(cycle, x), self)

    def _delete(self, table: QTableWidget, delete: Callable[[str, str], None]) -> None:
        uuid = self._selected(table)
        if uuid is None or self.cycle is None:
            messages.info(self, "请先在表中选中一行。")
            return
        if not messages.confirm(self, "删除选中的这一条？删除后不能恢复。", "删除", "删除"):
            return
        cycle_uuid = self.cycle.uuid or ""
        attempt(self, lambda: delete(cycle_uuid, uuid), "无法删除")
        self.reload()

    def make_rectification_dialog(self, uuid: str | None) -> RectificationDialog | None:
        c = self.cycle
        if c is None or uuid is None:
            return None
        rect = next((r for r in self.appraisal.rectifications(c.uuid or "") if r.uuid == uuid), None)
        if rect is None:
            return None
        dlg = RectificationDialog(rect, lambda r: self.appraisal.save_rectification(c.uuid or "", r, self.today),
                                  self, today=self.today)
        dlg.setWindowTitle(f"整改情况：{rect.room}")
        return dlg

    def edit_rectification(self, uuid: str | None) -> None:
        dlg = self.make_rectification_dialog(uuid)
        if dlg is None:
            messages.info(self, "请先在整改清单中选中一项。")
            return
        self._after(dlg)

    # -- paper, Excel, opening records ---------------------------------------------------------------------------
    def print_key(self, key: str) -> None:
        year, title = self.year, DOCUMENTS[key]
        printing.make_and_preview(self, title, lambda p: self.make_document(key, p, year), f"{year}年度{title}.pdf")

    def _current_key(self) -> str:
        tab = self.ui.tabs.currentWidget()
        return {self.ui.gradesTab: "appraisal", self.ui.rectTab: "life-rectifications"}.get(tab, "life-meeting")

    def print_document(self) -> None:
        self.print_key(self._current_key())

    def export_pdf(self) -> None:
        key = self._current_key()
        year, title = self.year, DOCUMENTS[key]
        printing.export_pdf(self, lambda p: self.make_document(key, p, year), f"{year}年度{title}.pdf")

    def export_xlsx(self) -> None:
        ui = self.ui
        tables = {ui.opinionsTab: (ui.opinionTable, "征求意见"), ui.problemsTab: (ui.problemTable, "问题清单"),
                  ui.criticismTab: (ui.criticismTable, "批评和自我批评"), ui.gradesTab: (ui.entriesTable, "民主评议"),
                  ui.rectTab: (ui.rectTable, "整改清单")}
        table, name = tables.get(ui.tabs.currentWidget(), (ui.entriesTable, "民主评议"))
        export_view(self, table, name, f"{self.year}年度{name}.xlsx")

    def open_record(self, kind: str, uuid: str) -> None:
        ui = self.ui
        for i in range(ui.yearCombo.count()):
            c = self.appraisal.cycle(ui.yearCombo.itemData(i))
            if c is None:
                continue
            if c.uuid == uuid or (kind == "rectification" and any(p.uuid == uuid for p in c.problems)):
                ui.yearCombo.setCurrentIndex(i)
                break
        if kind == "rectification":
            ui.tabs.setCurrentWidget(ui.rectTab)
            for r in range(ui.rectTable.rowCount()):
                if ui.rectTable.item(r, 0).data(Qt.ItemDataRole.UserRole) == uuid:
                    ui.rectTable.selectRow(r)
        elif kind == "entry":
            ui.tabs.setCurrentWidget(ui.gradesTab)
        else:
            ui.tabs.setCurrentWidget(ui.prepTab)

    def can_close(self) -> bool:
        if self.grades.dirty:
            return messages.confirm(self, "“民主评议”中有未保存的修改，关闭后将丢失。仍要关闭吗？", "未保存的修改", "关闭")
        return True


def make_screen(services, window: QWidget) -> QWidget:  # noqa: ANN001
    from dangjian_desktop.services import documents

    opener = getattr(window, "open_record", None)
    return AppraisalScreen(services.appraisal, lambda key, out, year: documents.make(services, key, out, year),
                           (lambda uuid: opener("meetings", "meeting", uuid)) if callable(opener) else None)
