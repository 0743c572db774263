"""Large stores are checked after the first paint, not while opening; damage found then is remembered."""

from __future__ import annotations

import pytest

from dangjian_desktop.domain.errors import ReadOnlyError
from dangjian_desktop.storage import DatabaseCorruptError, Store
from dangjian_desktop.storage import database as dbmod


def _damage(path) -> None:  # noqa: ANN001
    """Overwrite the middle of the file (not the header): quick_check reports it, opening alone does not."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    start = 2 * page
    data[start:start + page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def _filled_store(data_dir):  # noqa: ANN001, ANN202
    store = Store.open(data_dir)
    store.database.execute_sql("CREATE TABLE filler (id INTEGER PRIMARY KEY, t TEXT)")
    with store.database.atomic():
        for i in range(400):
            store.database.execute_sql("INSERT INTO filler (t) VALUES (?)", (f"row {i} " * 20,))
    store.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return data_dir / "dangjian.sqlite3"


def test_small_store_is_checked_while_opening(data_dir, monkeypatch):
    Store.open(data_dir).close()
    calls = []
    monkeypatch.setattr(Store, "quick_check", lambda self: calls.append(1))
    with Store.open(data_dir) as store:
        assert not store.integrity_check_deferred
    assert calls == [1]


def test_large_store_defers_the_check(data_dir, monkeypatch):
    Store.open(data_dir).close()
    monkeypatch.setattr(dbmod, "QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)
    calls = []
    monkeypatch.setattr(Store, "quick_check", lambda self: calls.append(1))
    with Store.open(data_dir) as store:
        assert store.integrity_check_deferred
    assert calls == []


def test_deferred_check_finds_damage_marks_store_and_next_open_refuses(data_dir, monkeypatch):
    db = _filled_store(data_dir)
    assert dbmod.check_file_integrity(db) is None
    _damage(db)
    monkeypatch.setattr(dbmod, "QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)
    store = Store.open(data_dir)  # opens: the large-store rule defers the check
    try:
        assert store.integrity_check_deferred
        detail = dbmod.check_file_integrity(db)
        assert detail
        store.mark_damaged(detail)
        assert store.read_only and "损坏" in store.read_only_reason
        with pytest.raises(ReadOnlyError), store.atomic():
            pass
    finally:
        store.close()
    assert (data_dir / dbmod.INTEGRITY_FAILED_MARKER).exists()
    with pytest.raises(DatabaseCorruptError):  # the marker makes the next open check at once, however large
        Store.open(data_dir)


def test_marker_is_cleared_once_the_file_checks_good(data_dir, monkeypatch):
    Store.open(data_dir).close()
    marker = data_dir / dbmod.INTEGRITY_FAILED_MARKER
    marker.write_text("earlier damage, since restored", encoding="utf-8")
    monkeypatch.setattr(dbmod, "QUICK_CHECK_AT_OPEN_MAX_BYTES", 0)
    with Store.open(data_dir) as store:
        assert not store.integrity_check_deferred
    assert not marker.exists()


def test_check_of_a_file_that_is_not_a_database(tmp_path):
    bad = tmp_path / "x.sqlite3"
    bad.write_bytes(b"not sqlite at all" * 300)
    assert dbmod.check_file_integrity(bad)
