from __future__ import annotations

from pathlib import Path

import pytest



@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory, demo_copy) -> Path:  # noqa: ANN001
    """A data folder holding the demo, a copy per test module of the session's demo store (tests/conftest.py; its
    tests read it; some add to it)."""
    return demo_copy(tmp_path_factory.mktemp("demo") / "data")
