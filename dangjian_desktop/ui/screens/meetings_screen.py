"""会议 page: the meeting list with filters, full-text search, the compliance calendar and attendance by member."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from dangjian_desktop.ui.widgets.pinned_today import PinnedToday
from dangjian_desktop.domain.compliance import CellStatus, month_end
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.meetings import Meeting, MeetingFilter, MeetingType
from dangjian_desktop.domain.search import INDEX_PENDING_NOTICE as SEARCH_PENDING_NOTICE
from dangjian_desktop.ui import messages, printing
from dangjian_desktop.ui.dialogs.meeting_dialog import MeetingDialog, pdf_name
from dangjian_desktop.ui.forms.ui_meetings_screen import Ui_MeetingsScreen
from dangjian_desktop.ui.models.meetings_model import MeetingTableModel
from dangjian_desktop.ui.theme import PARTY_RED
from dangjian_desktop.ui.widgets.operations import attempt, call
from dangjian_desktop.ui.widgets.wiring import set_enabled

CELL_LOOK = {
    CellStatus.HELD: ("#DCEFD9", "#1E5E1E"),
    CellStatus.COVERED: ("#F1F8EF", "#5B8A57"),
    CellStatus.MISSING: ("#F6D4D1", PARTY_RED),
    CellStatus.IN_MISSING_PERIOD: ("#FBECEA", "#B46A64"),
    CellStatus.DUE: ("#FCEFD2", "#8A5A00"),
    CellStatus.NOT_DUE: ("#FFFFFF", "#AAAAAA"),
    CellStatus.NOT_REQUIRED: ("#FFFFFF", "#AAAAAA"),
}


def _cell_text(status: CellStatus, dates: tuple[dt.date, ...]) -> str:
    if status is CellStatus.HELD:
        return "✓ " + "、".join(str(d.day) for d in dates[:3]) + "日"
    return {CellStatus.COVERED: "○", CellStatus.MISSING: "缺", CellStatus.IN_MISSING_PERIOD: "·",
            CellStatus.DUE: "待开", CellStatus.NOT_DUE: "—", CellStatus.NOT_REQUIRED: ""}[status]


class MeetingsScreen(PinnedToday, QWidget):
    def __init__(self, meetings, branch, roster, drafts, parent: QWidget | None = None, *,  # noqa: ANN001
                 today: dt.date | None = None):
        super().__init__(parent)
        self.meetings, self.branch, self.roster, self.drafts = meetings, branch, roster, drafts
        self._today = today
        self.print_job = None  # the running (or last) print job of 打印全年各次记录…
        self.ui = Ui_MeetingsScreen()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setProperty("role", "title")
        ui.newButton.setProperty("primary", True)
        for label in (ui.emptyLabel, ui.searchInfoLabel, ui.legendLabel, ui.attendanceInfoLabel):
            label.setProperty("role", "hint")
        self.model = MeetingTableModel(self)
        ui.tableView.setModel(self.model)
        ui.tableView.verticalHeader().setVisible(False)
        header = ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(60)  # widths from the first rows, not every row read so far
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first, as the query pages them
        ui.tableView.setSortingEnabled(True)  # sorted by the query (MeetingTableModel.sort), a page at a time
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.reload_list)
        self._calendar_cells: dict[tuple[int, int], tuple[MeetingType, str | None, tuple[str, ...], int]] = {}
        self._fill_filters()
        ui.legendLabel.setText("✓ 已开（日期）　○ 本期已完成　缺 期满未开　· 未开季度（或半年、年度）中的前几个月　"
                               "待开 本期尚未召开　— 未到期　空白 不要求（如支部成立前）　双击格子可打开会议或补录")
        ui.legendLabel.setWordWrap(True)
        ui.calendarBarLayout.setStretchFactor(ui.legendLabel, 1)  # the legend takes the width, in two lines
        self._connect()
        self.refresh()

    def _fill_filters(self) -> None:
        ui = self.ui
        years = self.meetings.years(self.today)
        for combo in (ui.yearCombo, ui.calendarYearCombo, ui.attendanceYearCombo):
            combo.blockSignals(True)
            current = combo.currentData()
            combo.clear()
            if combo is ui.yearCombo:
                combo.addItem("全部年度", None)
            for y in years:
                combo.addItem(f"{y}年", y)
            i = combo.findData(current if current is not None else (self.today.year if combo is not ui.yearCombo
                                                                    else None))
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)
        if ui.typeCombo.count() == 0:
            ui.typeCombo.addItem("全部类型", None)
            for t in MeetingType:
                ui.typeCombo.addItem(t.value, t.value)
        current_group = ui.groupCombo.currentData()
        ui.groupCombo.blockSignals(True)
        ui.groupCombo.clear()
        ui.groupCombo.addItem("全部党小组", None)
        for g in self.branch.groups():
            ui.groupCombo.addItem(g.name, g.uuid)
        ui.groupCombo.setCurrentIndex(max(0, ui.groupCombo.findData(current_group)))
        ui.groupCombo.blockSignals(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(lambda: self.open_editor(None))
        ui.yearCombo.currentIndexChanged.connect(self.reload_list)
        ui.typeCombo.currentIndexChanged.connect(self.reload_list)
        ui.groupCombo.currentIndexChanged.connect(self.reload_list)
        ui.filterEdit.textChanged.connect(lambda _t: self._filter_timer.start())
        # activated is Enter and (on every platform style) the double-click: connecting doubleClicked as well
        # opened the editor a second time, after the list had been reloaded under it
        ui.tableView.activated.connect(self._open_index)
        ui.openButton.clicked.connect(lambda: self._with_selected(self.open_editor))
        ui.printButton.clicked.connect(self.print_document)
        ui.pdfButton.clicked.connect(self.export_pdf)
        ui.signinButton.clicked.connect(lambda: self._with_selected(self.print_signin))
        ui.deleteButton.clicked.connect(lambda: self._with_selected(self.delete_draft))
        ui.bookButton.clicked.connect(self.print_book)
        ui.yearRecordsButton.clicked.connect(self.print_year_records)
        ui.searchButton.clicked.connect(self.run_search)
        ui.searchEdit.returnPressed.connect(self.run_search)
        ui.resultsBrowser.anchorClicked.connect(self._result_clicked)
        ui.calendarYearCombo.currentIndexChanged.connect(self.reload_calendar)
        ui.calendarTable.cellDoubleClicked.connect(self._calendar_double_clicked)
        ui.attendanceYearCombo.currentIndexChanged.connect(self.reload_attendance)
        ui.tabs.currentChanged.connect(lambda _i: self._reload_current_tab())
        ui.tableView.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # -- list ---------------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_filters()
        self._reload_current_tab()

    def _reload_current_tab(self) -> None:
        tab = self.ui.tabs.currentWidget()
        if tab is self.ui.listTab:
            self.reload_list()
        elif tab is self.ui.calendarTab:
            self.reload_calendar()
        elif tab is self.ui.attendanceTab:
            self.reload_attendance()

    def current_filter(self) -> MeetingFilter:
        ui = self.ui
        t = ui.typeCombo.currentData()
        return MeetingFilter(year=ui.yearCombo.currentData(), type=MeetingType(t) if t else None,
                             group_uuid=ui.groupCombo.currentData(), text=ui.filterEdit.text().strip())

    def reload_list(self) -> None:
        selected = self.selected_uuid()
        flt = self.current_filter()
        matching = self.meetings.count_matching(flt)
        self.model.set_source(lambda offset, limit, key, desc: self.meetings.page(flt, offset, limit, key, desc),
                              matching)
        total = self.meetings.count() if flt != MeetingFilter() else matching
        self.ui.countLabel.setText(f"共 {matching} 条" if matching == total else f"{matching} / {total} 条")
        self.ui.emptyLabel.setVisible(not matching)
        if total and not matching:
            self.ui.emptyLabel.setText("没有符合筛选条件的会议记录。可以清空筛选条件，或换一个年度、类型。")
        elif not total:
            self.ui.emptyLabel.setText("还没有会议记录。点击右上角“新建会议记录…”登记第一次会议；"
                                       "会前可先登记为计划并打印签到表。")
        if selected:
            self.select(selected)
        self._update_buttons()

    def selected_uuid(self) -> str | None:
        idx = self.ui.tableView.selectionModel().currentIndex() if self.ui.tableView.selectionModel() else None
        rows = self.ui.tableView.selectionModel().selectedRows() if self.ui.tableView.selectionModel() else []
        if rows:
            r = self.model.row(rows[0].row())
            return r.uuid if r else None
        if idx is not None and idx.isValid():
            r = self.model.row(idx.row())
            return r.uuid if r else None
        return None

    def select(self, uuid: str) -> bool:
        """Select a meeting of the list, reading further pages if it is not among the rows read so far."""
        start = 0
        while True:
            for i in range(start, len(self.model.rows)):
                if self.model.rows[i].uuid == uuid:
                    self.ui.tableView.selectRow(i)
                    return True
            if not self.model.canFetchMore():
                return False
            start = len(self.model.rows)
            self.model.fetchMore()

    def _update_buttons(self) -> None:
        has = self.selected_uuid() is not None
        set_enabled(has, self.ui.openButton, self.ui.printButton, self.ui.pdfButton, self.ui.signinButton,
                    self.ui.deleteButton)

    def _with_selected(self, fn) -> None:  # noqa: ANN001
        uuid = self.selected_uuid()
        if uuid is None:
            messages.info(self, "请先在列表中选中一次会议。")
            return
        fn(uuid)

    def _open_index(self, index) -> None:  # noqa: ANN001
        row = self.model.row(index.row()) if index.isValid() else None
        if row is not None:
            self.open_editor(row.uuid)

    # -- editor -------------------------------------------------------------------------------------------------------
    def make_editor(self, uuid: str | None, preset: Meeting | None = None) -> MeetingDialog:
        meeting = self.meetings.get(uuid) if uuid else preset
        dlg = MeetingDialog(self.meetings, self.branch, self.roster, self.drafts, meeting, self, today=self.today)
        dlg.saved.connect(lambda u: self._after_save(u))
        return dlg

    def open_editor(self, uuid: str | None, preset: Meeting | None = None) -> None:
        dlg = call(self, lambda: self.make_editor(uuid, preset))
        if dlg is None:
            return
        self.offer_draft(dlg)
        dlg.exec()
        self.refresh()

    def offer_draft(self, dlg: MeetingDialog, ask: bool = True) -> bool:
        """If an autosaved draft of this record is newer than the saved record, offer it back."""
        if dlg.locked:
            return False
        draft = self.drafts.load(dlg.draft_key)
        if draft is None:
            return False
        updated = dlg.meeting.updated_at
        if updated is not None:
            local = updated.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None, microsecond=0)
            if draft.saved_at < local:  # drafts carry whole seconds: the same second counts as newer
                self.drafts.discard(dlg.draft_key)
                return False
        if ask:
            answer = messages.offer_draft(self, f"发现{draft.saved_at:%Y-%m-%d %H:%M}自动保存、还没有保存的内容"
                                                f"（{draft.title}）。\n恢复这些内容吗？")
            if answer == "discard":
                self.drafts.discard(dlg.draft_key)
                return False
            if answer == "keep":
                return False
        dlg.restore_draft(draft.payload)
        return True

    def _after_save(self, uuid: str) -> None:
        self._fill_filters()
        self.reload_list()
        self.select(uuid)

    def open_draft(self, key: str) -> MeetingDialog | None:
        """An autosaved meeting form offered back at start (``meeting:new`` or ``meeting:<uuid>``): the editor opens
        filled with the draft. Returns the editor (already closed again unless a test patched ``exec``)."""
        draft = self.drafts.load(key)
        if draft is None:
            return None
        target = key.partition(":")[2]
        uuid: str | None = None
        if target and target != "new":
            try:
                uuid = self.meetings.get(target).uuid
            except DomainError:
                uuid = None  # the record is gone (deleted or replaced by an import): the draft opens as a new one
        self.ui.tabs.setCurrentWidget(self.ui.listTab)
        try:
            dlg = self.make_editor(uuid)
            dlg.restore_draft(draft.payload)
        except (DomainError, KeyError, ValueError, TypeError) as exc:
            messages.show_error(self, f"“{draft.title or key}”无法打开：{exc}。内容仍然保留在 drafts 文件夹中。")
            return None
        # the draft file keeps its own key even when the editor saves under another (a vanished record saved anew)
        dlg.saved.connect(lambda _u: self.drafts.discard(key))
        if dlg.locked:
            messages.info(self, "这次会议记录在草稿保存之后已经定稿，草稿内容不能再直接保存。窗口中显示的是草稿内容，"
                       "可以复制需要的文字，再用“更正记录”页登记更正。草稿可在下次启动时删除。")
        dlg.exec()
        self.refresh()
        return dlg

    def open_record(self, kind: str, uuid: str) -> None:
        if kind == "draft":
            self.open_draft(uuid)
        elif kind == "meeting":
            self.ui.tabs.setCurrentWidget(self.ui.listTab)
            self.open_editor(uuid)
        elif kind == "compliance":
            self.ui.tabs.setCurrentWidget(self.ui.calendarTab)
            i = self.ui.calendarYearCombo.findData(int(uuid)) if uuid.isdigit() else -1
            if i >= 0:
                self.ui.calendarYearCombo.setCurrentIndex(i)
        elif kind == "member":
            self.ui.tabs.setCurrentWidget(self.ui.calendarTab)

    def delete_draft(self, uuid: str) -> None:
        m = self.meetings.get(uuid)
        if m.is_final:
            messages.show_error(self, "已定稿的会议记录不能删除。如有错误，请打开记录登记更正。")
            return
        if not messages.confirm(self, f"删除草稿“{m.display_title}”（{m.date:%Y-%m-%d}）？删除后不能恢复。", "删除草稿", "删除"):
            return
        attempt(self, lambda: self.meetings.delete(uuid))
        self.refresh()

    # -- printing (main-window menu: 打印 / 导出PDF act on the selected meeting) -------------------------------------------
    def _chosen_minutes(self, to: str) -> tuple[Callable[..., Path], str] | None:
        """The selected meeting's minutes (how to make them, the PDF's name), or None after asking the secretary to
        select the meeting to ``to`` (打印, 导出)."""
        uuid = self.selected_uuid()
        if uuid is None:
            messages.info(self, f"请先在列表中选中要{to}的会议记录。")
            return None
        return (lambda p: self.meetings.minutes_pdf(uuid, p)), pdf_name(self.meetings.get(uuid))

    def print_document(self) -> None:
        if chosen := self._chosen_minutes("打印"):
            printing.make_and_preview(self, "会议记录", *chosen)

    def export_pdf(self) -> None:
        if chosen := self._chosen_minutes("导出"):
            printing.export_pdf(self, *chosen)

    def export_xlsx(self) -> None:
        """导出Excel of the table on the current tab (the list, the calendar, or the attendance)."""
        from dangjian_desktop.ui.table_export import export_view

        tab = self.ui.tabs.currentWidget()
        if tab is self.ui.calendarTab:
            year = self.ui.calendarYearCombo.currentData() or self.today.year
            export_view(self, self.ui.calendarTable, "完成情况", f"{year}年三会一课完成情况.xlsx")
        elif tab is self.ui.attendanceTab:
            year = self.ui.attendanceYearCombo.currentData() or self.today.year
            export_view(self, self.ui.attendanceTable, "出勤统计", f"{year}年党员参加组织生活情况.xlsx")
        else:
            self.model.fetch_all()  # the whole list, not only the pages scrolled to so far
            export_view(self, self.ui.tableView, "会议记录", "会议记录列表.xlsx")

    def print_signin(self, uuid: str) -> None:
        m = self.meetings.get(uuid)
        printing.make_and_preview(self, "签到表", lambda p: self.meetings.signin_pdf(uuid, p), pdf_name(m, "签到表"))

    def print_book(self) -> None:
        year = self.ui.yearCombo.currentData() or self.today.year
        printing.make_and_preview(self, f"{year}年会议记录本",
                                  lambda p, progress: self.meetings.minutes_book_pdf(year, p, progress=progress),
                                  f"三会一课记录本_{year}.pdf", steps=True)

    def print_year_records(self) -> None:
        """Every finalised record of the year, each its own document, in one print job (one dialog, one progress)."""
        from dangjian_desktop.ui.widgets.operations import ServiceCall

        year = self.ui.yearCombo.currentData() or self.today.year
        folder = printing.scratch_folder(self)

        def send(paths: list[Path]) -> None:
            job = None
            try:
                job = printing.print_documents(self, paths, f"{year}年会议记录")
            finally:
                printing.remove_when_done(folder, job)
            if job is not None:
                self.print_job = job

        def failed(exc: BaseException, text: str) -> None:
            printing.remove_when_done(folder, None)
            messages.show_error(self, text, "无法打印")

        (ServiceCall(self, lambda progress: self.meetings.year_minutes_pdfs(year, folder, progress=progress),
                     title="无法打印")
         .success(send).failure(failed).cancelled(lambda: printing.remove_when_done(folder, None))
         .with_steps("正在生成会议记录…", cancellable=True).run_in_background())

    # -- search -------------------------------------------------------------------------------------------------------
    def run_search(self) -> None:
        query = self.ui.searchEdit.text().strip()
        browser = self.ui.resultsBrowser
        if not query:
            browser.setHtml("<p style='color:#666'>请输入要查找的词。</p>")
            return
        hits = self.meetings.search(query)
        # after a headquarters import the index catches up in the background: say that hits may be missing
        notice = (f"<p style='color:#AD4E00'>{SEARCH_PENDING_NOTICE}。</p>"
                  if self.meetings.search_index_pending() else "")
        if not hits:
            browser.setHtml(f"{notice}<p style='color:#666'>没有找到包含“{html.escape(query)}”的会议记录。"
                            "可以换一个词，或减少词的个数。</p>")
            return
        parts = [notice,
                 f"<p style='color:#555'>找到 {len(hits)} 次会议{'（只显示前200条）' if len(hits) >= 200 else ''}：</p>"]
        for h in hits:
            types = "、".join(t.short for t in h.types)
            parts.append(f"<p style='margin-top:10px'><a href='meeting:{h.uuid}' style='color:{PARTY_RED};"
                         f"font-weight:bold;text-decoration:none'>{h.date:%Y-%m-%d}　{html.escape(types)}　"
                         f"{html.escape(h.title)}</a></p>")
            for snippet in h.snippets:
                body = "".join(
                    f"<span style='background:#FFE58F;font-weight:bold'>{html.escape(seg)}</span>" if hit
                    else html.escape(seg) for seg, hit in snippet)
                parts.append(f"<p style='margin:2px 0 2px 16px;color:#333'>{body}</p>")
        browser.setHtml("".join(parts))

    def _result_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("meeting:"):
            self.open_editor(text.split(":", 1)[1])

    # -- calendar -----------------------------------------------------------------------------------------------------
    def reload_calendar(self) -> None:
        year = self.ui.calendarYearCombo.currentData() or self.today.year
        report = self.meetings.compliance(year, self.today)
        t = self.ui.calendarTable
        t.clear()
        t.setColumnCount(12)
        t.setRowCount(len(report.rows))
        t.setHorizontalHeaderLabels([f"{m}月" for m in range(1, 13)])
        t.setVerticalHeaderLabels([f"{r.label}（{r.period.value}）" for r in report.rows])
        self._calendar_cells.clear()
        for r, row in enumerate(report.rows):
            for c, cell in enumerate(row.months):
                item = QTableWidgetItem(_cell_text(cell.status, cell.dates))
                bg, fg = CELL_LOOK[cell.status]
                item.setBackground(QBrush(QColor(bg)))
                item.setForeground(QBrush(QColor(fg)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                tip = f"{row.label} {cell.month}月：{cell.status.value}"
                if cell.dates:
                    tip += "\n" + "、".join(d.isoformat() for d in cell.dates)
                item.setToolTip(tip)
                t.setItem(r, c, item)
                self._calendar_cells[(r, c)] = (row.type, row.group_uuid, cell.meeting_uuids, year)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        missing = [f"{row.label}：{'、'.join(p.label for p in row.missing)}" for row in report.rows if row.missing]
        if missing:
            self.ui.calendarSummaryLabel.setText(f"<span style='color:{PARTY_RED}'>{year}年缺漏 {report.missing_count} 项："
                                                 + "；".join(html.escape(x) for x in missing) + "</span>")
        else:
            self.ui.calendarSummaryLabel.setText(f"{year}年到目前没有缺漏。")
        self._reload_inactivity()

    def _reload_inactivity(self) -> None:
        warnings = self.meetings.inactivity(self.today)
        if not warnings:
            self.ui.inactivityLabel.setText("目前没有连续四个月以上未参加组织生活的党员。")
            return
        lines = []
        for w in warnings:
            last = w.last_participation.isoformat() if w.last_participation else f"无记录（自{w.since:%Y-%m-%d}起）"
            color = PARTY_RED if w.overdue else "#A0522D"
            reasons = "、".join(f"{d:%m-%d}{r}" for d, r in w.absences[-5:]) or "无缺席登记"
            state = "已满六个月，请核实原因" if w.overdue else f"须在 <b>{w.deadline:%Y-%m-%d}</b> 前参加组织生活"
            lines.append(f"<span style='color:{color}'>● {html.escape(w.name)}（{html.escape(w.group_name)}）：最近一次参加 "
                         f"{last}，已 {w.days_without} 天；{state}。其间缺席：{html.escape(reasons)}</span>")
        self.ui.inactivityLabel.setText("<br>".join(lines))

    def _calendar_double_clicked(self, row: int, col: int) -> None:
        info_ = self._calendar_cells.get((row, col))
        if info_ is None:
            return
        mtype, group_uuid, uuids, year = info_
        if uuids:
            self.open_editor(uuids[0])
            return
        day = min(self.today, month_end(year, col + 1))
        if day < dt.date(year, col + 1, 1):
            messages.info(self, "这个月还没有到，不能补录。可以先新建会议记录登记为计划。")
            return
        preset = self.meetings.new_meeting([mtype], day, group_uuid=group_uuid)
        self.open_editor(None, preset)

    # -- attendance ---------------------------------------------------------------------------------------------------
    def reload_attendance(self) -> None:
        year = self.ui.attendanceYearCombo.currentData() or self.today.year
        rows = sorted(self.meetings.attendance(year), key=lambda r: (r.rate if r.rate is not None else 2, r.name))
        t = self.ui.attendanceTable
        t.clear()
        headers = ["姓名", "党小组", "应参加", "实参加", "出勤率", "缺席原因"]
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setRowCount(len(rows))
        for r, a in enumerate(rows):
            reasons = "，".join(f"{k}{v}次" for k, v in a.absences.items())
            values = [a.name, a.group_name, str(a.expected), str(a.present), a.rate_text, reasons]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == 4 and a.rate is not None and a.rate < 0.6:
                    item.setForeground(QBrush(QColor(PARTY_RED)))
                item.setData(Qt.ItemDataRole.UserRole, a.member_uuid)
                t.setItem(r, c, item)
        t.verticalHeader().setVisible(False)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def can_close(self) -> bool:
        return True


def make_screen(services, window: QWidget) -> QWidget:  # noqa: ANN001
    return MeetingsScreen(services.meetings, services.branch, services.roster, services.drafts, window)
