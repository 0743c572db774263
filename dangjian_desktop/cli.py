"""The `dangjian` command: the same services as the window, for scripts, tests and headquarters.

Each record kind's subcommands live in ``dangjian_desktop/cli_commands/<kind>.py``, named by its declaration
(``Feature.cli``, dangjian_desktop.features); each module has ``register(sub, report)`` that adds its parsers to
the top-level and the ``report`` subparsers, and sets ``func=handler`` where ``handler(services, args) -> int``.
``dangjian report KEY`` exists for every declared document (cli_commands/reports.py). CLI names and options are
a contract with headquarters scripts: never rename them.

Exit codes: 0 ok; 1 a check failed (e.g. verify); 2 user error (bad input, file not found...);
3 the store is read-only or refused; 70 an unexpected internal error (details in the log file).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dangjian_desktop import __version__
from dangjian_desktop.domain.errors import DomainError, ReadOnlyError, ValidationError

log = logging.getLogger("dangjian.cli")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


# -- core commands ----------------------------------------------------------------------------------------------


def cmd_info(services, args) -> int:  # noqa: ANN001
    info = services.info.info()
    if args.json:
        print_json(info)
        return 0
    mode = {"branch": "党支部", "hq": "上级党委"}.get(info["mode"], info["mode"])
    print(f"程序版本: {info['app_version']}")
    print(f"数据文件夹: {info['data_dir']}")
    print(f"数据版本: {info['schema_version']} (本程序支持 {info['supported_schema_version']})")
    print(f"模式: {mode}" + ("（只读）" if info["read_only"] else ""))
    if info["today_overridden"]:
        print(f"日期: {info['today']}（由环境变量 DANGJIAN_TODAY 固定）")
    if info["branch"]:
        print(f"党支部: {info['branch']}")
    if info["hq_name"]:
        print(f"上级党委: {info['hq_name']}")
    if info.get("fingerprint"):
        print(f"数据包签名密钥指纹: {info['fingerprint']}")
    print("记录数:")
    for label, n in services.info.labelled_counts():
        print(f"  {label}: {n}")
    return 0


def cmd_demo(services, args) -> int:  # noqa: ANN001
    from dangjian_desktop.services import demo

    demo.populate(services, seed=args.seed)
    counts = services.info.labelled_counts()
    print("已加入演示数据：" + "，".join(f"{label} {n}" for label, n in counts if n))
    return 0


def cmd_roster_import(services, args) -> int:  # noqa: ANN001
    """Preview (counts and every row), then save only when no row is refused and --dry-run is not given."""
    from dangjian_desktop.services.roster_import import Action

    preview = services.roster.preview_import(Path(args.file), sheet=args.sheet)
    if args.sheet is None and len(preview.sheet_names) > 1:
        raise ValidationError(f"文件中有{len(preview.sheet_names)}个工作表像是名册："
                              f"{'、'.join(preview.sheet_names)}。请用 --sheet 指定要导入的工作表。")
    refused = [r for r in preview.rows if r.action is Action.REFUSED]
    if args.json:
        print_json([{"row": r.row_number, "name": r.member.name, "action": r.action.value, "changes": r.changes,
                     "errors": r.errors} for r in preview.rows])
    else:
        where = f"工作表“{preview.sheet_name}”，第{preview.header_row}行是表头"
        if preview.encoding:
            where += f"，文字编码 {preview.encoding}"
        print(f"{args.file}（{where}）")
        print(preview.counts_text())
        for r in preview.rows:
            line = f"第{r.row_number}行 {r.member.name or '（无姓名）'}：{r.action.label}"
            if r.changes:
                line += f"（{'、'.join(r.changes)}）"
            if r.errors:
                line += "：" + "；".join(r.errors)
            if r.notes:
                line += "（" + "；".join(r.notes) + "）"
            print(line)
        if preview.unknown_headers:
            print("未使用的列：" + "、".join(preview.unknown_headers))
        for s in preview.skipped:
            print(f"已跳过 {s}")
    if refused:
        print(f"导入被拒绝：{len(refused)} 行有错误，没有保存任何数据。", file=sys.stderr)
        print(preview.error_report(), file=sys.stderr)
        return 2
    if args.dry_run:
        if not args.json:
            print("（--dry-run：只检查，没有保存）")
        return 0
    n = services.roster.commit_import(preview)
    if not args.json:
        c = preview.counts()
        print(f"已保存：新增 {c[Action.NEW]} 名，更新 {c[Action.CHANGED]} 名（共 {n} 名）。")
    return 0


def cmd_roster_export(services, args) -> int:  # noqa: ANN001
    n = services.roster.export_xlsx(Path(args.file))
    print(f"已导出 {n} 名党员到 {args.file}")
    return 0


def cmd_roster_template(services, args) -> int:  # noqa: ANN001
    services.roster.write_template(Path(args.file))
    print(f"已生成导入模板 {args.file}")
    return 0


# -- parser -----------------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dangjian", description="党支部工作台账 命令行")
    parser.add_argument("--data-dir", help="数据文件夹（默认：用户数据目录，或环境变量 DANGJIAN_DATA_DIR）")
    parser.add_argument("--version", action="version", version=f"dangjian {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("info", help="数据文件夹、数据版本、模式和各类记录数")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info, writes=False)

    p = sub.add_parser("demo", help="向空数据加入演示数据")
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_demo, writes=True)

    roster = sub.add_parser("roster", help="党员名册导入/导出").add_subparsers(dest="roster_command", metavar="ACTION")
    roster.required = True
    p = roster.add_parser("import", help="从 .xlsx / .xls / .ods / .csv 导入或更新党员（有任何错误行则整体拒绝）")
    p.add_argument("file")
    p.add_argument("--sheet", metavar="NAME", help="要导入的工作表（文件中有多个名册工作表时必须指定）")
    p.add_argument("--dry-run", action="store_true", help="只检查并列出每一行的处理结果，不保存")
    p.add_argument("--json", action="store_true", help="以JSON列出每一行：row, name, action, changes, errors")
    p.set_defaults(func=cmd_roster_import, writes=True)
    p = roster.add_parser("export", help="导出党员名册到 .xlsx")
    p.add_argument("file")
    p.set_defaults(func=cmd_roster_export, writes=False)
    p = roster.add_parser("template", help="生成导入模板 .xlsx")
    p.add_argument("file")
    p.set_defaults(func=cmd_roster_template, writes=False)

    report = sub.add_parser("report", help="生成PDF").add_subparsers(dest="report_command", metavar="DOCUMENT")
    report.required = True
    from dangjian_desktop import features

    for name in features.paths("cli"):
        importlib.import_module(name).register(sub, report)
    return parser


def _setup_logging(data_dir: Path | None) -> None:
    if data_dir is None:
        return
    from dangjian_desktop.services.logs import configure_file_logging

    configure_file_logging(data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    from dangjian_desktop import clock

    try:
        clock.override()
    except clock.ClockError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    parser = build_parser()
    args = parser.parse_args(argv)
    from dangjian_desktop.paths import resolve_data_dir
    from dangjian_desktop.services.container import Services

    data_dir = resolve_data_dir(args.data_dir)
    try:
        _setup_logging(data_dir)
        if not getattr(args, "opens_store", True):  # e.g. `restore`, which must work on a damaged database
            return int(args.func(data_dir, args) or 0)
        out = getattr(args, "out", None)
        if args.command == "report" and out and Path(out).is_dir():
            raise ValidationError(f"“{out}”是一个文件夹。请在 --out 后写出PDF文件的名字，例如 {Path(out) / '文档.pdf'}。")
        with Services.open(data_dir) as services:
            return int(args.func(services, args) or 0)
    except ReadOnlyError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 3
    except ValidationError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        for _field, msg in exc.problems:
            if msg not in str(exc):
                print(f"  - {msg}", file=sys.stderr)
        return 2
    except DomainError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError) as exc:
        name = str(exc.filename or "").removesuffix(".part")  # files are written under a temporary name first
        why = {FileNotFoundError: "找不到这个文件或文件夹", PermissionError: "没有权限（文件可能正被其他程序打开，"
               "或文件夹不允许写入）", IsADirectoryError: "这是一个文件夹，不是文件",
               NotADirectoryError: "路径中有一部分不是文件夹"}[type(exc)]
        print(f"错误：无法访问文件 {name}：{why}。", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `dangjian ... | head`: the reader went away; not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at interpreter exit
        except OSError:
            pass
        return 0
    except Exception:  # noqa: BLE001 - last resort: a short message, the traceback goes to the log
        log.exception("unexpected error in CLI command %s", args.command)
        print("错误：程序内部出错，详细信息已写入数据文件夹中的 logs/dangjian.log。", file=sys.stderr)
        return 70


if __name__ == "__main__":
    raise SystemExit(main())
