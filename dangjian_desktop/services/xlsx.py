"""Writing tables to .xlsx with Chinese headers and sensible column widths (openpyxl, imported only here)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from dangjian_desktop.domain.errors import DomainError


def _display_width(value: object) -> int:
    text = value.isoformat() if isinstance(value, dt.date) else str(value if value is not None else "")
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text.split("\n")[0])


def write_table(
    path: Path,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    text_columns: set[str] | None = None,
    notes: Sequence[str] | None = None,
    choices: dict[str, list[str]] | None = None,
) -> Path:
    """Write one sheet: bold frozen header, auto width, dates as dates, long numbers as text. Atomic rename."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    text_columns = text_columns or set()
    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F2DCDB")
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for row in rows:
        ws.append(list(row))
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # user text, never a formula Excel would run
    widths = [_display_width(h) for h in headers]
    for row in rows:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], min(_display_width(v), 60))
    for i, h in enumerate(headers, start=1):
        letter = get_column_letter(i)
        ws.column_dimensions[letter].width = max(8, widths[i - 1] + 2)
        if h in text_columns:
            for cell in ws[letter][1:]:
                cell.number_format = "@"
            ws.column_dimensions[letter].number_format = "@"
        for cell in ws[letter][1:]:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    if choices:
        for h, options in choices.items():
            if h in headers:
                letter = get_column_letter(list(headers).index(h) + 1)
                dv = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
                ws.add_data_validation(dv)
                dv.add(f"{letter}2:{letter}2000")
    ws.freeze_panes = "A2"
    if notes:
        ns = wb.create_sheet("填写说明")
        ns.column_dimensions["A"].width = 90
        for n in notes:
            ns.append([n])
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        wb.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp.exists():
            tmp.unlink(missing_ok=True)
        raise DomainError(f"无法写入文件 {path}：{exc.strerror or exc}") from exc
    return path
