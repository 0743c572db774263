"""Packages carry the record format version, not the database schema version: an index-only migration at a
branch does not make its packages unreadable at a headquarters that has not upgraded yet."""

from __future__ import annotations

from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.services import exchange as exchange_service
from dangjian_desktop.storage import RECORD_FORMAT_VERSION, SCHEMA_VERSION
from tests.exchange.conftest import PASSWORD, export, manifest_of, opened


def test_manifest_holds_the_record_format_version(branch_dir: Path, tmp_path: Path) -> None:
    assert RECORD_FORMAT_VERSION <= SCHEMA_VERSION
    result = export(branch_dir, tmp_path / "a.djpkg")
    assert manifest_of(Path(result.path))["schema_version"] == RECORD_FORMAT_VERSION


def test_package_of_a_newer_record_format_is_refused(branch_dir: Path, hq_dir: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exchange_service, "RECORD_FORMAT_VERSION", RECORD_FORMAT_VERSION + 1)
    path = Path(export(branch_dir, tmp_path / "new.djpkg").path)
    monkeypatch.setattr(exchange_service, "RECORD_FORMAT_VERSION", RECORD_FORMAT_VERSION)
    with opened(hq_dir) as hq:
        [result] = hq.exchange.import_packages([path], PASSWORD)
        assert result.outcome == ImportOutcome.REFUSED
        assert "更新版本" in result.reason
        assert hq.meetings.count() == 0
