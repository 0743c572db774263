"""One pause of Python's cyclic garbage collector, shared by everything that makes many objects at once.

Used where a piece of work makes hundreds of thousands of acyclic objects and the collector's passes over a large
heap cost more than the work: a printed document being laid out (reports), the headquarters oversight overview
(services). Reference counting still frees almost everything at once; the few cycles made meanwhile go at the
next pass after the last pause ends. Nested and concurrent pauses (two threads printing, an overview during a
print) count as one: the collector comes back when the last one ends, and a collector someone else switched off
before the first one began stays off. Start-up's own pause until the first paint is in app.py (it is switched
back on by the first paint, not by a block's end).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextlib.contextmanager
def paused() -> Iterator[None]:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
