"""Headquarters import runs with a large page cache, mmap and a rare checkpoint (storage/bulk.py); the store's
everyday settings are back afterwards, also when a package is refused, and the WAL holds nothing left over."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop.services.container import Services
from dangjian_desktop.storage import bulk
from tests.exchange.conftest import PASSWORD, import_


def _pragmas(s: Services) -> tuple[int, int, int]:
    q = s.store.database.execute_sql
    return tuple(q(f"PRAGMA {n}").fetchone()[0] for n in ("cache_size", "mmap_size", "wal_autocheckpoint"))


def test_cache_is_a_quarter_of_the_store_between_64_mb_and_1_gb() -> None:
    mb = 1024 * 1024
    assert bulk.cache_bytes_for(0) == 64 * mb
    assert bulk.cache_bytes_for(400 * mb) == 100 * mb
    assert bulk.cache_bytes_for(5000 * mb) == 1024 * mb


def test_settings_inside_the_run_and_restored_after(hq_dir: Path, package: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int, int]] = []
    with Services.open(hq_dir) as s:
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
    assert cache == -(64 * 1024)  # a small store: the 64 MB minimum
    assert 0 < mmap <= bulk.MMAP_MAX_BYTES and checkpoint == bulk.CHECKPOINT_PAGES
    assert after == before and before[0] == -32000
    wal = hq_dir / "dangjian.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated at the end of the run


def test_the_imported_store_reads_back_after_the_run(hq_dir: Path, package: Path) -> None:
    first = import_(hq_dir, package)
    assert first[0].inserted > 0
    again = import_(hq_dir, package)  # the same package again: nothing changes
    assert again[0].inserted == 0 and again[0].updated == 0
