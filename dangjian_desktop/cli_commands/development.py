"""`dangjian development list [--json] [--all]` (发展党员); the 全程纪实表 and the yearly list are declared documents
(features/development.py): `dangjian report development --name NAME`, `dangjian report development-list --year Y`."""

from __future__ import annotations

import argparse
from dangjian_desktop.cli_support import actions, json_or_empty


def cmd_development_list(services, args) -> int:  # noqa: ANN001
    rows = services.development.summaries(include_closed=args.all)
    if json_or_empty(args, rows, "还没有发展党员记录。" if args.all else "没有正在培养的发展党员记录（--all 列出全部）。"):
        return 0
    for r in rows:
        p = r.progress
        nxt = f"下一步：{r.next_title}" if p.next_step else f"（{r.status.value}）"
        due = f"，{'已逾期' if p.overdue else '期限'} {p.due.isoformat()}" if p.due else ""
        print(f"{r.name}\t{r.standing.value}\t第{int(p.stage)}阶段 已到第{p.last_step}步\t{nxt}{due}"
              + (f"\t程序问题{r.findings}项" if r.findings else ""))
    return 0


def register(sub: argparse._SubParsersAction, report: argparse._SubParsersAction) -> None:
    dev = actions(sub, "development", "发展党员（入党申请人、积极分子、发展对象、预备党员）")
    p = dev.add_parser("list", help="列出正在培养的人：阶段、已到第几步、下一步、期限、是否逾期")
    p.add_argument("--json", action="store_true", help="以JSON列出：name, stage, last_step, next_step, due, overdue")
    p.add_argument("--all", action="store_true", help="也列出已转正、已终止的记录")
    p.set_defaults(func=cmd_development_list, writes=False)
