"""The window's deferred integrity check of a large store: good -> backup may follow; damaged -> read-only."""

from __future__ import annotations

from dangjian_desktop.ui import integrity, messages
from dangjian_desktop.ui.main_window import MainWindow


def _window(qtbot, services):  # noqa: ANN001, ANN202
    w = MainWindow(services)
    qtbot.addWidget(w)
    return w


def test_good_store_runs_the_follow_up(qtbot, demo_services, monkeypatch):
    demo_services.store.integrity_check_deferred = True
    w = _window(qtbot, demo_services)
    followed = []
    integrity.check_in_background(w, demo_services.info, then=lambda: followed.append(1))
    qtbot.waitUntil(lambda: followed == [1], timeout=10_000)
    assert not demo_services.info.integrity_check_pending()
    assert not demo_services.store.read_only


def test_damage_found_turns_the_window_read_only(qtbot, demo_services, monkeypatch):
    demo_services.store.integrity_check_deferred = True
    monkeypatch.setattr(demo_services.info, "check_integrity", lambda: "Page 7: btreeInitPage() returns error code 11")
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, title="": shown.append((title, text)))
    w = _window(qtbot, demo_services)
    followed = []
    integrity.check_in_background(w, demo_services.info, then=lambda: followed.append(1))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert followed == []  # no backup of a damaged file
    assert demo_services.store.read_only
    assert "（只读）" in w.windowTitle()
    title, text = shown[0]
    assert title == "数据文件已损坏" and "备份" in text
    assert (demo_services.store.paths.root / "integrity-failed").exists()
