"""Writing to the stick: a full or read-only target, or a failure midway, leaves no file and says why."""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ExportWriteError
from dangjian_desktop.exchange import writer

from .conftest import PASSWORD, export, opened


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _last_export(branch_dir: Path):
    with opened(branch_dir) as s:
        return s.exchange.last_export()


@pytest.fixture
def ro_mount(tmp_path: Path):
    """A really read-only folder: chmod for a normal user, a read-only tmpfs for root (Linux), else skip."""
    d = tmp_path / "ro"
    d.mkdir()
    if os.name == "posix" and os.geteuid() != 0:
        d.chmod(0o555)
        yield d
        d.chmod(0o755)
        return
    if sys.platform.startswith("linux") and shutil.which("mount"):
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(d)], capture_output=True)
        if r.returncode == 0:
            yield d
            subprocess.run(["umount", str(d)], capture_output=True)
            return
    pytest.skip("cannot make a read-only folder here")


def test_read_only_target_leaves_no_file(branch_dir: Path, ro_mount: Path):
    with pytest.raises(ExportWriteError) as err:
        export(branch_dir, ro_mount)
    assert "只读" in str(err.value) and "没有留下不完整的文件" in str(err.value)
    assert _leftovers(ro_mount) == []
    assert _last_export(branch_dir) is None  # a failed export is not remembered


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a small tmpfs")
def test_full_stick_midway_leaves_no_file(branch_dir: Path, tmp_path: Path, monkeypatch):
    """A real 64 KiB file system; the free-space check is fooled so the write itself runs out of space."""
    d = tmp_path / "small"
    d.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(d)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        real = shutil.disk_usage

        def plenty(path):  # noqa: ANN001, ANN202
            u = real(path)
            return type(u)(u.total, u.used, 10**12)

        monkeypatch.setattr(writer.shutil, "disk_usage", plenty)
        with pytest.raises(ExportWriteError) as err:
            export(branch_dir, d)
        assert "空间不足" in str(err.value)
        assert _leftovers(d) == []
    finally:
        subprocess.run(["umount", str(d)], capture_output=True)


def test_too_little_free_space_is_said_before_writing(branch_dir: Path, stick: Path, monkeypatch):
    real = shutil.disk_usage

    def tiny(path):  # noqa: ANN001, ANN202
        u = real(path)
        return type(u)(u.total, u.used, 1000)

    monkeypatch.setattr(writer.shutil, "disk_usage", tiny)
    with pytest.raises(ExportWriteError, match="空间不足"):
        export(branch_dir, stick)
    assert _leftovers(stick) == []


@pytest.mark.parametrize("code,fragment", [(errno.EIO, "拔出"), (errno.ENOSPC, "空间不足"), (errno.EROFS, "只读"),
                                           (errno.EACCES, "只读")])
def test_failure_midway_leaves_no_file(branch_dir: Path, stick: Path, monkeypatch, code, fragment):
    real = writer.write_container

    def fail_after_some(payload, out, password, **kw):  # noqa: ANN001, ANN202
        out.write(b"x" * 5000)  # half a file is on the stick...
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(writer, "write_container", fail_after_some)
    with pytest.raises(ExportWriteError) as err:
        export(branch_dir, stick)
    assert fragment in str(err.value)
    assert _leftovers(stick) == []  # ...and is gone
    monkeypatch.setattr(writer, "write_container", real)
    assert Path(export(branch_dir, stick).path).exists()


@pytest.mark.parametrize("password", [PASSWORD, None])
def test_read_back_mismatch_leaves_no_file(branch_dir: Path, stick: Path, monkeypatch, password):
    """The stick returns other bytes than were written (a bad block): the check after writing catches it."""
    real = writer.write_container

    def corrupt(payload, out, password, **kw):  # noqa: ANN001, ANN202
        import io

        buf = io.BytesIO()
        real(payload, buf, password, **kw)
        data = bytearray(buf.getvalue())
        data[-100] ^= 0xFF
        out.write(bytes(data))

    monkeypatch.setattr(writer, "write_container", corrupt)
    with pytest.raises(ExportWriteError, match="读回核对未通过"):
        export(branch_dir, stick, password=password)
    assert _leftovers(stick) == []


def test_bytes_read_back_from_the_target_are_compared_with_the_payload_built(branch_dir: Path, stick: Path,
                                                                             monkeypatch):
    """The target gives back a self-consistent package, but not the one built here (its header signed over other
    payload bytes): the check compares with the payload's own hash, not only with what the header says."""
    from dangjian_desktop.exchange import reader

    real = reader.open_package

    def other_payload(path, password=None, **kw):  # noqa: ANN001, ANN003, ANN202
        written = kw.pop("written")
        kw["written"] = reader.Written(written.payload, "0" * 64, written.seen)
        return real(path, password, **kw)

    monkeypatch.setattr(reader, "open_package", other_payload)
    with pytest.raises(ExportWriteError, match="读回核对未通过"):
        export(branch_dir, stick)
    assert _leftovers(stick) == []


def test_an_entry_whose_bytes_are_not_the_ones_hashed_fails_the_check(branch_dir: Path, stick: Path, monkeypatch):
    """An entry's hash computed while writing that is not the manifest's (the ZIP got other bytes than were
    hashed) fails the check after writing, as reading and hashing the entry again would."""
    real = writer.build_payload

    def build(content, out, progress=writer._no_progress, seen=None):  # noqa: ANN001, ANN202
        manifest = real(content, out, progress, seen)
        name = next(n for n in seen if n.startswith("records/"))
        seen[name] = ("f" * 64, seen[name][1])
        return manifest

    monkeypatch.setattr(writer, "build_payload", build)
    with pytest.raises(ExportWriteError, match="读回核对未通过"):
        export(branch_dir, stick)
    assert _leftovers(stick) == []


def test_target_folder_gone(branch_dir: Path, tmp_path: Path):
    with pytest.raises(Exception, match="找不到"):
        export(branch_dir, tmp_path / "pulled-out" / "x.djpkg")


def test_same_day_exports_do_not_overwrite(branch_dir: Path, stick: Path):
    a = Path(export(branch_dir, stick).path)
    b = Path(export(branch_dir, stick).path)
    assert a != b and a.exists() and b.exists()
    assert b.name.endswith("_2.djpkg")


def test_no_plaintext_left_in_the_data_folder(branch_dir: Path, stick: Path):
    export(branch_dir, stick)
    tmp = branch_dir / "tmp"
    assert not tmp.exists() or list(tmp.rglob("*")) == []


def test_export_summary_is_the_verified_package_under_its_final_name(branch_dir: Path, stick: Path):
    result = export(branch_dir, stick)
    assert result.summary.path == result.path and Path(result.path).exists()
    with opened(branch_dir) as s:
        again = s.exchange.verify(result.path, PASSWORD)
    assert again == result.summary


# -- the payload ZIP written on a thread of its own (issue 21) ------------------------------------------------------

def _content(tmp_path: Path, photos: int = 3) -> writer.PackageContent:
    files = []
    for i in range(photos):
        p = tmp_path / f"photo{i}.jpg"
        p.write_bytes(b"\xff\xd8\xff" + bytes([i]) * (300_000 + i))
        files.append((f"{i:02x}/{i:064x}.jpg", p))
    rows = [{"uuid": f"u{i}", "text": "会议记录" * (i % 50)} for i in range(2000)]
    return writer.PackageContent(manifest={"created_at": "2026-03-01T08:00:00"},
                                 records={"member": rows[:5], "meeting": rows}, attachments=files)


def _zip_threads() -> list[str]:
    import threading

    return [t.name for t in threading.enumerate() if t.name == "package-zip"]


def test_payload_entries_are_in_order_with_the_hashes_of_their_bytes(tmp_path: Path):
    import hashlib
    import json
    import zipfile

    content = _content(tmp_path)
    manifest = writer.build_payload(content, tmp_path / "payload.zip")
    names = ["records/member.json", "records/meeting.json", "tombstones.json",
             *(f"attachments/{n}" for n, _ in content.attachments)]
    assert [e["name"] for e in manifest["entries"]] == names
    with zipfile.ZipFile(tmp_path / "payload.zip") as zf:
        assert zf.namelist() == [*names, "manifest.json"]
        for e in manifest["entries"]:
            data = zf.read(e["name"])
            assert (len(data), hashlib.sha256(data).hexdigest()) == (e["size"], e["sha256"])
        assert json.loads(zf.read("records/meeting.json"))["rows"] == content.records["meeting"]
        assert zf.getinfo("attachments/" + content.attachments[0][0]).compress_type == zipfile.ZIP_STORED
    assert _zip_threads() == []


def test_attachments_given_late_see_the_tables_whose_json_names_a_sha256(tmp_path: Path):
    content = _content(tmp_path, photos=1)
    content.records["meeting_attachment"] = [{"uuid": "a", "photos": '[{"sha256": "00"}]'}]
    seen: list[set[str]] = []
    files = content.attachments
    content.attachments = lambda tables: seen.append(tables) or files
    manifest = writer.build_payload(content, tmp_path / "payload.zip")
    assert seen == [{"meeting_attachment"}]
    assert manifest["entries"][-1]["name"] == "attachments/" + files[0][0]


def test_a_failure_while_zipping_is_raised_and_the_thread_ends(tmp_path: Path):
    content = _content(tmp_path)
    content.attachments[1][1].unlink()  # the file went away meanwhile
    with pytest.raises(FileNotFoundError):
        writer.build_payload(content, tmp_path / "payload.zip")
    assert _zip_threads() == []


def test_cancel_while_zipping_ends_the_thread(tmp_path: Path):
    from dangjian_desktop.domain.errors import Cancelled

    def progress(_fraction: float, text: str) -> None:
        if text.startswith("正在打包"):
            raise Cancelled()

    with pytest.raises(Cancelled):
        writer.build_payload(_content(tmp_path), tmp_path / "payload.zip", progress)
    assert _zip_threads() == []
    (tmp_path / "payload.zip").unlink()  # closed: removable (Windows would refuse an open file)


def test_rows_given_as_json_text_are_written_as_the_same_bytes(tmp_path: Path):
    """A table's rows made as JSON text elsewhere (storage.repos.records_dump.RowsJson, SQLite's json_object)
    give the entry json.dumps of the rows gives, and its count."""
    import json
    import zipfile

    from dangjian_desktop.storage.repos.records_dump import RowsJson

    content = _content(tmp_path, photos=0)
    writer.build_payload(content, tmp_path / "a.zip")
    rows = content.records["meeting"]
    content.records["meeting"] = RowsJson(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode(),
                                          len(rows))
    manifest = writer.build_payload(content, tmp_path / "b.zip")
    assert manifest["counts"] == {"member": 5, "meeting": 2000}
    with zipfile.ZipFile(tmp_path / "a.zip") as a, zipfile.ZipFile(tmp_path / "b.zip") as b:
        assert a.read("records/meeting.json") == b.read("records/meeting.json")


class _NoSeek(io.BytesIO):
    def seekable(self) -> bool:
        return False


@pytest.mark.parametrize("signed", [False, True])
def test_a_payload_hashed_while_copied_gives_the_same_container(tmp_path: Path, signed: bool):
    """Not encrypted, the payload is hashed while it is copied and the header (and signature) written again once
    the hash is known: the very bytes of a container whose hash was known first, which the reader accepts."""
    from dangjian_desktop.exchange import container, identity
    from dangjian_desktop.fileio import sha256_file

    payload = tmp_path / "payload.zip"
    payload.write_bytes(os.urandom(3 * 1024 * 1024 + 17))  # more than one copy chunk
    signer = identity.SigningKey.from_seed(bytes(range(32))) if signed else None
    one_pass, known_first, no_seek = io.BytesIO(b"before"), io.BytesIO(b"before"), _NoSeek(b"before")
    for out in (one_pass, known_first, no_seek):
        out.seek(0, os.SEEK_END)  # the container need not start the file
    digest = sha256_file(payload)
    assert writer.write_container(payload, one_pass, None, signer=signer) == digest
    assert writer.write_container(payload, known_first, None, signer=signer, payload_sha256=digest) == digest
    assert writer.write_container(payload, no_seek, None, signer=signer) == digest  # hashed first
    assert one_pass.getvalue() == known_first.getvalue() == no_seek.getvalue()
    data = io.BytesIO(one_pass.getvalue()[len(b"before"):])
    header = container.read_header(data, len(data.getvalue()))
    assert header.fields["payload_sha256"] == digest and header.fields["payload_size"] == payload.stat().st_size
    assert data.read() == payload.read_bytes()
    assert (header.signature is not None) == signed


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds the package's file by /proc/self/fd")
def test_a_failed_sync_of_the_package_leaves_no_file_and_no_number_used(branch_dir: Path, stick: Path, monkeypatch):
    """The package is synced to the stick while it is read back: a sync that fails (the stick pulled out) fails
    the export, as a failed write does, before its sequence number is kept."""
    from dangjian_desktop.exchange import identity

    before = identity.read_sequence(branch_dir)
    real = os.fsync

    def fsync(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".part"):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(ExportWriteError, match="U盘可能已被拔出"):
        export(branch_dir, stick)
    assert _leftovers(stick) == []
    assert identity.read_sequence(branch_dir) == before
    monkeypatch.setattr(os, "fsync", real)
    assert Path(export(branch_dir, stick).path).exists()
    assert identity.read_sequence(branch_dir) == before + 1
