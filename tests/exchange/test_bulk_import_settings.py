"""Headquarters import runs with a large page cache, mmap and a rare checkpoint (storage/bulk.py); the store's
everyday settings are back afterwards, also when a package is refused, and the WAL holds nothing left over."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest

from dangjian_desktop.domain.exchange import ImportOutcome, PackageError
from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import bulk
from tests.pg.cluster import on_both_engines, open_hq, store_query
from tests.exchange.conftest import PASSWORD, export, import_, store_snapshot


def _pragmas(s: Services) -> tuple[int, int, int]:
    q = s.store.database.execute_sql
    return tuple(q(f"PRAGMA {n}").fetchone()[0] for n in ("cache_size", "mmap_size", "wal_autocheckpoint"))


def test_cache_is_a_quarter_of_the_store_between_256_mb_and_1_gb() -> None:
    mb = 1024 * 1024
    assert bulk.cache_bytes_for(0) == 256 * mb
    assert bulk.cache_bytes_for(2000 * mb) == 500 * mb
    assert bulk.cache_bytes_for(5000 * mb) == 1024 * mb


# SQLite only: PRAGMA cache_size/mmap_size/wal_autocheckpoint and the WAL file have no PostgreSQL counterpart
def test_settings_inside_the_run_and_restored_after(hq_dir: Path, package: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int, int]] = []
    with open_hq(hq_dir) as s:
        before = _pragmas(s)
        real = s.exchange._import_one  # noqa: SLF001

        def spy(pkg):  # noqa: ANN001, ANN202
            seen.append(_pragmas(s))
            return real(pkg)

        s.exchange._import_one = spy  # noqa: SLF001
        bad = tmp_path / "bad.djpkg"
        bad.write_bytes(b"PK\x03\x04 not a package")
        results = s.exchange.import_packages([package, bad], PASSWORD)
        after = _pragmas(s)
    assert results[0].inserted > 0 and results[1].outcome.name == "REFUSED"
    assert len(seen) == 1  # the refused file never reached the merge
    cache, mmap, checkpoint = seen[0]
    assert cache == -(256 * 1024)  # a small store: the 256 MB minimum
    assert 0 < mmap <= bulk.MMAP_MAX_BYTES and checkpoint == bulk.CHECKPOINT_PAGES
    assert after == before and before[0] == -32000
    wal = hq_dir / "dangjian.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated at the end of the run


def test_the_imported_store_reads_back_after_the_run(hq_dir: Path, package: Path) -> None:
    first = import_(hq_dir, package)
    assert first[0].inserted > 0
    again = import_(hq_dir, package)  # the same package again: nothing changes
    assert again[0].inserted == 0 and again[0].updated == 0


# -- packages commit in groups (services/exchange_import.py: _CommitGroup) ----------------------------------------


def _two_packages(branch_dir: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    first = Path(export(branch_dir, tmp_path / "a.djpkg").path)
    with Services.open(branch_dir) as s:
        m = s.roster.members()[0]
        m.position = "宣传委员"
        s.roster.save_member(m)
        changed = m.uuid
    return first, Path(export(branch_dir, tmp_path / "b.djpkg").path), changed


def _positions(hq_dir: Path) -> dict[str, str]:
    return dict(store_query(hq_dir, 'SELECT "uuid", "position" FROM "member"'))


class Stop(Exception):  # noqa: N818 - the window's Cancelled, raised from the progress callback
    pass


def test_cancel_between_packages_keeps_the_ones_imported(branch_dir: Path, hq_dir: Path, tmp_path: Path) -> None:
    first, second, changed = _two_packages(branch_dir, tmp_path)
    calls: list[str] = []

    def progress(fraction: float, text: str) -> None:
        calls.append(text)
        if text.startswith("正在导入") and sum(c.startswith("正在导入") for c in calls) == 2:
            raise Stop  # cancelled after the first package, before the second
    with open_hq(hq_dir) as s, pytest.raises(Stop):
        s.exchange.import_packages([first, second], PASSWORD, progress)
    held = _positions(hq_dir)  # read on a connection of its own: committed
    assert len(held) > 20 and held[changed] != "宣传委员"  # the first package is there, the second is not
    again = import_(hq_dir, second)
    assert again[0].outcome == ImportOutcome.IMPORTED and _positions(hq_dir)[changed] == "宣传委员"


def test_a_refused_package_in_a_group_leaves_the_others(branch_dir: Path, hq_dir: Path, tmp_path: Path) -> None:
    first, second, changed = _two_packages(branch_dir, tmp_path)
    hostile = tmp_path / "c.djpkg"
    hostile.write_bytes(second.read_bytes()[:-200] + b"\0" * 200)  # damaged at the end
    results = import_(hq_dir, first, hostile, second)
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED, ImportOutcome.REFUSED, ImportOutcome.IMPORTED]
    assert _positions(hq_dir)[changed] == "宣传委员"


@on_both_engines  # PostgreSQL too (issue 22): the commit groups
def test_a_group_whose_commit_fails_is_refused_whole(branch_dir: Path, hq_dir: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch, hq_engine: str) -> None:
    """SQLite: both packages commit as one group, and both are refused. PostgreSQL: each package commits on its own
    (``_CommitGroup`` limit 0), so only the first is refused and the second holds."""
    first, second, changed = _two_packages(branch_dir, tmp_path)
    before = store_snapshot(hq_dir)
    with open_hq(hq_dir) as s:
        database = s.store.database
        real = database.commit
        failures: list[int] = []

        def commit() -> None:
            if not failures:  # the first commit: the group's (peewee has popped its transaction by then)
                failures.append(1)
                raise peewee.OperationalError("database or disk is full")
            real()

        monkeypatch.setattr(database, "commit", commit)
        results = s.exchange.import_packages([first, second], PASSWORD)
    assert failures == [1]
    assert "磁盘空间不足" in results[0].reason  # SQLite's "disk is full" said as the disk's fault
    assert results[0].branch_name and results[0].sequence == 1  # still says whose package it was
    if hq_engine == "postgresql":
        assert [r.outcome for r in results] == [ImportOutcome.REFUSED, ImportOutcome.IMPORTED]
        assert _positions(hq_dir)[changed] == "宣传委员"  # the second package, committed on its own
        return
    assert [r.outcome for r in results] == [ImportOutcome.REFUSED, ImportOutcome.REFUSED]
    assert all("磁盘空间不足" in r.reason and "没有改动" in r.reason for r in results)
    assert store_snapshot(hq_dir) == before  # no record, no file (attachments moved back)


# -- SQLite: no savepoint a package; a package refused part way through its writes rolls its group back, and the
# group's other packages are imported again (``_CommitGroup.replays``) -------------------------------------------


def _failing_once(monkeypatch: pytest.MonkeyPatch, error: BaseException, at: int) -> list[int]:
    """The merge of the ``at``-th package (counting from 1) raises ``error`` after it has written all its rows."""
    from dangjian_desktop.storage.repos import records

    real = records.merge
    calls: list[int] = []

    def merge(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        stats = real(*args, **kwargs)
        calls.append(len(stats.__dict__))
        if len(calls) == at:
            raise error
        return stats

    monkeypatch.setattr(records, "merge", merge)
    return calls


def test_a_package_refused_after_writing_rolls_its_group_back_and_the_others_are_imported_again(
        branch_dir: Path, hq_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second, changed = _two_packages(branch_dir, tmp_path)
    again = tmp_path / "b-again.djpkg"  # the same package as the refused one: after it, in the branch's order
    again.write_bytes(second.read_bytes())
    calls = _failing_once(monkeypatch, PackageError("测试：合并之后拒绝"), at=2)
    statements: list[str] = []
    with open_hq(hq_dir) as s:
        s.store.database.connection().set_trace_callback(statements.append)
        results = s.exchange.import_packages([first, second, again], PASSWORD)
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED, ImportOutcome.REFUSED, ImportOutcome.IMPORTED]
    assert "测试：合并之后拒绝" in results[1].reason and results[1].branch_name
    assert results[0].inserted > 20 and results[2].updated >= 1
    assert len(calls) == 4  # first, second (refused), first again (its group was rolled back), the same again
    assert not [q for q in statements if "SAVEPOINT" in q.upper()]  # no savepoint a package (its sub-journal)
    held = _positions(hq_dir)
    assert len(held) > 20 and held[changed] == "宣传委员"


def test_a_package_refused_before_it_wrote_leaves_its_group_as_it_was(
        branch_dir: Path, hq_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A refusal by the merge's own checks, before any row is written (a foreign or hostile package), does not roll
    the group back: the packages before it are merged once."""
    from dangjian_desktop.storage.repos import records

    first, second, changed = _two_packages(branch_dir, tmp_path)
    again = tmp_path / "b-again.djpkg"
    again.write_bytes(second.read_bytes())
    real = records.merge
    calls: list[str] = []

    def merge(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append("merge")
        if len(calls) == 2:
            raise PackageError("测试：合并之前拒绝")
        return real(*args, **kwargs)

    monkeypatch.setattr(records, "merge", merge)
    results = import_(hq_dir, first, second, again)
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED, ImportOutcome.REFUSED, ImportOutcome.IMPORTED]
    assert "测试：合并之前拒绝" in results[1].reason
    assert len(calls) == 3  # first, second (refused before writing), the same again: the first not merged twice
    held = _positions(hq_dir)
    assert len(held) > 20 and held[changed] == "宣传委员"


def test_a_package_stopped_part_way_leaves_nothing_half_written(branch_dir: Path, hq_dir: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The run ends on an error that is not a refusal (Ctrl-C) while a package is half merged: its group is rolled
    back, the others' files moved back too; nothing of the half-merged package commits."""
    first, second, _ = _two_packages(branch_dir, tmp_path)
    before = store_snapshot(hq_dir)
    _failing_once(monkeypatch, KeyboardInterrupt(), at=2)
    with pytest.raises(KeyboardInterrupt):
        import_(hq_dir, first, second)
    assert store_snapshot(hq_dir) == before


# -- SQLite: every branch's status (one setting) is read once a group and written once, before the group commits


def test_a_group_writes_the_branches_statuses_once_and_each_package_sees_the_one_before(
        branch_dir: Path, hq_dir: Path, tmp_path: Path) -> None:
    from dangjian_desktop.services import exchange_trust as trust

    first, second, _ = _two_packages(branch_dir, tmp_path)
    with Services.open(branch_dir) as s:
        s.roster.save_member(s.roster.members()[1])  # a third package, numbered 3
        branch_uuid = s.branch.require_profile().uuid
    third = Path(export(branch_dir, tmp_path / "c.djpkg").path)
    statements: list[str] = []
    with open_hq(hq_dir) as s:
        s.store.database.connection().set_trace_callback(statements.append)
        results = s.exchange.import_packages([third, first, second], PASSWORD)
        s.store.database.connection().set_trace_callback(None)
        held = trust.branches()[branch_uuid]
    # each package was judged against the status the one before left (a branch's packages in their order: the
    # third refused as out of order had it seen the status the group began with)
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED] * 3
    assert [r.sequence for r in results] == [3, 1, 2]
    writes = [q for q in statements if q.lstrip().upper().startswith("INSERT INTO \"SETTING\"")
              and trust.HQ_BRANCHES_KEY in q]
    assert len(writes) == 1  # three packages, one group: one write of every branch's status
    assert held["sequence"] == 3 and held["file"] == "c.djpkg"


def test_a_group_whose_statuses_cannot_be_written_is_refused_whole(
        branch_dir: Path, hq_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dangjian_desktop.storage.repos import settings

    first, second, _ = _two_packages(branch_dir, tmp_path)
    before = store_snapshot(hq_dir)
    real = settings.put

    def put(key: str, value: object) -> None:
        real(key, value)  # written, then the disk fills up before the statement is done
        raise peewee.OperationalError("database or disk is full")

    monkeypatch.setattr(settings, "put", put)
    results = import_(hq_dir, first, second)
    assert [r.outcome for r in results] == [ImportOutcome.REFUSED, ImportOutcome.REFUSED]
    assert all("磁盘空间不足" in r.reason and r.branch_name for r in results)
    monkeypatch.setattr(settings, "put", real)
    assert store_snapshot(hq_dir) == before  # no record, no status, no file
    again = import_(hq_dir, first, second)  # and the same packages go in afterwards
    assert [r.outcome for r in again] == [ImportOutcome.IMPORTED, ImportOutcome.IMPORTED]
