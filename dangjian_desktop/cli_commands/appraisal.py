"""`dangjian appraisal --year Y [--json]` (民主评议党员 of a 年度); the documents are declared (features/appraisal.py):
`dangjian report appraisal|ballot|life-meeting|life-rectifications --year Y --out F.pdf`."""

from __future__ import annotations

import argparse

from dangjian_desktop import clock
from dangjian_desktop.domain.life_meeting import review_year
from dangjian_desktop.cli_support import print_json, year_listing


def cmd_appraisal(services, args) -> int:  # noqa: ANN001
    from dangjian_desktop.services.appraisal_ledger import appraisal_summary

    year = args.year or review_year(clock.today())
    data = appraisal_summary(services, year)
    if args.json:
        print_json(data)
        return 0
    print(f"{year}年度民主评议党员：" + (f"{data['held_on']}进行" if data["held_on"] else "尚未进行"))
    print("评定结果：" + "，".join(f"{g}{n}名" for g, n in data["grades"].items()))
    for m in data["members"]:
        votes = " ".join(f"{g}{n}" for g, n in m["votes"].items())
        print(f"  {m['name']}\t{m['grade'] or '—'}\t{votes}")
    return 0


def register(sub: argparse._SubParsersAction, report: argparse._SubParsersAction) -> None:
    year_listing(sub, "appraisal", "民主评议党员：评议日期、各等次人数、每名党员的得票和评定等次", cmd_appraisal,
                 year_help="年度（默认：4月以前为上一年度，之后为本年度）")
