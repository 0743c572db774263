"""Documents made as work files (``styles.work_files``: the data package's documents): not synced one by one, their
streams deflated at zlib's fastest level; the same pages. Outside, a document is synced and its streams are
deflated as ReportLab deflates them."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from pypdf import PdfReader
from reportlab import rl_config

from dangjian_desktop.reports import styles
from dangjian_desktop.reports.styles import FormalDocument


def _make(path: Path) -> Path:
    doc = FormalDocument(path, title="测试表", branch_name="测试党支部")
    s = doc.styles
    story = [s.p("测试表", s.title)]
    story += [s.p(f"第{i}段：党支部按照年度计划召开支部委员会会议，研究部署本季度的学习教育和组织生活安排。", s.body)
              for i in range(60)]
    story.append(styles.data_table(s, ["序号", "姓名", "说明"], [[str(i), f"党员{i}", "按期参加组织生活"] for i in range(30)],
                                   styles.scaled_widths([10, 20, 70], doc.frame_width)))
    return doc.build(story)


def test_work_files_are_the_same_pages_not_synced(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    normal = _make(tmp_path / "normal.pdf")
    assert len(synced) == 1
    with styles.work_files():
        work = _make(tmp_path / "work.pdf")
    assert len(synced) == 1  # the work file was not synced
    assert normal.read_bytes() != work.read_bytes()
    a, b = PdfReader(normal), PdfReader(work)
    assert len(a.pages) == len(b.pages) >= 2
    for pa, pb in zip(a.pages, b.pages, strict=True):  # the same drawing on every page
        assert pa.get_contents().get_data() == pb.get_contents().get_data()
    # outside work_files the streams are ReportLab's own: zlib's default level
    raw = normal.read_bytes()
    start = raw.index(b"stream\r\n") + len(b"stream\r\n") if b"stream\r\n" in raw else raw.index(b"stream\n") + 7
    data = zlib.decompressobj().decompress(raw[start:])
    assert zlib.compress(data) in raw
