"""The whole window as a branch secretary meets it, on the full demo data: every declared page builds, none shows English words, all fit a 1280x800 screen, and every 首页 reminder opens its
record on the real page (pytest-qt)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QTabWidget

from dangjian_desktop.services import reminders
from dangjian_desktop.ui.main_window import MainWindow
from dangjian_desktop.ui.pages import page_keys

# Latin words a Chinese user expects to read: file formats and key names
ALLOWED_LATIN = {"Excel", "PDF", "Ctrl", "Enter", "Esc", "Tab", "USB", "ZIP"}
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# a signing key's fingerprint (ABCD-EF01-2345-6789) is hex digits, not words: its letters vary with the key
FINGERPRINT = re.compile(r"[0-9A-F]{4}(?:-[0-9A-F]{4}){3}")


@pytest.fixture
def window(qtbot, demo_services):  # noqa: ANN001
    w = MainWindow(demo_services)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()  # fitted to the (800×800 offscreen) screen: pages must not make it grow again
    w.shown_width = w.width()
    return w


def _visible_texts(page) -> list[str]:  # noqa: ANN001
    texts = []
    for cls in (QLabel, QAbstractButton, QGroupBox):
        for w in page.findChildren(cls):
            if w.isVisibleTo(page):
                texts.append(w.title() if isinstance(w, QGroupBox) else w.text())
    for tabs in page.findChildren(QTabWidget):
        texts.extend(tabs.tabText(i) for i in range(tabs.count()))
    return texts


@pytest.mark.parametrize("key", page_keys())
def test_every_page_builds_with_demo_data_fits_the_screen_and_speaks_chinese(window, qtbot, key):  # noqa: ANN001
    nav_width = window.ui.navList.width()
    page = window.show_page(key)
    qtbot.wait(1)
    assert page.isVisible() and window.current_key() == key
    # the window does not have to grow past a 1280x800 screen, and the navigation keeps its width
    assert window.minimumSizeHint().width() <= 1280, key
    assert window.width() == window.shown_width and window.ui.navList.width() == nav_width
    english = {word for text in _visible_texts(page) for word in LATIN_WORD.findall(FINGERPRINT.sub("", re.sub(r"<[^>]+>", "", text)))}
    assert english <= ALLOWED_LATIN, (key, english - ALLOWED_LATIN)


def test_every_reminder_opens_its_record_on_the_real_page(window, demo_services, monkeypatch):  # noqa: ANN001
    dialogs: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: (dialogs.append(self), 0)[1])
    home = window.show_page("home")
    items = home.reminders
    assert [r.title for r in items] == [r.title for r in reminders.all_reminders(demo_services)]
    assert {r.page for r in items} >= {"meetings", "room", "members", "development", "elections"}
    for r in items:
        if r.page == "home":
            continue
        before = len(dialogs)
        home.open_reminder(r)
        page = window.screen(r.page)
        assert window.current_key() == r.page, r.title
        if (r.page, r.record_kind) == ("members", "member"):
            assert len(dialogs) == before + 1 and dialogs[-1].member.uuid == r.record_uuid, r.title
        elif r.page == "meetings":
            assert page.ui.tabs.currentWidget() is page.ui.calendarTab, r.title
            if r.record_kind == "member":
                name = r.title.split("已", 1)[0]
                assert name in page.ui.inactivityLabel.text()
        elif r.page == "room":
            assert page.ui.tabs.currentWidget() is page.ui.rectTab, r.title
            assert page.ui.rectTable.selectionModel().selectedRows(), r.title
        elif r.page == "pledges":
            assert page.ui.tabs.currentWidget() is page.ui.evaluationTab, r.title
        elif r.page == "development":
            assert page.current is not None and page.current.uuid == r.record_uuid, r.title
            assert page.ui.tabs.currentWidget() is page.ui.timelineTab, r.title
        elif r.page == "settings":
            assert page.ui.tabs.currentWidget() is page.ui.branchTab, r.title
        elif r.page == "elections":  # the term ends: the 换届 under way (or a new one) is shown
            assert page.ui.mainTabs.currentWidget() is page.ui.electionTab and page.current is not None, r.title
            if r.record_kind == "election":
                assert page.current.uuid == r.record_uuid, r.title
        elif r.page == "study":
            assert page.ui.tabs.currentWidget() is page.ui.hoursTab, r.title
        elif r.page == "dues":  # the member in the arrears list, or the year whose standards are missing
            if r.record_kind == "member":
                t = page.ui.arrearsTable
                assert page.ui.tabs.currentWidget() is page.ui.arrearsTab, r.title
                assert t.item(t.currentRow(), 0).data(Qt.ItemDataRole.UserRole) == r.record_uuid, r.title
            else:
                assert page.ui.tabs.currentWidget() is page.ui.gridTab, r.title
        elif r.page == "talks":
            assert page.ui.tabs.currentWidget() is page.ui.coverageTab and str(page.year) == r.record_uuid, r.title
        elif r.page == "appraisal":
            tab = {"rectification": page.ui.rectTab, "entry": page.ui.gradesTab}.get(r.record_kind, page.ui.prepTab)
            assert page.ui.tabs.currentWidget() is tab, r.title
            if r.record_kind == "rectification":
                assert page.ui.rectTable.selectionModel().selectedRows(), r.title
        else:
            pytest.fail(f"no check for reminders of page {r.page}")
        window.show_page("home")
