"""备份与恢复 without Qt: writing, listing, rotation, attachments, restore, damage, CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest

from dangjian_desktop import clock
from dangjian_desktop.cli import main as cli
from dangjian_desktop.domain.errors import DomainError
from dangjian_desktop.domain.roster import Member
from dangjian_desktop.paths import DataPaths
from dangjian_desktop.services.backups import BackupError, BackupFolder, BackupInfo, select_kept
from dangjian_desktop.services.container import Services
from dangjian_desktop.domain.faults import AccessDeniedError, DiskFullError
from dangjian_desktop.storage import SCHEMA_VERSION, DatabaseCorruptError
from dangjian_desktop.storage import backups as storage_backups

from tests.backup_helpers import backdate, manifest_and_database

PASSWORD = "备份口令2027"


def _attach(services: Services, rel: str, data: bytes) -> Path:
    p = services.store.paths.attachments / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_backup_is_listed_with_date_and_counts_read_from_the_file(demo_services):
    info = demo_services.backups.create()
    assert info.path.parent == demo_services.store.paths.backups and info.path.is_file()
    assert info.kind == "manual" and not info.problem
    assert abs((clock.now() - info.created_at).total_seconds()) < 60
    assert info.counts == demo_services.info.counts()
    assert info.counts["member"] == 30
    # counts come from the backup, not from the live store: change the store, the listing stays
    m = demo_services.roster.members()[0]
    demo_services.roster.change_status(m.uuid, m.status.__class__("转出"), clock.today() - dt.timedelta(days=1))
    demo_services.roster.save_member(Member(name="新党员"))
    listed = demo_services.backups.list()
    assert [b.path for b in listed] == [info.path]
    assert listed[0].counts["member"] == 30
    assert "党员 30" in listed[0].summary()
    with zipfile.ZipFile(info.path) as zf:
        zf.extract("dangjian.sqlite3", info.path.parent / "x")
    con = sqlite3.connect(info.path.parent / "x" / "dangjian.sqlite3")
    assert con.execute("select count(*) from member").fetchone()[0] == 30
    assert con.execute("pragma journal_mode").fetchone()[0] == "delete"
    con.close()


def test_auto_backup_only_when_something_changed(demo_services):
    first = demo_services.backups.auto_backup()
    assert first is not None and first.kind == "auto"
    assert demo_services.backups.auto_backup() is None  # nothing changed: nothing written
    assert len(demo_services.backups.list()) == 1
    demo_services.roster.save_member(Member(name="张新"))
    second = demo_services.backups.auto_backup()
    assert second is not None and second.counts["member"] == 31
    _attach(demo_services, "photos/a.jpg", b"\xff\xd8photo")
    third = demo_services.backups.auto_backup()
    assert third is not None and third.attachments == second.attachments + 1
    # same day: rotation keeps only the newest of today
    assert [b.path for b in demo_services.backups.list()] == [third.path]


def test_auto_backup_skipped_on_read_only_store(demo_services, data_dir):
    other = Services.open(data_dir)  # the lock is taken: the second instance is read-only
    try:
        assert other.store.read_only
        assert other.backups.auto_backup() is None
    finally:
        other.close()


def _fake(path: str, when: dt.datetime, kind: str = "auto") -> BackupInfo:
    return BackupInfo(Path(path), when, kind, {}, 1)


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    now = dt.datetime(2026, 6, 30, 18, 0)
    backups = []
    for day in range(500):  # two a day for 500 days
        for hour in (9, 17):
            when = now - dt.timedelta(days=day) - dt.timedelta(hours=18 - hour)
            backups.append(_fake(f"{when:%Y%m%d%H}.zip", when))
    kept = select_kept(backups, now)
    kept_infos = [b for b in backups if b.path in set(kept)]
    kept_days = {b.created_at.date() for b in kept_infos}
    # the newest of each of the last 7 days
    for d in range(7):
        day = (now - dt.timedelta(days=d)).date()
        assert day in kept_days
        newest_that_day = max((b for b in backups if b.created_at.date() == day), key=lambda b: b.created_at)
        assert newest_that_day.path in kept
    # one per month for the last 12 months, nothing older
    months = {(b.created_at.year, b.created_at.month) for b in kept_infos}
    assert len(months) == 12
    assert min(b.created_at for b in kept_infos) > now - dt.timedelta(days=366)
    weeks = {b.created_at.isocalendar()[:2] for b in kept_infos}
    assert len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12
    assert len(kept) == len(set(kept))


def test_rotation_keeps_recent_safety_copies():
    now = dt.datetime(2026, 6, 30)
    safety = [_fake(f"s{i}.zip", now - dt.timedelta(days=5 * i), "before-restore") for i in range(10)]
    kept = set(select_kept(safety, now))
    assert kept == {b.path for b in safety[:6]}  # younger than 30 days
    old = [_fake(f"o{i}.zip", now - dt.timedelta(days=100 + i), "before-restore") for i in range(5)]
    assert set(select_kept(old, now)) == {b.path for b in old[:3]}  # however old, the newest 3 stay


def test_rotate_deletes_old_backups_and_their_unused_blobs(demo_services):
    svc = demo_services.backups
    _attach(demo_services, "old.pdf", b"old attachment")
    old = svc.create("auto")
    backdate(old.path, clock.now() - dt.timedelta(days=800))
    (demo_services.store.paths.attachments / "old.pdf").unlink()
    _attach(demo_services, "new.pdf", b"new attachment")
    monthly = []
    for k in range(12, 0, -1):  # one backup in each of the 12 months before this one
        demo_services.roster.save_member(Member(name=f"党员{k}"))
        b = svc.create("auto")
        backdate(b.path, clock.now() - dt.timedelta(days=31 * k))
        monthly.append(svc.inspect(b.path))
    new = svc.create("auto")  # 13 months have backups now: the oldest month goes, with its blob
    remaining = svc.list()
    assert new.path in [b.path for b in remaining]
    assert min(b.created_at for b in remaining) > clock.now() - dt.timedelta(days=400)  # the old one went
    assert {b.created_at for b in monthly[1:]} <= {b.created_at for b in remaining}
    blobs = {p.name for p in svc.folder.blobs.glob("??/*")}
    listed = {sha for b in remaining for sha in svc.folder.manifest_hashes(b.path)[1].values()}
    assert blobs == listed  # exactly the blobs that remaining backups list
    assert hashlib.sha256(b"old attachment").hexdigest() not in blobs


def test_attachments_are_deduplicated_in_the_content_store(demo_services):
    svc = demo_services.backups
    _attach(demo_services, "a/photo.jpg", b"x" * 5000)
    _attach(demo_services, "b/same.jpg", b"x" * 5000)
    svc.create()
    demo_services.roster.save_member(Member(name="李四"))
    svc.create()
    distinct = {hashlib.sha256(p.read_bytes()).hexdigest() for p in demo_services.store.paths.attachments.rglob("*")
                if p.is_file()}
    assert {p.name for p in svc.folder.blobs.glob("??/*")} == distinct  # the two equal photos: one blob


def test_usb_backup_is_self_contained_and_atomic(demo_services, tmp_path):
    _attach(demo_services, "meetings/m1/scan.pdf", b"%PDF-1.4 scan")
    usb = tmp_path / "usb"
    info = demo_services.backups.backup_to_folder(usb, allow_unencrypted=True)  # plain: read it as a zip here
    assert info.path.parent == usb and info.kind == "usb" and info.self_contained and not info.encrypted
    assert info.path.name.startswith("党支部工作台账备份-") and info.path.suffix == ".zip"
    assert list(usb.iterdir()) == [info.path]  # no .part left behind
    with zipfile.ZipFile(info.path) as zf:
        assert zf.read("attachments/meetings/m1/scan.pdf") == b"%PDF-1.4 scan"
    # restoring it on another PC needs nothing but the file
    other = Services.open(tmp_path / "other-pc")
    try:
        result = other.backups.restore(info.path)
        assert other.info.counts() == info.counts
        assert (other.store.paths.attachments / "meetings/m1/scan.pdf").read_bytes() == b"%PDF-1.4 scan"
        assert result.attachments_restored == info.attachments
        assert _tree(other.store.paths.attachments) == _tree(demo_services.store.paths.attachments)
    finally:
        other.close()


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions as a normal user")
def test_usb_backup_to_a_write_protected_folder_is_a_clear_error(demo_services, tmp_path):
    usb = tmp_path / "ro"
    usb.mkdir()
    usb.chmod(0o500)
    try:
        with pytest.raises(AccessDeniedError, match="无法写入"):
            demo_services.backups.backup_to_folder(usb, "口令123456")
        assert list(usb.iterdir()) == []
    finally:
        usb.chmod(0o700)


def test_restore_brings_back_an_older_state_exactly(demo_services):
    svc = demo_services
    _attach(svc, "photos/before.jpg", b"before")
    counts_before = svc.info.counts()
    target = svc.roster.members()[3]
    old_phone = target.phone
    tree_before = _tree(svc.store.paths.attachments)
    backup = svc.backups.create()

    # later work: a changed field, a new member, a new group, attachments changed
    target.phone = "13900000000"
    svc.roster.save_member(target)
    svc.roster.save_member(Member(name="后来的人"))
    (svc.store.paths.attachments / "photos/before.jpg").write_bytes(b"changed")
    _attach(svc, "photos/after.jpg", b"after")
    assert svc.info.counts() != counts_before

    result = svc.backups.restore(backup.path)
    assert svc.info.counts() == counts_before
    assert svc.roster.member(target.uuid).phone == old_phone
    assert _tree(svc.store.paths.attachments) == tree_before
    # the state before the restore was backed up first and can itself be restored
    safety = svc.backups.inspect(result.safety_backup)
    assert safety.kind == "before-restore" and safety.counts["member"] == counts_before["member"] + 1
    svc.backups.restore(safety.path)
    assert svc.roster.member(target.uuid).phone == "13900000000"
    assert _tree(svc.store.paths.attachments) == {**tree_before, "photos/before.jpg": b"changed",
                                                  "photos/after.jpg": b"after"}
    # the store works normally after the swaps
    svc.roster.save_member(Member(name="恢复后新增"))
    assert svc.store.database.execute_sql("pragma integrity_check").fetchone()[0] == "ok"
    assert not svc.store.paths.restore_work.exists() and not svc.store.paths.restore_intent.exists()


def test_restore_of_a_damaged_backup_changes_nothing(demo_services, tmp_path):
    good = demo_services.backups.create()
    bad = tmp_path / "bad.zip"
    data = bytearray(good.path.read_bytes())
    data[len(data) // 2: len(data) // 2 + 200] = b"\0" * 200  # damage the compressed database
    bad.write_bytes(bytes(data))
    before = demo_services.info.counts()
    n_backups = len(demo_services.backups.list())
    with pytest.raises(BackupError, match="损坏|不能使用"):
        demo_services.backups.restore(bad)
    assert demo_services.info.counts() == before
    assert len(demo_services.backups.list()) == n_backups  # not even a safety copy was needed
    text = tmp_path / "notes.zip"
    text.write_text("这不是备份", encoding="utf-8")
    with pytest.raises(BackupError, match="不是本程序的备份"):
        demo_services.backups.restore(text)
    with pytest.raises(BackupError, match="找不到"):
        demo_services.backups.restore(tmp_path / "missing.zip")
    assert demo_services.info.counts() == before


def test_restore_of_a_backup_from_a_newer_version_is_refused(demo_services, tmp_path):
    good = demo_services.backups.create()
    newer = tmp_path / "newer.zip"
    manifest, db = manifest_and_database(good.path)
    db_file = tmp_path / "db.sqlite3"
    db_file.write_bytes(db)
    con = sqlite3.connect(db_file)
    con.execute("pragma user_version = 99")
    con.commit()
    con.close()
    manifest["schema_version"] = 99
    with zipfile.ZipFile(newer, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.write(db_file, "dangjian.sqlite3")
    assert "更新版本" in demo_services.backups.inspect(newer).problem
    with pytest.raises(BackupError, match="更新版本"):
        demo_services.backups.restore(newer)
    assert demo_services.store.schema_version == SCHEMA_VERSION


def test_restore_of_a_bare_migration_copy(demo_services):
    from dangjian_desktop.storage.backups import backup_to

    copy = backup_to(demo_services.store, demo_services.store.paths.backups / "before-migration-v1-x.sqlite3")
    demo_services.roster.save_member(Member(name="王五"))
    info = demo_services.backups.inspect(copy)
    assert info.kind == "migration" and info.counts["member"] == 30
    demo_services.backups.restore(copy)
    assert demo_services.info.counts()["member"] == 30


def _damage(data_dir: Path) -> None:
    db = DataPaths(data_dir).database
    raw = bytearray(db.read_bytes())
    raw[100:4096 * 3] = os.urandom(4096 * 3 - 100)  # the schema page and more
    db.write_bytes(bytes(raw))


def test_damaged_database_newest_good_backup_and_restore_after_damage(data_dir, demo_copy):
    with Services.open(demo_copy(data_dir)) as s:  # the session's demo store, copied (tests/conftest.py)
        s.backups.create()
        _attach(s, "keep/newer.jpg", b"newer than any backup")
        good = s.backups.create()
    # the newest backup is damaged itself: the newest *good* one is offered
    newest_bad = DataPaths(data_dir).backups / "dangjian-backup-29990101-000000-auto.zip"
    newest_bad.write_bytes(b"PK\x03\x04 truncated")
    _damage(data_dir)
    with pytest.raises(DatabaseCorruptError):
        Services.open(data_dir)
    damaged_bytes = DataPaths(data_dir).database.read_bytes()
    folder = BackupFolder(DataPaths(data_dir))
    offered = folder.newest_good()
    assert offered is not None and offered.path == good.path
    result = folder.restore_after_damage(offered.path)
    assert result.damaged_copy.read_bytes() == damaged_bytes  # moved aside, never written to
    with Services.open(data_dir) as s:
        assert s.info.counts()["member"] == 30
        assert (s.store.paths.attachments / "keep/newer.jpg").read_bytes() == b"newer than any backup"


def test_cli_backup_backups_restore(demo_services, data_dir, tmp_path, capsys):
    demo_services.close()
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD + "\n", encoding="utf-8")
    assert cli(["--data-dir", str(data_dir), "backup"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.is_file() and written.parent == data_dir / "backups"
    assert cli(["--data-dir", str(data_dir), "backup", "--out", str(tmp_path / "usb")]) == 2  # no choice made
    assert "--password-file" in capsys.readouterr().err
    assert cli(["--data-dir", str(data_dir), "backup", "--out", str(tmp_path / "usb"), "--password-file", str(pw)]) == 0
    usb = Path(capsys.readouterr().out.strip())
    assert usb.parent == tmp_path / "usb" and usb.is_file() and usb.suffix == ".djbak"
    assert cli(["--data-dir", str(data_dir), "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["path"] for b in listed] == [str(written)]
    assert listed[0]["counts"]["member"] == 30 and listed[0]["created_at"]
    assert cli(["--data-dir", str(data_dir), "backups"]) == 0
    assert "党员 30" in capsys.readouterr().out

    with Services.open(data_dir) as s:
        s.roster.save_member(Member(name="赵六"))
    assert cli(["--data-dir", str(data_dir), "restore", str(usb)]) == 2  # encrypted: the password is needed
    assert "密码" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("不是这个密码1\n", encoding="utf-8")
    assert cli(["--data-dir", str(data_dir), "restore", str(usb), "--password-file", str(wrong)]) == 2
    assert "密码不正确" in capsys.readouterr().err
    with Services.open(data_dir) as s:  # nothing changed by the refused restores
        assert s.info.counts()["member"] == 31
    assert cli(["--data-dir", str(data_dir), "restore", str(usb), "--password-file", str(pw)]) == 0
    out = capsys.readouterr().out
    assert "已从" in out and "恢复前的数据已备份到" in out
    with Services.open(data_dir) as s:
        assert s.info.counts()["member"] == 30

    assert cli(["--data-dir", str(data_dir), "restore", str(tmp_path / "nope.zip")]) == 2
    assert "找不到备份文件" in capsys.readouterr().err
    # a damaged database: info reports it (exit 0), writing commands refuse (4), restore still works
    _damage(data_dir)
    assert cli(["--data-dir", str(data_dir), "info"]) == 0
    assert "损坏" in capsys.readouterr().out
    assert cli(["--data-dir", str(data_dir), "demo"]) == 4
    err = capsys.readouterr().err
    assert "损坏" in err and "dangjian" in err and "restore" in err
    assert cli(["--data-dir", str(data_dir), "restore", str(usb), "--password-file", str(pw)]) == 0
    with Services.open(data_dir) as s:
        assert s.info.counts()["member"] == 30


def test_usb_backup_to_a_path_that_is_a_file_is_a_clear_error(demo_services, tmp_path):
    not_a_folder = tmp_path / "F盘"
    not_a_folder.write_text("x")
    with pytest.raises(DomainError, match="无法写入|不是文件夹"):
        demo_services.backups.backup_to_folder(not_a_folder, PASSWORD)
    assert not_a_folder.read_text() == "x"


def test_usb_full_is_a_clear_error_and_leaves_no_partial_file(demo_services, tmp_path, monkeypatch):
    import errno

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    usb = tmp_path / "usb"
    with pytest.raises(DiskFullError, match="磁盘空间不足"):
        demo_services.backups.backup_to_folder(usb, PASSWORD)
    assert list(usb.iterdir()) == []
    with pytest.raises(DiskFullError, match="磁盘空间不足"):
        demo_services.backups.backup_to_folder(usb, allow_unencrypted=True)
    assert list(usb.iterdir()) == []


def test_restore_when_the_database_file_cannot_be_replaced(demo_services, monkeypatch):
    """On Windows a file held open by another connection cannot be renamed over: restore copies the pages in."""
    backup = demo_services.backups.create()
    target = demo_services.roster.members()[0]
    target.phone = "13700000000"
    demo_services.roster.save_member(target)
    demo_services.roster.save_member(Member(name="之后"))
    real_replace = os.replace

    def refuse(src, dst):
        if Path(dst) == demo_services.store.paths.database:
            raise PermissionError(13, "file in use", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(storage_backups.os, "replace", refuse)
    demo_services.backups.restore(backup.path)
    assert demo_services.info.counts() == backup.counts
    assert demo_services.roster.member(target.uuid).phone != "13700000000"
    assert demo_services.store.database.execute_sql("pragma integrity_check").fetchone()[0] == "ok"
    assert not demo_services.store.paths.restore_work.exists()
    assert not demo_services.store.paths.restore_intent.exists()


def test_restore_while_another_thread_holds_a_connection(demo_services, caplog):
    import threading

    backup = demo_services.backups.create()
    demo_services.roster.save_member(Member(name="之后"))
    opened = threading.Event()
    done = threading.Event()

    def report_job():  # like a PDF job on the thread pool: reads through peewee and never closes its connection
        demo_services.roster.members()
        opened.set()
        done.wait(10)

    t = threading.Thread(target=report_job)
    t.start()
    opened.wait(10)
    try:
        demo_services.backups.restore(backup.path)
        assert demo_services.info.counts() == backup.counts
        assert "copying pages into the live database" in caplog.text
    finally:
        done.set()
        t.join()


class _Killed(BaseException):
    """Stands for the process being killed: nothing after it runs, no clean-up handler either."""


def _with_branch(data_dir: Path) -> Services:
    from dangjian_desktop.domain.roster import Branch

    svc = Services.open(data_dir)
    svc.branch.save_profile(Branch(name="恢复测试党支部"))
    return svc


def _kill_restore_at(svc: Services, backup: Path, phase: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def hook(name: str) -> None:
        if name == phase:
            raise _Killed

    monkeypatch.setattr(storage_backups, "phase_hook", hook)
    with pytest.raises(_Killed):
        svc.backups.restore(backup)
    monkeypatch.setattr(storage_backups, "phase_hook", None)


@pytest.mark.parametrize("opener", ["app", "cli"])
def test_restore_killed_between_the_attachment_renames_is_finished_at_next_start(data_dir, demo_copy, monkeypatch,
                                                                                capsys, opener):
    svc = Services.open(demo_copy(data_dir))  # the session's demo store, copied (tests/conftest.py)
    _attach(svc, "photos/in-backup.jpg", b"backup")
    tree_in_backup = _tree(svc.store.paths.attachments)
    backup = svc.backups.create()
    _attach(svc, "photos/later.jpg", b"later")
    svc.roster.save_member(Member(name="备份之后"))
    _kill_restore_at(svc, backup.path, "attachments-in", monkeypatch)  # the live folder is out, the new not in
    paths = svc.store.paths
    assert not paths.attachments.exists() and paths.restore_intent.exists()
    svc.store.database.close()
    svc.store._lock.release()

    if opener == "app":  # app.py opens the store through Services.open
        svc = Services.open(data_dir)
        assert _tree(paths.attachments) == tree_in_backup  # the database is the backup's: so are the files
        assert svc.info.counts()["member"] == 30
        svc.close()
    else:
        assert cli(["--data-dir", str(data_dir), "info"]) == 0
        assert _tree(paths.attachments) == tree_in_backup
    assert not paths.restore_intent.exists() and not paths.restore_work.exists()


@pytest.mark.parametrize("phase", ["intent", "database", "attachments-out", "attachments-in", "cleanup"])
def test_restore_killed_at_each_step_is_completed_by_the_next_open(data_dir, monkeypatch, phase):
    svc = _with_branch(data_dir)
    svc.roster.save_member(Member(name="备份里的人"))
    _attach(svc, "a/in-backup.jpg", b"backup")
    backup = svc.backups.create()
    svc.roster.save_member(Member(name="备份之后的人"))
    (svc.store.paths.attachments / "a/in-backup.jpg").unlink()
    _attach(svc, "a/later.jpg", b"later")
    _kill_restore_at(svc, backup.path, phase, monkeypatch)
    svc.store.database.close()
    svc.store._lock.release()
    with Services.open(data_dir) as again:
        names = {m.name for m in again.roster.members()}
        assert names == {"备份里的人"}  # the restore was completed, never half of it
        assert _tree(again.store.paths.attachments) == {"a/in-backup.jpg": b"backup"}
        assert again.store.database.execute_sql("pragma integrity_check").fetchone()[0] == "ok"
        assert not again.store.paths.restore_intent.exists() and not again.store.paths.restore_work.exists()


def test_restore_killed_before_the_intent_changes_nothing(data_dir, monkeypatch):
    svc = _with_branch(data_dir)
    svc.roster.save_member(Member(name="备份里的人"))
    backup = svc.backups.create()
    svc.roster.save_member(Member(name="备份之后的人"))
    _attach(svc, "a/later.jpg", b"later")
    real_begin = storage_backups.begin_restore

    def killed(*args, **kwargs):  # everything is prepared in tmp/restore; the intent is never written
        raise _Killed

    monkeypatch.setattr(storage_backups, "begin_restore", killed)
    with pytest.raises(_Killed):
        svc.backups.restore(backup.path)
    monkeypatch.setattr(storage_backups, "begin_restore", real_begin)
    assert svc.store.paths.restore_work.exists()
    svc.store.database.close()
    svc.store._lock.release()
    with Services.open(data_dir) as again:  # rolled back: the leftovers go, the data is as it was
        assert {m.name for m in again.roster.members()} == {"备份里的人", "备份之后的人"}
        assert _tree(again.store.paths.attachments) == {"a/later.jpg": b"later"}
        assert not again.store.paths.restore_work.exists()


def test_read_only_window_does_not_touch_a_restore_in_progress(demo_services, data_dir):
    """A second window opens read-only while the first holds the lock (maybe in the middle of a restore)."""
    paths = demo_services.store.paths
    paths.restore_work.mkdir(parents=True)
    (paths.restore_work / "keep.jpg").write_bytes(b"x")
    paths.restore_intent.write_text("{}", encoding="utf-8")
    second = Services.open(data_dir)
    try:
        assert second.store.read_only and (paths.restore_work / "keep.jpg").exists()
        assert paths.restore_intent.exists()
    finally:
        second.close()
        paths.restore_intent.unlink()


def _damage_entry(path: Path, entry: str, out: Path) -> Path:
    """A copy of the backup ZIP whose ``entry`` has its first data bytes overwritten with 0xFF: deflated data then
    fails to inflate (zlib.error: a block of invalid type), stored data fails its CRC check (BadZipFile)."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(entry)
    data = bytearray(path.read_bytes())
    name_len = int.from_bytes(data[info.header_offset + 26: info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28: info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    data[start: start + 16] = b"\xff" * 16
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize("which", ["database", "attachment"])
def test_restore_of_an_entry_that_does_not_inflate_is_refused_cleanly(demo_services, tmp_path, which):
    from dangjian_desktop.services.backups import ATTACHMENTS_PREFIX, DB_ENTRY

    # a (plain) USB backup holds the attachments inline
    good = demo_services.backups.backup_to_folder(tmp_path / "usb", allow_unencrypted=True)
    with zipfile.ZipFile(good.path) as zf:
        names = zf.namelist()
    entry = DB_ENTRY if which == "database" else next(n for n in names if n.startswith(ATTACHMENTS_PREFIX))
    bad = _damage_entry(good.path, entry, tmp_path / "bad.zip")
    before = demo_services.info.counts()
    attachments = sorted(p.name for p in demo_services.backups.paths.attachments.rglob("*") if p.is_file())
    with pytest.raises(BackupError, match="损坏"):
        demo_services.backups.restore(bad)
    assert demo_services.info.counts() == before
    assert sorted(p.name for p in demo_services.backups.paths.attachments.rglob("*") if p.is_file()) == attachments
