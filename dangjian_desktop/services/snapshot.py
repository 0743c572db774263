"""One read of the store for a whole screen refresh.

首页 asks every feature for its reminders and figures; each of them reads the branch profile, the 党小组, the
roster, the meeting rules… again. Inside ``with read_snapshot():`` the service methods marked
:func:`snapshot_cached` return the result of their first call with the same arguments, so one refresh reads each
of them once. The block must only read: a write inside it would not be seen by a cached read. Outside a block (and
in other threads: the snapshot is a context variable) the methods read the store every time, as before.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_memo: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("dangjian_read_snapshot", default=None)


@contextmanager
def read_snapshot() -> Iterator[None]:
    """Cache the marked reads until the block ends (a nested block shares the outer one's cache)."""
    if _memo.get() is not None:
        yield
        return
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def snapshot_cached(method: F) -> F:
    """Mark a service method that only reads: inside :func:`read_snapshot` it runs once per argument set.

    Arguments are told apart by ``repr`` (dates, filters as dataclasses, strings). A list result is handed out as
    a new list each time, so a caller that sorts or extends it does not change what the next caller gets.
    """
    name = method.__qualname__

    @functools.wraps(method)
    def wrapper(self: object, *args: Any, **kwargs: Any) -> Any:
        memo = _memo.get()
        if memo is None:
            return method(self, *args, **kwargs)
        key = (id(self), name, repr(args), repr(sorted(kwargs.items())))
        try:
            result = memo[key]
        except KeyError:
            result = memo[key] = method(self, *args, **kwargs)
        return list(result) if isinstance(result, list) else result

    return wrapper  # type: ignore[return-value]
