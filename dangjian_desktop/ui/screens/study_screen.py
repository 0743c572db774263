"""The 学习 page: each member's 学时 of the year (meetings attended plus other study, against the target) with the
other study entered per member; and the year's 第一议题学习台账 (one row per study, in date order), where the ledger
fields of a recorded meeting can be completed (补登). Both print and export to Excel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QSizePolicy, QTableWidgetItem, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.ui import messages, printing
from dangjian_desktop.ui.forms.ui_study_screen import Ui_StudyScreen
from dangjian_desktop.ui.widgets.operations import attempt
from dangjian_desktop.ui.widgets.pinned_today import ServicesPage
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.table_cells import cell, setup_table
from dangjian_desktop.ui.widgets.wiring import set_enabled

if TYPE_CHECKING:
    from dangjian_desktop.domain.first_topic import FirstTopicEntry
    from dangjian_desktop.domain.study_hours import MemberHours, Training
    from dangjian_desktop.services.container import Services

HOURS_COLUMNS = ["姓名", "党小组", "职务", "会议次数", "会议学时", "其他学习", "合计", "要求", "达标", "备注"]
FT_COLUMNS = ["日期", "会议", "学习内容", "出处、讲话日期", "领学人", "学习形式", "贯彻落实措施"]
TRAINING_COLUMNS = ["日期", "学习内容", "学时"]
RED = QBrush(QColor("#B22222"))


def _item(text: object, data: object = None, center: bool = False) -> QTableWidgetItem:
    return cell(text, data, align=Qt.AlignmentFlag.AlignCenter if center else None)


class StudyScreen(ServicesPage):
    def __init__(self, services: Services, window: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(services, window, parent)
        self.ui = ui = build_form(self, Ui_StudyScreen)
        setup_table(ui.hoursTable, (9,), headers=HOURS_COLUMNS)
        setup_table(ui.trainingsTable, (1,), headers=TRAINING_COLUMNS)
        setup_table(ui.firstTopicTable, (2, 6), headers=FT_COLUMNS)
        ft = ui.firstTopicTable
        ft.setWordWrap(True)
        h = ft.horizontalHeader()
        for col, width in ((0, 92), (1, 190), (3, 170), (4, 70), (5, 120)):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            ft.setColumnWidth(col, width)
        h.sectionResized.connect(lambda *_: ft.resizeRowsToContents())  # wrapped rows follow their columns
        ui.rulesLabel.setSizePolicy(ui.rulesLabel.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Maximum)
        ui.hoursSplitter.setStretchFactor(0, 5)
        ui.hoursSplitter.setStretchFactor(1, 2)
        self.rows: list[MemberHours] = []
        self.entries: list[FirstTopicEntry] = []
        self.trainings: list[Training] = []
        ui.yearCombo.activated.connect(lambda _i: self.refresh())
        ui.tabs.currentChanged.connect(lambda _i: QTimer.singleShot(0, ft.resizeRowsToContents))
        ui.hoursTable.itemSelectionChanged.connect(self._load_trainings)
        ui.addTrainingButton.clicked.connect(lambda: self.edit_training(None))
        ui.editTrainingButton.clicked.connect(self._edit_selected_training)
        ui.trainingsTable.itemActivated.connect(lambda _i: self._edit_selected_training())
        ui.deleteTrainingButton.clicked.connect(self.delete_training)
        ui.printHoursButton.clicked.connect(lambda: self.print_document(tab="hours"))
        ui.printFirstTopicButton.clicked.connect(lambda: self.print_document(tab="first_topic"))
        ui.exportHoursButton.clicked.connect(lambda: self.export_xlsx(tab="hours"))
        ui.exportFirstTopicButton.clicked.connect(lambda: self.export_xlsx(tab="first_topic"))
        ui.editStudyButton.clicked.connect(self.edit_study)
        ui.firstTopicTable.itemActivated.connect(lambda _i: self.edit_study())
        ui.openMeetingButton.clicked.connect(self.open_meeting)
        self._fill_years()
        self.refresh()

    # -- page API -------------------------------------------------------------------------------------------------
    def _fill_years(self) -> None:
        combo = self.ui.yearCombo
        combo.clear()
        for y in self.services.meetings.years():
            combo.addItem(f"{y}年", y)

    def year(self) -> int:
        return self.ui.yearCombo.currentData() or clock.today().year

    def refresh(self) -> None:
        if self.services.branch.profile() is None:
            hq = self.services.branch.mode().value == "hq"
            self.ui.tabs.setEnabled(False)
            self.ui.rulesLabel.setText("上级党委模式：各党支部学时未达标的人数和第一议题情况见“数据交换”页的汇总。" if hq
                                       else "请先在“设置”中填写党支部信息。")
            return
        self.ui.tabs.setEnabled(True)
        self._load_hours()
        self._load_first_topic()

    def open_record(self, kind: str, uuid: str) -> None:
        if kind == "study_hours":
            self.ui.tabs.setCurrentWidget(self.ui.hoursTab)
            i = self.ui.yearCombo.findData(int(uuid)) if uuid.isdigit() else -1
            if i >= 0:
                self.ui.yearCombo.setCurrentIndex(i)
                self.refresh()

    # -- 学时 -------------------------------------------------------------------------------------------------------
    def _load_hours(self) -> None:
        ui, year = self.ui, self.year()
        svc = self.services.study_hours
        rules = svc.rules()
        y = svc.year(year)
        self.rows = y.rows
        counted = "、".join(t.short for t in rules.counted_types)
        ui.rulesLabel.setText(f"每名党员每年集中学习不少于{rules.target_hours}学时（支委委员{max(rules.committee_hours, rules.target_hours)}、"
                              f"书记{max(rules.secretary_hours, rules.committee_hours, rules.target_hours)}学时）。"
                              f"计入学时的会议：{counted}，按出席和会议起止时间计算，每{rules.minutes_per_hour}分钟1学时"
                              "（可在“设置 › 学习学时”中修改）。")
        t = ui.hoursTable
        keep = self._selected_member()
        t.setRowCount(len(y.rows))
        for row, r in enumerate(y.rows):
            note = "；".join(x for x in (f"差{r.missing}学时" if r.below else "", r.note,
                                         f"{r.untimed}次会议未填起止时间" if r.untimed else "") if x)
            values = (r.name, r.group_name, r.role, r.meetings, r.meeting_hours, r.training_hours, r.hours, r.target,
                      "否" if r.below else "是", note)
            for col, v in enumerate(values):
                item = _item(v, r.member_uuid if col == 0 else None, center=col in range(3, 9))
                if r.below and col in (6, 8):
                    item.setForeground(RED)
                t.setItem(row, col, item)
            if r.member_uuid == keep:
                t.selectRow(row)
        text = f"在册党员{len(y.rows)}名，达到要求{len(y.rows) - len(y.below)}名，未达到{len(y.below)}名。"
        if y.untimed_meetings:
            text += f"有{len(y.untimed_meetings)}次会议没有填写起止时间，未计入学时，请在“会议”中补填。"
        ui.summaryLabel.setText(text)
        self._load_trainings()

    def _selected_member(self) -> str | None:
        row = self.ui.hoursTable.currentRow()
        item = self.ui.hoursTable.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _load_trainings(self) -> None:
        ui = self.ui
        member = self._selected_member()
        self.trainings = self.services.study_hours.trainings(self.year(), member) if member else []
        name = next((r.name for r in self.rows if r.member_uuid == member), "")
        ui.trainingTitle.setText(f"{name}的其他学习" if name else "其他学习登记（先在左侧选择党员）")
        t = ui.trainingsTable
        t.setRowCount(len(self.trainings))
        for row, tr in enumerate(self.trainings):
            t.setItem(row, 0, _item(tr.on.isoformat(), tr.uuid))
            t.setItem(row, 1, _item(tr.title + (f"（{tr.kind}）" if tr.kind else "")))
            t.setItem(row, 2, _item(f"{tr.tenths / 10:g}", center=True))
        set_enabled(bool(self.trainings), ui.editTrainingButton, ui.deleteTrainingButton)

    def edit_training(self, training: Training | None) -> QDialog:
        from dangjian_desktop.ui.dialogs.training_dialog import TrainingDialog

        members = self.services.roster.members(MemberFilter())
        dlg = TrainingDialog(members, training, self.services.study_hours.save_training, self,
                             member_uuid=self._selected_member())
        if self._exec(dlg):
            self.refresh()
        return dlg

    def _exec(self, dlg: QDialog) -> bool:
        return dlg.exec() == QDialog.DialogCode.Accepted

    def _edit_selected_training(self) -> None:
        row = self.ui.trainingsTable.currentRow()
        if 0 <= row < len(self.trainings):
            self.edit_training(self.trainings[row])

    def delete_training(self) -> None:
        row = self.ui.trainingsTable.currentRow()
        if not 0 <= row < len(self.trainings):
            return
        tr = self.trainings[row]
        if not messages.confirm(self, f"删除“{tr.title}”这条学习登记？", ok_text="删除"):
            return
        if not attempt(self, lambda: self.services.study_hours.delete_training(tr.uuid or ""), "无法删除"):
            return
        self.refresh()

    # -- 第一议题 ---------------------------------------------------------------------------------------------------
    def _load_first_topic(self) -> None:
        ui, year = self.ui, self.year()
        ft = self.services.first_topic
        share = ft.share(year)
        self.entries = ft.entries(year)
        ui.shareLabel.setText(f"{year}年支委会、党员大会、党小组会共{share.meetings}次，以第一议题学习开篇{share.opened}次"
                              + (f"（{share.percent}%）" if share.meetings else "")
                              + f"；全年第一议题学习{len(self.entries)}次。")
        t = ui.firstTopicTable
        t.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            values = (e.date.isoformat(), e.meeting, e.title, e.study.source_text, e.led_by, e.form, e.study.follow_up)
            for col, v in enumerate(values):
                item = _item(v, e.meeting_uuid if col == 0 else None)
                if col in (3, 6) and not v:
                    item.setText("（未登记）")
                    item.setForeground(QBrush(QColor("#888888")))
                t.setItem(row, col, item)
        QTimer.singleShot(0, t.resizeRowsToContents)  # once the columns have their laid-out widths
        ui.editStudyButton.setEnabled(bool(self.entries))
        ui.openMeetingButton.setEnabled(bool(self.entries))

    def _selected_entry(self) -> FirstTopicEntry | None:
        row = self.ui.firstTopicTable.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def edit_study(self) -> QDialog | None:
        from dangjian_desktop.ui.dialogs.first_topic_dialog import FirstTopicDialog

        e = self._selected_entry()
        if e is None:
            return None
        m = self.services.meetings.get(e.meeting_uuid)
        leaders = [m.host, *(a.name for a in m.present)]
        dlg = FirstTopicDialog(e.study if not e.study.is_empty else None, meeting_text=f"{e.date:%Y-%m-%d}　{e.meeting}",
                               item_title=e.item_title, meeting_date=e.date, leaders=leaders,
                               save=lambda st: self.services.first_topic.update_study(e.meeting_uuid, st), parent=self)
        if self._exec(dlg):
            self.refresh()
        return dlg

    def open_meeting(self) -> None:
        e = self._selected_entry()
        opener = getattr(self.window_, "open_record", None)
        if e is not None and callable(opener):
            opener("meetings", "meeting", e.meeting_uuid)

    # -- printing and Excel ---------------------------------------------------------------------------------------
    def _current_tab(self, tab: str | None) -> str:
        return tab or ("hours" if self.ui.tabs.currentWidget() is self.ui.hoursTab else "first_topic")

    def print_document(self, tab: str | None = None) -> None:
        year = self.year()
        if self._current_tab(tab) == "hours":
            printing.make_and_preview(self, "党员学习学时统计表", lambda p: self.services.study_hours.pdf(year, p),
                                      f"{year}年党员学习学时统计表.pdf")
        else:
            printing.make_and_preview(self, "第一议题学习台账", lambda p: self.services.first_topic.ledger_pdf(year, p),
                                      f"{year}年第一议题学习台账.pdf")

    def export_pdf(self) -> None:
        year = self.year()
        if self._current_tab(None) == "hours":
            printing.export_pdf(self, lambda p: self.services.study_hours.pdf(year, p), f"{year}年党员学习学时统计表.pdf")
        else:
            printing.export_pdf(self, lambda p: self.services.first_topic.ledger_pdf(year, p),
                                f"{year}年第一议题学习台账.pdf")

    def export_xlsx(self, tab: str | None = None) -> None:
        from dangjian_desktop.ui.table_export import export_view

        year = self.year()
        if self._current_tab(tab) == "hours":
            export_view(self, self.ui.hoursTable, "学习学时", f"{year}年党员学习学时统计表.xlsx")
        else:
            export_view(self, self.ui.firstTopicTable, "第一议题", f"{year}年第一议题学习台账.xlsx")


def make_page(services: Services, window: QWidget) -> QWidget:
    return StudyScreen(services, window)
