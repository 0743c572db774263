"""谈心谈话: one record per talk, and the yearly coverage the rules ask for.

《关于新形势下党内政治生活的若干准则》 and the branch rules: committee members with each other, committee members
with members, members with members, each pair “一般不少于1次” a year; before the 组织生活会 the secretary talks
with each committee member, and committee members with the members of their 党小组.

Which pairs are expected (:func:`expected_pairs`, the numbers are :class:`TalkRules`):

* the secretary with each other committee member (书记与支委), always;
* every other pair of committee members (支委之间), unless switched off;
* each committee member with every member of the 党小组 they belong to (支委与本党小组党员); a member whose 党小组
  has no committee member, or who is in no 党小组, falls to the secretary (书记与党员);
* optionally the secretary with every member (书记与每名党员).

“Members with members” is not enumerated pair by pair (a branch of 30 has 435 pairs); instead the coverage lists
the members with no talk at all in the year. People are matched by their roster uuid, or by name for someone not on
the roster (a committee seat held by name only, a talk with an applicant).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from dangjian_desktop.domain.saved_values import SavedValues

SECRETARY_ROLE = "书记"


class TalkType(StrEnum):
    DAILY = "日常"
    PRE_MEETING = "组织生活会前"
    DEVELOPMENT = "发展党员"
    CARE = "关怀帮扶"
    OTHER = "其他"


@dataclass(frozen=True)
class Person:
    key: str  # the member's uuid, or "name:<姓名>" for someone not on the roster
    name: str


def person(name: str, uuid: str | None) -> Person:
    return Person(uuid or f"name:{name.strip()}", name.strip())


@dataclass(frozen=True)
class CommitteeMember:
    person: Person
    role: str  # 书记 / 副书记 / 委员
    group_key: str | None = None  # the 党小组 they belong to


@dataclass(frozen=True)
class RosterMember:
    person: Person
    group_key: str | None = None
    group_name: str = ""


@dataclass(frozen=True)
class TalkRules:
    committee_pairs: bool = True  # 支委之间两两谈话
    group_pairs: bool = True  # 支委与本党小组党员
    secretary_with_all: bool = False  # 书记与每名党员
    pre_meeting_days: int = 60  # a talk this many days before the 组织生活会 counts as held before it
    remind_from_month: int = 10  # 首页 lists the missing pairs from this month (the fourth quarter)

    def to_dict(self) -> dict:
        return {"committee_pairs": self.committee_pairs, "group_pairs": self.group_pairs,
                "secretary_with_all": self.secretary_with_all, "pre_meeting_days": self.pre_meeting_days,
                "remind_from_month": self.remind_from_month}

    @classmethod
    def from_dict(cls, d: object) -> TalkRules:
        v = SavedValues(d, cls())
        return cls(v.flag("committee_pairs"), v.flag("group_pairs"), v.flag("secretary_with_all"),
                   v.whole("pre_meeting_days", 7, 365), v.whole("remind_from_month", 1, 12))


def validate_rules(r: TalkRules) -> list[tuple[str, str]]:
    p = []
    if not 7 <= r.pre_meeting_days <= 365:
        p.append(("pre_meeting_days", "会前谈话的天数应在7到365天之间"))
    if not 1 <= r.remind_from_month <= 12:
        p.append(("remind_from_month", "提醒月份应在1到12月之间"))
    return p


@dataclass
class Talk:
    """One 谈心谈话: who talked with whom, when, where, about what, and what follows."""

    on: dt.date
    a_name: str  # 谈话人
    b_name: str  # 谈话对象
    kind: TalkType = TalkType.DAILY
    a_uuid: str | None = None
    b_uuid: str | None = None
    place: str = ""
    content: str = ""  # 谈话内容
    views: str = ""  # 对方反映的问题、意见建议
    follow_up: str = ""  # 后续跟进 / 处理情况
    uuid: str | None = None

    @property
    def a(self) -> Person:
        return person(self.a_name, self.a_uuid)

    @property
    def b(self) -> Person:
        return person(self.b_name, self.b_uuid)

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.a.key, self.b.key))


def validate_talk(t: Talk, today: dt.date) -> list[tuple[str, str]]:
    p = []
    if not t.a_name.strip():
        p.append(("a_name", "请选择谈话人"))
    if not t.b_name.strip():
        p.append(("b_name", "请选择谈话对象"))
    if t.a_name.strip() and t.b_name.strip() and t.a.key == t.b.key:
        p.append(("b_name", "谈话人和谈话对象不能是同一个人"))
    if t.on > today:
        p.append(("on", "谈话日期不能晚于今天"))
    if t.on.year < 2000:
        p.append(("on", "谈话日期不合理"))
    if not t.content.strip():
        p.append(("content", "请填写谈话的主要内容"))
    return p


@dataclass(frozen=True)
class ExpectedPair:
    a: Person  # the committee side (the secretary first)
    b: Person
    why: str  # 书记与支委 / 支委之间 / 支委与本党小组党员 / 书记与党员

    @property
    def key(self) -> frozenset[str]:
        return frozenset((self.a.key, self.b.key))


def _secretary(committee: list[CommitteeMember]) -> CommitteeMember | None:
    return next((c for c in committee if c.role == SECRETARY_ROLE), None)


def expected_pairs(committee: list[CommitteeMember], members: list[RosterMember],
                   rules: TalkRules) -> list[ExpectedPair]:
    """The pairs that should talk at least once a year, each once, in a stable order (committee first)."""
    out: list[ExpectedPair] = []
    seen: set[frozenset[str]] = set()

    def add(a: Person, b: Person, why: str) -> None:
        key = frozenset((a.key, b.key))
        if a.key != b.key and key not in seen:
            seen.add(key)
            out.append(ExpectedPair(a, b, why))

    secretary = _secretary(committee)
    # the secretary leads the list; then the committee in its order
    ordered = ([secretary] if secretary else []) + [c for c in committee if c is not secretary]
    if secretary:
        for c in ordered[1:]:
            add(secretary.person, c.person, "书记与支委")
    if rules.committee_pairs:
        for i, c in enumerate(ordered):
            for d in ordered[i + 1:]:
                add(c.person, d.person, "支委之间")
    on_committee = {c.person.key for c in committee}
    plain = [m for m in members if m.person.key not in on_committee]
    if rules.group_pairs:
        by_group: dict[str, list[CommitteeMember]] = {}
        for c in ordered:
            if c.group_key:
                by_group.setdefault(c.group_key, []).append(c)
        for m in plain:
            leads = by_group.get(m.group_key or "", []) if m.group_key else []
            for c in leads:
                add(c.person, m.person, "支委与本党小组党员")
            if not leads and secretary:
                add(secretary.person, m.person, "书记与党员（所在党小组无支委）" if m.group_key
                    else "书记与党员（未编入党小组）")
    if rules.secretary_with_all and secretary:
        for m in plain:
            add(secretary.person, m.person, "书记与党员")
    return out


def pre_meeting_pairs(committee: list[CommitteeMember], members: list[RosterMember]) -> list[ExpectedPair]:
    """The talks expected before the 组织生活会: the secretary with each committee member, committee members with
    the members of their 党小组 (members of a 党小组 without one: the secretary)."""
    return expected_pairs(committee, members, TalkRules(committee_pairs=False, group_pairs=True,
                                                        secretary_with_all=False))


@dataclass(frozen=True)
class Coverage:
    """The year's talks against the pairs the rules expect."""

    year: int
    talks: int  # talks dated in the year
    expected: tuple[ExpectedPair, ...]
    missing: tuple[ExpectedPair, ...]
    committee: tuple[Person, ...]
    members: tuple[RosterMember, ...]
    cells: dict[tuple[str, str], int] = field(default_factory=dict)  # (committee key, member key) -> talks
    without_talk: tuple[Person, ...] = ()  # on the roster, no talk at all in the year

    def count(self, committee_key: str, member_key: str) -> int:
        return self.cells.get((committee_key, member_key), 0)

    def is_expected(self, committee_key: str, member_key: str) -> bool:
        return frozenset((committee_key, member_key)) in {p.key for p in self.expected}

    @property
    def done(self) -> int:
        return len(self.expected) - len(self.missing)


def coverage(committee: list[CommitteeMember], members: list[RosterMember], talks: list[Talk], year: int,
             rules: TalkRules) -> Coverage:
    """Talks dated in ``year`` against :func:`expected_pairs`; the committee × members counts; who had none."""
    in_year = [t for t in talks if t.on.year == year]
    pairs: dict[frozenset[str], int] = {}
    for t in in_year:
        pairs[t.pair] = pairs.get(t.pair, 0) + 1
    expected = expected_pairs(committee, members, rules)
    missing = tuple(p for p in expected if p.key not in pairs)
    cells = {}
    for c in committee:
        for m in members:
            n = pairs.get(frozenset((c.person.key, m.person.key)), 0)
            if n and c.person.key != m.person.key:
                cells[(c.person.key, m.person.key)] = n
    talked = {k for t in in_year for k in t.pair}
    everyone = [c.person for c in committee] + [m.person for m in members]
    seen: set[str] = set()
    without = []
    for p in everyone:
        if p.key not in seen and p.key not in talked:
            without.append(p)
        seen.add(p.key)
    return Coverage(year, len(in_year), tuple(expected), missing, tuple(c.person for c in committee),
                    tuple(members), cells, tuple(without))


def pre_meeting_missing(committee: list[CommitteeMember], members: list[RosterMember], talks: list[Talk],
                        meeting_date: dt.date, window_days: int) -> tuple[list[ExpectedPair], list[ExpectedPair]]:
    """(expected, missing) of the talks before a 组织生活会 on ``meeting_date``: a talk counts when held in the
    ``window_days`` before the meeting (the meeting day included)."""
    start = meeting_date - dt.timedelta(days=window_days)
    done = {t.pair for t in talks if start <= t.on <= meeting_date}
    expected = pre_meeting_pairs(committee, members)
    return expected, [p for p in expected if p.key not in done]


def pair_text(p: ExpectedPair) -> str:
    return f"{p.a.name}—{p.b.name}"
