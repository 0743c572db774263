"""The headquarters group of the benchmark (``python -m dangjian_desktop.bench --only hq``): 500 branch packages
imported into one store (25,000 members, 252,000 meetings), then the window's figures on it.

Import: the merge commits without the search index (issue 21); the index then catches up (``hq_search_index``,
reported on its own). Search: one, two and four characters, each a hit and a miss (< 100 ms); the meeting list's
text filter with its count, and a page sorted by every sortable column in both directions (< 100 ms).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from dangjian_desktop.bench import Figure, Options, _env, _peak_rss_run, _ratio, _timed


def _hq_store(folder: Path) -> Path:
    import shutil

    from dangjian_desktop.services.container import Services

    shutil.rmtree(folder, ignore_errors=True)
    with Services.open(folder) as s:
        s.branch.init_headquarters("示范能源公司党委")
    return folder


def read_package(path: Path, work_dir: Path, files_to: Path | None = None) -> None:
    """The floor of a package's import: the package opened and checked by the reader (signature, every entry's
    hash), its JSON entries parsed, nothing written to a store; ``files_to``: its other entries (photos, printed
    documents) unzipped into that folder too (an import writes them)."""
    from dangjian_desktop.exchange import reader

    with reader.open_package(path, None, work_dir=work_dir) as pkg:
        payload = pkg._zf  # noqa: SLF001 - the verified payload ZIP
        for name in payload.namelist():
            if name.endswith(".json"):
                json.loads(payload.read(name))
            elif files_to is not None:
                payload.extract(name, files_to)


def hq_packages(opts: Options) -> list[Path]:
    """One package per branch, made once and kept in the work folder (deterministic by seed)."""
    import random

    from dangjian_desktop import benchdata as bd

    branches = opts.branches if opts.branches is not None else opts.n(500, 2)
    copies = max(0, round(8 * min(1.0, opts.scale * 10)) - 1) if opts.scale < 0.1 else 7
    # "b": a branch's UUIDs share their first byte, as the app makes them since session 35 (models.new_uuid); the
    # packages made before, in hq-packages-m*, had random UUIDs and are not reused
    folder = opts.work / f"hq-packages-b{copies + 1}"
    folder.mkdir(parents=True, exist_ok=True)
    data = atts = None
    out = []
    for i in range(branches):
        target = folder / f"branch-{i:03d}.djpkg"
        if not target.exists():
            if data is None:
                data, atts = bd.demo_records(opts.work)
                data = bd.multiply_meetings(data, random.Random(4), copies)
                data = bd.add_members(data, random.Random(5), 50)
            rng = random.Random(10_000 + i)
            branch = bd.fresh_identity(data, rng, f"示范能源公司第{i + 1:03d}党支部")
            tmp = folder / f".branch-{i:03d}.tmp.djpkg"
            bd.write_branch_package(tmp, branch, atts, opts.work / "tmp", 10_000 + i)
            tmp.rename(target)
        out.append(target)
    return out


# searches: (figure name, query); the misses are texts in no meeting (the child reports the hits it found)
# "_common": every character (and for four, every bigram) is frequent, only the whole is in no meeting
SEARCHES = (("1_hit", "党"), ("1_miss", "龘"), ("2_hit", "安全"), ("2_miss", "龘靐"), ("2_miss_common", "员安"),
            ("4_hit", "安全生产"), ("4_miss", "党员龘靐"), ("4_miss_common", "安全党员"))
FILTER_TEXT = "党小组"  # in the title (党小组会) or the group's name of a good part of the meetings

HQ_CHILD = textwrap.dedent("""
    import json, statistics, sys, time
    from dangjian_desktop.domain.meetings import MeetingFilter, MeetingType
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.storage.repos.meetings_search import SORT_KEYS
    from PySide6.QtWidgets import QApplication
    from dangjian_desktop.ui import theme
    from dangjian_desktop.ui import workers
    from dangjian_desktop.ui.screens.exchange_screen import ExchangeScreen
    data_dir, runs, year = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    searches, filter_text = json.loads(sys.argv[4]), sys.argv[5]
    database = sys.argv[6] if len(sys.argv) > 6 else None  # a postgresql:// URL (bench_hq_pg.py)
    app = QApplication(sys.argv[:1])
    theme.apply_theme(app)
    s = Services.open(data_dir, read_only=True, database=database)

    def paint():
        t = time.perf_counter()
        w = ExchangeScreen(s.exchange, s.branch)
        w.resize(1100, 700)
        w.show()
        app.processEvents()
        w.grab()
        rows = w.ui.branchesTable.model().rowCount() if hasattr(w.ui, "branchesTable") else -1
        el = time.perf_counter() - t
        # figures older packages lack are counted on the thread pool after the first paint: until they are in
        app.processEvents(); workers.wait_for_all(); app.processEvents()  # the read starts from the event loop
        counted = time.perf_counter() - t
        w.close(); w.deleteLater(); app.processEvents()
        return el, rows, counted

    def timed(fn):
        t = time.perf_counter(); r = fn(); return time.perf_counter() - t, r

    def median(fn):  # the first call warms the cache and is not counted
        xs = [timed(fn) for _ in range(runs + 1)][1:]
        return statistics.median(x for x, _ in xs), xs[0][1]

    out = {}
    paint()
    p = [paint() for _ in range(runs)]
    out["paint"] = statistics.median(x for x, _, _ in p); out["paint_rows"] = p[0][1]
    out["paint_counted"] = statistics.median(x for _, _, x in p)
    flt = MeetingFilter(year=year, type=MeetingType.GROUP)
    # what the meetings screen does: count the matches, read the first page (more pages are read on scroll)
    out["filter"], r = median(lambda: (s.meetings.count_matching(flt), s.meetings.page(flt, 0, 200)))
    out["filter_rows"] = r[0]
    text_flt = MeetingFilter(text=filter_text)
    out["text_filter"], r = median(lambda: (s.meetings.count_matching(text_flt), s.meetings.page(text_flt, 0, 200)))
    out["text_filter_rows"] = r[0]
    both = MeetingFilter(year=year, type=MeetingType.GROUP, text=filter_text)
    out["text_type_filter"], r = median(lambda: (s.meetings.count_matching(both), s.meetings.page(both, 0, 200)))
    out["text_type_filter_rows"] = r[0]
    out["search"] = {}
    for name, query in searches:
        t, hits = median(lambda: s.meetings.search(query))
        out["search"][name] = [t, len(hits)]
    out["sort"] = {}
    for key in SORT_KEYS:
        t_down, _ = median(lambda: s.meetings.page(None, 0, 200, key, True))
        t_up, _ = median(lambda: s.meetings.page(None, 0, 200, key, False))
        out["sort"][key] = max(t_down, t_up)
    # issue 24: every branch's overview with its own rules and the attention list, one grouped pass
    o = [timed(lambda: s.oversight.attention(year)) for _ in range(runs + 1)][1:]
    out["oversight"] = statistics.median(x for x, _ in o); out["oversight_attention"] = len(o[0][1])
    c = []  # the same in CPU time: on a machine shared with other work the wall time says more about the load
    for _ in range(runs):
        t = time.thread_time(); s.oversight.attention(year); c.append(time.thread_time() - t)
    out["oversight_cpu"] = statistics.median(c)
    out["oversight_branches"] = len(s.oversight.overview(year))
    out["meetings"] = s.meetings.count()
    out["index_pending"] = s.meetings.search_index_pending()
    from dangjian_desktop.storage.models import MemberRow
    out["members"] = MemberRow.select().count()
    print(json.dumps(out))
""")


def bench_hq(opts: Options) -> list[Figure]:
    from dangjian_desktop import benchdata as bd
    from dangjian_desktop.services.container import Services

    t0 = time.perf_counter()
    packages = hq_packages(opts)
    gen = time.perf_counter() - t0
    hq = opts.work / "hq-store"
    done = hq / ".bench-imported"
    reused = opts.reuse_hq and done.exists() and done.read_text(encoding="utf-8") == str(len(packages))
    value = indexing = None
    if not reused:
        _hq_store(hq)
        batch = 20  # results are gathered per call: feed the folder in batches to keep the output short
        start = time.perf_counter()
        with Services.open(hq) as s:
            for i in range(0, len(packages), batch):
                for r in s.exchange.import_packages(packages[i:i + batch]):
                    if not r.inserted:
                        raise RuntimeError(f"import of {r.path} failed: {r.reason}")
        value = time.perf_counter() - start
        # the search index catches up after the import has committed (the window: a worker thread)
        start = time.perf_counter()
        with Services.open(hq) as s:
            s.search_index.catch_up()
        indexing = time.perf_counter() - start
        done.write_text(str(len(packages)), encoding="utf-8")
    else:
        with Services.open(hq) as s:  # an older schema was migrated on open: its index is built now
            s.search_index.catch_up()

    floors: list[float] = []

    def floor_of() -> float:
        """The import's floor, measured once a run: unzip and parse the same packages, nothing written (the same
        floor for both engines' imports)."""
        def read_all() -> None:
            for p in packages:
                read_package(p, opts.work / "tmp")

        if not floors:
            floors.append(_timed(read_all))
        return floors[0]

    floor = floor_of() if value is not None else None
    script = opts.work / "hq_child.py"
    script.write_text(HQ_CHILD, encoding="utf-8")
    child_args = [str(opts.runs), str(bd.TODAY.year - 1), json.dumps(SEARCHES, ensure_ascii=False), FILTER_TEXT]
    proc = subprocess.run([sys.executable, str(script), str(hq), *child_args],
                          env=_env(), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    n = len(packages)
    # 5. memory: the window with the headquarters store open
    app_args = [sys.executable, "-m", "dangjian_desktop", "--data-dir", str(hq), "--exit-after-show",
                "--page", "exchange"]
    # allow_crash_at_exit: PySide6 may abort while the interpreter finalises after the window was shown; the peak
    # RSS was reached before (see BENCHMARKS.md)
    _peak_rss_run(app_args, allow_crash_at_exit=True)  # the first open of a store made by an older schema migrates
    app_runs = [_peak_rss_run(app_args, allow_crash_at_exit=True) for _ in range(max(1, min(3, opts.runs)))]
    rss = statistics.median(kb for _, kb in app_runs)
    figures = []
    if value is not None:
        figures.append(Figure(f"hq_import_{n}_packages", value, "s", floor, _ratio(value, floor),
                              f"≤ 3× ({r['meetings']} meetings, {r['members']} members; generating took {gen:.0f} s; "
                              f"per package {value / n:.2f} s against {floor / n:.3f} s)"))
        figures.append(Figure("hq_search_index_catch_up", indexing, "s", None, None,
                              f"report (after the import, in the background in the window; {r['meetings']} meetings)"))
    figures.append(Figure("hq_window_startup", statistics.median(t for t, _ in app_runs) * 1000, "ms", None, None,
                          f"report (window shown on 数据交换 with the HQ store: {r['meetings']} meetings)"))
    figures += window_figures(r, "hq_")
    figures.append(Figure("memory_hq_window_peak_rss", rss / 1024, "MB", None, None, "< 400 MB"))
    if opts.pg or opts.pg_url:  # the same figures on PostgreSQL, in this run (bench_hq_pg.py)
        from dangjian_desktop.bench_hq_pg import bench_hq_pg

        figures += bench_hq_pg(opts, packages, value / n if value is not None else None, floor_of, script,
                               child_args)
    return figures


def window_figures(r: dict, prefix: str) -> list[Figure]:
    """The figures of the child's measures ``r`` (first paint, filters, search, sort, oversight), named
    ``prefix`` + what (``hq_``: SQLite, ``hq_pg_``: PostgreSQL)."""
    figures = [
        Figure(f"{prefix}first_paint", r["paint"] * 1000, "ms", None, None, f"< 100 ms ({r['paint_rows']} branches)"),
        Figure(f"{prefix}first_paint_counted", r.get("paint_counted", r["paint"]) * 1000, "ms", None, None,
               "the same until the figures older packages lack are counted in (after the first paint)"),
        Figure(f"{prefix}meeting_filter", r["filter"] * 1000, "ms", None, None,
               f"< 100 ms (count + first page: {r['filter_rows']} of {r['meetings']} meetings)"),
        Figure(f"{prefix}meeting_text_filter", r["text_filter"] * 1000, "ms", None, None,
               f"< 100 ms (“{FILTER_TEXT}” in any column, count + first page: {r['text_filter_rows']} meetings)"),
        Figure(f"{prefix}meeting_text_type_filter", r["text_type_filter"] * 1000, "ms", None, None,
               f"< 100 ms (year + 党小组会 + “{FILTER_TEXT}”, count + first page: {r['text_type_filter_rows']} meetings)"),
    ]
    queries = dict(SEARCHES)
    for name, (t, hits) in r["search"].items():
        figures.append(Figure(f"{prefix}search_{name}", t * 1000, "ms", None, None,
                              f"< 100 ms (“{queries[name]}”: {hits} hits, at most 200)"))
    for key, t in r["sort"].items():
        figures.append(Figure(f"{prefix}sort_{key}", t * 1000, "ms", None, None,
                              "< 100 ms (first page of 200, slower of both directions)"))
    return figures + [
        Figure(f"{prefix}oversight_overview", r["oversight"] * 1000, "ms", None, None,
               f"< 300 ms ({r['oversight_branches']} branches, {r['meetings']} meetings; "
               f"{r['oversight_attention']} need a call; CPU {r['oversight_cpu'] * 1000:.0f} ms)"),
    ]
