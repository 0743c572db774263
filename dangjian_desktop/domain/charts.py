"""Chart data shared by 首页 (painted with QPainter) and the printed ledger (reportlab.graphics).

Plain numbers only: a feature's service says *what* to draw; ui/widgets/charts.py and reports/charts.py say how.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Series:
    """One row of bars, e.g. “已开” per meeting type."""

    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class BarChart:
    """Grouped bars per category; ``required`` (one per category, None = no rule) is drawn as a target mark."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    required: tuple[float | None, ...] = ()
    unit: str = ""
    note: str = ""
    key: str = ""

    def rows(self) -> tuple[list[str], list[list[object]]]:
        """The same numbers as a table (headers, rows): what 导出Excel and the ledger print next to the chart."""
        headers = ["项目", *(s.name for s in self.series)]
        has_req = any(r is not None for r in self.required)
        if has_req:
            headers.append("应达到")
        out: list[list[object]] = []
        for i, cat in enumerate(self.categories):
            row: list[object] = [cat, *(_num(s.values[i]) for s in self.series)]
            if has_req:
                req = self.required[i] if i < len(self.required) else None
                row.append("" if req is None else _num(req))
            out.append(row)
        return headers, out

    @property
    def max_value(self) -> float:
        vals = [v for s in self.series for v in s.values] + [r for r in self.required if r is not None]
        return max(vals, default=0.0)


@dataclass(frozen=True)
class Progress:
    """A share of a whole: e.g. attendance 92%, pledges evaluated 18 of 27."""

    title: str
    done: float
    total: float
    unit: str = ""
    note: str = ""
    key: str = ""

    @property
    def ratio(self) -> float:
        if self.total <= 0:
            return 0.0
        return max(0.0, min(1.0, self.done / self.total))

    @property
    def percent_text(self) -> str:
        return f"{self.ratio * 100:.0f}%" if self.total > 0 else "—"

    def rows(self) -> tuple[list[str], list[list[object]]]:
        return ["项目", "完成", "总数", "比例"], [[self.title, _num(self.done), _num(self.total), self.percent_text]]


Chart = BarChart | Progress


def _num(v: float) -> int | float:
    return int(v) if float(v).is_integer() else round(float(v), 1)
