"""Headquarters can trust what arrives: a package speaks for its branch only when the branch's own key signed it.

Attacks from issue 15: someone who knows the shared password changes records and recomputes every hash (no private
key); a plain package for a branch that sent encrypted ones; an old unsigned package after signed ones; a package
signed by another key. Each is refused with a clear reason and headquarters is left exactly as it was. A replaced
key is accepted only after the explicit rekey at headquarters."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from dangjian_desktop.domain.exchange import ImportFlag, ImportOutcome
from dangjian_desktop.exchange import identity

from tests.pg.cluster import on_both_engines

from . import hostile
from .conftest import PASSWORD, export, import_, opened, store_snapshot


@pytest.fixture
def held(branch_dir: Path, hq_dir: Path, stick: Path) -> Path:
    """Headquarters holds the branch from one encrypted package; returns that package."""
    pkg = Path(export(branch_dir, stick).path)
    [res] = import_(hq_dir, pkg)
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    return pkg


def _forged(path: Path, tmp_path: Path, *, signer=None, password: str | None = PASSWORD,
            keep_signature_of: Path | None = None) -> Path:
    """The package with one member renamed, its manifest's hashes recomputed, framed again: what someone with
    the password but without the branch's key can make."""
    manifest, entries = hostile.parts(path, PASSWORD)
    members = json.loads(entries["records/member.json"])
    members["rows"][0]["name"] = "冒名顶替"
    members["rows"][0]["_revision"] += 1
    entries["records/member.json"] = json.dumps(members, ensure_ascii=False).encode()
    manifest["package_id"] = "forged-" + manifest["package_id"][:20]
    manifest["sequence"] += 1
    manifest["previous"] = {"sequence": manifest["sequence"] - 1, "package_id": hostile.parts(path, PASSWORD)[0]["package_id"]}
    items = list(entries.items())
    data = hostile.container(hostile.zip_bytes(items, hostile.manifest_for(manifest, items)), password, signer)
    if keep_signature_of is not None:  # the genuine signature block pasted behind the forged header
        genuine = keep_signature_of.read_bytes()
        g_len = int.from_bytes(genuine[8:12], "big")
        s_len = int.from_bytes(genuine[12 + g_len : 14 + g_len], "big")
        block = genuine[14 + g_len : 14 + g_len + s_len]
        f_len = int.from_bytes(data[8:12], "big")
        f_sig = int.from_bytes(data[12 + f_len : 14 + f_len], "big")
        data = data[: 12 + f_len] + len(block).to_bytes(2, "big") + block + data[14 + f_len + f_sig :]
    out = tmp_path / "forged.djpkg"
    out.write_bytes(data)
    return out


def _refused(hq_dir: Path, pkg: Path, fragment: str, password: str | None = PASSWORD):
    before = store_snapshot(hq_dir)
    [res] = import_(hq_dir, pkg, password=password)
    assert res.outcome is ImportOutcome.REFUSED, res.reason
    assert fragment in res.reason, res.reason
    assert store_snapshot(hq_dir) == before
    return res


def test_changed_records_with_recomputed_hashes_and_the_old_signature_are_refused(held, branch_dir, hq_dir, tmp_path):
    another = Path(export(branch_dir, tmp_path / "again.djpkg").path)
    forged = _forged(another, tmp_path, signer=identity.SigningKey.generate(), keep_signature_of=another)
    _refused(hq_dir, forged, "签名不正确")


@on_both_engines  # PostgreSQL too (issue 22)
def test_changed_records_signed_with_another_key_are_refused(held, hq_dir, tmp_path):
    forged = _forged(held, tmp_path, signer=identity.SigningKey.generate())
    res = _refused(hq_dir, forged, "与上级党委记录的该支部密钥")
    assert "rekey" in res.reason  # says how a genuine change of key is made


def test_changed_records_without_a_signature_are_refused(held, hq_dir, tmp_path):
    old = hostile.old_format(held, tmp_path / "old.djpkg", PASSWORD)  # passed off as an old package
    _refused(hq_dir, old, "没有签名")


def test_a_plain_package_after_encrypted_ones_is_refused(held, branch_dir, hq_dir, tmp_path):
    """Even genuinely signed: a branch that encrypts does not suddenly send personal data in the clear."""
    plain = Path(export(branch_dir, tmp_path / "plain.djpkg", password=None).path)
    _refused(hq_dir, plain, "没有加密", password=None)


def test_the_first_package_pins_the_key_and_shows_its_fingerprint(branch_dir, hq_dir, stick):
    pkg = Path(export(branch_dir, stick).path)
    with opened(branch_dir) as s:
        fingerprint = s.exchange.fingerprint()
    assert len(fingerprint) == 19 and fingerprint.count("-") == 3
    [res] = import_(hq_dir, pkg)
    assert res.fingerprint == fingerprint
    assert ImportFlag.KEY_PINNED in res.flags and fingerprint in " ".join(res.notes)
    with opened(hq_dir) as s:
        [b] = s.exchange.overview()
    assert (b.fingerprint, b.sequence) == (fingerprint, 1)


@on_both_engines  # PostgreSQL too (issue 22)
def test_a_key_belongs_to_one_branch(branch_dir, hq_dir, stick, tmp_path):
    """A branch cannot use its own key to speak for a branch headquarters has not seen yet."""
    import_(hq_dir, Path(export(branch_dir, stick).path))
    manifest, entries = hostile.parts(Path(export(branch_dir, tmp_path / "b.djpkg", password=None).path), None)
    manifest["branch"] = {"uuid": "00000000-0000-4000-8000-00000000000b", "name": "另一个支部"}
    branch_rows = json.loads(entries["records/branch.json"])
    branch_rows["rows"] = []
    entries["records/branch.json"] = json.dumps(branch_rows).encode()
    manifest["counts"]["branch"] = 0
    items = [(n, d) for n, d in entries.items()]
    other = tmp_path / "other.djpkg"
    other.write_bytes(hostile.container(hostile.zip_bytes(items, hostile.manifest_for(manifest, items)), None,
                                        hostile.signer_of(branch_dir)))
    _refused(hq_dir, other, "已属于另一个党支部", password=None)


@on_both_engines  # PostgreSQL too (issue 22)
def test_replacing_a_key_needs_the_explicit_rekey(held, branch_dir, hq_dir, tmp_path):
    """The branch's PC is replaced: a new key. Refused until headquarters registers its fingerprint; then the
    new key is pinned and the old one refused."""
    old_key = hostile.signer_of(branch_dir)
    shutil.rmtree(branch_dir / "keys")
    with opened(branch_dir) as s:
        new_fp = s.exchange.fingerprint()
    assert new_fp != old_key.fingerprint
    pkg = Path(export(branch_dir, tmp_path / "new-pc.djpkg").path)
    _refused(hq_dir, pkg, "与上级党委记录的该支部密钥")
    with opened(hq_dir) as s:
        [b] = s.exchange.overview()
        wrong = s.exchange.rekey(b.uuid, "0000-0000-0000-0000")
        assert wrong.rekey_pending == "0000-0000-0000-0000"
    _refused(hq_dir, pkg, "不同")  # not the fingerprint registered either
    with opened(hq_dir) as s:
        s.exchange.rekey(b.name, new_fp.lower().replace("-", " "))  # typed as read out on the phone
    [res] = import_(hq_dir, pkg)
    assert res.outcome is ImportOutcome.IMPORTED, res.reason
    assert ImportFlag.KEY_REPLACED in res.flags
    with opened(hq_dir) as s:
        [b] = s.exchange.overview()
    assert b.fingerprint == new_fp and b.rekey_pending is None
    # a package still signed by the old key is now the stranger
    forged = _forged(pkg, tmp_path, signer=old_key)
    _refused(hq_dir, forged, "与上级党委记录的该支部密钥")


def test_an_old_unsigned_package_is_accepted_only_while_the_branch_has_no_key(branch_dir, hq_dir, stick, tmp_path):
    genuine = Path(export(branch_dir, stick).path)
    old = hostile.old_format(genuine, tmp_path / "old.djpkg", PASSWORD)
    [res] = import_(hq_dir, old)
    assert res.outcome is ImportOutcome.IMPORTED and ImportFlag.UNSIGNED in res.flags
    assert "未签名" in res.text() and res.fingerprint is None
    with opened(hq_dir) as s:
        [b] = s.exchange.overview()
        assert b.fingerprint is None and b.members == 29
    # the branch upgrades: its first signed package (full) is taken, and pins its key
    [res] = import_(hq_dir, Path(export(branch_dir, tmp_path / "new.djpkg").path))
    assert res.outcome is ImportOutcome.IMPORTED and ImportFlag.KEY_PINNED in res.flags
    # from then on the old kind is refused
    hostile.old_format(genuine, old, PASSWORD, package_id="another-old-one")
    _refused(hq_dir, old, "没有签名")


def test_the_key_file_is_private_and_in_every_backup(branch_dir, tmp_path):
    with opened(branch_dir) as s:
        fp = s.exchange.fingerprint()
        usb = s.backups.backup_to_folder(tmp_path / "usb", allow_unencrypted=True)
    key = identity.key_path(branch_dir)
    assert key.is_file() and key.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if os.name == "posix":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
        assert stat.S_IMODE(key.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(usb.path.stat().st_mode) == 0o600
    import zipfile

    with zipfile.ZipFile(usb.path) as zf:
        assert zf.read("keys/" + identity.KEY_FILE) == key.read_bytes()
    from dangjian_desktop.services.backup_archive import KEY_ENTRIES  # the names the backup reader lets in

    assert KEY_ENTRIES == ("keys/" + identity.KEY_FILE, "keys/" + identity.SEQUENCE_FILE)
    # the PC is lost: a new data folder, the USB backup restored into it, the same key again
    fresh = tmp_path / "fresh"
    with opened(fresh) as s:
        other_fp = s.exchange.fingerprint()  # a new store makes its own key first
        assert other_fp != fp
        s.backups.restore(usb.path)
    with opened(fresh) as s:
        assert s.exchange.fingerprint() == fp


def test_the_key_is_made_at_first_start_and_kept(tmp_path):
    """The branch is saved for the first time (首次使用): its key is made then, so the very first backup holds it;
    saving the branch again keeps it. Headquarters signs nothing and has no key."""
    import zipfile

    from dangjian_desktop.domain.roster import Branch

    folder = tmp_path / "new-branch"
    with opened(folder) as s:
        assert not identity.has_key(folder)
        s.branch.save_profile(Branch(name="某某公司第一党支部"))
        assert identity.has_key(folder)
        made = identity.key_path(folder).read_bytes()
        first_backup = s.backups.backup_to_folder(tmp_path / "usb", allow_unencrypted=True)
        b = s.branch.require_profile()
        b.parent_committee = "某某公司党委"
        s.branch.save_profile(b)
        assert identity.key_path(folder).read_bytes() == made
        fp = s.exchange.fingerprint()
    with zipfile.ZipFile(first_backup.path) as zf:
        assert zf.read("keys/" + identity.KEY_FILE) == made
    assert fp == identity.load_key(folder).fingerprint
    hq = tmp_path / "hq-only"
    with opened(hq) as s:
        s.branch.init_headquarters("某某公司党委")
    assert not identity.has_key(hq)


def test_a_damaged_key_file_stops_the_export_with_a_clear_message(branch_dir, stick):
    from dangjian_desktop.domain.exchange import PackageError

    with opened(branch_dir) as s:
        s.exchange.fingerprint()
    identity.key_path(branch_dir).write_bytes(b"not a key")
    with opened(branch_dir) as s, pytest.raises(PackageError, match="签名密钥文件"):
        s.exchange.export(stick, password=PASSWORD)
    assert list(stick.iterdir()) == []
