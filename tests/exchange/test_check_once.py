"""Work done once, not twice: the writer's read-back does not parse the records it has just serialised (the
container and every entry's hash are still checked), and the manifest's declared counts are checked on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import PackageError
from dangjian_desktop.exchange import reader

from . import hostile
from dangjian_desktop.domain.exchange import ImportOutcome

from .conftest import PASSWORD, export, import_, opened, store_snapshot


def test_export_read_back_does_not_parse_the_records(branch_dir: Path, stick: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = reader._parse_records  # noqa: SLF001

    def spy(zf, manifest):  # noqa: ANN001, ANN202
        calls.append(1)
        return real(zf, manifest)

    monkeypatch.setattr(reader, "_parse_records", spy)
    result = export(branch_dir, stick)
    assert calls == []
    assert result.summary.counts["member"] > 0
    with opened(branch_dir) as s:  # the full check (verify) parses them, and sees the same package
        assert s.exchange.verify(result.path, PASSWORD) == result.summary
    assert calls == [1]


def test_declared_tombstone_count_is_checked_on_load(branch_dir: Path, tmp_path: Path) -> None:
    plain = Path(export(branch_dir, tmp_path, password=None).path)
    manifest, entries = hostile.parts(plain, None)
    manifest["tombstones"] = 3  # the package holds none
    items = list(entries.items())
    bad = tmp_path / "bad.djpkg"
    bad.write_bytes(hostile.container(hostile.zip_bytes(items, hostile.manifest_for(manifest, items)), None,
                                      hostile.signer_of(branch_dir)))
    with pytest.raises(PackageError, match="已损坏"):
        reader.verify(bad)
    with reader.open_package(bad, parse_records=False) as pkg:  # declared, not yet checked...
        assert pkg.summary().tombstones == 3
        with pytest.raises(PackageError, match="已损坏"):  # ...until the records are loaded
            pkg.load()


def test_summary_without_declared_counts_parses_the_records(branch_dir: Path, tmp_path: Path) -> None:
    plain = Path(export(branch_dir, tmp_path, password=None).path)
    manifest, entries = hostile.parts(plain, None)
    manifest["counts"] = {t: str(n) for t, n in manifest["counts"].items()}
    items = list(entries.items())
    bad = tmp_path / "bad.djpkg"
    bad.write_bytes(hostile.container(hostile.zip_bytes(items, hostile.manifest_for(manifest, items)), None,
                                      hostile.signer_of(branch_dir)))
    with reader.open_package(bad, parse_records=False) as pkg, pytest.raises(PackageError, match="已损坏"):
        pkg.summary()  # counts not declared as numbers: counted from the records, which do not match them


def test_staged_files_are_synced_together_before_the_merge(package: Path, hq_dir: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from dangjian_desktop.services import attachments
    from dangjian_desktop.storage.repos import records as records_repo

    events: list[tuple[str, int]] = []
    real_sync, real_merge = attachments.sync_files, records_repo.merge

    def spy_sync(paths, workers=8):  # noqa: ANN001, ANN202
        assert all(p.is_file() for p in paths)
        events.append(("sync", len(paths)))
        real_sync(paths, workers)

    def spy_merge(*args, **kw):  # noqa: ANN002, ANN003, ANN202
        events.append(("merge", 0))
        return real_merge(*args, **kw)

    monkeypatch.setattr(attachments, "sync_files", spy_sync)
    monkeypatch.setattr(records_repo, "merge", spy_merge)
    with reader.open_package(package, PASSWORD) as pkg:
        files = len(pkg.attachments) + len(pkg.documents)
    assert files > 1
    [result] = import_(hq_dir, package)
    assert result.outcome is ImportOutcome.IMPORTED
    assert events == [("sync", files), ("merge", 0)]


def test_attachments_held_already_are_not_staged_again(package: Path, branch_dir: Path, hq_dir: Path,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The branch's next full package brings the same photos: they are not extracted again. (The same package
    again is not even opened past its manifest: it was imported already.)"""
    assert import_(hq_dir, package)[0].outcome is ImportOutcome.IMPORTED
    second = Path(export(branch_dir, tmp_path / "second.djpkg").path)
    extracted: list[str] = []
    real = reader.OpenedPackage.extract

    def spy(self, name, dest, **kw):  # noqa: ANN001, ANN003, ANN202
        extracted.append(name)
        return real(self, name, dest, **kw)

    monkeypatch.setattr(reader.OpenedPackage, "extract", spy)
    before = store_snapshot(hq_dir)
    assert import_(hq_dir, package)[0].outcome is ImportOutcome.UNCHANGED
    assert extracted == [] and store_snapshot(hq_dir) == before
    [again] = import_(hq_dir, second)
    assert again.outcome is ImportOutcome.IMPORTED, again.reason
    assert not [n for n in extracted if n.startswith("attachments/")]  # documents only, if they changed
    with reader.open_package(second, PASSWORD) as pkg:
        assert pkg.attachments


def test_sync_files(tmp_path: Path) -> None:
    from dangjian_desktop.services.attachments import sync_files

    paths = []
    for i in range(20):
        p = tmp_path / f"{i}"
        p.write_bytes(b"x" * i)
        paths.append(p)
    sync_files(paths)
    sync_files(paths[:1])
    sync_files([])
    with pytest.raises(OSError):
        sync_files([*paths, tmp_path / "missing"])
