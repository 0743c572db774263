"""谈心谈话 page: the year's talks, the committee × members coverage with the pairs still missing, the record sheet
of one talk and the year's register."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from dangjian_desktop.ui.widgets.pinned_today import PinnedToday
from dangjian_desktop.domain.talks import Coverage, Talk
from dangjian_desktop.services.talks import TalkService
from dangjian_desktop.ui import messages, printing
from dangjian_desktop.ui.dialogs.talk_dialog import TalkDialog
from dangjian_desktop.ui.forms.ui_talks_screen import Ui_TalksScreen
from dangjian_desktop.ui.table_export import export_view
from dangjian_desktop.ui.widgets.operations import ServiceCall, attempt
from dangjian_desktop.ui.widgets import table_cells
from dangjian_desktop.ui.widgets.styling import build_form
from dangjian_desktop.ui.widgets.wiring import set_enabled
from dangjian_desktop.ui.widgets.year_combo import fill_years

DONE_LOOK = ("#DCEFD9", "#1E5E1E")
MISSING_LOOK = ("#F6D4D1", "#B22222")


def cell(text: str, data: object = None, look: tuple[str, str] | None = None,
         align: Qt.AlignmentFlag | None = None) -> QTableWidgetItem:
    """A cell in a ``look`` (background, text colour); a long text is cut in its column: the whole of it on hovering."""
    ground, color = look or (None, None)
    return table_cells.cell(text, data, color, ground=ground, align=align, tip_over=12)


def setup_table(table: QTableWidget, headers: list[str], stretch: tuple[int, ...] = ()) -> None:
    table_cells.setup_table(table, stretch, headers=headers)


class TalksScreen(PinnedToday, QWidget):
    def __init__(self, talks: TalkService, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.talks = talks
        self._today = today
        self.ui = ui = build_form(self, Ui_TalksScreen)
        setup_table(ui.talksTable, ["日期", "谈话人", "谈话对象", "类型", "地点", "主要内容"], (5,))
        setup_table(ui.missingTable, ["应谈话的两人", "依据"], (1,))
        ui.matrixTable.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([640, 420])  # the matrix needs the room: a column per committee member
        self.shown: list[Talk] = []
        self.cov: Coverage | None = None
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.filterEdit.textChanged.connect(lambda _t: self.reload_list())
        ui.newButton.clicked.connect(lambda: self.new_talk())
        ui.openButton.clicked.connect(self.edit_selected)
        ui.talksTable.doubleClicked.connect(lambda _i: self.edit_selected())
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.printOneButton.clicked.connect(self.print_selected)
        ui.exportButton.clicked.connect(lambda: export_view(self, ui.talksTable, "谈心谈话", f"{self.year}年谈心谈话.xlsx"))
        ui.exportMatrixButton.clicked.connect(
            lambda: export_view(self, ui.matrixTable, "谈话情况", f"{self.year}年支委与党员谈话情况.xlsx"))
        ui.registerButton.clicked.connect(self.print_document)
        ui.talkPairButton.clicked.connect(self.talk_for_selected_pair)
        ui.missingTable.doubleClicked.connect(lambda _i: self.talk_for_selected_pair())
        ui.matrixTable.cellDoubleClicked.connect(lambda _r, _c: self.talk_for_selected_pair())
        self.refresh()

    @property
    def year(self) -> int:
        return self.ui.yearCombo.currentData() or self.today.year

    def refresh(self) -> None:
        fill_years(self.ui.yearCombo, self.talks.years(self.today), self.today.year)
        self.reload()

    def reload(self) -> None:
        self.reload_list()
        self.reload_coverage()

    # -- the list ------------------------------------------------------------------------------------------------
    def reload_list(self) -> None:
        ui = self.ui
        text = ui.filterEdit.text().strip()
        found = self.talks.talks(self.year)
        self.shown = [t for t in found if not text or any(text in s for s in (t.a_name, t.b_name, t.content,
                                                                              t.views, t.place))]
        t = ui.talksTable
        t.setRowCount(len(self.shown))
        for r, talk in enumerate(self.shown):
            t.setItem(r, 0, cell(talk.on.isoformat(), talk.uuid))
            t.setItem(r, 1, cell(talk.a_name))
            t.setItem(r, 2, cell(talk.b_name))
            t.setItem(r, 3, cell(str(talk.kind)))
            t.setItem(r, 4, cell(talk.place))
            t.setItem(r, 5, cell(talk.content.replace("\n", " ")))
        ui.emptyLabel.setText("" if found else f"{self.year}年还没有谈话记录。点“登记谈话…”开始登记。")
        has = bool(self.shown)
        set_enabled(has, ui.openButton, ui.deleteButton, ui.printOneButton)

    def selected(self) -> Talk | None:
        rows = self.ui.talksTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.shown[rows[0].row()]

    def select(self, uuid: str) -> bool:
        for r, t in enumerate(self.shown):
            if t.uuid == uuid:
                self.ui.talksTable.selectRow(r)
                return True
        return False

    # -- the coverage ------------------------------------------------------------------------------------------
    def reload_coverage(self) -> None:
        ui = self.ui
        ok, cov = ServiceCall(self, lambda: self.talks.coverage(self.year, self.today)).failure(
            lambda _exc, text: ui.coverageLabel.setText(text)).run()
        if not ok or cov is None:
            return
        self.cov = cov
        ui.summaryLabel.setText(
            f"{self.year}年谈话{cov.talks}次。按规定应谈{len(cov.expected)}对，已谈{cov.done}对"
            + (f"，还有{len(cov.missing)}对未谈。" if cov.missing else "，全部谈到。"))
        ui.coverageLabel.setText("每行一名党员，每列一名支部委员：数字为今年谈话次数，红色“应谈”为按规定应谈而尚未谈话。"
                                 "双击格子或右侧一行可直接登记这两人的谈话。")
        m = ui.matrixTable
        committee = list(cov.committee)
        m.clear()
        m.setRowCount(len(cov.members))
        m.setColumnCount(2 + len(committee))
        m.setHorizontalHeaderLabels(["党员", "党小组", *(c.name for c in committee)])
        m.verticalHeader().setVisible(False)
        center = Qt.AlignmentFlag.AlignCenter
        for r, member in enumerate(cov.members):
            m.setItem(r, 0, cell(member.person.name, member.person.key))
            m.setItem(r, 1, cell(member.group_name))
            for c, person in enumerate(committee, start=2):
                if person.key == member.person.key:
                    m.setItem(r, c, cell("—", align=center))
                    continue
                n = cov.count(person.key, member.person.key)
                if n:
                    m.setItem(r, c, cell(str(n), look=DONE_LOOK, align=center))
                elif cov.is_expected(person.key, member.person.key):
                    m.setItem(r, c, cell("应谈", look=MISSING_LOOK, align=center))
                else:
                    m.setItem(r, c, cell("", align=center))
        m.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t = ui.missingTable
        t.setRowCount(len(cov.missing))
        for r, p in enumerate(cov.missing):
            t.setItem(r, 0, cell(f"{p.a.name}—{p.b.name}", (p.a, p.b)))
            t.setItem(r, 1, cell(p.why))
        ui.withoutLabel.setText(f"今年没有谈话记录的（{len(cov.without_talk)}名）："
                                + "、".join(p.name for p in cov.without_talk) if cov.without_talk else
                                "名册中每个人今年都有谈话记录。")

    def selected_pair(self) -> tuple[tuple[str, str | None], tuple[str, str | None]] | None:
        """The two people of the selected missing pair, or of the selected matrix cell (committee, member)."""
        ui, cov = self.ui, self.cov
        if cov is None:
            return None
        rows = ui.missingTable.selectionModel().selectedRows()
        if ui.missingTable.hasFocus() or (rows and not ui.matrixTable.hasFocus()):
            if rows:
                a, b = ui.missingTable.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
                return (a.name, _uuid(a.key)), (b.name, _uuid(b.key))
        r, c = ui.matrixTable.currentRow(), ui.matrixTable.currentColumn()
        if r >= 0 and c >= 2:
            committee = cov.committee[c - 2]
            member = cov.members[r].person
            if committee.key != member.key:
                return (committee.name, _uuid(committee.key)), (member.name, _uuid(member.key))
        return None

    def talk_for_selected_pair(self) -> None:
        pair = self.selected_pair()
        if pair is None:
            messages.info(self, "请先在表中选择两人（右侧的一行，或左侧表格中支委所在列的一格）。")
            return
        (a, au), (b, bu) = pair
        self.new_talk(Talk(min(self.today, dt.date(self.year, 12, 31)), a, b, a_uuid=au, b_uuid=bu))

    # -- editing ---------------------------------------------------------------------------------------------------
    def make_dialog(self, talk: Talk | None = None) -> TalkDialog:
        return TalkDialog(talk, self.talks.people(), lambda t: self.talks.save(t, self.today), self, today=self.today)

    def new_talk(self, preset: Talk | None = None) -> TalkDialog:
        """The talk dialog, empty or with ``preset`` (a talk to add, or the selected one to edit)."""
        dlg = self.make_dialog(preset)
        if dlg.exec() and dlg.saved is not None:
            self._after_save(dlg.saved)
        return dlg

    def _chosen(self) -> Talk | None:
        """The selected talk, or None after asking the secretary to select one."""
        t = self.selected()
        if t is None:
            messages.info(self, "请先在列表中选中一次谈话。")
        return t

    def edit_selected(self) -> None:
        if (t := self._chosen()) is not None:
            self.new_talk(t)

    def _after_save(self, saved: Talk) -> None:
        self.refresh()
        i = self.ui.yearCombo.findData(saved.on.year)
        if i >= 0 and i != self.ui.yearCombo.currentIndex():
            self.ui.yearCombo.setCurrentIndex(i)
        self.select(saved.uuid or "")

    def delete_selected(self) -> None:
        t = self.selected()
        if t is None:
            return
        if not messages.confirm(self, f"删除{t.on:%Y-%m-%d}{t.a_name}与{t.b_name}的谈话记录？删除后不能恢复。", "删除谈话记录",
                       "删除"):
            return
        attempt(self, lambda: self.talks.delete(t.uuid or ""), "无法删除")
        self.reload()

    # -- paper and Excel -----------------------------------------------------------------------------------------
    def print_selected(self) -> None:
        if (t := self._chosen()) is None:
            return
        printing.make_and_preview(self, "谈心谈话记录", lambda p: self.talks.talk_pdf(t.uuid or "", p),
                                  f"谈心谈话记录{t.on:%Y%m%d}{t.a_name}-{t.b_name}.pdf")

    def print_document(self) -> None:
        year = self.year
        printing.make_and_preview(self, "谈心谈话登记册", lambda p: self.talks.register_pdf(year, p, self.today),
                                  f"{year}年谈心谈话登记册.pdf")

    def export_pdf(self) -> None:
        year = self.year
        printing.export_pdf(self, lambda p: self.talks.register_pdf(year, p, self.today), f"{year}年谈心谈话登记册.pdf")

    def export_xlsx(self) -> None:
        if self.ui.tabs.currentWidget() is self.ui.coverageTab:
            export_view(self, self.ui.matrixTable, "谈话情况", f"{self.year}年支委与党员谈话情况.xlsx")
        else:
            export_view(self, self.ui.talksTable, "谈心谈话", f"{self.year}年谈心谈话.xlsx")

    def open_record(self, kind: str, uuid: str) -> None:
        if kind == "coverage":
            i = self.ui.yearCombo.findData(int(uuid)) if uuid.isdigit() else -1
            if i >= 0:
                self.ui.yearCombo.setCurrentIndex(i)
            self.ui.tabs.setCurrentWidget(self.ui.coverageTab)
        elif kind == "talk":
            self.ui.tabs.setCurrentWidget(self.ui.listTab)
            self.select(uuid)


def _uuid(key: str) -> str | None:
    return None if key.startswith("name:") else key


def make_screen(services, window: QWidget) -> QWidget:  # noqa: ANN001
    return TalksScreen(services.talks)
