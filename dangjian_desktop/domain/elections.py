"""换届选举: the election of a branch committee (支部委员会) at a 支部党员大会, and the rules behind it.

Rules (《中国共产党基层组织选举工作条例》, 2020; 《中国共产党支部工作条例（试行）》, 2018), the numbers kept as data
in :class:`ElectionRules` (设置 › 换届选举):

* the branch asks the higher committee (请示) and gets its 批复 (approved number of seats, candidate list); a term
  may be extended only with approval, normally by at most one year;
* 差额: candidates at least 20 % more than seats — ``ceil(seats × 1.2)``: 3 seats → 4, 5 → 6, 7 → 9;
* the meeting may elect only when more than 4/5 of the voting members who should attend (应到会有选举权的党员;
  预备党员 have no vote) are present — strictly more: 25 应到 → 21 present;
* 监票人 and 计票人 are chosen from members who are not candidates;
* a round is valid when the ballots returned are not more than the ballots issued; a ballot choosing more people
  than seats is void;
* a candidate is elected with yes votes above half of the voting members who should attend (the basis is a
  setting: 应到, or 实到 where the locality still counts so); more passing than seats: by votes; a tie at the
  cut: another vote among those tied; fewer passing than seats: another round (另行选举) for the seats left;
* the new committee chooses 书记 and 副书记 (or the 大会 elects them where approved); the result goes to the higher
  committee, which approves the 书记 and 副书记.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dangjian_desktop.domain.enums import CommitteeRole
from dangjian_desktop.domain.saved_values import SavedValues
from dangjian_desktop.domain.stored import Stored

RULES_SOURCE = "《中国共产党基层组织选举工作条例》"
DUTY_PRESETS = ("主持支部全面工作", "组织委员", "宣传委员", "纪检委员", "青年委员", "统战委员", "保密委员")


class ElectedBasis(StrEnum):
    """What the yes votes must exceed half of."""

    DUE = "应到会有选举权的党员"
    PRESENT = "实到会有选举权的党员"

    @property
    def short(self) -> str:
        return "应到" if self is ElectedBasis.DUE else "实到"

    @property
    def cited(self) -> str:
        """The rule's text, shown beside the setting and printed under the results."""
        if self is ElectedBasis.DUE:
            return (f"{RULES_SOURCE}（2020年）：被选举人获得的赞成票超过应到会有选举权的人数的一半，始得当选。")
        return ("按实到会有选举权的人数计算：原《中国共产党基层组织选举工作暂行条例》（1990年）的规定，"
                "部分地方仍沿用，请以上级党委的要求为准。")


@dataclass(frozen=True)
class ElectionRules:
    """The numbers of the rules, as data (defaults: the 2020 条例)."""

    margin_percent: int = 20  # candidates at least this much more than seats
    quorum_numerator: int = 4  # present must be MORE than numerator/denominator of 应到
    quorum_denominator: int = 5
    elected_basis: ElectedBasis = ElectedBasis.DUE
    max_delay_months: int = 12  # a term extended with approval, at most this long

    def to_dict(self) -> dict[str, Any]:
        return {"margin_percent": self.margin_percent, "quorum_numerator": self.quorum_numerator,
                "quorum_denominator": self.quorum_denominator, "elected_basis": self.elected_basis.value,
                "max_delay_months": self.max_delay_months}

    @classmethod
    def from_dict(cls, data: object) -> ElectionRules:
        """Tolerant of damaged or partial data (a setting from another version): each bad value takes its
        default."""
        base = cls()
        saved = SavedValues(data, base)
        num = saved.whole
        basis = saved.data.get("elected_basis")
        num_, den = num("quorum_numerator", 1, 99), num("quorum_denominator", 1, 100)
        if num_ >= den:
            num_, den = base.quorum_numerator, base.quorum_denominator
        return cls(margin_percent=num("margin_percent", 0, 100), quorum_numerator=num_, quorum_denominator=den,
                   elected_basis=ElectedBasis(basis) if basis in ElectedBasis._value2member_map_
                   else base.elected_basis, max_delay_months=num("max_delay_months", 1, 24))

    @property
    def quorum_text(self) -> str:
        return f"{self.quorum_numerator}/{self.quorum_denominator}"


# -- the rules as pure functions ------------------------------------------------------------------------------------


def min_candidates(seats: int, margin_percent: int = 20) -> int:
    """The fewest candidates for ``seats`` with at least ``margin_percent`` more (rounded up): 5 → 6, 3 → 4."""
    if seats <= 0:
        return 0
    return -(-seats * (100 + margin_percent) // 100)


def quorum_needed(voters_due: int, numerator: int = 4, denominator: int = 5) -> int:
    """The fewest voting members present for an election to go ahead: MORE than numerator/denominator of 应到
    (25 → 21, 10 → 9, 5 → 5)."""
    if voters_due <= 0:
        return 0
    return voters_due * numerator // denominator + 1


def quorum_met(present: int, voters_due: int, numerator: int = 4, denominator: int = 5) -> bool:
    return voters_due > 0 and present * denominator > voters_due * numerator


def votes_needed(base: int) -> int:
    """The fewest yes votes that exceed half of ``base`` (应到 or 实到 voters): 25 → 13, 24 → 13, 1 → 1."""
    return base // 2 + 1 if base > 0 else 1


def ballots_count(issued: int, returned: int) -> bool:
    """A round stands when no more ballots came back than were handed out."""
    return returned <= issued


def ballot_void(chosen: int, seats: int) -> bool:
    """A ballot choosing more people than there are seats is void (as many or fewer: valid)."""
    return chosen > seats


# -- the record ------------------------------------------------------------------------------------------------------


class PersonRole(StrEnum):
    CANDIDATE = "候选人"
    SCRUTINEER = "监票人"
    TELLER = "计票人"


class RoundKind(StrEnum):
    FORMAL = "正式选举"
    TIE = "再次投票"  # among candidates with equal votes at the cut
    SUPPLEMENTARY = "另行选举"  # for the seats a round left unfilled


class Stage(StrEnum):
    PREPARING = "筹备中"
    AUTHORISED = "已批复"
    VOTED = "已选举"
    REPORTED = "已报上级党委"
    APPROVED = "已批准"


@dataclass
class Person:
    """A candidate, 监票人 or 计票人, from the roster (``member_uuid``) or typed by name."""

    name: str
    member_uuid: str | None = None
    uuid: str | None = None


@dataclass
class CandidateVotes:
    """One line of the 计票单: a candidate's (or a write-in's, 另选他人) 赞成 / 不赞成 / 弃权."""

    name: str
    member_uuid: str | None = None
    yes: int = 0
    no: int = 0
    abstain: int = 0
    write_in: bool = False
    uuid: str | None = None


@dataclass
class Round:
    """One vote (轮次) of the election."""

    number: int = 1
    kind: RoundKind = RoundKind.FORMAL
    seats: int = 0
    ballots_issued: int = 0
    ballots_returned: int = 0
    ballots_valid: int = 0
    ballots_void: int = 0
    votes: list[CandidateVotes] = field(default_factory=list)
    uuid: str | None = None


@dataclass
class Seat:
    """A seat of the new committee with its 分工."""

    role: CommitteeRole
    name: str
    member_uuid: str | None = None
    duty: str = ""
    uuid: str | None = None


@dataclass
class Election(Stored):
    """A 换届选举, tied to its 支部党员大会 (``meeting_uuid``), from the 请示 to the higher committee's approval."""

    meeting_uuid: str | None = None
    held_on: dt.date | None = None  # the meeting's date (copied from it)
    term_years: int = 5
    request_on: dt.date | None = None  # 请示
    request_no: str = ""
    request_text: str = ""  # the 请示's body, from a template the secretary edits
    reply_on: dt.date | None = None  # 批复
    reply_no: str = ""
    seats: int = 5  # 应选名额 (as approved)
    reduced_to: int = 0  # seats reduced with the voters' consent after a shortfall (0: not reduced)
    direct_officers: bool = False  # the 大会 elects 书记/副书记 directly (where approved)
    delay_until: dt.date | None = None  # approved extension of the term
    delay_no: str = ""
    candidates: list[Person] = field(default_factory=list)
    scrutineers: list[Person] = field(default_factory=list)  # 监票人
    tellers: list[Person] = field(default_factory=list)  # 计票人
    voters_due: int = 0  # 应到会有选举权的党员
    voters_present: int = 0  # 实到会有选举权的党员
    due_note: str = ""  # why 应到 differs from the roster (absences excluded with approval)
    rounds: list[Round] = field(default_factory=list)
    committee: list[Seat] = field(default_factory=list)  # 分工 of the new committee
    officers_on: dt.date | None = None  # the new committee's first meeting chose 书记/副书记
    report_on: dt.date | None = None  # 选举结果报告 sent
    approved_on: dt.date | None = None  # the higher committee approved the result
    approval_no: str = ""
    applied_at: dt.datetime | None = None  # the branch profile took the new committee
    note: str = ""

    @property
    def seats_to_fill(self) -> int:
        return self.reduced_to if 0 < self.reduced_to < self.seats else self.seats

    @property
    def candidate_names(self) -> list[str]:
        return [p.name for p in self.candidates]

    def stage(self) -> Stage:
        if self.applied_at is not None or self.approved_on is not None:
            return Stage.APPROVED
        if self.report_on is not None:
            return Stage.REPORTED
        if any(r.votes for r in self.rounds):
            return Stage.VOTED
        if self.reply_on is not None:
            return Stage.AUTHORISED
        return Stage.PREPARING


@dataclass(frozen=True)
class ElectionSummary:
    uuid: str
    held_on: dt.date | None
    seats: int
    candidates: int
    stage: Stage
    elected: tuple[str, ...]
    meeting_uuid: str | None
    request_on: dt.date | None = None


@dataclass(frozen=True)
class TermMember:
    role: CommitteeRole
    name: str
    duty: str = ""
    member_uuid: str | None = None


@dataclass(frozen=True)
class Term:
    """One 届 of the committee, kept when the next is approved (历届支委会)."""

    elected_on: dt.date | None
    term_years: int
    members: tuple[TermMember, ...]
    ended_on: dt.date | None = None
    election_uuid: str | None = None
    source: str = "换届选举"  # or 支部信息 (the committee the branch profile held before the app recorded a 换届)
    uuid: str | None = None

    @property
    def secretary(self) -> str:
        return next((m.name for m in self.members if m.role is CommitteeRole.SECRETARY), "")

    @property
    def ends_on(self) -> dt.date | None:
        if self.elected_on is None:
            return None
        return add_years(self.elected_on, self.term_years)


def add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def add_months(d: dt.date, months: int) -> dt.date:
    import calendar

    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))
