"""The headquarters figures on PostgreSQL (issue 22), in the same run as SQLite's (``python -m dangjian_desktop.bench
--only hq --pg`` or ``--pg-url URL``): the server on this machine.

* ``--pg``: a throwaway cluster made with the installed server's ``initdb``/``pg_ctl`` in the work folder
  (``<work>/pg``, as the ``postgres`` user when run as root), started for the run and stopped after it; kept between
  runs with ``--work-dir`` like the SQLite store.
* ``--pg-url URL``: a server already running; the database named in the URL is made (``CREATE DATABASE``, through
  the maintenance database ``postgres``) when it does not exist.

The store is loaded from the SQLite store the HQ group imported (``hq-migrate``, the way headquarters moves to
PostgreSQL; figure ``hq_pg_migrate_from_sqlite``), then its search index catches up (``hq_pg_search_index_catch_up``).
The import itself on PostgreSQL is measured on the first ``IMPORT_PACKAGES`` packages into an empty database of
its own, against the same packages on SQLite in the same run (importing all 500 twice would take most of an hour).
Then the same window figures as on SQLite: first paint, list filter, sort, search, memory.
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
from collections.abc import Iterator
from pathlib import Path

from dangjian_desktop.bench import Figure, Options, _env, _peak_rss_run

IMPORT_PACKAGES = 20
DATABASE = "dangjian_bench_hq"
IMPORT_DATABASE = "dangjian_bench_import"


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


def bench_hq_pg(opts: Options, packages: list[Path], sqlite_store: Path, sqlite_import_per_package: float | None,
                child: Path, child_args: list[str]) -> list[Figure]:
    """The PostgreSQL figures (see the module's docstring); ``child``/``child_args``: the SQLite figures' child
    script and its arguments (the store's folder first), run again with the database URL."""
    if opts.pg_url:
        return _figures(opts, opts.pg_url, packages, sqlite_store, sqlite_import_per_package, child, child_args)
    with local_cluster(opts.work / "pg") as url:
        return _figures(opts, url, packages, sqlite_store, sqlite_import_per_package, child, child_args)


def _figures(opts: Options, server: str, packages: list[Path], sqlite_store: Path,
             sqlite_import_per_package: float | None, child: Path, child_args: list[str]) -> list[Figure]:
    from dangjian_desktop.services import hq_migrate
    from dangjian_desktop.services.container import Services

    folder = opts.work / "hq-pg-folder"  # this PC's folder of the PostgreSQL store (logs, scratch files)
    figures: list[Figure] = []
    # 1. import on PostgreSQL: the first packages into an empty database, per package against SQLite's
    some = packages[:IMPORT_PACKAGES]
    url = _fresh_database(server, IMPORT_DATABASE)
    with Services.open(folder / "import", database=url) as s:
        s.branch.init_headquarters("示范能源公司党委")
        start = time.perf_counter()
        for r in s.exchange.import_packages(some):
            if not r.inserted:
                raise RuntimeError(f"import of {r.path} into PostgreSQL failed: {r.reason}")
        value = time.perf_counter() - start
        start = time.perf_counter()
        s.search_index.catch_up()
        indexing = time.perf_counter() - start
    with _admin(server) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{IMPORT_DATABASE}"')
    n = len(some)
    versus = (f"; SQLite {sqlite_import_per_package:.2f} s a package in this run"
              if sqlite_import_per_package is not None else "")
    figures.append(Figure(f"hq_pg_import_{n}_packages", value, "s", None, None,
                          f"report ({value / n:.2f} s a package{versus}; index catch-up {indexing:.1f} s after)"))
    # 2. the whole store: moved from the SQLite store (hq-migrate), kept between runs like the SQLite store
    marker = opts.work / "hq-pg-folder" / ".bench-migrated"
    # the SQLite store's import marker (written when the HQ group imported the packages): a new import, a new copy
    stamp = f"{server}|{len(packages)}|{(sqlite_store / '.bench-imported').stat().st_mtime_ns}"
    url = _with_db(server, DATABASE)
    if not (marker.exists() and marker.read_text(encoding="utf-8") == stamp and _exists(server, DATABASE)):
        _fresh_database(server, DATABASE)
        start = time.perf_counter()
        moved = hq_migrate.migrate_to_postgresql(sqlite_store, url)
        migrate = time.perf_counter() - start
        start = time.perf_counter()
        with Services.open(folder, database=url) as s:
            s.search_index.catch_up()
            s.store.database.execute_sql("VACUUM ANALYZE")  # what autovacuum does soon after a bulk load
        catch_up = time.perf_counter() - start
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(stamp, encoding="utf-8")
        figures.append(Figure("hq_pg_migrate_from_sqlite", migrate, "s", None, None,
                              f"report (dangjian hq-migrate --to: {moved.rows} rows, every table counted)"))
        figures.append(Figure("hq_pg_search_index_catch_up", catch_up, "s", None, None,
                              "report (all meetings after hq-migrate, then VACUUM ANALYZE)"))
    # 3. the window's figures, as on SQLite
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
