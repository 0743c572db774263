"""The 会议 page's search says when meetings imported last are still being indexed, and stops saying it after."""

from __future__ import annotations

from dangjian_desktop.services import search_index
from dangjian_desktop.ui.screens.meetings_screen import MeetingsScreen
from tests.services.test_search_index import TEXTS, _add, _bulk_write


def test_search_says_the_index_is_still_being_built(qtbot, services, monkeypatch):  # noqa: ANN001
    import datetime as dt

    _add(services, dt.date(2024, 3, 1), TEXTS["A"])
    monkeypatch.setattr(search_index, "SHORT_QUEUE", 0)
    started = []
    monkeypatch.setattr(services.search_index, "start_background", lambda: started.append(1) or True)
    _bulk_write(services, 2)
    s = services
    w = MeetingsScreen(s.meetings, s.branch, s.roster, s.drafts)
    qtbot.addWidget(w)
    w.ui.searchEdit.setText("安")  # one character
    w.run_search()
    text = w.ui.resultsBrowser.toPlainText()
    assert "最新导入的数据包仍在建立检索索引，结果可能不全" in text and "找到 1 次会议" in text
    assert started  # the search handed the long queue to the worker
    s.search_index.catch_up()
    w.ui.searchEdit.setText("纪要")
    w.run_search()
    text = w.ui.resultsBrowser.toPlainText()
    assert "检索索引" not in text and "找到 2 次会议" in text
