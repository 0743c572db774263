"""The printed documents of a data package (the year's ledger, minutes book, registers…: PDFs for headquarters),
made in this process or, for a large store on a PC with four cores or more, in a worker process while the export
reads, converts and compresses the records (issue 21: the documents were over half of an export's time).

The worker is a fresh interpreter (``multiprocessing`` "spawn": the same on Windows, where the installed program
calls ``multiprocessing.freeze_support()`` first, see app.run and build_installer.py). It opens the same store
read-only (SQLite lets readers in beside the window, which keeps the writer's lock) and writes the PDFs into the
export's documents folder; the export waits for it before it writes the package. Anything going wrong with the
worker (it cannot start, dies, or fails) is logged and the documents are made here instead, as before: the
package is the same either way.

A spawned worker imports the parent's main script again (as ``__mp_main__``): every entry point that can export
(app.run via ``python -m dangjian_desktop`` or the bundle, ``dangjian``, the benchmark) keeps its work under
``if __name__ == "__main__"``; a script of one's own that exports must do the same.
"""

from __future__ import annotations

import logging
import os
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
WORKER_FROM_CORES = 4


def _job(root: str, folder: str, year: int) -> tuple[list[tuple[str, str]], list[str]]:
    """In the worker process: open the store read-only and make the documents (paths as text: they are pickled)."""
    from dangjian_desktop.services.container import Services

    with Services.open(Path(root), read_only=True) as services:
        made, skipped = services.exchange.make_documents(Path(folder), year)
    return [(name, str(path)) for name, path in made], skipped


def worker_wanted(services: Services) -> bool:
    """A worker for a large SQLite store on a PC with four cores or more (or as ``DANGJIAN_DOCUMENTS_WORKER``
    says). For a small store making the documents here is quicker than starting another interpreter (~1 s of CPU:
    Python, the modules, the store, the fonts); with two cores the worker only wins when both are free — on a
    busy two-core machine the export took 14.9 s with it against 9.4 s without (BENCHMARKS.md)."""
    asked = os.environ.get(WORKER_ENV, "").strip()
    if asked in ("0", "1"):
        return asked == "1"
    if services.store.engine != "sqlite" or (os.cpu_count() or 1) < WORKER_FROM_CORES:
        return False
    try:
        return services.store.paths.database.stat().st_size >= WORKER_FROM_BYTES
    except OSError:
        return False


class DocumentsJob:
    """The documents being made for one export: :meth:`start` (a worker process when wanted), then :meth:`result`
    (waits; falls back to making them here), or :meth:`stop` (cancelled: the worker is ended)."""

    def __init__(self, services: Services, folder: Path, year: int):
        self.services = services
        self.folder = folder
        self.year = year
        self._pool: Any = None
        self._async: Any = None

    def start(self) -> None:
        if not worker_wanted(self.services):
            return
        import multiprocessing

        try:
            self._pool = multiprocessing.get_context("spawn").Pool(1)
            self._async = self._pool.apply_async(_job, (str(self.services.store.paths.root), str(self.folder),
                                                        self.year))
        except Exception:  # noqa: BLE001 - made here instead (result())
            log.warning("could not start the documents' worker; making them in this process", exc_info=True)
            self.stop()

    @property
    def in_worker(self) -> bool:
        return self._async is not None

    def result(self, progress: Progress) -> tuple[list[tuple[str, Path]], list[str]]:
        """The documents (file name in the package, PDF) and those left out. ``progress`` may raise ``Cancelled``:
        the worker is ended, the exception goes on."""
        if self._async is not None:
            try:
                while not self._async.ready():
                    progress(0.1, "正在生成打印文件…")
                    self._async.wait(0.1)
                made, skipped = self._async.get()
                return [(name, Path(path)) for name, path in made], skipped
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
        pool, self._pool, self._async = self._pool, None, None
        if pool is not None:
            pool.terminate()
            pool.join()
