"""Writing tables to .xlsx (openpyxl, imported only here and only when used).

Every sheet the app writes: a safe sheet name, a bold frozen header row, real date cells (a date known only to
its month shows as 1985.03), numbers and percentages as numbers with formats, long digit strings (身份证号, phone)
as text, user text that starts with = + - @ kept as text, columns wide enough (身份证号 whole), and print settings:
A4, landscape when the table is wide, fitted to one page wide, the header row repeated on every page, page
numbers in the footer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dangjian_desktop import fileio
from dangjian_desktop.domain import dates
from dangjian_desktop.domain.errors import DomainError

DATE_FORMAT = "yyyy-mm-dd"
MONTH_FORMAT = "yyyy.mm"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
PERCENT_FORMAT = "0%"
MAX_SHEET_NAME = 31
LANDSCAPE_WIDTH = 95  # total column width (characters) above which a sheet prints landscape
_ID_HEADERS = ("身份证", "公民身份号码")


@dataclass(frozen=True)
class Formatted:
    """A number with its Excel number format (a percentage: ``Formatted(0.85, "0%")``)."""

    value: float
    number_format: str


def safe_sheet_name(name: str, fallback: str = "Sheet1") -> str:
    """A name Excel and LibreOffice accept: none of / \\ : [ ] ? *, no control characters, no apostrophe at
    either end, at most 31 characters, not the reserved "History"."""
    s = re.sub(r"[\\/:\[\]?*\x00-\x1f\x7f]", "_", str(name or ""))
    s = s.strip().strip("'").strip()
    s = s[:MAX_SHEET_NAME].rstrip("'").strip()
    if not s:
        s = fallback
    if s.lower() == "history":
        s += "_"
    return s


def _display_width(value: object) -> int:
    if isinstance(value, Formatted):
        value = f"{value.value:.1%}"
    text = value.isoformat() if isinstance(value, dt.date) else str(value if value is not None else "")
    return max((sum(2 if ord(ch) > 0x2E80 else 1 for ch in line) for line in text.split("\n")), default=0)


def write_table(
    path: Path,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    text_columns: set[str] | None = None,
    notes: Sequence[str] | None = None,
    choices: dict[str, list[str]] | None = None,
    print_title: str = "",
    label_column: bool = False,
) -> Path:
    """Write one sheet (plus a 填写说明 sheet when ``notes`` are given). Atomic rename into place.

    ``title`` becomes the sheet name (made safe); ``print_title`` is printed at the top of every page (default:
    the sheet name); ``label_column``: the first column holds row labels (bold, frozen with the header)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.page import PageMargins

    text_columns = text_columns or set()
    wb = Workbook()
    ws = wb.active
    ws.title = safe_sheet_name(title)
    ws.append([ILLEGAL_CHARACTERS_RE.sub("", str(h)) for h in headers])
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="F2DCDB")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    text_idx = {i for i, h in enumerate(headers) if h in text_columns}
    wrap = Alignment(vertical="top", wrap_text=True)
    for r, row in enumerate(rows, start=2):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(v, Formatted):
                cell.value = v.value
                cell.number_format = v.number_format
            elif isinstance(v, dt.datetime):
                cell.value = v
                cell.number_format = DATETIME_FORMAT
            elif isinstance(v, dt.date):
                cell.value = dates.plain(v)
                cell.number_format = MONTH_FORMAT if dates.is_month(v) else DATE_FORMAT
            elif isinstance(v, str):
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", v)
                cell.data_type = "s"  # user text, never a formula Excel would run (=, +, -, @ stay text)
                if c - 1 in text_idx:
                    cell.number_format = "@"
                if "\n" in v:
                    cell.alignment = wrap
            else:
                cell.value = v
            if label_column and c == 1:
                cell.font = bold
    widths = [_display_width(h) for h in headers]
    for row in rows:
        for i, v in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], min(_display_width(v), 60))
    for i, h in enumerate(headers):
        width = max(8, widths[i] + 2)
        if any(k in h for k in _ID_HEADERS):
            width = max(width, 21)  # 18 digits, never ###### or cut on paper
        widths[i] = width
        letter = get_column_letter(i + 1)
        ws.column_dimensions[letter].width = width
        if i in text_idx:
            ws.column_dimensions[letter].number_format = "@"
    if choices:
        for h, options in choices.items():
            if h in headers:
                letter = get_column_letter(list(headers).index(h) + 1)
                dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
                ws.add_data_validation(dv)
                dv.add(f"{letter}2:{letter}2000")
    ws.freeze_panes = "B2" if label_column else "A2"
    _print_settings(ws, sum(widths), print_title or ws.title, PageMargins)
    if notes:
        ns = wb.create_sheet("填写说明")
        ns.column_dimensions["A"].width = 100
        for n in notes:
            ns.append([n])
            ns.cell(row=ns.max_row, column=1).alignment = wrap
        _print_settings(ns, 100, "填写说明", PageMargins)
    return _save(wb, Path(path))


def _print_settings(ws, total_width: int, heading: str, page_margins) -> None:  # noqa: ANN001
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if total_width > LANDSCAPE_WIDTH else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = True
    ws.page_margins = page_margins(left=0.4, right=0.4, top=0.7, bottom=0.7, header=0.3, footer=0.3)
    ws.oddHeader.center.text = heading.replace("&", "&&")
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _save(wb, path: Path) -> Path:  # noqa: ANN001
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fileio.write_atomic(path, wb.save)
    except OSError as exc:
        raise DomainError(f"无法写入文件 {path}：{exc.strerror or exc}") from exc
    return path
