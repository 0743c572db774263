"""The files of a data package on both sides: which attachments a branch's package takes (pictures and PDF
only, named by their content), and how headquarters lands a package's files all or nothing (``FilePlan``).

Headquarters never uses a name from a package as a path: an attachment lands at
``attachments/<sha[:2]>/<sha256><suffix>`` (content-addressed, so branches cannot collide), a printed document at
``received/<branch>/<year>/<name>.pdf`` (per branch). Only the kinds ``exchange.format.ALLOWED_FILE_TYPES`` names
get this far (the reader refuses the rest). Every destination is checked and every file extracted and synced
*before* the records are merged; the files are moved into place inside the merge's transaction, and moved back if
it does not commit.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

from dangjian_desktop.domain.exchange import PackageError
from dangjian_desktop.fileio import sha256_file
from dangjian_desktop.exchange import format as fmt

log = logging.getLogger(__name__)


def hashes_in_json(text: str) -> set[str]:
    """SHA-256 values of attachment objects ({"sha256": ...}) inside a JSON column (e.g. a list of photos)."""
    try:
        value = json.loads(text)
    except ValueError:
        return set()
    out: set[str] = set()
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            h = v.get("sha256")
            if fmt.is_sha256_hex(h):
                out.add(str(h).lower())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return out


def attachment_files(root: Path, data: dict[str, list[dict[str, Any]]], columns: Iterable[str],
                     json_tables: Collection[str] | None = None,
                     ) -> tuple[list[tuple[str, Path]], list[str], list[str]]:
    """Files under attachments/ referred to by a record's hash column (see docs/PACKAGE_FORMAT.md), as
    (name in the package: ``<sha[:2]>/<sha256><suffix>``, file); the hashes of those not found; and the files
    left out because they are not a kind headquarters accepts (pictures and PDF: ``format.ALLOWED_FILE_TYPES``).

    ``json_tables``: when given, only these tables' values are searched for a JSON value naming a file (the
    writer passes the tables whose serialised JSON holds the text "sha256" at all); the hash columns are read in
    every table."""
    cols = set(columns)
    wanted: set[str] = set()
    for table, rows in data.items():
        keys = list(rows[0]) if rows else []
        if any(len(r) != len(keys) for r in rows):  # not one column set: every key of every row
            keys = list(dict.fromkeys(k for r in rows for k in r))
        if json_tables is not None and table not in json_tables:
            keys = [k for k in keys if k in cols]
        for k in keys:  # column by column (most columns hold no file reference: one cheap test per value)
            values = [r.get(k) for r in rows]
            if k in cols:
                for v in values:
                    if fmt.is_sha256_hex(v):
                        wanted.add(str(v).lower())
                    elif isinstance(v, str) and v[:1] in "[{" and '"sha256"' in v:
                        wanted.update(hashes_in_json(v))
            else:
                for v in values:
                    if v.__class__ is str and v[:1] in "[{" and '"sha256"' in v:
                        wanted.update(hashes_in_json(v))
    if not wanted:
        return [], [], []
    found: dict[str, Path] = {}
    unnamed: list[Path] = []
    if root.is_dir():
        for p in sorted(root.rglob("*")):
            if p.is_symlink() or not p.is_file() or p.name.endswith(".part"):
                continue
            stem = p.name.split(".", 1)[0].lower()
            if stem in wanted and stem not in found and sha256_file(p) == stem:
                found[stem] = p
            else:
                unnamed.append(p)
        for p in unnamed:
            if len(found) == len(wanted):
                break
            h = sha256_file(p)
            if h in wanted and h not in found:
                found[h] = p
    files: list[tuple[str, Path]] = []
    left_out: list[str] = []
    for digest, p in sorted(found.items(), key=lambda item: item[1]):
        suffix = fmt.allowed_suffix(p.name)
        if suffix is None:
            left_out.append(f"{p.name}（不是照片或PDF文件，上级党委不接收这类文件）")
            continue
        with open(p, "rb") as fh:
            head = fh.read(fmt.SNIFF_BYTES)
        if not fmt.content_matches(suffix, head):
            left_out.append(f"{p.name}（文件内容与扩展名 {suffix} 不符）")
            continue
        files.append((f"{digest[:2]}/{digest}{suffix}", p))
    return files, sorted(wanted - set(found)), left_out


# -- files ----------------------------------------------------------------------------------------------------


class FilePlan:
    """A package's attachments and documents: destinations checked, files extracted and synced to a private
    staging folder (``stage``), then moved into place (``place``) and, if the records do not commit, moved back
    (``undo``). ``cleanup`` removes the staging folder."""

    def __init__(self, root: Path, work_dir: Path):
        self.root = root.resolve()
        work_dir.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix="import-", dir=work_dir))
        self.moves: list[tuple[Path, Path]] = []  # (staged, destination)
        self._placed: list[Path] = []
        self._replaced: list[tuple[Path, Path]] = []  # (destination, the old file kept in staging)

    def _check_destination(self, dest: Path, rel: str) -> None:
        """PackageError if ``dest``, or a folder on its way, is taken by something else than a plain file (for
        ``dest``) or a plain folder (on the way): a symlink, a folder where the file goes, a file where a folder
        must be."""
        for parent in reversed(dest.relative_to(self.root).parents):
            folder = self.root / parent
            if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
                raise PackageError(f"本机数据文件夹中“{folder.relative_to(self.root).as_posix()}”已被一个文件占用，"
                                   f"无法放入数据包中的“{rel}”。为保护已有文件，已拒绝导入。")
        if dest.is_symlink() or (dest.exists() and not dest.is_file()):
            raise PackageError(f"本机数据文件夹中“{dest.relative_to(self.root).as_posix()}”已被占用（不是普通文件），"
                               f"无法放入数据包中的“{rel}”。为保护已有文件，已拒绝导入。")

    def stage(self, pkg: Any, branch_folder: Path, attachments: Path) -> None:  # noqa: ANN401
        from dangjian_desktop.services.attachments import sync_files

        planned: dict[Path, str] = {}
        for e in pkg.attachments:
            rel = e["name"][len(fmt.ATTACHMENTS_DIR):]
            suffix = fmt.allowed_suffix(rel)
            if suffix is None:  # the reader refuses these already
                raise PackageError(f"数据包中的附件“{rel}”不是允许接收的文件类型，已拒绝。")
            digest = e["sha256"]
            dest = attachments.resolve() / digest[:2] / f"{digest}{suffix}"
            if planned.get(dest) == digest:
                continue  # the same content twice under two names: one file
            self._check_destination(dest, rel)
            if dest.is_file():
                if sha256_file(dest) != digest:
                    raise PackageError(f"本机已有的附件“{dest.name}”内容与其名称（校验值）不符，可能已损坏。"
                                       "为保护已有文件，已拒绝导入；请从备份恢复该文件。")
                continue  # held already, the same bytes
            planned[dest] = digest
            self.moves.append((pkg.extract(e["name"], self.staging / f"{len(self.moves)}", sync=False), dest))
        for e in pkg.documents:
            name = e["name"][len(fmt.DOCUMENTS_DIR):]
            dest = branch_folder / name
            self._check_destination(dest, name)
            if dest.is_file() and sha256_file(dest) == e["sha256"]:
                continue
            self.moves.append((pkg.extract(e["name"], self.staging / f"{len(self.moves)}", sync=False), dest))
        sync_files([m[0] for m in self.moves])  # all on disk before the records naming them are committed

    def place(self) -> int:
        for staged, dest in self.moves:
            dest.parent.mkdir(parents=True, exist_ok=True)
            if dest.is_file():
                old = self.staging / f"old-{len(self._replaced)}"
                os.replace(dest, old)
                self._replaced.append((dest, old))
            os.replace(staged, dest)
            self._placed.append(dest)
        return len(self.moves)

    def undo(self) -> None:
        for dest in reversed(self._placed):
            try:
                dest.unlink(missing_ok=True)
            except OSError:
                log.exception("could not remove %s after a failed import", dest)
        for dest, old in reversed(self._replaced):
            try:
                os.replace(old, dest)
            except OSError:
                log.exception("could not put back %s after a failed import", dest)
        self._placed.clear()
        self._replaced.clear()

    def cleanup(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
