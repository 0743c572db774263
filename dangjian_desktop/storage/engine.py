"""Which database a store lives in: the embedded SQLite file of a data folder (every branch, and a headquarters on
one PC), or a PostgreSQL server (a headquarters shared by several staff, issue 22).

A database target is what ``dangjian --database`` / ``DANGJIAN_DATABASE`` / ``dangjian-desktop --database`` name:
nothing (the data folder's SQLite file) or ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?host=/socket/dir]``.
The password is never stored by the program: it comes from the URL itself or the environment (``PGPASSWORD``, or
libpq's ``~/.pgpass`` which psycopg reads by itself).

peewee imports psycopg when it is installed (94 ms): a branch never needs it, so ``import_peewee`` imports peewee
with psycopg hidden, and ``load_psycopg`` gives peewee the driver the first time a PostgreSQL store is opened.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

from dangjian_desktop.domain.errors import ValidationError

ENV_DATABASE = "DANGJIAN_DATABASE"
SQLITE, POSTGRESQL = "sqlite", "postgresql"
SCHEMES = ("postgresql", "postgres")


def import_peewee() -> None:
    """Import peewee without letting it import a PostgreSQL driver (start-up of the branch app)."""
    if "peewee" in sys.modules:
        return
    hidden = [name for name in ("psycopg", "psycopg2") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` raise ImportError
    try:
        import peewee  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


def load_psycopg() -> None:
    """Hand peewee the psycopg 3 driver, as its own import would have (see ``import_peewee``)."""
    import peewee

    if getattr(peewee, "psycopg", None) is not None:
        return
    try:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb
    except ImportError as exc:
        raise ValidationError("本程序缺少连接 PostgreSQL 数据库所需的组件（psycopg），请重新安装程序。") from exc
    peewee.psycopg = psycopg
    peewee.TransactionStatus = TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


@dataclass(frozen=True)
class PgTarget:
    """A PostgreSQL database named by a URL. ``password`` is held only in memory, never written anywhere."""

    user: str
    host: str
    port: int
    dbname: str
    password: str | None = None
    socket_dir: str | None = None  # ?host=/run/postgresql: a unix socket instead of TCP (tests, a local server)

    engine = POSTGRESQL

    def display(self) -> str:
        """The URL without its password (for messages, logs and `info`)."""
        where = f"{self.host or 'localhost'}:{self.port}"
        return f"postgresql://{self.user}@{where}/{self.dbname}" + (f"?host={self.socket_dir}" if self.socket_dir else "")

    def connect_params(self) -> dict[str, object]:
        params: dict[str, object] = {"user": self.user, "port": self.port,
                                     "host": self.socket_dir or self.host or "localhost",
                                     "application_name": "dangjian", "connect_timeout": 10}
        password = self.password if self.password is not None else os.environ.get("PGPASSWORD")
        if password:
            params["password"] = password
        return params

    def with_database(self, dbname: str) -> PgTarget:
        return PgTarget(self.user, self.host, self.port, dbname, self.password, self.socket_dir)


def is_database_url(text: str | None) -> bool:
    return bool(text) and str(text).strip().lower().split(":", 1)[0] in SCHEMES


def parse_target(text: str | None) -> PgTarget | None:
    """None for the data folder's own SQLite file (nothing given), else the PostgreSQL database the URL names.
    A URL that is not a complete ``postgresql://USER@HOST:PORT/DB`` is refused with a message saying what is
    missing."""
    if text is None or not str(text).strip():
        return None
    text = str(text).strip()
    example = "postgresql://用户名@服务器:5432/数据库名"
    if not is_database_url(text):
        raise ValidationError(f"无法识别数据库地址“{_hide_password(text)}”：应写成 {example}。")
    try:
        parts = urlsplit(text)
        port = parts.port or 5432
    except ValueError as exc:
        raise ValidationError(f"数据库地址“{_hide_password(text)}”中的端口不对：应写成 {example}。") from exc
    user = unquote(parts.username or "")
    dbname = unquote(parts.path.lstrip("/"))
    query = dict(parse_qsl(parts.query))
    socket_dir = query.get("host") or None
    host = parts.hostname or ""
    missing = [what for what, value in (("用户名", user), ("数据库名", dbname), ("服务器", host or socket_dir))
               if not value]
    if missing:
        raise ValidationError(f"数据库地址“{_hide_password(text)}”缺少{'、'.join(missing)}：应写成 {example}。")
    if "/" in dbname:
        raise ValidationError(f"数据库地址“{_hide_password(text)}”中的数据库名不对：应写成 {example}。")
    password = unquote(parts.password) if parts.password is not None else None
    return PgTarget(user=user, host=host, port=port, dbname=dbname, password=password, socket_dir=socket_dir)


def _hide_password(text: str) -> str:
    try:
        parts = urlsplit(text)
        if parts.password is not None:
            return text.replace(f":{parts.password}@", ":***@", 1)
    except ValueError:
        pass
    return text


def resolve_target(explicit: str | None = None) -> PgTarget | None:
    """The target named on the command line, else by ``DANGJIAN_DATABASE``, else None (the SQLite file)."""
    return parse_target(explicit if explicit else os.environ.get(ENV_DATABASE))
