"""Kill imports, exports and USB backups (the last also from a second window) with SIGKILL, 30 times: nothing
decrypted or snapshotted is ever outside the data folder's tmp/ (not in the system's temp folder, not on the
stick), and the next start leaves nothing in tmp/. Every finished USB backup has no readable personal data."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dangjian_desktop.services.container import Services

CHILD = Path(__file__).with_name("tmp_child.py")
KILLS = 30
PASSWORD = "交换口令2027"
# what may be in a data folder outside tmp/: the store, its lock, logs, backups (plain by design), attachments,
# drafts, the window's settings, the documents headquarters received, the branch's package-signing key, the printed
# documents kept for the next export (cache/package-documents: services/exchange_docs.py)
ALLOWED_TOP = {"dangjian.sqlite3", "dangjian.sqlite3-wal", "dangjian.sqlite3-shm", "dangjian.lock", "logs",
               "backups", "attachments", "drafts", "window.ini", "tmp", "exports", "received", "keys", "cache"}


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def _check_outside_tmp(data_dir: Path) -> None:
    for entry in data_dir.iterdir():
        assert entry.name in ALLOWED_TOP, f"unexpected {entry} in the data folder"
    for p in _files(data_dir / "backups"):
        assert "snapshot" not in p.name and "payload" not in p.name, p


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_killed_imports_exports_and_backups_leave_no_personal_data_behind(tmp_path):
    from dangjian_desktop.services import demo

    branch_dir, hq_dir, usb, sys_tmp = (tmp_path / n for n in ("branch", "hq", "usb", "system-temp"))
    usb.mkdir()
    sys_tmp.mkdir()
    with Services.open(branch_dir) as s:
        demo.populate(s)
        personal = set()
        for m in s.roster.members():
            personal |= {m.name.encode(), *(x.encode() for x in (m.id_number, m.phone) if x)}
        package = Path(s.exchange.export(tmp_path / "pkg", password=PASSWORD).path)
    with Services.open(hq_dir) as s:
        s.branch.init_headquarters("测试上级党委")

    env = {**os.environ, "TMPDIR": str(sys_tmp), "TEMP": str(sys_tmp), "TMP": str(sys_tmp)}
    rng = random.Random(5)
    modes = ["backup", "export", "import", "second-window-backup"]
    done = 0
    for i in range(KILLS):
        mode = modes[i % len(modes)]
        data_dir = hq_dir if mode == "import" else branch_dir
        holder = Services.open(data_dir) if mode == "second-window-backup" else None  # the first window
        child_mode = "backup" if mode == "second-window-backup" else mode
        proc = subprocess.Popen([sys.executable, str(CHILD), str(data_dir), child_mode, str(usb), str(package),
                                 PASSWORD], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                encoding="utf-8", env=env)
        first = proc.stdout.readline()
        assert first.strip() == "READY", first + proc.stderr.read()
        time.sleep(rng.uniform(0.0, {"export": 8.0, "import": 3.0}.get(mode, 2.0)))  # over the whole operation
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        done += out.split().count("DONE")
        if holder is not None:
            holder.close()

        assert _files(sys_tmp) == [], f"kill {i} ({mode}): files in the system temp folder"
        _check_outside_tmp(data_dir)
        for p in _files(usb):  # finished files and half-written .part ones alike: nothing readable
            data = p.read_bytes()
            assert not [x for x in personal if x in data], f"kill {i} ({mode}): personal data readable in {p.name}"
            assert not data.startswith((b"PK\x03\x04", b"SQLite format 3")), p
        with Services.open(data_dir) as s:  # the next start removes what the kill left in tmp/
            left = [p for p in _files(s.store.paths.tmp)]
            assert left == [], f"kill {i} ({mode}): left in tmp/ after the next start: {left[:5]}"
    assert done > 0
    finished = [p for p in usb.iterdir() if p.suffix in (".djbak", ".djpkg")]
    if not any(p.suffix == ".djbak" for p in finished):  # a loaded machine: no kill came late enough; one more
        with Services.open(branch_dir) as s:
            backup = s.backups.backup_to_folder(usb, PASSWORD).path
        data = backup.read_bytes()
        assert not [x for x in personal if x in data] and not data.startswith((b"PK\x03\x04", b"SQLite format 3"))
    print(f"{KILLS} kills, {done} operations finished, {len(finished)} files on the stick")
