"""备份与恢复 tab, 文件 > 立即备份, the damaged-database dialog, autosaved drafts and the history widget (pytest-qt)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from dangjian_desktop.domain.roster import Member
from dangjian_desktop.paths import DataPaths
from dangjian_desktop.services.backups import BackupFolder
from dangjian_desktop.services.container import Services
from dangjian_desktop.ui import autosave, recovery
from dangjian_desktop.ui.backups import BackupsTab, confirm_restore_text, make_tab
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.widgets.history_widget import HistoryWidget
from dangjian_desktop.ui.workers import wait_for_all


class _Window(QWidget):
    def __init__(self):
        super().__init__()
        self.refreshed = 0
        self.opened: list[tuple[str, str, str]] = []

    def refresh_all(self):
        self.refreshed += 1

    def open_record(self, page, kind, key):
        self.opened.append((page, kind, key))


def test_backups_tab_empty_state_then_listing(qtbot, demo_services):
    tab = BackupsTab(demo_services.backups, _Window())
    qtbot.addWidget(tab)
    assert tab.ui.backupsTable.isHidden() and not tab.ui.emptyLabel.isHidden()
    assert not tab.ui.restoreButton.isEnabled()
    demo_services.backups.create()
    demo_services.roster.save_member(Member(name="新人"))
    demo_services.backups.backup_to_folder(demo_services.store.paths.backups, allow_unencrypted=True)  # 备份到U盘
    tab.refresh()
    assert tab.ui.backupsTable.rowCount() == 2
    texts = [tab.ui.backupsTable.item(r, 3).text() for r in range(2)]
    assert "党员 31" in texts[0] and "党员 30" in texts[1]
    assert tab.ui.backupsTable.item(0, 1).text() == "备份到U盘"
    assert tab.ui.restoreButton.isEnabled()
    assert isinstance(make_tab(demo_services, _Window()), BackupsTab)
    tab.resize(900, 420)
    tab.grab().save("/tmp/trust_backups_tab.png")


def test_backup_now_and_usb_from_the_tab(qtbot, demo_services, tmp_path):
    tab = BackupsTab(demo_services.backups, _Window())
    qtbot.addWidget(tab)
    tab.backup_now()
    qtbot.waitUntil(lambda: tab.ui.backupsTable.rowCount() == 1, timeout=10_000)
    assert "已备份" in tab.ui.statusLabel.text()
    usb = tmp_path / "usb"
    tab.backup_to_usb(usb, "备份口令2027")
    qtbot.waitUntil(lambda: "可以安全拔出U盘" in tab.ui.statusLabel.text(), timeout=20_000)
    assert len(list(usb.glob("*.djbak"))) == 1 and "已加密" in tab.ui.statusLabel.text()


def test_restore_from_the_tab_after_confirmation(qtbot, demo_services):
    window = _Window()
    tab = BackupsTab(demo_services.backups, window)
    qtbot.addWidget(tab)
    backup = demo_services.backups.create()
    demo_services.roster.save_member(Member(name="备份之后"))
    tab.refresh()
    info = tab.selected()
    assert info is not None and info.path == backup.path
    text = confirm_restore_text(info)
    assert info.date_text in text and "党员 30" in text and "先自动备份" in text
    assert tab.restore(info.path, confirmed=False) is False
    assert demo_services.info.counts()["member"] == 31  # not confirmed: nothing changed
    assert tab.restore(info.path, confirmed=True) is True
    assert demo_services.info.counts()["member"] == 30
    assert window.refreshed == 1
    assert tab.ui.backupsTable.rowCount() == 2  # the safety copy of the state before is listed
    assert "恢复前的数据" in [tab.ui.backupsTable.item(r, 1).text() for r in range(2)]


def test_restore_of_a_bad_file_shows_a_message_and_changes_nothing(qtbot, demo_services, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("dangjian_desktop.ui.messages.show_error", lambda parent, exc, title="": shown.append(exc))
    tab = BackupsTab(demo_services.backups, _Window())
    qtbot.addWidget(tab)
    bad = tmp_path / "photo.zip"
    bad.write_bytes(b"\xff\xd8\xff not a backup")
    assert tab.restore(bad, confirmed=True) is False
    assert "不是本程序的备份" in str(shown[0])
    assert demo_services.info.counts()["member"] == 30


def test_main_window_backup_now_action(qtbot, demo_services):
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    assert window.ui.actionBackupNow.isEnabled()
    window.ui.actionBackupNow.trigger()
    qtbot.waitUntil(lambda: len(demo_services.backups.list()) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "已备份" in window.statusBar().currentMessage(), timeout=10_000)
    wait_for_all()


def test_startup_and_exit_backups(qtbot, demo_services, monkeypatch):
    from dangjian_desktop.ui import backups as backups_ui

    monkeypatch.setattr(backups_ui, "STARTUP_DELAY_MS", 0)
    backups_ui.schedule_startup_backup(demo_services.backups)
    qtbot.waitUntil(lambda: len(demo_services.backups.list()) == 1, timeout=10_000)
    wait_for_all()
    backups_ui.backup_at_exit(demo_services.backups)  # unchanged: nothing new
    assert len(demo_services.backups.list()) == 1
    demo_services.roster.save_member(Member(name="下班前录入"))
    backups_ui.backup_at_exit(demo_services.backups)
    assert demo_services.backups.list()[0].counts["member"] == 31


def _damaged_folder(data_dir: Path, demo_copy) -> Path:  # noqa: ANN001
    with Services.open(demo_copy(data_dir)) as s:  # the session's demo store, copied (tests/conftest.py)
        s.backups.create()
    db = DataPaths(data_dir).database
    raw = bytearray(db.read_bytes())
    raw[100:8192] = os.urandom(8092)
    db.write_bytes(bytes(raw))
    return db


def _click(text: str):
    def exec_(box: QMessageBox) -> int:
        for b in box.buttons():
            if b.text() == text:
                b.click()
        return 0

    return exec_


def test_damaged_database_dialog_restores_newest_good_backup(qtbot, data_dir, demo_copy, monkeypatch):
    db = _damaged_folder(data_dir, demo_copy)
    damaged = db.read_bytes()
    good = BackupFolder(DataPaths(data_dir)).newest_good()
    text = recovery.damage_text(good, data_dir)
    assert "不会再向这个文件写入" in text and good.date_text in text and "党员 30" in text
    assert "没有找到可以使用的备份" in recovery.damage_text(None, data_dir)

    monkeypatch.setattr(QMessageBox, "exec", _click("先不恢复，退出"))
    assert recovery.offer_restore_after_damage(data_dir, Exception("malformed")) is False
    assert db.read_bytes() == damaged  # declined: the file is untouched

    monkeypatch.setattr(QMessageBox, "exec", _click("从备份恢复"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: 0)
    assert recovery.offer_restore_after_damage(data_dir, Exception("malformed")) is True
    with Services.open(data_dir) as s:
        assert s.info.counts()["member"] == 30
    kept = list((data_dir / "backups").glob("damaged-*/dangjian.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged


def test_app_refuses_a_damaged_database_in_screenshot_mode(data_dir, demo_copy, tmp_path, capsys):
    from dangjian_desktop.app import main

    db = _damaged_folder(data_dir, demo_copy)
    damaged = db.read_bytes()
    assert main(["--data-dir", str(data_dir), "--screenshot", str(tmp_path / "s.png")]) == 2
    assert "损坏" in capsys.readouterr().err
    assert db.read_bytes() == damaged


# -- drafts ---------------------------------------------------------------------------------------------------
def test_autosave_writes_a_draft_while_dirty_and_discards_on_save(qtbot, services):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    name, minutes = QLineEdit(dialog), QPlainTextEdit(dialog)
    lay = QVBoxLayout(dialog)
    lay.addWidget(name)
    lay.addWidget(minutes)
    saver = autosave.Autosave(services.drafts, "meeting:new", lambda: f"会议记录 {name.text()}",
                              lambda: {"name": name.text(), "minutes": minutes.toPlainText()}, dialog, interval_ms=50)
    saver.watch(name, minutes)
    assert services.drafts.load("meeting:new") is None
    qtbot.keyClicks(name, "ZWH")  # typed: textEdited (QTest cannot type CJK offscreen)
    minutes.setPlainText("讨论了" * 1000)
    qtbot.waitUntil(lambda: services.drafts.load("meeting:new") is not None, timeout=2000)
    draft = services.drafts.load("meeting:new")
    assert draft.title == "会议记录 ZWH" and draft.payload["minutes"] == "讨论了" * 1000
    assert not saver.dirty
    saver.discard()
    assert services.drafts.load("meeting:new") is None and not saver.timer.isActive()
    with pytest.raises(TypeError):
        saver.watch(QLabel("不是输入框", dialog))


def test_drafts_dialog_offers_drafts_back_and_hands_them_to_the_owner_page(qtbot, services, monkeypatch):
    services.drafts.save("member:new", "新党员 张三", {"name": "张三"})
    services.drafts.save("meeting:abc", "支委会 会议记录", {"minutes": "……"})
    (services.store.paths.drafts / "broken.json").write_text("{not json", encoding="utf-8")  # ignored
    dialog = autosave.DraftsDialog(services.drafts)
    qtbot.addWidget(dialog)
    assert dialog.ui.draftsList.count() == 2
    dialog.ui.draftsList.setCurrentRow([dialog.ui.draftsList.item(i).data(256)
                                        for i in range(2)].index("member:new"))
    dialog.open_selected()
    assert dialog.chosen.key == "member:new" and dialog.result() == QDialog.DialogCode.Accepted
    window = _Window()
    assert autosave.open_draft(window, dialog.chosen)
    assert window.opened == [("members", "draft", "member:new")]

    dialog2 = autosave.DraftsDialog(services.drafts)
    qtbot.addWidget(dialog2)
    dialog2.discard_selected(confirmed=True)
    dialog2.discard_selected(confirmed=True)
    assert services.drafts.all() == [] and dialog2.result() == QDialog.DialogCode.Rejected

    # offer_drafts: nothing to offer, nothing shown
    assert autosave.offer_drafts(window, services.drafts) is None
    services.drafts.save("meeting:x", "会议", {})
    monkeypatch.setattr(autosave.DraftsDialog, "exec", lambda self: (self.open_selected(), self.result())[1])
    assert autosave.offer_drafts(window, services.drafts) is not None
    assert window.opened[-1] == ("meetings", "draft", "meeting:x")


# -- history -----------------------------------------------------------------------------------------------------
def test_history_widget_shows_who_when_what(qtbot, services):
    widget = HistoryWidget(services.audit, field_labels={"place": "地点"})
    qtbot.addWidget(widget)
    assert widget.ui.historyTree.isHidden() and not widget.ui.emptyLabel.isHidden()
    with services.store.atomic():
        services.audit.record("meeting", "m-1", "finalise", "定稿", who="王书记")
    with services.store.atomic():
        services.audit.record("meeting", "m-1", "amend", "补充会议地点", {"place": ("", "三楼会议室")}, who="李委员")
        services.audit.record("meeting", "m-2", "amend", "另一条记录", who="x")
    widget.set_record("m-1")
    tree = widget.ui.historyTree
    assert tree.topLevelItemCount() == 2 and not tree.isHidden()
    newest = tree.topLevelItem(0)
    assert [newest.text(c) for c in (1, 2, 3)] == ["李委员", "定稿后修改", "补充会议地点"]
    assert newest.child(0).text(3) == "地点：（空） → 三楼会议室"
    assert tree.topLevelItem(1).text(2) == "定稿"
    widget.resize(700, 260)
    widget.grab().save("/tmp/trust_history.png")


# -- the member dialog autosaves and is offered back ---------------------------------------------------------------
def test_member_dialog_autosaves_and_comes_back_after_a_crash(qtbot, demo_services):
    import datetime as dt

    from dangjian_desktop.ui.dialogs.member_dialog import MemberDialog
    from dangjian_desktop.ui.main_window import MainWindow

    member = demo_services.roster.members()[0]
    dlg = MemberDialog(demo_services.roster, demo_services.branch.groups(), member, drafts=demo_services.drafts)
    qtbot.addWidget(dlg)
    assert not dlg.autosave.dirty  # loading the record is not an edit
    dlg.autosave.timer.setInterval(30)
    dlg.ui.noteEdit.setPlainText("谈心谈话记录：" + "内容" * 500)
    dlg.ui.joinedBranchDate.setDate(dt.date(2020, 5, 4))
    qtbot.waitUntil(lambda: demo_services.drafts.load(f"member:{member.uuid}") is not None, timeout=2000)
    draft = demo_services.drafts.load(f"member:{member.uuid}")
    assert member.name in draft.title and draft.payload["note"].startswith("谈心谈话记录")
    assert draft.payload["joined_branch_on"] == "2020-05-04"
    dlg.deleteLater()  # "the power goes off": nothing saved, the draft stays

    # next start: the window offers it; opening hands it to the 党员 page, which opens the dialog filled in
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    screen = window.screen("members")
    opened: list[MemberDialog] = []
    screen.make_member_dialog_orig = screen.make_member_dialog

    def capture(member=None, draft=None):
        d = screen.make_member_dialog_orig(member, draft)
        d.exec = lambda: (opened.append(d), d.save())[1]
        return d

    screen.make_member_dialog = capture
    window.open_record("members", "draft", f"member:{member.uuid}")
    restored = opened[0]
    assert restored.ui.noteEdit.toPlainText() == draft.payload["note"]
    assert restored.ui.joinedBranchDate.date() == dt.date(2020, 5, 4)
    assert restored.ui.nameEdit.text() == member.name
    # saved: the record has the text, the draft is gone
    assert demo_services.roster.member(member.uuid).note == draft.payload["note"]
    assert demo_services.drafts.load(f"member:{member.uuid}") is None


def test_member_dialog_cancel_discards_and_damaged_draft_values_are_skipped(qtbot, demo_services):
    from dangjian_desktop.ui.dialogs.member_dialog import MemberDialog

    demo_services.drafts.save("member:new", "新增党员", {"name": "钱七"})
    dlg = MemberDialog(demo_services.roster, demo_services.branch.groups(), None, drafts=demo_services.drafts,
                       draft={"name": 42, "birth_date": "not a date", "category": "???", "note": "备注",
                              "group_uuid": ["x"]})
    qtbot.addWidget(dlg)
    assert dlg.ui.nameEdit.text() == "" and dlg.ui.noteEdit.toPlainText() == "备注"
    assert dlg.ui.birthDate.date() is None
    dlg.reject()
    assert demo_services.drafts.load("member:new") is None


def test_screenshot_mode_leaves_timers_working(qtbot, demo_services, data_dir, tmp_path):
    """main() --screenshot runs in-process in tests: later timers (autosave, start-up backup) must still fire."""
    from PySide6.QtCore import QTimer

    from dangjian_desktop.app import main

    demo_services.close()
    assert main(["--data-dir", str(data_dir), "--screenshot", str(tmp_path / "s.png")]) == 0
    fired = []
    QTimer.singleShot(10, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
