"""Long cells in ruled tables. ReportLab cannot break a table row across pages reliably (``splitInRow`` repeats the
header row many times over), so a row whose text would be taller than a share of the page is cut, before layout,
into several rows: the long texts continue in the rows below, the short cells are left blank there."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle

from dangjian_desktop.reports.styles import Styles

PADDING = 8  # left + right padding of data_table cells


def text_height(styles: Styles, text: str, width: float, style: ParagraphStyle | None = None) -> float:
    return styles.p(text, style or styles.cell).wrap(width - PADDING, 1e6)[1]


def split_tall_rows(styles: Styles, rows: Sequence[Sequence[object]], widths: Sequence[float],
                    text_columns: Sequence[int], max_height: float) -> tuple[list[list[object]], list[int]]:
    """Rows with no cell taller than about ``max_height``: a tall text continues in the rows below (short cells stay
    in the first). Returns (rows, index of the source row for each row). A small ``max_height`` (a quarter page)
    lets the pieces fill each page."""
    out: list[list[object]] = []
    source: list[int] = []
    for i, row in enumerate(rows):
        heights = {c: text_height(styles, str(row[c] or ""), widths[c]) for c in text_columns}
        tall = {c: math.ceil(h / max_height) for c, h in heights.items() if h > max_height}
        if not tall:
            out.append(list(row))
            source.append(i)
            continue
        parts = max(tall.values())
        pieces = {c: _chunks(str(row[c] or ""), n) for c, n in tall.items()}
        for k in range(parts):
            new = list(row) if k == 0 else ["" for _ in row]
            for c, chunks in pieces.items():
                new[c] = chunks[k] if k < len(chunks) else ""
            out.append(new)
            source.append(i)
    return out, source


def _chunks(text: str, parts: int) -> list[str]:
    """``text`` cut into ``parts`` pieces of about equal length, at a line end or punctuation when one is near."""
    size = math.ceil(len(text) / parts) if text else 0
    out = []
    start = 0
    for k in range(parts):
        if k == parts - 1:
            out.append(text[start:])
            break
        end = min(len(text), start + size)
        for j in range(end, max(start + size // 2, start + 1), -1):
            if text[j - 1] in "\n。；！？，、":
                end = j
                break
        out.append(text[start:end])
        start = end
    return [p.strip("\n") for p in out] + [""] * (parts - len(out))
