"""Child process of tests/test_crash_safety.py: writes to the store until it is killed.

    python tests/crash_child.py DATA_DIR SEED COUNTER_START

Prints ``READY`` once the store is open, then after every commit returns: ``CONFIRMED <uuid>`` for an inserted
member, ``CONFIRMED <uuid> <note>`` for an update (the note it set), ``BACKUP <path>`` for a finished backup.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dangjian_desktop.domain.roster import Member  # noqa: E402
from dangjian_desktop.services.container import Services  # noqa: E402


def main() -> None:
    data_dir, seed, counter = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    services = Services.open(data_dir)
    # warm up what the first backup of a process imports and builds (the record models, the schema the restore
    # check compares with): the kills are meant to land in the writes, not in the imports
    from dangjian_desktop.storage import SCHEMA_VERSION, schema_check
    from dangjian_desktop.storage.schema import record_models

    record_models()
    schema_check.expected_for(SCHEMA_VERSION, {})
    services.backups.list()
    mine: list[str] = []
    print("READY", flush=True)
    # beside the data folder, in the test's tmp_path: the child is killed, so it never cleans up after itself
    tmp = Path(data_dir).with_name(f"crash-import-{seed}")
    tmp.mkdir(exist_ok=True)
    while True:
        counter += 1
        op = rng.random()
        if op < 0.45 or not mine:
            m = services.roster.save_member(Member(name=f"崩溃测试{counter}", phone="13800000000"))
            mine.append(m.uuid)
            print(f"CONFIRMED {m.uuid}", flush=True)
        elif op < 0.75:
            m = services.roster.member(rng.choice(mine))
            m.note = f"n{counter}"
            services.roster.save_member(m)
            print(f"CONFIRMED {m.uuid} {m.note}", flush=True)
        elif op < 0.9:
            names = [f"导入{counter}-{i}" for i in range(25)]
            csv = tmp / f"{counter}.csv"
            csv.write_text("姓名,联系电话\n" + "".join(f"{n},13900000000\n" for n in names), encoding="utf-8")
            services.roster.import_file(csv)
            wanted = set(names)
            for member in services.roster.members():
                if member.name in wanted:
                    print(f"CONFIRMED {member.uuid}", flush=True)
        else:
            info = services.backups.create("auto")
            print(f"BACKUP {info.path}", flush=True)


if __name__ == "__main__":
    main()
