"""`dangjian` run in this process, as the CLI tests call it."""

from __future__ import annotations

from pathlib import Path

from dangjian_desktop.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    """``dangjian ARGV…``: its exit code, what it wrote to stdout and to stderr."""
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def run_in(capsys, data_dir: Path, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    """``dangjian --data-dir DATA_DIR ARGV…``."""
    return run(capsys, "--data-dir", str(data_dir), *argv)
