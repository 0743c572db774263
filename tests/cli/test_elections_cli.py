"""The CLI contract of issue 20: `election check … --json`, `study-hours --year Y --json` and the reports
`first-topic`, `study-hours`, `election --meeting ID`."""

from __future__ import annotations

import json

import pytest

from dangjian_desktop import clock
from dangjian_desktop.cli import main
from dangjian_desktop.services.container import Services
from tests.conftest import demo_year, pdf_text
from tests.elections_helpers import held_election, small_branch


def _check(data_dir, capsys, *args: str) -> tuple[int, dict]:  # noqa: ANN001
    code = main(["--data-dir", str(data_dir), "election", "check", *args, "--json"])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if out.out.strip() else {"err": out.err})


def test_election_check_json(data_dir, capsys):
    code, data = _check(data_dir, capsys, "--seats", "5", "--candidates", "6", "--voters-due", "25", "--present", "21")
    assert code == 0 and data["valid"] is True and data["failed"] == []
    assert {c["rule"] for c in data["checks"]} == {"margin", "quorum"} and all(c["ok"] for c in data["checks"])
    assert set(data) == {"valid", "checks", "failed"} and set(data["checks"][0]) == {"rule", "ok", "level", "message"}
    code, data = _check(data_dir, capsys, "--seats", "5", "--candidates", "5", "--voters-due", "25", "--present", "20")
    assert code == 1 and data["valid"] is False and len(data["failed"]) == 2
    assert any("不少于6名" in m for m in data["failed"]) and any("至少21人" in m for m in data["failed"])


def test_election_check_text_and_bad_input(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "election", "check", "--seats", "3", "--candidates", "4",
                 "--voters-due", "10", "--present", "9"]) == 0
    assert "符合选举要求" in capsys.readouterr().out
    code, data = _check(data_dir, capsys, "--seats", "3", "--candidates", "4", "--voters-due", "10", "--present", "11")
    assert code == 2 and "多于应到" in data["err"]
    with pytest.raises(SystemExit):
        main(["--data-dir", str(data_dir), "election", "check", "--seats", "x"])


def test_study_hours_json_and_reports_on_demo_data(data_dir, demo_copy, tmp_path, capsys):
    demo_copy(data_dir)  # the session's demo store, copied
    capsys.readouterr()
    year = demo_year()
    assert main(["--data-dir", str(data_dir), "study-hours", "--year", str(year), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(set(r) == {"name", "hours", "target", "below"} for r in rows)
    assert all(isinstance(r["below"], bool) and r["below"] == (r["hours"] < r["target"]) for r in rows)
    with Services.open(data_dir) as s:
        expected = {r.name: float(r.hours) for r in s.study_hours.year(year).rows}
    assert {r["name"]: r["hours"] for r in rows} == expected
    for key, word in (("first-topic", "第一议题学习台账"), ("study-hours", "党员学习学时统计表")):
        out = tmp_path / f"{key}.pdf"
        assert main(["--data-dir", str(data_dir), "report", key, "--year", str(year), "--out", str(out)]) == 0
        assert word in pdf_text(out).replace(" ", "")


def test_report_election_by_meeting(data_dir, tmp_path, capsys):
    with Services.open(data_dir) as s:
        small_branch(s, clock.today())
        e = held_election(s, clock.today())
    out = tmp_path / "报告.pdf"
    assert main(["--data-dir", str(data_dir), "report", "election", "--meeting", e.meeting_uuid[:8],
                 "--out", str(out)]) == 0
    assert "换届选举结果的报告" in pdf_text(out).replace(" ", "")
    for key in ("election-request", "election-ballot", "election-tally", "election-minutes"):
        assert main(["--data-dir", str(data_dir), "report", key, "--meeting", e.meeting_uuid, "--out",
                     str(tmp_path / f"{key}.pdf")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "report", "election-ballot", "--meeting", e.meeting_uuid,
                 "--round", "九", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "轮次" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "report", "election", "--meeting", "ffffffff", "--out",
                 str(tmp_path / "y.pdf")]) == 2
