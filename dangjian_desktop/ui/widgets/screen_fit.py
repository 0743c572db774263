"""Every window fits the screen it opens on: office PCs have 1366×768 screens, or 1920×1080 at 150 % (1280×720
logical), with a taskbar and a title bar taken from that.

:func:`fit_to_screen` shrinks a window to the screen's available area (less its frame, or a title bar's height when
the platform has not told us the frame yet) and moves it fully onto that area, centred on its parent when it has one.
:class:`ScreenFitter`, installed once on the application (:func:`install`), does that for every window the first
time it is shown — our dialogs, Qt's message boxes and file dialogs alike — so no button ends up below the taskbar.
A window whose content cannot shrink that far must scroll (``QScrollArea``) or be resizable; the screenshot test
(tests/ui/test_screen_fit.py) checks every page and dialog at both sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

# Height of a Windows 10/11 title bar at 100 %; used while the platform reports no frame (offscreen, or before the
# window manager has decorated the window).
TITLE_BAR = 32
FITTED = "_dangjian_fitted"


def available_area(widget: QWidget) -> QRect:
    """The available geometry (screen less taskbar) of the screen the widget is on, or its parent's, or the
    primary screen's."""
    screen = None
    parent = widget.parentWidget()
    if parent is not None and parent.window().isVisible():
        screen = parent.window().screen()
    if screen is None:
        screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def frame_margins(widget: QWidget) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) the window frame adds around the client area; a title bar's height on top when
    the platform does not report a frame."""
    fg, g = widget.frameGeometry(), widget.geometry()
    left, top = g.left() - fg.left(), g.top() - fg.top()
    right, bottom = fg.right() - g.right(), fg.bottom() - g.bottom()
    if top <= 0:
        return 0, TITLE_BAR, 0, 0
    return left, top, right, bottom


def client_limit(widget: QWidget) -> QSize:
    """The largest client size a window may have on its screen."""
    area = available_area(widget)
    left, top, right, bottom = frame_margins(widget)
    return QSize(max(200, area.width() - left - right), max(200, area.height() - top - bottom))


def fit_to_screen(widget: QWidget, preferred: QSize | None = None) -> None:
    """Size the window to ``preferred`` (or its current size) within the screen, then move it fully onto it."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    area = available_area(widget)
    left, top, right, bottom = frame_margins(widget)
    limit = client_limit(widget)
    wanted = preferred or widget.size()
    size = QSize(min(wanted.width(), limit.width()), min(wanted.height(), limit.height()))
    size = size.expandedTo(widget.minimumSize()).boundedTo(limit)
    if size != widget.size():
        widget.resize(size)
    # where the frame's top-left corner should go: centred on the parent window, else where it is, kept inside
    frame_w, frame_h = size.width() + left + right, size.height() + top + bottom
    parent = widget.parentWidget()
    if parent is not None and parent.window().isVisible():
        centre = parent.window().frameGeometry().center()
        x, y = centre.x() - frame_w // 2, centre.y() - frame_h // 2
    else:
        pos = widget.frameGeometry().topLeft()
        x, y = pos.x(), pos.y()
    x = max(area.left(), min(x, area.left() + area.width() - frame_w))
    y = max(area.top(), min(y, area.top() + area.height() - frame_h))
    if widget.frameGeometry() == widget.geometry():
        widget.move(x, y + top)  # no frame yet: keep the client area below where the title bar will be
    else:
        widget.move(x, y)  # a window's position is its frame's


def _fits(widget: QWidget) -> bool:
    if not isinstance(widget, QWidget) or not widget.isWindow():
        return False
    kind = widget.windowType()
    return kind in (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


class ScreenFitter(QObject):
    """Fits each window to its screen the first time it is shown (see the module docstring)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and _fits(obj) and not obj.property(FITTED):
            obj.setProperty(FITTED, True)
            fit_to_screen(obj)
        return False


_fitter: ScreenFitter | None = None


def install(app: QApplication | None = None) -> ScreenFitter:
    """Fit every window of the application from now on (idempotent)."""
    global _fitter
    app = app or QApplication.instance()  # type: ignore[assignment]
    if _fitter is None:
        _fitter = ScreenFitter(app)
        app.installEventFilter(_fitter)
    return _fitter
