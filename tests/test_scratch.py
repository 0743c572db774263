"""Scratch folders in the data folder's tmp/: private, on the data's disk, removed at exit, and a killed process's
folder removed at the next start while a live process's folder is left alone."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap

import pytest

from dangjian_desktop import paths as paths_module
from dangjian_desktop.paths import DataPaths, scratch_dir, scratch_file, sweep_tmp


def test_scratch_is_private_and_inside_the_data_folder(data_dir):
    paths = DataPaths(data_dir)
    folder = scratch_dir(paths)
    f = scratch_file(paths, "x.zip")
    assert paths.tmp in folder.parents and f.parent == folder
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and stat.S_IMODE(f.stat().st_mode) == 0o600
    assert sweep_tmp(paths) == []  # our own folder is live
    paths_module.release_scratch(paths)
    assert not folder.exists()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sweep_keeps_a_live_folder_and_removes_a_dead_ones(data_dir):
    paths = DataPaths(data_dir)
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(os.getcwd())!r})
        from dangjian_desktop.paths import DataPaths, scratch_file
        f = scratch_file(DataPaths(__import__("pathlib").Path({str(data_dir)!r})), "payload.zip")
        f.write_bytes(b"decrypted")
        print(f, flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        from pathlib import Path

        leftover = Path(proc.stdout.readline().strip())
        assert leftover.is_file()
        (paths.tmp / "djpkg-read-old").mkdir()  # an older version's folder, directly in tmp/
        assert sweep_tmp(paths) == ["djpkg-read-old"]
        assert leftover.is_file()  # its process is alive: not touched
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert sweep_tmp(paths) == [leftover.parent.name]
    assert not leftover.parent.exists()
