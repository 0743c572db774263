"""Headquarters checks the packages of a batch side by side (services/exchange_import.py ``_verify_all``): an
encrypted package's key is 0.3 s of scrypt, and scrypt, zlib and SHA-256 run without the GIL, so the checks share
the PC's cores. Progress and results stay in the files' order; a cancel while checking leaves nothing open."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.services import exchange_import
from dangjian_desktop.services.container import Services
from dangjian_desktop.services.exchange import ExchangeService
from tests.exchange.conftest import PASSWORD, export, opened, store_snapshot


def _packages(branch_dir: Path, tmp_path: Path, count: int) -> list[Path]:
    """``count`` encrypted packages of one branch, each after a change (numbered 1..count)."""
    out = []
    for n in range(count):
        if n:
            with Services.open(branch_dir) as s:
                m = s.roster.members()[n]
                m.note = f"第{n}次"
                s.roster.save_member(m)
        out.append(Path(export(branch_dir, tmp_path / f"p{n}.djpkg").path))
    return out


def test_verifiers_one_a_core_four_at_most(monkeypatch: pytest.MonkeyPatch) -> None:
    for cores, count, threads in ((1, 10, 1), (2, 10, 2), (8, 10, 4), (8, 3, 3), (None, 10, 1), (8, 0, 1)):
        monkeypatch.setattr(exchange_import.os, "cpu_count", lambda c=cores: c)
        assert exchange_import.verifiers(count) == threads


def test_two_packages_are_checked_at_the_same_time_and_imported_in_order(
        branch_dir: Path, hq_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _packages(branch_dir, tmp_path, 3)
    monkeypatch.setattr(exchange_import.os, "cpu_count", lambda: 2)
    both = threading.Barrier(2, timeout=30)  # the first two checks wait for each other: serial checks never meet
    lock = threading.Lock()
    checks: list[str] = []
    real = ExchangeService._open

    def spy(self, path, passwords, progress=None, parse_records=True):  # noqa: ANN001, ANN202
        if not parse_records:  # the check before the import
            with lock:
                checks.append(threading.current_thread().name)
                first_two = len(checks) <= 2
            if first_two:
                both.wait()
        return real(self, path, passwords, parse_records=parse_records)

    monkeypatch.setattr(ExchangeService, "_open", spy)
    said: list[str] = []
    with opened(hq_dir) as s:
        results = s.exchange.import_packages([files[2], files[0], files[1]], PASSWORD,
                                             progress=lambda f, text: said.append(text))
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED] * 3
    assert [r.sequence for r in results] == [3, 1, 2]  # imported in the branch's order, reported in the files'
    assert len(checks) == 3 and len(set(checks[:2])) == 2 and all(n.startswith("package-verify") for n in checks)
    assert [t for t in said if t.startswith("正在核对")] == ["正在核对 p2.djpkg…", "正在核对 p0.djpkg…",
                                                             "正在核对 p1.djpkg…"]


class Stop(Exception):  # noqa: N818 - the window's Cancelled, raised from the progress callback
    pass


def test_a_cancel_while_checking_imports_nothing_and_leaves_nothing_open(
        branch_dir: Path, hq_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _packages(branch_dir, tmp_path, 3)
    monkeypatch.setattr(exchange_import.os, "cpu_count", lambda: 2)
    before = store_snapshot(hq_dir)
    made: list = []
    real = ExchangeService._open

    def spy(self, path, passwords, progress=None, parse_records=True):  # noqa: ANN001, ANN202
        pkg = real(self, path, passwords, parse_records=parse_records)
        made.append(pkg)
        return pkg

    def progress(fraction: float, text: str) -> None:
        if text.startswith("正在核对") and fraction > 0:
            raise Stop

    monkeypatch.setattr(ExchangeService, "_open", spy)
    with opened(hq_dir) as s, pytest.raises(Stop):
        s.exchange.import_packages(files, PASSWORD, progress=progress)
    assert made and all(p._payload is None for p in made)  # noqa: SLF001 - every one closed, its copy removed
    assert store_snapshot(hq_dir) == before


def test_a_package_whose_copy_fills_the_disk_is_refused_as_such_and_the_others_go_on(
        branch_dir: Path, hq_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Checked side by side, two copies can pass the free-space check together and fill the disk: the package
    whose copy ran out of room is refused with the disk-full words (not "an error of the program"), the others are
    imported, and nothing of any package is left in the work folder afterwards."""
    import errno

    from dangjian_desktop.exchange import container

    files = _packages(branch_dir, tmp_path, 3)
    real = container.decrypt_payload

    def decrypt(fh, header, password, body, out, progress):  # noqa: ANN001, ANN202
        if Path(fh.name).name == "p1.djpkg":
            out.write(b"PK\x03\x04 half")
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fh, header, password, body, out, progress)

    monkeypatch.setattr(container, "decrypt_payload", decrypt)
    with opened(hq_dir) as s:
        results = s.exchange.import_packages(files, PASSWORD)
        work = s.exchange.work_dir
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED, ImportOutcome.REFUSED, ImportOutcome.IMPORTED]
    assert "磁盘空间不足" in results[1].reason and "没有改动" in results[1].reason
    assert not list(work.glob("*/payload.zip"))  # nothing of any package left in the work folder
