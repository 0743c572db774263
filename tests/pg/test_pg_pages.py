"""Every page of the window, and every tab of 设置, on a headquarters store with the demo branch's packages
imported — on SQLite and on PostgreSQL (issue 22): each builds and shows without an error box or an exception
(pytest-qt fails the test on an exception in a slot), and 数据交换 lists the imported branch on both."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QTabWidget

from dangjian_desktop import cli
from dangjian_desktop.ui.pages import page_keys
from tests.pg.cluster import ENGINES, hq_cli, open_hq
from tests.pg.test_pg_hq import HQ_NAME, packages  # noqa: F401 - the demo branch's packages (a fixture)


@pytest.fixture(params=ENGINES)
def hq_engine(request: pytest.FixtureRequest) -> str:
    return request.param


def test_every_page_and_settings_tab_opens_at_headquarters(hq_engine, packages, make_hq, tmp_path: Path,  # noqa: F811
                                                           qtbot, monkeypatch, capsys):
    from dangjian_desktop.ui.main_window import MainWindow

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda parent, title, text, *a: boxes.append(text) or 0))
    hq = make_hq(tmp_path / "hq")
    assert cli.main([*hq_cli(hq), "hq-init", "--name", HQ_NAME]) == 0
    assert cli.main([*hq_cli(hq), "import", *map(str, packages)]) == 0
    capsys.readouterr()
    with open_hq(hq) as s:
        assert s.store.engine == hq_engine
        window = MainWindow(s)
        qtbot.addWidget(window)
        window.resize(1366, 728)
        window.show()
        for key in page_keys():
            page = window.show_page(key)
            qtbot.wait(5)
            assert page.isVisible(), key
            if key == "settings":
                tabs = page.findChild(QTabWidget, "tabs")
                for i in range(tabs.count()):
                    tabs.setCurrentIndex(i)
                    qtbot.wait(5)
        if "home" in page_keys():
            panel = getattr(window.show_page("home"), "oversight", None)
            if panel is not None and hasattr(panel, "busy"):
                qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)
        exchange = window.show_page("exchange")
        qtbot.wait(5)
        assert exchange.ui.branchesTable.model().rowCount() == 1
        assert boxes == [], boxes
        window.close()
