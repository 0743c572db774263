"""SQLite settings for a long run of writes into a large store: headquarters importing hundreds of packages.

A headquarters store reaches several GB (500 branches: 252,000 meetings, 3.5 M attendance rows). Every record is
keyed by a random UUID, so each package's rows land all over the unique indexes: with the store's everyday 32 MB
page cache a package's transaction spills dirty pages to the WAL before it commits and reads the same index pages
again and again, and the default checkpoint (every 1,000 WAL pages, i.e. after every package) copies each package's
tens of thousands of dirty pages back into the database file, although the next packages dirty the same leaves.

``bulk_writes`` raises, for the length of the run only:

* the page cache in proportion to the store (a quarter of the file, at least 256 MB, at most ``CACHE_MAX_BYTES``,
  1 GB): a group of packages (services/exchange_import.py) dirties hundreds of MB of index pages, which then
  stay in memory until it commits instead of spilling to the WAL; a headquarters PC has GBs of RAM, and the
  window itself keeps the everyday 32 MB cache;
* memory-mapped reads of the first 2 GB of the file (``MMAP_MAX_BYTES``): index pages are read without a copy
  into the cache;
* the WAL checkpoint interval (``CHECKPOINT_PAGES``, 2 GB), a safety net only: the import copies each group's
  pages back itself, on a thread of its own (below), and the store's connection must never stop to do it.

``synchronous=FULL`` is kept: every commit (a group of packages) is on disk before the next begins. After the run
the planner's statistics are refreshed from a sample (``analyze``).

The run's WAL is copied back into the database file after the run returns, on a thread of its own with its own
connection (``checkpoint_in_background``): every package is already on disk in the WAL when the run ends, and the
copy (at 500 branches several hundred MB and an fsync, 2–4 s a call of 20 packages) need not hold back the
results, the window or the next import. The import also asks for a copy after each group's commit, and begins
the next group once it is done (``wait_for_checkpoint``; the next package is parsed meanwhile), so that group's
writes start the WAL over (services/exchange_import.py, ``_CommitGroup``). SQLite starts a WAL over only when a
write transaction begins with every frame copied; otherwise the WAL grew by a group a call, 2 GB at 500
branches, until the store's connection copied it back itself (one harness run of 500 packages in calls of 20:
206.7 s before, 180.9 s after; the pairs and the host's noise in BENCHMARKS.md). A PASSIVE checkpoint never takes
the write lock, and the store's own connection skips its automatic checkpoint while one runs (SQLite answers BUSY
at once and the commit goes on), so no write waits for it. Once the WAL is all copied, the next write starts it
over and cuts the file down to the store's ``journal_size_limit`` (storage/database.py). ``Store.close`` waits
for a copy under way (``wait_for_checkpoint``); closing the last connection then checkpoints what is left and
removes the WAL.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from peewee import SqliteDatabase

log = logging.getLogger(__name__)

CACHE_MIN_BYTES = 256 * 1024 * 1024
CACHE_MAX_BYTES = 1024 * 1024 * 1024
MMAP_MAX_BYTES = 0x7FFF0000  # SQLite's own default ceiling (SQLITE_MAX_MMAP_SIZE): asking for more gets this
CHECKPOINT_PAGES = 524288  # 2 GB of 4 KB pages
ANALYZE_ROWS = 400  # rows sampled an index by the ANALYZE after a run (SQLite's suggested analysis_limit)


def cache_bytes_for(file_bytes: int) -> int:
    """The page cache for a bulk run on a store of ``file_bytes``: a quarter of it, 256 MB to 1 GB."""
    return max(CACHE_MIN_BYTES, min(CACHE_MAX_BYTES, file_bytes // 4))


@contextlib.contextmanager
def bulk_writes(database: SqliteDatabase, file: Path) -> Iterator[None]:
    """Raise the cache, mmap and checkpoint interval of ``database`` for a run of many transactions; put them back
    (and checkpoint the WAL) after it, also when the run fails."""
    pragma = database.execute_sql
    before = {name: pragma(f"PRAGMA {name}").fetchone()[0] for name in ("cache_size", "mmap_size", "wal_autocheckpoint")}
    fit_cache(database, file)
    pragma(f"PRAGMA mmap_size = {MMAP_MAX_BYTES}")
    pragma(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
    try:
        yield
    finally:
        try:
            analyze(database)
        except Exception:  # noqa: BLE001 - statistics only: the plans stay as they were
            log.warning("refreshing the planner's statistics after a bulk run failed", exc_info=True)
        try:
            for name, value in before.items():
                pragma(f"PRAGMA {name} = {int(value)}")
        except Exception:  # noqa: BLE001 - settings of this connection only; never hide the run's own error
            log.warning("restoring the store's settings after a bulk run failed", exc_info=True)
        checkpoint_in_background(file)  # the run's WAL back into the file, after the run


def fit_cache(database: SqliteDatabase, file: Path) -> None:
    """The bulk run's page cache sized for the store as it is now (``cache_bytes_for``). Asked again before each
    group of an import: one run of 500 packages into a new store grows it from nothing to 2.8 GB, and the cache
    sized when the run began (the 256 MB minimum) would hold less than a late group's dirty pages (≈ 400 MB at
    500 branches), which then spill to the WAL before the commit."""
    try:
        size = file.stat().st_size
    except OSError:
        size = 0
    database.execute_sql(f"PRAGMA cache_size = {-(cache_bytes_for(size) // 1024)}")  # negative: KiB


def analyze(database: SqliteDatabase) -> None:
    """The planner's statistics of every table brought up to date, from a sample (``ANALYZE_ROWS`` rows an index:
    a fraction of a second at 500 branches). Without them SQLite takes a table it has no statistics of for a
    million rows: after an import into a new store, the oversight's join of the 500 branches with the registry
    of a million rows read the whole registry (130 ms; a rectification count 475 ms) instead of probing it once a
    branch, and the statistics the window's ``PRAGMA optimize`` leaves depend on what it happened to query."""
    pragma = database.execute_sql
    limit = pragma("PRAGMA analysis_limit").fetchone()[0]
    pragma(f"PRAGMA analysis_limit = {ANALYZE_ROWS}")
    try:
        for table in analyzed_tables(database):
            pragma(f'ANALYZE "{table}"')
    finally:
        pragma(f"PRAGMA analysis_limit = {int(limit)}")


def analyzed_tables(database: SqliteDatabase) -> list[str]:
    """The store's tables but the shadow tables of its full-text indexes (``meeting_search_data``…): FTS5 plans
    its own statements on them, and statistics from a sample made the search index's catch-up 65 % slower
    (CPU, 20,480 meetings)."""
    rows = database.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return [name for name, _ in rows if name not in virtual and not any(name.startswith(f"{v}_") for v in virtual)]


# -- the WAL copied back after a run, off the caller's thread ---------------------------------------------------


class _Checkpointer:
    """One store file's background checkpoints: a thread that runs while checkpoints are asked for, then ends."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.wanted = False
        self.thread: threading.Thread | None = None

    def ask(self) -> None:
        with _guard:
            self.wanted = True  # a checkpoint under way may have begun before the newest frames: one more after it
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
                self.thread.start()

    def _run(self) -> None:
        while True:
            with _guard:
                if not self.wanted:
                    self.thread = None
                    return
                self.wanted = False
            try:
                checkpoint_now(self.file)
            except Exception:  # noqa: BLE001 - housekeeping: the WAL stays and is copied by the next checkpoint
                log.warning("copying the WAL back into %s failed", self.file, exc_info=True)

    def wait(self) -> None:
        with _guard:
            thread = self.thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()


_guard = threading.Lock()
_checkpointers: dict[str, _Checkpointer] = {}


def checkpoint_now(file: Path) -> tuple[int, int, int]:
    """Copy the WAL of ``file`` back into it on a connection of this thread's own: a PASSIVE checkpoint, which
    never takes the write lock. Not TRUNCATE, RESTART or FULL: they hold the write lock while they work, and the
    store's own connection, upgrading a read transaction to a write, is then refused at once ("database is
    locked" — SQLite calls no busy handler there, to avoid a deadlock; seen in the 500-package bench). The file
    shrinks when the next write starts the WAL over (``journal_size_limit``) or at the store's close.
    Returns (busy, frames in the WAL, frames copied)."""
    conn = sqlite3.connect(str(file), timeout=0, isolation_level=None, check_same_thread=False)
    try:
        return tuple(conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone())
    finally:
        conn.close()


def checkpoint_in_background(file: Path) -> None:
    """Copy the WAL of the store ``file`` back into it on a thread of its own (see the module's text)."""
    with _guard:
        checkpointer = _checkpointers.setdefault(str(file), _Checkpointer(file))
    checkpointer.ask()


def wait_for_checkpoint(file: Path) -> None:
    """Return once no background checkpoint of ``file`` is running (the store is about to close)."""
    with _guard:
        checkpointer = _checkpointers.get(str(file))
    if checkpointer is not None:
        checkpointer.wait()
