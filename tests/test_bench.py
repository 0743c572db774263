"""The benchmark command runs end to end at a tiny scale and prints every figure in the agreed JSON shape.

No timing is asserted here: figures are read from BENCHMARKS.md, not from unit tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KEYS = {"name", "value", "unit", "floor", "ratio", "target"}


@pytest.mark.slow
def test_bench_tiny_scale_json_shape(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "dangjian_desktop.bench", "--json", "--runs", "1", "--scale", "0.005",
         "--branches", "2", "--work-dir", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    figures = json.loads(proc.stdout)
    assert isinstance(figures, list)
    for f in figures:
        assert set(f) == KEYS, f
        assert isinstance(f["name"], str) and f["unit"] and f["target"]
        assert isinstance(f["value"], int | float) and f["value"] > 0
        assert f["floor"] is None or f["floor"] > 0
        assert (f["ratio"] is None) == (f["floor"] is None) or f["name"] == "printing_pages_per_second"
    names = [f["name"] for f in figures]
    for prefix in ("startup", "printing_minutes_book_", "printing_pages_per_second", "printing_file_size",
                   "package_export_", "package_export_again_unchanged", "package_export_encrypted",
                   "package_verify_import", "package_import", "hq_import_2_packages",
                   "hq_first_paint", "hq_meeting_filter", "hq_meeting_text_filter", "hq_search_1_hit", "hq_search_4_miss",
                   "hq_sort_title", "hq_search_index_catch_up", "memory_hq_window_peak_rss",
                   "print_job_minutes_book_", "print_job_size", "print_job_peak_rss"):
        assert any(n.startswith(prefix) for n in names), (prefix, names)
    by_name = {f["name"]: f for f in figures}
    assert by_name["startup"]["ratio"] == pytest.approx(by_name["startup"]["value"] / by_name["startup"]["floor"])


def test_bench_rejects_unknown_group(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "dangjian_desktop.bench", "--only", "nonsense",
                           "--work-dir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert "nonsense" in proc.stderr
