"""A real PostgreSQL server for the headquarters-on-PostgreSQL tests (issue 22): a throwaway cluster made with the
installed server's ``initdb``/``pg_ctl`` in a temp folder (its unix socket there, TCP on 127.0.0.1 and a free
port), started once per session; every test gets a database of its own (``CREATE DATABASE``).

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

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

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


# -- the OS's credential store, and a headquarters store that needs the password ------------------------------------
class MemoryKeyring(KeyringBackend):
    """The OS's credential store, in memory."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.refuse = False

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.refuse:
            raise keyring.errors.PasswordSetError("locked")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError(username)
        del self.items[(service, username)]


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    yield fake
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def hq_url(pg_password_url, tmp_path, monkeypatch) -> str:
    from dangjian_desktop import cli

    """A headquarters store on a database whose user logs in with ``PASSWORD`` (made with PGPASSWORD)."""
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert cli.main(["--data-dir", str(tmp_path / "admin"), "--database", pg_password_url, "hq-init", "--name",
                     "示范能源公司党委"]) == 0
    monkeypatch.delenv("PGPASSWORD")
    return pg_password_url
