"""Adding a record kind is its own modules plus one declaration: tests/features/throwaway_kind.py is registered
here, and the app finds it everywhere — schema, service, CLI, demo, 首页, ledger, 报表 and `dangjian report`, counts
and labels, the data package, headquarters' figures — with no other file edited."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dangjian_desktop import clock, features
from dangjian_desktop.cli import main as cli
from dangjian_desktop.services import dashboard, documents, ledger
from dangjian_desktop.services.container import Services
from dangjian_desktop.services.reminders import all_reminders
from tests.conftest import pdf_text
from tests.features.throwaway_kind import FEATURE

TODAY = dt.date(2026, 5, 20)


@pytest.fixture
def kind():
    # the demo (made by the CLI) and the test's own rows use one date: the clock pinned to TODAY, whatever day
    # the suite runs on (a note made "today" by the demo and counted in TODAY's year)
    clock.set_today(TODAY)
    try:
        with features.registered(FEATURE):  # the one line a new kind adds (to FEATURE_MODULES)
            yield FEATURE
    finally:
        clock.set_today(None)


def test_the_kind_is_found_everywhere(kind, tmp_path: Path, capsys):
    # 报表 names its ledger chapter among the ledger's contents
    [ledger_doc] = [d for d in features.documents() if d.key == "ledger"]
    assert "、便笺、任期与换届" in ledger_doc.summary
    branch = tmp_path / "branch"
    assert cli(["--data-dir", str(branch), "demo"]) == 0  # its demo ran in the same transaction
    capsys.readouterr()
    with Services.open(branch) as s:
        # the table exists (its own schema step) and the service is reachable by its name
        assert s.notes.notes() and s.notes.notes()[0][1] == "演示便笺"
        s.notes.add(TODAY + dt.timedelta(days=3), "交党费收据")
        # 首页: its reminder and its figure
        assert any(r.kind == "note_due" and "交党费收据" in r.title for r in all_reminders(s, TODAY))
        glance = dashboard.year_glance(s, TODAY.year, TODAY)
        assert any(st.label == "便笺" for st in glance.stats) and any(c.key == "notes" for c in glance.charts)
        # the ledger has its chapter, numbered among the others
        book = ledger.collect(s, TODAY.year, TODAY)
        assert "便笺登记" in [sec.title for sec in book.sections]
        # 报表 lists its document under its key; counts name its table in Chinese
        assert "notes" in [d.key for d in documents.documents()]
        assert dict(s.info.labelled_counts())["便笺"] == 2
        assert "便笺 2" in s.backups.create().summary()
    # the CLI has its command and `report <key>` for its document
    assert cli(["--data-dir", str(branch), "notes"]) == 0
    assert sorted(n["text"] for n in json.loads(capsys.readouterr().out)) == ["交党费收据", "演示便笺"]
    out = tmp_path / "便笺.pdf"
    assert cli(["--data-dir", str(branch), "report", "notes", "--year", str(TODAY.year), "--out", str(out)]) == 0
    assert "交党费收据" in pdf_text(out).replace(" ", "")

    # the data package carries its rows; headquarters holds them and shows its figure
    hq = tmp_path / "hq"
    with Services.open(hq) as s:
        s.branch.init_headquarters("上级党委")
    stick = tmp_path / "stick"
    stick.mkdir()
    with Services.open(branch) as s:
        pkg = Path(s.exchange.export(stick / "p.djpkg", password=None, allow_unencrypted=True,
                                     today=TODAY).path)
        assert (TODAY.year, "便笺登记表") in [(TODAY.year, d.file_stem) for d in documents.package_documents()]
    with Services.open(hq) as s:
        [result] = s.exchange.import_packages([pkg], None)
        assert result.outcome.value == "imported", result.reason
        assert sorted(t for _, t in s.notes.notes()) == ["交党费收据", "演示便笺"]
        [row] = s.exchange.overview(TODAY.year)
        assert row.figures["notes"] == 2


def test_without_the_declaration_the_app_knows_nothing_of_it(tmp_path: Path):
    assert "notes" not in [f.key for f in features.features()]
    with Services.open(tmp_path / "d") as s, pytest.raises(AttributeError):
        s.notes  # noqa: B018
