"""Dialogs of the 组织生活会 page: an opinion, a problem-list line, a criticism, one member's appraisal (self-
assessment, follow-up, telling the result) and the ballots counted one by one. Each saves through a callback in
``accept()`` (SavingDialog), so a refused save keeps the dialog open with the reason, and tests need no exec()."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.appraisal import (
    FOLLOW_UPS,
    AppraisalEntry,
    AppraisalRules,
    Ballot,
    FollowUp,
    Grade,
    ballot_void_reason,
    tally,
)
from dangjian_desktop.domain.life_meeting import BRANCH_OWNER, OPINION_SOURCES, Criticism, Opinion, Problem
from dangjian_desktop.ui.forms.ui_appraisal_entry_dialog import Ui_AppraisalEntryDialog
from dangjian_desktop.ui.forms.ui_ballot_dialog import Ui_BallotDialog
from dangjian_desktop.ui.forms.ui_criticism_dialog import Ui_CriticismDialog
from dangjian_desktop.ui.forms.ui_opinion_dialog import Ui_OpinionDialog
from dangjian_desktop.ui.forms.ui_problem_dialog import Ui_ProblemDialog
from dangjian_desktop.ui.widgets.dialogs import SavingDialog

People = list[tuple[str, str | None]]  # (name, member uuid)


def fill_people(combo: QComboBox, people: People, current: str, current_uuid: str | None = None,
                first: tuple[str, ...] = ()) -> None:
    """An editable combo of names (uuid as item data); a name typed that is not in the list is kept as text."""
    combo.clear()
    for name in first:
        combo.addItem(name, None)
    for name, uuid in people:
        combo.addItem(name, uuid)
    i = combo.findData(current_uuid) if current_uuid else -1
    if i < 0:
        i = combo.findText(current)
    if i >= 0:
        combo.setCurrentIndex(i)
    else:
        combo.setEditText(current)


def picked(combo: QComboBox) -> tuple[str, str | None]:
    """(name, uuid) of an editable people combo: the uuid only when the text is still the chosen item's."""
    text = combo.currentText().strip()
    i = combo.currentIndex()
    if i >= 0 and combo.itemText(i) == text:
        return text, combo.itemData(i)
    return text, None


class OpinionDialog(SavingDialog):
    def __init__(self, opinion: Opinion | None, categories: tuple[str, ...], targets: list[str],
                 save: Callable[[Opinion], Opinion], parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent, form=Ui_OpinionDialog(), save=save)
        self.opinion = copy.copy(opinion) if opinion else Opinion("", received_on=today or clock.today())
        ui = self.ui
        ui.dateEdit.setDate(self.opinion.received_on)
        ui.sourceCombo.addItems(list(OPINION_SOURCES))
        ui.sourceCombo.setCurrentText(self.opinion.source)
        ui.categoryCombo.addItems(list(categories))
        ui.categoryCombo.setCurrentText(self.opinion.category if opinion else categories[0])
        ui.targetCombo.addItems([BRANCH_OWNER, *targets])
        ui.targetCombo.setCurrentText(self.opinion.target)
        ui.contentEdit.setPlainText(self.opinion.content)
        ui.responseEdit.setPlainText(self.opinion.response)
        self.setWindowTitle("修改意见" if opinion else "登记征求到的意见")
        ui.contentEdit.setFocus()

    def _save(self) -> Opinion:
        ui, o = self.ui, self.opinion
        o.received_on = ui.dateEdit.date()
        o.source, o.category = ui.sourceCombo.currentText(), ui.categoryCombo.currentText()
        o.target = ui.targetCombo.currentText()
        o.content, o.response = ui.contentEdit.toPlainText(), ui.responseEdit.toPlainText()
        return self.save_fn(o)


class ProblemDialog(SavingDialog):
    """A line of a 问题清单: the problem, how it shows, why, and what will be done by whom by when. Its progress is
    recorded later on the 整改清单 (the activity room's rectification dialog)."""

    def __init__(self, problem: Problem | None, people: People, save: Callable[[Problem], Problem],
                 parent: QWidget | None = None, owner: str = BRANCH_OWNER, owner_uuid: str | None = None):
        super().__init__(parent, form=Ui_ProblemDialog(), save=save)
        self.problem = copy.copy(problem) if problem else Problem("", owner, owner_uuid)
        ui, p = self.ui, self.problem
        fill_people(ui.ownerCombo, people, p.owner, p.owner_uuid, first=(BRANCH_OWNER,))
        ui.problemEdit.setPlainText(p.problem)
        ui.manifestationEdit.setPlainText(p.manifestation)
        ui.causeEdit.setPlainText(p.cause)
        ui.measureEdit.setPlainText(p.measure)
        ui.responsibleEdit.setText(p.responsible)
        ui.deadlineEdit.setDate(p.deadline)
        ui.statusHint.setText(f"整改状态：{p.status.value}" + (f"（{p.completed_on:%Y-%m-%d}完成）" if p.completed_on
                                                           else "") + "。整改进展在“整改清单”中登记。")
        self.setWindowTitle("修改问题" if problem else "新增问题")
        ui.problemEdit.setFocus()

    def _save(self) -> Problem:
        ui, p = self.ui, self.problem
        p.owner, p.owner_uuid = picked(ui.ownerCombo)
        if p.owner == BRANCH_OWNER:
            p.owner_uuid = None
        p.problem, p.manifestation = ui.problemEdit.toPlainText(), ui.manifestationEdit.toPlainText()
        p.cause, p.measure = ui.causeEdit.toPlainText(), ui.measureEdit.toPlainText()
        p.responsible, p.deadline = ui.responsibleEdit.text(), ui.deadlineEdit.date()
        return self.save_fn(p)


class CriticismDialog(SavingDialog):
    def __init__(self, criticism: Criticism | None, people: People, save: Callable[[Criticism], Criticism],
                 parent: QWidget | None = None):
        super().__init__(parent, form=Ui_CriticismDialog(), save=save)
        self.criticism = copy.copy(criticism) if criticism else Criticism("", "", "")
        ui, x = self.ui, self.criticism
        fill_people(ui.criticCombo, people, x.critic, x.critic_uuid)
        fill_people(ui.targetCombo, people, x.target, x.target_uuid)
        ui.pointsEdit.setPlainText(x.points)
        ui.responseEdit.setPlainText(x.response)
        for combo in (ui.criticCombo, ui.targetCombo):
            combo.currentTextChanged.connect(lambda _t: self._update_kind())
        self._update_kind()
        self.setWindowTitle("修改批评意见" if criticism else "登记批评意见")

    def _update_kind(self) -> None:
        same = picked(self.ui.criticCombo) == picked(self.ui.targetCombo) and self.ui.criticCombo.currentText()
        self.ui.kindHint.setText("提出人与对象相同：登记为自我批评。" if same else "")

    def _save(self) -> Criticism:
        ui, x = self.ui, self.criticism
        x.critic, x.critic_uuid = picked(ui.criticCombo)
        x.target, x.target_uuid = picked(ui.targetCombo)
        x.points, x.response = ui.pointsEdit.toPlainText(), ui.responseEdit.toPlainText()
        return self.save_fn(x)


class AppraisalEntryDialog(SavingDialog):
    """One member's appraisal besides the grade: self-assessment, excused or not, decision, telling the result."""

    def __init__(self, entry: AppraisalEntry, rules: AppraisalRules, save: Callable[[AppraisalEntry], object],
                 parent: QWidget | None = None):
        super().__init__(parent, form=Ui_AppraisalEntryDialog(), save=save)
        self.entry = copy.copy(entry)
        ui, e = self.ui, self.entry
        ui.nameValue.setText(f"{e.member_name}（{e.group_name or '未编入党小组'}，{e.status_text(rules)}）")
        ui.exemptEdit.setText(e.exempt_reason)
        ui.selfEdit.setPlainText(e.self_assessment)
        ui.followCombo.addItem("（无）", None)
        for f in FollowUp:
            ui.followCombo.addItem(f.value, f.value)
        ui.followCombo.setCurrentIndex(max(0, ui.followCombo.findData(e.follow_up.value if e.follow_up else None)))
        ui.followNoteEdit.setPlainText(e.follow_up_note)
        ui.followDateEdit.setDate(e.follow_up_on)
        ui.notifiedEdit.setDate(e.notified_on)
        ui.noteEdit.setText(e.note)
        grade = f"组织评定：{e.grade.value}。" if e.grade else "尚未评定等次（在“民主评议”表中选择）。"
        if e.grade in FOLLOW_UPS:
            grade += f"评为{e.grade.value}的党员，处理意见可选：{'、'.join(FOLLOW_UPS[e.grade])}。"
        ui.gradeHint.setText(grade)
        self.setWindowTitle(f"民主评议：{e.member_name}")
        ui.selfEdit.setFocus()

    def _save(self) -> object:
        ui, e = self.ui, self.entry
        e.exempt_reason = ui.exemptEdit.text()
        e.self_assessment = ui.selfEdit.toPlainText()
        data = ui.followCombo.currentData()
        e.follow_up = FollowUp(data) if data else None
        e.follow_up_note = ui.followNoteEdit.toPlainText()
        e.follow_up_on, e.notified_on = ui.followDateEdit.date(), ui.notifiedEdit.date()
        e.note = ui.noteEdit.text()
        return self.save_fn(e)


MARK_KEYS = {"1": Grade.EXCELLENT, "优": Grade.EXCELLENT, "2": Grade.QUALIFIED, "合": Grade.QUALIFIED,
             "3": Grade.BASIC, "基": Grade.BASIC, "4": Grade.UNQUALIFIED, "不": Grade.UNQUALIFIED}
SHORT = {Grade.EXCELLENT: "优", Grade.QUALIFIED: "合", Grade.BASIC: "基", Grade.UNQUALIFIED: "不"}


class BallotTable(QTableWidget):
    """Rows are the members on the ballot, columns the ballots: typing 1–4 (or 优合基不) marks the current cell and
    moves down, as one reads a ballot paper from top to bottom."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.on_mark: Callable[[int, int, Grade | None], None] | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        text = event.text()
        r, c = self.currentRow(), self.currentColumn()
        if r >= 0 and c >= 0 and (text in MARK_KEYS or event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Delete,
                                                                         Qt.Key.Key_Backspace)):
            if self.on_mark:
                self.on_mark(r, c, MARK_KEYS.get(text))
            if r + 1 < self.rowCount():
                self.setCurrentCell(r + 1, c)
            return
        super().keyPressEvent(event)


class BallotDialog(SavingDialog):
    def __init__(self, entries: list[AppraisalEntry], ballots: list[Ballot], issued: int, rules: AppraisalRules,
                 save: Callable[[list[Ballot], int], object], parent: QWidget | None = None):
        super().__init__(parent, form=Ui_BallotDialog(), save=save)
        self.rules = rules
        self.entries = [e for e in entries if e.is_appraised(rules) and e.uuid]
        self.all_entries = entries
        self.ballots = [Ballot(b.number, dict(b.marks), b.uuid) for b in ballots]
        ui = self.ui
        # the compiled form's plain table is swapped for one that takes the marks from the keyboard
        old = ui.ballotTable
        self.table = BallotTable(self)
        self.table.setObjectName("ballotTable")
        ui.dialogLayout.replaceWidget(old, self.table)
        old.deleteLater()
        ui.ballotTable = self.table
        self.table.on_mark = self.mark
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(56)
        ui.issuedSpin.setValue(issued or len(self.ballots))
        ui.addBallotButton.clicked.connect(self.add_ballot)
        ui.removeBallotButton.clicked.connect(self.remove_ballot)
        ui.allQualifiedButton.clicked.connect(self.fill_qualified)
        if not self.ballots:
            self.ballots.append(Ballot(1))
        self._fill()

    def _fill(self) -> None:
        t = self.table
        t.setRowCount(len(self.entries))
        t.setColumnCount(len(self.ballots))
        t.setVerticalHeaderLabels([e.member_name for e in self.entries])
        t.setHorizontalHeaderLabels([f"第{b.number}张" for b in self.ballots])
        graded = {e.uuid or "" for e in self.entries}
        for c, b in enumerate(self.ballots):
            void = bool(ballot_void_reason(b, graded, self.rules)) and bool(b.marks)
            for r, e in enumerate(self.entries):
                g = b.marks.get(e.uuid or "")
                item = QTableWidgetItem(SHORT[g] if g else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if void:
                    item.setBackground(QBrush(QColor("#FBECEA")))
                t.setItem(r, c, item)
        self._update_tally()

    def mark(self, row: int, col: int, grade: Grade | None) -> None:
        b, e = self.ballots[col], self.entries[row]
        if grade is None:
            b.marks.pop(e.uuid or "", None)
        else:
            b.marks[e.uuid or ""] = grade
        self._fill()
        self.table.setCurrentCell(row, col)

    def add_ballot(self) -> None:
        self.ballots.append(Ballot(max((b.number for b in self.ballots), default=0) + 1))
        self._fill()
        self.table.setCurrentCell(0, len(self.ballots) - 1)
        self.table.setFocus()

    def remove_ballot(self) -> None:
        col = self.table.currentColumn()
        if 0 <= col < len(self.ballots):
            del self.ballots[col]
            self._fill()

    def fill_qualified(self) -> None:
        col = self.table.currentColumn()
        if 0 <= col < len(self.ballots):
            for e in self.entries:
                self.ballots[col].marks.setdefault(e.uuid or "", Grade.QUALIFIED)
            self._fill()

    def _update_tally(self) -> None:
        counted = tally(self.all_entries, [b for b in self.ballots if b.marks], self.rules)
        void = "；".join(f"第{n}张{why}" for n, why in counted.void)
        self.ui.tallyLabel.setText(f"已录入{len([b for b in self.ballots if b.marks])}张，有效{counted.valid}张"
                                   + (f"，无效{len(counted.void)}张（{void}）" if counted.void else "") + "。")

    def _save(self) -> object:
        return self.save_fn([b for b in self.ballots if b.marks], self.ui.issuedSpin.value())
