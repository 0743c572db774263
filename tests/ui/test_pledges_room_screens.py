"""The 承诺 and 活动室 pages driven as a user would: the whole 亮诺/践诺/评诺 cycle, and an inspection with its
rectifications, done in the window (dialogs filled and accepted without exec())."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox, QDialog

from dangjian_desktop import clock
from dangjian_desktop.domain.pledges import FinalStatus, ReviewStatus
from dangjian_desktop.domain.room import RectStatus, Result
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.ui.screens.pledges_screen import PledgesScreen
from dangjian_desktop.ui.screens.room_screen import RoomScreen

LONG = "全年完成分管设备的定期巡检和缺陷消除，设备完好率保持在98%以上"


@pytest.fixture
def branch(services):
    services.branch.save_profile(Branch(name="测试党支部"))
    for name in ("王建国", "李秀英", "张明"):
        services.roster.save_member(Member(name=name, gender="男", joined_party_on=dt.date(2010, 7, 1)))
    return services


def _items_column(screen: PledgesScreen, col: int) -> list[str]:
    t = screen.ui.itemsTable
    return [t.item(r, col).text() for r in range(t.rowCount())]


def test_pledge_cycle_in_the_window(qtbot, branch, boxes, previews, tmp_path):
    screen = PledgesScreen(branch.pledges)
    qtbot.addWidget(screen)
    ui = screen.ui
    assert ui.stack.currentWidget() is ui.emptyPage
    year = clock.today().year

    dlg = screen.make_campaign_dialog()
    dlg.ui.yearSpin.setValue(year)
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert ui.stack.currentWidget() is ui.workPage and ui.campaignCombo.currentText() == f"{year}年度党员承诺"
    assert "尚未承诺：" in ui.hintLabel.text()

    screen.select_member("王建国")
    # a too short pledge is refused inside the dialog, which stays open with the reason
    dlg = screen.make_item_dialog()
    dlg.ui.contentEdit.setPlainText("好好干")
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted and "太简短" in dlg.ui.errorLabel.text()
    dlg.ui.contentEdit.setPlainText(LONG)
    dlg.ui.categoryCombo.setCurrentText("岗位履职")
    dlg.ui.measuresEdit.setPlainText("每周巡检两次")
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    screen._reload_sheet()
    dlg = screen.make_item_dialog()
    dlg.ui.contentEdit.setPlainText("努力学习，提高自己的本领")
    dlg.ui.categoryCombo.setCurrentText("学习提升")
    dlg.ui.deadlineEdit.check.setChecked(True)
    dlg.accept()
    screen._reload_sheet()
    assert _items_column(screen, 3) == ["草稿", "草稿"]

    screen.submit()
    assert _items_column(screen, 3) == ["待审核", "待审核"]
    # the branch sends the vague one back
    ui.itemsTable.selectRow(1)
    review = screen.make_review_dialog()
    review.accept()
    assert "退回时请写明原因" in review.ui.errorLabel.text()
    review.ui.commentEdit.setPlainText("内容笼统，请写明学习目标和篇数")
    review.accept()
    screen._reload_sheet()
    assert _items_column(screen, 3) == ["待审核", "退回修改"]
    assert "内容笼统" in _items_column(screen, 4)[1]
    # rewritten, it goes back for review; then everything is approved (亮诺)
    ui.itemsTable.selectRow(1)
    dlg = screen.make_item_dialog(screen.selected_items()[0])
    dlg.ui.contentEdit.setPlainText("每季度撰写学习心得1篇，全年不少于4篇")
    dlg.accept()
    screen._reload_sheet()
    assert _items_column(screen, 3) == ["待审核", "待审核"]
    ui.itemsTable.clearSelection()
    assert screen.approve() == 2
    assert _items_column(screen, 3) == ["已亮诺", "已亮诺"]
    row = next(r for r in range(ui.memberTable.rowCount()) if ui.memberTable.item(r, 0).text() == "王建国")
    assert ui.memberTable.item(row, 2).text() == "已亮诺"

    # 践诺 with an evidence file
    evidence = tmp_path / "学习心得.docx"
    evidence.write_bytes(b"PK\x03\x04 a word file")
    prog = screen.make_progress_dialog()
    prog.ui.textEdit.setPlainText("完成一季度学习心得")
    prog.add_files([evidence])
    prog.accept()
    assert prog.result() == QDialog.DialogCode.Accepted
    screen._reload_sheet()
    assert ui.progressTable.rowCount() == 1 and ui.progressTable.item(0, 3).text() == "学习心得.docx"

    # 评诺 in the evaluation tab
    assert ui.outcomesTable.rowCount() == 2
    for r in range(2):
        combo: QComboBox = ui.outcomesTable.cellWidget(r, 1)
        combo.setCurrentIndex(combo.findData(FinalStatus.DONE.value))
    ui.selfAssessmentEdit.setPlainText("全部兑现")
    ui.groupCommentEdit.setPlainText("同意")
    ui.gradeCombo.setCurrentIndex(ui.gradeCombo.findData("优秀"))
    assert screen.save_evaluation()
    sheet = screen.sheet
    assert sheet.is_evaluated and sheet.grade == "优秀" and sheet.self_assessment == "全部兑现"
    assert ui.memberTable.item(row, 2).text() == "已评诺"

    # 一带二
    pair = screen.make_pair_dialog()
    assert pair.ui.mentorCombo.currentData() == sheet.member_uuid
    pair.ui.menteesEdit.setText("赵小川、钱一帆")
    pair.ui.goalEdit.setPlainText("取得高压电工证")
    pair.accept()
    screen._load_pairs()
    assert ui.pairsTable.rowCount() == 1 and ui.pairsTable.item(0, 1).text() == "赵小川、钱一帆"

    # paper: 公示表, 承诺书, 评诺汇总
    screen.print_document()
    screen.print_letter()
    screen.print_summary()
    assert [p.name for p in previews] == [f"党员承诺公示表{year}.pdf", "党员承诺书-王建国.pdf", f"践诺评诺情况汇总{year}.pdf"]
    assert all(p.stat().st_size > 1000 for p in previews)
    assert not boxes["error"]


def test_pledges_fast_entry_in_the_window(qtbot, branch, boxes, tmp_path):
    s = branch.pledges
    year = clock.today().year
    last = s.create_campaign(year - 1)
    wang = next(m.uuid for m in branch.roster.members() if m.name == "王建国")
    from dangjian_desktop.domain.pledges import PledgeItem

    s.save_item(last.uuid, wang, PledgeItem(content=LONG, category="岗位履职"))
    screen = PledgesScreen(s)
    qtbot.addWidget(screen)
    cur = s.create_campaign(year)
    screen.refresh()
    assert screen.campaign.year == year - 1  # refresh keeps the year the user was looking at
    screen.ui.campaignCombo.setCurrentIndex(screen.ui.campaignCombo.findData(cur.uuid))
    assert screen.campaign.year == year
    assert screen.copy_last_year() == 1
    screen.select_member("王建国")
    assert _items_column(screen, 3) == ["草稿"]
    tpl = screen.write_template(tmp_path / "模板.xlsx")
    assert tpl and tpl.exists()
    assert screen.import_xlsx(tpl) == 0  # the template's example names someone not on the roster
    assert "导入被拒绝" not in boxes["error"][-1] and "张三" in boxes["error"][-1]
    assert s.sheet(screen.campaign_uuid, wang).items[0].status is ReviewStatus.DRAFT


def test_inspection_with_rectifications_in_the_window(qtbot, branch, boxes, previews, tmp_path):
    from PIL import Image

    room = branch.room
    screen = RoomScreen(room)
    qtbot.addWidget(screen)
    ui = screen.ui
    assert ui.detailStack.currentWidget() is ui.emptyPage

    screen.new_inspection()
    assert ui.detailStack.currentWidget() is ui.detailPage
    ui.inspectorsEdit.setText("王建国、李秀英")
    ui.dateEdit.setDate(ui.dateEdit.date().addDays(-3))
    screen.set_result(13, Result.FAIL, "流程图为旧版")
    assert "还有17项未填写" in ui.scoreLabel.text()
    screen.save()
    assert boxes["error"] and "未填写检查结果" in boxes["error"][-1]  # refused, nothing saved
    assert room.inspections() == []
    screen.all_pass()
    screen.set_result(17, Result.NOT_APPLICABLE)
    assert "得分：94.1分" in ui.scoreLabel.text()  # 16 of 17 applicable

    # photos: a real one is kept, a renamed document is refused with a clear message
    ui.resultsTable.selectRow(13)
    photo = tmp_path / "流程图.jpg"
    Image.new("RGB", (80, 60), (180, 40, 40)).save(photo, "JPEG")
    assert screen.add_photo(photo)
    fake = tmp_path / "假照片.jpg"
    fake.write_bytes(b"PK\x03\x04 renamed docx")
    assert not screen.add_photo(fake)
    assert "不是图片" in boxes["error"][-1]
    assert ui.resultsTable.item(13, 4).text() == "1张"

    assert screen.save()
    saved = room.inspections()
    assert len(saved) == 1 and saved[0].score.percent == 94.1
    assert ui.inspectionsTable.rowCount() == 1
    assert ui.rectTable.rowCount() == 1 and ui.rectTable.item(0, 0).text() == "发展党员工作流程"
    assert screen.current.results[13].photos[0].name == "流程图.jpg"

    # the rectification is filled in and completed
    dlg = screen.make_rectification_dialog(0)
    dlg.ui.measureEdit.setPlainText("按现行细则重新制作流程图并上墙")
    dlg.ui.responsibleEdit.setText("张明")
    dlg.ui.completedEdit.check.setChecked(True)
    assert dlg.ui.statusCombo.currentData() == RectStatus.DONE.value
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    screen.after_rectification_saved()
    assert ui.rectTable.item(0, 5).text() == "已完成"
    assert ui.inspectionsTable.item(0, 3).text() == "已完成"

    # the checklist is edited: a new version; the saved inspection keeps version 1
    tdlg = screen.make_template_dialog()
    tdlg.ui.itemsTable.item(6, 1).setText("入党誓词（红底金字）")
    tdlg.ui.sectionCombo.setCurrentText("其他")
    tdlg.add_item("有党建宣传栏")
    tdlg.ui.itemsTable.selectRow(0)
    tdlg.move_selected(1)
    tdlg.ui.itemsTable.selectRow(17)
    tdlg.remove_selected()
    tdlg.accept()
    assert tdlg.result() == QDialog.DialogCode.Accepted
    assert room.template().version == 2
    assert room.inspection(saved[0].uuid).template_version == 1
    assert "入党誓词" in [r.text for r in room.inspection(saved[0].uuid).results]

    # a second inspection: compared with the first
    screen.new_inspection()
    assert "第2版" in ui.scoreLabel.text()
    ui.inspectorsEdit.setText("王建国")
    screen.all_pass()
    flag_row = next(r for r, x in enumerate(screen.current.results) if x.key == "wy-flag")
    screen.set_result(flag_row, Result.FAIL, "党旗褪色")
    assert screen.save()
    assert ui.inspectionsTable.rowCount() == 2
    assert "改进1项，退步1项" in ui.compareLabel.text()
    changes = {ui.compareTable.item(r, 0).text(): ui.compareTable.item(r, 3).text()
               for r in range(ui.compareTable.rowCount())}
    assert changes["有党旗党徽与标识"] == "退步" and changes["发展党员工作流程"] == "改进"
    assert changes["有党建宣传栏"] == "新增项目"

    screen.print_document()
    assert len(previews) == 1 and previews[0].stat().st_size > 1000
    assert len(boxes["error"]) == 2


def test_main_window_shows_both_pages_with_demo_data(qtbot, demo_services, boxes, tmp_path, main_window):
    win = main_window(demo_services, 1280, 800)
    pledges = win.show_page("pledges")
    assert isinstance(pledges, PledgesScreen)
    assert pledges.ui.memberTable.rowCount() == len(demo_services.roster.members())
    assert win.ui.actionPrint.isEnabled() and win.ui.actionExportPdf.isEnabled()
    win.grab().save(str(tmp_path / "pledges.png"))
    room = win.show_page("room")
    assert isinstance(room, RoomScreen) and room.ui.inspectionsTable.rowCount() == len(demo_services.room.inspections()) == 2
    overdue = next(r for r in demo_services.room.rectifications() if r.is_overdue(clock.today()))
    win.open_record("room", "rectification", overdue.uuid)
    assert room.ui.tabs.currentWidget() is room.ui.rectTab
    assert room.ui.rectTable.item(room.ui.rectTable.currentRow(), 5).text().startswith("已逾期")
    win.grab().save(str(tmp_path / "room.png"))
    assert (tmp_path / "room.png").stat().st_size > 10_000


def test_pledge_settings_tab_edits_categories_and_grades(qtbot, branch, boxes):
    from dangjian_desktop.ui.screens.pledge_settings import PledgeSettingsTab

    tab = PledgeSettingsTab(branch.pledges)
    qtbot.addWidget(tab)
    assert tab.ui.categoriesEdit.toPlainText().splitlines()[0] == "岗位履职"
    tab.ui.categoriesEdit.setPlainText("岗位履职\n乡村振兴\n\n其他")
    tab.ui.gradesEdit.setPlainText("优秀\n合格\n基本合格\n不合格")
    assert tab.save()
    assert branch.pledges.categories() == ["岗位履职", "乡村振兴", "其他"]
    assert branch.pledges.grades()[1] == "合格"
    tab.ui.gradesEdit.setPlainText("优秀\n优秀")
    assert not tab.save() and "重复" in boxes["error"][-1]
    assert branch.pledges.grades()[1] == "合格"


def test_screens_export_excel(qtbot, demo_services, boxes, tmp_path):
    screen = PledgesScreen(demo_services.pledges)
    qtbot.addWidget(screen)
    out = screen.export_xlsx(tmp_path / "承诺.xlsx")
    from openpyxl import load_workbook

    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    total = sum(len(sh.items) for sh in demo_services.pledges.sheets(screen.campaign_uuid))
    assert len(rows) == total + 1
