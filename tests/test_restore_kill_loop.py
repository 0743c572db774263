"""Kill the app with SIGKILL anywhere in a restore, over and over: the next open always finds the database, the
attachments and the package-signing key of the same backup (never the restored database with the old attachments
or the other state's key: the key is the branch's identity at headquarters), integrity_check ok, and no intent
record or prepared files left over."""

from __future__ import annotations

import collections
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dangjian_desktop.domain.roster import Branch, Member
from dangjian_desktop.exchange import identity
from dangjian_desktop.services.container import Services

CHILD = Path(__file__).with_name("restore_child.py")
# 12 kills in a restore's preparation and 24 between two of its swap steps: each of the 15 points after a line of
# the first two restores is hit at least once (in turn, not drawn at random: 54 random kills still missed some)
KILLS = 36


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _attach(s: Services, rel: str, data: bytes) -> None:
    p = s.store.paths.attachments / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sigkill_anywhere_in_a_restore_never_mixes_database_and_attachments(data_dir, tmp_path):
    with Services.open(data_dir) as s:  # state A: 3 members, photos a1, a2
        s.branch.save_profile(Branch(name="恢复中断测试党支部"))
        for i in range(3):
            s.roster.save_member(Member(name=f"甲{i}"))
        _attach(s, "photos/a1.jpg", b"A1" * 5000)
        _attach(s, "photos/a2.jpg", b"A2" * 5000)
        tree_a = _tree(s.store.paths.attachments)
        key_a = identity.ensure_key(s.store.paths.root).pem()
        # self-contained backups outside backups/ (rotation and its blob clean-up do not touch them)
        backup_a = s.backups.backup_to_folder(tmp_path / "a", allow_unencrypted=True).path
        for i in range(4):  # state B: 7 members, a1 changed, a2 gone, b1 new
            s.roster.save_member(Member(name=f"乙{i}"))
        (s.store.paths.attachments / "photos/a2.jpg").unlink()
        (s.store.paths.attachments / "photos/a1.jpg").write_bytes(b"B1" * 7000)
        _attach(s, "scans/b1.pdf", b"%PDF B1" * 900)
        tree_b = _tree(s.store.paths.attachments)
        key_b = identity.SigningKey.generate().pem()  # state B's branch has another key (e.g. after a re-key)
        identity.write_key_file(s.store.paths.root, key_b)
        backup_b = s.backups.backup_to_folder(tmp_path / "b", allow_unencrypted=True).path
    expected = {3: tree_a, 7: tree_b}
    expected_key = {3: key_a, 7: key_b}
    assert key_a != key_b

    rng = random.Random(11)
    last_phases: collections.Counter[str] = collections.Counter()
    completed = 0
    started = time.monotonic()
    for i in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(CHILD), str(data_dir), str(backup_a), str(backup_b), str(i)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        first = proc.stdout.readline()
        assert first.strip() == "READY", first + proc.stderr.read()
        # The kill follows the child's own steps, not the wall clock (a loaded machine slows every step alike):
        # every third kill lands in a restore's preparation (after BEGIN: extract, stage, safety backup; of the
        # first restore and of the second in turn), the others between two of its swap steps (after the k-th line
        # of the first two restores, 8 lines each: k = 2…16 in turn, so that every step boundary of both is hit).
        target = (1, 9)[(i // 3) % 2] if i % 3 == 0 else 2 + (i - i // 3 - 1) % 15
        seen = []
        while len(seen) < target:
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line)
        time.sleep(rng.uniform(0.0, 0.4) if i % 3 == 0 else rng.uniform(0.0, 0.05))
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        out = "".join(seen) + out
        lines = out.split()
        tail = [ln for ln in out.splitlines() if ln.startswith(("PHASE", "BEGIN", "DONE"))]
        where = tail[-1] if tail else "READY"
        last_phases[where.split()[0] if not where.startswith("PHASE") else where.split()[1]] += 1
        completed += lines.count("DONE")

        with Services.open(data_dir) as s:  # the open completes a half-done restore or removes its leftovers
            members = len(s.roster.members())
            assert members in expected, f"kill {i} ({where}): {members} members"
            assert _tree(s.store.paths.attachments) == expected[members], (
                f"kill {i} ({where}): the database is state {'A' if members == 3 else 'B'}, the attachments are not")
            assert identity.key_path(s.store.paths.root).read_bytes() == expected_key[members], (
                f"kill {i} ({where}): the database is state {'A' if members == 3 else 'B'}, the signing key is not")
            assert not (identity.keys_folder(s.store.paths.root) / "restore-keys.json").exists()
            assert s.store.database.execute_sql("pragma integrity_check").fetchone()[0] == "ok"
            assert not s.store.paths.restore_intent.exists() and not s.store.paths.restore_work.exists()
    elapsed = time.monotonic() - started
    print(f"{KILLS} kills in {elapsed:.0f} s; {completed} restores completed; last step before the kill: "
          f"{dict(last_phases)}")
    # the kills were spread over the whole restore: before the swaps and between every two steps of them
    swap_steps = {"intent", "database", "attachments-out", "attachments-in", "cleanup"}
    assert len(swap_steps & set(last_phases)) >= 4, last_phases
    assert sum(last_phases[k] for k in swap_steps) >= 10, last_phases
    assert last_phases["BEGIN"] >= 5, last_phases  # in the preparation (extract, stage, safety backup)
    assert completed > 0
