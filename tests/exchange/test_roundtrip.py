"""Round trip branch -> USB package -> headquarters, idempotence, newer/older packages, incremental packages."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dangjian_desktop import clock
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.exchange import ImportOutcome, PackageKind
from dangjian_desktop.exchange import reader
from dangjian_desktop.storage.repos import records as records_repo

from tests.pg.cluster import on_both_engines

from .conftest import PASSWORD, counts, export, import_, manifest_of, opened, store_snapshot


@on_both_engines  # PostgreSQL too (issue 22)
def test_round_trip_same_counts_and_same_pdfs(all_documents, branch_dir: Path, hq_dir: Path, stick: Path):
    result = export(branch_dir, stick)
    path = Path(result.path)
    assert path.parent == stick
    assert path.name == f"示范能源公司检修分公司党支部_{clock.today():%Y%m%d}.djpkg"
    assert list(stick.iterdir()) == [path]  # no temporary file left beside it
    with opened(hq_dir) as s:
        summary = s.exchange.verify(path, PASSWORD)
    assert summary.encrypted and summary.kind is PackageKind.FULL
    assert summary.branch_name == "示范能源公司检修分公司党支部"
    assert "党员名册.pdf" in summary.documents and "年度党建工作台账.pdf" in summary.documents

    [res] = import_(hq_dir, path)
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    branch_counts = counts(branch_dir)
    hq_counts = counts(hq_dir)
    for table, n in branch_counts.items():
        assert hq_counts[table] == n, table
    assert branch_counts["member"] == 30

    # the printed PDFs at headquarters are byte for byte those in the package
    with reader.open_package(path, PASSWORD) as pkg:
        packaged = {e["name"].split("/", 1)[1]: pkg.read(e["name"]) for e in pkg.documents}
    with opened(hq_dir) as s:
        received = s.exchange.received_documents(summary.branch_uuid)
    assert {p.name for p in received} == set(packaged)
    for p in received:
        assert p.read_bytes() == packaged[p.name]
        assert p.read_bytes().startswith(b"%PDF")

    # the records themselves are equal, row by row, as the package format expresses them
    with opened(branch_dir) as s:
        at_branch = records_repo.dump()
    with opened(hq_dir) as s:
        at_hq = records_repo.dump()
    assert at_hq == at_branch

    with opened(hq_dir) as s:
        [b] = s.exchange.overview()
        assert s.branch.profile() is None  # headquarters holds branches, it is none of them
    assert b.name == "示范能源公司检修分公司党支部"
    assert b.members == 29  # one of the 30 demo members was transferred out
    assert b.last_package_at == summary.created_at


@on_both_engines  # PostgreSQL too (issue 22)
def test_importing_the_same_package_twice_changes_nothing(package: Path, hq_dir: Path):
    [first] = import_(hq_dir, package)
    assert first.outcome is ImportOutcome.IMPORTED
    before = store_snapshot(hq_dir)
    [again] = import_(hq_dir, package)
    assert again.outcome is ImportOutcome.UNCHANGED
    assert "没有改动" in again.reason
    assert store_snapshot(hq_dir) == before  # counts, updated_at, settings, files: all as they were


@on_both_engines  # PostgreSQL too (issue 22)
def test_newer_package_updates_and_older_is_skipped(branch_dir: Path, hq_dir: Path, stick: Path, tmp_path: Path):
    old = Path(export(branch_dir, stick).path)
    with opened(branch_dir) as s:
        m = s.roster.members()[0]
        m.phone = "13800000000"
        s.roster.save_member(m)
        changed_uuid = m.uuid
    newer_dir = tmp_path / "newer"
    newer_dir.mkdir()
    new = Path(export(branch_dir, newer_dir).path)

    [r1] = import_(hq_dir, new)
    assert r1.outcome is ImportOutcome.IMPORTED
    with opened(hq_dir) as s:
        assert s.roster.member(changed_uuid).phone == "13800000000"
    before = store_snapshot(hq_dir)
    [r2] = import_(hq_dir, old)
    assert r2.outcome is ImportOutcome.SKIPPED
    assert "更旧" in r2.reason
    assert store_snapshot(hq_dir) == before


def test_newer_package_updates_after_older(branch_dir: Path, hq_dir: Path, stick: Path, tmp_path: Path):
    old = Path(export(branch_dir, stick).path)
    import_(hq_dir, old)
    with opened(branch_dir) as s:
        m = s.roster.members()[1]
        m.position = "党建专员"
        s.roster.save_member(m)
    newer_dir = tmp_path / "newer"
    newer_dir.mkdir()
    new = Path(export(branch_dir, newer_dir).path)
    [res] = import_(hq_dir, new)
    assert res.outcome is ImportOutcome.IMPORTED
    assert res.updated == 1 and res.inserted == 0
    with opened(hq_dir) as s:
        assert s.roster.member(m.uuid).position == "党建专员"
    # both at once, newest first on the command line: imported oldest first, so nothing is skipped
    hq2 = tmp_path / "hq2"
    with opened(hq2) as s:
        s.branch.init_headquarters("另一个党委")
    results = import_(hq2, new, old)
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED, ImportOutcome.IMPORTED]


@on_both_engines  # PostgreSQL too (issue 22)
def test_incremental_package_carries_only_changes_and_tombstones(branch_dir: Path, hq_dir: Path, stick: Path,
                                                                  tmp_path: Path):
    full = Path(export(branch_dir, stick).path)
    assert import_(hq_dir, full)[0].outcome is ImportOutcome.IMPORTED
    with opened(branch_dir) as s:
        last = s.exchange.last_export()
        assert last is not None and last["file"] == full.name
        m = s.roster.members()[0]
        m.note = "增量测试"
        s.roster.save_member(m)
        groups = s.branch.groups()
        doomed = groups[-1]
        in_doomed = {x.uuid for x in s.roster.members() if x.group_uuid == doomed.uuid}
        s.branch.delete_group(doomed.uuid)
    inc_dir = tmp_path / "inc"
    inc_dir.mkdir()
    inc = Path(export(branch_dir, inc_dir, since_last=True).path)
    manifest = manifest_of(inc)
    assert manifest["kind"] == "incremental"
    assert manifest["since"] == last["at"].isoformat()
    assert manifest["tombstones"] == 1
    expected_members = in_doomed | {m.uuid}
    assert manifest["counts"]["member"] == len(expected_members)
    assert manifest["counts"]["party_group"] == 0
    assert manifest["counts"]["branch"] == 0
    with reader.open_package(inc, PASSWORD) as pkg:
        assert {r["uuid"] for r in pkg.records["member"]} == expected_members
        assert pkg.tombstones[0]["uuid"] == doomed.uuid

    [res] = import_(hq_dir, inc)
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    assert res.deleted == 1
    assert counts(hq_dir) == counts(branch_dir)
    with opened(hq_dir) as s:
        assert s.roster.member(m.uuid).note == "增量测试"
        assert all(s.roster.member(u).group_uuid is None for u in in_doomed)
    # the same incremental package again: nothing changes
    before = store_snapshot(hq_dir)
    assert import_(hq_dir, inc)[0].outcome is ImportOutcome.UNCHANGED
    assert store_snapshot(hq_dir) == before


def test_incremental_without_its_base_is_refused(branch_dir: Path, hq_dir: Path, stick: Path, tmp_path: Path):
    export(branch_dir, stick)  # never reaches headquarters
    inc_dir = tmp_path / "inc"
    inc_dir.mkdir()
    inc = Path(export(branch_dir, inc_dir, since_last=True).path)
    before = store_snapshot(hq_dir)
    [res] = import_(hq_dir, inc)
    assert res.outcome is ImportOutcome.REFUSED
    assert "增量数据包" in res.reason and "完整数据包" in res.reason
    assert store_snapshot(hq_dir) == before


def test_since_last_needs_a_previous_export(branch_dir: Path, stick: Path):
    with pytest.raises(ValidationError, match="完整数据包"):
        export(branch_dir, stick, since_last=True)


def test_unencrypted_only_by_explicit_choice(branch_dir: Path, hq_dir: Path, stick: Path):
    with opened(branch_dir) as s:
        with pytest.raises(ValidationError, match="不加密"):
            s.exchange.export(stick, password=None)
        with pytest.raises(ValidationError, match="至少"):
            s.exchange.export(stick, password="123")
        assert list(stick.iterdir()) == []
        res = s.exchange.export(stick, password=None, allow_unencrypted=True)
        assert not s.exchange.is_encrypted(res.path)
    assert not res.summary.encrypted
    [r] = import_(hq_dir, Path(res.path), password=None)
    assert r.outcome is ImportOutcome.IMPORTED


def test_encrypted_package_hides_personal_data(branch_dir: Path, stick: Path):
    path = Path(export(branch_dir, stick).path)
    with opened(branch_dir) as s:
        m = s.roster.members()[0]
    raw = path.read_bytes()
    for secret in (m.id_number, m.phone, m.name):
        assert secret.encode("utf-8") not in raw


def test_folder_import_and_passwords_tried_in_turn(branch_dir: Path, hq_dir: Path, stick: Path):
    export(branch_dir, stick)
    (stick / "notes.txt").write_text("不是数据包", encoding="utf-8")
    results = import_(hq_dir, stick, password=["wrong-one", PASSWORD])
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED]


def test_branch_store_cannot_import(package: Path, branch_dir: Path):
    with opened(branch_dir) as s, pytest.raises(ValidationError, match="上级党委"):
        s.exchange.import_packages([package], PASSWORD)


@on_both_engines  # PostgreSQL too (issue 22)
def test_package_from_another_branch_cannot_touch_a_branch_already_held(branch_dir: Path, hq_dir: Path,
                                                                       stick: Path, tmp_path: Path):
    """A copy of branch A's data folder renamed as branch B: same record UUIDs under another branch UUID."""
    import shutil
    import sqlite3

    import_(hq_dir, Path(export(branch_dir, stick).path))
    clone = tmp_path / "clone"
    shutil.copytree(branch_dir, clone, ignore=shutil.ignore_patterns("dangjian.lock"))
    con = sqlite3.connect(clone / "dangjian.sqlite3")
    con.execute("UPDATE branch SET uuid = 'ffffffff-0000-4000-8000-000000000000', name = '冒名党支部'")
    con.commit()
    con.close()
    other = tmp_path / "other"
    other.mkdir()
    path = Path(export(clone, other).path)
    before = store_snapshot(hq_dir)
    [res] = import_(hq_dir, path)
    assert res.outcome is ImportOutcome.REFUSED
    assert "另一个党支部" in res.reason
    assert store_snapshot(hq_dir) == before


def test_same_file_twice_on_the_command_line_is_imported_once(package: Path, hq_dir: Path):
    results = import_(hq_dir, package, package)
    assert len(results) == 1


def test_attachment_hash_rule_is_documented():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "PACKAGE_FORMAT.md").read_text(encoding="utf-8")
    from dangjian_desktop.exchange import format as fmt

    for col in fmt.ATTACHMENT_HASH_COLUMNS:
        assert f"`{col}`" in doc
    assert f"| {fmt.FORMAT_VERSION} |" in doc or f"format_version` = {fmt.FORMAT_VERSION}" in doc


def test_sha256_of_every_entry_is_in_the_manifest(package: Path):
    with reader.open_package(package, PASSWORD) as pkg:
        for e in pkg.manifest["entries"]:
            assert hashlib.sha256(pkg.read(e["name"])).hexdigest() == e["sha256"]
            assert len(pkg.read(e["name"])) == e["size"]


def test_overview_shows_the_figures_the_branch_computed(branch_dir: Path, hq_dir: Path, stick: Path):
    """Headquarters shows for the package's year the figures the branch computed by its own rules (what they are
    is tests/services/test_year_figures.py's business), and for another year counts from the rows where it can."""
    from dangjian_desktop.domain.meetings import MeetingFilter

    today = clock.today()
    with opened(branch_dir) as s:
        sent = s.exchange.figures(today)
        last_year = len(s.meetings.list(MeetingFilter(year=today.year - 1)))
        path = Path(s.exchange.export(stick, password=PASSWORD).path)
    assert manifest_of(path)["figures"] == sent and sent["year"] == today.year
    assert all(isinstance(sent[k], int) for k in ("meetings_held", "meetings_required", "pledges"))
    import_(hq_dir, path)
    with opened(hq_dir) as s:
        [b] = s.exchange.overview()
        assert b.figures == {k: v for k, v in sent.items() if k != "year"}
        [old] = s.exchange.overview(today.year - 1)  # another year: counted from the imported meetings
        assert old.figures["meetings_held"] == last_year and old.figures.get("meetings_required") is None
