"""The 换届 page in the window (offscreen): a whole 换届 typed in the four steps with the rules checked while typing,
the papers printed, the approval that updates 设置 › 支部信息 and keeps the old committee in the history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from dangjian_desktop import clock
from dangjian_desktop.domain.enums import CommitteeRole
from dangjian_desktop.domain.meetings import AbsenceReason
from dangjian_desktop.ui import theme
from dangjian_desktop.ui.screens.election_parts import set_ticked
from dangjian_desktop.ui.screens.elections_screen import ElectionsScreen
from tests.conftest import pdf_text
from tests.elections_helpers import small_branch


def _checks(screen: ElectionsScreen) -> list[str]:
    screen.update_checks()
    return [screen.ui.checksList.item(i).text() for i in range(screen.ui.checksList.count())]


def test_a_whole_election_in_the_window(qtbot, services, boxes, previews):
    today = clock.today()
    small_branch(services, today)
    screen = ElectionsScreen(services)
    qtbot.addWidget(screen)
    assert "届满" in screen.ui.termLabel.text()
    screen.new_election()
    ui = screen.ui
    assert ui.seatsSpin.value() == 3 and "妥否，请批示" in ui.requestTextEdit.toPlainText()
    # step 1: the 请示 and the 批复
    ui.requestDate.setDate(today - dt.timedelta(days=30))
    ui.replyDate.setDate(today - dt.timedelta(days=20))
    ui.replyNoEdit.setText("党委〔2〕号")
    # step 2: three candidates for three seats break the 差额 rule, live
    set_ticked(ui.candidatesList, ["甲一", "乙二", "丙三"])
    assert any(t.startswith("✗") and "不少于4名" in t for t in _checks(screen))
    assert ui.candidatesCount.text() == "已选3名，至少4名"
    set_ticked(ui.candidatesList, ["甲一", "乙二", "丙三", "丁四"])
    set_ticked(ui.scrutineersList, ["甲一"])
    assert any("甲一是候选人，不能担任监票人" in t for t in _checks(screen))
    set_ticked(ui.scrutineersList, ["戊五"])
    set_ticked(ui.tellersList, ["己六"])
    assert not [t for t in _checks(screen) if t.startswith("✗")]
    assert screen.save() and screen.current.uuid
    # step 3: the 选举大会, held five days ago; one member absent
    ui.meetingDate.setDate(today - dt.timedelta(days=5))
    ui.planMeetingButton.click()
    e = screen.current
    m = services.meetings.get(e.meeting_uuid)
    absent = next(a for a in m.attendees if a.name == "癸十")
    absent.present, absent.reason = False, AbsenceReason.SICK
    m.host, m.recorder = "甲一", "庚七"
    services.meetings.save(m, today)
    ui.fromMeetingButton.click()
    assert (ui.votersDueSpin.value(), ui.votersPresentSpin.value()) == (10, 9)
    ui.addRoundButton.click()
    assert ui.votesTable.rowCount() == 4 and ui.issuedSpin.value() == 9
    ui.returnedSpin.setValue(9)
    ui.voidSpin.setValue(1)
    assert ui.validSpin.value() == 8  # returned − void
    rows = {ui.votesTable.item(r, 0).text(): r for r in range(4)}  # the candidates in the order they were listed
    for name, (yes, no) in {"甲一": (8, 0), "乙二": (7, 1), "丙三": (6, 2), "丁四": (2, 6)}.items():
        ui.votesTable.cellWidget(rows[name], 1).setValue(yes)
        ui.votesTable.cellWidget(rows[name], 2).setValue(no)
    screen.update_checks()
    assert "当选：甲一、乙二、丙三" in ui.outcomeLabel.text()  # by votes
    # the numbers typed are seen in the window's style: each cell's text field is wide enough for 9999 (a
    # button-less spin box under the stylesheet got a text field 1 px wide)
    screen.setStyleSheet(theme.STYLE)
    screen.resize(1280, 700)
    screen.show()
    ui.stepTabs.setCurrentWidget(ui.stepVote)
    qtbot.waitExposed(screen)
    spin = ui.votesTable.cellWidget(rows["甲一"], 1)
    assert spin.isVisible() and spin.lineEdit().width() >= spin.fontMetrics().horizontalAdvance("9999")
    assert ui.votesTable.item(rows["丁四"], 4).text() == "未当选（需6票）"
    assert ui.votesTable.item(rows["丙三"], 4).text() == "当选"
    # step 4: 分工 and the approval
    ui.fillCommitteeButton.click()
    assert ui.committeeTable.rowCount() == 3
    names = [ui.committeeTable.item(r, 0).text() for r in range(3)]
    assert names == ["甲一", "乙二", "丙三"]  # in the order elected
    screen.committee.set_role(1, CommitteeRole.SECRETARY, "主持全面工作")
    screen.committee.set_role(0, CommitteeRole.MEMBER, "组织委员")
    ui.reportDate.setDate(today - dt.timedelta(days=3))
    ui.approvedDate.setDate(today)
    ui.approvalNoEdit.setText("党委〔9〕号")
    screen.update_checks()
    assert ui.approvalLabel.text().startswith("可以登记批准")
    for key, title in (("ballot", "选票"), ("tally", "计票单"), ("report", "选举结果报告"), ("minutes", "选举大会会议记录"),
                       ("request", "请示")):
        screen.print_paper(key, title)
    assert len(previews) == 5 and "乙二同志为书记" in pdf_text(previews[2]).replace(" ", "")
    ui.approveButton.click()
    assert not boxes["error"], boxes["error"]
    b = services.branch.require_profile()
    assert b.secretary_name == "乙二" and b.election_date == today - dt.timedelta(days=5)
    assert not ui.saveButton.isEnabled() and "只读" in ui.dirtyLabel.text()
    assert ui.termsTable.rowCount() == 2 and ui.termsTable.item(1, 2).text() == "甲一"  # the old secretary


def test_the_branch_profile_shows_the_history(qtbot, services, boxes):
    from dangjian_desktop.ui.screens.settings_screen import SettingsScreen
    from tests.elections_helpers import held_election

    today = clock.today()
    small_branch(services, today)
    held_election(services, today, approve=True)
    settings = SettingsScreen(services)
    qtbot.addWidget(settings)
    form = settings.ui.profileForm
    assert not form.termsButton.isHidden() and "甲一" in form.termsButton.text()
    form.show_terms()
    table = form.terms_dialog.table
    assert table.rowCount() == 2 and table.item(0, 2).text() == "乙二" and "本届" in table.item(0, 1).text()
    assert "甲一" in table.item(1, 3).text() and table.item(1, 4).text() == "支部信息"
    form.terms_dialog.close()


def test_an_empty_branch_and_a_reminder_open_the_page(qtbot, services, boxes):
    today = clock.today()
    small_branch(services, today)
    screen = ElectionsScreen(services)
    qtbot.addWidget(screen)
    assert screen.current is None and not screen.ui.stepTabs.isEnabled()
    screen.open_record("branch", "")  # the 首页 reminder "任期将届满" opens a new 换届
    assert screen.current is not None and screen.current.uuid is None and screen.ui.stepTabs.isEnabled()
    assert screen.ui.electionCombo.currentText() == "新的换届（未保存）"


def test_write_in_and_checks_of_counts(qtbot, services, boxes, monkeypatch):
    from tests.elections_helpers import held_election

    today = clock.today()
    small_branch(services, today)
    e = held_election(services, today)
    screen = ElectionsScreen(services)
    qtbot.addWidget(screen)
    assert screen.current.uuid == e.uuid
    monkeypatch.setattr("dangjian_desktop.ui.screens.elections_screen.QInputDialog.getText",
                        lambda *a, **k: ("辛八", True))
    screen.ui.addWriteInButton.click()
    t = screen.ui.votesTable
    assert t.item(4, 0).text() == "辛八（另选）" and not t.cellWidget(4, 2).isEnabled()
    screen.ui.returnedSpin.setValue(10)  # more ballots back than handed out
    assert any("本轮选举无效" in c for c in _checks(screen))
    assert screen.ui.votesTable.item(0, 4).text() == "本轮无效"
    screen.ui.returnedSpin.setValue(9)
    screen.save()
    assert [v.name for v in services.elections.get(e.uuid).rounds[0].votes][-1] == "辛八"
    assert Qt  # noqa: B018 - imported for readers of the cell flags above
