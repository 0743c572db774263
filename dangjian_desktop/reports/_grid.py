"""Fixed-grid forms laid out and drawn without platypus ``Table``.

``GridForm`` is the few things of ``Table`` that the record book's header form and signature lines use: fixed
column widths, one paragraph (or an empty string) per cell, a cell merged across the rest of its row, uniform
padding and vertical alignment, cell backgrounds, a grid or lines under cells. It measures each row from its
paragraphs and draws with the same canvas calls, in the same order, as ``Table.draw`` does for the same table, so
the page content is the same byte for byte (tests/reports/test_book_fast_paths.py compares them). It never
splits itself: when it does not fit, ``split`` hands over to the equivalent ``Table`` (``make_table``), so a form
too tall for the room left breaks across pages exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable
from reportlab.platypus.tables import CellStyle


class GridForm(Flowable):

    def __init__(self, cells: Sequence[Sequence[object]], col_widths: Sequence[float], *,
                 make_table: Callable[[], Flowable], spans: Sequence[int] = (), row_heights: Sequence[float] | None = None,
                 padding: tuple[float, float, float, float] = (6, 6, 3, 3), valign: str = "BOTTOM",
                 backgrounds: Sequence[tuple[int, int, int, object]] = (),
                 lines: Sequence[tuple[str, int, int, int, float, object]] = ()):
        """``cells``: rows of flowables or strings; ``spans``: rows whose cell 1 is merged to the row's end;
        ``padding``: left, right, top, bottom; ``backgrounds``: (first column, last column, row, colour) in the
        order of the table's BACKGROUND commands; ``lines``: ("GRID" or "BOX", weight, colour) over the whole form or ("LINEBELOW", first
        column, last column, row, weight, colour) — the whole form's commands, in order; ``make_table``: the
        equivalent ``Table``, for splitting."""
        super().__init__()
        self.hAlign = "CENTER"  # as Table: Flowable.drawOn centres it in the frame by the same arithmetic
        self.cells = [list(r) for r in cells]
        self.make_table = make_table
        self.spans = frozenset(spans)
        self.fixed_heights = list(row_heights) if row_heights is not None else None
        self.padding = padding
        self.valign = valign
        self.backgrounds = list(backgrounds)
        self.lines = list(lines)
        self.col_widths = list(col_widths)
        x = 0
        self.colpos = [0]
        for w in col_widths:
            x = x + w
            self.colpos.append(x)
        self.width = x
        self._laid = False

    def _layout(self) -> None:
        left, right, top, bottom = self.padding
        cp = self.colpos
        last = cp[-1]
        canv = getattr(self, "canv", None)
        heights = []
        self.wrapped: dict[tuple[int, int], tuple[float, float]] = {}  # (row, column) -> (width offered, height)
        for r, row in enumerate(self.cells):
            h = 0
            for c, v in enumerate(row):
                if r in self.spans and c > 1:
                    continue
                if isinstance(v, Flowable):
                    w = max(last - cp[c], self.col_widths[c]) if r in self.spans and c == 1 else self.col_widths[c]
                    t = v.wrapOn(canv, w - left - right, 72000 - top - bottom)[1]
                    self.wrapped[r, c] = (w - left - right, t)
                else:
                    t = CellStyle.leading * len(str(v).split("\n"))  # the default cell style's, as Table
                t += bottom + top
                if t > h:
                    h = t
            heights.append(h)
        if self.fixed_heights is not None:
            heights = list(self.fixed_heights)
        self.row_heights = heights
        # row positions from the bottom, with Table's compensated sum
        pos = []
        height = comp = 0
        for h in reversed(heights):
            pos.append(height)
            y = h - comp
            t = height + y
            comp = (t - height) - y
            height = t
        pos.append(height)
        pos.reverse()
        self.rowpos = pos
        self.height = height
        self._laid = True

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if not self._laid:
            self._layout()
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list:
        if not self._laid:
            self._layout()
        if self.height <= avail_height:
            return [self]
        table = self.make_table()
        table.canv = getattr(self, "canv", None)
        parts = table.split(avail_width, avail_height)
        del table.canv
        return parts

    def draw(self) -> None:  # noqa: C901 - Table.draw's order, step by step
        canv = self.canv
        cp, rp, rh = self.colpos, self.rowpos, self.row_heights
        ncols = len(cp) - 1
        left, right, top, bottom = self.padding
        canv.saveState()
        nrows = len(rp) - 1
        spans = self.spans
        for c0, c1, r, color in self.backgrounds:  # Table._drawBkgrnd
            if c0 == c1 and spans and not (r in spans and c0 >= 2):  # a cell's own (span) rectangle
                x0, y0 = cp[c0], rp[r + 1]
                w, h = (cp[-1] if r in spans and c0 == 1 else cp[c0 + 1]) - x0, rp[r] - y0
            else:  # from its top left corner down
                x0, y0 = cp[c0], rp[r]
                w, h = cp[min(c1 + 1, ncols)] - x0, rp[min(r + 1, nrows)] - y0
            canv.setFillColor(color)
            canv.rect(x0, y0, w, h, stroke=0, fill=1)
        first = True
        valign = self.valign
        for r, row in enumerate(self.cells):  # Table._drawCell
            rowpos = rp[r + 1]
            rowheight = rp[r] - rowpos if spans else rh[r]  # Table: the span rectangle's, or the row's height
            for c, v in enumerate(row):
                if r in spans and c > 1:
                    continue
                colpos = cp[c]
                if spans:
                    colwidth = (cp[-1] if r in spans and c == 1 else cp[c + 1]) - colpos
                else:
                    colwidth = self.col_widths[c]
                if first:
                    canv.setFillColor(CellStyle.color)  # Table's default cell style, set before its first cell
                    canv.setFont(CellStyle.fontname, CellStyle.fontsize, CellStyle.leading)
                    first = False
                if isinstance(v, Flowable):
                    aw, h = self.wrapped[r, c]
                    if aw != colwidth - left - right:  # Table wraps the cell again at the width it draws it
                        h = v.wrapOn(canv, colwidth - left - right, rowheight - top - bottom)[1]
                    if valign == "TOP":
                        y = rowpos + rowheight - top
                    elif valign == "BOTTOM":
                        y = rowpos + bottom + h
                    else:
                        y = rowpos + (rowheight + bottom - top + h) / 2.0
                    sb = v.getSpaceBefore()
                    y += sb
                    y -= sb
                    y -= h
                    v.drawOn(canv, colpos + left, y)
                else:
                    vals = str(v).split("\n")
                    n = len(vals)
                    leading, size = CellStyle.leading, CellStyle.fontsize
                    if valign == "BOTTOM":
                        y = rowpos + bottom + n * leading - size
                    elif valign == "TOP":
                        y = rowpos + rowheight - top - size
                    else:
                        y = rowpos + (bottom + rowheight - top + n * leading) / 2.0 - size
                    for text in vals:
                        canv.drawString(colpos + left, y, text)
                        y -= leading
        self._draw_lines(canv)
        canv.restoreState()

    def _draw_lines(self, canv) -> None:  # noqa: ANN001 - Table._drawLines for GRID and LINEBELOW, cap and join 1
        canv.saveState()
        cp, rp = self.colpos, self.rowpos
        line = canv.line
        ccap = cjoin = None
        color_now = weight_now = None

        def prep(weight: float, color: object) -> None:
            nonlocal color_now, weight_now
            if color and color != color_now:
                canv.setStrokeColor(color)
                color_now = color
            if weight and weight != weight_now:
                canv.setLineWidth(weight)
                weight_now = weight

        # vertical lines stop at rows whose cell 1 spans the row (Table's _vBlocks), top to bottom
        blocks = sorted((rp[r + 1], rp[r]) for r in self.spans)
        for cmd in self.lines:
            if ccap != 1:
                canv.setLineCap(1)
                ccap = 1
            if cjoin != 1:
                canv.setLineJoin(1)
                cjoin = 1
            if cmd[0] in ("GRID", "BOX"):
                _op, weight, color = cmd
                nrows = len(rp) - 1
                prep(weight, color)
                for y in (rp[0], rp[nrows]):  # box: top, bottom
                    line(cp[0], y, cp[-1], y)
                prep(weight, color)
                line(cp[0], rp[nrows], cp[0], rp[0])
                prep(weight, color)
                line(cp[-1], rp[nrows], cp[-1], rp[0])
                if cmd[0] == "BOX":
                    continue
                prep(weight, color)
                for y in rp[1:nrows]:  # inner horizontal lines
                    line(cp[0], y, cp[-1], y)
                prep(weight, color)
                for x in cp[1:-1]:  # inner vertical lines, broken where a merged cell covers them
                    self._vline(line, x, rp[nrows], rp[0], blocks if x != cp[1] else ())
            else:
                _op, c0, c1, r, weight, color = cmd
                prep(weight, color)
                line(cp[c0], rp[r + 1], cp[c1 + 1], rp[r + 1])
        canv.restoreState()

    @staticmethod
    def _vline(line, x: float, y0: float, y1: float, blocks: Sequence[tuple[float, float]],  # noqa: ANN001
               fuzz: float = 1e-6) -> None:
        """tables._hLine for a vertical line at x from y0 up to y1, skipping ``blocks`` (sorted)."""
        if not blocks or y0 >= blocks[-1][1] - fuzz or y1 <= blocks[0][0] + fuzz:
            line(x, y0, x, y1)
            return
        s = y0
        for b0, b1 in blocks:
            if s >= y1 - fuzz:
                break
            if b1 <= s + fuzz or b0 >= y1 - fuzz:
                continue
            i0, i1 = max(s, b0), min(y1, b1)
            if i0 > s:
                line(x, s, x, i0)
            s = i1
        if s < y1 - fuzz:
            line(x, s, x, y1)
