"""党员学习学时: each member's hours of the year from the meetings attended (only the kinds that count, duration from
their start and end times) plus the study entered per member, against the target (设置 › 学习学时).

Also the 首页 reminder in the year's last quarter for members below the target, and the demo's outside training."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import TYPE_CHECKING

from dangjian_desktop import clock
from dangjian_desktop.domain.enums import CommitteeRole
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.reminders import Reminder, Urgency
from dangjian_desktop.domain.roster import MemberFilter
from dangjian_desktop.domain.study_hours import (
    TRAINING_KINDS,
    Person,
    StudyRules,
    Training,
    YearHours,
    months_on_roster,
    tally,
)
from dangjian_desktop.domain.validation import clean_fields
from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.services.rules_setting import RulesInSettings
from dangjian_desktop.storage.repos import study_hours as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

RULES_KEY = "study.rules"
REMIND_FROM_MONTH = 10  # the year's last quarter


class StudyHoursService(RulesInSettings[StudyRules], key=RULES_KEY):
    def __init__(self, services: Services):
        self.services = services
        self.store = services.store

    # -- rules -----------------------------------------------------------------------------------------------------
    def save_rules(self, rules: StudyRules) -> StudyRules:
        for label, v in (("党员", rules.target_hours), ("支委委员", rules.committee_hours), ("书记", rules.secretary_hours)):
            if not 0 <= v <= 500:
                raise ValidationError(f"{label}的年度学时要求应在0到500之间")
        if not 30 <= rules.minutes_per_hour <= 60:
            raise ValidationError("每学时的分钟数应在30到60之间（一般为60或45）")
        if not rules.counted_types:
            raise ValidationError("请至少选择一种计入学时的会议类型")
        return self._put_rules(rules)

    # -- the year --------------------------------------------------------------------------------------------------
    def _span(self, year: int, today: dt.date) -> tuple[dt.date, dt.date]:
        if not 2000 <= year <= today.year + 1:
            raise ValidationError(f"年度“{year}”不在可查询的范围内（2000年至{today.year + 1}年）。")
        return dt.date(year, 1, 1), min(dt.date(year, 12, 31), today)  # planned meetings are not attended yet

    def _people(self, year: int) -> list[Person]:
        branch = self.services.branch.profile()
        roles: dict[str, str] = {}
        for s in branch.committee if branch else []:
            if s.member_uuid:
                roles[s.member_uuid] = "书记" if s.role is CommitteeRole.SECRETARY else "支委"
        out = []
        for m in self.services.roster.members(MemberFilter(include_inactive=True)):
            months = months_on_roster(m.on_roster_at, year)
            if not months or not m.uuid:
                continue
            note = ""
            if months < 12:
                left = not m.on_roster_at(dt.date(year, 12, 15))
                note = f"{m.status.value if left else '年内入党或转入'}，在册{months}个月"
            out.append(Person(m.uuid, m.name, m.group_name, roles.get(m.uuid, ""), months, note))
        return out

    @snapshot_cached
    def year(self, year: int, today: dt.date | None = None) -> YearHours:
        """Every member on the roster in ``year``: meetings and training up to today, against the target."""
        today = today or clock.today()
        start, end = self._span(year, today)
        rules = self.rules()
        return tally(year, self._people(year), repo.attended(start, end, rules.counted_types),
                     repo.trainings(start, end), rules)

    # -- outside study ---------------------------------------------------------------------------------------------
    def trainings(self, year: int | None = None, member_uuid: str | None = None) -> list[Training]:
        start = dt.date(year, 1, 1) if year else None
        end = dt.date(year, 12, 31) if year else None
        return repo.trainings(start, end, member_uuid)

    def save_training(self, t: Training, today: dt.date | None = None) -> Training:
        today = today or clock.today()
        clean_fields(t, title=300, organiser=200, kind=30, note=2000)
        problems = []
        if not t.member_uuid:
            problems.append(("member", "请选择党员"))
        if not t.title:
            problems.append(("title", "请填写学习内容"))
        if not 1 <= t.tenths <= 2000:
            problems.append(("hours", "学时应大于0、不超过200"))
        if t.on > today:
            problems.append(("on", "学习日期不能晚于今天"))
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            member = self.services.roster.member(t.member_uuid or "")
            t.member_name = member.name
            t.uuid = repo.save_training(t)
        return t

    def delete_training(self, uuid: str) -> None:
        with self.store.atomic():
            repo.delete_training(uuid)

    def pdf(self, year: int, out: Path | str, today: dt.date | None = None) -> Path:
        from dangjian_desktop.reports.study_hours import build_study_hours_pdf

        today = today or clock.today()
        branch = self.services.branch.require_profile()
        return build_study_hours_pdf(out, branch, self.year(year, today), self.rules(), as_of=min(
            today, dt.date(year, 12, 31)))


def build(services: Services) -> StudyHoursService:
    return StudyHoursService(services)


# -- 首页 -------------------------------------------------------------------------------------------------------------


def reminders(services: Services, today: dt.date) -> list[Reminder]:
    """In the year's last quarter: members still below the year's target."""
    if today.month < REMIND_FROM_MONTH or services.branch.profile() is None:
        return []
    below = services.study_hours.year(today.year, today).below
    if not below:
        return []
    names = "、".join(f"{r.name}（{r.hours}/{r.target}）" for r in below[:8]) + ("等" if len(below) > 8 else "")
    return [Reminder("study_hours_below", f"{len(below)}名党员本年度学习学时尚未达到要求",
                     f"截至今天：{names}。请在年底前安排集中学习或补登参加上级组织的培训。",
                     dt.date(today.year, 12, 31), Urgency.SOON if today.month == 12 else Urgency.INFO, page="study",
                     record_kind="study_hours", record_uuid=str(today.year))]


# -- demo -----------------------------------------------------------------------------------------------------------

DEMO_TRAININGS = [
    ("上级党委党支部书记和支委委员集中轮训", TRAINING_KINDS[0], "示范能源公司党委", 160),
    ("党员教育网络平台专题学习", TRAINING_KINDS[1], "党员教育网络平台", 40),
    ("学习贯彻党的创新理论专题讲座", TRAINING_KINDS[2], "公司党委宣传部", 30),
]


def demo(services: Services, rng: random.Random, today: dt.date) -> None:
    """The committee at the higher committee's training; some members' online study and a lecture."""
    branch = services.branch.require_profile()
    members = services.roster.members()
    committee = {s.member_uuid for s in branch.committee if s.member_uuid}
    for year in sorted({today.year - 1, today.year}):
        day = dt.date(year, 5, 20)
        if day > today:
            continue
        title, kind, org, tenths = DEMO_TRAININGS[0]
        for m in members:
            if m.uuid in committee:
                repo.save_training(Training(m.uuid, m.name, day, title, tenths, kind, org))
        for m in rng.sample(members, k=min(8, len(members))):
            title, kind, org, tenths = rng.choice(DEMO_TRAININGS[1:])
            on = dt.date(year, rng.randint(3, 9), rng.randint(1, 28))
            if on <= today and m.joined_party_on and m.joined_party_on <= on:
                repo.save_training(Training(m.uuid, m.name, on, title, tenths, kind, org))
