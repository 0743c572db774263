"""The 发展党员 page in the real window (pytest-qt, offscreen): a secretary takes one applicant from application to
转正, each step through its dialog on its date, and finds the person on the roster as 预备党员, then 正式党员,
without typing them again; overdue and missing steps show in red; reminders open the record; the forms print."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from dangjian_desktop import clock
from dangjian_desktop.domain.development import Case, StepRecord, add_months, add_working_days
from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory
from dangjian_desktop.domain.roster import Branch, CommitteeSeat, Member, MemberFilter, PartyGroup
from dangjian_desktop.services.container import Services
from dangjian_desktop.ui import messages, printing
from dangjian_desktop.ui.dialogs import development_dialogs as dd
from dangjian_desktop.ui.screens.development_screen import RED, DevelopmentScreen
from tests.conftest import pdf_text

DAY = dt.timedelta(days=1)
ID = "110105199203150011"


@pytest.fixture
def branch(services: Services) -> Services:
    s = services
    s.branch.save_profile(Branch(name="测试党支部", parent_committee="测试公司党委"))
    g = s.branch.save_group(PartyGroup(name="一组"))
    people = [s.roster.save_member(Member(name=n, group_uuid=g.uuid, joined_party_on=dt.date(2015, 7, 1),
                                          full_member_on=dt.date(2016, 7, 1)))
              for n in ("张书记", "李委员", "王委员", "赵党员", "钱党员", "孙党员")]
    b = s.branch.require_profile()
    b.committee = [CommitteeSeat(CommitteeRole.SECRETARY, people[0].uuid, "张书记"),
                   CommitteeSeat(CommitteeRole.MEMBER, people[1].uuid, "李委员", "组织委员")]
    s.branch.save_profile(b)
    return s


@pytest.fixture
def screen(qtbot, branch: Services, monkeypatch):  # noqa: ANN001
    infos: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _p, text, _t="提示": infos.append(text))
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    w = DevelopmentScreen(branch.development)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    w.infos = infos  # type: ignore[attr-defined]
    return w


class Filler:
    """Stands in for the user in front of each dialog: fills it, presses 保存 (``accept()``)."""

    def __init__(self, monkeypatch):  # noqa: ANN001
        self.fill = None
        self.errors: list[str] = []
        monkeypatch.setattr(DevelopmentScreen, "_dialog", lambda screen, dlg: self._run(screen, dlg))

    def _run(self, screen, dlg):  # noqa: ANN001, ANN202
        if self.fill:
            self.fill(dlg)
        dlg.accept()
        if dlg.ui.errorLabel.isVisibleTo(dlg):
            self.errors.append(dlg.ui.errorLabel.text())
            return None
        return dlg.saved


def test_from_application_to_full_membership_in_the_window(screen: DevelopmentScreen, branch: Services,
                                                          monkeypatch):  # noqa: ANN001
    s = branch
    T = clock.today()
    A = add_months(T, -36)
    user = Filler(monkeypatch)

    def person(dlg: dd.CaseDialog) -> None:
        dlg.ui.nameEdit.setText("周新人")
        dlg.ui.idEdit.setText(ID)
        dlg.ui.idEdit.editingFinished.emit()  # birth and gender come from the 身份证号
        dlg.ui.educationCombo.setCurrentText("大学本科")
        dlg.ui.positionEdit.setText("检修工")
        dlg.ui.appliedDate.setValue(A)

    user.fill = person
    screen.new_case()
    c = screen.current
    assert c is not None and c.birth_date == dt.date(1992, 3, 15) and c.gender == "男"
    assert screen.ui.casesTable.item(0, 0).text() == "周新人"
    assert screen.selected_step() == 2  # the next step is ready to record

    def step(n: int, day: dt.date, *, people: tuple[str, ...] = (), meeting: bool = False, check: str = "",
             **extra) -> None:  # noqa: ANN003
        def fill(dlg: dd.StepDialog) -> None:
            dlg.ui.dateEdit.setValue(day)
            lst = dlg.ui.contactsList
            for i in range(lst.count()):
                item = lst.item(i)
                if item.data(Qt.ItemDataRole.UserRole)[1] in people:
                    item.setCheckState(Qt.CheckState.Checked)
            if meeting:
                uuid = dlg.create_meeting()  # the 大会's draft record, completed on 会议
                m = s.meetings.get(uuid)
                m.recorder = "李委员"
                m.votes[0].yes = m.voting_expected
                s.meetings.save(m)
                dlg._meeting_changed()
                assert "通过" in dlg.ui.voteLabel.text()
            for name, value in extra.items():
                getattr(dlg.ui, name).setValue(value)
            if check:
                assert check in dlg.ui.checksLabel.text()

        user.fill = fill
        screen.ui.stepsTable.clearSelection()
        screen.record_step(n)
        assert not user.errors, user.errors
        assert screen.current is not None and screen.current.steps[n].on == day

    # a late talk is recorded as it happened, and shown
    step(2, add_months(A, 1) + DAY, check="晚于规定期限")
    a3 = add_months(A, 3)
    step(3, a3)
    step(4, a3 + 5 * DAY)
    step(5, a3, people=("赵党员",))
    for months in (5, 10):
        user.fill = lambda dlg, m=months: (dlg.ui.dateEdit.setValue(add_months(a3, m)),
                                           dlg.ui.performanceEdit.setPlainText("表现良好"))
        screen.edit_assessment(new=True)
    assert screen.ui.assessmentsTable.rowCount() == 2
    step(6, add_months(a3, 12))
    a7 = add_months(a3, 12) + 10 * DAY

    def publicity(kind_index: int, start: dt.date) -> None:
        user.fill = lambda dlg: (dlg.ui.kindCombo.setCurrentIndex(kind_index),
                                 dlg.ui.startEdit.setValue(start),
                                 dlg.ui.endEdit.setValue(add_working_days(start, 5)))
        screen.edit_publicity(new=True)

    publicity(0, a7 - 14 * DAY)
    step(7, a7)
    step(8, a7 + 3 * DAY)
    step(9, a7 + 5 * DAY, people=("钱党员",), check="入党介绍人应为2名正式党员，现登记1名")
    step(9, a7 + 5 * DAY, people=("钱党员", "孙党员"))
    step(10, a7 + 20 * DAY)  # no conclusion yet: the check says so
    assert any("政审结论" in line for line in screen.ui.findingsLabel.text().splitlines())
    user.fill = lambda dlg: (dlg.ui.dateEdit.setValue(a7 + 20 * DAY),
                             dlg.ui.resultEdit.setPlainText("政审合格"))
    screen.record_step(10)
    step(11, a7 + 40 * DAY, daysSpin=3.0, hoursSpin=24.0)
    step(12, a7 + 60 * DAY)
    publicity(1, a7 + 62 * DAY)
    step(13, a7 + 80 * DAY)
    step(14, a7 + 85 * DAY)
    V = a7 + 100 * DAY
    step(15, V, meeting=True)
    step(16, V + 10 * DAY)
    assert s.roster.count() == 6
    step(17, V + 30 * DAY)
    assert screen.infos[-1] == f"周新人已列入党员名册：预备党员，入党日期{V:%Y年%m月%d日}。"
    [member] = [m for m in s.roster.members(MemberFilter()) if m.name == "周新人"]
    assert (member.category, member.joined_party_on, member.id_number) == (MemberCategory.PROBATIONARY, V, ID)
    step(18, V + 40 * DAY)
    step(19, V + 31 * DAY)
    step(20, V + 35 * DAY)
    for months in (4, 9):
        user.fill = lambda dlg, m=months: (dlg.ui.dateEdit.setValue(add_months(V, m)),
                                           dlg.ui.performanceEdit.setPlainText("表现良好"))
        screen.edit_assessment(new=True)
    step(21, add_months(V, 9))
    step(22, add_months(V, 12) - 3 * DAY)
    V2 = add_months(V, 12) + 2 * DAY
    step(23, V2, meeting=True)
    step(24, V2 + 20 * DAY)
    assert screen.infos[-1] == f"周新人在党员名册中已改为正式党员，转正日期{V2:%Y年%m月%d日}。"
    step(25, V2 + 30 * DAY)
    member = s.roster.member(member.uuid or "")
    assert (member.category, member.joined_party_on, member.full_member_on) == (MemberCategory.FULL, V, V2)
    assert s.roster.count() == 7
    # the only thing the checks found is the late talk, on screen and on paper
    text = screen.ui.findingsLabel.text()
    assert "谈话在" in text and text.count("※") == 1
    shown: list[printing.PdfPreviewDialog] = []
    monkeypatch.setattr(printing.PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    screen.print_document()
    assert len(shown) == 1
    paper = pdf_text(shown[0].pdf_path).replace(" ", "").replace("\n", "")
    assert "发展党员全程纪实表" in paper and "周新人" in paper and "※1.谈话在" in paper
    assert f"{V2:%Y-%m-%d}" in paper and "钱党员、孙党员" in paper
    shown[0].done(0)  # closed: its PDF removed with it
    assert not shown[0].pdf_path.exists()


def test_assessments_and_publicity_are_edited_and_deleted_from_their_tables(screen: DevelopmentScreen,
                                                                        branch: Services, monkeypatch):  # noqa: ANN001
    from dangjian_desktop.domain.development import Assessment, Publicity, PublicityKind

    s, T = branch, clock.today()
    c = s.development.save_case(Case(name="郑考察", applied_on=T - 400 * DAY)).case
    for months, text in ((-9, "早的一次"), (-3, "晚的一次")):
        c = s.development.save_assessment(c.uuid, Assessment(add_months(T, months), performance=text)).case
    c = s.development.save_publicity(c.uuid, Publicity(PublicityKind.CANDIDATE, T - 30 * DAY, T - 25 * DAY)).case
    screen.refresh()
    screen.open_record("development_case", c.uuid)
    user = Filler(monkeypatch)
    screen.ui.assessmentsTable.selectRow(1)  # the later one (the table is in date order)
    user.fill = lambda dlg: dlg.ui.performanceEdit.setPlainText("改过的一次")
    screen.edit_assessment(new=False)
    assert [a.performance for a in s.development.case(c.uuid).assessments] == ["早的一次", "改过的一次"]
    screen.ui.assessmentsTable.selectRow(0)
    screen.delete_assessment()
    assert [a.performance for a in s.development.case(c.uuid).assessments] == ["改过的一次"]
    screen.ui.publicityTable.selectRow(0)
    user.fill = lambda dlg: dlg.ui.outcomeCombo.setCurrentText("有反映，经核实不影响发展")
    screen.edit_publicity(new=False)
    assert [p.outcome for p in s.development.case(c.uuid).publicity] == ["有反映，经核实不影响发展"]
    screen.ui.publicityTable.selectRow(0)
    screen.delete_publicity()
    assert s.development.case(c.uuid).publicity == []
    assert screen.ui.publicityTable.rowCount() == 0 and screen.ui.assessmentsTable.rowCount() == 1


def test_overdue_in_red_missing_step_marked_and_reminder_opens_it(screen: DevelopmentScreen, branch: Services):
    s = branch
    T = clock.today()
    s.development.save_case(Case(name="孙逾期", applied_on=T - 60 * DAY))
    gap = s.development.save_case(Case(name="钱缺步", applied_on=T - 400 * DAY)).case
    for n, back in ((2, 390), (3, 300), (5, 300), (6, 10)):  # step 4 (备案) left out
        s.development.record_step(gap.uuid or "", StepRecord(n, T - back * DAY))
    s.development.record_step(gap.uuid or "", StepRecord(7, T - 5 * DAY))
    screen.refresh()
    rows = {screen.ui.casesTable.item(r, 0).text(): r for r in range(screen.ui.casesTable.rowCount())}
    due = screen.ui.casesTable.item(rows["孙逾期"], 3)
    assert due.text().endswith("逾期") and due.foreground().color() == QColor(RED)
    assert "逾期" in screen.ui.hintLabel.text()
    # the reminder on 首页 opens the person's timeline
    screen.open_record("development_case", gap.uuid or "")
    assert screen.current is not None and screen.current.name == "钱缺步"
    t = screen.ui.stepsTable
    cells = {t.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(t.rowCount())
             if isinstance(t.item(r, 0).data(Qt.ItemDataRole.UserRole), int)}
    assert len(cells) == 25 and t.item(cells[4], 1).text() == "缺"
    assert t.item(cells[4], 1).foreground().color() == QColor(RED)
    assert "缺少第4步" in screen.ui.findingsLabel.text()
    assert "作为入党积极分子不满1年" in screen.ui.findingsLabel.text()


def test_rules_tab_saves_and_resets(qtbot, branch: Services):  # noqa: ANN001
    from dangjian_desktop.ui.screens.development_rules_tab import DevelopmentRulesTab

    tab = DevelopmentRulesTab(branch.development)
    qtbot.addWidget(tab)
    assert tab.ui.talkSpin.value() == 1 and tab.ui.approvalSpin.value() == 3 and tab.ui.publicitySpin.value() == 5
    tab.ui.publicitySpin.setValue(7)
    tab.ui.fullDateCombo.setCurrentIndex(1)
    assert tab.save() and tab.ui.savedLabel.text() == "已保存。"
    rules = branch.development.rules()
    assert rules.publicity_workdays == 7 and rules.full_member_on_probation_end
    tab.reset(ask=False)
    assert branch.development.rules().publicity_workdays == 5 and tab.ui.publicitySpin.value() == 5


def test_rules_tab_refuses_a_shortest_extension_above_the_longest(qtbot, branch: Services, monkeypatch):  # noqa: ANN001
    from dangjian_desktop.ui.screens.development_rules_tab import DevelopmentRulesTab

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, text, _t="": shown.append(str(text)))
    tab = DevelopmentRulesTab(branch.development)
    qtbot.addWidget(tab)
    tab.ui.extensionMinSpin.setValue(12)
    tab.ui.extensionMaxSpin.setValue(6)
    assert not tab.save()
    assert shown and "延长预备期的最短月数不能大于最长月数" in shown[0]
    assert tab.ui.extensionMinSpin.value() == 12  # what was typed stays to be corrected
    assert branch.development.rules().extension_min_months == 6  # nothing saved


def test_a_refused_save_keeps_the_dialog_open_with_the_reason(qtbot, branch: Services):  # noqa: ANN001
    dlg = dd.CaseDialog(branch.development, None)
    qtbot.addWidget(dlg)
    dlg.ui.nameEdit.setText("吴某")
    dlg.ui.idEdit.setText("110105199203150012")
    dlg.accept()
    assert dlg.ui.errorLabel.isVisibleTo(dlg) and "校验" in dlg.ui.errorLabel.text()
    assert branch.development.cases() == []
    # too young on the application day: said while typing, saved all the same
    dlg.ui.idEdit.setText("")
    dlg.ui.birthDate.setDate(clock.today() - 17 * 365 * DAY)
    assert "未满18周岁" in dlg.ui.checksLabel.text()
    dlg.accept()
    assert [c.name for c in branch.development.cases()] == ["吴某"]


def test_the_page_in_the_main_window_with_the_demo(qtbot, demo_services: Services, main_window):  # noqa: ANN001
    win = main_window(demo_services, 1366, 728)
    win.show()
    page = win.show_page("development")
    names = {page.ui.casesTable.item(r, 0).text() for r in range(page.ui.casesTable.rowCount())}
    assert {"孙浩宇", "赵晓雯", "周佳琪", "李卫华"} <= names and len(names) == 5  # the one 已转正 is under 全部
    page.ui.showCombo.setCurrentIndex(page.ui.showCombo.findData("all"))
    assert page.ui.casesTable.rowCount() == 6
    assert page.minimumSizeHint().width() <= 1366 - win.ui.navList.width()


def test_headquarters_sees_where_to_look(qtbot, services: Services):  # noqa: ANN001
    services.branch.init_headquarters("示范能源公司党委")
    w = DevelopmentScreen(services.development)
    qtbot.addWidget(w)
    assert w.ui.detailStack.currentWidget() is w.ui.emptyPage and "数据交换" in w.ui.emptyLabel.text()
    assert not w.ui.listPane.isVisibleTo(w) and not w.ui.newCaseButton.isEnabled()


def test_a_long_dialog_opens_at_the_size_its_content_asks_for(qtbot, branch: Services):  # noqa: ANN001
    """Qt opens a new window at most two thirds of the screen high and would squeeze the step's notes and the
    list of members into each other; the dialog takes what its content asks for, up to the screen (then scrolls)."""
    from dangjian_desktop.ui.widgets.screen_fit import client_limit

    s = branch
    T = clock.today()
    c = s.development.save_case(Case(name="周长表", applied_on=add_months(T, -20))).case
    members = s.roster.members(MemberFilter())
    dlg = dd.StepDialog(s.development, c, 9, members, s.branch.groups())
    qtbot.addWidget(dlg)
    wanted = dlg.sizeHint().height()
    dlg.show()
    qtbot.waitExposed(dlg)
    limit = client_limit(dlg).height()
    assert wanted > limit * 2 // 3  # the case the two-thirds cap would squeeze
    assert dlg.height() >= min(wanted, limit) - 1
    for a, b in zip((dlg.ui.resultEdit, dlg.ui.noteEdit), (dlg.ui.noteEdit, dlg.ui.contactsList), strict=True):
        assert a.mapTo(dlg, a.rect().bottomLeft()).y() <= b.mapTo(dlg, b.rect().topLeft()).y()  # no overlap


def test_the_pipeline_exports_as_shown(screen: DevelopmentScreen, branch: Services, tmp_path, monkeypatch):  # noqa: ANN001
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    T = clock.today()
    branch.development.save_case(Case(name="甲逾期", applied_on=T - 60 * DAY))  # talk due a month later: late
    branch.development.save_case(Case(name="乙新", applied_on=T))
    screen.refresh()
    target = tmp_path / "发展党员.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert screen.export_xlsx() == target
    ws = openpyxl.load_workbook(target).active
    assert [c.value for c in ws[1]] == ["姓名", "身份", "下一步", "期限"]
    rows = {r[0]: r[1:] for r in ws.iter_rows(min_row=2, values_only=True)}
    late_due = add_months(T - 60 * DAY, 1)
    assert rows["甲逾期"] == ("入党申请人", "2 党组织派人谈话", f"{late_due:%Y-%m-%d} 逾期")
    new = rows["乙新"]
    assert new[:2] == ("入党申请人", "2 党组织派人谈话")
    assert new[2] in (add_months(T, 1), dt.datetime.combine(add_months(T, 1), dt.time()))  # a real date cell


def test_the_case_dialogs_show_a_record_and_save_it_back_as_shown(qtbot, branch: Services):  # noqa: ANN001
    """Opened on a saved 考察 or 公示 and saved as they are, the dialogs store exactly what was there; an edit in a
    field is stored in that field alone; step 11 reads back the training it shows."""
    from dangjian_desktop.domain.development import Assessment, Publicity, PublicityKind, Training

    s = branch
    T = clock.today()
    c = s.development.save_case(Case(name="周往返", applied_on=add_months(T, -20))).case
    a = Assessment(T - 40 * DAY, "上半年考察", "李委员", "工作积极", "考察合格，继续培养")
    a = s.development.save_assessment(c.uuid, a).case.assessments[0]
    p = Publicity(PublicityKind.CANDIDATE, T - 30 * DAY, T - 23 * DAY, "无异议", "张贴于公告栏")
    p = s.development.save_publicity(c.uuid, p).case.publicity[0]
    c = s.development.case(c.uuid)

    dlg = dd.AssessmentDialog(s.development, c, a)
    qtbot.addWidget(dlg)
    assert (dlg.ui.dateEdit.value(), dlg.ui.periodEdit.text(), dlg.ui.assessorEdit.text()) == (a.on, "上半年考察", "李委员")
    dlg.ui.opinionEdit.setPlainText("考察合格，列为发展对象")
    dlg.accept()
    assert s.development.case(c.uuid).assessments == [Assessment(T - 40 * DAY, "上半年考察", "李委员", "工作积极",
                                                                 "考察合格，列为发展对象", a.uuid)]
    dlg = dd.PublicityDialog(s.development, c, p)
    qtbot.addWidget(dlg)
    assert (dlg.ui.startEdit.value(), dlg.ui.endEdit.value()) == (T - 30 * DAY, T - 23 * DAY)
    dlg.accept()
    assert s.development.case(c.uuid).publicity == [p]

    c.training = Training(T - 10 * DAY, T - 8 * DAY, 3, 24, "公司党校", "第12号")
    step = dd.StepDialog(s.development, c, 11, s.roster.members(MemberFilter()), s.branch.groups())
    qtbot.addWidget(step)
    assert (step.ui.trainFrom.date(), step.ui.daysSpin.value(), step.ui.organiserEdit.text()) == (T - 10 * DAY, 3, "公司党校")
    assert step.training() == c.training
