"""上级党委 summary PDF: house style, fonts embedded, long lists flow over pages with the header repeated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dangjian_desktop.domain.exchange import BranchOverview
from dangjian_desktop.features import HqFigure
from dangjian_desktop.reports.hq_summary import build_hq_summary_pdf
from tests.conftest import pdf_fonts, pdf_text

COLUMNS = [HqFigure("meetings_held", "会议（已开）"), HqFigure("meetings_required", "会议（应开）"),
           HqFigure("pledges", "党员承诺"), HqFigure("open_rectifications", "未完成整改"),
           HqFigure("last_election", "上次换届", shown_as="year_month")]


def _branches(n: int) -> list[BranchOverview]:
    out = []
    for i in range(n):
        name = f"示范能源公司第{i + 1}检修分公司党支部" + ("（含联合党支部：运维、检修、机关三个班组）" if i % 7 == 0 else "")
        out.append(BranchOverview(
            uuid=str(i), name=name, last_package_at=dt.datetime(2026, 11, 1, 8, i % 60) if i % 5 else None,
            members=10 + i, figures={"meetings_held": i if i % 2 else None,
                                     "meetings_required": 24 if i % 3 == 1 else None,
                                     "pledges": 3 * i if i % 2 else None,
                                     "open_rectifications": i % 4 if i % 2 else None,
                                     "last_election": 202112 if i % 2 else None}))
    return out


def test_summary_pdf(tmp_path: Path):
    from pypdf import PdfReader

    out = build_hq_summary_pdf(tmp_path / "s.pdf", "示范能源公司党委", 2026, _branches(60), COLUMNS,
                               as_of=dt.date(2026, 11, 24))
    text = pdf_text(out)
    assert "示范能源公司党委所属党支部工作情况汇总表" in text
    assert "共60个党支部" in text
    assert "尚未报送" in text
    # the 14th branch (i = 13): held 13 of 24, 39 pledges, 1 open rectification; the 10th (i = 9): no 应开
    cells = [c.strip() for c in text.splitlines()]

    def row_of(name: str) -> list[str]:  # the cells after the name and the package time: members, five figures
        i = next(k for k, c in enumerate(cells) if c.endswith(name))
        return cells[i + 2:i + 8]

    assert row_of("第14检修分公司党支部") == ["23", "13", "24", "39", "1", "2021年12月"]
    assert row_of("第10检修分公司党支部") == ["19", "9", "—", "27", "1", "2021年12月"]
    assert all(embedded for _, embedded in pdf_fonts(out))
    pages = PdfReader(str(out)).pages
    assert len(pages) >= 2
    assert "最近数据包" in (pages[1].extract_text() or "")  # header row repeated


def test_summary_pdf_without_branches(tmp_path: Path):
    out = build_hq_summary_pdf(tmp_path / "e.pdf", "示范能源公司党委", 2026, [], COLUMNS)
    assert "尚未导入任何党支部的数据包" in pdf_text(out)
