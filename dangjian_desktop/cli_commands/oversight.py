"""`dangjian hq-overview`: headquarters' overview per branch — held/required per kind of meeting as each branch's
own rules count them, term, rectifications, pledges, and the reasons a branch needs a call (issue 24)."""

from __future__ import annotations


from dangjian_desktop import clock
from dangjian_desktop.cli_support import json_or_empty


def cmd_hq_overview(services, args) -> int:  # noqa: ANN001
    rows = services.oversight.overview(args.year, quarter=args.quarter, month=args.month)
    if json_or_empty(args, rows, "还没有导入任何党支部的数据包。"):
        return 0
    for r in rows:
        package = r.last_package.isoformat() if r.last_package else "未收到"
        print(f"{r.name}  数据包 {package}  党员 {r.members} 人")
        print("  会议（已开/应开）：" + "  ".join(f"{k} {t.held}/{t.required}" for k, t in r.meetings.items()))
        for reason in r.attention:
            print(f"  需关注：{reason}")
    return 0


def register(sub, report) -> None:  # noqa: ANN001, ARG001
    p = sub.add_parser("hq-overview", help="上级党委：各支部会议已开/应开、任期、整改、承诺，以及需要关注的事项")
    p.add_argument("--year", type=int, default=clock.today().year, help="年度（默认今年）")
    p.add_argument("--quarter", type=int, help="只统计该季度（1-4）到期的会议要求")
    p.add_argument("--month", type=int, help="只统计该月（1-12）到期的会议要求")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_hq_overview, writes=False)
