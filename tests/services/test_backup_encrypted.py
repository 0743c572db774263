"""备份到U盘 is encrypted by default: nothing personal is readable on the stick, the password opens it, a wrong or
missing password changes nothing, a damaged file is refused; decrypted bytes live only in the data folder's tmp/."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest

from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.errors import ValidationError
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.services import backup_crypto
from dangjian_desktop.services.backups import BackupError, BackupPasswordRequired, WrongBackupPassword
from dangjian_desktop.services.container import Services

PASSWORD = "党支部备份2027"


@pytest.fixture
def branch(data_dir):  # noqa: ANN001, ANN201
    s = Services.open(data_dir)
    s.branch.save_profile(Branch(name="加密测试党支部"))
    for i in range(29):
        s.roster.save_member(Member(name=f"欧阳{chr(0x4E00 + 37 * i)}{chr(0x4E00 + 91 * i + 5)}",
                                    id_number=idcard.make_valid(f"32010219750615{i:03d}"), phone=f"1391234{i:04d}"))
    photo = s.store.paths.attachments / "photos" / "合影.jpg"
    photo.parent.mkdir(parents=True)
    photo.write_bytes(b"\xff\xd8\xff\xe0" + "全体党员合影".encode() * 200)
    yield s
    s.close()


def _personal(s: Services) -> list[bytes]:
    out = []
    for m in s.roster.members():
        out += [m.name.encode("utf-8"), m.id_number.encode("ascii"), m.phone.encode("ascii")]
    return out


def test_usb_backup_needs_a_choice_and_is_encrypted(branch, tmp_path):
    with pytest.raises(BackupError, match="密码"):
        branch.backups.backup_to_folder(tmp_path / "usb")
    with pytest.raises(ValidationError, match="至少"):
        branch.backups.backup_to_folder(tmp_path / "usb", "123")
    info = branch.backups.backup_to_folder(tmp_path / "usb", PASSWORD)
    assert info.encrypted and info.path.suffix == ".djbak" and info.counts["member"] == 29
    assert list((tmp_path / "usb").iterdir()) == [info.path]  # no .part, no plaintext copy beside it
    data = info.path.read_bytes()
    assert not zipfile.is_zipfile(info.path)
    leaked = [p for p in _personal(branch) if p in data]
    assert leaked == []  # no name, ID number or phone readable
    # the same content is really inside: decrypted with the password it is the backup zip with those people
    plain = io.BytesIO()
    backup_crypto.decrypt(info.path, PASSWORD, plain)
    with zipfile.ZipFile(plain) as zf:
        db = zf.read("dangjian.sqlite3")
    assert all(p in db for p in _personal(branch) if not p.isascii()) and b"13912340007" in db
    listed = branch.backups.inspect(info.path)  # before the password: date and kind only
    assert listed.encrypted and listed.counts == {} and "加密" in listed.summary() and not listed.problem


def test_restore_of_an_encrypted_backup_on_another_pc(branch, tmp_path):
    info = branch.backups.backup_to_folder(tmp_path / "usb", PASSWORD)
    other = Services.open(tmp_path / "other-pc")
    try:
        before = other.info.counts()
        with pytest.raises(BackupPasswordRequired):
            other.backups.restore(info.path)
        with pytest.raises(WrongBackupPassword, match="密码不正确"):
            other.backups.restore(info.path, "不是这个密码")
        assert other.info.counts() == before and not other.store.paths.restore_work.exists()
        verified = other.backups.verify(info.path, PASSWORD)
        assert verified.counts["member"] == 29 and verified.encrypted
        other.backups.restore(info.path, PASSWORD)
        assert other.info.counts()["member"] == 29
        assert sorted(m.id_number for m in other.roster.members()) == sorted(m.id_number for m in
                                                                              branch.roster.members())
        photo = other.store.paths.attachments / "photos" / "合影.jpg"
        assert photo.read_bytes() == (branch.store.paths.attachments / "photos" / "合影.jpg").read_bytes()
        leftovers = [p for p in other.store.paths.tmp.rglob("*") if p.is_file() and p.name != ".lock"]
        assert leftovers == []  # the decrypted zip was removed
    finally:
        other.close()


def test_decrypted_bytes_go_to_the_data_folders_tmp_only(branch, tmp_path, monkeypatch):
    info = branch.backups.backup_to_folder(tmp_path / "usb", PASSWORD)
    seen = []
    real = backup_crypto.decrypt

    def spy(path, password, out, key=None):  # noqa: ANN001, ANN202
        name = Path(out.name)
        seen.append((name, stat.S_IMODE(os.stat(name).st_mode)))
        return real(path, password, out, key)

    monkeypatch.setattr(backup_crypto, "decrypt", spy)
    branch.backups.verify(info.path, PASSWORD)
    (where, mode), = seen
    assert branch.store.paths.tmp in where.parents and mode == 0o600
    assert not where.exists()


@pytest.mark.parametrize("damage", ["flip", "truncate", "header"])
def test_damaged_encrypted_backup_is_refused(branch, tmp_path, damage):
    info = branch.backups.backup_to_folder(tmp_path / "usb", PASSWORD)
    data = bytearray(info.path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate":
        data = data[: len(data) - 1000]
    else:
        at = data.index(b'"chunk_size"')
        data[at + 1] = ord("C")  # an altered header is the associated data of every chunk
    bad = tmp_path / "bad.djbak"
    bad.write_bytes(bytes(data))
    before = branch.info.counts()
    with pytest.raises(BackupError):
        branch.backups.restore(bad, PASSWORD)
    assert branch.info.counts() == before


def test_plain_usb_backup_only_when_chosen(branch, tmp_path):
    info = branch.backups.backup_to_folder(tmp_path / "usb", allow_unencrypted=True)
    assert not info.encrypted and zipfile.is_zipfile(info.path)
    with zipfile.ZipFile(info.path) as zf:
        db = zf.read("dangjian.sqlite3")
    assert b"13912340007" in db  # readable: hence the warning and the explicit choice


def test_backups_in_the_data_folder_stay_plain(branch):
    info = branch.backups.create()
    assert info.path.suffix == ".zip" and zipfile.is_zipfile(info.path) and not info.encrypted
