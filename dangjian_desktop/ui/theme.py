"""Look and feel: shipped Chinese fonts registered with Qt, legible type, one calm style with a Party-red accent."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from dangjian_desktop.paths import resource

log = logging.getLogger(__name__)

PARTY_RED = "#B22222"
PARTY_RED_DARK = "#8B1A1A"
ACCENT_BG = "#FBEDEC"
BASE_POINT_SIZE = 11  # ≥ 10.5 pt for readers over fifty

_registered_families: list[str] = []  # the shipped fonts' families registered so far, in SHIPPED_FONTS' order
_families_of: dict[str, list[str]] = {}  # a shipped font file (registered, or tried) -> its families
SYMBOLS_FONT = "DangjianSymbols.ttf"
SYMBOLS_FAMILY = "Dangjian Symbols"
# DangjianSymbols.ttf: ✓ ✔ ✖ ⚠ • › … that the CJK fonts lack (a subset of DejaVu Sans, tools/make_symbols_font.py)
SHIPPED_FONTS = ("wqy-zenhei.ttc", "uming.ttc", SYMBOLS_FONT)
# where the system has none of SYSTEM_UI_FAMILIES, the first paint draws with WenQuanYi Zen Hei (the UI family)
# and the symbols; AR PL UMing, a fallback behind Zen Hei for the characters it lacks, is registered after the
# paint: Qt reads every glyph of each of a collection's faces when a font file is registered (≈ 32 M instructions
# for uming.ttc's four faces, as many as wqy-zenhei.ttc's three)
FIRST_PAINT_FONTS = ("wqy-zenhei.ttc", SYMBOLS_FONT)


def register_fonts(names: tuple[str, ...] = SHIPPED_FONTS) -> list[str]:
    """Register the shipped CJK fonts (``names`` of :data:`SHIPPED_FONTS`, all by default) with Qt so a PC
    without Chinese fonts shows no boxes; the families of all registered so far, in :data:`SHIPPED_FONTS`' order."""
    for name in names:
        if name in _families_of:
            continue
        path = resource("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not register font %s", path)
            _families_of[name] = []
            continue
        _families_of[name] = QFontDatabase.applicationFontFamilies(font_id)
    _registered_families[:] = [f for name in SHIPPED_FONTS for f in _families_of.get(name, ())]
    return _registered_families


def _all_fonts_registered() -> bool:
    return all(name in _families_of for name in SHIPPED_FONTS)


SYSTEM_UI_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC")


def installed_ui_families() -> list[str]:
    """The :data:`SYSTEM_UI_FAMILIES` this system has, in their order. Asking Qt for a family the system lacks costs
    a font-configuration alias lookup at every font a window first draws with (Linux: ≈ 2 ms each for the Windows
    and macOS families, ≈ 4 ms of a start), and a missing family gives no glyph, so leaving it out changes nothing
    that is drawn."""
    installed = set(QFontDatabase.families())
    return [f for f in SYSTEM_UI_FAMILIES if f in installed]


def ui_font_families() -> list[str]:
    """Preferred UI families in order: Windows' own Chinese UI fonts first, shipped fonts as the fallback."""
    fams = installed_ui_families()
    shipped = [f for f in _registered_families if "Zen Hei" in f and "Mono" not in f and "Sharp" not in f]
    rest = [f for f in _registered_families if f not in shipped and f != SYMBOLS_FAMILY]
    # the symbols come last: a glyph is taken from them only when no font before has it
    return fams + shipped + rest + [SYMBOLS_FAMILY]


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


def _tinted_pixmap(pm: QPixmap, color: QColor) -> QPixmap:
    out = QPixmap(pm.size())
    out.setDevicePixelRatio(pm.devicePixelRatio())
    out.fill(QColor(0, 0, 0, 0))
    p = QPainter(out)
    p.drawPixmap(0, 0, pm)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    # a pixmap of the colour drawn over, not fillRect nor setPen/setBrush + drawRect: PySide6 resolves those calls'
    # overloads by building the Python enums of each candidate (QGradient.Preset, the Qt namespace's 94 enums…),
    # 16–50 ms at start-up for the first call; QPixmap.fill and drawPixmap build none (same pixels)
    solid = QPixmap(out.size())
    solid.setDevicePixelRatio(out.devicePixelRatio())
    solid.fill(color)
    p.drawPixmap(0, 0, solid)
    p.end()
    return out


class _NavIconEngine(QIconEngine):
    """Draws a navigation icon when Qt first asks for it, at the size and pixel ratio asked (the SVG as it is, or
    white for the selected item), and keeps each drawing: start-up draws the 14 icons it shows, not 56 up front."""

    def __init__(self, name: str):
        super().__init__()
        self._name = name
        self._base: QIcon | None = None
        self._drawn: dict[tuple[int, int, float, bool], QPixmap] = {}

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        white = mode == QIcon.Mode.Selected
        key = (size.width(), size.height(), scale, white)
        drawn = self._drawn.get(key)
        if drawn is None:
            if self._base is None:
                self._base = icon(self._name)
            drawn = self._base.pixmap(size, scale)
            if white:
                drawn = _tinted_pixmap(drawn, QColor("white"))
            self._drawn[key] = drawn
        return drawn

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        pm = self.scaledPixmap(rect.size(), mode, state, painter.device().devicePixelRatioF())
        painter.drawPixmap(rect, pm)

    def clone(self) -> QIconEngine:
        return _NavIconEngine(self._name)


def nav_icon(name: str) -> QIcon:
    """A navigation icon: red on the light bar, white on the red ground of the selected item."""
    return QIcon(_NavIconEngine(name))


STYLE = f"""
QMainWindow, QDialog {{ background: #FFFFFF; }}
QListWidget#navList {{
    background: #F7F4F2; border: none; border-right: 1px solid #E4DEDA; padding-top: 8px; outline: 0;
}}
QListWidget#navList::item {{ padding: 10px 12px; margin: 1px 6px; border-radius: 6px; color: #333; }}
QListWidget#navList::item:hover {{ background: #EFE7E3; }}
QListWidget#navList::item:selected {{ background: {PARTY_RED}; color: white; }}
QLabel#titleLabel, QLabel[role="title"] {{ font-size: 17pt; font-weight: bold; color: #222; padding: 4px 0 8px 0; }}
QLabel[role="hint"] {{ color: #666; }}
QLabel[role="warning"] {{ color: #A0522D; }}
QLabel[role="error"] {{ color: {PARTY_RED}; }}
QPushButton {{
    padding: 6px 16px; border: 1px solid #CFC7C3; border-radius: 5px; background: #FFFFFF; min-height: 22px;
}}
QPushButton:hover {{ background: #F6F0EE; }}
QPushButton:focus {{ border: 1px solid {PARTY_RED}; }}
QPushButton[primary="true"], QPushButton:default {{
    background: {PARTY_RED}; color: white; border: 1px solid {PARTY_RED_DARK};
}}
QPushButton[primary="true"]:hover, QPushButton:default:hover {{ background: {PARTY_RED_DARK}; }}
QPushButton:disabled {{ color: #999; background: #F2F2F2; border-color: #DDD; }}
QLineEdit, QComboBox, QDateEdit, QTimeEdit, QSpinBox, QPlainTextEdit, QTextEdit {{
    padding: 4px 6px; border: 1px solid #CFC7C3; border-radius: 4px; background: white;
}}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QTimeEdit:focus, QSpinBox:focus, QPlainTextEdit:focus,
QTextEdit:focus {{ border: 1px solid {PARTY_RED}; }}
QTableView {{ gridline-color: #E6E0DD; selection-background-color: {ACCENT_BG}; selection-color: #222;
    alternate-background-color: #FAF8F7; }}
QHeaderView::section {{ background: #F3EFED; padding: 5px; border: none; border-right: 1px solid #E4DEDA;
    border-bottom: 1px solid #E4DEDA; font-weight: bold; }}
QGroupBox {{ font-weight: bold; border: 1px solid #E4DEDA; border-radius: 6px; margin-top: 14px; padding-top: 8px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {PARTY_RED_DARK}; }}
QTabBar::tab:selected {{ color: {PARTY_RED}; }}
QStatusBar {{ color: #555; }}
"""


def polish_roles(root: QWidget) -> None:
    """Re-apply the style to widgets with a ``role`` property (title, hint, error...). A compiled form sets the
    property after its widgets exist, and a page already polished by its QStackedWidget would keep the plain look."""
    from dangjian_desktop.ui.widgets.styling import repolish

    repolish(*(w for w in root.findChildren(QWidget) if w.property("role") is not None))


def _arrow_style() -> str:
    """Spin-box buttons and combo-box arrows drawn explicitly: once a stylesheet sets borders and padding on these
    widgets, Fusion clips their native arrows (the year box on 报表 showed only a sliver)."""
    up = resource("icons", "arrow-up.svg").as_posix()
    down = resource("icons", "arrow-down.svg").as_posix()
    return f"""
QAbstractSpinBox {{ padding-right: 22px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: 20px; border-left: 1px solid #CFC7C3; background: #F7F4F2;
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 4px; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 4px; }}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{ background: #EFE7E3; }}
QAbstractSpinBox::up-arrow {{ image: url("{up}"); width: 10px; height: 6px; }}
QAbstractSpinBox::down-arrow {{ image: url("{down}"); width: 10px; height: 6px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
QComboBox {{ padding-right: 24px; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: top right; width: 22px; border: none;
}}
QComboBox::down-arrow {{ image: url("{down}"); width: 10px; height: 6px; }}
QDateEdit::drop-down {{ subcontrol-origin: padding; subcontrol-position: top right; width: 22px; border: none; }}
QDateEdit::down-arrow {{ image: url("{down}"); width: 10px; height: 6px; }}
"""


_translators: list[object] = []


def install_chinese(app: QApplication) -> bool:
    """Qt's own words in Chinese: 确定/取消 of every message box, the text editors' right-click menu (撤销/剪切/
    复制/粘贴), Qt's file dialog, the calendar pop-up. PySide6 ships qtbase_zh_CN.qm (kept in the installer);
    the locale makes dates and numbers Chinese too. True when the translation was found."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(locale)
    if _translators:
        return True
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if not translator.load(locale, "qtbase", "_", folder):
        log.warning("Qt's Chinese translation (qtbase_zh_CN.qm) not found in %s", folder)
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    return True


# Qt's command-line arguments of the style: Fusion everywhere but on Windows (its native look is kept there)
STYLE_ARGS: list[str] = [] if sys.platform == "win32" else ["-style", "fusion"]


def _app_font() -> QFont:
    font = QFont()
    font.setFamilies(ui_font_families())
    font.setPointSizeF(BASE_POINT_SIZE)
    return font


def apply_theme(app: QApplication, *, style_set: bool = False, fonts_later: bool = False,
                style_sheet: bool = True) -> bool:
    """``style_set``: the QApplication was made with :data:`STYLE_ARGS` (app.main), so the style is in place.
    ``fonts_later`` (app.main, before the first paint): where the system has one of :data:`SYSTEM_UI_FAMILIES`
    (every Windows since Vista: Microsoft YaHei), the shipped fonts, a fallback behind it, are registered by
    :func:`register_fonts_later` after the first paint (≈ 20 ms of a start); where it has none, only
    :data:`FIRST_PAINT_FONTS` are registered now, the rest after the paint. True when some are left for it.
    ``style_sheet=False`` (app.main): the caller sets the style sheet with :func:`apply_style_sheet` once the main
    window is built and before anything is shown (see there)."""
    if not fonts_later:
        register_fonts()
    elif not installed_ui_families():  # no Chinese UI font of the system's: the shipped one draws the first paint
        register_fonts(FIRST_PAINT_FONTS)
    later = not _all_fonts_registered()
    app.setFont(_app_font())
    if sys.platform != "win32" and not style_set:
        app.setStyle("Fusion")  # on Windows keep the native look
    pal = app.palette()
    pal.setColor(QPalette.ColorRole.Highlight, QColor(PARTY_RED))
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    app.setPalette(pal)
    if style_sheet:
        apply_style_sheet(app)
    app.setWindowIcon(icon("app"))
    return later


def apply_style_sheet(app: QApplication) -> None:
    """The application's style sheet (set once; setting it again would restyle every widget).

    app.main sets it after building the main window and before showing anything: with a style sheet in place, each
    widget moved under another parent is restyled with its whole subtree, and a page is assembled by such moves (a
    compiled form builds its stacked pages and scroll area contents apart and then adds them; the main window puts
    the page into its scroll area): 首页 was styled three times over (≈ 7 ms of the first paint). Set afterwards, the
    sheet styles each widget once. Nothing is measured or shown in between, so the window looks the same."""
    sheet = STYLE + _arrow_style()
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def register_fonts_later(app: QApplication) -> None:
    """The shipped fonts that :func:`apply_theme` left for after the first paint, registered and put behind the
    system's in the application font (the same families, in the same order, as when registered at once)."""
    if _all_fonts_registered():
        return
    register_fonts()
    app.setFont(_app_font())
