"""`dangjian backup [--out DIR (--password-file P | --no-encrypt)]`, `dangjian backups [--json]`,
`dangjian restore FILE [--password-file P]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from dangjian_desktop.cli_support import json_or_empty


def register(sub, report) -> None:  # noqa: ANN001 - argparse subparsers
    p = sub.add_parser("backup", help="立即备份（默认写入数据文件夹的 backups/；--out 写到U盘等文件夹，含附件，默认加密）")
    p.add_argument("--out", metavar="DIR", help="写到这个文件夹（一个包含全部数据和附件的备份文件）")
    enc = p.add_mutually_exclusive_group()
    enc.add_argument("--password-file", metavar="P", help="与 --out 一起：密码文件（UTF-8，第一行为密码）")
    enc.add_argument("--no-encrypt", action="store_true",
                     help="与 --out 一起：不加密（不推荐：姓名、身份证号、电话任何人都能读取）")
    p.set_defaults(func=cmd_backup, writes=False)

    p = sub.add_parser("backups", help="列出备份：日期、类型和各类记录数（数据文件损坏时也可使用）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backups, writes=False, without_store=backups_without_store)

    p = sub.add_parser("restore", help="从备份文件恢复（恢复前先备份当前数据；数据文件损坏时也可使用）")
    p.add_argument("file")
    p.add_argument("--password-file", metavar="P", help="加密备份（.djbak）的密码文件（UTF-8，第一行为密码）")
    p.set_defaults(func=cmd_restore, writes=True, opens_store=False)


def _password(args: argparse.Namespace) -> str | None:
    if not getattr(args, "password_file", None):
        return None
    from dangjian_desktop.services.exchange import read_password_file

    return read_password_file(args.password_file)[0]


def cmd_backup(services, args: argparse.Namespace) -> int:  # noqa: ANN001
    from dangjian_desktop.domain.errors import ValidationError

    if services.store.engine == "postgresql":  # headquarters on a server: pg_dump
        from dangjian_desktop.services.hq_backup import backup_postgresql

        if args.password_file or args.no_encrypt:
            raise ValidationError("PostgreSQL 数据库的备份由 pg_dump 写出，不加密：请把备份文件存放在安全的地方，"
                                  "不要写 --password-file 或 --no-encrypt。")
        print(backup_postgresql(services.store, Path(args.out) if args.out else None))
        return 0
    if not args.out:
        if args.password_file or args.no_encrypt:
            raise ValidationError("--password-file 和 --no-encrypt 只用于 --out（备份到U盘）。数据文件夹中的备份不加密。")
        info = services.backups.create("manual")
        print(info.path)
        return 0
    if not args.password_file and not args.no_encrypt:
        raise ValidationError("备份到U盘默认加密：请用 --password-file 指定密码文件（第一行为密码），"
                              "或用 --no-encrypt 明确选择不加密。")
    if args.no_encrypt:
        from dangjian_desktop.services.backups import PLAIN_USB_WARNING

        print(f"警告：{PLAIN_USB_WARNING}", file=sys.stderr)
    info = services.backups.backup_to_folder(Path(args.out), _password(args), allow_unencrypted=args.no_encrypt)
    print(info.path)
    return 0


def _print_backups(backups, args: argparse.Namespace) -> int:  # noqa: ANN001
    if json_or_empty(args, backups, "还没有备份。用 `dangjian backup` 立即备份。", lambda b: b.to_json()):
        return 0
    for b in backups:
        state = f"不可用：{b.problem}" if b.problem else b.summary()
        print(f"{b.date_text}  {b.kind_label}  {state}  {b.size_text}  {b.path}")
    return 0


def cmd_backups(services, args: argparse.Namespace) -> int:  # noqa: ANN001
    return _print_backups(services.backups.list(), args)


def backups_without_store(data_dir: Path, args: argparse.Namespace, error: Exception) -> int:
    """The listing reads only backups/: it works when the database is damaged or cannot be opened."""
    from dangjian_desktop.paths import DataPaths
    from dangjian_desktop.services.backups import BackupFolder

    print(f"注意：{error}", file=sys.stderr)
    return _print_backups(BackupFolder(DataPaths(data_dir)).list(), args)


def cmd_restore(data_dir: Path, args: argparse.Namespace) -> int:
    from dangjian_desktop.paths import DataPaths
    from dangjian_desktop.services.backups import BackupError, BackupFolder
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.storage import DatabaseCorruptError

    backup = Path(args.file)
    folder = BackupFolder(DataPaths(data_dir))
    info = folder.inspect(backup)  # a clear message for a wrong file before opening anything
    if info.problem:
        raise BackupError(f"这个备份不能使用：{info.problem}")
    password = _password(args)
    try:
        services = Services.open(data_dir)
    except DatabaseCorruptError:
        result = folder.restore_after_damage(backup, password)
        print(f"数据文件已损坏，已原样移到 {result.damaged_copy.parent if result.damaged_copy else ''}。",
              file=sys.stderr)
    else:
        with services:
            result = services.backups.restore(backup, password)
    r = result.restored
    print(f"已从 {r.date_text} 的备份恢复：{r.summary()}。")
    if result.safety_backup:
        print(f"恢复前的数据已备份到：{result.safety_backup}")
    return 0
