"""党员学习学时: each member's hours of concentrated study in a year — the meetings attended (duration from their start
and end times, only the kinds that count) plus outside training entered per member — against the yearly target.

Rule (《中国共产党党员教育管理工作条例》): each member at least 32 学时 of concentrated learning a year; 书记 and
committee members more where the locality says so. The numbers are data (:class:`StudyRules`, 设置 › 学习学时).

Which meetings count, by default: 支部党员大会, 支部委员会, 党小组会 (each opens with the 第一议题 study), 党课 and
主题党日 (study is their purpose) — the organisational life the 条例 names as the basic form of members' education.
组织生活会 and 民主评议党员 are reviews, not study, and 其他 is unknown: they do not count unless the branch says so.
Meeting minutes are summed exactly and turned into 学时 by the minutes a 学时 has (60 by default; 45 in some
localities); training is entered in 学时 (to one decimal, as its certificate says). Totals are exact fractions,
shown to one decimal; a member is below the target when the exact total is. A member on the roster for part of
the year (joined, transferred in or out) has the target of those months.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from dangjian_desktop.domain.meetings import MeetingType
from dangjian_desktop.domain.saved_values import SavedValues

DEFAULT_COUNTED = (MeetingType.ASSEMBLY, MeetingType.COMMITTEE, MeetingType.GROUP, MeetingType.LECTURE,
                   MeetingType.THEME_DAY)
TRAINING_KINDS = ("上级党组织集中培训", "网络学习", "专题讲座", "党校学习", "参观学习", "其他")


@dataclass(frozen=True)
class StudyRules:
    target_hours: int = 32  # every member
    committee_hours: int = 32  # 支委会委员 (localities may ask more, e.g. 56)
    secretary_hours: int = 32  # 书记
    minutes_per_hour: int = 60  # some localities count a 学时 as 45 minutes
    counted_types: tuple[MeetingType, ...] = DEFAULT_COUNTED
    prorate: bool = True  # members on the roster for part of the year: the target of those months

    def to_dict(self) -> dict[str, Any]:
        return {"target_hours": self.target_hours, "committee_hours": self.committee_hours,
                "secretary_hours": self.secretary_hours, "minutes_per_hour": self.minutes_per_hour,
                "counted_types": [t.value for t in self.counted_types], "prorate": self.prorate}

    @classmethod
    def from_dict(cls, data: object) -> StudyRules:
        base = cls()
        saved = SavedValues(data, base)
        num = saved.whole
        types = saved.data.get("counted_types")
        counted = tuple(MeetingType(t) for t in types if t in MeetingType._value2member_map_) \
            if isinstance(types, list) else base.counted_types
        return cls(num("target_hours", 0, 500), num("committee_hours", 0, 500), num("secretary_hours", 0, 500),
                   num("minutes_per_hour", 30, 60), counted, saved.flag("prorate"))

    def target(self, role: str, months: int = 12) -> Fraction:
        """The 学时 a member must reach: by role, for the months of the year on the roster."""
        full = {"书记": max(self.secretary_hours, self.committee_hours, self.target_hours),
                "支委": max(self.committee_hours, self.target_hours)}.get(role, self.target_hours)
        if not self.prorate or months >= 12:
            return Fraction(full)
        return Fraction(full * max(0, months), 12)


def shown(value: Fraction) -> Decimal:
    """学时 to one decimal (half up): 3/2 → 1.5, 5/3 → 1.7."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def hours(minutes: int, minutes_per_hour: int = 60) -> Fraction:
    """Minutes as exact 学时: 90 → 3/2."""
    return Fraction(minutes, minutes_per_hour)


def meeting_minutes(start: dt.time | None, end: dt.time | None) -> int | None:
    """A meeting's length from its start and end times; None when either is missing or end is not after start."""
    if start is None or end is None:
        return None
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return minutes if minutes > 0 else None


def parse_hours(text: str) -> int:
    """学时 typed by the secretary (“2”, “1.5”, “2.5学时”) in tenths (15 for 1.5); ValueError when unreadable, not
    positive, above 200 or finer than a tenth."""
    from decimal import InvalidOperation

    t = text.strip().removesuffix("学时").removesuffix("小时").strip()
    try:
        value = Decimal(t)
    except InvalidOperation:
        raise ValueError(t) from None
    if not value.is_finite() or value <= 0 or value > 200 or value != value.quantize(Decimal("0.1")):
        raise ValueError(t)
    return int(value * 10)


def months_on_roster(on_roster_at, year: int) -> int:  # noqa: ANN001 - Callable[[date], bool]
    """Months of ``year`` in which the member was on the roster (on the 15th)."""
    return sum(1 for m in range(1, 13) if on_roster_at(dt.date(year, m, 15)))


@dataclass
class Training:
    """Study outside the branch's meetings, entered per member (上级党委的培训班、网络学习…)."""

    member_uuid: str | None
    member_name: str
    on: dt.date
    title: str
    tenths: int  # 学时 × 10
    kind: str = TRAINING_KINDS[0]
    organiser: str = ""
    note: str = ""
    uuid: str | None = None


@dataclass(frozen=True)
class Attended:
    """A counted meeting a member attended: its date, title and length (None: no start/end time)."""

    member_uuid: str
    meeting_uuid: str
    date: dt.date
    title: str
    minutes: int | None


@dataclass(frozen=True)
class Person:
    member_uuid: str
    name: str
    group_name: str = ""
    role: str = ""  # 书记 / 支委 / ""
    months: int = 12
    note: str = ""  # 年中转入、已转出…


@dataclass(frozen=True)
class MemberHours:
    member_uuid: str
    name: str
    group_name: str
    role: str
    meetings: int
    meeting_minutes: int
    training_tenths: int
    target_exact: Fraction
    months: int
    minutes_per_hour: int = 60
    untimed: int = 0  # counted meetings attended that lack a start or end time
    note: str = ""

    @property
    def total(self) -> Fraction:
        return hours(self.meeting_minutes, self.minutes_per_hour) + Fraction(self.training_tenths, 10)

    @property
    def hours(self) -> Decimal:
        return shown(self.total)

    @property
    def meeting_hours(self) -> Decimal:
        return shown(hours(self.meeting_minutes, self.minutes_per_hour))

    @property
    def training_hours(self) -> Decimal:
        return shown(Fraction(self.training_tenths, 10))

    @property
    def target(self) -> Decimal:
        return shown(self.target_exact)

    @property
    def below(self) -> bool:
        return self.total < self.target_exact

    @property
    def missing(self) -> Decimal:
        return shown(max(Fraction(0), self.target_exact - self.total))


@dataclass
class YearHours:
    year: int
    rows: list[MemberHours] = field(default_factory=list)
    untimed_meetings: list[tuple[dt.date, str]] = field(default_factory=list)

    @property
    def below(self) -> list[MemberHours]:
        return [r for r in self.rows if r.below]


def tally(year: int, people: Sequence[Person], attended: Iterable[Attended], trainings: Iterable[Training],
          rules: StudyRules) -> YearHours:
    """Each person's minutes from the meetings attended and the trainings entered, against the target."""
    meetings: dict[str, list[Attended]] = {}
    untimed: dict[str, tuple[dt.date, str]] = {}
    for a in attended:
        meetings.setdefault(a.member_uuid, []).append(a)
        if a.minutes is None:
            untimed[a.meeting_uuid] = (a.date, a.title)
    trained: dict[str, int] = {}
    for t in trainings:
        if t.member_uuid:
            trained[t.member_uuid] = trained.get(t.member_uuid, 0) + t.tenths
    out = YearHours(year, untimed_meetings=sorted(untimed.values()))
    for p in people:
        mine = {a.meeting_uuid: a for a in meetings.get(p.member_uuid, [])}.values()  # one sitting counts once
        out.rows.append(MemberHours(
            p.member_uuid, p.name, p.group_name, p.role, len(mine), sum(a.minutes or 0 for a in mine),
            trained.get(p.member_uuid, 0), rules.target(p.role, p.months), p.months, rules.minutes_per_hour,
            sum(1 for a in mine if a.minutes is None), p.note))
    return out
