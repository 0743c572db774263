"""The headquarters store on PostgreSQL (issue 22) against a real server (tests/pg/conftest.py): the same CLI
results as on SQLite, two importers at once applying each package exactly once, and branch commands refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dangjian_desktop import cli
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import SCHEMA_VERSION
from tests.pg.cluster import ENGINES, hq_cli, hq_database

HQ_NAME = "示范能源公司党委"
PACKAGES = 3  # one branch's packages, sequence 1..3
SMALL = 12  # small branches, one package each
_made: dict = {}


@pytest.fixture
def packages(demo_copy, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The demo branch's first package (full) and two increments after it (each after a change to a member),
    unencrypted, with only the roster's document (the year's ledger is slow): made once per session."""
    from dangjian_desktop import clock

    key = clock.today()
    if key not in _made:
        from dangjian_desktop.services import exchange

        branch = demo_copy(tmp_path_factory.mktemp("pg-branch") / "data")
        stick = tmp_path_factory.mktemp("pg-stick")
        real = exchange.package_documents
        out = []
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(exchange, "package_documents", lambda s: [d for d in real(s) if d[0] == "党员名册"])
            for n in range(PACKAGES):
                with Services.open(branch) as s:
                    if n:
                        first = s.roster.members()[0]
                        s.roster.save_member(dataclasses.replace(first, note=f"第{n}次报送后更正"))
                    r = s.exchange.export(stick / f"p{n + 1}.djpkg", password=None, since_last=n > 0,
                                          allow_unencrypted=True)
                    out.append(Path(r.path))
        with Services.open(branch) as s:
            profile = s.branch.require_profile()
            facts = {"uuid": profile.uuid, "name": profile.name, "members": s.roster.count()}
        _made[key] = (out, facts)
    return _made[key][0]


@pytest.fixture
def small_packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """One package from each of twelve small branches of their own (own UUID, own signing key), made once."""
    from dangjian_desktop import clock
    from dangjian_desktop.domain.roster import Branch, Member
    from dangjian_desktop.services import exchange

    key = ("small", clock.today())
    if key not in _made:
        stick = tmp_path_factory.mktemp("pg-small-stick")
        out = []
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(exchange, "package_documents", lambda s: [])
            for i in range(SMALL):
                with Services.open(tmp_path_factory.mktemp(f"pg-small-{i}") / "data") as s:
                    s.branch.save_profile(Branch(name=f"第{i + 1}党支部", parent_committee="示范能源公司党委"))
                    for n in range(i + 2):
                        s.roster.save_member(Member(name=f"党员{i}{n}", joined_party_on=dt.date(2010, 7, 1),
                                                    full_member_on=dt.date(2011, 7, 1)))
                    out.append(Path(s.exchange.export(stick / f"s{i}.djpkg", password=None,
                                                      allow_unencrypted=True).path))
        _made[key] = out
    return _made[key]


def branch_facts() -> dict:
    return next(v for k, v in _made.items() if not isinstance(k, tuple))[1]


def run_cli(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def store_args(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> list[str]:
    """--data-dir (and --database for PostgreSQL) of a new headquarters store on ``engine``."""
    args = ["--data-dir", str(tmp_path / f"hq-{engine}")]
    if engine == "postgresql":
        args += ["--database", request.getfixturevalue("pg_url")]
    return args


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_hq_init_import_and_branches_json(engine, packages, tmp_path, request, capsys):
    where = store_args(engine, tmp_path, request)
    code, out, err = run_cli(capsys, *where, "hq-init", "--name", HQ_NAME)
    assert code == 0, err
    assert HQ_NAME in out
    code, out, err = run_cli(capsys, *where, "import", "--json", *map(str, packages))
    assert code == 0, err
    assert [r["status"] for r in json.loads(out)] == ["imported"] * PACKAGES
    code, out, err = run_cli(capsys, *where, "branches", "--json")
    assert code == 0, err
    rows = json.loads(out)
    facts = branch_facts()
    assert [(b["uuid"], b["name"], b["members"], b["sequence"]) for b in rows] == [
        (facts["uuid"], facts["name"], facts["members"], PACKAGES)]
    # the same package again: already imported, nothing changed
    code, out, err = run_cli(capsys, *where, "import", "--json", str(packages[0]))
    assert [r["status"] for r in json.loads(out)] != ["imported"]
    code, out, _ = run_cli(capsys, *where, "info", "--json")
    info = json.loads(out)
    assert (info["mode"], info["hq_name"], info["schema_version"]) == ("hq", HQ_NAME, SCHEMA_VERSION)
    assert info["engine"] == engine
    if engine == "postgresql":
        assert info["database"] == request.getfixturevalue("pg_url")


def test_postgresql_gives_what_sqlite_gives(packages, pg_url, tmp_path, capsys):
    """branches --json, hq-overview --json and the record counts of `info` equal on both engines."""
    results = {}
    for engine, where in (("sqlite", ["--data-dir", str(tmp_path / "sq")]),
                          ("postgresql", ["--data-dir", str(tmp_path / "pg"), "--database", pg_url])):
        assert run_cli(capsys, *where, "hq-init", "--name", HQ_NAME)[0] == 0
        assert run_cli(capsys, *where, "import", *map(str, packages))[0] == 0
        outs = [json.loads(run_cli(capsys, *where, *cmd, "--json")[1])
                for cmd in (["branches"], ["hq-overview"], ["info"])]
        outs[2] = outs[2]["counts"]
        results[engine] = outs
    assert results["sqlite"] == results["postgresql"]
    assert results["postgresql"][0][0]["members"] == branch_facts()["members"]


@pytest.fixture(params=ENGINES)
def hq_engine(request: pytest.FixtureRequest) -> str:
    return request.param


def _importer_args(hq: Path, n: int) -> list[str]:
    """Importer ``n``'s words for the store: on PostgreSQL its own PC folder and the shared database; on SQLite
    the one headquarters folder (one writer: the second is told the folder is in use)."""
    url = hq_database(hq)
    return ["--data-dir", str(hq.parent / f"pc{n}"), "--database", url] if url else ["--data-dir", str(hq)]


def _each_applied_once(hq: Path, batches: list[list[Path]], outs: list[tuple[int, list[dict]]]) -> dict[str, int]:
    """How many times each package was applied, by every importer that ran, after the importers the SQLite
    folder turned away (exit 3, the folder in use) ran again on their own."""
    applied: dict[str, int] = {}
    for batch, (code, results) in zip(batches, outs, strict=True):
        if code == cli.EXIT_READ_ONLY:  # SQLite only: told the store is in use, nothing written
            assert hq_database(hq) is None
            [(code, results)] = importers(hq, [batch], single=True)
            assert code == 0
        assert code == 0
        for path, r in zip(batch, results, strict=True):
            applied[path.name] = applied.get(path.name, 0) + (r["status"] == "imported")
    return applied


def test_two_importers_at_once_apply_each_package_once(hq_engine, packages, small_packages, make_hq, tmp_path,
                                                       capsys):
    """Two `dangjian import` processes (two staff, each with the PC's own folder) over the same 15 packages at
    the same moment (30 imports between them): every package is applied by exactly one of them, and the store
    ends as one import leaves it. On SQLite (one PC, one writer) the second importer is turned away with the
    folder in use, and applies nothing twice when run again."""
    hq = make_hq(tmp_path / "hq", HQ_NAME)
    batch = [*packages, *small_packages]
    outs = importers(hq, [batch, list(reversed(batch))])
    applied = _each_applied_once(hq, [batch, list(reversed(batch))], outs)
    assert applied == {p.name: 1 for p in batch}
    # the store holds what a single import of them holds (SQLite, one process)
    sq = ["--data-dir", str(tmp_path / "sq")]
    run_cli(capsys, *sq, "hq-init", "--name", HQ_NAME)
    run_cli(capsys, *sq, "import", *map(str, batch))
    expected = json.loads(run_cli(capsys, *sq, "info", "--json")[1])["counts"]
    where = hq_cli(hq)
    assert json.loads(run_cli(capsys, *where, "info", "--json")[1])["counts"] == expected
    rows = json.loads(run_cli(capsys, *where, "branches", "--json")[1])
    assert sorted(b["sequence"] for b in rows) == [1] * SMALL + [PACKAGES]


def test_branch_commands_are_refused_on_postgresql(pg_url, tmp_path, capsys):
    where = ["--data-dir", str(tmp_path / "d"), "--database", pg_url]
    code, _, err = run_cli(capsys, *where, "demo")
    assert code == cli.EXIT_USER_ERROR
    assert "党支部使用的命令" in err and "PostgreSQL" in err
    # an empty database is not a headquarters store until hq-init made it one
    code, _, err = run_cli(capsys, *where, "branches", "--json")
    assert code == cli.EXIT_USER_ERROR
    assert "还不是上级党委数据" in err and "hq-init" in err
    code, _, err = run_cli(capsys, *where, "restore", str(tmp_path / "x.djbak"))
    assert code == cli.EXIT_USER_ERROR and "pg_restore" in err
    assert run_cli(capsys, *where, "hq-init", "--name", HQ_NAME)[0] == 0
    code, _, err = run_cli(capsys, *where, "roster", "import", str(tmp_path / "x.xlsx"))
    assert code == cli.EXIT_USER_ERROR and "党支部使用的命令" in err


def test_unreachable_server_and_foreign_database(pg_server, pg_url, tmp_path, capsys):
    import psycopg

    code, _, err = run_cli(capsys, "--data-dir", str(tmp_path / "d"), "--database",
                           pg_server.url("no_such_database_here"), "hq-init", "--name", HQ_NAME)
    assert code == cli.EXIT_USER_ERROR
    assert "无法连接数据库" in err and "no_such_database_here" in err
    with psycopg.connect(pg_url.replace("postgresql://postgres@", "postgresql://postgres@", 1),
                         autocommit=True) as con:
        con.execute("CREATE TABLE someone_elses (id integer)")
    code, _, err = run_cli(capsys, "--data-dir", str(tmp_path / "d"), "--database", pg_url, "hq-init",
                           "--name", HQ_NAME)
    assert code == cli.EXIT_USER_ERROR and "不属于本程序" in err


def test_newer_schema_on_the_server_is_refused(pg_url, tmp_path, capsys):
    import psycopg

    where = ["--data-dir", str(tmp_path / "d"), "--database", pg_url]
    assert run_cli(capsys, *where, "hq-init", "--name", HQ_NAME)[0] == 0
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute(f'UPDATE "dangjian_schema" SET "version" = {SCHEMA_VERSION + 1}')
    code, _, err = run_cli(capsys, *where, "branches")
    assert code == cli.EXIT_USER_ERROR
    assert "更新版本" in err


def importers(hq: Path, batches: list[list[Path]], *, single: bool = False) -> list[tuple[int, list[dict]]]:
    """``dangjian import --json`` of each batch in a process of its own, all started at once: (exit code, JSON
    results) of each. An exit code other than 0 is allowed only for a SQLite folder in use (3), with its message."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    procs = [subprocess.Popen([sys.executable, "-m", "dangjian_desktop.cli", *_importer_args(hq, n),
                               "import", "--json", *map(str, batch)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for n, batch in enumerate(batches)]
    outs = [p.communicate(timeout=180) for p in procs]
    done = []
    for p, (out, err) in zip(procs, outs, strict=True):
        if p.returncode == cli.EXIT_READ_ONLY and not single and hq_database(hq) is None:
            assert "另一个" in err and "正在使用" in err, err
            done.append((p.returncode, []))
            continue
        assert p.returncode == 0, err
        done.append((0, json.loads(out)))
    return done


def test_two_importers_of_different_branches_both_succeed(hq_engine, small_packages, make_hq, tmp_path, capsys):
    """Different branches' packages at once: every one applied, and no branch's status lost (the branches'
    status is one setting that both importers change)."""
    hq = make_hq(tmp_path / "hq", HQ_NAME)
    half = SMALL // 2
    batches = [small_packages[:half], small_packages[half:]]
    applied = _each_applied_once(hq, batches, importers(hq, batches))
    assert applied == {p.name: 1 for p in small_packages}
    rows = json.loads(run_cli(capsys, *hq_cli(hq), "branches", "--json")[1])
    assert sorted((r["name"], r["members"], r["sequence"]) for r in rows) == sorted(
        (f"第{i + 1}党支部", i + 2, 1) for i in range(SMALL))


def test_hq_migrate_moves_a_sqlite_headquarters_into_postgresql(packages, pg_url, tmp_path, capsys):
    """The first package imported on SQLite, moved by hq-migrate, the rest imported on PostgreSQL: the same as
    all of them imported on SQLite (ids go on after the copied ones)."""
    folder = ["--data-dir", str(tmp_path / "hq")]
    assert run_cli(capsys, *folder, "hq-init", "--name", HQ_NAME)[0] == 0
    assert run_cli(capsys, *folder, "import", str(packages[0]))[0] == 0
    before = json.loads(run_cli(capsys, *folder, "info", "--json")[1])["counts"]
    code, out, err = run_cli(capsys, *folder, "hq-migrate", "--to", pg_url, "--json")
    assert code == 0, err
    moved = json.loads(out)
    assert moved["rows"] == sum(t["postgresql"] for t in moved["tables"].values()) > 1000
    assert all(t["sqlite"] == t["postgresql"] for t in moved["tables"].values())
    on_pg = [*folder, "--database", pg_url]
    assert json.loads(run_cli(capsys, *on_pg, "info", "--json")[1])["counts"] == before
    # the meetings' text search: every copied meeting was queued for PostgreSQL's n-gram table (the SQLite
    # index is not copied); the search indexes that short queue first and finds what SQLite finds
    for query in ("党", "学习", "主题党日"):
        hits = [json.loads(run_cli(capsys, *where, "meetings", "search", query, "--json")[1]) for where in
                (folder, on_pg)]
        assert hits[1] == hits[0] and hits[1]["hits"] and not hits[1]["index_pending"], query
    results = json.loads(run_cli(capsys, *on_pg, "import", "--json", *map(str, packages[1:]))[1])
    assert [r["status"] for r in results] == ["imported"] * (PACKAGES - 1)
    sq = ["--data-dir", str(tmp_path / "sq")]
    run_cli(capsys, *sq, "hq-init", "--name", HQ_NAME)
    run_cli(capsys, *sq, "import", *map(str, packages))
    for cmd in (["branches"], ["hq-overview"]):
        assert json.loads(run_cli(capsys, *on_pg, *cmd, "--json")[1]) == json.loads(
            run_cli(capsys, *sq, *cmd, "--json")[1])
    # a second time: the database is no longer empty
    code, _, err = run_cli(capsys, *folder, "hq-migrate", "--to", pg_url)
    assert code == cli.EXIT_USER_ERROR and "已经有数据" in err


def test_hq_migrate_refuses_a_branch_folder(demo_copy, pg_url, tmp_path, capsys):
    branch = demo_copy(tmp_path / "branch")
    code, _, err = run_cli(capsys, "--data-dir", str(branch), "hq-migrate", "--to", pg_url)
    assert code == cli.EXIT_USER_ERROR and "党支部的数据" in err


def test_backup_is_a_pg_dump_that_pg_restore_brings_back(packages, pg_server, pg_url, tmp_path, capsys,
                                                          monkeypatch):
    import contextlib
    import shutil

    where = ["--data-dir", str(tmp_path / "pc"), "--database", pg_url]
    assert run_cli(capsys, *where, "hq-init", "--name", HQ_NAME)[0] == 0
    assert run_cli(capsys, *where, "import", str(packages[0]))[0] == 0
    before = json.loads(run_cli(capsys, *where, "info", "--json")[1])["counts"]
    code, out, err = run_cli(capsys, *where, "backup", "--out", str(tmp_path / "stick"))
    assert code == 0, err
    dump = Path(out.strip())
    assert dump.parent == tmp_path / "stick" and dump.suffix == ".dump" and dump.stat().st_size > 10_000
    restored = pg_url.rsplit("/", 1)[0] + "/restored_" + pg_url.rsplit("/", 1)[1]
    with contextlib.closing(pg_server.admin()) as con:
        con.execute(f'CREATE DATABASE "{restored.rsplit("/", 1)[1]}"')
    subprocess.run([shutil.which("pg_restore"), "--no-owner", "-h", pg_server.host, "-p", str(pg_server.port),
                    "-U", pg_server.user, "-d", restored.rsplit("/", 1)[1], str(dump)], check=True)
    again = ["--data-dir", str(tmp_path / "pc2"), "--database", restored]
    assert json.loads(run_cli(capsys, *again, "info", "--json")[1])["counts"] == before
    # no pg_dump on the PATH: said so, nothing written
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    code, _, err = run_cli(capsys, *where, "backup", "--out", str(tmp_path / "stick2"))
    assert code == cli.EXIT_USER_ERROR and "找不到 pg_dump" in err
    assert not (tmp_path / "stick2").exists()



def test_readers_see_whole_packages_while_an_import_runs(hq_engine, small_packages, make_hq, tmp_path):
    """A reader (another staff member's 数据交换 page) polling the branches while `dangjian import` applies twelve
    packages in another process: every branch it sees has all of its package's members, never some of them, and
    the branches come in as the importer applies them until all twelve are there (on PostgreSQL each package
    commits alone: the reader sees 0, 1, … 12 branches; on SQLite the group of packages commits at once: 0, then 12)."""
    import time

    from tests.pg.cluster import open_hq

    hq = make_hq(tmp_path / "hq", HQ_NAME)
    expected = {f"第{i + 1}党支部": i + 2 for i in range(SMALL)}
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    importer = subprocess.Popen([sys.executable, "-m", "dangjian_desktop.cli", *_importer_args(hq, 0), "import",
                                 "--json", *map(str, small_packages)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    seen: list[int] = []
    try:
        with open_hq(hq, read_only=True) as reader:
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline:
                done = importer.poll() is not None
                rows = reader.exchange.overview(count=False)
                assert {r.name: r.members for r in rows} == {r.name: expected[r.name] for r in rows}
                seen.append(len(rows))
                if done:
                    break
    finally:
        out, err = importer.communicate(timeout=180)
    assert importer.returncode == 0, err
    assert [r["status"] for r in json.loads(out)] == ["imported"] * SMALL
    assert seen[-1] == SMALL and seen == sorted(seen)  # never fewer branches than a moment before
