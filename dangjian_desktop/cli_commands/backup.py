"""`dangjian backup [--out DIR]`, `dangjian backups [--json]`, `dangjian restore FILE`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub, report) -> None:  # noqa: ANN001 - argparse subparsers
    p = sub.add_parser("backup", help="立即备份（默认写入数据文件夹的 backups/；--out 写到U盘等文件夹，含附件）")
    p.add_argument("--out", metavar="DIR", help="写到这个文件夹（一个包含全部数据和附件的 .zip）")
    p.set_defaults(func=cmd_backup, writes=False)

    p = sub.add_parser("backups", help="列出备份：日期、类型和各类记录数")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backups, writes=False)

    p = sub.add_parser("restore", help="从备份文件恢复（恢复前先备份当前数据；数据文件损坏时也可使用）")
    p.add_argument("file")
    p.set_defaults(func=cmd_restore, writes=True, opens_store=False)


def cmd_backup(services, args: argparse.Namespace) -> int:  # noqa: ANN001
    info = services.backups.backup_to_folder(Path(args.out)) if args.out else services.backups.create("manual")
    print(info.path)
    return 0


def cmd_backups(services, args: argparse.Namespace) -> int:  # noqa: ANN001
    backups = services.backups.list()
    if args.json:
        json.dump([b.to_json() for b in backups], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not backups:
        print("还没有备份。用 `dangjian backup` 立即备份。")
        return 0
    for b in backups:
        state = f"不可用：{b.problem}" if b.problem else b.summary()
        print(f"{b.date_text}  {b.kind_label}  {state}  {b.size_text}  {b.path}")
    return 0


def cmd_restore(data_dir: Path, args: argparse.Namespace) -> int:
    from dangjian_desktop.paths import DataPaths
    from dangjian_desktop.services.backups import BackupFolder
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.storage import DatabaseCorruptError

    backup = Path(args.file)
    BackupFolder(DataPaths(data_dir)).inspect(backup)  # a clear message for a wrong file before opening anything
    try:
        services = Services.open(data_dir)
    except DatabaseCorruptError:
        result = BackupFolder(DataPaths(data_dir)).restore_after_damage(backup)
        print(f"数据文件已损坏，已原样移到 {result.damaged_copy.parent if result.damaged_copy else ''}。",
              file=sys.stderr)
    else:
        with services:
            result = services.backups.restore(backup)
    r = result.restored
    print(f"已从 {r.date_text} 的备份恢复：{r.summary()}。")
    if result.safety_backup:
        print(f"恢复前的数据已备份到：{result.safety_backup}")
    return 0
