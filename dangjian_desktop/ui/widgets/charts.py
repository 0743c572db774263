"""Charts painted with QPainter (QtCharts is not shipped): grouped bars with the required number as a dashed
mark, and a donut for a share of a whole. They draw the same chart data the printed ledger uses."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from dangjian_desktop.domain.charts import BarChart, Chart, Progress
from dangjian_desktop.ui.theme import PARTY_RED

SERIES_COLORS = [QColor(PARTY_RED), QColor("#E0A458"), QColor("#7A8B99"), QColor("#5B8C5A")]
TEXT = QColor("#333333")
MUTED = QColor("#777777")
GRID = QColor("#E6E0DD")
TRACK = QColor("#EEEAE8")


def _axis(v: float) -> tuple[float, float]:
    """(top, step) of a value axis with whole-number ticks and at most five steps."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        top = step * max(1, -(-v // step))
        if top / step <= 5:
            return float(top), float(step)
    return float(v), float(v) / 5


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"


class _ChartBase(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(220)
        self.painted = 0  # counts paints; tests check a chart was really drawn

    def _title_font(self) -> QFont:
        f = QFont(self.font())
        f.setBold(True)
        return f

    def _begin(self) -> QPainter:
        """A painter on a white chart, smoothed, with the title's font set (the caller ends it)."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        p.setFont(self._title_font())
        return p

    def _small_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(8.0, f.pointSizeF() * 0.85))
        return f


class BarChartWidget(_ChartBase):
    """Grouped vertical bars, value on top of each bar, dashed line at what the rules require."""

    def __init__(self, chart: BarChart, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart
        self.setAccessibleName(chart.title)
        headers, rows = chart.rows()
        self.setToolTip("\n".join("，".join(f"{h}：{v}" for h, v in zip(headers, r, strict=False)) for r in rows))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(max(320, 90 * len(self.chart.categories)), 260)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        c = self.chart
        p = self._begin()
        w, h = self.width(), self.height()
        tfm = QFontMetrics(p.font())
        title = c.title + (f"（{c.unit}）" if c.unit else "")
        p.setPen(TEXT)
        p.drawText(QRectF(0, 4, w, tfm.height()), Qt.AlignmentFlag.AlignHCenter, title)
        small = self._small_font()
        p.setFont(small)
        fm = QFontMetrics(small)
        has_req = any(r is not None for r in c.required)
        legend_items = [(SERIES_COLORS[i % len(SERIES_COLORS)], s.name) for i, s in enumerate(c.series)]
        show_legend = len(c.series) > 1 or has_req
        top = 8 + tfm.height() + (fm.height() + 6 if show_legend else 0) + fm.height()
        bottom = h - fm.height() * 2 - 8
        left, right = 34, w - 10
        if show_legend:
            x = left
            y = 8 + tfm.height() + 2
            for color, name in legend_items:
                p.fillRect(QRectF(x, y + 3, 12, fm.height() - 6), color)
                p.setPen(TEXT)
                p.drawText(QPointF(x + 16, y + fm.ascent()), name)
                x += 16 + fm.horizontalAdvance(name) + 16
            if has_req:
                p.setPen(QPen(TEXT, 1.5, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 18, y + fm.height() / 2))
                p.setPen(TEXT)
                p.drawText(QPointF(x + 22, y + fm.ascent()), "应达到")
        top_value, step = _axis(c.max_value)
        plot_h = max(10, bottom - top)

        def y_of(v: float) -> float:
            return bottom - plot_h * (v / top_value if top_value else 0)

        # grid and value axis
        for i in range(int(round(top_value / step)) + 1):
            v = step * i
            y = y_of(v)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(left, y), QPointF(right, y))
            p.setPen(MUTED)
            p.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _fmt(v))
        n = max(1, len(c.categories))
        slot = (right - left) / n
        k = max(1, len(c.series))
        bar_w = min(36.0, slot * 0.7 / k)
        for i, cat in enumerate(c.categories):
            x0 = left + slot * i + (slot - bar_w * k) / 2
            req = c.required[i] if i < len(c.required) else None
            if req is not None:  # the target first, so the value labels stay readable on top of it
                p.setPen(QPen(TEXT, 1.5, Qt.PenStyle.DashLine))
                y = y_of(min(req, top_value))
                p.drawLine(QPointF(left + slot * i + 6, y), QPointF(left + slot * (i + 1) - 6, y))
            for j, s in enumerate(c.series):
                v = s.values[i] if i < len(s.values) else 0
                rect = QRectF(x0 + j * bar_w, y_of(v), bar_w - 2, bottom - y_of(v))
                p.fillRect(rect, SERIES_COLORS[j % len(SERIES_COLORS)])
                text = _fmt(v)
                tw = fm.horizontalAdvance(text) + 4
                label_rect = QRectF(rect.center().x() - tw / 2, rect.y() - fm.height(), tw, fm.height())
                p.fillRect(label_rect, QColor("white"))
                p.setPen(TEXT)
                p.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, text)
            p.setPen(TEXT)
            p.drawText(QRectF(left + slot * i + 1, bottom + 4, slot - 2, fm.height() * 2 + 4),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere, cat)
        p.setPen(QPen(MUTED, 1))
        p.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        p.end()
        self.painted += 1


class DonutWidget(_ChartBase):
    """A share of a whole as a ring, percent in the middle, the counts underneath."""

    def __init__(self, progress: Progress, parent: QWidget | None = None):
        super().__init__(parent)
        self.progress = progress
        self.setAccessibleName(progress.title)
        self.setToolTip(f"{progress.title}：{progress.percent_text}（{_fmt(progress.done)}/{_fmt(progress.total)}"
                        f"{progress.unit}）{progress.note}")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(220, 260)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        pr = self.progress
        p = self._begin()
        w, h = self.width(), self.height()
        tfm = QFontMetrics(p.font())
        p.setPen(TEXT)
        p.drawText(QRectF(0, 4, w, tfm.height()), Qt.AlignmentFlag.AlignHCenter, pr.title)
        small = self._small_font()
        fm = QFontMetrics(small)
        top = 10 + tfm.height()
        bottom = h - fm.height() * 2 - 8
        d = max(20, min(w - 20, bottom - top))
        ring = QRectF((w - d) / 2, top + (bottom - top - d) / 2, d, d)
        thick = max(8.0, d * 0.14)
        inner = ring.adjusted(thick / 2, thick / 2, -thick / 2, -thick / 2)
        p.setPen(QPen(TRACK, thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawArc(inner, 0, 360 * 16)
        if pr.ratio > 0:
            p.setPen(QPen(QColor(PARTY_RED), thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawArc(inner, 90 * 16, -int(360 * 16 * pr.ratio))
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.6)
        big.setBold(True)
        p.setFont(big)
        p.setPen(TEXT)
        p.drawText(ring, Qt.AlignmentFlag.AlignCenter, pr.percent_text)
        p.setFont(small)
        p.setPen(MUTED)
        amount = f"{_fmt(pr.done)} / {_fmt(pr.total)} {pr.unit}".strip() if pr.total > 0 else "暂无数据"
        p.drawText(QRectF(0, bottom + 4, w, fm.height()), Qt.AlignmentFlag.AlignHCenter, amount)
        if pr.note:
            p.drawText(QRectF(0, bottom + 4 + fm.height(), w, fm.height()), Qt.AlignmentFlag.AlignHCenter,
                       fm.elidedText(pr.note, Qt.TextElideMode.ElideRight, w - 4))
        p.end()
        self.painted += 1


def chart_widget(chart: Chart, parent: QWidget | None = None) -> QWidget:
    if isinstance(chart, BarChart):
        return BarChartWidget(chart, parent)
    return DonutWidget(chart, parent)
