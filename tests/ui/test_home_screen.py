"""首页 with pytest-qt: reminders open their record, charts paint, empty/HQ states say what to do, export."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from dangjian_desktop import clock
from dangjian_desktop.domain.charts import BarChart, Progress, Series
from dangjian_desktop.ui.screens.home_screen import HomeScreen
from dangjian_desktop.ui.widgets.charts import BarChartWidget, DonutWidget


class FakeWindow(QWidget):
    def __init__(self):
        super().__init__()
        self.opened: list[tuple[str, str, str]] = []
        self.shown: list[str] = []
        self.refreshed = 0

    def open_record(self, page, kind, uuid):  # noqa: ANN001
        self.opened.append((page, kind, uuid))

    def show_page(self, key):  # noqa: ANN001
        self.shown.append(key)

    def refresh_all(self):
        self.refreshed += 1

    def show_demo(self):
        self.shown.append("demo")


def test_reminders_open_their_record(qtbot, demo_services):
    win = FakeWindow()
    screen = HomeScreen(demo_services, win)
    qtbot.addWidget(screen)
    screen.resize(1200, 900)
    screen.show()
    assert screen.ui.stack.currentWidget() is screen.ui.mainPage
    table = screen.ui.remindersTable
    titles = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert any("预备期" in t for t in titles) and any("任期" in t for t in titles)
    row = next(r for r, t in enumerate(titles) if "预备期" in t)
    table.selectRow(row)
    assert screen.ui.openReminderButton.isEnabled()
    qtbot.mouseClick(screen.ui.openReminderButton, Qt.MouseButton.LeftButton)
    reminder = screen.reminders[row]
    assert win.opened == [("members", "member", reminder.record_uuid)]
    # double-click / Enter on a row does the same
    table.itemActivated.emit(table.item(row, 1))
    assert len(win.opened) == 2
    ov_text = screen.ui.membersValue.text()
    assert "29名" in ov_text and "预备党员2名" in ov_text
    assert "届满" in screen.ui.termValue.text()


def test_charts_paint(qtbot, demo_services):
    screen = HomeScreen(demo_services, FakeWindow())
    qtbot.addWidget(screen)
    screen.resize(1200, 1000)
    screen.show()
    assert screen.chart_widgets
    for w in screen.chart_widgets:
        img = w.grab().toImage()
        assert w.painted > 0
        colors = {img.pixelColor(x, y).name() for x in range(0, img.width(), 3) for y in range(0, img.height(), 3)}
        data = getattr(w, "chart", None) or w.progress
        has_value = data.ratio > 0 if isinstance(data, Progress) else data.max_value > 0
        assert ("#b22222" in colors) == has_value  # the Party-red bars / ring were drawn, and only for values


def test_chart_widgets_standalone(qtbot):
    bar = BarChartWidget(BarChart("会议", ("支委会", "党员大会"), (Series("已开", (10.0, 3.0)),),
                                  required=(12.0, 4.0), unit="次"))
    donut = DonutWidget(Progress("出勤率", 45, 50, unit="人次"))
    empty = DonutWidget(Progress("承诺评价", 0, 0))
    for w in (bar, donut, empty):
        qtbot.addWidget(w)
        w.resize(360, 260)
        img = w.grab().toImage()
        assert w.painted == 1 and not img.isNull()
    assert donut.progress.percent_text == "90%" and empty.progress.percent_text == "—"


def test_empty_store_offers_setup_and_demo(qtbot, services, monkeypatch):
    win = FakeWindow()
    screen = HomeScreen(services, win)
    qtbot.addWidget(screen)
    assert screen.ui.stack.currentWidget() is screen.ui.emptyPage
    qtbot.mouseClick(screen.ui.setupButton, Qt.MouseButton.LeftButton)
    assert win.shown == ["settings"]
    # the demo opens from a folder of its own: nothing is written into this (real) store
    qtbot.mouseClick(screen.ui.demoButton, Qt.MouseButton.LeftButton)
    assert win.shown == ["settings", "demo"]
    assert services.info.is_empty() and services.roster.count() == 0


def test_headquarters_store_says_where_to_look(qtbot, services):
    services.branch.init_headquarters("示范能源公司党委")
    win = FakeWindow()
    screen = HomeScreen(services, win)
    qtbot.addWidget(screen)
    assert screen.ui.stack.currentWidget() is screen.ui.hqPage
    assert "示范能源公司党委" in screen.ui.hqLabel.text()
    qtbot.mouseClick(screen.ui.exchangeButton, Qt.MouseButton.LeftButton)
    assert win.shown == ["exchange"]


def test_export_glance_and_reminders_match_the_window(qtbot, demo_services, tmp_path, monkeypatch):
    screen = HomeScreen(demo_services, FakeWindow(), today=clock.today())
    qtbot.addWidget(screen)
    target = tmp_path / "概况.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    screen.export_xlsx()
    ws = openpyxl.load_workbook(target).active
    g = screen.ui.glanceTable
    assert [c.value for c in ws[1]] == [g.horizontalHeaderItem(c).text() for c in range(g.columnCount())]
    assert ws.max_row == g.rowCount() + 1
    for r in range(g.rowCount()):
        for c in range(g.columnCount()):
            cell = ws.cell(r + 2, c + 1)
            shown = "" if cell.value is None else str(cell.value)
            if cell.number_format.endswith("%"):  # a percentage is a number with a percent format: 0.97 shows 97%
                decimals = len(cell.number_format.split(".")[1]) - 1 if "." in cell.number_format else 0
                shown = f"{cell.value * 100:.{decimals}f}%"
            assert shown == g.item(r, c).text()
    assert any(isinstance(ws.cell(r, 3).value, int) for r in range(2, ws.max_row + 1))  # numbers stay numbers
    target2 = tmp_path / "提醒"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target2), ""))
    screen.export_reminders()
    ws2 = openpyxl.load_workbook(tmp_path / "提醒.xlsx").active
    assert [c.value for c in ws2[1]] == ["状态", "事项", "日期"]
    assert ws2.max_row == len(screen.reminders) + 1


def test_the_term_line_turns_warning_and_back_as_its_end_nears_and_passes(qtbot, demo_services):
    """The 任期 line takes the theme's warning colour within 183 days of the term's end, and loses it when a new
    term is entered (the page re-reads its role from the style sheet each time)."""
    import datetime as dt

    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from dangjian_desktop.domain.dashboard import BranchOverview
    from dangjian_desktop.ui import theme

    app = QApplication.instance()
    before = app.styleSheet()
    app.setStyleSheet(theme.STYLE)
    try:
        screen = HomeScreen(demo_services, FakeWindow())
        qtbot.addWidget(screen)
        screen.show()
        today = dt.date(2030, 6, 1)

        def term_ending(days: int) -> BranchOverview:
            return BranchOverview("一支部", "党委", 3, 3, 0, [], [], dt.date(2025, 6, 1),
                                  today + dt.timedelta(days=days), 5)

        label = screen.ui.termValue

        def colour() -> QColor:
            return label.palette().color(QPalette.ColorRole.WindowText)

        screen._fill_overview(term_ending(400), today)
        normal = colour()
        assert normal != QColor("#A0522D")
        screen._fill_overview(term_ending(30), today)
        assert colour() == QColor("#A0522D") and "还有30天" in label.text()
        screen._fill_overview(term_ending(-5), today)
        assert colour() == QColor("#A0522D") and "已届满5天" in label.text()
        screen._fill_overview(term_ending(1800), today)
        assert colour() == normal
    finally:
        app.setStyleSheet(before)


def test_each_urgency_reads_as_it_should():
    from dangjian_desktop.domain.reminders import Urgency
    from dangjian_desktop.ui.screens.home_screen import URGENCY_COLOR, URGENCY_TEXT

    assert {u: URGENCY_TEXT[u] for u in Urgency} == {Urgency.OVERDUE: "已逾期", Urgency.SOON: "近期", Urgency.INFO: "提示"}
    assert URGENCY_COLOR[Urgency.OVERDUE].name() == "#b22222" and len({URGENCY_COLOR[u].name() for u in Urgency}) == 3
