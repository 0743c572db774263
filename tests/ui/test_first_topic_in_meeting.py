"""The meeting editor's 第一议题 item keeps its 学习台账 (篇目, 出处, 讲话日期, 领学人, 形式, 落实措施): typed in the small
dialog beside the 第一议题 check box, kept while the item is edited, saved with the meeting."""

from __future__ import annotations

import datetime as dt

from dangjian_desktop import clock
from dangjian_desktop.domain.first_topic import Study
from dangjian_desktop.domain.meetings import AgendaItem, MeetingType
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.ui.dialogs.meeting_dialog import MeetingDialog


def _branch(s) -> None:  # noqa: ANN001
    s.branch.save_profile(Branch(name="测试党支部"))
    for n in ("甲", "乙"):
        s.roster.save_member(Member(name=n, joined_party_on=dt.date(2010, 1, 1)))


def test_the_ledger_is_typed_beside_the_first_topic_and_saved_with_the_meeting(qtbot, services):
    _branch(services)
    today = clock.today()
    m = services.meetings.new_meeting([MeetingType.ASSEMBLY], today)
    m.host, m.recorder = "甲", "乙"
    m.agenda = [AgendaItem("第一议题：学习某重要讲话", True), AgendaItem("研究工作")]
    uuid = services.meetings.save(m, today).uuid
    dlg = MeetingDialog(services.meetings, services.branch, services.roster, services.drafts,
                        services.meetings.get(uuid), today=today)
    qtbot.addWidget(dlg)
    button = dlg.ledgerButton
    dlg.ui.agendaList.setCurrentRow(0)
    assert button.isEnabled() and button.text() == "第一议题台账…"
    ledger = button.open_dialog(run=False)
    assert ledger.ui.titleEdit.text() == "某重要讲话" and ledger.ui.ledByCombo.currentText() == "甲"
    ledger.ui.sourceCombo.setCurrentText("新华社")
    ledger.ui.speechDate.setDate(today - dt.timedelta(days=9))
    ledger.ui.formCombo.setCurrentText("书记领学")
    ledger.ui.followUpEdit.setPlainText("形成问题清单")
    ledger.accept()
    button.keep(ledger.saved)
    assert button.text() == "第一议题台账（已填）…" and dlg.dirty
    dlg.ui.itemNoteEdit.setPlainText("学习要点：……")  # editing the item keeps its ledger
    dlg.ui.agendaList.setCurrentRow(1)
    assert not button.isEnabled()  # not the study item
    assert dlg.save()
    got = services.meetings.get(uuid).agenda[0]
    assert got.note == "学习要点：……"
    assert got.study == Study("某重要讲话", "新华社", today - dt.timedelta(days=9), "甲", "书记领学", "形成问题清单")
    again = MeetingDialog(services.meetings, services.branch, services.roster, services.drafts,
                          services.meetings.get(uuid), today=today)
    qtbot.addWidget(again)
    assert again.agenda()[0].study == got.study  # a second edit does not drop it either
    again.ui.agendaList.setCurrentRow(0)
    again.ui.firstTopicCheck.setChecked(False)  # no longer the 第一议题: the ledger goes with the mark
    assert again.agenda()[0].study is None
