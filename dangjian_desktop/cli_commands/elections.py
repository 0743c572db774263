"""`dangjian election check --seats N --candidates M --voters-due V --present P [--json]`: the rules of a 换届选举
for bare numbers (差额 and the 4/5 quorum), for scripts and training. Exit 0 when every rule holds, 1 when one
fails, 2 for input that cannot be checked. The election's papers are declared documents (features/elections.py):
`dangjian report election --meeting ID --out F.pdf` and the 请示, 选票, 计票单 and minutes beside it."""

from __future__ import annotations

import argparse

from dangjian_desktop.domain.election_checks import Level
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.cli_support import actions, print_json


def cmd_check(services, args) -> int:  # noqa: ANN001
    checks = services.elections.check_numbers(args.seats, args.candidates, args.voters_due, args.present)
    invalid = [c for c in checks if c.level is Level.INVALID]
    if invalid:
        raise ValidationError("；".join(c.message for c in invalid))
    valid = all(c.ok for c in checks)
    if args.json:
        print_json({"valid": valid, "checks": [c.as_dict() for c in checks],
                    "failed": [c.message for c in checks if not c.ok]})
    else:
        for c in checks:
            print(("✓ " if c.ok else "✗ ") + c.message)
        print("符合选举要求。" if valid else "不符合选举要求。")
    return 0 if valid else 1


def register(sub: argparse._SubParsersAction, report: argparse._SubParsersAction) -> None:
    el = actions(sub, "election", "换届选举")
    p = el.add_parser("check", help="按规则检查选举的人数：差额（候选人多于应选名额20%%）和到会人数（超过应到的4/5）")
    p.add_argument("--seats", type=int, required=True, help="应选名额")
    p.add_argument("--candidates", type=int, required=True, help="候选人数")
    p.add_argument("--voters-due", dest="voters_due", type=int, required=True,
                   help="应到会有选举权的党员人数（预备党员不计）")
    p.add_argument("--present", type=int, required=True, help="实到会有选举权的党员人数")
    p.add_argument("--json", action="store_true", help="以JSON输出：valid、checks（每条规则）、failed（未通过的说明）")
    p.set_defaults(func=cmd_check, writes=False)
