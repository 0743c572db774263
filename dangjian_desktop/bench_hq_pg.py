"""The headquarters figures on PostgreSQL (issue 22), in the same run as SQLite's (``python -m dangjian_desktop.bench
--only hq --pg`` or ``--pg-url URL``): the server on this machine.

* ``--pg``: a throwaway cluster made with the installed server's ``initdb``/``pg_ctl`` in the work folder
  (``<work>/pg``, as the ``postgres`` user when run as root), started for the run and stopped after it (a server
  already running on that folder is used as it is, and left running); kept between runs with ``--work-dir``.
* ``--pg-url URL``: a server already running; the databases are made through its maintenance database ``postgres``.

The same packages SQLite imported are imported into an empty database (``dangjian_bench_hq_import``) the way
``dangjian --database URL import`` does (``import_packages``, then the search index's catch-up, each timed; figures
``hq_pg_import_N_packages`` against the same floor as SQLite's, unzip and parse, and ``hq_pg_search_index_catch_up``),
then ``VACUUM ANALYZE`` (what autovacuum does soon after). The imported database then takes the name
``dangjian_bench_hq``, replacing the one an earlier run left once nobody is connected to it (another program reading
it is waited for, never cut off); its comment says what was imported, and ``--reuse-pg`` keeps it for the next run
(500 imports take about 17 minutes). Then the same window figures as on SQLite: first paint, list filter, sort,
search, memory.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from collections.abc import Callable, Iterator
from pathlib import Path

from dangjian_desktop.bench import Figure, Options, _env, _peak_rss_run

DATABASE = "dangjian_bench_hq"
IMPORT_DATABASE = "dangjian_bench_hq_import"  # the import's database until it replaces DATABASE
OLD_DATABASE = "dangjian_bench_hq_old"
REPLACE_WAIT = 600.0  # seconds to wait for other programs to leave DATABASE before replacing it
BATCH = 20  # packages per import_packages call, as on SQLite


def _bindir() -> Path:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if not versions:
        raise RuntimeError("--pg: no PostgreSQL server (initdb/pg_ctl) on this machine: install Debian's postgresql "
                           "package (bash scripts/system-deps.sh --test), or give --pg-url")
    return versions[-1].parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def local_cluster(folder: Path) -> Iterator[str]:
    """A cluster in ``folder`` (made when missing), started on a free port for the ``with`` block and stopped
    after it; yields the URL of its maintenance database (trust authentication on 127.0.0.1)."""
    bindir = _bindir()
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    data, log = folder / "data", folder / "server.log"

    def run(*cmd: str) -> None:
        proc = subprocess.run([*run_as, *cmd], capture_output=True, text=True, timeout=600, check=False)
        if proc.returncode != 0:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{cmd[0]} failed: {proc.stderr.strip() or proc.stdout.strip()}\n{tail}")

    folder.mkdir(parents=True, exist_ok=True)
    running = _running_port(data)
    if running is not None:  # started by someone else (another bench run, by hand): used, and left running
        yield f"postgresql://postgres@127.0.0.1:{running}/postgres"
        return
    if run_as:
        shutil.chown(folder, "postgres", "postgres")
    if not (data / "PG_VERSION").exists():
        shutil.rmtree(data, ignore_errors=True)
        run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale",
            "--no-sync")
    port = _free_port()
    # a small office server's settings, not a tuned one: shared_buffers as Debian's default cluster has it x8
    options = (f"-k {folder} -p {port} -c listen_addresses=127.0.0.1 -c shared_buffers=1GB "
               "-c maintenance_work_mem=512MB -c max_wal_size=4GB -c synchronous_commit=off")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "120", "-o", options, "start")
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")


def _running_port(data: Path) -> int | None:
    """The port of the server running on the cluster ``data`` (its ``postmaster.pid``), None when none runs."""
    try:
        lines = (data / "postmaster.pid").read_text().splitlines()
        pid, port = int(lines[0]), int(lines[3])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return None
    return port


def _with_db(url: str, dbname: str) -> str:
    head, _, _ = url.rpartition("/")
    return f"{head}/{dbname}"


def _admin(url: str):  # noqa: ANN202 - a psycopg connection to the server's maintenance database, autocommit
    import psycopg

    from dangjian_desktop.storage.engine import parse_target

    target = parse_target(_with_db(url, "postgres"))
    return psycopg.connect(autocommit=True, **{**target.connect_params(), "dbname": "postgres"})


def _fresh_database(url: str, dbname: str) -> str:
    with _admin(url) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
        con.execute(f'CREATE DATABASE "{dbname}"')
    return _with_db(url, dbname)


def _exists(url: str, dbname: str) -> bool:
    with _admin(url) as con:
        return con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (dbname,)).fetchone() is not None


def _comment(url: str, dbname: str) -> str | None:
    """The comment of database ``dbname`` (what the bench imported into it), None when it has none or is missing."""
    with _admin(url) as con:
        row = con.execute("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
                          (dbname,)).fetchone()
    return row[0] if row else None


def _stamp(packages: list[Path]) -> str:
    return f"dangjian bench: {len(packages)} packages of {packages[0].parent.name} imported" if packages else ""


def _replace(url: str, new: str, name: str, wait: float = REPLACE_WAIT) -> str:
    """Give database ``new`` the name ``name``, dropping the database that had it; returns the name it has after.

    Another program reading ``name`` (a first-paint measure) is waited for up to ``wait`` seconds, never cut off;
    still busy then, ``new`` keeps its own name (and the next run imports again). The old one is renamed away and
    the new one renamed in straight after, so a database of that name is missing only between two statements."""
    import psycopg

    deadline = time.monotonic() + wait
    with _admin(url) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{OLD_DATABASE}"')
        while True:
            try:
                if con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
                    con.execute(f'ALTER DATABASE "{name}" RENAME TO "{OLD_DATABASE}"')
                break
            except psycopg.errors.ObjectInUse:  # "being accessed by other users"
                if time.monotonic() > deadline:
                    print(f"bench: {name} still in use after {wait:.0f} s; the import stays in {new}",
                          file=sys.stderr)
                    return new
                time.sleep(5)
        con.execute(f'ALTER DATABASE "{new}" RENAME TO "{name}"')
        con.execute(f'DROP DATABASE IF EXISTS "{OLD_DATABASE}"')
    return name


def bench_hq_pg(opts: Options, packages: list[Path], sqlite_import_per_package: float | None,
                floor_of: Callable[[], float], child: Path, child_args: list[str]) -> list[Figure]:
    """The PostgreSQL figures (see the module's docstring); ``floor_of``: the import's floor (SQLite's, measured
    once a run); ``child``/``child_args``: the SQLite figures' child script and its arguments (the store's folder
    first), run again with the database URL."""
    if opts.pg_url:
        return _figures(opts, opts.pg_url, packages, sqlite_import_per_package, floor_of, child, child_args)
    with local_cluster(opts.work / "pg") as url:
        return _figures(opts, url, packages, sqlite_import_per_package, floor_of, child, child_args)


def _import(folder: Path, url: str, packages: list[Path]) -> tuple[float, float, float]:
    """Import ``packages`` into the empty database ``url`` as ``dangjian --database URL import`` does, in batches;
    the seconds of the import, of the search index's catch-up after it, and of VACUUM ANALYZE."""
    from dangjian_desktop.services.container import Services

    with Services.open(folder, database=url) as s:
        s.branch.init_headquarters("示范能源公司党委")
        start = time.perf_counter()
        for i in range(0, len(packages), BATCH):
            for r in s.exchange.import_packages(packages[i:i + BATCH]):
                if not r.inserted:
                    raise RuntimeError(f"import of {r.path} into PostgreSQL failed: {r.reason}")
            print(f"bench: PostgreSQL import {min(i + BATCH, len(packages))}/{len(packages)} "
                  f"{time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
        imported = time.perf_counter() - start
        start = time.perf_counter()
        s.search_index.catch_up()
        indexed = time.perf_counter() - start
        start = time.perf_counter()
        s.store.database.execute_sql("VACUUM ANALYZE")
        vacuumed = time.perf_counter() - start
    return imported, indexed, vacuumed


def _figures(opts: Options, server: str, packages: list[Path], sqlite_import_per_package: float | None,
             floor_of: Callable[[], float], child: Path, child_args: list[str]) -> list[Figure]:
    folder = opts.work / "hq-pg-folder"  # this PC's folder of the PostgreSQL store (logs, scratch files)
    figures: list[Figure] = []
    stamp = _stamp(packages)
    name = DATABASE
    if not (opts.reuse_pg and _comment(server, DATABASE) == stamp):
        # 1. the import into an empty database, the index's catch-up after it
        url = _fresh_database(server, IMPORT_DATABASE)
        imported, indexed, vacuumed = _import(folder, url, packages)
        with _admin(server) as con:
            con.execute(f"COMMENT ON DATABASE \"{IMPORT_DATABASE}\" IS '{stamp}'")
        name = _replace(server, IMPORT_DATABASE, DATABASE)
        n = len(packages)
        floor = floor_of()
        versus = (f"; SQLite {sqlite_import_per_package:.2f} s a package in this run"
                  if sqlite_import_per_package is not None else "")
        figures.append(Figure(f"hq_pg_import_{n}_packages", imported, "s", floor, imported / floor if floor else None,
                              f"≤ 3× (dangjian --database URL import, batches of {BATCH}: {imported / n:.2f} s a "
                              f"package against {floor / n:.3f} s{versus})"))
        figures.append(Figure("hq_pg_search_index_catch_up", indexed, "s", None, None,
                              f"report (after the import, all its meetings; then VACUUM ANALYZE {vacuumed:.0f} s)"))
    url = _with_db(server, name)
    # 2. the window's figures, as on SQLite
    proc = subprocess.run([sys.executable, str(child), str(folder), *child_args, url], env=_env(),
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    app_args = [sys.executable, "-m", "dangjian_desktop", "--data-dir", str(folder), "--database", url,
                "--exit-after-show", "--page", "exchange"]
    _peak_rss_run(app_args, allow_crash_at_exit=True)
    app_runs = [_peak_rss_run(app_args, allow_crash_at_exit=True) for _ in range(max(1, min(3, opts.runs)))]
    rss = statistics.median(kb for _, kb in app_runs)
    from dangjian_desktop.bench_hq import window_figures

    figures.append(Figure("hq_pg_window_startup", statistics.median(t for t, _ in app_runs) * 1000, "ms", None, None,
                          f"report (window shown on 数据交换 with the HQ store on PostgreSQL: {r['meetings']} meetings)"))
    figures += window_figures(r, "hq_pg_")
    figures.append(Figure("memory_hq_pg_window_peak_rss", rss / 1024, "MB", None, None, "< 400 MB"))
    return figures
