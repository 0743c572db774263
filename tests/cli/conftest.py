from __future__ import annotations

from pathlib import Path

import pytest

from dangjian_desktop.cli import main


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the demo, made once per test module (its tests read it; some add to it)."""
    d = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(d), "demo"]) == 0
    return d
