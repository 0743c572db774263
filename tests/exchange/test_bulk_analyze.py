"""After a headquarters import on SQLite the planner has statistics of every table (storage/bulk.analyze, a sampled
ANALYZE, the full-text index's shadow tables left out): without them SQLite takes a table it knows nothing of for a million rows, and a join of the branches
with the registry read the whole registry instead of probing it once a branch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dangjian_desktop.storage import bulk

from .conftest import import_


def _stats(hq: Path) -> dict[str, int]:
    """table -> the row count its statistics give (the first figure of ``sqlite_stat1.stat``)."""
    con = sqlite3.connect(hq / "dangjian.sqlite3")
    try:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            return {}
        return {t: int(s.split()[0]) for t, s in con.execute("SELECT tbl, stat FROM sqlite_stat1")}
    finally:
        con.close()


def _count(hq: Path, table: str) -> int:
    con = sqlite3.connect(hq / "dangjian.sqlite3")
    try:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()


def test_every_imported_table_has_statistics_of_its_rows_after_the_run(hq_dir: Path, package: Path):
    results = import_(hq_dir, package)
    assert results[0].inserted > 0
    stats = _stats(hq_dir)
    for table in ("branch", "member", "meeting", "meeting_attendance", "exchange_origin"):
        rows = _count(hq_dir, table)
        assert rows > 0 and table in stats, table
        if rows <= bulk.ANALYZE_ROWS:  # every row sampled: counted exactly
            assert stats[table] == rows, table
        else:  # estimated from the sample, the right size all the same
            assert rows / 2 <= stats[table] <= rows * 2, (table, stats[table], rows)
    # the full-text index's own tables are left to FTS5 (sampled statistics slowed the index's catch-up)
    assert not [t for t in stats if t.startswith("meeting_search")]


def test_the_sample_is_limited_and_the_setting_put_back(hq_dir: Path, package: Path, monkeypatch):
    seen: list[int] = []
    real = bulk.analyze

    def spy(database):  # noqa: ANN001, ANN202
        real(database)
        seen.append(database.execute_sql("PRAGMA analysis_limit").fetchone()[0])

    monkeypatch.setattr(bulk, "analyze", spy)
    import_(hq_dir, package)
    assert seen == [0]  # one ANALYZE a run, SQLite's default (no limit) back after it
    monkeypatch.setattr(bulk, "ANALYZE_ROWS", 5)
    limits: dict[str, int] = {}  # table -> the analysis_limit in force while it was analysed

    def watching(database):  # noqa: ANN001, ANN202
        execute = database.execute_sql

        def sql(text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            if text.startswith("ANALYZE "):
                limits[text.split('"')[1]] = execute("PRAGMA analysis_limit").fetchone()[0]
            return execute(text, *args, **kwargs)

        database.execute_sql = sql
        try:
            spy(database)
        finally:
            del database.execute_sql  # the instance's own attribute: the class's method again

    monkeypatch.setattr(bulk, "analyze", watching)
    import_(hq_dir, package)  # the same package again: the statistics from five rows an index
    assert limits["meeting_attendance"] == 5 and limits["meeting"] == 5
    assert seen == [0, 0]  # and SQLite's default back after the run
    # (the estimate itself may come out exact: SQLite extrapolates from the B-tree's shape, so no assertion on it)
    assert _stats(hq_dir)["meeting_attendance"] > 0
