"""谈心谈话: record talks, see the year's coverage against the pairs the rules expect, print the record sheet and
the register; the fourth-quarter reminder on 首页; the demo's talks."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock
from dangjian_desktop.domain.enums import CommitteeRole, MemberStatus
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.life_meeting import year_problem
from dangjian_desktop.domain.reminders import Reminder, Urgency
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.domain.talks import (
    CommitteeMember,
    Coverage,
    ExpectedPair,
    RosterMember,
    Talk,
    TalkRules,
    TalkType,
    coverage,
    pair_text,
    person,
    pre_meeting_missing,
    validate_rules,
    validate_talk,
)
from dangjian_desktop.domain.validation import clean_fields, one_by_prefix
from dangjian_desktop.services.branch import BranchService
from dangjian_desktop.services.roster import RosterService
from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.services.rules_setting import RulesInSettings
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import talks as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

RULES_KEY = "talks.rules"


class TalkService(RulesInSettings[TalkRules], key=RULES_KEY):
    def __init__(self, store: Store, branches: BranchService, roster: RosterService):
        self.store = store
        self.branches = branches
        self.roster = roster

    # -- rules -----------------------------------------------------------------------------------------------
    def save_rules(self, rules: TalkRules) -> TalkRules:
        problems = validate_rules(rules)
        if problems:
            raise ValidationError("", problems)
        return self._put_rules(rules)

    # -- reading ---------------------------------------------------------------------------------------------
    def talks(self, year: int | None = None) -> list[Talk]:
        """The talks of a year (all when None), newest first."""
        if year is None:
            found = repo.list_talks()
        else:
            found = repo.list_talks(dt.date(year, 1, 1), dt.date(year, 12, 31))
        return list(reversed(found))

    def talk(self, uuid: str) -> Talk:
        return repo.get_talk(uuid)

    def years(self, today: dt.date | None = None) -> list[int]:
        today = today or clock.today()
        return sorted(set(repo.years()) | {today.year}, reverse=True)

    def resolve_id(self, id_or_prefix: str) -> str:
        return one_by_prefix(id_or_prefix, repo.uuids_with_prefix, "谈话记录")

    def people(self) -> list[tuple[str, str | None]]:
        """(name, member uuid) of everyone one may talk with: the committee first, then the roster."""
        out: list[tuple[str, str | None]] = []
        seen: set[str] = set()
        branch = self.branches.profile()
        for s in branch.committee if branch else []:
            key = s.member_uuid or f"name:{s.name}"
            if s.name and key not in seen:
                seen.add(key)
                out.append((s.name, s.member_uuid))
        for m in self.roster.members():
            if m.uuid not in seen:
                seen.add(m.uuid or "")
                out.append((m.name, m.uuid))
        return out

    def structure(self, on: dt.date) -> tuple[list[CommitteeMember], list[RosterMember]]:
        """The committee and the members on the roster on ``on``, as the coverage rules take them."""
        members = [m for m in self.roster.members(MemberFilter(include_inactive=True)) if m.on_roster_at(on)]
        groups = {m.uuid: m.group_uuid for m in members}
        branch = self.branches.profile()
        committee = []
        for s in branch.committee if branch else []:
            if not s.name and not s.member_uuid:
                continue
            name = s.name or next((m.name for m in members if m.uuid == s.member_uuid), "")
            role = "书记" if s.role is CommitteeRole.SECRETARY else str(s.role)
            committee.append(CommitteeMember(person(name, s.member_uuid), role, groups.get(s.member_uuid)))
        return committee, [RosterMember(person(m.name, m.uuid), m.group_uuid, m.group_name) for m in members]

    @snapshot_cached
    def coverage(self, year: int, today: dt.date | None = None) -> Coverage:
        """The year's talks against the expected pairs, with the roster as it is at the year's end (or today)."""
        today = today or clock.today()
        if year_problem(year, today):
            raise ValidationError(year_problem(year, today))
        on = min(dt.date(year, 12, 31), today) if year <= today.year else today
        committee, members = self.structure(on)
        return coverage(committee, members, repo.list_talks(dt.date(year, 1, 1), dt.date(year, 12, 31)), year,
                        self.rules())

    def pre_meeting(self, meeting_date: dt.date) -> tuple[list[ExpectedPair], list[ExpectedPair]]:
        """(expected, missing) talks before a 组织生活会 on ``meeting_date``."""
        window = self.rules().pre_meeting_days
        committee, members = self.structure(meeting_date)
        talks = repo.list_talks(meeting_date - dt.timedelta(days=window), meeting_date)
        return pre_meeting_missing(committee, members, talks, meeting_date, window)

    # -- writing ---------------------------------------------------------------------------------------------
    def _branch_only(self) -> None:
        from dangjian_desktop.domain.enums import StoreMode

        if self.branches.mode() is StoreMode.HEADQUARTERS:
            raise ValidationError("上级党委模式下只能查看各党支部报来的谈心谈话记录，不能修改。")

    def save(self, t: Talk, today: dt.date | None = None) -> Talk:
        self._branch_only()
        today = today or clock.today()
        clean_fields(t, a_name=50, b_name=50, place=200, content=20_000, views=20_000, follow_up=20_000)
        t.kind = TalkType(t.kind)
        # a name typed for someone on the roster is that member (coverage matches by the roster's key)
        by_name: dict[str, list[str]] = {}
        for m in self.roster.members(MemberFilter(include_inactive=True)):
            if m.status is MemberStatus.ACTIVE and m.uuid:
                by_name.setdefault(m.name, []).append(m.uuid)
        if t.a_uuid is None and len(by_name.get(t.a_name, [])) == 1:
            t.a_uuid = by_name[t.a_name][0]
        if t.b_uuid is None and len(by_name.get(t.b_name, [])) == 1:
            t.b_uuid = by_name[t.b_name][0]
        problems = validate_talk(t, today)
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            return repo.save_talk(t)

    def delete(self, uuid: str) -> None:
        self._branch_only()
        with self.store.atomic():
            repo.delete_talk(uuid)

    # -- paper -----------------------------------------------------------------------------------------------
    def talk_pdf(self, uuid: str, out: Path | str) -> Path:
        """谈心谈话记录: one talk on one sheet, with both signatures."""
        from dangjian_desktop.reports.talks import build_talk_pdf

        branch = self.branches.require_profile()
        return build_talk_pdf(out, branch, repo.get_talk(self.resolve_id(uuid)))

    def register_pdf(self, year: int, out: Path | str, today: dt.date | None = None) -> Path:
        """谈心谈话登记册: the year's talks, the coverage matrix and the pairs still missing."""
        from dangjian_desktop.reports.talks import build_register_pdf

        branch = self.branches.require_profile()
        return build_register_pdf(out, branch, year, list(reversed(self.talks(year))),
                                  self.coverage(year, today))


def build(services: Services) -> TalkService:
    return TalkService(services.store, services.branch, services.roster)


# -- 首页 ----------------------------------------------------------------------------------------------------------


def reminders(services: Services, today: dt.date) -> list[Reminder]:
    """From the fourth quarter (a setting): who has not yet talked with whom this year as the rules ask."""
    if services.branch.profile() is None:
        return []
    svc = services.talks
    if today.month < svc.rules().remind_from_month:
        return []
    cov = svc.coverage(today.year, today)
    if not cov.missing:
        return []
    shown = "；".join(pair_text(p) for p in cov.missing[:12]) + ("等" if len(cov.missing) > 12 else "")
    end = dt.date(today.year, 12, 31)
    return [Reminder(
        "talks_missing", f"谈心谈话：今年还有{len(cov.missing)}对没有谈（已谈{cov.done}/{len(cov.expected)}对）",
        f"按规定支委之间、支委与党员之间每年谈心谈话一般不少于1次。尚未谈话：{shown}。"
        "请在年底前和组织生活会前安排。", end,
        Urgency.SOON if today.month == 12 else Urgency.INFO, page="talks", record_kind="coverage",
        record_uuid=str(today.year))]


# -- demo ----------------------------------------------------------------------------------------------------------

TOPICS = {
    TalkType.DAILY: ["交流近期思想和工作情况，谈了对班组安全管理的看法", "交流检修任务中的困难，听取改进工作的建议",
                     "谈了学习党的创新理论的体会，以及岗位上如何发挥先锋作用"],
    TalkType.PRE_MEETING: ["为开好组织生活会交换意见，相互指出不足，征求对支部班子的意见",
                           "围绕组织生活会主题谈认识，提醒对照检查要具体、不讲空话"],
    TalkType.CARE: ["了解家中老人住院的困难，转达组织关心", "关心孩子入学的困难，帮助协调"],
    TalkType.DEVELOPMENT: ["了解入党积极分子的思想状况和入党动机，提出培养要求"],
}
VIEWS = ["建议支部多组织现场学习交流", "希望班组之间多开展技术交流", "反映夜班人员参加组织生活不便，建议错峰安排",
         "提出党员承诺事项要更具体", "无"]
PLACES = ["党员活动室", "书记办公室", "检修现场休息室", "班组会议室"]


def demo(services: Services, rng: random.Random, today: dt.date) -> None:
    """The year of the demo's last complete 组织生活会 cycle has every expected pair covered (the talks before the
    meeting in its December); each later year about half, and a talk with an applicant for membership."""
    from dangjian_desktop.domain.talks import expected_pairs, pre_meeting_pairs
    from dangjian_desktop.services.appraisal_demo import demo_meeting_day

    svc = services.talks
    rules = svc.rules()

    def add(a, b, on: dt.date, kind: TalkType) -> None:  # noqa: ANN001
        if on >= today:
            return
        follow = "已向支委会反映，列入下月工作安排。" if rng.random() < 0.3 else ""
        svc.save(Talk(on, a.name, b.name, kind, a_uuid=_uuid(a.key), b_uuid=_uuid(b.key), place=rng.choice(PLACES),
                      content=rng.choice(TOPICS[kind]) + "。", views=rng.choice(VIEWS), follow_up=follow), today)

    complete = demo_meeting_day(today).year - 1
    committee, members = svc.structure(dt.date(complete, 12, 31))
    pre = {p.key for p in pre_meeting_pairs(committee, members)}
    for p in expected_pairs(committee, members, rules):
        if p.key in pre:
            add(p.a, p.b, dt.date(complete, 12, rng.randint(1, 28)), TalkType.PRE_MEETING)
        else:
            add(p.a, p.b, dt.date(complete, rng.randint(3, 10), rng.randint(1, 28)), TalkType.DAILY)
    committee, members = svc.structure(today)
    pairs = expected_pairs(committee, members, rules)
    for year in range(complete + 1, today.year + 1):
        first, last = dt.date(year, 1, 1), min(dt.date(year, 12, 31), today - dt.timedelta(days=1))
        days = (last - first).days
        if days < 10:
            continue
        for p in rng.sample(pairs, k=len(pairs) // 2):
            kind = rng.choice([TalkType.DAILY, TalkType.DAILY, TalkType.DAILY, TalkType.CARE])
            add(p.a, p.b, first + dt.timedelta(days=rng.randrange(days)), kind)
        if committee:
            add(committee[-1].person, person("赵晓明", None), last - dt.timedelta(days=rng.randrange(min(days, 30))),
                TalkType.DEVELOPMENT)


def _uuid(key: str) -> str | None:
    return None if key.startswith("name:") else key
