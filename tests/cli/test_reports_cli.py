"""`dangjian report ledger --year Y --out F.pdf` and `dangjian reminders [--json]`."""

from __future__ import annotations

import json

from dangjian_desktop import clock
from dangjian_desktop.cli import main
from tests.conftest import pdf_text


def test_reminders_and_ledger(data_dir, tmp_path, capsys):
    assert main(["--data-dir", str(data_dir), "reminders"]) == 0
    assert "没有需要处理的提醒" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "reminders", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert {"probation_ends", "term_ends"} <= {i["kind"] for i in items}
    assert all(i["record_uuid"] for i in items if i["kind"] == "probation_ends")
    assert main(["--data-dir", str(data_dir), "reminders"]) == 0
    out = capsys.readouterr().out
    assert "【近期】" in out and "预备期" in out
    year = clock.today().year
    pdf = tmp_path / "台账.pdf"
    assert main(["--data-dir", str(data_dir), "report", "ledger", "--year", str(year), "--out", str(pdf)]) == 0
    assert "党建工作台账" in pdf_text(pdf).replace(" ", "")


def test_ledger_errors_exit_2(data_dir, tmp_path, capsys):
    pdf = tmp_path / "x.pdf"
    assert main(["--data-dir", str(data_dir), "report", "ledger", "--year", "2026", "--out", str(pdf)]) == 2
    assert "设置" in capsys.readouterr().err
    main(["--data-dir", str(data_dir), "demo"])
    assert main(["--data-dir", str(data_dir), "report", "ledger", "--year", "1999", "--out", str(pdf)]) == 2
    assert "年度" in capsys.readouterr().err and not pdf.exists()
