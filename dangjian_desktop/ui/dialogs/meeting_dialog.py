"""The meeting editor: every field of a record, the rules shown live while typing, autosaved drafts, 定稿 and
dated amendments, attachments with thumbnails, print and PDF.

Built on the UI kit (ui/widgets: Dialog, AttachmentsWidget, ServiceCall); its tabs are parts of their own:
meeting_attendance (出席情况), meeting_agenda (议题), meeting_votes (表决), meeting_amendments (更正记录).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QTime, QTimer, Signal
from PySide6.QtWidgets import QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.checks import Severity
from dangjian_desktop.domain.meetings import (
    AbsenceReason,
    AgendaItem,
    Attendee,
    Meeting,
    MeetingType,
    Scope,
    Vote,
    meeting_from_dict,
    meeting_to_dict,
    quorum_met,
)
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.ui import messages, printing, theme
from dangjian_desktop.ui.dialogs.first_topic_dialog import LedgerButton, install_beside
from dangjian_desktop.ui.dialogs.meeting_agenda import AgendaEditor
from dangjian_desktop.ui.dialogs.meeting_amendments import (
    AmendmentDialog,
    fill_amendments_table,
    setup_amendments_table,
)
from dangjian_desktop.ui.dialogs.meeting_attendance import AttendanceEditor
from dangjian_desktop.ui.dialogs.meeting_votes import VotesEditor
from dangjian_desktop.ui.forms.ui_meeting_dialog import Ui_MeetingDialog
from dangjian_desktop.ui.theme import PARTY_RED
from dangjian_desktop.ui.widgets.attachments import FileEntry
from dangjian_desktop.ui.widgets.dialogs import Dialog
from dangjian_desktop.ui.widgets.operations import ServiceCall, attempt
from dangjian_desktop.ui.widgets.styling import repolish
from dangjian_desktop.ui.widgets.wiring import set_enabled

__all__ = ["AgendaItem", "AmendmentDialog", "MeetingDialog", "Vote", "pdf_name"]

TYPE_WIDGETS = {
    MeetingType.ASSEMBLY: "typeAssembly", MeetingType.COMMITTEE: "typeCommittee", MeetingType.GROUP: "typeGroup",
    MeetingType.LECTURE: "typeLecture", MeetingType.THEME_DAY: "typeThemeDay",
    MeetingType.LIFE_MEETING: "typeLifeMeeting", MeetingType.APPRAISAL: "typeAppraisal",
    MeetingType.OTHER: "typeOther",
}
AUTOSAVE_MS = 3000
ISSUE_LINES_SHOWN = 4  # more warnings than this scroll, so the buttons below stay on a small screen


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def pdf_name(m: Meeting, kind: str = "会议记录") -> str:
    return f"{kind}_{m.date:%Y-%m-%d}_{m.primary_type.short}.pdf"


class MeetingDialog(Dialog):
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
        self.ui.saveButton.setToolTip("保存为草稿（Ctrl+S）")
        self._loading = False
        self.dirty = False
        self.issues: list = []
        self.meeting = meeting or meetings.new_meeting([MeetingType.COMMITTEE], self.today)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave_now)
        self.attendance = AttendanceEditor(self.ui.attendanceTable, self)
        self.agenda_editor = AgendaEditor(self.ui, meetings, self)
        self.votes_editor = VotesEditor(self.ui.votesTable, self)
        self.attachments = self.ui.attachmentsWidget
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
        setup_amendments_table(ui.amendmentsTable)
        for label in (ui.typesHint, ui.minutesHint, ui.attachmentsHint, ui.amendmentsHint):
            label.setProperty("role", "hint")
        line = ui.issuesLabel.fontMetrics().lineSpacing()
        ui.issuesScroll.setMaximumHeight(line * ISSUE_LINES_SHOWN + 8)
        # 修改记录: who finalised the record and every change after that (services.audit), for finalised records
        self.history = None
        if self.audit is not None:
            from dangjian_desktop.ui.widgets.history_widget import HistoryWidget

            self.history = HistoryWidget(self.audit, parent=ui.historyTab)
            ui.historyLayout.addWidget(self.history)
        theme.polish_roles(self)

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
        for part in (self.attendance, self.agenda_editor, self.votes_editor):
            part.changed.connect(self.changed)
        ui.allPresentButton.clicked.connect(self.mark_all_present)
        ui.regenerateButton.clicked.connect(lambda: self.regenerate_attendees(keep=True))
        # the 第一议题学习台账 of the study item (a small dialog of its own: ui/dialogs/first_topic_dialog.py)
        self.ledgerButton = LedgerButton(ui.agendaList, ui.firstTopicCheck, self._ledger_context, self.changed, self)
        install_beside(ui.itemForm, ui.firstTopicCheck, self.ledgerButton)
        ui.addVoteButton.clicked.connect(lambda: self.add_vote(Vote("")))
        ui.removeVoteButton.clicked.connect(self.votes_editor.remove_current)
        self.attachments.filesChosen.connect(self.add_attachments)
        self.attachments.removeRequested.connect(lambda entry: self.remove_attachment(entry.key))
        ui.amendButton.clicked.connect(self.amend)
        ui.saveButton.clicked.connect(self._save_and_close)
        ui.finaliseButton.clicked.connect(self.finalise)
        ui.cancelButton.clicked.connect(self.reject)
        ui.printButton.clicked.connect(self.print_minutes)
        ui.pdfButton.clicked.connect(self.export_minutes)
        ui.signinButton.clicked.connect(self.print_signin)

    def save_shortcut(self) -> None:
        """Ctrl+S saves the draft and keeps the editor open."""
        if not self.locked:
            self.save()

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
            self.attendance.fill(m.attendees)
            self.agenda_editor.fill(m.agenda)
            ui.minutesEdit.setPlainText(m.minutes)
            ui.resolutionsEdit.setPlainText(m.resolutions)
            self.votes_editor.fill(m.votes)
            self._fill_attachments()
            fill_amendments_table(ui.amendmentsTable, m.amendments)
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
    def attendees(self) -> list[Attendee]:
        return self.attendance.attendees()

    def set_present(self, name: str, present: bool, reason: AbsenceReason | None = None, text: str = "") -> None:
        """Tick or untick one person (used by keyboard users via the table, and by tests)."""
        self.attendance.set_present(name, present, reason, text)

    def mark_all_present(self) -> None:
        self.attendance.mark_all_present()

    def regenerate_attendees(self, keep: bool = True) -> None:
        """应到 from the roster as of the chosen date and scope; ticks and reasons of people still listed are kept."""
        day = _pydate(self.ui.dateEdit.date())
        scope = Scope(self.ui.scopeCombo.currentData())
        group = self.ui.groupCombo.currentData()
        fresh = self.meetings.expected_attendees(day, scope, group)
        self.attendance.fill(self.attendance.merge(fresh) if keep else fresh)
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
        if self.meeting.uuid is None and not self.attendance.any_absent():
            wanted = (Scope.GROUP if MeetingType.GROUP in types else
                      Scope.COMMITTEE if types == [MeetingType.COMMITTEE] else Scope.BRANCH)
            if wanted.value != self.ui.scopeCombo.currentData():
                self.ui.scopeCombo.setCurrentIndex(self.ui.scopeCombo.findData(wanted.value))
        self._types_visible()
        self.changed()

    def dirty_attendance(self) -> bool:
        return self.attendance.any_absent()

    def _types_visible(self) -> None:
        lecture = self.ui.typeLecture.isChecked()
        for w in (self.ui.lecturerLabel, self.ui.lecturerCombo, self.ui.lectureTopicLabel, self.ui.lectureTopicEdit):
            w.setVisible(lecture)
        self.ui.groupCombo.setEnabled(self.ui.scopeCombo.currentData() == Scope.GROUP.value and not self.locked)

    # -- agenda and votes (the parts do the work) ---------------------------------------------------------------------
    def agenda(self) -> list[AgendaItem]:
        return self.agenda_editor.items()

    def _ledger_context(self) -> tuple[str, dt.date, list[str], str]:
        """(the meeting in words, its date, who may have led the study, the item's title) for the 台账 dialog."""
        day = _pydate(self.ui.dateEdit.date())
        host = self.ui.hostCombo.currentText().strip()
        present = [a.name for a in self.attendees() if a.present]
        return (f"{day:%Y-%m-%d}　{'、'.join(t.short for t in self.selected_types())}", day,
                [n for n in dict.fromkeys([host, *present]) if n], self.ui.itemTitleEdit.text())

    def add_agenda_item(self, item: AgendaItem) -> None:
        self.agenda_editor.add_item(item)

    def apply_template(self) -> None:
        self.agenda_editor.apply_template()

    def add_vote(self, v: Vote, mark: bool = True) -> None:
        self.votes_editor.add(v, mark)

    def votes(self) -> list[Vote]:
        return self.votes_editor.votes()

    def set_vote(self, row: int, subject: str, yes: int, no: int, abstain: int) -> None:
        self.votes_editor.set_vote(row, subject, yes, no, abstain)

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
        issues = [] if self.locked else self.meetings.check(m, self.today)
        lines = []
        for i in issues:
            color = PARTY_RED if i.severity is Severity.ERROR else "#A0522D"
            mark = "✖" if i.severity is Severity.ERROR else "⚠"
            lines.append(f'<span style="color:{color}">{mark} {i.message}</span>')
        self.ui.issuesLabel.setText("<br>".join(lines))
        self.ui.issuesScroll.setVisible(bool(lines))
        self.ui.issuesLabel.setVisible(bool(lines))
        self.issues = issues
        absent = len(m.absent)
        self.ui.countsLabel.setText(
            f"应到 {m.expected} 人（正式党员 {m.voting_expected} 人），实到 {len(m.present)} 人，缺席 {absent} 人"
            + (f"；到会有表决权 {m.voting_present} 人" if m.voting_expected != m.expected else ""))
        ve, vp = m.voting_expected, m.voting_present
        info = (f"应到会有表决权的正式党员 {ve} 人，实到 {vp} 人（预备党员没有表决权）。"
                f"赞成票须超过 {ve // 2} 票（应到会有表决权党员的半数）方为通过。")
        if MeetingType.ASSEMBLY in m.types and not quorum_met(vp, ve):
            info += f'<br><span style="color:{PARTY_RED}">到会的正式党员未超过半数，本次党员大会不能进行表决。</span>'
        self.ui.voteInfoLabel.setText(info)
        self.votes_editor.show_results(ve)
        blocking = [i for i in issues if i.severity is Severity.ERROR]
        self.ui.saveButton.setEnabled(not self.locked and not blocking)

    # -- lock ---------------------------------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.meeting.is_final

    def _apply_lock(self) -> None:
        ui = self.ui
        locked = self.locked
        set_enabled(not locked, ui.typesBox, ui.titleEdit, ui.dateEdit, ui.startTimeEdit, ui.endTimeEdit, ui.placeEdit,
                    ui.hostCombo, ui.recorderCombo, ui.lecturerCombo, ui.lectureTopicEdit, ui.scopeCombo, ui.groupCombo,
                    ui.allPresentButton, ui.regenerateButton, ui.observersEdit, ui.addVoteButton, ui.removeVoteButton)
        self.attendance.set_locked(locked)
        self.agenda_editor.set_locked(locked)
        self.votes_editor.set_locked(locked)
        self.attachments.set_read_only(locked, can_add=True)  # photos may still come after 定稿 (audited)
        self.ledgerButton.set_locked(locked)
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
            ui.statusLabel.setText("草稿：可以随时修改（Ctrl+S 保存）。会议开完、记录核对无误后请“定稿”。")
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
        ok, saved = ServiceCall(self, lambda: self.meetings.save(self.collect(), self.today), title="无法保存").run()
        if not ok:
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
        if ask and not messages.confirm(self, "定稿后记录将被锁定，不能再直接修改，之后发现错漏只能登记更正。\n"
                                              "确定定稿吗？", "定稿", "定稿"):
            return False
        if (self.dirty or not self.meeting.uuid) and not self.save():
            return False
        ok, final = ServiceCall(self, lambda: self.meetings.finalise(self.meeting.uuid or "", self.today),
                                title="还不能定稿").run()
        if not ok:
            return False
        self.load(final)
        self.saved.emit(final.uuid or "")
        return True

    def amend(self) -> None:
        dlg = AmendmentDialog(self.meetings, self.meeting, self, today=self.today)
        if dlg.exec() and dlg.result_meeting is not None:
            self.load(dlg.result_meeting)
            self.saved.emit(self.meeting.uuid or "")

    def reject(self) -> None:
        if self.dirty and not self.locked:
            if not messages.confirm(self, "有尚未保存的修改。确定关闭吗？\n（编辑内容已自动保存为草稿，下次打开时可以恢复。）",
                                    "关闭", "关闭"):
                return
            self.autosave_now()
        self._autosave.stop()
        super().reject()

    # -- attachments --------------------------------------------------------------------------------------------------
    def _fill_attachments(self) -> None:
        self.attachments.set_entries([FileEntry(a.uuid, a.name, self.meetings.attachment_path(a), a.size)
                                      for a in self.meeting.attachments])

    def add_attachments(self, paths: list[str | Path] | None = None) -> None:
        if paths is None:
            self.attachments.choose_files()  # comes back through filesChosen
            return
        if not paths:
            return
        if not self.meeting.uuid and not self.save():
            return
        uuid = self.meeting.uuid
        attempt(self, lambda: [self.meetings.add_attachment(uuid, Path(p)) for p in paths], "无法添加附件")
        self._reload_attachments()

    def _reload_attachments(self) -> None:
        fresh = self.meetings.get(self.meeting.uuid)
        self.meeting.attachments = fresh.attachments
        self._fill_attachments()
        self._apply_lock()

    def remove_attachment(self, attachment_uuid: str) -> None:
        att = next((a for a in self.meeting.attachments if a.uuid == attachment_uuid), None)
        if att is None or not messages.confirm(self, f"从本次会议中移除附件“{att.name}”？", "移除附件", "移除"):
            return
        attempt(self, lambda: self.meetings.remove_attachment(self.meeting.uuid, att.uuid))
        self._reload_attachments()

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
