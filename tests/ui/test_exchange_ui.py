"""The 数据交换 page: the export dialog (branch) and the import view (headquarters), driven as a user would."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.exchange import format as fmt
from dangjian_desktop.services.container import Services
from tests.exchange.conftest import PASSWORD, export, opened
from tests.pg.cluster import ENGINES

SHOTS = Path(os.environ.get("DANGJIAN_SHOTS", "/tmp/dangjian-shots"))


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setitem(fmt.KDF_DEFAULT, "n", 2**10)


@pytest.fixture
def branch_services(data_dir: Path, demo_copy):
    s = Services.open(demo_copy(data_dir))  # the session's demo store, copied (tests/conftest.py)
    yield s
    s.close()


def wait_until(condition, timeout: float = 60.0) -> None:
    """Process events until ``condition()``. Not qtbot.waitUntil: once a test has run app.main() (which quits the
    shared QApplication, see tests/test_app.py), nested event loops return at once and deliver nothing."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        QApplication.processEvents()
        time.sleep(0.01)


def _shot(widget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    widget.grab().save(str(path))
    return path


def _dialog(branch_services, stick: Path):
    from dangjian_desktop.ui.dialogs.export_dialog import Drive, ExportDialog

    drives = [Drive("KINGSTON（E:）", stick, 7_500_000_000), Drive("写保护U盘（F:）", stick / "nope", 10**9, True)]
    return ExportDialog(branch_services.exchange, drives=lambda: drives)


def _export_unencrypted(qtbot, branch_services, stick: Path):
    """The export dialog on ``stick``, run without a password to its end; the dialog, for its status line."""
    dlg = _dialog(branch_services, stick)
    qtbot.addWidget(dlg)
    dlg.ui.noEncryptCheck.setChecked(True)
    dlg.start_export()
    wait_until(lambda: not dlg.running)
    return dlg


def test_export_dialog_writes_the_package_and_only_then_says_safe(qtbot, branch_services, tmp_path: Path):
    stick = tmp_path / "stick"
    stick.mkdir()
    dlg = _dialog(branch_services, stick)
    qtbot.addWidget(dlg)
    dlg.resize(640, 700)
    dlg.show()
    ui = dlg.ui
    assert ui.drivesList.count() == 2
    assert "KINGSTON" in ui.drivesList.item(0).text() and "7.0 GB" in ui.drivesList.item(0).text()
    assert "只读" in ui.drivesList.item(1).text()
    assert dlg.target == stick
    assert not ui.sinceLastRadio.isEnabled()  # no export yet: only a full package makes sense
    assert ui.exportButton.property("primary") is True

    ui.passwordEdit.setText(PASSWORD)
    ui.confirmEdit.setText(PASSWORD + "x")
    dlg.start_export()
    assert "不一致" in ui.statusLabel.text() and not dlg.running
    assert list(stick.iterdir()) == []

    ui.noEncryptCheck.setChecked(True)
    assert ui.warningLabel.isVisibleTo(dlg) and not ui.passwordEdit.isEnabled()
    _shot(dlg, "export_dialog_no_encrypt.png")
    ui.noEncryptCheck.setChecked(False)

    ui.confirmEdit.setText(PASSWORD)
    _shot(dlg, "export_dialog.png")
    dlg.start_export()
    assert dlg.running
    assert "可以安全拔出" not in ui.statusLabel.text()
    assert ui.closeButton.text() == "取消导出"  # closing is cancelling while it writes (tests/ui/test_long_actions.py)
    wait_until(lambda: not dlg.running)
    assert dlg.error is None, dlg.error
    assert "可以安全拔出U盘" in ui.statusLabel.text()
    [pkg] = list(stick.iterdir())
    assert pkg.suffix == ".djpkg" and str(pkg) in ui.statusLabel.text()
    assert branch_services.exchange.verify(pkg, PASSWORD).counts["member"] == 30
    assert ui.exportButton.text() == "完成"
    _shot(dlg, "export_dialog_done.png")


def test_export_dialog_failure_says_why_and_leaves_nothing(qtbot, branch_services, tmp_path: Path, monkeypatch):
    from dangjian_desktop.exchange import writer

    stick = tmp_path / "stick"
    stick.mkdir()

    def read_only(*_a, **_k):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(writer, "write_container", read_only)
    dlg = _export_unencrypted(qtbot, branch_services, stick)
    text = dlg.ui.statusLabel.text()
    assert "导出没有完成" in text and "只读" in text and "可以安全拔出" not in text
    assert list(stick.iterdir()) == []
    assert dlg.ui.exportButton.isEnabled() and dlg.ui.passwordGroup.isEnabled()


def test_branch_page_opens_with_last_export(qtbot, branch_services, tmp_path: Path):
    from dangjian_desktop.ui.screens.exchange_screen import ExchangeScreen

    screen = ExchangeScreen(branch_services.exchange, branch_services.branch)
    qtbot.addWidget(screen)
    assert screen.ui.modeStack.currentWidget() is screen.ui.branchPage
    assert "还没有导出过" in screen.ui.lastExportLabel.text()
    stick = tmp_path / "s"
    stick.mkdir()
    branch_services.exchange.export(stick, password=PASSWORD)
    screen.refresh()
    assert "上次导出" in screen.ui.lastExportLabel.text()
    screen.resize(1000, 600)
    _shot(screen, "exchange_branch.png")


@pytest.fixture(params=ENGINES)
def hq_engine(request: pytest.FixtureRequest) -> str:
    """The 数据交换 page of a headquarters on SQLite and on PostgreSQL (issue 22)."""
    return request.param


@pytest.fixture
def packages(tmp_path: Path, demo_copy) -> Path:
    """A stick with the demo branch's package and a damaged file."""
    branch = demo_copy(tmp_path / "branch")
    stick = tmp_path / "stick"
    stick.mkdir()
    export(branch, stick)
    (stick / "损坏的数据包.djpkg").write_bytes(b"DJPKG\r\n\x1a\x00\x00")
    return stick


@contextlib.contextmanager
def hq_screen(qtbot, folder: Path, width: int, height: int):
    """A headquarters store opened in ``folder`` and its 数据交换 screen shown at width x height."""
    from dangjian_desktop.ui.screens.exchange_screen import ExchangeScreen

    with opened(folder) as hq:
        hq.branch.init_headquarters("示范能源公司党委")
        screen = ExchangeScreen(hq.exchange, hq.branch)
        qtbot.addWidget(screen)
        screen.resize(width, height)
        screen.show()
        yield hq, screen


def test_hq_import_view_results_branches_and_drill_in(qtbot, tmp_path: Path, packages: Path, make_hq):
    with hq_screen(qtbot, make_hq(tmp_path / "hq"), 1200, 800) as (hq, screen):
        ui = screen.ui
        assert ui.modeStack.currentWidget() is ui.hqPage
        assert ui.emptyLabel.isVisibleTo(screen) and not ui.printSummaryButton.isEnabled()
        _shot(screen, "exchange_hq_empty.png")

        ui.hqPasswordEdit.setText(PASSWORD)
        screen.import_paths([packages])
        wait_until(lambda: not screen.busy)
        outcomes = {r.outcome for r in screen.last_results}
        assert outcomes == {ImportOutcome.IMPORTED, ImportOutcome.REFUSED}
        assert ui.resultsTable.rowCount() == 2
        texts = [ui.resultsTable.item(r, 0).text() for r in range(2)]
        assert sorted(texts) == sorted(["已导入", "已拒绝"])
        assert "被拒绝" in ui.statusLabel.text()
        model = ui.branchesTable.model()
        assert model.rowCount() == 1
        assert model.index(0, 0).data() == "示范能源公司检修分公司党支部"
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert model.index(0, headers.index("在册党员")).data() == "29"
        assert model.index(0, headers.index("序号")).data() == "1"
        fingerprint = model.index(0, headers.index("签名密钥指纹")).data()
        assert fingerprint == screen.last_results[0].fingerprint or fingerprint == screen.last_results[1].fingerprint
        assert not ui.emptyLabel.isVisibleTo(screen)
        _shot(screen, "exchange_hq.png")

        screen.import_paths([p for p in packages.iterdir() if "损坏" not in p.name])
        wait_until(lambda: not screen.busy)
        assert [r.outcome for r in screen.last_results] == [ImportOutcome.UNCHANGED]
        assert ui.resultsTable.item(0, 0).text() == "无变化"

        dlg = screen.make_branch_dialog(screen.selected_branch())
        qtbot.addWidget(dlg)
        titles = [dlg.ui.tabs.tabText(i) for i in range(dlg.ui.tabs.count())]
        assert titles[0] == "打印文档" and "党员（30）" in titles and "党小组（3）" in titles
        docs = [dlg.ui.documentsList.item(i).text() for i in range(dlg.ui.documentsList.count())]
        assert any("党员名册" in d for d in docs) and any("年度党建工作台账" in d for d in docs)
        members = dlg.tables["member"]
        assert members.rowCount() == 30
        headers = [members.horizontalHeaderItem(c).text() for c in range(members.columnCount())]
        id_col = headers.index("身份证号")
        assert "*" in members.item(0, id_col).text()  # masked at headquarters too
        assert members.editTriggers() == members.EditTrigger.NoEditTriggers
        dlg.resize(1100, 700)
        dlg.show()
        _shot(dlg, "exchange_branch_records.png")

        pdf = hq.exchange.hq_summary_pdf(tmp_path / "summary.pdf")
        assert pdf.exists()


def test_settings_tab_makes_an_empty_store_headquarters(qtbot, services):
    from dangjian_desktop.ui.screens.exchange_screen import ExchangeSettingsTab

    tab = ExchangeSettingsTab(services)
    qtbot.addWidget(tab)
    tab.show()
    assert "党支部" in tab.ui.modeLabel.text() and tab.ui.hqGroup.isVisibleTo(tab)
    assert "hq-init" in tab.ui.explainLabel.text()
    tab.make_headquarters()  # no name
    assert "请填写上级党委名称" in tab.ui.statusLabel.text()
    tab.ui.nameEdit.setText("示范能源公司党委")
    tab.make_headquarters()
    assert "上级党委" in tab.ui.modeLabel.text() and "示范能源公司党委" in tab.ui.modeLabel.text()
    assert not tab.ui.hqGroup.isVisibleTo(tab)
    _shot(tab, "exchange_settings_tab.png")


def test_settings_tab_of_a_branch_cannot_switch(qtbot, branch_services):
    from dangjian_desktop.ui.screens.exchange_screen import ExchangeSettingsTab

    tab = ExchangeSettingsTab(branch_services)
    qtbot.addWidget(tab)
    assert not tab.ui.hqGroup.isVisibleTo(tab)
    assert "示范能源公司检修分公司党支部" in tab.ui.modeLabel.text()


def test_the_window_has_the_page_and_the_settings_tab(qtbot, branch_services):
    from dangjian_desktop.ui.main_window import MainWindow
    from dangjian_desktop.ui.screens.exchange_screen import ExchangeScreen, ExchangeSettingsTab

    window = MainWindow(branch_services)
    qtbot.addWidget(window)
    titles = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert "数据交换" in titles
    assert isinstance(window.show_page("exchange"), ExchangeScreen)
    settings = window.show_page("settings")
    assert isinstance(settings.show_tab("数据交换"), ExchangeSettingsTab)
