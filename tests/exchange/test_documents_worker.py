"""The package's printed documents made in a worker process while the records are written (issue 21): the package
is the same (entries, records, the documents' text), a worker that fails is replaced by making them here, and a
cancelled export ends the worker and leaves nothing behind. The worker is a spawned interpreter (slow: ~1 s)."""

from __future__ import annotations

import multiprocessing
import re
from pathlib import Path

import pytest

from dangjian_desktop.domain.errors import Cancelled
from dangjian_desktop.exchange import reader
from dangjian_desktop.services import exchange_docs

from .conftest import PASSWORD, export, opened

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def documents_always_made(monkeypatch):
    """The documents of an earlier export of the same data are reused (test_documents_kept.py): here they are
    made every time, by the worker or not."""
    monkeypatch.setenv(exchange_docs.CACHE_ENV, "0")


def _contents(path: Path, tmp: Path) -> dict[str, object]:
    """Each entry of the package: the records as parsed JSON, a PDF as its text, by name."""
    from tests.conftest import pdf_text

    out: dict[str, object] = {}
    with reader.open_package(path, PASSWORD) as pkg:
        for e in pkg.manifest["entries"]:
            name = e["name"]
            if name.endswith(".pdf"):
                pkg.extract(name, tmp / name)
                # the minute each was made (「于 2026-10-15 04:11 生成」) is the only thing that may differ
                out[name] = re.sub(r"于 \d{4}-\d\d-\d\d \d\d:\d\d 生成", "于 … 生成", pdf_text(tmp / name))
            else:  # the records, tombstones and photos: byte for byte
                out[name] = e["sha256"]
    return out


def test_worker_package_is_the_same_package(all_documents, branch_dir: Path, tmp_path: Path, monkeypatch):
    real = exchange_docs.worker_wanted
    here = export(branch_dir, tmp_path / "here.djpkg")
    monkeypatch.setenv(exchange_docs.WORKER_ENV, "1")
    started: list[bool] = []
    monkeypatch.setattr(exchange_docs, "worker_wanted", lambda s: started.append(real(s)) or started[-1])
    there = export(branch_dir, tmp_path / "there.djpkg")
    assert started == [True]
    assert here.skipped_documents == there.skipped_documents  # none, or the same (a year with no minutes yet)
    assert here.summary.documents == there.summary.documents  # in the same order
    assert "党员名册.pdf" in there.summary.documents and "年度党建工作台账.pdf" in there.summary.documents
    a = _contents(Path(here.path), tmp_path / "a")
    b = _contents(Path(there.path), tmp_path / "b")
    assert list(a) == list(b)  # the same entries in the same order
    assert a == b  # records and photos byte for byte, every document with the same text
    assert "示范能源公司检修分公司党支部" in str(b["documents/年度党建工作台账.pdf"]).replace(" ", "")


@pytest.mark.parametrize("part, broken", [
    ("_job", "_broken_job"),  # the worker's job fails: made here
    # a spawned process that dies as it starts (security software, a broken bundle) is started again and again by
    # the pool and never takes a document: the export makes them all itself and does not wait for it
    ("_init_worker", "_never_starts"),
])
def test_a_failing_worker_is_replaced_by_making_them_here(part: str, broken: str, branch_dir: Path, tmp_path: Path,
                                                          monkeypatch):
    monkeypatch.setenv(exchange_docs.WORKER_ENV, "1")
    monkeypatch.setattr(exchange_docs, part, globals()[broken])  # pickled by name: the worker runs this one
    result = export(branch_dir, tmp_path / "p.djpkg")
    assert result.summary.documents == ["党员名册.pdf"]  # made here, with the conftest's one document
    assert result.skipped_documents == []
    assert multiprocessing.active_children() == []  # the pool was ended


def _broken_job(root: str, folder: str, year: int, names: list[str]):  # noqa: ANN202
    raise RuntimeError("the worker broke")


def test_cancel_while_the_worker_runs_ends_it(branch_dir: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv(exchange_docs.WORKER_ENV, "1")
    seen: list[str] = []

    def progress(fraction: float, text: str) -> None:
        seen.append(text)
        if text == "正在生成打印文件…":
            raise Cancelled()

    with opened(branch_dir) as s, pytest.raises(Cancelled):
        s.exchange.export(tmp_path / "p.djpkg", password=PASSWORD, progress=progress)
    assert "正在生成打印文件…" in seen
    assert not (tmp_path / "p.djpkg").exists() and not list(tmp_path.glob("*.part*"))
    assert multiprocessing.active_children() == []  # the worker was ended


def test_worker_only_for_a_large_store_and_as_asked(services, monkeypatch):
    monkeypatch.delenv(exchange_docs.WORKER_ENV, raising=False)
    assert not exchange_docs.worker_wanted(services)  # a new store is small
    monkeypatch.setattr(exchange_docs, "WORKER_FROM_BYTES", 1)
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    assert exchange_docs.worker_wanted(services)
    monkeypatch.setattr("os.cpu_count", lambda: 2)  # two cores: the worker wins unless the other core is busy
    assert exchange_docs.worker_wanted(services)
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert not exchange_docs.worker_wanted(services)
    monkeypatch.setenv(exchange_docs.WORKER_ENV, "1")
    assert exchange_docs.worker_wanted(services)
    monkeypatch.setenv(exchange_docs.WORKER_ENV, "0")
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    assert not exchange_docs.worker_wanted(services)


def test_the_worker_and_the_export_take_each_document_once():
    """Both take the documents in order from one shared counter: whoever asks first for a number gets it, the
    other skips it; each document is made exactly once, whatever the interleaving."""
    counter = multiprocessing.get_context("spawn").Value("i", 0)
    worker, export_ = exchange_docs.take_next(counter), exchange_docs.take_next(counter)
    taken = {"worker": [], "export": []}
    for n in range(3):  # the worker alone at first
        if worker(n):
            taken["worker"].append(n)
    for n in range(8):  # the export comes: asks from 0 on, gets 3
        if export_(n):
            taken["export"].append(n)
            if n == 3:  # meanwhile the worker asks for 3 and 4: 4 is its own
                taken["worker"] += [m for m in (3, 4) if worker(m)]
    assert taken == {"worker": [0, 1, 2, 4], "export": [3, 5, 6, 7]}


def _never_starts(next_document) -> None:  # noqa: ANN001
    raise SystemExit("the worker cannot start")
