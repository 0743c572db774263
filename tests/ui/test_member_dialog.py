"""Member dialog: all fields round trip, live 身份证号 check fills birth date and gender, inline Chinese errors,
Enter saves, Esc cancels."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from dangjian_desktop import clock
from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.enums import MemberCategory, MemberStatus
from dangjian_desktop.ui.dialogs.member_dialog import MemberDialog
from dangjian_desktop.ui.widgets.date_edit import OptionalDateEdit

VALID_ID = idcard.make_valid("32010219850315002")  # 女, 1985-03-15


def _dialog(qtbot, services, member=None) -> MemberDialog:
    dlg = MemberDialog(services.roster, services.branch.groups(), member)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_new_member_with_every_field(qtbot, demo_services):
    dlg = _dialog(qtbot, demo_services)
    ui = dlg.ui
    group = demo_services.branch.groups()[2]
    ui.nameEdit.setText("钱学敏")
    ui.idEdit.setText(VALID_ID)
    assert ui.birthDate.date() == dt.date(1985, 3, 15) and ui.genderCombo.currentText() == "女"
    assert "号码有效" in ui.idStatusLabel.text()
    ui.ethnicityCombo.setCurrentText("回族")
    ui.educationCombo.setCurrentText("研究生")
    ui.phoneEdit.setText("13912345678")
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(MemberCategory.PROBATIONARY))
    ui.joinedDate.setDate(clock.today() - dt.timedelta(days=90))
    ui.groupCombo.setCurrentIndex(ui.groupCombo.findData(group.uuid))
    ui.positionEdit.setText("质检员")
    ui.joinedBranchDate.setDate(dt.date(2020, 5, 1))
    ui.noteEdit.setPlainText("从外单位转入")
    assert dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted
    m = demo_services.roster.member(dlg.saved.uuid)
    assert (m.name, m.gender, m.ethnicity, m.education, m.phone, m.position, m.note) == (
        "钱学敏", "女", "回族", "研究生", "13912345678", "质检员", "从外单位转入")
    assert m.category is MemberCategory.PROBATIONARY and m.group_uuid == group.uuid
    assert m.birth_date == dt.date(1985, 3, 15) and m.joined_branch_on == dt.date(2020, 5, 1)
    assert m.full_member_on is None and m.status is MemberStatus.ACTIVE


def test_edit_keeps_everything_and_status(qtbot, demo_services):
    from dangjian_desktop.domain.roster import MemberFilter

    gone = next(m for m in demo_services.roster.members(MemberFilter(include_inactive=True)) if not m.status.is_active)
    dlg = _dialog(qtbot, demo_services, gone)
    assert dlg.ui.nameEdit.text() == gone.name
    assert "转出" in dlg.ui.statusLabel.text()
    dlg.ui.positionEdit.setText("新岗位")
    assert dlg.save()
    again = demo_services.roster.member(gone.uuid)
    assert again.position == "新岗位"
    assert again.status is gone.status and again.status_date == gone.status_date
    assert again.id_number == gone.id_number and again.joined_party_on == gone.joined_party_on


def test_bad_id_number_is_shown_live_and_inline(qtbot, demo_services):
    dlg = _dialog(qtbot, demo_services)
    ui = dlg.ui
    ui.nameEdit.setText("孙某")
    ui.idEdit.setText(VALID_ID[:10])
    assert "已输入10位" in ui.idStatusLabel.text()
    bad = VALID_ID[:17] + ("0" if VALID_ID[17] != "0" else "1")
    ui.idEdit.setText(bad)
    assert "校验位" in ui.idStatusLabel.text()
    before = demo_services.info.counts()["member"]
    assert not dlg.save()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "校验位" in dlg.error_text()
    assert "B22222" in ui.idEdit.styleSheet()  # the field is marked
    assert demo_services.info.counts()["member"] == before


def test_several_problems_listed_in_chinese(qtbot, demo_services):
    dlg = _dialog(qtbot, demo_services)
    ui = dlg.ui
    ui.phoneEdit.setText("电话")
    ui.birthDate.setDate(dt.date(2000, 1, 1))
    ui.joinedDate.setDate(dt.date(2010, 1, 1))
    assert not dlg.save()
    text = dlg.error_text()
    assert "姓名不能为空" in text and "联系电话格式不正确" in text and "年满18岁" in text


def test_duplicate_id_number_refused(qtbot, demo_services):
    existing = demo_services.roster.members()[0]
    dlg = _dialog(qtbot, demo_services)
    dlg.ui.nameEdit.setText("重复者")
    dlg.ui.idEdit.setText(existing.id_number)
    assert not dlg.save()
    assert "重复" in dlg.error_text()


def test_optional_dates_can_be_emptied(qtbot, demo_services):
    m = demo_services.roster.members()[0]
    dlg = _dialog(qtbot, demo_services, m)
    dlg.ui.fullDate.setDate(None)
    assert dlg.ui.fullDate.date() is None
    assert dlg.save()
    assert demo_services.roster.member(m.uuid).full_member_on is None


def test_optional_date_edit_widget(qtbot):
    w = OptionalDateEdit()
    qtbot.addWidget(w)
    seen: list = []
    w.dateChanged.connect(seen.append)
    assert w.date() is None and not w.edit.isEnabled() and w.edit.text() == "未填写"
    w.default_date = dt.date(2001, 2, 3)
    w.check.setChecked(True)
    assert w.date() == dt.date(2001, 2, 3) and w.edit.isEnabled()
    w.setDate(dt.date(1999, 9, 9))
    assert w.date() == dt.date(1999, 9, 9)
    w.check.setChecked(False)
    assert w.date() is None
    assert seen[-1] is None and dt.date(1999, 9, 9) in seen


def test_enter_saves_and_escape_cancels(qtbot, demo_services):
    dlg = _dialog(qtbot, demo_services)
    dlg.ui.nameEdit.setText("回车保存")
    dlg.ui.nameEdit.setFocus()
    qtbot.keyClick(dlg.ui.nameEdit, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert any(m.name == "回车保存" for m in demo_services.roster.members())

    dlg2 = _dialog(qtbot, demo_services)
    dlg2.ui.nameEdit.setText("不保存")
    qtbot.keyClick(dlg2, Qt.Key.Key_Escape)
    assert dlg2.result() == QDialog.DialogCode.Rejected
    assert not any(m.name == "不保存" for m in demo_services.roster.members())


def _tab_stops(start, count):  # noqa: ANN001, ANN202
    out, w = [], start
    while len(out) < count:
        w = w.nextInFocusChain()
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled() and w.isVisible():
            out.append(w)
    return out


def test_tab_order_follows_the_form(qtbot, demo_services):
    dlg = _dialog(qtbot, demo_services)
    ui = dlg.ui
    assert _tab_stops(ui.nameEdit, 5) == [ui.idEdit, ui.genderCombo, ui.birthDate.check, ui.birthDate.month_check,
                                          ui.ethnicityCombo]
