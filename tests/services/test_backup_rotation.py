"""Rotation never deletes the newest backup that passes its check, and a backup of an empty store never displaces a
good one of the same period."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

from dangjian_desktop import clock
from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.services.backups import BackupInfo, select_kept
from dangjian_desktop.services.container import Services
from tests.backup_helpers import backdate


def _fake(name: str, when: dt.datetime, counts: dict[str, int], kind: str = "auto") -> BackupInfo:
    return BackupInfo(Path(name), when, kind, counts, 1)


def test_an_empty_backup_never_displaces_a_good_one_of_the_same_day():
    now = dt.datetime(2027, 3, 10, 18, 0)
    good = _fake("good.zip", now.replace(hour=9), {"member": 30, "branch": 1})
    empty = _fake("empty.zip", now.replace(hour=17), {"member": 0, "branch": 0})
    kept = select_kept([good, empty], now)
    assert set(kept) == {good.path, empty.path}
    # older days: the newest good backup of each day stays even when an empty one is newer that day
    older = [_fake(f"g{d}.zip", now - dt.timedelta(days=d, hours=8), {"member": 30}) for d in range(1, 5)]
    empties = [_fake(f"e{d}.zip", now - dt.timedelta(days=d, hours=1), {}) for d in range(1, 5)]
    kept = set(select_kept([good, empty, *older, *empties], now))
    assert {b.path for b in older} <= kept


def test_the_newest_good_backup_is_kept_however_old():
    now = dt.datetime(2027, 12, 31, 12, 0)
    ancient_good = _fake("good.zip", now - dt.timedelta(days=900), {"member": 12})
    recent_empty = [_fake(f"e{d}.zip", now - dt.timedelta(days=d * 20), {}) for d in range(40)]
    kept = set(select_kept([ancient_good, *recent_empty], now))
    assert ancient_good.path in kept  # the newest backup that holds any record
    kept = set(select_kept([ancient_good, *recent_empty], now, newest_good=recent_empty[-1].path))
    assert recent_empty[-1].path in kept  # and the newest that passed the full check


def test_backups_of_an_empty_store_keep_the_days_good_backup(tmp_path):
    """The reproduced loss: a store opened empty backs itself up at start and exit the same day; the day's good
    backup must survive rotation."""
    good_dir, empty_dir = tmp_path / "good", tmp_path / "empty"
    with Services.open(good_dir) as s:
        s.branch.save_profile(Branch(name="轮换测试党支部"))
        s.roster.save_member(Member(name="张三"))
        good = s.backups.create("auto")
    with Services.open(empty_dir) as s:
        s.store.paths.backups.mkdir(parents=True, exist_ok=True)
        copied = s.store.paths.backups / good.path.name
        shutil.copy2(good.path, copied)
        backdate(copied, clock.now() - dt.timedelta(minutes=5))
        first = s.backups.auto_backup()  # the empty store at start
        assert first is not None and first.is_empty
        kept = {b.path for b in s.backups.list()}
        assert copied in kept and first.path in kept


def test_the_newest_backup_failing_its_check_does_not_cost_the_good_one(tmp_path):
    with Services.open(tmp_path / "d") as s:
        s.branch.save_profile(Branch(name="轮换测试党支部"))
        s.roster.save_member(Member(name="张三"))
        good = s.backups.create("auto")
        saved = shutil.copy2(good.path, tmp_path / good.path.name)
        s.roster.save_member(Member(name="李四"))
        newer = s.backups.create("auto")  # rotation keeps only this one of today
        shutil.copy2(saved, good.path)  # the older good one is back, two hours older
        backdate(good.path, newer.created_at - dt.timedelta(hours=2))
        # damage the newer one's database inside the zip (the listing still reads its manifest)
        with zipfile.ZipFile(newer.path) as zf:
            entries = {n: zf.read(n) for n in zf.namelist()}
        entries["dangjian.sqlite3"] = entries["dangjian.sqlite3"][:4096] + b"\xa5" * (
            len(entries["dangjian.sqlite3"]) - 4096)
        with zipfile.ZipFile(newer.path, "w") as zf:
            for n, data in entries.items():
                zf.writestr(n, data)
        (s.store.paths.backups / "checked.json").unlink(missing_ok=True)
        s.backups.rotate()
        kept = {b.path for b in s.backups.list()}
        assert good.path in kept and newer.path in kept  # same day: without the rule only `newer` would stay
