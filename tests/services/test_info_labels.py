"""Counts shown to people name every table in Chinese (`dangjian info`, `dangjian demo`, package summaries)."""

from __future__ import annotations

import re

from dangjian_desktop.cli import main as cli
from dangjian_desktop.domain.exchange import TABLE_TITLES
from dangjian_desktop.storage.schema import ALL_MODELS

# bookkeeping never shown as records: imports at headquarters, deletions, the full-text index
INTERNAL = {"exchange_origin", "tombstone", "meeting_fts"}


def test_every_table_has_a_chinese_title():
    tables = {m._meta.table_name for m in ALL_MODELS} - INTERNAL
    assert tables - set(TABLE_TITLES) == set()


def test_info_and_demo_print_chinese_counts(data_dir, capsys):
    assert cli(["--data-dir", str(data_dir), "demo"]) == 0
    demo_out = capsys.readouterr().out
    assert "党员 30" in demo_out or re.search(r"党员 \d+", demo_out)
    assert cli(["--data-dir", str(data_dir), "info"]) == 0
    info_out = capsys.readouterr().out
    counts = info_out.split("记录数:", 1)[1]
    assert re.search(r"会议记录: \d+", counts) and "承诺事项" in counts
    assert not re.search(r"[a-z]+_[a-z]+", demo_out + counts)  # no table names such as pledge_item
