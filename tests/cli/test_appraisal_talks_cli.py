"""The CLI contract of issue 19, key by key: `dangjian appraisal --year Y --json`, `dangjian talks --year Y --json`,
and `dangjian report appraisal|ballot|life-meeting|talks --year Y --out F.pdf`."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dangjian_desktop import clock
from dangjian_desktop.cli import main
from dangjian_desktop.domain.appraisal import Grade
from dangjian_desktop.domain.life_meeting import LifeMeeting
from dangjian_desktop.domain.talks import Talk
from dangjian_desktop.services.container import Services
from tests.conftest import pdf_text
from tests.services import small_branch


@pytest.fixture
def store(data_dir):  # noqa: ANN001
    """The small branch with this year's cycle graded: 甲 乙 优秀, 丁 不合格, the other seven 合格."""
    today = clock.today()
    with Services.open(data_dir) as s:
        small_branch.build(s, today)
        c = s.appraisal.save_cycle(LifeMeeting(year=today.year, topic="主题"), today)
        c = s.appraisal.create_meeting(c.uuid, today - dt.timedelta(days=5), today)
        c = s.appraisal.prepare_entries(c.uuid, today)
        grades = {"甲": Grade.EXCELLENT, "乙": Grade.EXCELLENT, "丁": Grade.UNQUALIFIED}
        for e in c.entries:
            if not e.probationary:
                e.grade = grades.get(e.member_name, Grade.QUALIFIED)
            e.votes = {Grade.EXCELLENT: 5, Grade.QUALIFIED: 4, Grade.BASIC: 0, Grade.UNQUALIFIED: 0} \
                if e.member_name == "甲" else {}
        s.appraisal.save_entries(c.uuid, c.entries, ballots_issued=11, ballots_returned=10)
        s.talks.save(Talk(today, "甲", "乙", content="谈心"), today)
    return data_dir


def _json(capsys, *args: str) -> dict:  # noqa: ANN001
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_appraisal_json_has_exactly_the_contracts_keys(store, capsys):  # noqa: ANN001
    year = clock.today().year
    data = _json(capsys, "--data-dir", str(store), "appraisal", "--year", str(year), "--json")
    assert set(data) == {"held_on", "grades", "members"}
    assert data["held_on"] == (clock.today() - dt.timedelta(days=5)).isoformat()
    assert data["grades"] == {"优秀": 2, "合格": 7, "基本合格": 0, "不合格": 1}
    assert len(data["members"]) == 11
    assert all(set(m) == {"name", "grade", "votes"} for m in data["members"])
    jia = next(m for m in data["members"] if m["name"] == "甲")
    assert jia == {"name": "甲", "grade": "优秀", "votes": {"优秀": 5, "合格": 4, "基本合格": 0, "不合格": 0}}
    assert next(m for m in data["members"] if m["name"] == "子")["grade"] is None
    empty = _json(capsys, "--data-dir", str(store), "appraisal", "--year", str(year - 1), "--json")
    assert empty == {"held_on": None, "grades": {"优秀": 0, "合格": 0, "基本合格": 0, "不合格": 0}, "members": []}


def test_talks_json_has_exactly_the_contracts_keys(store, capsys):  # noqa: ANN001
    year = clock.today().year
    data = _json(capsys, "--data-dir", str(store), "talks", "--year", str(year), "--json")
    assert set(data) == {"talks", "missing_pairs"}
    assert data["talks"] == 1 and len(data["missing_pairs"]) == 14  # 15 pairs expected, 甲–乙 talked
    assert all(isinstance(p, list) and len(p) == 2 for p in data["missing_pairs"])
    assert ["甲", "丙"] in data["missing_pairs"] and ["甲", "乙"] not in data["missing_pairs"]


@pytest.mark.parametrize(("key", "words"), [
    ("appraisal", ["民主评议党员结果汇总表", "不合格"]),
    ("ballot", ["民主评议党员测评票", "不超过3名"]),
    ("life-meeting", ["组织生活会", "情况的报告"]),
    ("life-rectifications", None),
    ("talks", ["谈心谈话登记册", "甲—丙"]),
])
def test_report_commands(store, tmp_path, capsys, key, words):  # noqa: ANN001
    out = tmp_path / f"{key}.pdf"
    code = main(["--data-dir", str(store), "report", key, "--year", str(clock.today().year), "--out", str(out)])
    if words is None:  # no problem list in this store: a clear refusal, nothing written
        assert code == 2 and "问题清单" in capsys.readouterr().err and not out.exists()
        return
    assert code == 0, capsys.readouterr().err
    text = pdf_text(out).replace(" ", "")
    assert all(w in text for w in words), key


def test_bad_years_exit_2(store, tmp_path, capsys):  # noqa: ANN001
    assert main(["--data-dir", str(store), "talks", "--year", "99999", "--json"]) == 2
    assert "不在可查询的范围内" in capsys.readouterr().err
    assert main(["--data-dir", str(store), "appraisal", "--year", "1900"]) == 2
    out = tmp_path / "x.pdf"
    assert main(["--data-dir", str(store), "report", "appraisal", "--year", "1900", "--out", str(out)]) == 2
    assert not out.exists()
