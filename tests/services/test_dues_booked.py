"""The months booked per member, summed in one grouped query (issue 21: 首页's arrears reminder looked four years
back by reading every payment row by row). Hand-worked: what each member has booked, and the same as summing the
payments themselves (``dues_months.booked_months``) on the demo branch."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from dangjian_desktop import clock
from dangjian_desktop.domain import dues_months
from dangjian_desktop.domain.dues import DuesCategory
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.services.dues import PaymentEntry, StandardEntry
from dangjian_desktop.storage.repos import dues as repo

YEAR = clock.today().year - 1
AFTER = dt.date(YEAR + 1, 1, 10)


def test_booked_months_by_hand(services):
    s = services
    s.branch.save_profile(Branch(name="测试党支部", parent_committee="测试党委"))
    for name in ("张建国", "李秀英", "赵强"):
        s.roster.save_member(Member(name=name, joined_party_on=dt.date(2000, 7, 1)))
    uuid = {m.name: m.uuid for m in s.roster.members()}
    for year in (YEAR - 1, YEAR):
        s.dues.set_standards(year, [StandardEntry(uuid["张建国"], DuesCategory.EMPLOYED, D("4500")),  # 45.00
                                    StandardEntry(uuid["李秀英"], DuesCategory.RETIRED, D("5000.01"))],  # 50.00
                             today=AFTER)
    # 张建国: December of the year before and January in one payment (补交 of December), then February on time
    s.dues.record_payment(PaymentEntry(uuid["张建国"], [(YEAR - 1, 12), (YEAR, 1)], dt.date(YEAR, 1, 5)), today=AFTER)
    s.dues.record_payment(PaymentEntry(uuid["张建国"], [(YEAR, 2)], dt.date(YEAR, 2, 3)), today=AFTER)
    # 李秀英: only the year before (March, on time)
    s.dues.record_payment(PaymentEntry(uuid["李秀英"], [(YEAR - 1, 3)], dt.date(YEAR - 1, 3, 2)), today=AFTER)
    own = s.branch.profile().uuid

    this_year = repo.booked_months(own, (YEAR,))
    # every month of a payment that covers a month of YEAR, December of the year before included; 赵强 paid nothing
    assert this_year == {uuid["张建国"]: {(YEAR - 1, 12): (4500, True), (YEAR, 1): (4500, True),
                                        (YEAR, 2): (4500, False)}}
    both = repo.booked_months(own, (YEAR - 1, YEAR))
    assert both[uuid["李秀英"]] == {(YEAR - 1, 3): (5000, False)}
    assert set(both) == {uuid["张建国"], uuid["李秀英"]}
    assert repo.booked_months(own, (YEAR + 1,)) == {}
    # the grid reads them: 张建国 has January and February of YEAR, 李秀英 none
    lines = {line.name: line for line in s.dues.grid(YEAR, AFTER).lines}
    assert lines["张建国"].as_status()["paid_months"][:2] == [1, 2]
    assert lines["李秀英"].as_status()["paid_months"] == []


def test_the_same_as_summing_the_payments_on_the_demo_branch(demo_services):
    s = demo_services
    own = s.branch.profile().uuid
    today = clock.today()
    four_years = tuple(range(today.year - 3, today.year + 1))
    for years in ((today.year,), (today.year - 1,), four_years):
        by_member: dict[str, list] = {}
        for p in repo.list_payments(own, years=years):
            by_member.setdefault(p.member_uuid, []).append(p)
        expected = {k: dues_months.booked_months(v) for k, v in by_member.items()}
        assert expected or years != four_years  # the demo has payments in the last four years (any pinned day)
        assert repo.booked_months(own, years) == expected
