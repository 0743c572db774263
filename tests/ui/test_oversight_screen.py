"""Headquarters' 首页 with two demo branches imported: the branches that need a call with their reasons, the
compliance matrix (filter, sort, drill down to the meetings), and 设置 › 督导提醒."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dangjian_desktop.exchange import format as fmt
from dangjian_desktop.ui.screens.home_screen import HomeScreen
from tests.exchange.conftest import export, import_, opened
from tests.pg.cluster import ENGINES


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setitem(fmt.KDF_DEFAULT, "n", 2**10)


@pytest.fixture(params=ENGINES)
def hq_engine(request: pytest.FixtureRequest) -> str:
    """Headquarters' 首页 on SQLite and on PostgreSQL (issue 22)."""
    return request.param


@pytest.fixture(scope="module")
def stick(tmp_path_factory: pytest.TempPathFactory, demo_copy) -> Path:  # noqa: ANN001
    """Two demo branches' packages (the roster's document only), made once for the module."""
    from dangjian_desktop.services import exchange

    tmp_path = tmp_path_factory.mktemp("oversight-branches")
    stick = tmp_path / "stick"
    stick.mkdir()
    real = exchange.package_documents
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(fmt.KDF_DEFAULT, "n", 2**10)
        mp.setattr(exchange, "package_documents", lambda s: [d for d in real(s) if d[0] == "党员名册"])
        for i, name in enumerate(("第一党支部", "第二党支部")):
            d = demo_copy(tmp_path / f"b{i}", branch=i)  # two branches: the session's demo and another
            with opened(d) as s:
                s.branch.save_profile(dataclasses.replace(s.branch.require_profile(), name=name,
                                                          parent_committee="机关党总支" if i else "生产党总支"))
            export(d, stick)
    return stick


@pytest.fixture
def hq_dir(tmp_path: Path, stick: Path, make_hq) -> Path:
    hq = make_hq(tmp_path / "hq", "示范党委")
    import_(hq, stick)
    return hq


def loaded(qtbot, panel) -> None:  # noqa: ANN001
    """The overview is computed on the thread pool: wait until the newest result is shown."""
    qtbot.waitUntil(lambda: not panel.busy, timeout=20_000)


def test_home_lists_branches_to_call_and_the_matrix(qtbot, hq_dir: Path) -> None:
    with opened(hq_dir) as s:
        screen = HomeScreen(s, None)
        qtbot.addWidget(screen)
        screen.resize(1366, 728)
        assert screen.ui.stack.currentWidget() is screen.ui.hqPage
        panel = screen.oversight
        loaded(qtbot, panel)
        rows = s.oversight.overview(panel.year)
        a = panel.ui.attentionTable
        # every branch with a reason is listed, with the reasons the service gives
        expected = {r.name: "；".join(r.attention) for r in rows if r.attention}
        assert {a.item(i, 0).text(): a.item(i, 1).text() for i in range(a.rowCount())} == expected
        assert panel.ui.tabs.tabText(0) == f"需要关注的党支部（{len(expected)}）"

        m = panel.ui.matrixTable
        headers = [m.horizontalHeaderItem(j).text() for j in range(m.columnCount())]
        assert headers[:3] == ["党支部", "数据包", "党员"] and "支委会" in headers
        col = headers.index("支委会")
        by_name = {m.item(i, 0).text(): m.item(i, col).text() for i in range(m.rowCount())}
        assert by_name == {r.name: f"{r.meetings['支委会'].held}/{r.meetings['支委会'].required}" for r in rows}

        # a quarter: the figures of the requirements due in it, as the service gives them
        panel.ui.periodCombo.setCurrentText("第二季度")
        loaded(qtbot, panel)
        q2 = {r.name: r.meetings["支委会"] for r in s.oversight.overview(panel.year, quarter=2)}
        got = {m.item(i, 0).text(): m.item(i, col).text() for i in range(m.rowCount())}
        assert got == {n: f"{t.held}/{t.required}" for n, t in q2.items()}
        assert panel._file_stem().endswith("第二季度党支部工作情况汇总表")
        panel.ui.periodCombo.setCurrentIndex(0)
        loaded(qtbot, panel)

        # filter by 所属党组织: the two branches name different ones
        assert panel.ui.committeeCombo.isVisibleTo(panel)
        panel.ui.committeeCombo.setCurrentText("机关党总支")
        assert [m.item(i, 0).text() for i in range(m.rowCount())] == ["第二党支部"]
        panel.ui.committeeCombo.setCurrentIndex(0)
        assert m.rowCount() == 2

        # filter by requirement: only branches short of their 支委会
        req = panel.ui.requirementCombo
        req.setCurrentIndex(req.findData("m:支委会"))
        short = sorted(r.name for r in rows if r.meetings["支委会"].held < r.meetings["支委会"].required)
        assert sorted(m.item(i, 0).text() for i in range(m.rowCount())) == short
        req.setCurrentIndex(0)

        # sort by a column, numbers as numbers
        members_col = headers.index("党员")
        m.sortItems(members_col)
        values = [int(m.item(i, members_col).text()) for i in range(m.rowCount())]
        assert values == sorted(values)

        # drill down: the meetings behind a 支委会 cell, the missed month named
        m.setCurrentCell(0, col)
        panel.no_exec = True
        dlg = panel.drill()
        assert dlg is not None
        name = m.item(0, 0).text()
        row = next(r for r in rows if r.name == name)
        periods = [p for cr in row.report.rows if cr.label == "支委会" for p in cr.periods]
        missed = [p.label for p in periods if p.status.value == "缺"]
        lines = dlg.rows
        assert [ln[0] for ln in lines if ln[0]] == [p.label for p in periods]
        for label in missed:
            assert any(ln[0] == label and ln[1].startswith("缺") for ln in lines)
        held_dates = sorted(d.isoformat() for cr in row.report.rows if cr.label == "支委会"
                            for c in cr.months for d in c.dates)
        assert sorted(ln[2] for ln in lines if ln[2]) == held_dates
        dlg.close()


def test_settings_tab_saves_the_package_age(qtbot, hq_dir: Path) -> None:
    from dangjian_desktop.ui.screens.oversight_settings import OversightSettingsTab

    with opened(hq_dir) as s:
        tab = OversightSettingsTab(s)
        qtbot.addWidget(tab)
        assert tab.ui.packageAgeSpin.value() == 45 and tab.ui.termSpin.value() == 3
        tab.ui.packageAgeSpin.setValue(30)
        tab.ui.termSpin.setValue(6)
        assert tab.save() is not None
        assert "已保存" in tab.ui.savedLabel.text()
    with opened(hq_dir) as s:
        r = s.oversight.rules()
        assert (r.package_age_days, r.term_warning_months) == (30, 6)


def test_settings_tab_at_a_branch_is_read_only(qtbot, services) -> None:
    from dangjian_desktop.ui.screens.oversight_settings import OversightSettingsTab

    tab = OversightSettingsTab(services)
    qtbot.addWidget(tab)
    assert not tab.ui.saveButton.isEnabled() and "上级党委" in tab.ui.hintLabel.text()


def test_overview_runs_off_the_gui_thread_and_survives_switching_and_closing(qtbot, hq_dir: Path,
                                                                            monkeypatch) -> None:
    """The overview is computed on the thread pool: the panel says 「正在汇总…」 meanwhile, shows only the newest
    request's result (a quick change of year), and a panel closed while a computation runs takes no harm."""
    import threading
    import time

    from dangjian_desktop.services.oversight import OversightService
    from dangjian_desktop.ui.workers import wait_for_all

    real = OversightService.overview
    threads: list[bool] = []

    def slow(self, year=None, today=None, **kw):  # noqa: ANN001, ANN202
        threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.3)
        return real(self, year, today, **kw)

    monkeypatch.setattr(OversightService, "overview", slow)
    with opened(hq_dir) as s:
        screen = HomeScreen(s, None)
        qtbot.addWidget(screen)
        panel = screen.oversight
        assert panel.busy and panel.ui.busyLabel.isVisibleTo(panel)
        assert "正在汇总" in panel.ui.attentionEmpty.text() and not panel.ui.printButton.isEnabled()
        loaded(qtbot, panel)
        assert threads == [False]  # never on the GUI thread
        assert not panel.ui.busyLabel.isVisibleTo(panel) and panel.ui.printButton.isEnabled()
        this_year = {r.name: r.meetings for r in real(s.oversight, panel.year)}

        # a quick switch: last year, then back; the older answers arriving late are not shown
        year = panel.year
        panel.ui.yearSpin.setValue(year - 1)
        panel.ui.yearSpin.setValue(year)
        with qtbot.waitSignal(panel.loaded, timeout=20_000):
            pass
        loaded(qtbot, panel)
        wait_for_all()
        qtbot.wait(50)
        m = panel.ui.matrixTable
        headers = [m.horizontalHeaderItem(j).text() for j in range(m.columnCount())]
        col = headers.index("支委会")
        assert {m.item(i, 0).text(): m.item(i, col).text() for i in range(m.rowCount())} == {
            n: f"{t['支委会'].held}/{t['支委会'].required}" for n, t in this_year.items()}

        # switching away from 首页 and back asks again; closing the window while it runs harms nothing
        screen.refresh()
        assert panel.busy
        screen.close()
        screen.deleteLater()
        qtbot.wait(10)
        wait_for_all()
        qtbot.wait(100)  # the late result arrives for a panel that is gone: ignored
        assert len(threads) >= 4 and not any(threads)


def test_every_matrix_column_drills_down(qtbot, hq_dir: Path) -> None:
    with opened(hq_dir) as s:
        screen = HomeScreen(s, None)
        qtbot.addWidget(screen)
        panel = screen.oversight
        loaded(qtbot, panel)
        panel.no_exec = True
        m = panel.ui.matrixTable
        for j in range(2, m.columnCount()):
            m.setCurrentCell(0, j)
            dlg = panel.drill()
            assert dlg is not None, m.horizontalHeaderItem(j).text()
            assert dlg.rows or dlg.ui.noteLabel.text(), m.horizontalHeaderItem(j).text()
            if dlg.rows:
                assert dlg.ui.table.rowCount() == len(dlg.rows)
            dlg.close()
        headers = [m.horizontalHeaderItem(j).text() for j in range(m.columnCount())]
        m.setCurrentCell(0, headers.index("党员"))
        dlg = panel.drill()
        assert dlg.ui.table.rowCount() == int(m.item(0, headers.index("党员")).text())
        dlg.close()


def test_switching_pages_and_closing_the_window_while_it_sums_up(qtbot, hq_dir: Path, monkeypatch) -> None:
    """The real window: 首页 → 数据交换 → 首页 while the overview is being computed, then the window closed before
    the last answer arrives; nothing is touched after it is gone and the answer shown is the newest."""
    import time

    from dangjian_desktop.services.oversight import OversightService
    from dangjian_desktop.ui.main_window import MainWindow
    from dangjian_desktop.ui.workers import wait_for_all

    real = OversightService.overview

    def slow(self, *a, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        time.sleep(0.2)
        return real(self, *a, **kw)

    monkeypatch.setattr(OversightService, "overview", slow)
    with opened(hq_dir) as s:
        window = MainWindow(s)  # not handed to qtbot: deleted below, while an answer is on its way
        window.show()
        home = window.show_page("home")
        panel = home.oversight
        assert panel.busy
        window.show_page("exchange")
        window.show_page("home")  # asks again: the first answer, arriving later, is not shown
        assert panel.busy
        loaded(qtbot, panel)
        assert panel.ui.matrixTable.rowCount() == 2
        window.show_page("exchange")
        window.show_page("home")
        assert panel.busy
        window.close()
        window.deleteLater()
        qtbot.wait(10)
        wait_for_all()
        qtbot.wait(100)
