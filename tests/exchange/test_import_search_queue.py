"""A headquarters import on SQLite queues its new meetings for the search index by one statement after the merge
(``records_merge._new_meetings_queued_after``: the insert trigger is dropped inside the package's transaction and
made again). The queue it leaves is exactly the one the trigger leaves, package after package (new, changed and
deleted meetings), on either path of the merge; the trigger is back, word for word, after a package imported and
after one refused; the imported meetings are found once the index has caught up."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ImportOutcome, PackageError
from dangjian_desktop.domain.meetings import MeetingType
from dangjian_desktop.storage.repos import records_merge

from .conftest import export, import_, opened

TRIGGER = "meeting_search_ai"


@pytest.fixture(params=[0, records_merge.BRANCH_SCAN_ROWS], ids=["by-branch", "by-uuid"])
def scan_rows(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(records_merge, "BRANCH_SCAN_ROWS", request.param)
    return request.param


def _db(hq: Path) -> sqlite3.Connection:
    return sqlite3.connect(hq / "dangjian.sqlite3")


def _queue(hq: Path) -> list[tuple]:
    con = _db(hq)
    try:
        return con.execute("SELECT key, old_text, old_head FROM meeting_index_queue ORDER BY key").fetchall()
    finally:
        con.close()


def _trigger(hq: Path) -> str | None:
    con = _db(hq)
    try:
        row = con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (TRIGGER,)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def _expected_keys(hq: Path) -> list[int]:
    """Every meeting's index key worked out in Python: whole days since the Julian epoch (1970-01-01 is day
    2440587, counting from noon, so a date at midnight is day n.5 and CAST takes n) times 2**32, plus the id."""
    con = _db(hq)
    try:
        rows = con.execute("SELECT id, date FROM meeting").fetchall()
    finally:
        con.close()
    day = lambda d: (dt.date.fromisoformat(d) - dt.date(1970, 1, 1)).days + 2440587  # noqa: E731
    return sorted(day(d) * 2**32 + i for i, d in rows)


def _add(branch_dir: Path, title: str, minutes: str) -> str:
    with opened(branch_dir) as s:
        m = s.meetings.new_meeting([MeetingType.COMMITTEE], dt.date(2024, 3, 1))
        m.title, m.place, m.host, m.recorder, m.minutes = title, "会议室", "张三", "李四", minutes
        return s.meetings.save(m, today=dt.date(2030, 1, 1)).uuid


def _edit_branch(branch_dir: Path, change: str, delete: str) -> None:
    """One meeting changed, one deleted, one new: the next package carries all three."""
    with opened(branch_dir) as s:
        m = s.meetings.get(change)
        m.minutes += "（补充：会后追加的记录）"
        s.meetings.save(m, today=dt.date(2030, 1, 1))
        s.meetings.delete(delete)
    _add(branch_dir, "新增的支部委员会", "第二个数据包里的会议")


def test_the_import_leaves_the_queue_the_trigger_leaves(branch_dir: Path, make_hq, tmp_path: Path, scan_rows,
                                                       monkeypatch: pytest.MonkeyPatch):
    by_merge, by_trigger = make_hq(tmp_path / "hq-a", "党委"), make_hq(tmp_path / "hq-b", "党委")
    trigger_before = _trigger(by_merge)
    assert trigger_before is not None
    change, delete = _add(branch_dir, "要修改的会议", "原来的记录"), _add(branch_dir, "要删除的会议", "删除前的记录")
    first = Path(export(branch_dir, tmp_path / "1.djpkg").path)
    _edit_branch(branch_dir, change, delete)
    second = Path(export(branch_dir, tmp_path / "2.djpkg").path)

    def both(pkg: Path) -> None:
        assert [r.outcome for r in import_(by_merge, pkg)] == [ImportOutcome.IMPORTED]
        with monkeypatch.context() as m:  # the trigger queues each row, as every other write does
            m.setattr(records_merge, "_new_meetings_queued_after", lambda records: contextlib.nullcontext())
            assert [r.outcome for r in import_(by_trigger, pkg)] == [ImportOutcome.IMPORTED]
        assert _trigger(by_merge) == trigger_before

    both(first)
    queued = _queue(by_merge)
    assert [k for k, _, _ in queued] == _expected_keys(by_merge)  # nothing indexed yet: every meeting queued
    assert queued == _queue(by_trigger)
    with opened(by_merge) as s:
        s.search_index.catch_up()
    with opened(by_trigger) as s:
        s.search_index.catch_up()
    both(second)
    assert _queue(by_merge) == _queue(by_trigger) != []  # the changed meeting's old text, the new one's key
    with opened(by_merge) as s:
        s.search_index.catch_up()
        found = [h.title for h in s.meetings.search("会后追加")]
        assert len(found) == 1
        assert "新增的支部委员会" in [h.title for h in s.meetings.search("新增的支部委员会")]


def test_a_refused_package_leaves_the_trigger_and_the_queue_as_they_were(branch_dir: Path, hq_dir: Path,
                                                                         tmp_path: Path, scan_rows,
                                                                         monkeypatch: pytest.MonkeyPatch):
    pkg = Path(export(branch_dir, tmp_path / "1.djpkg").path)
    trigger_before, queue_before = _trigger(hq_dir), _queue(hq_dir)

    def fails(*args, **kwargs):  # a fault found at the end of the merge, after every row was inserted
        raise PackageError("数据包有问题")

    with monkeypatch.context() as m:
        m.setattr(records_merge, "apply_tombstones", fails)
        assert [r.outcome for r in import_(hq_dir, pkg)] != [ImportOutcome.IMPORTED]
    assert _trigger(hq_dir) == trigger_before and _queue(hq_dir) == queue_before
    assert _expected_keys(hq_dir) == []  # nothing of the package kept
    assert [r.outcome for r in import_(hq_dir, pkg)] == [ImportOutcome.IMPORTED]
    assert _trigger(hq_dir) == trigger_before
    assert [k for k, _, _ in _queue(hq_dir)] == _expected_keys(hq_dir) != []



def test_an_error_that_rolled_the_transaction_back_is_not_hidden_by_putting_the_trigger_back(hq_dir: Path):
    # a disk-full or I/O error makes SQLite roll the whole transaction back on its own, the dropped trigger with
    # it: making the trigger again then would fail on "already exists" and hide the error the user has to see
    from dangjian_desktop.storage.models import Record

    trigger_before = _trigger(hq_dir)
    with opened(hq_dir):
        database = Record._meta.database
        full = sqlite3.OperationalError("database or disk is full")
        with database.atomic():
            with pytest.raises(sqlite3.OperationalError) as raised:
                with records_merge._new_meetings_queued_after({"meeting": [{}]}):
                    assert _trigger_in(database) is None  # dropped for the merge
                    database.execute_sql("ROLLBACK")  # what SQLite did on its own
                    raise full
            assert raised.value is full
            database.execute_sql("BEGIN")  # for the atomic block's own commit
    assert _trigger(hq_dir) == trigger_before


def _trigger_in(database) -> str | None:  # noqa: ANN001
    row = database.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                               (TRIGGER,)).fetchone()
    return row[0] if row else None
