"""Long actions of the window off the GUI thread (issue 21): the minutes book and the ledger, roster imports,
export to the stick, restore. For each: the event loop keeps running while it works (a 5 ms QTimer counts its
ticks), the progress reaches the window as 「第 n / N …」, the result arrives, a DomainError is shown in Chinese,
and 取消 leaves nothing half-written."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.errors import Cancelled
from dangjian_desktop.exchange import format as fmt
from dangjian_desktop.services.roster import COLUMNS
from dangjian_desktop.ui import printing
from dangjian_desktop.ui.widgets import steps as steps_mod
from tests.conftest import demo_year
from tests.pg.cluster import on_both_engines


class _Ticks:
    """A 5 ms timer on the GUI thread: how often the event loop ran while an action worked."""

    def __init__(self) -> None:
        self.count = 0
        self.five = threading.Event()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(5)

    def _tick(self) -> None:
        self.count += 1
        if self.count >= 5:
            self.five.set()

    def stop(self) -> int:
        self.timer.stop()
        return self.count


def _press_cancel_on_first_report(monkeypatch) -> threading.Event:
    """The user presses 取消 in the progress dialog as soon as the first 「第 n / N」 shows. The worker waits after
    its first report until the press, so the press always comes mid-action (never after the work ended)."""
    pressed = threading.Event()
    real = steps_mod.Steps.report

    def gated(self, done: int, total: int, text: str = "") -> None:
        real(self, done, total, text)
        if not pressed.is_set():
            pressed.wait(30)

    monkeypatch.setattr(steps_mod.Steps, "report", gated)

    def poll() -> None:
        s = steps_mod.last
        if s is None or not s.seen or pressed.is_set():
            return
        if s.dialog is not None:  # the button the user sees
            next(b for b in s.dialog.findChildren(QPushButton) if b.text() == "取消").click()
        else:
            s.cancel()
        pressed.set()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(5)
    pressed.timer = timer  # type: ignore[attr-defined] - kept alive with the event
    return pressed


@pytest.fixture(autouse=True)
def _forget_last():
    steps_mod.last = None
    yield
    steps_mod.last = None


def _shown(qtbot, widget):  # noqa: ANN001, ANN202
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def window(qtbot):
    w = QWidget()
    w.resize(800, 600)
    return _shown(qtbot, w)


# -- the minutes book and the ledger -------------------------------------------------------------------------------

def test_the_book_is_made_in_a_worker_with_progress_per_record(demo_services, window, tmp_path):
    year = demo_year()
    count = len(demo_services.meetings.year_records(year)[0])
    ticks = _Ticks()

    def report(*args):  # the worker waits at its first report until the window's loop has run five times
        if not ticks.five.is_set():
            ticks.five.wait(20)  # a frozen window would never tick: then n stays below 5 and the test fails
        return progress(*args)

    def make(p, prog):
        nonlocal progress
        progress = prog
        return demo_services.meetings.minutes_book_pdf(year, p, progress=report)

    progress = None
    dlg = printing.make_preview(window, "会议记录本", make, "记录本.pdf", steps=True)
    n = ticks.stop()
    assert dlg is not None and dlg.doc.pageCount() > count  # the result arrived: every record, cover, contents
    assert n >= 5, n  # the window's event loop ran while the book was laid out
    seen = steps_mod.last.seen
    assert seen, "no progress reached the window"
    assert all(total == count for _done, total, _text in seen)
    assert any(f"/ {count} 次会议记录" in text for *_, text in seen)
    assert [d for d, *_ in seen] == sorted(d for d, *_ in seen)  # it only moves forward
    folder = dlg.owned_folder
    dlg.done(0)
    assert not folder.exists()


def test_cancelling_the_book_leaves_no_file(demo_services, window, monkeypatch, tmp_path):
    pressed = _press_cancel_on_first_report(monkeypatch)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "记录本.pdf"
    with pytest.raises(Cancelled):
        printing.make_in_background(window, lambda progress: demo_services.meetings.minutes_book_pdf(
            demo_year(), out, progress=progress), "正在生成会议记录本…", steps=True, cancellable=True)
    assert pressed.is_set()
    assert list(folder.iterdir()) == []  # neither the PDF nor its .part


def test_cancelled_preview_says_nothing_and_removes_its_folder(demo_services, window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(printing, "show_error", lambda *a, **k: shown.append(str(a[1])))
    _press_cancel_on_first_report(monkeypatch)
    window.services = demo_services  # the preview's PDF goes to this store's scratch folder
    scratch = printing._scratch_for(window)
    assert scratch is not None and scratch.is_relative_to(demo_services.store.paths.root)
    before = set(scratch.iterdir())
    dlg = printing.make_preview(window, "会议记录本", lambda p, progress: demo_services.meetings.minutes_book_pdf(
        demo_year(), p, progress=progress), "记录本.pdf", steps=True)
    assert dlg is None and shown == []
    assert set(scratch.iterdir()) == before  # the preview's folder went with the cancelled PDF


def test_a_domain_error_in_the_worker_is_shown_in_chinese(demo_services, window, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(printing, "show_error", lambda _p, exc, title="": shown.append((str(exc), title)))
    empty_year = demo_year() - 30  # the demo has no meetings then
    dlg = printing.make_preview(window, "会议记录本", lambda p, progress: demo_services.meetings.minutes_book_pdf(
        empty_year, p, progress=progress), "记录本.pdf", steps=True)
    assert dlg is None
    [(text, title)] = shown
    assert f"{empty_year}年还没有会议记录定稿" in text and title == "无法生成文档"


def test_the_ledger_reports_its_chapters(demo_services, tmp_path):
    from dangjian_desktop.services import documents

    seen: list[tuple[int, int, str]] = []
    out = documents.make(demo_services, "ledger", tmp_path / "台账.pdf", demo_year(),
                         progress=lambda d, t, text: seen.append((d, t, text)))
    assert out.exists()
    reading = [s for s in seen if s[2].startswith("正在读取")]
    laying = [s for s in seen if s[2].startswith("正在排版")]
    assert reading and laying
    chapters = laying[-1][1]
    assert chapters >= 3 and laying[-1][0] == chapters  # every chapter was reached
    assert f"第 {chapters} / {chapters} 章" in laying[-1][2]


def test_documents_that_do_not_report_still_print_with_a_progress_callback(demo_services, tmp_path):
    from dangjian_desktop.services import documents

    out = documents.make(demo_services, "roster", tmp_path / "名册.pdf", progress=lambda *_a: None)
    assert out.exists()


# -- roster import ---------------------------------------------------------------------------------------------------

def _roster_csv(path: Path, n: int) -> Path:
    headers = [h for h, _ in COLUMNS]
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        for i in range(n):
            row = {"姓名": f"批量{i:04d}", "身份证号": idcard.make_valid(f"11010519{70 + i % 30:02d}0101{i % 1000:03d}")}
            w.writerow([row.get(h, "") for h in headers])
    return path


@pytest.fixture
def branch(services):
    from dangjian_desktop.domain.roster import Branch

    services.branch.save_profile(Branch(name="某某公司第一党支部"))
    return services


def _import_dialog(qtbot, services):
    from dangjian_desktop.ui.dialogs.import_dialog import ImportDialog

    return _shown(qtbot, ImportDialog(services.roster))


def test_roster_import_saves_in_a_worker_with_progress(qtbot, branch, tmp_path):
    dlg = _import_dialog(qtbot, branch)
    dlg.load_file(_roster_csv(tmp_path / "名册.csv", 450))
    assert dlg.ui.confirmButton.isEnabled(), dlg.summary_text()
    ticks = _Ticks()
    assert dlg.confirm()
    ticks.stop()
    assert dlg.imported == 450 and branch.info.counts()["member"] == 450
    seen = steps_mod.last.seen
    assert seen[-1][:2] == (450, 450)
    assert all(total == 450 for _d, total, _t in seen)
    assert any("/ 450 人" in text for *_, text in seen)


def test_cancelled_roster_import_rolls_back(qtbot, branch, tmp_path, monkeypatch):
    from dangjian_desktop.storage.repos import roster as repo

    inserted: list[int] = []
    real_insert = repo.insert_members

    def insert(branch_uuid, members):  # noqa: ANN001
        n = real_insert(branch_uuid, members)
        inserted.append(n)
        return n

    monkeypatch.setattr(repo, "insert_members", insert)
    dlg = _import_dialog(qtbot, branch)
    dlg.load_file(_roster_csv(tmp_path / "名册.csv", 450))
    pressed = _press_cancel_on_first_report(monkeypatch)
    assert not dlg.confirm()
    assert pressed.is_set() and inserted  # rows were written inside the transaction before the cancel...
    assert branch.info.counts()["member"] == 0  # ...and rolled back with it
    assert "已取消导入" in dlg.summary_text() and dlg.imported == 0
    assert dlg.ui.confirmButton.isEnabled()  # the same file can be imported after all
    assert dlg.confirm() and branch.info.counts()["member"] == 450


def test_roster_changed_meanwhile_is_refused_in_chinese(qtbot, branch, tmp_path, monkeypatch):
    from dangjian_desktop.domain.roster import Member
    from dangjian_desktop.ui import messages

    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, text, title="": shown.append(f"{title}|{text}"))
    dlg = _import_dialog(qtbot, branch)
    dlg.load_file(_roster_csv(tmp_path / "名册.csv", 3))
    branch.roster.save_member(Member(name="批量0001", id_number=idcard.make_valid("11010519710101001")))
    assert not dlg.confirm()
    [text] = shown
    assert text.startswith("没有导入|") and "名册有了变动" in text
    assert branch.info.counts()["member"] == 1


# -- export to the stick ---------------------------------------------------------------------------------------------

def test_cancelled_export_writes_nothing(qtbot, demo_services, tmp_path, monkeypatch):
    from dangjian_desktop.ui.dialogs.export_dialog import Drive, ExportDialog
    from tests.ui.test_exchange_ui import wait_until

    monkeypatch.setitem(fmt.KDF_DEFAULT, "n", 2**10)
    stick = tmp_path / "stick"
    stick.mkdir()
    dlg = _shown(qtbot, ExportDialog(demo_services.exchange,
                                     drives=lambda: [Drive("KINGSTON（E:）", stick, 7_500_000_000)]))
    dlg.ui.noEncryptCheck.setChecked(True)
    ticks = _Ticks()
    dlg.start_export()
    assert dlg.ui.closeButton.text() == "取消导出" and dlg.ui.closeButton.isEnabled()
    dlg.ui.closeButton.click()  # 取消导出
    assert "正在取消" in dlg.ui.statusLabel.text()
    wait_until(lambda: not dlg.running)
    assert ticks.stop() > 0
    assert isinstance(dlg.error, Cancelled) and "已取消导出" in dlg.ui.statusLabel.text()
    assert list(stick.iterdir()) == []  # no package, no part file
    assert demo_services.exchange.last_export() is None  # nothing recorded as exported
    # and the export can be made after all
    dlg.start_export()
    wait_until(lambda: not dlg.running)
    assert dlg.error is None and [p.suffix for p in stick.iterdir()] == [".djpkg"]


# -- restore ---------------------------------------------------------------------------------------------------------

def _backups_tab(qtbot, services):
    from dangjian_desktop.ui.backups import BackupsTab

    return _shown(qtbot, BackupsTab(services.backups))


def test_restore_runs_in_a_worker_and_can_be_cancelled(qtbot, branch, monkeypatch):
    from dangjian_desktop.domain.roster import Member

    branch.roster.save_member(Member(name="备份里的人"))
    backup = branch.backups.create("manual")
    branch.roster.save_member(Member(name="备份之后的人"))
    tab = _backups_tab(qtbot, branch)
    paths = branch.store.paths

    pressed = _press_cancel_on_first_report(monkeypatch)
    assert not tab.restore(backup.path, confirmed=True)
    assert pressed.is_set() and "已取消恢复" in tab.ui.statusLabel.text()
    assert {m.name for m in branch.roster.members()} == {"备份里的人", "备份之后的人"}
    assert not paths.restore_work.exists() and not paths.restore_intent.exists()

    monkeypatch.undo()
    steps_mod.last = None
    ticks = _Ticks()
    assert tab.restore(backup.path, confirmed=True)
    ticks.stop()
    assert {m.name for m in branch.roster.members()} == {"备份里的人"}
    seen = steps_mod.last.seen
    assert seen and all(total == 4 for _d, total, _t in seen)
    assert any("第 1 / 4 步" in text for *_, text in seen)


# -- headquarters import ---------------------------------------------------------------------------------------------

@on_both_engines  # the window's import into a headquarters on PostgreSQL too (issue 22)
def test_cancelled_hq_import_keeps_the_whole_packages_only(qtbot, tmp_path, monkeypatch, make_hq):
    from dangjian_desktop.domain.roster import Branch, Member
    from dangjian_desktop.ui.screens.exchange_screen import ExchangeScreen
    from tests.exchange.conftest import PASSWORD, export, opened
    from tests.ui.test_exchange_ui import wait_until

    monkeypatch.setitem(fmt.KDF_DEFAULT, "n", 2**10)
    stick = tmp_path / "stick"
    stick.mkdir()
    for i, name in enumerate(["第一党支部", "第二党支部"]):
        with opened(tmp_path / f"b{i}") as s:
            s.branch.save_profile(Branch(name=f"某某公司{name}"))
            s.roster.save_member(Member(name=f"党员{i}"))
        export(tmp_path / f"b{i}", stick)
    with opened(make_hq(tmp_path / "hq", "某某公司党委")) as hq:
        screen = _shown(qtbot, ExchangeScreen(hq.exchange, hq.branch))
        screen.ui.hqPasswordEdit.setText(PASSWORD)
        reached, released = threading.Event(), threading.Event()
        real = screen.status.relay

        def gate(fraction: float, text: str) -> None:  # the first package is under way when 取消导入 is pressed
            real(fraction, text)
            if text.startswith("正在导入") and not reached.is_set():
                reached.set()
                released.wait(30)

        monkeypatch.setattr(screen.status, "relay", gate)
        ticks = _Ticks()
        screen.import_paths([stick])
        assert screen.ui.cancelImportButton.isVisible()
        wait_until(reached.is_set)
        screen.ui.cancelImportButton.click()
        released.set()
        wait_until(lambda: not screen.busy)
        assert ticks.stop() > 0
        assert "已取消导入" in screen.ui.statusLabel.text()
        assert not screen.ui.cancelImportButton.isVisible()
        names = [b.name for b in hq.exchange.overview()]
        assert len(names) == 1  # the package under way was imported whole; the next one was not started
        # importing again brings the other one (the first is unchanged)
        screen._progress = real  # noqa: SLF001
        screen.import_paths([stick])
        wait_until(lambda: not screen.busy)
        assert len(hq.exchange.overview()) == 2
