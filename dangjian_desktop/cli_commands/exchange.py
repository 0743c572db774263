"""数据交换 commands: export, verify, import, hq-init, branches, branches rekey (a contract with headquarters'
scripts: names, options and JSON keys are never renamed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dangjian_desktop import features
from dangjian_desktop.domain.exchange import ImportOutcome, PackageError, fmt_utc
from dangjian_desktop.cli_support import json_or_empty, print_json



def _passwords(args: argparse.Namespace) -> list[str] | None:
    from dangjian_desktop.services.exchange import read_password_file

    return read_password_file(args.password_file) if getattr(args, "password_file", None) else None


def cmd_export(services, args) -> int:  # noqa: ANN001
    from dangjian_desktop.domain.errors import ValidationError

    if not args.password_file and not args.no_encrypt:
        raise ValidationError("请用 --password-file 指定密码文件（第一行为密码），或用 --no-encrypt 明确选择不加密。")
    password = None if args.no_encrypt else (_passwords(args) or [""])[0]
    if args.no_encrypt:
        print("警告：数据包不加密，其中的身份证号、电话等个人信息任何人都能读取。请妥善保管U盘。", file=sys.stderr)
    result = services.exchange.export(Path(args.out), password=password, since_last=args.since_last,
                                      allow_unencrypted=args.no_encrypt)
    print(f"已导出并核对：{result.path}")
    for line in result.summary.describe():
        print(f"  {line}")
    for m in result.missing_attachments:
        print(f"  注意：找不到附件文件 {m}，未放入数据包。", file=sys.stderr)
    for m in result.left_out_attachments:
        print(f"  注意：附件 {m}，未放入数据包。", file=sys.stderr)
    for d in result.skipped_documents:
        print(f"  注意：未能生成 {d}", file=sys.stderr)
    return 0


def cmd_verify(services, args) -> int:  # noqa: ANN001
    from dangjian_desktop.domain.errors import ValidationError

    if not Path(args.package).is_file():  # a mistyped name is the user's mistake (2), not a failed check (1)
        raise ValidationError(f"找不到数据包文件“{args.package}”。")
    try:
        summary = services.exchange.verify(Path(args.package), _passwords(args))
    except PackageError as exc:
        print(f"数据包未通过核对：{exc}", file=sys.stderr)
        return 1
    print(f"数据包完好：{args.package}")
    for line in summary.describe():
        print(f"  {line}")
    return 0


def cmd_import(services, args) -> int:  # noqa: ANN001
    """One result per package file (``file``, ``status`` imported/skipped/refused, ``reason``, counts); exit 0 only
    when none was refused."""
    results = services.exchange.import_packages([Path(p) for p in args.packages], _passwords(args))
    # the import committed without the search index; it is brought up to date before the command ends (killed
    # now, the next open or search finishes it: services/search_index.py)
    services.search_index.catch_up()
    if args.json:
        print_json([r.as_dict() for r in results])
    else:
        for r in results:
            who = f"{r.branch_name}（{fmt_utc(r.created_at)}）" if r.branch_name else ""
            if r.sequence:
                who += f" 序号 {r.sequence}"
            print(f"{r.outcome.label}\t{r.path}\t{who}\t{r.text()}")
    return 1 if any(r.outcome is ImportOutcome.REFUSED for r in results) else 0


def cmd_hq_init(services, args) -> int:  # noqa: ANN001
    services.branch.init_headquarters(args.name)
    where = services.store.location if services.store.target is not None else services.store.paths.root
    print(f"已建立上级党委数据：{services.branch.hq_name()}（{where}）")
    return 0


def cmd_branches(services, args) -> int:  # noqa: ANN001
    if getattr(args, "branches_command", None) == "rekey":
        return cmd_rekey(services, args)
    with services.store.snapshot():  # one moment, while other staff may be importing (PostgreSQL)
        rows = services.exchange.overview()
    if json_or_empty(args, rows, "还没有导入任何党支部的数据包。"):
        return 0

    def num(v: int | None) -> str:
        return "—" if v is None else str(v)

    columns = features.hq_columns()
    # new columns go last: scripts reading the first ones keep working
    print("\t".join(["党支部", "最近数据包", "在册党员", *(c.label for c in columns), "序号", "密钥指纹"]))
    for b in rows:
        key = (b.fingerprint or "未签名") + (f"（待更换为 {b.rekey_pending}）" if b.rekey_pending else "")
        print("\t".join([b.name, fmt_utc(b.last_package_at) or "尚未报送", str(b.members),
                         *(c.text(b.figures.get(c.key)) for c in columns), num(b.sequence), key]))
    return 0


def cmd_rekey(services, args) -> int:  # noqa: ANN001
    b = services.exchange.rekey(args.branch, args.fingerprint)
    if args.json:
        print_json(b.as_dict())
        return 0
    print(f"已登记：党支部“{b.name}”下一个用指纹为 {b.rekey_pending} 的密钥签名的数据包将被接受，并从此使用这个新密钥"
          f"（原密钥指纹：{b.fingerprint or '无'}）。")
    return 0


def register(sub, report) -> None:  # noqa: ANN001
    p = sub.add_parser("export", help="导出数据包（默认加密），PATH 为文件夹时文件名为 <支部>_<日期>.djpkg")
    p.add_argument("--out", required=True, metavar="PATH", help="数据包文件或文件夹（如U盘）")
    p.add_argument("--since-last", action="store_true", help="只导出上次导出以来的变化（增量）")
    enc = p.add_mutually_exclusive_group()
    enc.add_argument("--password-file", metavar="F", help="密码文件（UTF-8，第一行为密码）")
    enc.add_argument("--no-encrypt", action="store_true", help="不加密（不推荐：个人信息可被任何人读取）")
    p.set_defaults(func=cmd_export, writes=True)

    p = sub.add_parser("verify", help="核对数据包是否完好，并列出其中内容（完好时退出码为0）")
    p.add_argument("package", metavar="PACKAGE")
    p.add_argument("--password-file", metavar="F", help="密码文件（每行一个密码，依次尝试）")
    p.set_defaults(func=cmd_verify, writes=False)

    p = sub.add_parser("import", help="上级党委：导入数据包（可多个，或文件夹）")
    p.add_argument("packages", nargs="+", metavar="PACKAGE")
    p.add_argument("--password-file", metavar="F", help="密码文件（每行一个密码，依次尝试）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import, writes=True)

    p = sub.add_parser("hq-init", help="把空的数据文件夹建立为上级党委数据")
    p.add_argument("--name", required=True, help="上级党委名称")
    p.set_defaults(func=cmd_hq_init, writes=True)

    p = sub.add_parser("branches", help="上级党委：列出已导入的党支部（含签名密钥指纹和已导入的序号）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_branches, writes=False)
    actions = p.add_subparsers(dest="branches_command", metavar="ACTION")
    r = actions.add_parser("rekey", help="为党支部更换签名密钥（支部换了电脑或重装程序后；请先电话核对新指纹）")
    r.add_argument("branch", metavar="BRANCH", help="党支部名称或编号")
    r.add_argument("--fingerprint", required=True, metavar="FP", help="新密钥的指纹，如 3F9A-0C12-77BE-4D01")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_branches, writes=True)
