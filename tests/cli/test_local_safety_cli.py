"""The CLI on a damaged, full, read-only or locked data folder: each with its own message and exit code (README),
`info --json` always answers, nothing is deleted, and a fault of the disk never marks the store damaged."""

from __future__ import annotations

import errno
import json
import sqlite3
from pathlib import Path

import pytest

from dangjian_desktop.cli import main as cli
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.paths import DataPaths
from dangjian_desktop.services.container import Services
from tests.conftest_local import fill_disk, remount_read_only, tmpfs


def _run(data_dir: Path, *args: str) -> int:
    return cli(["--data-dir", str(data_dir), *args])


def _info(data_dir: Path, capsys) -> dict:  # noqa: ANN001
    capsys.readouterr()
    assert _run(data_dir, "info", "--json") == 0
    return json.loads(capsys.readouterr().out)


def _branch_with_backup(data_dir: Path, members: int = 3) -> Path:
    with Services.open(data_dir) as s:
        s.branch.save_profile(Branch(name="命令行测试党支部"))
        for i in range(members):
            s.roster.save_member(Member(name=f"党员{i}", phone=f"1380000000{i}"))
        return s.backups.create().path


def test_zero_byte_database_every_command(data_dir, capsys):
    """`: > dangjian.sqlite3`: nothing deleted; info says damaged and names the good backup; backups lists it;
    a writing command refuses with 4 and offers the backup; restore brings the data back."""
    good = _branch_with_backup(data_dir)
    paths = DataPaths(data_dir)
    paths.database.write_bytes(b"")
    listing = sorted(p.name for p in paths.backups.iterdir())

    info = _info(data_dir, capsys)
    assert info["state"] == "damaged" and info["read_only"] is True
    assert info["newest_good_backup"] == str(good) and "0 字节" in info["problem"]
    assert _run(data_dir, "backups", "--json") == 0
    assert [b["path"] for b in json.loads(capsys.readouterr().out)] == [str(good)]
    for args in (["demo"], ["roster", "export", str(data_dir.parent / "x.xlsx")], ["backup"]):
        assert _run(data_dir, *args) == 4, args
        err = capsys.readouterr().err
        assert "0 字节" in err and str(good) in err and "restore" in err
    assert paths.database.stat().st_size == 0 and sorted(p.name for p in paths.backups.iterdir()) == listing

    assert _run(data_dir, "restore", str(good)) == 0
    kept = list(paths.backups.glob("damaged-*/dangjian.sqlite3"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0  # the empty file is kept, not deleted
    assert _info(data_dir, capsys)["counts"]["member"] == 3


def test_full_disk_injected(data_dir, capsys, monkeypatch):
    """ENOSPC / SQLITE_FULL injected: a clear 「磁盘空间不足」, exit 5, and the store is healthy afterwards."""
    _branch_with_backup(data_dir)
    import shutil as shutil_module
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    real_usage = shutil_module.disk_usage
    monkeypatch.setattr("dangjian_desktop.paths.shutil.disk_usage", lambda p: usage(10 ** 9, 10 ** 9, 1000))
    assert _run(data_dir, "backup") == 5
    assert "磁盘空间不足" in capsys.readouterr().err
    monkeypatch.setattr("dangjian_desktop.paths.shutil.disk_usage", real_usage)

    from dangjian_desktop.storage.repos import roster as roster_repo

    def full(*a, **k):  # noqa: ANN002, ANN003
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = 13
        raise exc

    csv = data_dir.parent / "名册.csv"
    csv.write_text("姓名,联系电话\n新人,13900000000\n", encoding="utf-8")
    monkeypatch.setattr(roster_repo, "insert_members", full, raising=False)
    monkeypatch.setattr(roster_repo, "save_member", full, raising=False)
    code = _run(data_dir, "roster", "import", str(csv))
    err = capsys.readouterr().err
    assert code == 5 and "磁盘空间不足" in err and "内部出错" not in err
    monkeypatch.undo()
    info = _info(data_dir, capsys)
    assert info["state"] == "ok" and info["counts"]["member"] == 3
    assert not (data_dir / "integrity-failed").exists()


def test_full_disk_real(capsys):
    """A real full disk (a 12 MB tmpfs filled to the last block): backup and import say 「磁盘空间不足」 and exit
    5; info still answers (state disk_full, not damaged); once space is freed the store is ok."""
    with tmpfs("12m") as point:
        data_dir = point / "data"
        _branch_with_backup(data_dir, members=20)
        csv = Path("/tmp") / f"{point.name}.csv"
        csv.write_text("姓名,联系电话\n" + "".join(f"导入{i},139{i:08d}\n" for i in range(200)), encoding="utf-8")
        filler = fill_disk(point)
        try:
            assert _run(data_dir, "backup") == 5
            assert "磁盘空间不足" in capsys.readouterr().err
            code = _run(data_dir, "roster", "import", str(csv))
            err = capsys.readouterr().err
            assert code == 5 and "磁盘空间不足" in err, err
            info = _info(data_dir, capsys)
            assert info["state"] == "disk_full" and info["state"] != "damaged"
        finally:
            filler.unlink()
            csv.unlink()
        info = _info(data_dir, capsys)
        assert info["state"] == "ok" and info["read_only"] is False and info["counts"]["member"] == 20
        with Services.open(data_dir) as s:
            assert s.store.database.execute_sql("pragma integrity_check").fetchone()[0] == "ok"
        assert not list((data_dir / "backups").glob("*.part"))
        assert not any((data_dir / "tmp").iterdir()) if (data_dir / "tmp").exists() else True


def test_read_only_folder_real(capsys, tmp_path, monkeypatch):
    """A write-protected folder: info works and says read_only; reads and exports elsewhere work; writes exit 3.
    The USB backup's snapshot goes to a private folder in the system temp folder then (the only place left), and
    is gone afterwards."""
    import tempfile

    system_tmp = tmp_path / "system-temp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    with tmpfs("20m") as point:
        data_dir = point / "data"
        _branch_with_backup(data_dir)
        remount_read_only(point)
        info = _info(data_dir, capsys)
        assert info["read_only"] is True and info["state"] == "read_only" and info["counts"]["member"] == 3
        assert _run(data_dir, "demo") == 3
        assert "不允许写入" in capsys.readouterr().err
        assert _run(data_dir, "backup") == 3
        assert _run(data_dir, "backups", "--json") == 0
        assert len(json.loads(capsys.readouterr().out)) == 1
        assert _run(data_dir, "roster", "export", str(tmp_path / "名册.xlsx")) == 0
        assert (tmp_path / "名册.xlsx").is_file()
        assert _run(data_dir, "report", "roster", "--out", str(tmp_path / "名册.pdf")) == 0
        assert _run(data_dir, "backup", "--out", str(tmp_path / "usb"), "--no-encrypt") == 0
        assert len(list((tmp_path / "usb").glob("*.zip"))) == 1
        assert list(system_tmp.iterdir()) == []  # removed when the command closed the store


@pytest.mark.parametrize("error, code, text", [
    (OSError(errno.EIO, "Input/output error"), 6, "读写"),
    (PermissionError(errno.EACCES, "Permission denied"), 7, "没有权限"),
    (sqlite3.OperationalError("database is locked"), 8, "占用"),
])
def test_each_fault_has_its_own_exit_code(data_dir, capsys, monkeypatch, error, code, text):
    _branch_with_backup(data_dir)
    from dangjian_desktop.services.roster import RosterService

    def fail(*a, **k):  # noqa: ANN002, ANN003
        raise error

    monkeypatch.setattr(RosterService, "export_xlsx", fail)
    assert _run(data_dir, "roster", "export", str(data_dir.parent / "x.xlsx")) == code
    err = capsys.readouterr().err
    assert text in err and "内部出错" not in err
    monkeypatch.undo()
    assert _info(data_dir, capsys)["state"] == "ok"


def test_second_instance_info_and_writes(data_dir, capsys):
    _branch_with_backup(data_dir)
    with Services.open(data_dir):  # the window holds the lock
        info = _info(data_dir, capsys)
        assert info["read_only"] is True and info["state"] == "in_use"
        assert _run(data_dir, "demo") == 3
