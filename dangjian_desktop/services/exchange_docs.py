"""The printed documents of a data package (the year's ledger, minutes book, registers…: PDFs for headquarters),
made in this process or, for a large store on a PC with two cores or more, in a worker process while the export
reads, converts and compresses the records (issue 21: the documents were over half of an export's time).

The worker is a fresh interpreter (``multiprocessing`` "spawn": the same on Windows, where the installed program
calls ``multiprocessing.freeze_support()`` first, see app.run and build_installer.py). It opens the same store
read-only (SQLite lets readers in beside the window, which keeps the writer's lock) and writes the PDFs into the
export's documents folder; the export waits for it before it writes the package. Anything going wrong with the
worker (it cannot start, dies, or fails) is logged and the documents are made here instead, as before: the
package is the same either way. The worker and the export share the documents out: both take them in order from
one shared counter (``take_next``), the worker from its start, the export once its records and photos are handed
to the ZIP, so the last documents are made on both cores instead of the export waiting for the worker alone.

Documents reused (issue 21): an export whose documents' inputs are all unchanged since the last export takes the
PDFs that export made, kept in the data folder's ``cache/package-documents/<key>/``. The key is a SHA-256 of
everything a document is made from: every record's travelling values and local fields (``PackageDump.state``),
the settings (less the exchange's own bookkeeping), the year, the day (a document may count from today), the
documents' list, the program (its version and the SHA-256 of its source files, or of the bundle's executable), reportlab and
the font files. Each kept PDF is checked against its SHA-256 when it is taken; anything amiss is a miss, and the
documents are made again. Documents are kept only when nothing at all was written to the store from before the
records were read until the documents were made (``Store.change_mark``) and none was left out. A reused document
prints the minute it was first made (「本表由…于 …生成」, the same day: the day is in the key).

A spawned worker imports the parent's main script again (as ``__mp_main__``): every entry point that can export
(app.run via ``python -m dangjian_desktop`` or the bundle, ``dangjian``, the benchmark) keeps its work under
``if __name__ == "__main__"``; a script of one's own that exports must do the same.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dangjian_desktop.domain.errors import Cancelled

if TYPE_CHECKING:
    from dangjian_desktop.services.container import Services

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
WORKER_ENV = "DANGJIAN_DOCUMENTS_WORKER"  # "0": never a worker, "1": always (tests), unset: by the store's size
WORKER_FROM_BYTES = 24 * 1024 * 1024  # below this the worker's start (~1 s of CPU) costs more than it saves
WORKER_FROM_CORES = 2
SPARE_CORES = 4  # from here a worker is started even when the documents will likely be reused
CACHE_ENV = "DANGJIAN_DOCUMENTS_CACHE"  # "0": documents are always made (none kept, none reused)
CACHE_VERSION = 1


_NEXT: Any = None  # in the worker: the number of the next document nobody has taken yet (shared with the export)


def _init_worker(next_document: Any) -> None:
    global _NEXT
    _NEXT = next_document


def take_next(counter: Any) -> Callable[[int], bool]:
    """``take(n)`` for ``make_documents``: yes to document n when nobody has taken it yet; the worker and the
    export take the documents in turn from one shared counter, so the export makes the last ones beside the
    worker once its records are written (instead of waiting for the worker to make them all)."""
    def take(n: int) -> bool:
        with counter.get_lock():
            if counter.value > n:
                return False
            counter.value = n + 1
            return True
    return take


def _job(root: str, folder: str, year: int, names: list[str],
         ) -> tuple[list[tuple[int, str, str]], list[tuple[int, str]]]:
    """In the worker process: open the store read-only and make those of the documents ``names`` (as the export
    listed them) it takes; each with its number (paths as text: they are pickled)."""
    from dangjian_desktop.reports.fonts import keep_parsed_fonts
    from dangjian_desktop.services.container import Services
    from dangjian_desktop.storage import Store

    keep_parsed_fonts(fonts_cache_dir(Path(root)))  # the fonts' tables parsed once, not in every worker
    # no quick_check of the whole file here (0.3-0.8 s of the worker's start): the export's own process has the
    # store open, checked when it opened it
    with Services.over(Store.open(Path(root), read_only=True, check_integrity=False)) as services:
        take = take_next(_NEXT) if _NEXT is not None else None
        made, skipped = make_numbered(services, package_documents(services), Path(folder), year, take=take,
                                      names=names)
    return [(i, name, str(path)) for i, (name, path) in made], skipped


_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def package_documents(services: Services) -> list[tuple[str, Callable[[Path, int], Path | None]]]:
    """(file name without .pdf, make(out, year)) of every document that goes into a package, in order: the year's
    documents the record kinds declare with ``in_package`` (services/documents.py). A character no font has
    prints as a box there rather than leaving the document out. A document that fails is left out and
    reported; the export goes on. (The export asks ``services.exchange.package_documents``, this function.)"""
    from dangjian_desktop.services import documents as registry

    return [(d.file_stem or d.title,
             lambda path, year, key=d.key: registry.make(services, key, path, year, allow_missing_glyphs=True))
            for d in registry.package_documents()]


def _safe_document_name(name: str) -> str:
    """A document's title as a file name every reader accepts (no characters Windows forbids, no device name)."""
    from dangjian_desktop.exchange import format as fmt

    safe = _UNSAFE_FILE_CHARS.sub("_", name).strip(" .")[:100] or "文档"
    return safe if fmt.name_problem(safe) is None else f"文档_{hashlib.sha256(name.encode()).hexdigest()[:8]}"


def make_numbered(services: Services, docs: list[tuple[str, Callable[[Path, int], Path | None]]], folder: Path,
                  year: int, progress: Progress | None = None, take: Callable[[int], bool] | None = None,
                  names: list[str] | None = None,
                  ) -> tuple[list[tuple[int, tuple[str, Path]]], list[tuple[int, str]]]:
    """``ExchangeService.make_documents_numbered`` of ``docs`` (``package_documents``): each document made with
    the cyclic garbage collector paused (its records read and its story built too, not only the layout: 6 % of
    the 16 documents' time) and not synced to disk one by one (work files: the package is synced whole)."""
    from dangjian_desktop import gcpause
    from dangjian_desktop.domain.errors import DomainError
    from dangjian_desktop.reports.styles import work_files

    out: list[tuple[int, tuple[str, Path]]] = []
    skipped: list[tuple[int, str]] = []
    if names is not None:
        by_name = dict(docs)
        docs = [(name, by_name[name]) for name in names]
    for i, (name, make) in enumerate(docs):
        if take is not None and not take(i):
            continue
        if progress is not None:
            progress(0.02 + 0.08 * i / max(1, len(docs)), f"正在生成{name}…")
        try:
            with gcpause.paused(), work_files():
                made = make(folder / f"{name}.pdf", year)
        except Cancelled:
            raise
        except DomainError as exc:
            skipped.append((i, f"{name}：{exc}"))
            continue
        except Exception as exc:  # noqa: BLE001 - one broken document must not stop the export
            log.exception("document %s failed", name)
            skipped.append((i, f"{name}：{exc}"))
            continue
        if made is not None:
            out.append((i, (f"{_safe_document_name(name)}.pdf", Path(made))))
    return out, skipped


def worker_wanted(services: Services) -> bool:
    """A worker for a large SQLite store on a PC with two cores or more (or as ``DANGJIAN_DOCUMENTS_WORKER``
    says). For a small store making the documents here is quicker than starting another interpreter (~1 s of CPU:
    Python, the modules, the store, the fonts). On two cores the worker wins when the second core is not taken by
    something else: the bench's cold export took 5.66 s with it against 7.35 s without at load average 4.5, but
    12.7–18.5 s against 8.6–12.3 s at load 7–8 (BENCHMARKS.md); a secretary's PC is the first case."""
    asked = os.environ.get(WORKER_ENV, "").strip()
    if asked in ("0", "1"):
        return asked == "1"
    if services.store.engine != "sqlite" or (os.cpu_count() or 1) < WORKER_FROM_CORES:
        return False
    try:
        return services.store.paths.database.stat().st_size >= WORKER_FROM_BYTES
    except OSError:
        return False


# -- documents kept for the next export ---------------------------------------------------------------------------


def cache_enabled() -> bool:
    return os.environ.get(CACHE_ENV, "").strip() != "0"


def cache_dir(services: Services) -> Path:
    return services.store.paths.root / "cache" / "package-documents"


def fonts_cache_dir(root: Path) -> Path:
    """Where the fonts' parsed tables are kept (reports/_fontcache.py), in the data folder ``root``."""
    return root / "cache" / "fonts"


def clear_cache(services: Services) -> None:
    shutil.rmtree(cache_dir(services), ignore_errors=True)


@functools.cache
def program_fingerprint() -> str:
    """SHA-256 of this program: its version and its source files' bytes (or, in the bundle, the executable's size
    and time)."""
    from dangjian_desktop import __version__

    h = hashlib.sha256(f"{__version__}\n".encode())
    package = Path(__file__).resolve().parents[1]
    sources = sorted(package.rglob("*.py"))
    for path in sources:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        h.update(f"{path.relative_to(package).as_posix()} {len(data)}\n".encode())
        h.update(data)
    if not sources or getattr(sys, "frozen", False):  # the bundle: its modules are inside the executable
        try:
            st = Path(sys.executable).stat()
            h.update(f"{sys.executable} {st.st_size} {st.st_mtime_ns}\n".encode())
        except OSError:
            h.update(secrets.token_bytes(16))  # unknown: never reused
    return h.hexdigest()


def documents_key(services: Services, state: str, year: int, day: dt.date, names: list[str]) -> str:
    """The key of the package's documents made from a store in ``state`` (``PackageDump.state``); see the
    module docstring."""
    from dangjian_desktop import clock
    from dangjian_desktop.reports.fonts import renderer_fingerprint
    from dangjian_desktop.storage.repos import settings

    kept = {k: v for k, v in settings.all_items().items() if not k.startswith("exchange.")}
    text = json.dumps({
        "cache_version": CACHE_VERSION, "state": state, "year": year, "day": day.isoformat(),
        "today": clock.today().isoformat(), "documents": names, "settings": kept,
        "program": program_fingerprint(), "renderer": renderer_fingerprint(),
    }, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _copy_checked(source: Path, target: Path, sha256: str) -> bool:
    """Copy ``source`` to ``target``; True if the bytes copied have the SHA-256 ``sha256``."""
    digest = hashlib.sha256()
    with open(source, "rb") as src, open(target, "wb") as dst:
        while chunk := src.read(1024 * 1024):
            digest.update(chunk)
            dst.write(chunk)
    return digest.hexdigest() == sha256


def take_kept(services: Services, key: str, folder: Path) -> list[tuple[str, Path]] | None:
    """The documents kept under ``key``, copied into ``folder`` and checked, or None (none kept, or one amiss)."""
    kept = cache_dir(services) / key
    try:
        index = json.loads((kept / "index.json").read_text(encoding="utf-8"))
        if index.get("key") != key or index.get("cache_version") != CACHE_VERSION:
            return None
        out = []
        for i, (name, size, sha256) in enumerate(index["documents"]):
            target = folder / f"kept-{i}.pdf"
            if (kept / f"{i}.pdf").stat().st_size != size or not _copy_checked(kept / f"{i}.pdf", target, sha256):
                log.warning("a kept document (%s) does not match its SHA-256; making the documents again", name)
                return None
            out.append((str(name), target))
        return out
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def keep(services: Services, key: str, day: dt.date, documents: list[tuple[str, Path]]) -> None:
    """Keep the documents made for ``key`` for the next export (only these: the ones kept before are removed).
    A failure only loses the saving."""
    from dangjian_desktop.fileio import sha256_file

    root = cache_dir(services)
    work = root / f".new-{secrets.token_hex(6)}"
    try:
        work.mkdir(parents=True)
        entries = []
        for i, (name, path) in enumerate(documents):
            shutil.copyfile(path, work / f"{i}.pdf")
            entries.append([name, (work / f"{i}.pdf").stat().st_size, sha256_file(work / f"{i}.pdf")])
        (work / "index.json").write_text(json.dumps({
            "cache_version": CACHE_VERSION, "key": key, "day": day.isoformat(), "program": program_fingerprint(),
            "documents": entries}, ensure_ascii=False), encoding="utf-8")
        if (root / key).exists():
            return  # kept already (another export of the same data)
        os.replace(work, root / key)
        for old in root.iterdir():
            if old.name != key and (not old.name.startswith(".new-") or _older_than(old, 600)):
                shutil.rmtree(old, ignore_errors=True)
    except OSError:
        log.warning("could not keep the package's documents for the next export", exc_info=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _older_than(path: Path, seconds: float) -> bool:
    from dangjian_desktop import clock

    try:
        return path.stat().st_mtime < clock.file_time() - seconds
    except OSError:
        return False


def likely_kept(services: Services, day: dt.date) -> bool:
    """Whether documents kept on ``day`` by this program exist (before the records are read, this only says that
    they will likely be reused)."""
    try:
        for kept in cache_dir(services).iterdir():
            if kept.name.startswith("."):
                continue
            index = json.loads((kept / "index.json").read_text(encoding="utf-8"))
            if index.get("day") == day.isoformat() and index.get("program") == program_fingerprint():
                return True
    except (OSError, ValueError, AttributeError):
        pass
    return False


class DocumentsJob:
    """The documents being made for one export: :meth:`start` (a worker process when wanted), then :meth:`result`
    (kept ones reused, else waits for the worker; falls back to making them here), or :meth:`stop` (cancelled: the
    worker is ended)."""

    def __init__(self, services: Services, folder: Path, year: int, day: dt.date | None = None):
        from dangjian_desktop import clock

        self.services = services
        self.folder = folder
        self.year = year
        self.day = day or clock.today()
        self._pool: Any = None
        self._async: Any = None
        self._next: Any = None
        self._names: list[str] = []
        self._mark: Any = None
        self.reused = False

    def start(self) -> None:
        """Before the records are read: notes the store's change mark, starts the worker if wanted."""
        try:
            self._mark = self.services.store.change_mark()
        except Exception:  # noqa: BLE001 - then nothing is kept
            self._mark = None
        # started before the key is known (the records are read meanwhile), and ended if the documents are reused;
        # with fewer than four cores not when documents kept today by this program exist (its start, ~1 s of CPU,
        # would take the core the package's compression runs on)
        if not worker_wanted(self.services):
            return
        if (os.environ.get(WORKER_ENV, "").strip() != "1" and (os.cpu_count() or 1) < SPARE_CORES
                and cache_enabled() and likely_kept(self.services, self.day)):
            return
        import multiprocessing

        from dangjian_desktop.services.exchange import package_documents

        try:
            context = multiprocessing.get_context("spawn")
            self._next = context.Value("i", 0)
            self._pool = context.Pool(1, initializer=_init_worker, initargs=(self._next,))
            self._names = [name for name, _make in package_documents(self.services)]
            self._async = self._pool.apply_async(_job, (str(self.services.store.paths.root), str(self.folder),
                                                        self.year, self._names))
        except Exception:  # noqa: BLE001 - made here instead (result())
            log.warning("could not start the documents' worker; making them in this process", exc_info=True)
            self.stop()

    @property
    def in_worker(self) -> bool:
        return self._async is not None

    def result(self, progress: Progress, state: str | None = None) -> tuple[list[tuple[str, Path]], list[str]]:
        """The documents (file name in the package, PDF) and those left out. ``state``: the records' state read
        by the export (``PackageDump.state``), to reuse or keep the documents. ``progress`` may raise
        ``Cancelled``: the worker is ended, the exception goes on."""
        key = None
        if state and cache_enabled():
            from dangjian_desktop.services.exchange import package_documents

            names = [name for name, _make in package_documents(self.services)]
            key = documents_key(self.services, state, self.year, self.day, names)
            kept = take_kept(self.services, key, self.folder)
            if kept is not None:
                self.stop()
                self.reused = True
                return kept, []
        made, skipped = self._made(progress)
        if key is not None and not skipped and self._mark is not None and not self.services.store.read_only:
            try:
                unchanged = self.services.store.change_mark() == self._mark
            except Exception:  # noqa: BLE001
                unchanged = False
            if unchanged:
                keep(self.services, key, self.day, made)
        return made, skipped

    def _made(self, progress: Progress) -> tuple[list[tuple[str, Path]], list[str]]:
        from dangjian_desktop.reports.fonts import keep_parsed_fonts

        keep_parsed_fonts(fonts_cache_dir(self.services.store.paths.root))  # for a process not printing yet
        if self._async is not None:
            try:
                # the documents the worker has not taken yet are made here meanwhile, then its own awaited
                progress(0.1, "正在生成打印文件…")
                taken: list[int] = []
                take = take_next(self._next)

                def mine(n: int) -> bool:
                    if take(n):
                        taken.append(n)
                        return True
                    return False

                here, here_skipped = self.services.exchange.make_documents_numbered(
                    self.folder, self.year, progress, mine, self._names)
                if len(taken) == len(self._names):
                    # the worker took none: it may never have started (a spawned process that cannot start, e.g.
                    # blocked by security software, is started again and again by the pool): not waited for
                    return [doc for _i, doc in sorted(here)], [why for _i, why in sorted(here_skipped)]
                while not self._async.ready():
                    progress(0.1, "正在生成打印文件…")
                    self._async.wait(0.1)
                made, skipped = self._async.get()
                both = sorted([*((i, (name, Path(path))) for i, name, path in made), *here])
                return [doc for _i, doc in both], [why for _i, why in sorted([*skipped, *here_skipped])]
            except Cancelled:
                raise
            except Exception:  # noqa: BLE001 - the worker failed: the documents are made here, as without it
                log.warning("the documents' worker failed; making them in this process", exc_info=True)
                for leftover in self.folder.glob("*.pdf"):
                    leftover.unlink(missing_ok=True)
            finally:
                self.stop()
        return self.services.exchange.make_documents(self.folder, self.year, progress)

    def stop(self) -> None:
        pool, self._pool, self._async, self._next = self._pool, None, None, None
        if pool is not None:
            pool.terminate()
            pool.join()
