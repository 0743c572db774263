"""Order without the wall clock: a branch's packages are applied in the branch's own sequence, its records by
their revisions. A PC clock a year fast, gaps in the sequence, a branch that restored an old backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.exchange import ImportFlag, ImportOutcome

from tests.pg.cluster import on_both_engines

from .conftest import counts, export, import_, manifest_of, opened, store_snapshot


def _set_phone(branch_dir: Path, phone: str) -> str:
    with opened(branch_dir) as s:
        m = s.roster.members()[0]
        m.phone = phone
        s.roster.save_member(m)
        return m.uuid


def _hq_phone(hq_dir: Path, uuid: str) -> str:
    with opened(hq_dir) as s:
        return s.roster.member(uuid).phone


@pytest.mark.parametrize("second_kind", ["incremental", "full"])
def test_a_clock_a_year_fast_does_not_freeze_the_branch(branch_dir: Path, hq_dir: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, second_kind: str):
    """The branch PC's date is a year ahead: its records and its package are stamped a year in the future.
    The clock is put right, the phone number corrected: the correction reaches headquarters."""
    today = clock.today()
    monkeypatch.setenv("DANGJIAN_TODAY", (today + dt.timedelta(days=365)).isoformat())
    uuid = _set_phone(branch_dir, "13900000001")
    fast = Path(export(branch_dir, tmp_path / "fast.djpkg").path)
    assert manifest_of(fast)["created_at"][:4] == str((today + dt.timedelta(days=365)).year)
    monkeypatch.setenv("DANGJIAN_TODAY", today.isoformat())  # headquarters' clock is right
    [first] = import_(hq_dir, fast)
    assert first.outcome is ImportOutcome.IMPORTED and ImportFlag.CLOCK_AHEAD in first.flags
    assert "晚约" in first.text()
    assert _hq_phone(hq_dir, uuid) == "13900000001"

    _set_phone(branch_dir, "13900000002")  # stamped with the right date: a year *before* the first change
    second = Path(export(branch_dir, tmp_path / "right.djpkg", since_last=second_kind == "incremental").path)
    m = manifest_of(second)
    assert (m["sequence"], m["previous"]["sequence"]) == (2, 1)
    if second_kind == "incremental":
        assert m["counts"]["member"] == 1  # the changed member, found by its revision, not by its time
    [res] = import_(hq_dir, second)
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    assert res.updated >= 1 and ImportFlag.CLOCK_AHEAD not in res.flags
    assert _hq_phone(hq_dir, uuid) == "13900000002"


@on_both_engines  # PostgreSQL too (issue 22)
def test_revisions_count_changes_and_unchanged_rows_are_not_rewritten(branch_dir: Path, hq_dir: Path,
                                                                      tmp_path: Path):
    first = Path(export(branch_dir, tmp_path / "1.djpkg").path)
    import_(hq_dir, first)
    uuid = _set_phone(branch_dir, "13900000003")
    _set_phone(branch_dir, "13900000004")  # two edits between exports: one new revision
    second = Path(export(branch_dir, tmp_path / "2.djpkg").path)  # full
    from dangjian_desktop.exchange import reader

    with reader.open_package(second, "党支部2026pw") as pkg:
        revisions = {r["uuid"]: r["_revision"] for r in pkg.records["member"]}
    assert revisions[uuid] == 2 and sorted(set(revisions.values())) == [1, 2]
    [res] = import_(hq_dir, second)
    assert (res.inserted, res.updated, res.deleted) == (0, 1, 0), res.reason  # one row of the whole full package


@on_both_engines  # PostgreSQL too (issue 22)
def test_a_gap_is_reported_and_an_incremental_package_after_it_waits(branch_dir: Path, hq_dir: Path,
                                                                      tmp_path: Path):
    p1 = Path(export(branch_dir, tmp_path / "1.djpkg").path)
    _set_phone(branch_dir, "13900000011")
    p2 = Path(export(branch_dir, tmp_path / "2.djpkg", since_last=True).path)
    uuid = _set_phone(branch_dir, "13900000012")
    p3 = Path(export(branch_dir, tmp_path / "3.djpkg", since_last=True).path)
    assert import_(hq_dir, p1)[0].outcome is ImportOutcome.IMPORTED
    before = store_snapshot(hq_dir)
    [res] = import_(hq_dir, p3)
    assert res.outcome is ImportOutcome.REFUSED and "缺少该支部序号 2 的数据包" in res.reason
    assert store_snapshot(hq_dir) == before
    # the gap filled (both at once, in any order: each branch's packages go in its sequence)
    r3, r2 = import_(hq_dir, p3, p2)
    assert (r2.outcome, r3.outcome) == (ImportOutcome.IMPORTED, ImportOutcome.IMPORTED), (r2.reason, r3.reason)
    assert _hq_phone(hq_dir, uuid) == "13900000012"
    # older and already imported packages change nothing
    before = store_snapshot(hq_dir)
    res1, res3 = import_(hq_dir, p1, p3)
    assert res1.outcome is ImportOutcome.SKIPPED and "更旧" in res1.reason
    assert res3.outcome is ImportOutcome.UNCHANGED and res3.status == "skipped"
    assert store_snapshot(hq_dir) == before


def test_a_full_package_after_a_gap_is_applied_and_flagged(branch_dir: Path, hq_dir: Path, tmp_path: Path):
    import_(hq_dir, Path(export(branch_dir, tmp_path / "1.djpkg").path))
    export(branch_dir, tmp_path / "2.djpkg")  # never reaches headquarters
    export(branch_dir, tmp_path / "3.djpkg")  # nor this
    uuid = _set_phone(branch_dir, "13900000021")
    p4 = Path(export(branch_dir, tmp_path / "4.djpkg").path)
    [res] = import_(hq_dir, p4)
    assert res.outcome is ImportOutcome.IMPORTED and ImportFlag.GAP in res.flags
    assert "序号 2、3" in res.text()
    assert _hq_phone(hq_dir, uuid) == "13900000021"
    with opened(hq_dir) as s:
        assert s.exchange.overview()[0].sequence == 4


@on_both_engines  # PostgreSQL too (issue 22)
def test_a_branch_that_restored_an_old_backup(branch_dir: Path, hq_dir: Path, tmp_path: Path):
    """The branch exports (1), backs up, adds a member and exports (2); then restores the backup: the member is
    gone. Its numbering does not go back (the counter beside the key), an incremental package is refused as not
    following what headquarters holds, and a full one is applied and removes the member there too."""
    from dangjian_desktop.domain.roster import Member

    import_(hq_dir, Path(export(branch_dir, tmp_path / "1.djpkg").path))
    with opened(branch_dir) as s:
        backup = s.backups.create()
        new = s.roster.save_member(Member(name="后来的人"))
    import_(hq_dir, Path(export(branch_dir, tmp_path / "2.djpkg").path))
    with opened(hq_dir) as s:
        assert s.roster.member(new.uuid).name == "后来的人"
    with opened(branch_dir) as s:
        s.backups.restore(backup.path)
    before = store_snapshot(hq_dir)
    inc = Path(export(branch_dir, tmp_path / "3.djpkg", since_last=True).path)
    assert manifest_of(inc)["sequence"] == 3 and manifest_of(inc)["previous"]["sequence"] == 1
    [res] = import_(hq_dir, inc)
    assert res.outcome is ImportOutcome.REFUSED and "恢复过备份" in res.reason
    assert store_snapshot(hq_dir) == before
    full = Path(export(branch_dir, tmp_path / "4.djpkg").path)
    [res] = import_(hq_dir, full)
    assert res.outcome is ImportOutcome.IMPORTED and res.deleted == 1, res.reason
    assert counts(hq_dir)["member"] == counts(branch_dir)["member"]


def test_restarting_the_numbering_at_headquarters(branch_dir: Path, hq_dir: Path, tmp_path: Path):
    """A branch whose counter went back (a backup restored onto a new PC with the same key): after headquarters
    names the same key again, its next full package is taken whatever its number."""
    import_(hq_dir, Path(export(branch_dir, tmp_path / "1.djpkg").path))
    import_(hq_dir, Path(export(branch_dir, tmp_path / "2.djpkg").path))
    from dangjian_desktop.exchange import identity

    with opened(branch_dir) as s:
        s.exchange.fingerprint()
    identity.sequence_path(branch_dir).unlink()
    with opened(branch_dir) as s, s.store.atomic():
        from dangjian_desktop.storage.repos import settings

        settings.delete("exchange.last_export")
    p = Path(export(branch_dir, tmp_path / "again-1.djpkg").path)
    assert manifest_of(p)["sequence"] == 1
    assert import_(hq_dir, p)[0].outcome is ImportOutcome.SKIPPED
    with opened(hq_dir) as s:
        [b] = s.exchange.overview()
        s.exchange.rekey(b.uuid, b.fingerprint)
    [res] = import_(hq_dir, p)
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    with opened(hq_dir) as s:
        assert s.exchange.overview()[0].sequence == 1
