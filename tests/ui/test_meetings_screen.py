"""The 会议 page and the meeting editor with pytest-qt, on demo data. No modal dialog is ever exec()'d."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QImage

from dangjian_desktop import clock
from dangjian_desktop.domain.meetings import MeetingFilter, MeetingType, Scope
from dangjian_desktop.services.container import Services
from dangjian_desktop.ui import messages as ui_messages
from dangjian_desktop.ui.dialogs import meeting_dialog  # noqa: F401
from dangjian_desktop.ui.dialogs.meeting_dialog import AmendmentDialog, MeetingDialog
from dangjian_desktop.ui.screens import meetings_screen
from dangjian_desktop.ui.screens.meetings_screen import make_screen
from tests.conftest import demo_year, gap_year


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(ui_messages, "show_error", lambda parent, exc, title="": shown.append(str(exc)))
    monkeypatch.setattr(ui_messages, "confirm", lambda *a, **k: True)
    return shown


@pytest.fixture
def screen(qtbot, demo_services: Services, errors):  # noqa: ANN001
    w = make_screen(demo_services, None)
    qtbot.addWidget(w)
    w.resize(1100, 760)
    w.show()
    return w


def test_list_and_filters(screen, demo_services: Services, qtbot):  # noqa: ANN001
    total = demo_services.meetings.count()
    assert screen.model.rowCount() == total and "共" in screen.ui.countLabel.text()
    screen.ui.typeCombo.setCurrentIndex(screen.ui.typeCombo.findData(MeetingType.LECTURE.value))
    lectures = screen.model.rows
    assert lectures and all(MeetingType.LECTURE in r.types for r in lectures)
    screen.ui.typeCombo.setCurrentIndex(0)
    g = demo_services.branch.groups()[0]
    screen.ui.groupCombo.setCurrentIndex(screen.ui.groupCombo.findData(g.uuid))
    assert screen.model.rows and all(r.group_name == g.name for r in screen.model.rows)
    screen.ui.groupCombo.setCurrentIndex(0)
    # typing restarts a short debounce timer; its timeout reloads the list (triggered here directly, since timers of
    # an application that an earlier test quit may not fire)
    screen.ui.filterEdit.setText("主题党日")
    assert screen._filter_timer.isActive()
    screen._filter_timer.timeout.emit()
    assert 0 < screen.model.rowCount() < total
    screen.ui.filterEdit.setText("没有这样的会议")
    screen._filter_timer.timeout.emit()
    assert screen.model.rowCount() == 0
    assert screen.ui.emptyLabel.isVisible() and "筛选" in screen.ui.emptyLabel.text()


def test_full_text_search_highlights(screen):  # noqa: ANN001
    screen.ui.tabs.setCurrentWidget(screen.ui.searchTab)
    for query in ("党课", "安全生产", "课"):
        screen.ui.searchEdit.setText(query)
        screen.run_search()
        page = screen.ui.resultsBrowser.toHtml()
        assert "找到" in screen.ui.resultsBrowser.toPlainText()
        assert "#ffe58f" in page.lower() and query in page
    screen.ui.searchEdit.setText("完全不存在的词语")
    screen.run_search()
    assert "没有找到" in screen.ui.resultsBrowser.toPlainText()


def _show_year(combo, year: int) -> None:  # noqa: ANN001
    """The screen opens on this year; the demo's records and gaps may lie in last year (early in the year)."""
    i = combo.findData(year)
    assert i >= 0, year
    combo.setCurrentIndex(i)


def test_compliance_calendar_and_six_month_warning(screen, demo_services: Services):  # noqa: ANN001
    _show_year(screen.ui.calendarYearCombo, gap_year())
    screen.ui.tabs.setCurrentWidget(screen.ui.calendarTab)
    t = screen.ui.calendarTable
    report = demo_services.meetings.compliance(gap_year())
    assert t.rowCount() == len(report.rows) and t.columnCount() == 12
    texts = [t.item(r, c).text() for r in range(t.rowCount()) for c in range(12)]
    assert texts.count("缺") == report.missing_count
    assert any(x.startswith("✓") for x in texts)
    labels = [t.verticalHeaderItem(r).text() for r in range(t.rowCount())]
    assert sum(x.startswith("党小组会·") for x in labels) == 3
    assert "缺漏" in screen.ui.calendarSummaryLabel.text()
    [w] = demo_services.meetings.inactivity()
    assert w.name in screen.ui.inactivityLabel.text() and w.deadline.isoformat() in screen.ui.inactivityLabel.text()


def test_attendance_by_member(screen, demo_services: Services):  # noqa: ANN001
    _show_year(screen.ui.attendanceYearCombo, demo_year())
    screen.ui.tabs.setCurrentWidget(screen.ui.attendanceTab)
    t = screen.ui.attendanceTable
    assert t.rowCount() >= 25
    rates = [t.item(r, 4).text() for r in range(t.rowCount())]
    assert all(x.endswith("%") or x == "—" for x in rates)
    [w] = demo_services.meetings.inactivity()
    assert t.item(0, 0).text() == w.name  # lowest rate first


def _new_editor(screen) -> MeetingDialog:  # noqa: ANN001
    dlg = screen.make_editor(None)
    dlg.show()
    return dlg


def test_editor_new_meeting_with_live_rules(screen, demo_services: Services, qtbot, errors):  # noqa: ANN001
    s = demo_services
    dlg = _new_editor(screen)
    qtbot.addWidget(dlg)
    dlg.ui.typeCommittee.setChecked(False)
    dlg.ui.typeAssembly.setChecked(True)
    assert dlg.ui.scopeCombo.currentData() == Scope.BRANCH.value
    today = clock.today()
    assert len(dlg.attendees()) == len(s.roster.members_on(today))
    dlg.ui.titleEdit.setText("测试党员大会")
    dlg.ui.hostCombo.setCurrentText("")
    dlg.ui.recorderCombo.setCurrentText("")
    assert "记录人" in dlg.ui.issuesLabel.text()
    # untick most full members, add a vote: the quorum warning appears while typing
    full = [a for a in dlg.attendees() if a.has_vote]
    for a in full[: len(full) // 2 + 1]:
        dlg.set_present(a.name, False)
    assert "缺席原因" in dlg.ui.issuesLabel.text()
    dlg.add_vote(meeting_dialog.Vote("事项一"))
    dlg.set_vote(0, "接收预备党员", 5, 0, 0)
    assert "不能进行表决" in dlg.ui.issuesLabel.text()
    assert "不能进行表决" in dlg.ui.voteInfoLabel.text()
    for a in full[: len(full) // 2 + 1]:
        dlg.set_present(a.name, True)
    assert "不能进行表决" not in dlg.ui.issuesLabel.text()
    assert dlg.ui.votesTable.item(0, 4).text() == "未通过"  # 5 yes is not more than half of those who should attend
    dlg.set_vote(0, "接收预备党员", len(full) // 2 + 1, 0, 0)
    assert dlg.ui.votesTable.item(0, 4).text() == "通过"
    # end before start: an error, saving is disabled
    dlg.ui.startTimeEdit.setTime(dlg.ui.startTimeEdit.time().fromString("15:00", "HH:mm"))
    dlg.ui.endTimeEdit.setTime(dlg.ui.endTimeEdit.time().fromString("14:00", "HH:mm"))
    assert "结束时间" in dlg.ui.issuesLabel.text() and not dlg.ui.saveButton.isEnabled()
    dlg.ui.endTimeEdit.setTime(dlg.ui.endTimeEdit.time().fromString("16:30", "HH:mm"))
    assert dlg.ui.saveButton.isEnabled()
    # a future date is a warning, not silent
    dlg.ui.dateEdit.setDate(dlg.ui.dateEdit.date().addDays(10))
    assert "今天之后" in dlg.ui.issuesLabel.text()
    dlg.ui.dateEdit.setDate(dlg.ui.dateEdit.date().addDays(-10))
    host = full[0].name
    dlg.ui.hostCombo.setCurrentText(host)
    dlg.ui.recorderCombo.setCurrentText(full[1].name)
    dlg.add_agenda_item(meeting_dialog.AgendaItem("新议题"))
    dlg.ui.itemTitleEdit.setText("第一议题：学习")
    dlg.ui.itemTitleEdit.textEdited.emit("第一议题：学习")
    dlg.ui.firstTopicCheck.setChecked(True)
    dlg.ui.minutesEdit.setPlainText("第一段。\n第二段。")
    dlg.autosave_now()
    assert s.drafts.load("meeting:new") is not None
    assert dlg.save(), errors
    saved = s.meetings.get(dlg.meeting.uuid)
    assert saved.title == "测试党员大会" and saved.host == host and saved.agenda[0].first_topic
    assert saved.votes[0].yes == len(full) // 2 + 1 and saved.minutes == "第一段。\n第二段。"
    assert s.drafts.load("meeting:new") is None and s.drafts.load(f"meeting:{saved.uuid}") is None
    assert screen.select(saved.uuid)


def test_expected_follows_the_date_for_a_member_who_left(screen, demo_services: Services):  # noqa: ANN001
    from dangjian_desktop.domain.roster import MemberFilter

    gone = next(m for m in demo_services.roster.members(MemberFilter(include_inactive=True)) if m.status_date)
    dlg = _new_editor(screen)
    dlg.ui.scopeCombo.setCurrentIndex(dlg.ui.scopeCombo.findData(Scope.BRANCH.value))
    assert gone.name not in [a.name for a in dlg.attendees()]
    before = gone.status_date - dt.timedelta(days=5)
    dlg.ui.dateEdit.setDate(meeting_dialog._qdate(before))
    assert gone.name in [a.name for a in dlg.attendees()]
    dlg.dirty = False
    dlg.close()


def test_draft_restore_finalise_and_amend(screen, demo_services: Services, qtbot, errors):  # noqa: ANN001
    s = demo_services
    draft_row = next(r for r in s.meetings.list() if r.status.value == "草稿" and r.date <= clock.today())
    dlg = screen.make_editor(draft_row.uuid)
    qtbot.addWidget(dlg)
    dlg.ui.minutesEdit.setPlainText("断电前输入的内容")
    assert dlg.dirty
    dlg.autosave_now()
    # the window closed without saving; next time the draft is offered back
    again = screen.make_editor(draft_row.uuid)
    qtbot.addWidget(again)
    assert again.ui.minutesEdit.toPlainText() != "断电前输入的内容"
    assert screen.offer_draft(again, ask=False)
    assert again.ui.minutesEdit.toPlainText() == "断电前输入的内容" and again.dirty
    assert again.finalise(ask=False), errors
    assert again.locked and not again.ui.saveButton.isVisible() and again.ui.minutesEdit.isReadOnly()
    assert again.ui.amendButton.isEnabled() and "已定稿" in again.ui.statusLabel.text()
    assert s.drafts.load(again.draft_key) is None
    final = s.meetings.get(draft_row.uuid)
    assert final.is_final and final.minutes == "断电前输入的内容"
    amend = AmendmentDialog(s.meetings, final, again)
    qtbot.addWidget(amend)
    amend.ui.fieldCombo.setCurrentText("会议记录")
    assert amend.ui.oldEdit.toPlainText() == "断电前输入的内容"
    amend.ui.newEdit.setPlainText("更正后的会议记录")
    amend.ui.reasonEdit.setText("记录不完整")
    amend.accept()
    assert amend.result_meeting is not None and not errors
    again.load(amend.result_meeting)
    assert again.ui.amendmentsTable.rowCount() == 1
    assert again.ui.amendmentsTable.item(0, 3).text() == "更正后的会议记录"
    assert [h.action for h in s.audit.history(draft_row.uuid)] == ["finalise", "amend"]


def test_paste_from_word_keeps_paragraphs(screen, qtbot):  # noqa: ANN001
    dlg = _new_editor(screen)
    qtbot.addWidget(dlg)
    mime = QMimeData()
    mime.setText("第一段内容。\r\n第二段内容。\u2029第三段\x0b续行。")
    mime.setHtml("<p style='font-size:20pt'><b>第一段内容。</b></p>")
    dlg.ui.minutesEdit.insertFromMimeData(mime)
    assert dlg.ui.minutesEdit.toPlainText().split("\n") == ["第一段内容。", "第二段内容。", "第三段", "续行。"]
    html_only = QMimeData()
    html_only.setHtml("<p>甲段</p><p>乙段</p>")
    dlg.ui.resolutionsEdit.insertFromMimeData(html_only)
    assert dlg.ui.resolutionsEdit.toPlainText().split("\n") == ["甲段", "乙段"]
    dlg.dirty = False


def test_attachment_thumbnail(screen, demo_services: Services, qtbot, tmp_path: Path, errors):  # noqa: ANN001
    row = next(r for r in demo_services.meetings.list() if r.status.value == "草稿")
    dlg = screen.make_editor(row.uuid)
    qtbot.addWidget(dlg)
    img = QImage(300, 200, QImage.Format.Format_RGB32)
    img.fill(QColor("#B22222"))
    photo = tmp_path / "会场照片.png"
    img.save(str(photo))
    dlg.add_attachments([str(photo), str(photo)])
    assert not errors
    lst = dlg.attachments.list
    assert lst.count() == 1 and lst.item(0).text() == "会场照片.png"
    assert not lst.item(0).icon().pixmap(64, 64).isNull()
    assert "附件（1）" in dlg.ui.tabs.tabText(dlg.ui.tabs.indexOf(dlg.ui.attachmentsTab))


def test_templates_insert_first_topic(screen, qtbot):  # noqa: ANN001
    dlg = _new_editor(screen)
    qtbot.addWidget(dlg)
    dlg.ui.templateCombo.setCurrentText("支委会（常规）")
    dlg.apply_template()
    items = dlg.agenda()
    assert items[0].first_topic and len(items) == 4
    dlg.apply_template()
    assert sum(i.first_topic for i in dlg.agenda()) == 1
    dlg.dirty = False


def test_calendar_cell_opens_a_prefilled_record(screen, demo_services: Services, monkeypatch):  # noqa: ANN001
    opened = []
    monkeypatch.setattr(screen, "open_editor", lambda uuid, preset=None: opened.append((uuid, preset)))
    _show_year(screen.ui.calendarYearCombo, gap_year())
    screen.ui.tabs.setCurrentWidget(screen.ui.calendarTab)
    t = screen.ui.calendarTable
    r, c = next((r, c) for r in range(t.rowCount()) for c in range(12) if t.item(r, c).text() == "缺")
    screen._calendar_double_clicked(r, c)
    uuid, preset = opened[-1]
    assert uuid is None and preset.date.month == c + 1 and preset.attendees
    r2, c2 = next((r, c) for r in range(t.rowCount()) for c in range(12) if t.item(r, c).text().startswith("✓"))
    screen._calendar_double_clicked(r2, c2)
    assert opened[-1][0] is not None


def test_rules_settings_tab(qtbot, services: Services):  # noqa: ANN001
    from dangjian_desktop.ui.screens.meeting_rules_tab import MeetingRulesTab
    tab = MeetingRulesTab(services.meetings)
    qtbot.addWidget(tab)
    t = tab.ui.rulesTable
    row = next(r for r in range(t.rowCount()) if t.item(r, 0).text() == "党课")
    t.cellWidget(row, 1).setCurrentText("每月")
    tab.ui.secretarySpin.setValue(2)
    assert tab.save()
    rules = services.meetings.rules()
    assert rules.rule_for(MeetingType.LECTURE).period.value == "每月" and rules.secretary_lectures_per_year == 2
    tab.reset(ask=False)
    assert services.meetings.rules().rule_for(MeetingType.LECTURE).period.value == "每季度"


def test_main_window_shows_the_meetings_page(qtbot, demo_services: Services):  # noqa: ANN001
    from dangjian_desktop.ui.main_window import MainWindow

    win = MainWindow(demo_services)
    qtbot.addWidget(win)
    page = win.show_page("meetings")
    assert isinstance(page, meetings_screen.MeetingsScreen)
    assert page.model.rowCount() == len(demo_services.meetings.list(MeetingFilter()))
    assert win.ui.actionPrint.isEnabled() and win.ui.actionExportPdf.isEnabled()
    assert page.ui.tableView.selectionModel() is not None
    assert Qt.ItemDataRole.UserRole  # the list's rows carry the meeting UUID
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.UserRole) == page.model.rows[0].uuid


def test_list_is_read_a_page_at_a_time(screen, demo_services: Services, monkeypatch):  # noqa: ANN001
    total = demo_services.meetings.count()
    screen.model.page_size = 10
    screen.reload_list()
    assert screen.model.rowCount() == 10 and screen.model.canFetchMore()
    assert screen.ui.countLabel.text() == f"共 {total} 条"  # the total, not the rows read so far
    screen.model.fetchMore()
    assert screen.model.rowCount() == 20
    everything = demo_services.meetings.list()
    assert [r.uuid for r in screen.model.rows] == [m.uuid for m in everything[:20]]
    # selecting a meeting further down reads the pages up to it
    assert screen.select(everything[-1].uuid)
    assert screen.model.rowCount() == total and screen.selected_uuid() == everything[-1].uuid
    # sorting by a column asks the query again, from the first page
    screen.ui.tableView.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert screen.model.rowCount() == 10
    assert [r.uuid for r in screen.model.rows] == [m.uuid for m in demo_services.meetings.page(None, 0, 10, "host",
                                                                                                 False)]
    hosts = [r.host for r in screen.model.rows]
    assert hosts == sorted(hosts)
    # export to Excel writes every matching row, not only the pages read
    exported: list[int] = []
    monkeypatch.setattr("dangjian_desktop.ui.table_export.export_view",
                        lambda parent, view, title, name: exported.append(view.model().rowCount()))
    screen.export_xlsx()
    assert exported == [total]
    # a filter shows its own total
    screen.ui.typeCombo.setCurrentIndex(screen.ui.typeCombo.findData(MeetingType.GROUP.value))
    n = demo_services.meetings.count_matching(MeetingFilter(type=MeetingType.GROUP))
    assert screen.ui.countLabel.text() == f"{n} / {total} 条" and screen.model.total == n


def test_print_and_export_act_on_the_selected_minutes(screen, demo_services: Services, boxes, previews,  # noqa: ANN001
                                                      monkeypatch, tmp_path: Path):
    from tests.conftest import pdf_text

    screen.ui.tableView.clearSelection()
    screen.ui.tableView.setCurrentIndex(screen.model.index(-1, 0))
    screen.print_document()
    screen.export_pdf()
    assert boxes["info"] == ["请先在列表中选中要打印的会议记录。", "请先在列表中选中要导出的会议记录。"] and not previews
    screen.ui.tableView.selectRow(0)
    chosen = demo_services.meetings.get(screen.selected_uuid())
    screen.print_document()
    [made] = previews
    assert made.name == meeting_dialog.pdf_name(chosen) and chosen.title.replace(" ", "") in pdf_text(made).replace(
        " ", "").replace("\n", "")
    exported: list[tuple[Path, str]] = []
    monkeypatch.setattr(meetings_screen.printing, "export_pdf",
                        lambda parent, make, name: exported.append((make(tmp_path / "x.pdf"), name)))
    screen.export_pdf()
    assert [name for _, name in exported] == [made.name] and exported[0][0].read_bytes()[:4] == b"%PDF"
