"""`dangjian inspections list [--json]` (党员活动室检查); the report is a declared document (features/room.py)."""

from __future__ import annotations

import argparse
import json
import sys


def cmd_inspections_list(services, args) -> int:  # noqa: ANN001
    rows = services.room.inspections()
    if args.json:
        json.dump([r.as_dict() for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not rows:
        print("还没有活动室检查记录。")
        return 0
    for r in rows:
        extra = f"，整改未完成{r.open_rectifications}项" if r.open_rectifications else ""
        if r.overdue_rectifications:
            extra += f"（逾期{r.overdue_rectifications}项）"
        print(f"{r.uuid[:8]}  {r.inspected_on:%Y-%m-%d}  {r.room}  得分 {r.score.text}  "
              f"{r.score.detail}{extra}  检查表第{r.template_version}版")
    return 0


def register(sub: argparse._SubParsersAction, report: argparse._SubParsersAction) -> None:
    ins = sub.add_parser("inspections", help="党员活动室检查记录").add_subparsers(dest="inspections_command",
                                                                          metavar="ACTION")
    ins.required = True
    p = ins.add_parser("list", help="列出检查记录（得分、整改情况）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_inspections_list, writes=False)
