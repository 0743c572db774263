"""Composition root of the window: logging, crash handler, open the store, wire services, show the window.

    dangjian-desktop [--data-dir D] [--database postgresql://USER@HOST:PORT/DB] [--screenshot F.png [--page NAME]]
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger("dangjian.app")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    plain = _plain_args(sys.argv[1:] if argv is None else argv)
    return plain if plain is not None else _parser().parse_args(argv)


# the options as _parser declares them: dest and default of each (tests/test_app.py checks both agree)
_VALUE_OPTIONS = {"--data-dir": ("data_dir", None), "--database": ("database", None),
                  "--screenshot": ("screenshot", None), "--page": ("page", None), "--size": ("size", "1280x800")}
_FLAG_OPTIONS = {"--exit-after-show": "exit_after_show", "--exit-after-home": "exit_after_home"}


def _plain_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of an ordinary start (the launcher's none, ``--data-dir D``, the benchmark's flags): each
    option by its full name, each value as the next argument and not starting with "-", read here as argparse
    reads them; None for anything else (help, an error, an abbreviation, ``--opt=value``), which argparse parses.
    Building argparse's parser and parsing take ≈ 13 M instructions of a start (its patterns compiled, its texts
    translated), more than the rest of the arguments' work together."""
    values: dict[str, object] = {dest: default for dest, default in _VALUE_OPTIONS.values()}
    values.update((dest, False) for dest in _FLAG_OPTIONS.values())
    args = iter(argv)
    for arg in args:
        if arg in _FLAG_OPTIONS:
            values[_FLAG_OPTIONS[arg]] = True
        elif arg in _VALUE_OPTIONS:
            value = next(args, None)
            if value is None or value.startswith("-"):
                return None
            values[_VALUE_OPTIONS[arg][0]] = value
        else:
            return None
    return argparse.Namespace(**values)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="dangjian-desktop", description="党支部工作台账")
    from dangjian_desktop.paths import add_location_options

    add_location_options(ap, "数据文件夹")
    ap.add_argument("--screenshot", metavar="F.png", help="显示窗口后保存截图并退出（可无屏幕运行）")
    ap.add_argument("--page", help="与 --screenshot 一起：显示哪个页面（home, members, meetings, ...）")
    ap.add_argument("--size", default="1280x800", help=argparse.SUPPRESS)
    ap.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)  # start-up benchmark
    # start-up benchmark: exit once 首页 is complete (its reminders and year at a glance read after the first paint)
    ap.add_argument("--exit-after-home", action="store_true", help=argparse.SUPPRESS)
    return ap


def _install_excepthook(data_dir: Path | None) -> None:
    """Unexpected exceptions: written to the log, shown as a calm Chinese dialog; the data stays as it was."""

    def hook(exc_type, exc, tb):  # noqa: ANN001
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        try:
            from PySide6.QtWidgets import QApplication

            from dangjian_desktop.ui.messages import error_text, show_error

            if QApplication.instance() is not None and not os.environ.get("DANGJIAN_NO_DIALOGS"):
                show_error(QApplication.activeWindow(), error_text(exc), "出了点问题")
        except Exception:  # noqa: BLE001
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook


def main(argv: Sequence[str] | None = None) -> int:
    """The window's life; its exit code. Python's cyclic garbage collector is held until the first paint (see
    :class:`_Collector`)."""
    collector = _Collector()
    try:
        return _main(argv, collector)
    finally:
        collector.restore()


class _Collector:
    """Python's cyclic garbage collector over a start. Start-up makes tens of thousands of objects that all live on
    (modules, classes, declarations, the window's Qt wrappers): the collector is held until the first paint (it
    walked them twenty-odd times for nothing, ≈ 4 ms of a start), and at the paint they are moved to its permanent
    generation (``gc.freeze``) before it runs again, as usual, for what is made from then on: its first pass after
    the paint walked all 31,000 of them (8 M instructions, ≈ 2 ms), and every later full pass of the session would
    have walked them again. The few cycles already garbage then (Python's own datetime module leaves ≈ 360 objects
    behind) stay. Before another window is built (another store opened) and when main returns, they are thawed:
    what the earlier window leaves is collected as usual. A caller that had the collector off, or had frozen
    objects itself, finds it as it was."""

    def __init__(self) -> None:
        self.enabled = gc.isenabled()
        self.freezes = self.enabled and gc.get_freeze_count() == 0
        gc.disable()

    def painted(self) -> None:
        if self.freezes:
            gc.freeze()
        if self.enabled:
            gc.enable()

    def thaw(self) -> None:
        if self.freezes:
            gc.unfreeze()

    def restore(self) -> None:
        self.thaw()
        if self.enabled:
            gc.enable()


def _main(argv: Sequence[str] | None, collector: _Collector) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    from dangjian_desktop import clock

    try:
        clock.override()
    except clock.ClockError as exc:  # before any window: the whole app would run on a wrong day
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("win32", "darwin")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from dangjian_desktop import APP_TITLE
    from dangjian_desktop.paths import resolve_data_dir
    from dangjian_desktop.services.logs import configure_file_logging

    data_dir = resolve_data_dir(args.data_dir)
    configure_file_logging(data_dir)
    _install_excepthook(data_dir)
    from dangjian_desktop.services import demo
    from dangjian_desktop.services.container import Services

    # An ordinary branch folder (glimpse.take: ours, up to date, undamaged, writable, not in use) is painted before
    # its store is opened: 首页's branch at a glance read from the file with the standard library, the lock held;
    # the store (peewee, the models, the services: ≈ 65 ms) is opened right after the first paint, with that lock.
    # Any other folder is opened before Qt loads when nothing is in the way (any trouble opening it is met by
    # _open_store below, with its dialogs), with the services 首页's first paint reads imported too. 首页's
    # reminders and year at a glance, which import every record kind, are read after the first paint.
    early = seen = None
    if not args.screenshot and not _database_url(demo.start_folder(data_dir), args):  # PostgreSQL: below
        from dangjian_desktop import glimpse

        seen = glimpse.take(demo.start_folder(data_dir), clock.today())
    if seen is not None:
        early = Services.pending(seen)
    elif not args.screenshot and not _database_url(demo.start_folder(data_dir), args):
        # The layers without Qt (storage, services, domain: none of them imports it) are imported before PySide6:
        # PySide6 reads the source of every module imported after it, looking for its "__feature__" use (~15 ms).
        from dangjian_desktop.domain import faults  # noqa: F401 - used by _open_store
        from dangjian_desktop.storage import DatabaseCorruptError  # noqa: F401 - used by _open_store

        try:
            early = Services.open(demo.start_folder(data_dir))
            early.branch, early.roster  # noqa: B018 - built (and imported) before Qt, see above
        except Exception:  # noqa: BLE001 - opened again below, where each kind of trouble has its answer
            log.debug("early open failed; opening with the window", exc_info=True)
            if early is not None:
                early.close()
            early = None

    # 150 % stays 150 % (Qt 6's default, said here as before): named through Qt's environment variable (which
    # would override the setter anyway), not Qt.HighDpiScaleFactorRoundingPolicy: nothing before the first paint
    # touches the Qt namespace, whose 94 Python enums PySide6 builds on first use (≈ 16 ms of a start)
    os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")
    from PySide6.QtWidgets import QApplication

    from dangjian_desktop.ui import theme

    app = QApplication.instance()
    # the style named on Qt's command line (theme.STYLE_ARGS), not set after: setStyle returns a QStyle, whose
    # Python class PySide6 then builds with its eleven enums (≈ 7 ms of a start)
    styled = app is None
    app = app or QApplication([sys.argv[0], *theme.STYLE_ARGS])
    app.setApplicationName("dangjian-desktop")
    app.setApplicationDisplayName(APP_TITLE)
    # the shipped fonts (a fallback behind Windows' own Chinese UI font) registered after the first paint; on a
    # system without a Chinese UI font, the one the first paint draws with before it (theme.FIRST_PAINT_FONTS)
    # the style sheet once the main window is built (theme.apply_style_sheet): not when the store opens the ordinary
    # way below (its dialogs come first) nor for a screenshot (首页 complete measures its tables as it fills them)
    sheet_later = early is not None and not args.screenshot
    fonts_later = theme.apply_theme(app, style_set=styled, fonts_later=not args.screenshot,
                                    style_sheet=not sheet_later)
    theme.install_chinese(app)  # Qt's own words (确定/取消, the editors' menu, the file dialog) in Chinese

    services = early or _open_store(demo.start_folder(data_dir), args)
    if services is None:
        return 2
    later = not args.screenshot  # a screenshot shows 首页 complete in its first paint
    while True:
        from dangjian_desktop.ui.main_window import MainWindow

        collector.thaw()  # another window: what the last one left is collected as usual
        window = MainWindow(services, later=later)
        theme.apply_style_sheet(app)  # before anything is shown (a no-op when set already)
        # the first-start dialog (and its forms) is imported only for an empty store (a glimpsed one has its branch)
        if not (args.screenshot or args.exit_after_show or services.store.read_only or services.glimpse is not None) \
                and services.info.is_empty():
            if fonts_later:  # a dialog before the window: every font in place first
                theme.register_fonts_later(app)
                fonts_later = False
            try:
                from dangjian_desktop.ui.first_start import maybe_run_first_start

                maybe_run_first_start(window, services)
            except ImportError:
                pass
        if window.switch_request:  # the demo was chosen at first start
            services = _switch_store(window, services, data_dir, args)
            if services is None:
                return 2
            continue
        if args.screenshot:
            return _screenshot(app, window, services, args)
        if args.exit_after_show and args.page:
            window.show_page(args.page)
        window.show()
        app.processEvents()  # the first paint: 首页 with the branch at a glance, 「正在检查提醒…」
        collector.painted()  # the garbage collector from now on, for what is made from now on
        if args.exit_after_show and not args.exit_after_home:
            if os.environ.get("DANGJIAN_PRINT_PAINT_TIME"):  # the start-up benchmark: when the first paint was done
                print(time.perf_counter(), flush=True)
            services.close()
            return 0
        if fonts_later:
            theme.register_fonts_later(app)
            fonts_later = False
        if not _finish_opening(services):  # a glimpsed folder's store, opened now with the lock glimpse took
            window.hide()
            window.deleteLater()
            services = _open_store(demo.start_folder(data_dir), args)  # the ordinary way, with its dialogs
            if services is None:
                return 2
            continue
        if args.exit_after_home:
            from PySide6.QtCore import QEventLoop

            loop = QEventLoop()
            if window.after_first_paint(loop.quit):
                loop.exec()
            services.close()
            return 0
        window.after_first_paint()  # 首页's reminders and year at a glance, on the thread pool
        from dangjian_desktop.ui import autosave, backups

        if services.store.engine != "sqlite":  # PostgreSQL: the server's backups (pg_dump), no file to check
            pass
        elif services.info.integrity_check_pending():  # a large store: checked now, in a worker; backed up once good
            from dangjian_desktop.ui import integrity

            integrity.check_in_background(window, services.info,
                                          then=lambda s=services: backups.schedule_startup_backup(s.backups))
        else:
            backups.schedule_startup_backup(services.backups)
        autosave.schedule_offer_drafts(window, services.drafts)
        code = app.exec()
        if "dangjian_desktop.ui.print_job" in sys.modules:  # pages still going to the printer: let them finish
            sys.modules["dangjian_desktop.ui.print_job"].wait_for_print_jobs()
        if services.store.engine == "sqlite":
            backups.backup_at_exit(services.backups)  # the window is gone: nothing visible waits for it
        if window.switch_request:  # 清除演示数据, or the demo chosen from the empty 首页
            services = _switch_store(window, services, data_dir, args)
            if services is None:
                return 2
            continue
        services.close()
        return code


def _finish_opening(services) -> bool:  # noqa: ANN001
    """Open the store of a glimpsed folder (nothing to do for one opened before the window). False: it could not
    be opened now (its lock let go, logged); app.main then opens it the ordinary way, which says why."""
    try:
        services.finish_open()
    except Exception:  # noqa: BLE001 - opened again by _open_store, where each kind of trouble has its answer
        log.warning("the glimpsed store could not be opened after the first paint", exc_info=True)
        return False
    return True


def switch_store(request: str, services, real_folder: Path, open_real=None):  # noqa: ANN001, ANN201
    """Close ``services`` and open the folder a window asked for (MainWindow.request_switch): "demo" the demo
    folder beside the real one (made on first use), "leave-demo" the real folder, the demo folder deleted.
    Whatever goes wrong, the real folder is opened again (None only if even that fails). ``open_real(folder)``
    opens the real folder (the window passes its fault-aware opening: damage offers a backup, a read-only or
    full disk opens read-only); by default plain ``Services.open``."""
    from dangjian_desktop.services import demo
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.ui import messages

    open_real = open_real or Services.open

    services.close()
    try:
        if request == "demo":
            return demo.open_demo_folder(real_folder)
        demo.leave_demo(real_folder)
        return open_real(real_folder)
    except Exception as exc:  # noqa: BLE001 - shown, then the real folder opens as before
        log.exception("could not switch to %s", request)
        messages.show_error(None, exc, "无法打开演示数据" if request == "demo" else "无法打开数据文件夹")
        try:
            return open_real(real_folder)
        except Exception:  # noqa: BLE001
            log.exception("could not open %s again", real_folder)
            return None


def _switch_store(window, services, real_folder: Path, args: argparse.Namespace):  # noqa: ANN001, ANN202
    request = window.switch_request
    window.hide()
    window.deleteLater()
    return switch_store(request, services, real_folder, open_real=lambda folder: _open_store(folder, args))


def _open_store(data_dir: Path, args: argparse.Namespace):  # noqa: ANN202 - Services | None
    """Open the data folder for the window. Damage: offer the newest good backup (the damaged file is never
    written to). A fault of the disk (full, I/O error, no permission, locked) is said as such, never as damage,
    and the data is shown read-only when it can still be read. None: nothing to show (the reason was shown)."""
    from PySide6.QtWidgets import QMessageBox

    from dangjian_desktop import APP_TITLE
    from dangjian_desktop.domain.errors import DomainError
    from dangjian_desktop.domain.faults import StorageFault, classify
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.storage import DatabaseCorruptError

    def refuse(exc: BaseException) -> None:
        log.error("cannot open store %s: %s", data_dir, exc)
        if args.screenshot:
            print(f"错误：{exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_TITLE, str(exc))

    url = _database_url(data_dir, args)
    if url:  # a headquarters store on PostgreSQL: no file to damage or restore; the server's own faults said
        services = _open_postgresql(data_dir, url, args, refuse)
        if services is not None or not _offer_local_file(data_dir, url, args):
            return services
    for attempt in range(2):
        try:
            return Services.open(data_dir)
        except DatabaseCorruptError as exc:
            # a damaged database is never written to: offer the newest good backup instead (once)
            log.error("damaged store %s: %s", data_dir, exc)
            from dangjian_desktop.ui.recovery import offer_restore_after_damage

            if args.screenshot or attempt or not offer_restore_after_damage(data_dir, exc):
                if args.screenshot:
                    print(f"错误：{exc}", file=sys.stderr)
                return None
        except (StorageFault, OSError) as exc:
            fault = classify(exc)
            if fault is None:
                raise
            log.error("store %s not opened for writing: %s", data_dir, exc)
            try:  # e.g. a disk that filled up: the data can still be read, viewed, printed and exported
                services = Services.open(data_dir, read_only=True)
            except Exception as second:  # noqa: BLE001
                log.error("read-only open failed too: %s", second)
                refuse(fault)
                return None
            services.store.state = fault.state
            services.store.read_only_reason = f"{fault}（可以查看、打印和导出到其他文件夹，不能修改。）"
            return services
        except DomainError as exc:  # e.g. written by a newer version: refused with its own message
            refuse(exc)
            return None
    return None


def _database_url(data_dir: Path, args: argparse.Namespace) -> str | None:
    """The PostgreSQL database to open: ``--database``, else ``DANGJIAN_DATABASE``, else the one saved in
    设置 › 数据库 (services/database_settings.py); None: the data folder's SQLite file."""
    explicit = getattr(args, "database", None) or os.environ.get("DANGJIAN_DATABASE")
    if explicit:
        return explicit
    if not (Path(data_dir) / "database.json").is_file():  # database_settings.SETTINGS_FILE: none saved (start-up
        return None  # imports nothing of PostgreSQL's settings, its dataclasses cost ≈ 4 ms)
    from dangjian_desktop.services.database_settings import saved_url

    return saved_url(data_dir)


def _open_postgresql(data_dir: Path, url: str, args: argparse.Namespace, refuse):  # noqa: ANN001, ANN202
    """Open the headquarters store on PostgreSQL. The password: the URL's, else PGPASSWORD, else the one
    remembered in the OS's credential store, else asked (again while refused); kept in memory only."""
    from dangjian_desktop.domain.errors import DomainError
    from dangjian_desktop.services import database_settings
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.storage.engine import parse_target

    password = None
    remembered = False
    try:
        target = parse_target(url)
        if target is not None and target.password is None and not os.environ.get("PGPASSWORD"):
            password = database_settings.stored_password(url)
            remembered = password is not None
    except DomainError as exc:
        refuse(exc)
        return None
    asked = False
    while True:
        try:
            services = Services.open(data_dir, database=url, password=password)
            break
        except DomainError as exc:
            if getattr(exc, "needs_password", False) and not args.screenshot:
                password = _ask_password(exc, first=not asked and password is None)
                asked = True
                if password is not None:
                    continue
            refuse(exc)
            return None
    try:
        services.require_headquarters_engine()
    except DomainError as exc:
        services.close()
        refuse(exc)
        return None
    if asked and password and remembered:  # the password changed on the server: the credential store follows
        try:
            database_settings.remember_password(url, password)
        except DomainError:
            log.warning("the new password could not be remembered")
    return services


def _offer_local_file(data_dir: Path, url: str, args: argparse.Namespace) -> bool:
    """The database saved in 设置 could not be opened (its reason was shown): offer the data folder's own file
    for this time (the saved connection stays; 设置 › 数据库 can change it). Not for ``--database``."""
    if args.screenshot or getattr(args, "database", None) or os.environ.get("DANGJIAN_DATABASE"):
        return False
    from dangjian_desktop.ui import messages

    return messages.confirm(None, f"没有打开数据库 {url}。\n\n要先打开本机的数据文件吗？（设置 › 数据库 中保存的连接"
                                  "不会改变，下次启动时仍会连接该数据库。）", title="打开本机数据文件",
                            ok_text="打开本机数据文件", cancel_text="退出")


def _ask_password(exc: BaseException, *, first: bool) -> str | None:
    """The database password, asked (never stored: kept in memory for this session); None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from dangjian_desktop import APP_TITLE

    target = getattr(exc, "target_display", "")
    prompt = (f"请输入数据库 {target} 的密码：" if first else "密码不对，请重新输入数据库的密码：")
    text, ok = QInputDialog.getText(None, APP_TITLE, prompt, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def _screenshot(app, window, services, args) -> int:  # noqa: ANN001
    from PySide6.QtCore import QEventLoop, QTimer

    from dangjian_desktop.ui.pages import page_keys

    w, _, h = args.size.partition("x")
    window._fitted = True  # a screenshot is taken at the size asked for, whatever the screen
    window.resize(int(w), int(h))
    if args.page:
        if args.page not in page_keys():
            print(f"错误：没有名为 {args.page} 的页面，可用：{', '.join(page_keys())}", file=sys.stderr)
            services.close()
            return 2
        window.show_page(args.page)
    window.show()
    for _ in range(5):
        app.processEvents()
    # one turn of a local loop: app.quit() would leave Qt's "quit now" flag set, and timers would never fire
    # again in this process (tests call main() in-process)
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    out = Path(args.screenshot)
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(out))
    window.close()
    window.deleteLater()  # with its settings, while the store's folder is still there (tests call main in-process)
    services.close()
    if not ok:
        print(f"错误：无法保存截图 {out}", file=sys.stderr)
        return 2
    print(out)
    return 0


def run() -> None:
    """Process entry point (console/gui script, ``python -m dangjian_desktop``, the bundle).

    Once main() has closed the store (every save committed, the exit backup written), leave without the
    interpreter's final teardown of Qt wrappers: with large stores shiboken was seen to abort there
    ("Fatal Python error: none_dealloc"), which Windows would show as a crash after a clean exit.
    Tests call main() directly and are not affected.
    """
    if getattr(sys, "frozen", False):  # the installed program: a worker process it spawned (exchange_docs.py)
        import multiprocessing  # runs the worker's job here and exits instead of opening a window

        multiprocessing.freeze_support()
    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
