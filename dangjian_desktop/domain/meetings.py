"""三会一课 and other organisational life: meeting records and the rules behind them.

Rules (《中国共产党支部工作条例（试行）》 and the Party Constitution):

* a 支部党员大会 may vote only when more than half of the members with voting rights (正式党员; 预备党员 have no
  vote) are present;
* a motion passes when the yes votes exceed half of the voting members who should attend (应到), not of those present;
* how often each kind of meeting is due is data (:class:`ComplianceRules`) with defaults from the 支部工作条例,
  editable in 设置 because localities differ;
* six consecutive months without taking part in organisational life, without a valid reason, counts as leaving the
  Party: the secretary is warned well before (:func:`inactivity_warnings`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dangjian_desktop import clock


class MeetingType(StrEnum):
    ASSEMBLY = "支部党员大会"
    COMMITTEE = "支部委员会"
    GROUP = "党小组会"
    LECTURE = "党课"
    THEME_DAY = "主题党日"
    LIFE_MEETING = "组织生活会"
    APPRAISAL = "民主评议党员"
    OTHER = "其他"

    @property
    def bit(self) -> int:
        return 1 << list(MeetingType).index(self)

    @property
    def short(self) -> str:
        return {"支部党员大会": "党员大会", "支部委员会": "支委会"}.get(self.value, self.value)


def types_mask(types: list[MeetingType] | tuple[MeetingType, ...]) -> int:
    mask = 0
    for t in types:
        mask |= t.bit
    return mask


def types_from_mask(mask: int) -> list[MeetingType]:
    return [t for t in MeetingType if mask & t.bit]


class Scope(StrEnum):
    """参加范围: who should attend (应到)."""

    BRANCH = "全体党员"
    COMMITTEE = "支委会成员"
    GROUP = "党小组"


class AbsenceReason(StrEnum):
    BUSINESS = "公差"
    SICK = "病假"
    PERSONAL = "事假"
    OTHER = "其他"


class MeetingStatus(StrEnum):
    DRAFT = "草稿"
    FINAL = "定稿"


# Meetings whose first agenda item is the 第一议题 study item.
FIRST_TOPIC_TYPES = (MeetingType.ASSEMBLY, MeetingType.COMMITTEE, MeetingType.GROUP)

WEEKDAYS = "一二三四五六日"


@dataclass
class Attendee:
    """One person who should attend (应到), present or absent with a reason."""

    name: str
    member_uuid: str | None = None
    has_vote: bool = True  # 正式党员
    present: bool = True
    reason: AbsenceReason | None = None
    reason_text: str = ""

    @property
    def absence_text(self) -> str:
        if self.present:
            return ""
        reason = str(self.reason) if self.reason else "未说明原因"
        return f"{reason}：{self.reason_text}" if self.reason_text else reason


@dataclass
class AgendaItem:
    """One 议题. ``first_topic`` marks the 第一议题 study item (学习内容、形式、要点 go in ``note``)."""

    title: str
    first_topic: bool = False
    note: str = ""


@dataclass
class Vote:
    """A 表决: counts of 赞成 / 反对 / 弃权."""

    subject: str
    yes: int = 0
    no: int = 0
    abstain: int = 0

    @property
    def cast(self) -> int:
        return self.yes + self.no + self.abstain


@dataclass
class Amendment:
    """A dated correction of a finalised record: the record itself is never overwritten."""

    made_on: dt.date
    field: str  # the Chinese field name, e.g. "会议记录"
    old_value: str
    new_value: str
    reason: str
    who: str = ""
    at: dt.datetime | None = None
    uuid: str | None = None


@dataclass
class Attachment:
    """A photo or scan, stored once in the data folder's attachments/ under its SHA-256."""

    sha256: str
    name: str
    size: int = 0
    uuid: str | None = None
    added_at: dt.datetime | None = None

    @property
    def extension(self) -> str:
        dot = self.name.rfind(".")
        return self.name[dot + 1 :].lower() if dot >= 0 else ""

    @property
    def is_image(self) -> bool:
        return self.extension in ("jpg", "jpeg", "png", "bmp", "gif", "webp")


@dataclass
class Meeting:
    """One sitting. ``types`` may hold several (a 主题党日 that includes a 党课 counts for both)."""

    types: list[MeetingType]
    date: dt.date
    title: str = ""  # 会议名称 / 主题
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    host: str = ""  # 主持人
    recorder: str = ""  # 记录人
    lecturer: str = ""  # 党课 讲课人
    lecture_topic: str = ""  # 党课 课题
    scope: Scope = Scope.BRANCH
    group_uuid: str | None = None
    group_name: str = ""
    attendees: list[Attendee] = field(default_factory=list)
    observers: str = ""  # 列席人员 (free text)
    agenda: list[AgendaItem] = field(default_factory=list)
    minutes: str = ""
    resolutions: str = ""
    votes: list[Vote] = field(default_factory=list)
    status: MeetingStatus = MeetingStatus.DRAFT
    finalized_at: dt.datetime | None = None
    amendments: list[Amendment] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    uuid: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    # -- derived ------------------------------------------------------------------------------------------------
    @property
    def is_final(self) -> bool:
        return self.status is MeetingStatus.FINAL

    @property
    def primary_type(self) -> MeetingType:
        return self.types[0] if self.types else MeetingType.OTHER

    @property
    def types_text(self) -> str:
        return "、".join(str(t) for t in self.types)

    @property
    def display_title(self) -> str:
        if self.title:
            return self.title
        if MeetingType.LECTURE in self.types and self.lecture_topic:
            return f"党课：{self.lecture_topic}"
        first = next((a.title for a in self.agenda if a.title), "")
        return first or self.types_text

    @property
    def expected(self) -> int:
        return len(self.attendees)

    @property
    def present(self) -> list[Attendee]:
        return [a for a in self.attendees if a.present]

    @property
    def absent(self) -> list[Attendee]:
        return [a for a in self.attendees if not a.present]

    @property
    def voting_expected(self) -> int:
        return sum(1 for a in self.attendees if a.has_vote)

    @property
    def voting_present(self) -> int:
        return sum(1 for a in self.attendees if a.has_vote and a.present)

    @property
    def time_text(self) -> str:
        s = self.start_time.strftime("%H:%M") if self.start_time else ""
        e = self.end_time.strftime("%H:%M") if self.end_time else ""
        return f"{s}—{e}" if s and e else s or e

    def counts_as(self, t: MeetingType) -> bool:
        return t in self.types

    def search_text(self) -> str:
        """Everything a full-text search looks at, in one string."""
        parts = [self.title, self.lecture_topic, self.lecturer, self.place, self.host]
        for a in self.agenda:
            parts += [a.title, a.note]
        parts += [self.minutes, self.resolutions]
        parts += [v.subject for v in self.votes]
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class MeetingSummary:
    """One row of the meeting list (no long texts)."""

    uuid: str
    date: dt.date
    types: tuple[MeetingType, ...]
    title: str
    group_name: str
    host: str
    expected: int
    present: int
    status: MeetingStatus
    attachments: int = 0

    @property
    def types_text(self) -> str:
        return "、".join(t.short for t in self.types)


@dataclass
class MeetingFilter:
    year: int | None = None
    type: MeetingType | None = None
    group_uuid: str | None = None
    text: str = ""
    limit: int | None = None


# -- rules: voting -----------------------------------------------------------------------------------------------


def quorum_met(voting_present: int, voting_expected: int) -> bool:
    """A 党员大会 may vote only with more than half of the 正式党员 who should attend present."""
    return voting_expected > 0 and voting_present * 2 > voting_expected


def motion_passes(yes: int, voting_expected: int) -> bool:
    """Yes votes must exceed half of the voting members who should attend (应到), not of those present."""
    return voting_expected > 0 and yes * 2 > voting_expected


def vote_result_text(vote: Vote, voting_expected: int) -> str:
    return "通过" if motion_passes(vote.yes, voting_expected) else "未通过"


# -- rules: checks shown while typing ---------------------------------------------------------------------------


class Severity(StrEnum):
    ERROR = "error"  # cannot be saved like this
    WARNING = "warning"  # saved, but the user is told (and it blocks 定稿 where noted)


@dataclass(frozen=True)
class Issue:
    severity: Severity
    field: str
    message: str
    blocks_final: bool = False


def check_meeting(m: Meeting, today: dt.date) -> list[Issue]:
    """Every rule that applies to a record, as it stands. Never silent: the editor shows these live."""
    out: list[Issue] = []
    err, warn = Severity.ERROR, Severity.WARNING
    if not m.types:
        out.append(Issue(err, "types", "请至少选择一种会议类型"))
    if m.start_time and m.end_time and m.end_time <= m.start_time:
        out.append(Issue(err, "end_time", "结束时间早于（或等于）开始时间，请核对"))
    if m.date > today:
        out.append(Issue(warn, "date", f"会议日期{m.date:%Y-%m-%d}在今天之后：可以先登记为计划（打印签到表），"
                                       "会议开过后再补全记录", blocks_final=True))
    if m.date.year < 1921:
        out.append(Issue(err, "date", "会议日期不合理"))
    if not m.recorder.strip():
        out.append(Issue(warn, "recorder", "还没有填写记录人", blocks_final=True))
    if not m.host.strip():
        out.append(Issue(warn, "host", "还没有填写主持人", blocks_final=True))
    if m.scope is Scope.GROUP and not m.group_uuid:
        out.append(Issue(err, "group", "参加范围为党小组时，请选择是哪个党小组"))
    if MeetingType.GROUP in m.types and m.scope is not Scope.GROUP:
        out.append(Issue(warn, "scope", "党小组会的参加范围通常是一个党小组"))
    if MeetingType.LECTURE in m.types and not m.lecturer.strip():
        out.append(Issue(warn, "lecturer", "党课请填写讲课人", blocks_final=True))
    if not m.attendees:
        out.append(Issue(warn, "attendees", "应到人员为空：请先在名册中登记党员，或检查参加范围和日期"))
    for a in m.attendees:
        if not a.present and a.reason is None:
            out.append(Issue(warn, "attendees", f"{a.name}缺席，请选择缺席原因（公差/病假/事假/其他）"))
    if any(not a.title.strip() for a in m.agenda):
        out.append(Issue(err, "agenda", "有空白的议题，请填写或删除"))
    firsts = [i for i, a in enumerate(m.agenda) if a.first_topic]
    if len(firsts) > 1:
        out.append(Issue(err, "agenda", "只能有一个第一议题"))
    elif firsts and firsts[0] != 0:
        out.append(Issue(warn, "agenda", "第一议题应排在议题的第一位"))
    if not firsts and any(t in m.types for t in FIRST_TOPIC_TYPES) and m.agenda:
        out.append(Issue(warn, "agenda", "支部大会、支委会和党小组会一般以“第一议题”学习开始"))
    if m.votes:
        if MeetingType.ASSEMBLY in m.types and not quorum_met(m.voting_present, m.voting_expected):
            out.append(Issue(warn, "votes", f"到会有表决权的正式党员{m.voting_present}人，未超过应到"
                                            f"{m.voting_expected}人的半数：本次党员大会不能进行表决",
                             blocks_final=True))
        for v in m.votes:
            if not v.subject.strip():
                out.append(Issue(err, "votes", "表决事项不能为空"))
            if min(v.yes, v.no, v.abstain) < 0:
                out.append(Issue(err, "votes", "票数不能为负数"))
            elif v.cast > m.voting_present:
                out.append(Issue(err, "votes", f"“{v.subject}”的票数合计{v.cast}超过到会的有表决权党员"
                                               f"{m.voting_present}人"))
    return out


# -- compliance rules as data ------------------------------------------------------------------------------------


class Period(StrEnum):
    MONTH = "每月"
    QUARTER = "每季度"
    HALF_YEAR = "每半年"
    YEAR = "每年"
    NONE = "不检查"

    @property
    def months(self) -> int:
        return {"每月": 1, "每季度": 3, "每半年": 6, "每年": 12, "不检查": 0}[self.value]


@dataclass
class ComplianceRule:
    type: MeetingType
    period: Period
    count: int = 1  # at least this many per period
    per_group: bool = False  # 党小组会: counted for each 党小组 separately


@dataclass
class ComplianceRules:
    rules: list[ComplianceRule]
    secretary_lectures_per_year: int = 1  # 书记讲党课 at least this many a year (0: not checked)
    inactivity_warning_days: int = 120  # warn this long after the last participation
    six_month_rule_months: int = 6

    def rule_for(self, t: MeetingType) -> ComplianceRule | None:
        return next((r for r in self.rules if r.type is t), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rules": [{"type": r.type.value, "period": r.period.value, "count": r.count, "per_group": r.per_group}
                      for r in self.rules],
            "secretary_lectures_per_year": self.secretary_lectures_per_year,
            "inactivity_warning_days": self.inactivity_warning_days,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ComplianceRules:
        base = default_rules()
        if not data:
            return base
        by_type = {r.type: r for r in base.rules}
        for raw in data.get("rules", []):
            try:
                t = MeetingType(raw["type"])
                by_type[t] = ComplianceRule(t, Period(raw["period"]), max(1, int(raw.get("count", 1))),
                                            bool(raw.get("per_group", t is MeetingType.GROUP)))
            except (KeyError, ValueError, TypeError):
                continue  # an unknown entry from a newer version is ignored, not a crash
        order = [r.type for r in base.rules]
        return cls(
            rules=[by_type[t] for t in order],
            secretary_lectures_per_year=max(0, int(data.get("secretary_lectures_per_year", 1))),
            inactivity_warning_days=min(175, max(30, int(data.get("inactivity_warning_days", 120)))),
        )


def default_rules() -> ComplianceRules:
    """The 支部工作条例 defaults: 支委会 and 党小组会 monthly, 党员大会 and 党课 quarterly, 主题党日 monthly,
    组织生活会 and 民主评议党员 yearly; the secretary lectures at least once a year."""
    return ComplianceRules(rules=[
        ComplianceRule(MeetingType.ASSEMBLY, Period.QUARTER),
        ComplianceRule(MeetingType.COMMITTEE, Period.MONTH),
        ComplianceRule(MeetingType.GROUP, Period.MONTH, per_group=True),
        ComplianceRule(MeetingType.LECTURE, Period.QUARTER),
        ComplianceRule(MeetingType.THEME_DAY, Period.MONTH),
        ComplianceRule(MeetingType.LIFE_MEETING, Period.YEAR),
        ComplianceRule(MeetingType.APPRAISAL, Period.YEAR),
    ])


# -- compliance calendar -----------------------------------------------------------------------------------------


class CellStatus(StrEnum):
    HELD = "已开"  # a meeting of this type was held in this month
    COVERED = "已完成"  # the period is satisfied by a meeting in another of its months
    MISSING = "缺"  # the period ended without enough meetings (shown on the period's last month)
    IN_MISSING_PERIOD = "缺（期内）"  # an earlier month of a missed period
    DUE = "待开"  # the period is running and not yet satisfied
    NOT_DUE = "未到期"  # the month lies in the future
    NOT_REQUIRED = "不要求"


@dataclass(frozen=True)
class MonthCell:
    month: int
    status: CellStatus
    count: int = 0
    meeting_uuids: tuple[str, ...] = ()
    dates: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class PeriodResult:
    label: str  # e.g. "第一季度", "3月", "全年"
    start: dt.date
    end: dt.date
    required: int
    held: int
    status: CellStatus  # HELD (enough), MISSING, DUE, NOT_DUE

    @property
    def ok(self) -> bool:
        return self.status is CellStatus.HELD


@dataclass(frozen=True)
class ComplianceRow:
    label: str  # e.g. "支部委员会", "党小组会·第一党小组（运维）", "书记讲党课"
    type: MeetingType
    period: Period
    group_uuid: str | None
    months: tuple[MonthCell, ...]
    periods: tuple[PeriodResult, ...]

    @property
    def missing(self) -> list[PeriodResult]:
        return [p for p in self.periods if p.status is CellStatus.MISSING]


@dataclass(frozen=True)
class ComplianceReport:
    year: int
    today: dt.date
    rows: tuple[ComplianceRow, ...]

    @property
    def missing_count(self) -> int:
        return sum(len(r.missing) for r in self.rows)

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "as_of": self.today.isoformat(),
            "missing": self.missing_count,
            "rows": [
                {
                    "label": r.label, "type": r.type.value, "period": r.period.value, "group_uuid": r.group_uuid,
                    "months": [{"month": c.month, "status": c.status.value, "count": c.count,
                                "dates": [d.isoformat() for d in c.dates]} for c in r.months],
                    "periods": [{"label": p.label, "start": p.start.isoformat(), "end": p.end.isoformat(),
                                 "required": p.required, "held": p.held, "status": p.status.value}
                                for p in r.periods],
                }
                for r in self.rows
            ],
        }


@dataclass(frozen=True)
class HeldMeeting:
    """What the calendar needs of a meeting."""

    uuid: str
    date: dt.date
    types: tuple[MeetingType, ...]
    group_uuid: str | None = None
    lecturer: str = ""


_QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def periods_of(year: int, period: Period) -> list[tuple[str, dt.date, dt.date]]:
    n = period.months
    if n == 0:
        return []
    out = []
    for i, start_month in enumerate(range(1, 13, n)):
        end_month = start_month + n - 1
        if n == 1:
            label = f"{start_month}月"
        elif n == 3:
            label = _QUARTERS[i]
        elif n == 6:
            label = ("上半年", "下半年")[i]
        else:
            label = "全年"
        out.append((label, dt.date(year, start_month, 1), month_end(year, end_month)))
    return out


def _row(label: str, t: MeetingType, period: Period, required: int, group_uuid: str | None,
         held: list[HeldMeeting], year: int, today: dt.date) -> ComplianceRow:
    by_month: dict[int, list[HeldMeeting]] = {}
    for h in held:
        if h.date.year == year:
            by_month.setdefault(h.date.month, []).append(h)
    periods: list[PeriodResult] = []
    month_status: dict[int, CellStatus] = {}
    for plabel, start, end in periods_of(year, period):
        count = sum(len(by_month.get(m, [])) for m in range(start.month, end.month + 1))
        if count >= required:
            status = CellStatus.HELD
        elif end < today:
            status = CellStatus.MISSING
        elif start <= today:
            status = CellStatus.DUE
        else:
            status = CellStatus.NOT_DUE
        periods.append(PeriodResult(plabel, start, end, required, count, status))
        for m in range(start.month, end.month + 1):
            first_of_month = dt.date(year, m, 1)
            if by_month.get(m):
                month_status[m] = CellStatus.HELD
            elif status is CellStatus.HELD:
                month_status[m] = CellStatus.COVERED
            elif status is CellStatus.MISSING:
                month_status[m] = CellStatus.MISSING if m == end.month else CellStatus.IN_MISSING_PERIOD
            elif first_of_month > today:
                month_status[m] = CellStatus.NOT_DUE
            else:
                month_status[m] = CellStatus.DUE
    cells = []
    for m in range(1, 13):
        hs = sorted(by_month.get(m, []), key=lambda h: h.date)
        cells.append(MonthCell(m, month_status.get(m, CellStatus.NOT_REQUIRED), len(hs),
                               tuple(h.uuid for h in hs), tuple(h.date for h in hs)))
    return ComplianceRow(label, t, period, group_uuid, tuple(cells), tuple(periods))


def compliance_report(year: int, rules: ComplianceRules, held: list[HeldMeeting],
                      groups: list[tuple[str, str]], today: dt.date, secretary_name: str = "") -> ComplianceReport:
    """Months × meeting types for ``year``. ``groups`` is [(uuid, name)] of the 党小组 (per-group rows).

    A sitting counts for every type it carries. Months after ``today`` are not yet due; a period that is still
    running and not yet satisfied is due (待开), not missing.
    """
    rows: list[ComplianceRow] = []
    for rule in rules.rules:
        if rule.period is Period.NONE:
            continue
        of_type = [h for h in held if rule.type in h.types]
        if rule.per_group and groups:
            for g_uuid, g_name in groups:
                mine = [h for h in of_type if h.group_uuid == g_uuid]
                rows.append(_row(f"{rule.type.short}·{g_name}", rule.type, rule.period, rule.count, g_uuid, mine,
                                 year, today))
        else:
            rows.append(_row(rule.type.short, rule.type, rule.period, rule.count, None, of_type, year, today))
    if rules.secretary_lectures_per_year > 0:
        by_secretary = [h for h in held if MeetingType.LECTURE in h.types and secretary_name
                        and _same_person(h.lecturer, secretary_name)]
        rows.append(_row("书记讲党课", MeetingType.LECTURE, Period.YEAR, rules.secretary_lectures_per_year, None,
                         by_secretary, year, today))
    return ComplianceReport(year, today, tuple(rows))


def _same_person(lecturer: str, name: str) -> bool:
    lecturer = lecturer.replace("书记", "").replace("同志", "").strip()
    return bool(lecturer) and (lecturer == name or name in lecturer)


# -- participation: attendance rate and the six-month rule -----------------------------------------------------


@dataclass(frozen=True)
class Participation:
    """One member's record at one meeting: present, or absent with a reason."""

    member_uuid: str
    date: dt.date
    present: bool
    reason: AbsenceReason | None = None


@dataclass(frozen=True)
class MemberAttendance:
    member_uuid: str
    name: str
    group_name: str
    expected: int
    present: int
    absences: dict[str, int]  # reason -> count

    @property
    def rate(self) -> float | None:
        return self.present / self.expected if self.expected else None

    @property
    def rate_text(self) -> str:
        r = self.rate
        return "—" if r is None else f"{r * 100:.0f}%"


def attendance_rates(members: list[tuple[str, str, str]], records: list[Participation],
                     year: int) -> list[MemberAttendance]:
    """members: [(uuid, name, group_name)]. Counted over meetings of ``year`` where the member was 应到."""
    out = []
    for uuid, name, group in members:
        mine = [r for r in records if r.member_uuid == uuid and r.date.year == year]
        absences: dict[str, int] = {}
        for r in mine:
            if not r.present:
                key = str(r.reason) if r.reason else "未说明"
                absences[key] = absences.get(key, 0) + 1
        out.append(MemberAttendance(uuid, name, group, len(mine), sum(1 for r in mine if r.present), absences))
    return out


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class InactivityWarning:
    """A member approaching (or past) six consecutive months without organisational life."""

    member_uuid: str
    name: str
    group_name: str
    last_participation: dt.date | None  # None: never, since ``since``
    since: dt.date  # counting starts here (last participation, or joining / first record)
    deadline: dt.date  # since + six months: by then the member must take part
    days_without: int
    overdue: bool
    absences: tuple[tuple[dt.date, str], ...]  # meetings missed since, with the reason given

    @property
    def valid_reasons(self) -> int:
        return sum(1 for _, r in self.absences if r in (AbsenceReason.BUSINESS.value, AbsenceReason.SICK.value))


def inactivity_warnings(members: list[tuple[str, str, str, dt.date | None]], records: list[Participation],
                        today: dt.date, rules: ComplianceRules, records_start: dt.date | None
                        ) -> list[InactivityWarning]:
    """members: [(uuid, name, group_name, on_roster_since)]. Only meetings up to ``today`` count.

    Counting starts at the member's last participation; a member who never took part counts from the later of
    joining and the first meeting on record (the app cannot know what happened before its records begin).
    """
    if records_start is None:
        return []
    out = []
    past = [r for r in records if r.date <= today]
    for uuid, name, group, since_joined in members:
        mine = sorted((r for r in past if r.member_uuid == uuid), key=lambda r: r.date)
        present_dates = [r.date for r in mine if r.present]
        last = present_dates[-1] if present_dates else None
        since = last or max(d for d in (since_joined, records_start) if d is not None)
        days = (today - since).days
        if days < rules.inactivity_warning_days:
            continue
        deadline = add_months(since, rules.six_month_rule_months)
        absences = tuple((r.date, str(r.reason) if r.reason else "未说明原因") for r in mine
                         if not r.present and r.date > since)
        out.append(InactivityWarning(uuid, name, group, last, since, deadline, days, today >= deadline, absences))
    return sorted(out, key=lambda w: w.deadline)


# -- agenda templates --------------------------------------------------------------------------------------------


@dataclass
class AgendaTemplate:
    name: str
    items: list[AgendaItem]
    uuid: str | None = None  # None: built in


BUILTIN_TEMPLATES = [
    AgendaTemplate("第一议题学习", [AgendaItem(
        "第一议题：学习习近平新时代中国特色社会主义思想和习近平总书记最新重要讲话精神", True,
        "学习形式：集中学习、领学、交流研讨。")]),
    AgendaTemplate("支委会（常规）", [
        AgendaItem("第一议题：学习习近平总书记最新重要讲话精神", True, "学习形式：书记领学，委员交流。"),
        AgendaItem("通报上月党建工作完成情况"),
        AgendaItem("研究部署本月党建工作"),
        AgendaItem("研究党员教育管理和发展党员有关事项"),
    ]),
    AgendaTemplate("党员大会（季度）", [
        AgendaItem("第一议题：学习习近平新时代中国特色社会主义思想", True, "学习形式：集中学习。"),
        AgendaItem("通报本季度支部工作情况"),
        AgendaItem("讨论决定支部重要事项"),
    ]),
    AgendaTemplate("党小组会（常规）", [
        AgendaItem("第一议题：学习习近平总书记最新重要讲话精神", True, "学习形式：组长领学，组员交流。"),
        AgendaItem("交流本月思想、工作情况"),
        AgendaItem("讨论落实支部工作安排"),
    ]),
]


# -- search snippets ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    uuid: str
    date: dt.date
    types: tuple[MeetingType, ...]
    title: str
    snippets: tuple[tuple[tuple[str, bool], ...], ...]  # each snippet: (text, is_match) segments


def search_terms(query: str) -> list[str]:
    return [t for t in (query or "").replace("　", " ").split(" ") if t]


def make_snippets(text: str, terms: list[str], width: int = 30, limit: int = 3) -> list[list[tuple[str, bool]]]:
    """Up to ``limit`` excerpts of ``text`` around the matches of ``terms`` (case-insensitive), split into
    (segment, is_match) runs so a UI can highlight the matches."""
    low = text.lower()
    spans: list[tuple[int, int]] = []
    for t in terms:
        tl = t.lower()
        start = 0
        while tl and (i := low.find(tl, start)) >= 0:
            spans.append((i, i + len(tl)))
            start = i + len(tl)
    if not spans:
        return []
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    windows: list[list[int]] = []
    for s, e in merged:
        ws, we = max(0, s - width), min(len(text), e + width)
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], we)
        else:
            windows.append([ws, we])
    out = []
    for ws, we in windows[:limit]:
        segs: list[tuple[str, bool]] = []
        pos = ws
        if ws > 0:
            segs.append(("…", False))
        for s, e in merged:
            if e <= ws or s >= we:
                continue
            if s > pos:
                segs.append((text[pos:s], False))
            segs.append((text[max(s, pos):e], True))
            pos = e
        if pos < we:
            segs.append((text[pos:we], False))
        if we < len(text):
            segs.append(("…", False))
        out.append([(seg.replace("\n", " "), m) for seg, m in segs])
    return out


# -- 应到 from the roster ----------------------------------------------------------------------------------------


def had_vote_on(category_full: bool, full_member_on: dt.date | None, day: dt.date) -> bool:
    """A 正式党员 votes; one who became full only after ``day`` was a 预备党员 then."""
    if not category_full:
        return False
    return full_member_on is None or full_member_on <= day


AMENDABLE_FIELDS = ("会议记录", "决议", "议题", "出席情况", "表决", "时间地点", "主持人/记录人", "其他")


@dataclass(frozen=True)
class SigninRow:
    """One line of a 签到表."""

    name: str
    group_name: str
    category: str


# -- drafts: a record being edited as plain JSON data ------------------------------------------------------------


def meeting_to_dict(m: Meeting) -> dict[str, Any]:
    """The editable part of a record as JSON-ready data (autosaved drafts)."""
    return {
        "uuid": m.uuid, "types": [t.value for t in m.types], "date": m.date.isoformat(), "title": m.title,
        "start_time": m.start_time.strftime("%H:%M") if m.start_time else "",
        "end_time": m.end_time.strftime("%H:%M") if m.end_time else "",
        "place": m.place, "host": m.host, "recorder": m.recorder, "lecturer": m.lecturer,
        "lecture_topic": m.lecture_topic, "scope": m.scope.value, "group_uuid": m.group_uuid,
        "group_name": m.group_name, "observers": m.observers, "minutes": m.minutes, "resolutions": m.resolutions,
        "attendees": [{"name": a.name, "member_uuid": a.member_uuid, "has_vote": a.has_vote, "present": a.present,
                       "reason": a.reason.value if a.reason else "", "reason_text": a.reason_text}
                      for a in m.attendees],
        "agenda": [{"title": a.title, "first_topic": a.first_topic, "note": a.note} for a in m.agenda],
        "votes": [{"subject": v.subject, "yes": v.yes, "no": v.no, "abstain": v.abstain} for v in m.votes],
    }


def _time(text: str) -> dt.time | None:
    try:
        return dt.time.fromisoformat(text) if text else None
    except ValueError:
        return None


def meeting_from_dict(d: dict[str, Any]) -> Meeting:
    """Inverse of :func:`meeting_to_dict`; unknown or damaged values fall back to blanks."""
    types = [MeetingType(t) for t in d.get("types", []) if t in MeetingType._value2member_map_]
    try:
        day = dt.date.fromisoformat(str(d.get("date")))
    except ValueError:
        day = clock.today()
    scope = Scope(d["scope"]) if d.get("scope") in Scope._value2member_map_ else Scope.BRANCH
    return Meeting(
        types=types, date=day, title=str(d.get("title", "")), start_time=_time(str(d.get("start_time", ""))),
        end_time=_time(str(d.get("end_time", ""))), place=str(d.get("place", "")), host=str(d.get("host", "")),
        recorder=str(d.get("recorder", "")), lecturer=str(d.get("lecturer", "")),
        lecture_topic=str(d.get("lecture_topic", "")), scope=scope, group_uuid=d.get("group_uuid"),
        group_name=str(d.get("group_name", "")), observers=str(d.get("observers", "")),
        minutes=str(d.get("minutes", "")), resolutions=str(d.get("resolutions", "")),
        attendees=[Attendee(str(a.get("name", "")), a.get("member_uuid"), bool(a.get("has_vote", True)),
                            bool(a.get("present", True)),
                            AbsenceReason(a["reason"]) if a.get("reason") in AbsenceReason._value2member_map_
                            else None, str(a.get("reason_text", ""))) for a in d.get("attendees", [])],
        agenda=[AgendaItem(str(a.get("title", "")), bool(a.get("first_topic")), str(a.get("note", "")))
                for a in d.get("agenda", [])],
        votes=[Vote(str(v.get("subject", "")), int(v.get("yes", 0)), int(v.get("no", 0)), int(v.get("abstain", 0)))
               for v in d.get("votes", [])],
        uuid=d.get("uuid"),
    )
