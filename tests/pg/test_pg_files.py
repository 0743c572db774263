"""Files received with packages travel with the headquarters store on PostgreSQL (issue 22): staff B's PC, with a
data folder of its own, opens the photo and the printed document staff A imported, byte for byte; a package that
does not commit leaves no file in the store; hq-migrate carries a SQLite headquarters' files. SQLite unchanged."""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

import pytest

from dangjian_desktop import cli, clock
from dangjian_desktop.domain.attachments import Attachment
from dangjian_desktop.services.container import Services
from tests.pg.cluster import hq_database, on_both_engines, open_hq, store_query

HQ_NAME = "示范能源公司党委"
_made: dict = {}


def _png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (40, 30), (200, 30, 30)).save(path)
    return path


@pytest.fixture
def package(demo_copy, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """The demo branch's package with one inspection photo added and the roster PDF as its only document; with
    the photo's reference and bytes and the PDF's bytes as the branch printed it. Made once per pinned date."""
    key = clock.today()
    if key not in _made:
        from dangjian_desktop.services import exchange

        branch = demo_copy(tmp_path_factory.mktemp("files-branch") / "data")
        stick = tmp_path_factory.mktemp("files-stick")
        real = exchange.package_documents
        with pytest.MonkeyPatch.context() as mp, contextlib.closing(Services.open(branch)) as s:
            mp.setattr(exchange, "package_documents", lambda s: [d for d in real(s) if d[0] == "党员名册"])
            insp = s.room.inspection(s.room.inspections()[0].uuid)
            att = s.room.add_photo(_png(stick.parent / "现场照片.png"))
            insp.results[0].photos.append(att)
            s.room.save_inspection(insp)
            photo = s.room.photo_path(att).read_bytes()
            docs = stick.parent / "docs"
            s.exchange.make_documents(docs, clock.today().year)
            pdfs = sorted(docs.rglob("*.pdf"))
            path = Path(s.exchange.export(stick / "p.djpkg", password=None, allow_unencrypted=True).path)
            uuid = s.branch.require_profile().uuid
        _made[key] = (path, {"att": att, "photo": photo, "uuid": uuid, "pdf_names": [p.name for p in pdfs]})
    return _made[key]


def hq_file_rows(folder: Path) -> list[tuple]:
    return store_query(folder, 'SELECT "path", "sha256", "size" FROM "hq_file" ORDER BY "path"')


@on_both_engines
def test_a_second_staff_pc_opens_what_the_first_imported(package, make_hq, hq_engine, tmp_path):
    path, facts = package
    a = make_hq(tmp_path / "pc-a", HQ_NAME)
    with contextlib.closing(open_hq(a)) as s:
        [r] = s.exchange.import_packages([path], passwords=[])
        assert r.outcome.value == "imported", r.reason
        [doc_a] = s.exchange.received_documents(facts["uuid"])
        pdf_a = doc_a.read_bytes()
        assert pdf_a.startswith(b"%PDF") and doc_a.name in facts["pdf_names"]
    # staff B: another PC, its own (empty) data folder, the same PostgreSQL database; on SQLite the one folder
    b = tmp_path / "pc-b" if hq_engine == "postgresql" else a
    with contextlib.closing(Services.open(b, database=hq_database(a))) as s:
        [doc_b] = s.exchange.received_documents(facts["uuid"])
        assert doc_b.is_relative_to(b) and (doc_b.parent.name, doc_b.name) == (doc_a.parent.name, doc_a.name)
        assert s.exchange.local_file(doc_b).read_bytes() == pdf_a
        att: Attachment = facts["att"]
        assert s.room.photo_path(att).read_bytes() == facts["photo"]  # the photo, through the attachments service
    if hq_engine == "postgresql":
        rows = hq_file_rows(a)
        photo_sha = hashlib.sha256(facts["photo"]).hexdigest()
        assert (f"attachments/{photo_sha[:2]}/{att.stored_name}", photo_sha, len(facts["photo"])) in rows
        assert any(p.startswith("received/") and p.endswith(doc_a.name) and size == len(pdf_a) for p, _, size in rows)


def test_a_refused_package_leaves_no_file_in_the_store(package, make_hq, hq_engine, tmp_path, monkeypatch):
    """The files' rows are written in the records' transaction: when it does not commit, none remain (and the
    files placed in the data folder are moved back, as on SQLite)."""
    from dangjian_desktop.domain.exchange import PackageError
    from dangjian_desktop.services import hq_files

    path, facts = package
    hq = make_hq(tmp_path / "hq", HQ_NAME)
    assert hq_database(hq)
    real = hq_files.save

    def save_then_fail(store, files):  # noqa: ANN001, ANN202
        assert real(store, files) > 0
        raise PackageError("测试：合并之后失败")

    monkeypatch.setattr(hq_files, "save", save_then_fail)
    with contextlib.closing(open_hq(hq)) as s:
        [r] = s.exchange.import_packages([path], passwords=[])
        assert r.outcome.value == "refused" and "测试" in r.reason
        assert s.exchange.received_documents(facts["uuid"]) == []
    assert hq_file_rows(hq) == []
    assert not [p for p in (hq / "attachments").rglob("*") if p.is_file()]


@pytest.fixture
def hq_engine(request: pytest.FixtureRequest) -> str:
    """PostgreSQL for this module's tests (the point is the shared store), both engines where marked."""
    return getattr(request, "param", None) or "postgresql"


def test_a_damaged_copy_in_the_store_is_not_opened(package, make_hq, tmp_path):
    path, facts = package
    a = make_hq(tmp_path / "pc-a", HQ_NAME)
    with contextlib.closing(open_hq(a)) as s:
        assert s.exchange.import_packages([path], passwords=[])[0].outcome.value == "imported"
    store_query(a, 'UPDATE "hq_file" SET "data" = ? WHERE "path" LIKE ?', (b"x", "received/%"), write=True)
    from dangjian_desktop.services.hq_files import FileFetchError

    with contextlib.closing(Services.open(tmp_path / "pc-b", database=hq_database(a))) as s:
        [doc] = s.exchange.received_documents(facts["uuid"])
        with pytest.raises(FileFetchError, match="已损坏"):
            s.exchange.local_file(doc)
        assert not doc.exists()


def test_hq_migrate_carries_the_received_files(package, pg_url, tmp_path, capsys):
    path, facts = package
    folder = ["--data-dir", str(tmp_path / "hq")]
    assert cli.main([*folder, "hq-init", "--name", HQ_NAME]) == 0
    assert cli.main([*folder, "import", str(path)]) == 0
    on_disk = sorted(p for sub in ("attachments", "received") for p in (tmp_path / "hq" / sub).rglob("*")
                     if p.is_file())
    assert len(on_disk) >= 2  # the photo (and the demo's other attachments) and the roster PDF
    capsys.readouterr()
    assert cli.main([*folder, "hq-migrate", "--to", pg_url, "--json"]) == 0
    moved = json.loads(capsys.readouterr().out)
    assert moved["files"] == {"data_folder": len(on_disk), "postgresql": len(on_disk)}
    # a staff PC with an empty data folder opens them from the server
    with contextlib.closing(Services.open(tmp_path / "pc-b", database=pg_url)) as s:
        [doc] = s.exchange.received_documents(facts["uuid"])
        original = tmp_path / "hq" / doc.relative_to(tmp_path / "pc-b")
        assert s.exchange.local_file(doc).read_bytes() == original.read_bytes()
        assert s.room.photo_path(facts["att"]).read_bytes() == facts["photo"]


def test_the_drill_in_window_on_another_pc_opens_the_document(package, make_hq, tmp_path, qtbot, monkeypatch):
    """打开文档 in a branch's records (数据交换 → 查看记录) on staff B's PC: the document staff A received, from the
    store, shown in the preview (which gets a file on B's PC with A's bytes)."""
    from dangjian_desktop.ui import printing
    from dangjian_desktop.ui.dialogs.branch_records_dialog import BranchRecordsDialog

    path, facts = package
    a = make_hq(tmp_path / "pc-a", HQ_NAME)
    with contextlib.closing(open_hq(a)) as s:
        assert s.exchange.import_packages([path], passwords=[])[0].outcome.value == "imported"
        [doc_a] = s.exchange.received_documents(facts["uuid"])
    shown: list[Path] = []
    monkeypatch.setattr(printing.PdfPreviewDialog, "exec", lambda self: shown.append(self.pdf_path) or 0)
    b = tmp_path / "pc-b"
    with contextlib.closing(Services.open(b, database=hq_database(a))) as s:
        dlg = BranchRecordsDialog(s.exchange, s.exchange.find_branch(facts["uuid"]))
        qtbot.addWidget(dlg)
        assert dlg.ui.openDocumentButton.isEnabled() and dlg.ui.documentsList.count() == 1
        assert "党员名册" in dlg.ui.documentsList.item(0).text()
        dlg.resize(1100, 700)
        dlg.show()
        dlg.ui.tabs.setCurrentIndex(0)
        dlg.grab().save(str(tmp_path / "pc-b-records.png"))
        dlg.ui.openDocumentButton.click()
    assert len(shown) == 1 and shown[0].is_relative_to(b) and shown[0].read_bytes() == doc_a.read_bytes()
