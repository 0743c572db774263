"""The UI font's families: only those the system has, in the preferred order, the symbols font last."""

from __future__ import annotations

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
