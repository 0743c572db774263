"""Backups of a headquarters store on PostgreSQL: ``pg_dump`` (custom format, restored with ``pg_restore``) when it
is on the PATH; a clear message when it is not. The SQLite file's backups (``storage/backups.py``) do not apply:
there is no file to copy, and the server's administrator usually backs it up as well."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.storage.engine import PgTarget

NO_PG_DUMP = ("本机找不到 pg_dump，无法备份 PostgreSQL 数据库。请安装 PostgreSQL 客户端工具（其中有 pg_dump，"
              "版本不低于服务器），或请数据库管理员在服务器上备份。")


class PgDumpError(DomainError):
    pass


def dump(target: PgTarget, out: Path, timeout: float = 3600) -> Path:
    """Write the whole database to ``out`` (pg_dump's custom format), under a temporary name renamed into place."""
    program = shutil.which("pg_dump")
    if program is None:
        raise PgDumpError(NO_PG_DUMP)
    params = target.connect_params()
    env = dict(os.environ)
    if params.get("password"):
        env["PGPASSWORD"] = str(params["password"])  # to the child only; never on its command line
    part = out.with_name(out.name + ".part")
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [program, "--format=custom", "--no-owner", "--file", str(part), "--host", str(params["host"]),
           "--port", str(params["port"]), "--username", str(params["user"]), "--no-password", target.dbname]
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        part.unlink(missing_ok=True)
        raise PgDumpError(f"pg_dump 未能完成备份：{exc}") from exc
    if done.returncode != 0:
        part.unlink(missing_ok=True)
        detail = (done.stderr.strip().splitlines() or [f"退出码 {done.returncode}"])[0]
        raise PgDumpError(f"pg_dump 未能完成备份：{detail}")
    os.replace(part, out)
    return out
