"""The whole year's 会议记录 as separate PDFs, printed as one job (issue 21)."""

from __future__ import annotations

import pytest

from dangjian_desktop.domain.errors import ValidationError
from tests.conftest import demo_year, pdf_text


def test_each_final_record_of_the_year_is_its_own_pdf_in_date_order(demo_services, tmp_path):
    meetings = demo_services.meetings
    year = demo_year()
    final, drafts = meetings.year_records(year)
    paths = meetings.year_minutes_pdfs(year, tmp_path / "out")
    assert len(paths) == len(final) >= 10
    records = [meetings.get(u) for u in final]
    assert [r.date for r in records] == sorted(r.date for r in records)
    for path, record in ((paths[0], records[0]), (paths[-1], records[-1])):
        text = "".join(pdf_text(path).split())  # a long title wraps: compare without line breaks and spaces
        assert "".join(record.display_title.split()) in text and f"{record.date.year}年{record.date.month}月{record.date.day}日" in text
    assert paths[0].name.startswith("001_") and paths[-1].name.startswith(f"{len(paths):03d}_")


def test_a_year_without_final_records_is_refused(demo_services, tmp_path):
    with pytest.raises(ValidationError, match="还没有会议记录定稿"):
        demo_services.meetings.year_minutes_pdfs(demo_year() - 30, tmp_path)
