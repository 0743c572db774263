"""`dangjian study-hours --year Y [--json]`: each member's 学时 of the year (meetings attended plus study entered)
against the target; the table is a declared document (`dangjian report study-hours`)."""

from __future__ import annotations

import argparse

from dangjian_desktop import clock
from dangjian_desktop.cli_support import print_json, year_listing


def cmd_study_hours(services, args) -> int:  # noqa: ANN001
    y = services.study_hours.year(args.year)
    if args.json:
        print_json([{"name": r.name, "hours": float(r.hours), "target": float(r.target), "below": r.below}
                    for r in y.rows])
        return 0
    for r in y.rows:
        mark = "未达标" if r.below else "达标"
        print(f"{r.name}\t{r.group_name or '—'}\t会议{r.meeting_hours}　其他{r.training_hours}　合计{r.hours}"
              f"　要求{r.target}\t{mark}")
    print(f"共{len(y.rows)}人，未达标{len(y.below)}人。")
    if y.untimed_meetings:
        print(f"注意：{len(y.untimed_meetings)}次会议没有填写起止时间，未计入学时。")
    return 0


def register(sub: argparse._SubParsersAction, report: argparse._SubParsersAction) -> None:
    year_listing(sub, "study-hours", "党员学习学时：每名党员参加会议和其他学习的学时与年度要求", cmd_study_hours,
                 year_default=clock.today().year, year_help="年度（默认今年）",
                 json_help="以JSON列出每名党员：name, hours, target, below")
