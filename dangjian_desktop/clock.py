"""The app's one clock: every layer asks here for today's date and the current time.

``DANGJIAN_TODAY=YYYY-MM-DD`` moves the calendar to that day for the window, the CLI and the tests (training
sessions with a fixed demo, reproducible test runs); the time of day keeps running. Nothing else in the package
reads the wall-clock calendar (``date.today()``, ``datetime.now()``, ``time.time()``): tests/test_clock.py checks.
Durations are measured with ``time.monotonic()``/``time.perf_counter()``, which are not calendar reads.

The override is read from the environment on every call (a few microseconds), so a test or a training session can
change it without restarting anything; :func:`set_today` sets it for this process explicitly.
"""

from __future__ import annotations

import datetime as dt
import os

ENV = "DANGJIAN_TODAY"

_explicit: dt.date | None = None  # set_today() wins over the environment


class ClockError(ValueError):
    """DANGJIAN_TODAY holds something that is not a date."""


def _parse(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ClockError(f"环境变量 {ENV} 应为 YYYY-MM-DD 格式的日期，而不是“{value}”。") from None


def override() -> dt.date | None:
    """The date the calendar is pinned to, or None when the real calendar runs."""
    if _explicit is not None:
        return _explicit
    value = os.environ.get(ENV, "").strip()
    if not value or value.lower() == "real":
        return None
    return _parse(value)


def is_overridden() -> bool:
    return override() is not None


def set_today(day: dt.date | str | None) -> None:
    """Pin this process's calendar to ``day`` (None: back to the environment / the real calendar)."""
    global _explicit
    _explicit = _parse(day) if isinstance(day, str) else day


def _shift() -> dt.timedelta:
    pinned = override()
    if pinned is None:
        return dt.timedelta(0)
    return pinned - dt.datetime.now().date()  # noqa: DTZ005 - the one wall-clock read


def now() -> dt.datetime:
    """Local wall time (naive), on the pinned day when DANGJIAN_TODAY is set."""
    real = dt.datetime.now()  # noqa: DTZ005 - the one wall-clock read
    pinned = override()
    return real if pinned is None else dt.datetime.combine(pinned, real.time())


def today() -> dt.date:
    """Today's date in local time (the pinned day when DANGJIAN_TODAY is set)."""
    return now().date()


def utcnow() -> dt.datetime:
    """UTC time as a naive datetime (how the store keeps timestamps), shifted by the same days as :func:`now`."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None) + _shift()


def file_time() -> float:
    """Real seconds since the epoch, never shifted: for comparing with file modification times, which the file
    system stamps with the real clock (e.g. "a temp file older than an hour")."""
    return dt.datetime.now(dt.UTC).timestamp()


def this_year() -> int:
    return today().year
