"""Headquarters holds many branches whose records share names (the same campaign title, checklist version and
agenda template in every branch): importing a second branch must not collide with the first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.services import demo
from dangjian_desktop.services.container import Services
from tests.pg.cluster import ENGINES, open_hq


@pytest.fixture(params=ENGINES)
def hq_engine(request: pytest.FixtureRequest) -> str:
    """Headquarters on SQLite and on PostgreSQL (issue 22)."""
    return request.param


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two demo branches' packages, made once for both engines."""
    tmp_path = tmp_path_factory.mktemp("many-branches")
    packages = []
    for i, seed in enumerate((1, 2)):
        with Services.open(tmp_path / f"branch{i}") as s:
            demo.populate(s, seed=seed, today=dt.date(2026, 6, 30))
            b = s.branch.require_profile()
            b.name = f"第{i + 1}党支部"
            s.branch.save_profile(b)
            packages.append(Path(s.exchange.export(tmp_path / f"b{i}.djpkg", password=None,
                                                   allow_unencrypted=True).path))
    return packages


def test_two_demo_branches_import_into_one_headquarters(tmp_path: Path, make_hq, packages: list[Path]) -> None:
    with open_hq(make_hq(tmp_path / "hq", "示范党委")) as hq:
        results = hq.exchange.import_packages(packages)
        assert [r.outcome for r in results] == [ImportOutcome.IMPORTED, ImportOutcome.IMPORTED], \
            [r.reason for r in results]
        names = sorted(o.name for o in hq.exchange.overview(2026))
        assert names == ["第1党支部", "第2党支部"]
        assert [o.members for o in hq.exchange.overview(2026)] == [29, 29]  # 30 in the demo, one transferred out
