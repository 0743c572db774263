"""The bench's package group (issue 8, issue 21): export of a large branch store against zipping the same files, the
export again with nothing changed, encrypted, documents in a worker, verify + import against unzip, and the import
alone against unzip + parse (the floor of the 500 packages' import, bench_hq.read_package)."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from dangjian_desktop.bench import Figure, Options, _median, _ratio, _store_from, _timed


def _package_store(opts: Options) -> tuple[Path, int, int]:
    import random

    from dangjian_desktop import benchdata as bd

    meetings, photos = opts.n(5000, 10), opts.n(1000, 2)

    def build(folder: Path) -> None:
        data, atts = bd.demo_records(opts.work)
        rng = random.Random(3)
        data = bd.meetings_to(data, rng, meetings)
        folder.mkdir(parents=True, exist_ok=True)
        bd.add_photos(data, rng, folder / "attachments", photos)
        bd.build_branch_store(folder, data, atts)

    return _store_from(opts.work / f"package-{meetings}-{photos}", build), meetings, photos


def _zip_folder(src: Path, out: Path) -> None:
    import zipfile

    with zipfile.ZipFile(out, "w", allowZip64=True) as zf:
        for p in sorted(src.rglob("*")):
            if p.is_file():
                kind = zipfile.ZIP_DEFLATED if p.suffix == ".json" else zipfile.ZIP_STORED
                zf.write(p, p.relative_to(src).as_posix(), compress_type=kind)


def _unzip(path: Path, out: Path) -> None:
    import shutil
    import zipfile

    shutil.rmtree(out, ignore_errors=True)
    with zipfile.ZipFile(path) as zf:
        zf.extractall(out)


def bench_package(opts: Options) -> list[Figure]:
    import shutil

    from dangjian_desktop.bench_hq import _hq_store, read_package
    from dangjian_desktop.exchange import reader
    from dangjian_desktop.services.container import Services

    folder, meetings, photos = _package_store(opts)
    out_dir = opts.work / "package-out"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    target = out_dir / "branch.djpkg"
    from dangjian_desktop.services import exchange_docs

    with Services.open(folder) as s:
        def export(password: str | None = None) -> None:
            target.unlink(missing_ok=True)
            s.exchange.export(target, password=password, allow_unencrypted=password is None)

        def cold(password: str | None = None) -> float:
            """An export that makes its printed documents: none kept from an export before (the first export
            after any change to the records or settings, or on another day)."""
            exchange_docs.clear_cache(s)
            return _timed(lambda: export(password))

        def wall_cpu(fn: Callable[[], object]) -> tuple[float, float]:
            """Wall and CPU seconds (this process, all its threads) of ``fn``."""
            cpu = time.process_time()
            wall = _timed(fn)
            return wall, time.process_time() - cpu

        export()  # warm (fonts, imports)
        # the floor: zipping the very files the package holds (records JSON, photos, printed PDFs)
        content = opts.work / "package-content"
        shutil.rmtree(content, ignore_errors=True)
        with reader.open_package(target, None, work_dir=opts.work / "tmp") as pkg:
            for e in pkg.manifest["entries"]:
                pkg.extract(e["name"], content / e["name"])
        floor_zip = opts.work / "package-floor.zip"
        # cold export, the same export again with nothing changed (its documents reused), and the floor, in turn
        # run by run: a change of the machine's load falls on all three alike
        runs = []
        for _ in range(opts.runs):
            exchange_docs.clear_cache(s)
            runs.append((*wall_cpu(export), *wall_cpu(export), *wall_cpu(lambda: _zip_folder(content, floor_zip))))
        value, value_cpu, again, again_cpu, floor, floor_cpu = (statistics.median(r[i] for r in runs)
                                                                for i in range(6))
        enc = _median(lambda: cold("bench-password"), max(1, min(3, opts.runs)))
        # the same export with the documents forced into a worker process (services/exchange_docs.py; by default
        # only for a large store on four cores or more): what the worker saves, or costs, on this machine
        worker = exchange_docs.worker_wanted(s)
        old_env = os.environ.get(exchange_docs.WORKER_ENV)
        os.environ[exchange_docs.WORKER_ENV] = "1"
        try:
            in_worker = _median(cold, max(1, min(3, opts.runs)))
        finally:
            if old_env is None:
                os.environ.pop(exchange_docs.WORKER_ENV, None)
            else:
                os.environ[exchange_docs.WORKER_ENV] = old_env
        export()
    size = target.stat().st_size

    def verify_import() -> None:
        with Services.open(_hq_store(opts.work / "package-hq")) as hq:
            hq.exchange.verify(target)
            results = hq.exchange.import_packages([target])
            if results[0].outcome.value not in ("imported", "已导入") and not results[0].inserted:
                raise RuntimeError(f"import failed: {results[0].reason}")

    def import_alone() -> float:
        """The import by itself into a new headquarters store (as the 500 packages are imported), timed from the
        call: the package opened, checked, parsed, merged, its files placed, committed."""
        with Services.open(_hq_store(opts.work / "package-hq")) as hq:
            start = time.perf_counter()
            results = hq.exchange.import_packages([target])
            took = time.perf_counter() - start
        if not results[0].inserted:
            raise RuntimeError(f"import failed: {results[0].reason}")
        return took

    def unzip_parse() -> None:
        """The import's floor as the 500 packages' (bench_hq.read_package) with the files unzipped too."""
        files = opts.work / "package-unzipped"
        shutil.rmtree(files, ignore_errors=True)
        read_package(target, opts.work / "tmp", files_to=files)

    imp = _median(lambda: _timed(verify_import), opts.runs)
    unzip = _median(lambda: _timed(lambda: _unzip(floor_zip, opts.work / "package-unzipped")), opts.runs)
    pairs = [(import_alone(), _timed(unzip_parse)) for _ in range(opts.runs)]  # in turn: the load falls alike
    alone, parsed = (statistics.median(pair[i] for pair in pairs) for i in (0, 1))
    label = f"{meetings}_meetings_{photos}_photos"
    return [
        Figure(f"package_export_{label}", value, "s", floor, _ratio(value, floor),
               "≤ 3× (cold: the printed documents made)"),
        Figure("package_export_again_unchanged", again, "s", floor, _ratio(again, floor),
               "report (nothing changed since the export before: its printed documents reused)"),
        Figure("package_export_cpu", value_cpu, "s", floor_cpu, _ratio(value_cpu, floor_cpu),
               "report (CPU of the cold export's process, all threads, against the floor's)"),
        Figure("package_export_again_unchanged_cpu", again_cpu, "s", floor_cpu, _ratio(again_cpu, floor_cpu),
               "report (CPU, all threads, of the export again with its documents reused)"),
        Figure("package_export_encrypted", enc, "s", floor, _ratio(enc, floor), "report (cold; scrypt cost is fixed)"),
        Figure("package_export_documents_in_worker", in_worker, "s", floor, _ratio(in_worker, floor),
               f"report (cold; the export above made them {'in a worker too' if worker else 'in its own process'})"),
        Figure("package_verify_import", imp, "s", unzip, _ratio(imp, unzip),
               "report (issue 8's ≤ 1.5× of unzip alone; issue 21's target is package_import's)"),
        Figure("package_import", alone, "s", parsed, _ratio(alone, parsed),
               "≤ 3× (the package alone; floor: unzip + parse, as the 500 packages' import)"),
        Figure("package_size", size / 1e6, "MB", floor_zip.stat().st_size / 1e6,
               _ratio(size, floor_zip.stat().st_size), "report"),
    ]
