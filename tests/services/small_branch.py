"""A small branch worked by hand for the 组织生活会 / 民主评议 / 谈心谈话 tests.

第一党小组: 甲 (书记), 乙 (委员), 丁, 庚, 壬, and 子 (预备党员, admitted 100 days ago).
第二党小组: 丙 (委员), 戊, 己, 辛, 癸.
Ten 正式党员 are appraised, so at most three may be 优秀 (10 × 1/3 rounded down).
"""

from __future__ import annotations

import datetime as dt

from dangjian_desktop import clock
from dangjian_desktop.domain.enums import CommitteeRole, MemberCategory
from dangjian_desktop.domain.roster import Branch, CommitteeSeat, Member, PartyGroup

FIRST = ["甲", "乙", "丁", "庚", "壬"]
SECOND = ["丙", "戊", "己", "辛", "癸"]


def build(services, today: dt.date | None = None) -> dict[str, str]:  # noqa: ANN001
    """Make the branch; returns name -> member uuid."""
    today = today or clock.today()
    branch = services.branch.save_profile(Branch(name="测试党支部", parent_committee="测试党委"))
    g1 = services.branch.save_group(PartyGroup("第一党小组", sort_order=0))
    g2 = services.branch.save_group(PartyGroup("第二党小组", sort_order=1))
    ids: dict[str, str] = {}
    for names, g in ((FIRST, g1), (SECOND, g2)):
        for n in names:
            m = services.roster.save_member(Member(n, gender="男", joined_party_on=dt.date(2010, 7, 1),
                                                   full_member_on=dt.date(2011, 7, 1), group_uuid=g.uuid))
            ids[n] = m.uuid or ""
    m = services.roster.save_member(Member("子", gender="女", joined_party_on=today - dt.timedelta(days=100),
                                           category=MemberCategory.PROBATIONARY, group_uuid=g1.uuid))
    ids["子"] = m.uuid or ""
    branch.committee = [CommitteeSeat(CommitteeRole.SECRETARY, ids["甲"], "甲", "书记"),
                        CommitteeSeat(CommitteeRole.MEMBER, ids["乙"], "乙", "组织委员"),
                        CommitteeSeat(CommitteeRole.MEMBER, ids["丙"], "丙", "宣传委员")]
    services.branch.save_profile(branch)
    return ids
