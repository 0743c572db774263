"""The 换届 page: one 换届选举 from the 请示 to the higher committee's approval, in four steps (请示与批复, 候选人与监票计票,
选举大会与投票, 分工与报批), with every rule checked while typing in the panel beside them; its papers printed from
the 打印… menu; and the history of terms (历届支委会)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QListWidgetItem, QMenu, QSizePolicy, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.election_checks import Level
from dangjian_desktop.domain.elections import Election, Seat, min_candidates
from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.ui import messages, printing
from dangjian_desktop.ui.dialogs.terms_dialog import fill_terms_table
from dangjian_desktop.ui.forms.ui_elections_screen import Ui_ElectionsScreen
from dangjian_desktop.ui.screens.election_parts import CommitteeEditor, RoundsEditor, chosen_people, fill_people
from dangjian_desktop.ui.widgets.operations import attempt, call
from dangjian_desktop.ui.widgets.pinned_today import ServicesPage
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.wiring import connect_buttons, set_enabled

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

LEVEL_MARK = {Level.OK: ("✓", "#2E7D32"), Level.WARNING: ("！", "#A0522D"), Level.ERROR: ("✗", "#B22222"),
              Level.INVALID: ("✗", "#B22222")}
PAPERS = [("请示", "request", "换届选举请示.pdf"), ("选票", "ballot", "选票.pdf"), ("计票单", "tally", "计票单.pdf"),
          ("选举结果报告", "report", "选举结果报告.pdf"), ("选举大会会议记录", "minutes", "选举大会会议记录.pdf")]


def _d(d: dt.date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


class ElectionsScreen(ServicesPage):
    def __init__(self, services: Services, window: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(services, window, parent)
        self.svc = services.elections
        self.ui = ui = build_form(self, Ui_ElectionsScreen)
        self.current: Election | None = None
        self._dirty = False
        self._loading = False
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        ui.checksPanel.setMinimumWidth(260)
        # the tabs take the height the page has, never their (tall) preferred height: the word-wrapped labels give
        # the page a height-for-width, which a page scroll area honours from the children's preferred heights, so
        # 保存 and 打印 below the tabs fell off a 1366×768 screen. The steps scroll inside their own tabs.
        policy = ui.mainTabs.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        ui.mainTabs.setSizePolicy(policy)
        ui.mainTabs.setMinimumHeight(320)
        self.rounds = RoundsEditor(ui, self)
        self.committee = CommitteeEditor(ui.committeeTable, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_checks)
        menu = QMenu(self)
        for title, key, _ in PAPERS:
            menu.addAction(title, lambda key=key, title=title: self.print_paper(key, title))
        ui.printButton.setMenu(menu)
        ui.electionCombo.activated.connect(self._on_pick)
        ui.newButton.clicked.connect(self.new_election)
        ui.deleteButton.clicked.connect(self.delete_election)
        connect_buttons(ui, self, "save planMeeting openMeeting addRound addWriteIn fillCommittee approve")
        ui.templateButton.clicked.connect(self.regenerate_request)
        ui.fromMeetingButton.clicked.connect(self.figures_from_meeting)
        ui.removeRoundButton.clicked.connect(self.rounds.remove_current)
        ui.removeVoteButton.clicked.connect(self.rounds.remove_selected_vote)
        self.rounds.changed.connect(self._changed)
        self.committee.changed.connect(self._changed)
        for edit in (ui.requestNoEdit, ui.replyNoEdit, ui.delayNoEdit, ui.dueNoteEdit, ui.approvalNoEdit):
            edit.textEdited.connect(self._changed)
        ui.requestTextEdit.textChanged.connect(self._changed)
        for spin in (ui.seatsSpin, ui.newTermSpin, ui.votersDueSpin, ui.votersPresentSpin):
            spin.valueChanged.connect(self._changed)
        ui.directOfficersCheck.toggled.connect(self._changed)
        for date in (ui.requestDate, ui.replyDate, ui.delayDate, ui.officersDate, ui.reportDate, ui.approvedDate):
            date.dateChanged.connect(self._changed)
        for lst in (ui.candidatesList, ui.scrutineersList, ui.tellersList):
            lst.itemChanged.connect(self._changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        ui.saveButton.setToolTip("保存（Ctrl+S）")
        self.refresh()

    # -- page API -------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.services.branch.mode().value == "hq":  # headquarters holds many branches' records: no editor here
            self.setEnabled(False)
            self.ui.termLabel.setText("上级党委模式：各党支部的换届情况（任期届满、上次换届）见“数据交换”页的汇总。")
            return
        keep = self.current.uuid if self.current else None
        self._load_term()
        self._load_history()
        if self._dirty:
            return
        self._load_list(keep)

    def open_record(self, kind: str, uuid: str) -> None:
        self.ui.mainTabs.setCurrentWidget(self.ui.electionTab)
        if kind == "election" and uuid:
            self._load_list(uuid)
        elif kind == "branch" and self.current is None and self.services.branch.profile() is not None:
            self.new_election()

    def can_close(self) -> bool:
        return not self._dirty or messages.confirm(self, "换届选举记录有修改还没有保存。不保存就离开吗？",
                                                   ok_text="不保存，离开")

    def print_document(self) -> None:
        if self.current is not None:
            has_votes = any(r.votes for r in self.current.rounds)
            self.print_paper("report" if has_votes else "request", "选举结果报告" if has_votes else "请示")

    def export_pdf(self) -> None:
        if self.current is None or not self._saved_for_print():
            return
        key, title, name = ("report", "选举结果报告", "选举结果报告.pdf") if any(r.votes for r in self.current.rounds) \
            else ("request", "请示", "换届选举请示.pdf")
        printing.export_pdf(self, self._maker(key), name)

    # -- loading --------------------------------------------------------------------------------------------------
    def _load_term(self) -> None:
        b = self.services.branch.profile()
        if b is None or b.term_ends_on is None:
            text = "还没有填写本届支委会的选举日期（在“设置 › 支部信息”中填写）。"
        else:
            days = (b.term_ends_on - clock.today()).days
            text = f"本届支委会{_d(b.election_date)}选举产生，任期{b.term_years}年，{_d(b.term_ends_on)}届满" + (
                f"（已过{-days}天，应及时换届）" if days < 0 else f"（还有{days}天）")
        self.ui.termLabel.setText(text)

    def _load_history(self) -> None:
        fill_terms_table(self.ui.termsTable, self.svc.terms())

    def _load_list(self, select: str | None) -> None:
        combo = self.ui.electionCombo
        self._summaries = self.svc.list()
        combo.clear()
        for s in self._summaries:
            when = f"{s.held_on.year}年{s.held_on.month}月" if s.held_on else (
                f"{s.request_on.year}年（筹备）" if s.request_on else "筹备中")
            combo.addItem(f"{when}　{s.stage.value}", s.uuid)
        if not self._summaries:
            self.show_election(None)
            return
        uuids = [s.uuid for s in self._summaries]
        index = uuids.index(select) if select in uuids else 0
        combo.setCurrentIndex(index)
        self.show_election(self.svc.get(uuids[index]))

    def _on_pick(self, index: int) -> None:
        uuid = self.ui.electionCombo.itemData(index)
        if self.current and uuid == self.current.uuid:
            return
        if not self.can_close():
            self.ui.electionCombo.setCurrentIndex(self.ui.electionCombo.findData(self.current.uuid if self.current
                                                                                 else None))
            return
        self._dirty = False
        self.show_election(self.svc.get(uuid) if uuid else None)

    def _members(self) -> tuple[list, list]:
        members = self.services.roster.members(MemberFilter())
        return [m for m in members if m.category is MemberCategory.FULL], members

    def show_election(self, e: Election | None) -> None:
        ui = self.ui
        self._loading = True
        try:
            self.current = e
            ui.stepTabs.setEnabled(e is not None)
            ui.saveButton.setEnabled(e is not None)
            ui.printButton.setEnabled(e is not None and e.uuid is not None)
            ui.deleteButton.setEnabled(e is not None and e.applied_at is None)
            if e is None:
                ui.checksList.clear()
                item = QListWidgetItem("还没有换届选举记录。任期届满前约6个月，点击“开始新一次换届”准备请示。")
                ui.checksList.addItem(item)
                ui.dirtyLabel.setText("")
                return
            ui.requestDate.setDate(e.request_on)
            ui.requestNoEdit.setText(e.request_no)
            ui.seatsSpin.setValue(e.seats)
            ui.newTermSpin.setValue(e.term_years)
            ui.directOfficersCheck.setChecked(e.direct_officers)
            ui.requestTextEdit.setPlainText(e.request_text)
            ui.replyDate.setDate(e.reply_on)
            ui.replyNoEdit.setText(e.reply_no)
            ui.delayDate.setDate(e.delay_until)
            ui.delayNoEdit.setText(e.delay_no)
            full, everyone = self._members()
            fill_people(ui.candidatesList, full, e.candidates)
            fill_people(ui.scrutineersList, everyone, e.scrutineers)
            fill_people(ui.tellersList, everyone, e.tellers)
            self._show_meeting(e)
            ui.votersDueSpin.setValue(e.voters_due)
            ui.votersPresentSpin.setValue(e.voters_present)
            ui.dueNoteEdit.setText(e.due_note)
            self.rounds.load(e.rounds)
            self.committee.load(e.committee)
            ui.officersDate.setDate(e.officers_on)
            ui.reportDate.setDate(e.report_on)
            ui.approvedDate.setDate(e.approved_on)
            ui.approvalNoEdit.setText(e.approval_no)
            locked = e.applied_at is not None
            set_enabled(not locked, ui.stepRequest, ui.stepPeople, ui.stepVote, ui.committeeTable,
                        ui.fillCommitteeButton, ui.officersDate, ui.reportDate, ui.approvedDate, ui.approvalNoEdit,
                        ui.approveButton, ui.saveButton)
            self._dirty = e.uuid is None
            ui.dirtyLabel.setText("新记录，尚未保存" if e.uuid is None else
                                  "已经上级党委批准，支部信息已更新（只读）" if locked else "")
        finally:
            self._loading = False
        self.update_checks()

    def _show_meeting(self, e: Election) -> None:
        ui = self.ui
        if e.meeting_uuid:
            try:
                m = self.services.meetings.get(e.meeting_uuid)
                text = f"{_d(m.date)} {m.display_title}" + ("（计划）" if m.date > clock.today() else "")
            except DomainError:
                text = "（关联的会议记录已删除）"
        else:
            text = "尚未安排：选定日期后点击“安排选举大会”，将在“会议”中建立一次支部党员大会。"
        ui.meetingLabel.setText(text)
        ui.meetingDate.setVisible(not e.meeting_uuid)
        ui.planMeetingButton.setVisible(not e.meeting_uuid)
        ui.openMeetingButton.setVisible(bool(e.meeting_uuid))
        ui.fromMeetingButton.setEnabled(bool(e.meeting_uuid))
        if not e.meeting_uuid and ui.meetingDate.date() is None:
            b = self.services.branch.profile()
            end = b.term_ends_on if b else None
            ui.meetingDate.setDate(end - dt.timedelta(days=7) if end and end > clock.today() else clock.today())

    # -- collecting -----------------------------------------------------------------------------------------------
    def collect(self) -> Election:
        """The record as typed (not yet checked or saved)."""
        ui, base = self.ui, self.current or Election()
        self.rounds.store()
        return Election(
            meeting_uuid=base.meeting_uuid, held_on=base.held_on, term_years=ui.newTermSpin.value(),
            request_on=ui.requestDate.date(), request_no=ui.requestNoEdit.text(),
            request_text=ui.requestTextEdit.toPlainText(), reply_on=ui.replyDate.date(), reply_no=ui.replyNoEdit.text(),
            seats=ui.seatsSpin.value(), reduced_to=base.reduced_to, direct_officers=ui.directOfficersCheck.isChecked(),
            delay_until=ui.delayDate.date(), delay_no=ui.delayNoEdit.text(),
            candidates=_with_uuids(chosen_people(ui.candidatesList), base.candidates),
            scrutineers=_with_uuids(chosen_people(ui.scrutineersList), base.scrutineers),
            tellers=_with_uuids(chosen_people(ui.tellersList), base.tellers),
            voters_due=ui.votersDueSpin.value(), voters_present=ui.votersPresentSpin.value(),
            due_note=ui.dueNoteEdit.text(), rounds=[r for r in self.rounds.rounds], committee=self.committee.seats(),
            officers_on=ui.officersDate.date(), report_on=ui.reportDate.date(), approved_on=ui.approvedDate.date(),
            approval_no=ui.approvalNoEdit.text(), applied_at=base.applied_at, note=base.note, uuid=base.uuid)

    def _changed(self, *_: object) -> None:
        if self._loading or self.current is None:
            return
        self._dirty = True
        self.ui.dirtyLabel.setText("有修改尚未保存")
        self._timer.start()

    def update_checks(self) -> None:
        """The rules against the record as typed: the panel, the counts beside the lists, the round results."""
        ui = self.ui
        if self.current is None:
            return
        e = self.collect()
        rules = self.svc.rules()
        checks = self.svc.check(e)
        outcome = self.svc.outcome(e)
        ui.checksList.clear()
        for c in sorted(checks, key=lambda c: c.level is Level.OK):
            mark, color = LEVEL_MARK[c.level]
            item = QListWidgetItem(f"{mark} {c.message}")
            item.setForeground(QBrush(QColor(color)))
            ui.checksList.addItem(item)
        if not checks:
            ui.checksList.addItem(QListWidgetItem("填写名额和候选人后，这里逐条显示选举规则的检查结果。"))
        need = min_candidates(e.seats, rules.margin_percent)
        ui.seatsHint.setText(f"候选人应不少于{need}名（多于应选名额{rules.margin_percent}%）")
        ui.candidatesCount.setText(f"已选{len(e.candidates)}名，至少{need}名")
        ui.basisLabel.setText(f"当选标准：{rules.elected_basis.cited}（可在“设置 › 换届选举规则”中修改）")
        self.rounds.show_outcome(outcome.rounds)
        if outcome.rounds:
            text = f"当选：{'、'.join(outcome.elected_names) or '无'}（应选{outcome.seats}名）。"
            if outcome.next_round:
                text += outcome.next_round.why + "，点击“登记下一轮投票”。"
            ui.outcomeLabel.setText(text)
        else:
            ui.outcomeLabel.setText("选举大会投票后，点击“登记下一轮投票”登记发出、收回的选票和每名候选人的得票。")
        problems = self.svc.approval_problems(e) if e.applied_at is None else []
        ui.approvalLabel.setText("还不能登记批准：" + "；".join(problems) if problems else
                                 ("" if e.applied_at else "可以登记批准：支部信息中的支委会、选举日期和任期将随之更新。"))

    # -- actions --------------------------------------------------------------------------------------------------
    def new_election(self) -> None:
        if not self.can_close():
            return
        pending = self.svc.pending()
        if pending is not None and not messages.confirm(
                self, "已有一次尚未批准的换届选举记录。仍要再开始一次新的换届吗？", ok_text="开始新的换届"):
            self._load_list(pending.uuid)
            return
        e = call(self, self.svc.new, "无法开始换届")
        if e is None:
            return
        self.ui.mainTabs.setCurrentWidget(self.ui.electionTab)
        self.ui.stepTabs.setCurrentIndex(0)
        self.show_election(e)
        self.ui.electionCombo.addItem("新的换届（未保存）", None)
        self.ui.electionCombo.setCurrentIndex(self.ui.electionCombo.count() - 1)

    def save(self) -> bool:
        if self.current is None or self.current.applied_at is not None:
            return False
        e = self.collect()
        saved = call(self, lambda: self.svc.save(e), "无法保存")
        if saved is None:
            return False
        self._dirty = False
        self._load_list(saved.uuid)
        self.ui.dirtyLabel.setText(f"已保存（{clock.now():%H:%M}）")
        return True

    def delete_election(self) -> None:
        e = self.current
        if e is None:
            return
        if e.uuid is None:
            self._dirty = False
            self._load_list(None)
            return
        if not messages.confirm(self, "删除这次换届选举记录？关联的会议记录不会删除。", ok_text="删除"):
            return
        uuid = e.uuid
        if not attempt(self, lambda: self.svc.delete(uuid), "无法删除"):
            return
        self._dirty = False
        self._load_list(None)

    def regenerate_request(self) -> None:
        e = self.collect()
        if e.request_text.strip() and not messages.confirm(self, "按模板重新生成请示正文？已修改的文字将被替换。",
                                                           ok_text="重新生成"):
            return
        self.ui.requestTextEdit.setPlainText(self.svc.request_template(e))

    def plan_meeting(self) -> None:
        day = self.ui.meetingDate.date()
        if day is None:
            messages.show_error(self, "请先选择选举大会的日期。")
            return
        e = self.collect()
        saved = call(self, lambda: self.svc.plan_meeting(e, day), "无法安排选举大会")
        if saved is None:
            return
        self._dirty = False
        self._load_list(saved.uuid)

    def figures_from_meeting(self) -> None:
        e = self.collect()
        if not e.meeting_uuid:
            return
        e = self.svc.figures_from_meeting(e)
        self.ui.votersDueSpin.setValue(e.voters_due)
        self.ui.votersPresentSpin.setValue(e.voters_present)

    def open_meeting(self) -> None:
        if self.current and self.current.meeting_uuid and self.can_close():
            opener = getattr(self.window_, "open_record", None)
            if callable(opener):
                self._dirty = False
                opener("meetings", "meeting", self.current.meeting_uuid)

    def add_round(self) -> None:
        e = self.collect()
        if not e.candidates:
            messages.show_error(self, "请先在“二、候选人与监票计票”中勾选候选人。")
            return
        self.rounds.add(self.svc.next_round(e))

    def add_write_in(self) -> None:
        name, ok = QInputDialog.getText(self, "另选他人", "另选人姓名（选票上“另选他人”栏写的姓名）：")
        if ok and name.strip():
            uuid = next((m.uuid for m in self.services.roster.members() if m.name == name.strip()), None)
            self.rounds.add_write_in(name, uuid)

    def fill_committee(self) -> None:
        e = self.collect()
        outcome = self.svc.outcome(e)
        if not outcome.elected:
            messages.show_error(self, "还没有当选的委员：请先登记投票结果。")
            return
        old = {s.name: s for s in e.committee}
        self.committee.load([old.get(x.name) or Seat(CommitteeRole.MEMBER, x.name, x.member_uuid)
                             for x in outcome.elected])
        self._changed()

    def approve(self) -> None:
        e = self.collect()
        if e.approved_on is None:
            self.ui.approvedDate.setDate(clock.today())
            e.approved_on = clock.today()
        problems = self.svc.approval_problems(e)
        if problems:
            messages.show_error(self, "还不能登记批准：\n" + "\n".join(f"• {p}" for p in problems))
            return
        names = "、".join(f"{s.role.value}{s.name}" for s in e.committee)
        if not messages.confirm(self, f"登记上级党委已批准选举结果？\n\n新一届支部委员会：{names}\n选举日期：{_d(e.held_on)}，"
                                      f"任期{e.term_years}年。\n\n支部信息将随之更新，现任支委会记入“历届支委会”。"
                                      "批准后本记录不能再修改。", ok_text="登记批准"):
            return
        if not self.save():
            return
        uuid, approved_on = self.current.uuid or "", e.approved_on
        if not attempt(self, lambda: self.svc.approve(uuid, approved_on, e.approval_no), "无法登记批准"):
            return
        self.refresh()
        messages.info(self, "已登记批准，支部信息中的支委会、选举日期和任期已更新。")
        refresh_all = getattr(self.window_, "refresh_all", None)
        if callable(refresh_all):
            refresh_all()

    # -- printing -------------------------------------------------------------------------------------------------
    def _saved_for_print(self) -> bool:
        return not self._dirty or self.save()

    def _maker(self, key: str):  # noqa: ANN202
        uuid = self.current.uuid if self.current else ""
        fns = {"request": self.svc.request_pdf, "ballot": self.svc.ballot_pdf, "tally": self.svc.tally_pdf,
               "report": self.svc.report_pdf, "minutes": self.svc.minutes_pdf}
        rnd = self.rounds.current()
        if key in ("ballot", "tally") and rnd is not None and rnd.uuid:
            return lambda p: fns[key](uuid, p, rnd.number)
        return lambda p: fns[key](uuid, p)

    def print_paper(self, key: str, title: str) -> None:
        if self.current is None or not self._saved_for_print():
            return
        name = next(n for _, k, n in PAPERS if k == key)
        printing.make_and_preview(self, title, self._maker(key), name)


def _with_uuids(people: list, before: list) -> list:  # noqa: ANN001
    """Keep the saved rows' identity for the people still chosen."""
    ids = {(p.name, p.member_uuid): p.uuid for p in before}
    for p in people:
        p.uuid = ids.get((p.name, p.member_uuid))
    return people


def make_page(services: Services, window: QWidget) -> QWidget:
    return ElectionsScreen(services, window)

