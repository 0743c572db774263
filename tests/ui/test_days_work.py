"""A day's work in the window without stumbling (issue 16, window items): the meeting list opens its editor once,
保存支部信息 leaves nothing unsaved, Qt speaks Chinese, no symbol is a box with only the shipped fonts, and the
small things a new user trips over."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QRawFont
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPlainTextEdit, QPushButton

from dangjian_desktop import clock
from dangjian_desktop.domain.compliance import CellStatus
from dangjian_desktop.domain.meetings import AgendaItem
from dangjian_desktop.paths import resource
from dangjian_desktop.services.container import Services
from dangjian_desktop.ui import messages, theme
from dangjian_desktop.ui.dialogs.meeting_agenda import agenda_text
from dangjian_desktop.ui.dialogs.meeting_dialog import MeetingDialog
from dangjian_desktop.ui.screens.meetings_screen import _cell_text, make_screen
from dangjian_desktop.ui.screens.settings_screen import SettingsScreen

REPO = Path(__file__).resolve().parents[2]


# -- 1. double-click on a meeting ------------------------------------------------------------------------------------
def test_double_click_opens_the_editor_once_and_closing_it_is_calm(qtbot, demo_services, monkeypatch):
    screen = make_screen(demo_services, None)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    opened: list[MeetingDialog] = []

    def exec_(dlg: MeetingDialog) -> int:
        opened.append(dlg)
        dlg.ui.cancelButton.click()  # 关闭, as the user does; the list reloads after it
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(MeetingDialog, "exec", exec_)
    view = screen.ui.tableView
    rect = view.visualRect(screen.model.index(1, 2))
    # a real double-click: press, release, double-click, release
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1 and opened[0].meeting.uuid == screen.model.rows[1].uuid
    # an index the reloaded list no longer has opens nothing and raises nothing
    screen._open_index(screen.model.index(10_000, 0))
    assert len(opened) == 1


# -- 3. 保存支部信息, then quit -------------------------------------------------------------------------------------------
def test_after_saving_the_branch_quitting_does_not_ask(qtbot, demo_services, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, *a, **k: asked.append(text) or False)
    w = SettingsScreen(demo_services, None)
    qtbot.addWidget(w)
    w.show()
    w.ui.profileForm.ui.parentEdit.setText("示范能源公司党委（新）")
    w.ui.profileForm.ui.parentEdit.textEdited.emit("示范能源公司党委（新）")
    assert not w.can_close() and asked  # unsaved: asks
    asked.clear()
    assert w.save_branch() and "已保存" in w.ui.savedLabel.text()
    assert w.can_close() and asked == []


# -- 6. Qt in Chinese ---------------------------------------------------------------------------------------------------
def test_qt_speaks_chinese(qtbot, qapp):
    assert theme.install_chinese(qapp)
    box = QMessageBox(QMessageBox.Icon.Warning, "无法完成", "测试", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Ok).text() == "确定"
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("一段文字")
    menu = edit.createStandardContextMenu()
    texts = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
    assert any("复制" in t for t in texts) and any("粘贴" in t for t in texts) and any("撤" in t for t in texts)
    assert not [t for t in texts if re.search(r"[A-Za-z]{3,}", re.sub(r"\(.\)", "", t))], texts
    dlg = QFileDialog(None, "选择文件")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dlg)
    words = [b.text() for b in dlg.findChildren(QPushButton) if b.text()]
    assert words and all(not re.search(r"[A-Za-z]{3,}", w.replace("&", "")) for w in words), words
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_the_window_installs_the_translation_at_start(tmp_path, monkeypatch):
    from dangjian_desktop import app

    seen: list[bool] = []
    real = theme.install_chinese
    monkeypatch.setattr(theme, "install_chinese", lambda a: seen.append(real(a)) or True)
    assert app.main(["--data-dir", str(tmp_path / "d"), "--screenshot", str(tmp_path / "s.png")]) == 0
    assert seen == [True]


# -- 7. symbols with only the shipped fonts ----------------------------------------------------------------------------
def _shipped_fonts() -> list[QRawFont]:
    fonts = [QRawFont(str(resource("fonts", name)), 16) for name in ("wqy-zenhei.ttc", "uming.ttc",
                                                                      theme.SYMBOLS_FONT)]
    assert all(f.isValid() for f in fonts)
    return fonts


def test_every_character_the_window_shows_is_in_a_shipped_font(qapp):
    fonts = _shipped_fonts()
    sources = [p for p in (REPO / "dangjian_desktop").rglob("*.py") if "reports" not in p.parts]
    sources += list((REPO / "forms").glob("*.ui"))
    missing: dict[str, str] = {}
    for path in sources:
        for ch in set(path.read_text(encoding="utf-8")):
            if ord(ch) > 0x7F and ch not in "\ufeff" and not any(f.supportsCharacter(ord(ch)) for f in fonts):
                missing.setdefault(ch, path.name)
    missing.pop("𠮷", None)  # the rare-character example of the font check itself (reports/fonts.py)
    assert not missing, {f"U+{ord(c):04X} {c}": f for c, f in missing.items()}
    assert theme.ui_font_families()[-1] == theme.SYMBOLS_FAMILY
    for ch in "✓⚠✔✖•›":
        assert fonts[-1].supportsCharacter(ord(ch)), ch


# -- 8. the small things --------------------------------------------------------------------------------------------
def test_draft_restore_defaults_to_restore_and_esc_keeps_the_draft(qtbot, monkeypatch):
    seen: dict[str, object] = {}

    def exec_(box: QMessageBox) -> int:
        seen["default"] = box.defaultButton().text()
        seen["escape"] = box.escapeButton().text() if box.escapeButton() else None
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert messages.offer_draft(None, "发现自动保存的内容") == "keep"  # nothing clicked (Esc): the draft stays
    assert seen["default"] == "恢复" and seen["escape"] == "暂不处理"


def test_save_as_pdf_says_where_the_file_went(qtbot, demo_services, tmp_path, monkeypatch, message_boxes):
    from dangjian_desktop.ui import printing

    m = next(r for r in demo_services.meetings.list() if r.status.value == "定稿")
    target = tmp_path / "会议记录.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dlg = printing.make_preview(None, "会议记录", lambda p: demo_services.meetings.minutes_pdf(m.uuid, p), "x.pdf")
    qtbot.addWidget(dlg)
    dlg.save_as()
    assert target.is_file() and dlg.saved_path == target
    assert str(target) in dlg.ui.infoLabel.text()
    assert message_boxes and str(target) in message_boxes[-1][1]
    out = printing.export_pdf(None, lambda p: demo_services.meetings.minutes_pdf(m.uuid, p), "y.pdf")
    assert out == target and str(target) in message_boxes[-1][1]
    own = dlg.owned_folder
    dlg.done(0)  # the preview's own copy (names, ID numbers) goes with it; the saved one stays
    assert own is not None and not own.exists() and target.is_file()


def test_the_calendar_legend_explains_every_mark(qtbot, demo_services):
    screen = make_screen(demo_services, None)
    qtbot.addWidget(screen)
    legend = screen.ui.legendLabel.text()
    for status in CellStatus:
        mark = _cell_text(status, (dt.date(2026, 3, 5),)).split(" ")[0]
        if mark:
            assert mark in legend, (status, mark)
    assert re.search(r"· [^　]{4,}", legend)  # 「·」 has words after it


def test_who_corrected_a_record_is_a_person_not_the_login_name(demo_services):
    import getpass

    secretary = demo_services.branch.profile().secretary_name
    assert demo_services.audit.operator() == secretary != getpass.getuser()
    final = next(r for r in demo_services.meetings.list() if r.status.value == "定稿")
    m = demo_services.meetings.get(final.uuid)
    demo_services.meetings.amend(m.uuid, "决议", "更正后的决议", "漏记一项", m.date, who="王组织委员")
    entry = demo_services.audit.history(m.uuid)[-1]
    assert entry.who == "王组织委员" and demo_services.audit.operator() == "王组织委员"


def test_the_amendment_dialog_asks_who_registers_it(qtbot, demo_services):
    from dangjian_desktop.ui.dialogs.meeting_amendments import AmendmentDialog

    final = next(r for r in demo_services.meetings.list() if r.status.value == "定稿")
    m = demo_services.meetings.get(final.uuid)
    dlg = AmendmentDialog(demo_services.meetings, m)
    qtbot.addWidget(dlg)
    assert dlg.ui.whoEdit.text() == demo_services.branch.profile().secretary_name
    dlg.ui.newEdit.setPlainText("更正后的内容")
    dlg.ui.reasonEdit.setText("原记录有误")
    dlg.ui.whoEdit.setText("李记录")
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_meeting.amendments[-1].who == "李记录"


def test_a_branch_founded_this_month_is_not_told_about_earlier_months(services: Services):
    from dangjian_desktop.domain.roster import Branch

    today = clock.today()
    services.branch.save_profile(Branch(name="新党支部", founded_on=today.replace(day=1)))
    assert services.meetings.compliance(today.year, today).missing_count == 0
    assert services.meetings.compliance(today.year - 1, today).missing_count == 0
    # the same branch founded long ago: last year's twelve months of 支委会 alone are missing
    services.branch.save_profile(Branch(name="新党支部", founded_on=dt.date(2000, 1, 1)))
    assert services.meetings.compliance(today.year - 1, today).missing_count >= 12
    # records that start this month (first start sets this) limit it the same way
    services.meetings.set_records_since(today.replace(day=1))
    assert services.meetings.compliance(today.year - 1, today).missing_count == 0
    assert services.meetings.rules().records_since == today.replace(day=1)


def test_first_start_limits_the_missing_meetings_to_its_own_month(qtbot, services):
    from dangjian_desktop.ui.first_start import COMMITTEE, FirstStartDialog

    dlg = FirstStartDialog(services)
    qtbot.addWidget(dlg)
    dlg.ui.profileButton.click()
    dlg.ui.profileForm.ui.nameEdit.setText("新党支部")
    dlg.ui.profileForm.ui.foundedDate.setDate(dt.date(2001, 7, 1))
    dlg.finish()
    assert dlg.ui.stack.currentIndex() == COMMITTEE
    assert services.meetings.rules().records_since == clock.today().replace(day=1)
    assert services.meetings.compliance(clock.today().year - 1).missing_count == 0


def test_empty_members_page_has_the_template_button_it_mentions(qtbot, services):
    from dangjian_desktop.domain.roster import Branch
    from dangjian_desktop.ui.screens.members_screen import MembersScreen

    services.branch.save_profile(Branch(name="新党支部"))
    w = MembersScreen(services.roster, services.branch, services.reports)
    qtbot.addWidget(w)
    w.show()
    assert w.ui.contentStack.currentWidget() is w.ui.emptyPage
    named = re.findall(r"“([^”]+)”", w.ui.emptyMessageLabel.text())
    visible = {b.text() for b in w.ui.emptyPage.findChildren(QPushButton) if b.isVisible()}
    assert named and set(named) <= visible, (named, visible)


def test_titles_say_things_once():
    from dangjian_desktop.ui.screens.reports_screen import document_title

    assert document_title("年度党建工作台账", 2026) == "2026年度党建工作台账"
    assert agenda_text(AgendaItem("第一议题：学习讲话精神", True)) == "【第一议题】学习讲话精神"
    assert agenda_text(AgendaItem("学习讲话精神", True)) == "【第一议题】学习讲话精神"
    assert agenda_text(AgendaItem("研究发展党员", False)) == "研究发展党员"


def test_demo_agenda_titles_keep_their_quotes(demo_services):
    for row in demo_services.meetings.list():
        m = demo_services.meetings.get(row.uuid)
        for text in [m.title] + [a.title for a in m.agenda]:
            assert text.count("“") == text.count("”"), text
            assert text.count("《") == text.count("》"), text


@pytest.fixture
def qapp_chinese(qapp):  # noqa: ANN001
    theme.install_chinese(qapp)
    return qapp


def test_message_boxes_of_the_app_read_chinese(qapp_chinese, qtbot):
    box = QMessageBox(QMessageBox.Icon.Information, "提示", "已完成", QMessageBox.StandardButton.Ok
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"确定", "取消"}
    assert isinstance(QApplication.instance(), QApplication)


# -- 2. editors: Ctrl+S, a maximise button ----------------------------------------------------------------------------
def _press_ctrl_s(window) -> None:  # noqa: ANN001
    """What Ctrl+S does in the window: the offscreen platform has no active window, so Qt's shortcut map never
    matches a key press there; the window's own Ctrl+S shortcut is triggered as the map would."""
    from PySide6.QtGui import QKeySequence, QShortcut

    keys = QKeySequence(QKeySequence.StandardKey.Save)
    shortcuts = [sc for sc in window.findChildren(QShortcut) if sc.key() == keys and sc.isEnabled()]
    assert len(shortcuts) == 1 and shortcuts[0].parent() is window
    shortcuts[0].activated.emit()


def test_ctrl_s_saves_in_the_editors_and_they_can_be_maximised(qtbot, demo_services):
    from dangjian_desktop.domain.meetings import MeetingType
    from dangjian_desktop.ui.dialogs.group_dialog import GroupDialog

    s = demo_services
    dlg = MeetingDialog(s.meetings, s.branch, s.roster, s.drafts,
                        s.meetings.new_meeting([MeetingType.COMMITTEE], clock.today()))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.ui.titleEdit.setText("Ctrl+S 保存的支委会")
    assert dlg.meeting.uuid is None
    _press_ctrl_s(dlg)
    assert dlg.meeting.uuid and s.meetings.get(dlg.meeting.uuid).title == "Ctrl+S 保存的支委会"
    assert dlg.isVisible()  # saved, still open
    assert dlg.windowFlags() & Qt.WindowType.WindowMaximizeButtonHint
    group = GroupDialog(s.branch, s.roster.members(), None)
    qtbot.addWidget(group)
    group.show()
    group.ui.nameEdit.setText("第四党小组")
    _press_ctrl_s(group)
    assert group.saved is not None and "第四党小组" in [g.name for g in s.branch.groups()]


# -- 5. out of the demo ---------------------------------------------------------------------------------------------------
def test_the_window_leaves_the_demo_for_the_real_folder(qtbot, tmp_path, monkeypatch):
    from dangjian_desktop import app
    from dangjian_desktop.services import demo
    from dangjian_desktop.ui.main_window import MainWindow

    real = tmp_path / "dangjian-desktop"
    services = Services.open(real)
    services = app.switch_store("demo", services, real)  # 先用演示数据看看
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.is_demo and window.windowTitle().startswith("【演示数据】")
    assert window.ui.demoBanner.isVisibleTo(window) and "演示数据" in window.ui.demoLabel.text()
    assert window.leave_demo(ask=False) and window.switch_request == "leave-demo"
    services = app.switch_store(window.switch_request, services, real)
    try:
        assert services.store.paths.root == real and services.info.is_empty()
        assert not demo.demo_dir(real).exists() and demo.start_folder(real) == real
        plain = MainWindow(services)
        qtbot.addWidget(plain)
        assert not plain.is_demo and not plain.ui.demoBanner.isVisibleTo(plain)
        assert not plain.ui.actionLeaveDemo.isVisible()
    finally:
        services.close()
