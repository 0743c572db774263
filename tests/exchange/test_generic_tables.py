"""A table the exchange code has never heard of travels, with its foreign keys, attachments and deletions."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from peewee import CharField, ForeignKeyField, TextField

from dangjian_desktop import features
from dangjian_desktop.domain.exchange import ImportOutcome
from dangjian_desktop.features import Feature, Table
from dangjian_desktop.storage.models import MemberRow, Record, Tombstone
from dangjian_desktop.storage.repos import records as records_repo

from tests.pg.cluster import on_both_engines

from .conftest import export, import_, manifest_of, opened


class NoteRow(Record):
    """A stand-in for a feature table added later (photos of a meeting, say)."""

    member = ForeignKeyField(MemberRow, null=True, on_delete="CASCADE")
    parent = ForeignKeyField("self", null=True, on_delete="SET NULL")
    text = TextField(default="")
    sha256 = CharField(max_length=64, default="")

    class Meta:
        table_name = "test_note"


@pytest.fixture
def with_notes():
    with features.registered(Feature("test_notes", "便笺", tables=(Table("test_note", f"{__name__}:NoteRow", "便笺"),))):
        yield


@on_both_engines  # PostgreSQL too (issue 22)
def test_new_table_with_attachments_round_trip(with_notes, branch_dir: Path, hq_dir: Path, stick: Path,
                                                tmp_path: Path):
    photo = b"\xff\xd8\xff\xe0" + "会议照片".encode() * 1000  # a JPEG's first bytes
    digest = hashlib.sha256(photo).hexdigest()
    other = b"%PDF-1.4 a scan kept under an old name"
    other_digest = hashlib.sha256(other).hexdigest()
    word = b"PK\x03\x04 a Word document"
    word_digest = hashlib.sha256(word).hexdigest()
    missing = "0" * 64
    with opened(branch_dir) as s:
        s.store.database.create_tables([NoteRow])
        (s.store.paths.attachments / digest[:2]).mkdir(parents=True)
        (s.store.paths.attachments / digest[:2] / f"{digest}.jpg").write_bytes(photo)
        (s.store.paths.attachments / "legacy-name.PDF").write_bytes(other)
        (s.store.paths.attachments / f"{word_digest}.docx").write_bytes(word)
        (s.store.paths.attachments / "unreferenced.txt").write_bytes(b"stays home")
        member = MemberRow.select().first()
        with s.store.atomic():
            # the child is written before its parent: the parent key points forward
            child = NoteRow.create(member=member, text="子记录", sha256="")
            parent = NoteRow.create(member=member, text="照片", sha256=digest)
            NoteRow.update(parent=parent).where(NoteRow.id == child.id).execute()
            NoteRow.create(member=None, text="旧文件", sha256=other_digest)
            NoteRow.create(member=None, text="丢失", sha256=missing)
            NoteRow.create(member=None, text="Word文档", sha256=word_digest)
        member_uuid, child_uuid, parent_uuid = member.uuid, child.uuid, parent.uuid
    result = export(branch_dir, stick)
    assert result.missing_attachments == [missing]
    # headquarters takes pictures and PDF only: the Word file stays home, and the secretary is told
    assert len(result.left_out_attachments) == 1 and f"{word_digest}.docx" in result.left_out_attachments[0]
    manifest = manifest_of(Path(result.path))
    assert manifest["counts"]["test_note"] == 5
    assert manifest["tables"].index("member") < manifest["tables"].index("test_note")
    packed = {e["name"] for e in manifest["entries"] if e["name"].startswith("attachments/")}
    # the demo's own evidence photos travel too (referenced from JSON columns); the unreferenced file stays home;
    # every file travels under its content's name
    assert {f"attachments/{digest[:2]}/{digest}.jpg", f"attachments/{other_digest[:2]}/{other_digest}.pdf"} <= packed
    assert not [n for n in packed if "unreferenced" in n or "legacy" in n or n.endswith(".docx")]

    with opened(hq_dir) as s:
        s.store.database.create_tables([NoteRow])
    [res] = import_(hq_dir, Path(result.path))
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    with opened(hq_dir) as s:
        got = {n.uuid: n for n in NoteRow.select()}
        assert got[parent_uuid].member.uuid == member_uuid
        assert got[child_uuid].parent.uuid == parent_uuid  # the forward reference, set in the second pass
        assert (s.store.paths.attachments / digest[:2] / f"{digest}.jpg").read_bytes() == photo
        assert (s.store.paths.attachments / other_digest[:2] / f"{other_digest}.pdf").read_bytes() == other
        assert not list(s.store.paths.attachments.rglob("unreferenced*"))
        assert not list(s.store.paths.attachments.rglob("*.docx"))
        [b] = s.exchange.overview()
        tables = {t.table: t for t in s.exchange.branch_records(b.uuid)}
        assert len(tables["test_note"].rows) == 5

    # a deletion at the branch travels as a tombstone in the incremental package
    with opened(branch_dir) as s, s.store.atomic():
        Tombstone.create(table="test_note", uuid=child_uuid)
        NoteRow.delete().where(NoteRow.uuid == child_uuid).execute()
    inc_dir = tmp_path / "inc"
    inc_dir.mkdir()
    inc = Path(export(branch_dir, inc_dir, since_last=True).path)
    assert manifest_of(inc)["counts"]["test_note"] == 0
    [res] = import_(hq_dir, inc)
    assert res.outcome is ImportOutcome.IMPORTED and res.deleted == 1
    with opened(hq_dir):
        assert NoteRow.select().where(NoteRow.uuid == child_uuid).count() == 0
        assert NoteRow.select().count() == 4


def test_dependency_order_breaks_cycles_at_nullable_keys():
    models = records_repo.exportable_models()
    order = [records_repo.table_of(m) for m in models]
    assert order.index("branch") < order.index("member") < order.index("committee_seat")
    for m in models:  # every table after the tables it must refer to (nullable keys may point forward)
        for f in m._meta.sorted_fields:
            if getattr(f, "rel_model", None) is not None and f.rel_model is not m and not f.null:
                assert order.index(records_repo.table_of(f.rel_model)) < order.index(records_repo.table_of(m))
    assert "exchange_origin" not in order and "tombstone" not in order and "setting" not in order


def test_local_fields_do_not_travel(branch_dir: Path):
    with opened(branch_dir):
        rows = records_repo.dump()
    assert "is_own" not in rows["branch"][0]
    assert "id" not in rows["member"][0]
    assert len(rows["member"][0]["branch"]) == 36  # a UUID, not an integer id


@pytest.mark.parametrize("taken_by", ["folder", "other bytes", "file on the way"])
def test_attachment_whose_place_is_taken_is_refused_before_anything_is_merged(
        with_notes, branch_dir: Path, hq_dir: Path, stick: Path, taken_by: str):
    """Headquarters names each attachment by its content. Where that place is taken (a folder planted there, a
    damaged file of other content, a file where its folder must be), the package is refused with nothing changed:
    no record merged, no file placed."""
    from .conftest import store_snapshot

    scan = b"%PDF-1.4 branch version"
    digest = hashlib.sha256(scan).hexdigest()
    with opened(branch_dir) as s:
        s.store.database.create_tables([NoteRow])
        (s.store.paths.attachments / "scan.pdf").write_bytes(scan)
        with s.store.atomic():
            NoteRow.create(text="扫描件", sha256=digest)
    path = Path(export(branch_dir, stick).path)
    with opened(hq_dir) as s:
        s.store.database.create_tables([NoteRow])
        place = s.store.paths.attachments / digest[:2] / f"{digest}.pdf"
        if taken_by == "folder":
            (place / "planted").mkdir(parents=True)
        elif taken_by == "other bytes":
            place.parent.mkdir(parents=True)
            place.write_bytes(b"%PDF-1.4 what headquarters already holds")
        else:
            place.parent.parent.mkdir(parents=True, exist_ok=True)
            place.parent.write_bytes(b"a file where the folder goes")
    before = store_snapshot(hq_dir)
    [res] = import_(hq_dir, path)
    assert res.outcome is ImportOutcome.REFUSED and "已拒绝导入" in res.reason, res.reason
    assert store_snapshot(hq_dir) == before


def test_attachment_named_by_another_hash(with_notes, branch_dir: Path, hq_dir: Path, stick: Path, tmp_path: Path):
    """A file named as content-addressed whose bytes do not match its name (swapped on the branch's disk) is not
    exported as that attachment; a package claiming it anyway is refused (even signed by the branch's key)."""
    import zipfile

    from . import hostile

    liar = "a" * 64
    with opened(branch_dir) as s:
        s.store.database.create_tables([NoteRow])
        (s.store.paths.attachments / f"{liar}.jpg").write_bytes(b"\xff\xd8\xff not what the name says")
        with s.store.atomic():
            NoteRow.create(text="照片", sha256=liar)
    result = export(branch_dir, stick, password=None)
    assert result.missing_attachments == [liar]
    manifest, entries = hostile.parts(Path(result.path), None)
    items = [*entries.items(), (f"attachments/aa/{liar}.jpg", b"\xff\xd8\xff not what the name says")]
    forged = tmp_path / "forged.djpkg"
    forged.write_bytes(hostile.container(hostile.zip_bytes(items, hostile.manifest_for(manifest, items),
                                                           zipfile.ZIP_DEFLATED), None, hostile.signer_of(branch_dir)))
    with opened(hq_dir) as s:
        s.store.database.create_tables([NoteRow])
    [res] = import_(hq_dir, forged, password=None)
    assert res.outcome is ImportOutcome.REFUSED and "文件名" in res.reason
