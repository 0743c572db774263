"""The `dangjian` command: a contract with headquarters scripts (names, flags, exit codes, messages)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dangjian_desktop.cli import main
from dangjian_desktop.domain import idcard
from dangjian_desktop.services.roster import COLUMNS
from tests.conftest import pdf_text

REPO = Path(__file__).resolve().parents[1]
HEADERS = [h for h, _ in COLUMNS]


def _run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def _info(data_dir: Path, capsys) -> dict:
    capsys.readouterr()
    assert _run(data_dir, "info", "--json") == 0
    return json.loads(capsys.readouterr().out)


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        for r in rows:
            w.writerow([r.get(h, "") for h in HEADERS])
    return path


def test_info_json_on_empty_store(data_dir, capsys):
    info = _info(data_dir, capsys)
    assert info["data_dir"] == str(data_dir)
    assert info["schema_version"] == info["supported_schema_version"] >= 1
    assert info["mode"] == "branch" and info["branch"] is None
    assert info["counts"]["member"] == 0 and info["counts"]["branch"] == 0


def test_demo_then_info_counts(data_dir, capsys):
    assert _run(data_dir, "demo") == 0
    assert "演示数据" in capsys.readouterr().out
    info = _info(data_dir, capsys)
    assert info["counts"]["branch"] == 1
    assert info["counts"]["party_group"] == 3
    assert 25 <= info["counts"]["member"] <= 40
    assert info["branch"]
    # a second demo on a filled store is a user error, not a traceback
    assert _run(data_dir, "demo") == 2
    assert "不是空的" in capsys.readouterr().err


def test_info_text(data_dir, demo_copy, capsys):
    demo_copy(data_dir)  # the demo as a set-up (the `demo` command itself: test_demo_then_info_counts)
    capsys.readouterr()
    assert _run(data_dir, "info") == 0
    out = capsys.readouterr().out
    assert "数据文件夹" in out and "党员: " in out


def test_roster_import_good_and_bad_files(data_dir, demo_copy, tmp_path, capsys):
    demo_copy(data_dir)  # the demo as a set-up (the `demo` command itself: test_demo_then_info_counts)
    before = _info(data_dir, capsys)["counts"]
    good = _csv(tmp_path / "good.csv", [
        {"姓名": "新党员甲", "身份证号": idcard.make_valid("11010519850505123"), "党小组": "第一党小组（运维）"},
        {"姓名": "新党员乙", "出生日期": "1990-01-01"},
    ])
    bad = _csv(tmp_path / "bad.csv", [
        {"姓名": "正常人", "出生日期": "1991-01-01"},
        {"姓名": "日期错", "入党日期": "2020/13/1"},
        {"姓名": "证号错", "身份证号": "110105198505051230"},
        {"姓名": "小组错", "党小组": "不存在的小组"},
    ])
    capsys.readouterr()
    assert _run(data_dir, "roster", "import", str(bad)) == 2
    err = capsys.readouterr().err
    assert "没有保存任何数据" in err
    assert "第3行（日期错）" in err and "第4行（证号错）" in err and "第5行（小组错）" in err
    assert "第2行" not in err
    assert "Traceback" not in err
    assert _info(data_dir, capsys)["counts"] == before

    assert _run(data_dir, "roster", "import", str(good), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "新增 2 行" in out and "没有保存" in out
    assert _info(data_dir, capsys)["counts"] == before
    assert _run(data_dir, "roster", "import", str(good)) == 0
    assert "已保存：新增 2 名，更新 0 名" in capsys.readouterr().out
    assert _info(data_dir, capsys)["counts"]["member"] == before["member"] + 2
    # the same file again: recognised (by 身份证号, else 姓名 + 出生年月), nothing added twice
    assert _run(data_dir, "roster", "import", str(good), "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["row"], r["name"], r["action"], r["changes"], r["errors"]) for r in rows] == [
        (2, "新党员甲", "unchanged", [], []), (3, "新党员乙", "unchanged", [], [])]
    assert _info(data_dir, capsys)["counts"]["member"] == before["member"] + 2


def test_roster_import_missing_file_and_no_branch(data_dir, tmp_path, capsys):
    assert _run(data_dir, "roster", "import", str(tmp_path / "none.xlsx")) == 2
    f = _csv(tmp_path / "x.csv", [{"姓名": "张三"}])
    capsys.readouterr()
    assert _run(data_dir, "roster", "import", str(f)) == 2
    assert "党支部基本信息" in capsys.readouterr().err


def test_roster_export_and_template(data_dir, demo_copy, tmp_path, capsys):
    from openpyxl import load_workbook

    demo_copy(data_dir)  # the demo as a set-up (the `demo` command itself: test_demo_then_info_counts)
    out = tmp_path / "名册.xlsx"
    assert _run(data_dir, "roster", "export", str(out)) == 0
    ws = load_workbook(out).worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS
    assert len(rows) - 1 == _info(data_dir, capsys)["counts"]["member"]
    ids = [r[HEADERS.index("身份证号")] for r in rows[1:]]
    assert all(isinstance(i, str) and idcard.validate(i) is None for i in ids)  # full IDs, kept as text
    tpl = tmp_path / "模板.xlsx"
    assert _run(data_dir, "roster", "template", str(tpl)) == 0
    assert [c.value for c in load_workbook(tpl).worksheets[0][1]] == HEADERS


def test_report_roster_pdf(data_dir, demo_copy, tmp_path, capsys):
    from dangjian_desktop.services.container import Services

    demo_copy(data_dir)  # the demo as a set-up (the `demo` command itself: test_demo_then_info_counts)
    capsys.readouterr()
    out = tmp_path / "名册.pdf"
    assert _run(data_dir, "report", "roster", "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = pdf_text(out)
    with Services.open(data_dir) as s:
        members = s.roster.members()
    assert members[0].name in text and idcard.mask(members[0].id_number) in text
    assert members[0].id_number not in text
    assert _run(data_dir, "report", "roster", "--out", str(out), "--show-ids") == 0
    assert members[0].id_number in pdf_text(out)


def test_report_roster_without_branch_is_a_user_error(data_dir, tmp_path, capsys):
    assert _run(data_dir, "report", "roster", "--out", str(tmp_path / "x.pdf")) == 2
    assert "党支部" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_as_a_process(data_dir, tmp_path):
    bad = _csv(tmp_path / "bad.csv", [{"姓名": "证号错", "身份证号": "123"}])
    env_cmd = [sys.executable, "-m", "dangjian_desktop.cli", "--data-dir", str(data_dir)]
    r = subprocess.run([*env_cmd, "demo"], cwd=REPO, capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    r = subprocess.run([*env_cmd, "roster", "import", str(bad)], cwd=REPO, capture_output=True, text=True,
                       encoding="utf-8")
    assert r.returncode == 2
    assert "第2行（证号错）" in r.stderr and "Traceback" not in r.stderr
