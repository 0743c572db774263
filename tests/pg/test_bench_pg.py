"""The HQ benchmark's PostgreSQL figures (``--pg-url``, issue 22) run end to end at a tiny scale against the test
server, next to SQLite's, in the agreed JSON shape. No timing is asserted (figures are read from BENCHMARKS.md)."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dangjian_desktop.bench_hq_pg import DATABASE, IMPORT_DATABASE, OLD_DATABASE, _replace

ROOT = Path(__file__).resolve().parents[2]


def _bench(url: str, work: Path, *extra: str) -> dict[str, dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "dangjian_desktop.bench", "--json", "--only", "hq", "--runs", "1", "--scale",
         "0.005", "--branches", "2", "--work-dir", str(work), "--pg-url", url, *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {f["name"]: f for f in json.loads(proc.stdout)}


def _databases(pg_server) -> dict[str, str | None]:  # noqa: ANN001
    with contextlib.closing(pg_server.admin()) as con:
        return dict(con.execute("SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database").fetchall())


@pytest.mark.slow
def test_bench_hq_on_postgresql_at_tiny_scale(pg_server, tmp_path: Path) -> None:  # noqa: ANN001
    url = pg_server.url("postgres")
    try:
        figures = _bench(url, tmp_path)
        for name in ("hq_pg_import_2_packages", "hq_pg_search_index_catch_up",
                     "hq_pg_first_paint", "hq_pg_meeting_filter", "hq_pg_meeting_text_filter",
                     "hq_pg_meeting_text_type_filter", "hq_pg_search_1_hit", "hq_pg_search_2_miss_common",
                     "hq_pg_search_4_miss", "hq_pg_sort_title", "hq_pg_sort_status", "memory_hq_pg_window_peak_rss"):
            assert name in figures, (name, sorted(figures))
            assert figures[name]["value"] > 0
        # both engines' imports in one run, of the same packages, against the same floor (unzip and parse)
        sq, pg = figures["hq_import_2_packages"], figures["hq_pg_import_2_packages"]
        assert pg["floor"] == sq["floor"] > 0
        assert pg["ratio"] == pytest.approx(pg["value"] / pg["floor"])
        assert "SQLite" in pg["target"]
        # both engines in one run: every SQLite figure of the window has its PostgreSQL twin
        for name in figures:
            if name.startswith("hq_search_") or name.startswith("hq_sort_") or name.startswith("hq_meeting_"):
                assert "hq_pg_" + name[len("hq_"):] in figures, name
        # the same packages on both: the PostgreSQL figures' notes count the same meetings as SQLite's
        assert figures["hq_pg_meeting_filter"]["target"] == figures["hq_meeting_filter"]["target"]
        # the imported store took the bench's name, with a comment saying what was imported into it
        databases = _databases(pg_server)
        assert IMPORT_DATABASE not in databases and OLD_DATABASE not in databases
        assert databases[DATABASE] == "dangjian bench: 2 packages of hq-packages-b1 imported"
        # --reuse-hq alone: SQLite's store reused, PostgreSQL imports again (its floor measured all the same),
        # replacing the database of the first run
        oid = _oid(pg_server, DATABASE)
        again = _bench(url, tmp_path, "--reuse-hq")
        assert "hq_import_2_packages" not in again and again["hq_pg_import_2_packages"]["floor"] > 0
        assert _oid(pg_server, DATABASE) != oid
        # --reuse-pg too: the imported database is kept (no import figure), the window's figures measured on it
        oid = _oid(pg_server, DATABASE)
        third = _bench(url, tmp_path, "--reuse-hq", "--reuse-pg")
        assert "hq_pg_meeting_filter" in third and "hq_pg_import_2_packages" not in third
        assert "hq_pg_search_index_catch_up" not in third
        assert _oid(pg_server, DATABASE) == oid
    finally:
        with contextlib.closing(pg_server.admin()) as con:
            for name in (DATABASE, IMPORT_DATABASE, OLD_DATABASE):
                con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _oid(pg_server, name: str) -> int:  # noqa: ANN001
    with contextlib.closing(pg_server.admin()) as con:
        return con.execute("SELECT oid FROM pg_database WHERE datname = %s", (name,)).fetchone()[0]


def test_an_imported_database_replaces_the_old_one_once_nobody_reads_it(pg_server) -> None:  # noqa: ANN001
    """A program connected to the old database is waited for, not cut off: still there when the wait ends, the new
    database keeps its own name and both stay; once it has left, the new one takes the name and the old one goes."""
    import psycopg

    old, new = "dangjian_replace_a", "dangjian_replace_b"
    url = pg_server.url("postgres")
    with contextlib.closing(pg_server.admin()) as con:
        for name in (old, new, OLD_DATABASE):
            con.execute(f'DROP DATABASE IF EXISTS "{name}"')
        con.execute(f'CREATE DATABASE "{old}"')
        con.execute(f'CREATE DATABASE "{new}"')
        con.execute(f"COMMENT ON DATABASE \"{new}\" IS 'new'")
    try:
        reader = psycopg.connect(pg_server.url(old))
        try:
            assert _replace(url, new, old, wait=0) == new
            assert reader.execute("SELECT 1").fetchone() == (1,), "the reader was not cut off"
            databases = _databases(pg_server)
            assert old in databases and databases[new] == "new"
        finally:
            reader.close()
        assert _replace(url, new, old, wait=0) == old
        databases = _databases(pg_server)
        assert databases[old] == "new" and new not in databases and OLD_DATABASE not in databases
    finally:
        with contextlib.closing(pg_server.admin()) as con:
            for name in (old, new, OLD_DATABASE):
                con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_cluster_already_running_is_found_by_its_pid_file(tmp_path: Path) -> None:
    """``local_cluster`` uses a server someone else started on its folder (another bench run, one started by
    hand) instead of failing to start a second one: the port is read from ``postmaster.pid`` while its process
    lives; a stale file (the process gone) or none means nothing runs."""
    import os

    from dangjian_desktop.bench_hq_pg import _running_port

    assert _running_port(tmp_path) is None
    pid_file = tmp_path / "postmaster.pid"
    pid_file.write_text(f"{os.getpid()}\n{tmp_path}\n1765000000\n55432\n/tmp\n127.0.0.1\n")
    assert _running_port(tmp_path) == 55432
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    pid_file.write_text(f"{gone}\n{tmp_path}\n1765000000\n55432\n")
    assert _running_port(tmp_path) is None
    pid_file.write_text("garbage")
    assert _running_port(tmp_path) is None
