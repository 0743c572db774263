"""Headquarters' 数据交换 page counts a year's talks per branch through the member each talk names (issue 22:
the page's first paint at 500 branches), the same numbers as counting by the talks' origins; it paints first and
fills in the figures older packages lack."""

from __future__ import annotations



from dangjian_desktop.services.container import Services
from dangjian_desktop.storage.repos import hq_overview, records
from tests.exchange.test_hq_counts import NOW, _branch, _merge
from tests.pg.cluster import on_both_engines


def _member(uuid: str, name: str, branch: str) -> dict:
    return {"uuid": uuid, "name": name, "branch": branch, "created_at": NOW, "updated_at": NOW,
            "gender": "男", "ethnicity": "汉族", "education": "大学", "category": "正式党员", "position": "",
            "phone": "", "id_number": "", "status": "在册", "note": "", "sort_key": name}


def _talk(uuid: str, day: str, a: str | None) -> dict:
    return {"uuid": uuid, "on": day, "place": "办公室", "a_name": "甲", "a": a, "b_name": "乙", "b": None,
            "kind": "日常", "content": "", "views": "", "follow_up": "", "created_at": NOW, "updated_at": NOW}


def _two_branches(hq: Services, y: int = 2026) -> None:
    _merge(hq, "b-1", {"branch": [_branch("b-1", "一支部")], "member": [_member("p-1", "张三", "b-1")],
                       "talk": [_talk("t-1", f"{y}-01-01", "p-1"), _talk("t-2", f"{y}-12-31", "p-1"),
                                _talk("t-3", f"{y - 1}-12-31", "p-1"),  # another year
                                _talk("t-4", f"{y}-03-01", None)]})  # no member key: counted by its origin
    _merge(hq, "b-2", {"branch": [_branch("b-2", "二支部")], "member": [_member("p-2", "李四", "b-2")],
                       "talk": [_talk("t-5", f"{y}-06-30", "p-2")]})


def test_talks_counted_through_their_member_match_the_origins(hq: Services) -> None:
    _two_branches(hq)
    assert hq_overview.counts_in_year("talk", 2026) == {"b-1": 3, "b-2": 1}
    assert hq_overview.counts_in_year("talk", 2026) == records.counts_in_year("talk", 2026)  # by origin
    assert hq_overview.counts_in_year("talk", 2025) == {"b-1": 1}
    assert hq_overview.counts_in_year("meeting", 2026) == records.counts_in_year("meeting", 2026) == {}
    assert hq_overview.counts_in_year("no_such_table", 2026) is None


def test_overview_leaves_the_counted_figures_for_later(hq: Services) -> None:
    _two_branches(hq)  # no package figures: every figure with a fallback is counted
    full = hq.exchange.overview(2026)
    assert [(b.name, b.figures["talks"]) for b in full] == [("一支部", 3), ("二支部", 1)]
    first = hq.exchange.overview(2026, count=False)
    assert [b.uuid for b in first] == [b.uuid for b in full]
    assert all("talks" not in b.figures and "meetings_held" not in b.figures and "pledges" not in b.figures
               for b in first)
    assert all(b.figures["dues_paid_total"] is None for b in first)  # no fallback: "—" at once
    assert [b.figures["pledges"] for b in full] == [0, 0]  # counted: no campaign, no items
    assert [b.members for b in first] == [b.members for b in full] == [1, 1]


@on_both_engines  # the branches and their members in one grouped, outer-joined query
def test_overview_counts_members_on_the_roll_and_lists_a_branch_without_any(hq: Services) -> None:
    gone = lambda uuid, name, branch: {**_member(uuid, name, branch), "status": "转出"}  # noqa: E731
    _merge(hq, "b-1", {"branch": [_branch("b-1", "一支部")],
                       "member": [_member("p-1", "张三", "b-1"), _member("p-2", "赵六", "b-1"),
                                  gone("p-3", "王五", "b-1")]})
    _merge(hq, "b-2", {"branch": [_branch("b-2", "二支部")], "member": [gone("p-4", "李四", "b-2")]})
    _merge(hq, "b-3", {"branch": [_branch("b-3", "三支部")]})  # no member rows at all
    for count in (False, True):
        rows = hq.exchange.overview(2026, count=count)
        assert {b.name: b.members for b in rows} == {"一支部": 2, "二支部": 0, "三支部": 0}


def test_the_page_paints_then_fills_in_the_counted_figures(hq: Services, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from dangjian_desktop.ui.screens.exchange_screen import ExchangeScreen
    from dangjian_desktop.ui.workers import wait_for_all

    from dangjian_desktop import clock

    _two_branches(hq, clock.this_year())  # the page shows this year
    screen = ExchangeScreen(hq.exchange, hq.branch)
    qtbot.addWidget(screen)
    model = screen.ui.branchesTable.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    talks = headers.index("谈心谈话（次）")
    cells = lambda: [model.index(r, talks).data() for r in range(model.rowCount())]  # noqa: E731
    screen.ui.branchesTable.selectRow(1)
    qtbot.wait(20)
    assert wait_for_all()
    assert cells() == ["…", "…"]  # not painted yet: nothing counted (the count would compete with the paint)
    screen.show()
    qtbot.waitUntil(lambda: cells() == ["3", "1"], timeout=5000)  # counted once the table was painted
    assert screen.selected_branch().name == "二支部"  # the selection stays
    assert model.index(0, headers.index("党费已收（元）")).data() == "—"


def _pledges(branch: str, member: str, year: int, items: int) -> dict:
    c, s = f"c-{branch}-{year}", f"s-{branch}-{year}"
    return {"pledge_campaign": [{"uuid": c, "year": year, "name": f"{year}年党员承诺", "announced_on": None,
                                 "note": "", "created_at": NOW, "updated_at": NOW}],
            "pledge_sheet": [{"uuid": s, "campaign": c, "member": member, "self_assessment": "", "group_comment": "",
                              "grade": "", "evaluated_on": None, "created_at": NOW, "updated_at": NOW}],
            "pledge_item": [{"uuid": f"i-{branch}-{year}-{k}", "sheet": s, "content": f"承诺{k}", "measures": "",
                             "category": "岗位建功", "deadline": None, "pledged_on": None, "status": "已公开",
                             "review_comment": "", "final_status": "", "final_note": "", "sort_order": k,
                             "created_at": NOW, "updated_at": NOW} for k in range(items)]}


def test_pledge_items_of_a_year_are_counted_through_their_campaign(hq: Services) -> None:
    # an older package carries no figures: 党员承诺（项） is counted from the imported items of the year's campaign
    for branch, member, name, mine in (("b-1", "p-1", "张三", (3, 2)), ("b-2", "p-2", "李四", (1, 0))):
        rows: dict = {"branch": [_branch(branch, "一支部" if branch == "b-1" else "二支部")],
                      "member": [_member(member, name, branch)]}
        for year, n in zip((2026, 2025), mine, strict=True):
            for table, more in _pledges(branch, member, year, n).items():
                rows.setdefault(table, []).extend(more)
        _merge(hq, branch, rows)
    assert hq_overview.counts_items_of_year("pledge_item", 2026) == {"b-1": 3, "b-2": 1}
    assert hq_overview.counts_items_of_year("pledge_item", 2025) == {"b-1": 2}
    assert hq_overview.counts_items_of_year("meeting", 2026) is None  # no year up its parents
    assert [(b.name, b.figures["pledges"]) for b in hq.exchange.overview(2026)] == [("一支部", 3), ("二支部", 1)]
