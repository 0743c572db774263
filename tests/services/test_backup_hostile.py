"""Backups are untrusted input: a malformed one never breaks listing, new backups or the offer after damage; a
bomb, an oversized manifest, unsafe paths or a database with added triggers, views, indexes or tables are refused
before anything is written, and nothing changes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from dangjian_desktop.cli import main as cli
from dangjian_desktop.domain import idcard
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.services.backups import BackupError, BackupFolder
from dangjian_desktop.services.container import Services


def ID(i: int) -> str:  # noqa: N802
    return idcard.make_valid(f"11010519800101{i:03d}")


@pytest.fixture
def branch(data_dir):  # noqa: ANN001, ANN201
    s = Services.open(data_dir)
    s.branch.save_profile(Branch(name="恶意文件测试党支部"))
    for i in range(29):
        s.roster.save_member(Member(name=f"党员{i:02d}", id_number=ID(i), phone=f"138{i:08d}"))
    yield s
    s.close()


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _write(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in entries.items():
            zf.writestr(n, data)
    return path


def _with_manifest(good: Path, out: Path, change) -> Path:  # noqa: ANN001
    entries = _entries(good)
    manifest = json.loads(entries["manifest.json"])
    change(manifest)
    entries["manifest.json"] = json.dumps(manifest).encode() if not isinstance(manifest, bytes) else manifest
    return _write(out, entries)


def _with_database(good: Path, out: Path, sql: str) -> Path:
    """The backup with its database changed by ``sql``, and the manifest's hash and size updated to match (as an
    attacker who edits the file would)."""
    entries = _entries(good)
    db = out.with_suffix(".sqlite3")
    db.write_bytes(entries["dangjian.sqlite3"])
    con = sqlite3.connect(db)
    con.executescript(sql)
    con.commit()
    con.close()
    data = db.read_bytes()
    manifest = json.loads(entries["manifest.json"])
    manifest["db_sha256"] = hashlib.sha256(data).hexdigest()
    manifest["db_size"] = len(data)
    entries["manifest.json"] = json.dumps(manifest).encode()
    entries["dangjian.sqlite3"] = data
    db.unlink()
    return _write(out, entries)


def _state(s: Services) -> tuple:
    paths = s.store.paths
    return (s.info.counts(), sorted(p.name for p in paths.backups.glob("*.zip")),
            sorted(p.relative_to(paths.root).as_posix() for p in paths.attachments.rglob("*")))


def _refused(s: Services, bad: Path, text: str) -> None:
    before = _state(s)
    with pytest.raises(BackupError, match=text):
        s.backups.restore(bad)
    assert _state(s) == before  # nothing restored, not even a safety copy written
    assert not s.store.paths.restore_work.exists() and not s.store.paths.restore_intent.exists()
    tmp = s.store.paths.tmp  # nothing decrypted or extracted is left (a live scratch folder holds only its lock)
    assert [p for p in tmp.rglob("*") if p.is_file() and p.name != ".lock"] == []


@pytest.mark.parametrize("name, change", [
    ("count_is_text", lambda m: m["counts"].__setitem__("member", "29")),
    ("schema_version_is_text", lambda m: m.__setitem__("schema_version", "2")),
    ("counts_is_a_list", lambda m: m.__setitem__("counts", [1, 2])),
    ("attachment_size_negative", lambda m: m["attachments"].__setitem__("a.jpg", {"sha256": "0" * 64, "size": -1})),
    ("created_at_is_a_number", lambda m: m.__setitem__("created_at", 12)),
    ("kind_unknown", lambda m: m.__setitem__("kind", "x" * 5000)),
])
def test_malformed_manifest_is_listed_as_unusable_and_breaks_nothing(branch, name, change, capsys):
    good = branch.backups.create()
    bad = _with_manifest(good.path, branch.store.paths.backups / f"dangjian-backup-29990101-000000-{name}.zip",
                         change)
    listed = branch.backups.list()  # never raises; the unusable one after the usable ones, however new
    assert listed[-1].path == bad and listed[-1].problem and not listed[0].problem
    assert BackupFolder(branch.store.paths).newest_good().path == good.path
    branch.roster.save_member(Member(name="新来的"))
    newer = branch.backups.create()  # new backups and rotation work beside it
    assert bad.exists() and newer.path.exists()
    assert cli(["--data-dir", str(branch.store.paths.root), "backups", "--json"]) == 0
    assert {b["path"] for b in json.loads(capsys.readouterr().out)} == {str(bad), str(newer.path)}
    _refused(branch, bad, "不能使用")


def test_deeply_nested_manifest(branch):
    good = branch.backups.create()
    nested = b'{"format": "dangjian-backup", "x": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    entries = _entries(good.path)
    entries["manifest.json"] = nested
    bad = _write(branch.store.paths.backups / "dangjian-backup-29990101-000000-nested.zip", entries)
    info = branch.backups.inspect(bad)
    assert info.problem
    assert branch.backups.folder.newest_good().path == good.path
    _refused(branch, bad, "不能使用")


def test_huge_manifest_is_refused_without_reading_it(branch):
    good = branch.backups.create()
    entries = _entries(good.path)
    manifest = json.loads(entries["manifest.json"])
    padded = json.dumps(manifest)[:-1] + ', "pad": "' + " " * (300 * 1024 * 1024) + '"}'
    entries["manifest.json"] = padded.encode()
    del padded
    bad = _write(branch.store.paths.backups.parent / "big-manifest.zip", entries)
    del entries
    assert bad.stat().st_size < 5 * 1024 * 1024  # a small file that inflates to 300 MB
    tracemalloc.start()
    started = time.monotonic()
    info = branch.backups.inspect(bad)
    elapsed = time.monotonic() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert info.problem and ("过大" in info.problem or "炸弹" in info.problem)
    assert peak < 20 * 1024 * 1024 and elapsed < 5
    _refused(branch, bad, "过大|炸弹")


def test_database_bomb_is_refused_before_anything_is_written(branch, tmp_path):
    good = branch.backups.create()
    entries = _entries(good.path)
    header = entries["dangjian.sqlite3"][:100]
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", entries["manifest.json"])
        # 256 MiB (deflating more only costs the test time): a real header, then zeros, ~1000:1
        with zf.open("dangjian.sqlite3", "w", force_zip64=True) as out:
            out.write(header)
            zero = b"\0" * (1 << 20)
            for _ in range(256):
                out.write(zero)
    assert bomb.stat().st_size < 1024 * 1024
    _refused(branch, bomb, "炸弹|过大|不符")


def test_database_larger_than_its_header_says_is_refused(branch, tmp_path):
    good = branch.backups.create()
    entries = _entries(good.path)
    entries["dangjian.sqlite3"] += b"\1" * 65536  # padded: no longer the size its own header declares
    manifest = json.loads(entries["manifest.json"])
    manifest["db_sha256"] = hashlib.sha256(entries["dangjian.sqlite3"]).hexdigest()
    manifest["db_size"] = len(entries["dangjian.sqlite3"])
    entries["manifest.json"] = json.dumps(manifest).encode()
    _refused(branch, _write(tmp_path / "padded.zip", entries), "不符")


@pytest.mark.parametrize("what, sql", [
    ("trigger", "CREATE TRIGGER blank_ids AFTER UPDATE ON member BEGIN UPDATE member SET id_number = ''; END;"),
    ("view", "CREATE VIEW everyone AS SELECT name, id_number, phone FROM member;"),
    ("index", "CREATE INDEX member_phone_x ON member(phone);"),
    ("table", "CREATE TABLE stash (x TEXT);"),
    ("dropped_index", "DROP INDEX member_uuid;"),
])
def test_database_with_changed_schema_objects_is_refused(branch, tmp_path, what, sql):
    good = branch.backups.create()
    bad = _with_database(good.path, tmp_path / f"{what}.zip", sql)
    assert branch.backups.inspect(bad).problem == ""  # the manifest itself is fine; the database is not
    _refused(branch, bad, "结构")
    assert sorted(m.id_number for m in branch.roster.members()) == sorted(ID(i) for i in range(29))


def test_trigger_injected_backup_would_have_blanked_every_id_number(branch, tmp_path):
    """What the refusal prevents: the same database, opened as a store, blanks all 29 ID numbers on one edit."""
    good = branch.backups.create()
    bad = _with_database(good.path, tmp_path / "trigger.zip", "CREATE TRIGGER blank_ids AFTER UPDATE ON member "
                                                            "BEGIN UPDATE member SET id_number = ''; END;")
    db = tmp_path / "look.sqlite3"
    db.write_bytes(_entries(bad)["dangjian.sqlite3"])
    con = sqlite3.connect(db)
    con.execute("UPDATE member SET note = 'x' WHERE id = (SELECT min(id) FROM member)")
    assert con.execute("SELECT count(*) FROM member WHERE id_number = ''").fetchone()[0] == 29
    con.close()
    _refused(branch, bad, "结构")


@pytest.mark.parametrize("name", ["attachments/../../evil.txt", "attachments//x", "attachments/C:/x",
                                  "other.txt", "attachments/a\\..\\b"])
def test_unsafe_entry_names_are_refused(branch, tmp_path, name):
    good = branch.backups.create()
    entries = _entries(good.path)
    entries[name] = b"x"
    bad = _write(tmp_path / "unsafe.zip", entries)
    assert branch.backups.inspect(bad).problem
    _refused(branch, bad, "不能使用")
    assert not (branch.store.paths.root.parent / "evil.txt").exists()


def test_unsafe_attachment_path_in_manifest_is_refused(branch, tmp_path):
    good = branch.backups.create()
    bad = _with_manifest(good.path, tmp_path / "path.zip", lambda m: m["attachments"].__setitem__(
        "../../outside.jpg", {"sha256": "a" * 64, "size": 1}))
    _refused(branch, bad, "不安全")


def test_restore_after_damage_refuses_hostile_backups_and_offers_the_good_one(branch, data_dir):
    good = branch.backups.create()
    _with_database(good.path, branch.store.paths.backups / "dangjian-backup-29990101-000000-auto.zip",
                   "CREATE TRIGGER t AFTER INSERT ON member BEGIN DELETE FROM member; END;")
    branch.close()
    (data_dir / "dangjian.sqlite3").write_bytes(b"")
    folder = BackupFolder(branch.store.paths)
    offered = folder.newest_good()  # the newer, trigger-injected one fails its check: the good one is offered
    assert offered is not None and offered.path == good.path
