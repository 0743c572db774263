"""After a headquarters import on SQLite the WAL is copied back into the database file on a thread of its own
(storage/bulk.py: checkpoint_in_background): the import returns before the copy, nothing waits for it, closing the
store waits for it, and a failed copy is only logged."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import bulk
from tests.exchange.conftest import PASSWORD


def _wal(hq_dir: Path) -> Path:
    return hq_dir / "dangjian.sqlite3-wal"


class _Held:
    """bulk.checkpoint_now held until released, then the real one."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.calls = 0
        self.real = bulk.checkpoint_now
        self.returned: list[tuple[int, int, int]] = []

    def __call__(self, file: Path) -> tuple[int, int, int]:
        self.calls += 1
        self.started.set()
        assert self.release.wait(30), "the test never released the checkpoint"
        self.returned.append(self.real(file))
        return self.returned[-1]


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Held]:
    held = _Held()
    monkeypatch.setattr(bulk, "checkpoint_now", held)
    yield held
    held.release.set()  # a failed test must not leave the thread waiting


def test_the_import_returns_before_the_wal_is_copied_and_the_next_write_cuts_it_down(
        hq_dir: Path, package: Path, held: _Held) -> None:
    with Services.open(hq_dir) as s:
        results = s.exchange.import_packages([package], PASSWORD)
        assert results[0].inserted > 0
        assert held.started.wait(30)  # the copy began on its own thread and is still held: the import returned
        assert _wal(hq_dir).stat().st_size > 0  # the package is in the WAL, not yet in the file
        assert s.store.database.execute_sql('SELECT COUNT(*) FROM "member"').fetchone()[0] > 0  # readable meanwhile
        with s.store.atomic():  # and writable: the store's own connection never waits for the copy
            s.store.database.execute_sql('CREATE TABLE "probe_write" ("x")')  # (a throw-away store)
        held.release.set()
        bulk.wait_for_checkpoint(s.store.paths.database)
        busy, frames, copied = held.returned[-1]
        assert busy == 0 and frames > 0 and copied == frames  # all of it copied, with the store open
        with s.store.atomic():  # the next write starts the WAL over (and cuts the file down to the limit)
            s.store.database.execute_sql('DROP TABLE "probe_write"')
        _, frames_now, _ = held.real(s.store.paths.database)
        assert 0 < frames_now < frames / 10  # only the new write's pages: the import's frames were let go
        assert s.store.database.execute_sql("PRAGMA journal_size_limit").fetchone()[0] == 64 * 1024 * 1024
    assert held.calls == 2  # after the group's commit, and after the run (the planner's statistics it wrote)


def test_each_group_of_a_run_starts_the_wal_over(hq_dir: Path) -> None:
    """A group's pages are copied back after its commit, and the next group begins once the copy is done, so
    its writes start the WAL over: the WAL holds one group, not every group of the run (at 500 branches it grew
    to the 2 GB checkpoint interval and the importing thread then copied it back itself)."""
    from dangjian_desktop.services.exchange_import import _CommitGroup

    with Services.open(hq_dir) as s:
        database = s.store.database
        with s.store.atomic():
            database.execute_sql('CREATE TABLE "probe_rows" ("x" BLOB)')
        sizes = []
        group = _CommitGroup(s.store, {}, 1)
        for _ in range(3):
            group.begin()
            database.execute_sql('INSERT INTO "probe_rows" SELECT randomblob(3000) FROM '
                                 '(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) '
                                 'SELECT i FROM n)')
            group.commit()
            sizes.append(_wal(hq_dir).stat().st_size)
        assert sizes[0] > 500 * 4096  # a group writes a page a row to the WAL
        assert sizes[2] < 1.2 * sizes[0]  # the later groups wrote over it from its start (it grows without the copy)


def test_closing_the_store_waits_for_a_running_copy(hq_dir: Path, package: Path, held: _Held) -> None:
    s = Services.open(hq_dir)
    s.exchange.import_packages([package], PASSWORD)
    assert held.started.wait(30)
    releasing = threading.Timer(0.5, held.release.set)  # the copy goes on only after the close has begun
    releasing.start()
    s.close()
    releasing.join()
    assert held.returned  # the close returned only after the copy had finished
    assert not _wal(hq_dir).exists() or _wal(hq_dir).stat().st_size == 0  # the last connection closed as before


def test_a_failed_copy_is_logged_and_the_next_one_runs(hq_dir: Path, package: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    real = bulk.checkpoint_now
    calls: list[str] = []

    def flaky(file: Path) -> tuple[int, int, int]:
        calls.append("call")
        if len(calls) == 1:
            raise sqlite3.OperationalError("disk I/O error")
        return real(file)

    monkeypatch.setattr(bulk, "checkpoint_now", flaky)
    with caplog.at_level(logging.WARNING, logger="dangjian_desktop.storage.bulk"), Services.open(hq_dir) as s:
        s.exchange.import_packages([package], PASSWORD)  # copies asked after the group and after the run
        bulk.wait_for_checkpoint(s.store.paths.database)
        assert "copying the WAL back" in caplog.text
        assert len(calls) == 2  # the second ran although the first failed
        bulk.checkpoint_in_background(s.store.paths.database)  # and so does the next one (after the next import)
        bulk.wait_for_checkpoint(s.store.paths.database)
    assert len(calls) == 3


def _store_file(tmp_path: Path) -> tuple[Path, sqlite3.Connection]:
    file = tmp_path / "store.sqlite3"
    conn = sqlite3.connect(str(file), isolation_level=None, timeout=5, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    return file, conn


def test_the_copy_never_waits_for_a_writer(tmp_path: Path) -> None:
    """With a write transaction open on another connection the copy takes what was committed and returns."""
    file, writer = _store_file(tmp_path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO t VALUES (-1)")
    busy, frames, copied = bulk.checkpoint_now(file)
    assert busy == 0 and frames > 0 and copied == frames
    writer.execute("COMMIT")
    assert writer.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 1001
    writer.close()


def test_a_read_turning_into_a_write_is_never_refused_while_copies_run(tmp_path: Path) -> None:
    """The store's connection reads, then writes in the same transaction (a deferred BEGIN: every merge). SQLite
    refuses that upgrade at once, with no busy wait, while another connection holds the write lock — as TRUNCATE,
    RESTART and FULL checkpoints do while they work. Copies back to back must never cause it."""
    file, conn = _store_file(tmp_path)
    stop = threading.Event()
    errors: list[BaseException] = []

    def copy_again_and_again() -> None:
        while not stop.is_set():
            try:
                bulk.checkpoint_now(file)
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                errors.append(exc)
                return

    copier = threading.Thread(target=copy_again_and_again)
    copier.start()
    try:
        for i in range(400):
            conn.execute("BEGIN")
            conn.execute("SELECT COUNT(*) FROM t").fetchone()
            conn.execute("INSERT INTO t VALUES (?)", (i,))
            conn.execute("COMMIT")
    finally:
        stop.set()
        copier.join(30)
    assert not errors
    assert conn.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 1400
    conn.close()
