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
        floor = f"floor {self.floor:.3g} {self.unit}, " if self.floor else ""
        if self.ratio is not None:
            floor += f"ratio {self.ratio:.2f}×, "
        return f"{self.name}: {self.value:.3g} {self.unit} ({floor}target {self.target})"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DANGJIAN_NO_DIALOGS"] = "1"
    # as installed (pip compiles on install, the bundle ships bytecode): children keep compiled modules, or each
    # start-up run would compile this package from source again (~100 modules) while the floor's PySide6 does not
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # children import this very package (a worktree or a checkout), not whatever the venv has installed
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _timed_run(args: list[str], cwd: Path | None = None, *, allow_crash_at_exit: bool = False) -> tuple[float, int]:
    """Wall time (s) and peak RSS (kB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=_env(), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 and not (allow_crash_at_exit and proc.returncode < 0):
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise RuntimeError(f"{args} failed ({proc.returncode}): {err[-2000:]}")
    return elapsed, int(usage.ru_maxrss)


# Peak RSS is measured from a small launcher process: a child forked straight from the benchmark starts with the
# benchmark's own pages counted (Linux carries the parent's RSS high-water mark into the forked child until exec),
# which made a 95 MB window read as 436 MB after the headquarters import had grown this process.
PEAK_RSS_LAUNCHER = textwrap.dedent("""
    import resource, subprocess, sys, time
    t = time.perf_counter()
    code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
    print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
""")


def _peak_rss_run(args: list[str], *, allow_crash_at_exit: bool = False) -> tuple[float, int]:
    """Wall time (s) and peak RSS (kB) of one child, measured by a launcher that is itself small."""
    proc = subprocess.run([sys.executable, "-c", PEAK_RSS_LAUNCHER, *args], env=_env(), capture_output=True,
                          text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{args} launcher failed ({proc.returncode}): {proc.stderr[-2000:]}")
    elapsed, rss, code = proc.stdout.split()[-3:]
    if int(code) != 0 and not (allow_crash_at_exit and int(code) < 0):
        raise RuntimeError(f"{args} failed ({code}): {proc.stderr[-2000:]}")
    return float(elapsed), int(rss)


BARE_WINDOW = textwrap.dedent("""
    import os, sys, time
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow(); w.resize(1280, 800); w.show()
    app.processEvents()
    if os.environ.get("DANGJIAN_PRINT_PAINT_TIME"):
        print(time.perf_counter(), flush=True)
""")


def _startup_run(args: list[str]) -> tuple[float, float, float]:
    """Wall time (s) to the child's exit, its CPU time (s), and the wall time (s) to its first paint: the child
    prints ``time.perf_counter()`` (the same monotonic clock in every process) once painted, so Python's and
    Qt's teardown after it (≈ 30–50 ms of CPU for the app's modules and widgets) is left out of that figure."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env={**_env(), "DANGJIAN_PRINT_PAINT_TIME": "1"}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise RuntimeError(f"{args} failed ({status}): {err[-2000:]}")
    painted = float(out.split()[-1]) - start
    return elapsed, usage.ru_utime + usage.ru_stime, painted


def _median(fn: Callable[[], float], runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


def bench_startup(runs: int, work: Path) -> list[Figure]:
    data = work / "startup-data"
    if not (data / "dangjian.sqlite3").exists():
        subprocess.run([sys.executable, "-m", "dangjian_desktop.cli", "--data-dir", str(data), "demo"], check=True,
                       env=_env(), stdout=subprocess.DEVNULL)
    bare = work / "bare_window.py"
    bare.write_text(BARE_WINDOW, encoding="utf-8")
    # "startup": from process start to exit right after the main window's first paint (one processEvents after
    # show) with 首页 readable: the branch at a glance (党支部概况), the date, the navigation, and 「正在检查提醒…」
    # where the reminders come. "startup_home_complete": the same start, kept running until 首页's reminders and
    # year at a glance, read on the thread pool after the first paint, are shown (what the first paint showed
    # before 2026-12-07). The floor: a bare QMainWindow script shown and painted the same way.
    # started as the installed ``dangjian-desktop`` launcher does (pip's gui-script; the bundle alike): ``-m``
    # would add runpy and its imports (≈ 4 ms) that no user's start pays
    app_args = [sys.executable, "-c", "import sys; from dangjian_desktop.app import run; sys.exit(run())",
                "--data-dir", str(data), "--exit-after-show"]
    _timed_run([sys.executable, str(bare)])  # warm the file cache
    _timed_run(app_args)
    # the floor and the two app figures are measured in turn, run by run: on a shared machine the load moves
    # between one half of a run and the other
    # besides the wall time to exit: the CPU time of the same runs (the load of a shared machine moves the wall
    # time by up to 2× between identical runs) and the wall time to the first paint (teardown left out)
    floors, values, completes = [], [], []
    for _ in range(runs):
        floors.append(_startup_run([sys.executable, str(bare)]))
        values.append(_startup_run(app_args))
        completes.append(_timed_run([*app_args, "--exit-after-home"])[0])
    floor, value = (statistics.median(x[0] for x in v) for v in (floors, values))
    floor_cpu, value_cpu = (statistics.median(x[1] for x in v) for v in (floors, values))
    floor_paint, value_paint = (statistics.median(x[2] for x in v) for v in (floors, values))
    complete = statistics.median(completes)
    return [Figure("startup", value * 1000, "ms", floor * 1000, value / floor, "≤ 1.5×"),
            Figure("startup_cpu", value_cpu * 1000, "ms", floor_cpu * 1000, value_cpu / floor_cpu, "report"),
            Figure("startup_to_first_paint", value_paint * 1000, "ms", floor_paint * 1000, value_paint / floor_paint,
                   "report"),
            Figure("startup_home_complete", complete * 1000, "ms", floor * 1000, complete / floor, "report")]


# -- shared ---------------------------------------------------------------------------------------------------

@dataclass
class Options:
    runs: int
    work: Path
    scale: float
    branches: int | None
    reuse_hq: bool = False
    pg: bool = False  # the HQ figures on PostgreSQL too: a throwaway cluster in the work folder (bench_hq_pg.py)
    pg_url: str | None = None  # ... or on this server (postgresql://USER@HOST:PORT/DB)
    reuse_pg: bool = False  # keep the PostgreSQL store an earlier run imported (no PostgreSQL import figure)

    def n(self, full: int, minimum: int = 1) -> int:
        return max(minimum, round(full * self.scale))


def _ratio(value: float, floor: float | None) -> float | None:
    return value / floor if floor else None


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _store_from(folder: Path, build: Callable[[Path], None]) -> Path:
    """A data folder made once per work folder (``done`` marks a complete one)."""
    import shutil

    done = folder / ".bench-done"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        build(folder)
        done.write_text("ok", encoding="utf-8")
    return folder


def _pdf_pages(path: Path) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


# -- 2. printing -------------------------------------------------------------------------------------------------

def _printing_store(opts: Options) -> Path:
    import random

    from dangjian_desktop import benchdata as bd

    count = opts.n(200, 3)

    def build(folder: Path) -> None:
        data, atts = bd.demo_records(opts.work)
        rng = random.Random(2)
        year = str(bd.TODAY.year)
        this_year = [m for m in data["meeting"] if m["date"].startswith(year)]
        data["meeting"] = this_year  # one year; children of other meetings are dropped below
        keep = {m["uuid"] for m in this_year}
        for t in bd.MEETING_CHILDREN + ("meeting_amendment", "meeting_attachment"):
            data[t] = [r for r in data.get(t, []) if r["meeting"] in keep]
        data = bd.meetings_to(data, rng, count, same_year=True, minutes_factor=3)
        bd.build_branch_store(folder, data, atts)

    return _store_from(opts.work / f"print-{count}", build)


def _raw_canvas_book(out: Path, texts: list[str], body: str, title: str) -> None:
    """The floor: the same text drawn line by line with ReportLab's canvas (text objects, same fonts, subset)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    width, height = A4
    left, top, bottom = 28 * mm, 30 * mm, 25 * mm
    size, leading = 12, 20
    per_line = int((width - 2 * left) // size)
    c = canvas.Canvas(str(out), pagesize=A4)
    for text in texts:
        lines = []
        for para in text.split("\n"):
            lines += [para[i:i + per_line] for i in range(0, max(1, len(para)), per_line)]
        first = True
        while lines:
            t = c.beginText(left, height - top)
            if first:
                t.setFont(title, 16, 24)
                t.textLine(lines.pop(0))
                first = False
            t.setFont(body, size, leading)
            y = height - top - leading
            while lines and y > bottom:
                t.textLine(lines.pop(0))
                y -= leading
            c.drawText(t)
            c.showPage()
    c.save()


def bench_printing(opts: Options) -> list[Figure]:
    import datetime as dt

    from dangjian_desktop import benchdata as bd
    from dangjian_desktop.reports.fonts import font_set
    from dangjian_desktop.services.container import Services

    folder = _printing_store(opts)
    year = bd.TODAY.year
    out = opts.work / "minutes-book.pdf"
    floor_out = opts.work / "minutes-book-floor.pdf"
    with Services.open(folder, read_only=True) as s:
        meetings = [s.meetings.get(m.uuid) for m in s.meetings.list()]
        texts = []
        for m in meetings:
            head = [m.title or "、".join(t.value for t in m.types), f"时间：{m.date:%Y年%m月%d日}　地点：{m.place}",
                    f"主持人：{m.host}　记录人：{m.recorder}",
                    "出席：" + "、".join(a.name for a in m.attendees if a.present),
                    "缺席：" + "、".join(f"{a.name}（{a.reason_text or (a.reason.value if a.reason else '')}）"
                                         for a in m.attendees if not a.present)]
            texts.append("\n".join(head + [m.search_text(), m.resolutions]))
        fonts = font_set()  # registered once per process, for both sides
        s.meetings.minutes_book_pdf(year, out, today=dt.date(year, 12, 31))  # warm
        _raw_canvas_book(floor_out, texts, fonts.body, fonts.title)
        # the book and its floor alternately, so both meet the same load of a shared machine; wall and CPU time
        wall: dict[str, list[float]] = {"book": [], "floor": []}
        cpu: dict[str, list[float]] = {"book": [], "floor": []}
        runs = {"book": lambda: s.meetings.minutes_book_pdf(year, out, today=dt.date(year, 12, 31)),
                "floor": lambda: _raw_canvas_book(floor_out, texts, fonts.body, fonts.title)}
        for _ in range(opts.runs):
            for key, fn in runs.items():
                start, start_cpu = time.perf_counter(), time.process_time()
                fn()
                wall[key].append(time.perf_counter() - start)
                cpu[key].append(time.process_time() - start_cpu)
        value, floor = statistics.median(wall["book"]), statistics.median(wall["floor"])
        value_cpu, floor_cpu = statistics.median(cpu["book"]), statistics.median(cpu["floor"])
    pages, floor_pages = _pdf_pages(out), _pdf_pages(floor_out)
    size, floor_size = out.stat().st_size, floor_out.stat().st_size
    n = len(meetings)
    return [
        Figure(f"printing_minutes_book_{n}_meetings", value, "s", floor, _ratio(value, floor), "≤ 1.5× (≤ 3× first)"),
        Figure("printing_minutes_book_cpu", value_cpu, "s", floor_cpu, _ratio(value_cpu, floor_cpu),
               "report (CPU time of the same runs)"),
        Figure("printing_pages_per_second", pages / value, "pages/s", floor_pages / floor, None,
               f"report ({pages} pages; floor {floor_pages} pages)"),
        Figure("printing_file_size", size / 1e6, "MB", floor_size / 1e6, _ratio(size, floor_size),
               "report (fonts subset)"),
    ]


PRINT_CHILD = textwrap.dedent("""
    import json, resource, sys, time
    from PySide6.QtWidgets import QApplication
    from PySide6.QtPrintSupport import QPrinter
    mode, pdf, out, dpi = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    app = QApplication(sys.argv[:1])
    t = time.perf_counter()
    if mode == "app":  # the app's print path (worker thread, 1-bit halftone) to a file-backed printer
        from dangjian_desktop.ui import printing
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(out)
        printer.setResolution(dpi)
        job = printing.print_pdf(pdf, ask=False, printer=printer, wait=True)
        assert job.outcome == "done", job.message
        pages = job.done_pages
    else:  # the floor: the same pages rendered by QtPdf at the same resolution, nothing else
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument
        doc = QPdfDocument()
        doc.load(pdf)
        pages = doc.pageCount()
        for i in range(pages):
            size = doc.pagePointSize(i)
            doc.render(i, QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi)))
        doc.close()
    elapsed = time.perf_counter() - t
    print(json.dumps({"seconds": elapsed, "pages": pages,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""")


def bench_print_job(opts: Options) -> list[Figure]:
    """The minutes book sent through the app's print path to a file-backed printer (a child process), against
    rendering the same pages with no app; the job's size against the PDF itself (what ``lp book.pdf`` spools)."""
    import datetime as dt

    from dangjian_desktop import benchdata as bd
    from dangjian_desktop.services.container import Services

    folder = _printing_store(opts)
    year = bd.TODAY.year
    book = opts.work / "print-job-book.pdf"
    job = opts.work / "print-job-out.pdf"
    with Services.open(folder, read_only=True) as s:
        s.meetings.minutes_book_pdf(year, book, today=dt.date(year, 12, 31))
    dpi = 300

    def child(mode: str) -> dict:
        out = subprocess.run([sys.executable, "-c", PRINT_CHILD, mode, str(book), str(job), str(dpi)], env=_env(),
                             check=True, capture_output=True, text=True).stdout
        return json.loads(out.strip().splitlines()[-1])

    runs = max(1, min(opts.runs, 3))  # a print of hundreds of pages takes minutes on a shared machine
    app = [child("app") for _ in range(runs)]
    floor = [child("floor") for _ in range(runs)]
    value = statistics.median(r["seconds"] for r in app)
    floor_s = statistics.median(r["seconds"] for r in floor)
    pages = app[0]["pages"]
    size, pdf_size = job.stat().st_size, book.stat().st_size
    rss = max(r["peak_rss_mb"] for r in app)
    floor_rss = max(r["peak_rss_mb"] for r in floor)
    return [
        Figure(f"print_job_minutes_book_{pages}_pages", value, "s", floor_s, _ratio(value, floor_s),
               f"report ({dpi} dpi; floor: QtPdf rendering of the same pages; the window stays responsive)"),
        Figure("print_job_size", size / 1e6, "MB", pdf_size / 1e6, _ratio(size, pdf_size),
               "report (floor: the PDF as `lp` spools it; ≤ ¼ of the old colour-image job: test_print_job)"),
        Figure("print_job_peak_rss", rss, "MB", floor_rss, _ratio(rss, floor_rss), "flat (one page at a time)"),
    ]


# -- 3. USB package ------------------------------------------------------------------------------------------------

def _national_roster_xlsx(path: Path, rows: int) -> None:
    """A roster the way the national system writes it (title row, 出生年月 as numbers like 1975.03, 公民身份号码 as
    text), ``rows`` members: the import limit is 20,000."""
    from openpyxl import Workbook

    from dangjian_desktop.domain import idcard

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("党员名册")
    ws.append(["某某公司党员名册"])
    ws.append(["序号", "姓名", "性别", "民族", "籍贯", "出生年月", "文化程度", "入党时间", "转正时间", "人员类别",
               "工作岗位", "手机号码", "公民身份号码", "备注"])
    for i in range(rows):
        month, day, seq = i % 12 + 1, i // 12 % 28 + 1, i // 336  # unique (month, day, seq) per member
        ws.append([i + 1, f"党员{i:05d}", "男", "汉族", "河北保定", (f"1975.{month}" if month == 10 else float(f"1975.{month:02d}")), "大学本科", 1998.07,
                   1999.07, "正式党员", "检修班长", f"138{i:08d}",
                   idcard.make_valid(f"1101051975{month:02d}{day:02d}{seq * 2 + 1:03d}"),
                   "备注" * 20])
    wb.save(path)


def bench_roster_import(opts: Options) -> list[Figure]:
    """`dangjian roster import FILE --dry-run` of a 20,000-row roster (read, check every row, match the roster)."""
    from dangjian_desktop.domain.roster import Branch
    from dangjian_desktop.services.container import Services

    rows = opts.n(20_000, 100)
    src = opts.work / f"roster-{rows}.xlsx"
    if not src.exists():
        _national_roster_xlsx(src, rows)
    store = opts.work / "roster-import-store"
    if not store.exists():
        with Services.open(store) as s:
            s.branch.save_profile(Branch(name="某某公司第一党支部"))
    cmd = [sys.executable, "-m", "dangjian_desktop.cli", "--data-dir", str(store), "roster", "import", str(src),
           "--dry-run"]
    results = [_peak_rss_run(cmd) for _ in range(max(1, min(opts.runs, 3)))]
    seconds = sorted(t for t, _ in results)[len(results) // 2]
    peak = max(rss for _, rss in results) / 1024
    return [Figure(f"roster import preview ({rows} rows .xlsx)", seconds, "s", None, None, "< 15 s"),
            Figure(f"roster import peak RSS ({rows} rows .xlsx)", peak, "MB", None, None, "< 300 MB")]


BENCHES: dict[str, Callable[[Options], list[Figure]]] = {
    "startup": lambda o: bench_startup(o.runs, o.work),
    "printing": bench_printing,
    "print_job": bench_print_job,
    "package": lambda o: _bench_package(o),
    "hq": lambda o: _bench_hq(o),
    "roster_import": bench_roster_import,
}


def _bench_package(opts: Options) -> list[Figure]:
    from dangjian_desktop.bench_package import bench_package  # its own module (it imports this one)

    return bench_package(opts)


def _bench_hq(opts: Options) -> list[Figure]:
    from dangjian_desktop.bench_hq import bench_hq  # its own module (it imports this one)

    return bench_hq(opts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dangjian_desktop.bench")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="", help="comma-separated figure groups: " + ",".join(BENCHES))
    ap.add_argument("--work-dir", help="keep generated data here between runs (default: a temp folder)")
    ap.add_argument("--scale", type=float, default=1.0,
                    help="size of the generated data (1 = 200 printed meetings, 5,000 meetings and 1,000 photos "
                         "in the package, 500 branches at headquarters)")
    ap.add_argument("--branches", type=int, help="number of branch packages at headquarters (default 500 × scale)")
    ap.add_argument("--reuse-hq", action="store_true",
                    help="keep the headquarters store imported by an earlier run in --work-dir (no import figure)")
    ap.add_argument("--pg", action="store_true",
                    help="hq: the same figures on PostgreSQL, a throwaway cluster (initdb/pg_ctl) in the work folder")
    ap.add_argument("--pg-url", metavar="URL",
                    help="hq: the same figures on PostgreSQL, on this server (postgresql://USER@HOST:PORT/DB)")
    ap.add_argument("--reuse-pg", action="store_true",
                    help="hq with --pg/--pg-url: keep the PostgreSQL store imported by an earlier run (no import figure)")
    args = ap.parse_args(argv)
    only = [s for s in args.only.split(",") if s] or list(BENCHES)
    unknown = [s for s in only if s not in BENCHES]
    if unknown:
        ap.error(f"unknown figure group(s): {', '.join(unknown)}")
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="dangjian-bench-") as tmp:
        work = Path(args.work_dir).resolve() if args.work_dir else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        opts = Options(runs=max(1, args.runs), work=work, scale=args.scale, branches=args.branches,
                       reuse_hq=args.reuse_hq, pg=args.pg, pg_url=args.pg_url,
                       reuse_pg=args.reuse_pg)
        for name in only:
            for fig in BENCHES[name](opts):
                figures.append(fig)
                if not args.json:
                    print(fig.line(), flush=True)
    if args.json:
        print(json.dumps([asdict(f) for f in figures], ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
