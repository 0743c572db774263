"""The package's printed documents reused by the next export when nothing they are made from changed (issue 21):
a record, a setting, the day or a kept file that does not match its hash means they are made again; a write while
they were being made means they are not kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from dangjian_desktop import clock
from dangjian_desktop.exchange import reader
from dangjian_desktop.services import exchange_docs
from dangjian_desktop.services.exchange import ExchangeService

from .conftest import PASSWORD, opened


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How often the documents were made (one entry per export that made them)."""
    calls: list[int] = []
    real = ExchangeService.make_documents

    def spy(self, folder, year, progress=None):  # noqa: ANN001, ANN202
        calls.append(year)
        return real(self, folder, year) if progress is None else real(self, folder, year, progress)

    monkeypatch.setattr(ExchangeService, "make_documents", spy)
    monkeypatch.delenv(exchange_docs.CACHE_ENV, raising=False)
    monkeypatch.setenv(exchange_docs.WORKER_ENV, "0")
    return calls


def _export(s, out: Path, **kw):  # noqa: ANN001, ANN202
    out.unlink(missing_ok=True)
    return s.exchange.export(out, password=PASSWORD, **kw)


def _documents(path: Path, tmp: Path) -> dict[str, bytes]:
    """The PDFs in a package, by name, as bytes (the package verified on opening)."""
    out = {}
    with reader.open_package(path, PASSWORD) as pkg:
        for e in pkg.manifest["entries"]:
            if e["name"].startswith("documents/"):
                out[e["name"]] = pkg.extract(e["name"], tmp / e["name"]).read_bytes()
    return out


def test_unchanged_data_reuses_the_documents_byte_for_byte(branch_dir: Path, tmp_path: Path, made: list[int]):
    with opened(branch_dir) as s:
        first = _export(s, tmp_path / "a.djpkg")
        second = _export(s, tmp_path / "b.djpkg")
        third = _export(s, tmp_path / "c.djpkg", since_last=True)  # incremental: the same store, the same documents
    assert len(made) == 1
    assert first.summary.documents == second.summary.documents == third.summary.documents == ["党员名册.pdf"]
    a, b = _documents(Path(first.path), tmp_path / "a"), _documents(Path(second.path), tmp_path / "b")
    assert a == b and a["documents/党员名册.pdf"].startswith(b"%PDF")


def test_a_changed_record_makes_them_again_with_the_change(branch_dir: Path, tmp_path: Path, made: list[int]):
    from tests.conftest import pdf_text

    with opened(branch_dir) as s:
        _export(s, tmp_path / "a.djpkg")
        member = s.roster.members()[0]
        assert "甄试名" not in member.name
        s.roster.save_member(dataclasses.replace(member, name="甄试名"))
        after = _export(s, tmp_path / "b.djpkg")
    assert len(made) == 2
    pdf = tmp_path / "b" / "roster.pdf"
    with reader.open_package(Path(after.path), PASSWORD) as pkg:
        pkg.extract("documents/党员名册.pdf", pdf)
    assert "甄试名" in pdf_text(pdf).replace(" ", "")


def test_a_deleted_record_a_setting_or_another_day_makes_them_again(branch_dir: Path, tmp_path: Path,
                                                                    made: list[int]):
    from dangjian_desktop.storage.repos import settings

    with opened(branch_dir) as s:
        _export(s, tmp_path / "a.djpkg")
        with s.store.atomic():
            settings.put("pledges.categories", ["只为测试"])
        _export(s, tmp_path / "b.djpkg")
        assert len(made) == 2
        _export(s, tmp_path / "c.djpkg", today=clock.today() + dt.timedelta(days=1))
        assert len(made) == 3
        _export(s, tmp_path / "d.djpkg")  # back to today: the documents kept are the other day's
        assert len(made) == 4
        s.development.delete_case(s.development.cases()[-1].uuid)
        _export(s, tmp_path / "e.djpkg")
        assert len(made) == 5
        _export(s, tmp_path / "f.djpkg")
    assert len(made) == 5


def test_a_kept_document_that_does_not_match_its_hash_is_made_again(branch_dir: Path, tmp_path: Path,
                                                                    made: list[int]):
    with opened(branch_dir) as s:
        first = _export(s, tmp_path / "a.djpkg")
        kept = [p for p in exchange_docs.cache_dir(s).rglob("*.pdf")]
        assert len(kept) == 1
        data = bytearray(kept[0].read_bytes())
        data[len(data) // 2] ^= 0xFF  # one flipped byte, same size
        kept[0].write_bytes(bytes(data))
        second = _export(s, tmp_path / "b.djpkg")
    assert len(made) == 2
    a, b = _documents(Path(first.path), tmp_path / "a"), _documents(Path(second.path), tmp_path / "b")
    assert bytes(data) not in b.values()
    assert len(b["documents/党员名册.pdf"]) == len(a["documents/党员名册.pdf"])


def test_documents_are_not_kept_when_the_store_changed_while_they_were_made(branch_dir: Path, tmp_path: Path,
                                                                            made: list[int], monkeypatch):
    from dangjian_desktop.storage.repos import settings

    spy = ExchangeService.make_documents

    def writes_meanwhile(self, folder, year, progress=None):  # noqa: ANN001, ANN202
        with self.store.atomic():
            settings.put("audit.operator", "另一个人")  # e.g. an edit in the window while the export runs
        return spy(self, folder, year) if progress is None else spy(self, folder, year, progress)

    monkeypatch.setattr(ExchangeService, "make_documents", writes_meanwhile)
    with opened(branch_dir) as s:
        _export(s, tmp_path / "a.djpkg")
        assert not exchange_docs.cache_dir(s).exists() or not any(exchange_docs.cache_dir(s).iterdir())
    assert len(made) == 1


def test_never_reused_when_switched_off(branch_dir: Path, tmp_path: Path, made: list[int], monkeypatch):
    monkeypatch.setenv(exchange_docs.CACHE_ENV, "0")
    with opened(branch_dir) as s:
        _export(s, tmp_path / "a.djpkg")
        _export(s, tmp_path / "b.djpkg")
        assert not exchange_docs.cache_dir(s).exists()
    assert len(made) == 2


def test_the_key_changes_with_the_program(services, monkeypatch):
    day = clock.today()
    key = exchange_docs.documents_key(services, "state", day.year, day, ["党员名册"])
    assert key == exchange_docs.documents_key(services, "state", day.year, day, ["党员名册"])
    assert key != exchange_docs.documents_key(services, "other", day.year, day, ["党员名册"])
    assert key != exchange_docs.documents_key(services, "state", day.year - 1, day, ["党员名册"])
    assert key != exchange_docs.documents_key(services, "state", day.year, day, ["党员名册", "台账"])
    monkeypatch.setattr(exchange_docs, "program_fingerprint", lambda: "another build")
    assert key != exchange_docs.documents_key(services, "state", day.year, day, ["党员名册"])


@pytest.mark.slow
def test_a_worker_started_meanwhile_is_ended_when_the_documents_are_reused(branch_dir: Path, tmp_path: Path,
                                                                           made: list[int], monkeypatch):
    import multiprocessing

    taken: list[bool] = []
    real = exchange_docs.take_kept
    monkeypatch.setattr(exchange_docs, "take_kept", lambda *a: taken.append((r := real(*a)) is not None) or r)
    with opened(branch_dir) as s:
        first = _export(s, tmp_path / "a.djpkg")
        monkeypatch.setenv(exchange_docs.WORKER_ENV, "1")  # started before the records are read, as on 4 cores
        second = _export(s, tmp_path / "b.djpkg")
    assert taken == [False, True] and len(made) == 1
    assert multiprocessing.active_children() == []
    assert _documents(Path(first.path), tmp_path / "a") == _documents(Path(second.path), tmp_path / "b")


def test_the_records_state_moves_with_every_saved_record_only(branch_dir: Path):
    from dangjian_desktop.storage.repos import records_dump, settings

    def state(s) -> str:  # noqa: ANN001
        with s.store.atomic():
            return records_dump.dump_for_package(False).state

    with opened(branch_dir) as s:
        before = state(s)
        assert before == state(s) and len(before) == 64
        with s.store.atomic():
            settings.put("exchange.last_export", {"at": "2026-01-01T00:00:00"})  # not a record
        assert state(s) == before
        member = s.roster.members()[0]
        s.roster.save_member(dataclasses.replace(member, phone="13900000000"))
        changed = state(s)
        assert changed != before
        # saved again with its old value: its stamp (which travels) moved, so the state moves too
        s.roster.save_member(dataclasses.replace(s.roster.member(member.uuid), phone=member.phone))
        assert state(s) not in (before, changed)


@pytest.mark.slow
def test_on_two_cores_no_worker_is_started_when_documents_were_kept_today(branch_dir: Path, tmp_path: Path,
                                                                          made: list[int], monkeypatch):
    monkeypatch.delenv(exchange_docs.WORKER_ENV)
    monkeypatch.setattr(exchange_docs, "WORKER_FROM_BYTES", 1)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    started: list[bool] = []
    real = exchange_docs.DocumentsJob.start

    def start(self) -> None:  # noqa: ANN001
        real(self)
        started.append(self.in_worker)

    monkeypatch.setattr(exchange_docs.DocumentsJob, "start", start)
    with opened(branch_dir) as s:
        _export(s, tmp_path / "a.djpkg")  # none kept: the worker makes them
        _export(s, tmp_path / "b.djpkg")  # kept today: reused, no worker started for nothing
        member = s.roster.members()[0]
        s.roster.save_member(dataclasses.replace(member, phone="13900000001"))
        _export(s, tmp_path / "c.djpkg")  # kept today, but for other records: made here
    assert started == [True, False, False]
    assert len(made) == 1
