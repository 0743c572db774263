"""The branch, its committee, its 党小组 and its members, as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dangjian_desktop.domain.enums import BranchKind, CommitteeRole, MemberCategory, MemberStatus
from dangjian_desktop.domain.stored import Stored

DEFAULT_TERM_YEARS = 5


@dataclass
class CommitteeSeat:
    """One seat on the 支委会: 书记 / 副书记 / 委员 with their 分工 (e.g. 组织委员)."""

    role: CommitteeRole
    member_uuid: str | None = None
    name: str = ""
    duty: str = ""
    uuid: str | None = None


@dataclass
class Branch(Stored):
    """The branch profile (党支部基本信息)."""

    name: str
    kind: BranchKind = BranchKind.BRANCH
    parent_committee: str = ""  # 上级党委
    founded_on: dt.date | None = None
    election_date: dt.date | None = None  # 本届支委会选举日期
    term_years: int = DEFAULT_TERM_YEARS
    committee: list[CommitteeSeat] = field(default_factory=list)

    @property
    def term_ends_on(self) -> dt.date | None:
        if self.election_date is None:
            return None
        d = self.election_date
        try:
            return d.replace(year=d.year + self.term_years)
        except ValueError:  # 29 Feb
            return d.replace(year=d.year + self.term_years, day=28)

    @property
    def secretary_name(self) -> str:
        for seat in self.committee:
            if seat.role is CommitteeRole.SECRETARY:
                return seat.name
        return ""


@dataclass
class PartyGroup:
    """A 党小组: a party group inside the branch, led by its 组长."""

    name: str
    leader_uuid: str | None = None
    leader_name: str = ""
    sort_order: int = 0
    uuid: str | None = None
    member_count: int = 0


@dataclass
class Member(Stored):
    """A Party member on the branch roster (党员).

    ``birth_date``, ``joined_party_on`` and ``full_member_on`` may be known only to the month (出生年月 1985.03):
    they are then a ``domain.dates.MonthDate``, which prints without a day."""

    name: str
    gender: str = ""
    ethnicity: str = "汉族"
    native_place: str = ""  # 籍贯
    birth_date: dt.date | None = None
    education: str = ""
    joined_party_on: dt.date | None = None  # 入党日期
    full_member_on: dt.date | None = None  # 转正日期
    category: MemberCategory = MemberCategory.FULL
    group_uuid: str | None = None
    group_name: str = ""
    position: str = ""  # 岗位/职务
    phone: str = ""
    id_number: str = ""  # 身份证号, stored in full, masked when shown
    status: MemberStatus = MemberStatus.ACTIVE
    status_date: dt.date | None = None  # when the status changed (e.g. 转出日期)
    joined_branch_on: dt.date | None = None  # 转入本支部日期; None = since the branch's records begin
    note: str = ""

    @property
    def has_vote(self) -> bool:
        return self.category is MemberCategory.FULL

    def on_roster_at(self, day: dt.date) -> bool:
        """Was this person a member of the branch on ``day``? (for 应到 as of a meeting date)"""
        if self.joined_branch_on and day < self.joined_branch_on:
            return False
        if self.joined_party_on and day < self.joined_party_on:
            return False
        if self.status is not MemberStatus.ACTIVE and self.status_date and day >= self.status_date:
            return False
        if self.status is not MemberStatus.ACTIVE and self.status_date is None:
            return False
        return True

    def probation_ends_on(self) -> dt.date | None:
        """预备期 is one year from admission."""
        if self.category is not MemberCategory.PROBATIONARY or self.joined_party_on is None:
            return None
        d = self.joined_party_on
        try:
            return d.replace(year=d.year + 1)
        except ValueError:
            return d.replace(year=d.year + 1, day=28)


@dataclass
class MemberFilter:
    text: str = ""
    group_uuid: str | None = None
    category: MemberCategory | None = None
    include_inactive: bool = False
