"""设置 page: branch profile with term presets and committee, 党小组 list, lazily built feature tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.enums import BranchKind, CommitteeRole
from dangjian_desktop.ui.screens.settings_screen import SettingsScreen
from dangjian_desktop.ui.settings_tabs import SettingsTab, settings_tabs


def _screen(qtbot, services) -> SettingsScreen:
    w = SettingsScreen(services, None)
    qtbot.addWidget(w)
    w.resize(1100, 720)
    w.show()
    return w


def test_first_tabs_and_empty_store(qtbot, services):
    w = _screen(qtbot, services)
    tabs = w.ui.tabs
    assert [tabs.tabText(i) for i in range(2)] == ["支部信息", "党小组"]
    assert "还没有填写党支部信息" in w.ui.savedLabel.text()
    assert not w.ui.addGroupButton.isEnabled()
    assert "先在“支部信息”" in w.ui.groupsEmptyLabel.text()


def test_save_profile_with_term_presets(qtbot, services):
    w = _screen(qtbot, services)
    form = w.ui.profileForm
    ui = form.ui
    ui.nameEdit.setText("新建党支部")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(BranchKind.JOINT_BRANCH))
    ui.parentEdit.setText("某公司党委")
    ui.foundedDate.setDate(dt.date(2010, 7, 1))
    ui.electionDate.setDate(dt.date(2023, 4, 10))
    ui.term3Button.click()
    assert ui.termSpin.value() == 3
    assert "2026年4月10日" in form.term_end_text()
    ui.term5Button.click()
    assert "2028年4月10日" in form.term_end_text()
    ui.termSpin.setValue(4)
    assert "2027年4月10日" in form.term_end_text()
    assert w.save_branch()
    b = services.branch.profile()
    assert (b.name, b.kind, b.parent_committee, b.founded_on, b.election_date, b.term_years) == (
        "新建党支部", BranchKind.JOINT_BRANCH, "某公司党委", dt.date(2010, 7, 1), dt.date(2023, 4, 10), 4)
    assert "已保存" in w.ui.savedLabel.text()
    assert w.ui.addGroupButton.isEnabled()


def test_invalid_profile_errors_inline(qtbot, services):
    w = _screen(qtbot, services)
    form = w.ui.profileForm
    form.ui.electionDate.setDate(clock.today() + dt.timedelta(days=10))
    assert not w.save_branch()
    assert "请填写党支部名称" in form.error_text() and "不能晚于今天" in form.error_text()
    assert services.branch.profile() is None


def test_committee_seats_from_members(qtbot, demo_services):
    w = _screen(qtbot, demo_services)
    form = w.ui.profileForm
    table = form.ui.committeeTable
    assert table.rowCount() == 5
    seats = form.branch().committee
    assert seats[0].role is CommitteeRole.SECRETARY and seats[0].name
    # replace the last 委员 with another member and change the 分工
    member = demo_services.roster.members()[-1]
    form.select_seat_member(4, member.uuid)
    table.cellWidget(4, 2).setText("青年委员")
    form.ui.addSeatButton.click()
    assert table.rowCount() == 6
    table.selectRow(5)
    form.ui.removeSeatButton.click()
    assert w.save_branch()
    saved = demo_services.branch.profile().committee
    assert len(saved) == 5 and (saved[4].member_uuid, saved[4].name, saved[4].duty) == (
        member.uuid, member.name, "青年委员")


def test_two_secretaries_refused(qtbot, demo_services):
    w = _screen(qtbot, demo_services)
    table = w.ui.profileForm.ui.committeeTable
    role = table.cellWidget(1, 0)
    role.setCurrentIndex(role.findData(CommitteeRole.SECRETARY))
    assert not w.save_branch()
    assert "书记只能有一位" in w.ui.profileForm.error_text()


def test_unsaved_changes_survive_refresh_and_are_guarded(qtbot, demo_services, monkeypatch):
    w = _screen(qtbot, demo_services)
    w.ui.profileForm.ui.nameEdit.setText("改了名字")
    w.ui.profileForm.ui.nameEdit.textEdited.emit("改了名字")
    w.refresh()
    assert w.ui.profileForm.ui.nameEdit.text() == "改了名字"
    asked: list[str] = []
    monkeypatch.setattr("dangjian_desktop.ui.messages.confirm", lambda parent, text, *a, **k: asked.append(text))
    assert not w.can_close()
    assert asked
    w.ui.revertBranchButton.click()
    assert w.ui.profileForm.ui.nameEdit.text() == demo_services.branch.profile().name
    assert w.can_close()


def test_groups_add_edit_delete_with_confirmation(qtbot, demo_services, monkeypatch):
    from dangjian_desktop.ui.dialogs.group_dialog import GroupDialog

    w = _screen(qtbot, demo_services)
    w.ui.tabs.setCurrentIndex(1)
    t = w.ui.groupsTable
    assert t.rowCount() == 3
    assert t.item(0, 1).text() and int(t.item(0, 2).text()) > 0
    leader = demo_services.roster.members()[0]

    def add(dlg: GroupDialog) -> int:
        dlg.ui.nameEdit.setText("第四党小组")
        dlg.ui.leaderCombo.setCurrentIndex(dlg.ui.leaderCombo.findData(leader.uuid))
        dlg.accept()  # 保存
        return dlg.result()

    monkeypatch.setattr(GroupDialog, "exec", add)
    w.ui.addGroupButton.click()
    assert t.rowCount() == 4
    assert w.current_group().name == "第四党小组" and w.current_group().leader_name == leader.name

    def rename_to_existing(dlg: GroupDialog) -> int:
        dlg.ui.nameEdit.setText("第一党小组（运维）")
        dlg.accept()  # refused: the dialog stays open and says why
        assert dlg.result() != QDialog.DialogCode.Accepted and dlg.saved is None
        assert "已经有" in dlg.ui.errorLabel.text() and dlg.ui.errorLabel.isVisibleTo(dlg)
        dlg.ui.nameEdit.setText("第四党小组（新）")
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(GroupDialog, "exec", rename_to_existing)
    w.ui.editGroupButton.click()
    assert "第四党小组（新）" in [g.name for g in demo_services.branch.groups()]

    w.select_group(demo_services.branch.groups()[0].uuid)
    first = w.current_group()
    asked: list[str] = []
    monkeypatch.setattr("dangjian_desktop.ui.messages.confirm",
                        lambda parent, text, *a, **k: asked.append(text) or False)
    assert not w.delete_group()
    assert len(demo_services.branch.groups()) == 4 and "不会被删除" in asked[0]
    monkeypatch.setattr("dangjian_desktop.ui.messages.confirm", lambda *a, **k: True)
    members_before = demo_services.info.counts()["member"]
    assert w.delete_group()
    assert first.name not in [g.name for g in demo_services.branch.groups()]
    assert demo_services.info.counts()["member"] == members_before


def _probe_tab(services, window) -> QWidget:
    w = QLabel("probe")
    w.setObjectName("probeTab")
    return w


def test_feature_tabs_are_built_on_first_show(qtbot, services, monkeypatch):
    import dangjian_desktop.ui.screens.settings_screen as mod

    monkeypatch.setattr(mod, "settings_tabs", lambda: [SettingsTab("会议规则", f"{__name__}:_probe_tab", "meetings"),
                                                       SettingsTab("坏的", "no.such.module:fn", "meetings")])
    w = _screen(qtbot, services)
    tabs = w.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["支部信息", "党小组", "会议规则", "坏的"]
    assert tabs.widget(2).objectName() != "probeTab"  # not built yet
    tabs.setCurrentIndex(2)
    assert tabs.widget(2).objectName() == "probeTab" and tabs.currentIndex() == 2
    assert w.show_tab("坏的") is not None
    assert "暂时无法打开" in tabs.widget(3).findChild(QLabel).text()


def test_headquarters_store_shows_no_branch_form(qtbot, services):
    services.branch.init_headquarters("示范能源公司党委")
    w = _screen(qtbot, services)
    assert "示范能源公司党委" in w.ui.hqLabel.text()
    assert not w.ui.profileForm.isEnabled() and not w.ui.saveBranchButton.isEnabled()


def test_every_declared_tab_is_built_over_its_kind(qtbot, services):
    """The tabs the record kinds declare, as the page builds them: a settings-tab class over the kind's own service
    (谈心谈话 edits ``services.talks``), a factory with the window (数据交换)."""
    from dangjian_desktop.ui.screens.talks_settings import TalksSettingsTab

    w = _screen(qtbot, services)
    titles = [tab.title for tab in settings_tabs()]
    assert {"会议规则", "谈心谈话", "换届选举规则", "学习学时", "党费", "数据交换", "备份与恢复"} <= set(titles)
    for title in titles:
        widget = w.show_tab(title)
        assert widget is not None and widget.findChild(QLabel) is not None
        assert "暂时无法打开" not in " ".join(label.text() for label in widget.findChildren(QLabel)), title
    talks = w.show_tab("谈心谈话")
    assert isinstance(talks, TalksSettingsTab) and talks.svc is services.talks

