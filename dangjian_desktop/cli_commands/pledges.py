"""`dangjian report pledges` (党员承诺公示表) and `dangjian report pledge-summary` (践诺评诺 summary)."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_report_pledges(services, args) -> int:  # noqa: ANN001
    print(services.pledges.notice_pdf(args.year, Path(args.out)))
    return 0


def cmd_report_pledge_summary(services, args) -> int:  # noqa: ANN001
    print(services.pledges.summary_pdf(args.year, Path(args.out)))
    return 0


def register(sub: argparse._SubParsersAction, report: argparse._SubParsersAction) -> None:
    p = report.add_parser("pledges", help="党员承诺公示表PDF（横向，全体党员）")
    p.add_argument("--year", type=int, required=True, help="承诺年度，如 2026")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_report_pledges, writes=False)
    p = report.add_parser("pledge-summary", help="年度践诺评诺情况汇总PDF")
    p.add_argument("--year", type=int, required=True, help="承诺年度，如 2026")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_report_pledge_summary, writes=False)
