"""Charts on paper (reportlab.graphics) from the same chart data 首页 paints: grouped bars with the required
number as a mark, and a progress bar. Every string uses the registered Chinese font (never Helvetica)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from dangjian_desktop.domain.charts import BarChart, Progress
from dangjian_desktop.reports.fonts import font_set

SERIES_COLORS = [colors.HexColor("#B22222"), colors.HexColor("#E0A458"), colors.HexColor("#7A8B99"),
                 colors.HexColor("#5B8C5A")]
REQUIRED_COLOR = colors.HexColor("#333333")


def _nice_max(v: float) -> float:
    if v <= 5:
        return 5
    for step in (2, 5, 10, 20, 50, 100, 200, 500):
        if v / step <= 8:
            return step * (int(v / step) + 1)
    return v * 1.1


def bar_drawing(chart: BarChart, width: float, height: float = 70 * mm) -> Drawing:
    fs = font_set()
    d = _drawing(width, height)
    n_series = len(chart.series)
    has_req = any(r is not None for r in chart.required)
    legend_h = 8 * mm if (n_series > 1 or has_req) else 0
    title_h = 7 * mm
    label_h = 12 * mm if max((len(c) for c in chart.categories), default=0) > 4 else 7 * mm
    bc = VerticalBarChart()
    bc.x, bc.y = 12 * mm, label_h + legend_h
    bc.width = width - bc.x - 4 * mm
    bc.height = height - bc.y - title_h - 2 * mm
    bc.data = [list(s.values) or [0] for s in chart.series] or [[0]]
    bc.categoryAxis.categoryNames = list(chart.categories) or [""]
    bc.categoryAxis.labels.fontName = fs.body
    bc.categoryAxis.labels.fontSize = 8
    bc.categoryAxis.labels.boxAnchor = "n"
    if label_h > 7 * mm:
        bc.categoryAxis.labels.angle = 20
        bc.categoryAxis.labels.boxAnchor = "ne"
    bc.valueAxis.labels.fontName = fs.body
    bc.valueAxis.labels.fontSize = 8
    bc.valueAxis.valueMin = 0
    top = _nice_max(chart.max_value)
    bc.valueAxis.valueMax = top
    bc.valueAxis.valueStep = max(1, top / 5) if top > 5 else 1
    bc.valueAxis.labelTextFormat = "%d"
    bc.barLabelFormat = "%d"
    bc.barLabels.fontName = fs.body
    bc.barLabels.fontSize = 7.5
    bc.barLabels.nudge = 5
    bc.groupSpacing = 8
    bc.barSpacing = 1
    for i in range(max(1, n_series)):
        bc.bars[i].fillColor = SERIES_COLORS[i % len(SERIES_COLORS)]
        bc.bars[i].strokeColor = None
    d.add(bc)
    d.add(String(width / 2, height - title_h + 1.5 * mm, chart.title + (f"（单位：{chart.unit}）" if chart.unit else ""),
                 fontName=fs.title, fontSize=10.5, textAnchor="middle"))
    if has_req and chart.categories:
        slot = bc.width / len(chart.categories)
        for i, req in enumerate(chart.required):
            if req is None:
                continue
            y = bc.y + bc.height * min(req, top) / top
            x0, x1 = bc.x + slot * i + 2, bc.x + slot * (i + 1) - 2
            # the value labels sit just above the bars: where one would be crossed, the line leaves a gap for it
            label_ys = [bc.y + bc.height * min(s.values[i], top) / top + bc.barLabels.nudge
                        for s in chart.series if i < len(s.values) and s.values[i] is not None]
            crossed = any(ly - 2 <= y <= ly + bc.barLabels.fontSize + 2 for ly in label_ys)
            pieces = [(x0, x0 + slot * 0.22), (x1 - slot * 0.22, x1)] if crossed else [(x0, x1)]
            for a, b in pieces:
                d.add(Line(a, y, b, y, strokeColor=REQUIRED_COLOR, strokeWidth=1.2, strokeDashArray=[3, 2]))
    if legend_h:
        lg = Legend()
        lg.fontName = fs.body
        lg.fontSize = 8
        lg.alignment = "right"
        lg.x, lg.y = 12 * mm, legend_h - 2 * mm
        lg.dx, lg.dy = 8, 8
        lg.columnMaximum = 1
        lg.deltax = 60
        pairs = [(SERIES_COLORS[i % len(SERIES_COLORS)], s.name) for i, s in enumerate(chart.series)]
        lg.colorNamePairs = pairs
        d.add(lg)
        if has_req:
            lx = 12 * mm + 62 * len(pairs) + 14
            ly = legend_h - 2 * mm
            d.add(Line(lx, ly, lx + 14, ly, strokeColor=REQUIRED_COLOR, strokeWidth=1.2, strokeDashArray=[3, 2]))
            d.add(String(lx + 18, ly - 3, "应达到", fontName=fs.body, fontSize=8))
    return d


def progress_drawing(p: Progress, width: float, height: float = 16 * mm) -> Drawing:
    fs = font_set()
    d = _drawing(width, height)
    label_w = 45 * mm
    bar_w = width - label_w - 40 * mm
    y = height / 2 - 3 * mm
    d.add(String(0, y + 1.5 * mm, p.title, fontName=fs.title, fontSize=10.5))
    d.add(Rect(label_w, y, bar_w, 6 * mm, fillColor=colors.HexColor("#EEEEEE"), strokeColor=colors.HexColor("#999999"),
               strokeWidth=0.5))
    if p.ratio > 0:
        d.add(Rect(label_w, y, bar_w * p.ratio, 6 * mm, fillColor=SERIES_COLORS[0], strokeColor=None))
    amount = f"{_fmt(p.done)}/{_fmt(p.total)}{p.unit}" if p.total > 0 else "无"
    d.add(String(label_w + bar_w + 3 * mm, y + 1.5 * mm, f"{p.percent_text}（{amount}）", fontName=fs.body,
                 fontSize=9.5))
    if p.note:
        d.add(String(label_w, y - 4 * mm, p.note, fontName=fs.body, fontSize=8, fillColor=colors.HexColor("#555555")))
    return d


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    d.initialFontName = font_set().body  # the renderer would otherwise start in Helvetica, never embedded
    d.initialFontSize = 9
    return d


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}"
