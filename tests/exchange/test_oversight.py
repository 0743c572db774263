"""Headquarters oversight over imported packages: one rule, two places — the figures headquarters shows for a
branch equal that branch's own `dangjian compliance --year Y --json`, with the branch's own rules."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.compliance import ComplianceRule, Period
from dangjian_desktop.domain.meetings import MeetingType
from dangjian_desktop.services import demo

from tests.conftest import gap_year
from tests.pg.cluster import ENGINES, hq_cli

from .conftest import export, import_, opened, run

KEYS = {"name", "last_package", "members", "meetings", "term_end", "rectifications_overdue", "pledges", "attention"}


@pytest.fixture(params=ENGINES)
def hq_engine(request: pytest.FixtureRequest) -> str:
    """Headquarters on SQLite and on PostgreSQL (issue 22): the same figures, paper and drill-down."""
    return request.param


def tallies_from_compliance(data: dict) -> dict[str, dict[str, int]]:
    """Held/required per kind worked out from the branch's own calendar JSON: the periods that ended or are
    satisfied (已开 or 缺), a period's surplus not counted, every 党小组's rows under 党小组会."""
    out: dict[str, dict[str, int]] = {}
    for row in data["rows"]:
        key = row["label"].split("·")[0]
        t = out.setdefault(key, {"held": 0, "required": 0})
        for p in row["periods"]:
            if p["status"] in ("已开", "缺"):
                t["required"] += p["required"]
                t["held"] += min(p["held"], p["required"])
    return out


@pytest.fixture(scope="module")
def _second_branch_made(tmp_path_factory: pytest.TempPathFactory, demo_copy) -> Path:  # noqa: ANN001
    """Another demo branch, renamed, whose 支委会 is due every quarter (its locality's rule): made once."""
    d = demo_copy(tmp_path_factory.mktemp("second") / "branch2", branch=1)  # not the session's demo branch
    with opened(d) as s:
        s.branch.save_profile(dataclasses.replace(s.branch.require_profile(), name="示范第二党支部"))
        rules = s.meetings.rules()
        rules.rules = [ComplianceRule(r.type, Period.QUARTER) if r.type is MeetingType.COMMITTEE else r
                       for r in rules.rules]
        s.meetings.save_rules(rules)
    return d


@pytest.fixture
def second_branch(_second_branch_made: Path, tmp_path: Path) -> Path:
    import shutil

    return Path(shutil.copytree(_second_branch_made, tmp_path / "branch2",
                                ignore=shutil.ignore_patterns("*.lock", "tmp", "logs")))


def test_hq_overview_equals_each_branchs_own_compliance(capsys, branch_dir: Path, second_branch: Path,
                                                       tmp_path: Path, stick: Path, pwfile: Path, make_hq) -> None:
    year = gap_year()  # a year whose calendar has the demo's gaps, whatever today is
    own = {}
    requested = {}
    inspected = {}
    for d in (branch_dir, second_branch):
        code, out, err = run(capsys, "--data-dir", d, "compliance", "--year", year, "--json")
        assert code == 0, err
        with opened(d) as s:
            name = s.branch.require_profile().name
            own[name] = json.loads(out)
            pending = s.elections.pending()
            requested[name] = pending.request_on if pending else None
            inspected[name] = max((i.inspected_on for i in s.room.inspections()), default=None)
        export(d, stick)
    hq = make_hq(tmp_path / "hq")
    assert run(capsys, *hq_cli(hq), "hq-init", "--name", "示范党委")[0] == 0
    import_(hq, stick)

    code, out, err = run(capsys, *hq_cli(hq), "hq-overview", "--year", year, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert sorted(r["name"] for r in rows) == sorted(own)
    for r in rows:
        assert set(r) == KEYS
        assert r["meetings"] == tallies_from_compliance(own[r["name"]]), r["name"]
        assert all(set(v) == {"held", "required"} for v in r["meetings"].values())
        assert r["last_package"] == clock.today().isoformat()
        assert set(r["pledges"]) == {"made", "reviewed", "members"}
        assert r["members"] > 0 and r["pledges"]["members"] == r["members"]
        # every gap of the branch's own calendar is named at headquarters: up to three periods of a row by name,
        # more as the first two and their number ("1月、2月等4期未开主题党日")
        for row in own[r["name"]]["rows"]:
            gaps = [p["label"] for p in row["periods"] if p["status"] == "缺"]
            if not gaps:
                continue
            kind, _, group = row["label"].partition("·")
            named = gaps if len(gaps) <= 3 else [*gaps[:2], f"等{len(gaps)}期"]
            said = [a for a in r["attention"] if kind in a and group in a]
            assert any(all(n in a for n in named) for a in said), (row["label"], gaps, said)
        # the 换届 under way at the branch (its elections records) is what headquarters says of the term
        term = [a for a in r["attention"] if "任期" in a]
        if term and requested[r["name"]] is not None:
            assert f"已于 {requested[r['name']]:%Y-%m-%d} 请示换届" in term[0] or "换届尚未完成" in term[0]
    # the two branches' rules differ, and so do their 支委会 figures
    first, second = (next(r for r in rows if r["name"] == n) for n in ("示范能源公司检修分公司党支部", "示范第二党支部"))
    assert first["meetings"]["支委会"]["required"] > second["meetings"]["支委会"]["required"]

    # the 汇总表 on paper and in Excel say the same
    pdf = tmp_path / "汇总表.pdf"
    code, out, err = run(capsys, *hq_cli(hq), "report", "hq-summary", "--year", year, "--out", pdf)
    assert code == 0, err
    check_paper(pdf, rows)
    with opened(hq) as s:  # the 数据交换 page prints the same 汇总表
        same = s.exchange.hq_summary_pdf(tmp_path / "交换.pdf", year)
    assert pdf_text_of(same) == pdf_text_of(pdf)
    with opened(hq) as s:
        book = s.oversight.summary_xlsx(tmp_path / "汇总表.xlsx", year)
    check_xlsx(book, rows, inspected)


def pdf_text_of(pdf: Path) -> str:
    from tests.conftest import pdf_text

    return "\n".join(line for line in pdf_text(pdf).splitlines() if "生成" not in line)  # not the time it was made


def check_paper(pdf: Path, rows: list[dict]) -> None:
    from tests.conftest import pdf_fonts, pdf_text

    text = "".join(pdf_text(pdf).split())
    for r in rows:
        assert r["name"] in text
        assert "".join(r["attention"][0].split()) in text
    assert "合计" in text and "需要关注的党支部" in text
    held = sum(r["meetings"]["支委会"]["held"] for r in rows)
    required = sum(r["meetings"]["支委会"]["required"] for r in rows)
    assert f"{held}/{required}" in text  # the totals row of 支委会
    assert all(embedded for _, embedded in pdf_fonts(pdf))
    assert "各支部报送的数据" in text and "欠交党费" in text  # every declared figure, after the matrix


def check_xlsx(book: Path, rows: list[dict], inspected: dict) -> None:
    from openpyxl import load_workbook

    ws = load_workbook(book).active
    grid = [[c.value for c in row] for row in ws.iter_rows()]
    header = grid[0]
    by_name = {line[0]: line for line in grid[1:]}
    for r in rows:
        line = by_name[r["name"]]
        for kind, t in r["meetings"].items():
            assert line[header.index(f"{kind}\n已开")] == t["held"]
            assert line[header.index(f"{kind}\n应开")] == t["required"]
        assert line[header.index("整改逾期")] == r["rectifications_overdue"]
        day = line[header.index("活动室检查")]  # the branch's latest inspection, as a real date
        assert (day.date() if day else None) == inspected[r["name"]]
    total = by_name["合计"]
    assert total[header.index("支委会\n应开")] == sum(r["meetings"]["支委会"]["required"] for r in rows)


def test_hq_overview_refused_at_a_branch(capsys, branch_dir: Path) -> None:
    code, _, err = run(capsys, "--data-dir", branch_dir, "hq-overview", "--json")
    assert code == 2 and "上级党委" in err


def test_hq_overview_with_nothing_imported(capsys, tmp_path: Path, make_hq) -> None:
    hq = make_hq(tmp_path / "hq")
    run(capsys, *hq_cli(hq), "hq-init", "--name", "示范党委")
    code, out, _ = run(capsys, *hq_cli(hq), "hq-overview", "--json")
    assert code == 0 and json.loads(out) == []
    code, _, err = run(capsys, *hq_cli(hq), "hq-overview", "--quarter", "5", "--json")
    assert code == 2 and "季度" in err
    code, _, err = run(capsys, *hq_cli(hq), "report", "hq-summary", "--month", "x", "--out", tmp_path / "a.pdf")
    assert code == 2 and "月份" in err and not (tmp_path / "a.pdf").exists()


def test_thresholds_are_checked_and_kept(capsys, tmp_path: Path, make_hq) -> None:
    from dangjian_desktop.domain.errors import ValidationError
    from dangjian_desktop.domain.oversight import OversightRules

    hq = make_hq(tmp_path / "hq")
    run(capsys, *hq_cli(hq), "hq-init", "--name", "示范党委")
    with opened(hq) as s:
        assert s.oversight.rules() == OversightRules(45, 3)
        with pytest.raises(ValidationError):
            s.oversight.save_rules(OversightRules(0, 3))
        s.oversight.save_rules(OversightRules(60, 2))
    with opened(hq) as s:
        assert s.oversight.rules() == OversightRules(60, 2)
    code, _, err = run(capsys, *hq_cli(hq), "hq-overview", "--year", "1999", "--json")
    assert code == 2 and "1999" in err


def test_every_column_drills_to_the_branchs_own_records(branch_dir: Path, tmp_path: Path, stick: Path,
                                                        make_hq) -> None:
    """The lines behind each cell of the matrix are the branch's own records as the branch lists them: its
    roster, its overdue rectifications, who pledged; a cell without lines says why in words."""
    from dangjian_desktop.domain.oversight_matrix import Column, value
    from dangjian_desktop.services.oversight_paper import matrix

    year = clock.today().year
    today = clock.today()
    with opened(branch_dir) as s:
        roster = sorted(m.name for m in s.roster.members())
        overdue = sorted(r.item_text for r in s.room.rectifications()
                         if r.deadline and r.deadline < today and r.status.value != "已完成")
        every_rect = len(s.room.rectifications())
        campaign = s.pledges.campaign_for_year(year)
        pledged = sorted(p.member.name for p in s.pledges.overview(campaign.uuid)
                         if p.sheet and p.sheet.items) if campaign else []
        inspections = sorted((i.inspected_on for i in s.room.inspections()), reverse=True)
        term_end = s.branch.require_profile().election_date
    export(branch_dir, stick)
    hq = make_hq(tmp_path / "hq", "示范党委")
    import_(hq, stick)
    with opened(hq) as s:
        [row] = s.oversight.overview(year, today)
        cols = matrix([row])

        members = s.oversight.records_behind(row, "members", year, today)
        assert sorted(line[0] for line in members.lines) == roster and len(roster) == row.members

        rect = s.oversight.records_behind(row, "rect", year, today)
        assert len(rect.lines) == every_rect
        assert sorted(rect.lines[i][0] for i in rect.gaps) == overdue
        assert len(rect.gaps) == row.rectifications_overdue == value(row, Column("rect", "", "int"))

        pledges = s.oversight.records_behind(row, "pledges", year, today)
        made = sorted(line[0] for line in pledges.lines if line[1] != "未承诺")
        assert made == pledged and len(made) == row.pledges["made"]
        assert sum(1 for line in pledges.lines if line[2] != "0") == row.pledges["reviewed"]
        assert {line[0] for i, line in enumerate(pledges.lines) if i in pledges.gaps} == set(roster) - set(pledged)

        seen = s.oversight.records_behind(row, "inspection", year, today)
        assert [line[0] for line in seen.lines] == [d.isoformat() for d in inspections]
        if inspections:
            assert row.last_inspection == inspections[0]

        term = s.oversight.records_behind(row, "term_end", year, today)
        assert (row.term_end is None) == (term_end is None)
        assert (row.term_end.isoformat() if row.term_end else "未填写") in term.note

        for c in cols:  # every column answers: lines, or a sentence saying why there are none
            found = s.oversight.records_behind(row, c.key, year, today)
            assert found.lines or found.note, c.key
            assert all(len(line) == len(found.headers) for line in found.lines), c.key
            if c.key.startswith("m:"):
                t = value(row, c)
                gaps = {found.lines[i][0] for i in found.gaps}
                assert len(gaps) == sum(1 for r in row.report.rows if r.label.split("·")[0] == c.key[2:]
                                        for p in r.periods if p.status.value == "缺"), c.key
                assert (t.held < t.required) == bool(found.gaps), c.key
            if c.key.startswith("f:"):
                assert not found.lines and "上级党委只收到这个数字" in found.note or "没有这个数字" in found.note
        # a kind this branch's rules do not ask for: no lines, and the reason in words
        none = s.oversight.records_behind(row, "m:不存在的会议", year, today)
        assert not none.lines and "不要求" in none.note


@pytest.mark.parametrize("hq_engine", ["sqlite"], indirect=True)  # the overview on both engines: above
def test_an_old_package_is_read_as_the_branch_read_its_year_that_day(capsys, monkeypatch, tmp_path: Path,
                                                                     stick: Path, make_hq) -> None:
    """A branch whose last package is four months old: headquarters' figures are its own calendar of the day it
    made the package (a meeting planned after that day does not count, a period that ended since is not a
    gap), and the package's age is named."""
    from datetime import timedelta

    today = clock.today()
    made = today - timedelta(days=120)
    d = tmp_path / "old"
    monkeypatch.setenv("DANGJIAN_TODAY", made.isoformat())
    with opened(d) as s:
        demo.populate(s, today=made)
    code, out, err = run(capsys, "--data-dir", d, "compliance", "--year", made.year, "--json")
    assert code == 0, err
    own = json.loads(out)
    export(d, stick)
    monkeypatch.setenv("DANGJIAN_TODAY", today.isoformat())
    hq = make_hq(tmp_path / "hq")
    assert run(capsys, *hq_cli(hq), "hq-init", "--name", "示范党委")[0] == 0
    import_(hq, stick)
    code, out, err = run(capsys, *hq_cli(hq), "hq-overview", "--year", made.year, "--json")
    assert code == 0, err
    [row] = json.loads(out)
    assert row["last_package"] == made.isoformat()
    assert row["meetings"] == tallies_from_compliance(own)
    assert "数据包已 120 天未更新" in row["attention"]
    gaps = [(r["label"], p["label"]) for r in own["rows"] for p in r["periods"] if p["status"] == "缺"]
    named = [a for a in row["attention"] if "未开" in a]
    for label, period in gaps:
        kind, _, group = label.partition("·")
        assert any(period in a and kind in a and group in a for a in named), (label, period)
    # nothing that ended after the package is called missed
    ended_since = {p["label"] for r in own["rows"] for p in r["periods"]
                   if made < dt_date(p["end"]) < today}
    for a in named:
        assert not any(a.startswith(f"{label}未开") or f"、{label}" in a or f"）{label}" in a
                       for label in ended_since if not any(label == g for _, g in gaps)), a


def dt_date(text: str):  # noqa: ANN201
    import datetime as dt

    return dt.date.fromisoformat(text)


def test_the_collector_paused_for_the_overview_runs_again_after_it() -> None:
    import gc

    from dangjian_desktop.gcpause import paused as _cyclic_gc_paused

    assert gc.isenabled()
    with _cyclic_gc_paused():
        assert not gc.isenabled()
        with _cyclic_gc_paused():  # nested (or another thread's overview meanwhile): one pause
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), _cyclic_gc_paused():
        raise ValueError
    assert gc.isenabled()
    gc.disable()  # paused by someone else before: left as it was
    try:
        with _cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
