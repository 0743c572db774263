"""Counts shown to people name every table in Chinese (`dangjian info`, `dangjian demo`, package summaries)."""

from __future__ import annotations

import re

from dangjian_desktop import features
from dangjian_desktop.cli import main as cli
from dangjian_desktop.domain.exchange import table_title
from dangjian_desktop.storage.schema import all_models


def test_every_declared_table_is_the_models_and_has_a_chinese_title():
    declared = {t.table: t for t in features.tables()}
    assert sorted(declared) == sorted(m._meta.table_name for m in all_models())
    for name, t in declared.items():
        assert features.load(t.model)._meta.table_name == name
        assert re.fullmatch(r"[\u4e00-\u9fff（）]+", table_title(name)), (name, table_title(name))


def test_info_and_demo_print_chinese_counts(data_dir, capsys):
    assert cli(["--data-dir", str(data_dir), "demo"]) == 0
    demo_out = capsys.readouterr().out
    assert "党员 30，" in demo_out  # the demo branch has 30 members (one of them transferred out)
    assert cli(["--data-dir", str(data_dir), "info"]) == 0
    info_out = capsys.readouterr().out
    counts = info_out.split("记录数:", 1)[1]
    assert re.search(r"会议记录: \d+", counts) and "承诺事项" in counts
    assert not re.search(r"[a-z]+_[a-z]+", demo_out + counts)  # no table names such as pledge_item
