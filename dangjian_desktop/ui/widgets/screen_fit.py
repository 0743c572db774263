"""Every window fits the screen it opens on: office PCs have 1366×768 screens, or 1920×1080 at 150 % (1280×720
logical), with a taskbar and a title bar taken from that.

:func:`fit_to_screen` shrinks a window to the screen's available area (less its frame, or a title bar's height when
the platform has not told us the frame yet) and moves it fully onto that area, centred on its parent when it has one.
The main window and every dialog built on ``widgets.dialogs.Dialog`` call it the first time they are shown (an
application-wide event filter would do it for every window too, but costs a Python call per Qt event). A window
whose content cannot shrink that far must scroll (``QScrollArea``) or be resizable; the screenshot test
(tests/ui/test_screen_fit.py) checks every page and dialog at both sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Height of a Windows 10/11 title bar at 100 %; used while the platform reports no frame (offscreen, or before the
# window manager has decorated the window).
TITLE_BAR = 32
MIN_REAL_TITLE_BAR = 16  # a frame with a smaller top (the offscreen platform's 2 px) has no title bar yet


def available_area(widget: QWidget) -> QRect:
    """The available geometry (screen less taskbar) of the screen the widget is on, or its parent's, or the
    primary screen's."""
    screen = None
    parent = widget.parentWidget()
    if parent is not None and parent.window().isVisible():
        screen = QWidget.screen(parent.window())  # not .screen(): MainWindow.screen(key) is a page
    if screen is None:
        screen = QWidget.screen(widget) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def reported_frame(widget: QWidget) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the frame the platform reports around the client area: a shown window's frame
    geometry; for a window created (its native window made) and not yet shown, its native window's frame margins,
    which are what Qt reads the frame geometry from once the window is visible (``QWidgetPrivate::frameStrut``)."""
    handle = None if widget.isVisible() else widget.windowHandle()
    if handle is not None:
        m = handle.frameMargins()
        return m.left(), m.top(), m.right(), m.bottom()
    fg, g = widget.frameGeometry(), widget.geometry()
    return g.left() - fg.left(), g.top() - fg.top(), fg.right() - g.right(), fg.bottom() - g.bottom()


def frame_margins(widget: QWidget) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) the window frame adds around the client area; a title bar's height on top when
    the platform does not report a frame."""
    left, top, right, bottom = reported_frame(widget)
    if top < MIN_REAL_TITLE_BAR:
        return left, TITLE_BAR, right, bottom
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
    real_left, real_top = reported_frame(widget)[:2]
    # where the frame's top-left corner should go: centred on the parent window, else where it is, kept inside
    frame_w, frame_h = size.width() + left + right, size.height() + top + bottom
    parent = widget.parentWidget()
    if parent is not None and parent.window().isVisible():
        centre = parent.window().frameGeometry().center()
        x, y = centre.x() - frame_w // 2, centre.y() - frame_h // 2
    else:  # where its frame is (geometry() less the reported frame: frameGeometry() once shown)
        pos = widget.geometry().topLeft()
        x, y = pos.x() - real_left, pos.y() - real_top
    x = max(area.left(), min(x, area.left() + area.width() - frame_w))
    y = max(area.top(), min(y, area.top() + area.height() - frame_h))
    # a window's position is its frame's; with no title bar yet, leave room for the one to come. move(p) puts the
    # client area at p plus the frame as Qt knows it (geometry() less x(), y(): the reported frame once shown, on
    # some platforms none before): the client area goes where the reported frame puts it, shown or not
    y += top - real_top if real_top < MIN_REAL_TITLE_BAR else 0
    known_left, known_top = widget.geometry().x() - widget.x(), widget.geometry().y() - widget.y()
    widget.move(x + real_left - known_left, y + real_top - known_top)
