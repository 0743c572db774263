"""发展党员 in the USB package: the branch's records arrive at headquarters row for row (steps, people, meetings named
by UUID, the member they put on the roster), later changes and deletions travel in an incremental package, and
headquarters sees the branch's pipeline counts and overdue steps."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.development import StepRecord
from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.storage.repos import records as records_repo

from tests.pg.cluster import on_both_engines

from .conftest import counts, export, import_, opened

TABLES = ("development_case", "development_step", "development_contact", "development_assessment",
          "development_publicity")


def _rows(data_dir: Path) -> dict[str, list[dict]]:
    with opened(data_dir):
        dump = records_repo.dump()
    return {t: sorted(dump.get(t, []), key=lambda r: r["uuid"]) for t in TABLES}


def test_the_records_and_the_figures_reach_headquarters(branch_dir: Path, hq_dir: Path, stick: Path):
    [res] = import_(hq_dir, Path(export(branch_dir, stick).path))
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    at_branch, at_hq = _rows(branch_dir), _rows(hq_dir)
    assert at_hq == at_branch
    assert len(at_hq["development_case"]) == 6 and counts(hq_dir)["development_step"] == counts(branch_dir)[
        "development_step"]
    # the 大会 of 李卫华's step 15 is the meeting record that travelled with it
    with opened(hq_dir) as s:
        steps = [r for r in at_hq["development_step"] if r["number"] == 15 and r["meeting_uuid"]]
        assert steps and all(s.meetings.get(r["meeting_uuid"]).date.isoformat() == r["on"] for r in steps)
        [row] = s.exchange.overview(clock.today().year)
    # the demo: 2 applicants, 1 积极分子, 1 发展对象 (李卫华, waiting for approval), 1 预备党员; 孙浩宇's talk is late
    # (and 李卫华's approval when the demo's 大会 lies more than three months back)
    f = row.figures
    assert (f["dev_applicants"], f["dev_activists"], f["dev_candidates"], f["dev_probationary"]) == (2, 1, 1, 1)
    assert 1 <= f["dev_overdue"] <= 2


@on_both_engines  # PostgreSQL too (issue 22)
def test_later_changes_and_deletions_travel(branch_dir: Path, hq_dir: Path, stick: Path):
    import_(hq_dir, Path(export(branch_dir, stick / "a.djpkg").path))
    today = clock.today()
    with opened(branch_dir) as s:
        late = next(c for c in s.development.cases() if c.name == "孙浩宇")
        s.development.record_step(late.uuid or "", StepRecord(2, today, "组织委员", "谈话了解入党动机"))
        gone = next(c for c in s.development.cases() if c.name == "赵晓雯")
        s.development.delete_case(gone.uuid or "")
        step4 = next(c for c in s.development.cases() if c.name == "周佳琪")
        s.development.clear_step(step4.uuid or "", 4)
    [res] = import_(hq_dir, Path(export(branch_dir, stick / "b.djpkg", since_last=True).path))
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    assert _rows(hq_dir) == _rows(branch_dir)
    with opened(hq_dir) as s:
        [row] = s.exchange.overview(today.year)
    assert row.figures["dev_applicants"] == 1  # 赵晓雯's record deleted at the branch
