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
        host = self.host or "localhost"
        where = f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"
        return (f"postgresql://{url_part(self.user)}@{where}/{url_part(self.dbname)}"
                + (f"?host={url_part(self.socket_dir, keep='/')}" if self.socket_dir else ""))

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


_URL_SPECIAL = "%@/:?#&= "


def url_part(text: str, keep: str = "") -> str:
    """``text`` as a part of a URL that reads back the same: the characters that would end the part are quoted,
    the rest (Chinese names too) stays readable in messages."""
    return "".join(f"%{ord(c):02X}" if c in _URL_SPECIAL and c not in keep else c for c in text)


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
    raw_dbname = parts.path.lstrip("/")
    dbname = unquote(raw_dbname)
    query = dict(parse_qsl(parts.query))
    socket_dir = query.get("host") or None
    host = parts.hostname or ""
    missing = [what for what, value in (("用户名", user), ("数据库名", dbname), ("服务器", host or socket_dir))
               if not value]
    if missing:
        raise ValidationError(f"数据库地址“{_hide_password(text)}”缺少{'、'.join(missing)}：应写成 {example}。")
    if "/" in raw_dbname:
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


def format_url(host: str, port: int, dbname: str, user: str) -> str:
    """``postgresql://USER@HOST:PORT/DB`` from its parts (no password: it is never written), each part quoted as
    a URL needs it (a user name with ``@``, a database name with ``/``). ``host`` starting with ``/`` is a unix
    socket folder (``?host=``)."""
    if host.startswith("/"):
        return PgTarget(user, "localhost", int(port), dbname, socket_dir=host).display()
    return PgTarget(user, host, int(port), dbname).display()


@dataclass(frozen=True)
class Probe:
    """What a look at a PostgreSQL database found, without opening it as a store (no migration, no lock, the
    models stay bound to the store the program has open)."""

    version: int  # the core schema version, 0 when nothing of ours is there
    foreign_tables: bool  # tables of something else in a database without our version table
    mode: str  # the store's mode setting ("hq", "branch"), "" when unknown
    hq_name: str


def probe(target: PgTarget) -> Probe:
    """Connect to ``target`` on a connection of its own and read the schema version and the store's mode.
    A refused login or an unreachable server raises ``DatabaseUnreachableError`` (its ``needs_password`` says
    whether the password was the trouble)."""
    import json

    load_psycopg()
    import psycopg

    from dangjian_desktop.storage.database import DatabaseUnreachableError

    params = dict(target.connect_params(), dbname=target.dbname, autocommit=True)
    try:
        con = psycopg.connect(**params)
    except psycopg.Error as exc:
        raise DatabaseUnreachableError(target, exc) from exc
    try:
        def one(sql: str, *args: object) -> object:
            row = con.execute(sql, args).fetchone()
            return row[0] if row else None

        if one("SELECT to_regclass('dangjian_schema')") is None:
            tables = one("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
            return Probe(0, bool(tables), "", "")
        version = int(one('SELECT "version" FROM "dangjian_schema"') or 0)
        values = {}
        if one("SELECT to_regclass('setting')") is not None:
            for key, value in con.execute("SELECT key, value FROM setting WHERE key IN ('store.mode', 'hq.name')"):
                try:
                    values[key] = json.loads(value)
                except (TypeError, ValueError):
                    values[key] = ""
        return Probe(version, False, str(values.get("store.mode") or ""), str(values.get("hq.name") or ""))
    except psycopg.Error as exc:
        raise DatabaseUnreachableError(target, exc) from exc
    finally:
        con.close()
