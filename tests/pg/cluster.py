"""A real PostgreSQL server for the headquarters-on-PostgreSQL tests (issue 22): a throwaway cluster made with the
installed server's ``initdb``/``pg_ctl`` in a temp folder (its unix socket there, TCP on 127.0.0.1 and a free
port), started once per session when a test first asks for it; every test gets a database of its own
(``CREATE DATABASE``). A pytest plugin (tests/conftest.py ``pytest_plugins``), so that one cluster serves tests/pg
and the headquarters test modules elsewhere that run on both engines (``hq_engine``, below).

The server comes from Debian's ``postgresql`` package (``bash scripts/system-deps.sh --test``). ``initdb`` and
``pg_ctl`` refuse to run as root: as root (CI) they run as the ``postgres`` system user the package creates. When
no server can be started the tests FAIL with the reason: they never skip.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PREFIX = "dangjian-pg-"
PASSWORD_USER, PASSWORD = "dangjian_pw", "口令-pw 2026"
INSTALL_HINT = ("PostgreSQL (15+) is needed for these tests: install it with `bash scripts/system-deps.sh --test` "
                "(Debian's postgresql package)")


def _bindir() -> Path | None:
    """The folder of initdb/pg_ctl: on the PATH, else Debian's /usr/lib/postgresql/<newest>/bin."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                      key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    socket_dir: str
    user: str

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{dbname}"

    def admin(self):  # noqa: ANN201 - a psycopg connection to the maintenance database, autocommit
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=self.user, dbname="postgres", autocommit=True)


def _sweep_orphans(bindir: Path, run_as: list[str]) -> None:
    """Stop the clusters of test runs that were killed before their teardown (their pytest is gone)."""
    for root in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            owner = int((root / "owner.pid").read_text())
            os.kill(owner, 0)
            continue  # a run still going
        except ProcessLookupError:
            pass
        except (OSError, ValueError):
            continue  # not ours to judge (no owner written yet)
        if (root / "data" / "postmaster.pid").exists():
            subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "-w",
                            "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _bindir()
    if bindir is None:
        pytest.fail(f"no PostgreSQL server found (initdb/pg_ctl). {INSTALL_HINT}", pytrace=False)
    _sweep_orphans(bindir, ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else [])
    root = Path(tempfile.mkdtemp(prefix=PREFIX))
    (root / "owner.pid").write_text(str(os.getpid()))
    run_as: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.fail("running as root, and runuser is missing to start PostgreSQL as the postgres user",
                        pytrace=False)
        try:
            shutil.chown(root, "postgres", "postgres")
        except (LookupError, OSError) as exc:
            pytest.fail(f"running as root, and the postgres system user is missing ({exc}). {INSTALL_HINT}",
                        pytrace=False)
        run_as = ["runuser", "-u", "postgres", "--"]
    data, log = root / "data", root / "server.log"
    port = _free_port()

    def run(*cmd: str) -> subprocess.CompletedProcess:
        return subprocess.run([*run_as, *cmd], capture_output=True, text=True, timeout=120)

    made = run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
               "--no-locale", "--no-sync")
    if made.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"initdb failed: {made.stderr.strip() or made.stdout.strip()}", pytrace=False)
    # one role logs in with a password (scram-sha-256) so that the password paths are tested; the rest: trust
    (data / "pg_hba.conf").write_text("local all all trust\n"
                                      f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n"
                                      "host all all 127.0.0.1/32 trust\n", encoding="utf-8")
    options = (f"-k {root} -p {port} -c listen_addresses=127.0.0.1 -F -c full_page_writes=off "
               "-c synchronous_commit=off -c max_connections=40")
    started = run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", options, "start")
    if started.returncode != 0:
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {started.stderr.strip() or started.stdout.strip()}\n{tail}",
                    pytrace=False)
    try:
        server = PgServer(host="127.0.0.1", port=port, socket_dir=str(root), user="postgres")
        with contextlib.closing(server.admin()) as con:
            con.execute(f"CREATE ROLE {PASSWORD_USER} LOGIN CREATEDB PASSWORD '{PASSWORD}'")
        yield server
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)


_numbers = itertools.count(1)


@pytest.fixture
def pg_password_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh database owned by a role that logs in with the password ``PASSWORD``; the URL names no password."""
    name = f"dangjian_pw_{os.getpid()}_{next(_numbers)}"
    with contextlib.closing(pg_server.admin()) as con:
        con.execute(f'CREATE DATABASE "{name}" OWNER {PASSWORD_USER}')
    yield f"postgresql://{PASSWORD_USER}@{pg_server.host}:{pg_server.port}/{name}"
    with contextlib.closing(pg_server.admin()) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database on the session's server, as a ``postgresql://`` URL (no password: trust)."""
    name = f"dangjian_test_{os.getpid()}_{next(_numbers)}"
    with contextlib.closing(pg_server.admin()) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    yield pg_server.url(name)
    with contextlib.closing(pg_server.admin()) as con:  # WITH (FORCE): a test's connection may still be open
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- a headquarters store on either engine (issue 22: "the HQ test modules run against both engines") ---------------
ENGINES = ("sqlite", "postgresql")
_HQ_URLS: dict[str, str] = {}  # headquarters folder -> the PostgreSQL database it stands for (this test's)


def hq_database(folder: Path | str) -> str | None:
    """The PostgreSQL URL of the headquarters store made for ``folder`` by ``make_hq``; None: its SQLite file."""
    return _HQ_URLS.get(str(Path(folder).resolve()))


def bind_hq(folder: Path | str, url: str | None) -> None:
    """Let ``folder`` stand for the PostgreSQL database ``url`` (None: its SQLite file again), for a fixture that
    makes its database itself (a module-scoped store copied per test: tests/exchange/test_hostile.py)."""
    key = str(Path(folder).resolve())
    if url is None:
        _HQ_URLS.pop(key, None)
    else:
        _HQ_URLS[key] = url


def open_hq(folder: Path | str, **kwargs):  # noqa: ANN003, ANN201 - Services
    """The store of ``folder``: its SQLite file, or the PostgreSQL database ``make_hq`` gave it."""
    from dangjian_desktop.services.container import Services

    return Services.open(folder, database=hq_database(folder), **kwargs)


def hq_cli(folder: Path | str) -> list[str]:
    """``--data-dir FOLDER`` and, on PostgreSQL, ``--database URL``: the CLI's words for the same store."""
    url = hq_database(folder)
    return ["--data-dir", str(folder), *(["--database", url] if url else [])]


@pytest.fixture(scope="session")
def pg_hq_template(pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database holding the empty schema (made once: every table, index and trigger by ``Store.open_postgresql``),
    copied for each test with ``CREATE DATABASE … TEMPLATE`` (a file copy: far faster than making the schema)."""
    from dangjian_desktop.services.container import Services

    name = f"dangjian_hq_template_{os.getpid()}"
    with contextlib.closing(pg_server.admin()) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    Services.open(tmp_path_factory.mktemp("pg-template"), database=pg_server.url(name)).close()
    return name


@pytest.fixture
def hq_engine(request: pytest.FixtureRequest) -> str:
    """The engine of this test's headquarters store: SQLite unless the module overrides this fixture with
    ``@pytest.fixture(params=ENGINES)`` (the HQ test modules do), a test is marked ``@on_both_engines``, or
    ``DANGJIAN_TEST_HQ_ENGINE=postgresql`` puts every ``make_hq``/``hq_dir`` store on the server (a look for
    parity bugs beyond those modules)."""
    return getattr(request, "param", None) or os.environ.get("DANGJIAN_TEST_HQ_ENGINE", "sqlite")


# one test of a module on both engines (the module's others on SQLite only: the suite's time)
on_both_engines = pytest.mark.parametrize("hq_engine", ENGINES, indirect=True)


@pytest.fixture(scope="session")
def _sqlite_hq_templates(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN202
    """``made(folder, name)``: a new SQLite headquarters store named ``name`` copied into ``folder``, from one made
    once per session per name (tests/store_templates.py)."""
    from tests.store_templates import StoreTemplates

    templates = StoreTemplates(tmp_path_factory, "hq-template")

    def made(folder: Path, name: str) -> Path:
        def make(template: Path) -> None:
            with contextlib.closing(open_hq(template)) as s:
                s.branch.init_headquarters(name)

        return templates.copy(folder, make, name)

    return made


@pytest.fixture
def make_hq(request: pytest.FixtureRequest, hq_engine: str, _sqlite_hq_templates) -> Iterator:  # noqa: ANN001
    """``make_hq(folder, name=None) -> folder``: a headquarters store for ``folder`` on this test's engine (on
    PostgreSQL a fresh database copied from the template, named after the test; ``open_hq``/``hq_cli``/the
    exchange tests' ``opened`` find it by the folder); ``name`` given: ``init_headquarters(name)`` done; ``like``:
    the database to copy instead of the empty schema (PostgreSQL; a module's store made once)."""
    made: list[tuple[str, str]] = []

    def make(folder: Path, name: str | None = None, *, like: str | None = None) -> Path:
        folder = Path(folder)
        if hq_engine == "postgresql":
            server: PgServer = request.getfixturevalue("pg_server")
            template = like or request.getfixturevalue("pg_hq_template")
            dbname = f"dangjian_hq_{os.getpid()}_{next(_numbers)}"
            with contextlib.closing(server.admin()) as con:
                con.execute(f'CREATE DATABASE "{dbname}" TEMPLATE "{template}"')
            key = str(folder.resolve())
            _HQ_URLS[key] = server.url(dbname)
            made.append((key, dbname))
        elif name is not None and hq_database(folder) is None and not (folder.exists() and any(folder.iterdir())):
            return _sqlite_hq_templates(folder, name)  # a copy of the session's new store of that name
        if name is not None:
            with contextlib.closing(open_hq(folder)) as s:
                s.branch.init_headquarters(name)
        return folder

    yield make
    if made:
        server = request.getfixturevalue("pg_server")
        with contextlib.closing(server.admin()) as con:
            for key, dbname in made:
                _HQ_URLS.pop(key, None)
                con.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


def store_query(folder: Path | str, sql: str, params: tuple = (), *, write: bool = False) -> list[tuple]:
    """Rows of ``sql`` (``?`` placeholders) read straight from the store of ``folder``, past the app: its SQLite
    file, or its PostgreSQL database (``hq_database``). ``write``: commit (and return no rows)."""
    url = hq_database(folder)
    if url is None:
        import sqlite3

        con = sqlite3.connect(Path(folder) / "dangjian.sqlite3")
        try:
            with con:
                cur = con.execute(sql, params)
                return [] if write else cur.fetchall()
        finally:
            con.close()
    import psycopg

    from dangjian_desktop.storage.pg import qmark_to_format

    with psycopg.connect(url, autocommit=True) as con:
        cur = con.execute(qmark_to_format(sql), params)
        return [] if write else [tuple(r) for r in cur.fetchall()]
