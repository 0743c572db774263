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


def _readable_personal_data(p: Path, personal: set[bytes], scanned: dict[str, tuple]) -> list[bytes]:
    """The personal data readable in ``p`` (and a plain zip or database counts as readable). A file is read once
    while it stays the same (name, size, modification time in ns, inode): finished packages and backups pile up
    on the stick, and the kill loop looks at the stick after every kill."""
    st = p.stat()
    key = (st.st_size, st.st_mtime_ns, st.st_ino)
    if scanned.get(p.name) == key:
        return []
    data = p.read_bytes()
    found = [x for x in personal if x in data]
    if data.startswith((b"PK\x03\x04", b"SQLite format 3")):
        found.append(data[:15])
    if not found:
        scanned[p.name] = key
    return found


def _check_outside_tmp(data_dir: Path) -> None:
    for entry in data_dir.iterdir():
        assert entry.name in ALLOWED_TOP, f"unexpected {entry} in the data folder"
    for p in _files(data_dir / "backups"):
        assert "snapshot" not in p.name and "payload" not in p.name, p


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_killed_imports_exports_and_backups_leave_no_personal_data_behind(tmp_path, demo_copy):
    branch_dir, hq_dir, usb, sys_tmp = (tmp_path / n for n in ("branch", "hq", "usb", "system-temp"))
    usb.mkdir()
    sys_tmp.mkdir()
    with Services.open(demo_copy(branch_dir)) as s:  # the session's demo store, copied (tests/conftest.py)
        personal = set()
        for m in s.roster.members():
            personal |= {m.name.encode(), *(x.encode() for x in (m.id_number, m.phone) if x)}
        package = Path(s.exchange.export(tmp_path / "pkg", password=PASSWORD).path)
    with Services.open(hq_dir) as s:
        s.branch.init_headquarters("测试上级党委")

    env = {**os.environ, "TMPDIR": str(sys_tmp), "TEMP": str(sys_tmp), "TMP": str(sys_tmp)}
    rng = random.Random(5)
    modes = ["backup", "export", "import", "second-window-backup"]
    # how long after READY a kill may come: over the whole first operation and a little into the next. Until an
    # operation of the mode has finished once, a bound that holds on a slow machine; then 1.25 × the longest one
    # seen (its first operation, which also loads the modules it needs): a kill lands anywhere in the operation
    # without waiting out seconds of repeats on a machine where it takes one
    reach = {"export": 8.0, "import": 3.0, "backup": 2.0, "second-window-backup": 2.0}
    longest: dict[str, float] = {}
    scanned: dict[str, tuple] = {}
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
        time.sleep(rng.uniform(0.0, 1.25 * longest[mode] if mode in longest else reach[mode]))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        took = [float(line.split()[1]) for line in out.splitlines() if line.startswith("DONE ")]
        done += len(took)
        if took:
            longest[mode] = max(longest.get(mode, 0.0), *took)
        if holder is not None:
            holder.close()

        assert _files(sys_tmp) == [], f"kill {i} ({mode}): files in the system temp folder"
        _check_outside_tmp(data_dir)
        for p in _files(usb):  # finished files and half-written .part ones alike: nothing readable
            assert not _readable_personal_data(p, personal, scanned), f"kill {i} ({mode}): readable in {p.name}"
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
    print(f"{KILLS} kills, {done} operations finished, {len(finished)} files on the stick; longest operation of "
          f"each kind (s): {longest}")
