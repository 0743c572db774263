"""The HQ benchmark's PostgreSQL figures (``--pg-url``, issue 22) run end to end at a tiny scale against the test
server, next to SQLite's, in the agreed JSON shape. No timing is asserted (figures are read from BENCHMARKS.md)."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dangjian_desktop.bench_hq_pg import DATABASE, IMPORT_DATABASE

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_bench_hq_on_postgresql_at_tiny_scale(pg_server, tmp_path: Path) -> None:  # noqa: ANN001
    url = pg_server.url("postgres")
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "dangjian_desktop.bench", "--json", "--only", "hq", "--runs", "1", "--scale",
             "0.005", "--branches", "2", "--work-dir", str(tmp_path), "--pg-url", url],
            cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
        assert proc.returncode == 0, proc.stderr[-3000:]
        figures = {f["name"]: f for f in json.loads(proc.stdout)}
        for name in ("hq_pg_import_2_packages", "hq_pg_migrate_from_sqlite", "hq_pg_search_index_catch_up",
                     "hq_pg_first_paint", "hq_pg_meeting_filter", "hq_pg_meeting_text_filter",
                     "hq_pg_meeting_text_type_filter", "hq_pg_search_1_hit", "hq_pg_search_2_miss_common",
                     "hq_pg_search_4_miss", "hq_pg_sort_title", "hq_pg_sort_status", "memory_hq_pg_window_peak_rss"):
            assert name in figures, (name, sorted(figures))
            assert figures[name]["value"] > 0
        # both engines in one run: every SQLite figure of the window has its PostgreSQL twin
        for name in figures:
            if name.startswith("hq_search_") or name.startswith("hq_sort_") or name.startswith("hq_meeting_"):
                assert "hq_pg_" + name[len("hq_"):] in figures, name
        # the same store on both: the PostgreSQL figures' notes count the same meetings as SQLite's
        assert figures["hq_pg_meeting_filter"]["target"] == figures["hq_meeting_filter"]["target"]
        # a second run reuses the migrated store (no migration figure), as --reuse-hq does for SQLite
        again = subprocess.run(
            [sys.executable, "-m", "dangjian_desktop.bench", "--json", "--only", "hq", "--runs", "1", "--scale",
             "0.005", "--branches", "2", "--work-dir", str(tmp_path), "--pg-url", url, "--reuse-hq"],
            cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
        assert again.returncode == 0, again.stderr[-3000:]
        names = {f["name"] for f in json.loads(again.stdout)}
        assert "hq_pg_meeting_filter" in names and "hq_pg_migrate_from_sqlite" not in names
    finally:
        with contextlib.closing(pg_server.admin()) as con:
            for name in (DATABASE, IMPORT_DATABASE):
                con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
