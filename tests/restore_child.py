"""Child process of tests/test_restore_kill_loop.py: restores two backups in turn until it is killed.

    python tests/restore_child.py DATA_DIR BACKUP_A BACKUP_B SEED

Prints ``READY`` once the store is open, ``PHASE <name>`` at every step of a restore's swaps (storage/backups.py
phase_hook, where it also pauses a few milliseconds so that kills land between any two steps), ``BEGIN <A|B>`` when
a restore starts and ``DONE <A|B>`` when it has returned.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dangjian_desktop.services.container import Services  # noqa: E402
from dangjian_desktop.storage import backups as storage_backups  # noqa: E402


def main() -> None:
    data_dir, a, b, seed = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)

    def hook(name: str) -> None:
        print(f"PHASE {name}", flush=True)
        time.sleep(rng.uniform(0.01, 0.06))

    storage_backups.phase_hook = hook
    services = Services.open(data_dir)
    print("READY", flush=True)
    targets = [("A", a), ("B", b)]
    rng.shuffle(targets)
    while True:
        for label, path in targets:
            print(f"BEGIN {label}", flush=True)
            services.backups.restore(path)
            print(f"DONE {label}", flush=True)


if __name__ == "__main__":
    main()
