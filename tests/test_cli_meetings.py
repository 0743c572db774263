"""The CLI contract: meetings list, compliance, report minutes / minutes-book / signin."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dangjian_desktop import clock
from dangjian_desktop.cli import main
from tests.conftest import demo_year, gap_year, pdf_text


@pytest.fixture
def demo_dir(data_dir: Path, demo_copy) -> Path:  # noqa: ANN001
    return demo_copy(data_dir)  # the session's demo store, copied (tests/conftest.py)


def _json(capsys, argv: list[str]):  # noqa: ANN001, ANN202
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_meetings_list_filters(demo_dir: Path, capsys):  # noqa: ANN001
    year = clock.today().year
    d = ["--data-dir", str(demo_dir)]
    everything = _json(capsys, [*d, "meetings", "list", "--json"])
    # the demo covers the twelve months up to today and plans a few weeks ahead: on 31 December some of it falls in
    # the next calendar year. Each year's list holds exactly that year's meetings, and together they are all.
    by_year = {y: _json(capsys, [*d, "meetings", "list", "--year", str(y), "--json"])
               for y in (year - 1, year, year + 1)}
    lectures = _json(capsys, [*d, "meetings", "list", "--type", "党课", "--json"])
    assert by_year[year] and sum(len(rows) for rows in by_year.values()) == len(everything)
    assert sorted(r["id"] for rows in by_year.values() for r in rows) == sorted(r["id"] for r in everything)
    for y, rows in by_year.items():
        assert all(r["date"].startswith(str(y)) for r in rows)
    assert lectures and all("党课" in r["types"] for r in lectures)
    assert any(len(r["types"]) == 2 for r in lectures)  # 主题党日 with a 党课 counts as both
    capsys.readouterr()
    assert main([*d, "meetings", "list", "--year", str(year)]) == 0
    assert "共" in capsys.readouterr().out


def test_compliance_json_and_text(demo_dir: Path, capsys):  # noqa: ANN001
    year = gap_year()
    d = ["--data-dir", str(demo_dir)]
    data = _json(capsys, [*d, "compliance", "--year", str(year), "--json"])
    assert data["year"] == year and data["missing"] >= 3
    labels = [r["label"] for r in data["rows"]]
    assert "支委会" in labels and "书记讲党课" in labels and sum(x.startswith("党小组会·") for x in labels) == 3
    assert all(len(r["months"]) == 12 for r in data["rows"])
    capsys.readouterr()
    assert main([*d, "compliance", "--year", str(year)]) == 0
    out = capsys.readouterr().out
    assert "缺：" in out and "图例" in out


def test_reports_by_id_prefix(demo_dir: Path, tmp_path: Path, capsys):  # noqa: ANN001
    d = ["--data-dir", str(demo_dir)]
    rows = _json(capsys, [*d, "meetings", "list", "--json"])
    held = next(r for r in rows if r["date"] <= clock.today().isoformat() and r["status"] == "定稿")
    planned = next(r for r in rows if r["date"] > clock.today().isoformat())
    assert main([*d, "report", "minutes", "--meeting", held["id"][:8], "--out", str(tmp_path / "m.pdf")]) == 0
    assert held["title"].replace(" ", "") in pdf_text(tmp_path / "m.pdf").replace(" ", "").replace("\n", "")
    assert main([*d, "report", "signin", "--meeting", planned["id"], "--out", str(tmp_path / "s.pdf")]) == 0
    assert "签" in pdf_text(tmp_path / "s.pdf")
    year = str(demo_year())
    assert main([*d, "report", "minutes-book", "--year", year, "--out", str(tmp_path / "b.pdf")]) == 0
    assert "三会一课记录本" in pdf_text(tmp_path / "b.pdf")


def test_user_errors_exit_2(demo_dir: Path, tmp_path: Path, capsys):  # noqa: ANN001
    d = ["--data-dir", str(demo_dir)]
    capsys.readouterr()
    assert main([*d, "report", "minutes", "--meeting", "nonexistent", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "找不到" in capsys.readouterr().err
    assert main([*d, "report", "minutes-book", "--year", "1990", "--out", str(tmp_path / "y.pdf")]) == 2
    assert "还没有会议记录" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main([*d, "meetings", "list", "--type", "不存在"])
    assert exc.value.code == 2
