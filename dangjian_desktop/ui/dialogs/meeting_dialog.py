"""The meeting editor: every field of a record, the rules shown live while typing, autosaved drafts, 定稿 and
dated amendments, attachments with thumbnails, print and PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QSpinBox,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.meetings import (
    AMENDABLE_FIELDS,
    AbsenceReason,
    AgendaItem,
    AgendaTemplate,
    Attendee,
    Meeting,
    MeetingType,
    Scope,
    Severity,
    Vote,
    meeting_from_dict,
    meeting_to_dict,
    motion_passes,
    quorum_met,
)
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.ui import printing
from dangjian_desktop.ui.forms.ui_amendment_dialog import Ui_AmendmentDialog
from dangjian_desktop.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from dangjian_desktop.ui.messages import confirm, show_error
from dangjian_desktop.ui.theme import PARTY_RED
from dangjian_desktop.ui.widgets.styling import repolish

TYPE_WIDGETS = {
    MeetingType.ASSEMBLY: "typeAssembly", MeetingType.COMMITTEE: "typeCommittee", MeetingType.GROUP: "typeGroup",
    MeetingType.LECTURE: "typeLecture", MeetingType.THEME_DAY: "typeThemeDay",
    MeetingType.LIFE_MEETING: "typeLifeMeeting", MeetingType.APPRAISAL: "typeAppraisal",
    MeetingType.OTHER: "typeOther",
}
AUTOSAVE_MS = 3000
COL_NAME, COL_KIND, COL_PRESENT, COL_REASON, COL_TEXT = range(5)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def pdf_name(m: Meeting, kind: str = "会议记录") -> str:
    return f"{kind}_{m.date:%Y-%m-%d}_{m.primary_type.short}.pdf"


class MeetingDialog(QDialog):
    """Edit one meeting. ``meetings``, ``branch``, ``roster``, ``drafts`` are the services it needs."""

    saved = Signal(str)

    def __init__(self, meetings, branch, roster, drafts, meeting: Meeting | None = None,  # noqa: ANN001
                 parent: QWidget | None = None, *, today: dt.date | None = None, audit=None):  # noqa: ANN001
        super().__init__(parent)
        self.meetings, self.branch, self.roster, self.drafts = meetings, branch, roster, drafts
        self.audit = audit if audit is not None else getattr(meetings, "audit", None)
        self.today = today or clock.today()
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.ui.saveButton.setProperty("primary", True)
        self._loading = False
        self.dirty = False
        self.meeting = meeting or meetings.new_meeting([MeetingType.COMMITTEE], self.today)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave_now)
        self._setup_widgets()
        self._connect()
        self.load(self.meeting)

    # -- set-up ------------------------------------------------------------------------------------------------------
    def _type_box(self, t: MeetingType):  # noqa: ANN202
        return getattr(self.ui, TYPE_WIDGETS[t])

    def _setup_widgets(self) -> None:
        ui = self.ui
        for s in Scope:
            ui.scopeCombo.addItem(s.value, s.value)
        ui.groupCombo.addItem("（选择党小组）", None)
        for g in self.branch.groups():
            ui.groupCombo.addItem(g.name, g.uuid)
        names = [m.name for m in self.roster.members(MemberFilter())]
        for combo in (ui.hostCombo, ui.recorderCombo, ui.lecturerCombo):
            combo.addItem("")
            combo.addItems(names)
        at = ui.attendanceTable
        at.setColumnCount(5)
        at.setHorizontalHeaderLabels(["姓名", "类别", "出席", "缺席原因", "说明"])
        at.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        at.verticalHeader().setVisible(False)
        vt = ui.votesTable
        vt.setColumnCount(5)
        vt.setHorizontalHeaderLabels(["表决事项", "赞成", "反对", "弃权", "结果"])
        vt.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        vt.verticalHeader().setVisible(False)
        amt = ui.amendmentsTable
        amt.setColumnCount(6)
        amt.setHorizontalHeaderLabels(["日期", "项目", "原内容", "更正为", "原因", "登记人"])
        amt.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        amt.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        amt.verticalHeader().setVisible(False)
        for label in (ui.typesHint, ui.minutesHint, ui.attachmentsHint, ui.amendmentsHint):
            label.setProperty("role", "hint")
        # 修改记录: who finalised the record and every change after that (services.audit), for finalised records
        self.history = None
        if self.audit is not None:
            from dangjian_desktop.ui.widgets.history_widget import HistoryWidget

            self.history = HistoryWidget(self.audit, parent=ui.historyTab)
            ui.historyLayout.addWidget(self.history)
        self._reload_templates()

    def _reload_templates(self) -> None:
        self.ui.templateCombo.clear()
        self._templates: list[AgendaTemplate] = self.meetings.templates()
        for t in self._templates:
            self.ui.templateCombo.addItem(t.name)

    def _connect(self) -> None:
        ui = self.ui
        for t in MeetingType:
            self._type_box(t).toggled.connect(self._types_changed)
        for w in (ui.titleEdit, ui.placeEdit, ui.lectureTopicEdit, ui.observersEdit):
            w.textChanged.connect(self.changed)
        for combo in (ui.hostCombo, ui.recorderCombo, ui.lecturerCombo):
            combo.currentTextChanged.connect(self.changed)
        ui.dateEdit.dateChanged.connect(self._roster_basis_changed)
        ui.scopeCombo.currentIndexChanged.connect(self._roster_basis_changed)
        ui.groupCombo.currentIndexChanged.connect(self._roster_basis_changed)
        ui.startTimeEdit.timeChanged.connect(self.changed)
        ui.endTimeEdit.timeChanged.connect(self.changed)
        ui.minutesEdit.textChanged.connect(self.changed)
        ui.resolutionsEdit.textChanged.connect(self.changed)
        ui.attendanceTable.itemChanged.connect(self.changed)
        ui.allPresentButton.clicked.connect(self.mark_all_present)
        ui.regenerateButton.clicked.connect(lambda: self.regenerate_attendees(keep=True))
        ui.agendaList.currentRowChanged.connect(self._agenda_row_changed)
        ui.itemTitleEdit.textEdited.connect(self._agenda_item_edited)
        ui.firstTopicCheck.toggled.connect(self._agenda_item_edited)
        ui.itemNoteEdit.textChanged.connect(self._agenda_item_edited)
        ui.addItemButton.clicked.connect(lambda: self.add_agenda_item(AgendaItem("新议题")))
        ui.removeItemButton.clicked.connect(self.remove_agenda_item)
        ui.upButton.clicked.connect(lambda: self.move_agenda_item(-1))
        ui.downButton.clicked.connect(lambda: self.move_agenda_item(1))
        ui.applyTemplateButton.clicked.connect(self.apply_template)
        ui.saveTemplateButton.clicked.connect(self.save_as_template)
        ui.addVoteButton.clicked.connect(lambda: self.add_vote(Vote("")))
        ui.removeVoteButton.clicked.connect(self.remove_vote)
        ui.votesTable.itemChanged.connect(self.changed)
        ui.addAttachmentButton.clicked.connect(self.add_attachments)
        ui.openAttachmentButton.clicked.connect(self.open_attachment)
        ui.attachmentList.itemDoubleClicked.connect(lambda _item: self.open_attachment())
        ui.removeAttachmentButton.clicked.connect(self.remove_attachment)
        ui.amendButton.clicked.connect(self.amend)
        ui.saveButton.clicked.connect(self._save_and_close)
        ui.finaliseButton.clicked.connect(self.finalise)
        ui.cancelButton.clicked.connect(self.reject)
        ui.printButton.clicked.connect(self.print_minutes)
        ui.pdfButton.clicked.connect(self.export_minutes)
        ui.signinButton.clicked.connect(self.print_signin)

    # -- loading ------------------------------------------------------------------------------------------------------
    @property
    def draft_key(self) -> str:
        return f"meeting:{self.meeting.uuid or 'new'}"

    def load(self, m: Meeting) -> None:
        self._loading = True
        ui = self.ui
        try:
            self.meeting = m
            for t in MeetingType:
                self._type_box(t).setChecked(t in m.types)
            ui.titleEdit.setText(m.title)
            ui.dateEdit.setDate(_qdate(m.date))
            ui.startTimeEdit.setTime(QTime(m.start_time.hour, m.start_time.minute) if m.start_time else QTime(14, 30))
            ui.endTimeEdit.setTime(QTime(m.end_time.hour, m.end_time.minute) if m.end_time else QTime(16, 0))
            ui.placeEdit.setText(m.place)
            ui.hostCombo.setCurrentText(m.host)
            ui.recorderCombo.setCurrentText(m.recorder)
            ui.lecturerCombo.setCurrentText(m.lecturer)
            ui.lectureTopicEdit.setText(m.lecture_topic)
            ui.scopeCombo.setCurrentIndex(max(0, ui.scopeCombo.findData(m.scope.value)))
            gi = ui.groupCombo.findData(m.group_uuid) if m.group_uuid else 0
            ui.groupCombo.setCurrentIndex(max(0, gi))
            ui.observersEdit.setText(m.observers)
            self._fill_attendance(m.attendees)
            ui.agendaList.clear()
            for item in m.agenda:
                self._append_agenda(item)
            if m.agenda:
                ui.agendaList.setCurrentRow(0)
            ui.minutesEdit.setPlainText(m.minutes)
            ui.resolutionsEdit.setPlainText(m.resolutions)
            ui.votesTable.setRowCount(0)
            for v in m.votes:
                self.add_vote(v, mark=False)
            self._fill_attachments()
            self._fill_amendments()
        finally:
            self._loading = False
        self.dirty = False
        self._apply_lock()
        self._types_visible()
        self.refresh_rules()

    def restore_draft(self, payload: dict) -> None:
        """Put an autosaved draft back into the form (the record keeps its identity and attachments)."""
        draft = meeting_from_dict(payload)
        draft.uuid = self.meeting.uuid
        draft.status = self.meeting.status
        draft.attachments = self.meeting.attachments
        draft.amendments = self.meeting.amendments
        self.load(draft)
        self.dirty = True

    # -- attendance ---------------------------------------------------------------------------------------------------
    def _fill_attendance(self, people: list[Attendee]) -> None:
        t = self.ui.attendanceTable
        was = self._loading
        self._loading = True
        t.setRowCount(0)
        t.setRowCount(len(people))
        for r, a in enumerate(people):
            name = QTableWidgetItem(a.name)
            name.setData(Qt.ItemDataRole.UserRole, (a.member_uuid, a.has_vote))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            kind = QTableWidgetItem("正式党员" if a.has_vote else "预备党员")
            kind.setFlags(kind.flags() & ~Qt.ItemFlag.ItemIsEditable)
            present = QTableWidgetItem("到会")
            present.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            present.setCheckState(Qt.CheckState.Checked if a.present else Qt.CheckState.Unchecked)
            t.setItem(r, COL_NAME, name)
            t.setItem(r, COL_KIND, kind)
            t.setItem(r, COL_PRESENT, present)
            combo = QComboBox()
            combo.addItem("", "")
            for reason in AbsenceReason:
                combo.addItem(reason.value, reason.value)
            combo.setCurrentIndex(max(0, combo.findData(a.reason.value if a.reason else "")))
            combo.currentIndexChanged.connect(self.changed)
            t.setCellWidget(r, COL_REASON, combo)
            t.setItem(r, COL_TEXT, QTableWidgetItem(a.reason_text))
        t.resizeColumnsToContents()
        t.setColumnWidth(COL_REASON, max(t.columnWidth(COL_REASON), 110))
        t.horizontalHeader().setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self._loading = was

    def attendees(self) -> list[Attendee]:
        t = self.ui.attendanceTable
        out = []
        for r in range(t.rowCount()):
            member_uuid, has_vote = t.item(r, COL_NAME).data(Qt.ItemDataRole.UserRole)
            present = t.item(r, COL_PRESENT).checkState() == Qt.CheckState.Checked
            combo: QComboBox = t.cellWidget(r, COL_REASON)
            reason = combo.currentData() if combo else ""
            text_item = t.item(r, COL_TEXT)
            out.append(Attendee(t.item(r, COL_NAME).text(), member_uuid, bool(has_vote), present,
                                AbsenceReason(reason) if reason and not present else None,
                                (text_item.text() if text_item else "") if not present else ""))
        return out

    def set_present(self, name: str, present: bool, reason: AbsenceReason | None = None, text: str = "") -> None:
        """Tick or untick one person (used by keyboard users via the table, and by tests)."""
        t = self.ui.attendanceTable
        for r in range(t.rowCount()):
            if t.item(r, COL_NAME).text() == name:
                t.item(r, COL_PRESENT).setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
                combo: QComboBox = t.cellWidget(r, COL_REASON)
                combo.setCurrentIndex(max(0, combo.findData(reason.value if reason else "")))
                t.item(r, COL_TEXT).setText(text)
                return
        raise KeyError(name)

    def mark_all_present(self) -> None:
        t = self.ui.attendanceTable
        for r in range(t.rowCount()):
            t.item(r, COL_PRESENT).setCheckState(Qt.CheckState.Checked)
        self.changed()

    def regenerate_attendees(self, keep: bool = True) -> None:
        """应到 from the roster as of the chosen date and scope; ticks and reasons of people still listed are kept."""
        day = _pydate(self.ui.dateEdit.date())
        scope = Scope(self.ui.scopeCombo.currentData())
        group = self.ui.groupCombo.currentData()
        fresh = self.meetings.expected_attendees(day, scope, group)
        if keep:
            old = {(a.member_uuid, a.name): a for a in self.attendees()}
            for a in fresh:
                prev = old.get((a.member_uuid, a.name))
                if prev is not None:
                    a.present, a.reason, a.reason_text = prev.present, prev.reason, prev.reason_text
        self._fill_attendance(fresh)
        self.changed()

    def _roster_basis_changed(self) -> None:
        if self._loading:
            return
        self.ui.groupCombo.setEnabled(self.ui.scopeCombo.currentData() == Scope.GROUP.value and not self.locked)
        if not self.locked:
            self.regenerate_attendees(keep=True)

    def _types_changed(self) -> None:
        if self._loading:
            return
        types = self.selected_types()
        if self.meeting.uuid is None and not self.dirty_attendance():
            wanted = (Scope.GROUP if MeetingType.GROUP in types else
                      Scope.COMMITTEE if types == [MeetingType.COMMITTEE] else Scope.BRANCH)
            if wanted.value != self.ui.scopeCombo.currentData():
                self.ui.scopeCombo.setCurrentIndex(self.ui.scopeCombo.findData(wanted.value))
        self._types_visible()
        self.changed()

    def dirty_attendance(self) -> bool:
        return any(not a.present for a in self.attendees())

    def _types_visible(self) -> None:
        lecture = self.ui.typeLecture.isChecked()
        for w in (self.ui.lecturerLabel, self.ui.lecturerCombo, self.ui.lectureTopicLabel, self.ui.lectureTopicEdit):
            w.setVisible(lecture)
        self.ui.groupCombo.setEnabled(self.ui.scopeCombo.currentData() == Scope.GROUP.value and not self.locked)

    # -- agenda -------------------------------------------------------------------------------------------------------
    @staticmethod
    def _agenda_text(item: AgendaItem) -> str:
        return ("【第一议题】" if item.first_topic else "") + item.title

    def _append_agenda(self, item: AgendaItem, row: int | None = None) -> None:
        li = QListWidgetItem(self._agenda_text(item))
        li.setData(Qt.ItemDataRole.UserRole, (item.title, item.first_topic, item.note))
        if row is None:
            self.ui.agendaList.addItem(li)
        else:
            self.ui.agendaList.insertItem(row, li)

    def agenda(self) -> list[AgendaItem]:
        out = []
        for i in range(self.ui.agendaList.count()):
            title, first, note = self.ui.agendaList.item(i).data(Qt.ItemDataRole.UserRole)
            out.append(AgendaItem(title, first, note))
        return out

    def add_agenda_item(self, item: AgendaItem) -> None:
        self._append_agenda(item)
        self.ui.agendaList.setCurrentRow(self.ui.agendaList.count() - 1)
        self.ui.itemTitleEdit.setFocus()
        self.ui.itemTitleEdit.selectAll()
        self.changed()

    def remove_agenda_item(self) -> None:
        row = self.ui.agendaList.currentRow()
        if row >= 0:
            self.ui.agendaList.takeItem(row)
            self.changed()

    def move_agenda_item(self, delta: int) -> None:
        row = self.ui.agendaList.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.ui.agendaList.count():
            return
        item = self.ui.agendaList.takeItem(row)
        self.ui.agendaList.insertItem(target, item)
        self.ui.agendaList.setCurrentRow(target)
        self.changed()

    def _agenda_row_changed(self, row: int) -> None:
        was = self._loading
        self._loading = True
        try:
            item = self.ui.agendaList.item(row) if row >= 0 else None
            title, first, note = item.data(Qt.ItemDataRole.UserRole) if item else ("", False, "")
            self.ui.itemTitleEdit.setText(title)
            self.ui.firstTopicCheck.setChecked(first)
            self.ui.itemNoteEdit.setPlainText(note)
            for w in (self.ui.itemTitleEdit, self.ui.firstTopicCheck, self.ui.itemNoteEdit):
                w.setEnabled(item is not None and not self.locked)
        finally:
            self._loading = was

    def _agenda_item_edited(self) -> None:
        if self._loading:
            return
        item = self.ui.agendaList.currentItem()
        if item is None:
            return
        data = (self.ui.itemTitleEdit.text(), self.ui.firstTopicCheck.isChecked(), self.ui.itemNoteEdit.toPlainText())
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setText(self._agenda_text(AgendaItem(*data)))
        self.changed()

    def apply_template(self) -> None:
        i = self.ui.templateCombo.currentIndex()
        if i < 0:
            return
        has_first = any(a.first_topic for a in self.agenda())
        for item in self._templates[i].items:
            if item.first_topic and not has_first:
                self._append_agenda(AgendaItem(item.title, True, item.note), row=0)
                has_first = True
            else:
                self._append_agenda(AgendaItem(item.title, False, item.note))
        self.ui.agendaList.setCurrentRow(0)
        self.changed()

    def save_as_template(self) -> None:
        items = self.agenda()
        if not items:
            show_error(self, "请先添加议题，再存为模板。")
            return
        name, ok = QInputDialog.getText(self, "存为议题模板", "模板名称：")
        if not ok:
            return
        try:
            self.meetings.save_template(AgendaTemplate(name, items))
        except DomainError as exc:
            show_error(self, exc)
            return
        self._reload_templates()

    # -- votes ----------------------------------------------------------------------------------------------------------
    def add_vote(self, v: Vote, mark: bool = True) -> None:
        t = self.ui.votesTable
        was = self._loading
        self._loading = True  # the row is complete only after its spin boxes exist
        r = t.rowCount()
        t.insertRow(r)
        t.setItem(r, 0, QTableWidgetItem(v.subject))
        for c, value in ((1, v.yes), (2, v.no), (3, v.abstain)):
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.setValue(value)
            spin.valueChanged.connect(self.changed)
            t.setCellWidget(r, c, spin)
        result = QTableWidgetItem("")
        result.setFlags(result.flags() & ~Qt.ItemFlag.ItemIsEditable)
        t.setItem(r, 4, result)
        self._loading = was
        if mark:
            t.setCurrentCell(r, 0)
            self.changed()

    def remove_vote(self) -> None:
        r = self.ui.votesTable.currentRow()
        if r >= 0:
            self.ui.votesTable.removeRow(r)
            self.changed()

    def votes(self) -> list[Vote]:
        t = self.ui.votesTable
        out = []
        for r in range(t.rowCount()):
            subject = t.item(r, 0).text() if t.item(r, 0) else ""
            yes, no, abstain = (t.cellWidget(r, c).value() for c in (1, 2, 3))
            out.append(Vote(subject, yes, no, abstain))
        return out

    def set_vote(self, row: int, subject: str, yes: int, no: int, abstain: int) -> None:
        t = self.ui.votesTable
        t.item(row, 0).setText(subject)
        for c, v in ((1, yes), (2, no), (3, abstain)):
            t.cellWidget(row, c).setValue(v)

    # -- the record as typed --------------------------------------------------------------------------------------------
    def selected_types(self) -> list[MeetingType]:
        return [t for t in MeetingType if self._type_box(t).isChecked()]

    def collect(self) -> Meeting:
        ui = self.ui
        lecture = ui.typeLecture.isChecked()
        st, et = ui.startTimeEdit.time(), ui.endTimeEdit.time()
        scope = Scope(ui.scopeCombo.currentData())
        m = Meeting(
            types=self.selected_types(), date=_pydate(ui.dateEdit.date()), title=ui.titleEdit.text(),
            start_time=dt.time(st.hour(), st.minute()), end_time=dt.time(et.hour(), et.minute()),
            place=ui.placeEdit.text(), host=ui.hostCombo.currentText().strip(),
            recorder=ui.recorderCombo.currentText().strip(),
            lecturer=ui.lecturerCombo.currentText().strip() if lecture else "",
            lecture_topic=ui.lectureTopicEdit.text() if lecture else "", scope=scope,
            group_uuid=ui.groupCombo.currentData() if scope is Scope.GROUP else None,
            group_name=ui.groupCombo.currentText() if scope is Scope.GROUP and ui.groupCombo.currentData() else "",
            attendees=self.attendees(), observers=ui.observersEdit.text(), agenda=self.agenda(),
            minutes=ui.minutesEdit.toPlainText(), resolutions=ui.resolutionsEdit.toPlainText(), votes=self.votes(),
        )
        m.uuid, m.status = self.meeting.uuid, self.meeting.status
        m.attachments, m.amendments = self.meeting.attachments, self.meeting.amendments
        m.finalized_at = self.meeting.finalized_at
        return m

    def changed(self, *_args: object) -> None:
        if self._loading:
            return
        if not self.locked:
            self.dirty = True
            self._autosave.start()
        self.refresh_rules()

    def refresh_rules(self) -> None:
        """Show every rule the record breaks right now — never silently."""
        m = self.collect()
        issues = self.meetings.check(m, self.today)
        if self.locked:
            issues = []
        lines = []
        for i in issues:
            color = PARTY_RED if i.severity is Severity.ERROR else "#A0522D"
            mark = "✖" if i.severity is Severity.ERROR else "⚠"
            lines.append(f'<span style="color:{color}">{mark} {i.message}</span>')
        self.ui.issuesLabel.setText("<br>".join(lines))
        self.ui.issuesLabel.setVisible(bool(lines))
        self.issues = issues
        absent = len(m.absent)
        self.ui.countsLabel.setText(
            f"应到 {m.expected} 人（正式党员 {m.voting_expected} 人），实到 {len(m.present)} 人，缺席 {absent} 人"
            + (f"；到会有表决权 {m.voting_present} 人" if m.voting_expected != m.expected else ""))
        ve, vp = m.voting_expected, m.voting_present
        quorum = quorum_met(vp, ve)
        info = (f"应到会有表决权的正式党员 {ve} 人，实到 {vp} 人（预备党员没有表决权）。"
                f"赞成票须超过 {ve // 2} 票（应到会有表决权党员的半数）方为通过。")
        if MeetingType.ASSEMBLY in m.types and not quorum:
            info += f'<br><span style="color:{PARTY_RED}">到会的正式党员未超过半数，本次党员大会不能进行表决。</span>'
        self.ui.voteInfoLabel.setText(info)
        t = self.ui.votesTable
        was = self._loading
        self._loading = True
        for r, v in enumerate(m.votes):
            item = t.item(r, 4)
            if item is not None:
                item.setText("通过" if motion_passes(v.yes, ve) else "未通过")
        self._loading = was
        blocking = [i for i in issues if i.severity is Severity.ERROR]
        self.ui.saveButton.setEnabled(not self.locked and not blocking)

    # -- lock ---------------------------------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.meeting.is_final

    def _apply_lock(self) -> None:
        ui = self.ui
        locked = self.locked
        for w in (ui.typesBox, ui.titleEdit, ui.dateEdit, ui.startTimeEdit, ui.endTimeEdit, ui.placeEdit,
                  ui.hostCombo, ui.recorderCombo, ui.lecturerCombo, ui.lectureTopicEdit, ui.scopeCombo,
                  ui.groupCombo, ui.allPresentButton, ui.regenerateButton, ui.observersEdit, ui.addItemButton,
                  ui.removeItemButton, ui.upButton, ui.downButton, ui.itemTitleEdit, ui.firstTopicCheck,
                  ui.itemNoteEdit, ui.applyTemplateButton, ui.addVoteButton, ui.removeVoteButton,
                  ui.removeAttachmentButton):
            w.setEnabled(not locked)
        self._lock_tables(locked)
        ui.minutesEdit.setReadOnly(locked)
        ui.resolutionsEdit.setReadOnly(locked)
        ui.finaliseButton.setVisible(not locked)
        ui.saveButton.setVisible(not locked)
        ui.amendButton.setEnabled(locked)
        ui.cancelButton.setText("关闭")
        m = self.meeting
        if locked:
            when = m.finalized_at.replace(tzinfo=dt.UTC).astimezone() if m.finalized_at else None
            ui.statusLabel.setText(f"已定稿{f'（{when:%Y-%m-%d %H:%M}）' if when else ''}：记录已锁定。"
                                   "如需更正，请到“更正记录”页登记更正，原记录会保留。")
            ui.statusLabel.setProperty("role", "warning")
        elif m.uuid:
            ui.statusLabel.setText("草稿：可以随时修改。会议开完、记录核对无误后请“定稿”。")
            ui.statusLabel.setProperty("role", "hint")
        else:
            ui.statusLabel.setText("新的会议记录。应到名单按所选日期的党员名册生成；编辑过程中会自动保存草稿。")
            ui.statusLabel.setProperty("role", "hint")
        repolish(ui.statusLabel)
        title = f"{m.types_text or '会议'} {m.date:%Y-%m-%d}" if m.uuid else "新建会议记录"
        self.setWindowTitle(f"会议记录 — {title}")
        ui.tabs.setTabText(ui.tabs.indexOf(ui.attachmentsTab), f"附件（{len(m.attachments)}）")
        ui.tabs.setTabText(ui.tabs.indexOf(ui.amendmentsTab), f"更正记录（{len(m.amendments)}）")
        history_index = ui.tabs.indexOf(ui.historyTab)
        ui.tabs.setTabVisible(history_index, locked and self.history is not None)
        if self.history is not None:
            self.history.set_record(m.uuid if locked else None)
            ui.tabs.setTabText(history_index, f"修改记录（{len(self.history.entries)}）")

    def _lock_tables(self, locked: bool) -> None:
        """A locked record stays readable (not greyed out): cells just stop being editable."""
        at = self.ui.attendanceTable
        for r in range(at.rowCount()):
            for c in (COL_PRESENT, COL_TEXT):
                item = at.item(r, c)
                if item is None:
                    continue
                flags = item.flags()
                editable = Qt.ItemFlag.ItemIsUserCheckable if c == COL_PRESENT else Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags & ~editable if locked else flags | editable)
            combo = at.cellWidget(r, COL_REASON)
            if combo is not None:
                combo.setEnabled(not locked)
        vt = self.ui.votesTable
        for r in range(vt.rowCount()):
            if vt.item(r, 0) is not None:
                flags = vt.item(r, 0).flags()
                vt.item(r, 0).setFlags(flags & ~Qt.ItemFlag.ItemIsEditable if locked
                                       else flags | Qt.ItemFlag.ItemIsEditable)
            for c in (1, 2, 3):
                spin = vt.cellWidget(r, c)
                if spin is not None:
                    spin.setReadOnly(locked)

    # -- saving -------------------------------------------------------------------------------------------------------
    def autosave_now(self) -> None:
        if not self.dirty or self.locked:
            return
        m = self.collect()
        title = f"{m.types_text or '会议'} {m.date:%Y-%m-%d} 会议记录"
        try:
            self.drafts.save(self.draft_key, title, meeting_to_dict(m))
        except OSError:
            pass  # autosave is a safety net: a full disk must not interrupt typing

    def save(self) -> bool:
        """Save as a draft; True on success. Errors are shown, nothing typed is lost."""
        if self.locked:
            return True
        old_key = self.draft_key
        try:
            saved = self.meetings.save(self.collect(), self.today)
        except DomainError as exc:
            show_error(self, exc, "无法保存")
            return False
        self._autosave.stop()
        self.drafts.discard(old_key)
        self.meeting = saved
        self.drafts.discard(self.draft_key)
        self.load(saved)
        self.saved.emit(saved.uuid or "")
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def finalise(self, *, ask: bool = True) -> bool:
        if ask and not confirm(self, "定稿后记录将被锁定，不能再直接修改，之后发现错漏只能登记更正。\n确定定稿吗？",
                               "定稿", "定稿"):
            return False
        if (self.dirty or not self.meeting.uuid) and not self.save():
            return False
        try:
            final = self.meetings.finalise(self.meeting.uuid or "", self.today)
        except DomainError as exc:
            show_error(self, exc, "还不能定稿")
            return False
        self.load(final)
        self.saved.emit(final.uuid or "")
        return True

    def amend(self) -> None:
        dlg = AmendmentDialog(self.meetings, self.meeting, self, today=self.today)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.result_meeting is not None:
            self.load(dlg.result_meeting)
            self.saved.emit(self.meeting.uuid or "")

    def reject(self) -> None:
        if self.dirty and not self.locked:
            if not confirm(self, "有尚未保存的修改。确定关闭吗？\n（编辑内容已自动保存为草稿，下次打开时可以恢复。）",
                           "关闭", "关闭"):
                return
            self.autosave_now()
        self._autosave.stop()
        super().reject()

    # -- attachments --------------------------------------------------------------------------------------------------
    def _fill_attachments(self) -> None:
        lst = self.ui.attachmentList
        lst.clear()
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for att in self.meeting.attachments:
            path = self.meetings.attachment_path(att)
            icon = file_icon
            if att.is_image and path.exists():
                pix = QPixmap(str(path))
                if not pix.isNull():
                    icon = QIcon(pix.scaled(QSize(120, 120), Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
            item = QListWidgetItem(icon, att.name)
            item.setData(Qt.ItemDataRole.UserRole, att.uuid)
            item.setToolTip(f"{att.name}（{att.size / 1024:.0f} KB）")
            lst.addItem(item)

    def add_attachments(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, "添加照片或扫描件", "",
                                                    "图片和文档 (*.jpg *.jpeg *.png *.bmp *.gif *.pdf *.doc *.docx);;"
                                                    "所有文件 (*)")
        if not paths:
            return
        if not self.meeting.uuid and not self.save():
            return
        try:
            for p in paths:
                self.meetings.add_attachment(self.meeting.uuid, Path(p))
        except DomainError as exc:
            show_error(self, exc, "无法添加附件")
        self._reload_attachments()

    def _reload_attachments(self) -> None:
        fresh = self.meetings.get(self.meeting.uuid)
        self.meeting.attachments = fresh.attachments
        self._fill_attachments()
        self._apply_lock()

    def _current_attachment(self):  # noqa: ANN202
        item = self.ui.attachmentList.currentItem()
        if item is None:
            return None
        uuid = item.data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.meeting.attachments if a.uuid == uuid), None)

    def open_attachment(self) -> None:
        att = self._current_attachment()
        if att is None:
            return
        path = self.meetings.attachment_path(att)
        if not path.exists():
            show_error(self, f"附件文件不见了：{path}")
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_attachment(self) -> None:
        att = self._current_attachment()
        if att is None or not confirm(self, f"从本次会议中移除附件“{att.name}”？", "移除附件", "移除"):
            return
        try:
            self.meetings.remove_attachment(self.meeting.uuid, att.uuid)
        except DomainError as exc:
            show_error(self, exc)
        self._reload_attachments()

    def _fill_amendments(self) -> None:
        t = self.ui.amendmentsTable
        t.setRowCount(len(self.meeting.amendments))
        for r, a in enumerate(self.meeting.amendments):
            for c, v in enumerate((a.made_on.isoformat(), a.field, a.old_value, a.new_value, a.reason, a.who)):
                t.setItem(r, c, QTableWidgetItem(v))
        t.resizeRowsToContents()

    # -- print ----------------------------------------------------------------------------------------------------------
    def _ready_to_print(self) -> bool:
        if self.locked and self.meeting.uuid:
            return True
        if self.dirty or not self.meeting.uuid:
            return self.save()
        return True

    def print_minutes(self) -> None:
        if self._ready_to_print():
            uuid = self.meeting.uuid
            printing.make_and_preview(self, "会议记录", lambda p: self.meetings.minutes_pdf(uuid, p),
                                      pdf_name(self.meeting))

    def export_minutes(self) -> None:
        if self._ready_to_print():
            uuid = self.meeting.uuid
            printing.export_pdf(self, lambda p: self.meetings.minutes_pdf(uuid, p), pdf_name(self.meeting))

    def print_signin(self) -> None:
        if self._ready_to_print():
            uuid = self.meeting.uuid
            printing.make_and_preview(self, "签到表", lambda p: self.meetings.signin_pdf(uuid, p),
                                      pdf_name(self.meeting, "签到表"))


class AmendmentDialog(QDialog):
    """登记更正: field, the corrected text, reason and date; the service keeps the original."""

    def __init__(self, meetings, meeting: Meeting, parent: QWidget | None = None, *,  # noqa: ANN001
                 today: dt.date | None = None):
        super().__init__(parent)
        self.meetings = meetings
        self.meeting = meeting
        self.result_meeting: Meeting | None = None
        self.ui = Ui_AmendmentDialog()
        self.ui.setupUi(self)
        self.ui.hintLabel.setProperty("role", "hint")
        self.ui.fieldCombo.addItems(list(AMENDABLE_FIELDS))
        self.ui.dateEdit.setDate(_qdate(today or clock.today()))
        self.ui.fieldCombo.currentTextChanged.connect(self._field_changed)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._field_changed(self.ui.fieldCombo.currentText())

    def _field_changed(self, field: str) -> None:
        current = self.meetings.current_value(self.meeting, field)
        self.ui.oldEdit.setPlainText(current)
        self.ui.newEdit.setPlainText(current)

    def accept(self) -> None:
        try:
            self.result_meeting = self.meetings.amend(self.meeting.uuid, self.ui.fieldCombo.currentText(),
                                                      self.ui.newEdit.toPlainText(), self.ui.reasonEdit.text(),
                                                      _pydate(self.ui.dateEdit.date()))
        except DomainError as exc:
            show_error(self, exc, "无法登记更正")
            return
        super().accept()
