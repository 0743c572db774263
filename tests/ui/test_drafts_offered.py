"""Drafts left behind by a crash are offered at start and reopen the right editor filled in (pytest-qt).

The whole path: a draft file written by DraftService -> ui.autosave.offer_drafts (the start-up offer, with the
modal dialog's exec patched) -> MainWindow.open_record(page, "draft", key) -> the page's editor."""

from __future__ import annotations

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.meetings import meeting_to_dict
from dangjian_desktop.services.container import Services
from dangjian_desktop.ui import autosave
from dangjian_desktop.ui import messages as ui_messages
from dangjian_desktop.ui.dialogs.meeting_dialog import MeetingDialog
from dangjian_desktop.ui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(ui_messages, "show_error", lambda parent, exc, title="": messages.append(str(exc)))
    monkeypatch.setattr(ui_messages, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(ui_messages, "info", lambda parent, text, *a, **k: messages.append(text))
    return messages


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[MeetingDialog]:
    """Every meeting editor that would have been shown; ``exec`` returns at once (the user closes it)."""
    editors: list[MeetingDialog] = []
    monkeypatch.setattr(MeetingDialog, "exec", lambda self: (editors.append(self), 0)[1])
    return editors


def _offer_at_start(window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    """What app.py's schedule_offer_drafts does half a second after start, with the user choosing ``key``."""

    def choose(dialog: autosave.DraftsDialog) -> int:
        lst = dialog.ui.draftsList
        lst.setCurrentRow([lst.item(i).data(256) for i in range(lst.count())].index(key))
        dialog.open_selected()
        return dialog.result()

    monkeypatch.setattr(autosave.DraftsDialog, "exec", choose)
    assert autosave.offer_drafts(window, services.drafts) is not None


def test_new_meeting_draft_offered_at_start_opens_the_editor_filled_in(qtbot, demo_services, opened, shown,
                                                                       monkeypatch):
    s = demo_services
    editor = MeetingDialog(s.meetings, s.branch, s.roster, s.drafts)
    qtbot.addWidget(editor)
    editor.ui.titleEdit.setText("停电前的支委会")
    editor.ui.minutesEdit.setPlainText("会议记录：讨论了第四季度工作。" * 40)
    editor.ui.placeEdit.setText("三楼会议室")
    editor.autosave_now()
    assert s.drafts.load("meeting:new") is not None  # the dialog's key is the one draft_pages() routes to 会议
    assert autosave.owner_page("meeting:new") == "meetings"
    editor.dirty = False
    editor.deleteLater()  # the power goes off

    window = MainWindow(s)
    qtbot.addWidget(window)
    _offer_at_start(window, s, monkeypatch, "meeting:new")
    assert window.current_key() == "meetings"
    assert len(opened) == 1, shown
    restored = opened[0]
    assert restored.ui.titleEdit.text() == "停电前的支委会"
    assert restored.ui.minutesEdit.toPlainText() == "会议记录：讨论了第四季度工作。" * 40
    assert restored.ui.placeEdit.text() == "三楼会议室"
    assert restored.dirty and restored.meeting.uuid is None and not shown
    # saving it stores the record and removes the draft
    assert restored.save(), shown
    assert s.meetings.get(restored.meeting.uuid).place == "三楼会议室"
    assert s.drafts.load("meeting:new") is None and s.drafts.all() == []


def test_draft_of_an_existing_meeting_reopens_that_record(qtbot, demo_services, opened, shown, monkeypatch):
    s = demo_services
    row = next(r for r in s.meetings.list() if r.status.value == "草稿" and r.date <= clock.today())
    m = s.meetings.get(row.uuid)
    m.minutes = "补充的发言记录，尚未保存。"
    s.drafts.save(f"meeting:{row.uuid}", f"{m.types_text} {m.date:%Y-%m-%d} 会议记录", meeting_to_dict(m))

    window = MainWindow(s)
    qtbot.addWidget(window)
    _offer_at_start(window, s, monkeypatch, f"meeting:{row.uuid}")
    restored = opened[0]
    assert restored.meeting.uuid == row.uuid and not restored.locked
    assert restored.ui.minutesEdit.toPlainText() == "补充的发言记录，尚未保存。"
    assert restored.save(), shown
    assert s.meetings.get(row.uuid).minutes == "补充的发言记录，尚未保存。"
    assert s.drafts.load(f"meeting:{row.uuid}") is None


def test_draft_of_a_vanished_meeting_opens_as_new_and_its_file_goes_on_save(qtbot, demo_services, opened, shown):
    s = demo_services
    m = s.meetings.new_meeting(list(s.meetings.get(s.meetings.list()[0].uuid).types), clock.today())
    m.title, m.minutes = "已被删除的会议", "这段文字不能丢。"
    s.drafts.save("meeting:0000-gone", "已被删除的会议", meeting_to_dict(m))
    window = MainWindow(s)
    qtbot.addWidget(window)
    window.open_record("meetings", "draft", "meeting:0000-gone")
    restored = opened[0]
    assert restored.meeting.uuid is None and restored.ui.minutesEdit.toPlainText() == "这段文字不能丢。"
    restored.ui.hostCombo.setCurrentIndex(1)
    restored.ui.recorderCombo.setCurrentIndex(2)
    assert restored.save(), shown
    assert s.drafts.load("meeting:0000-gone") is None


def test_draft_of_a_meeting_finalised_since_is_shown_read_only_and_kept(qtbot, demo_services, opened, shown):
    s = demo_services
    final = next(r for r in s.meetings.list() if r.status.value == "定稿")
    m = s.meetings.get(final.uuid)
    m.minutes = "定稿前没来得及保存的文字"
    s.drafts.save(f"meeting:{final.uuid}", "会议记录", meeting_to_dict(m))
    window = MainWindow(s)
    qtbot.addWidget(window)
    window.open_record("meetings", "draft", f"meeting:{final.uuid}")
    restored = opened[0]
    assert restored.locked and restored.ui.minutesEdit.isReadOnly()
    assert restored.ui.minutesEdit.toPlainText() == "定稿前没来得及保存的文字"
    assert any("已经定稿" in t for t in shown)
    assert s.drafts.load(f"meeting:{final.uuid}") is not None  # nothing typed is thrown away unasked
    assert s.meetings.get(final.uuid).minutes != "定稿前没来得及保存的文字"


def test_every_draft_prefix_is_reopened_by_its_page(qtbot, demo_services, opened, shown, monkeypatch):
    """A declared draft prefix whose page ignored open_record("draft", ...) would silently swallow typed text."""
    from dangjian_desktop.ui.dialogs.member_dialog import MemberDialog

    members: list[MemberDialog] = []
    monkeypatch.setattr(MemberDialog, "exec", lambda self: (members.append(self), 0)[1])
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    for prefix, page in autosave.draft_pages().items():
        before = len(opened) + len(members)
        demo_services.drafts.save(f"{prefix}:new", "草稿", {})
        window.open_record(page, "draft", f"{prefix}:new")
        assert len(opened) + len(members) == before + 1, prefix
