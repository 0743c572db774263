"""发展党员: the path from 入党申请 to 转正 (《中国共产党发展党员工作细则》, 2014) as data.

Five stages, 25 steps (:data:`STEPS`: number, stage, name, which steps must come before it, the deadline rule
that applies to it, who normally handles it, the meeting that decides it). The numbers of the rules (a month for
the talk, a year as 积极分子, three months for approval, …) are :class:`DevelopmentRules`, stored as a setting and
editable in 设置; the rules themselves are small pure functions in ``domain/development_rules.py``.

Calendar rule used throughout ("within N months", "after a year"): :func:`add_months` — the same day N months
later, or the last day of that month when it is shorter (31 January + 1 month = 28/29 February; 29 February + 12
months = 28 February). A deadline day itself is still on time; the day after is late.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from enum import IntEnum, StrEnum
from typing import Any

from dangjian_desktop.domain.meetings import MeetingType
from dangjian_desktop.domain.participation import add_months
from dangjian_desktop.domain.stored import Stored

__all__ = ["add_months"]


class Stage(IntEnum):
    APPLICATION = 1
    ACTIVIST = 2
    CANDIDATE = 3
    ADMISSION = 4
    PROBATION = 5

    @property
    def title(self) -> str:
        return STAGE_TITLES[self]


STAGE_TITLES = {
    Stage.APPLICATION: "申请入党",
    Stage.ACTIVIST: "入党积极分子的确定和培养教育",
    Stage.CANDIDATE: "发展对象的确定和考察",
    Stage.ADMISSION: "预备党员的接收",
    Stage.PROBATION: "预备党员的教育考察和转正",
}


class Rule(StrEnum):
    """The rule a step is checked by (``domain/development_rules.py``)."""

    NONE = ""
    AGE = "age"  # the applicant is at least 18
    TALK = "talk"  # a talk within a month of the application
    ASSESSMENTS = "assessments"  # a written assessment every half year
    MENTORS = "mentors"  # one or two 正式党员 as 培养联系人
    ACTIVIST_YEAR = "activist_year"  # a year as 积极分子 before becoming a 发展对象
    SPONSORS = "sponsors"  # two 正式党员 as 入党介绍人
    REVIEW = "review"  # 政审 ends in a written conclusion
    TRAINING = "training"  # at least 3 days or 24 学时
    ASSEMBLY = "assembly"  # the 大会's quorum and vote
    APPROVAL = "approval"  # the higher committee approves within three months of the 大会
    PROBATION = "probation"  # the 转正 is discussed when probation ends


class CaseStatus(StrEnum):
    ACTIVE = "培养中"
    FULL = "已转正"
    CANCELLED = "已取消预备党员资格"
    STOPPED = "已终止"  # withdrew the application, left the unit, not accepted…


class ContactRole(StrEnum):
    MENTOR = "培养联系人"
    SPONSOR = "入党介绍人"


class PublicityKind(StrEnum):
    CANDIDATE = "拟确定发展对象公示"
    ADMISSION = "拟接收预备党员公示"

    @property
    def before_step(self) -> int:
        return 7 if self is PublicityKind.CANDIDATE else 15


class Standing(StrEnum):
    """Where a person stands on a given day (身份)."""

    APPLICANT = "入党申请人"
    ACTIVIST = "入党积极分子"
    CANDIDATE = "发展对象"
    PROBATIONARY = "预备党员"
    FULL = "正式党员"
    CLOSED = "已终止"


@dataclass(frozen=True)
class StepDef:
    """One of the 25 steps. ``after``: steps that must be dated on or before it (its prerequisites); ``rule``:
    the deadline or condition it is checked by (every step but the last is a prerequisite of a later one, so a
    step left out shows up as missing once the path has gone past it); ``handler``: who normally handles it (default of 经办); ``meeting``:
    the meeting type that decides it; ``decision``: (yes, no) words of a step that can go either way."""

    number: int
    stage: Stage
    name: str
    after: tuple[int, ...] = ()
    rule: Rule = Rule.NONE
    handler: str = ""
    meeting: MeetingType | None = None
    decision: tuple[str, str] | None = None
    hint: str = ""

    @property
    def label(self) -> str:
        return f"第{self.number}步 {self.name}"


_C = MeetingType.COMMITTEE
_A = MeetingType.ASSEMBLY

STEPS: tuple[StepDef, ...] = (
    StepDef(1, Stage.APPLICATION, "递交入党申请书", (), Rule.AGE, "党支部",
            hint="年满十八岁的申请人向工作所在单位党组织提出书面入党申请。"),
    StepDef(2, Stage.APPLICATION, "党组织派人谈话", (1,), Rule.TALK, "党支部委员",
            hint="收到入党申请书后一个月内，党组织派人同入党申请人谈话，了解基本情况。"),
    StepDef(3, Stage.ACTIVIST, "推荐和确定入党积极分子", (2,), Rule.NONE, "支部委员会", _C, ("确定", "暂不确定"),
            hint="采取党员推荐、群团组织推优等方式产生人选，由支部委员会研究决定。"),
    StepDef(4, Stage.ACTIVIST, "报上级党委备案", (3,), Rule.NONE, "上级党委",
            hint="确定入党积极分子后报上级党委备案。"),
    StepDef(5, Stage.ACTIVIST, "指定培养联系人", (3,), Rule.MENTORS, "支部委员会",
            hint="指定一至两名正式党员作为培养联系人。"),
    StepDef(6, Stage.ACTIVIST, "培养教育考察", (5,), Rule.ASSESSMENTS, "培养联系人",
            hint="每半年对入党积极分子进行一次考察，形成书面考察意见（在“培养考察”中逐次登记）。"),
    StepDef(7, Stage.CANDIDATE, "确定发展对象", (4, 6), Rule.ACTIVIST_YEAR, "支部委员会", _C, ("确定", "暂不确定"),
            hint="经过一年以上培养教育和考察，听取党小组、培养联系人、党员和群众意见，支部委员会讨论确定，并公示。"),
    StepDef(8, Stage.CANDIDATE, "报上级党委备案", (7,), Rule.NONE, "上级党委"),
    StepDef(9, Stage.CANDIDATE, "确定入党介绍人", (7,), Rule.SPONSORS, "支部委员会",
            hint="发展对象应有两名正式党员作入党介绍人。"),
    StepDef(10, Stage.CANDIDATE, "进行政治审查", (7,), Rule.REVIEW, "党支部",
            hint="政治审查应形成结论性材料（政审结论）。"),
    StepDef(11, Stage.CANDIDATE, "开展集中培训", (7,), Rule.TRAINING, "上级党委",
            hint="集中培训时间一般不少于三天（或不少于二十四个学时）。"),
    StepDef(12, Stage.ADMISSION, "支部委员会审查", (8, 9, 10, 11), Rule.NONE, "支部委员会", _C, ("同意", "不同意"),
            hint="支部委员会对发展对象进行严格审查，经集体讨论认为合格后报上级党委预审。"),
    StepDef(13, Stage.ADMISSION, "上级党委预审", (12,), Rule.NONE, "上级党委", None, ("同意", "不同意"),
            hint="上级党委预审合格的，发放《中国共产党入党志愿书》。"),
    StepDef(14, Stage.ADMISSION, "填写入党志愿书", (13,), Rule.NONE, "发展对象",
            hint="在入党介绍人指导下如实填写入党志愿书。"),
    StepDef(15, Stage.ADMISSION, "支部党员大会讨论", (14,), Rule.ASSEMBLY, "支部党员大会", _A, ("通过", "未通过"),
            hint="支部党员大会讨论接收预备党员，对每一个发展对象逐个讨论和表决；到会有表决权的正式党员超过应到会"
                 "有表决权党员的半数，赞成人数超过应到会有表决权党员的半数，才能通过。"),
    StepDef(16, Stage.ADMISSION, "上级党委派人谈话", (15,), Rule.NONE, "上级党委",
            hint="上级党委审批前，派党委委员或组织员同发展对象谈话。"),
    StepDef(17, Stage.ADMISSION, "上级党委审批", (15, 16), Rule.APPROVAL, "上级党委", None, ("批准", "不批准"),
            hint="上级党委应在党支部大会通过后三个月内审批；批准后本人列入党员名册为预备党员。"),
    StepDef(18, Stage.ADMISSION, "报上级组织部门备案", (17,), Rule.NONE, "上级党委组织部门"),
    StepDef(19, Stage.PROBATION, "编入党支部和党小组", (17,), Rule.NONE, "党支部",
            hint="预备党员编入党支部和党小组。"),
    StepDef(20, Stage.PROBATION, "入党宣誓", (17,), Rule.NONE, "党支部"),
    StepDef(21, Stage.PROBATION, "继续教育考察", (19,), Rule.ASSESSMENTS, "党小组",
            hint="预备期内每半年考察一次，形成书面考察意见（在“培养考察”中逐次登记）。"),
    StepDef(22, Stage.PROBATION, "提出转正申请", (17,), Rule.NONE, "预备党员",
            hint="预备期满时，预备党员主动向党组织提出书面转正申请。"),
    StepDef(23, Stage.PROBATION, "支部党员大会讨论转正", (18, 20, 21, 22), Rule.PROBATION, "支部党员大会", _A,
            ("同意转正", "不同意转正"),
            hint="预备期满，支部党员大会及时讨论能否转为正式党员，逐个表决。需要延长预备期或取消预备党员资格的，"
                 "请用“延长预备期/取消资格”登记。"),
    StepDef(24, Stage.PROBATION, "上级党委审批", (23,), Rule.APPROVAL, "上级党委", None, ("批准", "不批准"),
            hint="上级党委应在三个月内审批；批准后名册中改为正式党员。"),
    StepDef(25, Stage.PROBATION, "材料归档", (24,), Rule.NONE, "党支部",
            hint="入党志愿书、转正申请书、考察材料等存入本人档案。"),
)
STEP = {s.number: s for s in STEPS}
LAST_STEP = 25
ADMISSION_VOTE, ADMISSION_APPROVAL, CONVERSION_VOTE, CONVERSION_APPROVAL = 15, 17, 23, 24


def prerequisites(number: int) -> set[int]:
    """Every step that must be recorded before ``number`` (through its ``after``, transitively)."""
    out: set[int] = set()
    todo = list(STEP[number].after)
    while todo:
        n = todo.pop()
        if n not in out:
            out.add(n)
            todo.extend(STEP[n].after)
    return out


# -- the rules' numbers (a setting) ---------------------------------------------------------------------------------


@dataclass
class DevelopmentRules:
    """The numbers behind the rules, with the 细则's defaults; a locality may change them in 设置."""

    min_age: int = 18  # 年满十八岁
    talk_months: int = 1  # 谈话: within a month of the application
    activist_months: int = 12  # 积极分子 at least a year before 发展对象
    assessment_months: int = 6  # a written assessment every half year
    training_days: float = 3  # concentrated training: at least 3 days …
    training_hours: float = 24  # … or 24 学时
    approval_months: int = 3  # the higher committee approves within three months of the 大会
    probation_months: int = 12  # 预备期 one year
    extension_min_months: int = 6  # extended once by 6–12 months
    extension_max_months: int = 12
    publicity_workdays: int = 5  # 公示 at least 5 working days (local practice)
    reminder_days: int = 30  # 首页 reminds of steps due within this many days
    full_member_on_probation_end: bool = False  # 转正日期: the 大会 date (default) or the day probation ends

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> DevelopmentRules:
        """Stored values over the defaults; a damaged or unknown value falls back to its default."""
        out = cls()
        if not isinstance(data, dict):
            return out
        for f in fields(cls):
            v = data.get(f.name)
            default = getattr(out, f.name)
            if isinstance(default, bool):
                if isinstance(v, bool):
                    setattr(out, f.name, v)
            elif isinstance(v, int | float) and not isinstance(v, bool):
                setattr(out, f.name, type(default)(v))
        return out

    def problems(self) -> list[tuple[str, str]]:
        p: list[tuple[str, str]] = []
        limits = {"min_age": (14, 30, "入党年龄"), "talk_months": (1, 6, "谈话期限（月）"),
                  "activist_months": (1, 36, "积极分子培养期（月）"), "assessment_months": (1, 12, "考察间隔（月）"),
                  "approval_months": (1, 12, "审批期限（月）"), "probation_months": (6, 24, "预备期（月）"),
                  "extension_min_months": (1, 24, "延长预备期最短（月）"),
                  "extension_max_months": (1, 24, "延长预备期最长（月）"),
                  "publicity_workdays": (1, 30, "公示天数（工作日）"), "reminder_days": (1, 180, "提前提醒天数")}
        for name, (lo, hi, label) in limits.items():
            if not lo <= getattr(self, name) <= hi:
                p.append((name, f"{label}应在{lo}到{hi}之间"))
        if self.extension_min_months > self.extension_max_months:
            p.append(("extension_min_months", "延长预备期的最短月数不能大于最长月数"))
        if not 0 < self.training_days <= 60 or not 0 < self.training_hours <= 500:
            p.append(("training_days", "集中培训的天数和学时应大于0"))
        return p


# -- records -----------------------------------------------------------------------------------------------------


@dataclass
class StepRecord:
    """One dated step: who handled it, the result, a note, the meeting that decided it (its UUID)."""

    number: int
    on: dt.date
    handler: str = ""
    result: str = ""
    passed: bool | None = None  # steps with a ``decision``: True = 通过/同意/批准, False = the opposite
    note: str = ""
    meeting_uuid: str | None = None
    uuid: str | None = None

    @property
    def step(self) -> StepDef:
        return STEP[self.number]

    @property
    def refused(self) -> bool:
        return self.passed is False

    @property
    def outcome_text(self) -> str:
        d = self.step.decision
        if d is None or self.passed is None:
            return ""
        return d[0] if self.passed else d[1]


@dataclass
class Contact:
    """A 培养联系人 or 入党介绍人, chosen from the roster (``member_uuid``) or typed (a member of another branch)."""

    role: ContactRole
    name: str
    member_uuid: str | None = None
    since: dt.date | None = None  # named on (the step's date by default)
    until: dt.date | None = None  # replaced on
    uuid: str | None = None


@dataclass
class Assessment:
    """A half-yearly written assessment (培养考察 as 积极分子/发展对象, or 预备期 考察)."""

    on: dt.date
    period: str = ""  # e.g. 2025年上半年
    assessor: str = ""  # 培养联系人 / 入党介绍人 / 党小组
    performance: str = ""  # 现实表现：思想、学习、工作、作风
    opinion: str = ""  # 党小组或党支部意见
    uuid: str | None = None


@dataclass
class Publicity:
    """公示 before becoming a 发展对象 and before acceptance."""

    kind: PublicityKind
    starts_on: dt.date
    ends_on: dt.date
    outcome: str = "无异议"
    note: str = ""
    uuid: str | None = None


@dataclass
class Training:
    """集中培训 (step 11): dates, length, who ran it, the certificate."""

    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    days: float = 0
    hours: float = 0
    organiser: str = ""
    certificate: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.starts_on or self.ends_on or self.days or self.hours or self.organiser or self.certificate)


@dataclass
class Extension:
    """预备期 extended once (decided by the 大会 when probation ended, approved by the higher committee)."""

    months: int
    decided_on: dt.date
    meeting_uuid: str | None = None
    approved_on: dt.date | None = None
    reason: str = ""


@dataclass
class Case(Stored):
    """One person on the path from 入党申请 to 转正 (发展党员纪实)."""

    name: str
    applied_on: dt.date
    gender: str = ""
    ethnicity: str = "汉族"
    birth_date: dt.date | None = None
    id_number: str = ""
    education: str = ""
    position: str = ""  # 岗位/职务
    phone: str = ""
    group_uuid: str | None = None  # the 党小组 (placed in at step 19)
    group_name: str = ""
    note: str = ""
    status: CaseStatus = CaseStatus.ACTIVE
    status_on: dt.date | None = None
    status_reason: str = ""
    status_meeting_uuid: str | None = None
    member_uuid: str | None = None  # the roster member, once accepted
    steps: dict[int, StepRecord] = field(default_factory=dict)
    contacts: list[Contact] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)
    publicity: list[Publicity] = field(default_factory=list)
    training: Training = field(default_factory=Training)
    extension: Extension | None = None

    # -- reading ------------------------------------------------------------------------------------------------
    def step(self, number: int) -> StepRecord | None:
        return self.steps.get(number)

    def on(self, number: int) -> dt.date | None:
        s = self.steps.get(number)
        return s.on if s else None

    def done(self, number: int) -> bool:
        """Recorded and not refused."""
        s = self.steps.get(number)
        return s is not None and not s.refused

    @property
    def last_step(self) -> int:
        return max(self.steps, default=0)

    @property
    def admitted(self) -> bool:
        """Accepted by the 大会 and approved by the higher committee: a 预备党员."""
        return self.done(ADMISSION_VOTE) and self.done(ADMISSION_APPROVAL)

    @property
    def converted(self) -> bool:
        """转正 approved."""
        return self.admitted and self.done(CONVERSION_VOTE) and self.done(CONVERSION_APPROVAL)

    def contacts_of(self, role: ContactRole, day: dt.date | None = None) -> list[Contact]:
        """The contacts of ``role`` (on ``day``: named by then and not yet replaced)."""
        return [c for c in self.contacts if c.role is role and (
            day is None or ((c.since is None or c.since <= day) and (c.until is None or c.until > day)))]

    def current_contacts(self, role: ContactRole) -> list[Contact]:
        return [c for c in self.contacts if c.role is role and c.until is None]

    def standing_on(self, day: dt.date) -> Standing:
        """身份 on ``day``, from the dated steps."""
        if self.status is not CaseStatus.ACTIVE and self.status_on and self.status_on <= day \
                and self.status is not CaseStatus.FULL:
            return Standing.CLOSED

        def by(n: int) -> bool:
            s = self.steps.get(n)
            return s is not None and not s.refused and s.on <= day

        if by(ADMISSION_VOTE) and by(ADMISSION_APPROVAL):
            if by(CONVERSION_VOTE) and by(CONVERSION_APPROVAL):
                return Standing.FULL
            return Standing.PROBATIONARY
        if by(7):
            return Standing.CANDIDATE
        if by(3):
            return Standing.ACTIVIST
        return Standing.APPLICANT

    @property
    def admitted_on(self) -> dt.date | None:
        """入党日期: the date of the 大会 that accepted the person (once approved)."""
        return self.on(ADMISSION_VOTE) if self.admitted else None


def half_year_label(d: dt.date) -> str:
    return f"{d.year}年{'上' if d.month <= 6 else '下'}半年"


def working_days(start: dt.date, end: dt.date) -> int:
    """Monday–Friday from ``start`` to ``end``, both included (public holidays are not known to the program)."""
    if end < start:
        return 0
    days = (end - start).days + 1
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for i in range(rest):
        if (start.weekday() + i) % 7 < 5:
            count += 1
    return count


def add_working_days(start: dt.date, n: int) -> dt.date:
    """The day on which a 公示 that starts on ``start`` has lasted ``n`` working days (Monday–Friday)."""
    d = start
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    counted = 1
    while counted < n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            counted += 1
    return d


def as_of(case: Case, day: dt.date) -> Case:
    """The record as it stood on ``day``: later steps, assessments, 公示 and a later closing left out."""
    import copy

    c = copy.deepcopy(case)
    c.steps = {n: s for n, s in c.steps.items() if s.on <= day}
    c.assessments = [a for a in c.assessments if a.on <= day]
    c.publicity = [p for p in c.publicity if p.starts_on <= day]
    c.contacts = [x for x in c.contacts if x.since is None or x.since <= day]
    if c.extension and c.extension.decided_on > day:
        c.extension = None
    if c.status is not CaseStatus.ACTIVE and (c.status_on is None or c.status_on > day):
        c.status, c.status_on = CaseStatus.ACTIVE, None
    return c


@dataclass
class YearFigures:
    """A year of 发展党员 work: who stood where at its end (``as_of``), and what was done in it."""

    year: int
    as_of: dt.date
    by_standing: dict[Standing, list[Case]] = field(default_factory=dict)
    applied: int = 0  # applications received in the year
    activists: int = 0  # 积极分子 named (step 3)
    candidates: int = 0  # 发展对象 named (step 7)
    admitted: int = 0  # accepted by the 大会 (step 15) and approved
    converted: int = 0  # 转正 approved (step 24)
    converted_cases: list[Case] = field(default_factory=list)
    overdue: int = 0  # open deadlines past due on ``as_of``

    def count(self, s: Standing) -> int:
        return len(self.by_standing.get(s, []))


@dataclass(frozen=True)
class StepLine:
    """One step as the timeline and the 全程纪实表 show it (texts ready to print)."""

    number: int
    stage: Stage
    name: str
    date: str
    handler: str
    result: str
    check: str
    problem: bool
    out_of_order: bool = False


@dataclass
class RecordSheet:
    """One person's 全程纪实: the 25 lines, what the checks found, the people and dates around them."""

    case: Case
    standing: str
    lines: list[StepLine]
    findings: list[str] = field(default_factory=list)
    probation_ends: dt.date | None = None
    mentors: str = ""
    sponsors: str = ""
    extension_meeting: str = ""
