"""换届选举, the 第一议题 ledger fields and the study entered per member travel in the data package; headquarters
sees each branch's term state, last election, 第一议题 share and members below the hours target."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.domain.first_topic import Study
from dangjian_desktop.domain.study_hours import Training
from tests.elections_helpers import held_election, small_branch
from tests.pg.cluster import hq_cli, on_both_engines
from tests.exchange.conftest import PASSWORD, export, opened


@on_both_engines  # PostgreSQL too (issue 22)
def test_election_terms_studies_and_figures_reach_headquarters(tmp_path: Path, hq_dir: Path, stick: Path):
    today = clock.today()
    branch = tmp_path / "small"
    with opened(branch) as s:
        small_branch(s, today)
        e = held_election(s, today, approve=True)
        meeting = s.meetings.get(e.meeting_uuid)
        s.first_topic.update_study(meeting.uuid, Study("某次重要讲话", "新华社", None, "乙二", "集中学习", "抓落实"))
        someone = s.roster.members()[0]
        s.study_hours.save_training(Training(someone.uuid, "", today, "上级党委集中轮训", 160), today)
        figures = s.exchange.figures(today)
        expected_last = e.held_on.year * 100 + e.held_on.month
        # this year's share: the 选举大会 (held five days ago, opened with its 第一议题) is this year's only meeting
        share = 100 if e.held_on.year == today.year else None
    # just elected: the new term is far from its end
    assert figures["term_due"] == 0 and figures["term_overdue"] == 0 and figures["last_election"] == expected_last
    assert figures["first_topic_share"] == share
    assert figures["study_below"] == 11  # one meeting and one course are far from 32 学时 for all eleven
    path = Path(export(branch, stick).path)
    with opened(hq_dir) as s:
        [res] = s.exchange.import_packages([path], PASSWORD)
        assert res.outcome is ImportOutcome.IMPORTED, res.reason
        from dangjian_desktop.storage.models_elections import (
            CommitteeTermRow,
            ElectionRow,
            ElectionSeatRow,
            ElectionVoteRow,
        )
        from dangjian_desktop.storage.models_meetings import AgendaItemRow
        from dangjian_desktop.storage.models_study import StudyRecordRow

        assert ElectionRow.select().count() == 1 and ElectionVoteRow.select().count() == 4
        assert ElectionSeatRow.select().count() == 3 and CommitteeTermRow.select().count() == 2
        assert StudyRecordRow.get().title == "上级党委集中轮训"
        assert AgendaItemRow.get(AgendaItemRow.study_title != "").study_follow_up == "抓落实"
        [b] = s.exchange.overview()
        assert {k: b.figures.get(k) for k in ("term_due", "term_overdue", "last_election", "first_topic_share",
                                               "study_below")} == {
            "term_due": 0, "term_overdue": 0, "last_election": expected_last, "first_topic_share": share,
            "study_below": 11}
    # the table of `dangjian branches` (and the window, and the 汇总表) reads the month as a month, the JSON keeps it
    import contextlib
    import io

    from dangjian_desktop.cli import main as cli

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli([*hq_cli(hq_dir), "branches"]) == 0
    header, row = out.getvalue().splitlines()[:2]
    cells = dict(zip(header.split("\t"), row.split("\t"), strict=True))
    assert cells["上次换届"] == f"{e.held_on.year}年{e.held_on.month}月"


def test_a_demo_branch_due_for_its_election(branch_dir: Path):
    """The demo branch's term ends within two months: due, not overdue; its profile's election is the last."""
    with opened(branch_dir) as s:
        figures = s.exchange.figures(clock.today())
        b = s.branch.require_profile()
    assert figures["term_due"] == 1 and figures["term_overdue"] == 0
    assert figures["last_election"] == b.election_date.year * 100 + b.election_date.month
