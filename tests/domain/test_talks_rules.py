"""谈心谈话 coverage as a pure function, worked by hand on a small branch.

Committee: 书记 A (第一党小组), 委员 B (第一党小组), 委员 C (第二党小组). Members: D (第一), E (第二), F (第三, which has
no committee member), H (in no 党小组). Expected pairs with the default rules, worked out by hand:
A–B, A–C (书记与支委); B–C (支委之间); A–D and B–D (第一党小组's committee members with D); C–E; A–F and A–H (to
the secretary). Eight pairs.
"""

from __future__ import annotations

import datetime as dt

from dangjian_desktop.domain.talks import (
    CommitteeMember,
    RosterMember,
    Talk,
    TalkRules,
    TalkType,
    coverage,
    expected_pairs,
    person,
    pre_meeting_missing,
    validate_talk,
)

A, B, C = person("甲书记", "a"), person("乙委员", "b"), person("丙委员", "c")
D, E, F, H = person("丁", "d"), person("戊", "e"), person("己", "f"), person("庚", "h")
COMMITTEE = [CommitteeMember(B, "委员", "g1"), CommitteeMember(A, "书记", "g1"), CommitteeMember(C, "委员", "g2")]
MEMBERS = [RosterMember(A, "g1"), RosterMember(B, "g1"), RosterMember(C, "g2"), RosterMember(D, "g1"),
           RosterMember(E, "g2"), RosterMember(F, "g3"), RosterMember(H, None)]
Y = 2026


def _names(pairs) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(p.a.name, p.b.name) for p in pairs]


def _talk(a, b, on: dt.date, kind: TalkType = TalkType.DAILY) -> Talk:  # noqa: ANN001
    return Talk(on, a.name, b.name, kind, a_uuid=a.key if not a.key.startswith("name:") else None,
                b_uuid=b.key if not b.key.startswith("name:") else None, content="谈心")


def test_expected_pairs_of_the_small_branch():
    got = _names(expected_pairs(COMMITTEE, MEMBERS, TalkRules()))
    assert got == [("甲书记", "乙委员"), ("甲书记", "丙委员"), ("乙委员", "丙委员"), ("甲书记", "丁"), ("乙委员", "丁"),
                   ("丙委员", "戊"), ("甲书记", "己"), ("甲书记", "庚")]
    whys = {(p.a.name, p.b.name): p.why for p in expected_pairs(COMMITTEE, MEMBERS, TalkRules())}
    assert whys[("甲书记", "己")] == "书记与党员（所在党小组无支委）"
    assert whys[("甲书记", "庚")] == "书记与党员（未编入党小组）"


def test_rules_switch_pairs_on_and_off():
    no_committee_pairs = _names(expected_pairs(COMMITTEE, MEMBERS, TalkRules(committee_pairs=False)))
    assert ("乙委员", "丙委员") not in no_committee_pairs and ("甲书记", "丙委员") in no_committee_pairs
    assert len(no_committee_pairs) == 7
    with_all = _names(expected_pairs(COMMITTEE, MEMBERS, TalkRules(secretary_with_all=True)))
    assert ("甲书记", "戊") in with_all and len(with_all) == 9  # E was C's only; now also the secretary's
    no_groups = _names(expected_pairs(COMMITTEE, MEMBERS, TalkRules(group_pairs=False)))
    assert no_groups == [("甲书记", "乙委员"), ("甲书记", "丙委员"), ("乙委员", "丙委员")]


def test_a_branch_with_only_a_secretary_talks_with_everyone():
    got = _names(expected_pairs([CommitteeMember(A, "书记", None)], MEMBERS, TalkRules()))
    assert got == [("甲书记", n) for n in ("乙委员", "丙委员", "丁", "戊", "己", "庚")]
    assert expected_pairs([], MEMBERS, TalkRules()) == []


def test_coverage_counts_talks_of_the_year_either_way_round():
    talks = [
        _talk(A, B, dt.date(Y, 3, 1)),
        _talk(D, B, dt.date(Y, 5, 2)),  # recorded the other way round: still the pair B–D
        _talk(C, E, dt.date(Y, 12, 31)),
        _talk(C, E, dt.date(Y, 6, 1), TalkType.CARE),
        _talk(A, C, dt.date(Y - 1, 12, 31)),  # last year: does not count
    ]
    cov = coverage(COMMITTEE, MEMBERS, talks, Y, TalkRules())
    assert cov.talks == 4
    assert _names(cov.missing) == [("甲书记", "丙委员"), ("乙委员", "丙委员"), ("甲书记", "丁"), ("甲书记", "己"),
                                   ("甲书记", "庚")]
    assert cov.done == 3 and len(cov.expected) == 8
    assert cov.count("c", "e") == 2 and cov.count("b", "d") == 1 and cov.count("a", "d") == 0
    assert cov.is_expected("a", "f") and not cov.is_expected("c", "d")
    assert [p.name for p in cov.without_talk] == ["己", "庚"]


def test_people_not_on_the_roster_are_matched_by_name():
    outsider = person("王书记", None)  # a seat held by name only
    committee = [CommitteeMember(outsider, "书记", None)]
    talks = [Talk(dt.date(Y, 2, 1), "王书记", "丁", b_uuid="d", content="x")]
    cov = coverage(committee, [RosterMember(D, "g1"), RosterMember(E, "g2")], talks, Y, TalkRules())
    assert _names(cov.missing) == [("王书记", "戊")]


def test_talks_before_the_meeting_count_inside_the_window():
    meeting = dt.date(Y + 1, 1, 15)
    talks = [_talk(A, B, meeting - dt.timedelta(days=60)), _talk(A, C, meeting - dt.timedelta(days=61)),
             _talk(B, D, meeting), _talk(A, D, meeting + dt.timedelta(days=1))]
    expected, missing = pre_meeting_missing(COMMITTEE, MEMBERS, talks, meeting, 60)
    # before the meeting: no pair between ordinary committee members (B–C)
    assert len(expected) == 7
    assert _names(missing) == [("甲书记", "丙委员"), ("甲书记", "丁"), ("丙委员", "戊"), ("甲书记", "己"), ("甲书记", "庚")]


def test_rules_from_damaged_settings():
    assert TalkRules.from_dict({"pre_meeting_days": 3, "committee_pairs": "yes"}) == TalkRules()
    assert TalkRules.from_dict({"remind_from_month": 11}).remind_from_month == 11


def test_a_talk_needs_two_people_a_date_not_ahead_and_content():
    today = dt.date(Y, 6, 1)
    t = Talk(today + dt.timedelta(days=1), "丁", "丁", a_uuid="d", b_uuid="d")
    fields = {f for f, _ in validate_talk(t, today)}
    assert fields == {"b_name", "on", "content"}
    assert not validate_talk(Talk(today, "丁", "戊", a_uuid="d", b_uuid="e", content="x"), today)
