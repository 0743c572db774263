"""The 年度 box of a page: its years filled again without the page reacting, the year shown kept."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def fill_years(combo: QComboBox, years: Iterable[int], default: int, suffix: str = "年") -> None:
    """``years`` as "2027年" (data: the year); the year shown before stays shown, else ``default`` (else the
    first). No ``currentIndexChanged`` is sent: the page reloads itself after."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for y in years:
            combo.addItem(f"{y}{suffix}", y)
        combo.setCurrentIndex(max(0, combo.findData(current or default)))
    finally:
        combo.blockSignals(False)
