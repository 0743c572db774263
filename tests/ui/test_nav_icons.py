"""The selected navigation item is red: its icon must be white there, red elsewhere."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from dangjian_desktop.ui import theme
from dangjian_desktop.ui.main_window import MainWindow


def _ink(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    img = icon.pixmap(22, 22, mode).toImage()
    out = set()
    for x in range(img.width()):
        for y in range(img.height()):
            c = QColor(img.pixelColor(x, y))
            if c.alpha() > 200:
                out.add(c.name())
    return out


def test_nav_icon_white_when_selected(qapp):
    icon = theme.nav_icon("members")
    assert _ink(icon, QIcon.Mode.Selected) == {"#ffffff"}
    normal = _ink(icon, QIcon.Mode.Normal)
    assert normal and "#ffffff" not in normal


def test_window_nav_uses_them_and_keyboard_pages(qtbot, demo_services):
    win = MainWindow(demo_services)
    qtbot.addWidget(win)
    item = win.ui.navList.item(1)
    assert _ink(item.icon(), QIcon.Mode.Selected) == {"#ffffff"}
    shortcuts = [a.shortcut() for a in win.ui.menuView.actions()]
    assert len(shortcuts) > 9  # Ctrl+1 … Ctrl+9; the pages after them have none ("Ctrl+10" is no key)
    assert [k.toString() for k in shortcuts[:9]] == [f"Ctrl+{n}" for n in range(1, 10)]
    assert all(k.isEmpty() for k in shortcuts[9:])
    win.ui.menuView.actions()[1].trigger()
    assert win.current_key() == "members"
