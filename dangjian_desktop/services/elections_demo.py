"""Demo 换届选举 (``services.elections`` through the declaration's ``demo``): the demo branch's term ends within two
months, so a 换届 is under way — 请示 sent, 批复 received, six candidates for five seats, 监票人 and 计票人 chosen, the
选举大会 planned before the term ends. The history of terms holds the committee before the current one (entered from
the paper archive); the current one is the branch profile's until the coming election is approved."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from dangjian_desktop.domain.elections import (
    Person,
    Term,
    TermMember,
    add_years,
)
from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory
from dangjian_desktop.domain.meetings import had_vote_on
from dangjian_desktop.storage.repos import elections as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

EARLIER_COMMITTEE = [("书记", "周文斌", "主持支部全面工作"), ("副书记", "钱国庆", "协助书记工作"),
                     ("委员", "孙丽萍", "组织委员"), ("委员", "郑海涛", "宣传委员"), ("委员", "吴建新", "纪检委员")]


def demo(services: Services, rng: random.Random, today: dt.date) -> None:
    branch = services.branch.require_profile()
    if branch.election_date is None or branch.uuid is None:
        return
    elected_on = branch.election_date
    earlier = add_years(elected_on, -branch.term_years)
    repo.add_term(branch.uuid, Term(earlier, branch.term_years, tuple(
        TermMember(CommitteeRole(r), n, d) for r, n, d in EARLIER_COMMITTEE), ended_on=elected_on, source="纸质档案补录"))
    _coming_election(services, rng, today)


def _voters(services: Services, day: dt.date) -> list:  # noqa: ANN202
    return [m for m in services.roster.members_on(day)
            if had_vote_on(m.category is MemberCategory.FULL, m.full_member_on, day)]


def _coming_election(services: Services, rng: random.Random, today: dt.date) -> None:
    svc = services.elections
    branch = services.branch.require_profile()
    end = branch.term_ends_on
    if end is None or not branch.committee:
        return
    e = svc.new(today)
    e.request_on = min(today - dt.timedelta(days=12), end - dt.timedelta(days=30))
    e.request_no = f"{e.request_on.year}〔5〕号"
    e.reply_on = e.request_on + dt.timedelta(days=8)
    e.reply_no = f"党委〔{e.reply_on.year}〕31号"
    committee = {s.member_uuid for s in branch.committee}
    voters = _voters(services, today)
    others = [m for m in voters if m.uuid not in committee]
    rng.shuffle(others)
    e.candidates = [Person(s.name, s.member_uuid) for s in branch.committee] + [Person(others[0].name, others[0].uuid)]
    e.scrutineers = [Person(m.name, m.uuid) for m in others[1:3]]
    e.tellers = [Person(m.name, m.uuid) for m in others[3:5]]
    e.request_text = svc.request_template(e, today)
    saved = svc.save(e, today)
    held = max(today + dt.timedelta(days=3), end - dt.timedelta(days=2))
    saved = svc.plan_meeting(saved, held, dt.time(9, 0), today)
    saved.request_text = svc.request_template(saved, today)
    svc.save(saved, today)
