"""`dangjian talks --year Y [--json]` (谈心谈话 of a year and the pairs the rules expect that have no talk);
the documents are declared (features/talks.py): `dangjian report talks --year Y --out F.pdf`,
`dangjian report talk --talk ID --out F.pdf`."""

from __future__ import annotations

import argparse

from dangjian_desktop import clock
from dangjian_desktop.cli_support import print_json, year_listing


def cmd_talks(services, args) -> int:  # noqa: ANN001
    from dangjian_desktop.services.talks_ledger import talks_summary

    year = args.year or clock.today().year
    data = talks_summary(services, year)
    if args.json:
        print_json(data)
        return 0
    print(f"{year}年谈心谈话{data['talks']}次；按规定应谈而未谈{len(data['missing_pairs'])}对。")
    for a, b in data["missing_pairs"]:
        print(f"  {a}—{b}")
    return 0


def register(sub: argparse._SubParsersAction, report: argparse._SubParsersAction) -> None:
    year_listing(sub, "talks", "谈心谈话：一年的谈话次数和尚未谈话的两人", cmd_talks, year_help="年份（默认今年）")
