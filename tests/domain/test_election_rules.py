"""The rules of a 换届选举 at their boundaries, with hand-worked numbers (《中国共产党基层组织选举工作条例》)."""

from __future__ import annotations

import datetime as dt

import pytest

from dangjian_desktop.domain.election_checks import (
    Context,
    Level,
    approval_problems,
    check_election,
    check_numbers,
    election_outcome,
    new_round,
    round_outcome,
)
from dangjian_desktop.domain.elections import (
    CandidateVotes,
    ElectedBasis,
    Election,
    ElectionRules,
    Person,
    Round,
    RoundKind,
    Seat,
    ballot_void,
    ballots_count,
    min_candidates,
    quorum_met,
    quorum_needed,
    votes_needed,
)
from dangjian_desktop.domain.enums import CommitteeRole

TODAY = dt.date(2026, 6, 30)


@pytest.mark.parametrize(("seats", "fewest"), [(1, 2), (3, 4), (5, 6), (7, 9), (10, 12)])
def test_candidates_at_least_a_fifth_more_than_seats_rounded_up(seats, fewest):
    # 3 × 1.2 = 3.6 → 4; 5 × 1.2 = 6 exactly; 7 × 1.2 = 8.4 → 9
    assert min_candidates(seats) == fewest
    assert check_numbers(seats, fewest, 10, 10)[0].ok
    bad = check_numbers(seats, fewest - 1, 10, 10)[0]
    assert bad.rule == "margin" and not bad.ok and f"不少于{fewest}名" in bad.message
    assert min_candidates(5, margin_percent=0) == 5  # a setting: 等额 where the rules allow it


@pytest.mark.parametrize(("due", "fewest"), [(25, 21), (10, 9), (5, 5), (6, 5), (1, 1), (30, 25)])
def test_quorum_is_strictly_more_than_four_fifths_of_those_who_should_attend(due, fewest):
    # 25 × 4/5 = 20: twenty is not more than 20; 6 × 4/5 = 4.8: five is
    assert quorum_needed(due) == fewest
    assert quorum_met(fewest, due) and not quorum_met(fewest - 1, due)
    quorum = next(c for c in check_numbers(3, 4, due, fewest - 1) if c.rule == "quorum")
    assert not quorum.ok and f"至少{fewest}人" in quorum.message and "还差1人" in quorum.message


def test_the_quorum_fraction_is_a_setting():
    two_thirds = ElectionRules(quorum_numerator=2, quorum_denominator=3)
    assert quorum_needed(9, 2, 3) == 7  # 9 × 2/3 = 6: seven is more
    assert next(c for c in check_numbers(3, 4, 9, 7, two_thirds) if c.rule == "quorum").ok


@pytest.mark.parametrize(("base", "needed"), [(25, 13), (24, 13), (23, 12), (2, 2), (1, 1)])
def test_elected_with_yes_votes_above_half(base, needed):
    # 24 / 2 = 12: twelve is half, not above it
    assert votes_needed(base) == needed


def test_ballots_returned_may_not_exceed_those_issued_and_a_ballot_choosing_too_many_is_void():
    assert ballots_count(23, 23) and ballots_count(23, 22) and not ballots_count(23, 24)
    assert not ballot_void(5, 5) and not ballot_void(0, 5) and ballot_void(6, 5)


def test_bad_numbers_are_refused_not_judged():
    checks = check_numbers(5, 6, 10, 11)
    assert any(c.level is Level.INVALID and "多于应到" in c.message for c in checks)
    assert all(c.level is Level.INVALID for c in check_numbers(-1, 6, 10, 9))


def _round(votes: dict[str, int], seats: int = 5, kind: RoundKind = RoundKind.FORMAL, issued: int = 23,
           returned: int = 23, void: int = 0) -> Round:
    return Round(1, kind, seats, issued, returned, returned - void, void,
                 [CandidateVotes(n, yes=y) for n, y in votes.items()])


def test_a_round_elects_those_above_half_of_due_by_votes():
    # 25 应到: 13 votes needed. 甲…戊 pass, 己 with 12 does not
    o = round_outcome(_round({"甲": 22, "乙": 21, "丙": 20, "丁": 15, "戊": 13, "己": 12}), 25)
    assert o.needed == 13 and [x.name for x in o.elected] == ["甲", "乙", "丙", "丁", "戊"]
    assert o.settled and not o.tied and o.short == 0


def test_more_passing_than_seats_goes_by_votes():
    o = round_outcome(_round({"甲": 22, "乙": 21, "丙": 20, "丁": 15, "戊": 16, "己": 14}), 25)
    assert [x.name for x in o.elected] == ["甲", "乙", "丙", "戊", "丁"]


def test_a_tie_at_the_cut_goes_to_another_vote_among_those_tied():
    o = round_outcome(_round({"甲": 22, "乙": 21, "丙": 20, "丁": 15, "戊": 14, "己": 14}), 25)
    assert [x.name for x in o.elected] == ["甲", "乙", "丙", "丁"]
    assert [x.name for x in o.tied] == ["戊", "己"] and o.tie_seats == 1 and not o.settled


def test_a_shortfall_goes_to_another_election_for_the_seats_left():
    o = round_outcome(_round({"甲": 22, "乙": 21, "丙": 20, "丁": 12, "戊": 10, "己": 9}), 25)
    assert [x.name for x in o.elected] == ["甲", "乙", "丙"] and o.short == 2


def test_the_basis_of_the_half_is_a_setting():
    votes = {"甲": 22, "乙": 21, "丙": 20, "丁": 12, "戊": 12, "己": 9}
    # 实到 23: 12 needed, so 丁 and 戊 pass as well; 应到 25: 13 needed, they do not
    assert round_outcome(_round(votes), 23).short == 0
    assert round_outcome(_round(votes), 25).short == 2
    assert "应到会有选举权的人数的一半" in ElectedBasis.DUE.cited


def test_a_round_with_more_ballots_returned_than_issued_elects_nobody():
    o = round_outcome(_round({"甲": 22, "乙": 21, "丙": 20, "丁": 15, "戊": 14, "己": 3}, issued=23, returned=24), 25)
    assert not o.stands and not o.elected


def _election(**kw) -> Election:  # noqa: ANN003
    e = Election(seats=5, voters_due=25, voters_present=23, held_on=dt.date(2026, 6, 20),
                 reply_on=dt.date(2026, 5, 30), meeting_uuid="m1",
                 candidates=[Person(n) for n in "甲乙丙丁戊己"], scrutineers=[Person("庚")], tellers=[Person("辛")])
    for k, v in kw.items():
        setattr(e, k, v)
    return e


def test_the_outcome_across_rounds_with_a_runoff_among_the_tied():
    e = _election(rounds=[_round({"甲": 22, "乙": 21, "丙": 20, "丁": 15, "戊": 14, "己": 14})])
    first = election_outcome(e, ElectionRules())
    assert first.next_round is not None and first.next_round.kind is RoundKind.TIE
    assert [x.name for x in first.next_round.candidates] == ["戊", "己"] and first.next_round.seats == 1
    runoff = new_round(e, first)
    assert runoff.number == 2 and [v.name for v in runoff.votes] == ["戊", "己"]
    runoff.votes[0].yes, runoff.votes[1].yes = 12, 11  # by most votes among the tied: no half needed again
    runoff.ballots_issued = runoff.ballots_returned = runoff.ballots_valid = 23
    e.rounds.append(runoff)
    done = election_outcome(e, ElectionRules())
    assert done.complete and done.elected_names == ["甲", "乙", "丙", "丁", "戊"]


def test_a_shortfall_suggests_another_election_among_the_others_by_votes():
    e = _election(rounds=[_round({"甲": 22, "乙": 21, "丙": 20, "丁": 12, "戊": 10, "己": 11})])
    nxt = election_outcome(e, ElectionRules()).next_round
    assert nxt is not None and nxt.kind is RoundKind.SUPPLEMENTARY and nxt.seats == 2
    assert [x.name for x in nxt.candidates] == ["丁", "己", "戊"]
    e.reduced_to = 3  # the voters agreed to fewer seats: nothing more to elect
    assert election_outcome(e, ElectionRules()).complete


def _levels(e: Election, ctx: Context | None = None) -> dict[str, set[Level]]:
    out: dict[str, set[Level]] = {}
    for c in check_election(e, ElectionRules(), ctx or Context(TODAY)):
        out.setdefault(c.rule, set()).add(c.level)
    return out


def test_scrutineers_and_tellers_may_not_be_candidates():
    assert _levels(_election())["scrutineers"] == {Level.OK}
    bad = _election(scrutineers=[Person("甲")])
    assert Level.ERROR in _levels(bad)["scrutineers"]


def test_a_probationary_member_cannot_stand():
    e = _election(candidates=[Person(n, f"u{n}") for n in "甲乙丙丁戊己"])
    voting = frozenset(f"u{n}" for n in "甲乙丙丁戊")  # 己 is a 预备党员
    ctx = Context(TODAY, voting_members=voting, known_members=voting | {"u己"})
    checks = check_election(e, ElectionRules(), ctx)
    assert any(c.level is Level.ERROR and "己是预备党员" in c.message for c in checks)


def test_ballot_counts_are_checked():
    good = _round({"甲": 22, "乙": 21, "丙": 20, "丁": 15, "戊": 14, "己": 3})
    for v in good.votes:
        v.no = 23 - v.yes
    assert _levels(_election(rounds=[good]))["ballots"] == {Level.OK}
    more = _round({"甲": 22}, returned=24)
    assert Level.ERROR in _levels(_election(rounds=[more]))["ballots"]
    mismatch = _round({"甲": 22})
    mismatch.ballots_void = 2  # 23 valid + 2 void ≠ 23 returned
    assert Level.INVALID in _levels(_election(rounds=[mismatch]))["ballots"]
    # 23 valid ballots choosing at most 5 each: 116 yes votes cannot be
    crowded = _round({"甲": 23, "乙": 23, "丙": 23, "丁": 23, "戊": 23, "己": 1})
    assert Level.ERROR in _levels(_election(rounds=[crowded]))["votes"]
    over = _round({"甲": 20})
    over.votes[0].no = 5  # 25 marks for one candidate on 23 valid ballots
    assert Level.ERROR in _levels(_election(rounds=[over]))["votes"]


def test_the_committee_needs_one_secretary_from_those_elected():
    e = _election(rounds=[_round({"甲": 22, "乙": 21, "丙": 20, "丁": 15, "戊": 14, "己": 3})])
    e.committee = [Seat(CommitteeRole.SECRETARY, "甲"), Seat(CommitteeRole.SECRETARY, "乙"),
                   Seat(CommitteeRole.MEMBER, "丙"), Seat(CommitteeRole.MEMBER, "丁"), Seat(CommitteeRole.MEMBER, "己")]
    checks = [c for c in check_election(e, ElectionRules(), Context(TODAY)) if c.rule == "committee"]
    messages = " ".join(c.message for c in checks)
    assert "己不是本次当选的委员" in messages and "只有1名书记" in messages and "戊还没有分工" in messages


def test_a_delay_is_at_most_a_year_and_needs_approval():
    end = dt.date(2026, 3, 31)
    late = _election(held_on=dt.date(2026, 6, 20))
    assert any(c.rule == "term" and c.level is Level.WARNING for c in check_election(
        late, ElectionRules(), Context(TODAY, term_ends_on=end)))
    ok = _election(delay_until=dt.date(2027, 3, 31))
    assert _levels(ok, Context(TODAY, term_ends_on=end))["delay"] == {Level.OK}
    too_long = _election(delay_until=dt.date(2027, 4, 1))
    assert Level.ERROR in _levels(too_long, Context(TODAY, term_ends_on=end))["delay"]


def test_approval_needs_a_complete_result_a_committee_and_the_date():
    e = _election(rounds=[_round({"甲": 22, "乙": 21, "丙": 20, "丁": 15, "戊": 14, "己": 3})])
    problems = approval_problems(e, ElectionRules(), Context(TODAY))
    assert any("分工" in p for p in problems) and any("批准的日期" in p for p in problems)
    e.committee = [Seat(CommitteeRole.SECRETARY, "甲")] + [Seat(CommitteeRole.MEMBER, n) for n in "乙丙丁戊"]
    e.approved_on = TODAY
    assert approval_problems(e, ElectionRules(), Context(TODAY)) == []
    e.approved_on = TODAY + dt.timedelta(days=1)
    assert approval_problems(e, ElectionRules(), Context(TODAY)) == ["批准日期不能晚于今天"]


def test_rules_survive_damaged_settings():
    assert ElectionRules.from_dict({"margin_percent": "x", "quorum_numerator": 5, "quorum_denominator": 4,
                                    "elected_basis": "随便"}) == ElectionRules()
    custom = ElectionRules(margin_percent=25, elected_basis=ElectedBasis.PRESENT, max_delay_months=6)
    assert ElectionRules.from_dict(custom.to_dict()) == custom
