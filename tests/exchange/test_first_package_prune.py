"""A branch's first full package at headquarters: the branch held nothing before it, so nothing is looked for to
prune (one registry entry asked instead of every row of the branch read back); its next full package is pruned as
before. Both engines."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.services.container import Services
from tests.exchange.conftest import opened
from tests.pg.cluster import ENGINES

HQ_NAME = "示范能源公司党委"


@pytest.fixture(params=ENGINES)
def hq_engine(request: pytest.FixtureRequest) -> str:
    return request.param


def _export(folder: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from dangjian_desktop.services import exchange

    monkeypatch.setattr(exchange, "package_documents", lambda s: [])
    with opened(folder) as s:
        return Path(s.exchange.export(out, password=None, allow_unencrypted=True).path)


def test_a_branch_that_held_nothing_is_not_pruned(make_hq, tmp_path, monkeypatch):  # noqa: ANN001
    from dangjian_desktop.storage.repos import records_merge

    pruned: list[str] = []
    real = records_merge.prune_absent
    monkeypatch.setattr(records_merge, "prune_absent",
                        lambda records, *a, **k: pruned.append("x") or real(records, *a, **k))
    branch = tmp_path / "b"
    with Services.open(branch) as s:
        s.branch.save_profile(Branch(name="第一党支部", parent_committee=HQ_NAME))
        for n in range(3):
            s.roster.save_member(Member(name=f"党员{n}", joined_party_on=dt.date(2010, 7, 1),
                                        full_member_on=dt.date(2011, 7, 1)))
    first = _export(branch, tmp_path / "p1.djpkg", monkeypatch)
    with opened(branch) as s:
        s.roster.save_member(dataclasses.replace(s.roster.members()[0], note="更正"))
    second = _export(branch, tmp_path / "p2.djpkg", monkeypatch)
    hq = make_hq(tmp_path / "hq", HQ_NAME)

    with opened(hq) as s:
        [r1] = s.exchange.import_packages([first], None)
    assert r1.outcome is ImportOutcome.IMPORTED and pruned == []
    with opened(hq) as s:
        [r2] = s.exchange.import_packages([second], None)
        assert r2.outcome is ImportOutcome.IMPORTED and pruned == ["x"]
    with opened(hq) as s:
        assert s.exchange.overview()[0].sequence == 2
