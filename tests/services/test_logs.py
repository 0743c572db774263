"""The log file in the data folder rotates by size (dangjian.log, .1 … .5) as RotatingFileHandler did."""

from __future__ import annotations

import logging

from dangjian_desktop.services import logs


def test_log_rotates_by_size_and_keeps_five(tmp_path):
    handler = logs._RotatingFile(tmp_path / "dangjian.log", max_bytes=1000, backup_count=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("tests.logs.rotation")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    try:
        for i in range(400):
            log.info("第%03d行 %s", i, "x" * 40)
    finally:
        log.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["dangjian.log", *(f"dangjian.log.{i}" for i in range(1, 6))]
    assert all(p.stat().st_size <= 1000 for p in tmp_path.iterdir())
    assert (tmp_path / "dangjian.log").read_text(encoding="utf-8").rstrip().endswith("第399行 " + "x" * 40)
    assert "第3" in (tmp_path / "dangjian.log.1").read_text(encoding="utf-8")


def test_configure_file_logging_writes_into_the_data_folder(tmp_path):
    target = logs.configure_file_logging(tmp_path)
    assert target == tmp_path / "logs" / "dangjian.log"
    logging.getLogger("tests.logs").warning("已写入日志")
    for h in logging.getLogger().handlers:
        h.flush()
    assert "已写入日志" in target.read_text(encoding="utf-8")
    root = logging.getLogger()
    for h in [h for h in root.handlers if isinstance(h, logs._RotatingFile)]:
        root.removeHandler(h)
        h.close()
