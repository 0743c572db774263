"""`dangjian development list --json` (the issue's keys, exactly), `dangjian report development --name NAME` and
`dangjian report development-list --year Y`, on the demo and on mistakes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dangjian_desktop import clock
from dangjian_desktop.cli import main
from dangjian_desktop.domain.development import add_months
from tests.cli import run_in as _run
from tests.conftest import pdf_fonts, pdf_text

KEYS = {"name", "stage", "last_step", "next_step", "due", "overdue"}




def test_list_json_has_exactly_the_contract_keys(capsys, demo_dir):  # noqa: ANN001
    code, out, err = _run(capsys, demo_dir, "development", "list", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows and all(set(r) == KEYS for r in rows)
    by_name = {r["name"]: r for r in rows}
    today = clock.today()
    # 孙浩宇 applied 47 days ago: the talk was due a month after, he is at step 1 of stage 1 and late
    late = by_name["孙浩宇"]
    assert (late["stage"], late["last_step"], late["next_step"], late["overdue"]) == (1, 1, 2, True)
    assert late["due"] == add_months(today - dt.timedelta(days=47), 1).isoformat()
    assert by_name["赵晓雯"]["overdue"] is False and by_name["赵晓雯"]["due"] > today.isoformat()
    assert (by_name["李卫华"]["stage"], by_name["李卫华"]["last_step"], by_name["李卫华"]["next_step"]) == (4, 16, 17)
    assert all(isinstance(r["stage"], int) and 1 <= r["stage"] <= 5 for r in rows)
    assert all(r["due"] is None or dt.date.fromisoformat(r["due"]) for r in rows)
    # the one already 正式党员 is listed only with --all
    code, out, _ = _run(capsys, demo_dir, "development", "list", "--json", "--all")
    everyone = json.loads(out)
    assert len(everyone) == len(rows) + 1 == 6
    [done] = [r for r in everyone if r["name"] not in by_name]
    assert (done["stage"], done["last_step"], done["next_step"], done["due"], done["overdue"]) == (5, 25, None, None,
                                                                                                   False)


def test_list_in_words(capsys, demo_dir):  # noqa: ANN001
    code, out, _ = _run(capsys, demo_dir, "development", "list")
    assert code == 0
    assert "孙浩宇\t入党申请人\t第1阶段 已到第1步\t下一步：第2步 党组织派人谈话，已逾期" in out


def test_the_record_sheet_and_the_yearly_list(capsys, demo_dir, tmp_path):  # noqa: ANN001
    out = tmp_path / "纪实表.pdf"
    code, stdout, err = _run(capsys, demo_dir, "report", "development", "--name", "李卫华", "--out", str(out))
    assert code == 0, err
    text = pdf_text(out).replace(" ", "").replace("\n", "")
    assert "发展党员全程纪实表" in text and "李卫华" in text and "上级党委审批" in text
    assert all(embedded for _n, embedded in pdf_fonts(out))
    year = clock.today().year
    out2 = tmp_path / "名册.pdf"
    code, _, err = _run(capsys, demo_dir, "report", "development-list", "--year", str(year), "--out", str(out2))
    assert code == 0, err
    text = pdf_text(out2).replace(" ", "").replace("\n", "")
    assert f"{year}年度发展党员工作名册" in text and "孙浩宇" in text and "入党积极分子（1名）" in text


def test_mistakes_exit_2_in_chinese(capsys, demo_dir, tmp_path):  # noqa: ANN001
    code, _, err = _run(capsys, demo_dir, "report", "development", "--name", "不存在", "--out", str(tmp_path / "a.pdf"))
    assert code == 2 and "没有名为“不存在”的发展党员记录" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(demo_dir), "report", "development", "--out", str(tmp_path / "b.pdf")])
    assert exc.value.code == 2  # --name is required
    assert not (tmp_path / "a.pdf").exists()
