"""发展党员 and the roster kept in step: at step 17 the person is put on the roster as 预备党员 (入党日期 = the 大会
date), at step 24 the member becomes 正式党员. Written only through RosterService (its validation), with an audit
entry on the member."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dangjian_desktop.domain.development import ADMISSION_VOTE, Case, DevelopmentRules
from dangjian_desktop.domain.development_rules import full_member_date
from dangjian_desktop.domain.enums import MemberCategory
from dangjian_desktop.domain.errors import or_none
from dangjian_desktop.domain.roster import Member, MemberFilter
from dangjian_desktop.storage.repos import development as repo

if TYPE_CHECKING:
    from dangjian_desktop.services.audit import AuditService
    from dangjian_desktop.services.roster import RosterService


def find_member(roster: RosterService, c: Case) -> Member | None:
    """The roster member a case is about: by 身份证号, else by name and birth date."""
    everyone = roster.members(MemberFilter(include_inactive=True))
    if c.id_number:
        hit = next((m for m in everyone if m.id_number == c.id_number), None)
        if hit:
            return hit
    if c.birth_date:
        return next((m for m in everyone if m.name == c.name and m.birth_date == c.birth_date), None)
    return None


def sync_roster(roster: RosterService, audit: AuditService, rules: DevelopmentRules, branch_uuid: str,
                c: Case) -> list[str]:
    """Put an admitted case's person on the roster (or bring the member in line): 预备党员 from the 大会 date,
    正式党员 once converted; the notes say what changed (shown to the user)."""
    admitted_on = c.on(ADMISSION_VOTE)
    assert admitted_on is not None
    full_on = full_member_date(c, rules)
    m = None
    if c.member_uuid:
        m = or_none(roster.member, c.member_uuid)
    created = m is None
    if m is None:
        m = find_member(roster, c)
        created = m is None
    if m is None:
        m = Member(name=c.name, gender=c.gender, ethnicity=c.ethnicity or "汉族", birth_date=c.birth_date,
                   education=c.education, position=c.position, phone=c.phone, id_number=c.id_number,
                   note=f"由发展党员记录列入名册（{admitted_on:%Y年%m月%d日}支部党员大会接收为预备党员）")
    before = (m.category, m.joined_party_on, m.full_member_on, m.group_uuid)
    m.category = MemberCategory.FULL if c.converted else MemberCategory.PROBATIONARY
    m.joined_party_on = admitted_on
    m.full_member_on = full_on if c.converted else None
    if 19 in c.steps and c.group_uuid:
        m.group_uuid = c.group_uuid
    after = (m.category, m.joined_party_on, m.full_member_on, m.group_uuid)
    if not created and before == after and c.member_uuid == m.uuid:
        return []
    saved = roster.save_member(m)
    assert saved.uuid
    notes = []
    if created:
        notes.append(f"{c.name}已列入党员名册：预备党员，入党日期{admitted_on:%Y年%m月%d日}。")
    if c.converted and before[0] is not MemberCategory.FULL:
        notes.append(f"{c.name}在党员名册中已改为正式党员，转正日期{full_on:%Y年%m月%d日}。")
    elif not created and before != after:
        notes.append(f"党员名册中{c.name}的入党/转正信息已按发展党员记录更新。")
    audit.record("member", saved.uuid, "development", "；".join(notes) or "与发展党员记录关联",
                 {"category": (str(before[0]) if not created else None, str(after[0])),
                  "joined_party_on": (_iso(before[1]) if not created else None, _iso(after[1])),
                  "full_member_on": (_iso(before[2]) if not created else None, _iso(after[2]))})
    if c.member_uuid != saved.uuid:
        c.member_uuid = saved.uuid
        repo.save_case(branch_uuid, c)
    return notes


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None
