"""Dialogs of the 发展党员 page: the person, one step (its date, people, meeting, training), a half-yearly
assessment, a 公示, and the extension / cancellation of probation. Each saves through the service in
``accept()`` (a test fills the widgets and calls ``accept()`` without ``exec()``); a refused save keeps the dialog
open with the reason; the rules are checked while typing and shown, never blocking an honest record."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.development import (
    STEP,
    Assessment,
    Case,
    CaseStatus,
    Contact,
    ContactRole,
    Extension,
    Publicity,
    PublicityKind,
    StepRecord,
    Training,
    add_working_days,
    half_year_label,
    working_days,
)
from dangjian_desktop.domain.development_rules import step_deadline
from dangjian_desktop.domain.enums import COMMON_ETHNICITIES, EDUCATION_LEVELS, GENDERS, MemberCategory
from dangjian_desktop.domain.meetings import MeetingType
from dangjian_desktop.domain.roster import Member, PartyGroup
from dangjian_desktop.services.development import DevelopmentService, Saved
from dangjian_desktop.ui.forms.ui_development_assessment_dialog import Ui_DevelopmentAssessmentDialog
from dangjian_desktop.ui.forms.ui_development_case_dialog import Ui_DevelopmentCaseDialog
from dangjian_desktop.ui.forms.ui_development_probation_dialog import Ui_DevelopmentProbationDialog
from dangjian_desktop.ui.forms.ui_development_publicity_dialog import Ui_DevelopmentPublicityDialog
from dangjian_desktop.ui.forms.ui_development_step_dialog import Ui_DevelopmentStepDialog
from dangjian_desktop.ui.widgets.dialogs import SavingDialog
from dangjian_desktop.ui.widgets.fields import read_fields, show_fields
from dangjian_desktop.ui.widgets.styling import repolish

WARN = "#A0522D"
# records shown and read as they are: step 11's 集中培训, a half-yearly assessment, a 公示
_TRAINING_FIELDS = {"starts_on": "trainFrom", "ends_on": "trainTo", "days": "daysSpin", "hours": "hoursSpin",
                    "organiser": "organiserEdit", "certificate": "certificateEdit"}
_ASSESSMENT_FIELDS = {"on": "dateEdit", "period": "periodEdit", "assessor": "assessorEdit",
                      "performance": "performanceEdit", "opinion": "opinionEdit"}
_PUBLICITY_FIELDS = {"starts_on": "startEdit", "ends_on": "endEdit", "note": "noteEdit"}


class _Dialog(SavingDialog):
    """The kit's dialog, opened at the size its content asks for: a new window would otherwise be capped at two
    thirds of the screen's height (485 pixels on 1366x728) and squeeze the lists and notes into each other; the
    kit then bounds it to the screen and scrolls what does not fit."""

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if not self._fitted:
            self.resize(self.sizeHint().expandedTo(self.size()))
        super().showEvent(event)


class _CaseDialog(_Dialog):
    """A dialog about one person's case (a step, an assessment, a 公示, the end of probation): the form built, the
    service and the case kept as ``svc`` and ``case``."""

    def __init__(self, svc: DevelopmentService, case: Case, form: type, parent: QWidget | None):
        super().__init__(parent, form=form())
        self.svc, self.case = svc, case


def _warnings(label, lines: list[str]) -> None:  # noqa: ANN001
    label.setText("\n".join(f"※ {x}" for x in lines))
    label.setStyleSheet(f"color: {WARN};")
    label.setVisible(bool(lines))


class CaseDialog(_Dialog):
    """The person: name, 身份证号, gender, birth, 学历, 岗位, the application date."""

    def __init__(self, svc: DevelopmentService, case: Case | None = None, parent: QWidget | None = None):
        super().__init__(parent, form=Ui_DevelopmentCaseDialog())
        self.svc = svc
        today = clock.today()
        self.case = copy.deepcopy(case) if case else Case(name="", applied_on=today)
        ui = self.ui
        ui.hintLabel.setProperty("role", "hint")
        ui.genderCombo.addItems(["", *GENDERS])
        ui.ethnicityCombo.addItems(list(COMMON_ETHNICITIES))
        ui.educationCombo.addItems(["", *EDUCATION_LEVELS])
        ui.appliedDate.set_latest(today)
        c = self.case
        ui.nameEdit.setText(c.name)
        ui.idEdit.setText(c.id_number)
        ui.genderCombo.setCurrentText(c.gender)
        ui.ethnicityCombo.setCurrentText(c.ethnicity)
        ui.birthDate.default_date = dt.date(today.year - 25, 1, 1)
        ui.birthDate.setDate(c.birth_date)
        ui.educationCombo.setCurrentText(c.education)
        ui.positionEdit.setText(c.position)
        ui.phoneEdit.setText(c.phone)
        ui.appliedDate.setValue(c.applied_on)
        ui.noteEdit.setPlainText(c.note)
        self.setWindowTitle("修改基本信息" if case else "新增入党申请人")
        ui.idEdit.editingFinished.connect(self._from_id)
        for w in (ui.birthDate,):
            w.dateChanged.connect(lambda _d: self._live())
        ui.appliedDate.dateChanged.connect(lambda _d: self._live())
        repolish(ui.hintLabel)
        self._live()
        ui.nameEdit.setFocus()

    def _from_id(self) -> None:
        """A valid 身份证号 fills birth and gender when they are empty."""
        from dangjian_desktop.domain import idcard

        number = idcard.normalize(self.ui.idEdit.text())
        if not number or idcard.validate(number):
            return
        if self.ui.birthDate.date() is None and idcard.birth_date(number):
            self.ui.birthDate.setDate(idcard.birth_date(number))
        if not self.ui.genderCombo.currentText() and idcard.gender(number):
            self.ui.genderCombo.setCurrentText(idcard.gender(number) or "")

    def collect(self) -> Case:
        ui = self.ui
        c = copy.deepcopy(self.case)
        c.name = ui.nameEdit.text()
        c.id_number = ui.idEdit.text()
        c.gender = ui.genderCombo.currentText()
        c.ethnicity = ui.ethnicityCombo.currentText()
        c.birth_date = ui.birthDate.date()
        c.education = ui.educationCombo.currentText()
        c.position = ui.positionEdit.text()
        c.phone = ui.phoneEdit.text()
        c.applied_on = ui.appliedDate.value()
        c.note = ui.noteEdit.toPlainText()
        return c

    def _live(self) -> None:
        c = self.collect()
        found = [f.message for f in self.svc.check(c) if f.kind == "age"] if c.birth_date else []
        _warnings(self.ui.checksLabel, found)

    def _save(self) -> Saved:
        return self.svc.save_case(self.collect())


class StepDialog(_CaseDialog):
    """One step: its date, who handled it, the result, and what the step needs — the meeting that decided it
    (15 and 23: a 支部党员大会 with its vote), the people (5: 培养联系人, 9: 入党介绍人), the training (11), the
    党小组 (19). The step's own checks are shown as the fields change."""

    def __init__(self, svc: DevelopmentService, case: Case, number: int, members: list[Member],
                 groups: list[PartyGroup], parent: QWidget | None = None):
        super().__init__(svc, case, Ui_DevelopmentStepDialog, parent)
        self.number = number
        self.spec = STEP[number]
        ui = self.ui
        rec = case.steps.get(number)
        today = clock.today()
        self.setWindowTitle(f"{case.name}：{self.spec.label}")
        ui.stepLabel.setText(f"{case.name}：{self.spec.label}（第{'一二三四五'[int(self.spec.stage) - 1]}阶段"
                             f"“{self.spec.stage.title}”）")
        ui.stepLabel.setProperty("role", "title")
        ui.hintLabel.setText(self.spec.hint)
        ui.hintLabel.setProperty("role", "hint")
        ui.hintLabel.setVisible(bool(self.spec.hint))
        ui.dateEdit.set_latest(today)
        ui.dateEdit.setValue(rec.on if rec else today)
        ui.handlerEdit.setText(rec.handler if rec else self.spec.handler)
        ui.resultEdit.setPlainText(rec.result if rec else "")
        ui.noteEdit.setText(rec.note if rec else "")
        decision = self.spec.decision
        ui.decisionLabel.setVisible(decision is not None)
        ui.decisionBox.setVisible(decision is not None)
        if decision:
            ui.yesRadio.setText(decision[0])
            ui.noRadio.setText(decision[1])
            ui.noRadio.setChecked(bool(rec and rec.passed is False))
            ui.yesRadio.setChecked(not (rec and rec.passed is False))
        # the meeting
        ui.meetingBox.setVisible(self.spec.meeting is not None)
        self._meeting_uuid = rec.meeting_uuid if rec else None
        if self.spec.meeting is not None:
            ui.meetingBox.setTitle(f"决定此步骤的会议（{self.spec.meeting.value}）")
        # the people
        self.role = {5: ContactRole.MENTOR, 9: ContactRole.SPONSOR}.get(number)
        ui.contactsBox.setVisible(self.role is not None)
        if self.role is not None:
            ui.contactsBox.setTitle(f"{self.role.value}（{'一至两名' if number == 5 else '两名'}正式党员）")
            chosen = {c.member_uuid for c in case.current_contacts(self.role) if c.member_uuid}
            for m in sorted(members, key=lambda x: x.uuid not in chosen):  # the chosen ones first
                if m.category is not MemberCategory.FULL or m.name == case.name:
                    continue
                item = QListWidgetItem(f"{m.name}（{m.group_name or '未分组'}）")
                item.setData(Qt.ItemDataRole.UserRole, (m.uuid, m.name))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if m.uuid in chosen else Qt.CheckState.Unchecked)
                ui.contactsList.addItem(item)
            ui.otherEdit.setText("、".join(c.name for c in case.current_contacts(self.role) if not c.member_uuid))
            ui.contactsList.itemChanged.connect(lambda _i: self._live())
            ui.otherEdit.textEdited.connect(lambda _t: self._live())
        # the training
        ui.trainingBox.setVisible(number == 11)
        show_fields(ui, _TRAINING_FIELDS, case.training)
        for spin in (ui.daysSpin, ui.hoursSpin):
            spin.valueChanged.connect(lambda _v: self._live())
        # the 党小组
        ui.groupLabel.setVisible(number == 19)
        ui.groupCombo.setVisible(number == 19)
        ui.groupCombo.addItem("（不变）", "")
        for g in groups:
            ui.groupCombo.addItem(g.name, g.uuid)
        if case.group_uuid:
            ui.groupCombo.setCurrentIndex(max(0, ui.groupCombo.findData(case.group_uuid)))
        ui.dateEdit.dateChanged.connect(lambda _d: self._date_changed())
        ui.meetingCombo.currentIndexChanged.connect(lambda _i: self._meeting_changed())
        ui.createMeetingButton.clicked.connect(self.create_meeting)
        ui.yesRadio.toggled.connect(lambda _c: self._live())
        repolish(ui.stepLabel, ui.hintLabel)
        self._fill_meetings()
        self._live()
        ui.dateEdit.setFocus()

    # -- the meeting -------------------------------------------------------------------------------------------------
    def _fill_meetings(self) -> None:
        if self.spec.meeting is None:
            return
        combo = self.ui.meetingCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("（不关联会议记录）", "")
        day = self.ui.dateEdit.value()
        near = self.svc.meetings_near(self.number, day)
        for s in near:
            combo.addItem(f"{s.date:%Y-%m-%d} {s.title or s.types_text}（实到{s.present}/应到{s.expected}）", s.uuid)
        if self._meeting_uuid and combo.findData(self._meeting_uuid) < 0:
            combo.addItem(self.svc.meeting_title(self._meeting_uuid), self._meeting_uuid)
        if self._meeting_uuid:
            combo.setCurrentIndex(combo.findData(self._meeting_uuid))
        elif near and near[0].date == day:
            combo.setCurrentIndex(1)  # the meeting held that day
        combo.blockSignals(False)
        self._meeting_changed()

    def _date_changed(self) -> None:
        self._fill_meetings()
        self._live()

    def _meeting_changed(self) -> None:
        self._meeting_uuid = self.ui.meetingCombo.currentData() or None
        text = ""
        if self.spec.meeting is MeetingType.ASSEMBLY:
            facts = self.svc.vote_for(self.case, self.number, self._meeting_uuid)
            text = facts.text if facts else "选择这次支部党员大会的会议记录后，程序从中读取到会人数和表决票数。"
        self.ui.voteLabel.setText(text)
        self._live()

    def create_meeting(self) -> str:
        """A draft record of the meeting on the chosen date, linked here; completed later on 会议."""
        from dangjian_desktop.ui.widgets.operations import call

        day = self.ui.dateEdit.value()
        uuid = call(self, lambda: self.svc.create_meeting(self.case.uuid or "", self.number, day), "无法新建会议记录")
        if not uuid:
            return ""
        self._meeting_uuid = uuid
        self._fill_meetings()
        self.ui.voteLabel.setText(f"已新建{day:%Y-%m-%d}的会议记录草稿并关联到此步骤。请到“会议”页面补全出席情况"
                                  "和表决票数，程序会据此核对。")
        return uuid

    # -- reading the fields ----------------------------------------------------------------------------------------
    def contacts(self) -> list[Contact] | None:
        if self.role is None:
            return None
        out = []
        day = self.ui.dateEdit.value()
        lst = self.ui.contactsList
        for i in range(lst.count()):
            item = lst.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                uuid, name = item.data(Qt.ItemDataRole.UserRole)
                out.append(Contact(self.role, name, uuid, day))
        for name in self.ui.otherEdit.text().replace(",", "、").replace("，", "、").split("、"):
            if name.strip():
                out.append(Contact(self.role, name.strip(), None, day))
        return out

    def training(self) -> Training | None:
        if self.number != 11:
            return None
        return Training(**read_fields(self.ui, _TRAINING_FIELDS))

    def record(self) -> StepRecord:
        ui = self.ui
        old = self.case.steps.get(self.number)
        passed = (not ui.noRadio.isChecked()) if self.spec.decision else None
        return StepRecord(self.number, ui.dateEdit.value(), ui.handlerEdit.text(),
                          ui.resultEdit.toPlainText(), passed, ui.noteEdit.text(), self._meeting_uuid,
                          old.uuid if old else None)

    def _live(self) -> None:
        """The checks of this step on the record as it would be saved."""
        trial = copy.deepcopy(self.case)
        trial.steps[self.number] = self.record()
        if (people := self.contacts()) is not None and self.role is not None:
            trial.contacts = [c for c in trial.contacts if c.role is not self.role] + people
        if (t := self.training()) is not None:
            trial.training = t
        lines = [f.message for f in self.svc.check(trial) if f.step == self.number]
        deadline = step_deadline(trial, self.number, self.svc.rules())
        if deadline and not lines:
            word, day = deadline
            self.ui.checksLabel.setStyleSheet("color: #2E7D32;")
            self.ui.checksLabel.setText(f"期限：{'应在' if word == '前' else ''}{day:%Y年%m月%d日}"
                                        f"{'前' if word == '前' else '起方可办理'}，符合规定。")
            self.ui.checksLabel.setVisible(True)
            return
        _warnings(self.ui.checksLabel, lines)

    def _save(self) -> Saved:
        group = self.ui.groupCombo.currentData() if self.number == 19 else None
        return self.svc.record_step(self.case.uuid or "", self.record(), contacts=self.contacts(),
                                    training=self.training(), group_uuid=group or None)


class AssessmentDialog(_CaseDialog):
    """A half-yearly written assessment."""

    def __init__(self, svc: DevelopmentService, case: Case, assessment: Assessment | None = None,
                 parent: QWidget | None = None):
        super().__init__(svc, case, Ui_DevelopmentAssessmentDialog, parent)
        today = clock.today()
        a = assessment or Assessment(today, half_year_label(today), self._default_assessor(case))
        self.assessment = a
        ui = self.ui
        ui.personLabel.setText(f"{case.name}（{case.standing_on(today).value}）")
        ui.dateEdit.set_latest(today)
        show_fields(ui, _ASSESSMENT_FIELDS, a)
        ui.dateEdit.dateChanged.connect(self._period)
        self.setWindowTitle("修改考察记录" if assessment else "登记半年考察")

    @staticmethod
    def _default_assessor(case: Case) -> str:
        role = ContactRole.SPONSOR if case.on(9) else ContactRole.MENTOR
        return "、".join(c.name for c in case.current_contacts(role))

    def _period(self) -> None:
        day = self.ui.dateEdit.value()
        current = self.ui.periodEdit.text()
        if not current or current.endswith("半年"):
            self.ui.periodEdit.setText(half_year_label(day))

    def _save(self) -> Saved:
        return self.svc.save_assessment(self.case.uuid or "", Assessment(
            **read_fields(self.ui, _ASSESSMENT_FIELDS), uuid=self.assessment.uuid))


class PublicityDialog(_CaseDialog):
    """公示 before becoming a 发展对象, or before acceptance; the working days are counted as the dates change."""

    def __init__(self, svc: DevelopmentService, case: Case, publicity: Publicity | None = None,
                 parent: QWidget | None = None):
        super().__init__(svc, case, Ui_DevelopmentPublicityDialog, parent)
        today = clock.today()
        kind = PublicityKind.ADMISSION if case.on(7) else PublicityKind.CANDIDATE
        p = publicity or Publicity(kind, today, add_working_days(today, svc.rules().publicity_workdays))
        self.publicity = p
        ui = self.ui
        ui.personLabel.setText(case.name)
        for k in PublicityKind:
            ui.kindCombo.addItem(k.value, k.value)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(p.kind.value))
        show_fields(ui, _PUBLICITY_FIELDS, p)
        ui.outcomeCombo.addItems(["无异议", "有反映，经核实不影响发展", "有反映，暂缓发展"])
        ui.outcomeCombo.setCurrentText(p.outcome or "无异议")
        ui.startEdit.dateChanged.connect(lambda _d: self._days())
        ui.endEdit.dateChanged.connect(lambda _d: self._days())
        self.setWindowTitle("修改公示" if publicity else "登记公示")
        self._days()

    def _days(self) -> None:
        start, end = self.ui.startEdit.value(), self.ui.endEdit.value()
        n = working_days(start, end)
        need = self.svc.rules().publicity_workdays
        if n >= need:
            self.ui.daysLabel.setStyleSheet("color: #2E7D32;")
            self.ui.daysLabel.setText(f"共{n}个工作日（不少于{need}个工作日）。法定节假日请自行扣除。")
        else:
            self.ui.daysLabel.setStyleSheet(f"color: {WARN};")
            self.ui.daysLabel.setText(f"※ 只有{n}个工作日，少于{need}个工作日"
                                      f"（从{start:%m月%d日}起应到{add_working_days(start, need):%m月%d日}）。")

    def _save(self) -> Saved:
        ui = self.ui
        return self.svc.save_publicity(self.case.uuid or "", Publicity(
            PublicityKind(ui.kindCombo.currentData()), outcome=ui.outcomeCombo.currentText(),
            uuid=self.publicity.uuid, **read_fields(ui, _PUBLICITY_FIELDS)))


EXTEND, CANCEL, STOP = "extend", "cancel", "stop"


class ProbationDialog(_CaseDialog):
    """延长预备期 (6–12 months, decided by the 大会 when probation ends), 取消预备党员资格, or 终止培养."""

    def __init__(self, svc: DevelopmentService, case: Case, parent: QWidget | None = None):
        super().__init__(svc, case, Ui_DevelopmentProbationDialog, parent)
        ui = self.ui
        today = clock.today()
        rules = svc.rules()
        ui.personLabel.setText(f"{case.name}（{case.standing_on(today).value}）")
        if case.admitted:
            ui.actionCombo.addItem("延长预备期", EXTEND)
            ui.actionCombo.addItem("取消预备党员资格", CANCEL)
        ui.actionCombo.addItem("终止培养（本人放弃、调离等）", STOP)
        ui.dateEdit.set_latest(today)
        ext = case.extension
        ui.dateEdit.setValue(ext.decided_on if ext else today)
        ui.monthsSpin.setRange(rules.extension_min_months, rules.extension_max_months)
        ui.monthsSpin.setValue(ext.months if ext else rules.extension_min_months)
        ui.approvedDate.setDate(ext.approved_on if ext else None)
        ui.reasonEdit.setPlainText(ext.reason if ext else "")
        ui.actionCombo.currentIndexChanged.connect(lambda _i: self._mode())
        ui.dateEdit.dateChanged.connect(lambda _d: self._meetings())
        self._mode()

    def action(self) -> str:
        return self.ui.actionCombo.currentData()

    def _mode(self) -> None:
        ui = self.ui
        act = self.action()
        for w in (ui.monthsLabel, ui.monthsSpin, ui.approvedLabel, ui.approvedDate):
            w.setVisible(act == EXTEND)
        for w in (ui.meetingLabel, ui.meetingCombo):
            w.setVisible(act != STOP)
        self._meetings()
        note = {EXTEND: "预备期满时，支部党员大会认为需要继续教育考察的，可以延长一次预备期，最短六个月，最长一年；"
                        "报上级党委批准。",
                CANCEL: "预备党员不履行党员义务、不具备党员条件的，经支部党员大会讨论、上级党委批准，取消预备党员资格；"
                        "名册中同时登记为“出党”。",
                STOP: "不再培养的（本人放弃、调离本单位、不符合条件等），终止这条记录；以后可以恢复。"}[act]
        ui.checksLabel.setText(note)
        ui.checksLabel.setProperty("role", "hint")
        repolish(ui.checksLabel)

    def _meetings(self) -> None:
        combo = self.ui.meetingCombo
        combo.clear()
        combo.addItem("（不关联会议记录）", "")
        for s in self.svc.meetings_near(15, self.ui.dateEdit.value()):
            combo.addItem(f"{s.date:%Y-%m-%d} {s.title or s.types_text}", s.uuid)
        current = self.case.extension.meeting_uuid if self.case.extension else None
        if current and combo.findData(current) >= 0:
            combo.setCurrentIndex(combo.findData(current))

    def _save(self) -> Saved:
        ui = self.ui
        day = ui.dateEdit.value()
        meeting = ui.meetingCombo.currentData() or None
        reason = ui.reasonEdit.toPlainText()
        if self.action() == EXTEND:
            return self.svc.set_extension(self.case.uuid or "", Extension(ui.monthsSpin.value(), day, meeting,
                                                                         ui.approvedDate.date(), reason))
        status = CaseStatus.CANCELLED if self.action() == CANCEL else CaseStatus.STOPPED
        return self.svc.close_case(self.case.uuid or "", status, day, reason, meeting)
