"""The `dangjian` command: the same services as the window, for scripts, tests and headquarters.

Each record kind's subcommands live in ``dangjian_desktop/cli_commands/<kind>.py``, named by its declaration
(``Feature.cli``, dangjian_desktop.features); each module has ``register(sub, report)`` that adds its parsers to
the top-level and the ``report`` subparsers, and sets ``func=handler`` where ``handler(services, args) -> int``.
``dangjian report KEY`` exists for every declared document (cli_commands/reports.py). CLI names and options are
a contract with headquarters scripts: never rename them.

Exit codes (README.md has the table): 0 ok; 1 a check failed (e.g. verify); 2 user error (bad input, file not
found...); 3 the store is read-only (another window has it, the folder cannot be written): nothing written;
4 the data file is damaged or empty: restore from a backup (`dangjian restore`); 5 disk full; 6 disk I/O error;
7 no permission / write-protected; 8 a file is locked by another program; 70 an unexpected internal error (details
in the log file). Faults 5-8 never mark the data damaged.

A command that only reads the folder (``info``, ``backups``) works when the store cannot be opened for writing:
``info`` then reports the folder's ``state`` and exits 0.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dangjian_desktop import __version__
from dangjian_desktop.domain.errors import DomainError, ReadOnlyError, ValidationError
from dangjian_desktop.domain.faults import StorageFault, classify
from dangjian_desktop.cli_support import actions, print_json
from dangjian_desktop.paths import add_location_options

EXIT_OK, EXIT_CHECK_FAILED, EXIT_USER_ERROR, EXIT_READ_ONLY, EXIT_DAMAGED = 0, 1, 2, 3, 4
EXIT_DISK_FULL, EXIT_IO_ERROR, EXIT_NO_ACCESS, EXIT_LOCKED, EXIT_INTERNAL = 5, 6, 7, 8, 70
FAULT_EXIT_CODES = {"disk_full": EXIT_DISK_FULL, "io_error": EXIT_IO_ERROR, "no_access": EXIT_NO_ACCESS,
                    "locked": EXIT_LOCKED}

log = logging.getLogger("dangjian.cli")


# -- core commands ----------------------------------------------------------------------------------------------


def cmd_info(services, args) -> int:  # noqa: ANN001
    return _print_info(services.info.info(), services.info.labelled_counts(), args)


def _print_info(info: dict[str, Any], labelled: list[tuple[str, int]] | None, args: argparse.Namespace) -> int:
    if args.json:
        print_json(info)
        return 0
    mode = {"branch": "党支部", "hq": "上级党委"}.get(info["mode"], info["mode"] or "—")
    print(f"程序版本: {info['app_version']}")
    print(f"数据文件夹: {info['data_dir']}")
    if info.get("engine") == "postgresql":
        print(f"数据库: {info['database']}")
    print(f"数据版本: {info['schema_version']} (本程序支持 {info['supported_schema_version']})")
    print(f"状态: {info['state_label']}")
    print(f"模式: {mode}" + ("（只读）" if info["read_only"] else ""))
    if info.get("problem"):
        print(f"说明: {info['problem']}")
    if info.get("newest_good_backup"):
        print(f"最近一份完好的备份: {info['newest_good_backup']}")
    if info.get("today_overridden"):
        print(f"日期: {info['today']}（由环境变量 DANGJIAN_TODAY 固定）")
    if info["branch"]:
        print(f"党支部: {info['branch']}")
    if info["hq_name"]:
        print(f"上级党委: {info['hq_name']}")
    if info.get("fingerprint"):
        print(f"数据包签名密钥指纹: {info['fingerprint']}")
    if labelled is not None:
        print("记录数:")
        for label, n in labelled:
            print(f"  {label}: {n}")
    return 0


def info_without_store(data_dir: Path, args: argparse.Namespace, error: Exception) -> int:
    """`info` when the store cannot be opened for writing: read what can be read, report the state, exit 0."""
    from dangjian_desktop.services.info import folder_report

    info, labelled = folder_report(data_dir, error)
    return _print_info(info, labelled, args)


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


def cmd_hq_migrate(data_dir: Path, args: argparse.Namespace) -> int:
    """Move the folder's headquarters store into an empty PostgreSQL database; every table's count compared."""
    from dangjian_desktop.services.hq_migrate import migrate_to_postgresql

    result = migrate_to_postgresql(data_dir, args.to)
    if args.json:
        print_json({"database": result.target, "rows": result.rows,
                    "tables": {t.table: {"sqlite": t.source, "postgresql": t.target} for t in result.tables},
                    "files": {"data_folder": result.files[0], "postgresql": result.files[1]}})
        return 0
    for t in result.tables:
        if t.source or t.target:
            print(f"  {t.label}: {t.source} → {t.target}")
    print(f"  收到的附件和文档: {result.files[0]} → {result.files[1]}")
    print(f"已迁入 {result.target}：共 {result.rows} 条记录，各表记录数与原数据一致。原数据文件未改动。")
    print(f"今后请用 dangjian --database {result.target} … 或 dangjian-desktop --database {result.target} 使用。")
    return 0


# -- parser -----------------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dangjian", description="党支部工作台账 命令行")
    add_location_options(parser, "数据文件夹（默认：用户数据目录，或环境变量 DANGJIAN_DATA_DIR）",
                         "。默认：数据文件夹中的数据文件")
    parser.add_argument("--version", action="version", version=f"dangjian {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("info", help="数据文件夹、数据状态、数据版本、模式和各类记录数")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info, writes=False, without_store=info_without_store)

    p = sub.add_parser("demo", help="向空数据加入演示数据")
    p.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_demo, writes=True)

    roster = actions(sub, "roster", "党员名册导入/导出")
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

    p = sub.add_parser("hq-migrate", help="上级党委：把数据文件夹中的上级党委数据迁入空的 PostgreSQL 数据库（核对各表记录数）")
    p.add_argument("--to", required=True, metavar="URL", help="postgresql://用户名@服务器:端口/数据库名（密码用 PGPASSWORD）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_hq_migrate, writes=True, opens_store=False)

    report = actions(sub, "report", "生成PDF", "DOCUMENT")
    from dangjian_desktop import features

    for name in features.paths("cli"):
        importlib.import_module(name).register(sub, report)
    return parser


def _setup_logging(data_dir: Path | None) -> None:
    if data_dir is None:
        return
    from dangjian_desktop.services.logs import configure_file_logging

    configure_file_logging(data_dir)


def _damage_advice(data_dir: Path) -> str:
    """The newest good backup and the command that restores it (the CLI's offer after damage)."""
    from dangjian_desktop.paths import DataPaths
    from dangjian_desktop.services.backups import BackupFolder

    try:
        good = BackupFolder(DataPaths(data_dir)).newest_good()
    except Exception:  # noqa: BLE001 - the advice must never hide the damage message itself
        log.exception("looking for a good backup failed")
        good = None
    if good is None:
        return ("没有找到可以使用的备份。请不要删除数据文件夹，把它复制一份交给懂电脑的同事或上级党委的技术人员处理。"
                "损坏的文件没有被改动。")
    return (f"最近一份完好的备份：{good.date_text}（{good.kind_label}，{good.summary()}）\n"
            f"  {good.path}\n从它恢复（损坏的文件会原样保存在 backups/damaged-<时间>/ 中）：\n"
            f'  dangjian --data-dir "{data_dir}" restore "{good.path}"')


# what a PostgreSQL database (only ever a headquarters store) may be asked to change; every other command there
# only reads. A branch's commands (demo, roster import, export…) and the SQLite file's backups are refused.
PG_WRITE_COMMANDS = frozenset({"hq-init", "import", "branches"})
PG_REFUSED_COMMANDS = {"backups": "PostgreSQL 数据库的备份由 dangjian backup（pg_dump）写出，请在备份文件夹中查看",
                       "restore": "PostgreSQL 数据库的恢复请由数据库管理员用 pg_restore 进行",
                       "hq-migrate": "hq-migrate 把数据文件夹中的数据迁入 --to 指定的数据库，不与 --database 同用"}


def database_url(args: argparse.Namespace) -> str | None:
    """The PostgreSQL URL named by --database or DANGJIAN_DATABASE, else None (the data folder's SQLite file)."""
    from dangjian_desktop.storage.engine import ENV_DATABASE

    return getattr(args, "database", None) or os.environ.get(ENV_DATABASE) or None


def _check_pg_command(args: argparse.Namespace) -> None:
    refused = PG_REFUSED_COMMANDS.get(args.command)
    if refused:
        raise ValidationError(f"{refused}；本命令只用于数据文件夹中的数据文件。")
    if getattr(args, "writes", False) and args.command not in PG_WRITE_COMMANDS:
        raise ValidationError(f"“{args.command}”是党支部使用的命令：PostgreSQL 数据库只用于上级党委（导入数据包、"
                              "查看和汇总各支部数据），党支部的数据只保存在本机的数据文件夹中。")


def _open_services(data_dir: Path, args: argparse.Namespace):  # noqa: ANN202
    from dangjian_desktop.services.container import Services

    url = database_url(args)
    if url is None:
        return Services.open(data_dir)
    services = Services.open(data_dir, database=url)
    try:
        services.require_headquarters_engine(initialising=args.command == "hq-init")
    except BaseException:
        services.close()
        raise
    return services


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
    from dangjian_desktop.storage import DatabaseCorruptError

    data_dir = resolve_data_dir(args.data_dir)
    try:
        _setup_logging(data_dir)
        on_server = database_url(args) is not None
        if on_server:
            _check_pg_command(args)
        if not getattr(args, "opens_store", True):  # e.g. `restore`, which must work on a damaged database
            return int(args.func(data_dir, args) or 0)
        out = getattr(args, "out", None)
        if args.command == "report" and out and Path(out).is_dir():
            raise ValidationError(f"“{out}”是一个文件夹。请在 --out 后写出PDF文件的名字，例如 {Path(out) / '文档.pdf'}。")
        try:
            services = _open_services(data_dir, args)
        except (DomainError, OSError) as exc:
            without_store = getattr(args, "without_store", None)
            if without_store is None or on_server or isinstance(exc, ValidationError):
                raise
            log.info("store not opened (%s): %s", args.command, exc)
            return int(without_store(data_dir, args, exc) or 0)
        with services:
            return int(args.func(services, args) or 0)
    except DatabaseCorruptError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        print(_damage_advice(data_dir), file=sys.stderr)
        return EXIT_DAMAGED
    except StorageFault as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return FAULT_EXIT_CODES.get(exc.state, EXIT_IO_ERROR)
    except ReadOnlyError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_READ_ONLY
    except ValidationError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        for _field, msg in exc.problems:
            if msg not in str(exc):
                print(f"  - {msg}", file=sys.stderr)
        return EXIT_USER_ERROR
    except DomainError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `dangjian ... | head`: the reader went away; not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at interpreter exit
        except OSError:
            pass
        return 0
    except Exception as exc:  # noqa: BLE001 - a disk fault with its message and code; else a short message
        fault = classify(exc)
        if fault is not None:
            log.warning("CLI command %s: %s", args.command, exc)
            print(f"错误：{fault}", file=sys.stderr)
            return FAULT_EXIT_CODES.get(fault.state, EXIT_IO_ERROR)
        if isinstance(exc, FileNotFoundError | IsADirectoryError | NotADirectoryError):
            name = str(exc.filename or "").removesuffix(".part")  # files are written under a temporary name first
            why = {FileNotFoundError: "找不到这个文件或文件夹", IsADirectoryError: "这是一个文件夹，不是文件",
                   NotADirectoryError: "路径中有一部分不是文件夹"}[type(exc)]
            print(f"错误：无法访问文件 {name}：{why}。", file=sys.stderr)
            return EXIT_USER_ERROR
        log.exception("unexpected error in CLI command %s", args.command)
        print("错误：程序内部出错，详细信息已写入数据文件夹中的 logs/dangjian.log。", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
