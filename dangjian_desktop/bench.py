"""Benchmarks against the physical floor, measured in the same run on the same machine (issue 8).

    python -m dangjian_desktop.bench [--json] [--runs N] [--only NAME,...]

Each figure is printed as one line ``name: value unit (floor F unit, ratio R×, target T)``; ``--json`` prints a list
of ``{name, value, unit, floor, ratio, target}``. Medians of several runs. Figures that need a feature not present
in this build are skipped with a note.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    floor: float | None
    ratio: float | None
    target: str

    def line(self) -> str:
        floor = f"floor {self.floor:.3g} {self.unit}, ratio {self.ratio:.2f}×, " if self.floor else ""
        return f"{self.name}: {self.value:.3g} {self.unit} ({floor}target {self.target})"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DANGJIAN_NO_DIALOGS"] = "1"
    return env


def _timed_run(args: list[str], cwd: Path | None = None) -> tuple[float, int]:
    """Wall time (s) and peak RSS (kB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=_env(), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise RuntimeError(f"{args} failed ({proc.returncode}): {err[-2000:]}")
    return elapsed, int(usage.ru_maxrss)


BARE_WINDOW = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow(); w.resize(1280, 800); w.show()
    app.processEvents()
""")


def _median(fn: Callable[[], float], runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


def bench_startup(runs: int, work: Path) -> list[Figure]:
    data = work / "startup-data"
    if not (data / "dangjian.sqlite3").exists():
        subprocess.run([sys.executable, "-m", "dangjian_desktop.cli", "--data-dir", str(data), "demo"], check=True,
                       env=_env(), stdout=subprocess.DEVNULL)
    bare = work / "bare_window.py"
    bare.write_text(BARE_WINDOW, encoding="utf-8")
    _timed_run([sys.executable, str(bare)])  # warm the file cache
    floor = _median(lambda: _timed_run([sys.executable, str(bare)])[0], runs)
    app_args = [sys.executable, "-m", "dangjian_desktop", "--data-dir", str(data), "--exit-after-show"]
    _timed_run(app_args)
    value = _median(lambda: _timed_run(app_args)[0], runs)
    return [Figure("startup", value * 1000, "ms", floor * 1000, value / floor, "≤ 1.5×")]


BENCHES: dict[str, Callable[[int, Path], list[Figure]]] = {
    "startup": bench_startup,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dangjian_desktop.bench")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="", help="comma-separated figure groups: " + ",".join(BENCHES))
    ap.add_argument("--work-dir", help="keep generated data here (default: a temp folder)")
    args = ap.parse_args(argv)
    only = [s for s in args.only.split(",") if s] or list(BENCHES)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="dangjian-bench-") as tmp:
        work = Path(args.work_dir) if args.work_dir else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for name in only:
            for fig in BENCHES[name](args.runs, work):
                figures.append(fig)
                if not args.json:
                    print(fig.line(), flush=True)
    if args.json:
        print(json.dumps([asdict(f) for f in figures], ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
