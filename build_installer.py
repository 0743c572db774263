"""Build the offline installer: compile forms -> (tests) -> PyInstaller one-folder bundle -> smoke test ->
Inno Setup setup .exe on Windows, a .tar.gz on Linux.

    python build_installer.py            # bundle + smoke test + setup.exe / .tar.gz, in dist/
    python build_installer.py --tests    # run the fast test suite first (pytest -m "not slow")
    python build_installer.py --no-package   # only the bundle (and its smoke test)

Needs the build extra (``pip install -e ".[build]"``: PyInstaller) and, on Windows, Inno Setup 6 (``ISCC.exe`` on
PATH or in its default folder). The bundle holds two programs side by side, sharing one set of libraries:
``dangjian-desktop`` (the window, no console) and ``dangjian`` (the command line).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent
DIST = REPO / "dist"
WORK = REPO / "build" / "installer"
BUNDLE_NAME = "dangjian-desktop"
GUI_NAME = "dangjian-desktop"
CLI_NAME = "dangjian"
ISS = REPO / "installer" / "dangjian.iss"

# Qt modules the app never uses. PySide6-Essentials ships them; left out, the bundle stays lean.
# QtNetwork stays: QtPdf links against it. QtSvg stays: the icons are SVG.
UNUSED_QT = [
    "QtQml", "QtQmlFeatures", "QtQuick", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtQuick3D",
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets", "QtWebView",
    "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
    "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech",
    "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets",
    "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort", "QtSerialBus",
    "QtRemoteObjects", "QtScxml", "QtStateMachine", "QtHttpServer", "QtSql", "QtTest", "QtDesigner", "QtHelp",
    "QtUiTools", "QtOpenGL", "QtOpenGLWidgets", "QtConcurrent", "QtXml", "QtLabsStyleKit", "QtAxContainer",
    "QtPdfQuick",
]
# Files the Qt hooks collect that the app never needs (matched against the bundle path, "/" separators):
# shared libraries of the excluded modules that plugins drag in, plugins for embedded/touch/VNC/TLS use, image
# formats nobody attaches, and the translations other than Chinese.
UNUSED_FILES = [
    "*Qt6Quick*", "*Qt6Qml*", "*Qt6VirtualKeyboard*", "*Qt6Designer*", "*Qt6Help*", "*Qt6Sql*", "*Qt6Test*",
    "*Qt6WebEngine*", "*Qt6Multimedia*", "*Qt6Lottie*", "*Qt6PdfQuick*", "*Qt6LabsStyleKit*", "*Qt6EglFs*",
    "*Qt6EglFS*", "*/plugins/egldeviceintegrations/*", "*/plugins/generic/*", "*/plugins/tls/*",
    "*/plugins/networkinformation/*", "*/plugins/platforms/*qlinuxfb*", "*/plugins/platforms/*qvkkhrdisplay*",
    "*/plugins/platforms/*qvnc*", "*/plugins/platforms/*qeglfs*", "*/plugins/platforms/*qminimalegl*",
    "*/plugins/platformthemes/*qgtk3*", "*/plugins/imageformats/*qtiff*", "*/plugins/imageformats/*qicns*",
    "*/plugins/imageformats/*qtga*", "*/plugins/imageformats/*qwbmp*", "*/plugins/sqldrivers/*",
    "*/plugins/qmltooling/*", "*/Qt/qml/*",
]
KEEP_TRANSLATIONS = "zh_CN"
UNUSED_PYTHON = ["tkinter", "_tkinter", "unittest", "pydoc_data", "pytest", "_pytest", "hypothesis", "IPython",
                 "numpy", "pandas", "matplotlib", "setuptools", "pip", "importlinter", "grimp", "pytestqt",
                 "lib2to3", "xmlrpc", "curses"]


def log(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:  # noqa: ANN003
    log(" ".join(str(c) for c in cmd))
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


def version() -> str:
    import tomllib

    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


# -- steps ------------------------------------------------------------------------------------------------------
def compile_forms() -> None:
    run([sys.executable, "-m", "dangjian_desktop.ui.compile_forms"], cwd=REPO)


def run_tests() -> None:
    run([sys.executable, "-m", "pytest", "-q", "-m", "not slow", "-p", "no:cacheprovider"], cwd=REPO)


def make_icon() -> Path | None:
    """resources/icons/app.svg -> a multi-size .ico for the Windows executables (rendered with Qt)."""
    target = WORK / "app.ico"
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "app = QGuiApplication(['x'])\n"
        "img = QImage(256, 256, QImage.Format.Format_ARGB32)\n"
        "img.fill(0)\n"
        "p = QPainter(img)\n"
        "QSvgRenderer(sys.argv[1]).render(p)\n"
        "p.end()\n"
        "sys.exit(0 if img.save(sys.argv[2], 'ICO') else 1)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code, str(REPO / "resources" / "icons" / "app.svg"), str(target)],
                            env=env, capture_output=True)
    return target if result.returncode == 0 and target.exists() else None


SPEC = '''# GENERATED by build_installer.py — do not edit; change build_installer.py instead.
from PyInstaller.utils.hooks import collect_submodules

REPO = {repo!r}
EXCLUDES = {excludes!r}
DATAS = [(REPO + "/resources", "dangjian_desktop/resources"), (REPO + "/forms", "dangjian_desktop/forms_src")]
# Modules named in strings (FEATURE_MODULES, EXTENSIONS, PROVIDERS, SETTINGS_TABS) are imported by importlib.
ALL = collect_submodules("dangjian_desktop")
GUI_ONLY = ("dangjian_desktop.ui", "dangjian_desktop.app", "dangjian_desktop.bench", "dangjian_desktop.__main__")
CLI_HIDDEN = [m for m in ALL if not m.startswith(GUI_ONLY)]

gui = Analysis([{gui_entry!r}], pathex=[REPO], datas=DATAS, hiddenimports=ALL, excludes=EXCLUDES, noarchive=False)
cli = Analysis([{cli_entry!r}], pathex=[REPO], datas=DATAS, hiddenimports=CLI_HIDDEN,
               excludes=EXCLUDES + ["PySide6", "shiboken6", "dangjian_desktop.ui", "dangjian_desktop.app"])


import fnmatch

UNUSED = {unused_files!r}


def lean(toc):
    """Leave out what the app never uses (see UNUSED_FILES in build_installer.py)."""
    out = []
    for entry in toc:
        path = entry[0].replace("\\\\", "/")
        if any(fnmatch.fnmatch(path, pattern) for pattern in UNUSED):
            continue
        if "/Qt/translations/" in path and {keep_tr!r} not in path:
            continue
        out.append(entry)
    return out


gui_exe = EXE(PYZ(gui.pure), gui.scripts, [], exclude_binaries=True, name={gui_name!r}, console=False,
              icon={icon!r}, upx=False, strip={strip!r})
cli_exe = EXE(PYZ(cli.pure), cli.scripts, [], exclude_binaries=True, name={cli_name!r}, console=True,
              icon={icon!r}, upx=False, strip={strip!r})
COLLECT(gui_exe, lean(gui.binaries), lean(gui.datas), cli_exe, lean(cli.binaries), lean(cli.datas),
        name={bundle!r}, upx=False, strip={strip!r})
'''


def write_spec(icon: Path | None) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    gui_entry = WORK / "gui_entry.py"
    gui_entry.write_text("from dangjian_desktop.app import run\n\nrun()\n", encoding="utf-8")
    cli_entry = WORK / "cli_entry.py"
    # freeze_support: a worker process the export spawns (services/exchange_docs.py) runs its job and exits
    cli_entry.write_text("import multiprocessing\nimport sys\n\nfrom dangjian_desktop.cli import main\n\n"
                         "multiprocessing.freeze_support()\nsys.exit(main())\n", encoding="utf-8")
    excludes = [f"PySide6.{m}" for m in UNUSED_QT] + UNUSED_PYTHON
    spec = WORK / "dangjian.spec"
    spec.write_text(SPEC.format(repo=str(REPO), excludes=excludes, gui_entry=str(gui_entry), cli_entry=str(cli_entry),
                                unused_files=UNUSED_FILES, keep_tr=KEEP_TRANSLATIONS, gui_name=GUI_NAME,
                                strip=sys.platform != "win32", cli_name=CLI_NAME,
                                icon=str(icon) if icon and sys.platform == "win32" else None, bundle=BUNDLE_NAME),
                    encoding="utf-8")
    return spec


def pyinstaller(spec: Path) -> Path:
    out = DIST / BUNDLE_NAME
    if out.exists():
        shutil.rmtree(out)
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", WORK / "pyinstaller", spec], cwd=REPO)
    return out


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def exe(bundle: Path, name: str) -> Path:
    return bundle / (name + ".exe" if sys.platform == "win32" else name)


def smoke_test(bundle: Path) -> None:
    """Run the built programs themselves: `dangjian info`, demo data, a PDF, and a window screenshot."""
    with tempfile.TemporaryDirectory(prefix="dangjian-smoke-") as tmp:
        data = Path(tmp) / "data"
        env = {k: v for k, v in os.environ.items() if k not in ("DANGJIAN_DATA_DIR", "PYTHONPATH")}
        env["QT_QPA_PLATFORM"] = "offscreen"

        def check(args: list[str], what: str, timeout: int = 120) -> str:
            result = subprocess.run([str(a) for a in args], env=env, capture_output=True, text=True,
                                    encoding="utf-8", errors="replace", timeout=timeout, cwd=tmp)
            if result.returncode != 0:
                raise SystemExit(f"[build] SMOKE TEST FAILED: {what} (exit {result.returncode})\n"
                                 f"{result.stdout}\n{result.stderr}")
            log(f"smoke test ok: {what}")
            return result.stdout

        cli = exe(bundle, CLI_NAME)
        info = check([cli, "--data-dir", data, "info"], "dangjian info")
        if "数据版本" not in info:
            raise SystemExit(f"[build] SMOKE TEST FAILED: unexpected `dangjian info` output:\n{info}")
        check([cli, "--data-dir", data, "demo"], "dangjian demo")
        pdf = Path(tmp) / "roster.pdf"
        check([cli, "--data-dir", data, "report", "roster", "--out", pdf], "dangjian report roster (PDF, fonts)")
        if not pdf.is_file() or pdf.stat().st_size < 10_000:
            raise SystemExit("[build] SMOKE TEST FAILED: the PDF was not written")
        check([cli, "--data-dir", data, "backup"], "dangjian backup")
        shot = Path(tmp) / "window.png"
        check([exe(bundle, GUI_NAME), "--data-dir", data, "--screenshot", shot, "--page", "members"],
              "dangjian-desktop --screenshot")
        if not shot.is_file() or shot.stat().st_size < 10_000:
            raise SystemExit("[build] SMOKE TEST FAILED: the window screenshot is missing or empty")
        keep = DIST / "smoke-screenshot.png"
        shutil.copyfile(shot, keep)
        log(f"window screenshot from the bundle: {keep}")


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.path.expandvars(r"%LOCALAPPDATA%\Programs")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.exists():
                return str(candidate)
    return None


def inno_setup(bundle: Path, ver: str) -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit("[build] Inno Setup 6 not found: install it (https://jrsoftware.org/isdl.php) or put "
                         "ISCC.exe on PATH. The bundle itself is ready in " + str(bundle))
    run([iscc, f"/DAppVersion={ver}", f"/DSourceDir={bundle}", f"/DOutputDir={DIST}", ISS], cwd=REPO)
    setup = DIST / f"dangjian-desktop-{ver}-setup.exe"
    if not setup.exists():
        raise SystemExit(f"[build] Inno Setup ran but {setup} is missing")
    return setup


def tarball(bundle: Path, ver: str) -> Path:
    import platform

    target = DIST / f"dangjian-desktop-{ver}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(bundle, arcname=BUNDLE_NAME)
    return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tests", action="store_true", help="run the fast test suite before building")
    ap.add_argument("--no-package", action="store_true", help="stop after the bundle and its smoke test")
    ap.add_argument("--skip-smoke", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    started = time.monotonic()
    ver = version()
    compile_forms()
    if args.tests:
        run_tests()
    spec = write_spec(make_icon())
    bundle = pyinstaller(spec)
    size_mb = folder_size(bundle) / 1e6
    log(f"bundle: {bundle} — {size_mb:.0f} MB")
    if not args.skip_smoke:
        smoke_test(bundle)
    if not args.no_package:
        if sys.platform == "win32":
            setup = inno_setup(bundle, ver)
            log(f"installer: {setup} — {setup.stat().st_size / 1e6:.0f} MB")
        else:
            archive = tarball(bundle, ver)
            log(f"archive: {archive} — {archive.stat().st_size / 1e6:.0f} MB")
    log(f"done in {time.monotonic() - started:.0f} s; bundle size {size_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
