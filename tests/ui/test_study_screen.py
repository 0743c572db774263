"""The 学习 page (offscreen): the hours table and the study entered per member, the 第一议题 ledger with 补登, the
small 第一议题 dialog on its own, and the two settings tabs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from dangjian_desktop import clock
from dangjian_desktop.domain.first_topic import Study
from dangjian_desktop.domain.meetings import MeetingType
from dangjian_desktop.ui.dialogs.first_topic_dialog import FirstTopicDialog
from dangjian_desktop.ui.screens.study_screen import StudyScreen
from tests.conftest import demo_year


def _accepting(monkeypatch, fill):  # noqa: ANN001
    """StudyScreen._exec runs the dialog: fill it and press 保存 instead."""
    def run(self, dlg: QDialog) -> bool:  # noqa: ANN001
        fill(dlg)
        dlg.accept()
        return dlg.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(StudyScreen, "_exec", run)


def test_hours_and_other_study_per_member(qtbot, demo_services, boxes, monkeypatch):
    s = demo_services
    screen = StudyScreen(s)
    qtbot.addWidget(screen)
    year = clock.today().year
    ui = screen.ui
    rows = s.study_hours.year(year).rows
    assert ui.hoursTable.rowCount() == len(rows)
    first = rows[0]
    ui.hoursTable.selectRow(0)
    assert ui.trainingTitle.text() == f"{first.name}的其他学习"
    before = ui.hoursTable.item(0, 6).text()

    def fill(dlg):  # noqa: ANN001
        dlg.ui.titleEdit.setText("党校专题培训")
        dlg.ui.hoursEdit.setText("2.5")

    _accepting(monkeypatch, fill)
    screen.edit_training(None)
    assert not boxes["error"]
    ui.hoursTable.selectRow(0)
    after = ui.hoursTable.item(0, 6).text()
    assert float(after) == pytest.approx(float(before) + 2.5)
    assert ui.trainingsTable.item(ui.trainingsTable.rowCount() - 1, 1).text().startswith("党校专题培训")
    _accepting(monkeypatch, lambda dlg: dlg.ui.hoursEdit.setText("两个半"))
    dlg = screen.edit_training(None)
    assert dlg.ui.errorLabel.isVisibleTo(dlg) and "学时请填写" in dlg.ui.errorLabel.text()


def test_first_topic_ledger_and_completing_a_study(qtbot, demo_services, boxes, monkeypatch):
    s = demo_services
    screen = StudyScreen(s)
    qtbot.addWidget(screen)
    year = demo_year()
    screen.ui.yearCombo.setCurrentIndex(screen.ui.yearCombo.findData(year))
    screen.refresh()
    entries = s.first_topic.entries(year)
    assert screen.ui.firstTopicTable.rowCount() == len(entries)
    assert f"全年第一议题学习{len(entries)}次" in screen.ui.shareLabel.text()
    screen.ui.firstTopicTable.selectRow(0)

    def fill(dlg):  # noqa: ANN001
        dlg.ui.titleEdit.setText("在某次会议上的重要讲话")
        dlg.ui.followUpEdit.setPlainText("梳理问题清单，下月支委会研究")

    _accepting(monkeypatch, fill)
    screen.edit_study()
    got = s.meetings.get(entries[0].meeting_uuid).agenda[0].study
    assert got.title == "在某次会议上的重要讲话" and got.follow_up == "梳理问题清单，下月支委会研究"
    assert screen.ui.firstTopicTable.item(0, 2).text() == "在某次会议上的重要讲话"


def test_first_topic_dialog_returns_the_study_typed(qtbot):
    day = dt.date(2026, 5, 6)
    kept: list[Study] = []
    dlg = FirstTopicDialog(None, meeting_text="2026-05-06 支委会", item_title="第一议题：学习重要讲话精神",
                           meeting_date=day, leaders=["甲", "乙"], save=lambda st: kept.append(st) or st)
    qtbot.addWidget(dlg)
    assert dlg.ui.titleEdit.text() == "重要讲话精神" and dlg.ui.ledByCombo.currentText() == "甲"
    dlg.ui.speechDate.setDate(day + dt.timedelta(days=1))
    dlg.accept()
    assert not kept and "晚于会议日期" in dlg.ui.errorLabel.text()  # refused: the dialog stays open
    dlg.ui.speechDate.setDate(day - dt.timedelta(days=10))
    dlg.ui.formCombo.setCurrentText("书记领学")
    dlg.accept()
    assert kept == [Study("重要讲话精神", "", day - dt.timedelta(days=10), "甲", "书记领学", "")]
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_rules_tabs_save_the_numbers(qtbot, demo_services, boxes):
    from dangjian_desktop.domain.elections import ElectedBasis
    from dangjian_desktop.ui.screens.election_rules_tab import ElectionRulesTab
    from dangjian_desktop.ui.screens.study_rules_tab import StudyRulesTab

    el = ElectionRulesTab(demo_services.elections)
    qtbot.addWidget(el)
    el.ui.basisCombo.setCurrentIndex(el.ui.basisCombo.findData(ElectedBasis.PRESENT))
    assert "实到" in el.ui.basisCite.text()
    el.ui.marginSpin.setValue(25)
    assert el.save()
    assert demo_services.elections.rules().margin_percent == 25
    assert demo_services.elections.rules().elected_basis is ElectedBasis.PRESENT
    st = StudyRulesTab(demo_services.study_hours)
    qtbot.addWidget(st)
    st.ui.secretarySpin.setValue(56)
    for i in range(st.ui.typesList.count()):  # nothing counted: refused with a reason
        st.ui.typesList.item(i).setCheckState(st.ui.typesList.item(i).checkState().Unchecked)
    assert not st.save() and "至少选择一种" in boxes["error"][-1]
    st.show_rules(demo_services.study_hours.rules())
    st.ui.secretarySpin.setValue(56)
    assert st.save()
    rules = demo_services.study_hours.rules()
    assert rules.secretary_hours == 56 and MeetingType.THEME_DAY in rules.counted_types
