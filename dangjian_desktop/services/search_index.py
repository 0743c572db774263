"""The meetings' search index brought up to date after the writes (issue 21).

Every write to a meeting queues its index key (storage: ``meeting_index_queue``, kept by triggers); the index
(``meeting_search``, n-gram tokens from domain/search.py) is made from the queue here, one short transaction per
batch, newest meetings first. A meeting saved in the editor is indexed at once (repos/meetings.save_meeting); a
headquarters import commits without indexing, and then:

* the window calls ``start_background()``: a worker thread of this process catches up while the user goes on (the
  search says 「最新导入的数据包仍在建立检索索引，结果可能不全」 meanwhile);
* the CLI calls ``catch_up()`` at the end of the command.

Killed midway (kill -9, a power cut), the batch being written rolls back and its keys stay queued: the next
``catch_up()`` (or a search, which indexes a short queue itself) finishes the work. Idempotent by construction.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from dangjian_desktop.domain.search import INDEX_PENDING_NOTICE
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import meetings as repo
from dangjian_desktop.storage.repos.meetings_pg import Stopped

log = logging.getLogger(__name__)

PENDING_NOTICE = INDEX_PENDING_NOTICE
# a queue this short is indexed by the search itself before it looks (a branch after a restore or a package)
SHORT_QUEUE = 2000
BATCH = 500


class SearchIndexService:
    def __init__(self, store: Store):
        self.store = store
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.failure: BaseException | None = None

    def pending(self) -> int:
        """How many meetings (index keys) wait to be indexed; 0 when the index is complete."""
        return repo.index_pending()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def catch_up(self, should_stop: Callable[[], bool] = lambda: False,
                 progress: Callable[[int], None] | None = None, batch: int = BATCH) -> int:
        """Index everything queued, a committed batch at a time, until the queue is empty or ``should_stop()``.
        Returns how many keys were done. Nothing on a read-only store."""
        if self.store.read_only:
            return 0
        done = 0
        with self._lock:  # one indexer at a time in this process
            if repo.index_bulk_wanted():  # PostgreSQL, most of the store queued: rebuilt in one pass
                try:
                    with self.store.atomic():
                        done = repo.index_bulk(should_stop)
                except Stopped:
                    return 0
                if progress is not None and done:
                    progress(done)
            while not should_stop():
                with self.store.atomic():
                    n = repo.index_queued(batch)
                if not n:
                    break
                done += n
                if progress is not None:
                    progress(done)
        return done

    def catch_up_before_search(self) -> None:
        """Index a short queue now (the search then sees everything); a long one (a headquarters import, or one
        a kill interrupted) goes to the worker, started here if it is not running."""
        if self.store.read_only or self.running:
            return
        n = self.pending()
        if 0 < n <= SHORT_QUEUE:
            self.catch_up()
        elif n:
            self.start_background()

    def start_background(self) -> bool:
        """Catch up on a worker thread of this process (its own SQLite connection); True when one is running."""
        if self.store.read_only:
            return False
        if self.running:
            return True
        if not self.pending():
            return False
        self._stop.clear()
        self.failure = None
        self._thread = threading.Thread(target=self._work, name="search-index", daemon=True)
        self._thread.start()
        return True

    def _work(self) -> None:
        try:
            n = self.catch_up(self._stop.is_set)
            log.info("search index caught up: %s meetings", n)
        except Exception as exc:  # noqa: BLE001 - kept for the window; the queue keeps the work for next time
            log.exception("search index catch-up failed")
            self.failure = exc
        finally:
            self.store.database.close()  # this thread's connection

    def stop(self, timeout: float | None = 30) -> None:
        """Ask the worker to stop after its batch and wait for it (before the store closes)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None


def build(services) -> SearchIndexService:  # noqa: ANN001 - services.container.Services
    return SearchIndexService(services.store)
