"""修改记录 in the meeting editor: the audit trail of a finalised meeting (finalise, corrections, late attachments)."""

from __future__ import annotations

from PIL import Image

from dangjian_desktop import clock
from dangjian_desktop.ui.dialogs.meeting_dialog import AmendmentDialog, MeetingDialog


def _editor(qtbot, s, uuid):  # noqa: ANN001, ANN202
    dlg = MeetingDialog(s.meetings, s.branch, s.roster, s.drafts, s.meetings.get(uuid) if uuid else None,
                        audit=s.audit)
    qtbot.addWidget(dlg)
    return dlg


def test_history_tab_shows_the_audit_trail_of_a_finalised_meeting(qtbot, demo_services, tmp_path, monkeypatch):
    s = demo_services
    row = next(r for r in s.meetings.list() if r.status.value == "草稿" and r.date <= clock.today())
    draft = _editor(qtbot, s, row.uuid)
    tabs = draft.ui.tabs
    assert not tabs.isTabVisible(tabs.indexOf(draft.ui.historyTab))  # a draft can still be edited: no trail yet

    assert draft.finalise(ask=False)
    assert tabs.isTabVisible(tabs.indexOf(draft.ui.historyTab))
    assert [e.action for e in draft.history.entries] == ["finalise"]
    tree = draft.history.ui.historyTree
    assert tree.topLevelItem(0).text(2) == "定稿" and "定稿" in tree.topLevelItem(0).text(3)

    amend = AmendmentDialog(s.meetings, draft.meeting, draft)
    qtbot.addWidget(amend)
    amend.ui.fieldCombo.setCurrentText("会议记录")
    amend.ui.newEdit.setPlainText("更正后的记录全文")
    amend.ui.reasonEdit.setText("漏记一位同志的发言")
    amend.accept()
    draft.load(amend.result_meeting)
    assert tabs.tabText(tabs.indexOf(draft.ui.historyTab)) == "修改记录（2）"
    newest = tree.topLevelItem(0)
    assert newest.text(2) == "定稿后修改" and "漏记一位同志的发言" in newest.text(3)
    assert newest.childCount() == 1 and newest.child(0).text(3).endswith("→ 更正后的记录全文")

    # a photo added after 定稿 is in the trail too, in Chinese
    photo = tmp_path / "现场照片.png"
    Image.new("RGB", (40, 30), "red").save(photo)
    draft.add_attachments([str(photo)])
    assert tree.topLevelItem(0).text(2) == "添加附件"

    # reopening the record from the list shows the same trail
    again = _editor(qtbot, s, row.uuid)
    assert [e.action for e in again.history.entries] == ["finalise", "amend", "attach"]
    again.ui.tabs.setCurrentWidget(again.ui.historyTab)
    again.resize(1000, 700)
    again.show()
    assert again.history.ui.historyTree.isVisible() and not again.history.ui.emptyLabel.isVisible()
