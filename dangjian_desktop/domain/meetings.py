"""三会一课 and other organisational life: meeting records and the rules behind them.

Rules (《中国共产党支部工作条例（试行）》 and the Party Constitution):

* a 支部党员大会 may vote only when more than half of the members with voting rights (正式党员; 预备党员 have no
  vote) are present;
* a motion passes when the yes votes exceed half of the voting members who should attend (应到), not of those present;
* how often each kind of meeting is due: domain/compliance.py; attendance and the six-month rule:
  domain/participation.py; search snippets: domain/search.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from dangjian_desktop import clock
from dangjian_desktop.domain.checks import Issue, Severity
from dangjian_desktop.domain.first_topic import Study, study_problems
from dangjian_desktop.domain.stored import Stored


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
    uuid: str | None = None  # the saved row it is (None: not saved yet); keeps its identity across saves

    @property
    def absence_text(self) -> str:
        if self.present:
            return ""
        reason = str(self.reason) if self.reason else "未说明原因"
        return f"{reason}：{self.reason_text}" if self.reason_text else reason


@dataclass
class AgendaItem:
    """One 议题. ``first_topic`` marks the 第一议题 study item (学习要点 go in ``note``; the 第一议题学习台账's
    fields — 篇目, 出处, 讲话日期, 领学人, 形式, 贯彻落实措施 — in ``study``: domain/first_topic.py)."""

    title: str
    first_topic: bool = False
    note: str = ""
    uuid: str | None = None
    study: Study | None = None


@dataclass
class Vote:
    """A 表决: counts of 赞成 / 反对 / 弃权."""

    subject: str
    yes: int = 0
    no: int = 0
    abstain: int = 0
    uuid: str | None = None

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
class Meeting(Stored):
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
            if a.study is not None:
                parts += [a.study.title, a.study.follow_up]
        parts += [self.minutes, self.resolutions]
        parts += [v.subject for v in self.votes]
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class MeetingHeading:
    """What names a meeting in a list: the rows of the meeting list and the search hits begin with it."""

    uuid: str
    date: dt.date
    types: tuple[MeetingType, ...]
    title: str


@dataclass(frozen=True)
class MeetingSummary(MeetingHeading):
    """One row of the meeting list (no long texts)."""

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
    if not m.attendees and m.scope is Scope.COMMITTEE:
        out.append(Issue(warn, "attendees", "应到人员为空：还没有填写支部委员会成员。请在“设置 › 支部信息 › 支部委员会”中"
                                            "填写书记和委员，这次会议（草稿）的应到名单会随之更新"))
    elif not m.attendees:
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
    if len(firsts) == 1:
        for f, message in study_problems(m.agenda[firsts[0]].study, m.date):
            out.append(Issue(warn, f, message))
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
        "agenda": [{"title": a.title, "first_topic": a.first_topic, "note": a.note, "study": _study_dict(a.study)}
                   for a in m.agenda],
        "votes": [{"subject": v.subject, "yes": v.yes, "no": v.no, "abstain": v.abstain} for v in m.votes],
    }


def _study_dict(study: Study | None) -> dict[str, str] | None:
    if study is None:
        return None
    return {"title": study.title, "source": study.source,
            "speech_date": study.speech_date.isoformat() if study.speech_date else "", "led_by": study.led_by,
            "form": study.form, "follow_up": study.follow_up}


def _study_from(d: object) -> Study | None:
    if not isinstance(d, dict):
        return None
    try:
        day = dt.date.fromisoformat(str(d.get("speech_date"))) if d.get("speech_date") else None
    except ValueError:
        day = None
    return Study(str(d.get("title", "")), str(d.get("source", "")), day, str(d.get("led_by", "")),
                 str(d.get("form", "")), str(d.get("follow_up", "")))


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
        agenda=[AgendaItem(str(a.get("title", "")), bool(a.get("first_topic")), str(a.get("note", "")),
                           study=_study_from(a.get("study"))) for a in d.get("agenda", [])],
        votes=[Vote(str(v.get("subject", "")), int(v.get("yes", 0)), int(v.get("no", 0)), int(v.get("abstain", 0)))
               for v in d.get("votes", [])],
        uuid=d.get("uuid"),
    )
