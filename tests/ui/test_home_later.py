"""首页 at start-up (issue 21): the window paints the branch at a glance at once, says 「正在检查提醒…」, and fills in
the reminders and the year at a glance from the thread pool once app.main has the first paint."""

from __future__ import annotations

from dangjian_desktop import clock
from dangjian_desktop.services import dashboard
from dangjian_desktop.ui.main_window import MainWindow


def _titles(table) -> list[str]:  # noqa: ANN001
    return [table.item(r, 1).text() for r in range(table.rowCount())]


def _next_tab_stop(widget):  # noqa: ANN001, ANN202 - the next visible tab stop after ``widget``
    from PySide6.QtCore import Qt

    w = widget.nextInFocusChain()
    while not (w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
        w = w.nextInFocusChain()
    return w


def test_first_paint_then_reminders_from_the_pool(qtbot, demo_services):
    win = MainWindow(demo_services, later=True)
    qtbot.addWidget(win)
    win.show()
    home = win.screen("home")
    ui = home.ui
    # first paint: the branch is there, the reminders are being checked, nothing half-drawn in the tables
    assert home.pending
    assert "29名" in ui.membersValue.text()
    assert ui.remindersEmptyLabel.isVisible() and ui.remindersEmptyLabel.text() == "正在检查提醒…"
    assert getattr(ui, "remindersTable", None) is None  # not even built: it comes with the reminders
    assert ui.glanceHint.text() == "正在统计全年概况…" and not ui.exportGlanceButton.isEnabled()

    done: list[bool] = []
    assert win.after_first_paint(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert not home.pending
    whole = dashboard.home(demo_services, clock.today())  # what a page built without `later` shows
    assert _titles(ui.remindersTable) == [r.title + (f"\n{r.detail}" if r.detail else "") for r in whole.reminders]
    assert ui.remindersTable.isVisible() and not ui.remindersEmptyLabel.isVisible()
    # in the box above 「目前没有…」 and first in its tab order, as the form had it
    assert ui.remindersLayout.indexOf(ui.remindersTable) == 0
    assert _next_tab_stop(ui.remindersTable) is ui.openReminderButton
    assert ui.remindersBox.title() == f"提醒事项（{len(whole.reminders)}）"
    assert ui.glanceHint.text() == "图表中的数字与上表一致，可导出为Excel。" and ui.exportGlanceButton.isEnabled()
    assert len(home.chart_widgets) == len(whole.glance.charts) > 0
    assert not win.after_first_paint()  # nothing is left for later any more


def test_a_refresh_meanwhile_wins_over_the_background_read(qtbot, demo_services, monkeypatch):
    """The user comes back to 首页 before the background read answers: the newer read is what stays shown."""
    import threading

    from dangjian_desktop.domain.reminders import Reminder, Urgency

    real = dashboard.home_rest

    def rest(services, today):  # noqa: ANN001, ANN202 - the pool's read is an old one
        reminders, glance = real(services, today)
        if threading.current_thread() is not threading.main_thread():
            reminders = [Reminder("old", "读得较早的提醒", "", None, Urgency.INFO)]
        return reminders, glance

    monkeypatch.setattr(dashboard, "home_rest", rest)
    win = MainWindow(demo_services, later=True)
    qtbot.addWidget(win)
    home = win.screen("home")
    done: list[bool] = []
    assert win.after_first_paint(lambda: done.append(True))
    home.refresh()  # read everything now, in the GUI thread
    assert not home.pending
    shown = _titles(home.ui.remindersTable)
    assert shown and "读得较早的提醒" not in shown
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert _titles(home.ui.remindersTable) == shown and not home.pending


def test_without_later_everything_is_read_before_the_page_shows(qtbot, demo_services):
    win = MainWindow(demo_services)
    qtbot.addWidget(win)
    home = win.screen("home")
    assert not home.pending and home.ui.remindersTable.rowCount() > 0 and home.chart_widgets
    assert not win.after_first_paint()


def test_a_store_with_no_branch_yet_has_nothing_left_for_later(qtbot, services):
    win = MainWindow(services, later=True)
    qtbot.addWidget(win)
    assert win.screen("home").ui.stack.currentWidget() is win.screen("home").ui.emptyPage
    assert not win.after_first_paint()


def test_a_glimpsed_folder_is_painted_before_its_store_opens(qtbot, demo_services, data_dir):
    """app.main's start-up for an ordinary branch folder: the window is built and painted from glimpse.py (the
    store not opened), then after_first_paint opens it with the lock glimpse held and reads the rest."""
    from dangjian_desktop import glimpse
    from dangjian_desktop.services.container import Services

    name = demo_services.branch.profile().name
    demo_services.close()
    seen = glimpse.take(data_dir, clock.today())
    assert seen is not None
    services = Services.pending(seen)
    win = MainWindow(services, later=True)
    qtbot.addWidget(win)
    win.show()
    home = win.screen("home")
    assert services.glimpse is seen and type(services.store).__name__ == "_PendingStore"  # not opened yet
    assert "29名" in home.ui.membersValue.text() and name in win.windowTitle()
    assert home.ui.remindersEmptyLabel.text() == "正在检查提醒…"
    done: list[bool] = []
    assert win.after_first_paint(lambda: done.append(True))
    assert services.glimpse is None and services.store.holds_lock and not services.store.read_only
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    whole = dashboard.home(services, clock.today())
    assert _titles(home.ui.remindersTable) == [r.title + (f"\n{r.detail}" if r.detail else "") for r in whole.reminders]
    win.update_title()
    assert name in win.windowTitle()
    services.close()


def test_pending_services_open_the_store_on_any_other_need(demo_services, data_dir):
    from dangjian_desktop import glimpse
    from dangjian_desktop.domain.roster import MemberFilter
    from dangjian_desktop.services.container import Services

    expected = len(demo_services.roster.members(MemberFilter()))
    demo_services.close()
    services = Services.pending(glimpse.take(data_dir, clock.today()))
    try:
        assert len(services.roster.members(MemberFilter())) == expected  # a service: opened first
        assert services.glimpse is None and services.store.holds_lock
    finally:
        services.close()
    services = Services.pending(glimpse.take(data_dir, clock.today()))
    try:
        assert services.store.schema_version > 0  # the database asked for: opened first
        assert services.glimpse is None
    finally:
        services.close()
