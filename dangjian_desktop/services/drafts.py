"""Autosaved drafts of forms being edited (long minutes!), kept as JSON files in the data folder's drafts/.

Files, not the database: a draft is written even while the store is busy, and a crash or power cut in the middle
of a form leaves the last draft to offer back on the next start. Writes are atomic (temp file + fsync + rename).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dangjian_desktop import clock, fileio

_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True)
class Draft:
    key: str  # e.g. "meeting:<uuid>" or "meeting:new"
    title: str  # shown when offering it back, e.g. "支委会 2026-11-20 会议记录"
    saved_at: dt.datetime
    payload: dict[str, Any]


class DraftService:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / (_SAFE.sub("_", key) + ".json")

    def save(self, key: str, title: str, payload: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"key": key, "title": title, "saved_at": clock.now().isoformat(timespec="seconds"),
                "payload": payload}
        fileio.write_bytes_atomic(self._path(key), json.dumps(data, ensure_ascii=False, default=str).encode("utf-8"))

    def load(self, key: str) -> Draft | None:
        return self._read(self._path(key))

    def _read(self, path: Path) -> Draft | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return Draft(str(data["key"]), str(data.get("title", "")), dt.datetime.fromisoformat(data["saved_at"]),
                         dict(data.get("payload") or {}))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a damaged draft is ignored, never a crash

    def all(self) -> list[Draft]:
        if not self.folder.is_dir():
            return []
        drafts = [d for p in sorted(self.folder.glob("*.json")) if (d := self._read(p)) is not None]
        return sorted(drafts, key=lambda d: d.saved_at, reverse=True)

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)
