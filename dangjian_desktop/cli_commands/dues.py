"""`dangjian dues calc|status|payments|import-bases` (党费); the 登记表, 公示, 上缴登记 and 收据 are declared
documents (features/dues.py: `dangjian report dues|dues-notice|dues-remittance|dues-receipt`).

Contract (scripts and checks call these exactly):
  dues calc --base AMOUNT [--retired] [--json]  -> {"base": 4500.0, "rate": 0.01, "monthly": 45.0}
  dues status --year Y --json                   -> [{name, monthly, paid_months, unpaid_months, paid_total,
                                                     due_total}, …]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.dues import rate_text, yuan_text
from dangjian_desktop.cli_support import actions, json_or_empty, print_json, year_listing



def cmd_calc(services, args) -> int:  # noqa: ANN001
    c = services.dues.calc(args.base, retired=args.retired)
    if args.json:
        print_json(c.as_dict())
        return 0
    who = "离退休党员" if args.retired else "在职党员"
    print(f"{who}：基数{c.base}元，比例{rate_text(c.rate)}，每月交纳党费{c.monthly}元")
    return 0


def cmd_status(services, args) -> int:  # noqa: ANN001
    rows = services.dues.status(args.year)
    if json_or_empty(args, rows, f"{args.year}年没有党费记录。", dict):
        return 0
    print(f"{args.year}年度党费交纳情况（截至{clock.today():%Y-%m-%d}）")
    for r in rows:
        monthly = "未核定" if r["monthly"] is None else f"{r['monthly']:.2f}元/月"
        unpaid = "、".join(f"{m}月" for m in r["unpaid_months"]) or "无"
        print(f"{r['name']}\t{monthly}\t已交{len(r['paid_months'])}个月 {r['paid_total']:.2f}元\t"
              f"应交{r['due_total']:.2f}元\t未交：{unpaid}")
    return 0


def cmd_payments(services, args) -> int:  # noqa: ANN001
    rows = services.dues.payments(args.year)
    if json_or_empty(args, rows, f"{args.year}年没有党费交纳记录。", lambda p: {
            "id": p.uuid, "name": p.member_name, "months": [f"{y}-{m:02d}" for y, m in p.months],
            "amount": float(p.amount_fen) / 100, "paid_on": p.paid_on.isoformat(), "way": p.way.value,
            "late": p.late, "handed_by": p.handed_by, "receipt_no": p.receipt_no}):
        return 0
    for p in rows:
        print(f"{(p.uuid or '')[:8]}  {p.paid_on:%Y-%m-%d}  {p.member_name}  {p.months_text}  "
              f"{yuan_text(p.amount_fen)}元  {p.way.value}  {p.handed_text}" + ("  补交" if p.late else "")
              + (f"  收据{p.receipt_no}" if p.receipt_no else ""))
    return 0


def cmd_import_bases(services, args) -> int:  # noqa: ANN001
    """Preview every row; save only when none is refused and --dry-run is not given."""
    preview = services.dues.preview_bases(Path(args.file), args.year)
    if args.json:
        print_json([{"row": r.row_number, "name": r.name, "action": r.action.value, "errors": r.errors}
                    for r in preview.rows])
    else:
        print(preview.counts_text())
        for r in preview.rows:
            line = f"第{r.row_number}行 {r.name or '（无姓名）'}：{r.action.label}"
            if r.errors:
                line += "：" + "；".join(r.errors)
            elif r.calculation is not None:
                line += f"（{r.category.value}，每月{r.calculation.monthly}元）"
            print(line)
    if preview.refused:
        print(f"导入被拒绝：{len(preview.refused)} 行有错误，没有保存任何数据。", file=sys.stderr)
        print(preview.error_report(), file=sys.stderr)
        return 2
    if args.dry_run:
        return 0
    n = services.dues.commit_bases(preview, args.year)
    if not args.json:
        print(f"已保存{args.year}年度党费标准 {n} 名。")
    return 0


def register(sub: argparse._SubParsersAction, report: argparse._SubParsersAction) -> None:
    dues = actions(sub, "dues", "党费：计算、交纳情况、交纳记录、导入基数")
    p = dues.add_parser("calc", help="按现行规定计算每月应交党费")
    p.add_argument("--base", required=True, help="交纳基数（元）：在职党员为月工资收入中的固定部分（税后），离退休党员为离退休费")
    p.add_argument("--retired", action="store_true", help="离退休党员（按离退休费的比例）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_calc, writes=False)
    year_listing(dues, "status", "某年度每名党员的交纳情况：月标准、已交月份、未交月份、金额", cmd_status,
                 year_default=clock.today().year, year_help="年度（默认今年）")
    year_listing(dues, "payments", "某年度的党费交纳记录（编号可用于 report dues-receipt --payment）", cmd_payments,
                 year_default=clock.today().year, year_help="年度（默认今年）")
    p = dues.add_parser("import-bases", help="从 .xlsx / .xls / .ods / .csv 导入某年度的党费基数（有错误行则整体拒绝）")
    p.add_argument("file")
    p.add_argument("--year", type=int, default=clock.today().year, help="年度（默认今年）")
    p.add_argument("--dry-run", action="store_true", help="只检查，不保存")
    p.add_argument("--json", action="store_true", help="以JSON列出每一行：row, name, action, errors")
    p.set_defaults(func=cmd_import_bases, writes=True)
