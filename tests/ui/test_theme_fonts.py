"""The UI font's families: only those the system has, in the preferred order, the symbols font last."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase

from dangjian_desktop.ui import theme


def test_only_installed_system_families_are_asked_for(qapp, monkeypatch):
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: ["Arial", "Microsoft YaHei", "SimSun"]))
    assert theme.installed_ui_families() == ["Microsoft YaHei"]
    families = theme.ui_font_families()
    assert families[0] == "Microsoft YaHei" and "Microsoft YaHei UI" not in families and "PingFang SC" not in families
    assert families[-1] == theme.SYMBOLS_FAMILY
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *a: ["Noto Sans CJK SC", "Microsoft YaHei UI"]))
    assert theme.installed_ui_families() == ["Microsoft YaHei UI", "Noto Sans CJK SC"]  # the preferred order kept


def test_installed_families_are_those_of_this_system(qapp):
    have = set(QFontDatabase.families())
    found = theme.installed_ui_families()
    assert found == [f for f in theme.SYSTEM_UI_FAMILIES if f in have]
    assert all(QFontDatabase.hasFamily(f) for f in found)


class _App:
    """What apply_theme calls on the application, recorded (the session's QApplication keeps its font)."""

    def __init__(self):
        from PySide6.QtGui import QPalette

        self.fonts = []
        self._palette = QPalette()

    def setFont(self, font):  # noqa: ANN001, ANN201, N802 - Qt API
        self.fonts.append(font.families())

    def palette(self):  # noqa: ANN201
        return self._palette

    def setPalette(self, palette):  # noqa: ANN001, ANN201, N802
        self._palette = palette

    def setWindowIcon(self, icon):  # noqa: ANN001, ANN201, N802
        pass


SHIPPED = {"wqy-zenhei.ttc": ["WenQuanYi Zen Hei", "WenQuanYi Zen Hei Mono", "WenQuanYi Zen Hei Sharp"],
           "uming.ttc": ["AR PL UMing CN", "AR PL UMing HK", "AR PL UMing TW", "AR PL UMing TW MBE"],
           theme.SYMBOLS_FONT: [theme.SYMBOLS_FAMILY]}


def _fake_font_files(monkeypatch, system: list[str]) -> list[str]:
    from pathlib import Path

    registered: list[str] = []

    def add(path):  # noqa: ANN001, ANN202
        registered.append(Path(path).name)
        return len(registered) - 1

    monkeypatch.setattr(QFontDatabase, "addApplicationFont", staticmethod(add))
    monkeypatch.setattr(QFontDatabase, "applicationFontFamilies", staticmethod(lambda i: SHIPPED[registered[i]]))
    monkeypatch.setattr(theme, "installed_ui_families", lambda: list(system))
    monkeypatch.setattr(theme, "_families_of", {})
    monkeypatch.setattr(theme, "_registered_families", [])
    return registered


@pytest.mark.parametrize("system", [[], ["Microsoft YaHei UI"]], ids=["no-system-chinese-font", "windows"])
def test_the_first_paint_registers_only_the_fonts_it_draws_with(qapp, monkeypatch, system):
    """Without a Chinese UI font of the system's, the first paint draws with the shipped WenQuanYi Zen Hei (and
    the symbols): AR PL UMing, its fallback, is registered after the paint (Qt reads every glyph of a registered
    file's faces). With one (Windows: Microsoft YaHei), every shipped font comes after the paint, as before. Once
    all are in, the application font's families are those of registering them all at once."""
    registered = _fake_font_files(monkeypatch, system)
    app = _App()
    assert theme.apply_theme(app, style_set=True, fonts_later=True, style_sheet=False) is True
    if system:
        assert registered == [] and app.fonts == [system + [theme.SYMBOLS_FAMILY]]
    else:
        assert registered == ["wqy-zenhei.ttc", theme.SYMBOLS_FONT]
        assert app.fonts == [["WenQuanYi Zen Hei", "WenQuanYi Zen Hei Mono", "WenQuanYi Zen Hei Sharp",
                              theme.SYMBOLS_FAMILY]]
    theme.register_fonts_later(app)
    assert sorted(registered) == sorted(SHIPPED) and len(app.fonts) == 2
    later = app.fonts[-1]
    theme.register_fonts_later(app)  # once
    assert len(app.fonts) == 2

    registered = _fake_font_files(monkeypatch, system)
    at_once = _App()
    assert theme.apply_theme(at_once, style_set=True, style_sheet=False) is False  # a screenshot, a dialog's test
    assert registered == list(SHIPPED)
    assert at_once.fonts == [later]
    assert later[len(system)] == "WenQuanYi Zen Hei" and later[-1] == theme.SYMBOLS_FAMILY
