"""组织生活会, 民主评议 and 谈心谈话 travel in the USB package: the rows arrive at headquarters (the cycle still
pointing at its meeting), a deletion travels as a tombstone, and headquarters sees the branch's figures."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.life_meeting import review_year
from dangjian_desktop.services import appraisal_ledger, talks_ledger
from dangjian_desktop.services.appraisal_demo import demo_meeting_day
from tests.pg.cluster import on_both_engines
from tests.exchange.conftest import export, import_, opened


@on_both_engines  # PostgreSQL too (issue 22)
def test_cycles_talks_and_figures_reach_headquarters(branch_dir: Path, hq_dir: Path, stick: Path, tmp_path: Path):
    today = clock.today()
    complete_year = demo_meeting_day(today).year - 1
    with opened(branch_dir) as s:
        c = s.appraisal.cycle(complete_year)
        meeting_uuid = c.meeting_uuid
        at_branch = appraisal_ledger.appraisal_summary(s, complete_year, today)
        talks_branch = talks_ledger.talks_summary(s, today.year, today)
        figures = {**appraisal_ledger.hq_figures(s, today.year, today), **talks_ledger.hq_figures(s, today.year, today)}
        opinions = sorted(o.content for o in c.opinions)
        all_talks = len(s.talks.talks())
    assert meeting_uuid and at_branch["grades"]["优秀"] == 9
    [res] = import_(hq_dir, Path(export(branch_dir, stick).path))
    assert res.outcome.value == "imported", res.reason
    with opened(hq_dir) as s:
        got = s.appraisal.cycle(complete_year)
        assert got is not None and got.meeting_uuid == meeting_uuid  # the key to the meeting was resolved
        assert sorted(o.content for o in got.opinions) == opinions
        assert len(got.ballots) == len(c.ballots) and got.ballots[0].marks == c.ballots[0].marks
        assert appraisal_ledger.appraisal_summary(s, complete_year, today) == at_branch
        assert talks_ledger.talks_summary(s, today.year, today)["talks"] == talks_branch["talks"]
        [row] = s.exchange.overview(today.year)
        for key in ("appraisal_year", "life_meeting_held", "appraisal_done", "grade_excellent", "grade_qualified",
                    "talks", "talks_missing_pairs"):
            assert row.figures[key] == figures[key], key
        assert row.figures["appraisal_year"] == review_year(today)
        assert dict(s.info.labelled_counts())["谈心谈话"] == all_talks
    # a talk deleted at the branch disappears at headquarters with the next package
    with opened(branch_dir) as s:
        gone = s.talks.talks()[0]
        s.talks.delete(gone.uuid)
    second = tmp_path / "second"
    second.mkdir()
    [res] = import_(hq_dir, Path(export(branch_dir, second).path))
    assert res.outcome.value == "imported", res.reason
    with opened(hq_dir) as s:
        assert gone.uuid not in {t.uuid for t in s.talks.talks()}
        assert len(s.talks.talks()) == all_talks - 1
