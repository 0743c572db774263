"""The 党费 CLI contract, exactly as scripts call it: `dues calc`, `dues status --json`, `report dues` and
`report dues-notice`; and the helpers around them (payments, receipt, bases import) with their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dangjian_desktop import clock
from dangjian_desktop.cli import main
from tests.cli import run
from tests.conftest import demo_year, pdf_fonts, pdf_text

FIXTURES = Path(__file__).parents[1] / "fixtures" / "dues"



@pytest.mark.parametrize("args, expected", [
    (["--base", "4500"], {"base": 4500.0, "rate": 0.01, "monthly": 45.0}),
    (["--base", "3000"], {"base": 3000.0, "rate": 0.005, "monthly": 15.0}),
    (["--base", "3000.01"], {"base": 3000.01, "rate": 0.01, "monthly": 30.0}),
    (["--base", "10000.01"], {"base": 10000.01, "rate": 0.02, "monthly": 200.0}),
    (["--base", "4500.50"], {"base": 4500.5, "rate": 0.01, "monthly": 45.01}),
    (["--base", "5000", "--retired"], {"base": 5000.0, "rate": 0.005, "monthly": 25.0}),
    (["--base", "5000.01", "--retired"], {"base": 5000.01, "rate": 0.01, "monthly": 50.0}),
])
def test_calc_json_contract(data_dir, capsys, args, expected):  # noqa: ANN001
    code, out, err = run(capsys, "--data-dir", str(data_dir), "dues", "calc", *args, "--json")
    assert code == 0, err
    assert json.loads(out) == expected


def test_calc_in_words_and_errors(data_dir, capsys):  # noqa: ANN001
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "dues", "calc", "--base", "8000")
    assert code == 0 and out.strip() == "在职党员：基数8000.00元，比例1.5%，每月交纳党费120.00元"
    for bad, why in (("-1", "负数"), ("四千", "不是数字"), ("1.001", "两位小数")):
        code, out, err = run(capsys, "--data-dir", str(data_dir), "dues", "calc", "--base", bad, "--json")
        assert code == 2 and why in err and out == "" and "Traceback" not in err
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(data_dir), "dues", "calc", "--json"])
    assert exc.value.code == 2


def test_calc_follows_the_rules_in_force(services, data_dir, capsys):  # noqa: ANN001
    from decimal import Decimal

    from dangjian_desktop.domain.dues import DuesRules, Tier

    services.dues.save_rules(DuesRules(employed=(Tier(Decimal("4000"), Decimal("0.005")),
                                                 Tier(None, Decimal("0.01")))))
    services.close()
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "dues", "calc", "--base", "4000", "--json")
    assert code == 0 and json.loads(out) == {"base": 4000.0, "rate": 0.005, "monthly": 20.0}



def test_status_json_contract(demo_dir, capsys):  # noqa: ANN001
    year = clock.today().year
    code, out, err = run(capsys, "--data-dir", str(demo_dir), "dues", "status", "--year", str(year), "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert rows and all(set(r) == {"name", "monthly", "paid_months", "unpaid_months", "paid_total", "due_total"}
                        for r in rows)
    for r in rows:
        assert set(r["paid_months"]).isdisjoint(r["unpaid_months"])
        assert all(1 <= m <= clock.today().month for m in r["unpaid_months"])
        assert isinstance(r["paid_total"], float) and isinstance(r["due_total"], float)
    # the demo's member four months behind (the run may begin last year in the first months of a year)
    assert any(len(r["unpaid_months"]) >= min(5, clock.today().month) for r in rows)
    assert any(r["monthly"] == 0.2 for r in rows)  # the student
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "dues", "status", "--year", str(year))
    assert code == 0 and f"{year}年度党费交纳情况" in out and "元/月" in out


def test_report_dues_and_notice(demo_dir, tmp_path, capsys):  # noqa: ANN001
    year = clock.today().year
    for key, words in (("dues", ["党费收缴登记表", "收缴人", "审核人", "党支部书记"]),
                       ("dues-notice", ["党费收缴情况公示", "公示期"]),
                       ("dues-remittance", ["党费上缴登记"])):
        out = tmp_path / f"{key}.pdf"
        code, stdout, err = run(capsys, "--data-dir", str(demo_dir), "report", key, "--year", str(year),
                                "--out", str(out))
        assert code == 0, err
        assert str(out) in stdout
        text = pdf_text(out).replace(" ", "").replace("\n", "")
        assert all(w in text for w in words), key
        assert all(embedded for _, embedded in pdf_fonts(out))
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "report", "dues", "--year", "1999",
                       "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "年度" in err


def test_payments_and_a_receipt(demo_dir, tmp_path, capsys):  # noqa: ANN001
    year = demo_year()  # on 1 January nothing of this year is paid yet
    code, out, _ = run(capsys, "--data-dir", str(demo_dir), "dues", "payments", "--year", str(year), "--json")
    payments = json.loads(out)
    proxy = next(p for p in payments if p["handed_by"])
    code, out, err = run(capsys, "--data-dir", str(demo_dir), "report", "dues-receipt", "--payment", proxy["id"][:8],
                         "--out", str(tmp_path / "收据.pdf"))
    assert code == 0, err
    text = pdf_text(tmp_path / "收据.pdf").replace(" ", "")
    assert "存根联" in text and "收据联" in text and proxy["receipt_no"] in text and f"代交（{proxy['handed_by']}）" in text
    code, _, err = run(capsys, "--data-dir", str(demo_dir), "report", "dues-receipt", "--payment", "zzzzzz",
                       "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "没有编号" in err


def test_import_bases(tmp_path, capsys):  # noqa: ANN001
    from dangjian_desktop.domain.roster import Branch, Member
    from dangjian_desktop.services.container import Services

    d = tmp_path / "d"
    with Services.open(d) as s:
        s.branch.save_profile(Branch(name="测试党支部"))
        for name, idn in (("张建国", ""), ("李秀英", ""), ("王芳", "130602199508200042"),
                          ("王芳", "110105198001011238"), ("陈磊", ""), ("赵强", "")):
            s.roster.save_member(Member(name=name, id_number=idn))
    year = str(clock.today().year)
    code, out, err = run(capsys, "--data-dir", str(d), "dues", "import-bases", str(FIXTURES / "bases_bad.xlsx"),
                         "--year", year)
    assert code == 2 and "没有保存任何数据" in err and "交纳基数（E4）“四千五”不是数字" in out
    code, out, _ = run(capsys, "--data-dir", str(d), "dues", "import-bases", str(FIXTURES / "bases.xlsx"),
                       "--year", year, "--dry-run", "--json")
    assert code == 0 and {r["action"] for r in json.loads(out)} == {"new"}
    code, out, _ = run(capsys, "--data-dir", str(d), "dues", "import-bases", str(FIXTURES / "bases.xlsx"),
                       "--year", year)
    assert code == 0 and "已保存" in out and "6 名" in out
    code, out, _ = run(capsys, "--data-dir", str(d), "dues", "status", "--year", year, "--json")
    assert sorted(r["monthly"] for r in json.loads(out)) == [0.2, 0.5, 15.0, 45.0, 50.0, 200.0]
