"""组织生活会 and 民主评议党员 as one annual cycle: the meeting it extends, opinions collected, problem lists with
their rectification, criticism, the appraisal (self-assessments, ballots, grades, follow-up), and the checks.

Every write is one transaction; every rule of the appraisal is checked here (domain/appraisal.py) so the window
and the command line refuse the same things with the same Chinese message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from dangjian_desktop import clock
from dangjian_desktop.domain.appraisal import (
    GRADES,
    AppraisalEntry,
    AppraisalRules,
    Ballot,
    Grade,
    check_entries,
    suggest_grades,
    tally,
    validate_rules,
)
from dangjian_desktop.domain.checks import Issue, errors
from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory
from dangjian_desktop.domain.errors import NotFoundError, ValidationError, or_none
from dangjian_desktop.domain.life_meeting import (
    BRANCH_OWNER,
    DEFAULT_AGENDA,
    DEFAULT_OPINION_CATEGORIES,
    Criticism,
    LifeMeeting,
    MeetingLink,
    Opinion,
    Preparation,
    Problem,
    validate_criticism,
    validate_cycle,
    validate_opinion,
    validate_problem,
)
from dangjian_desktop.domain.meetings import AgendaItem, MeetingSummary, MeetingType, Scope, had_vote_on
from dangjian_desktop.domain.room import Rectification, RectStatus
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.domain.validation import clean_fields, clean_text
from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.services.rules_setting import ReadsMeetings
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import appraisal as repo
from dangjian_desktop.storage.repos import settings

if TYPE_CHECKING:
    from dangjian_desktop.services.branch import BranchService
    from dangjian_desktop.services.meetings import MeetingService
    from dangjian_desktop.services.roster import RosterService
    from dangjian_desktop.services.talks import TalkService

T = TypeVar("T")

RULES_KEY = "appraisal.rules"
CATEGORIES_KEY = "appraisal.opinion_categories"


class AppraisalService(ReadsMeetings[AppraisalRules], key=RULES_KEY):
    def __init__(self, store: Store, branches: BranchService, roster: RosterService, meetings: MeetingService,
                 talks: TalkService):
        super().__init__(store, branches, roster, meetings)
        self.talks = talks

    def _branch_only(self) -> None:
        """Headquarters keeps the cycles as the branches sent them: it reads them, it does not change them."""
        from dangjian_desktop.domain.enums import StoreMode

        if self.branches.mode() is StoreMode.HEADQUARTERS:
            raise ValidationError("上级党委模式下只能查看各党支部报来的组织生活会和民主评议记录，不能修改。")

    # -- settings --------------------------------------------------------------------------------------------
    def save_rules(self, rules: AppraisalRules) -> AppraisalRules:
        problems = validate_rules(rules)
        if problems:
            raise ValidationError("", problems)
        return self._put_rules(rules)

    def opinion_categories(self) -> tuple[str, ...]:
        stored = settings.get(CATEGORIES_KEY, [])
        cats = tuple(dict.fromkeys(clean_text(str(c), 30) for c in stored if str(c).strip()))
        return cats or DEFAULT_OPINION_CATEGORIES

    def save_opinion_categories(self, categories: list[str]) -> tuple[str, ...]:
        cats = list(dict.fromkeys(clean_text(c, 30) for c in categories if c.strip()))
        if not cats:
            raise ValidationError("意见类别至少要有一个")
        with self.store.atomic():
            settings.put(CATEGORIES_KEY, cats)
        return self.opinion_categories()

    def reset_settings(self) -> None:
        with self.store.atomic():
            settings.delete(RULES_KEY)
            settings.delete(CATEGORIES_KEY)

    # -- cycles ----------------------------------------------------------------------------------------------
    def years(self, today: dt.date | None = None) -> list[int]:
        from dangjian_desktop.domain.life_meeting import review_year

        today = today or clock.today()
        # last year's too: its 组织生活会 may be recorded late (held in the spring, or typed in afterwards)
        return sorted(set(repo.cycle_years()) | {review_year(today), today.year, today.year - 1}, reverse=True)

    @snapshot_cached
    def recent(self, today: dt.date) -> dict[int, LifeMeeting]:
        """Last year's and this year's cycles, light (problem lists and entries; no opinions, criticism, ballots),
        for 首页's figures and reminders: a few queries, once per refresh."""
        return repo.recent_cycles([today.year - 1, today.year])

    def cycle(self, year: int) -> LifeMeeting | None:
        c = repo.find_cycle(year)
        return self._linked(c) if c else None

    def get(self, uuid: str) -> LifeMeeting:
        return self._linked(repo.get_cycle(uuid))

    def _linked(self, c: LifeMeeting) -> LifeMeeting:
        if c.meeting_uuid:
            m = or_none(self.meetings.get, c.meeting_uuid)
            if m is None:
                return c
            c.meeting = MeetingLink(m.uuid or "", m.date, m.display_title, m.expected, len(m.present),
                                    tuple(f"{a.name}（{a.absence_text}）" for a in m.absent), m.host, m.place,
                                    m.is_final)
        return c

    def open_cycle(self, year: int, today: dt.date | None = None) -> LifeMeeting:
        """The cycle of ``year``, made (empty) when there is none yet: the first opinion may come before anything
        else is typed."""
        found = self.cycle(year)
        if found is not None:
            return found
        return self.save_cycle(LifeMeeting(year=year), today)

    def save_cycle(self, c: LifeMeeting, today: dt.date | None = None) -> LifeMeeting:
        """The cycle's own fields (topic, dates, the higher committee, the meeting link); its lists are saved by
        their own calls."""
        self._branch_only()
        today = today or clock.today()
        clean_fields(c, topic=300, higher_attendee=200, summary=50_000, note=5000)
        if c.meeting_uuid:
            self._linked(c)
        else:
            c.meeting = None
        problems = validate_cycle(c, today)
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            other = repo.find_cycle(c.year)
            if other is not None and other.uuid != c.uuid:
                raise ValidationError(f"{c.year}年度已经有组织生活会记录，请在年度列表中选择它。")
            if c.meeting_uuid:
                taken = repo.linked_meetings().get(c.meeting_uuid)
                if taken is not None and taken != c.year:
                    raise ValidationError(f"这次会议已经是{taken}年度组织生活会的会议记录。")
            repo.save_header(c)
            return self.get(c.uuid or "")

    def delete_cycle(self, uuid: str) -> None:
        """Delete a year's cycle with its lists (the meeting record itself stays)."""
        self._branch_only()
        with self.store.atomic():
            repo.delete_cycle(uuid)

    # -- the meeting it extends ------------------------------------------------------------------------------
    def meeting_candidates(self, year: int) -> list[MeetingSummary]:
        """Meetings of type 组织生活会 from July of ``year`` to June of the next not yet linked to another year."""
        taken = repo.linked_meetings()
        out = []
        for y in (year, year + 1):
            for m in self.meetings.list(_filter(y)):
                lo, hi = dt.date(year, 7, 1), dt.date(year + 1, 6, 30)
                if lo <= m.date <= hi and taken.get(m.uuid, year) == year:
                    out.append(m)
        return sorted(out, key=lambda m: m.date)

    def link_meeting(self, cycle_uuid: str, meeting_uuid: str | None, today: dt.date | None = None) -> LifeMeeting:
        c = self.get(cycle_uuid)
        if meeting_uuid:
            m = self.meetings.get(meeting_uuid)
            if MeetingType.LIFE_MEETING not in m.types:
                raise ValidationError("只能关联类型为“组织生活会”的会议记录。")
        c.meeting_uuid = meeting_uuid
        return self.save_cycle(c, today)

    def create_meeting(self, cycle_uuid: str, day: dt.date, today: dt.date | None = None) -> LifeMeeting:
        """A meeting record for the sitting (a draft; a plan when ``day`` is ahead), linked to the cycle: it is
        then a meeting of type 组织生活会 (and 民主评议党员 when held together) in the calendar and the book."""
        c = self.get(cycle_uuid)
        if c.meeting is not None:
            raise ValidationError("本年度组织生活会已经有会议记录，可点“打开会议记录”查看。")
        types = [MeetingType.LIFE_MEETING] + ([MeetingType.APPRAISAL] if c.appraisal_with_meeting else [])
        m = self.meetings.new_meeting(types, day, Scope.BRANCH)
        m.title = c.title
        branch = self.branches.profile()
        m.host = branch.secretary_name if branch else ""
        m.observers = c.higher_attendee
        m.agenda = [AgendaItem(t) for t in DEFAULT_AGENDA]
        if not c.appraisal_with_meeting:
            m.agenda = m.agenda[:-1]
        with self.store.atomic():
            saved = self.meetings.save(m, today)
            c.meeting_uuid = saved.uuid
            if c.planned_on is None:
                c.planned_on = day
            return self.save_cycle(c, today)

    # -- opinions, problems, criticism -----------------------------------------------------------------------
    def save_opinion(self, cycle_uuid: str, o: Opinion, today: dt.date | None = None) -> Opinion:
        self._branch_only()
        today = today or clock.today()
        clean_fields(o, content=5000, response=5000)
        o.source, o.category = clean_text(o.source, 30) or "其他", clean_text(o.category, 30) or "其他"
        o.target = clean_text(o.target, 50) or BRANCH_OWNER
        problems = validate_opinion(o, today)
        if problems:
            raise ValidationError("", problems)
        return self._keep(cycle_uuid, "opinions", repo.sync_opinions, o)

    def delete_opinion(self, cycle_uuid: str, uuid: str) -> None:
        self._drop(cycle_uuid, "opinions", repo.sync_opinions, uuid)

    def save_problem(self, cycle_uuid: str, p: Problem, today: dt.date | None = None) -> Problem:
        self._branch_only()
        today = today or clock.today()
        p.problem, p.owner = clean_text(p.problem, 2000), clean_text(p.owner, 50) or BRANCH_OWNER
        clean_fields(p, manifestation=5000, cause=5000, measure=5000, progress=5000, responsible=100)
        if p.completed_on and p.status is not RectStatus.DONE:
            p.status = RectStatus.DONE  # a completion date means it is done (as in the activity room)
        c = self.get(cycle_uuid)
        problems = validate_problem(p, c.meeting.date if c.meeting else None, today)
        if problems:
            raise ValidationError("", problems)
        return self._keep(cycle_uuid, "problems", repo.sync_problems, p)

    def delete_problem(self, cycle_uuid: str, uuid: str) -> None:
        self._drop(cycle_uuid, "problems", repo.sync_problems, uuid)

    def rectifications(self, cycle_uuid: str) -> list[Rectification]:
        """The 整改清单: every problem as the shared rectification model (the branch's first)."""
        return self.get(cycle_uuid).rectifications()

    def save_rectification(self, cycle_uuid: str, r: Rectification, today: dt.date | None = None) -> Rectification:
        """Progress of one rectification (what the activity room's dialog edits)."""
        c = repo.get_cycle(cycle_uuid)
        p = next((p for p in c.problems if p.uuid == r.item_key), None)
        if p is None:
            raise NotFoundError("找不到该整改事项。")
        p.apply(r)
        saved = self.save_problem(cycle_uuid, p, today)
        return saved.rectification(r.inspection_date)

    def save_criticism(self, cycle_uuid: str, x: Criticism) -> Criticism:
        self._branch_only()
        clean_fields(x, critic=50, target=50, points=10_000, response=5000)
        problems = validate_criticism(x)
        if problems:
            raise ValidationError("", problems)
        return self._keep(cycle_uuid, "criticisms", repo.sync_criticisms, x)

    def delete_criticism(self, cycle_uuid: str, uuid: str) -> None:
        self._drop(cycle_uuid, "criticisms", repo.sync_criticisms, uuid)

    def _keep(self, cycle_uuid: str, part: str, sync: Callable[[Any, list], None], item: T) -> T:
        """Save ``item`` into its cycle's list ``part`` (opinions, problems, criticisms), replacing the one of its
        uuid; ``sync`` writes the list (the repo keeps each row's identity)."""
        with self.store.atomic():
            sync(repo.cycle_row(cycle_uuid), _put(getattr(repo.get_cycle(cycle_uuid), part), item))
        return item

    def _drop(self, cycle_uuid: str, part: str, sync: Callable[[Any, list], None], uuid: str) -> None:
        self._branch_only()
        with self.store.atomic():
            items = getattr(repo.get_cycle(cycle_uuid), part)
            sync(repo.cycle_row(cycle_uuid), [x for x in items if x.uuid != uuid])

    # -- the appraisal ---------------------------------------------------------------------------------------
    def appraisal_day(self, c: LifeMeeting, today: dt.date | None = None) -> dt.date:
        """The day the roster of the appraisal is taken: the appraisal's date, else the meeting's, else today."""
        today = today or clock.today()
        if not c.appraisal_with_meeting and c.appraisal_on:
            return c.appraisal_on
        if c.meeting:
            return c.meeting.date
        return c.planned_on if c.planned_on and c.planned_on <= today else today

    def roster_entries(self, c: LifeMeeting, today: dt.date | None = None) -> list[AppraisalEntry]:
        """One entry per member on the roster on the appraisal day (预备党员 marked as such)."""
        day = self.appraisal_day(c, today)
        out = []
        for m in self.roster.members(MemberFilter(include_inactive=True)):
            if not m.on_roster_at(day):
                continue
            full = had_vote_on(m.category is MemberCategory.FULL, m.full_member_on, day)
            out.append(AppraisalEntry(m.name, m.uuid, m.group_name, probationary=not full))
        return out

    def prepare_entries(self, cycle_uuid: str, today: dt.date | None = None) -> LifeMeeting:
        """生成评议名单: add the members not yet listed (those listed keep what was entered)."""
        self._branch_only()
        c = self.get(cycle_uuid)
        listed = {e.member_uuid or f"name:{e.member_name}" for e in c.entries}
        added = [e for e in self.roster_entries(c, today) if (e.member_uuid or f"name:{e.member_name}") not in listed]
        if not added:
            return c
        with self.store.atomic():
            c.entries = c.entries + added
            repo.sync_entries(repo.cycle_row(cycle_uuid), c.entries)
        return self.get(cycle_uuid)

    def check(self, c: LifeMeeting, today: dt.date | None = None) -> list[Issue]:
        today = today or clock.today()
        return check_entries(c.entries, self.rules(), ballots_returned=c.ballots_returned,
                             ballots_issued=c.ballots_issued, appraisal_on=c.appraisal_date(today), today=today)

    def save_entries(self, cycle_uuid: str, entries: list[AppraisalEntry], *, ballots_issued: int | None = None,
                     ballots_returned: int | None = None, today: dt.date | None = None) -> LifeMeeting:
        """The appraisal as typed: self-assessments, votes per member, grades, follow-up, telling the result.
        Refused when a rule is broken — 优秀 above the share above all. With ballots entered one by one, the votes
        are theirs (typed votes are replaced by the count)."""
        self._branch_only()
        today = today or clock.today()
        c = self.get(cycle_uuid)
        for e in entries:
            clean_fields(e, member_name=50, group_name=100, exempt_reason=200, self_assessment=20_000, note=5000,
                         follow_up_note=5000)
            e.votes = {g: int(e.votes_for(g)) for g in GRADES}
        c.entries = entries
        if ballots_issued is not None:
            c.ballots_issued = ballots_issued
        if ballots_returned is not None:
            c.ballots_returned = ballots_returned
        if c.ballots:
            counted = tally(entries, c.ballots, self.rules())
            for e in entries:
                e.votes = dict(counted.votes.get(e.uuid or "", dict.fromkeys(GRADES, 0)))
            c.ballots_returned = counted.returned
        problems = errors(self.check(c, today))
        if problems:
            raise ValidationError("", [(i.field, i.message) for i in problems])
        with self.store.atomic():
            repo.sync_entries(repo.cycle_row(cycle_uuid), c.entries)
            repo.save_header(c)
        return self.get(cycle_uuid)

    def save_ballots(self, cycle_uuid: str, ballots: list[Ballot], *, ballots_issued: int | None = None,
                     today: dt.date | None = None) -> LifeMeeting:
        """The 测评票 counted one by one: their marks are kept, and each member's votes become the count."""
        self._branch_only()
        c = self.get(cycle_uuid)
        known = {e.uuid for e in c.entries if e.uuid}
        numbers = [b.number for b in ballots]
        if any(n < 1 for n in numbers) or len(set(numbers)) != len(numbers):
            raise ValidationError("测评票的编号应为不重复的正整数")
        for b in ballots:
            unknown = [k for k in b.marks if k not in known]
            if unknown:
                raise ValidationError(f"第{b.number}张测评票上有不在评议名单中的人员，请先生成评议名单。")
        issued = c.ballots_issued if ballots_issued is None else ballots_issued
        if issued and len(ballots) > issued:
            raise ValidationError(f"录入的测评票{len(ballots)}张，多于发出的{issued}张")
        counted = tally(c.entries, ballots, self.rules())
        for e in c.entries:
            e.votes = dict(counted.votes.get(e.uuid or "", dict.fromkeys(GRADES, 0)))
        c.ballots, c.ballots_issued, c.ballots_returned = ballots, issued, counted.returned
        problems = [i for i in errors(self.check(c, today)) if i.field == "votes"]
        if problems:
            raise ValidationError("", [(i.field, i.message) for i in problems])
        with self.store.atomic():
            row = repo.cycle_row(cycle_uuid)
            repo.sync_ballots(row, ballots)
            repo.sync_entries(row, c.entries)
            repo.save_header(c)
        return self.get(cycle_uuid)

    def suggestions(self, cycle_uuid: str) -> dict[str, Grade]:
        c = self.get(cycle_uuid)
        return suggest_grades(c.entries, self.rules())

    def notify_all(self, cycle_uuid: str, on: dt.date, today: dt.date | None = None) -> LifeMeeting:
        """登记已告知: every graded member not yet told is told on ``on``."""
        c = self.get(cycle_uuid)
        entries = [replace(e, notified_on=on) if e.grade is not None and e.notified_on is None else e
                   for e in c.entries]
        return self.save_entries(cycle_uuid, entries, today=today)

    # -- before the meeting ----------------------------------------------------------------------------------
    def preparation(self, c: LifeMeeting, today: dt.date | None = None) -> Preparation:
        today = today or clock.today()
        day = c.meeting.date if c.meeting else (c.planned_on or today)
        expected, missing = self.talks.pre_meeting(day)
        branch = self.branches.profile()
        committee = [s.name for s in branch.committee if s.name] if branch else []
        owners = {p.owner for p in c.problems}
        rules = self.rules()
        appraised = [e for e in c.entries if e.is_appraised(rules) or e.probationary]
        return Preparation(
            reported_on=c.reported_on, opinions=len(c.opinions), talks_expected=len(expected),
            talks_missing=tuple(f"{p.a.name}—{p.b.name}" for p in missing),
            branch_problems=sum(1 for p in c.problems if p.is_branch),
            committee_without_list=tuple(n for n in committee if n not in owners),
            self_assessed=sum(1 for e in appraised if e.self_assessment.strip()), appraised=len(appraised))

    def committee_names(self) -> list[tuple[str, str | None]]:
        branch = self.branches.profile()
        return [(s.name, s.member_uuid) for s in (branch.committee if branch else []) if s.name]

    def secretary(self) -> str:
        branch = self.branches.profile()
        return next((s.name for s in (branch.committee if branch else []) if s.role is CommitteeRole.SECRETARY), "")

    def people(self) -> list[tuple[str, str | None]]:
        return self.talks.people()


def _filter(year: int):  # noqa: ANN202
    from dangjian_desktop.domain.meetings import MeetingFilter

    return MeetingFilter(year=year, type=MeetingType.LIFE_MEETING)


def _put(items: list, item) -> list:  # noqa: ANN001
    """The list with ``item`` replacing the one of the same uuid, or appended."""
    if item.uuid and any(x.uuid == item.uuid for x in items):
        return [item if x.uuid == item.uuid else x for x in items]
    return [*items, item]


def build(services) -> AppraisalService:  # noqa: ANN001
    return AppraisalService(services.store, services.branch, services.roster, services.meetings, services.talks)
