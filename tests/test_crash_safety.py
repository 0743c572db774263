"""Kill the app with SIGKILL in the middle of saves, imports and backups, many times: the database is always
consistent and every save that was confirmed is there."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dangjian_desktop.domain.roster import Branch
from dangjian_desktop.services.backups import BackupFolder
from dangjian_desktop.services.container import Services

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 60


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sigkill_mid_write_loses_no_confirmed_save(data_dir):
    with Services.open(data_dir) as s:
        s.branch.save_profile(Branch(name="崩溃测试党支部"))
    rng = random.Random(7)
    confirmed: set[str] = set()
    notes: dict[str, int] = {}  # uuid -> the counter of the last confirmed note
    backups_seen = 0
    started = time.monotonic()
    for i in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(CHILD), str(data_dir), str(i), str(i * 100_000)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        first = proc.stdout.readline()
        assert first.strip() == "READY", first + proc.stderr.read()
        time.sleep(rng.uniform(0.0, 0.35))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        for line in out.splitlines():
            parts = line.split()
            if parts and parts[0] == "CONFIRMED":
                confirmed.add(parts[1])
                if len(parts) == 3:
                    notes[parts[1]] = int(parts[2][1:])
            elif parts and parts[0] == "BACKUP":
                backups_seen += 1

        with Services.open(data_dir) as s:  # opening runs quick_check and refuses damage
            assert not s.store.read_only
            assert s.store.database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
            present = {m.uuid: m for m in s.roster.members()}
            missing = confirmed - present.keys()
            assert not missing, f"kill {i}: {len(missing)} confirmed saves lost"
            for uuid, counter in notes.items():
                stored = present[uuid].note
                assert stored and int(stored[1:]) >= counter, f"kill {i}: confirmed update of {uuid} lost"
        if i % 15 == 14 and backups_seen:  # a finished backup is always usable (quick_check, attachments)
            assert BackupFolder(s.store.paths).newest_good() is not None
    elapsed = time.monotonic() - started
    assert len(confirmed) > KILLS  # the loop really wrote between kills
    assert backups_seen > 0
    with Services.open(data_dir) as s:  # the next backup clears what the kills left half-written
        s.backups.create()
        assert not list(s.store.paths.backups.glob("*.part"))
        assert not list(s.store.paths.backups.glob(".snapshot-*"))
        assert all(not b.problem for b in s.backups.list())  # nothing half-written is listed
    print(f"{KILLS} kills, {len(confirmed)} confirmed records, {backups_seen} backups, {elapsed:.0f} s")
