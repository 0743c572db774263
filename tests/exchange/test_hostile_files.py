"""Files in packages (issue 15): only pictures and PDF land at headquarters, under names it makes; hostile layouts
and names are refused before anything is written; a batch with bad packages imports the good ones and reports
every file. The hostile packages are signed with the branch's own key, so these are the checks beyond the
signature."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ImportOutcome, PackageError

from tests.pg.cluster import hq_cli, on_both_engines

from . import hostile
from .conftest import PASSWORD, export, import_, opened, store_snapshot

JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + bytes(range(200))


@pytest.fixture
def held(branch_dir: Path, hq_dir: Path, tmp_path: Path) -> dict:
    """Headquarters holds the branch (package 1); ``next`` builds the branch's package 2 with extra entries."""
    first = Path(export(branch_dir, tmp_path / "1.djpkg").path)
    assert import_(hq_dir, first)[0].outcome is ImportOutcome.IMPORTED
    second = Path(export(branch_dir, tmp_path / "2.djpkg").path)
    return {"hq": hq_dir, "second": second, "signer": hostile.signer_of(branch_dir), "tmp": tmp_path}


def _with_entries(ctx: dict, extra: list[tuple[str, bytes]], *, edit=None) -> Path:  # noqa: ANN001
    manifest, entries = hostile.parts(ctx["second"], PASSWORD)
    if edit is not None:
        edit(manifest, entries)
    items = [*entries.items(), *extra]
    out = ctx["tmp"] / "hostile.djpkg"
    out.write_bytes(hostile.container(hostile.zip_bytes(items, hostile.manifest_for(manifest, items),
                                                        zipfile.ZIP_STORED), PASSWORD, ctx["signer"]))
    return out


def _refused_before_anything(ctx: dict, pkg: Path, fragment: str) -> None:
    before = store_snapshot(ctx["hq"])
    [res] = import_(ctx["hq"], pkg)
    assert res.outcome is ImportOutcome.REFUSED, res.reason
    assert fragment in res.reason, res.reason
    assert store_snapshot(ctx["hq"]) == before  # no record, no setting, no file
    with opened(ctx["hq"]) as s, pytest.raises(PackageError, match=fragment):
        s.exchange.verify(pkg, PASSWORD)  # found by checking alone: before any merge


def _named(data: bytes, suffix: str) -> str:
    digest = hashlib.sha256(data).hexdigest()
    return f"attachments/{digest[:2]}/{digest}{suffix}"


def test_a_file_where_another_entry_needs_a_folder(held):
    """attachments/zz/p and attachments/zz/p/q: the layout that crashed headquarters after committing."""
    pkg = _with_entries(held, [("attachments/zz/p.jpg", JPEG), ("attachments/zz/p.jpg/q.jpg", JPEG + b"2")])
    _refused_before_anything(held, pkg, "与另一个文件所在的文件夹同名")


def test_an_attachment_not_named_by_its_content(held):
    pkg = _with_entries(held, [("attachments/notes/scan.jpg", JPEG)])
    _refused_before_anything(held, pkg, "文件名不符合数据包格式")


def test_attachments_and_documents_of_other_kinds(held):
    for suffix in (".exe", ".bat", ".lnk", ".docx", ".jpg.exe", ""):
        pkg = _with_entries(held, [(_named(b"MZ\x90\x00 program", suffix), b"MZ\x90\x00 program")])
        _refused_before_anything(held, pkg, "不是允许接收的文件类型")
    for name in ("setup.exe", "run.bat", "快捷方式.lnk", "说明.txt", "sub/党员名册.pdf"):
        pkg = _with_entries(held, [(f"documents/{name}", b"%PDF-1.4 not really")])
        _refused_before_anything(held, pkg, "不是允许接收的文件类型")


def test_windows_device_names(held):
    for name in ("CON.pdf", "aux.pdf", "LPT1.pdf", "COM1.pdf", "com¹.pdf", "nul .pdf", "Prn.tar.pdf"):
        pkg = _with_entries(held, [(f"documents/{name}", b"%PDF-1.4 device")])
        _refused_before_anything(held, pkg, "Windows 设备名")


def test_direction_changing_and_invisible_characters(held):
    for name in ("发票\u202efdp.exe", "党员\u200b名册.pdf", "名册\u2066.pdf", "\ufeff名册.pdf", "a\u200fb.pdf"):
        pkg = _with_entries(held, [(f"documents/{name}", b"%PDF-1.4 misleading")])
        _refused_before_anything(held, pkg, "不可见或改变文字方向的字符")


def test_a_program_named_like_a_picture(held):
    program = b"MZ\x90\x00\x03" + bytes(100)
    pkg = _with_entries(held, [(_named(program, ".jpg"), program)])
    _refused_before_anything(held, pkg, "内容不是它的名字所说的文件类型")


def test_an_old_package_with_the_crashing_layout_is_refused_too(branch_dir: Path, tmp_path: Path):
    """An unsigned package of the old format (a branch never seen signed) gets the same checks."""
    hq = tmp_path / "hq-old"
    with opened(hq) as s:
        s.branch.init_headquarters("示范能源公司党委")
    old = hostile.old_format(Path(export(branch_dir, tmp_path / "x.djpkg", password=None).path),
                             tmp_path / "old.djpkg",
                             extra=[("attachments/zz/p.jpg", JPEG), ("attachments/zz/p.jpg/q.jpg", JPEG + b"x")])
    before = store_snapshot(hq)
    [res] = import_(hq, old, password=None)
    assert res.outcome is ImportOutcome.REFUSED and "文件夹同名" in res.reason
    assert store_snapshot(hq) == before


def test_an_old_package_lands_its_pictures_under_names_headquarters_makes(branch_dir: Path, tmp_path: Path):
    """Old packages named attachments by the branch's own relative paths: headquarters ignores those names."""
    hq = tmp_path / "hq-old"
    with opened(hq) as s:
        s.branch.init_headquarters("示范能源公司党委")
    old = hostile.old_format(Path(export(branch_dir, tmp_path / "x.djpkg", password=None).path),
                             tmp_path / "old.djpkg", extra=[("attachments/照片/现场.JPG", JPEG)])
    [res] = import_(hq, old, password=None)
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    digest = hashlib.sha256(JPEG).hexdigest()
    assert (hq / "attachments" / digest[:2] / f"{digest}.jpg").read_bytes() == JPEG
    assert not list((hq / "attachments").rglob("现场*"))


# -- batches --------------------------------------------------------------------------------------------------


def _bad_records(ctx: dict, name: str, raw_member_json: bytes) -> Path:
    manifest, entries = hostile.parts(ctx["second"], PASSWORD)
    entries["records/member.json"] = raw_member_json
    items = list(entries.items())
    out = ctx["tmp"] / name
    out.write_bytes(hostile.container(hostile.zip_bytes(items, hostile.manifest_for(manifest, items)), PASSWORD,
                                      ctx["signer"]))
    return out


@on_both_engines  # PostgreSQL too (issue 22)
def test_a_batch_with_bad_packages_imports_the_good_ones_and_reports_all(held, branch_dir: Path, tmp_path: Path,
                                                                         capsys):
    """A lone surrogate in a name, malformed JSON, random bytes, a surrogate in the manifest: each refused on
    its own with its reason; the genuine package in the same folder is imported; the JSON lists every file."""
    from dangjian_desktop.cli import main

    folder = tmp_path / "batch"
    folder.mkdir()
    manifest, entries = hostile.parts(held["second"], PASSWORD)
    text = entries["records/member.json"].decode()
    first_name = json.loads(text)["rows"][0]["name"]
    surrogate = text.replace(json.dumps(first_name, ensure_ascii=False), '"\\ud800坏"', 1).encode()
    assert b"\\ud800" in surrogate
    _bad_records(held, "surrogate.djpkg", surrogate).rename(folder / "a-surrogate.djpkg")
    _bad_records(held, "malformed.djpkg", b'{"table": "member", "rows": [{"uuid": ').rename(folder / "b-json.djpkg")
    (folder / "c-random.djpkg").write_bytes(b"DJPKG\r\n\x1a" + bytes(range(256)) * 4)
    manifest["branch"]["name"] = "\ud800支部"
    items = list(entries.items())
    raw_manifest = json.dumps(hostile.manifest_for(manifest, items), ensure_ascii=True).encode()
    (folder / "d-manifest.djpkg").write_bytes(hostile.container(hostile.zip_bytes(items, raw_manifest), PASSWORD,
                                                                held["signer"]))
    good = Path(export(branch_dir, folder / "e-good.djpkg").path)
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD, encoding="utf-8")
    code = main([*hq_cli(held["hq"]), "import", str(folder), "--password-file", str(pw), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1  # some were refused
    by_file = {Path(r["file"]).name: r for r in out}
    assert sorted(by_file) == ["a-surrogate.djpkg", "b-json.djpkg", "c-random.djpkg", "d-manifest.djpkg",
                               good.name]
    assert by_file[good.name]["status"] == "imported" and by_file[good.name]["updated"] >= 0
    for name in ("a-surrogate.djpkg", "b-json.djpkg", "c-random.djpkg", "d-manifest.djpkg"):
        assert by_file[name]["status"] == "refused" and by_file[name]["reason"], by_file[name]
    assert "代理字符" in by_file["a-surrogate.djpkg"]["reason"]
    assert "代理字符" in by_file["d-manifest.djpkg"]["reason"]
    for r in out:
        assert {"file", "status", "reason", "inserted", "updated", "deleted"} <= set(r)
    with opened(held["hq"]) as s:
        [b] = s.exchange.overview()
        assert b.sequence == 3  # the good package (the third export) was applied


def test_no_silent_cap_on_the_number_of_files(held, branch_dir: Path, tmp_path: Path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2100):
        (folder / f"junk-{i:04d}.djpkg").write_bytes(b"not a package")
    good = Path(export(branch_dir, folder / "zz-good.djpkg").path)
    with opened(held["hq"]) as s:
        results = s.exchange.import_packages([folder], PASSWORD)
    assert len(results) == 2101
    assert sum(r.outcome is ImportOutcome.REFUSED for r in results) == 2100
    assert [r for r in results if r.path == str(good)][0].outcome is ImportOutcome.IMPORTED
