"""Child process of tests/test_tmp_kill_loop.py: backs up to a USB folder, exports or imports packages until killed.

    python tests/tmp_child.py DATA_DIR MODE USB PACKAGE PASSWORD

MODE: "backup" (encrypted USB backup), "export" (encrypted data package), "import" (headquarters imports PACKAGE).
Prints ``READY`` once the store is open and ``DONE <seconds>`` after each finished operation (the seconds it took,
the first one counted from ``READY``: the test aims its kills over an operation's real length).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dangjian_desktop.services.container import Services  # noqa: E402


def main() -> None:
    data_dir, mode, usb, package, password = sys.argv[1:6]
    services = Services.open(data_dir)
    print("READY", flush=True)
    started = time.monotonic()
    while True:
        if mode == "backup":
            services.backups.backup_to_folder(Path(usb), password)
        elif mode == "export":
            services.exchange.export(Path(usb), password=password)
        else:
            services.exchange.import_packages([Path(package)], [password])
        now = time.monotonic()
        print(f"DONE {now - started:.3f}", flush=True)
        started = now


if __name__ == "__main__":
    main()
