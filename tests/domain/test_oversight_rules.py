"""Headquarters oversight, pure: held/required per kind and the attention reasons, against a hand-worked branch.

The branch (worked out on paper, today 2027-05-20, year 2027):
- 支委会 monthly: January, February (twice), April held; March missed; May still running → 3 of 4.
- 党员大会 quarterly: the February sitting was also a 党员大会 → Q1 met; Q2 running → 1 of 1.
- 党小组会 monthly for 一组: January only → 1 of 4 (February, March, April missed).
- 党课 quarterly: none → Q1 missed → 0 of 1. 书记讲党课 yearly: the year is running → 0 of 0.
- 组织生活会, 民主评议 yearly: running → 0 of 0. 主题党日: not checked → no entry.
"""

from __future__ import annotations

import datetime as dt

from dangjian_desktop.domain.compliance import ComplianceRule, ComplianceRules, HeldMeeting, Period
from dangjian_desktop.domain.meetings import MeetingType as T
from dangjian_desktop.domain.oversight import (
    Attention,
    BranchFacts,
    OversightRules,
    needing_attention,
    overview,
    rules_from_package,
)

TODAY = dt.date(2027, 5, 20)
D = dt.date


# the branch's rules as its package carries them to headquarters (the text of its 设置)
PACKAGE_RULES = {"rules": [
    {"type": "支部党员大会", "period": "每季度"},
    {"type": "支部委员会", "period": "每月"},
    {"type": "党小组会", "period": "每月", "per_group": True},
    {"type": "党课", "period": "每季度"},
    {"type": "主题党日", "period": "不检查"},
    {"type": "组织生活会", "period": "每年"},
    {"type": "民主评议党员", "period": "每年"},
]}


def _rules() -> ComplianceRules:
    return rules_from_package(PACKAGE_RULES)


def _facts(**kw) -> BranchFacts:  # noqa: ANN003
    held = [
        HeldMeeting("c1", D(2027, 1, 10), (T.COMMITTEE,)),
        HeldMeeting("c2", D(2027, 2, 5), (T.COMMITTEE, T.ASSEMBLY)),
        HeldMeeting("c3", D(2027, 2, 20), (T.COMMITTEE,)),
        HeldMeeting("c4", D(2027, 4, 3), (T.COMMITTEE,)),
        HeldMeeting("g1", D(2027, 1, 15), (T.GROUP,), group_uuid="G1"),
        HeldMeeting("x", D(2027, 3, 15), (T.GROUP,), group_uuid="other-branch-group"),
    ]
    base = dict(uuid="B", name="一支部", last_package=D(2027, 5, 1), members=10,
                election_date=D(2022, 7, 1), term_years=5, secretary_name="张三", groups=[("G1", "一组")],
                held=held, rules=_rules(), rectifications_overdue=2, pledges_made=7, pledges_reviewed=5,
                figures={"dues_arrears_members": 2, "dev_overdue": 0})
    base.update(kw)
    return BranchFacts(**base)


ATTENTION = [Attention("dues_arrears_members", "{n} 名党员欠交党费"), Attention("dev_overdue", "发展党员 {n} 个步骤逾期")]


def test_held_and_required_per_kind_by_hand() -> None:
    o = overview(_facts(), 2027, TODAY, OversightRules(), ATTENTION)
    got = {k: (t.held, t.required) for k, t in o.meetings.items()}
    assert got == {"党员大会": (1, 1), "支委会": (3, 4), "党小组会": (1, 4), "党课": (0, 1), "组织生活会": (0, 0),
                   "民主评议党员": (0, 0), "书记讲党课": (0, 0)}
    d = o.as_dict()
    assert set(d) == {"name", "last_package", "members", "meetings", "term_end", "rectifications_overdue",
                      "pledges", "attention"}
    assert d["term_end"] == "2027-07-01"
    assert d["last_package"] == "2027-05-01"
    assert d["pledges"] == {"made": 7, "reviewed": 5, "members": 10}
    assert d["meetings"]["支委会"] == {"held": 3, "required": 4}


def test_reasons_in_words_most_serious_and_newest_first() -> None:
    o = overview(_facts(), 2027, TODAY, OversightRules(), ATTENTION)
    assert o.attention == [
        "支委会任期 2027-07 届满，尚未请示换届",  # ends 2027-07-01: within 3 months, no 换届 record
        "一组2月、3月、4月未开党小组会",  # the newest gap (April)
        "3月未开支委会",
        "第一季度未开党课",
        "整改 2 项逾期",
        "3 名党员尚未作出承诺",
        "2 名党员欠交党费",  # a declared figure above zero; dev_overdue = 0 says nothing
    ]


def test_package_age_threshold_is_a_setting_with_its_boundary() -> None:
    at_45 = overview(_facts(last_package=TODAY - dt.timedelta(days=45)), 2027, TODAY, OversightRules(), [])
    at_46 = overview(_facts(last_package=TODAY - dt.timedelta(days=46)), 2027, TODAY, OversightRules(), [])
    assert not [r for r in at_45.attention if "数据包" in r]
    assert "数据包已 46 天未更新" in at_46.attention
    stricter = overview(_facts(last_package=TODAY - dt.timedelta(days=31)), 2027, TODAY,
                        OversightRules(package_age_days=30), [])
    assert "数据包已 31 天未更新" in stricter.attention
    never = overview(_facts(last_package=None), 2027, TODAY, OversightRules(), [])
    assert never.attention[0] == "尚未收到数据包"


def test_term_overdue_is_most_serious_and_far_term_says_nothing() -> None:
    over = overview(_facts(election_date=D(2022, 4, 30)), 2027, TODAY, OversightRules(), [])
    assert over.attention[0] == "支委会任期已于 2027-04 届满，尚未换届，应换尽换"
    assert over.severity == 3
    far = overview(_facts(election_date=D(2023, 1, 1)), 2027, TODAY, OversightRules(), [])
    assert not [r for r in far.attention if "任期" in r]
    no_term = overview(_facts(election_date=None), 2027, TODAY, OversightRules(), [])
    assert no_term.term_end is None and no_term.as_dict()["term_end"] is None


def test_many_gaps_are_summed_up_not_listed() -> None:
    o = overview(_facts(held=[]), 2027, TODAY, OversightRules(), [])
    assert "1月、2月等4期未开支委会" in o.attention


def test_the_branchs_own_rules_decide() -> None:
    quarterly = _rules()
    quarterly.rules[1] = ComplianceRule(T.COMMITTEE, Period.QUARTER)
    o = overview(_facts(rules=quarterly), 2027, TODAY, OversightRules(), [])
    assert (o.meetings["支委会"].held, o.meetings["支委会"].required) == (2, 2)  # Q1 met; Q2 already met in April
    assert not [r for r in o.attention if "支委会" in r and "任期" not in r]


def test_attention_list_leaves_out_branches_without_reasons() -> None:
    fine = _facts(uuid="F", name="好支部", last_package=TODAY, election_date=D(2025, 1, 1), rectifications_overdue=0,
                  pledges_made=10, figures={}, rules=ComplianceRules(rules=[]), held=[])
    fine.rules.secretary_lectures_per_year = 0
    rows = [overview(f, 2027, TODAY, OversightRules(), ATTENTION)
            for f in (fine, _facts(), _facts(uuid="C", name="三支部", election_date=D(2022, 4, 30)))]
    assert [b.name for b in needing_attention(rows)] == ["三支部", "一支部"]


def test_rules_from_a_hostile_package_fall_back_to_defaults() -> None:
    for junk in (None, 5, "x", {"rules": 7}, {"rules": [{"type": "支部委员会", "period": "每年", "count": "x"}]},
                 {"secretary_lectures_per_year": [1]}):
        r = rules_from_package(junk)
        assert r.rule_for(T.COMMITTEE) is not None
    huge = rules_from_package({"rules": [{"type": "支部委员会", "period": "每月", "count": 10**12}],
                               "secretary_lectures_per_year": 10**9})
    assert huge.rule_for(T.COMMITTEE).count == 31 and huge.secretary_lectures_per_year == 12
    assert OversightRules.from_dict({"package_age_days": True, "term_warning_months": 10**9}) == \
        OversightRules(45, 24)


def test_a_requested_or_delayed_election_is_said_so() -> None:
    asked = overview(_facts(election_pending=True, election_requested=D(2027, 4, 10)), 2027, TODAY,
                     OversightRules(), [])
    term = [(r.text, r.severity) for r in asked.reasons if "任期" in r.text]
    assert term == [("支委会任期 2027-07 届满，已于 2027-04-10 请示换届", 1)]
    # ended 2027-04-30, but the higher committee approved a delay to 2027-09-30: due, not overdue
    delayed = overview(_facts(election_date=D(2022, 4, 30), election_pending=True, term_delay_until=D(2027, 9, 30)),
                       2027, TODAY, OversightRules(term_warning_months=6), [])
    assert [r for r in delayed.attention if "任期" in r] == ["支委会任期 2027-09 届满（已批准延期），尚未请示换届"]
    late = overview(_facts(election_date=D(2022, 4, 30), election_pending=True), 2027, TODAY, OversightRules(), [])
    assert late.attention[0] == "支委会任期已于 2027-04 届满，换届尚未完成，应换尽换"


def test_a_quarter_or_a_month_counts_the_requirements_due_in_it() -> None:
    from dangjian_desktop.domain.oversight import span_of

    q1 = overview(_facts(), 2027, TODAY, OversightRules(), [], span_of(2027, quarter=1))
    got = {k: (t.held, t.required) for k, t in q1.meetings.items() if t.required}
    # 支委会: January and February met, March missed; 党小组会: January only; 党员大会 Q1 met; 党课 Q1 missed
    assert got == {"支委会": (2, 3), "党小组会": (1, 3), "党员大会": (1, 1), "党课": (0, 1)}
    april = overview(_facts(), 2027, TODAY, OversightRules(), [], span_of(2027, month=4))
    got = {k: (t.held, t.required) for k, t in april.meetings.items() if t.required}
    assert got == {"支委会": (1, 1), "党小组会": (0, 1)}  # the quarterly ones fall due in June, not April
    assert april.attention == overview(_facts(), 2027, TODAY, OversightRules(), []).attention  # the year's reasons


def test_what_ended_after_the_last_package_is_not_called_missed() -> None:
    """Headquarters knows what the last package held: a period that ended after it was made is not a gap (the
    package's age is the reason), as the branch's own calendar said on the day it made the package."""
    held = [h for h in _facts().held if h.date <= D(2027, 3, 1)]
    o = overview(_facts(last_package=D(2027, 3, 1), held=held), 2027, TODAY, OversightRules(), [])
    got = {k: (t.held, t.required) for k, t in o.meetings.items() if t.required}
    # 支委会 January and February met (March was running on 1 March); 党小组会 January met, February missed;
    # 党员大会 Q1 met in February; 党课 Q1 was still running
    assert got == {"支委会": (2, 2), "党小组会": (1, 2), "党员大会": (1, 1)}
    assert o.attention == [
        "支委会任期 2027-07 届满，尚未请示换届",
        "数据包已 80 天未更新",  # 2027-03-01 → 2027-05-20, newer than the February gap
        "一组2月未开党小组会",
        "整改 2 项逾期",
        "3 名党员尚未作出承诺",
    ]


def test_a_matrix_cell_reads_the_same_on_screen_and_on_paper():
    from dangjian_desktop.domain.oversight import Tally
    from dangjian_desktop.domain.oversight_matrix import cell_text

    assert cell_text(None) == "—" and cell_text(Tally(3, 4)) == "3/4" and cell_text(7) == "7"
    assert cell_text(dt.date(2027, 3, 9)) == "2027-03-09" and cell_text(dt.date(2027, 3, 9), "%Y-%m") == "2027-03"
