"""A rotating log file in the data folder (logs/dangjian.log), shared by the window and the CLI."""

from __future__ import annotations

import logging
import os
from pathlib import Path

_configured: set[Path] = set()

MAX_BYTES = 2_000_000
BACKUP_COUNT = 5


class _RotatingFile(logging.FileHandler):
    """logging.handlers.RotatingFileHandler's size rotation (dangjian.log -> .1 … .5), without importing
    logging.handlers: that module pulls in socket, pickle and queue, ~10 ms of every start-up."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT):
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes:
                self._rotate()
        except Exception:  # noqa: BLE001 - as logging does: a failing log write never stops the app
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for i in range(self.backup_count - 1, 0, -1):
            if os.path.exists(f"{base}.{i}"):
                os.replace(f"{base}.{i}", f"{base}.{i + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def configure_file_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    log_dir = Path(data_dir) / "logs"
    target = log_dir / "dangjian.log"
    if target in _configured:
        return target
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = _RotatingFile(target)
    except OSError:
        return None  # a read-only data folder: log to stderr only
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    _configured.add(target)
    return target
