"""Headquarters imports a folder of packages holding one package's records in memory at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.services.exchange import ExchangeService
from tests.exchange.conftest import PASSWORD, export, opened
from tests.pg.cluster import ENGINES


@pytest.fixture(params=ENGINES)
def hq_engine(request: pytest.FixtureRequest) -> str:
    """Headquarters on SQLite and on PostgreSQL (issue 22)."""
    return request.param


def test_records_are_parsed_only_when_their_package_is_imported(branch_dir: Path, hq_dir: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch, hq_engine: str) -> None:
    first = Path(export(branch_dir, tmp_path / "a.djpkg").path)
    with opened(branch_dir) as s:
        m = s.roster.members()[0]
        m.position = "宣传委员"
        s.roster.save_member(m)
    second = Path(export(branch_dir, tmp_path / "b.djpkg").path)
    broken = tmp_path / "c.djpkg"
    broken.write_bytes(b"not a package")

    seen: list[tuple[str, list[str]]] = []
    waiting: list = []
    real_open, real_import = ExchangeService._open, ExchangeService._import_one

    def spy_open(self, path, passwords, progress=None, parse_records=True):  # noqa: ANN001, ANN202
        pkg = real_open(self, path, passwords, parse_records=parse_records)
        waiting.append(pkg)
        return pkg

    def spy_import(self, pkg):  # noqa: ANN001, ANN202
        parsed = [Path(p.path).name for p in waiting if p._records is not None]  # noqa: SLF001
        seen.append((Path(pkg.path).name, parsed))
        return real_import(self, pkg)

    monkeypatch.setattr(ExchangeService, "_open", spy_open)
    monkeypatch.setattr(ExchangeService, "_import_one", spy_import)
    with opened(hq_dir) as s:
        results = s.exchange.import_packages([second, broken, first], PASSWORD)  # newest first: imported oldest first
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED, ImportOutcome.REFUSED, ImportOutcome.IMPORTED]
    assert results[0].updated == 1 and results[2].inserted > 0
    if hq_engine == "sqlite":
        assert seen == [("a.djpkg", ["a.djpkg"]), ("b.djpkg", ["b.djpkg"])]  # only the one being imported
    else:  # PostgreSQL reads the next package ahead while the server takes this one's rows: never more than two
        assert [name for name, _ in seen] == ["a.djpkg", "b.djpkg"]
        assert set(seen[0][1]) <= {"a.djpkg", "b.djpkg"} and "a.djpkg" in seen[0][1]
        assert seen[1][1] == ["b.djpkg"]  # the last one: nothing after it
    assert all(p._zip is None and p._records is None for p in waiting)  # noqa: SLF001 - all closed again
