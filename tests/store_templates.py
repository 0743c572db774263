"""Stores made once per session and copied into each test's folder: making a new store runs every migration step
and syncs its file a dozen times (0.15-0.3 s, in hundreds of tests), and two new stores are the same, row for row.
Used by tests/conftest.py (empty branch stores) and tests/pg/cluster.py (SQLite headquarters stores)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Hashable
from pathlib import Path

import pytest

from dangjian_desktop import features


class StoreTemplates:
    def __init__(self, factory: pytest.TempPathFactory, name: str) -> None:
        self._factory, self._name = factory, name
        self._made: dict[Hashable, Path] = {}

    def copy(self, folder: Path, make: Callable[[Path], None], key: Hashable = ()) -> Path:
        """``folder`` given a copy of the store ``make(template)`` made (once per ``key`` and set of record kinds:
        a test that declares a throw-away kind gets a store with its tables)."""
        key = (tuple(f.key for f in features.features()), key)
        if key not in self._made:
            template = self._factory.mktemp(self._name) / "data"
            make(template)
            self._made[key] = template
        # plain copies (not copy2): the files are as new as a store made now, as a test that looks at times expects
        shutil.copytree(self._made[key], folder, dirs_exist_ok=True, copy_function=shutil.copy,
                        ignore=shutil.ignore_patterns("*.lock", "logs"))
        return folder
