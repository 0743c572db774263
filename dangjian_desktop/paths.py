"""Where things live: the data folder, backups, logs, and the files shipped with the app.

Data folder resolution, first match wins:
1. an explicit ``--data-dir`` (passed in by app.py / cli.py);
2. the ``DANGJIAN_DATA_DIR`` environment variable;
3. a ``data/`` folder beside the executable (portable install, e.g. on a USB stick);
4. platformdirs' per-user data dir (``%LOCALAPPDATA%\\dangjian-desktop`` on Windows).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "DANGJIAN_DATA_DIR"
_PKG_DIR = Path(__file__).resolve().parent


def _portable_dir() -> Path | None:
    exe_dir = Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False):
        candidate = exe_dir / "data"
        if candidate.is_dir():
            return candidate
    return None


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    portable = _portable_dir()
    if portable is not None:
        return portable
    import platformdirs

    return Path(platformdirs.user_data_dir("dangjian-desktop", appauthor=False, roaming=False))


@dataclass(frozen=True)
class DataPaths:
    """All the places inside one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "dangjian.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def drafts(self) -> Path:
        return self.root / "drafts"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def lock_file(self) -> Path:
        return self.root / "dangjian.lock"

    def ensure(self) -> DataPaths:
        for d in (self.root, self.backups, self.logs, self.attachments, self.drafts):
            d.mkdir(parents=True, exist_ok=True)
        return self


def resources_dir() -> Path:
    """The shipped assets: inside the package (wheel, bundle) or the repo's resources/ (development)."""
    candidates = [_PKG_DIR / "resources", _PKG_DIR.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "dangjian_desktop" / "resources")
    for c in candidates:
        if (c / "fonts").is_dir():
            return c
    raise FileNotFoundError("找不到程序资源文件夹 (resources)，安装可能不完整。")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
