"""Helpers of the backup tests: a backup made to look as if it had been made at another time."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path


def backdate(backup: Path, when: dt.datetime) -> None:
    """Rewrite ``backup``'s manifest so that it says it was created at ``when`` (rotation reads that date)."""
    with zipfile.ZipFile(backup) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(entries["manifest.json"])
    manifest["created_at"] = when.isoformat()
    entries["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(backup, "w") as zf:
        for n, data in entries.items():
            zf.writestr(n, data)


def manifest_and_database(backup: Path) -> tuple[dict, bytes]:
    """The parsed ``manifest.json`` and the database bytes of a plain (unencrypted) backup zip, to forge one from."""
    with zipfile.ZipFile(backup) as zf:
        return json.loads(zf.read("manifest.json")), zf.read("dangjian.sqlite3")
