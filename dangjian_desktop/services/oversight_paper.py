"""The oversight on paper and in Excel: the 汇总表 PDF and the same matrix as .xlsx (real numbers: held and
required in columns of their own), both from :mod:`domain.oversight_matrix`, as the window shows it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock, features
from dangjian_desktop.domain.oversight import BranchOverview, Tally, needing_attention, span_label
from dangjian_desktop.domain.oversight_matrix import Column, Figure, columns, totals, value

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services


def declared_figures() -> list[Figure]:
    """The record kinds' headquarters figures that can ask for a call (``HqFigure.attention``): the matrix
    shows them beside the meetings."""
    return [Figure(c.key, c.label) for c in features.hq_columns() if getattr(c, "attention", "")]


def matrix(rows: list[BranchOverview]) -> list[Column]:
    return columns(rows, declared_figures())


def summary_pdf(services: Services, out: Path | str, year: int | None = None, *, quarter: int | None = None,
                month: int | None = None) -> Path:
    from dangjian_desktop.reports.oversight import build_summary_pdf

    today = clock.today()
    year = year or today.year
    rows = services.oversight.overview(year, today, quarter=quarter, month=month)
    return build_summary_pdf(out, services.branch.hq_name(), year, rows, matrix(rows), needing_attention(rows), today,
                             span=span_label(quarter, month), reported=reported_figures(services, rows, year))


def reported_figures(services: Services, rows: list[BranchOverview], year: int) -> list[tuple[str, list[str]]]:
    """Every figure the record kinds declare (but the meetings'), per branch as the 数据交换 table shows it (the
    package's own figure, or counted from the imported rows where the declaration says how), in ``rows`` order."""
    held = {b.uuid: b.figures for b in services.exchange.overview(year)}
    # the meetings are the matrix itself, counted per kind: their package totals would be a second count
    matrix_keys = {c.key for c in features.feature("meetings").hq_columns}

    def text(c, r: BranchOverview) -> str:  # noqa: ANN001
        value = held.get(r.uuid, {}).get(c.key)
        if value is None and c.key in r.figures:  # the package says it: nothing of the kind yet (no 生活会 held)
            return "无"
        return c.text(value)

    return [(c.label, [text(c, r) for r in rows]) for c in features.hq_columns() if c.key not in matrix_keys]


def xlsx_rows(rows: list[BranchOverview], cols: list[Column]) -> tuple[list[str], list[list[object]]]:
    """Headers and rows of the spreadsheet: a held/required column becomes two number columns ("支委会\n已开",
    "支委会\n应开"); the last row holds the totals; the reasons are the last column."""
    headers = ["党支部", "最近数据包"]
    for c in cols:
        # two short lines per header: the sheet is printed one page wide, so narrow columns print larger
        headers += [f"{c.label}\n已开" if c.key.startswith("m:") else f"{c.label}\n（人）",
                    f"{c.label}\n应开" if c.key.startswith("m:") else "应承诺\n（人）"] if c.kind == "tally" else [c.label]
    headers.append("需要关注的事项")

    def cells(get) -> list[object]:  # noqa: ANN001
        out: list[object] = []
        for c in cols:
            v = get(c)
            if c.kind == "tally":
                out += [v.held, v.required] if isinstance(v, Tally) else [None, None]
            elif c.kind == "date":
                out.append(v if isinstance(v, dt.date) else None)
            else:
                out.append(v)
        return out

    # one reason a line: the cell wraps and the column is as wide as the longest reason
    body = [[r.name, r.last_package, *cells(lambda c, r=r: value(r, c)), "\n".join(r.attention)] for r in rows]
    tot = totals(rows, cols)
    body.append(["合计", None, *cells(lambda c: tot[c.key]), ""])
    return headers, body


def summary_xlsx(services: Services, out: Path | str, year: int | None = None, *, quarter: int | None = None,
                 month: int | None = None) -> Path:
    from dangjian_desktop.services import xlsx

    today = clock.today()
    year = year or today.year
    rows = services.oversight.overview(year, today, quarter=quarter, month=month)
    headers, body = xlsx_rows(rows, matrix(rows))
    span = span_label(quarter, month)
    title = f"{year}年{'' if span == '全年' else span}党支部工作情况汇总"
    return xlsx.write_table(Path(out), title, headers, body, print_title=f"{services.branch.hq_name()}{title}",
                            label_column=True)
