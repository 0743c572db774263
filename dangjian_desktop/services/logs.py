"""A rotating log file in the data folder (logs/dangjian.log), shared by the window and the CLI."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_configured: set[Path] = set()


def configure_file_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    log_dir = Path(data_dir) / "logs"
    target = log_dir / "dangjian.log"
    if target in _configured:
        return target
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None  # a read-only data folder: log to stderr only
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    _configured.add(target)
    return target
