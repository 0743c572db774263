"""The 组织生活会 and 谈心谈话 pages driven as a secretary would (pytest-qt, offscreen): the year's cycle typed in the
window — meeting, opinions, problem list, grades with the 优秀 share checked while typing and refused on saving,
ballots typed from the keyboard, rectification — and talks with the coverage matrix. Dialogs are filled and
accepted without exec(); message boxes are recorded."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtTest import QTest

from dangjian_desktop import clock
from dangjian_desktop.domain.appraisal import Grade
from dangjian_desktop.domain.life_meeting import Problem
from dangjian_desktop.domain.meetings import MeetingType
from dangjian_desktop.domain.room import RectStatus
from dangjian_desktop.ui.screens.appraisal_screen import AppraisalScreen
from dangjian_desktop.ui.screens.talks_screen import TalksScreen
from tests.services import small_branch


@pytest.fixture
def screen(qtbot, services, boxes):  # noqa: ANN001
    from dangjian_desktop.services import documents

    small_branch.build(services)
    opened: list[str] = []
    s = AppraisalScreen(services.appraisal, lambda key, out, year: documents.make(services, key, out, year),
                        opened.append)
    s.opened = opened
    qtbot.addWidget(s)
    s.resize(1280, 760)
    s.show()
    return s


def _select_year(screen: AppraisalScreen, year: int) -> None:
    i = screen.ui.yearCombo.findData(year)
    assert i >= 0
    screen.ui.yearCombo.setCurrentIndex(i)


def _hold_meeting(screen: AppraisalScreen, services) -> None:  # noqa: ANN001
    """Type the cycle in the form, save it, and make its meeting 10 days ago."""
    today = clock.today()
    _select_year(screen, today.year)
    ui = screen.ui
    ui.topicEdit.setText("以学铸魂、以学增智")
    ui.plannedEdit.setDate(today - dt.timedelta(days=10))
    ui.attendeeEdit.setText("测试党委组织部 张某")
    ui.createMeetingButton.click()
    c = services.appraisal.cycle(today.year)
    assert c is not None and c.topic == "以学铸魂、以学增智" and c.meeting is not None


def test_the_cycle_and_its_meeting_from_the_form(screen, services, boxes):  # noqa: ANN001
    _hold_meeting(screen, services)
    c = services.appraisal.cycle(clock.today().year)
    m = services.meetings.get(c.meeting_uuid)
    assert m.types == [MeetingType.LIFE_MEETING, MeetingType.APPRAISAL] and m.observers == "测试党委组织部 张某"
    assert "应到11人" in screen.ui.meetingLabel.text()
    assert not screen.ui.createMeetingButton.isEnabled() and screen.ui.openMeetingButton.isEnabled()
    screen.ui.openMeetingButton.click()
    assert screen.opened == [m.uuid]
    assert "召开会议" in screen.ui.checklistLabel.text() and "会前谈心谈话：已谈0/14对" in screen.ui.checklistLabel.text()


def test_opinions_and_problem_lists_typed_in_dialogs(screen, services, boxes):  # noqa: ANN001
    _select_year(screen, clock.today().year)
    dlg = screen.make_opinion_dialog(None)  # the first opinion makes the year's record
    dlg.ui.sourceCombo.setCurrentText("群众")
    dlg.ui.categoryCombo.setCurrentText("工作作风")
    dlg.ui.contentEdit.setPlainText("班组交接班要求不严")
    dlg.accept()
    assert dlg.result() and not dlg.ui.errorLabel.isVisible()
    screen.reload()
    assert screen.ui.opinionTable.rowCount() == 1 and "工作作风1条" in screen.ui.opinionInfoLabel.text()
    empty = screen.make_opinion_dialog(None)
    empty.accept()  # no content: refused, the dialog stays open with the reason
    assert empty.ui.errorLabel.isVisibleTo(empty) and "请填写意见内容" in empty.ui.errorLabel.text()
    screen.ui.ownerCombo.setCurrentText("乙")
    p = screen.make_problem_dialog(None)
    assert p.ui.ownerCombo.currentText() == "乙"  # the filter chosen is the list the problem goes to
    p.ui.problemEdit.setPlainText("联系群众不够")
    p.ui.measureEdit.setPlainText("每月到班组两次")
    p.ui.responsibleEdit.setText("乙")
    p.accept()
    screen.reload()
    [problem] = services.appraisal.cycle(clock.today().year).problems
    assert (problem.owner, problem.owner_uuid is not None) == ("乙", True)
    assert screen.ui.rectTable.rowCount() == 1


def test_grades_the_share_is_checked_while_typing_and_refused_on_saving(screen, services, boxes):  # noqa: ANN001
    _hold_meeting(screen, services)
    ui = screen.ui
    ui.tabs.setCurrentWidget(ui.gradesTab)
    ui.prepareButton.click()
    t = ui.entriesTable
    assert t.rowCount() == 11
    names = [t.item(r, 0).text() for r in range(t.rowCount())]
    combo = {n: t.cellWidget(r, 8) for r, n in enumerate(names)}
    assert not combo["子"].isEnabled() and combo["子"].currentText() == "不评定等次"
    for n in "甲乙丙丁":
        combo[n].setCurrentIndex(combo[n].findData(Grade.EXCELLENT.value))
    assert "超过了最多3名的规定" in ui.quotaLabel.text() and ui.quotaLabel.property("role") == "error"
    ui.saveGradesButton.click()
    assert boxes["error"] and "超过了参评党员10名的三分之一（最多3名）" in boxes["error"][-1]
    assert all(e.grade is None for e in services.appraisal.cycle(clock.today().year).entries)
    combo["丁"].setCurrentIndex(combo["丁"].findData(Grade.QUALIFIED.value))
    assert ui.quotaLabel.property("role") == "hint"
    ui.saveGradesButton.click()
    saved = {e.member_name: e.grade for e in services.appraisal.cycle(clock.today().year).entries}
    assert [n for n, g in saved.items() if g is Grade.EXCELLENT] == sorted("甲乙丙", key=names.index)
    assert saved["丁"] is Grade.QUALIFIED


def test_ballots_typed_from_the_keyboard(screen, services, boxes):  # noqa: ANN001
    _hold_meeting(screen, services)
    screen.ui.prepareButton.click()
    dlg = screen.grades.make_ballot_dialog()
    t = dlg.table
    t.setFocus()
    t.setCurrentCell(0, 0)
    QTest.keyClicks(t, "1" + "2" * (t.rowCount() - 1))  # the first member 优秀, the others 合格
    dlg.add_ballot()
    t.setCurrentCell(0, 1)
    QTest.keyClicks(t, "111" + "2" * (t.rowCount() - 3))
    dlg.add_ballot()
    t.setCurrentCell(0, 2)
    QTest.keyClicks(t, "1111")  # four 优秀 of ten: void
    dlg.ui.issuedSpin.setValue(11)
    assert "有效2张，无效1张（第3张评为优秀4名，超过规定的3名）" in dlg.ui.tallyLabel.text()
    assert t.item(0, 2).text() == "优" and t.item(4, 2).text() == ""
    dlg.accept()
    assert not dlg.ui.errorLabel.isVisibleTo(dlg), dlg.ui.errorLabel.text()
    screen.reload()
    c = services.appraisal.cycle(clock.today().year)
    votes = {e.member_name: e.votes for e in c.entries}
    assert votes[dlg.entries[0].member_name] == {Grade.EXCELLENT: 2, Grade.QUALIFIED: 0, Grade.BASIC: 0,
                                                 Grade.UNQUALIFIED: 0}
    assert votes[dlg.entries[1].member_name][Grade.QUALIFIED] == 1
    assert c.ballots_issued == 11 and c.ballots_returned == 3
    assert not screen.ui.returnedSpin.isEnabled()  # counted from the ballots now


def test_rectification_uses_the_activity_rooms_dialog(screen, services, boxes, previews):  # noqa: ANN001
    _hold_meeting(screen, services)
    c = services.appraisal.cycle(clock.today().year)
    p = services.appraisal.save_problem(c.uuid, Problem("学习不深入", measure="每季度研讨",
                                                        deadline=clock.today() + dt.timedelta(days=30)))
    screen.reload()
    dlg = screen.make_rectification_dialog(p.uuid)
    dlg.ui.completedEdit.setDate(clock.today())  # a completion date sets the state to 已完成
    dlg.accept()
    assert not dlg.ui.errorLabel.isVisibleTo(dlg), dlg.ui.errorLabel.text()
    [done] = services.appraisal.rectifications(c.uuid)
    assert done.status is RectStatus.DONE and done.completed_on == clock.today()
    screen.ui.tabs.setCurrentWidget(screen.ui.rectTab)
    screen.print_document()
    assert previews and previews[-1].name.endswith("整改清单.pdf") and previews[-1].stat().st_size > 0


def test_reminders_open_their_record(screen, services, boxes):  # noqa: ANN001
    _hold_meeting(screen, services)
    c = services.appraisal.cycle(clock.today().year)
    screen.open_record("entry", c.uuid)
    assert screen.ui.tabs.currentWidget() is screen.ui.gradesTab


# -- 谈心谈话 --------------------------------------------------------------------------------------------------------


@pytest.fixture
def talks_screen(qtbot, services, boxes):  # noqa: ANN001
    small_branch.build(services)
    s = TalksScreen(services.talks)
    qtbot.addWidget(s)
    s.resize(1280, 760)
    s.show()
    return s


def test_a_talk_typed_in_the_dialog_fills_the_coverage(talks_screen, services, boxes):  # noqa: ANN001
    s = talks_screen
    assert "按规定应谈15对，已谈0对" in s.ui.summaryLabel.text()
    dlg = s.make_dialog()
    dlg.ui.aCombo.setCurrentText("甲")
    dlg.ui.bCombo.setCurrentText("丁")
    dlg.ui.placeEdit.setText("党员活动室")
    dlg.ui.contentEdit.setPlainText("交流学习体会")
    dlg.accept()
    assert not dlg.ui.errorLabel.isVisibleTo(dlg), dlg.ui.errorLabel.text()
    s._after_save(dlg.saved)
    assert s.ui.talksTable.rowCount() == 1 and "已谈1对" in s.ui.summaryLabel.text()
    m = s.ui.matrixTable
    header = [m.horizontalHeaderItem(c).text() for c in range(m.columnCount())]
    rows = {m.item(r, 0).text(): r for r in range(m.rowCount())}
    assert m.item(rows["丁"], header.index("甲")).text() == "1"
    assert m.item(rows["丁"], header.index("乙")).text() == "应谈"
    assert m.item(rows["戊"], header.index("乙")).text() == ""  # 戊 is in the other 党小组
    # a missing pair picked in the list becomes a new talk for those two
    s.ui.missingTable.selectRow(0)
    s.ui.missingTable.setFocus()
    pair = s.selected_pair()
    assert pair is not None and {pair[0][0], pair[1][0]} == {"甲", "乙"}


def test_a_talk_with_the_same_person_twice_is_refused_in_the_dialog(talks_screen, boxes):  # noqa: ANN001
    dlg = talks_screen.make_dialog()
    dlg.ui.aCombo.setCurrentText("甲")
    dlg.ui.bCombo.setCurrentText("甲")
    dlg.accept()
    assert "谈话人和谈话对象不能是同一个人" in dlg.ui.errorLabel.text() and "请填写谈话的主要内容" in dlg.ui.errorLabel.text()


def test_register_prints_and_coverage_opens_from_home(talks_screen, previews):  # noqa: ANN001
    talks_screen.print_document()
    assert previews and previews[-1].stat().st_size > 0
    talks_screen.open_record("coverage", str(clock.today().year))
    assert talks_screen.ui.tabs.currentWidget() is talks_screen.ui.coverageTab
    assert talks_screen.ui.matrixTable.rowCount() == 11


def test_settings_tabs_change_the_rules(qtbot, services, boxes):  # noqa: ANN001
    from dangjian_desktop.ui.screens.appraisal_settings import AppraisalSettingsTab
    from dangjian_desktop.ui.screens.talks_settings import TalksSettingsTab

    small_branch.build(services)
    tab = AppraisalSettingsTab(services.appraisal)
    qtbot.addWidget(tab)
    tab.ui.shareCombo.setCurrentIndex(tab.ui.shareCombo.findText("30%"))
    tab.ui.probationaryCheck.setChecked(True)
    tab.ui.categoriesEdit.setPlainText("学习\n作风\n\n作风")
    assert tab.save()
    rules = services.appraisal.rules()
    assert (rules.excellent_numerator, rules.excellent_denominator, rules.probationary_graded) == (3, 10, True)
    assert services.appraisal.opinion_categories() == ("学习", "作风")
    tab.defaults()
    assert tab.ui.shareCombo.currentText() == "三分之一（默认）" and not tab.ui.probationaryCheck.isChecked()
    talks = TalksSettingsTab(services.talks)
    qtbot.addWidget(talks)
    talks.ui.committeeCheck.setChecked(False)
    talks.ui.remindSpin.setValue(11)
    assert talks.save()
    assert not services.talks.rules().committee_pairs and services.talks.rules().remind_from_month == 11


def test_edit_and_print_act_on_the_selected_talk(talks_screen, services, boxes, previews, monkeypatch):  # noqa: ANN001
    from dangjian_desktop.domain.talks import Talk

    s = talks_screen
    s.edit_selected()
    s.print_selected()
    assert boxes["info"] == ["请先在列表中选中一次谈话。"] * 2 and not previews
    saved = services.talks.save(Talk(clock.today(), "甲", "丁", content="交流学习体会"), clock.today())
    s.reload()
    assert s.select(saved.uuid)
    opened: list[Talk | None] = []

    class Closed:  # the dialog as the secretary closes it with 取消
        saved = None

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(s, "make_dialog", lambda talk=None: opened.append(talk) or Closed())
    s.edit_selected()
    assert [t.uuid for t in opened] == [saved.uuid]
    s.print_selected()
    assert len(previews) == 1 and "甲" in previews[0].name and "丁" in previews[0].name
