"""`dangjian-desktop --screenshot`: the window with the data in D, one page, written as a PNG, exit 0."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QImage

from dangjian_desktop import app
from dangjian_desktop.services.container import Services


@pytest.fixture
def demo_dir(data_dir, demo_copy):
    return demo_copy(data_dir)  # the session's demo store, copied (tests/conftest.py)


@pytest.fixture(autouse=True)
def _keep_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # app.main installs its own


@pytest.mark.parametrize("page", ["members", "settings", "home"])
def test_screenshot_of_a_page(qapp, demo_dir, tmp_path, page, capsys):
    out = tmp_path / f"{page}.png"
    assert app.main(["--data-dir", str(demo_dir), "--screenshot", str(out), "--page", page]) == 0
    img = QImage(str(out))
    assert not img.isNull()
    assert (img.width(), img.height()) == (1280, 800)
    # not a blank picture: the page has text and the red navigation item
    colours = {img.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 10


def test_screenshot_of_an_empty_store_without_page(qapp, data_dir, tmp_path):
    out = tmp_path / "s.png"
    assert app.main(["--data-dir", str(data_dir), "--screenshot", str(out)]) == 0
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1280, 800)
    colours = {img.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 10  # the first-start page is drawn, not an empty window


def test_unknown_page_is_a_user_error(qapp, data_dir, tmp_path, capsys):
    assert app.main(["--data-dir", str(data_dir), "--screenshot", str(tmp_path / "x.png"), "--page", "nope"]) == 2
    assert "没有名为 nope 的页面" in capsys.readouterr().err


START_UP_PROBE = """
import sys
from dangjian_desktop import app
code = app.main(["--data-dir", sys.argv[1], "--exit-after-show"])
from PySide6 import QtCore
print(code)
print("Qt-namespace-built" if "Qt" in QtCore.__dict__ else "Qt-namespace-not-built")
print("QEvent-built" if "QEvent" in QtCore.__dict__ else "QEvent-not-built")
print("\\n".join(sorted(sys.modules)))
"""

# what the first window (首页) must not wait for: printing, spreadsheets, encryption, PDF reading, Qt's PDF and
# print modules, the data exchange and the backup code, the first-start dialog and log rotation's socket imports
NOT_AT_START_UP = ("reportlab", "openpyxl", "cryptography", "pypdf", "PySide6.QtPdf", "PySide6.QtPrintSupport",
                   "dangjian_desktop.services.exchange", "dangjian_desktop.exchange", "dangjian_desktop.reports",
                   "dangjian_desktop.services.backups", "dangjian_desktop.ui.first_start", "logging.handlers",
                   "dangjian_desktop.domain.ledger", "psycopg", "psycopg2",
                   # an ordinary branch folder is painted from glimpse.py: the store (peewee, the models, the
                   # services) is opened right after the first paint
                   "peewee", "dangjian_desktop.storage",
                   # 首页's pages of an empty store and of headquarters, and the reminders' row fitter (its module
                   # imports QEvent, whose 179-member enum PySide6 builds on import): built when first needed
                   "dangjian_desktop.ui.forms.ui_home_empty_page", "dangjian_desktop.ui.forms.ui_home_hq_page",
                   "dangjian_desktop.ui.widgets.table_cells",
                   # the reminders (a dataclass and an enum, made by Python at import) come after the first paint
                   "dangjian_desktop.domain.reminders")


def test_start_up_imports_only_what_the_first_page_needs(demo_dir, tmp_path):
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DANGJIAN_NO_DIALOGS="1",
               PYTHONPATH=str(root) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    probe = tmp_path / "probe.py"
    probe.write_text(START_UP_PROBE, encoding="utf-8")
    out = subprocess.run([sys.executable, str(probe), str(demo_dir)], env=env, capture_output=True, text=True,
                         timeout=120, check=True).stdout.split()
    assert out[0] == "0"
    # PySide6 builds the Qt namespace's 94 Python enums when it is first touched (≈ 16 ms of a start): the first
    # paint does without it (a shortcut or an enum property set through setProperty, UserRole as its number)
    assert out[1] == "Qt-namespace-not-built"
    # nor QEvent's class with its 179-member enum (≈ 13 M instructions): no Python event handler is called before
    # the first paint (the main window is fitted to the screen in setVisible, not in a Python showEvent)
    assert out[2] == "QEvent-not-built"
    loaded = set(out[3:])
    assert "dangjian_desktop.ui.screens.home_screen" in loaded  # the probe did show 首页
    too_early = sorted(m for m in loaded if any(m == n or m.startswith(n + ".") for n in NOT_AT_START_UP))
    assert not too_early


def test_the_staged_keys_folder_is_the_exchange_keys_folder(tmp_path):
    """backup_keys names the keys folder itself (every open looks there; start-up imports no exchange code)."""
    from dangjian_desktop.exchange import identity
    from dangjian_desktop.paths import DataPaths
    from dangjian_desktop.services import backup_keys

    assert backup_keys._staged_path(DataPaths(tmp_path)).parent == identity.keys_folder(tmp_path)  # noqa: SLF001


def test_start_up_finds_the_database_saved_in_settings(tmp_path, monkeypatch):
    """app.main looks for 设置 › 数据库's file itself (so that a branch's start imports none of it): the file
    database_settings writes is the one it finds."""
    import argparse
    import json

    from dangjian_desktop.services import database_settings

    monkeypatch.delenv("DANGJIAN_DATABASE", raising=False)
    args = argparse.Namespace(database=None)
    assert app._database_url(tmp_path, args) is None
    database_settings.settings_file(tmp_path).write_text(json.dumps({"url": "postgresql://hq@db.example/dangjian"}),
                                                          encoding="utf-8")
    url = app._database_url(tmp_path, args)
    assert url is not None and "db.example" in url and url == database_settings.saved_url(tmp_path)


def test_a_glimpsed_store_that_cannot_be_opened_after_the_paint_is_opened_the_ordinary_way(qapp, demo_dir,
                                                                                          monkeypatch):
    """Opening the store after the first paint fails (a disk fault in between): the window is built again over
    the store opened the ordinary way (whose answers and dialogs are tests/storage/test_open_faults.py's)."""
    import errno

    tried = []

    def failing(cls, seen):  # noqa: ANN001, ANN202
        tried.append(seen.paths.root)
        seen.release()
        raise OSError(errno.EIO, "Input/output error")

    opened = []
    real_open = Services.open.__func__
    monkeypatch.setattr(Services, "open_glimpsed", classmethod(failing))
    monkeypatch.setattr(Services, "open", classmethod(lambda cls, *a, **k: opened.append(a) or real_open(cls, *a, **k)))
    assert app.main(["--data-dir", str(demo_dir), "--exit-after-show", "--exit-after-home"]) == 0
    assert tried == [demo_dir] and len(opened) == 1


def test_a_glimpsed_start_opens_the_store_after_the_first_paint(qapp, demo_dir):
    from dangjian_desktop.paths import DataPaths, FileLock

    assert app.main(["--data-dir", str(demo_dir), "--exit-after-show", "--exit-after-home"]) == 0
    lock = FileLock(DataPaths(demo_dir).lock_file)
    assert lock.acquire()  # the store was closed, its lock let go
    lock.release()


FIRST_PAINT_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from dangjian_desktop import app
from dangjian_desktop.ui import main_window, theme

if sys.argv[3] == "sheet-first":  # the style sheet in place before the window is built, as before 2026-12-07
    apply_theme = theme.apply_theme
    theme.apply_theme = lambda *a, **k: apply_theme(*a, **{**k, "style_sheet": True})
init = main_window.MainWindow.__init__

def sized(self, *a, **k):
    init(self, *a, **k)
    self._fitted = True
    self.resize(1366, 728)

main_window.MainWindow.__init__ = sized
process_events = QApplication.processEvents

def grab_after_paint(*a):
    process_events(*a)
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow))
    window.grab().save(sys.argv[2])

QApplication.processEvents = staticmethod(grab_after_paint)
print(app.main(["--data-dir", sys.argv[1], "--exit-after-show"]))
"""


def test_the_first_paint_is_the_same_with_the_style_sheet_set_after_the_window_is_built(demo_dir, tmp_path):
    """app.main sets the application's style sheet once the main window is built (each widget styled once): the
    first paint, 首页 over the glimpsed branch, is pixel for pixel what it is with the sheet set first."""
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DANGJIAN_NO_DIALOGS="1",
               PYTHONPATH=str(root) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    probe = tmp_path / "probe.py"
    probe.write_text(FIRST_PAINT_PROBE, encoding="utf-8")
    images = {}
    for how in ("sheet-first", "sheet-after"):
        out = tmp_path / f"{how}.png"
        done = subprocess.run([sys.executable, str(probe), str(demo_dir), str(out), how], env=env,
                              capture_output=True, text=True, timeout=120, check=True)
        assert done.stdout.split()[-1] == "0"
        images[how] = QImage(str(out))
    first, after = images["sheet-first"], images["sheet-after"]
    assert not first.isNull() and first.width() == 1366
    assert first == after
    # a painted window, not a blank: the Party-red of the selected 首页 in the navigation, and grey text on 首页
    colours = {first.pixelColor(x, y).name() for x in range(0, 1366, 7) for y in range(0, 728, 7)}
    assert "#b22222" in colours and len(colours) > 20


def test_the_garbage_collector_waits_for_the_first_paint_only(qapp, demo_dir, monkeypatch):
    """No cyclic garbage collection while the window is built (its objects all live on); from the first paint on
    it runs, the objects made until then frozen (gc.freeze: no later pass walks them), the window among them; after
    main() returns whatever way, the collector is as it was, nothing left frozen."""
    import gc

    from dangjian_desktop.ui import main_window

    seen = {}
    init = main_window.MainWindow.__init__

    def building(self, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        seen["while building"] = gc.isenabled()
        init(self, *a, **k)

    def after_paint(self, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        seen["after the paint"] = gc.isenabled()
        frozen = gc.get_freeze_count()
        seen["frozen"] = frozen > 10_000 and not any(o is self for o in gc.get_objects())  # moved out of reach
        return False

    monkeypatch.setattr(main_window.MainWindow, "__init__", building)
    monkeypatch.setattr(main_window.MainWindow, "after_first_paint", after_paint)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert app.main(["--data-dir", str(demo_dir), "--exit-after-show", "--exit-after-home"]) == 0
    assert seen == {"while building": False, "after the paint": True, "frozen": True} and gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert app.main(["--data-dir", str(demo_dir), "--page", "nowhere", "--screenshot", "x.png"]) == 2  # an early exit
    assert gc.isenabled()
    gc.disable()  # a caller that had it off: left off
    try:
        assert app.main(["--data-dir", str(demo_dir), "--exit-after-show"]) == 0
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()
    kept = []  # nor does main() thaw what its caller froze
    gc.freeze()
    try:
        assert app.main(["--data-dir", str(demo_dir), "--exit-after-show"]) == 0
        assert gc.isenabled() and not any(o is kept for o in gc.get_objects())
    finally:
        gc.unfreeze()


def test_the_collector_thaws_before_another_window():
    """app.main builds another window after a store switch: what the first froze is thawed before (the earlier
    window's objects, dead by then, are collected as usual), and frozen again at that window's paint."""
    import gc

    collector = app._Collector()
    try:
        assert not gc.isenabled()
        collector.painted()
        assert gc.isenabled() and gc.get_freeze_count() > 0
        collector.thaw()
        assert gc.get_freeze_count() == 0
        collector.painted()
        assert gc.get_freeze_count() > 0
    finally:
        collector.restore()
    assert gc.isenabled() and gc.get_freeze_count() == 0


@pytest.mark.parametrize("argv", [[], ["--data-dir", "D"], ["--data-dir", "D", "--exit-after-show"],
                                  ["--exit-after-home", "--exit-after-show", "--data-dir", "数据"],
                                  ["--database", "postgresql://u@h:5432/db", "--data-dir", ""],
                                  ["--screenshot", "F.png", "--page", "members", "--size", "1366x728"],
                                  ["--data-dir", "A", "--data-dir", "B"]])
def test_an_ordinary_start_s_arguments_are_read_as_argparse_reads_them(argv):
    """app._plain_args reads an ordinary start's arguments without building argparse's parser: the same
    namespace as argparse's."""
    plain = app._plain_args(argv)
    assert plain is not None and plain == app._parser().parse_args(argv) == app.parse_args(argv)


@pytest.mark.parametrize("argv", [["--data", "D"], ["--data-dir=D"], ["--data-dir"], ["--data-dir", "-D"],
                                  ["--size", "-1x2"], ["extra"], ["--", "--data-dir", "D"]])
def test_other_arguments_are_left_to_argparse(argv, capsys):
    assert app._plain_args(argv) is None
    try:
        expected = app._parser().parse_args(argv)
    except SystemExit as exc:
        with pytest.raises(SystemExit) as raised:
            app.parse_args(argv)
        assert raised.value.code == exc.code
    else:
        assert app.parse_args(argv) == expected


def test_the_plain_reading_knows_every_option_of_the_parser():
    defaults = vars(app._parser().parse_args([]))
    assert {dest: default for dest, default in app._VALUE_OPTIONS.values()} | {
        dest: False for dest in app._FLAG_OPTIONS.values()} == defaults
    for option, (dest, _) in app._VALUE_OPTIONS.items():
        assert getattr(app._parser().parse_args([option, "v"]), dest) == "v"
    for option, dest in app._FLAG_OPTIONS.items():
        assert getattr(app._parser().parse_args([option]), dest) is True


def test_start_up_named_tuples_declare_their_fields_as_types_not_text():
    """The record kinds' declarations, 首页's records and the glimpse are named tuples made at every start: a field
    annotation written as text is made a typing.ForwardRef, which compiles it (≈ 0.1 M instructions each, 82 of
    them at start-up); their modules therefore do without ``from __future__ import annotations``."""
    import typing

    from dangjian_desktop import features, glimpse
    from dangjian_desktop.domain import dashboard

    classes = [features.Table, features.Option, features._DocumentFields, features.Page, features.HqFigure,
               features._FeatureFields, dashboard.Stat, dashboard._GlanceFields, dashboard.BranchOverview,
               dashboard._HomeDataFields, glimpse.Glimpse]
    for cls in classes:
        text = [name for name, t in cls.__annotations__.items() if isinstance(t, (str, typing.ForwardRef))]
        assert not text, (cls.__name__, text)


def test_the_resources_folder_is_looked_for_once(monkeypatch):
    """Start-up asks for twenty shipped files (icons, fonts): the folder is found once, not tested each time."""
    from pathlib import Path

    from dangjian_desktop import paths

    first = paths.resources_dir()

    def no_more_looking(self):  # noqa: ANN001, ANN202
        raise AssertionError(f"looked again: {self}")

    monkeypatch.setattr(Path, "is_dir", no_more_looking)
    assert paths.resources_dir() == first
    assert paths.resource("icons", "app.svg") == first / "icons" / "app.svg"
