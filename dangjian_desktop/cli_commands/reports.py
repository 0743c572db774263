"""`dangjian report ledger --year Y --out F.pdf` and `dangjian reminders [--json]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dangjian_desktop import clock


def cmd_report_ledger(services, args) -> int:  # noqa: ANN001
    from dangjian_desktop.services import ledger

    out = ledger.ledger_pdf(services, args.year, Path(args.out))
    print(out)
    return 0


def cmd_reminders(services, args) -> int:  # noqa: ANN001
    from dangjian_desktop.domain.reminders import Urgency
    from dangjian_desktop.services.reminders import all_reminders

    items = all_reminders(services)
    if args.json:
        json.dump([r.as_dict() for r in items], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not items:
        print("目前没有需要处理的提醒。")
        return 0
    mark = {Urgency.OVERDUE: "【已逾期】", Urgency.SOON: "【近期】", Urgency.INFO: "【提示】"}
    for r in items:
        due = f"（{r.due.isoformat()}）" if r.due else ""
        print(f"{mark[r.urgency]}{r.title}{due}")
        if r.detail:
            print(f"    {r.detail}")
    return 0


def register(sub, report) -> None:  # noqa: ANN001
    p = report.add_parser("ledger", help="年度党建工作台账PDF")
    p.add_argument("--year", type=int, default=clock.today().year, help="年度（默认今年）")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_report_ledger, writes=False)

    p = sub.add_parser("reminders", help="提醒事项：换届、转正、会议、整改……")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_reminders, writes=False)
