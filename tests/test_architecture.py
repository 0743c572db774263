"""The architecture holds by itself: import-linter layers, compiled forms not stale, ruff clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def test_import_contracts_hold():
    result = subprocess.run([_tool("lint-imports")], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


def test_compiled_forms_are_not_stale():
    result = subprocess.run([sys.executable, "-m", "dangjian_desktop.ui.compile_forms", "--check"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_every_form_is_compiled_and_used():
    forms = sorted(p.stem for p in (REPO / "forms").glob("*.ui"))
    assert forms, "forms/*.ui hold the layout of every page and dialog"
    for stem in forms:
        assert (REPO / "dangjian_desktop" / "ui" / "forms" / f"ui_{stem}.py").exists(), stem


def test_ruff_clean():
    result = subprocess.run([_tool("ruff"), "check", "dangjian_desktop", "tests", "build_installer.py"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
