"""Work done once, not twice: the writer's read-back does not parse the records it has just serialised (the
container and every entry's hash are still checked), and the manifest's declared counts are checked on load."""

from __future__ import annotations

from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import PackageError
from dangjian_desktop.exchange import reader

from . import hostile
from .conftest import PASSWORD, export, opened


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
    bad.write_bytes(hostile.container(hostile.zip_bytes(items, hostile.manifest_for(manifest, items)), None))
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
    bad.write_bytes(hostile.container(hostile.zip_bytes(items, hostile.manifest_for(manifest, items)), None))
    with reader.open_package(bad, parse_records=False) as pkg, pytest.raises(PackageError, match="已损坏"):
        pkg.summary()  # counts not declared as numbers: counted from the records, which do not match them
