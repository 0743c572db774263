"""Fixtures for the data package: a demo branch store and a headquarters store, never open at the same time
(the store binds the models to one database per process). The headquarters store is on SQLite unless the module
runs on both engines (``hq_engine`` over ``ENGINES``, tests/pg/cluster.py): ``opened`` finds its database."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from dangjian_desktop.cli import main
from dangjian_desktop.exchange import format as fmt
from dangjian_desktop.services.container import Services
from tests.pg.cluster import hq_database, open_hq

PASSWORD = "党支部2026pw"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at the lowest accepted cost: the real default is exercised in test_crypto."""
    monkeypatch.setitem(fmt.KDF_DEFAULT, "n", 2**10)


@pytest.fixture
def all_documents() -> None:
    """Request it to put every document of the 报表 registry into the packages (the year's ledger is slow)."""


@pytest.fixture(autouse=True)
def roster_document_only(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if "all_documents" in request.fixturenames:
        return
    from dangjian_desktop.services import exchange

    real = exchange.package_documents
    monkeypatch.setattr(exchange, "package_documents",
                        lambda services: [d for d in real(services) if d[0] == "党员名册"])


@pytest.fixture(scope="session")
def _two_branches_made(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The folders of test_confinement's ``two_branches`` on SQLite once it has been made (per pinned date and set
    of record kinds), for the next tests to copy (in three modules): three stores, two exports and an import take
    seconds, in 30 tests."""
    return {"root": tmp_path_factory.mktemp("two-branches")}


@pytest.fixture
def pwfile(tmp_path: Path) -> Path:
    """The package password in a file, as headquarters' scripts pass it (``--password-file``)."""
    p = tmp_path / "pw.txt"
    p.write_text(PASSWORD + "\n", encoding="utf-8")
    return p


def run(capsys, *argv: object) -> tuple[int, str, str]:  # noqa: ANN001
    """``dangjian ARGV…`` in this process: its exit code, standard output and standard error."""
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@contextlib.contextmanager
def opened(path: Path) -> Iterator[Services]:
    s = Services.open(path, database=hq_database(path))
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def branch_dir(tmp_path: Path, demo_copy) -> Path:
    """The demo branch (a copy of the session's demo store: every test's branch is the same branch)."""
    return demo_copy(tmp_path / "branch")


@pytest.fixture
def hq_dir(tmp_path: Path, make_hq) -> Path:
    return make_hq(tmp_path / "hq", "示范能源公司党委")


@pytest.fixture
def hq(hq_dir: Path) -> Iterator[Services]:
    """A headquarters store, open (on the engine of ``hq_engine``)."""
    s = open_hq(hq_dir)
    yield s
    s.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    d = tmp_path / "stick"
    d.mkdir()
    return d


def export(branch_dir: Path, out: Path, *, password: str | None = PASSWORD, since_last: bool = False):
    with opened(branch_dir) as s:
        return s.exchange.export(out, password=password, since_last=since_last, allow_unencrypted=password is None)


def import_(hq_dir: Path, *paths: Path, password: str | list[str] | None = PASSWORD):
    with opened(hq_dir) as s:
        return s.exchange.import_packages(list(paths), password)


@pytest.fixture
def package(branch_dir: Path, stick: Path) -> Path:
    return Path(export(branch_dir, stick).path)


def store_snapshot(data_dir: Path) -> dict:
    """Everything a receiving store holds: every row of every table (SQLite file or PostgreSQL database), and
    every file (by hash)."""
    url = hq_database(data_dir)
    if url is not None:
        import psycopg

        with psycopg.connect(url) as pg:
            tables = [r[0] for r in pg.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                               "ORDER BY tablename")]
            rows = {t: sorted(map(repr, pg.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables}
    else:
        con = sqlite3.connect(data_dir / "dangjian.sqlite3")
        try:
            # sqlite_stat1: SQLite's query planner statistics (PRAGMA optimize at close may refresh them), not data
            tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                                "AND name NOT LIKE 'sqlite_stat%' ORDER BY name")]
            rows = {t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"').fetchall())) for t in tables}
        finally:
            con.close()
    files = {}
    for p in sorted(data_dir.rglob("*")):
        if p.is_file() and p.parent.name not in ("logs",) and not p.name.startswith("dangjian.sqlite3") \
                and p.name != "dangjian.lock":
            files[p.relative_to(data_dir).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return {"rows": rows, "files": files}


def counts(data_dir: Path) -> dict[str, int]:
    with opened(data_dir) as s:
        return s.info.counts()


def manifest_of(path: Path, password: str | None = PASSWORD) -> dict:
    from dangjian_desktop.exchange import reader

    with reader.open_package(path, password) as pkg:
        return json.loads(json.dumps(pkg.manifest))
