"""Every .xlsx the app writes: safe sheet names, real dates and numbers, and — checked by LibreOffice itself —
opens, prints on A4 one page wide with the header row on every page."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from dangjian_desktop.domain.dates import MonthDate
from dangjian_desktop.services import xlsx

A4 = (595, 842)


@pytest.mark.parametrize(("name", "expected"), [
    ("2027年度党员承诺", "2027年度党员承诺"),
    ("承诺/践诺: [试点]?*\\", "承诺_践诺_ _试点____"),
    ("'引号'", "引号"),
    ("", "Sheet1"),
    ("History", "History_"),
    ("很长的名字" * 10, ("很长的名字" * 10)[:31]),
])
def test_safe_sheet_names(name, expected):
    assert xlsx.safe_sheet_name(name) == expected
    assert len(xlsx.safe_sheet_name(name)) <= 31


def test_values_keep_their_kind(tmp_path):
    out = xlsx.write_table(tmp_path / "t.xlsx", "t", ["日期", "出生年月", "出勤率", "得分", "备注", "身份证号"],
                           [[dt.date(2026, 3, 5), MonthDate(1985, 3), xlsx.Formatted(0.85, "0%"),
                             xlsx.Formatted(92.5, '0.0"分"'), "=1+1", "11010519850312123X"]],
                           text_columns={"身份证号"})
    ws = openpyxl.load_workbook(out).active
    a, b, c, d, e, f = ws[2]
    assert a.value == dt.datetime(2026, 3, 5) and a.number_format == "yyyy-mm-dd"
    assert b.value == dt.datetime(1985, 3, 1) and b.number_format == "yyyy.mm"
    assert c.value == 0.85 and c.number_format == "0%"
    assert d.value == 92.5
    assert e.value == "=1+1" and e.data_type == "s"  # user text is never a formula
    assert f.number_format == "@" and ws.column_dimensions["F"].width >= 21
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$1:$1"


def _libreoffice_pdfs(xlsx_paths: list[Path], tmp_path: Path) -> dict[Path, Path]:
    """Each workbook printed to PDF by LibreOffice, all in one start of it (a start with a fresh profile takes
    seconds; converting one more file, a fraction of one)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed (scripts/system-deps.sh --test installs libreoffice-calc-nogui)"
    assert len({p.stem for p in xlsx_paths}) == len(xlsx_paths)  # one output folder: the names must differ
    out = tmp_path / "pdf"
    # The machine may have no Chinese font at all (CI's does not): LibreOffice then prints every Chinese character
    # as the same missing glyph. Its fontconfig also sees the fonts the app ships, as an office PC's Calc sees SimSun.
    fonts = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    f'<dir>{fonts}</dir><cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>', encoding="utf-8")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), *map(str, xlsx_paths)], check=True,
                   capture_output=True, timeout=240, env={**os.environ, "FONTCONFIG_FILE": str(conf)})
    return {p: out / (p.stem + ".pdf") for p in xlsx_paths}


def _check_printout(pdf_path: Path, last_header: str, max_pages: int) -> int:
    from pypdf import PdfReader

    reader = PdfReader(str(pdf_path))
    pages = reader.pages
    assert 1 <= len(pages) <= max_pages
    for page in pages:
        size = sorted((round(float(page.mediabox.width)), round(float(page.mediabox.height))))
        assert size == list(A4), size
        # one page wide: the last column's header is on every page (the header row repeats)
        assert last_header in (page.extract_text() or "")
    return len(pages)


@pytest.mark.slow
def test_exports_open_in_libreoffice_and_print_a4_one_page_wide(demo_services, tmp_path):
    from dangjian_desktop.services.pledges_demo import demo_campaign_year
    from dangjian_desktop import clock

    roster = tmp_path / "名册.xlsx"
    demo_services.roster.export_xlsx(roster)
    ws = openpyxl.load_workbook(roster).active
    assert ws.page_setup.orientation == "landscape"

    year = demo_campaign_year(clock.today())
    campaign = demo_services.pledges.require_campaign_for_year(year)
    hostile = demo_services.pledges.create_campaign(year, "承诺/践诺: [试点]?*\\专项")
    pledges = tmp_path / "承诺.xlsx"
    demo_services.pledges.export_xlsx(campaign.uuid, pledges)
    demo_services.pledges.export_xlsx(hostile.uuid, tmp_path / "hostile.xlsx")  # was a raw ValueError
    assert openpyxl.load_workbook(tmp_path / "hostile.xlsx").sheetnames == ["承诺_践诺_ _试点____专项"]
    headers = [c.value for c in openpyxl.load_workbook(pledges).active[1]]

    pdfs = _libreoffice_pdfs([roster, pledges, tmp_path / "hostile.xlsx"], tmp_path)
    assert _check_printout(pdfs[roster], "备注", 3) <= 3  # 30 members: was 4 pages across
    _check_printout(pdfs[pledges], headers[-1], 20)
    _check_printout(pdfs[tmp_path / "hostile.xlsx"], headers[-1], 1)
