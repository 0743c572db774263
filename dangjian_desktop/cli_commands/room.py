"""`dangjian inspections list [--json]` (党员活动室检查); the report is a declared document (features/room.py)."""

from __future__ import annotations

import argparse
from dangjian_desktop.cli_support import actions, json_or_empty


def cmd_inspections_list(services, args) -> int:  # noqa: ANN001
    rows = services.room.inspections()
    if json_or_empty(args, rows, "还没有活动室检查记录。"):
        return 0
    for r in rows:
        extra = f"，整改未完成{r.open_rectifications}项" if r.open_rectifications else ""
        if r.overdue_rectifications:
            extra += f"（逾期{r.overdue_rectifications}项）"
        print(f"{r.uuid[:8]}  {r.inspected_on:%Y-%m-%d}  {r.room}  得分 {r.score.text}  "
              f"{r.score.detail}{extra}  检查表第{r.template_version}版")
    return 0


def register(sub: argparse._SubParsersAction, report: argparse._SubParsersAction) -> None:
    ins = actions(sub, "inspections", "党员活动室检查记录")
    p = ins.add_parser("list", help="列出检查记录（得分、整改情况）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_inspections_list, writes=False)
