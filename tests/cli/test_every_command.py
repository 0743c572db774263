"""Every `dangjian` command once on the full demo, as a secretary (or headquarters' script) would run it:
exit 0 with Chinese output; every report a PDF with its fonts embedded; user mistakes exit 2 with a Chinese
message on stderr and no traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dangjian_desktop import clock
from tests.cli import run_in as _run
from tests.conftest import demo_year, pdf_fonts, pdf_text

YEAR = demo_year()




def _first_id(capsys, demo_dir: Path, *listing: str, contains: str = "") -> str:  # noqa: ANN001
    code, out, _ = _run(capsys, demo_dir, *listing)
    assert code == 0
    return next(line.split()[0] for line in out.splitlines() if contains in line)


@pytest.mark.parametrize("document, extra, expect", [
    ("roster", [], "党员名册"),
    ("ledger", ["--year", str(YEAR)], "党建工作台账"),
    ("pledges", ["--year", str(YEAR)], "承诺"),
    ("pledge-summary", ["--year", str(YEAR)], "践诺"),
    ("inspection", ["--id", "<inspection>"], "活动室"),
    ("minutes", ["--meeting", "<meeting>"], "会议记录"),
    ("minutes-book", ["--year", str(YEAR)], "记录本"),
    ("signin", ["--meeting", "<meeting>"], "签到"),
])
def test_report_commands_write_a_pdf_with_embedded_fonts(capsys, demo_dir, tmp_path, document, extra, expect):  # noqa: ANN001
    ids = {"<meeting>": lambda: _first_id(capsys, demo_dir, "meetings", "list", contains="党员大会"),
           "<inspection>": lambda: _first_id(capsys, demo_dir, "inspections", "list")}
    args = [ids[a]() if a in ids else a for a in extra]
    out = tmp_path / f"{document}.pdf"
    code, stdout, err = _run(capsys, demo_dir, "report", document, *args, "--out", str(out))
    assert code == 0, err
    assert str(out) in stdout and out.stat().st_size > 1000
    fonts = pdf_fonts(out)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert expect in pdf_text(out).replace(" ", "").replace("\n", "")


@pytest.mark.parametrize("args, expected", [
    (["info"], [r"党支部: 示范能源公司检修分公司党支部", r"\n  党员: 30\n", r"\n  会议记录: \d+\n"]),
    (["reminders"], [r"【近期】预备党员\S+的预备期将于\d{4}年\d{2}月\d{2}日期满"]),  # the demo's 转正 next month
    (["compliance"], [rf"{clock.today().year}年 三会一课完成情况", r"\n支委会 +[●○缺待·] ", r"党小组会·第三党小组（机关）"]),
    (["compliance", "--json"], [r'"label": "支委会"', r'"period": "每月"']),
    (["meetings", "list"], [r"\n[0-9a-f]{8}  \d{4}-\d{2}-\d{2}  党员大会 +\S+ +实到\d+/应到\d+  (定稿|草稿)"]),
    (["inspections", "list"], [r"^[0-9a-f]{8}  \d{4}-\d{2}-\d{2}  党员活动室（办公楼三楼）  得分 [\d.]+分"]),
    (["branches"], [r"^党支部\t最近数据包\t在册党员\t会议（已开）"]),
    (["backups"], [r"还没有备份"]),
])
def test_read_commands_answer_in_chinese(capsys, demo_dir, args, expected):  # noqa: ANN001
    code, out, err = _run(capsys, demo_dir, *args)
    assert code == 0, err
    for pattern in expected:
        assert re.search(pattern, out), (pattern, out[:600])
    if args == ["info"]:
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", out)  # record counts named in Chinese, not by table


@pytest.mark.parametrize("args, words", [
    (["report", "minutes", "--meeting", "zzzz", "--out", "{tmp}/x.pdf"], "找不到"),
    (["report", "inspection", "--id", "nope", "--out", "{tmp}/x.pdf"], "找不到"),
    (["report", "ledger", "--year", "1800", "--out", "{tmp}/x.pdf"], "年度"),
    (["report", "minutes-book", "--year", "3000", "--out", "{tmp}/x.pdf"], "3000年"),
    (["report", "pledges", "--year", "1999", "--out", "{tmp}/x.pdf"], "1999年"),
    (["report", "roster", "--out", "{tmp}"], "文件夹"),
    (["compliance", "--year", "1900"], "年度"),
    (["verify", "{tmp}/none.djpkg"], "找不到"),
    (["export", "--out", "{tmp}/p.djpkg", "--password-file", "{tmp}/none.txt"], "找不到"),
    (["export", "--out", "{tmp}/p.djpkg"], "--password-file"),
    (["roster", "import", "{tmp}/none.xlsx"], "找不到"),
    (["restore", "{tmp}/none.zip"], "找不到"),
])
def test_user_mistakes_exit_2_with_a_chinese_message(capsys, demo_dir, tmp_path, args, words):  # noqa: ANN001
    code, out, err = _run(capsys, demo_dir, *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert code == 2, (out, err)
    assert err.startswith("错误：") and words in err and "Traceback" not in err + out
