"""The year's 组织生活会 (《中国共产党支部工作条例（试行）》 arts. 17–19) as one cycle with the 民主评议党员.

A :class:`LifeMeeting` is the cycle of one 年度 (the year under review; the sitting itself is usually in the fourth
quarter or the next January). It extends a meeting record — the sitting stays a meeting of type 组织生活会 in the
calendar and the minutes book — with what the rules ask around it:

* before: the higher committee is told (``reported_on``) and may send someone (``higher_attendee``); opinions are
  collected from members and the public (:class:`Opinion`); 谈心谈话 (domain/talks.py); the branch committee and
  each committee member prepare a problem list (:class:`Problem`), each member a self-assessment (个人自评);
* at the sitting: criticism and self-criticism (:class:`Criticism`), and the 民主评议 (domain/appraisal.py);
* after: every problem's 整改措施 is tracked to closure as a rectification — the same
  :class:`dangjian_desktop.domain.room.Rectification` the activity room uses — and a report goes upward.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dangjian_desktop.domain.appraisal import AppraisalEntry, Ballot
from dangjian_desktop.domain.room import Rectification, RectStatus, validate_rectification

BRANCH_OWNER = "支部班子"  # the owner of the branch committee's own problem list
OPINION_SOURCES = ("党员", "群众", "服务对象", "上级党组织", "其他")
DEFAULT_OPINION_CATEGORIES = ("理论学习", "组织建设", "工作作风", "服务群众", "廉洁自律", "其他")
DEFAULT_AGENDA = (
    "通报上一年度组织生活会整改落实情况",
    "通报会前征求意见和谈心谈话情况",
    "支部书记代表支部委员会作对照检查",
    "支部委员、党员逐一对照检查，开展批评和自我批评",
    "民主评议党员：个人自评、党员互评、民主测评",
)


def review_year(today: dt.date) -> int:
    """The 年度 whose 组织生活会 is in question on ``today``: until the end of March, last year's (held in the
    fourth quarter or in January); from April, this year's."""
    return today.year - 1 if today.month <= 3 else today.year


def year_problem(year: int, today: dt.date) -> str:
    """Why ``year`` cannot be asked for ("" when it can): a mistyped year, not a report of nothing."""
    if not 2000 <= year <= today.year + 1:
        return f"年度“{year}”不在可查询的范围内（2000年至{today.year + 1}年）。"
    return ""


@dataclass(frozen=True)
class MeetingLink:
    """The meeting record a cycle extends, as read from the meetings (not stored twice)."""

    uuid: str
    date: dt.date
    title: str
    expected: int
    present: int
    absent: tuple[str, ...] = ()  # “姓名（原因）”
    host: str = ""
    place: str = ""
    is_final: bool = False

    def held(self, today: dt.date) -> bool:
        return self.date <= today


@dataclass
class Opinion:
    """征求意见: one opinion collected before the meeting."""

    content: str
    source: str = "党员"  # who gave it: 党员, 群众…
    category: str = "其他"
    target: str = BRANCH_OWNER  # 支部班子 or a committee member's name
    received_on: dt.date | None = None
    response: str = ""  # how it was answered / taken up
    uuid: str | None = None


@dataclass
class Problem:
    """One line of a 问题清单 (the branch committee's or one person's), tracked to closure as a rectification."""

    problem: str  # 问题
    owner: str = BRANCH_OWNER  # 支部班子 or the person's name
    owner_uuid: str | None = None
    manifestation: str = ""  # 具体表现
    cause: str = ""  # 原因分析
    measure: str = ""  # 整改措施
    responsible: str = ""  # 责任人
    deadline: dt.date | None = None  # 时限
    completed_on: dt.date | None = None
    status: RectStatus = RectStatus.PENDING
    progress: str = ""  # 整改情况 / note
    uuid: str | None = None

    @property
    def is_branch(self) -> bool:
        return self.owner == BRANCH_OWNER and self.owner_uuid is None

    def rectification(self, meeting_date: dt.date | None = None) -> Rectification:
        """The problem as the shared rectification model (item key = the problem's uuid)."""
        return Rectification(
            item_key=self.uuid or "", item_text=self.problem, measure=self.measure, responsible=self.responsible,
            deadline=self.deadline, completed_on=self.completed_on, status=self.status, note=self.progress,
            inspection_uuid=None, inspection_date=meeting_date, room=self.owner, uuid=self.uuid,
        )

    def apply(self, r: Rectification) -> None:
        """Take back what the rectification dialog edits."""
        self.measure, self.responsible, self.deadline = r.measure, r.responsible, r.deadline
        self.completed_on, self.status, self.progress = r.completed_on, r.status, r.note


@dataclass
class Criticism:
    """批评: who to whom, the points made, and the answer (表态)."""

    critic: str
    target: str
    points: str
    critic_uuid: str | None = None
    target_uuid: str | None = None
    response: str = ""
    uuid: str | None = None

    @property
    def is_self(self) -> bool:
        return (self.critic_uuid or self.critic) == (self.target_uuid or self.target)


@dataclass
class LifeMeeting:
    """One 年度's 组织生活会 with the 民主评议党员 held with it (or on its own date)."""

    year: int
    topic: str = ""  # 主题
    meeting_uuid: str | None = None
    planned_on: dt.date | None = None  # 计划召开日期, before the meeting record exists
    reported_on: dt.date | None = None  # the higher committee told beforehand
    higher_attendee: str = ""  # 上级党委参会人员（姓名、职务）
    appraisal_with_meeting: bool = True
    appraisal_on: dt.date | None = None  # 民主评议 date when held on its own
    ballots_issued: int = 0  # 发出测评票
    ballots_returned: int = 0  # 收回测评票 (entered per member; counted from the ballots when they are entered)
    report_sent_on: dt.date | None = None  # 情况报告 sent upward
    summary: str = ""  # 会议情况 for the report
    note: str = ""
    opinions: list[Opinion] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    criticisms: list[Criticism] = field(default_factory=list)
    entries: list[AppraisalEntry] = field(default_factory=list)
    ballots: list[Ballot] = field(default_factory=list)
    meeting: MeetingLink | None = None  # filled in when read
    uuid: str | None = None

    @property
    def title(self) -> str:
        return f"{self.year}年度组织生活会" + ("和民主评议党员" if self.appraisal_with_meeting else "")

    def held_on(self, today: dt.date) -> dt.date | None:
        """The sitting's date once it has taken place."""
        return self.meeting.date if self.meeting and self.meeting.held(today) else None

    def appraisal_date(self, today: dt.date) -> dt.date | None:
        """When the 民主评议 took place: with the meeting, or on its own date (not in the future)."""
        d = self.held_on(today) if self.appraisal_with_meeting else self.appraisal_on
        return d if d and d <= today else None

    def problems_of(self, owner: str) -> list[Problem]:
        return [p for p in self.problems if p.owner == owner]

    def open_problems(self) -> list[Problem]:
        return [p for p in self.problems if p.status is not RectStatus.DONE]

    def rectifications(self) -> list[Rectification]:
        """The 整改清单: every problem as the shared rectification model, the branch committee's first."""
        day = self.meeting.date if self.meeting else None
        ordered = [p for p in self.problems if p.is_branch] + [p for p in self.problems if not p.is_branch]
        return [p.rectification(day) for p in ordered]


@dataclass(frozen=True)
class Preparation:
    """What is ready before the 组织生活会 (shown as a checklist on the page and in the report)."""

    reported_on: dt.date | None
    opinions: int
    talks_expected: int
    talks_missing: tuple[str, ...]  # “甲—乙”
    branch_problems: int
    committee_without_list: tuple[str, ...]
    self_assessed: int
    appraised: int


def opinion_counts(opinions: list[Opinion], categories: tuple[str, ...]) -> list[tuple[str, int]]:
    """Opinions counted by category, in the settings' order, then any other category met, then none empty."""
    counts: dict[str, int] = {}
    for o in opinions:
        counts[o.category] = counts.get(o.category, 0) + 1
    ordered = [c for c in categories if c in counts] + sorted(c for c in counts if c not in categories)
    return [(c, counts[c]) for c in ordered]


def validate_cycle(c: LifeMeeting, today: dt.date) -> list[tuple[str, str]]:
    p: list[tuple[str, str]] = []
    if not 2000 <= c.year <= today.year + 1:
        p.append(("year", f"年度应在2000年至{today.year + 1}年之间"))
    if c.reported_on and c.reported_on > today:
        p.append(("reported_on", "向上级党委报告的日期不能晚于今天"))
    if c.report_sent_on and c.report_sent_on > today:
        p.append(("report_sent_on", "情况报告报送日期不能晚于今天"))
    if c.report_sent_on and c.meeting and c.report_sent_on < c.meeting.date:
        p.append(("report_sent_on", "情况报告报送日期早于会议日期"))
    if c.reported_on and c.meeting and c.reported_on > c.meeting.date:
        p.append(("reported_on", "会前向上级党委报告的日期晚于会议日期"))
    if not c.appraisal_with_meeting and c.appraisal_on and c.appraisal_on > today:
        p.append(("appraisal_on", "民主评议日期不能晚于今天"))
    if c.ballots_issued < 0 or c.ballots_returned < 0:
        p.append(("ballots", "测评票张数不能为负数"))
    return p


def validate_opinion(o: Opinion, today: dt.date) -> list[tuple[str, str]]:
    p = []
    if not o.content.strip():
        p.append(("content", "请填写意见内容"))
    if o.received_on and o.received_on > today:
        p.append(("received_on", "征求意见日期不能晚于今天"))
    return p


def validate_problem(pr: Problem, meeting_date: dt.date | None, today: dt.date) -> list[tuple[str, str]]:
    p = []
    if not pr.problem.strip():
        p.append(("problem", "请填写存在的问题"))
    if not pr.owner.strip():
        p.append(("owner", "请选择是谁的问题清单"))
    # the rectification rules of the activity room, with the meeting as the day the problem was found
    for f, msg in validate_rectification(pr.rectification(meeting_date), meeting_date, today):
        p.append((f, msg.replace("检查日期", "会议日期")))
    return p


def validate_criticism(c: Criticism) -> list[tuple[str, str]]:
    p = []
    if not c.critic.strip():
        p.append(("critic", "请选择提出批评的人"))
    if not c.target.strip():
        p.append(("target", "请选择被批评的人"))
    if not c.points.strip():
        p.append(("points", "请填写批评意见要点"))
    return p
