"""The CLI contract of issue 4: report pledges / pledge-summary / inspection, inspections list [--json]."""

from __future__ import annotations

import json

import pytest

from dangjian_desktop.cli import main
from tests.conftest import pdf_text


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory, demo_copy):
    return demo_copy(tmp_path_factory.mktemp("cli") / "data")  # the session's demo store, copied


def _year(d, capsys):
    from dangjian_desktop.services.container import Services

    with Services.open(d, read_only=True) as s:
        return s.pledges.campaigns()[0].year


def test_report_pledges_and_summary(demo_dir, tmp_path, capsys):
    year = _year(demo_dir, capsys)
    out = tmp_path / "公示表.pdf"
    assert main(["--data-dir", str(demo_dir), "report", "pledges", "--year", str(year), "--out", str(out)]) == 0
    assert "党员承诺公示表" in pdf_text(out)
    out2 = tmp_path / "汇总.pdf"
    assert main(["--data-dir", str(demo_dir), "report", "pledge-summary", "--year", str(year),
                 "--out", str(out2)]) == 0
    assert "践诺评诺情况汇总" in pdf_text(out2)
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "report", "pledges", "--year", "1990", "--out", str(out)]) == 2
    assert "1990年还没有党员承诺记录" in capsys.readouterr().err


def test_inspections_list_and_report_by_prefix(demo_dir, tmp_path, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "inspections", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    # The demo holds two half-yearly inspections; the list is newest first.
    assert len(rows) == 2 and rows[0]["date"] > rows[1]["date"]
    assert rows[0]["failed"] == 2 and rows[0]["overdue_rectifications"] == 1
    assert main(["--data-dir", str(demo_dir), "inspections", "list"]) == 0
    line = capsys.readouterr().out
    assert rows[0]["uuid"][:8] in line and "88.2分" in line
    out = tmp_path / "检查.pdf"
    assert main(["--data-dir", str(demo_dir), "report", "inspection", "--id", rows[0]["uuid"][:6],
                 "--out", str(out)]) == 0
    assert "整改清单" in pdf_text(out)
    assert main(["--data-dir", str(demo_dir), "report", "inspection", "--id", rows[0]["uuid"],
                 "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "report", "inspection", "--id", "zzzzzz", "--out", str(out)]) == 2
    assert "找不到" in capsys.readouterr().err


def test_inspections_list_empty_store(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "inspections", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
