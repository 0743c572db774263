"""Which backups rotation keeps.

The newest backup of each of the last 7 days, 4 ISO weeks and 12 months that have backups (like ``restic forget
--keep-daily 7 --keep-weekly 4 --keep-monthly 12``), safety copies taken before a restore for 30 days (and the
newest 3), and always:

* the newest backup, and the newest backup that passes its full check (``newest_good``), whatever their age;
* in every period, the newest backup that holds any record: a backup of an empty store (a store created by
  mistake, e.g. over a lost data file) never displaces a good one of the same day, week or month.

Backups that cannot be read (``problem`` set) are never deleted by rotation: they are left for a person to look at.
Whether a backup passed its full check is remembered in ``backups/checked.json`` by name, size and modification
time, so each backup is checked at most once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from dangjian_desktop import fileio
from dangjian_desktop.services.backup_archive import BackupInfo

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_SAFETY_DAYS, KEEP_SAFETY_MIN = 30, 3
SAFETY_KIND = "before-restore"

_BUCKETS: list[tuple[Callable[[dt.datetime], object], int]] = [
    (lambda d: d.date(), KEEP_DAILY),
    (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
    (lambda d: (d.year, d.month), KEEP_MONTHLY),
]


def select_kept(backups: list[BackupInfo], now: dt.datetime, newest_good: Path | None = None) -> list[Path]:
    """The paths rotation keeps (see the module docstring)."""
    regular = sorted((b for b in backups if b.kind != SAFETY_KIND), key=lambda b: b.created_at, reverse=True)
    safety = sorted((b for b in backups if b.kind == SAFETY_KIND), key=lambda b: b.created_at, reverse=True)
    keep: list[Path] = []
    if regular:
        keep.append(regular[0].path)
    if newest_good is not None:
        keep.append(newest_good)
    substantial = [b for b in regular if not b.is_empty]
    if substantial:
        keep.append(substantial[0].path)
    for bucket, limit in _BUCKETS:
        seen: list[object] = []
        for b in regular:
            key = bucket(b.created_at)
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(key)
            keep.append(b.path)
            if b.is_empty:
                good = next((o for o in substantial if bucket(o.created_at) == key), None)
                if good is not None:
                    keep.append(good.path)
    for i, b in enumerate(safety):
        if i < KEEP_SAFETY_MIN or now - b.created_at < dt.timedelta(days=KEEP_SAFETY_DAYS):
            keep.append(b.path)
    return list(dict.fromkeys(keep))


class CheckedCache:
    """{file name: [size, mtime_ns, passed]} of backups that went through the full check."""

    def __init__(self, folder: Path):
        self.file = folder / "checked.json"
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            self._data = data if isinstance(data, dict) else {}
        except (OSError, ValueError, RecursionError):
            self._data = {}
        self._dirty = False

    @staticmethod
    def _stamp(path: Path) -> list[int] | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return [st.st_size, st.st_mtime_ns]

    def get(self, path: Path) -> bool | None:
        hit = self._data.get(path.name)
        stamp = self._stamp(path)
        if isinstance(hit, list) and len(hit) == 3 and stamp is not None and hit[:2] == stamp:
            return bool(hit[2])
        return None

    def put(self, path: Path, passed: bool) -> None:
        stamp = self._stamp(path)
        if stamp is not None:
            self._data[path.name] = [*stamp, passed]
            self._dirty = True

    def save(self, existing: set[str]) -> None:
        self._data = {k: v for k, v in self._data.items() if k in existing}
        if not self._dirty:
            return
        with contextlib.suppress(OSError):  # only a cache
            fileio.write_atomic(self.file, lambda tmp: tmp.write_text(json.dumps(self._data), encoding="utf-8"))
        self._dirty = False
