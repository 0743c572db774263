"""首页: the branch at a glance, the reminders (each opens its record), and the year at a glance as charts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

# no Qt namespace at import (the first paint does not need it: its 94 enums are ≈ 16 ms of a start)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from dangjian_desktop.ui.forms.ui_home_screen import Ui_HomeScreen
from dangjian_desktop.ui.theme import PARTY_RED
from dangjian_desktop.ui.widgets.pinned_today import ServicesPage

if TYPE_CHECKING:  # names of annotations: the reminders' module (a dataclass and an enum) comes with the reminders
    import datetime as dt  # (and no datetime statement for PySide6's import hook to read: see ui/main_window.py)

    from dangjian_desktop.domain.charts import Chart
    from dangjian_desktop.domain.dashboard import Glance, HomeData, Stat
    from dangjian_desktop.domain.reminders import Reminder
    from dangjian_desktop.services.container import Services

log = logging.getLogger(__name__)

WEEKDAYS = "一二三四五六日"
# a reminder's urgency (domain.reminders.Urgency: INFO 0, SOON 1, OVERDUE 2) as shown, by its number: the enum's
# module is imported with the first reminders, after the first paint
URGENCY_TEXT = {2: "已逾期", 1: "近期", 0: "提示"}
URGENCY_COLOR = {2: QColor(PARTY_RED), 1: QColor("#B8860B"), 0: QColor("#555555")}
PAGE_NAMES = {"members": "党员", "meetings": "会议", "pledges": "承诺", "room": "活动室", "settings": "设置",
              "reports": "报表", "exchange": "数据交换"}
STATS_PER_ROW = 4
CHECKING = "正在检查提醒…"
NO_REMINDERS = "目前没有需要处理的提醒。会议、转正、换届、整改等到期前，这里会提前提示。"
GLANCE_HEADERS = ["图表", "项目", "数量", "应达到/总数", "比例"]


class HomeScreen(ServicesPage):
    """``later=True`` (the main window at start-up): the first refresh shows the branch at a glance at once and
    says 「正在检查提醒…」; :meth:`read_rest_in_background` then reads the reminders and the year at a glance on the
    thread pool. Otherwise (and at every later refresh) everything is read before the page shows it."""

    def __init__(self, services: Services, window: QWidget | None = None, parent: QWidget | None = None, *,
                 today: dt.date | None = None, later: bool = False):
        super().__init__(services, window, parent, today=today)
        self._later = later
        self.pending = False  # the reminders and the year at a glance are still being read
        self._generation = 0  # a background read answers only the refresh that asked for it
        self.reminders: list[Reminder] = []
        self.glance: Glance | None = None
        self.chart_widgets: list[QWidget] = []
        self.oversight: QWidget | None = None  # headquarters only
        self.ui = Ui_HomeScreen()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setProperty("role", "title")
        self._glance_hint = ui.glanceHint.text()
        for lbl in (ui.dateLabel, ui.remindersEmptyLabel, ui.glanceHint):
            lbl.setProperty("role", "hint")
        g = ui.glanceTable
        g.setColumnCount(len(GLANCE_HEADERS))
        g.setHorizontalHeaderLabels(GLANCE_HEADERS)
        g.verticalHeader().setVisible(False)
        g.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        g.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.openReminderButton.clicked.connect(self.open_selected)
        ui.exportRemindersButton.clicked.connect(self.export_reminders)
        ui.exportGlanceButton.clicked.connect(self.export_xlsx)
        self.refresh()

    # -- data ------------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        if self._later:
            self._later = False
            # at start-up, the branch at a glance as glimpse read it from the file (no peewee before the first paint)
            seen = getattr(self.services, "glimpse", None)
            if seen is not None and seen.home.today == self.today:
                data = seen.home
            else:
                from dangjian_desktop.services import dashboard

                data = dashboard.home_first(self.services, self.today)
            self.pending = data.state == "branch"
            self.show_data(data)
            return
        from dangjian_desktop.services import dashboard

        self.pending = False
        self.show_data(dashboard.home(self.services, self.today))

    def read_rest_in_background(self, then: Callable[[], None] | None = None) -> bool:
        """Read the reminders and the year at a glance on the thread pool and fill them in (the main window calls
        this once the first paint is done); ``then()`` runs after they are shown. False: nothing was pending."""
        if not self.pending:
            return False
        from dangjian_desktop.services import dashboard
        from dangjian_desktop.ui.workers import run_in_background

        services, today, generation = self.services, self.today, self._generation

        def read() -> tuple[list[Reminder], Glance]:
            try:
                return dashboard.home_rest(services, today)
            finally:
                services.store.close_thread_connection()  # a pool thread: its connection is not kept

        def done(result: tuple[list[Reminder], Glance]) -> None:
            if generation == self._generation and _alive(self):  # else a newer refresh has shown fresher data
                self.pending = False
                self._fill_reminders(result[0])
                self._fill_glance(result[1])
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            log.error("首页 reminders could not be read in the background", exc_info=exc)
            if generation == self._generation and _alive(self):
                self.refresh()  # read in the GUI thread instead, where a failing provider is left out as ever
            if then is not None:
                then()

        run_in_background(read, done, failed)
        return True

    def show_data(self, data: HomeData) -> None:
        today = data.today
        self.ui.dateLabel.setText(f"今天是{today.year}年{today.month}月{today.day}日　星期{WEEKDAYS[today.weekday()]}")
        if data.state == "hq":
            self._side_page("hq")
            self.ui.hqLabel.setText(
                f"这是上级党委（{data.hq_name}）的数据，汇总各党支部交来的数据包。下面是需要联系的党支部和各支部的"
                "完成情况；导入新的数据包请到“数据交换”。")
            self._show_oversight()
            self.ui.stack.setCurrentWidget(self.ui.hqPage)
            return
        if data.state == "empty":
            self._side_page("empty")
            self.ui.demoButton.setEnabled(not self.services.store.read_only)
            self.ui.stack.setCurrentWidget(self.ui.emptyPage)
            return
        self.ui.stack.setCurrentWidget(self.ui.mainPage)
        self._fill_overview(data.overview, today)
        self._fill_reminders(data.reminders)
        if data.glance is not None:
            self._fill_glance(data.glance)
        elif self.pending:
            self.ui.glanceBox.setTitle(f"{today.year}年全年概况")
            self.ui.glanceHint.setText("正在统计全年概况…")
            self.ui.exportGlanceButton.setEnabled(False)

    def _side_page(self, which: str) -> None:
        """The page of an empty store ("empty": 填写党支部信息 / 演示数据) or of headquarters ("hq"), built the first
        time it is shown (a branch's start-up builds neither: ≈ 2 ms of its first paint). Its widgets join ``self.ui``
        under their form names (``ui.emptyPage``, ``ui.setupButton``, ``ui.hqPage``, ``ui.hqLabel`` …)."""
        name = f"{which}Page"
        if hasattr(self.ui, name):
            return
        page = QWidget()
        page.setObjectName(name)
        if which == "empty":
            from dangjian_desktop.ui.forms.ui_home_empty_page import Ui_HomeEmptyPage

            form = Ui_HomeEmptyPage()
            form.setupUi(page)
            form.emptyLabel.setProperty("role", "hint")
            form.emptyTitleLabel.setProperty("role", "title")
            form.setupButton.setProperty("primary", True)
            form.setupButton.clicked.connect(lambda: self._go("settings"))
            form.demoButton.clicked.connect(self.add_demo_data)
        else:
            from dangjian_desktop.ui.forms.ui_home_hq_page import Ui_HomeHqPage

            form = Ui_HomeHqPage()
            form.setupUi(page)
            form.hqLabel.setProperty("role", "hint")
            form.exchangeButton.setProperty("primary", True)
            form.exchangeButton.clicked.connect(lambda: self._go("exchange"))
        vars(self.ui).update(vars(form))
        setattr(self.ui, name, page)
        self.ui.stack.addWidget(page)  # styled as it joins the page, with its roles set

    def _show_oversight(self) -> None:
        """Headquarters: the branches that need a call and the compliance matrix (ui/screens/oversight_panel.py)."""
        from dangjian_desktop.ui.screens.oversight_panel import OversightPanel

        if self.oversight is None:
            self.oversight = OversightPanel(self.services, self.window_, today=self._today)
            lay = self.ui.hqLayout
            lay.removeItem(self.ui.hqSpacer)
            lay.addWidget(self.oversight, 1)
        else:
            self.oversight.refresh()

    def _fill_overview(self, ov, today: dt.date) -> None:  # noqa: ANN001
        ui = self.ui
        if ov is None:
            return
        ui.nameValue.setText(ov.name)
        ui.parentValue.setText(ov.parent_committee or "（未填写）")
        ui.membersValue.setText(f"{ov.total}名（正式党员{ov.full}名，预备党员{ov.probationary}名）"
                                if ov.total else "还没有党员。请在“党员”中录入或导入名册。")
        ui.groupsValue.setText("、".join(f"{name}（{n}人）" for name, n in ov.groups) if ov.groups else "未设党小组")
        ui.committeeValue.setText("　".join(f"{role} {name}" for role, name in ov.committee) if ov.committee
                                  else "尚未填写支委会成员")
        if ov.term_ends_on is None:
            ui.termValue.setText("未填写本届选举日期，无法提醒换届。请在“设置”中填写。")
        else:
            days = (ov.term_ends_on - today).days
            left = f"已届满{-days}天，应及时换届" if days < 0 else f"还有{days}天"
            ui.termValue.setText(f"{ov.election_date:%Y年%m月%d日}选举，任期{ov.term_years}年，"
                                 f"{ov.term_ends_on:%Y年%m月%d日}届满（{left}）")
            # the role re-read by setting the (empty) style sheet again, Qt's own way for a changed property: no
            # QStyle is built in Python (set_role's repolish asks for style(): its 11 enums, ≈ 6 ms of the first paint)
            ui.termValue.setProperty("role", "warning" if days <= 183 else "")
            ui.termValue.setStyleSheet(" ")

    def _reminders_table(self) -> QTableWidget:
        """The reminders' table (``ui.remindersTable``), built with the first reminders: hidden while there are none,
        it is not built for the first paint (a table is 14 widgets with its headers, scroll bars and viewports, ≈ a
        fifth of 首页's), nor its row fitter's Python event filter and module (QEvent's 179-member enum)."""
        t = getattr(self.ui, "remindersTable", None)
        if t is not None:
            return t
        from dangjian_desktop.ui.widgets.table_cells import fit_wrapped_rows

        ui = self.ui
        t = QTableWidget(ui.remindersBox)
        t.setObjectName("remindersTable")
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setMinimumSize(0, 220)
        t.setColumnCount(3)
        t.setHorizontalHeaderLabels(["状态", "事项", "日期"])
        t.verticalHeader().setVisible(False)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        t.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        fit_wrapped_rows(t)  # word wrap on, rows as tall as their wrapped text
        t.itemActivated.connect(lambda _item: self.open_selected())
        t.itemSelectionChanged.connect(self._update_buttons)
        t.hide()
        ui.remindersLayout.insertWidget(0, t)  # above 「目前没有…」, first in the tab order of the box
        QWidget.setTabOrder(t, ui.openReminderButton)
        ui.remindersTable = t
        return t

    def _fill_reminders(self, reminders: list[Reminder]) -> None:
        self.reminders = reminders
        has = bool(reminders)
        if not has and getattr(self.ui, "remindersTable", None) is None:  # none yet: no table to fill or hide
            self._show_reminders_state(has)
            return
        t = self._reminders_table()
        t.setRowCount(len(reminders))
        if reminders:  # not before the first paint (none yet): the Qt namespace's 94 enums cost ≈ 16 ms to build
            from PySide6.QtCore import Qt
        for row, r in enumerate(reminders):
            status = QTableWidgetItem(URGENCY_TEXT[r.urgency])
            status.setForeground(QBrush(URGENCY_COLOR[r.urgency]))
            status.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            what = QTableWidgetItem(f"{r.title}\n{r.detail}" if r.detail else r.title)
            target = PAGE_NAMES.get(r.page)
            what.setToolTip(f"双击打开“{target}”中的相关记录" if target and r.page != "home" else r.detail)
            when = QTableWidgetItem(r.due.isoformat() if r.due else "")
            when.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            for col, item in enumerate((status, what, when)):
                item.setData(Qt.ItemDataRole.UserRole, row)
                t.setItem(row, col, item)
        t.resizeRowsToContents()
        t.setVisible(has)
        if has:
            t.selectRow(0)
        self._show_reminders_state(has)

    def _show_reminders_state(self, has: bool) -> None:
        self.ui.remindersEmptyLabel.setText(CHECKING if self.pending else NO_REMINDERS)
        self.ui.remindersEmptyLabel.setVisible(not has)
        self.ui.exportRemindersButton.setEnabled(has)
        self.ui.remindersBox.setTitle(f"提醒事项（{len(self.reminders)}）" if has else "提醒事项")
        self._update_buttons()

    def _fill_glance(self, glance: Glance) -> None:
        self.glance = glance
        ui = self.ui
        ui.glanceBox.setTitle(f"{glance.year}年全年概况")
        ui.glanceHint.setText(self._glance_hint)
        while ui.statsGrid.count():
            item = ui.statsGrid.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone from sight now, not only when the event loop deletes it
                item.widget().deleteLater()
        for i, stat in enumerate(glance.stats):
            ui.statsGrid.addWidget(self._stat_tile(stat), i // STATS_PER_ROW, i % STATS_PER_ROW)
        for c in range(STATS_PER_ROW):
            ui.statsGrid.setColumnStretch(c, 1)
        from dangjian_desktop.domain.charts import BarChart
        from dangjian_desktop.ui.widgets.charts import chart_widget

        for w in self.chart_widgets:
            ui.chartsGrid.removeWidget(w)
            w.hide()
            w.deleteLater()
        self.chart_widgets = []
        # a 4-column grid: bar charts take two columns, donuts one; bars first, then donuts fill the gaps
        ordered = sorted(glance.charts, key=lambda c: 0 if isinstance(c, BarChart) else 1)
        row = col = 0
        for c in ordered:
            span = 2 if isinstance(c, BarChart) else 1
            if col + span > 4:
                row, col = row + 1, 0
            w = chart_widget(c)
            if span == 1:
                w.setFixedHeight(210)
            ui.chartsGrid.addWidget(w, row, col, 1, span)
            self.chart_widgets.append(w)
            col += span
        for c in range(4):
            ui.chartsGrid.setColumnStretch(c, 1)
        from PySide6.QtCore import Qt

        rows = glance_rows(glance.charts)
        g = ui.glanceTable
        g.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, v in enumerate(values):
                item = QTableWidgetItem("" if v is None else str(v))
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                g.setItem(r, c, item)
        g.setFixedHeight(min(320, g.horizontalHeader().height() + sum(g.rowHeight(i) for i in range(len(rows))) + 6))
        ui.exportGlanceButton.setEnabled(bool(rows))

    def _stat_tile(self, stat: Stat) -> QWidget:
        tile = QFrame()
        tile.setObjectName("statTile")
        color = PARTY_RED if stat.warn else "#222"
        tile.setStyleSheet("QFrame#statTile { background: #FBF7F5; border: 1px solid #E4DEDA; border-radius: 6px; }")
        lay = QVBoxLayout(tile)
        lay.setContentsMargins(14, 8, 14, 8)
        value = QLabel(stat.value)
        value.setWordWrap(True)
        value.setStyleSheet(f"font-size: 18pt; font-weight: bold; color: {color}; background: transparent;")
        label = QLabel(stat.label)
        label.setWordWrap(True)
        label.setStyleSheet("background: transparent;")
        lay.addWidget(value)
        lay.addWidget(label)
        if stat.note:
            note = QLabel(stat.note)
            note.setWordWrap(True)
            note.setProperty("role", "hint")
            note.setStyleSheet("background: transparent;")
            lay.addWidget(note)
        tile.setAccessibleName(f"{stat.label} {stat.value} {stat.note}")
        return tile

    # -- actions ---------------------------------------------------------------------------------------------------
    def selected_reminder(self) -> Reminder | None:
        if not self.reminders:  # none to select (the first paint: no QItemSelectionModel class built in Python)
            return None
        rows = self.ui.remindersTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.reminders[rows[0].row()]

    def _update_buttons(self) -> None:
        r = self.selected_reminder()
        self.ui.openReminderButton.setEnabled(r is not None and r.page != "home")

    def open_selected(self) -> None:
        r = self.selected_reminder()
        if r is not None:
            self.open_reminder(r)

    def open_reminder(self, r: Reminder) -> None:
        """Show the record the reminder is about on its page."""
        opener = getattr(self.window_, "open_record", None)
        if r.page != "home" and callable(opener):
            opener(r.page, r.record_kind, r.record_uuid)

    def _go(self, page: str) -> None:
        show = getattr(self.window_, "show_page", None)
        if callable(show):
            show(page)

    def add_demo_data(self) -> None:
        """「先用演示数据看看」: the window opens the demo branch from a folder of its own (services/demo.py); this
        data folder stays empty for the real branch."""
        show_demo = getattr(self.window_, "show_demo", None)
        if callable(show_demo):
            show_demo()

    def export_reminders(self) -> None:
        from dangjian_desktop.ui.table_export import export_view

        export_view(self, self.ui.remindersTable, "提醒事项", f"提醒事项{self.today:%Y%m%d}.xlsx")

    def export_xlsx(self) -> None:
        """导出Excel of the year at a glance (menu 文件 › 导出Excel)."""
        from dangjian_desktop.ui.table_export import export_view

        if self.oversight is not None and self.ui.stack.currentWidget() is getattr(self.ui, "hqPage", None):
            self.oversight.export_xlsx()
            return
        if self.ui.stack.currentWidget() is not self.ui.mainPage:
            return
        export_view(self, self.ui.glanceTable, "全年概况", f"{self.today.year}年全年概况.xlsx")


def glance_rows(charts: list[Chart]) -> list[list[object]]:
    """The charts' numbers as table rows: 图表, 项目, 数量, 应达到/总数, 比例."""
    from dangjian_desktop.domain.charts import BarChart  # imported after the first paint

    out: list[list[object]] = []
    for c in charts:
        if isinstance(c, BarChart):
            for i, cat in enumerate(c.categories):
                req = c.required[i] if i < len(c.required) else None
                for s in c.series:
                    v = s.values[i] if i < len(s.values) else 0
                    name = cat if len(c.series) == 1 else f"{cat}·{s.name}"
                    ratio = f"{v * 100 / req:.0f}%" if req else ""
                    out.append([c.title, name, _n(v), "" if req is None else _n(req), ratio])
        else:
            out.append([c.title, c.note or c.title, _n(c.done), _n(c.total), c.percent_text])
    return out


def _n(v: float) -> int | float:
    return int(v) if float(v).is_integer() else round(v, 1)


def _alive(widget: QWidget) -> bool:
    """False once Qt has deleted the widget (the window closed while a background read ran)."""
    from shiboken6 import isValid

    return isValid(widget)
