"""发展党员 rules as small pure functions, and the checks shown while typing (never blocking an honest record).

Every deadline is computed with :func:`~dangjian_desktop.domain.development.add_months` (same day N months later,
clamped to the month's end); the deadline day itself is on time. ``today`` is always passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dangjian_desktop.domain.development import (
    ADMISSION_APPROVAL,
    ADMISSION_VOTE,
    CONVERSION_APPROVAL,
    CONVERSION_VOTE,
    STEP,
    Case,
    CaseStatus,
    ContactRole,
    DevelopmentRules,
    PublicityKind,
    Rule,
    Stage,
    Training,
    add_months,
    prerequisites,
    working_days,
)
from dangjian_desktop.domain.enums import MemberCategory, MemberStatus
from dangjian_desktop.domain.meetings import Meeting, MeetingType, motion_passes, quorum_met
from dangjian_desktop.domain.roster import Member

# -- deadlines ---------------------------------------------------------------------------------------------------


def talk_due(applied_on: dt.date, rules: DevelopmentRules) -> dt.date:
    """The last day for the talk with the applicant (step 2): one month after the application."""
    return add_months(applied_on, rules.talk_months)


def activist_year_ends(activist_on: dt.date, rules: DevelopmentRules) -> dt.date:
    """The first day a 积极分子 named on ``activist_on`` may be made a 发展对象 (a full year, to the day)."""
    return add_months(activist_on, rules.activist_months)


def approval_due(assembly_on: dt.date, rules: DevelopmentRules) -> dt.date:
    """The last day for the higher committee's approval: three months after the 大会."""
    return add_months(assembly_on, rules.approval_months)


def probation_ends(admitted_on: dt.date, rules: DevelopmentRules, extension_months: int = 0) -> dt.date:
    """预备期满: one year (plus any extension) after the 大会 that accepted the person."""
    return add_months(admitted_on, rules.probation_months + extension_months)


def adult_on(birth_date: dt.date, rules: DevelopmentRules) -> dt.date:
    """The day the person turns ``min_age`` (born 29 February: 28 February of that year)."""
    return add_months(birth_date, 12 * rules.min_age)


def training_enough(t: Training, rules: DevelopmentRules) -> bool:
    """At least 3 days, or at least 24 学时."""
    return t.days >= rules.training_days or t.hours >= rules.training_hours


def next_assessment_due(start: dt.date, done: Iterable[dt.date], rules: DevelopmentRules) -> dt.date:
    """Half a year after the latest assessment on or after ``start`` (or after ``start`` when there is none)."""
    latest = max((d for d in done if d >= start), default=start)
    return add_months(latest, rules.assessment_months)


def assessment_gaps(start: dt.date, end: dt.date, done: Iterable[dt.date],
                    rules: DevelopmentRules) -> list[tuple[dt.date, dt.date]]:
    """Stretches from ``start`` to ``end`` longer than half a year without a written assessment: (from, the day
    the next one was due)."""
    points = sorted(d for d in done if start < d <= end)
    out = []
    prev = start
    for d in [*points, end]:
        due = add_months(prev, rules.assessment_months)
        if d > due:
            out.append((prev, due))
        prev = d
    return out


def publicity_days(starts_on: dt.date, ends_on: dt.date) -> int:
    return working_days(starts_on, ends_on)


def full_member_on(member: Member, day: dt.date) -> bool:
    """Was ``member`` a 正式党员 of the branch on ``day``?"""
    if member.category is not MemberCategory.FULL or not member.on_roster_at(day):
        return False
    if member.status is not MemberStatus.ACTIVE and member.status_date and member.status_date <= day:
        return False
    return member.full_member_on is None or member.full_member_on <= day


# -- the 大会's record ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VoteFacts:
    """What a linked 支部党员大会 record says about one candidate."""

    meeting_uuid: str
    date: dt.date
    is_assembly: bool
    voting_expected: int
    voting_present: int
    subject: str = ""  # the vote about the candidate ("" when none names them)
    yes: int = 0
    no: int = 0
    abstain: int = 0
    others: tuple[str, ...] = ()  # other candidates named in the same vote

    @property
    def quorum(self) -> bool:
        return quorum_met(self.voting_present, self.voting_expected)

    @property
    def found(self) -> bool:
        return bool(self.subject)

    @property
    def passes(self) -> bool:
        return self.found and motion_passes(self.yes, self.voting_expected)

    @property
    def text(self) -> str:
        head = f"应到有表决权党员{self.voting_expected}人，实到{self.voting_present}人"
        if not self.found:
            return head + "；未找到表决记录"
        return (head + f"；表决“{self.subject}”：赞成{self.yes}票，反对{self.no}票，弃权{self.abstain}票，"
                + ("通过" if self.passes and self.quorum else "未通过"))


def vote_facts(meeting: Meeting, name: str, other_names: Iterable[str] = (), prefer: str = "") -> VoteFacts:
    """The votes of ``meeting`` about ``name``: the one whose subject names them (``prefer``: a word such as 转正
    that picks among several), and other candidates named in the same subject (one at a time is the rule)."""
    others_all = [o for o in other_names if o and o != name]
    longer = [o for o in others_all if name in o]  # 李伟 must not match a vote about 李伟华

    def names_candidate(subject: str) -> bool:
        if name not in subject:
            return False
        stripped = subject
        for o in longer:
            stripped = stripped.replace(o, "")
        return name in stripped

    matching = [v for v in meeting.votes if name and names_candidate(v.subject)]
    if prefer and len(matching) > 1:
        matching = [v for v in matching if prefer in v.subject] or matching
    v = matching[-1] if matching else None
    others = tuple(o for o in others_all if v is not None and o not in name and o in v.subject)
    base = dict(meeting_uuid=meeting.uuid or "", date=meeting.date, is_assembly=MeetingType.ASSEMBLY in meeting.types,
                voting_expected=meeting.voting_expected, voting_present=meeting.voting_present)
    if v is None:
        return VoteFacts(**base)
    return VoteFacts(**base, subject=v.subject, yes=v.yes, no=v.no, abstain=v.abstain, others=others)


# -- the checks -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """A rule a record breaks, shown on screen and printed on the 纪实表. ``kind``: missing, order, deadline, …"""

    step: int | None
    kind: str
    message: str


def _d(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _nearest_recorded(case: Case, number: int) -> set[int]:
    """The recorded steps nearest above ``number`` along its prerequisites (through missing ones)."""
    out: set[int] = set()
    todo = list(STEP[number].after)
    seen: set[int] = set()
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        if n in case.steps:
            out.add(n)
        else:
            todo.extend(STEP[n].after)
    return out


def check_case(case: Case, rules: DevelopmentRules, today: dt.date, *, members: Mapping[str, Member] | None = None,
               meetings: Mapping[str, Meeting] | None = None, other_names: Iterable[str] = ()) -> list[Finding]:
    """Every rule the record breaks as it stands: missing and out-of-order steps, each deadline, the age, the
    people (正式党员 on the date), training, 政审, 公示, the 大会's quorum and vote. ``members``/``meetings``: the
    roster and the linked meeting records by UUID."""
    members = members or {}
    meetings = meetings or {}
    others = list(other_names)
    out: list[Finding] = []
    steps = case.steps
    on = case.on

    # order and gaps
    reported_missing: set[int] = set()
    for n in sorted(steps):
        for m in sorted(prerequisites(n) - set(steps) - reported_missing):
            reported_missing.add(m)
            out.append(Finding(m, "missing", f"缺少第{m}步“{STEP[m].name}”（第{n}步“{STEP[n].name}”已登记）"))
    for n in sorted(steps):
        for m in sorted(_nearest_recorded(case, n)):
            if steps[m].on > steps[n].on:
                out.append(Finding(n, "order", f"第{n}步“{STEP[n].name}”（{_d(steps[n].on)}）早于第{m}步"
                                                f"“{STEP[m].name}”（{_d(steps[m].on)}），顺序不对"))
        if steps[n].on > today:
            out.append(Finding(n, "order", f"第{n}步“{STEP[n].name}”的日期{_d(steps[n].on)}在今天之后"))

    # the applicant
    if case.birth_date and case.applied_on < adult_on(case.birth_date, rules):
        out.append(Finding(1, "age", f"递交入党申请时未满{rules.min_age}周岁（{_d(adult_on(case.birth_date, rules))}"
                                     f"满{rules.min_age}周岁）"))
    if (t := on(2)) and t > talk_due(case.applied_on, rules):
        out.append(Finding(2, "deadline", f"谈话在{_d(t)}进行，晚于规定期限（收到申请后{rules.talk_months}个月内，"
                                          f"即{_d(talk_due(case.applied_on, rules))}前）"))

    # 积极分子: a year, half-yearly assessments, mentors
    a3, a7 = on(3), on(7)
    dates = [a.on for a in case.assessments]
    if a3 and a7 and a7 < activist_year_ends(a3, rules):
        out.append(Finding(7, "deadline", f"确定为发展对象时，作为入党积极分子不满{_months(rules.activist_months)}"
                                          f"（{_d(a3)}确定为积极分子，{_d(activist_year_ends(a3, rules))}才满）"))
    if a3:
        # a finished stretch ends at step 7; an open one at the latest assessment (what follows is a duty)
        end = a7 or max((d for d in dates if d > a3), default=None)
        if end:
            for start, due in assessment_gaps(a3, end, dates, rules):
                out.append(Finding(6, "assessment", f"培养考察：{_d(start)}之后超过半年没有书面考察记录"
                                                    f"（应在{_d(due)}前考察）"))
    if 6 in steps and a3 and not any(a3 <= d <= (a7 or today) for d in dates):
        out.append(Finding(6, "assessment", "培养教育考察还没有登记书面考察意见"))
    if 5 in steps:
        out.extend(_people(case, ContactRole.MENTOR, on(5) or today, members, (1, 2), 5))
    if 9 in steps:
        out.extend(_people(case, ContactRole.SPONSOR, on(9) or today, members, (2, 2), 9))
    if 10 in steps and not (steps[10].result or "").strip():
        out.append(Finding(10, "review", "政治审查应形成结论性材料：请填写政审结论"))
    if 11 in steps and not training_enough(case.training, rules):
        t = case.training
        out.append(Finding(11, "training", f"集中培训{_num(t.days)}天、{_num(t.hours)}学时，少于"
                                           f"{_num(rules.training_days)}天或{_num(rules.training_hours)}学时"))

    # 公示 before 发展对象 and before acceptance
    for kind in PublicityKind:
        before = on(kind.before_step)
        if before is None:
            continue
        found = [p for p in case.publicity if p.kind is kind]
        if not found:
            out.append(Finding(kind.before_step, "publicity", f"第{kind.before_step}步之前没有“{kind.value}”的记录"))
            continue
        p = max(found, key=lambda x: x.ends_on)
        if p.ends_on > before:
            out.append(Finding(kind.before_step, "publicity", f"{kind.value}至{_d(p.ends_on)}结束，晚于第"
                                                            f"{kind.before_step}步（{_d(before)}）"))
        days = publicity_days(p.starts_on, p.ends_on)
        if days < rules.publicity_workdays:
            out.append(Finding(kind.before_step, "publicity", f"{kind.value}只有{days}个工作日，"
                                                            f"少于{rules.publicity_workdays}个工作日"))

    # the meetings that decided steps
    for n, rec in sorted(steps.items()):
        spec = STEP[n]
        if spec.meeting is None:
            continue
        if not rec.meeting_uuid:
            if spec.rule is Rule.ASSEMBLY or n == CONVERSION_VOTE:
                out.append(Finding(n, "meeting", f"第{n}步没有关联支部党员大会的会议记录，无法核对到会人数和表决结果"))
            continue
        m = meetings.get(rec.meeting_uuid)
        if m is None:
            out.append(Finding(n, "meeting", f"第{n}步关联的会议记录已不存在，请重新选择"))
            continue
        if spec.meeting not in m.types:
            out.append(Finding(n, "meeting", f"第{n}步关联的会议是“{m.types_text}”，应为“{spec.meeting.value}”"))
        if m.date != rec.on:
            out.append(Finding(n, "meeting", f"第{n}步的日期{_d(rec.on)}与关联会议的日期{_d(m.date)}不一致"))
        if spec.meeting is MeetingType.ASSEMBLY:
            out.extend(_assembly(case, n, vote_facts(m, case.name, others, "转正" if n == CONVERSION_VOTE else "")))

    # approval within three months; 转正 when probation ends
    for vote, approval in ((ADMISSION_VOTE, ADMISSION_APPROVAL), (CONVERSION_VOTE, CONVERSION_APPROVAL)):
        if (v := on(vote)) and (a := on(approval)) and a > approval_due(v, rules):
            out.append(Finding(approval, "deadline", f"上级党委{_d(a)}审批，超过支部党员大会（{_d(v)}）后"
                                                     f"{rules.approval_months}个月的期限（{_d(approval_due(v, rules))}）"))
    if case.admitted and (c := on(CONVERSION_VOTE)):
        ends = probation_ends(on(ADMISSION_VOTE) or c, rules, case.extension.months if case.extension else 0)
        if c < ends:
            out.append(Finding(CONVERSION_VOTE, "deadline", f"预备期到{_d(ends)}才满，{_d(c)}就讨论转正"))
    admitted_on = on(ADMISSION_VOTE)
    if admitted_on and case.admitted:
        end = on(CONVERSION_VOTE) or max((d for d in dates if d > admitted_on), default=None)
        if end:
            for start, due in assessment_gaps(admitted_on, end, dates, rules):
                out.append(Finding(21, "assessment", f"预备期考察：{_d(start)}之后超过半年没有书面考察记录"
                                                     f"（应在{_d(due)}前考察）"))
    ext = case.extension
    if ext is not None:
        if not rules.extension_min_months <= ext.months <= rules.extension_max_months:
            out.append(Finding(None, "extension", f"延长预备期{ext.months}个月：按规定为"
                                                  f"{rules.extension_min_months}至{rules.extension_max_months}个月"))
        if not case.admitted:
            out.append(Finding(None, "extension", "还不是预备党员，不能延长预备期"))
    if case.status is CaseStatus.CANCELLED and not case.admitted:
        out.append(Finding(None, "status", "还不是预备党员，不存在取消预备党员资格"))
    return out


def _assembly(case: Case, n: int, f: VoteFacts) -> list[Finding]:
    out = []
    if not f.is_assembly:
        return out
    if not f.quorum:
        out.append(Finding(n, "meeting", f"支部党员大会到会有表决权的正式党员{f.voting_present}人，未超过应到"
                                         f"{f.voting_expected}人的半数，不能表决"))
    if not f.found:
        out.append(Finding(n, "meeting", f"支部党员大会的会议记录中没有关于{case.name}的表决（表决事项应写明姓名）"))
        return out
    rec = case.steps[n]
    if rec.passed is not False and not f.passes:
        out.append(Finding(n, "meeting", f"表决“{f.subject}”赞成{f.yes}票，未超过应到会有表决权党员"
                                         f"{f.voting_expected}人的半数，不能通过"))
    if f.others:
        out.append(Finding(n, "meeting", f"应对每一个发展对象逐个表决，表决“{f.subject}”中还有"
                                         f"{'、'.join(f.others)}"))
    return out


def _people(case: Case, role: ContactRole, day: dt.date, members: Mapping[str, Member], count: tuple[int, int],
            step: int) -> list[Finding]:
    out = []
    people = case.contacts_of(role, day) or case.current_contacts(role)
    lo, hi = count
    if not lo <= len(people) <= hi:
        want = f"{lo}名" if lo == hi else f"{lo}至{hi}名"
        out.append(Finding(step, "people", f"{role.value}应为{want}正式党员，现登记{len(people)}名"))
    for c in people:
        when = c.since or day
        m = members.get(c.member_uuid or "")
        if m is None:
            out.append(Finding(step, "people", f"{role.value}{c.name}不在本支部名册中，请核实其{_d(when)}时是正式党员"))
        elif not full_member_on(m, when):
            out.append(Finding(step, "people", f"{role.value}{c.name}在{_d(when)}不是正式党员"))
        if c.name == case.name:
            out.append(Finding(step, "people", f"{role.value}不能是本人"))
    return out


def _months(n: int) -> str:
    return f"{n // 12}年" if n % 12 == 0 else f"{n}个月"


def _num(x: float) -> str:
    return f"{x:g}"


# -- what is next, and when ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Duty:
    """Something open on a case with a deadline: the step it belongs to, what to do, by when."""

    step: int
    title: str
    due: dt.date

    def overdue(self, today: dt.date) -> bool:
        return today > self.due


def open_duties(case: Case, rules: DevelopmentRules) -> list[Duty]:
    """The deadlines still open on an active case, earliest first."""
    if case.status is not CaseStatus.ACTIVE:
        return []
    out: list[Duty] = []
    on = case.on
    dates = [a.on for a in case.assessments]
    if 2 not in case.steps:
        out.append(Duty(2, "与入党申请人谈话", talk_due(case.applied_on, rules)))
    if (a3 := on(3)) and case.done(3) and 7 not in case.steps and ADMISSION_VOTE not in case.steps:
        out.append(Duty(6, "入党积极分子半年考察", next_assessment_due(a3, dates, rules)))
    if (v := on(ADMISSION_VOTE)) and case.done(ADMISSION_VOTE) and ADMISSION_APPROVAL not in case.steps:
        out.append(Duty(ADMISSION_APPROVAL, "上级党委审批接收预备党员", approval_due(v, rules)))
    if case.admitted and CONVERSION_VOTE not in case.steps:
        admitted_on = on(ADMISSION_VOTE)
        assert admitted_on is not None
        ends = probation_ends(admitted_on, rules, case.extension.months if case.extension else 0)
        if 22 not in case.steps:
            out.append(Duty(22, "预备期满，提出转正申请", ends))
        else:
            out.append(Duty(CONVERSION_VOTE, "预备期满，支部党员大会讨论转正", ends))
        nxt = next_assessment_due(admitted_on, dates, rules)
        if nxt < ends:
            out.append(Duty(21, "预备党员半年考察", nxt))
    if (c := on(CONVERSION_VOTE)) and case.done(CONVERSION_VOTE) and CONVERSION_APPROVAL not in case.steps:
        out.append(Duty(CONVERSION_APPROVAL, "上级党委审批转正", approval_due(c, rules)))
    return sorted(out, key=lambda d: (d.due, d.step))


@dataclass(frozen=True)
class Progress:
    """Where a case stands: the contract of ``dangjian development list --json``."""

    stage: Stage
    last_step: int
    next_step: int | None
    due: dt.date | None
    overdue: bool


def progress(case: Case, rules: DevelopmentRules, today: dt.date) -> Progress:
    """``stage``: the stage of the furthest step recorded; ``next_step``: the lowest step not yet recorded (a gap
    left behind comes first), none once the case is closed; ``due``: the earliest open deadline."""
    last = case.last_step or 1
    nxt = next((n for n in STEP if n not in case.steps), None) if case.status is CaseStatus.ACTIVE else None
    duties = open_duties(case, rules)
    due = duties[0].due if duties else None
    return Progress(STEP[last].stage, last, nxt, due, any(d.overdue(today) for d in duties))


def earliest_candidate_date(case: Case, rules: DevelopmentRules) -> dt.date | None:
    """The first day the person may be made a 发展对象 (shown as "not before" for step 7)."""
    a3 = case.on(3)
    return activist_year_ends(a3, rules) if a3 else None


def step_deadline(case: Case, number: int, rules: DevelopmentRules) -> tuple[str, dt.date] | None:
    """The deadline shown beside a step in the timeline: ("应在…前"/"…后方可", date) or None."""
    on = case.on
    if number == 2:
        return ("前", talk_due(case.applied_on, rules))
    if number == 7 and (d := earliest_candidate_date(case, rules)):
        return ("后", d)
    if number == ADMISSION_APPROVAL and (v := on(ADMISSION_VOTE)):
        return ("前", approval_due(v, rules))
    if number in (22, CONVERSION_VOTE) and case.admitted:
        admitted_on = on(ADMISSION_VOTE)
        assert admitted_on is not None
        return ("后" if number == CONVERSION_VOTE else "前",
                probation_ends(admitted_on, rules, case.extension.months if case.extension else 0))
    if number == CONVERSION_APPROVAL and (c := on(CONVERSION_VOTE)):
        return ("前", approval_due(c, rules))
    return None


def probation_end_of(case: Case, rules: DevelopmentRules) -> dt.date | None:
    if not case.admitted:
        return None
    admitted_on = case.on(ADMISSION_VOTE)
    assert admitted_on is not None
    return probation_ends(admitted_on, rules, case.extension.months if case.extension else 0)


def full_member_date(case: Case, rules: DevelopmentRules) -> dt.date | None:
    """转正日期 written into the roster: the 大会 date of step 23 (default) or the day probation ends."""
    if not case.converted:
        return None
    if rules.full_member_on_probation_end:
        return probation_end_of(case, rules)
    return case.on(CONVERSION_VOTE)
