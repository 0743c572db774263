"""First start on an empty store: fill in the branch, use the demo branch, or make a 上级党委 store."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from dangjian_desktop.ui import first_start
from dangjian_desktop.domain.enums import CommitteeRole
from dangjian_desktop.ui.first_start import CHOICE, COMMITTEE, HQ, PROFILE, FirstStartDialog, maybe_run_first_start


def _dialog(qtbot, services) -> FirstStartDialog:
    dlg = FirstStartDialog(services)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_fill_in_branch(qtbot, services):
    dlg = _dialog(qtbot, services)
    assert dlg.ui.stack.currentIndex() == CHOICE
    dlg.ui.profileButton.click()
    assert dlg.ui.stack.currentIndex() == PROFILE
    assert not dlg.ui.profileForm.ui.committeeGroup.isVisible()  # the committee is the next step
    assert not dlg.finish()  # name missing
    assert "请填写党支部名称" in dlg.ui.profileForm.error_text()
    form = dlg.ui.profileForm.ui
    form.nameEdit.setText("新党支部")
    form.parentEdit.setText("某党委")
    form.electionDate.setDate(dt.date(2024, 1, 5))
    dlg.finish()  # 下一步: the basic information is saved, the 支委会 step follows
    assert dlg.ui.stack.currentIndex() == COMMITTEE and form.committeeGroup.isVisible()
    b = services.branch.profile()
    assert b.name == "新党支部" and b.term_years == 5 and b.election_date == dt.date(2024, 1, 5)
    assert not services.info.is_empty()
    # no roster yet: the names are typed
    assert form.committeeTable.rowCount() == 1  # the 书记's seat, ready
    dlg.ui.profileForm.select_seat_member(0, "")
    form.committeeTable.cellWidget(0, 1).setEditText("李书记")
    dlg.ui.profileForm.add_seat(CommitteeRole.MEMBER, "王委员", "组织委员")
    assert dlg.finish()
    assert dlg.choice == "profile" and dlg.result() == QDialog.DialogCode.Accepted
    seats = services.branch.profile().committee
    assert [(str(s.role), s.name, s.member_uuid) for s in seats] == [("书记", "李书记", None), ("委员", "王委员", None)]


def test_back_returns_to_choices(qtbot, services):
    dlg = _dialog(qtbot, services)
    dlg.ui.hqButton.click()
    assert dlg.ui.stack.currentIndex() == HQ
    dlg.ui.backButton.click()
    assert dlg.ui.stack.currentIndex() == CHOICE and not dlg.ui.finishButton.isVisible()


def test_demo_data_goes_to_a_folder_of_its_own(qtbot, services):
    dlg = _dialog(qtbot, services)
    dlg.ui.demoButton.click()
    assert dlg.choice == "demo" and dlg.result() == QDialog.DialogCode.Accepted
    assert services.info.is_empty()  # nothing written into the real folder


def test_headquarters_mode(qtbot, services):
    dlg = _dialog(qtbot, services)
    dlg.ui.hqButton.click()
    assert not dlg.finish()
    assert "请填写上级党委名称" in dlg.ui.hqErrorLabel.text()
    dlg.ui.hqNameEdit.setText("示范能源公司党委")
    assert dlg.finish()
    assert services.branch.mode().value == "hq" and services.branch.hq_name() == "示范能源公司党委"


def test_maybe_run_only_on_an_empty_store_and_switches_to_the_demo(qtbot, services, monkeypatch):
    from dangjian_desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "show", lambda: None)
    monkeypatch.setattr(FirstStartDialog, "exec", lambda dlg: dlg.use_demo())
    assert maybe_run_first_start(window, services) == "demo"
    assert window.switch_request == "demo" and services.info.is_empty()
    services.branch.save_profile(services.branch.profile() or _branch())
    # not empty any more: no dialog
    monkeypatch.setattr(FirstStartDialog, "exec", lambda dlg: (_ for _ in ()).throw(AssertionError("shown")))
    assert maybe_run_first_start(window, services) == ""


def _branch():
    from dangjian_desktop.domain.roster import Branch

    return Branch(name="新党支部")


def test_after_profile_the_members_page_is_shown(qtbot, demo_services):
    from dangjian_desktop.ui.main_window import MainWindow

    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    first_start.after_first_start(window, "profile")
    assert window.current_key() == "members"
    assert demo_services.branch.profile().name in window.windowTitle()
