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

    def __call__(self, file: Path) -> tuple[int, int, int]:
        self.calls += 1
        self.started.set()
        assert self.release.wait(30), "the test never released the checkpoint"
        return self.real(file)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Held]:
    held = _Held()
    monkeypatch.setattr(bulk, "checkpoint_now", held)
    yield held
    held.release.set()  # a failed test must not leave the thread waiting


def test_the_import_returns_before_the_wal_is_copied_and_the_copy_truncates_it(
        hq_dir: Path, package: Path, held: _Held) -> None:
    with Services.open(hq_dir) as s:
        results = s.exchange.import_packages([package], PASSWORD)
        assert results[0].inserted > 0
        assert held.started.wait(30)  # the copy began on its own thread and is still held: the import returned
        assert _wal(hq_dir).stat().st_size > 0  # the package is in the WAL, not yet in the file
        assert s.store.database.execute_sql('SELECT COUNT(*) FROM "member"').fetchone()[0] > 0  # readable meanwhile
        with s.store.atomic():  # and writable: the store's own connection never waits for the copy
            s.store.database.execute_sql('UPDATE "branch" SET "name" = "name"')
        held.release.set()
        bulk.wait_for_checkpoint(s.store.paths.database)
        assert _wal(hq_dir).stat().st_size == 0  # copied and truncated with the store still open
    assert held.calls == 1


def test_closing_the_store_waits_for_a_running_copy(hq_dir: Path, package: Path, held: _Held) -> None:
    s = Services.open(hq_dir)
    s.exchange.import_packages([package], PASSWORD)
    assert held.started.wait(30)
    closing = threading.Thread(target=s.close)
    closing.start()
    closing.join(0.5)
    assert closing.is_alive()  # held by the copy
    held.release.set()
    closing.join(30)
    assert not closing.is_alive()
    assert not _wal(hq_dir).exists() or _wal(hq_dir).stat().st_size == 0


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
        s.exchange.import_packages([package], PASSWORD)
        bulk.wait_for_checkpoint(s.store.paths.database)
        assert "copying the WAL back" in caplog.text
        assert _wal(hq_dir).stat().st_size > 0  # left for the next checkpoint
        bulk.checkpoint_in_background(s.store.paths.database)
        bulk.wait_for_checkpoint(s.store.paths.database)
        assert _wal(hq_dir).stat().st_size == 0
    assert len(calls) == 2


def test_the_copy_never_waits_for_a_writer(tmp_path: Path) -> None:
    """A PASSIVE checkpoint and a truncation answered at once: with a write transaction open on another connection
    the copy returns without an error and leaves the WAL; once the writer has committed the next copy empties it."""
    file = tmp_path / "store.sqlite3"
    writer = sqlite3.connect(str(file), isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE t (x)")
    writer.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO t VALUES (-1)")
    busy, frames, copied = bulk.checkpoint_now(file)
    assert frames > 0 and copied == frames  # the committed frames copied beside the open write transaction
    assert (tmp_path / "store.sqlite3-wal").stat().st_size > 0  # not truncated under the writer
    writer.execute("COMMIT")
    bulk.checkpoint_now(file)
    assert (tmp_path / "store.sqlite3-wal").stat().st_size == 0
    assert writer.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 1001
    writer.close()
